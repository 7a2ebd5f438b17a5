package dev.tandem.evaluation.metric;

import dev.tandem.evaluation.protocol.TestCase;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * AUC: the chance that a relevant item ranks above an irrelevant candidate (the training catalog
 * minus the query's and the case's excluded items). Only the first {@code depth} recommendations
 * are ranked; every candidate below them ties with every other (a tie counts ½). Relevant items
 * the training data never saw are not candidates and are left out.
 *
 * <p>{@link #full} compares against every irrelevant candidate, in closed form; {@link #sampled}
 * against {@code negatives} candidates drawn per relevant item from a {@link SplittableRandom}
 * seeded with the seed and the case id, so results do not depend on threads or order.
 */
public final class Auc extends MeanMetric {
  private final int catalogSize;
  private final int negatives;
  private final long seed;

  private Auc(String name, int depth, int catalogSize, int negatives, long seed) {
    super(name, depth);
    this.catalogSize = catalogSize;
    this.negatives = negatives;
    this.seed = seed;
  }

  public static Auc full(int depth, int catalogSize) {
    return new Auc("AUC", depth, catalogSize, 0, 0);
  }

  public static Auc sampled(int depth, int catalogSize, int negatives, long seed) {
    if (negatives < 1) {
      throw new IllegalArgumentException("sampled AUC needs at least 1 negative, got " + negatives);
    }
    return new Auc("sampled AUC", depth, catalogSize, negatives, seed);
  }

  @Override
  public Double measure(TestCase testCase, Recommendations recommendations) {
    int[] listed = listedCandidates(testCase, recommendations);
    return negatives == 0 ? full(testCase, listed) : sampled(testCase, listed);
  }

  /** The first {@code depth} recommendations that are candidates, best first. */
  private int[] listedCandidates(TestCase testCase, Recommendations recommendations) {
    return IntStream.range(0, depth(recommendations))
        .map(recommendations::item).filter(i -> isCandidate(testCase, i)).toArray();
  }

  /** 0-based rank in the list, or the list's length for every unlisted item. */
  private static int rank(int[] listed, int item) {
    for (int r = 0; r < listed.length; r++) {
      if (listed[r] == item) {
        return r;
      }
    }
    return listed.length;
  }

  private double full(TestCase testCase, int[] listed) {
    int[] relevant = candidates(testCase, testCase.relevant());
    long irrelevant = candidateCount(testCase) - relevant.length;
    if (relevant.length == 0 || irrelevant <= 0) {
      return Double.NaN;
    }
    int relevantListed = 0;
    for (int item : relevant) {
      relevantListed += rank(listed, item) < listed.length ? 1 : 0;
    }
    int irrelevantListed = listed.length - relevantListed;
    double sum = 0;
    for (int item : relevant) {
      int rank = rank(listed, item);
      if (rank == listed.length) {
        sum += 0.5 * (irrelevant - irrelevantListed);
      } else {
        int relevantAbove = 0;
        for (int r = 0; r < rank; r++) {
          relevantAbove += testCase.isRelevant(listed[r]) ? 1 : 0;
        }
        sum += irrelevant - (rank - relevantAbove);
      }
    }
    return sum / (relevant.length * (double) irrelevant);
  }

  private double sampled(TestCase testCase, int[] listed) {
    int[] relevant = candidates(testCase, testCase.relevant());
    if (relevant.length == 0 || candidateCount(testCase) - relevant.length <= 0) {
      return Double.NaN;
    }
    SplittableRandom random = new SplittableRandom(seed ^ (testCase.id() * 0x9E3779B97F4A7C15L));
    double won = 0;
    for (int item : relevant) {
      int rank = rank(listed, item);
      for (int n = 0; n < negatives; n++) {
        int negative = rank(listed, drawNegative(testCase, random));
        won += rank < negative ? 1 : rank == negative ? 0.5 : 0;
      }
    }
    return won / (relevant.length * (double) negatives);
  }

  private int drawNegative(TestCase testCase, SplittableRandom random) {
    while (true) {
      int item = random.nextInt(catalogSize);
      if (isCandidate(testCase, item) && !testCase.isRelevant(item)) {
        return item;
      }
    }
  }

  private int[] candidates(TestCase testCase, int[] items) {
    return Arrays.stream(items).filter(i -> isCandidate(testCase, i)).toArray();
  }

  private boolean isCandidate(TestCase testCase, int item) {
    return !testCase.query().contains(item) && !testCase.isExcluded(item);
  }

  /** The catalog minus the distinct query and excluded items. */
  private long candidateCount(TestCase testCase) {
    Query query = testCase.query();
    int[] removed = IntStream.concat(
        Arrays.stream(query.items()), Arrays.stream(testCase.excluded()))
        .filter(i -> i >= 0 && i < catalogSize).distinct().toArray();
    return catalogSize - removed.length;
  }
}
