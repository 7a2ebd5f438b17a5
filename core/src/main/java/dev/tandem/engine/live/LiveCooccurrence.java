package dev.tandem.engine.live;

import dev.tandem.dataset.CsrMatrix;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.pipeline.Complements;
import dev.tandem.engine.relation.AddedSales;
import dev.tandem.engine.relation.ComplementIndex;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One model's live co-occurrence overlay: the orders and pairs its snapshot lacks, from the {@link
 * PurchaseLog} lines appended after its training started. A line counts with set semantics, as a
 * snapshot would: nothing when its order already holds the item (in the snapshot or added), else
 * the item gains an order and a pair with each item of the order, and a new order counts once.
 * Items the snapshot lacks (created after training) wait for the next training.
 *
 * <p>Serving reads {@link #indexFor}: the model's complement index for items without added sales
 * (their rows cannot change: see docs/architecture.md), else the item's row recomputed with the
 * added counts and sale times, exactly as a retrained model would have it, cached until the next
 * change. A batch of lines is applied under the write lock, rows are read under the read lock, so
 * no request sees half a batch; without any added line, reads take no lock.
 */
public final class LiveCooccurrence implements Complements, AddedSales {
  private static final long[] NO_TIMES = new long[0];
  private final EngineModel model;
  private final long coveredBeforeNanos;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, AddedOrder> orders = new HashMap<>();
  private final Int2IntOpenHashMap addedOrdersWith = new Int2IntOpenHashMap();
  private final Int2ObjectOpenHashMap<Int2IntOpenHashMap> addedTogether =
      new Int2ObjectOpenHashMap<>();
  private final Int2ObjectOpenHashMap<long[]> addedItemTimes = new Int2ObjectOpenHashMap<>();
  private final LongArrayList addedOrderTimes = new LongArrayList();
  private final Int2ObjectOpenHashMap<ComplementIndex> rows = new Int2ObjectOpenHashMap<>();
  private long[] orderTimes = NO_TIMES;
  private int addedOrders;
  private long changes;
  private volatile long appliedSeq = -1;
  private volatile boolean changed;

  /** An empty overlay for a model whose training started at {@code trainingStartNanos}. */
  public LiveCooccurrence(EngineModel model, long trainingStartNanos) {
    this.model = model;
    this.coveredBeforeNanos = trainingStartNanos;
  }

  /** Applies the log's lines this overlay has not seen; cheap when there are none. */
  public void catchUp(PurchaseLog log) {
    if (log.lastSeq() == appliedSeq) {
      return;
    }
    lock.writeLock().lock();
    try {
      List<PurchaseLog.Line> lines = log.after(appliedSeq);
      boolean any = false;
      for (PurchaseLog.Line line : lines) {
        any |= line.appendedNanos() - coveredBeforeNanos >= 0 && apply(line);
        appliedSeq = line.seq();
      }
      if (any) {
        orderTimes = addedOrderTimes.toLongArray();
        rows.clear();
        changes++;
        changed = true;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private boolean apply(PurchaseLog.Line line) {
    Snapshot snapshot = model.snapshot();
    int item = snapshot.items().indexOf(line.itemId());
    if (item < 0) {
      return false;
    }
    AddedOrder order = orders.computeIfAbsent(line.orderId(), id -> newOrder(id, line.time()));
    if (order.holds(item)) {
      return false;
    }
    if (order.isNew() && order.added.isEmpty()) {
      addedOrders++;
      insertSorted(addedOrderTimes, order.time);
    }
    addedOrdersWith.addTo(item, 1);
    addedItemTimes.put(item, withTime(addedItemTimes.getOrDefault(item, NO_TIMES), order.time));
    for (int other : order.inSnapshot) {
      pair(item, other);
    }
    for (int i = 0; i < order.added.size(); i++) {
      pair(item, order.added.getInt(i));
    }
    order.added.add(item);
    return true;
  }

  private AddedOrder newOrder(String orderId, long time) {
    Snapshot snapshot = model.snapshot();
    int basket = snapshot.baskets().indexOf(orderId);
    if (basket < 0) {
      return new AddedOrder(new int[0], time);
    }
    CsrMatrix baskets = snapshot.basketItems();
    int[] items = basket < baskets.rowCount() ? baskets.row(basket) : new int[0];
    long at = items.length > 0 ? snapshot.basketTime(basket)
        : Math.min(snapshot.basketTime(basket), time);
    return new AddedOrder(items, at);
  }

  private void pair(int a, int b) {
    addedTogether.computeIfAbsent(a, k -> new Int2IntOpenHashMap()).addTo(b, 1);
    addedTogether.computeIfAbsent(b, k -> new Int2IntOpenHashMap()).addTo(a, 1);
  }

  private static void insertSorted(LongArrayList times, long time) {
    int at = times.size();
    while (at > 0 && times.getLong(at - 1) > time) {
      at--;
    }
    times.add(at, time);
  }

  private static long[] withTime(long[] times, long time) {
    LongArrayList list = new LongArrayList(times);
    insertSorted(list, time);
    return list.toLongArray();
  }

  @Override
  public ComplementIndex indexFor(int item) {
    if (!changed) {
      return model.complements();
    }
    lock.readLock().lock();
    try {
      if (!addedOrdersWith.containsKey(item)) {
        return model.complements();
      }
      synchronized (rows) {
        ComplementIndex row = rows.get(item);
        if (row == null) {
          row = LiveComplementRow.of(model, this, item);
          rows.put(item, row);
        }
        return row;
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * 0 while the item's complements are the model's, else a number that changes whenever they may
   * have: an answer cached under one stamp is stale under another.
   */
  public long stampOf(int item) {
    if (!changed) {
      return 0;
    }
    lock.readLock().lock();
    try {
      return addedOrdersWith.containsKey(item) ? changes : 0;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Orders the item was added to since the snapshot. Call under the read lock or in tests. */
  int addedOrdersWith(int item) {
    return addedOrdersWith.get(item);
  }

  /** Pairs added since the snapshot for the item: partner → orders. */
  Int2IntOpenHashMap addedPartners(int item) {
    Int2IntOpenHashMap partners = addedTogether.get(item);
    return partners == null ? new Int2IntOpenHashMap() : partners;
  }

  @Override
  public long[] orderTimes() {
    return orderTimes;
  }

  @Override
  public long[] itemOrderTimes(int item) {
    return addedItemTimes.getOrDefault(item, NO_TIMES);
  }

  /** Orders holding both items, the snapshot's and the added ones. */
  public int together(int a, int b) {
    lock.readLock().lock();
    try {
      return model.counts().together(a, b) + addedPartners(a).get(b);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Orders holding the item, the snapshot's and the added ones. */
  public int ordersWith(int item) {
    lock.readLock().lock();
    try {
      return model.counts().ordersWith(item) + addedOrdersWith.get(item);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Orders the snapshot lacks that hold at least one known item. */
  public int addedOrders() {
    lock.readLock().lock();
    try {
      return addedOrders;
    } finally {
      lock.readLock().unlock();
    }
  }
}
