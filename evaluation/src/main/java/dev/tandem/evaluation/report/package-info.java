/**
 * Writes {@link dev.tandem.evaluation.run.EvaluationReport}s for people and programs: {@link
 * dev.tandem.evaluation.report.MarkdownReport} (side-by-side tables, the best value of each column
 * in bold), {@link dev.tandem.evaluation.report.HtmlReport} (one self-contained page with inline
 * SVG bar charts: no script, no network) and {@link dev.tandem.evaluation.report.JsonReport}
 * (Jackson). {@link dev.tandem.evaluation.report.ReportTable} is the table both documents show.
 */
package dev.tandem.evaluation.report;
