package dev.tandem.dataset;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link Snapshot} as it is (ids in index order, item columns, event columns, matrices) and
 * reads it back equal: same indices, same fingerprint. Used by model bundles, so a restarted server
 * serves exactly the model it saved without reading the store. The caller frames and checksums the
 * stream; a length that cannot be right is reported as a corrupt stream, never allocated.
 */
public final class SnapshotState {
  private SnapshotState() {}

  public static void write(Snapshot snapshot, DataOutput out) throws IOException {
    writeIds(snapshot.items(), out);
    writeIds(snapshot.users(), out);
    writeIds(snapshot.baskets(), out);
    writeIds(snapshot.categories(), out);
    for (int i = 0; i < snapshot.itemCount(); i++) {
      writeString(snapshot.itemTitle(i), out);
      out.writeDouble(snapshot.itemPrice(i));
      out.writeInt(snapshot.itemCategory(i));
    }
    writeEvents(snapshot.events(), out);
    writeMatrix(snapshot.userItems(), out);
    writeMatrix(snapshot.basketItems(), out);
    for (int b = 0; b < snapshot.basketCount(); b++) {
      out.writeInt(snapshot.basketUser(b));
      out.writeLong(snapshot.basketTime(b));
    }
  }

  public static Snapshot read(DataInput in) throws IOException {
    Snapshot.Ids ids = new Snapshot.Ids(readIds(in), readIds(in), readIds(in), readIds(in));
    int itemCount = ids.items().size();
    String[] titles = new String[itemCount];
    double[] prices = new double[itemCount];
    int[] categories = new int[itemCount];
    for (int i = 0; i < itemCount; i++) {
      titles[i] = readString(in);
      prices[i] = in.readDouble();
      categories[i] = in.readInt();
    }
    EventColumns events = readEvents(in);
    CsrMatrix userItems = readMatrix(in);
    CsrMatrix basketItems = readMatrix(in);
    int basketCount = ids.baskets().size();
    int[] basketUsers = new int[basketCount];
    long[] basketTimes = new long[basketCount];
    for (int b = 0; b < basketCount; b++) {
      basketUsers[b] = in.readInt();
      basketTimes[b] = in.readLong();
    }
    return new Snapshot(ids, new Snapshot.ItemColumns(titles, prices, categories), events,
        userItems, basketItems, basketUsers, basketTimes);
  }

  private static void writeIds(IdIndex ids, DataOutput out) throws IOException {
    out.writeInt(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      writeString(ids.idOf(i), out);
    }
  }

  private static IdIndex readIds(DataInput in) throws IOException {
    int size = length(in);
    IdIndex ids = new IdIndex(Math.max(16, size));
    for (int i = 0; i < size; i++) {
      if (ids.intern(readString(in)) != i) {
        throw new IOException("corrupt snapshot: an id appears twice");
      }
    }
    return ids;
  }

  private static void writeEvents(EventColumns events, DataOutput out) throws IOException {
    out.writeInt(events.size());
    for (int e = 0; e < events.size(); e++) {
      out.writeInt(events.user(e));
      out.writeInt(events.item(e));
      out.writeInt(events.basket(e));
      out.writeByte(events.type(e).ordinal());
      out.writeInt(events.quantity(e));
      out.writeFloat(events.unitPrice(e));
      out.writeLong(events.time(e));
    }
  }

  private static EventColumns readEvents(DataInput in) throws IOException {
    int n = length(in);
    int[] users = new int[n];
    int[] items = new int[n];
    int[] baskets = new int[n];
    byte[] types = new byte[n];
    int[] quantities = new int[n];
    float[] prices = new float[n];
    long[] times = new long[n];
    for (int e = 0; e < n; e++) {
      users[e] = in.readInt();
      items[e] = in.readInt();
      baskets[e] = in.readInt();
      types[e] = in.readByte();
      quantities[e] = in.readInt();
      prices[e] = in.readFloat();
      times[e] = in.readLong();
    }
    return new EventColumns(users, items, baskets, types, quantities, prices, times);
  }

  private static void writeMatrix(CsrMatrix matrix, DataOutput out) throws IOException {
    out.writeInt(matrix.columnCount());
    out.writeInt(matrix.rowCount());
    out.writeInt(matrix.nonZeroCount());
    for (int r = 0; r <= matrix.rowCount(); r++) {
      out.writeInt(r == matrix.rowCount() ? matrix.nonZeroCount() : matrix.rowStart(r));
    }
    for (int p = 0; p < matrix.nonZeroCount(); p++) {
      out.writeInt(matrix.columnAt(p));
      out.writeFloat(matrix.valueAt(p));
    }
  }

  private static CsrMatrix readMatrix(DataInput in) throws IOException {
    int columnCount = length(in);
    int[] pointers = new int[length(in) + 1];
    int nonZero = length(in);
    for (int r = 0; r < pointers.length; r++) {
      pointers[r] = in.readInt();
    }
    int[] columns = new int[nonZero];
    float[] values = new float[nonZero];
    for (int p = 0; p < nonZero; p++) {
      columns[p] = in.readInt();
      values[p] = in.readFloat();
    }
    return new CsrMatrix(columnCount, pointers, columns, values);
  }

  private static void writeString(String text, DataOutput out) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInput in) throws IOException {
    byte[] bytes = new byte[length(in)];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A count or length: never negative, never more than the int arrays Java can hold. */
  static int length(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      throw new IOException("corrupt snapshot: length " + length);
    }
    return length;
  }
}
