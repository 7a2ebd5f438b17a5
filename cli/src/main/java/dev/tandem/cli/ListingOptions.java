package dev.tandem.cli;

import picocli.CommandLine.Option;

/** How many results a listing command prints, and in which format. */
final class ListingOptions {
  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "Results to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  String format;

  OutputFormat format() {
    return Choices.of(OutputFormat.class, "--format", format);
  }
}
