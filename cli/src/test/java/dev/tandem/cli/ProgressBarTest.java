package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void line_showsFractionRowsAndRate() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "import", true, () -> 0L);
    assertThat(bar.line(50, 100, 200_000, 2_000_000_000L))
        .isEqualTo("import [###############               ]  50% 200,000 rows 100,000 rows/s");
  }

  @Test
  void update_redrawsAtMostFiveTimesASecond() {
    StringWriter out = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), "x", true, now::get);
    bar.update(1, 10, 1);
    now.addAndGet(50_000_000L);
    bar.update(2, 10, 2);
    now.addAndGet(200_000_000L);
    bar.update(3, 10, 3);
    assertThat(out.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);
  }

  @Test
  void update_isSilentOffATerminal() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), "x", false, System::nanoTime);
    bar.update(5, 10, 5);
    bar.finish();
    assertThat(out.toString()).isEmpty();
  }
}
