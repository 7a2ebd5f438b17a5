package dev.tandem.evaluation.report;

import dev.tandem.evaluation.run.AlgorithmResult;
import dev.tandem.evaluation.run.EvaluationReport;
import java.util.List;

/** Reports as Markdown: per protocol its counts, the side-by-side table and the provenance. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(List<EvaluationReport> reports) {
    StringBuilder text = new StringBuilder();
    for (EvaluationReport report : reports) {
      section(report, text);
    }
    return text.toString();
  }

  private static void section(EvaluationReport report, StringBuilder text) {
    text.append("## ").append(report.protocol()).append(": ").append(report.description())
        .append("\n\n");
    text.append("Counts: ").append(counts(report)).append(".\n\n");
    table(ReportTable.of(report), text);
    text.append('\n');
    for (AlgorithmResult result : report.algorithms()) {
      text.append("- `").append(result.algorithm()).append("`: ")
          .append(result.provenance().parametersText().isEmpty() ? "no parameters"
              : result.provenance().parametersText())
          .append("; data ").append(result.provenance().dataFingerprint()).append('\n');
    }
    text.append("\nRun: ").append(environment(report)).append("\n\n");
  }

  /** A pipe table; best cells in bold. */
  static void table(ReportTable table, StringBuilder text) {
    text.append("| ").append(String.join(" | ", table.columns())).append(" |\n|");
    for (int c = 0; c < table.columns().size(); c++) {
      text.append(c == 0 ? " --- |" : " ---: |");
    }
    text.append('\n');
    for (int r = 0; r < table.cells().size(); r++) {
      List<String> row = table.cells().get(r);
      text.append('|');
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        text.append(' ').append(table.isBest(r, c) ? "**" + cell + "**" : cell).append(" |");
      }
      text.append('\n');
    }
  }

  static String counts(EvaluationReport report) {
    StringBuilder text = new StringBuilder();
    report.counts().forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
        .append(name).append(' ').append(String.format(java.util.Locale.ROOT, "%,d", value)));
    return text.toString();
  }

  static String environment(EvaluationReport report) {
    StringBuilder text = new StringBuilder();
    report.environment().forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ")
        .append(name).append(' ').append(value));
    return text.toString();
  }
}
