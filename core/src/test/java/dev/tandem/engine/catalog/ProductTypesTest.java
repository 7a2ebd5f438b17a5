package dev.tandem.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.OnlineRetail;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Product types derived from the Online Retail titles (the catalog has no categories). */
class ProductTypesTest {
  static Snapshot snapshot;
  static ProductTypes types;

  @BeforeAll
  static void derive() {
    snapshot = OnlineRetail.snapshot();
    types = ProductTypes.of(snapshot);
  }

  @Test
  void of_titlesOnly_derivesTypesFromTitles() {
    assertThat(types.source()).isEqualTo(ProductTypes.Source.TITLES);
  }

  @Test
  void typeOf_examplesFromTheIssue() {
    assertThat(types.nameOf(OnlineRetail.item("20725"))).isEqualTo("LUNCH BAG"); // RED RETROSPOT
    assertThat(types.nameOf(OnlineRetail.item("85099F"))).isEqualTo("JUMBO BAG"); // STRAWBERRY
    assertThat(types.nameOf(OnlineRetail.item("85123A"))).isEqualTo("T-LIGHT HOLDER");
    assertThat(types.nameOf(OnlineRetail.item("22386"))).isEqualTo("JUMBO BAG"); // PINK POLKADOT
  }

  @Test
  void typeOf_coloursOfOneProductShareTheType() {
    int red = OnlineRetail.item("20725");
    for (String id : List.of("20726", "20727", "20728", "22383", "22384")) {
      assertThat(types.sameType(red, OnlineRetail.item(id)))
          .as(id + " " + snapshot.itemTitle(OnlineRetail.item(id))).isTrue();
    }
  }

  @Test
  void size_isInABandForOnlineRetail() {
    assertThat(types.size()).isBetween(250, 650);
    int other = types.typeNamed(ProductTypes.OTHER);
    assertThat(types.itemCount(other)).isLessThan(snapshot.itemCount() / 4);
    assertThat(Arrays.stream(types.bySize()).map(types::itemCount).min().orElse(0))
        .isGreaterThanOrEqualTo(TypeParameters.defaults().minTypeItems());
  }

  @Test
  void modifiers_includeColoursAndPatternsButNotHeadNouns() {
    List<List<String>> titles = java.util.stream.IntStream.range(0, snapshot.itemCount())
        .mapToObj(i -> TitleWords.of(snapshot.itemTitle(i))).toList();
    assertThat(TitleTypes.modifiers(titles, TypeParameters.defaults()))
        .contains("RED", "PINK", "BLUE", "RETROSPOT", "VINTAGE", "HEART")
        .doesNotContain("BAG", "HOLDER", "MUG", "CLOCK");
  }

  @Test
  void fromTitles_tinyCatalog_handComputed() {
    List<String> titles = List.of("RED MUG", "BLUE MUG", "GREEN MUG", "RED BOWL", "BLUE BOWL",
        "GREEN BOWL", "RED PLATE");
    TypeParameters loose = new TypeParameters(2, 0.1, 2, 0.25, 2, 0, 2, 0.5, 3, 2);
    ProductTypes tiny = ProductTypes.fromTitles(titles, loose);
    assertThat(tiny.nameOf(0)).isEqualTo("MUG");
    assertThat(tiny.nameOf(4)).isEqualTo("BOWL");
    assertThat(tiny.nameOf(6)).isEqualTo(ProductTypes.OTHER); // one plate: merged
    assertThat(tiny.sameType(0, 1)).isTrue();
    assertThat(tiny.sameType(0, 3)).isFalse();
  }

  @Test
  void of_importedCategories_areUsedAsTheTypes() {
    var shop = new dev.tandem.dataset.SnapshotBuilder();
    shop.item("a", "Teapot blue", "kitchen > teapots", 20);
    shop.item("b", "Teapot red", "kitchen > teapots", 25);
    shop.item("c", "Mystery box", null, 5);
    Snapshot catalogued = shop.build(dev.tandem.shop.EventWeights.DEFAULT);
    ProductTypes imported = ProductTypes.of(catalogued);
    assertThat(imported.source()).isEqualTo(ProductTypes.Source.CATEGORIES);
    assertThat(imported.nameOf(0)).isEqualTo("kitchen > teapots");
    assertThat(imported.sameType(0, 1)).isTrue();
    assertThat(imported.nameOf(2)).isEqualTo(ProductTypes.OTHER);
    assertThat(imported.sameType(2, 2)).isFalse();
  }
}
