package dev.tandem.evaluation.report;

import dev.tandem.evaluation.run.EvaluationReport;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reports as JSON: the records as they are (protocol, counts, per-algorithm metrics...). */
public final class JsonReport {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReport() {}

  public static String render(List<EvaluationReport> reports) {
    return MAPPER.writeValueAsString(reports);
  }

  /** Reads what {@link #render} wrote, as plain maps and lists (for tools and tests). */
  public static Object parse(String json) {
    return MAPPER.readValue(json, Object.class);
  }
}
