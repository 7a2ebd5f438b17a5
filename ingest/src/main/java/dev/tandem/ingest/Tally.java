package dev.tandem.ingest;

import java.util.Arrays;

/**
 * Counts how often each value was seen, for one item or user, without boxing: a few parallel
 * arrays scanned linearly (an item has a handful of distinct prices and titles).
 */
final class Tally {
  private double[] prices = new double[2];
  private int[] priceCounts = new int[2];
  private int distinctPrices;
  private String[] texts = new String[2];
  private int[] textCounts = new int[2];
  private int distinctTexts;

  void price(double price) {
    for (int i = 0; i < distinctPrices; i++) {
      if (prices[i] == price) {
        priceCounts[i]++;
        return;
      }
    }
    if (distinctPrices == prices.length) {
      prices = Arrays.copyOf(prices, distinctPrices * 2);
      priceCounts = Arrays.copyOf(priceCounts, distinctPrices * 2);
    }
    prices[distinctPrices] = price;
    priceCounts[distinctPrices++] = 1;
  }

  void text(String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (int i = 0; i < distinctTexts; i++) {
      if (texts[i].equals(text)) {
        textCounts[i]++;
        return;
      }
    }
    if (distinctTexts == texts.length) {
      texts = Arrays.copyOf(texts, distinctTexts * 2);
      textCounts = Arrays.copyOf(textCounts, distinctTexts * 2);
    }
    texts[distinctTexts] = text;
    textCounts[distinctTexts++] = 1;
  }

  boolean hasPrice() {
    return distinctPrices > 0;
  }

  /** The most frequent price; ties go to the lower price. NaN when none was seen. */
  double commonPrice() {
    double best = Double.NaN;
    int bestCount = 0;
    for (int i = 0; i < distinctPrices; i++) {
      if (priceCounts[i] > bestCount || (priceCounts[i] == bestCount && prices[i] < best)) {
        best = prices[i];
        bestCount = priceCounts[i];
      }
    }
    return best;
  }

  /** The most frequent text; ties go to the one first in alphabetical order. Empty when none. */
  String commonText() {
    String best = "";
    int bestCount = 0;
    for (int i = 0; i < distinctTexts; i++) {
      if (textCounts[i] > bestCount
          || (textCounts[i] == bestCount && texts[i].compareTo(best) < 0)) {
        best = texts[i];
        bestCount = textCounts[i];
      }
    }
    return best;
  }
}
