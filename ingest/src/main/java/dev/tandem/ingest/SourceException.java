package dev.tandem.ingest;

import java.io.IOException;

/** A source that cannot be imported at all (empty, no header, missing columns); not a bad row. */
final class SourceException extends IOException {
  private static final long serialVersionUID = 1L;

  SourceException(String message) {
    super(message);
  }
}
