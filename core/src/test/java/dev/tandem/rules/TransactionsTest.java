package dev.tandem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransactionsTest {
  private static Transactions parse(String text) throws IOException {
    return Transactions.parseFimi(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void parseFimi_linesBecomeSortedDistinctTransactions() throws IOException {
    Transactions t = parse("3 1 2 \n\n7 3 3\r\n5");
    assertThat(t.size()).isEqualTo(4);
    assertThat(t.transaction(0)).containsExactly(1, 2, 3);
    assertThat(t.transaction(1)).isEmpty();
    assertThat(t.transaction(2)).containsExactly(3, 7);
    assertThat(t.transaction(3)).containsExactly(5);
    assertThat(t.itemCount()).isEqualTo(8);
    assertThat(t.totalItems()).isEqualTo(6);
  }

  @Test
  void parseFimi_trailingNewline_addsNoTransaction() throws IOException {
    assertThat(parse("1 2\n3\n").size()).isEqualTo(2);
  }

  @Test
  void parseFimi_rejectsWords() {
    assertThatThrownBy(() -> parse("1 2\n3 x\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void of_dropsDuplicates_rejectsNegativeIds() {
    assertThat(Transactions.of(new int[] {4, 4, 1}).transaction(0)).containsExactly(1, 4);
    assertThatThrownBy(() -> Transactions.of(new int[] {-1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
