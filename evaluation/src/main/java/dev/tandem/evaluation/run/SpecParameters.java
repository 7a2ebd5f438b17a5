package dev.tandem.evaluation.run;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The {@code name=value} parameters of one algorithm spec ({@link Algorithms#trainer}). The
 * algorithm asks for each parameter it takes; a value that does not parse names the algorithm,
 * the parameter and the value, and a given name nobody asked for is an error listing the ones the
 * algorithm takes.
 */
final class SpecParameters {
  private final String algorithm;
  private final Map<String, String> given;
  private final Set<String> asked = new LinkedHashSet<>();

  private SpecParameters(String algorithm, Map<String, String> given) {
    this.algorithm = algorithm;
    this.given = given;
  }

  /** Parses {@code name=value,name=value} (empty for none). */
  static SpecParameters parse(String algorithm, String text) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] pair = entry.split("=", 2);
      if (pair.length != 2 || pair[0].isBlank()) {
        throw new IllegalArgumentException(
            algorithm + ": parameter '" + entry.trim() + "' is not name=value");
      }
      if (given.put(pair[0].trim(), pair[1].trim()) != null) {
        throw new IllegalArgumentException(
            algorithm + ": parameter '" + pair[0].trim() + "' is given twice");
      }
    }
    return new SpecParameters(algorithm, given);
  }

  boolean isEmpty() {
    return given.isEmpty();
  }

  /** The parameter's value, or {@code fallback} when it is not given. */
  <V> V get(String name, Function<String, V> parser, V fallback) {
    asked.add(name);
    String text = given.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          algorithm + " " + name + "=" + text + ": " + e.getMessage(), e);
    }
  }

  /** {@code trainer} with the parameter applied by {@code with} when it is given. */
  <T, V> T with(T trainer, String name, Function<String, V> parser, BiFunction<T, V, T> with) {
    V value = get(name, parser, null);
    return value == null ? trainer : with.apply(trainer, value);
  }

  /** Fails when a parameter was given that the algorithm did not ask for. */
  void requireAllKnown() {
    List<String> unknown = given.keySet().stream().filter(name -> !asked.contains(name)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown parameter" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + " for " + algorithm + "; "
          + (asked.isEmpty() ? "it takes none" : "it takes " + String.join(", ", asked)));
    }
  }

  static int integer(String text) {
    try {
      return Integer.parseInt(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }

  static long wholeNumber(String text) {
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }

  static double decimal(String text) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new IllegalArgumentException("not a number");
  }

  static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("expected true or false");
    };
  }

  /** A parser of an enum's constants by their lower-case names. */
  static <E extends Enum<E>> Function<String, E> choice(Class<E> type) {
    return text -> {
      for (E value : type.getEnumConstants()) {
        if (value.name().equalsIgnoreCase(text)) {
          return value;
        }
      }
      throw new IllegalArgumentException("expected one of " + String.join(", ",
          Arrays.stream(type.getEnumConstants())
              .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
    };
  }
}
