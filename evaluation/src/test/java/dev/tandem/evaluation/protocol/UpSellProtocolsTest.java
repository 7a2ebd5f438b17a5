package dev.tandem.evaluation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The up-sell protocols' counts on the real files, exactly, and the shape of their cases: the
 * query item is of the held-out item's type, at least 10% cheaper, and valued at the uplift.
 */
class UpSellProtocolsTest {

  @Test
  void orUpSellAny_counts() {
    Benchmark any = OrUpSell.build(RealData.onlineRetail(), OrUpSell.Variant.ANY);
    assertThat(any.counts()).containsAllEntriesOf(Map.of(
        "held-out purchases", 162_228L,
        "skipped: item unseen in training", 7_824L,
        "skipped: item of no product type", 21_277L,
        "skipped: no cheaper item of its type", ANY_NO_CHEAPER,
        "skipped: cheaper item in the same order", ANY_SAME_ORDER,
        "queries", ANY_QUERIES));
    assertThat(any.testCases()).hasSize((int) ANY_QUERIES);
    assertThat(any.count("held-out purchases")).isEqualTo(7_824 + 21_277 + ANY_NO_CHEAPER
        + ANY_SAME_ORDER + ANY_QUERIES);
    assertCasesAreTradeUps(any);
  }

  @Test
  void orUpSellShopper_counts() {
    Benchmark shopper = OrUpSell.build(RealData.onlineRetail(), OrUpSell.Variant.SHOPPER);
    assertThat(shopper.count("skipped: guest or shopper unknown to training"))
        .isEqualTo(SHOPPER_UNKNOWN);
    assertThat(shopper.count("skipped: bought by the shopper in training"))
        .isEqualTo(SHOPPER_BOUGHT);
    assertThat(shopper.count("queries")).isEqualTo(ANY_QUERIES - SHOPPER_UNKNOWN - SHOPPER_BOUGHT);
    assertThat(shopper.testCases()).allSatisfy(c -> {
      assertThat(c.query().hasUser()).isTrue();
      assertThat(c.isExcluded(c.relevant()[0])).isFalse();
    });
    assertCasesAreTradeUps(shopper);
  }

  @Test
  void olistUpSell_counts() {
    Benchmark olist = OlistUpSell.build(Olist.read(RealData.olist()));
    assertThat(olist.counts()).containsAllEntriesOf(Map.of(
        "order lines", 112_650L,
        "train orders", 78_853L,
        "test orders", 19_813L,
        "held-out purchases", 20_583L,
        "skipped: item unseen in training", 8_986L,
        "skipped: item of no product type", 50L,
        "skipped: no cheaper item of its type", 59L,
        "skipped: cheaper item in the same order", 8L,
        "queries", 11_480L,
        "product types", 74L));
    assertCasesAreTradeUps(olist);
  }

  @Test
  void orUpSellValidation_usesTheTrainingInvoicesOnly() {
    Benchmark any = OrUpSell.buildValidation(RealData.onlineRetail(), OrUpSell.Variant.ANY);
    Benchmark shopper =
        OrUpSell.buildValidation(RealData.onlineRetail(), OrUpSell.Variant.SHOPPER);
    assertThat(any.name()).isEqualTo("OR-UP-VAL ANY");
    assertThat(any.counts()).containsAllEntriesOf(Map.of(
        "held-out purchases", 82_163L, "queries", 37_441L));
    assertThat(shopper.count("queries")).isEqualTo(13_227L);
    assertTrainedBefore(any.training(), OrUpSell.VALIDATION_CUT);
    assertCasesAreTradeUps(any);
    assertCasesAreTradeUps(shopper);
  }

  @Test
  void olistUpSellValidation_splitsTheTrainingOrdersAgain() {
    Benchmark validation = OlistUpSell.buildValidation(Olist.read(RealData.olist()));
    assertThat(validation.counts()).containsAllEntriesOf(Map.of(
        "train orders", 64_634L,
        "test orders", 14_219L, // together the 78,853 training orders of OLIST-UP
        "held-out purchases", 14_796L,
        "queries", 9_094L));
    assertTrainedBefore(validation.training(), OlistUpSell.VALIDATION_CUT);
    assertCasesAreTradeUps(validation);
  }

  private static void assertTrainedBefore(Snapshot training, String cut) {
    long limit = OnlineRetail.epochMillis(cut);
    for (int basket = 0; basket < training.basketItems().rowCount(); basket++) {
      assertThat(training.basketTime(basket)).isLessThan(limit);
    }
  }

  private static void assertCasesAreTradeUps(Benchmark benchmark) {
    Snapshot training = benchmark.training();
    var types = dev.tandem.engine.catalog.ProductTypes.of(training);
    double uplift = 0;
    for (TestCase c : benchmark.testCases()) {
      int a = c.query().items()[0];
      int b = c.relevant()[0];
      assertThat(types.sameType(a, b)).isTrue();
      assertThat(training.itemPrice(a) * 1.1).isLessThanOrEqualTo(training.itemPrice(b) + 1e-9);
      assertThat(c.values()[0]).isEqualTo(training.itemPrice(b) - training.itemPrice(a));
      uplift += c.values()[0];
    }
    assertThat(benchmark.count(benchmark.counts().keySet().stream()
        .filter(n -> n.startsWith("maximum uplift")).findFirst().orElseThrow()))
        .isEqualTo(Math.round(100 * uplift));
  }

  static final long ANY_NO_CHEAPER = 35_969;
  static final long ANY_SAME_ORDER = 12_690;
  static final long ANY_QUERIES = 84_468;
  static final long SHOPPER_UNKNOWN = 31_311;
  static final long SHOPPER_BOUGHT = 20_212;
}
