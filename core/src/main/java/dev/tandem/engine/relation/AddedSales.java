package dev.tandem.engine.relation;

/**
 * Orders added since a snapshot (a live overlay's): their times, sorted ascending, overall and per
 * item, so chance estimates can count them as the next snapshot will.
 */
public interface AddedSales {
  /** Times of all added orders, ascending. */
  long[] orderTimes();

  /** Times of the added orders holding the item, ascending; empty when none. */
  long[] itemOrderTimes(int item);
}
