package dev.tandem.engine.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a product type from each title. Three things are learned from the titles themselves:
 *
 * <ol>
 *   <li>variant words: words that swap with other words in the same title slot ("LUNCH BAG _
 *       RETROSPOT" holds RED and PINK): colours, patterns, sizes;
 *   <li>modifiers: words seen with many different head nouns and rarely heads themselves (RED,
 *       VINTAGE, HEART, CHRISTMAS), refined over a few rounds, since the head noun of a title is
 *       its last word that is not a modifier;
 *   <li>the type: the head noun (a word that follows several different words, so not a trailing
 *       name like "BAKELIKE") and the words before it while the phrase names enough items, a
 *       modifier joining only when it is bound to the phrase ("LUNCH" in "LUNCH BAG").
 * </ol>
 *
 * Titles with no head noun get a null type; {@link ProductTypes} merges them and rare types into
 * {@link ProductTypes#OTHER}.
 */
final class TitleTypes {
  private final TypeParameters parameters;
  private final List<List<String>> titles;
  private final Map<String, Integer> itemsWithWord = new HashMap<>();
  private final Map<String, Integer> itemsWithPhrase = new HashMap<>();
  private final Map<String, Set<String>> leftNeighbours = new HashMap<>();
  private Set<String> modifiers;
  private Map<String, Integer> timesHead = new HashMap<>();

  private TitleTypes(List<List<String>> titles, TypeParameters parameters) {
    this.titles = titles;
    this.parameters = parameters;
  }

  /** The type name of each title, in order; null when a title has no head noun. */
  static String[] derive(List<List<String>> titles, TypeParameters parameters) {
    TitleTypes types = new TitleTypes(titles, parameters);
    types.countWords();
    types.modifiers = types.variantWords();
    for (int round = 0; round < parameters.rounds(); round++) {
      types.modifiers = types.sharedModifiers();
    }
    String[] out = new String[titles.size()];
    for (int t = 0; t < out.length; t++) {
      out[t] = types.typeOf(titles.get(t));
    }
    return out;
  }

  /** The words learned as modifiers (colours, patterns, styles), for inspection and tests. */
  static Set<String> modifiers(List<List<String>> titles, TypeParameters parameters) {
    TitleTypes types = new TitleTypes(titles, parameters);
    types.countWords();
    types.modifiers = types.variantWords();
    for (int round = 0; round < parameters.rounds(); round++) {
      types.modifiers = types.sharedModifiers();
    }
    return types.modifiers;
  }

  private void countWords() {
    for (List<String> words : titles) {
      for (String word : new HashSet<>(words)) {
        itemsWithWord.merge(word, 1, Integer::sum);
      }
      Set<String> phrases = new HashSet<>();
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          leftNeighbours.computeIfAbsent(words.get(i), w -> new HashSet<>()).add(words.get(i - 1));
        }
        for (int n = 1; n <= parameters.maxPhraseWords() && i + n <= words.size(); n++) {
          phrases.add(String.join(" ", words.subList(i, i + n)));
        }
      }
      phrases.forEach(p -> itemsWithPhrase.merge(p, 1, Integer::sum));
    }
  }

  private Set<String> variantWords() {
    Map<String, Set<String>> fillers = new HashMap<>();
    for (List<String> words : titles) {
      for (int i = 0; i < words.size(); i++) {
        String slot = String.join(" ", words.subList(0, i)) + " _ "
            + String.join(" ", words.subList(i + 1, words.size()));
        fillers.computeIfAbsent(slot, s -> new HashSet<>()).add(words.get(i));
      }
    }
    Map<String, Integer> slots = new HashMap<>();
    for (Set<String> words : fillers.values()) {
      if (words.size() >= 2) {
        words.forEach(w -> slots.merge(w, 1, Integer::sum));
      }
    }
    Set<String> variants = new HashSet<>();
    slots.forEach((word, count) -> {
      if (count >= parameters.minVariantSlots()
          && count >= parameters.minVariantShare() * itemsWithWord.get(word)) {
        variants.add(word);
      }
    });
    return variants;
  }

  private Set<String> sharedModifiers() {
    Map<String, Set<String>> heads = new HashMap<>();
    timesHead = new HashMap<>();
    Map<String, Integer> titlesWithHead = new HashMap<>();
    for (List<String> words : titles) {
      String head = lastNonModifier(words);
      if (head == null) {
        continue;
      }
      timesHead.merge(head, 1, Integer::sum);
      for (String word : new HashSet<>(words)) {
        titlesWithHead.merge(word, 1, Integer::sum);
        if (!word.equals(head)) {
          heads.computeIfAbsent(word, w -> new HashSet<>()).add(head);
        }
      }
    }
    Set<String> shared = new HashSet<>();
    heads.forEach((word, nouns) -> {
      if (nouns.size() >= parameters.minSharedHeads()
          && timesHead.getOrDefault(word, 0)
              < parameters.maxHeadShare() * titlesWithHead.get(word)) {
        shared.add(word);
      }
    });
    return shared;
  }

  private String lastNonModifier(List<String> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (!modifiers.contains(words.get(i))) {
        return words.get(i);
      }
    }
    return null;
  }

  private String typeOf(List<String> words) {
    int head = headIndex(words);
    if (head < 0) {
      return null;
    }
    String phrase = words.get(head);
    int wordCount = 1;
    for (int j = head - 1; j >= 0 && wordCount < parameters.maxPhraseWords(); j--, wordCount++) {
      String word = words.get(j);
      String longer = word + " " + phrase;
      int named = itemsWithPhrase.getOrDefault(longer, 0);
      boolean bound = named >= parameters.boundShare() * itemsWithWord.get(word);
      if (named < parameters.minPhraseItems() || (modifiers.contains(word) && !bound)) {
        break;
      }
      phrase = longer;
    }
    return phrase;
  }

  /**
   * The head noun: of the words that are not modifiers and follow several different words, the one
   * most often a head noun elsewhere (ties: the later); else the last word that is not a modifier.
   */
  private int headIndex(List<String> words) {
    int best = -1;
    int bestCount = -1;
    int fallback = -1;
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      if (modifiers.contains(word)) {
        continue;
      }
      fallback = fallback < 0 ? i : fallback;
      int count = timesHead.getOrDefault(word, 0);
      if (leftNeighbours.getOrDefault(word, Set.of()).size() >= parameters.minLeftNeighbours()
          && count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    return best >= 0 ? best : fallback;
  }
}
