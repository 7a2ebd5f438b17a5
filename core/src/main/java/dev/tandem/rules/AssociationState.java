package dev.tandem.rules;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link AssociationModel} as mined (the itemset trie, the rules in their order, the
 * parameters, the prices) and reads it back equal, so a saved model serves the same suggestions
 * without mining again: mining has a time budget, so mining again could even give other rules. The
 * parameters' clock is not saved; a read model gets the system clock. The caller frames and
 * checksums the stream.
 */
public final class AssociationState {
  private AssociationState() {}

  public static void write(AssociationModel model, DataOutput out) throws IOException {
    writeParameters(model.parameters(), out);
    FrequentItemsets itemsets = model.itemsets();
    int itemCount = model.itemCount();
    out.writeInt(itemCount);
    for (int i = 0; i < itemCount; i++) {
      out.writeDouble(model.price(i));
      out.writeInt(itemsets.itemSupportCount(i));
    }
    out.writeByte(itemsets.kind().ordinal());
    out.writeByte(itemsets.truncation().ordinal());
    out.writeInt(itemsets.transactionCount());
    out.writeInt(itemsets.minCount());
    out.writeLong(itemsets.peakEstimatedBytes());
    writeInts(itemsets.frequentItems(), out);
    FrequentItemsets.Trie trie = itemsets.trie();
    writeInts(trie.parent(), out);
    writeInts(trie.rank(), out);
    writeInts(trie.count(), out);
    writeRules(model.rules(), out);
  }

  public static AssociationModel read(DataInput in) throws IOException {
    MiningParameters parameters = readParameters(in);
    int itemCount = length(in);
    double[] prices = new double[itemCount];
    int[] itemSupport = new int[itemCount];
    for (int i = 0; i < itemCount; i++) {
      prices[i] = in.readDouble();
      itemSupport[i] = in.readInt();
    }
    ItemsetKind kind = ItemsetKind.values()[in.readByte()];
    Truncation truncation = Truncation.values()[in.readByte()];
    int transactionCount = in.readInt();
    int minCount = in.readInt();
    long peakBytes = in.readLong();
    int[] rankToItem = readInts(in);
    FrequentItemsets.Trie trie =
        new FrequentItemsets.Trie(readInts(in), readInts(in), readInts(in));
    FrequentItemsets itemsets = FrequentItemsets.of(trie, kind, truncation, transactionCount,
        minCount, rankToItem, itemSupport, peakBytes);
    return new AssociationModel(itemsets, readRules(in), parameters, prices, itemCount);
  }

  private static void writeParameters(MiningParameters p, DataOutput out) throws IOException {
    out.writeDouble(p.minSupportFraction());
    out.writeInt(p.minSupportCount());
    out.writeInt(p.maxLength());
    out.writeByte(p.kind().ordinal());
    out.writeLong(p.timeBudget() == null ? -1 : p.timeBudget().toMillis());
    out.writeLong(p.memoryBudgetBytes());
    out.writeInt(p.maxItemsets());
    out.writeInt(p.threads());
    out.writeDouble(p.minConfidence());
    out.writeDouble(p.minLift());
    out.writeInt(p.minRuleCount());
    out.writeInt(p.maxConsequentLength());
    out.writeByte(p.sortRulesBy().ordinal());
    out.writeInt(p.maxRulesPerAntecedent());
    out.writeInt(p.maxRules());
  }

  private static MiningParameters readParameters(DataInput in) throws IOException {
    double fraction = in.readDouble();
    int count = in.readInt();
    int maxLength = in.readInt();
    ItemsetKind kind = ItemsetKind.values()[in.readByte()];
    long budget = in.readLong();
    long memory = in.readLong();
    int maxItemsets = in.readInt();
    int threads = in.readInt();
    double confidence = in.readDouble();
    double lift = in.readDouble();
    int ruleCount = in.readInt();
    int consequent = in.readInt();
    RuleMeasure sortBy = RuleMeasure.values()[in.readByte()];
    return new MiningParameters(fraction, count, maxLength, kind,
        budget < 0 ? null : Duration.ofMillis(budget), memory, maxItemsets, threads,
        Clock.systemUTC(), confidence, lift, ruleCount, consequent, sortBy, in.readInt(),
        in.readInt());
  }

  private static void writeRules(List<Rule> rules, DataOutput out) throws IOException {
    out.writeInt(rules.size());
    for (Rule rule : rules) {
      writeInts(rule.antecedent(), out);
      writeInts(rule.consequent(), out);
      out.writeInt(rule.count());
      out.writeInt(rule.antecedentCount());
      out.writeInt(rule.consequentCount());
      out.writeInt(rule.transactionCount());
    }
  }

  private static List<Rule> readRules(DataInput in) throws IOException {
    int n = length(in);
    List<Rule> rules = new ArrayList<>(Math.min(n, 1 << 20));
    for (int k = 0; k < n; k++) {
      rules.add(new Rule(readInts(in), readInts(in), in.readInt(), in.readInt(), in.readInt(),
          in.readInt()));
    }
    return List.copyOf(rules);
  }

  private static void writeInts(int[] values, DataOutput out) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  private static int[] readInts(DataInput in) throws IOException {
    int[] values = new int[length(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  private static int length(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new IOException("corrupt association model: length " + length);
    }
    return length;
  }
}
