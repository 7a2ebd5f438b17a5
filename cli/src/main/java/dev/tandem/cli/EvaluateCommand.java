package dev.tandem.cli;

import dev.tandem.evaluation.protocol.Benchmark;
import dev.tandem.evaluation.protocol.Protocol;
import dev.tandem.evaluation.protocol.Sources;
import dev.tandem.evaluation.report.HtmlReport;
import dev.tandem.evaluation.report.JsonReport;
import dev.tandem.evaluation.report.MarkdownReport;
import dev.tandem.evaluation.run.Algorithms;
import dev.tandem.evaluation.run.EvaluationReport;
import dev.tandem.evaluation.run.EvaluationRunner;
import dev.tandem.recommend.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem evaluate}: algorithms side by side on a fixed benchmark protocol. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Train algorithms on a benchmark protocol's training data and measure them on its test",
      "queries, side by side: accuracy (HR, NDCG, recall...), revenue, coverage, diversity,",
      "novelty, training time and model size. Protocols (see docs/evaluation.md): or-bc",
      "(basket completion), or-next (a customer's next purchases, ALL and NEW) on the bundled",
      "Online Retail data; retail-bc on FIMI retail.dat (found in shared/data above);",
      "up-sell (docs/upsell-evaluation.md): or-upsell (ANY and SHOPPER) on Online Retail,",
      "olist-upsell on Olist (shared/data/olist above); or-upsell-validation and",
      "olist-upsell-validation: the same on the training part only, for choosing parameters.",
      "",
      "Examples:",
      "  tandem evaluate --protocol or-bc --algorithms popularity,rules",
      "  tandem evaluate --protocol or-next --algorithms popularity,trending-popularity --out report",
      "  tandem evaluate --protocol retail-bc --algorithms ease,item-knn:neighbours=50",
      "  tandem evaluate --protocol or-upsell --algorithms tandem-upsell-revenue,pricier-popular"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Option(names = "--protocol", required = true, paramLabel = "NAME",
      description = "or-bc, or-next, retail-bc, or-upsell, olist-upsell, or-upsell-validation or "
          + "olist-upsell-validation.")
  String protocol;

  @Option(names = "--algorithms", required = true, split = ",(?![\\w.-]+=)",
      splitSynopsisLabel = ",",
      paramLabel = "SPEC",
      description = "Algorithms to compare, by name (popularity, category-popularity, "
          + "trending-popularity, rules, item-knn, ease, hybrid, ...), each with its defaults "
          + "or with parameters after a colon: item-knn:similarity=cosine,neighbours=50 "
          + "(docs/models.md lists them). The engine's up-sell takes rules overrides: "
          + "tandem-upsell-revenue:upsell.choice=recent,upsell.min-orders=1.")
  List<String> algorithms;

  @Option(names = "--k", paramLabel = "K",
      description = "Cut-off of the metrics (default: the protocol's, 10 or 20).")
  Integer k;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write report.md, report.html and report.json into DIR.")
  Path out;

  @Option(names = "--data", paramLabel = "FILE",
      description = "The Online Retail CSV (default: data/online_retail.csv.gz, looked for in the "
          + "working directory and above).")
  Path data;

  @Option(names = "--retail-dat", paramLabel = "FILE",
      description = "FIMI retail.dat(.gz) (default: shared/data/fimi/retail.dat.gz above).")
  Path retailDat;

  @Option(names = "--olist", paramLabel = "DIR",
      description = "The Olist folder (default: shared/data/olist, looked for above).")
  Path olist;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
      description = "Threads scoring the test queries (default: ${DEFAULT-VALUE}).")
  int threads;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<Protocol> protocols = Protocol.named(protocol);
    List<Trainer> trainers = Algorithms.trainers(algorithms);
    PrintWriter err = spec.commandLine().getErr();
    Sources sources = new Sources(data, retailDat, olist);
    EvaluationRunner runner = new EvaluationRunner(threads, Clock.systemUTC());
    List<EvaluationReport> reports = new ArrayList<>();
    for (Protocol p : protocols) {
      Benchmark benchmark = p.build(sources);
      err.println(benchmark.name() + ": " + benchmark.countsText());
      reports.add(runner.run(benchmark, trainers, k != null ? k : benchmark.k()));
    }
    String markdown = MarkdownReport.render(reports);
    spec.commandLine().getOut().print(markdown);
    spec.commandLine().getOut().flush();
    if (out != null) {
      write(markdown, HtmlReport.render(reports), JsonReport.render(reports));
      err.println("wrote " + out.resolve("report.md") + ", report.html, report.json");
    }
    return 0;
  }

  private void write(String markdown, String html, String json) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("report.html"), html, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("report.json"), json, StandardCharsets.UTF_8);
  }
}
