#!/usr/bin/env bash
# Issue 6 benchmark: in-process restore of the Online Retail model from its bundle, factors
# retrained (before they were saved) and factors read (after), interleaved round by round.
#   ROUNDS=5 benchmarks/restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
./mvnw -q -B -o -DskipTests -pl benchmarks -am package
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "cli/target/tandem.jar:benchmarks/target/classes" \
  dev.tandem.benchmarks.RestoreBenchmark data/online_retail.csv.gz "$ROUNDS"
