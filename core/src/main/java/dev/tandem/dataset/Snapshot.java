package dev.tandem.dataset;

/**
 * The shop's data as trainers see it, read once from the store. Immutable after construction.
 *
 * <ul>
 *   <li>{@link #items()}, {@link #users()}, {@link #baskets()}: string ids interned to dense ints;
 *   <li>item columns: {@link #itemPrice(int)} (NaN when unknown), {@link #itemCategory(int)} (-1
 *       when none), {@link #itemTitle(int)};
 *   <li>{@link #events()}: every event as parallel primitive columns, in time order;
 *   <li>{@link #userItems()}: user × item, the sum of event weights per pair;
 *   <li>{@link #basketItems()}: purchase basket (order) × item, units bought per pair, with {@link
 *       #basketUser(int)} (-1 for guests) and {@link #basketTime(int)}.
 * </ul>
 */
public final class Snapshot {
  private final IdIndex items;
  private final IdIndex users;
  private final IdIndex baskets;
  private final IdIndex categories;
  private final String[] itemTitles;
  private final double[] itemPrices;
  private final int[] itemCategories;
  private final EventColumns events;
  private final CsrMatrix userItems;
  private final CsrMatrix basketItems;
  private final int[] basketUsers;
  private final long[] basketTimes;

  Snapshot(SnapshotBuilder built, EventColumns events, CsrMatrix userItems, CsrMatrix basketItems) {
    this(new Ids(built.items, built.users, built.baskets, built.categories),
        new ItemColumns(built.itemTitles(), built.itemPrices(), built.itemCategories()), events,
        userItems, basketItems, built.basketUsers(), built.basketTimes());
  }

  /** The parts of a snapshot, as {@link SnapshotState} reads them back. */
  Snapshot(Ids ids, ItemColumns itemColumns, EventColumns events, CsrMatrix userItems,
      CsrMatrix basketItems, int[] basketUsers, long[] basketTimes) {
    this.items = ids.items();
    this.users = ids.users();
    this.baskets = ids.baskets();
    this.categories = ids.categories();
    this.itemTitles = itemColumns.titles();
    this.itemPrices = itemColumns.prices();
    this.itemCategories = itemColumns.categories();
    this.events = events;
    this.userItems = userItems;
    this.basketItems = basketItems;
    this.basketUsers = basketUsers;
    this.basketTimes = basketTimes;
  }

  /** The interned ids of a snapshot. */
  record Ids(IdIndex items, IdIndex users, IdIndex baskets, IdIndex categories) {}

  /** The item columns of a snapshot, by item index. */
  record ItemColumns(String[] titles, double[] prices, int[] categories) {}

  public IdIndex items() {
    return items;
  }

  public IdIndex users() {
    return users;
  }

  public IdIndex baskets() {
    return baskets;
  }

  public IdIndex categories() {
    return categories;
  }

  public int itemCount() {
    return items.size();
  }

  public int userCount() {
    return users.size();
  }

  public int basketCount() {
    return baskets.size();
  }

  public String itemTitle(int item) {
    return itemTitles[item];
  }

  public double itemPrice(int item) {
    return itemPrices[item];
  }

  public int itemCategory(int item) {
    return itemCategories[item];
  }

  public EventColumns events() {
    return events;
  }

  public CsrMatrix userItems() {
    return userItems;
  }

  public CsrMatrix basketItems() {
    return basketItems;
  }

  public int basketUser(int basket) {
    return basketUsers[basket];
  }

  public long basketTime(int basket) {
    return basketTimes[basket];
  }

  /**
   * A short hex fingerprint of the data trainers see (item ids, user×item and basket×item
   * matrices): equal snapshots have equal fingerprints. Stamped into every model's provenance.
   */
  public String fingerprint() {
    long hash = userItems.contentHash() * 31 + basketItems.contentHash();
    for (int i = 0; i < items.size(); i++) {
      hash = hash * 31 + items.idOf(i).hashCode();
    }
    return String.format("%016x", hash);
  }
}
