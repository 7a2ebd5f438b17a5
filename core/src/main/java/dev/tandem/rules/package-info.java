/**
 * Association rules and bundles: a bounded FP-Growth miner written here on primitive arrays ({@link
 * dev.tandem.rules.FpGrowth}), rules with their evidence ({@link dev.tandem.rules.Rule}), a compact
 * serving index for carts ({@link dev.tandem.rules.RuleIndex}) and bundle suggestions ({@link
 * dev.tandem.rules.Bundles}). The entry point for a shop is {@link
 * dev.tandem.rules.AssociationRules#mine(dev.tandem.dataset.Snapshot, MiningParameters)}.
 *
 * <p>Mining is bounded: a time budget (read from an injected {@link java.time.Clock}), a memory
 * budget (an estimate of the bytes of trees and itemsets held) and a maximum itemset count. When one
 * is reached the miner stops and returns what it found, flagged with a {@link
 * dev.tandem.rules.Truncation}; it does not throw.
 */
package dev.tandem.rules;
