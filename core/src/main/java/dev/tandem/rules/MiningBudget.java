package dev.tandem.rules;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bounds of one mining run, shared by its workers: a deadline read from the injected clock, a
 * memory estimate against its budget, and the itemsets still allowed. The first bound reached wins
 * and every worker stops at its next check.
 */
final class MiningBudget {
  private final Clock clock;
  private final long deadlineMillis;
  private final long memoryBudgetBytes;
  private final AtomicLong memoryBytes = new AtomicLong();
  private final AtomicLong peakMemoryBytes = new AtomicLong();
  private final AtomicLong itemsetsLeft;
  private final AtomicReference<Truncation> stop = new AtomicReference<>(Truncation.NONE);
  private volatile boolean stopped;

  MiningBudget(MiningParameters parameters) {
    this.clock = parameters.clock();
    this.deadlineMillis =
        parameters.timeBudget() == null
            ? Long.MAX_VALUE
            : saturatedAdd(clock.millis(), parameters.timeBudget().toMillis());
    this.memoryBudgetBytes = parameters.memoryBudgetBytes();
    this.itemsetsLeft = new AtomicLong(parameters.maxItemsets());
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }

  boolean stopped() {
    return stopped;
  }

  Truncation truncation() {
    return stop.get();
  }

  void stop(Truncation why) {
    if (stop.compareAndSet(Truncation.NONE, why)) {
      stopped = true;
    }
  }

  /** Reads the clock; false (and stopped) once the deadline has passed or another bound hit. */
  boolean checkTime() {
    if (stopped) {
      return false;
    }
    if (deadlineMillis != Long.MAX_VALUE && clock.millis() >= deadlineMillis) {
      stop(Truncation.TIME_BUDGET);
      return false;
    }
    return true;
  }

  /** Adds bytes to the estimate; false (and stopped) when they would pass the budget. */
  boolean reserve(long bytes) {
    if (!tryReserve(bytes)) {
      stop(Truncation.MEMORY_BUDGET);
      return false;
    }
    return true;
  }

  /** Adds bytes to the estimate; false (not stopped) when they would pass the budget. */
  boolean tryReserve(long bytes) {
    long now = memoryBytes.addAndGet(bytes);
    if (now > memoryBudgetBytes) {
      memoryBytes.addAndGet(-bytes);
      return false;
    }
    peakMemoryBytes.accumulateAndGet(now, Math::max);
    return true;
  }

  void release(long bytes) {
    memoryBytes.addAndGet(-bytes);
  }

  long peakMemoryBytes() {
    return peakMemoryBytes.get();
  }

  /** Grants up to {@code wanted} more itemsets; 0 (and stopped) when none are left. */
  int grantItemsets(int wanted) {
    while (true) {
      long left = itemsetsLeft.get();
      if (left <= 0) {
        stop(Truncation.ITEMSET_BUDGET);
        return 0;
      }
      int granted = (int) Math.min(wanted, left);
      if (itemsetsLeft.compareAndSet(left, left - granted)) {
        return granted;
      }
    }
  }
}
