package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Rows written as PostgreSQL's binary COPY writes them, read back through small reads. */
class BinaryCopyInputTest {

  private static byte[] copyOf(int rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
    out.writeInt(0); // flags
    out.writeInt(3); // a header extension, skipped
    out.write(new byte[] {9, 9, 9});
    for (int row = 0; row < rows; row++) {
      out.writeShort(4);
      byte[] id = ("item-" + row).getBytes(StandardCharsets.UTF_8);
      out.writeInt(id.length);
      out.write(id);
      if (row % 3 == 0) {
        out.writeInt(-1); // null
      } else {
        out.writeInt(8);
        out.writeDouble(row + 0.25);
      }
      out.writeInt(4);
      out.writeInt(-row);
      out.writeInt(8);
      out.writeLong(1_291_191_600_000L + row);
    }
    out.writeShort(-1);
    return bytes.toByteArray();
  }

  /** Hands out at most three bytes per read, so that fields straddle every refill. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(3, length));
      }
    };
  }

  @Test
  void readsEveryFieldOfEveryRow_acrossRefills() throws IOException {
    int rows = 20_000; // more than one 64 KiB buffer
    BinaryCopyInput in = new BinaryCopyInput(trickle(copyOf(rows)));
    for (int row = 0; row < rows; row++) {
      assertThat(in.nextRow(4)).isTrue();
      assertThat(in.field()).isTrue();
      assertThat(new String(in.bytes(), in.start(), in.length(), StandardCharsets.UTF_8))
          .isEqualTo("item-" + row);
      assertThat(in.field()).isEqualTo(row % 3 != 0);
      if (row % 3 != 0) {
        assertThat(in.doubleValue()).isEqualTo(row + 0.25);
      }
      assertThat(in.field()).isTrue();
      assertThat(in.intValue()).isEqualTo(-row);
      assertThat(in.field()).isTrue();
      assertThat(in.longValue()).isEqualTo(1_291_191_600_000L + row);
    }
    assertThat(in.nextRow(4)).isFalse();
  }

  @Test
  void refusesWhatIsNotABinaryCopy_andACutStream() throws IOException {
    byte[] text = "536365,85123A,6\n".repeat(4).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new BinaryCopyInput(new ByteArrayInputStream(text)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a binary COPY");
    byte[] whole = copyOf(2);
    byte[] cut = Arrays.copyOf(whole, whole.length - 12);
    BinaryCopyInput in = new BinaryCopyInput(new ByteArrayInputStream(cut));
    assertThatThrownBy(() -> {
      while (in.nextRow(4)) {
        for (int field = 0; field < 4; field++) {
          in.field();
        }
      }
    }).isInstanceOf(EOFException.class);
  }

  @Test
  void refusesARowWithAnotherFieldCount() throws IOException {
    BinaryCopyInput in = new BinaryCopyInput(new ByteArrayInputStream(copyOf(1)));
    assertThatThrownBy(() -> in.nextRow(7)).hasMessageContaining("4 fields, expected 7");
  }
}
