/**
 * Validated import of a shop's exports (CSV or JSON Lines, gzip detected) into a {@link
 * dev.tandem.store.Store}, driven by a declarative column mapping or a built-in preset. Every input
 * row is accepted or rejected with its reason; nothing is lost and nothing crashes.
 */
package dev.tandem.ingest;
