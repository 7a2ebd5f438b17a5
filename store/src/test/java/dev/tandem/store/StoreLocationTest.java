package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreLocationTest {
  @Test
  void aPlainPathIsASqliteFile() {
    StoreLocation location = StoreLocation.parse("tandem-data/shop.db");
    assertThat(location.kind()).isEqualTo(StoreLocation.Kind.SQLITE);
    assertThat(location.jdbcUrl()).startsWith("jdbc:sqlite:/").endsWith("tandem-data/shop.db");
  }

  @Test
  void aPostgresUrlKeepsItsSchema() {
    StoreLocation location =
        StoreLocation.parse("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=shop_a&ssl=false");
    assertThat(location.kind()).isEqualTo(StoreLocation.Kind.POSTGRESQL);
    assertThat(location.schema()).isEqualTo("shop_a");
    assertThat(StoreLocation.parse("jdbc:postgresql://db/test").schema()).isEqualTo("public");
  }

  @Test
  void otherDatabasesAndBlanksAreRefusedWithWhatIsAccepted() {
    assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://db/shop"))
        .hasMessageContaining("unsupported store URL 'jdbc:mysql://db/shop'")
        .hasMessageContaining("jdbc:postgresql://");
    assertThatThrownBy(() -> StoreLocation.parse(" "))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no store given");
  }

  @Test
  void anUnreachablePostgresSaysSo() {
    assertThatThrownBy(
            () -> StoreLocation.parse("jdbc:postgresql://127.0.0.1:1/test?connectTimeout=1").open())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test");
  }
}
