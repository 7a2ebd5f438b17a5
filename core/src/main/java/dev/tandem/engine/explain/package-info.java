/**
 * Sentences that explain a suggestion with its evidence, for shoppers and merchants: {@link
 * dev.tandem.engine.explain.Sentences}. Every suggestion also carries the numbers behind its
 * sentence as a machine-readable {@link dev.tandem.engine.explain.Reason}.
 */
package dev.tandem.engine.explain;
