package dev.tandem.evaluation.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark protocols by command-line name. {@code or-next}, {@code or-upsell} and {@code
 * or-upsell-validation} name both of their variants; the {@code -validation} protocols are built
 * from the training part only, for choosing parameters.
 */
public enum Protocol {
  OR_BC("or-bc"),
  OR_NEXT_ALL("or-next"),
  OR_NEXT_NEW("or-next"),
  RETAIL_BC("retail-bc"),
  OR_UP_ANY("or-upsell"),
  OR_UP_SHOPPER("or-upsell"),
  OLIST_UP("olist-upsell"),
  OR_UP_ANY_VALIDATION("or-upsell-validation"),
  OR_UP_SHOPPER_VALIDATION("or-upsell-validation"),
  OLIST_UP_VALIDATION("olist-upsell-validation");

  private final String commandName;

  Protocol(String commandName) {
    this.commandName = commandName;
  }

  public String commandName() {
    return commandName;
  }

  /** The protocols a command-line name stands for, or an error listing the names. */
  public static List<Protocol> named(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    List<Protocol> found = Arrays.stream(values()).filter(p -> p.commandName.equals(key)).toList();
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown protocol '" + name + "'; expected one of or-bc, or-next, retail-bc, or-upsell,"
              + " olist-upsell, or-upsell-validation, olist-upsell-validation");
    }
    return found;
  }

  /** Builds this protocol's benchmark from the sources' files. */
  public Benchmark build(Sources sources) {
    return switch (this) {
      case OR_BC -> OrBasketCompletion.build(sources.onlineRetail());
      case OR_NEXT_ALL -> OrNextPurchases.build(sources.onlineRetail(), OrNextPurchases.Variant.ALL);
      case OR_NEXT_NEW -> OrNextPurchases.build(sources.onlineRetail(), OrNextPurchases.Variant.NEW);
      case RETAIL_BC -> RetailBasketCompletion.build(sources.fimiRetail());
      case OR_UP_ANY -> OrUpSell.build(sources.onlineRetail(), OrUpSell.Variant.ANY);
      case OR_UP_SHOPPER -> OrUpSell.build(sources.onlineRetail(), OrUpSell.Variant.SHOPPER);
      case OLIST_UP -> OlistUpSell.build(sources.olist());
      case OR_UP_ANY_VALIDATION ->
          OrUpSell.buildValidation(sources.onlineRetail(), OrUpSell.Variant.ANY);
      case OR_UP_SHOPPER_VALIDATION ->
          OrUpSell.buildValidation(sources.onlineRetail(), OrUpSell.Variant.SHOPPER);
      case OLIST_UP_VALIDATION -> OlistUpSell.buildValidation(sources.olist());
    };
  }
}
