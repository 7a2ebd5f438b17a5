package dev.tandem.evaluation.split;

import dev.tandem.dataset.Snapshot;

/** Splits a snapshot into training data and test cases. Deterministic. */
public interface Splitter {
  Split split(Snapshot snapshot);
}
