package dev.tandem.rules;

import java.util.Locale;
import java.util.function.IntFunction;

/** Short sentences that explain a suggestion to a shopper or a merchant. */
public final class Evidence {
  private Evidence() {}

  /** "Bought together in 312 orders, 4.2× more often than chance". */
  public static String boughtTogether(int orders, double lift) {
    return "Bought together in " + orders + (orders == 1 ? " order, " : " orders, ")
        + comparedWithChance(lift);
  }

  /** "4.2× more often than chance", "about as often as chance", "0.6× as often as chance". */
  public static String comparedWithChance(double lift) {
    if (Double.isNaN(lift)) {
      return "no comparison with chance";
    }
    String times = String.format(Locale.ROOT, "%.1f×", lift);
    if (lift >= 1.05) {
      return times + " more often than chance";
    }
    if (lift > 0.95) {
      return "about as often as chance";
    }
    return times + " as often as chance";
  }

  /**
   * "62% of the 500 orders with LUNCH BAG RED also had LUNCH BAG PINK; bought together in 312
   * orders, 4.2× more often than chance".
   */
  public static String forRule(Rule rule, IntFunction<String> title) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * rule.confidence()) + " of the "
        + rule.antecedentCount() + (rule.antecedentCount() == 1 ? " order with " : " orders with ")
        + names(rule.antecedent(), title) + " also had " + names(rule.consequent(), title)
        + "; bought together in " + rule.count() + (rule.count() == 1 ? " order, " : " orders, ")
        + comparedWithChance(rule.lift());
  }

  static String names(int[] items, IntFunction<String> title) {
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < items.length; k++) {
      if (k > 0) {
        out.append(k == items.length - 1 ? " and " : ", ");
      }
      out.append(title.apply(items[k]));
    }
    return out.toString();
  }
}
