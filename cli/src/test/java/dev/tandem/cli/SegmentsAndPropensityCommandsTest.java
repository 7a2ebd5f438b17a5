package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code tandem segments} and {@code tandem propensity} on the whole Online Retail store. */
class SegmentsAndPropensityCommandsTest {
  @TempDir static Path dir;
  static String store;

  @BeforeAll
  static void importOnlineRetail() {
    store = dir.resolve("shop.db").toString();
    CommandLineRun run =
        CommandLineRun.of("import", "--store", store, "--preset", "online-retail", "--rejects",
            dir.resolve("rejects.csv").toString(), ImportAndStatsTest.DATA.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CommandLineRun ok(String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private static <T> T json(String text, TypeReference<T> type) {
    return JsonMapper.builder().build().readValue(text, type);
  }

  @Test
  void segments_describesEveryCustomerOnce() {
    CommandLineRun run = ok("segments", "--store", store, "--k", "4", "--json");
    List<Map<String, Object>> rows = json(run.out(), new TypeReference<>() {});
    assertThat(rows).hasSize(4);
    assertThat(rows.stream().mapToInt(r -> ((Number) r.get("customers")).intValue()).sum())
        .isEqualTo(4334);
    assertThat(rows.get(0).get("name")).isEqualTo("champions");
    assertThat(run.err()).contains("4,334 customers in 4 segments (k given)");
    CommandLineRun table = ok("segments", "--store", store);
    assertThat(table.out()).contains("champions").contains("revenueShare");
    assertThat(table.err()).contains("k chosen by silhouette");
  }

  @Test
  void segments_badInputIsOneClearLine() {
    CommandLineRun run = CommandLineRun.of("segments", "--store", store, "--k", "-1");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("tandem: --k must be 1 or more (or 0 to choose), got -1"
        + System.lineSeparator());
    assertThat(CommandLineRun.of("segments", "--store", store, "--as-of", "June").err())
        .contains("--as-of must be a date like 2011-06-01");
  }

  @Test
  void propensity_logisticRegressionBeatsPopularity() {
    CommandLineRun run = ok("propensity", "--store", store, "--models", "lr", "--json");
    Map<String, Object> report = json(run.out(), new TypeReference<>() {});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> models = (List<Map<String, Object>>) report.get("models");
    assertThat(models).extracting(m -> m.get("algorithm"))
        .containsExactly("popularity-only", "logistic-regression");
    double popularity = ((Number) models.get(0).get("auc")).doubleValue();
    double lr = ((Number) models.get(1).get("auc")).doubleValue();
    assertThat(lr).isBetween(0.84, 0.89).isGreaterThan(popularity + 0.05);
    assertThat(report.get("best")).isEqualTo("logistic-regression");
    CommandLineRun bad = CommandLineRun.of("propensity", "--store", store, "--models", "svm");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("unknown model 'svm'; known: lr, gbdt");
  }
}
