package dev.tandem.recommend.neighbours;

import java.util.Locale;

/**
 * How strongly buying item i points to item j, from their co-occurrence. Inputs: {@code co} the
 * co-occurrence mass of i and j (the number of rows holding both, or for weighted cosine the dot
 * product of their columns), {@code ni}/{@code nj} each item's own mass (row count, or squared norm
 * for cosine), {@code rows} the number of non-empty rows, and {@code alpha} for {@link
 * #CONDITIONAL}. Zero means "no evidence".
 */
public enum Similarity {
  /** co / sqrt(ni · nj): symmetric; on 0/1 data the Ochiai coefficient. */
  COSINE,
  /** co / (ni + nj − co): share of the rows holding either item that hold both. */
  JACCARD,
  /**
   * co / (ni · nj^alpha) (Deshpande and Karypis): P(j | i) when alpha = 0; a larger alpha damps
   * popular targets. Asymmetric.
   */
  CONDITIONAL,
  /**
   * Dunning's log-likelihood ratio G² of the 2×2 table of i and j; 0 when j occurs with i no more
   * often than chance would give, so only positive association counts.
   */
  LOG_LIKELIHOOD;

  public double of(double co, double ni, double nj, double rows, double alpha) {
    if (co <= 0) {
      return 0;
    }
    return switch (this) {
      case COSINE -> co / Math.sqrt(ni * nj);
      case JACCARD -> co / (ni + nj - co);
      case CONDITIONAL -> co / (ni * Math.pow(nj, alpha));
      case LOG_LIKELIHOOD -> logLikelihood(co, ni, nj, rows);
    };
  }

  /** True when {@link #COSINE} is asked: it is the only one that reads interaction weights. */
  boolean weighted() {
    return this == COSINE;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a wire name ({@code cosine, jaccard, conditional, log-likelihood}). */
  public static Similarity parse(String text) {
    for (Similarity value : values()) {
      if (value.wireName().equalsIgnoreCase(text.trim())) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "unknown similarity '" + text.trim() + "'; expected cosine, jaccard, conditional or"
            + " log-likelihood");
  }

  static double logLikelihood(double k11, double ni, double nj, double rows) {
    if (k11 * rows <= ni * nj) {
      return 0;
    }
    double k12 = ni - k11;
    double k21 = nj - k11;
    double k22 = rows - ni - nj + k11;
    double rowEntropy = entropy(k11 + k12, k21 + k22);
    double columnEntropy = entropy(k11 + k21, k12 + k22);
    double matrixEntropy = entropy(k11, k12, k21, k22);
    return Math.max(0, 2 * (rowEntropy + columnEntropy - matrixEntropy));
  }

  /** Unnormalised entropy: xlogx(sum) − Σ xlogx(k). */
  private static double entropy(double... counts) {
    double sum = 0;
    double parts = 0;
    for (double k : counts) {
      sum += k;
      parts += xLogX(k);
    }
    return xLogX(sum) - parts;
  }

  private static double xLogX(double x) {
    return x <= 0 ? 0 : x * Math.log(x);
  }
}
