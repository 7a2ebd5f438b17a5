package dev.tandem.propensity;

/**
 * One feature's importance: for logistic regression its coefficient on the standardised feature
 * (signed), for trees the total gain of the splits on it.
 */
public record FeatureImportance(String feature, double value) {}
