package dev.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads the events of one {@code seq} range into an {@link EventChunk}, on its own connection. */
@FunctionalInterface
interface EventRanges {

  /** The events with {@code after < seq <= upTo}, in {@code seq} order. */
  EventChunk read(Connection connection, long after, long upTo) throws SQLException;
}
