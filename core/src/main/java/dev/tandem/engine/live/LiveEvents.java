package dev.tandem.engine.live;

import dev.tandem.shop.Event;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The live side of serving, shared by every model: the {@link PurchaseLog} each model's {@link
 * LiveCooccurrence} catches up from, and {@link LiveShoppers}. {@link #accept} takes each batch
 * after it is committed to the store and before it is acknowledged. Thread-safe.
 */
public final class LiveEvents {
  private final PurchaseLog purchases;
  private final LiveShoppers shoppers;

  /** Timed by {@code nanoTime}, the clock trainings are timed with ({@code System::nanoTime}). */
  public LiveEvents(LongSupplier nanoTime) {
    this.purchases = new PurchaseLog(nanoTime);
    this.shoppers = new LiveShoppers(nanoTime);
  }

  /** Takes a committed batch. */
  public void accept(List<Event> events) {
    shoppers.add(events);
    purchases.append(events);
  }

  public PurchaseLog purchases() {
    return purchases;
  }

  public LiveShoppers shoppers() {
    return shoppers;
  }

  /**
   * Forgets what was appended before {@code nanos}: call with the earliest training start of the
   * models that may serve (the current one and the one a rollback would restore).
   */
  public void dropAppendedBefore(long nanos) {
    purchases.dropAppendedBefore(nanos);
    shoppers.dropAppendedBefore(nanos);
  }
}
