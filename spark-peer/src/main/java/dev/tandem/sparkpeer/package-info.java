/**
 * Spark MLlib as Tandem's peer: its FP-Growth side by side with Tandem's miner (the mining-speed
 * benchmark, {@link dev.tandem.sparkpeer.MiningBenchmark}), and its implicit ALS ({@link
 * dev.tandem.sparkpeer.SparkAls}) and FP-Growth association rules ({@link
 * dev.tandem.sparkpeer.SparkFpGrowthRules}) as peer recommenders in the evaluation harness ({@link
 * dev.tandem.sparkpeer.PeerEvaluation}). Spark is a {@code provided} dependency of this module
 * only: core and the serving path never link it.
 */
package dev.tandem.sparkpeer;
