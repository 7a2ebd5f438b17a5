package dev.tandem.evaluation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RETAIL-BC on FIMI retail.dat: counts from PROTOCOLS.md and the query count recorded here. */
class RetailBasketCompletionCountsTest {

  @Test
  void build_protocolCounts() {
    Benchmark benchmark = RetailBasketCompletion.build(RealData.fimiRetail());
    System.out.println(benchmark.name() + ": " + benchmark.countsText());
    assertThat(benchmark.count("baskets")).isEqualTo(88_162);
    assertThat(benchmark.count("train baskets")).isEqualTo(70_529);
    assertThat(benchmark.count("test baskets")).isEqualTo(17_633);
    assertThat(benchmark.count("train items")).isEqualTo(15_496);
    assertThat(benchmark.count("queries")).isEqualTo(17_122);
    assertThat(benchmark.count("hidden items unseen in training")).isEqualTo(1_046);
  }
}
