package dev.tandem.recommend.factors;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.SparseRows;
import dev.tandem.recommend.Trainer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Implicit-feedback matrix factorisation (Hu, Koren and Volinsky 2008): shopper u and item i get
 * {@code factors}-long vectors whose dot product predicts "u wants i", fitted with confidence c = 1
 * + alpha·r, where r is the sum of u's event weights on i (0 when none), and L2 regularisation
 * {@code lambda}. With {@link Interactions#BASKETS} the rows are purchase baskets (r = 1 for each
 * item bought) instead of shoppers, and a shopper is folded in from their history. Alternating
 * least squares, each row solved by {@code cgSteps} conjugate-gradient steps warm-started from its
 * previous value (Takács, Pilászy and Tikk 2011). Factors start from a {@link
 * java.util.SplittableRandom} seeded with {@code seed}; rows are solved in parallel ranges, each
 * independent of the others, so results do not depend on {@code threads}.
 */
public record ImplicitAls(
    Interactions interactions, int factors, int iterations, double lambda, double alpha,
    int cgSteps, long seed, int threads) implements Trainer {
  public static final String ALGORITHM = "implicit-als";

  public ImplicitAls {
    require(interactions != null, "needs interactions (baskets or users)");
    require(factors >= 1 && factors <= 1024, "factors must lie in 1..1024: " + factors);
    require(iterations >= 1, "iterations must be at least 1: " + iterations);
    require(lambda > 0 && Double.isFinite(lambda), "lambda must be finite and > 0: " + lambda);
    require(alpha >= 0 && Double.isFinite(alpha), "alpha must be finite and >= 0: " + alpha);
    require(cgSteps >= 1, "cgSteps must be at least 1: " + cgSteps);
    require(threads >= 1, "threads must be at least 1: " + threads);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("implicit-als " + message);
    }
  }

  /**
   * Defaults: shoppers, 64 factors, 15 iterations, 3 CG steps, lambda 10 and alpha 0.2 (tuned on
   * OR-NEXT, docs/models.md).
   */
  public static ImplicitAls defaults() {
    return new ImplicitAls(Interactions.USERS, 64, 15, 10.0, 0.2, 3, 42L, 2);
  }

  public ImplicitAls withInteractions(Interactions value) {
    return new ImplicitAls(value, factors, iterations, lambda, alpha, cgSteps, seed, threads);
  }

  public ImplicitAls withFactors(int value) {
    return new ImplicitAls(interactions, value, iterations, lambda, alpha, cgSteps, seed, threads);
  }

  public ImplicitAls withIterations(int value) {
    return new ImplicitAls(interactions, factors, value, lambda, alpha, cgSteps, seed, threads);
  }

  public ImplicitAls withLambda(double value) {
    return new ImplicitAls(
        interactions, factors, iterations, value, alpha, cgSteps, seed, threads);
  }

  public ImplicitAls withAlpha(double value) {
    return new ImplicitAls(
        interactions, factors, iterations, lambda, value, cgSteps, seed, threads);
  }

  public ImplicitAls withCgSteps(int value) {
    return new ImplicitAls(
        interactions, factors, iterations, lambda, alpha, value, seed, threads);
  }

  public ImplicitAls withSeed(long value) {
    return new ImplicitAls(
        interactions, factors, iterations, lambda, alpha, cgSteps, value, threads);
  }

  public ImplicitAls withThreads(int value) {
    return new ImplicitAls(
        interactions, factors, iterations, lambda, alpha, cgSteps, seed, value);
  }

  @Override
  public String algorithm() {
    return ALGORITHM;
  }

  @Override
  public ImplicitAlsModel train(Snapshot snapshot) {
    SparseRows histories = Interactions.USERS.rows(snapshot).binary();
    return train(interactions.rows(snapshot), histories, snapshot.fingerprint());
  }

  /**
   * Trains on any rows × item matrix of positive values (benchmarks, peers' data); {@code
   * histories} are the shoppers' items, folded in when the rows are not shoppers.
   */
  public ImplicitAlsModel train(SparseRows rows, SparseRows histories, String dataFingerprint) {
    AlsFactors fitted = new AlsSweeps(this, rows).run();
    Provenance provenance = Provenance.of(ALGORITHM, parameters(), dataFingerprint, seed);
    float[] users = interactions == Interactions.USERS ? fitted.users() : new float[0];
    return new ImplicitAlsModel(provenance, factors, users, fitted.items(), (float) lambda,
        (float) alpha, meanValue(rows), histories);
  }

  /** The mean positive value: the r a cart item is given at fold-in. */
  private static float meanValue(SparseRows rows) {
    double sum = 0;
    for (float value : rows.values()) {
      sum += value;
    }
    return rows.nonZeroCount() == 0 ? 1f : (float) (sum / rows.nonZeroCount());
  }

  Map<String, Object> parameters() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("interactions", interactions.wireName());
    map.put("factors", factors);
    map.put("iterations", iterations);
    map.put("lambda", lambda);
    map.put("alpha", alpha);
    map.put("cgSteps", cgSteps);
    return map;
  }
}
