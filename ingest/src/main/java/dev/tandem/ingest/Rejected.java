package dev.tandem.ingest;

/** Thrown while mapping a row that cannot be accepted; cheap (no stack trace). */
final class Rejected extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  Rejected(String field, String reason, String detail) {
    super(reason, null, false, false);
    this.problem = new Problem(field, reason, detail);
  }

  Problem problem() {
    return problem;
  }
}
