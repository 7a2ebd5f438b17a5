package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.MappingFile;
import dev.tandem.ingest.Preset;
import dev.tandem.store.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem import}: validated import of a shop export into the store. */
@Command(
    mixinStandardHelpOptions = true,
    name = "import",
    description = {
      "Import a shop export (CSV with a header row, or JSON Lines; gzip is detected) into the",
      "store. Every row is accepted or rejected; each rejected row is written with its line,",
      "field and reason to the rejects file. Importing the same file again adds nothing twice.",
      "The import is one transaction: if it fails, nothing of it is stored.",
      "",
      "Examples:",
      "  tandem import --preset online-retail data/online_retail.csv.gz",
      "  tandem import --preset olist ../shared/data/olist",
      "  tandem import --mapping my-export.json events.csv.gz"
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @ArgGroup(multiplicity = "1")
  Format format;

  static final class Format {
    @Option(
        names = "--preset",
        paramLabel = "NAME",
        description = "A built-in format: online-retail (a file) or olist (a directory).")
    String preset;

    @Option(
        names = "--mapping",
        paramLabel = "FILE",
        description = "A column mapping (JSON, see docs/import-mapping.md) describing your export.")
    Path mapping;

    Preset resolve() {
      return preset != null
          ? Preset.named(preset)
          : Preset.of(MappingFile.load(mapping), mapping.getFileName().toString());
    }
  }

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description = "Where rejected rows are explained (default: tandem-data/<input>.rejects.csv).")
  Path rejects;

  @Parameters(paramLabel = "PATH", description = "The file (or, for olist, the directory) to import.")
  Path source;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Path rejectsFile = rejects != null ? rejects : ImportJob.defaultRejects(source);
    try (Store opened = store.open()) {
      ImportSummary summary =
          new ImportJob(opened, spec.commandLine().getErr())
              .run(source, format.resolve(), rejectsFile);
      spec.commandLine().getOut().print(summary.render());
      return summary.committed() ? 0 : 1;
    }
  }
}
