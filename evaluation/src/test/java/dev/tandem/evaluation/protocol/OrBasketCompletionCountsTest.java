package dev.tandem.evaluation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OR-BC on the bundled Online Retail file: the counts PROTOCOLS.md states, exactly. */
class OrBasketCompletionCountsTest {

  @Test
  void build_protocolCounts() {
    Benchmark benchmark = OrBasketCompletion.build(RealData.onlineRetail());
    System.out.println(benchmark.name() + ": " + benchmark.countsText());
    assertThat(RealData.onlineRetail().rowsRead()).isEqualTo(541_909);
    assertThat(benchmark.count("rows")).isEqualTo(527_725);
    assertThat(benchmark.count("items")).isEqualTo(3_791);
    assertThat(benchmark.count("invoices")).isEqualTo(19_773);
    assertThat(benchmark.count("train invoices")).isEqualTo(14_201);
    assertThat(benchmark.count("test invoices")).isEqualTo(5_572);
    assertThat(benchmark.training().basketCount()).isEqualTo(14_201);
  }

  @Test
  void build_queriesAndCandidates() {
    Benchmark benchmark = OrBasketCompletion.build(RealData.onlineRetail());
    assertThat(benchmark.count("train items")).isEqualTo(3_630);
    assertThat(benchmark.training().itemCount()).isEqualTo(3_630);
    assertThat(benchmark.count("queries")).isEqualTo(5_183);
    assertThat(benchmark.testCases()).hasSize(5_183);
    assertThat(benchmark.count("hidden items unseen in training")).isEqualTo(344);
  }
}
