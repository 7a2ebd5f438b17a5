package dev.tandem.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists and attribute maps kept as JSON text in the store. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

  private Json() {}

  static String write(List<String> list) {
    return list.isEmpty() ? "[]" : MAPPER.writeValueAsString(list);
  }

  /** Keys sorted, so the same map is always stored as the same text. */
  static String write(Map<String, ?> map) {
    return map.isEmpty() ? "{}" : MAPPER.writeValueAsString(new TreeMap<>(map));
  }

  static List<String> list(String json) {
    return json == null || json.equals("[]") ? List.of() : MAPPER.readValue(json, LIST);
  }

  static Map<String, String> map(String json) {
    return json == null || json.equals("{}") ? Map.of() : MAPPER.readValue(json, MAP);
  }

  static Map<String, Long> counts(String json) {
    return json == null || json.equals("{}") ? Map.of() : MAPPER.readValue(json, COUNTS);
  }
}
