package dev.tandem.recommend.factors;

import dev.tandem.recommend.RowRanges;
import dev.tandem.recommend.SparseRows;
import java.util.SplittableRandom;

/**
 * The alternating least-squares loop of {@link ImplicitAls}: per iteration, solve every shopper
 * against fixed item factors, then every item against fixed shopper factors. Rows without any
 * interaction end with zero factors.
 */
final class AlsSweeps {
  private final ImplicitAls parameters;
  private final SparseRows userItems;
  private final SparseRows itemUsers;
  private final int k;

  AlsSweeps(ImplicitAls parameters, SparseRows userItems) {
    this.parameters = parameters;
    this.userItems = userItems;
    this.itemUsers = userItems.transpose();
    this.k = parameters.factors();
  }

  AlsFactors run() {
    SplittableRandom random = new SplittableRandom(parameters.seed());
    float[] users = initial(userItems.rowCount(), random.split());
    float[] items = initial(itemUsers.rowCount(), random.split());
    for (int iteration = 0; iteration < parameters.iterations(); iteration++) {
      sweep(userItems, users, items);
      sweep(itemUsers, items, users);
    }
    zeroEmptyRows(userItems, users);
    zeroEmptyRows(itemUsers, items);
    return new AlsFactors(users, items);
  }

  /** Solves every row of {@code solved} against the fixed factors. */
  private void sweep(SparseRows rows, float[] solved, float[] fixed) {
    double[][] gram = Gram.rows(fixed, k, parameters.lambda());
    RowRanges.forEach(rows.rowCount(), parameters.threads(), (from, to) -> {
      ConjugateGradient solver =
          new ConjugateGradient(k, gram, parameters.alpha(), parameters.cgSteps());
      for (int row = from; row < to; row++) {
        solver.solveRow(rows, row, solved, fixed);
      }
    });
  }

  private float[] initial(int rows, SplittableRandom random) {
    float[] factors = new float[rows * k];
    for (int i = 0; i < factors.length; i++) {
      factors[i] = (float) (random.nextDouble() * 0.01);
    }
    return factors;
  }

  private void zeroEmptyRows(SparseRows rows, float[] factors) {
    for (int r = 0; r < rows.rowCount(); r++) {
      if (rows.rowLength(r) == 0) {
        java.util.Arrays.fill(factors, r * k, r * k + k, 0f);
      }
    }
  }
}
