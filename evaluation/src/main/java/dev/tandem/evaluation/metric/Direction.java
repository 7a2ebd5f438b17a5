package dev.tandem.evaluation.metric;

/** Which way a value is better; reports mark the best value of a column only when one is. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}
