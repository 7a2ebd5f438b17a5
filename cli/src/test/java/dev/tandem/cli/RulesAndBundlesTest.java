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

/**
 * {@code tandem rules} and {@code tandem bundles} on the whole Online Retail store: the matching
 * items of a product line come out, with evidence that adds up.
 */
class RulesAndBundlesTest {
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

  static List<Map<String, Object>> json(String... args) {
    CommandLineRun run = CommandLineRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("Mined 19,773 orders").contains("complete");
    return JsonMapper.builder().build().readValue(run.out(), new TypeReference<>() {});
  }

  @Test
  void aCartOfTwoRegencyTeacupsIsCompletedByTheThird() {
    List<Map<String, Object>> suggestions =
        json("rules", "--store", store, "--cart", "22697,22699", "--limit", "5", "--format", "json");
    Map<String, Object> first = suggestions.get(0);
    assertThat(first.get("suggest")).isEqualTo("22698 PINK REGENCY TEACUP AND SAUCER");
    assertThat(first.get("orders")).isEqualTo(541);
    assertThat((Double) first.get("lift")).isBetween(15.0, 22.0);
    assertThat((String) first.get("evidence"))
        .startsWith("71% of the 767 orders with GREEN REGENCY TEACUP AND SAUCER and ROSES REGENCY")
        .contains("bought together in 541 orders");
    assertThat(suggestions).extracting(s -> (String) s.get("suggest"))
        .allMatch(s -> s.contains("REGENCY"))
        .doesNotContain("22697 GREEN REGENCY TEACUP AND SAUCER");
  }

  @Test
  void rulesAreFilteredAndSortedAsAsked() {
    List<Map<String, Object>> rules =
        json("rules", "--store", store, "--item", "21801", "--min-lift", "20", "--sort", "confidence",
            "--limit", "50", "--format", "json");
    assertThat(rules).isNotEmpty();
    double previous = Double.MAX_VALUE;
    for (Map<String, Object> rule : rules) {
      assertThat((String) rule.get("if")).contains("21801 CHRISTMAS TREE DECORATION WITH BELL");
      assertThat((Double) rule.get("lift")).isGreaterThanOrEqualTo(20.0);
      assertThat((Integer) rule.get("orders")).isGreaterThanOrEqualTo(99); // 0.5% of 19,773
      double confidence = (Double) rule.get("confidence");
      assertThat(confidence).isLessThanOrEqualTo(previous);
      assertThat((Double) rule.get("support")).isCloseTo((Integer) rule.get("orders") / 19_773.0,
          org.assertj.core.api.Assertions.within(1e-12));
      previous = confidence;
    }
  }

  @Test
  void bundlesAreMatchingItemsOfOneProductLine() {
    List<Map<String, Object>> bundles =
        json("bundles", "--store", store, "--max-items", "2", "--limit", "10", "--format", "json");
    assertThat(bundles).hasSize(10);
    assertThat(bundles).allSatisfy(b -> {
      assertThat(((String) b.get("bundle")).split(" \\+ ")).hasSize(2);
      assertThat((Double) b.get("lift")).isGreaterThan(50.0);
    });
    assertThat(bundles)
        .anySatisfy(b -> {
          assertThat(b.get("bundle")).isEqualTo("22916 HERB MARKER THYME + 22917 HERB MARKER ROSEMARY");
          assertThat(b.get("orders")).isEqualTo(221);
          assertThat((Double) b.get("price")).isCloseTo(1.30, org.assertj.core.api.Assertions.within(1e-9));
        });
  }

  @Test
  void perAntecedentKeepsTheBestRuleOfEachIfSide() {
    List<Map<String, Object>> all =
        json("rules", "--store", store, "--item", "21801", "--limit", "500", "--format", "json");
    List<Map<String, Object>> best = json("rules", "--store", store, "--item", "21801",
        "--per-antecedent", "1", "--limit", "500", "--format", "json");
    java.util.Set<Object> ifSides = new java.util.HashSet<>();
    all.forEach(rule -> ifSides.add(rule.get("if")));
    assertThat(all.size()).isGreaterThan(ifSides.size());
    assertThat(best).hasSize(ifSides.size());
    assertThat(best).extracting(rule -> rule.get("if")).doesNotHaveDuplicates();
    for (Map<String, Object> rule : best) {
      double topLift = all.stream().filter(r -> r.get("if").equals(rule.get("if")))
          .mapToDouble(r -> (Double) r.get("lift")).max().orElseThrow();
      assertThat((Double) rule.get("lift")).isEqualTo(topLift);
    }
  }

  @Test
  void largerBundlesScoreByTheirWeakestItem() {
    List<Map<String, Object>> bundles =
        json("bundles", "--store", store, "--limit", "20", "--format", "json");
    // a 4-item set's lift is that of its least attached item, on the same scale as a pair's
    // (a product of the items' supports would put it in the hundreds of thousands)
    assertThat(bundles).allSatisfy(b -> assertThat((Double) b.get("lift")).isBetween(50.0, 150.0));
    assertThat(bundles)
        .anySatisfy(b -> {
          assertThat(b.get("bundle")).isEqualTo("23289 DOLLY GIRL CHILDRENS BOWL"
              + " + 23290 SPACEBOY CHILDRENS BOWL + 23291 DOLLY GIRL CHILDRENS CUP"
              + " + 23292 SPACEBOY CHILDRENS CUP");
          assertThat(b.get("orders")).isEqualTo(107);
          assertThat((Double) b.get("price")).isCloseTo(5.00, org.assertj.core.api.Assertions.within(1e-9));
        });
  }

  @Test
  void slowMoversArePairedWithBestSellers() {
    List<Map<String, Object>> pairings =
        json("bundles", "--store", store, "--slow-movers", "--limit", "10", "--format", "json");
    assertThat(pairings).hasSize(10);
    assertThat(pairings).allSatisfy(p -> {
      int together = (Integer) p.get("together");
      assertThat(together).isBetween(15, (Integer) p.get("its orders"));
      assertThat((Double) p.get("lift")).isGreaterThanOrEqualTo(1.5);
    });
  }

  @Test
  void mistakesAreExplained() {
    CommandLineRun unknownItem = CommandLineRun.of("rules", "--store", store, "--item", "NOPE1");
    assertThat(unknownItem.exitCode()).isNotZero();
    assertThat(unknownItem.err()).contains("item 'NOPE1' is not in the store");
    CommandLineRun badSort = CommandLineRun.of("rules", "--store", store, "--sort", "fun");
    assertThat(badSort.err()).contains("--sort must be one of support, confidence, lift");
    CommandLineRun csv = CommandLineRun.of("rules", "--store", store, "--limit", "3", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .isEqualTo("if,then,orders,support,confidence,lift,leverage,conviction,evidence");
    assertThat(csv.out().lines()).hasSize(4);
  }
}
