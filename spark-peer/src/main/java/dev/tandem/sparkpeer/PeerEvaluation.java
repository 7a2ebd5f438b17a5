package dev.tandem.sparkpeer;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.DataFiles;
import dev.tandem.evaluation.protocol.OnlineRetail;
import dev.tandem.evaluation.protocol.OrBasketCompletion;
import dev.tandem.evaluation.protocol.OrNextPurchases;
import dev.tandem.evaluation.protocol.RetailBasketCompletion;
import dev.tandem.evaluation.report.MarkdownReport;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.evaluation.run.EvaluationReport;
import dev.tandem.evaluation.run.EvaluationRunner;
import dev.tandem.recommend.Interactions;
import dev.tandem.recommend.Trainer;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.Similarity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 4's quality comparison: Tandem's models and the peers (popularity, item-kNN cosine, Spark
 * MLlib implicit ALS with a small grid at rank 64 and 15 iterations, Spark MLlib FP-Growth rules
 * over a grid of support and confidence) through the same harness on
 * OR-BC, OR-NEXT (ALL, NEW) and RETAIL-BC, one Markdown table per protocol with training times.
 * Usage: {@code PeerEvaluation [or-bc,or-next-all,or-next-new,retail-bc]
 * [tandem,peers,spark-fpgrowth]} (the second list picks which groups of models run: Tandem's,
 * popularity with item-kNN cosine and Spark ALS, the Spark FP-Growth grid); see {@code
 * benchmarks/peers.sh}.
 */
public final class PeerEvaluation {
  private static final List<String> TANDEM =
      List.of("ease", "hybrid", "hybrid-ranker", "implicit-als", "item-knn", "session-knn",
          "rules");

  private PeerEvaluation() {}

  public static void main(String[] args) {
    String chosen = args.length > 0 ? args[0] : "or-bc,or-next-all,or-next-new,retail-bc";
    List<String> groups = List.of((args.length > 1 ? args[1] : "tandem,peers,spark-fpgrowth")
        .split(","));
    EvaluationRunner runner = new EvaluationRunner(2, Clock.systemUTC());
    OnlineRetail onlineRetail = null;
    for (String protocol : chosen.split(",")) {
      if (protocol.startsWith("or") && onlineRetail == null) {
        onlineRetail = OnlineRetail.read(DataFiles.require(DataFiles.onlineRetail(),
            DataFiles.ONLINE_RETAIL));
      }
      Benchmark benchmark = switch (protocol) {
        case "or-bc" -> OrBasketCompletion.build(onlineRetail);
        case "or-next-all" -> OrNextPurchases.build(onlineRetail, OrNextPurchases.Variant.ALL);
        case "or-next-new" -> OrNextPurchases.build(onlineRetail, OrNextPurchases.Variant.NEW);
        case "retail-bc" -> RetailBasketCompletion.build(
            DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL));
        default -> throw new IllegalArgumentException("unknown protocol " + protocol);
      };
      Interactions rows = protocol.equals("retail-bc") ? Interactions.BASKETS : Interactions.USERS;
      List<Trainer> trainers = new ArrayList<>();
      if (groups.contains("tandem")) {
        trainers.addAll(Algorithms.trainers(TANDEM));
      }
      if (groups.contains("peers")) {
        trainers.addAll(peers(rows));
      }
      if (groups.contains("spark-fpgrowth")) {
        trainers.addAll(fpGrowthGrid(protocol));
      }
      System.out.printf(Locale.ROOT, "%n## %s (%s)%n%n", benchmark.name(), benchmark.countsText());
      EvaluationReport report = runner.run(benchmark, trainers, benchmark.k());
      System.out.println(MarkdownReport.render(List.of(report)));
      System.out.flush();
    }
  }

  /** The peers: popularity, item-kNN cosine, and Spark ALS over a small grid. */
  static List<Trainer> peers(Interactions rows) {
    List<Trainer> peers = new ArrayList<>(Algorithms.trainers(List.of("popularity")));
    peers.add(new Named("item-knn-cosine (peer)",
        ItemKnn.defaults().withSimilarity(Similarity.COSINE).withInteractions(Interactions.BASKETS)));
    for (double[] grid : new double[][] {{0.1, 1}, {1, 10}, {10, 0.2}, {0.01, 40}}) {
      peers.add(new SparkAls(rows, 64, 15, grid[0], grid[1], 42L));
    }
    return peers;
  }

  /**
   * Spark FP-Growth rules over a grid of minimum support (per protocol: Online Retail's baskets are
   * long, and below 0.3% their itemsets explode to millions; retail.dat's are short and sparse)
   * at minimum confidence 1% (rules are ranked by confidence, so a higher minimum only cuts the
   * list's tail): Spark's bare prediction, and the same padded with popularity like Tandem's rules
   * (one Spark run serves both). Every grid point is reported; none is picked on the test queries.
   */
  static List<Trainer> fpGrowthGrid(String protocol) {
    double[] supports = protocol.equals("retail-bc")
        ? new double[] {0.001, 0.0005, 0.0002, 0.0001} : new double[] {0.01, 0.005, 0.003};
    List<Trainer> grid = new ArrayList<>();
    for (double support : supports) {
      grid.add(new SparkFpGrowthRules(support, 0.01, false));
      grid.add(new SparkFpGrowthRules(support, 0.01, true));
    }
    return grid;
  }

  /** A trainer under another name in the reports. */
  private record Named(String name, Trainer trainer) implements Trainer {
    @Override
    public String algorithm() {
      return name;
    }

    @Override
    public dev.tandem.recommend.Recommender train(dev.tandem.dataset.Snapshot snapshot) {
      return trainer.train(snapshot);
    }
  }
}
