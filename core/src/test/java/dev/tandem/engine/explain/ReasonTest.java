package dev.tandem.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReasonTest {

  @Test
  void lazy_gathersMeasuresAndSentenceOnlyWhenAsked_measuresOnce() {
    AtomicInteger gathered = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    Reason reason = Reason.lazy("rules", () -> {
      gathered.incrementAndGet();
      return Map.of("lift", 4.5, "orders", 12.0);
    }, () -> "bought together in " + written.incrementAndGet() + " orders");

    assertThat(reason.source()).isEqualTo("rules");
    assertThat(gathered).hasValue(0);
    assertThat(written).hasValue(0);
    assertThat(reason.measure("lift")).isEqualTo(4.5);
    assertThat(reason.measure("confidence")).isNaN();
    assertThat(reason.measures()).containsOnlyKeys("lift", "orders");
    assertThat(gathered).as("gathered once").hasValue(1);
    assertThat(reason.sentence()).isEqualTo("bought together in 1 orders");
  }

  @Test
  void measures_areACopy_andCannotChange() {
    Map<String, Double> given = new HashMap<>(Map.of("lift", 2.0));
    Reason eager = new Reason("co-purchase", given, "s");
    Reason lazy = Reason.lazy("co-purchase", () -> given, () -> "s");
    assertThat(lazy.measures()).isEqualTo(eager.measures());
    given.put("lift", 9.0);
    assertThat(eager.measure("lift")).isEqualTo(2.0);
    assertThat(lazy.measure("lift")).isEqualTo(2.0);
    assertThat(lazy.measures()).isUnmodifiable();
  }
}
