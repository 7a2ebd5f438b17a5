package dev.tandem.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotBuilder;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.relation.ComplementIndex;
import dev.tandem.shop.Event;
import dev.tandem.shop.EventWeights;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The overlay against retraining: a model of the first orders plus the live lines of the rest must
 * give every item the complements a model of all orders gives, and count nothing twice.
 */
class LiveCooccurrenceTest {
  private final AtomicLong nanos = new AtomicLong();

  /** A shop whose orders mostly stay within one of five themes of six items. */
  private static List<Event> orders(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Event> lines = new ArrayList<>();
    for (int o = 0; o < count; o++) {
      int theme = random.nextInt(5);
      int size = 2 + random.nextInt(4);
      for (int i = 0; i < size; i++) {
        int item = random.nextInt(10) < 8 ? theme * 6 + random.nextInt(6) : random.nextInt(30);
        lines.add(Event.purchase("e" + o + "-" + i, "u" + random.nextInt(40), "o" + o,
            "I" + item, 1, 1.0, Instant.ofEpochSecond(1_000 + o)));
      }
    }
    return lines;
  }

  private static EngineModel model(List<Event> lines) {
    SnapshotBuilder shop = new SnapshotBuilder();
    for (Event e : lines) {
      shop.event(e.userId(), e.itemId(), e.orderId(), e.type(), e.quantity(), e.unitPrice(),
          e.time().toEpochMilli());
    }
    return EngineModel.build(shop.build(EventWeights.DEFAULT));
  }

  private LiveEvents live(List<Event> lines) {
    LiveEvents live = new LiveEvents(nanos::incrementAndGet);
    live.accept(lines);
    return live;
  }

  @RepeatedTest(5)
  void overlay_givesTheComplementsOfARetrainedModel(
      org.junit.jupiter.api.RepetitionInfo repetition) {
    List<Event> all = orders(repetition.getCurrentRepetition(), 600);
    int cut = all.size() * 2 / 3;
    // a few live lines join orders the snapshot already holds, a few repeat snapshot lines
    List<Event> later = new ArrayList<>(all.subList(cut, all.size()));
    later.add(Event.purchase("x1", "u1", "o3", "I7", 1, 1.0, Instant.ofEpochSecond(1_003)));
    later.addAll(all.subList(cut - 20, cut));
    List<Event> before = all.subList(0, cut);
    EngineModel trained = model(before);
    LiveCooccurrence overlay = new LiveCooccurrence(trained, nanos.get());
    LiveEvents live = live(later);
    overlay.catchUp(live.purchases());
    List<Event> everything = new ArrayList<>(all);
    everything.add(later.get(later.size() - 21));
    EngineModel retrained = model(everything);
    assertThat(overlay.addedOrders()).isPositive();
    int changed = 0;
    for (int item = 0; item < retrained.snapshot().itemCount(); item++) {
      String id = retrained.snapshot().items().idOf(item);
      int mine = trained.snapshot().items().indexOf(id);
      if (mine < 0) {
        continue;
      }
      changed += overlay.indexFor(mine) != trained.complements() ? 1 : 0;
      assertSameRow(trained.snapshot(), overlay.indexFor(mine), mine, retrained, item);
      assertThat(overlay.ordersWith(mine)).isEqualTo(retrained.counts().ordersWith(item));
    }
    assertThat(changed).as("items served from recomputed rows").isGreaterThan(10);
  }

  private static void assertSameRow(Snapshot mine, ComplementIndex live, int item,
      EngineModel retrained, int retrainedItem) {
    ComplementIndex truth = retrained.complements();
    List<String> expected = new ArrayList<>();
    for (int p = truth.start(retrainedItem); p < truth.end(retrainedItem); p++) {
      expected.add(retrained.snapshot().items().idOf(truth.otherAt(p)) + "×" + truth.togetherAt(p));
    }
    List<String> actual = new ArrayList<>();
    for (int p = live.start(item); p < live.end(item); p++) {
      actual.add(mine.items().idOf(live.otherAt(p)) + "×" + live.togetherAt(p));
    }
    assertThat(actual).as("complements of " + mine.items().idOf(item)).isEqualTo(expected);
    for (int p = live.start(item), q = truth.start(retrainedItem); p < live.end(item); p++, q++) {
      assertThat(live.liftAt(p)).isCloseTo(truth.liftAt(q), within(1e-3));
      assertThat(live.confidenceAt(p)).isCloseTo(truth.confidenceAt(q), within(1e-6));
    }
  }

  @Test
  void linesTheSnapshotHolds_countNothing_andRepeatsCountOnce() {
    List<Event> all = orders(7, 300);
    EngineModel trained = model(all);
    LiveCooccurrence overlay = new LiveCooccurrence(trained, nanos.get());
    LiveEvents live = live(all.subList(0, 100));
    live.accept(List.of(
        Event.purchase("n1", "u1", "new-order", "I0", 1, 1.0, Instant.ofEpochSecond(5_000)),
        Event.purchase("n2", "u1", "new-order", "I29", 1, 1.0, Instant.ofEpochSecond(5_000))));
    live.accept(List.of(
        Event.purchase("n2", "u1", "new-order", "I29", 1, 1.0, Instant.ofEpochSecond(5_000))));
    overlay.catchUp(live.purchases());
    int a = trained.snapshot().items().indexOf("I0");
    int b = trained.snapshot().items().indexOf("I29");
    assertThat(overlay.addedOrders()).isEqualTo(1);
    assertThat(overlay.together(a, b)).isEqualTo(trained.counts().together(a, b) + 1);
    assertThat(overlay.ordersWith(a)).isEqualTo(trained.counts().ordersWith(a) + 1);
  }

  @Test
  void linesAppendedBeforeTrainingStarted_areLeftToTheSnapshot() {
    List<Event> all = orders(11, 200);
    LiveEvents live = live(List.of(
        Event.purchase("n1", "u1", "late", "I0", 1, 1.0, Instant.ofEpochSecond(9_000)),
        Event.purchase("n2", "u1", "late", "I1", 1, 1.0, Instant.ofEpochSecond(9_000))));
    long trainingStart = nanos.incrementAndGet();
    EngineModel trained = model(all);
    LiveCooccurrence overlay = new LiveCooccurrence(trained, trainingStart);
    overlay.catchUp(live.purchases());
    assertThat(overlay.addedOrders()).isZero();
    live.dropAppendedBefore(trainingStart);
    assertThat(live.purchases().size()).isZero();
  }

  @Test
  void itemsTheModelLacks_waitForTheNextTraining() {
    EngineModel trained = model(orders(3, 100));
    LiveCooccurrence overlay = new LiveCooccurrence(trained, nanos.get());
    LiveEvents live = live(List.of(
        Event.purchase("n1", "u1", "o-new", "BRAND-NEW", 1, 1.0, Instant.ofEpochSecond(9_000)),
        Event.purchase("n2", "u1", "o-new", "I0", 1, 1.0, Instant.ofEpochSecond(9_000))));
    overlay.catchUp(live.purchases());
    int a = trained.snapshot().items().indexOf("I0");
    assertThat(overlay.ordersWith(a)).isEqualTo(trained.counts().ordersWith(a) + 1);
    assertThat(live.shoppers().boughtSince("u1")).containsExactly("BRAND-NEW", "I0");
    assertThat(live.purchases().size()).isEqualTo(2);
  }
}
