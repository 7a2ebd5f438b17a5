package dev.tandem.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves rules for a cart: the consequents whose antecedents the cart holds, minus what the cart
 * already has, each with its best rule as evidence, best first. Rules are kept in flat int arrays
 * (about 24 bytes a rule plus its items), bucketed by the smallest item of their antecedent, so a
 * cart of k items reads only the k buckets of its items. Immutable and thread-safe.
 */
public final class RuleIndex {
  private final RuleMeasure rankBy;
  private final int transactionCount;
  private final int[] bucketStarts;
  private final int[] antecedentStarts;
  private final int[] antecedentItems;
  private final int[] consequentStarts;
  private final int[] consequentItems;
  private final int[] counts;
  private final int[] antecedentCounts;
  private final int[] consequentCounts;
  private final double[] scores;
  private final int[] ranks;

  private RuleIndex(List<Rule> rules, RuleMeasure rankBy) {
    this.rankBy = rankBy;
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt((Rule r) -> r.antecedent()[0])
        .thenComparing(rankBy.bestFirst()));
    int n = sorted.size();
    this.transactionCount = n == 0 ? 0 : sorted.get(0).transactionCount();
    int maxItem = -1;
    int antecedentTotal = 0;
    int consequentTotal = 0;
    for (Rule rule : sorted) {
      if (rule.transactionCount() != transactionCount) {
        throw new IllegalArgumentException("rules of one index must come from one mining run");
      }
      antecedentTotal += rule.antecedent().length;
      consequentTotal += rule.consequent().length;
      maxItem = Math.max(maxItem, rule.antecedent()[rule.antecedent().length - 1]);
    }
    this.bucketStarts = new int[maxItem + 2];
    this.antecedentStarts = new int[n + 1];
    this.antecedentItems = new int[antecedentTotal];
    this.consequentStarts = new int[n + 1];
    this.consequentItems = new int[consequentTotal];
    this.counts = new int[n];
    this.antecedentCounts = new int[n];
    this.consequentCounts = new int[n];
    this.scores = new double[n];
    for (int k = 0; k < n; k++) {
      Rule rule = sorted.get(k);
      bucketStarts[rule.antecedent()[0] + 1]++;
      System.arraycopy(rule.antecedent(), 0, antecedentItems, antecedentStarts[k],
          rule.antecedent().length);
      antecedentStarts[k + 1] = antecedentStarts[k] + rule.antecedent().length;
      System.arraycopy(rule.consequent(), 0, consequentItems, consequentStarts[k],
          rule.consequent().length);
      consequentStarts[k + 1] = consequentStarts[k] + rule.consequent().length;
      counts[k] = rule.count();
      antecedentCounts[k] = rule.antecedentCount();
      consequentCounts[k] = rule.consequentCount();
      scores[k] = rankBy.of(rule);
    }
    this.ranks = ranks(rules, sorted, rankBy);
    for (int i = 1; i < bucketStarts.length; i++) {
      bucketStarts[i] += bucketStarts[i - 1];
    }
  }

  /** An index over {@code rules}, ranking suggestions by {@code rankBy}. */
  public static RuleIndex of(List<Rule> rules, RuleMeasure rankBy) {
    return new RuleIndex(rules, rankBy);
  }

  public int size() {
    return counts.length;
  }

  public RuleMeasure rankBy() {
    return rankBy;
  }

  /** Rule k of the index, rebuilt as a {@link Rule}. */
  public Rule rule(int k) {
    return new Rule(
        Arrays.copyOfRange(antecedentItems, antecedentStarts[k], antecedentStarts[k + 1]),
        Arrays.copyOfRange(consequentItems, consequentStarts[k], consequentStarts[k + 1]),
        counts[k], antecedentCounts[k], consequentCounts[k], transactionCount);
  }

  /** Suggestions for a product page: rules whose antecedent is exactly this item or within it. */
  public List<Suggestion> forItem(int item, int limit) {
    return forCart(new int[] {item}, limit);
  }

  /**
   * Suggestions for a cart (item ids, any order, duplicates ignored): for each consequent outside
   * the cart, the best rule whose antecedent the cart holds; best first, at most {@code limit}.
   */
  public List<Suggestion> forCart(int[] cart, int limit) {
    int[] items = Arrays.stream(cart).distinct().sorted().toArray();
    Map<ConsequentKey, Integer> best = new HashMap<>();
    for (int item : items) {
      if (item < 0 || item + 1 >= bucketStarts.length) {
        continue;
      }
      for (int k = bucketStarts[item]; k < bucketStarts[item + 1]; k++) {
        if (holdsAll(items, antecedentItems, antecedentStarts[k], antecedentStarts[k + 1])
            && holdsNone(items, k)) {
          best.merge(new ConsequentKey(consequentItems, consequentStarts[k],
              consequentStarts[k + 1]), k, (a, b) -> better(a, b) ? a : b);
        }
      }
    }
    List<Integer> chosen = new ArrayList<>(best.values());
    chosen.sort((a, b) -> Integer.compare(ranks[a], ranks[b]));
    List<Suggestion> out = new ArrayList<>(Math.min(limit, chosen.size()));
    for (int k : chosen) {
      if (out.size() >= limit) {
        break;
      }
      Rule rule = rule(k);
      out.add(new Suggestion(rule.consequent(), rule, scores[k]));
    }
    return out;
  }

  /** Rules are stored best first within a bucket; across buckets compare their global ranks. */
  private boolean better(int a, int b) {
    return ranks[a] < ranks[b];
  }

  /**
   * The position of each stored rule (bucket order) in the whole index's best-first order, so a
   * request compares two ints instead of rebuilding rules for the comparator. Rules usually arrive
   * sorted by the same measure, and the sort then takes one pass.
   */
  private static int[] ranks(List<Rule> rules, List<Rule> stored, RuleMeasure rankBy) {
    List<Rule> bestFirst = new ArrayList<>(rules);
    bestFirst.sort(rankBy.bestFirst());
    Map<Rule, Integer> position = new java.util.IdentityHashMap<>(bestFirst.size() * 2);
    for (int i = 0; i < bestFirst.size(); i++) {
      position.put(bestFirst.get(i), i);
    }
    int[] ranks = new int[stored.size()];
    for (int k = 0; k < ranks.length; k++) {
      ranks[k] = position.get(stored.get(k));
    }
    return ranks;
  }

  private static boolean holdsAll(int[] sortedCart, int[] items, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Arrays.binarySearch(sortedCart, items[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  private boolean holdsNone(int[] sortedCart, int k) {
    for (int i = consequentStarts[k]; i < consequentStarts[k + 1]; i++) {
      if (Arrays.binarySearch(sortedCart, consequentItems[i]) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Approximate bytes held. */
  public long sizeInBytes() {
    return 4L * (bucketStarts.length + 2L * counts.length + antecedentItems.length
        + consequentItems.length + 4L * counts.length) + 8L * scores.length;
  }

  /** A consequent as a slice of the item array, compared by content. */
  private record ConsequentKey(int[] items, int from, int to) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ConsequentKey k
          && Arrays.equals(items, from, to, k.items, k.from, k.to);
    }

    @Override
    public int hashCode() {
      int hash = 1;
      for (int i = from; i < to; i++) {
        hash = 31 * hash + items[i];
      }
      return hash;
    }
  }
}
