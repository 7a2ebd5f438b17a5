package dev.tandem.store;

import dev.tandem.dataset.IdIndex;
import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.shop.EventWeights;
import java.util.List;

/**
 * The shop's data, kept durably. Implementations: {@code SqliteStore} (an embedded file, the
 * default) and {@code PostgresStore}; both behave the same and pass the same tests.
 *
 * <p>Writes go through a {@link StoreWriter}: one transaction, committed or rolled back whole. Items
 * and users are upserted by id; events are added once by id (adding an event id again changes
 * nothing), so re-importing a file adds nothing twice.
 */
public interface Store extends AutoCloseable {

  /**
   * Opens (creating and migrating if needed) the store at {@code location}: a {@code
   * jdbc:postgresql://...} URL, a {@code jdbc:sqlite:...} URL, or a plain file path for SQLite.
   */
  static Store open(String location) {
    return StoreLocation.parse(location).open();
  }

  /** Human-readable, for logs and CLI output: "SQLite file data/tandem.db". */
  String describe();

  /** Starts a write transaction. */
  StoreWriter writer();

  /** Counts, date range and top sellers. */
  StoreStats stats(int topSellers);

  /** Reads everything into a training snapshot. */
  Snapshot snapshot(EventWeights weights);

  /**
   * The items' stock and unit cost, indexed like {@code items} (a snapshot's item index): what the
   * engine's in-stock and margin rules need and the snapshot does not hold.
   */
  CatalogFacts catalogFacts(IdIndex items);

  /** Keeps the summary of one import run. */
  void recordImport(ImportRecord record);

  /** Import runs, newest first. */
  List<ImportRecord> imports(int limit);

  /**
   * The sequence number of the latest event stored (0 when none): the watermark a model records,
   * taken before its snapshot is read, so {@link #purchasesAfter} gives what it has not seen.
   */
  long lastEventSeq();

  /** The purchases stored after the event numbered {@code seq}, in the order they were stored. */
  List<dev.tandem.shop.Event> purchasesAfter(long seq);

  /** Everything stored about one shopper (their user record and events), for an export. */
  ShopperData shopper(String userId);

  /**
   * Erases one shopper: their events and user record, in one transaction. Returns what was erased;
   * the next snapshot, and so the next model, no longer sees them.
   */
  ShopperData eraseShopper(String userId);

  @Override
  void close();
}
