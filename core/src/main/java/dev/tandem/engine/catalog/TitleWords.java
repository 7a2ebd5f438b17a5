package dev.tandem.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a title that can name a product: upper case, split on anything but letters, digits,
 * hyphens and apostrophes; words with digits (sizes, pack counts, codes), single letters and filler
 * words ("SET OF", "PACK OF", "WITH", "DESIGN") are dropped.
 */
final class TitleWords {
  private static final Set<String> FILLER = Set.of(
      "OF", "SET", "PACK", "THE", "IN", "WITH", "AND", "FOR", "ON", "TO", "DESIGN", "ASSORTED",
      "NEW");

  private TitleWords() {}

  static List<String> of(String title) {
    List<String> words = new ArrayList<>();
    if (title == null) {
      return words;
    }
    for (String word : title.toUpperCase(Locale.ROOT).split("[^A-Z0-9'\\-]+")) {
      if (word.length() > 1 && !hasDigit(word) && !FILLER.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
