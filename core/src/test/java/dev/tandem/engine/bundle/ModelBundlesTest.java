package dev.tandem.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.engine.Engine;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.EngineSettings;
import dev.tandem.engine.OnlineRetail;
import dev.tandem.engine.businessrules.BusinessRules;
import dev.tandem.engine.businessrules.CatalogFacts;
import dev.tandem.engine.pipeline.Offer;
import dev.tandem.engine.pipeline.Request;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles of the Online Retail engine model: saved, verified, restored equal, damaged, pruned. */
class ModelBundlesTest {
  private static final ModelBundles.Details DETAILS =
      new ModelBundles.Details(Instant.parse("2026-11-02T10:00:00Z"), 1234, "test store", 4321);
  private static ImplicitAlsModel factors;
  @TempDir Path dir;

  @Test
  void restoreNewest_servesWhatWasSaved() {
    EngineModel model = OnlineRetail.model();
    ModelBundles bundles = new ModelBundles(dir, 3);
    BundleManifest saved = bundles.save(7, model, factors(), DETAILS);

    RestoredModel restored =
        bundles.restoreNewest(EngineSettings.defaults(), this::fail).orElseThrow();

    assertThat(restored.manifest()).isEqualTo(saved);
    assertThat(saved.createdAt()).isEqualTo(DETAILS.createdAt());
    assertThat(saved.events()).isEqualTo(model.snapshot().events().size());
    assertThat(saved.rules()).isEqualTo(model.associations().rules().size()).isGreaterThan(100);
    assertThat(restored.model().snapshot().fingerprint()).isEqualTo(model.snapshot().fingerprint());
    assertThat(restored.model().associations().rules()).isEqualTo(model.associations().rules());
    assertThat(answers(engine(restored.model()))).isEqualTo(answers(engine(model)));
    assertThat(saved.lastEventSeq()).isEqualTo(4321);
  }

  @Test
  void restoreNewest_bringsBackTheFactorsAndTheirFoldIn() {
    ModelBundles bundles = new ModelBundles(dir, 3);
    bundles.save(1, OnlineRetail.model(), factors(), DETAILS);

    ImplicitAlsModel restored = bundles.restoreNewest(EngineSettings.defaults(), this::fail)
        .orElseThrow().factors();

    assertThat(restored.provenance()).isEqualTo(factors().provenance());
    for (int item = 0; item < OnlineRetail.snapshot().itemCount(); item += 97) {
      assertThat(restored.itemFactors(item)).containsExactly(factors().itemFactors(item));
    }
    Query anonymousCart = Query.forItems(new int[] {3, 40, 41});
    Recommendations before = factors().recommend(anonymousCart, 10);
    Recommendations after = restored.recommend(anonymousCart, 10);
    assertThat(after.size()).isEqualTo(before.size()).isEqualTo(10);
    for (int r = 0; r < before.size(); r++) {
      assertThat(after.item(r)).isEqualTo(before.item(r));
      assertThat(after.score(r)).isEqualTo(before.score(r));
    }
  }

  @Test
  void aBundleOfTheFormerFormat_isPassedOverForItsFormat() throws Exception {
    ModelBundles bundles = new ModelBundles(dir, 3);
    bundles.save(1, OnlineRetail.model(), factors(), DETAILS);
    Path manifest = dir.resolve("v000001").resolve(ModelBundles.MANIFEST);
    Files.writeString(manifest, Files.readString(manifest).replace("format=2", "format=1")
        .replaceAll("last-event-seq=\\d+\n", ""));
    List<String> reasons = new ArrayList<>();

    assertThat(bundles.restoreNewest(EngineSettings.defaults(), (b, why) -> reasons.add(why)))
        .isEmpty();
    assertThat(reasons).containsExactly("bundle format 1; this Tandem reads 2");
  }

  @Test
  void restoreNewest_passesOverADamagedBundleAndSaysWhy() throws Exception {
    ModelBundles bundles = new ModelBundles(dir, 3);
    bundles.save(1, OnlineRetail.model(), factors(), DETAILS);
    bundles.save(2, OnlineRetail.model(), factors(), DETAILS);
    flipAByte(dir.resolve("v000002").resolve(ModelBundles.DATA_FILE));
    Files.createDirectories(dir.resolve("v000003")); // a bundle without a manifest
    List<String> reasons = new ArrayList<>();

    RestoredModel restored = bundles.restoreNewest(EngineSettings.defaults(),
        (bundle, why) -> reasons.add(bundle.version() + ": " + why)).orElseThrow();

    assertThat(restored.manifest().version()).isEqualTo(1);
    assertThat(reasons).hasSize(2);
    assertThat(reasons.get(0)).startsWith("3: no manifest");
    assertThat(reasons.get(1)).startsWith("2: checksum mismatch");
    assertThat(bundles.list()).extracting(Bundle::version, Bundle::usable)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, false),
            org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(1, true));
    assertThat(bundles.highestVersion()).isEqualTo(3);
  }

  @Test
  void rolledBackBundle_isPassedOverUntilTheMarkIsCleared() {
    ModelBundles bundles = new ModelBundles(dir, 3);
    bundles.save(1, OnlineRetail.model(), factors(), DETAILS);
    bundles.save(2, OnlineRetail.model(), factors(), DETAILS);
    bundles.markRolledBack(2, true);
    assertThat(bundles.restoreNewest(EngineSettings.defaults(), (b, why) -> { })
        .orElseThrow().manifest().version()).isEqualTo(1);
    bundles.markRolledBack(2, false);
    assertThat(bundles.restoreNewest(EngineSettings.defaults(), this::fail)
        .orElseThrow().manifest().version()).isEqualTo(2);
  }

  @Test
  void prune_keepsTheNewestAndTheOnesInUse() throws Exception {
    ModelBundles bundles = new ModelBundles(dir, 2);
    for (int v = 1; v <= 4; v++) {
      bundles.save(v, OnlineRetail.model(), factors(), DETAILS);
    }
    Files.createDirectories(dir.resolve(".partial-v000005-1"));

    assertThat(bundles.prune(Set.of(1))).containsExactly(2);
    assertThat(bundles.list()).extracting(Bundle::version).containsExactly(4, 3, 1);
    try (var entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "v000004", "v000003", "v000001");
    }
  }

  @Test
  void noBundles_restoresNothing() {
    assertThat(new ModelBundles(dir.resolve("absent"), 1)
        .restoreNewest(EngineSettings.defaults(), this::fail)).isEmpty();
    assertThatThrownBy(() -> new ModelBundles(dir, 0)).hasMessageContaining("at least one");
  }

  @Test
  void manifest_missingEntry_isNamed() {
    assertThatThrownBy(() -> BundleManifest.parse("format=1\nversion=2\n"))
        .hasMessageContaining("created-at");
  }

  /** Small factors, trained once: the bundle code does not depend on their size. */
  private static synchronized ImplicitAlsModel factors() {
    if (factors == null) {
      factors = ImplicitAls.defaults().withFactors(8).withIterations(2)
          .train(OnlineRetail.snapshot());
    }
    return factors;
  }

  private void fail(Bundle bundle, String why) {
    throw new AssertionError("bundle " + bundle.version() + " passed over: " + why);
  }

  private static Engine engine(EngineModel model) {
    return Engine.of(model, BusinessRules.defaults(),
        CatalogFacts.unknown(model.snapshot().itemCount()));
  }

  /** Cross-sell and up-sell for every 25th item: what a shopper would see. */
  private static Map<Integer, List<String>> answers(Engine engine) {
    Map<Integer, List<String>> out = new java.util.TreeMap<>();
    for (int item = 0; item < engine.snapshot().itemCount(); item += 25) {
      List<String> seen = new ArrayList<>();
      for (Offer offer : engine.crossSellForItem(item, 5)) {
        seen.add("x" + offer.item() + "@" + offer.score());
      }
      for (Offer offer : engine.upSell(item, Request.ANONYMOUS, 3)) {
        seen.add("u" + offer.item() + "@" + offer.score());
      }
      out.put(item, seen);
    }
    return out;
  }

  private static void flipAByte(Path file) throws Exception {
    try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
      long at = data.length() / 2;
      data.seek(at);
      int b = data.read();
      data.seek(at);
      data.write(b ^ 0x5a);
    }
  }
}
