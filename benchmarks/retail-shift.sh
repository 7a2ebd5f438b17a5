#!/usr/bin/env bash
# How RETAIL-BC's test baskets differ from the end of its training baskets, and how each model
# does by hidden item (docs/BENCHMARKS.md, "RETAIL-BC: the test period").
#   benchmarks/retail-shift.sh                  (the hybrid and rules mined like the Spark peer)
#   benchmarks/retail-shift.sh ease session-knn
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
if [ $# -eq 0 ]; then
  set -- hybrid rules:minSupport=0.0001,minConfidence=0.01,maxLength=3
fi
java -Xmx8g -cp cli/target/tandem.jar:benchmarks/target/classes \
  dev.tandem.benchmarks.RetailShift "$@"
