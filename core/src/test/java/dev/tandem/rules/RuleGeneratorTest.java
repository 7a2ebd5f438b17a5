package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleGeneratorTest {
  static final int A = 0;
  static final int B = 1;
  static final int C = 2;
  static final int D = 3;

  /**
   * Six orders. Counts: A 5, B 4, C 4, D 2; AB 3, AC 3, BC 3, AD BD CD 2; ABC ABD ACD BCD 2; ABCD
   * 2.
   */
  static Transactions sixOrders() {
    return Transactions.of(
        new int[] {A, B},
        new int[] {A, B, C, D},
        new int[] {A, C},
        new int[] {B, C},
        new int[] {A, B, C, D},
        new int[] {A});
  }

  static MiningParameters.Builder atCountTwo() {
    return MiningParameters.builder().minSupportCount(2);
  }

  static List<Rule> rules(MiningParameters parameters) {
    return RuleGenerator.generate(FpGrowth.mine(sixOrders(), parameters), parameters);
  }

  static Rule find(List<Rule> rules, int[] left, int[] right) {
    return rules.stream()
        .filter(r -> Arrays.equals(r.antecedent(), left) && Arrays.equals(r.consequent(), right))
        .findFirst()
        .orElseThrow(() -> new AssertionError(Arrays.toString(left) + "=>" + Arrays.toString(right)));
  }

  @Test
  void measures_matchHandComputedValues() {
    List<Rule> rules = rules(atCountTwo().build());

    Rule ab = find(rules, new int[] {A}, new int[] {B});
    assertThat(ab.count()).isEqualTo(3);
    assertThat(ab.antecedentCount()).isEqualTo(5);
    assertThat(ab.consequentCount()).isEqualTo(4);
    assertThat(ab.support()).isCloseTo(0.5, within(1e-12));
    assertThat(ab.confidence()).isCloseTo(0.6, within(1e-12));
    assertThat(ab.lift()).isCloseTo(0.9, within(1e-12));
    assertThat(ab.leverage()).isCloseTo(-1.0 / 18, within(1e-12));
    assertThat(ab.conviction()).isCloseTo(5.0 / 6, within(1e-12));

    Rule bcA = find(rules, new int[] {B, C}, new int[] {A});
    assertThat(bcA.confidence()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(bcA.lift()).isCloseTo(0.8, within(1e-12));
    assertThat(bcA.leverage()).isCloseTo(-1.0 / 12, within(1e-12));
    assertThat(bcA.conviction()).isCloseTo(0.5, within(1e-12));

    Rule abC = find(rules, new int[] {A, B}, new int[] {C});
    assertThat(abC.lift()).isCloseTo(1.0, within(1e-12));
    assertThat(abC.leverage()).isCloseTo(0.0, within(1e-12));
    assertThat(abC.conviction()).isCloseTo(1.0, within(1e-12));

    Rule dC = find(rules, new int[] {D}, new int[] {C});
    assertThat(dC.confidence()).isEqualTo(1.0);
    assertThat(dC.lift()).isCloseTo(1.5, within(1e-12));
    assertThat(dC.conviction()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void generate_everySplitWithOneItemConsequent() {
    // 6 pairs x 2 + 4 triples x 3 + 1 quadruple x 4
    assertThat(rules(atCountTwo().build())).hasSize(28);
  }

  @Test
  void generate_longerConsequents() {
    assertThat(rules(atCountTwo().maxConsequentLength(2).build())).hasSize(28 + 12 + 6);
    assertThat(rules(atCountTwo().maxConsequentLength(3).build())).hasSize(28 + 12 + 6 + 4);
    Rule aBcd = find(rules(atCountTwo().maxConsequentLength(3).build()), new int[] {A},
        new int[] {B, C, D});
    assertThat(aBcd.count()).isEqualTo(2);
    assertThat(aBcd.consequentCount()).isEqualTo(2);
    assertThat(aBcd.lift()).isCloseTo(2.0 * 6 / (5 * 2), within(1e-12));
  }

  @Test
  void filters_minLift_minConfidence_minRuleCount() {
    assertThat(rules(atCountTwo().minLift(1.2).build())).hasSize(19);
    // confidence >= 0.75: B=>A C=>A B=>C C=>B (3/4), D=>A D=>B D=>C (2/2); AD=>B BD=>A AD=>C
    // CD=>A BD=>C CD=>B (2/2); ABC=>D ABD=>C ACD=>B BCD=>A (2/2). AB=>C and the like are 2/3.
    List<Rule> confident = rules(atCountTwo().minConfidence(0.75).build());
    assertThat(confident).allSatisfy(r -> assertThat(r.confidence()).isGreaterThanOrEqualTo(0.75));
    assertThat(confident).hasSize(7 + 6 + 4);
    assertThat(rules(atCountTwo().minRuleCount(3).build())).hasSize(6);
  }

  @Test
  void sort_byLift_bestFirst_withDeterministicTies() {
    List<Rule> rules = rules(atCountTwo().sortRulesBy(RuleMeasure.LIFT).build());
    assertThat(rules.get(0).antecedent()).containsExactly(A, B, C);
    assertThat(rules.get(0).consequent()).containsExactly(D);
    assertThat(rules.get(0).lift()).isCloseTo(3.0, within(1e-12));
    for (int k = 1; k < rules.size(); k++) {
      assertThat(rules.get(k - 1).lift()).isGreaterThanOrEqualTo(rules.get(k).lift());
    }
    assertThat(rules).isEqualTo(rules(atCountTwo().sortRulesBy(RuleMeasure.LIFT).build()));
  }

  @Test
  void sort_bySupportLeverageConviction() {
    for (RuleMeasure measure : RuleMeasure.values()) {
      List<Rule> rules = rules(atCountTwo().sortRulesBy(measure).build());
      for (int k = 1; k < rules.size(); k++) {
        assertThat(measure.of(rules.get(k - 1))).isGreaterThanOrEqualTo(measure.of(rules.get(k)));
      }
    }
    assertThat(rules(atCountTwo().sortRulesBy(RuleMeasure.SUPPORT).build()).get(0).count())
        .isEqualTo(3);
  }

  @Test
  void topPerAntecedent_keepsTheBestOfEach() {
    List<Rule> rules =
        rules(atCountTwo().sortRulesBy(RuleMeasure.LIFT).maxRulesPerAntecedent(1).build());
    // one rule per distinct antecedent: 4 single items, 6 pairs, 4 triples
    assertThat(rules).hasSize(14);
    Rule fromD = rules.stream().filter(r -> Arrays.equals(r.antecedent(), new int[] {D}))
        .findFirst().orElseThrow();
    // D=>B and D=>C tie on every measure and count: the lower consequent wins
    assertThat(fromD.consequent()).containsExactly(B);
    Rule fromA = rules.stream().filter(r -> Arrays.equals(r.antecedent(), new int[] {A}))
        .findFirst().orElseThrow();
    assertThat(fromA.consequent()).containsExactly(D);
  }

  @Test
  void maxRules_capsAfterSorting() {
    List<Rule> rules = rules(atCountTwo().sortRulesBy(RuleMeasure.LIFT).maxRules(3).build());
    assertThat(rules).hasSize(3);
    assertThat(rules.get(0).lift()).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void closedItemsets_stillGiveRulesWithRightCounts() {
    MiningParameters closed = atCountTwo().kind(ItemsetKind.CLOSED).build();
    FrequentItemsets itemsets = FpGrowth.mine(sixOrders(), closed);
    // closed: A5 B4 C4 AB3 AC3 BC3 ABCD2
    assertThat(itemsets.size()).isEqualTo(7);
    List<Rule> rules = RuleGenerator.generate(itemsets, closed);
    // pairs: 3 x 2, ABCD: 4
    assertThat(rules).hasSize(10);
    Rule abcD = find(rules, new int[] {A, B, C}, new int[] {D});
    assertThat(abcD.antecedentCount()).isEqualTo(2);
  }

  @Test
  void maxRules_pruningWhileGenerating_keepsTheSameTopRules() {
    int[][] data = BruteForce.randomTransactions(99, 200, 14, 0.6);
    MiningParameters all = MiningParameters.builder().minSupportCount(20)
        .sortRulesBy(RuleMeasure.LIFT).maxRules(Integer.MAX_VALUE).build();
    FrequentItemsets itemsets = FpGrowth.mine(Transactions.of(data), all);
    List<Rule> everything = RuleGenerator.generate(itemsets, all);
    assertThat(everything.size()).isGreaterThan(3000);
    // pruning starts past 2 x 1024 rules held
    List<Rule> top = RuleGenerator.generate(itemsets, all.toBuilder().maxRules(500).build());
    assertThat(top).isEqualTo(everything.subList(0, 500));
  }
}
