package dev.tandem.evaluation.protocol;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.recommend.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the test cases of an up-sell protocol from held-out purchases, with the count of every
 * purchase left out and why. A purchase of item {@code b} becomes the case: query = {@code
 * up-sell(a)} (or {@code up-sell(a, shopper)}) with {@code a} = {@link CheaperSubstitutes#queryFor
 * b}; relevant = {@code b}, valued at the uplift {@code price(b) − price(a)} (training list
 * prices). Not thread-safe.
 */
final class UpSellCases {
  static final String PURCHASES = "held-out purchases";
  static final String UNSEEN = "skipped: item unseen in training";
  static final String NO_TYPE = "skipped: item of no product type";
  static final String NO_CHEAPER = "skipped: no cheaper item of its type";
  static final String SAME_ORDER = "skipped: cheaper item in the same order";
  static final String UNKNOWN_SHOPPER = "skipped: guest or shopper unknown to training";
  static final String BOUGHT_BEFORE = "skipped: bought by the shopper in training";
  static final String QUERIES = "queries";

  private final Snapshot training;
  private final ProductTypes types;
  private final CheaperSubstitutes cheaper;
  private final boolean personal;
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<TestCase> cases = new ArrayList<>();
  private double maximumUplift;

  /** With {@code personal}, queries carry the shopper and skip guests and repeat purchases. */
  UpSellCases(Snapshot training, boolean personal) {
    this.training = training;
    this.types = ProductTypes.of(training);
    this.cheaper = CheaperSubstitutes.of(training, types);
    this.personal = personal;
    for (String name : List.of(PURCHASES, UNSEEN, NO_TYPE, NO_CHEAPER, SAME_ORDER)) {
      counts.put(name, 0L);
    }
    if (personal) {
      counts.put(UNKNOWN_SHOPPER, 0L);
      counts.put(BOUGHT_BEFORE, 0L);
    }
  }

  /** One held-out order: its distinct item ids and its shopper's id (null for a guest). */
  void addOrder(List<String> itemIds, String shopperId) {
    Set<String> order = Set.copyOf(itemIds);
    int user = shopperId == null ? -1 : training.users().indexOf(shopperId);
    for (String id : itemIds) {
      count(PURCHASES);
      String skipped = skipReason(id, order, user);
      if (skipped != null) {
        count(skipped);
      } else {
        add(training.items().indexOf(id), user);
      }
    }
  }

  private String skipReason(String id, Set<String> order, int user) {
    int b = training.items().indexOf(id);
    if (b < 0) {
      return UNSEEN;
    }
    if (types.isOther(types.typeOf(b))) {
      return NO_TYPE;
    }
    int a = cheaper.queryFor(b);
    if (a < 0) {
      return NO_CHEAPER;
    }
    if (order.contains(training.items().idOf(a))) {
      return SAME_ORDER;
    }
    if (personal && user < 0) {
      return UNKNOWN_SHOPPER;
    }
    return personal && boughtBefore(user, b) ? BOUGHT_BEFORE : null;
  }

  private boolean boughtBefore(int user, int item) {
    CsrMatrix bought = training.userItems();
    for (int p = bought.rowStart(user); p < bought.rowEnd(user); p++) {
      if (bought.columnAt(p) == item) {
        return true;
      }
    }
    return false;
  }

  private void add(int b, int user) {
    int a = cheaper.queryFor(b);
    double uplift = training.itemPrice(b) - training.itemPrice(a);
    maximumUplift += uplift;
    Query query = new Query(personal ? user : Query.ANONYMOUS, new int[] {a});
    int[] excluded = personal ? training.userItems().row(user) : new int[0];
    cases.add(new TestCase(cases.size(), query, new int[] {b}, new double[] {uplift}, 0,
        excluded));
    count(QUERIES);
  }

  private void count(String name) {
    counts.merge(name, 1L, Long::sum);
  }

  List<TestCase> cases() {
    return cases;
  }

  /** The counts, in protocol order, with the queries last. */
  Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>(counts);
    out.remove(QUERIES);
    out.put(QUERIES, (long) cases.size());
    return out;
  }

  /** Σ price(b) − price(a) over every case: the uplift a perfect up-sell would capture. */
  double maximumUplift() {
    return maximumUplift;
  }

  ProductTypes types() {
    return types;
  }
}
