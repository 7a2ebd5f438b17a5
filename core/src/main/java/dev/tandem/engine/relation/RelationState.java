package dev.tandem.engine.relation;

import dev.tandem.dataset.Snapshot;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Writes the relation tables that cost the most to build, {@link CooccurrenceCounts} (every pair's
 * orders together) and {@link ComplementIndex} (every item's complements), and reads them back
 * equal; the sale periods are rebuilt from the snapshot in one pass. Used by model bundles. The
 * caller frames and checksums the stream.
 */
public final class RelationState {
  private RelationState() {}

  public static void write(CooccurrenceCounts counts, ComplementIndex complements, DataOutput out)
      throws IOException {
    int items = counts.itemCount();
    out.writeInt(items);
    out.writeInt(counts.orderCount());
    for (int item = 0; item < items; item++) {
      out.writeInt(counts.ordersWith(item));
      out.writeInt(counts.neighboursEnd(item));
    }
    int pairs = items == 0 ? 0 : counts.neighboursEnd(items - 1);
    out.writeInt(pairs);
    for (int p = 0; p < pairs; p++) {
      out.writeInt(counts.neighbourAt(p));
      out.writeInt(counts.togetherAt(p));
    }
    for (int item = 0; item < items; item++) {
      out.writeInt(complements.end(item));
    }
    out.writeInt(complements.size());
    for (int p = 0; p < complements.size(); p++) {
      out.writeInt(complements.otherAt(p));
      out.writeInt(complements.togetherAt(p));
      out.writeFloat((float) complements.confidenceAt(p));
      out.writeFloat((float) complements.liftAt(p));
    }
  }

  /** The tables written for this snapshot's items, counts first. */
  public record Tables(CooccurrenceCounts counts, ComplementIndex complements) {}

  public static Tables read(DataInput in, Snapshot snapshot) throws IOException {
    int items = length(in);
    if (items != snapshot.itemCount()) {
      throw new IOException("relation tables for " + items + " items, the snapshot has "
          + snapshot.itemCount());
    }
    int orderCount = in.readInt();
    int[] ordersWith = new int[items];
    int[] rowStarts = new int[items + 1];
    for (int item = 0; item < items; item++) {
      ordersWith[item] = in.readInt();
      rowStarts[item + 1] = in.readInt();
    }
    int pairs = length(in);
    int[] neighbours = new int[pairs];
    int[] together = new int[pairs];
    for (int p = 0; p < pairs; p++) {
      neighbours[p] = in.readInt();
      together[p] = in.readInt();
    }
    SaleTimes times = SaleTimes.of(snapshot, snapshot.basketItems().transpose());
    CooccurrenceCounts counts =
        new CooccurrenceCounts(orderCount, ordersWith, rowStarts, neighbours, together, times);
    return new Tables(counts, readComplements(in, items));
  }

  private static ComplementIndex readComplements(DataInput in, int items) throws IOException {
    int[] starts = new int[items + 1];
    for (int item = 0; item < items; item++) {
      starts[item + 1] = in.readInt();
    }
    int n = length(in);
    int[] others = new int[n];
    int[] together = new int[n];
    float[] confidence = new float[n];
    float[] lift = new float[n];
    for (int p = 0; p < n; p++) {
      others[p] = in.readInt();
      together[p] = in.readInt();
      confidence[p] = in.readFloat();
      lift[p] = in.readFloat();
    }
    return new ComplementIndex(starts, others, together, confidence, lift);
  }

  private static int length(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new IOException("corrupt relation tables: length " + length);
    }
    return length;
  }
}
