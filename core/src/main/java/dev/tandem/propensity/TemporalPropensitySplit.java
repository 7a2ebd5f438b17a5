package dev.tandem.propensity;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotCut;
import dev.tandem.engine.catalog.ProductTypes;
import dev.tandem.shop.EventType;
import dev.tandem.shop.EventWeights;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongLinkedOpenHashSet;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Training and test rows from two cuts in time. Training: features from the orders before the
 * first cut, positives = each (known shopper, item) bought between the cuts by a shopper who had
 * bought before the first cut; test: the same with the second cut and the orders after it. Each
 * positive is followed by {@code negatives} items drawn uniformly (with a {@link SplittableRandom}
 * seeded by the settings) from the items sold before the cut that the shopper did not buy in the
 * window. Purchases by shoppers with no earlier purchase are left out (they have no history to
 * describe) and counted.
 *
 * @param train rows between the cuts
 * @param test rows after the second cut
 * @param trainFeatures the features as of the first cut
 * @param testFeatures the features as of the second cut
 * @param trainCutTime first cut, milliseconds since the epoch
 * @param testCutTime second cut
 * @param newShopperPurchases purchases in the windows left out for want of history
 */
public record TemporalPropensitySplit(
    PropensitySet train, PropensitySet test, PropensityFeatures trainFeatures,
    PropensityFeatures testFeatures, long trainCutTime, long testCutTime,
    int newShopperPurchases) {

  public static TemporalPropensitySplit of(Snapshot snapshot, ProductTypes types,
      PropensitySplitSettings settings) {
    long[] times = orderTimes(snapshot);
    if (times.length < 10) {
      throw new IllegalArgumentException("a temporal split needs at least 10 orders, found "
          + times.length);
    }
    long trainCut = times[(int) (settings.trainCut() * times.length)];
    long testCut = times[(int) (settings.testCut() * times.length)];
    PropensityFeatures trainFeatures = PropensityFeatures.of(
        SnapshotCut.before(snapshot, trainCut, EventWeights.DEFAULT), trainCut, types, settings.segments());
    PropensityFeatures testFeatures = PropensityFeatures.of(SnapshotCut.before(snapshot, testCut, EventWeights.DEFAULT),
        testCut, types, settings.segments().withK(trainFeatures.segments().size()));
    SplittableRandom random = new SplittableRandom(settings.seed());
    Window train = Window.of(snapshot, trainFeatures, trainCut, testCut);
    Window test = Window.of(snapshot, testFeatures, testCut, Long.MAX_VALUE);
    return new TemporalPropensitySplit(train.rows(trainFeatures, settings.negatives(), random),
        test.rows(testFeatures, settings.negatives(), random), trainFeatures, testFeatures,
        trainCut, testCut, train.newShopperPurchases + test.newShopperPurchases);
  }

  private static long[] orderTimes(Snapshot snapshot) {
    long[] times = new long[snapshot.basketCount()];
    for (int b = 0; b < times.length; b++) {
      times[b] = snapshot.basketTime(b);
    }
    Arrays.sort(times);
    return times;
  }

  /** The distinct (history user, item) purchases of one window, in event order. */
  private static final class Window {
    static final int MAX_TRIES = 1000;
    final LongLinkedOpenHashSet pairs = new LongLinkedOpenHashSet();
    int newShopperPurchases;

    static Window of(Snapshot snapshot, PropensityFeatures features, long from, long to) {
      Window window = new Window();
      Snapshot history = features.history();
      EventColumns events = snapshot.events();
      for (int e = 0; e < events.size(); e++) {
        long time = events.time(e);
        int user = events.user(e);
        if (time < from || time >= to || user < 0 || events.type(e) != EventType.PURCHASE) {
          continue;
        }
        int known = history.users().indexOf(snapshot.users().idOf(user));
        if (known < 0 || features.segments().segmentOf(known) < 0) {
          window.newShopperPurchases++;
          continue;
        }
        window.pairs.add(((long) known << 32) | events.item(e));
      }
      return window;
    }

    PropensitySet rows(PropensityFeatures features, int negatives, SplittableRandom random) {
      int[] sold = soldItems(features);
      int width = features.width();
      int rows = pairs.size() * (1 + negatives);
      float[] values = new float[rows * width];
      byte[] labels = new byte[rows];
      int row = 0;
      for (long pair : pairs) {
        int user = (int) (pair >>> 32);
        features.write(user, (int) pair, -1, values, row * width);
        labels[row++] = 1;
        for (int n = 0; n < negatives; n++) {
          features.write(user, negative(user, sold, random), -1, values, row++ * width);
        }
      }
      return new PropensitySet(features.names(), values, labels);
    }

    /** A sold item the shopper did not buy in the window (any sold item after 1,000 tries). */
    private int negative(int user, int[] sold, SplittableRandom random) {
      int item = sold[random.nextInt(sold.length)];
      for (int tries = 1; tries < MAX_TRIES && pairs.contains(((long) user << 32) | item); tries++) {
        item = sold[random.nextInt(sold.length)];
      }
      return item;
    }

    private static int[] soldItems(PropensityFeatures features) {
      IntArrayList sold = new IntArrayList();
      for (int i = 0; i < features.history().itemCount(); i++) {
        if (features.itemOrders(i) > 0) {
          sold.add(i);
        }
      }
      return sold.toIntArray();
    }
  }
}
