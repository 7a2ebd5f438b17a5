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
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> new SessionKnn(0, 10, true)).hasMessageContaining("at least 1");
  }
}
