package dev.tandem.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class KMeansTest {
  static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};

  /** {@code perBlob} points around each centre, Gaussian with deviation 1, blob by blob. */
  static double[] blobs(int blobs, int perBlob, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] points = new double[blobs * perBlob * 2];
    for (int b = 0; b < blobs; b++) {
      for (int i = 0; i < perBlob; i++) {
        int at = (b * perBlob + i) * 2;
        points[at] = CENTRES[b][0] + gaussian(random);
        points[at + 1] = CENTRES[b][1] + gaussian(random);
      }
    }
    return points;
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @RepeatedTest(5)
  void fit_recoversSeededBlobs(RepetitionInfo repetition) {
    double[] points = blobs(4, 100, repetition.getCurrentRepetition());
    Clustering c = new KMeans(4, 100, repetition.getCurrentRepetition()).fit(points, 2);
    assertThat(c.converged()).isTrue();
    Set<Integer> clusters = new HashSet<>();
    for (int b = 0; b < 4; b++) {
      int cluster = c.clusterOf(b * 100);
      clusters.add(cluster);
      for (int i = 0; i < 100; i++) {
        assertThat(c.clusterOf(b * 100 + i)).as("blob %d point %d", b, i).isEqualTo(cluster);
      }
      assertThat(c.centroid(cluster, 0)).isCloseTo(CENTRES[b][0], within(0.35));
      assertThat(c.centroid(cluster, 1)).isCloseTo(CENTRES[b][1], within(0.35));
    }
    assertThat(clusters).hasSize(4);
    assertThat(c.inertia() / 400).as("mean squared distance ≈ 2 σ²").isBetween(1.5, 2.5);
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void fit_sameSeedSameClusteringAndSeedMatters() {
    double[] points = blobs(4, 50, 9);
    Clustering a = new KMeans(6, 100, 3).fit(points, 2);
    Clustering b = new KMeans(6, 100, 3).fit(points, 2);
    assertThat(b.assignments()).containsExactly(a.assignments());
    assertThat(b.centroids()).containsExactly(a.centroids());
    boolean anyDiffers = false;
    for (long seed = 4; seed < 10 && !anyDiffers; seed++) {
      anyDiffers = !java.util.Arrays.equals(new KMeans(6, 100, seed).fit(points, 2).centroids(),
          a.centroids());
    }
    assertThat(anyDiffers).as("six clusters on four blobs depend on the start").isTrue();
  }

  @Test
  void fit_keepsEveryClusterNonEmptyWhenPointsRepeat() {
    double[] points = new double[20 * 2];
    for (int i = 10; i < 20; i++) {
      points[2 * i] = 5;
    }
    Clustering c = new KMeans(3, 20, 1).fit(points, 2);
    assertThat(java.util.Arrays.stream(c.sizes()).min().getAsInt()).isPositive();
  }

  @Test
  void fit_refusesMoreClustersThanPoints() {
    assertThatThrownBy(() -> new KMeans(3, 10, 1).fit(new double[] {0, 0, 1, 1}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least k=3");
    assertThatThrownBy(() -> new KMeans(0, 10, 1)).hasMessageContaining("k must be at least 1");
  }

  @Test
  void kChoice_findsTheFourBlobsBySilhouette() {
    double[] points = blobs(4, 100, 5);
    SegmentSettings settings = new SegmentSettings(0, 2, 8, 400, 100, 1);
    assertThat(KChoice.best(points, 2, settings).k()).isEqualTo(4);
    Clustering two = new KMeans(2, 100, 1).fit(points, 2);
    Clustering four = new KMeans(4, 100, 1).fit(points, 2);
    assertThat(Silhouette.mean(points, 2, four, 400, 1))
        .isGreaterThan(Silhouette.mean(points, 2, two, 400, 1)).isGreaterThan(0.6);
  }
}
