package dev.tandem.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: thrown by endpoints, rendered as {@code application/problem+json}
 * with a clear message and never a stack trace.
 */
public final class Problem extends RuntimeException {
  static final String CONTENT_TYPE = "application/problem+json";
  private final int status;
  private final String title;
  private final List<Map<String, Object>> errors;

  Problem(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  Problem(int status, String title, String detail, List<Map<String, Object>> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail);
  }

  int status() {
    return status;
  }

  Map<String, Object> document(String instance) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    body.put("instance", instance);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
