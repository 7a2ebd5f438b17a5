package dev.tandem.propensity;

import dev.tandem.recommend.Provenance;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * {@code logistic-regression}: P = σ(b + w · z), z the features standardised to mean 0 and
 * deviation 1 on the training rows (a constant column keeps scale 1), fitted by Newton's method
 * (iteratively reweighted least squares) on the log-loss plus {@code l2}/2 · |w|² (the intercept
 * is not penalised), halving a step that does not lower the objective. Deterministic: no random
 * draws at all; stops when no weight moves more than {@code tolerance} or after {@code
 * maxIterations}.
 *
 * @param l2 ridge penalty on the standardised weights (≥ 0; &gt; 0 keeps separable data finite)
 * @param maxIterations Newton steps at most
 * @param tolerance largest weight change that counts as converged
 */
public record LogisticRegression(double l2, int maxIterations, double tolerance)
    implements PropensityTrainer {
  public static final String ALGORITHM = "logistic-regression";
  private static final int MAX_HALVINGS = 30;

  public LogisticRegression {
    if (!(l2 >= 0) || maxIterations < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("need l2 >= 0, maxIterations >= 1, tolerance > 0");
    }
  }

  /** l2 = 1, 50 iterations, tolerance 1e-6. */
  public static LogisticRegression defaults() {
    return new LogisticRegression(1.0, 50, 1e-6);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public LogisticModel train(PropensitySet rows, String dataFingerprint) {
    Standardiser scale = Standardiser.fit(rows);
    int d = rows.width();
    double[] w = new double[d + 1];
    double objective = objective(rows, scale, w);
    int iteration = 0;
    boolean converged = false;
    while (iteration < maxIterations && !converged) {
      double[] step = newtonStep(rows, scale, w);
      double size = 1;
      double[] next = moved(w, step, size);
      double nextObjective = objective(rows, scale, next);
      for (int h = 0; h < MAX_HALVINGS && nextObjective > objective; h++) {
        size /= 2;
        next = moved(w, step, size);
        nextObjective = objective(rows, scale, next);
      }
      converged = maxAbs(step) * size < tolerance || nextObjective > objective;
      if (nextObjective <= objective) {
        w = next;
        objective = nextObjective;
      }
      iteration++;
    }
    Provenance provenance = Provenance.of(ALGORITHM, Map.of("l2", l2, "iterations", iteration,
        "converged", converged, "features", d), dataFingerprint, 0);
    return new LogisticModel(rows.names(), scale, w, provenance);
  }

  /** Solves (Xᵀ S X + λ I) Δ = Xᵀ (p − y) + λ w over the standardised rows with intercept. */
  private double[] newtonStep(PropensitySet rows, Standardiser scale, double[] w) {
    int d = rows.width();
    int n = d + 1;
    double[] hessian = new double[n * n];
    double[] gradient = new double[n];
    double[] z = new double[n];
    for (int r = 0; r < rows.rows(); r++) {
      scale.row(rows, r, z);
      double p = sigmoid(dot(w, z));
      double s = Math.max(p * (1 - p), 1e-12);
      double residual = p - rows.label(r);
      for (int i = 0; i < n; i++) {
        gradient[i] += residual * z[i];
        double szi = s * z[i];
        for (int j = 0; j <= i; j++) {
          hessian[i * n + j] += szi * z[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        hessian[j * n + i] = hessian[i * n + j];
      }
      if (i < d) {
        hessian[i * n + i] += l2;
        gradient[i] += l2 * w[i];
      }
    }
    DMatrixRMaj solution = new DMatrixRMaj(n, 1);
    if (!CommonOps_DDRM.solve(DMatrixRMaj.wrap(n, n, hessian), DMatrixRMaj.wrap(n, 1, gradient),
        solution)) {
      throw new IllegalStateException("logistic regression: singular Hessian; raise l2");
    }
    return solution.getData();
  }

  private double objective(PropensitySet rows, Standardiser scale, double[] w) {
    double[] z = new double[w.length];
    double loss = 0;
    for (int r = 0; r < rows.rows(); r++) {
      scale.row(rows, r, z);
      double margin = dot(w, z);
      loss += rows.label(r) == 1 ? softplus(-margin) : softplus(margin);
    }
    double penalty = 0;
    for (int i = 0; i < w.length - 1; i++) {
      penalty += w[i] * w[i];
    }
    return loss + l2 / 2 * penalty;
  }

  private static double[] moved(double[] w, double[] step, double size) {
    double[] next = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      next[i] = w[i] - size * step[i];
    }
    return next;
  }

  private static double maxAbs(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  static double dot(double[] w, double[] z) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += w[i] * z[i];
    }
    return sum;
  }

  static double sigmoid(double margin) {
    return margin >= 0 ? 1 / (1 + Math.exp(-margin)) : Math.exp(margin) / (1 + Math.exp(margin));
  }

  /** log(1 + e^x) without overflow. */
  private static double softplus(double x) {
    return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
}
