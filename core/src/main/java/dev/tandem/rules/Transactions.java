package dev.tandem.rules;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Baskets to mine, in compressed sparse row form: the items of transaction t are {@code
 * items[start(t) .. end(t))}, distinct and ascending. Item ids are non-negative ints below {@link
 * #itemCount()}. Immutable.
 */
public final class Transactions {
  private final int[] offsets;
  private final int[] items;
  private final int itemCount;

  private Transactions(int[] offsets, int[] items, int itemCount) {
    this.offsets = offsets;
    this.items = items;
    this.itemCount = itemCount;
  }

  /** Transactions from arrays of item ids (any order, duplicates dropped). Empty ones are kept. */
  public static Transactions of(int[]... baskets) {
    IntArrayList flat = new IntArrayList();
    int[] offsets = new int[baskets.length + 1];
    for (int t = 0; t < baskets.length; t++) {
      appendDistinct(flat, baskets[t], baskets[t].length);
      offsets[t + 1] = flat.size();
    }
    return new Transactions(offsets, flat.toIntArray(), maxPlusOne(flat));
  }

  /**
   * The purchase baskets of a snapshot (rows of {@link Snapshot#basketItems()}); orders without a
   * purchased item (only views or returns) are left out, so they do not dilute support.
   */
  public static Transactions of(Snapshot snapshot) {
    CsrMatrix baskets = snapshot.basketItems();
    IntArrayList flat = new IntArrayList(baskets.nonZeroCount());
    IntArrayList offsets = new IntArrayList(baskets.rowCount() + 1);
    offsets.add(0);
    for (int b = 0; b < baskets.rowCount(); b++) {
      if (baskets.rowLength(b) == 0) {
        continue;
      }
      for (int p = baskets.rowStart(b); p < baskets.rowEnd(b); p++) {
        flat.add(baskets.columnAt(p));
      }
      offsets.add(flat.size());
    }
    return new Transactions(offsets.toIntArray(), flat.toIntArray(), snapshot.itemCount());
  }

  /**
   * Reads a FIMI file (one transaction a line, item ids as space-separated non-negative integers),
   * gzip-compressed when its name ends in {@code .gz}.
   */
  public static Transactions readFimi(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            new BufferedInputStream(
                file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                1 << 16)) {
      return parseFimi(in);
    }
  }

  static Transactions parseFimi(InputStream in) throws IOException {
    IntArrayList flat = new IntArrayList(1 << 20);
    IntArrayList offsets = new IntArrayList(1 << 16);
    offsets.add(0);
    int[] line = new int[256];
    int length = 0;
    int value = -1;
    boolean pending = false;
    for (int c = in.read(); ; c = in.read()) {
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
        continue;
      }
      if (value >= 0) {
        if (length == line.length) {
          line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = value;
        value = -1;
        pending = true;
      }
      if (c == '\n' || (c < 0 && pending)) {
        appendDistinct(flat, line, length);
        offsets.add(flat.size());
        length = 0;
        pending = false;
      } else if (c != ' ' && c != '\t' && c != '\r' && c >= 0) {
        throw new IOException("FIMI line " + offsets.size() + ": unexpected character '"
            + (char) c + "'; expected item ids separated by spaces");
      }
      if (c < 0) {
        break;
      }
    }
    return new Transactions(offsets.toIntArray(), flat.toIntArray(), maxPlusOne(flat));
  }

  private static void appendDistinct(IntArrayList flat, int[] basket, int length) {
    int[] sorted = Arrays.copyOf(basket, length);
    IntArrays.quickSort(sorted);
    for (int i = 0; i < length; i++) {
      if (sorted[i] < 0) {
        throw new IllegalArgumentException("item ids must be >= 0, got " + sorted[i]);
      }
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        flat.add(sorted[i]);
      }
    }
  }

  private static int maxPlusOne(IntArrayList flat) {
    int max = -1;
    for (int i = 0; i < flat.size(); i++) {
      max = Math.max(max, flat.getInt(i));
    }
    return max + 1;
  }

  public int size() {
    return offsets.length - 1;
  }

  /** One more than the largest item id that may occur. */
  public int itemCount() {
    return itemCount;
  }

  public int start(int transaction) {
    return offsets[transaction];
  }

  public int end(int transaction) {
    return offsets[transaction + 1];
  }

  public int itemAt(int position) {
    return items[position];
  }

  /** Total number of (transaction, item) pairs. */
  public int totalItems() {
    return items.length;
  }

  /** A copy of one transaction's items, ascending. */
  public int[] transaction(int t) {
    return Arrays.copyOfRange(items, offsets[t], offsets[t + 1]);
  }

  /** Approximate bytes held. */
  public long sizeInBytes() {
    return 4L * offsets.length + 4L * items.length;
  }
}
