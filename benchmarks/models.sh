#!/usr/bin/env bash
# Model build and scoring speed (docs/models.md, docs/BENCHMARKS.md); run on an idle machine.
#   RUNS=5 benchmarks/models.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx4g -cp cli/target/tandem.jar:benchmarks/target/classes \
  dev.tandem.benchmarks.ModelBenchmark "${RUNS:-5}"
