package dev.tandem.server;

/** What an API key may do; each role includes the ones before it. */
public enum Role {
  /** Ask for recommendations and read model information. */
  READ,
  /** Also send events and create or update items and users. */
  WRITE,
  /** Also train, roll back and erase a shopper's data. */
  ADMIN;

  boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }
}
