package dev.tandem.recommend.popularity;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Length-prefixed float and int arrays in model files. */
final class ScoreArrays {
  private ScoreArrays() {}

  static void write(DataOutput out, float[] values) throws IOException {
    out.writeInt(values.length);
    for (float value : values) {
      out.writeFloat(value);
    }
  }

  static float[] read(DataInput in) throws IOException {
    float[] values = new float[length(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  static void write(DataOutput out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  static int[] readInts(DataInput in) throws IOException {
    int[] values = new int[length(in)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  private static int length(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("corrupt model file: negative array length " + length);
    }
    return length;
  }
}
