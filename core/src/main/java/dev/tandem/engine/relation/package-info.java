/**
 * How two items relate, judged from behaviour: {@link
 * dev.tandem.engine.relation.CooccurrenceCounts} (orders holding each item and each pair), {@link
 * dev.tandem.engine.relation.ViewedInstead} (browsing sessions, when the shop sends views), {@link
 * dev.tandem.engine.relation.SalesCounts} (orders, buyers, units sold and returned per item) and
 * {@link dev.tandem.engine.relation.RelationJudge}, which calls a pair complements (bought together
 * well above chance), substitutes (the same kind of product, rarely in one order though each sells,
 * or viewed together and bought instead of each other) or unrelated, with the evidence.
 */
package dev.tandem.engine.relation;
