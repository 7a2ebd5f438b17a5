package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem evaluate} on the bundled Online Retail data. */
class EvaluateCommandTest {

  @Test
  void orBasketCompletion_printsTableAndWritesReports(@TempDir Path dir) throws Exception {
    CommandLineRun run = CommandLineRun.of("evaluate", "--protocol", "or-bc", "--algorithms",
        "popularity,trending-popularity", "--data", ImportAndStatsTest.DATA.toString(),
        "--out", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("OR-BC: rows=527725, items=3791, invoices=19773")
        .contains("queries=5183");
    assertThat(run.out()).contains("## OR-BC")
        .contains("| algorithm | HR@10 | NDCG@10 | Revenue@10 |")
        .contains("| popularity | **0.0313** | 0.0163 | **1.65** |")
        .contains("| trending-popularity | 0.0311 | **0.0169** |");
    assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(run.out());
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg");
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"protocol\" : \"OR-BC\"");
  }

  @Test
  void specsWithParameters_standApartInTheReport(@TempDir Path dir) throws Exception {
    CommandLineRun run = CommandLineRun.of("evaluate", "--protocol", "or-bc", "--algorithms",
        "item-knn,item-knn:similarity=cosine,neighbours=20,popularity", "--data",
        ImportAndStatsTest.DATA.toString(), "--out", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(dir.resolve("report.json"));
    assertThat(json).contains("\"algorithm\" : \"item-knn:similarity=cosine,neighbours=20\"")
        .contains("\"similarity\" : \"cosine\"").contains("\"neighbours\" : \"20\"")
        .contains("\"similarity\" : \"conditional\"").contains("\"neighbours\" : \"200\"");
    assertThat(hitRate(run.out(), "item-knn"))
        .isNotEqualTo(hitRate(run.out(), "item-knn:similarity=cosine,neighbours=20"));
  }

  @Test
  void badParameter_oneClearLine() {
    CommandLineRun run = CommandLineRun.of("evaluate", "--protocol", "or-bc", "--algorithms",
        "item-knn:neighbors=20");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("tandem: unknown parameter neighbors for item-knn; it takes "
        + "interactions, similarity, neighbours");
  }

  /** The HR@10 cell of the report row of {@code algorithm}. */
  private static String hitRate(String report, String algorithm) {
    return report.lines().filter(line -> line.startsWith("| " + algorithm + " |")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + algorithm + " in\n" + report))
        .split("\\|")[2].trim();
  }

  @Test
  void unknownAlgorithm_oneClearLine() {
    CommandLineRun run = CommandLineRun.of("evaluate", "--protocol", "or-bc", "--algorithms",
        "magic");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("tandem: unknown algorithm 'magic'; known: popularity");
  }

  @Test
  void unknownProtocol_oneClearLine() {
    CommandLineRun run = CommandLineRun.of("evaluate", "--protocol", "or-xx", "--algorithms",
        "popularity");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("unknown protocol 'or-xx'; expected one of or-bc, or-next");
  }
}
