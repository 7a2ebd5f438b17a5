package dev.tandem.engine.pipeline;

import dev.tandem.engine.relation.ComplementIndex;

/**
 * Where an item's complements are read: the model's {@link ComplementIndex}, or for an item whose
 * counts changed since the snapshot, a live overlay's recomputed row. Thread-safe.
 */
@FunctionalInterface
public interface Complements {
  /** An index holding the item's current complement row. */
  ComplementIndex indexFor(int item);
}
