package dev.tandem.engine.pipeline;

/** Proposes candidates for a request, each with its reason. Stateless and thread-safe. */
public interface CandidateSource {
  /** A short name, used as the reason's source. */
  String name();

  /** Adds up to {@code limit} candidates to the pool. */
  void propose(Request request, CandidatePool pool, int limit);
}
