package dev.tandem.rules;

import static dev.tandem.rules.RuleGeneratorTest.A;
import static dev.tandem.rules.RuleGeneratorTest.B;
import static dev.tandem.rules.RuleGeneratorTest.C;
import static dev.tandem.rules.RuleGeneratorTest.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
  private static final RuleIndex BY_CONFIDENCE =
      AssociationRules.mine(RuleGeneratorTest.sixOrders(),
          RuleGeneratorTest.atCountTwo().sortRulesBy(RuleMeasure.CONFIDENCE).build()).ruleIndex();

  @Test
  void forCart_bestRulePerConsequent_bestFirst_notInCart() {
    // candidates: A=>C .6, A=>D .4, B=>C .75, B=>D .5, AB=>C 2/3, AB=>D 2/3
    List<Suggestion> suggestions = BY_CONFIDENCE.forCart(new int[] {B, A}, 10);

    assertThat(suggestions).extracting(Suggestion::item).containsExactly(C, D);
    assertThat(suggestions.get(0).rule().antecedent()).containsExactly(B);
    assertThat(suggestions.get(0).score()).isCloseTo(0.75, within(1e-12));
    assertThat(suggestions.get(1).rule().antecedent()).containsExactly(A, B);
    assertThat(suggestions.get(1).rule().count()).isEqualTo(2);
    assertThat(suggestions.get(1).rule().antecedentCount()).isEqualTo(3);
    assertThat(suggestions.get(1).rule().lift()).isCloseTo(2.0, within(1e-12));
  }

  @Test
  void forItem_tiesOnConfidenceBrokenByLift() {
    // D=>A, D=>B, D=>C all hold with confidence 1; lifts 1.2, 1.5, 1.5
    assertThat(BY_CONFIDENCE.forItem(D, 10)).extracting(Suggestion::item)
        .containsExactly(B, C, A);
    assertThat(BY_CONFIDENCE.forItem(D, 2)).extracting(Suggestion::item).containsExactly(B, C);
  }

  @Test
  void forCart_longerAntecedentsCount() {
    List<Suggestion> suggestions = BY_CONFIDENCE.forCart(new int[] {A, B, C}, 10);
    assertThat(suggestions).hasSize(1);
    assertThat(suggestions.get(0).rule().antecedent()).containsExactly(A, B, C);
    assertThat(suggestions.get(0).item()).isEqualTo(D);
    assertThat(suggestions.get(0).score()).isEqualTo(1.0);
  }

  @Test
  void forCart_nothingToAdd_orUnknownItems_givesNothing() {
    assertThat(BY_CONFIDENCE.forCart(new int[] {A, B, C, D}, 10)).isEmpty();
    assertThat(BY_CONFIDENCE.forCart(new int[] {99, -1}, 10)).isEmpty();
    assertThat(BY_CONFIDENCE.forCart(new int[0], 10)).isEmpty();
  }

  @Test
  void rankedByLift_ordersByLift() {
    RuleIndex byLift =
        RuleIndex.of(AssociationRules.mine(RuleGeneratorTest.sixOrders(),
            RuleGeneratorTest.atCountTwo().build()).rules(), RuleMeasure.LIFT);
    // with lift: A=>D 1.2 beats A=>B and A=>C (0.9)
    assertThat(byLift.forItem(A, 10)).extracting(Suggestion::item).containsExactly(D, B, C);
    assertThat(byLift.size()).isEqualTo(28);
    assertThat(byLift.rankBy()).isEqualTo(RuleMeasure.LIFT);
  }

  @Test
  void multiItemConsequents_areSuggestedWhole_andOnlyWhenNoneIsInTheCart() {
    RuleIndex index =
        AssociationRules.mine(RuleGeneratorTest.sixOrders(),
            RuleGeneratorTest.atCountTwo().maxConsequentLength(3).build()).ruleIndex();
    List<Suggestion> forD = index.forItem(D, 100);
    assertThat(forD).extracting(s -> List.of(java.util.Arrays.stream(s.items()).boxed()
            .toArray(Integer[]::new)))
        .contains(List.of(A, B, C), List.of(A, B), List.of(B));
    List<Suggestion> forCart = index.forCart(new int[] {D, A}, 100);
    assertThat(forCart).allSatisfy(s -> assertThat(s.items()).doesNotContain(A, D));
  }
}
