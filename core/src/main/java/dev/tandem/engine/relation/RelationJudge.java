package dev.tandem.engine.relation;

import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.engine.explain.Sentences;
import dev.tandem.rules.Evidence;
import java.util.function.IntFunction;

/**
 * Calls a pair of items complements, substitutes or unrelated:
 *
 * <ul>
 *   <li>complement: together in at least {@code minTogether} orders and at least {@code minLift}
 *       times more often than chance (even two colours of one bag, when the data says shoppers buy
 *       them together);
 *   <li>substitute: the same kind of product (same type, or titles sharing most words) and together
 *       at most {@code maxSubstituteLift} times as often as chance, where chance alone would put
 *       them together in at least {@code minExpectedTogether} orders;
 *   <li>unrelated otherwise.
 * </ul>
 *
 * <p>With view events, a pair of the same kind viewed in one session and bought instead of each
 * other in at least {@code minChosenInstead} sessions (more often than both were bought) is a
 * substitute too ({@link ViewedInstead}).
 *
 * <p>Chance is taken over the period both items were on sale ({@link
 * CooccurrenceCounts#expectedWhileBothSold}), so an item and its replacement are not substitutes
 * merely because no order could hold both.
 *
 * <p>Cheap per pair (two array reads and a binary search), so pipelines call it per candidate.
 */
public final class RelationJudge {
  private final CooccurrenceCounts counts;
  private final ProductTypes types;
  private final IntFunction<String> titles;
  private final RelationThresholds thresholds;
  private final int[][] titleWords;
  private final ViewedInstead views;

  /** A judge from purchases only. */
  public RelationJudge(CooccurrenceCounts counts, ProductTypes types, IntFunction<String> titles,
      RelationThresholds thresholds) {
    this(counts, types, titles, thresholds, ViewedInstead.none());
  }

  /** A judge from purchases and, when the shop sends views, browsing sessions. */
  public RelationJudge(CooccurrenceCounts counts, ProductTypes types, IntFunction<String> titles,
      RelationThresholds thresholds, ViewedInstead views) {
    this.views = views;
    this.counts = counts;
    this.types = types;
    this.titles = titles;
    this.thresholds = thresholds;
    this.titleWords = TitleWordIds.of(counts.itemCount(), titles);
  }

  public RelationThresholds thresholds() {
    return thresholds;
  }

  /** The kind only, without building the sentence. */
  public RelationKind kind(int a, int b) {
    if (a == b) {
      return RelationKind.UNRELATED;
    }
    int together = counts.together(a, b);
    double expected = counts.expectedWhileBothSold(a, b);
    if (together >= thresholds.minTogether() && together >= thresholds.minLift() * expected) {
      return RelationKind.COMPLEMENT;
    }
    boolean rarelyTogether = expected >= thresholds.minExpectedTogether()
        && together <= thresholds.maxSubstituteLift() * expected;
    if ((rarelyTogether || chosenInstead(a, b)) && sameKind(a, b)) {
      return RelationKind.SUBSTITUTE;
    }
    return RelationKind.UNRELATED;
  }

  /**
   * Whether the two are substitutes; the cart rule asks this per candidate and cart item, so the
   * cheap test (same kind of product) comes first. Equal to {@code kind(a, b) == SUBSTITUTE}: a
   * complement is never rarely together, since {@code maxSubstituteLift < minLift}.
   */
  public boolean substitutes(int a, int b) {
    if (a == b || !sameKind(a, b)) {
      return false;
    }
    double expected = counts.expectedWhileBothSold(a, b);
    boolean rarelyTogether = expected >= thresholds.minExpectedTogether()
        && counts.together(a, b) <= thresholds.maxSubstituteLift() * expected;
    return (rarelyTogether || chosenInstead(a, b)) && kind(a, b) == RelationKind.SUBSTITUTE;
  }

  /** Viewed in one session and bought instead of each other often enough (views only). */
  private boolean chosenInstead(int a, int b) {
    if (views.isEmpty()) {
      return false;
    }
    int chosen = views.chosenInstead(a, b);
    return chosen >= thresholds.minChosenInstead() && chosen > views.boughtBoth(a, b);
  }

  /** The full judgement with its evidence. */
  public Relation judge(int a, int b) {
    RelationKind kind = kind(a, b);
    int together = counts.together(a, b);
    double expected = counts.expectedWhileBothSold(a, b);
    double lift = expected > 0 ? together / expected : Double.NaN;
    boolean same = a != b && sameKind(a, b);
    return new Relation(a, b, kind, counts.ordersWith(a), counts.ordersWith(b), together, expected,
        lift, same, sentence(kind, a, b, together, expected, lift, same));
  }

  /** Same product type (never the catch-all), or titles sharing most of their words. */
  public boolean sameKind(int a, int b) {
    return types.sameType(a, b) || titleSimilarity(a, b) >= thresholds.minTitleSimilarity();
  }

  /** Shared title words over all title words of the two (Jaccard), from sorted word ids. */
  double titleSimilarity(int a, int b) {
    int[] x = titleWords[a];
    int[] y = titleWords[b];
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private String sentence(RelationKind kind, int a, int b, int together, double expected,
      double lift, boolean same) {
    String sales = "sold in " + Sentences.count(counts.ordersWith(a)) + " and "
        + Sentences.count(counts.ordersWith(b)) + " orders";
    return switch (kind) {
      case COMPLEMENT -> "Complements: " + Sentences.boughtTogether(together, lift)
          .replaceFirst("^B", "b") + (same ? " (the same kind of product, bought together)" : "");
      case SUBSTITUTE -> "Substitutes: both " + kindName(a) + ", " + sales
          + " but together in only " + Sentences.count(together) + " (" + Evidence.comparedWithChance(lift)
          + "): shoppers choose one or the other" + browsing(a, b);
      case UNRELATED -> !counts.soldAtTheSameTime(a, b)
          ? "Unrelated: " + sales + ", never on sale at the same time"
          : "Unrelated: " + sales + ", together in " + Sentences.count(together)
          + String.format(java.util.Locale.ROOT, " (%.1f expected by chance", expected)
          + (Double.isNaN(lift) ? ")" : ", " + Evidence.comparedWithChance(lift) + ")")
          + (same ? "; the same kind of product" : "");
    };
  }

  private String browsing(int a, int b) {
    int chosen = views.chosenInstead(a, b);
    return chosen == 0 ? "" : "; viewed together and one bought instead of the other in "
        + Sentences.count(chosen) + (chosen == 1 ? " session" : " sessions");
  }

  private String kindName(int item) {
    int type = types.typeOf(item);
    return types.isOther(type) ? "have similar titles" : "are " + types.name(type);
  }
}
