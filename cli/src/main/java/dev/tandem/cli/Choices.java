package dev.tandem.cli;

import java.util.Arrays;
import java.util.Locale;

/** Parses an option's value into one of an enum's constants, case-insensitively. */
final class Choices {
  private Choices() {}

  static <E extends Enum<E>> E of(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known =
          String.join(", ", Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
      throw new IllegalArgumentException(
          option + " must be one of " + known + ", not '" + value + "'");
    }
  }
}
