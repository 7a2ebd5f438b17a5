package dev.tandem.ingest;

/**
 * Why a row was rejected.
 *
 * @param field the column concerned, or empty when the row as a whole is wrong
 * @param reason a short stable key, counted in the summary ({@code bad number})
 * @param detail what exactly is wrong, for the rejects file
 */
record Problem(String field, String reason, String detail) {}
