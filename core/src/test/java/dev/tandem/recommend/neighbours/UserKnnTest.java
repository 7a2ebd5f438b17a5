package dev.tandem.recommend.neighbours;

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

class UserKnnTest {
  // u1 {A, B}, u2 {A, B, C}, u3 {C, D}, u4 {A}; items A=0, B=1, C=2, D=3
  private static final Snapshot SHOP = TinyShop.of(
      new String[] {"u1", "u2", "u3", "u4"},
      new String[] {"A", "B"}, new String[] {"A", "B", "C"}, new String[] {"C", "D"},
      new String[] {"A"});

  @Test
  void shopper_isScoredByTheirMostSimilarShoppers_neverThemselves() {
    UserKnnModel model = new UserKnn(2).train(SHOP);
    Recommendations top = model.recommend(Query.forUser(SHOP.users().indexOf("u1")), 5);
    // neighbours u2 (2/√6) and u4 (1/√2); u3 shares nothing
    double u2 = 2 / Math.sqrt(6);
    double u4 = 1 / Math.sqrt(2);
    assertThat(top.items()).containsExactly(items(SHOP, "A", "B", "C"));
    assertThat((double) top.score(0)).isCloseTo(u2 + u4, within(1e-6));
    assertThat((double) top.score(1)).isCloseTo(u2, within(1e-6));
  }

  @Test
  void fewerNeighbours_keepOnlyTheClosest() {
    UserKnnModel model = new UserKnn(1).train(SHOP);
    Recommendations top = model.recommend(Query.forUser(SHOP.users().indexOf("u1")), 5);
    assertThat(top.items()).containsExactly(items(SHOP, "A", "B", "C"));
    assertThat((double) top.score(0)).isCloseTo(2 / Math.sqrt(6), within(1e-6));
  }

  @Test
  void anonymousCart_isAPseudoShopper() {
    UserKnnModel model = new UserKnn(2).train(SHOP);
    Recommendations top = model.recommend(Query.forItems(items(SHOP, "C")), 5);
    // u3: 1/√2, u2: 1/√3
    assertThat(top.items()).containsExactly(items(SHOP, "D", "A", "B"));
    assertThat((double) top.score(0)).isCloseTo(1 / Math.sqrt(2), within(1e-6));
    assertThat((double) top.score(1)).isCloseTo(1 / Math.sqrt(3), within(1e-6));
  }

  @Test
  void roundTrip_recommendsExactlyTheSame() throws IOException {
    Snapshot shop = TinyShop.random(8, 40, 300, 5, 30);
    RoundTrip.check(UserKnn.defaults().train(shop), UserKnnModel.reader(),
        List.of(Query.forUser(1), Query.forItems(0, 2), new Query(3, new int[] {5})));
  }

  @Test
  void parameters_areValidated() {
    assertThatThrownBy(() -> new UserKnn(0)).hasMessageContaining("at least 1");
  }
}
