package dev.tandem.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.evaluation.metric.Direction;
import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.evaluation.run.AlgorithmResult;
import dev.tandem.evaluation.run.EvaluationReport;
import dev.tandem.recommend.Provenance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two algorithms: rules better on HR and NDCG, popularity faster and smaller. */
class ReportsTest {
  static EvaluationReport report() {
    return new EvaluationReport("OR-BC", "basket <completion>", Map.of("queries", 5183L), 5183, 10,
        List.of("HR@10", "NDCG@10"),
        List.of(result("popularity", 0.03, 0.016, 0.5, 20, 14_520),
            result("rules", 0.22, 0.134, 0.5, 1750, 3_500_000)),
        Map.of("java", "17"));
  }

  static AlgorithmResult result(String name, double hr, double ndcg, double bias, long trainMs,
      long bytes) {
    return new AlgorithmResult(name, Provenance.of(name, Map.of("k", 1), "00ff", 0), trainMs,
        bytes, 900, List.of(
            new MetricValue("PopBias", 10, bias, 5183, Direction.NEUTRAL),
            new MetricValue("NDCG", 10, ndcg, 5183, Direction.HIGHER_IS_BETTER),
            new MetricValue("HR", 10, hr, 5183, Direction.HIGHER_IS_BETTER)));
  }

  @Test
  void table_headlineFirstAndBestPerColumn() {
    ReportTable table = ReportTable.of(report());
    assertThat(table.columns()).containsExactly("algorithm", "HR@10", "NDCG@10", "PopBias@10",
        "train", "model size", "scoring");
    assertThat(table.cells().get(1)).containsExactly("rules", "0.2200", "0.1340", "0.5000",
        "1.75 s", "3.3 MB", "0.90 s");
    assertThat(table.isBest(1, 1)).isTrue();
    assertThat(table.isBest(0, 1)).isFalse();
    assertThat(table.isBest(0, 3)).isFalse();
    assertThat(table.isBest(1, 3)).isFalse();
    assertThat(table.isBest(0, 4)).isTrue();
    // both scored in 0.90 s: no best
    assertThat(table.isBest(0, 6)).isFalse();
    assertThat(table.isBest(1, 6)).isFalse();
  }

  @Test
  void markdown_boldBestValues() {
    String markdown = MarkdownReport.render(List.of(report()));
    assertThat(markdown).contains("## OR-BC: basket <completion>")
        .contains("| algorithm | HR@10 | NDCG@10 | PopBias@10 | train | model size | scoring |")
        .contains("| rules | **0.2200** | **0.1340** | 0.5000 | 1.75 s | 3.3 MB | 0.90 s |")
        .contains("queries 5,183");
  }

  @Test
  void html_selfContainedWithBarCharts() {
    String html = HtmlReport.render(List.of(report()));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("basket &lt;completion&gt;")
        .contains("<svg").contains("aria-label=\"HR@10\"").contains("<strong>0.2200</strong>")
        .doesNotContainPattern("(src|href)=\"https?:");
    // rules has the longest HR bar: the full width
    assertThat(html).contains("width=\"360\" height=\"18\"");
  }

  @Test
  void json_roundTripsTheFigures() {
    String json = JsonReport.render(List.of(report()));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parsed = (List<Map<String, Object>>) JsonReport.parse(json);
    assertThat(parsed.get(0)).containsEntry("protocol", "OR-BC").containsEntry("k", 10);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> algorithms = (List<Map<String, Object>>) parsed.get(0)
        .get("algorithms");
    assertThat(algorithms.get(1)).containsEntry("algorithm", "rules")
        .containsEntry("modelBytes", 3_500_000);
    assertThat(json).contains("\"value\" : 0.22");
  }
}
