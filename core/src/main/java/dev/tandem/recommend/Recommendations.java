package dev.tandem.recommend;

import java.util.Arrays;

/** Items (snapshot indices) best first, with their scores (higher is better). Immutable. */
public final class Recommendations {
  private static final Recommendations NONE = new Recommendations(new int[0], new float[0]);
  private final int[] items;
  private final float[] scores;

  public Recommendations(int[] items, float[] scores) {
    if (items.length != scores.length) {
      throw new IllegalArgumentException(
          items.length + " items but " + scores.length + " scores");
    }
    this.items = items.clone();
    this.scores = scores.clone();
  }

  public static Recommendations none() {
    return NONE;
  }

  public int size() {
    return items.length;
  }

  public int item(int rank) {
    return items[rank];
  }

  public float score(int rank) {
    return scores[rank];
  }

  public int[] items() {
    return items.clone();
  }

  /** 0-based rank of {@code item}, or -1 when it is not recommended. */
  public int rankOf(int item) {
    for (int r = 0; r < items.length; r++) {
      if (items[r] == item) {
        return r;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "Recommendations" + Arrays.toString(items);
  }
}
