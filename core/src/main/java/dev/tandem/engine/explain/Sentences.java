package dev.tandem.engine.explain;

import dev.tandem.rules.Evidence;
import java.util.Locale;

/** The sentences of the engine's reasons; numbers are formatted for people (1,234; £3.40; 28%). */
public final class Sentences {
  private Sentences() {}

  /** "Bought together in 312 orders, 4.2× more often than chance". */
  public static String boughtTogether(int orders, double lift) {
    return "Bought together in " + count(orders) + (orders == 1 ? " order, " : " orders, ")
        + Evidence.comparedWithChance(lift);
  }

  /** "Goes with 3 of your cart's items: bought together in 312 orders, ...". */
  public static String goesWithCart(int matched, int orders, double lift, String with) {
    return (matched > 1 ? "Goes with " + matched + " items in the cart; with " + with + ": "
        : "With " + with + ": ") + boughtTogether(orders, lift).toLowerCase(Locale.ROOT);
  }

  /** "Because you viewed X in this visit: bought together in 312 orders, ...". */
  public static String viewedInThisVisit(String viewed, int orders, double lift) {
    return "Because you viewed " + viewed + " in this visit: "
        + boughtTogether(orders, lift).toLowerCase(Locale.ROOT);
  }

  /** "Popular: bought in 1,234 orders". */
  public static String popular(int orders) {
    return "Popular: bought in " + count(orders) + (orders == 1 ? " order" : " orders");
  }

  public static String pinned() {
    return "Featured by the shop";
  }

  /**
   * "Upgrade: +£3.40 (+28%); chosen instead of LUNCH BAG RED in 18% of the 1,234 orders that had
   * one of the two".
   */
  public static String upgrade(double difference, double ratio, String cheaper, double share,
      long orders) {
    return "Upgrade: +" + money(difference) + " (+" + percent(ratio) + "); chosen instead of "
        + cheaper + " in " + percent(share) + " of the " + count(orders)
        + (orders == 1 ? " order that had one of the two" : " orders that had one of the two");
  }

  /**
   * "Upgrade: +£3.55 (+72%); in 18% of the 340 orders of BUNTING in the last 90 days", the evidence
   * of P(choice) from recent share; "...; no order of BUNTING in the last 90 days" when none.
   */
  public static String upgradeRecent(double difference, double ratio, double share,
      long typeOrders, String type, int days) {
    String window = " in the last " + count(days) + (days == 1 ? " day" : " days");
    return "Upgrade: +" + money(difference) + " (+" + percent(ratio) + "); "
        + (typeOrders == 0 ? "no order of " + type + window
            : "in " + percent(share) + " of the " + count(typeOrders)
                + (typeOrders == 1 ? " order of " : " orders of ") + type + window);
  }

  /**
   * "Upgrade: +£3.55 (+72%); purchase-propensity score 0.34, from its price and sales, its orders
   * with PARTY BUNTING and your purchases": P(accept) from the propensity model, with what it reads
   * (a shopper's own purchases only when {@code shopper} is known). A score, not a rate: the model
   * learnt purchases against sampled non-purchases, so it compares candidates.
   */
  public static String upgradePropensity(double difference, double ratio, double pAccept,
      String cheaper, boolean shopper) {
    return "Upgrade: +" + money(difference) + " (+" + percent(ratio)
        + "); purchase-propensity score " + String.format(Locale.ROOT, "%.2f", pAccept) + ", from its price and sales"
        + (shopper ? ", its orders with " + cheaper + " and your purchases"
            : " and its orders with " + cheaper);
  }

  /**
   * "; 12 shoppers who had bought LUNCH BAG RED later chose it instead", or nothing when no
   * shopper was seen trading up from that item.
   */
  public static String tradedUp(int shoppers, String cheaper) {
    return shoppers == 0 ? "" : "; " + count(shoppers) + (shoppers == 1 ? " shopper" : " shoppers")
        + " who had bought " + cheaper + " later chose it instead";
  }

  /**
   * "; 42% of the 348 BUNTING trade-ups seen went +72% or more" (all types' trade-ups when {@code
   * type} is null), or nothing without trade-ups.
   */
  public static String wentThisFar(double share, int tradeUps, String type, double increase) {
    return tradeUps == 0 ? "" : "; " + percent(share) + " of the " + count(tradeUps)
        + (type == null ? "" : " " + type) + (tradeUps == 1 ? " trade-up" : " trade-ups")
        + " seen went +" + percent(increase) + " or more";
  }

  public static String count(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  public static String money(double amount) {
    return String.format(Locale.ROOT, "£%.2f", amount);
  }

  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  public static String times(double lift) {
    return String.format(Locale.ROOT, "%.1f×", lift);
  }
}
