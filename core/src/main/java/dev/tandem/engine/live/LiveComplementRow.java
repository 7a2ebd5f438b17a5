package dev.tandem.engine.live;

import dev.tandem.engine.EngineModel;
import dev.tandem.engine.relation.ComplementIndex;
import dev.tandem.engine.relation.CooccurrenceCounts;
import dev.tandem.engine.relation.RelationThresholds;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * One item's complements recomputed with a live overlay's added orders: the same test and order as
 * {@link ComplementIndex#of} (at least {@code minTogether} orders, {@code minLift} times chance
 * while both were on sale; best first by confidence, ties by the lower item), over the snapshot's
 * partners and the added ones.
 */
final class LiveComplementRow {
  private LiveComplementRow() {}

  static ComplementIndex of(EngineModel model, LiveCooccurrence live, int item) {
    CooccurrenceCounts counts = model.counts();
    RelationThresholds thresholds = model.settings().relations();
    Int2IntOpenHashMap added = live.addedPartners(item);
    Int2IntOpenHashMap together = new Int2IntOpenHashMap(added);
    for (int p = counts.neighboursStart(item); p < counts.neighboursEnd(item); p++) {
      together.addTo(counts.neighbourAt(p), counts.togetherAt(p));
    }
    double orders = Math.max(1, counts.ordersWith(item) + live.addedOrdersWith(item));
    IntArrayList others = new IntArrayList();
    IntArrayList n = new IntArrayList();
    it.unimi.dsi.fastutil.floats.FloatArrayList lift =
        new it.unimi.dsi.fastutil.floats.FloatArrayList();
    for (Int2IntOpenHashMap.Entry pair : together.int2IntEntrySet()) {
      int other = pair.getIntKey();
      int both = pair.getIntValue();
      if (both < thresholds.minTogether()) {
        continue;
      }
      double expected = counts.expectedWhileBothSold(item, other, live);
      if (ComplementIndex.isComplement(both, expected, thresholds)) {
        others.add(other);
        n.add(both);
        lift.add((float) (both / expected));
      }
    }
    return sorted(model.snapshot().itemCount(), item, others, n, lift, orders);
  }

  private static ComplementIndex sorted(int itemCount, int item, IntArrayList others,
      IntArrayList n, it.unimi.dsi.fastutil.floats.FloatArrayList lift, double orders) {
    int size = others.size();
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    IntArrays.mergeSort(order, (a, b) -> n.getInt(a) != n.getInt(b)
        ? Integer.compare(n.getInt(b), n.getInt(a))
        : Integer.compare(others.getInt(a), others.getInt(b)));
    int[] o = new int[size];
    int[] t = new int[size];
    float[] c = new float[size];
    float[] l = new float[size];
    for (int i = 0; i < size; i++) {
      o[i] = others.getInt(order[i]);
      t[i] = n.getInt(order[i]);
      c[i] = (float) (t[i] / orders);
      l[i] = lift.getFloat(order[i]);
    }
    return ComplementIndex.ofRow(itemCount, item, o, t, c, l);
  }
}
