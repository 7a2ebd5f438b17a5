package dev.tandem.recommend;

import java.io.DataOutput;
import java.io.IOException;

/** A recommender that {@link ModelFiles} can save: it writes its own state after the header. */
public interface PersistentRecommender extends Recommender {

  /** Writes the model's state (not its provenance: {@link ModelFiles} writes that). */
  void writeState(DataOutput out) throws IOException;

  /** Reads a model's state back; registered per algorithm in {@link ModelFiles#load}. */
  @FunctionalInterface
  interface Reader {
    PersistentRecommender read(java.io.DataInput in, Provenance provenance) throws IOException;
  }
}
