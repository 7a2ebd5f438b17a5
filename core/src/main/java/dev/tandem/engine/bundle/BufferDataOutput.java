package dev.tandem.engine.bundle;

import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * {@link DataOutput} into a 64 KB buffer flushed to a stream: the same bytes as {@link
 * DataOutputStream}, without a synchronized call per byte. {@link #flush()} before closing.
 */
final class BufferDataOutput implements DataOutput {
  private final OutputStream out;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

  BufferDataOutput(OutputStream out) {
    this.out = out;
  }

  void flush() throws IOException {
    out.write(buffer.array(), 0, buffer.position());
    buffer.clear();
    out.flush();
  }

  private ByteBuffer room(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      out.write(buffer.array(), 0, buffer.position());
      buffer.clear();
    }
    return buffer;
  }

  @Override
  public void write(int b) throws IOException {
    room(1).put((byte) b);
  }

  @Override
  public void write(byte[] b) throws IOException {
    write(b, 0, b.length);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > buffer.capacity()) {
      room(buffer.capacity());
      out.write(buffer.array(), 0, buffer.position());
      buffer.clear();
      out.write(b, off, len);
    } else {
      room(len).put(b, off, len);
    }
  }

  @Override
  public void writeBoolean(boolean v) throws IOException {
    write(v ? 1 : 0);
  }

  @Override
  public void writeByte(int v) throws IOException {
    write(v);
  }

  @Override
  public void writeShort(int v) throws IOException {
    room(2).putShort((short) v);
  }

  @Override
  public void writeChar(int v) throws IOException {
    room(2).putChar((char) v);
  }

  @Override
  public void writeInt(int v) throws IOException {
    room(4).putInt(v);
  }

  @Override
  public void writeLong(long v) throws IOException {
    room(8).putLong(v);
  }

  @Override
  public void writeFloat(float v) throws IOException {
    room(4).putFloat(v);
  }

  @Override
  public void writeDouble(double v) throws IOException {
    room(8).putDouble(v);
  }

  @Override
  public void writeBytes(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      write(s.charAt(i));
    }
  }

  @Override
  public void writeChars(String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      writeChar(s.charAt(i));
    }
  }

  @Override
  public void writeUTF(String s) throws IOException {
    java.io.ByteArrayOutputStream utf = new java.io.ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(utf)) {
      data.writeUTF(s);
    }
    write(utf.toByteArray());
  }
}
