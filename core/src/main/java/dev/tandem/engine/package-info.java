/**
 * The cross-sell and up-sell engine: what goes with an item, a cart, a shopper or a just-placed
 * order, and a better version of an item the shopper will plausibly pay for, each with a reason.
 *
 * <p>{@link dev.tandem.engine.Engine} is the entry point. It is built once from a snapshot (the
 * expensive part: product types, co-occurrence counts, association rules) and then answers requests
 * cheaply through a {@link dev.tandem.engine.pipeline.Pipeline} of small stages: candidate sources,
 * business-rule filters, scoring, diversification and explanation.
 */
package dev.tandem.engine;
