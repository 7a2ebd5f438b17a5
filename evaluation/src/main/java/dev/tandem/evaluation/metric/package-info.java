/**
 * Offline metrics of top-k recommendations, with LensKit's contract: a {@link
 * dev.tandem.evaluation.metric.Metric} measures one test case at a time (thread-safe, no shared
 * mutable state) into a per-case value, then aggregates the values of all cases into a typed {@link
 * dev.tandem.evaluation.metric.MetricValue} (name, k, value, count).
 *
 * <p>Accuracy: {@link dev.tandem.evaluation.metric.Precision}, {@link
 * dev.tandem.evaluation.metric.Recall}, {@link dev.tandem.evaluation.metric.F1}, {@link
 * dev.tandem.evaluation.metric.HitRate}, {@link dev.tandem.evaluation.metric.Ndcg}, {@link
 * dev.tandem.evaluation.metric.AveragePrecision} (MAP), {@link
 * dev.tandem.evaluation.metric.ReciprocalRank} (MRR), {@link dev.tandem.evaluation.metric.Auc};
 * value: {@link dev.tandem.evaluation.metric.Revenue}; beyond accuracy: {@link
 * dev.tandem.evaluation.metric.CatalogCoverage}, {@link
 * dev.tandem.evaluation.metric.IntraListDiversity}, {@link dev.tandem.evaluation.metric.Novelty},
 * {@link dev.tandem.evaluation.metric.PopularityBias}, the last three reading {@link
 * dev.tandem.evaluation.metric.ItemStatistics} of the training data. {@link
 * dev.tandem.evaluation.metric.Metrics#standard} is the set every report shows.
 */
package dev.tandem.evaluation.metric;
