#!/usr/bin/env bash
# Issue 4 speed target: Tandem's implicit ALS against Spark MLlib's ALS (rank 64, 15 iterations,
# local[2], same JVM) on the OR-NEXT training data, interleaved rounds, medians and ratios.
#   benchmarks/als-speed.sh [rounds] [warm-ups]    (defaults 5 and 2; needs JDK 17)
set -euo pipefail
SPARK_PEER_MAIN=dev.tandem.sparkpeer.AlsSpeed exec "$(dirname "$0")/peers.sh" "$@"
