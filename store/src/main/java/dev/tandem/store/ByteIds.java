package dev.tandem.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns ids given as UTF-8 bytes into dense ints 0..size-1, in order of first sight, decoding
 * each distinct id to a {@code String} once: a snapshot read sees the same shopper, item and order
 * ids on many rows, and making a string of every row's bytes is what it would otherwise wait on. An
 * open-addressing table of key offsets into one byte pool; not thread-safe (one per range read).
 */
final class ByteIds {
  private byte[] pool = new byte[1 << 12];
  private int poolSize;
  private int[] starts = new int[257]; // id i's bytes are pool[starts[i] .. starts[i + 1])
  private String[] ids = new String[256];
  private int size;
  private int[] slots = new int[1024]; // id + 1, 0 when free
  private int lastId = -1;

  /** The id of {@code length} bytes of {@code bytes} from {@code offset}, adding it if new. */
  int intern(byte[] bytes, int offset, int length) {
    if (lastId >= 0 && sameBytes(lastId, bytes, offset, length)) {
      return lastId; // lines of one order (and one shopper) come together
    }
    int mask = slots.length - 1;
    for (int slot = hash(bytes, offset, length) & mask; ; slot = (slot + 1) & mask) {
      int id = slots[slot] - 1;
      if (id < 0) {
        return lastId = add(slot, bytes, offset, length);
      }
      if (sameBytes(id, bytes, offset, length)) {
        return lastId = id;
      }
    }
  }

  /** The id of a whole array of bytes. */
  int intern(byte[] bytes) {
    return intern(bytes, 0, bytes.length);
  }

  int size() {
    return size;
  }

  String idOf(int id) {
    return ids[id];
  }

  private int add(int slot, byte[] bytes, int offset, int length) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    if (poolSize + length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
    }
    System.arraycopy(bytes, offset, pool, poolSize, length);
    starts[size] = poolSize;
    poolSize += length;
    starts[size + 1] = poolSize;
    ids[size] = new String(bytes, offset, length, StandardCharsets.UTF_8);
    slots[slot] = size + 1;
    int id = size++;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private boolean sameBytes(int id, byte[] bytes, int offset, int length) {
    int start = starts[id];
    return starts[id + 1] - start == length
        && Arrays.equals(pool, start, start + length, bytes, offset, offset + length);
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hash(pool, starts[id], starts[id + 1] - starts[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  private static int hash(byte[] bytes, int offset, int length) {
    int hash = 0x811c9dc5;
    for (int i = offset; i < offset + length; i++) {
      hash = (hash ^ bytes[i]) * 0x01000193;
    }
    return hash ^ (hash >>> 16);
  }
}
