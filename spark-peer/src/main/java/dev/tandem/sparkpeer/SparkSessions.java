package dev.tandem.sparkpeer;

import org.apache.spark.sql.SparkSession;

/** The one embedded Spark session of a peer run: {@code local[2]}, UI off, driver on 127.0.0.1. */
final class SparkSessions {
  private SparkSessions() {}

  static SparkSession local() {
    SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("tandem-peer")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
