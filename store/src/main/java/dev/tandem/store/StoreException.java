package dev.tandem.store;

/** A store could not be opened, read or written; the message says which store and why. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
