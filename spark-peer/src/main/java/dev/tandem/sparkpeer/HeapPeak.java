package dev.tandem.sparkpeer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap use around a call: a full GC, the heap pools' peaks reset, the call, then the sum of
 * the pools' peaks (an upper bound of the heap in use at any one moment).
 */
final class HeapPeak {
  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .toList();

  /** Collects garbage, resets the peaks and returns the heap in use now. */
  long start() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      pool.resetPeakUsage();
      used += pool.getUsage().getUsed();
    }
    return used;
  }

  /** Sum of the heap pools' peaks since {@link #start()}. */
  long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }
}
