package dev.tandem.server;

import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** JSON in and out with one shared Jackson mapper; unreadable bodies become a clear 400. */
final class Json {
  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  static void send(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
  }

  static JsonNode body(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw Problem.badRequest("the request has no body; send JSON");
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw Problem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
