package dev.tandem.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves forward by a fixed step every time it is read. */
final class SteppingClock extends Clock {
  private final AtomicLong millis = new AtomicLong();
  private final long stepMillis;
  private final AtomicLong reads = new AtomicLong();

  SteppingClock(long stepMillis) {
    this.stepMillis = stepMillis;
  }

  long reads() {
    return reads.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public long millis() {
    reads.incrementAndGet();
    return millis.getAndAdd(stepMillis);
  }
}
