package dev.tandem.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists and attribute maps kept as JSON text in the store. */
final class Json {

  private Json() {}

  /** Built on first use: reading a store whose lists and maps are all empty never loads Jackson. */
  private static final class Mapper {
    static final JsonMapper INSTANCE = JsonMapper.builder().build();
    static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};
    static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};
  }

  static String write(List<String> list) {
    return list.isEmpty() ? "[]" : Mapper.INSTANCE.writeValueAsString(list);
  }

  /** Keys sorted, so the same map is always stored as the same text. */
  static String write(Map<String, ?> map) {
    return map.isEmpty() ? "{}" : Mapper.INSTANCE.writeValueAsString(new TreeMap<>(map));
  }

  static List<String> list(String json) {
    return json == null || json.equals("[]") ? List.of()
        : Mapper.INSTANCE.readValue(json, Mapper.LIST);
  }

  static Map<String, String> map(String json) {
    return json == null || json.equals("{}") ? Map.of()
        : Mapper.INSTANCE.readValue(json, Mapper.MAP);
  }

  static Map<String, Long> counts(String json) {
    return json == null || json.equals("{}") ? Map.of()
        : Mapper.INSTANCE.readValue(json, Mapper.COUNTS);
  }
}
