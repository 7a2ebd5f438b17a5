/**
 * Runs trainers on a benchmark and collects what reports show: {@link
 * dev.tandem.evaluation.run.EvaluationRunner} trains each algorithm (timing it and asking its model
 * size), scores every test case on a fixed pool of threads and aggregates the metrics in case
 * order, so results do not depend on the thread count; {@link
 * dev.tandem.evaluation.run.EvaluationReport} holds the result. {@link
 * dev.tandem.evaluation.run.Algorithms} maps command-line names to default trainers.
 */
package dev.tandem.evaluation.run;
