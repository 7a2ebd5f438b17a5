package dev.tandem.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.hybrid.Hybrid;
import dev.tandem.recommend.hybrid.RankedHybrid;
import dev.tandem.recommend.hybrid.ValidationTask;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.Similarity;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.popularity.CategoryPopularity;
import dev.tandem.recommend.popularity.Counting;
import dev.tandem.recommend.popularity.GlobalPopularity;
import dev.tandem.recommend.popularity.TrendingPopularity;
import dev.tandem.recommend.rules.RulesTrainer;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.rules.RuleMeasure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Algorithm specs: names, parameters over the defaults, their errors, and the engine's up-sell with
 * rules overrides after a colon.
 */
class AlgorithmsTest {

  @Test
  void nameAlone_isTheDefaultTrainerUnderItsOwnName() {
    assertThat(Algorithms.trainer("item-knn")).isEqualTo(ItemKnn.defaults());
    assertThat(Algorithms.trainer(" Session-KNN ")).isEqualTo(SessionKnn.defaults());
    assertThat(Algorithms.trainer("hybrid:")).isEqualTo(Hybrid.defaults());
    assertThat(Algorithms.trainer("trending-popularity"))
        .isEqualTo(new TrendingPopularity(Duration.ofDays(30)));
  }

  @Test
  void parameters_overrideTheDefaultsAndNameTheTrainer() {
    Trainer knn = Algorithms.trainer("Item-KNN:similarity=cosine, neighbours=50,shrinkage=2.5,"
        + "alpha=0.3,normalise=true,interactions=users,threads=1");
    assertThat(knn.algorithm()).isEqualTo(
        "item-knn:similarity=cosine, neighbours=50,shrinkage=2.5,alpha=0.3,normalise=true,"
            + "interactions=users,threads=1");
    assertThat(unnamed(knn)).isEqualTo(ItemKnn.defaults().withSimilarity(Similarity.COSINE)
        .withNeighbours(50).withShrinkage(2.5).withAlpha(0.3).withNormalise(true)
        .withInteractions(Interactions.USERS).withThreads(1));
    assertThat(unnamed(Algorithms.trainer("session-knn:neighbours=300,sampleSize=10_000,"
        + "positionWeights=false,lengthPower=0.3,similarityPower=4")))
        .isEqualTo(new SessionKnn(300, 10_000, false, 0.3, 4));
    assertThat(unnamed(Algorithms.trainer("implicit-als:factors=32,iterations=5,lambda=2,"
        + "alpha=8,cgSteps=2,seed=7,interactions=baskets,threads=1")))
        .isEqualTo(ImplicitAls.defaults().withFactors(32).withIterations(5).withLambda(2)
            .withAlpha(8).withCgSteps(2).withSeed(7).withInteractions(Interactions.BASKETS)
            .withThreads(1));
    assertThat(unnamed(Algorithms.trainer("ease:lambda=300,maxItems=5000")))
        .isEqualTo(Ease.defaults().withLambda(300).withMaxItems(5000));
    assertThat(unnamed(Algorithms.trainer("rp3beta:alpha=0.8,beta=0.4,neighbours=80")))
        .isEqualTo(Rp3Beta.defaults().withAlpha(0.8).withBeta(0.4).withNeighbours(80));
    assertThat(unnamed(Algorithms.trainer("user-knn:neighbours=20"))).isEqualTo(new UserKnn(20));
    assertThat(unnamed(Algorithms.trainer("rules:minSupport=0.0001,maxLength=3,rankBy=lift")))
        .isEqualTo(new RulesTrainer(0.0001, RulesTrainer.defaults().minConfidence(), 3,
            RuleMeasure.LIFT));
    assertThat(unnamed(Algorithms.trainer("popularity:counting=customers")))
        .isEqualTo(new GlobalPopularity(Counting.CUSTOMERS));
    assertThat(unnamed(Algorithms.trainer("category-popularity:counting=customers")))
        .isEqualTo(new CategoryPopularity(Counting.CUSTOMERS));
    assertThat(unnamed(Algorithms.trainer("trending-popularity:halfLife=P7D")))
        .isEqualTo(new TrendingPopularity(Duration.ofDays(7)));
  }

  @Test
  void hybridComponents_areSpecsWithPlusForComma() {
    Hybrid hybrid = (Hybrid) unnamed(Algorithms.trainer("hybrid:components=item-knn;"
        + "session-knn:neighbours=300+similarityPower=4;popularity,seed=7,rankShare=0.2,depth=30"));
    assertThat(hybrid).isEqualTo(new Hybrid(List.of(ItemKnn.defaults(),
        new SessionKnn(300, 1_000, true, 0.5, 4), GlobalPopularity.byOrders()),
        ValidationTask.BASKET_COMPLETION, 0.1, 2_000, 30, 0.2, Hybrid.defaults().eventWeights(),
        7));
    assertThat(unnamed(Algorithms.trainer("hybrid:task=next-purchases")))
        .isEqualTo(Hybrid.defaults().withTask(ValidationTask.NEXT_PURCHASES));
    RankedHybrid ranker = (RankedHybrid) unnamed(Algorithms.trainer(
        "hybrid-ranker:itemTrend=false,validationFraction=0.2,validationQueries=500"));
    RankedHybrid d = RankedHybrid.defaults();
    assertThat(ranker).isEqualTo(new RankedHybrid(d.components(), ValidationTask.BASKET_COMPLETION,
        0.2, 500, d.depth(), d.rankShare(), false, d.eventWeights(), d.seed()));
    assertThat(((RankedHybrid) unnamed(Algorithms.trainer("hybrid-ranker:task=next-purchases")))
        .task()).isEqualTo(ValidationTask.NEXT_PURCHASES);
  }

  @Test
  void badSpecs_sayWhichAlgorithmParameterAndValue() {
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:neighbors=50"))
        .hasMessage("unknown parameter neighbors for item-knn; it takes interactions, similarity,"
            + " neighbours, shrinkage, alpha, normalise, threads");
    assertThatThrownBy(() -> Algorithms.trainer("segment-popularity:k=4"))
        .hasMessage("unknown parameter k for segment-popularity; it takes none");
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:neighbours=fifty"))
        .hasMessage("item-knn neighbours=fifty: not a whole number");
    assertThatThrownBy(() -> Algorithms.trainer("ease:lambda=NaN"))
        .hasMessage("ease lambda=NaN: not a number");
    assertThatThrownBy(() -> Algorithms.trainer("session-knn:positionWeights=yes"))
        .hasMessage("session-knn positionWeights=yes: expected true or false");
    assertThatThrownBy(() -> Algorithms.trainer("rules:rankBy=beauty"))
        .hasMessage("rules rankBy=beauty: expected one of support, confidence, lift, leverage,"
            + " conviction");
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:similarity=euclid"))
        .hasMessageStartingWith("item-knn similarity=euclid: unknown similarity 'euclid'");
    assertThatThrownBy(() -> Algorithms.trainer("trending-popularity:halfLife=30 days"))
        .hasMessage("trending-popularity halfLife=30 days: not an ISO-8601 duration such as P30D"
            + " or PT12H");
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:neighbours"))
        .hasMessage("item-knn: parameter 'neighbours' is not name=value");
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:neighbours=5,neighbours=6"))
        .hasMessage("item-knn: parameter 'neighbours' is given twice");
    assertThatThrownBy(() -> Algorithms.trainer("hybrid:components=item-knn;magic"))
        .hasMessageStartingWith("hybrid components=item-knn;magic: unknown algorithm 'magic'");
    assertThatThrownBy(() -> Algorithms.trainer("hybrid:task=upsell"))
        .hasMessage("hybrid task=upsell: expected basket-completion or next-purchases, not"
            + " 'upsell'");
    assertThatThrownBy(() -> Algorithms.trainer("hybrid:components=;"))
        .hasMessage("hybrid components=;: no components");
    assertThatThrownBy(() -> Algorithms.trainer("item-knn:neighbours=0"))
        .hasMessageContaining("neighbours").hasMessageContaining("0");
  }

  private static Trainer unnamed(Trainer trainer) {
    assertThat(trainer).isInstanceOf(NamedTrainer.class);
    return ((NamedTrainer) trainer).trainer();
  }

  @Test
  void upSellWithOverrides_keepsThemInItsName() {
    assertThat(Algorithms.trainer(
        "tandem-upsell-Conversion:upsell.choice=pair,upsell.band-by-type=BUNTING: 0.1..0.5")
        .algorithm()).isEqualTo(
            "tandem-upsell-conversion:upsell.choice=pair,upsell.band-by-type=BUNTING: 0.1..0.5");
    assertThat(Algorithms.trainer("tandem-upsell-revenue:upsell.recent-days=30;"
        + "upsell.willingness-weight=1").algorithm())
        .isEqualTo("tandem-upsell-revenue:upsell.recent-days=30,upsell.willingness-weight=1");
    assertThat(Algorithms.trainer("tandem-upsell-revenue").algorithm())
        .isEqualTo("tandem-upsell-revenue");
    assertThat(Algorithms.trainer("tandem-upsell-conversion:upsell.acceptance=propensity")
        .algorithm()).isEqualTo("tandem-upsell-conversion:upsell.acceptance=propensity");
  }

  @Test
  void upSellWithBadOverride_failsBeforeTraining() {
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.colour=red"))
        .hasMessageContaining("unknown key 'upsell.colour'");
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.choice=both"))
        .hasMessageContaining("upsell.choice must be pair or recent");
    assertThatThrownBy(() -> Algorithms.trainer("tandem-upsell-revenue:upsell.acceptance=gbdt"))
        .hasMessageContaining("upsell.acceptance must be share or propensity, was 'gbdt'");
  }
}
