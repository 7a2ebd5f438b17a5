package dev.tandem.evaluation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OR-NEXT (ALL and NEW) on the bundled Online Retail file: counts recorded when first built. */
class OrNextPurchasesCountsTest {

  @Test
  void build_all() {
    Benchmark all = OrNextPurchases.build(RealData.onlineRetail(), OrNextPurchases.Variant.ALL);
    System.out.println(all.name() + ": " + all.countsText());
    assertThat(all.count("customer rows")).isEqualTo(396_337);
    assertThat(all.count("train invoices")).isEqualTo(13_081);
    assertThat(all.count("test invoices")).isEqualTo(5_321);
    assertThat(all.count("train items")).isEqualTo(3_502);
    assertThat(all.count("users")).isEqualTo(1_838);
    assertThat(all.testCases()).allSatisfy(c -> assertThat(c.excludedCount()).isZero());
  }

  @Test
  void build_new() {
    Benchmark fresh = OrNextPurchases.build(RealData.onlineRetail(), OrNextPurchases.Variant.NEW);
    System.out.println(fresh.name() + ": " + fresh.countsText());
    assertThat(fresh.count("customers in both periods")).isEqualTo(1_838);
    assertThat(fresh.count("users")).isEqualTo(1_768);
    assertThat(fresh.testCases()).allSatisfy(c -> {
      for (int item : c.relevant()) {
        assertThat(c.isExcluded(item)).isFalse();
      }
    });
  }
}
