package dev.tandem.propensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

  @RepeatedTest(5)
  void auc_equalsTheShareOfOrderedPairs(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    int n = 200;
    double[] s = new double[n];
    byte[] y = new byte[n];
    for (int i = 0; i < n; i++) {
      s[i] = random.nextInt(20) / 20.0;
      y[i] = (byte) (random.nextDouble() < 0.3 + 0.4 * s[i] ? 1 : 0);
    }
    double pairs = 0;
    double right = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (y[i] == 1 && y[j] == 0) {
          pairs++;
          right += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
        }
      }
    }
    assertThat(BinaryMetrics.auc(s, y)).isCloseTo(right / pairs, offset(1e-12));
  }

  @Test
  void averagePrecision_logLoss_andCalibration_byHand() {
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.5};
    byte[] y = {1, 0, 1, 0, 0};
    // hits at ranks 1 and 3: (1/1 + 2/3) / 2
    assertThat(BinaryMetrics.averagePrecision(s, y)).isCloseTo((1 + 2.0 / 3) / 2, offset(1e-12));
    double loss = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.7) + Math.log(0.4)
        + Math.log(0.5)) / 5;
    assertThat(BinaryMetrics.logLoss(s, y)).isCloseTo(loss, offset(1e-12));
    List<BinaryMetrics.CalibrationBin> bins = BinaryMetrics.calibration(s, y, 2);
    assertThat(bins.get(0).rows()).isEqualTo(2);
    assertThat(bins.get(0).meanPredicted()).isCloseTo(0.55, offset(1e-12));
    assertThat(bins.get(0).observedRate()).isEqualTo(0);
    assertThat(bins.get(1).observedRate()).isCloseTo(2.0 / 3, offset(1e-12));
    assertThat(BinaryMetrics.auc(new double[] {1, 2}, new byte[] {1, 1})).isNaN();
  }
}
