package dev.tandem.recommend;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Length-prefixed primitive arrays in model files, moved in 64 KiB blocks (not one value per call),
 * so a model of tens of megabytes saves and loads in well under a second.
 */
public final class StateArrays {
  private static final int BLOCK = 1 << 16;

  private StateArrays() {}

  public static void writeInts(DataOutput out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
    for (int from = 0; from < values.length; from += BLOCK / 4) {
      int to = Math.min(values.length, from + BLOCK / 4);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, to - from);
      out.write(buffer.array(), 0, 4 * (to - from));
    }
  }

  public static void writeFloats(DataOutput out, float[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
    for (int from = 0; from < values.length; from += BLOCK / 4) {
      int to = Math.min(values.length, from + BLOCK / 4);
      buffer.clear();
      buffer.asFloatBuffer().put(values, from, to - from);
      out.write(buffer.array(), 0, 4 * (to - from));
    }
  }

  public static int[] readInts(DataInput in) throws IOException {
    int[] values = new int[readLength(in)];
    byte[] block = new byte[BLOCK];
    for (int from = 0; from < values.length; from += BLOCK / 4) {
      int count = Math.min(values.length - from, BLOCK / 4);
      in.readFully(block, 0, 4 * count);
      ByteBuffer.wrap(block, 0, 4 * count).asIntBuffer().get(values, from, count);
    }
    return values;
  }

  public static float[] readFloats(DataInput in) throws IOException {
    float[] values = new float[readLength(in)];
    byte[] block = new byte[BLOCK];
    for (int from = 0; from < values.length; from += BLOCK / 4) {
      int count = Math.min(values.length - from, BLOCK / 4);
      in.readFully(block, 0, 4 * count);
      ByteBuffer.wrap(block, 0, 4 * count).asFloatBuffer().get(values, from, count);
    }
    return values;
  }

  /** Writes sparse rows (column count, row pointers, columns, values). */
  public static void writeRows(DataOutput out, SparseRows rows) throws IOException {
    out.writeInt(rows.columnCount());
    writeInts(out, rows.start());
    writeInts(out, rows.columns());
    writeFloats(out, rows.values());
  }

  public static SparseRows readRows(DataInput in) throws IOException {
    int columnCount = in.readInt();
    return new SparseRows(columnCount, readInts(in), readInts(in), readFloats(in));
  }

  private static int readLength(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("corrupt model file: negative array length " + length);
    }
    return length;
  }
}
