package dev.tandem.evaluation.report;

import dev.tandem.evaluation.metric.MetricValue;
import dev.tandem.evaluation.run.AlgorithmResult;
import dev.tandem.evaluation.run.EvaluationReport;
import java.util.List;
import java.util.Locale;

/**
 * Reports as one self-contained HTML page: per protocol the counts, the side-by-side table (best
 * values in bold) and an inline SVG bar chart per headline metric. No script, no style sheet or
 * font from the network: the file can be mailed or archived as it is.
 */
public final class HtmlReport {
  private static final int LABEL_WIDTH = 170;
  private static final int BAR_WIDTH = 360;
  private static final int ROW_HEIGHT = 24;

  private HtmlReport() {}

  public static String render(List<EvaluationReport> reports) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Tandem evaluation</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append("svg{display:block;margin:0.5em 0 1.5em}\n</style>\n</head>\n<body>\n")
        .append("<h1>Tandem evaluation</h1>\n");
    for (EvaluationReport report : reports) {
      section(report, html);
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void section(EvaluationReport report, StringBuilder html) {
    html.append("<h2>").append(escape(report.protocol())).append(": ")
        .append(escape(report.description())).append("</h2>\n<p>Counts: ")
        .append(escape(MarkdownReport.counts(report))).append(".</p>\n");
    table(ReportTable.of(report), html);
    for (String label : report.headline()) {
      chart(report, label, html);
    }
    html.append("<ul>\n");
    for (AlgorithmResult result : report.algorithms()) {
      html.append("<li><code>").append(escape(result.algorithm())).append("</code>: ")
          .append(escape(result.provenance().parametersText())).append("</li>\n");
    }
    html.append("</ul>\n<p>Run: ").append(escape(MarkdownReport.environment(report)))
        .append("</p>\n");
  }

  private static void table(ReportTable table, StringBuilder html) {
    html.append("<table>\n<tr>");
    for (String column : table.columns()) {
      html.append("<th>").append(escape(column)).append("</th>");
    }
    html.append("</tr>\n");
    for (int r = 0; r < table.cells().size(); r++) {
      html.append("<tr>");
      List<String> row = table.cells().get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell = escape(row.get(c));
        html.append("<td>").append(table.isBest(r, c) ? "<strong>" + cell + "</strong>" : cell)
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  /** Horizontal bars, one per algorithm, scaled to the largest value. */
  static void chart(EvaluationReport report, String label, StringBuilder html) {
    List<AlgorithmResult> results = report.algorithms();
    double max = results.stream().map(r -> r.metric(label)).filter(m -> m != null)
        .mapToDouble(MetricValue::value).filter(v -> !Double.isNaN(v)).max().orElse(0);
    int height = ROW_HEIGHT * results.size() + 30;
    html.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"%s\">\n<text x=\"0\" y=\"16\" font-weight=\"bold\">%s</text>\n",
        LABEL_WIDTH + BAR_WIDTH + 90, height, escape(label), escape(label)));
    for (int r = 0; r < results.size(); r++) {
      MetricValue value = results.get(r).metric(label);
      double v = value == null || Double.isNaN(value.value()) ? 0 : value.value();
      int width = max > 0 ? (int) Math.round(BAR_WIDTH * v / max) : 0;
      int y = 26 + r * ROW_HEIGHT;
      html.append(String.format(Locale.ROOT,
          "<text x=\"0\" y=\"%d\">%s</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
              + " fill=\"#4a7ebb\"/><text x=\"%d\" y=\"%d\">%s</text>\n",
          y + 15, escape(results.get(r).algorithm()), LABEL_WIDTH, y, width, ROW_HEIGHT - 6,
          LABEL_WIDTH + width + 6, y + 15, value == null ? "" : ReportTable.number(value)));
    }
    html.append("</svg>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
