package dev.tandem.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The server's own {@code openapi.json}, used as a contract: {@link #violations} checks that a real
 * response's status is documented for its operation and that its body fits the documented schema
 * (the subset of JSON Schema the spec uses: $ref, type, required, properties, items, enum, oneOf).
 */
final class OpenApiSpec {
  final JsonNode root;

  OpenApiSpec() {
    try (InputStream in = OpenApiSpec.class.getResourceAsStream("/openapi.json")) {
      root = Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Documented (method, path template) pairs, e.g. "get /items/{id}/cross-sell". */
  List<String> operations() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        out.add(op.getKey() + " " + path.getKey());
      }
    }
    return out;
  }

  List<String> violations(String method, String path, Http.Answer answer) {
    List<String> problems = new ArrayList<>();
    JsonNode operation = operation(method, path);
    if (operation == null) {
      return List.of(method + " " + path + " is not documented");
    }
    JsonNode response = resolve(operation.get("responses").get(Integer.toString(answer.status())));
    if (response == null) {
      return List.of(method + " " + path + " answered " + answer.status() + ", not documented");
    }
    JsonNode content = response.get("content");
    if (content == null) {
      return problems;
    }
    String type = answer.contentType().split(";")[0].strip();
    JsonNode media = content.get(type);
    if (media == null) {
      return List.of(method + " " + path + " answered " + type + "; documented: " + content.propertyNames());
    }
    if (type.endsWith("json")) {
      check(media.get("schema"), answer.json(), "$", problems);
    }
    return problems;
  }

  private JsonNode operation(String method, String path) {
    for (Map.Entry<String, JsonNode> entry : root.get("paths").properties()) {
      String pattern = entry.getKey().replaceAll("\\{[^}]+}", "[^/]+");
      if (path.split("\\?")[0].matches(pattern) && entry.getValue().has(method)) {
        return entry.getValue().get(method);
      }
    }
    return null;
  }

  private JsonNode resolve(JsonNode node) {
    while (node != null && node.has("$ref")) {
      String[] parts = node.get("$ref").asString().substring(2).split("/");
      node = root;
      for (String part : parts) {
        node = node.get(part);
      }
    }
    return node;
  }

  private void check(JsonNode schema, JsonNode value, String where, List<String> problems) {
    schema = resolve(schema);
    if (schema.has("oneOf")) {
      for (JsonNode option : schema.get("oneOf")) {
        List<String> attempt = new ArrayList<>();
        check(option, value, where, attempt);
        if (attempt.isEmpty()) {
          return;
        }
      }
      problems.add(where + ": fits none of the documented alternatives: " + value);
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(where + ": expected " + schema.get("type") + ", got " + value);
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value.isObject()) {
      checkObject(schema, value, where, problems);
    } else if (value.isArray() && schema.has("items")) {
      int i = 0;
      for (JsonNode element : value) {
        check(schema.get("items"), element, where + "[" + i++ + "]", problems);
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String where, List<String> problems) {
    if (schema.has("required")) {
      for (JsonNode name : schema.get("required")) {
        if (!value.has(name.asString())) {
          problems.add(where + ": missing required '" + name.asString() + "'");
        }
      }
    }
    JsonNode properties = schema.get("properties");
    if (properties == null) {
      return;
    }
    for (Iterator<String> names = value.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!properties.has(name)) {
        problems.add(where + ": '" + name + "' is not documented");
      } else {
        check(properties.get(name), value.get(name), where + "." + name, problems);
      }
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asString()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isString();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> false;
    };
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    for (JsonNode option : options) {
      if (option.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
