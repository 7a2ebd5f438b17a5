package dev.tandem.engine.live;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The purchase lines of orders (purchases with an order id) committed since the models in use were
 * trained, in the order they were acknowledged, each with a sequence number and the time (of
 * {@code nanoTime}) it was appended. A line appended before a training started is in that
 * training's snapshot, since it was committed before; {@link #dropAppendedBefore} forgets such
 * lines once every model that may serve holds them. Thread-safe.
 */
public final class PurchaseLog {
  /** One purchase line: order, shopper (or null), item, event time (epoch ms). */
  public record Line(long seq, long appendedNanos, String orderId, String userId, String itemId,
      long time) {}

  private final LongSupplier nanoTime;
  private final ArrayDeque<Line> lines = new ArrayDeque<>();
  private long nextSeq;
  private volatile long lastSeq = -1;

  /** A log timed by {@code nanoTime} (the clock model trainings are timed with). */
  public PurchaseLog(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Appends the batch's purchase lines that name an order; other events are ignored. */
  public synchronized void append(List<Event> events) {
    long now = nanoTime.getAsLong();
    for (Event e : events) {
      if (e.type() == EventType.PURCHASE && e.orderId() != null) {
        lines.addLast(new Line(nextSeq++, now, e.orderId(), e.userId(), e.itemId(),
            e.time().toEpochMilli()));
      }
    }
    lastSeq = nextSeq - 1;
  }

  /** The sequence number of the latest line, -1 before any. */
  public long lastSeq() {
    return lastSeq;
  }

  /** The lines after {@code seq}, oldest first. */
  public synchronized List<Line> after(long seq) {
    List<Line> out = new ArrayList<>();
    java.util.Iterator<Line> newestFirst = lines.descendingIterator();
    while (newestFirst.hasNext()) {
      Line line = newestFirst.next();
      if (line.seq() <= seq) {
        break;
      }
      out.add(line);
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** Forgets the lines appended before {@code nanos}: every serving model's snapshot holds them. */
  public synchronized void dropAppendedBefore(long nanos) {
    while (!lines.isEmpty() && lines.peekFirst().appendedNanos() - nanos < 0) {
      lines.removeFirst();
    }
  }

  public synchronized int size() {
    return lines.size();
  }
}
