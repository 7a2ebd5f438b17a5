package dev.tandem.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns frequent itemsets into rules X ⇒ Y: for each reported itemset Z of two items or more, every
 * split into a non-empty consequent Y (up to {@link MiningParameters#maxConsequentLength()} items)
 * and the rest X, with the counts of X and Y looked up among the mined itemsets (a split whose side
 * was not mined, which only happens when mining was truncated, is skipped). Then the filters, the
 * sort, the per-antecedent cap and the overall cap of {@link MiningParameters}.
 *
 * <p>Without a per-antecedent cap, the rules held while generating stay within twice the overall
 * cap: past that they are sorted and cut back to the cap, which gives the same result as cutting
 * once at the end (a rule cut is beaten by at least {@code maxRules} rules that stay).
 */
public final class RuleGenerator {
  private RuleGenerator() {}

  public static List<Rule> generate(FrequentItemsets itemsets, MiningParameters parameters) {
    List<Rule> rules = new ArrayList<>();
    FrequentItemsets.Trie trie = itemsets.trie();
    int[] ascending = new int[64];
    int[] chain = new int[64];
    long pruneAt = parameters.maxRulesPerAntecedent() == 0
        ? Math.max(1024L, 2L * parameters.maxRules()) : Long.MAX_VALUE;
    for (int i = 0; i < itemsets.size(); i++) {
      if (rules.size() > pruneAt) {
        rules = new ArrayList<>(sortAndCap(rules, parameters));
      }
      int j = itemsets.index(i);
      int count = trie.count()[j];
      if (count < parameters.minRuleCount() || trie.parent()[j] < 0) {
        continue;
      }
      int length = 0;
      for (int node = j; node >= 0; node = trie.parent()[node]) {
        if (length == chain.length) {
          chain = Arrays.copyOf(chain, length * 2);
          ascending = Arrays.copyOf(ascending, length * 2);
        }
        chain[length] = node;
        ascending[length++] = trie.rank()[node];
      }
      addSingleConsequents(itemsets, parameters, j, ascending, chain, length, rules);
      int longest = Math.min(parameters.maxConsequentLength(), length - 1);
      for (int size = 2; size <= longest; size++) {
        addConsequents(itemsets, parameters, count, Arrays.copyOf(ascending, length), size, rules);
      }
    }
    return sortAndCap(rules, parameters);
  }

  private static void addSingleConsequents(
      FrequentItemsets itemsets, MiningParameters parameters, int j, int[] ascending, int[] chain,
      int length, List<Rule> rules) {
    int count = itemsets.trie().count()[j];
    for (int skip = 0; skip < length; skip++) {
      int from = skip + 1 < length ? chain[skip + 1] : -1;
      int antecedent = skip == 0 ? chain[1] : itemsets.withoutPosition(ascending, skip, from);
      if (antecedent < 0) {
        continue;
      }
      int consequentItem = itemsets.itemOfRank(ascending[skip]);
      int[] left = new int[length - 1];
      for (int k = 0, a = 0; k < length; k++) {
        if (k != skip) {
          left[a++] = itemsets.itemOfRank(ascending[k]);
        }
      }
      Arrays.sort(left);
      offer(
          new Rule(left, new int[] {consequentItem}, count, itemsets.trie().count()[antecedent],
              itemsets.itemSupportCount(consequentItem), itemsets.transactionCount()),
          parameters, rules);
    }
  }

  /** Every consequent of exactly {@code size} items of the itemset with these ranks. */
  private static void addConsequents(
      FrequentItemsets itemsets, MiningParameters parameters, int count, int[] ranks, int size,
      List<Rule> rules) {
    int n = ranks.length;
    int[] pick = new int[size];
    for (int k = 0; k < size; k++) {
      pick[k] = k;
    }
    while (true) {
      int[] right = new int[size];
      int[] left = new int[n - size];
      for (int k = 0, p = 0, a = 0; k < n; k++) {
        int item = itemsets.itemOfRank(ranks[k]);
        if (p < size && pick[p] == k) {
          right[p++] = item;
        } else {
          left[a++] = item;
        }
      }
      int leftCount = itemsets.countOf(left);
      int rightCount = itemsets.countOf(right);
      if (leftCount > 0 && rightCount > 0) {
        Arrays.sort(left);
        Arrays.sort(right);
        offer(new Rule(left, right, count, leftCount, rightCount, itemsets.transactionCount()),
            parameters, rules);
      }
      int k = size - 1;
      while (k >= 0 && pick[k] == n - size + k) {
        k--;
      }
      if (k < 0) {
        return;
      }
      pick[k]++;
      for (int m = k + 1; m < size; m++) {
        pick[m] = pick[m - 1] + 1;
      }
    }
  }

  private static void offer(Rule rule, MiningParameters parameters, List<Rule> rules) {
    if (rule.confidence() >= parameters.minConfidence() && rule.lift() >= parameters.minLift()) {
      rules.add(rule);
    }
  }

  private static List<Rule> sortAndCap(List<Rule> rules, MiningParameters parameters) {
    rules.sort(parameters.sortRulesBy().bestFirst());
    int perAntecedent = parameters.maxRulesPerAntecedent();
    List<Rule> kept = new ArrayList<>(Math.min(rules.size(), parameters.maxRules()));
    Map<ItemKey, int[]> perLeft = perAntecedent > 0 ? new HashMap<>() : null;
    for (Rule rule : rules) {
      if (kept.size() >= parameters.maxRules()) {
        break;
      }
      if (perLeft != null) {
        int[] seen = perLeft.computeIfAbsent(new ItemKey(rule.antecedent()), k -> new int[1]);
        if (seen[0]++ >= perAntecedent) {
          continue;
        }
      }
      kept.add(rule);
    }
    return List.copyOf(kept);
  }

  /** An item set as a hash key. */
  private record ItemKey(int[] items) {
    @Override
    public boolean equals(Object other) {
      return other instanceof ItemKey k && Arrays.equals(items, k.items);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(items);
    }
  }
}
