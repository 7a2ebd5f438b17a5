package dev.tandem.segments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.pipeline.CandidatePool;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.PopularSource;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.engine.pipeline.RequestKind;
import dev.tandem.engine.pipeline.SegmentPopularSource;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommender;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentPopularityTest {

  @Test
  void lists_differBySegmentAndFirstOrders() {
    SegmentPopularity popularity = OnlineRetail.model().segmentPopularity();
    CustomerSegments segments = popularity.segments();
    SegmentPopularity.Ranked champions = popularity.forSegment(0);
    SegmentPopularity.Ranked last = popularity.forSegment(segments.size() - 1);
    for (int r = 1; r < champions.size(); r++) {
      assertThat(champions.orders(r)).isLessThanOrEqualTo(champions.orders(r - 1));
    }
    assertThat(top(champions, 10)).isNotEqualTo(top(last, 10));
    assertThat(popularity.firstOrders().size()).isPositive();
    Snapshot snapshot = RetailData.snapshot();
    int wholesaler = snapshot.users().indexOf("14646");
    assertThat(popularity.forUser(wholesaler))
        .isSameAs(popularity.forSegment(segments.segmentOf(wholesaler)));
    assertThat(popularity.forUser(Query.ANONYMOUS)).isSameAs(popularity.firstOrders());
  }

  private static List<Integer> top(SegmentPopularity.Ranked list, int n) {
    return java.util.stream.IntStream.range(0, Math.min(n, list.size())).map(list::item).boxed()
        .toList();
  }

  @Test
  void recommender_servesTheSegmentsListWithoutTheQueryItems() {
    Snapshot snapshot = RetailData.snapshot();
    Recommender model = SegmentPopularityTrainer.defaults().train(snapshot);
    int user = snapshot.users().indexOf("12347");
    SegmentPopularity.Ranked list = OnlineRetail.model().segmentPopularity().forUser(user);
    int first = list.item(0);
    assertThat(model.recommend(Query.forUser(user), 5).items()).startsWith(first);
    assertThat(model.recommend(new Query(user, new int[] {first}), 5).items())
        .doesNotContain(first).startsWith(list.item(1));
  }

  @Test
  void source_givesAKnownShopperTheirSegmentAndAnAnonymousOneTheGlobalList() {
    SegmentPopularity popularity = OnlineRetail.model().segmentPopularity();
    PopularSource global = new PopularSource(OnlineRetail.model().counts(), 50);
    SegmentPopularSource source = new SegmentPopularSource(popularity, global, 50);
    int user = RetailData.snapshot().users().indexOf("12347");
    Request forUser = new Request(RequestKind.USER, user, new int[0], 10);
    CandidatePool pool = new CandidatePool(forUser);
    source.propose(forUser, pool, 200);
    List<Offer> offers = pool.bestFirst();
    assertThat(offers).hasSize(50);
    assertThat(offers.get(0).item()).isEqualTo(popularity.forUser(user).item(0));
    assertThat(offers.get(0).reason().sentence()).startsWith("Popular with shoppers like you (")
        .contains(source.segmentOf(user).name());
    Request anonymous = new Request(RequestKind.CART, Request.ANONYMOUS, new int[0], 10);
    CandidatePool globalPool = new CandidatePool(anonymous);
    source.propose(anonymous, globalPool, 200);
    assertThat(globalPool.bestFirst().get(0).reason().source()).isEqualTo("popular");
  }
}
