package dev.tandem.server;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.rules.AssociationRules;
import dev.tandem.rules.Evidence;
import dev.tandem.rules.MiningParameters;
import dev.tandem.rules.RuleIndex;
import dev.tandem.rules.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the server recommends from: an immutable model built from one snapshot. Cross-sells come
 * from association rules (with their evidence), then best sellers fill what the rules leave.
 */
final class ServingModel {
  /**
   * Rules need 0.3% of the orders (59 of Online Retail's 19,773: 99,201 itemsets of up to 3 items
   * and 236,984 rules, mined in about a second), 10% confidence and lift 1.5 to be served. Lower
   * support multiplies the itemsets (45.8 million at 10 orders) for little gain in coverage; the
   * best sellers fill in where rules are silent.
   */
  static final MiningParameters RULES =
      MiningParameters.builder().minSupport(0.003).minConfidence(0.1).minLift(1.5)
          .maxLength(3).timeBudget(Duration.ofSeconds(60)).build();

  private final int version;
  private final Instant trainedAt;
  private final long trainingMillis;
  private final Snapshot snapshot;
  private final RuleIndex rules;
  private final int[] bestSellers;
  private final int[] orderCounts;
  private final String status;

  private ServingModel(int version, Instant trainedAt, long trainingMillis, Snapshot snapshot,
      RuleIndex rules, int[] orderCounts, String status) {
    this.version = version;
    this.trainedAt = trainedAt;
    this.trainingMillis = trainingMillis;
    this.snapshot = snapshot;
    this.rules = rules;
    this.orderCounts = orderCounts;
    this.bestSellers = byOrders(orderCounts);
    this.status = status;
  }

  static ServingModel train(int version, Snapshot snapshot, Instant trainedAt, long startNanos) {
    var mined = AssociationRules.mine(snapshot, RULES);
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    return new ServingModel(version, trainedAt, millis, snapshot, mined.ruleIndex(),
        orderCounts(snapshot.basketItems()), mined.status());
  }

  int version() {
    return version;
  }

  Instant trainedAt() {
    return trainedAt;
  }

  long trainingMillis() {
    return trainingMillis;
  }

  String status() {
    return status;
  }

  int ruleCount() {
    return rules.size();
  }

  String fingerprint() {
    return snapshot.fingerprint();
  }

  int itemCount() {
    return snapshot.itemCount();
  }

  /** The snapshot index of an item id, or -1 when the model does not know it. */
  int itemIndex(String id) {
    return snapshot.items().indexOf(id);
  }

  String itemId(int item) {
    return snapshot.items().idOf(item);
  }

  String title(int item) {
    return snapshot.itemTitle(item);
  }

  double price(int item) {
    return snapshot.itemPrice(item);
  }

  /** Complements of the cart (known item indices), best first, each with why. */
  List<Pick> crossSell(int[] cart, int count) {
    List<Pick> picks = new ArrayList<>(count);
    for (Suggestion s : rules.forCart(cart, count)) {
      picks.add(new Pick(s.item(), s.score(), "rules", s.rule().count(), s.rule().lift(),
          s.rule().confidence(), s.rule().antecedent(),
          Evidence.forRule(s.rule(), this::title)));
    }
    for (int k = 0; k < bestSellers.length && picks.size() < count; k++) {
      int item = bestSellers[k];
      if (!contains(cart, item) && picks.stream().noneMatch(p -> p.item() == item)) {
        picks.add(new Pick(item, 0, "best-sellers", orderCounts[item], Double.NaN, Double.NaN,
            new int[0], "One of the shop's best sellers: in " + orderCounts[item] + " orders"));
      }
    }
    return picks;
  }

  private static boolean contains(int[] items, int item) {
    for (int i : items) {
      if (i == item) {
        return true;
      }
    }
    return false;
  }

  private static int[] orderCounts(CsrMatrix basketItems) {
    int[] counts = new int[basketItems.columnCount()];
    for (int p = 0; p < basketItems.nonZeroCount(); p++) {
      counts[basketItems.columnAt(p)]++;
    }
    return counts;
  }

  private static int[] byOrders(int[] counts) {
    return java.util.stream.IntStream.range(0, counts.length)
        .filter(i -> counts[i] > 0)
        .boxed()
        .sorted((a, b) -> counts[b] != counts[a] ? Integer.compare(counts[b], counts[a]) : a - b)
        .limit(200)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** One recommended item and the evidence behind it. */
  record Pick(int item, double score, String source, int orders, double lift, double confidence,
      int[] because, String explanation) {
    Pick {
      because = Arrays.copyOf(because, because.length);
    }
  }
}
