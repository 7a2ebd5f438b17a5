package dev.tandem.ingest;

/** Turns one readable row into records; throws {@link Rejected} when the row cannot be accepted. */
@FunctionalInterface
interface RowHandler {
  void handle(RowReader row) throws Rejected;
}
