package dev.tandem.benchmarks;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotDigest;
import dev.tandem.shop.EventWeights;
import dev.tandem.store.Store;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One measured training snapshot load from a store that is already filled (see {@code
 * benchmarks/snapshot.sh}): the seconds, the peak heap and the snapshot's SHA-256 digest, so that
 * runs of different builds can be checked to load identical content. Run in a fresh JVM per
 * measurement, with the heap capped. Also prints the JVM's CPU seconds during the load.
 *
 * <p>Usage: {@code SnapshotBenchmark STORE [LABEL]}. Prints one line of {@code key=value} pairs.
 */
public final class SnapshotBenchmark {
  private SnapshotBenchmark() {}

  /**
   * The CPU time this JVM has used (all its threads, JIT and GC included): on a shared machine it
   * varies less than wall time. PostgreSQL's own CPU is not in it.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    String label = args.length > 1 ? args[1] : "";
    try (Store store = Store.open(args[0])) {
      HeapPeak.reset();
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      Snapshot snapshot = store.snapshot(EventWeights.DEFAULT);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
      long heap = HeapPeak.megabytes();
      System.out.printf(Locale.ROOT,
          "store=%s%s snapshot_s=%.3f snapshot_cpu_s=%.3f snapshot_events=%d snapshot_heap_mb=%d max_heap_mb=%d"
              + " digest=%s%n",
          store.describe().startsWith("SQLite") ? "sqlite" : "postgresql", label, seconds,
          cpuSeconds, snapshot.events().size(), heap, HeapPeak.maxMegabytes(),
          SnapshotDigest.of(snapshot));
    }
  }
}
