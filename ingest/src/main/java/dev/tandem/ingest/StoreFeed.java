package dev.tandem.ingest;

import dev.tandem.store.StoreWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes batches to the store on a thread of its own, so reading and writing overlap. The queue is
 * bounded: a slow store slows the reader instead of filling memory. If the store fails, the
 * failure is kept, later batches are dropped, and nothing is committed.
 */
final class StoreFeed {
  private static final int QUEUE = 4;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
  private final StoreWriter writer;
  private final Thread thread;
  private volatile StoreFailure failure;
  private long eventsAdded;
  private long itemsWritten;
  private long usersWritten;

  StoreFeed(StoreWriter writer) {
    this.writer = writer;
    this.thread = new Thread(this::drain, "tandem-import-writer");
    thread.setDaemon(true);
    thread.start();
  }

  void send(Batch batch) {
    if (failure != null) {
      throw failure;
    }
    put(batch);
  }

  private void put(Batch batch) {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
  }

  /** Waits until everything sent is written; the store's failure, if any, is thrown here. */
  void finish() {
    put(Batch.END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void drain() {
    while (true) {
      Batch batch = take();
      if (batch == Batch.END || batch == null) {
        return;
      }
      if (failure == null) {
        write(batch);
      }
    }
  }

  private Batch take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      failure = new StoreFailure("interrupted while writing", e);
      return null;
    }
  }

  private void write(Batch batch) {
    try {
      if (!batch.items().isEmpty()) {
        itemsWritten += writer.putItems(batch.items());
      }
      if (!batch.users().isEmpty()) {
        usersWritten += writer.putUsers(batch.users());
      }
      if (!batch.events().isEmpty()) {
        eventsAdded += writer.addEvents(batch.events());
      }
    } catch (RuntimeException e) {
      failure = new StoreFailure(describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    return cause == null || cause.getMessage() == null ? message : message + ": "
        + cause.getMessage();
  }

  /**
   * Stops the writing thread after a failure elsewhere and waits for it, so that the store writer
   * is never used by two threads (the caller rolls it back next).
   */
  void abandon() {
    if (!thread.isAlive()) {
      return;
    }
    failure = failure != null ? failure : new StoreFailure("import abandoned", null);
    queue.clear();
    queue.offer(Batch.END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The store refused a write; the message says what the store said. */
  static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  long eventsAdded() {
    return eventsAdded;
  }

  long itemsWritten() {
    return itemsWritten;
  }

  long usersWritten() {
    return usersWritten;
  }
}
