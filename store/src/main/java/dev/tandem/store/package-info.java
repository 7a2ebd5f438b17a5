/**
 * Where the shop's data is kept: one {@link dev.tandem.store.Store} interface, an embedded SQLite
 * file by default and PostgreSQL in production, the same schema (Flyway migrations under {@code
 * db/migration/<vendor>}) and the same test suite for both.
 */
package dev.tandem.store;
