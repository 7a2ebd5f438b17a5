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
 * MLlib implicit ALS with a small grid at rank 64 and 15 iterations) through the same harness on
 * OR-BC, OR-NEXT (ALL, NEW) and RETAIL-BC, one Markdown table per protocol with training times.
 * Usage: {@code PeerEvaluation [or-bc,or-next-all,or-next-new,retail-bc]}; see
 * {@code benchmarks/peers.sh}.
 */
public final class PeerEvaluation {
  private static final List<String> TANDEM =
      List.of("ease", "hybrid", "implicit-als", "item-knn", "session-knn", "rules");

  private PeerEvaluation() {}

  public static void main(String[] args) {
    String chosen = args.length > 0 ? args[0] : "or-bc,or-next-all,or-next-new,retail-bc";
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
      List<Trainer> trainers = new ArrayList<>(Algorithms.trainers(TANDEM));
      trainers.addAll(peers(rows));
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
