package dev.tandem.engine.catalog;

import dev.tandem.dataset.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product type for every item of a snapshot: the catalog's category when the shop imported
 * categories, otherwise a type derived from the item's title ({@link TitleTypes}). Types naming
 * fewer than {@link TypeParameters#minTypeItems()} items, and items with no usable title, share the
 * type {@link #OTHER}, which is never treated as "the same kind of product". Immutable.
 */
public final class ProductTypes {
  /** The name of the catch-all type. */
  public static final String OTHER = "(other)";

  /** Where the types come from. */
  public enum Source {
    CATEGORIES,
    TITLES
  }

  private final Source source;
  private final int[] typeOfItem;
  private final String[] names;
  private final int[][] itemsOfType;
  private final Map<String, Integer> typeByName = new HashMap<>();

  private ProductTypes(Source source, String[] itemTypeNames) {
    this.source = source;
    TreeMap<String, List<Integer>> byName = new TreeMap<>();
    for (int item = 0; item < itemTypeNames.length; item++) {
      byName.computeIfAbsent(itemTypeNames[item], n -> new ArrayList<>()).add(item);
    }
    names = byName.keySet().toArray(String[]::new);
    itemsOfType = new int[names.length][];
    typeOfItem = new int[itemTypeNames.length];
    for (int type = 0; type < names.length; type++) {
      typeByName.put(names[type], type);
      itemsOfType[type] = byName.get(names[type]).stream().mapToInt(Integer::intValue).toArray();
      for (int item : itemsOfType[type]) {
        typeOfItem[item] = type;
      }
    }
  }

  /** Categories when any item has one, else types from titles with default parameters. */
  public static ProductTypes of(Snapshot snapshot) {
    return of(snapshot, TypeParameters.defaults());
  }

  public static ProductTypes of(Snapshot snapshot, TypeParameters parameters) {
    boolean categorised = false;
    for (int item = 0; item < snapshot.itemCount() && !categorised; item++) {
      categorised = snapshot.itemCategory(item) >= 0;
    }
    return categorised ? fromCategories(snapshot) : fromTitles(snapshot, parameters);
  }

  static ProductTypes fromCategories(Snapshot snapshot) {
    String[] names = new String[snapshot.itemCount()];
    for (int item = 0; item < names.length; item++) {
      int category = snapshot.itemCategory(item);
      names[item] = category < 0 ? OTHER : snapshot.categories().idOf(category);
    }
    return new ProductTypes(Source.CATEGORIES, names);
  }

  /** Types derived from titles: one title per item, in item order. */
  public static ProductTypes fromTitles(List<String> titles, TypeParameters parameters) {
    List<List<String>> words = titles.stream().map(TitleWords::of).toList();
    String[] names = TitleTypes.derive(words, parameters);
    Map<String, Integer> counts = new HashMap<>();
    for (String name : names) {
      counts.merge(String.valueOf(name), 1, Integer::sum);
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null || counts.get(names[i]) < parameters.minTypeItems()) {
        names[i] = OTHER;
      }
    }
    return new ProductTypes(Source.TITLES, names);
  }

  private static ProductTypes fromTitles(Snapshot snapshot, TypeParameters parameters) {
    List<String> titles = new ArrayList<>(snapshot.itemCount());
    for (int item = 0; item < snapshot.itemCount(); item++) {
      titles.add(snapshot.itemTitle(item));
    }
    return fromTitles(titles, parameters);
  }

  public Source source() {
    return source;
  }

  /** Number of types, {@link #OTHER} included when some item has it. */
  public int size() {
    return names.length;
  }

  public int typeOf(int item) {
    return typeOfItem[item];
  }

  public String name(int type) {
    return names[type];
  }

  /** The item's type name. */
  public String nameOf(int item) {
    return names[typeOfItem[item]];
  }

  /** The type with this name, or -1. */
  public int typeNamed(String name) {
    return typeByName.getOrDefault(name, -1);
  }

  /** Items of the type, ascending. */
  public int[] items(int type) {
    return itemsOfType[type].clone();
  }

  public int itemCount(int type) {
    return itemsOfType[type].length;
  }

  public boolean isOther(int type) {
    return OTHER.equals(names[type]);
  }

  /** Whether two items are the same kind of product (never through {@link #OTHER}). */
  public boolean sameType(int a, int b) {
    return typeOfItem[a] == typeOfItem[b] && !isOther(typeOfItem[a]);
  }

  /** Type indices, largest first (ties by name). */
  public int[] bySize() {
    return java.util.stream.IntStream.range(0, names.length).boxed()
        .sorted((a, b) -> itemsOfType[b].length != itemsOfType[a].length
            ? itemsOfType[b].length - itemsOfType[a].length : names[a].compareTo(names[b]))
        .mapToInt(Integer::intValue).toArray();
  }

  public long sizeInBytes() {
    return 4L * typeOfItem.length * 2 + 48L * names.length;
  }

  @Override
  public String toString() {
    return "ProductTypes[" + source + ", " + names.length + " types, largest "
        + Arrays.stream(bySize()).limit(3).mapToObj(t -> names[t]).toList() + "]";
  }
}
