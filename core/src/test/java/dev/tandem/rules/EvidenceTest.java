package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceTest {
  @Test
  void boughtTogether_wordsTheCountAndLift() {
    assertThat(Evidence.boughtTogether(312, 4.2))
        .isEqualTo("Bought together in 312 orders, 4.2× more often than chance");
    assertThat(Evidence.boughtTogether(1, 1.0))
        .isEqualTo("Bought together in 1 order, about as often as chance");
    assertThat(Evidence.boughtTogether(7, 0.5))
        .isEqualTo("Bought together in 7 orders, 0.5× as often as chance");
  }

  @Test
  void forRule_namesTheItems() {
    Rule rule = new Rule(new int[] {0, 1}, new int[] {2}, 312, 500, 1000, 20_000);
    String[] titles = {"LUNCH BAG RED", "LUNCH BAG PINK", "LUNCH BAG BLACK"};
    assertThat(Evidence.forRule(rule, i -> titles[i]))
        .isEqualTo("62% of the 500 orders with LUNCH BAG RED and LUNCH BAG PINK also had "
            + "LUNCH BAG BLACK; bought together in 312 orders, 12.5× more often than chance");
  }
}
