/**
 * Propensity models: P(accept | shopper, item, context). {@link
 * dev.tandem.propensity.PropensityFeatures} turns a (shopper, item, anchor item) into numbers from
 * the shop's history; {@link dev.tandem.propensity.TemporalPropensitySplit} makes training and
 * test sets from purchases after two cuts in time, with seeded sampled negatives; {@link
 * dev.tandem.propensity.LogisticRegression} (written here) and any other {@link
 * dev.tandem.propensity.PropensityTrainer} (gradient-boosted trees live in the native module
 * {@code propensity-gbdt}) train a {@link dev.tandem.propensity.PropensityModel}; {@link
 * dev.tandem.propensity.PropensityEvaluation} measures AUC, PR-AUC, log-loss, calibration and the
 * popularity-only baseline; {@link dev.tandem.propensity.PurchasePropensity} serves P(accept) to
 * the engine.
 */
package dev.tandem.propensity;
