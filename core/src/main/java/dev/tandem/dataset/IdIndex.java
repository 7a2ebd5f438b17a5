package dev.tandem.dataset;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/** Interns string ids into dense ints 0..size-1, in order of first sight. */
public final class IdIndex {
  private final Object2IntOpenHashMap<String> indexById;
  private final List<String> ids;

  public IdIndex() {
    this(16);
  }

  public IdIndex(int expected) {
    indexById = new Object2IntOpenHashMap<>(expected);
    indexById.defaultReturnValue(-1);
    ids = new ArrayList<>(expected);
  }

  /** The index of this id, adding it if new. */
  public int intern(String id) {
    int index = indexById.getInt(id);
    if (index < 0) {
      index = ids.size();
      indexById.put(id, index);
      ids.add(id);
    }
    return index;
  }

  /** The index of this id, or -1 if it was never interned. */
  public int indexOf(String id) {
    return indexById.getInt(id);
  }

  public String idOf(int index) {
    return ids.get(index);
  }

  public int size() {
    return ids.size();
  }
}
