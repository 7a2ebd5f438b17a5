package dev.tandem.engine.pipeline;

/** A business rule as a pipeline stage: keeps or drops a candidate item. Thread-safe. */
public interface CandidateFilter {
  /** The rule's name, as in the rules file. */
  String name();

  boolean keep(Request request, int item);
}
