/**
 * Spark MLlib's FP-Growth as a peer of Tandem's miner, and the mining-speed benchmark that runs both
 * in one JVM ({@link dev.tandem.sparkpeer.MiningBenchmark}). Spark is a {@code provided} dependency
 * of this module only: core and the serving path never link it.
 */
package dev.tandem.sparkpeer;
