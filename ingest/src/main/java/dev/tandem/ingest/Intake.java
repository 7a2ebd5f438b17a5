package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a preset reads into: opens source files, counts every row as accepted or rejected, sends
 * accepted records to the store in batches and rejected rows to the rejects file.
 */
final class Intake {
  static final int BATCH = 4096;
  static final long PROGRESS_EVERY = 50_000;
  private final StoreFeed feed;
  private final Rejects rejects;
  private final ImportProgress progress;
  private final ByteCounter bytes = new ByteCounter();
  private final long totalBytes;
  private List<Event> events = new ArrayList<>(BATCH);
  private List<Item> items = new ArrayList<>();
  private List<User> users = new ArrayList<>();
  private long rowsRead;
  private long accepted;
  private long eventsAccepted;
  private boolean deferred;
  private String file = "";
  private long line;

  Intake(StoreFeed feed, Rejects rejects, ImportProgress progress, long totalBytes) {
    this.feed = feed;
    this.rejects = rejects;
    this.progress = progress;
    this.totalBytes = totalBytes;
  }

  RowReader openCsv(Path path, char delimiter) throws IOException {
    file = path.getFileName().toString();
    line = 0;
    return new CsvRows(file, SourceFiles.open(path, bytes), delimiter);
  }

  RowReader openJsonLines(Path path) throws IOException {
    file = path.getFileName().toString();
    line = 0;
    return new JsonLinesRows(file, SourceFiles.open(path, bytes));
  }

  /** Reads every row, counting each as accepted, rejected or (see {@link #defer()}) deferred. */
  void readAll(RowReader rows, RowHandler handler) throws IOException {
    while (rows.next()) {
      rowsRead++;
      line = rows.line();
      handle(rows, handler);
      if (rowsRead % PROGRESS_EVERY == 0) {
        reportProgress();
      }
    }
  }

  private void handle(RowReader rows, RowHandler handler) {
    Problem problem = rows.problem();
    if (problem != null) {
      reject(rows.fileName(), rows.line(), problem, rows.raw());
      return;
    }
    deferred = false;
    try {
      handler.handle(rows);
      accepted += deferred ? 0 : 1;
    } catch (Rejected rejected) {
      reject(rows.fileName(), rows.line(), rejected.problem(), rows.raw());
    } catch (IllegalArgumentException invalid) {
      reject(rows.fileName(), rows.line(), new Problem("", "invalid value", invalid.getMessage()),
          rows.raw());
    }
  }

  /** Called by a handler: this row is decided later with {@link #acceptDeferred} or a reject. */
  void defer() {
    deferred = true;
  }

  void acceptDeferred() {
    accepted++;
  }

  void reject(String fileName, long lineNumber, Problem problem, String raw) {
    rejects.add(fileName, lineNumber, problem, raw);
  }

  void reportProgress() {
    progress.update(rowsRead, bytes.bytes(), totalBytes);
  }

  void event(Event event) {
    eventsAccepted++;
    events.add(event);
    if (events.size() >= BATCH) {
      feed.send(new Batch(List.of(), List.of(), events));
      events = new ArrayList<>(BATCH);
    }
  }

  void item(Item item) {
    items.add(item);
    if (items.size() >= BATCH) {
      feed.send(new Batch(items, List.of(), List.of()));
      items = new ArrayList<>();
    }
  }

  void user(User user) {
    users.add(user);
    if (users.size() >= BATCH) {
      feed.send(new Batch(List.of(), users, List.of()));
      users = new ArrayList<>();
    }
  }

  /** Sends what is left over. */
  void flush() {
    feed.send(new Batch(items, users, events));
    items = new ArrayList<>();
    users = new ArrayList<>();
    events = new ArrayList<>();
  }

  /** Where reading is, for messages about a source that breaks: "orders.csv.gz after line 12". */
  String position() {
    return line == 0 ? file : file + " after line " + line;
  }

  long rowsRead() {
    return rowsRead;
  }

  long accepted() {
    return accepted;
  }

  long eventsAccepted() {
    return eventsAccepted;
  }

  long bytesRead() {
    return bytes.bytes();
  }
}
