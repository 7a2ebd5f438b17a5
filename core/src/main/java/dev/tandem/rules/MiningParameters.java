package dev.tandem.rules;

import java.time.Clock;
import java.time.Duration;

/**
 * What to mine and within which bounds. Build with {@link #builder()}; validated when built.
 *
 * <p>Essentials: minimum support (a fraction of transactions, or an absolute count), maximum
 * itemset length. Bounds: {@code timeBudget} (null = none), {@code memoryBudgetBytes} (estimated
 * bytes of trees and itemsets held), {@code maxItemsets}. Rules: minimum confidence, lift and
 * count, the longest consequent, the measure to sort by, and at most N rules per antecedent.
 *
 * @param minSupportFraction minimum support as a fraction of transactions, or NaN when {@code
 *     minSupportCount} is given; the count is {@code ceil(fraction × transactions)}, at least 1
 * @param minSupportCount minimum support as a transaction count, or 0 when a fraction is given
 * @param maxLength longest itemset mined (1 or more)
 * @param kind all, closed or maximal itemsets
 * @param timeBudget wall-time budget read from {@code clock}, or null for none
 * @param memoryBudgetBytes budget for the estimated bytes held while mining
 * @param maxItemsets the most itemsets mined
 * @param threads worker threads (1 = the calling thread only)
 * @param clock the time source for the time budget
 * @param minConfidence rules below this confidence are dropped
 * @param minLift rules below this lift are dropped
 * @param minRuleCount rules whose itemset is in fewer transactions are dropped
 * @param maxConsequentLength longest right-hand side of a rule
 * @param sortRulesBy the measure rules are sorted by, best first
 * @param maxRulesPerAntecedent keep at most this many rules per left-hand side (after sorting)
 * @param maxRules keep at most this many rules in all (after sorting)
 */
public record MiningParameters(
    double minSupportFraction,
    int minSupportCount,
    int maxLength,
    ItemsetKind kind,
    Duration timeBudget,
    long memoryBudgetBytes,
    int maxItemsets,
    int threads,
    Clock clock,
    double minConfidence,
    double minLift,
    int minRuleCount,
    int maxConsequentLength,
    RuleMeasure sortRulesBy,
    int maxRulesPerAntecedent,
    int maxRules) {

  /** Longest itemset when none is given: longer ones are never useful for a shop. */
  public static final int DEFAULT_MAX_LENGTH = 64;

  /** Most rules kept when none is given: a million rules take about 100 MB. */
  public static final int DEFAULT_MAX_RULES = 1_000_000;

  public MiningParameters {
    boolean byFraction = !Double.isNaN(minSupportFraction);
    if (byFraction == (minSupportCount > 0)) {
      throw new IllegalArgumentException(
          "give the minimum support either as a fraction or as a count, not both or neither");
    }
    if (byFraction && !(minSupportFraction > 0 && minSupportFraction <= 1)) {
      throw new IllegalArgumentException(
          "minimum support fraction must be in (0, 1], got " + minSupportFraction);
    }
    require(maxLength >= 1, "maxLength must be at least 1, got " + maxLength);
    require(kind != null, "kind is required");
    require(timeBudget == null || !timeBudget.isNegative(), "timeBudget must not be negative");
    require(memoryBudgetBytes > 0, "memoryBudgetBytes must be positive");
    require(maxItemsets >= 0, "maxItemsets must not be negative");
    require(threads >= 1, "threads must be at least 1, got " + threads);
    require(clock != null, "clock is required");
    require(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]");
    require(minLift >= 0, "minLift must not be negative");
    require(minRuleCount >= 0, "minRuleCount must not be negative");
    require(maxConsequentLength >= 1, "maxConsequentLength must be at least 1");
    require(sortRulesBy != null, "sortRulesBy is required");
    require(maxRulesPerAntecedent >= 0, "maxRulesPerAntecedent must not be negative (0 = all)");
    require(maxRules >= 0, "maxRules must not be negative");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** The absolute minimum count for this many transactions. */
  public int minCount(int transactionCount) {
    if (minSupportCount > 0) {
      return minSupportCount;
    }
    return (int) Math.max(1, Math.ceil(minSupportFraction * transactionCount));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from the defaults; call one of the minimum support setters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.minSupportFraction = minSupportFraction;
    b.minSupportCount = minSupportCount;
    b.maxLength = maxLength;
    b.kind = kind;
    b.timeBudget = timeBudget;
    b.memoryBudgetBytes = memoryBudgetBytes;
    b.maxItemsets = maxItemsets;
    b.threads = threads;
    b.clock = clock;
    b.minConfidence = minConfidence;
    b.minLift = minLift;
    b.minRuleCount = minRuleCount;
    b.maxConsequentLength = maxConsequentLength;
    b.sortRulesBy = sortRulesBy;
    b.maxRulesPerAntecedent = maxRulesPerAntecedent;
    b.maxRules = maxRules;
    return b;
  }

  /**
   * Builds {@link MiningParameters}. Defaults: max length {@value #DEFAULT_MAX_LENGTH}, all
   * itemsets, no time budget, a memory budget of 40% of the maximum heap, no itemset cap, 2
   * threads (fewer when the machine has fewer cores), the system clock, no rule filter, single-item
   * consequents, rules sorted by confidence, at most {@value #DEFAULT_MAX_RULES} rules.
   */
  public static final class Builder {
    private double minSupportFraction = Double.NaN;
    private int minSupportCount;
    private int maxLength = DEFAULT_MAX_LENGTH;
    private ItemsetKind kind = ItemsetKind.ALL;
    private Duration timeBudget;
    private long memoryBudgetBytes = (long) (Runtime.getRuntime().maxMemory() * 0.4);
    private int maxItemsets = Integer.MAX_VALUE - 64;
    private int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    private Clock clock = Clock.systemUTC();
    private double minConfidence;
    private double minLift;
    private int minRuleCount;
    private int maxConsequentLength = 1;
    private RuleMeasure sortRulesBy = RuleMeasure.CONFIDENCE;
    private int maxRulesPerAntecedent;
    private int maxRules = DEFAULT_MAX_RULES;

    private Builder() {}

    /** Minimum support as a fraction of transactions, e.g. 0.001 for 0.1%. */
    public Builder minSupport(double fraction) {
      this.minSupportFraction = fraction;
      this.minSupportCount = 0;
      return this;
    }

    /** Minimum support as an absolute number of transactions. */
    public Builder minSupportCount(int count) {
      this.minSupportCount = count;
      this.minSupportFraction = Double.NaN;
      return this;
    }

    public Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    public Builder kind(ItemsetKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder timeBudget(Duration timeBudget) {
      this.timeBudget = timeBudget;
      return this;
    }

    public Builder memoryBudgetBytes(long bytes) {
      this.memoryBudgetBytes = bytes;
      return this;
    }

    public Builder maxItemsets(int maxItemsets) {
      this.maxItemsets = maxItemsets;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder minConfidence(double minConfidence) {
      this.minConfidence = minConfidence;
      return this;
    }

    public Builder minLift(double minLift) {
      this.minLift = minLift;
      return this;
    }

    public Builder minRuleCount(int minRuleCount) {
      this.minRuleCount = minRuleCount;
      return this;
    }

    public Builder maxConsequentLength(int maxConsequentLength) {
      this.maxConsequentLength = maxConsequentLength;
      return this;
    }

    public Builder sortRulesBy(RuleMeasure measure) {
      this.sortRulesBy = measure;
      return this;
    }

    public Builder maxRulesPerAntecedent(int max) {
      this.maxRulesPerAntecedent = max;
      return this;
    }

    public Builder maxRules(int max) {
      this.maxRules = max;
      return this;
    }

    public MiningParameters build() {
      return new MiningParameters(
          minSupportFraction, minSupportCount, maxLength, kind, timeBudget, memoryBudgetBytes,
          maxItemsets, threads, clock, minConfidence, minLift, minRuleCount, maxConsequentLength,
          sortRulesBy, maxRulesPerAntecedent, maxRules);
    }
  }
}
