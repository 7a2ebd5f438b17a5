package dev.tandem.engine.bundle;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * {@link DataInput} over a byte buffer (a mapped bundle file): big-endian like {@link
 * java.io.DataOutputStream}, without a call per byte, which makes reading a bundle several times
 * faster than through a buffered stream. Reading past the end is an {@link EOFException}.
 */
final class BufferDataInput implements DataInput {
  private final ByteBuffer buffer;

  BufferDataInput(ByteBuffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    need(len);
    buffer.get(b, off, len);
  }

  @Override
  public int skipBytes(int n) {
    int skipped = Math.max(0, Math.min(n, buffer.remaining()));
    buffer.position(buffer.position() + skipped);
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    need(1);
    return buffer.get();
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return readByte() & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    need(2);
    return buffer.getShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    return readShort() & 0xffff;
  }

  @Override
  public char readChar() throws IOException {
    need(2);
    return buffer.getChar();
  }

  @Override
  public int readInt() throws IOException {
    need(4);
    return buffer.getInt();
  }

  @Override
  public long readLong() throws IOException {
    need(8);
    return buffer.getLong();
  }

  @Override
  public float readFloat() throws IOException {
    need(4);
    return buffer.getFloat();
  }

  @Override
  public double readDouble() throws IOException {
    need(8);
    return buffer.getDouble();
  }

  @Override
  public String readLine() {
    throw new UnsupportedOperationException("bundles hold no text lines");
  }

  @Override
  public String readUTF() throws IOException {
    try {
      return DataInputStream.readUTF(this);
    } catch (BufferUnderflowException e) {
      throw new EOFException("the bundle ends inside a string");
    }
  }

  private void need(int bytes) throws EOFException {
    if (buffer.remaining() < bytes) {
      throw new EOFException("the bundle ends early");
    }
  }
}
