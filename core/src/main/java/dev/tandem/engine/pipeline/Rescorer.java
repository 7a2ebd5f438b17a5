package dev.tandem.engine.pipeline;

/**
 * Adjusts a candidate's score after the filters (Oryx style): return the new score, or NaN to drop
 * the candidate. Thread-safe.
 */
@FunctionalInterface
public interface Rescorer {
  double rescore(Request request, Offer offer);
}
