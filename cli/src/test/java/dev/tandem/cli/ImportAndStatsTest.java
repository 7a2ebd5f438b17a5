package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end on the bundled Online Retail file and a real SQLite store: the
 * README's first command, an import, stats, re-import, and the errors a newcomer will meet.
 */
class ImportAndStatsTest {
  static final Path DATA = Path.of("..", "data", "online_retail.csv.gz");

  @TempDir Path dir;

  @Test
  void theDemoImportsEveryLineAndShowsTheStore() throws Exception {
    CommandLineRun run = CommandLineRun.of("demo", "--no-serve", "--dir", dir.toString(), "--data",
        DATA.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("541,909")
        .contains("Best sellers")
        .contains("WORLD WAR 2 GLIDERS ASSTD DESIGNS")
        .contains("2010-12-01 .. 2011-12-09")
        .contains("Frequently bought together (FP-Growth on 19,773 orders")
        .contains("22697 GREEN REGENCY TEACUP AND SAUCER  =>  22699 ROSES REGENCY TEACUP AND SAUCER")
        .contains("bought together in 767 orders, 14.1× more often than chance");
    List<String> rejects = Files.readAllLines(dir.resolve("demo-rejects.csv"));
    assertThat(rejects.size()).isGreaterThan(1);
    assertThat(rejects.get(1)).contains("online_retail.csv.gz");
  }

  @Test
  void reImportingAddsNothingAndStatsShowBothImports() {
    String store = dir.resolve("shop.db").toString();
    String rejects = dir.resolve("rejects.csv").toString();
    String[] importArgs = {
      "import", "--store", store, "--preset", "online-retail", "--rejects", rejects, DATA.toString()
    };
    CommandLineRun first = CommandLineRun.of(importArgs);
    assertThat(first.exitCode()).as(first.err()).isZero();
    CommandLineRun before = CommandLineRun.of("stats", "--store", store, "--imports", "0");
    CommandLineRun second = CommandLineRun.of(importArgs);
    assertThat(second.exitCode()).as(second.err()).isZero();
    CommandLineRun after = CommandLineRun.of("stats", "--store", store, "--imports", "2");

    assertThat(after.exitCode()).isZero();
    assertThat(after.out()).startsWith(before.out().stripTrailing());
    assertThat(after.out()).contains("0 events added").containsPattern("[1-9][0-9,]* events added");
  }

  @Test
  void mistakesGetOneClearLineAndNoStackTrace() {
    CommandLineRun unknownPreset =
        CommandLineRun.of("import", "--store", dir.resolve("a.db").toString(), "--preset", "shopify",
            DATA.toString());
    assertThat(unknownPreset.exitCode()).isNotZero();
    assertThat(unknownPreset.err()).contains("shopify").contains("online-retail");

    CommandLineRun missingFile =
        CommandLineRun.of("import", "--store", dir.resolve("b.db").toString(), "--preset",
            "online-retail", dir.resolve("nowhere.csv").toString());
    assertThat(missingFile.exitCode()).isNotZero();
    assertThat(missingFile.out() + missingFile.err()).contains("nowhere.csv");

    CommandLineRun badStore = CommandLineRun.of("stats", "--store", "jdbc:mysql://db/shop");
    assertThat(badStore.exitCode()).isNotZero();
    assertThat(badStore.err()).contains("unsupported store URL");

    for (CommandLineRun run : List.of(unknownPreset, missingFile, badStore)) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void helpNamesEveryCommand() {
    CommandLineRun help = CommandLineRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("demo").contains("import").contains("stats");
    CommandLineRun importHelp = CommandLineRun.of("import", "--help");
    assertThat(importHelp.out()).contains("--preset").contains("--mapping").contains("--rejects");
  }
}
