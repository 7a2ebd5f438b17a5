package dev.tandem.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.relation.ComplementIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session candidates on the Online Retail model: decayed by position, explained by the item. */
class SessionSourceTest {
  private final EngineModel model = OnlineRetail.model();
  private final Snapshot snapshot = model.snapshot();
  private final ComplementIndex index = model.complements();
  private final SessionSource source =
      new SessionSource(item -> index, snapshot::itemTitle);
  private final int green = snapshot.items().indexOf("22697"); // GREEN REGENCY TEACUP AND SAUCER
  private final int roses = snapshot.items().indexOf("22699"); // ROSES REGENCY TEACUP AND SAUCER
  private final int page = snapshot.items().indexOf("85123A"); // WHITE HANGING HEART T-LIGHT

  @Test
  void theLatestSessionItem_proposesItsComplementsAtHalfTheirConfidence() {
    List<Offer> offers = propose(new int[] {green});

    Offer best = offers.get(0);
    assertThat(best.item()).isEqualTo(roses);
    assertThat(best.score()).isCloseTo(0.5 * confidence(green, roses), within(1e-12));
    assertThat(best.reason().source()).isEqualTo("session");
    assertThat(best.reason().sentence()).startsWith(
        "Because you viewed GREEN REGENCY TEACUP AND SAUCER in this visit: bought together in");
    assertThat(offers).hasSizeLessThanOrEqualTo(SessionSource.PER_ITEM);
  }

  @Test
  void olderSessionItems_countLess() {
    Offer second = find(propose(new int[] {page, green}), roses);
    assertThat(second.score()).isCloseTo(0.5 * 0.7 * confidence(green, roses), within(1e-12));
    assertThat(second.reason().measure("sessionPosition")).isEqualTo(1.0);
  }

  @Test
  void noSession_orOnlyTheContextItem_proposesNothing() {
    assertThat(propose(new int[0])).isEmpty();
    CandidatePool pool = new CandidatePool(request(green, new int[] {green}));
    source.propose(request(green, new int[] {green}), pool, 100);
    assertThat(pool.size()).isZero();
  }

  private List<Offer> propose(int[] session) {
    Request request = request(page, session);
    CandidatePool pool = new CandidatePool(request);
    source.propose(request, pool, 100);
    return pool.bestFirst();
  }

  private static Request request(int item, int[] session) {
    return new Request(RequestKind.ITEM, Request.ANONYMOUS, new int[] {item}, 10, new int[0],
        session);
  }

  private double confidence(int from, int to) {
    for (int at = index.start(from); at < index.end(from); at++) {
      if (index.otherAt(at) == to) {
        return index.confidenceAt(at);
      }
    }
    throw new AssertionError(to + " is not a complement of " + from);
  }

  private static Offer find(List<Offer> offers, int item) {
    return offers.stream().filter(o -> o.item() == item).findFirst().orElseThrow();
  }
}
