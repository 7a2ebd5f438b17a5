package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void decimal_plainForms_sameAsParseDouble() throws Rejected {
    for (String text : new String[] {"2.55", "0.1", "-7.65", "+3", "1e3", "12.", ".5", "1E-2",
        "123456789.123456789", "0.000000000000000000000000001", "4.65"}) {
      assertThat(Numbers.decimal(text, "f")).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void decimal_rejectsWhatIsNotPlain() {
    for (String text : new String[] {"", "-", ".", "NaN", "Infinity", "0x1p3", "1,000", "2.5.1",
        "1e", "1e+", "6x", "1d", "1e400"}) {
      assertThatThrownBy(() -> Numbers.decimal(text, "f")).as(text).isInstanceOf(Rejected.class);
    }
  }

  @Test
  void integer_rangeAndForm() throws Rejected {
    assertThat(Numbers.integer("-80995", "q")).isEqualTo(-80995);
    assertThat(Numbers.integer(" 6 ", "q")).isEqualTo(6);
    assertThatThrownBy(() -> Numbers.integer("2147483648", "q")).isInstanceOf(Rejected.class);
    assertThatThrownBy(() -> Numbers.integer("6.0", "q")).isInstanceOf(Rejected.class);
  }

  @Test
  void rejection_namesFieldAndValue() {
    assertThatThrownBy(() -> Numbers.decimal("abc", "UnitPrice"))
        .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.problem())
            .isEqualTo(new Problem("UnitPrice", "bad number", "'abc' is not a number")));
  }
}
