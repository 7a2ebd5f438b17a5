package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteIdsTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void idsAreDenseInOrderOfFirstSight_andDecodedOnce() {
    ByteIds ids = new ByteIds();
    assertThat(ids.intern(utf8("536365"))).isZero();
    assertThat(ids.intern(utf8("536366"))).isEqualTo(1);
    assertThat(ids.intern(utf8("536365"))).isZero();
    assertThat(ids.intern(utf8("Zoë"))).isEqualTo(2);
    assertThat(ids.size()).isEqualTo(3);
    assertThat(ids.idOf(2)).isEqualTo("Zoë");
    assertThat(ids.idOf(0)).isSameAs(ids.idOf(ids.intern(utf8("536365"))));
  }

  @Test
  void bytesInsideALargerBuffer_andIdsThatArePrefixesOfOthers() {
    ByteIds ids = new ByteIds();
    byte[] row = utf8("xx85123Ayy");
    assertThat(ids.intern(row, 2, 6)).isZero();
    assertThat(ids.idOf(0)).isEqualTo("85123A");
    assertThat(ids.intern(row, 2, 5)).isEqualTo(1);
    assertThat(ids.idOf(1)).isEqualTo("85123");
    assertThat(ids.intern(utf8(""))).isEqualTo(2);
    assertThat(ids.intern(utf8("85123A"))).isZero();
  }

  @Test
  void manyIds_surviveGrowth() {
    ByteIds ids = new ByteIds();
    for (int i = 0; i < 50_000; i++) {
      assertThat(ids.intern(utf8("user-" + i))).isEqualTo(i);
    }
    for (int i = 49_999; i >= 0; i -= 7) {
      assertThat(ids.intern(utf8("user-" + i))).isEqualTo(i);
      assertThat(ids.idOf(i)).isEqualTo("user-" + i);
    }
    assertThat(ids.size()).isEqualTo(50_000);
  }
}
