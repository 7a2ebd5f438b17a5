package dev.tandem.engine.pipeline;

import dev.tandem.engine.explain.Reason;

/** One suggestion: the item (snapshot index), its score (higher is better) and why. */
public record Offer(int item, double score, Reason reason) {}
