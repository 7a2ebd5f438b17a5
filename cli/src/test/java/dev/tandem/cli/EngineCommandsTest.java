package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tandem categories}, {@code relation} and {@code recommend} on the whole Online Retail
 * store: product types, a judged pair, cross-sell and up-sell with their reasons, a rules file.
 */
class EngineCommandsTest {
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

  static CommandLineRun ok(String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  static List<Map<String, Object>> json(String... args) {
    return JsonMapper.builder().build().readValue(ok(args).out(), new TypeReference<>() {});
  }

  @Test
  void categories_listsDerivedTypesWithExamples() throws Exception {
    CommandLineRun run = ok("categories", "--store", store, "--limit", "400");
    assertThat(run.err()).contains("product types (derived from titles) over 3,805 items");
    assertThat(run.out()).contains("LUNCH BAG").contains("JUMBO BAG").contains("T-LIGHT HOLDER");
    assertThat(run.out()).contains("upsell band").contains("band from").contains("trade-ups")
        .containsPattern("BUNTING +\\d+ +\\+10%\\.\\.\\+188% +price spread ");
    Path learned = dir.resolve("learned.properties");
    Files.writeString(learned, "upsell.learn-bands=true\nupsell.spread-bands=false\n");
    assertThat(ok("categories", "--store", store, "--limit", "400", "--rules", learned.toString())
        .out()).contains("learned all types")
        .containsPattern("BUNTING +\\d+ +\\+\\d+%\\.\\.\\+\\d+% +learned ");
    assertThat(ok("categories", "--store", store, "--item", "20725").out())
        .contains("LUNCH BAG  20725 LUNCH BAG RED RETROSPOT")
        .contains("22384 LUNCH BAG PINK POLKADOT");
  }

  @Test
  void relation_printsTheKindAndTheEvidence() {
    assertThat(ok("relation", "--store", store, "22697", "22699").out())
        .contains("kind      complement")
        .contains("together  767")
        .contains("Complements: bought together in 767 orders, 14.0× more often than chance");
    assertThat(ok("relation", "--store", store, "22059", "22970").out())
        .contains("kind      substitute").contains("Substitutes: both are MUG");
  }

  @Test
  void crossSell_forACart_completesItWithReasons() {
    List<Map<String, Object>> rows = json("recommend", "cross-sell", "--store", store, "--cart",
        "22697,22699", "--limit", "5", "--format", "json");
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).get("item")).isEqualTo("22698");
    assertThat((String) rows.get(0).get("why")).startsWith("71% of the 767 orders with ");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("item")).isNotIn("22697", "22699"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("measures").toString()).contains("lift"));
  }

  @Test
  void crossSell_forAUserAndAnOrder_answer() {
    assertThat(json("recommend", "cross-sell", "--store", store, "--user", "17850", "--limit", "5",
        "--format", "json")).hasSize(5);
    assertThat(json("recommend", "cross-sell", "--store", store, "--order", "536365", "--limit",
        "5", "--format", "json")).hasSize(5);
  }

  @Test
  void upSell_withARulesFile_obeysItsBand() throws Exception {
    Path rules = dir.resolve("tandem.properties");
    Files.writeString(rules, "upsell.band-by-type=BUNTING: 0.05..0.25\n");
    List<Map<String, Object>> rows = json("recommend", "up-sell", "--store", store, "--item",
        "47566", "--rules", rules.toString(), "--format", "json");
    assertThat(rows).isNotEmpty().allSatisfy(r -> {
      assertThat((Double) r.get("price")).isBetween(4.95 * 1.05, 4.95 * 1.25);
      assertThat((String) r.get("why")).startsWith("Upgrade: +£");
    });
    List<Map<String, Object>> wide = json("recommend", "up-sell", "--store", store, "--item",
        "47566", "--format", "json");
    assertThat(wide.get(0).get("item")).isEqualTo("21621"); // VINTAGE UNION JACK BUNTING £8.50
  }

  @Test
  void mistakes_areExplained() {
    CommandLineRun unknown = CommandLineRun.of("recommend", "up-sell", "--store", store, "--item",
        "NOPE");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("item 'NOPE' is not in the store");
    CommandLineRun both = CommandLineRun.of("recommend", "cross-sell", "--store", store, "--item",
        "22697", "--user", "17850");
    assertThat(both.exitCode()).isNotZero();
    assertThat(both.err()).contains("mutually exclusive");
  }
}
