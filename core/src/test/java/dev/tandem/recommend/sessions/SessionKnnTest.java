package dev.tandem.recommend.sessions;

import static dev.tandem.recommend.TinyShop.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.RoundTrip;
import dev.tandem.recommend.TinyShop;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionKnnTest {
  // sessions in time: S0 {A, B}, S1 {A, C}, S2 {B, D}, S3 {A, D}
  private static final Snapshot SHOP = TinyShop.guests(
      new String[] {"A", "B"}, new String[] {"A", "C"}, new String[] {"B", "D"},
      new String[] {"A", "D"});
  private static final Query A_THEN_B = Query.forItems(items(SHOP, "A", "B"));

  @Test
  void latestItem_weighsMost() {
    // weights A 1/2, B 1: S0 1.5/2, S2 1/2, S1 and S3 (1/2)/2
    Recommendations top = new SessionKnn(2, 100, true).train(SHOP).recommend(A_THEN_B, 5);
    assertThat(top.items()).containsExactly(items(SHOP, "D"));
    assertThat(top.score(0)).isCloseTo(0.5f, within(1e-6f));
    Recommendations all = new SessionKnn(4, 100, true).train(SHOP).recommend(A_THEN_B, 5);
    assertThat(all.items()).containsExactly(items(SHOP, "D", "C"));
    assertThat(all.score(0)).isCloseTo(0.75f, within(1e-6f));
    assertThat(all.score(1)).isCloseTo(0.25f, within(1e-6f));
  }

  @Test
  void withoutPositionWeights_everyItemCountsOnce() {
    Recommendations top = new SessionKnn(4, 100, false).train(SHOP).recommend(A_THEN_B, 5);
    // S0 1, S1 1/2, S2 1/2, S3 1/2
    assertThat(top.items()).containsExactly(items(SHOP, "D", "C"));
    assertThat(top.score(0)).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void sampleSize_looksOnlyAtTheMostRecentSessionsOfEachItem() {
    // A's latest session is S3, B's is S2: C (only in S1) is never reached
    Recommendations top = new SessionKnn(4, 1, true).train(SHOP).recommend(A_THEN_B, 5);
    assertThat(top.items()).containsExactly(items(SHOP, "D"));
    assertThat(top.score(0)).isCloseTo(0.75f, within(1e-6f));
  }

  @Test
  void lowerLengthPower_penalisesLongSessionsLess() {
    // asked {A, B}: S0 {A, C} shares one of 2 items, S1 shares two but has 9
    Snapshot shop = TinyShop.guests(new String[] {"A", "C"},
        new String[] {"A", "B", "D", "E", "F", "G", "H", "I", "J"});
    Query cart = Query.forItems(items(shop, "A", "B"));
    // cosine: S0 1/sqrt(2·2) = 0.5 beats S1 2/sqrt(2·9) = 0.47
    Recommendations cosine = new SessionKnn(1, 100, false).train(shop).recommend(cart, 10);
    assertThat(cosine.items()).containsExactly(items(shop, "C"));
    // length power 0: S0 1/sqrt(2) = 0.71, S1 2/sqrt(2) = 1.41
    Recommendations flat = new SessionKnn(1, 100, false, 0, 1).train(shop).recommend(cart, 10);
    assertThat(flat.items()).containsExactlyInAnyOrder(
        items(shop, "D", "E", "F", "G", "H", "I", "J"));
    assertThat(flat.score(0)).isCloseTo((float) Math.sqrt(2), within(1e-6f));
  }

  @Test
  void higherSimilarityPower_letsTheClosestSessionOutvoteManyDistantOnes() {
    // asked {A, B}: S0 {A, B, X} has similarity 2/sqrt(6) = 0.816, S1..S3 {A, Y} 1/2 each
    Snapshot shop = TinyShop.guests(new String[] {"A", "B", "X"}, new String[] {"A", "Y"},
        new String[] {"A", "Y"}, new String[] {"A", "Y"});
    Query cart = Query.forItems(items(shop, "A", "B"));
    // votes: Y 3 · 0.5 = 1.5 over X 0.816
    Recommendations plain = new SessionKnn(4, 100, false).train(shop).recommend(cart, 2);
    assertThat(plain.items()).containsExactly(items(shop, "Y", "X"));
    // cubed: X 0.544 over Y 3 · 0.125 = 0.375
    Recommendations cubed = new SessionKnn(4, 100, false, 0.5, 3).train(shop).recommend(cart, 2);
    assertThat(cubed.items()).containsExactly(items(shop, "X", "Y"));
    assertThat(cubed.score(0)).isCloseTo((float) Math.pow(2 / Math.sqrt(6), 3), within(1e-6f));
    assertThat(cubed.score(1)).isCloseTo(0.375f, within(1e-6f));
  }

  @Test
  void shopperWithoutASession_continuesFromTheirLatestOne() {
    Snapshot shop = TinyShop.of(new String[] {"u1", "u2", "u1", "u2"},
        new String[] {"A", "B"}, new String[] {"A", "C"}, new String[] {"B", "D"},
        new String[] {"A", "D"});
    SessionKnnModel model = new SessionKnn(4, 100, false).train(shop);
    int u1 = shop.users().indexOf("u1");
    // u1's latest session is {B, D}: the same answer as that session asked directly, but D and B
    // may be bought again
    Recommendations asShopper = model.recommend(Query.forUser(u1), 5);
    Recommendations asSession = model.recommend(Query.forItems(items(shop, "B", "D")), 5);
    assertThat(asShopper.items()).contains(asSession.items());
    assertThat(asShopper.items()).contains(items(shop, "B", "D"));
  }

  @Test
  void roundTrip_recommendsExactlyTheSame() throws IOException {
    Snapshot shop = TinyShop.random(9, 40, 300, 5, 30);
    RoundTrip.check(SessionKnn.defaults().train(shop), SessionKnnModel.reader(),
        List.of(Query.forItems(0, 2), Query.forItems(5), Query.forUser(1)));
    RoundTrip.check(new SessionKnn(20, 50, true, 0.3, 4).train(shop), SessionKnnModel.reader(),
        List.of(Query.forItems(0, 2), Query.forItems(5), Query.forUser(1)));
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> new SessionKnn(0, 10, true)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new SessionKnn(10, 10, true, -0.1, 1))
        .hasMessageContaining("lengthPower");
    assertThatThrownBy(() -> new SessionKnn(10, 10, true, 0.5, 0.5))
        .hasMessageContaining("similarityPower");
    assertThatThrownBy(() -> new SessionKnn(10, 10, true, Double.NaN, 1))
        .hasMessageContaining("lengthPower");
  }
}
