#!/usr/bin/env bash
# Issue 5 benchmark: in-process latency of cross-sell (item, cart, shopper) and up-sell with
# explanations on Online Retail, p50 / p99 / max per request kind, after warm-up rounds.
#   ROUNDS=3 benchmarks/engine.sh [RULES...]   (quote figures only from an idle machine; each RULES
#   file adds an up-sell timing under those rules, interleaved with the defaults, for ratios)
#   MODE=carts benchmarks/engine.sh      5-item carts only, on the engine with the implicit-ALS fold-in
#                                        (as the server builds it)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
./mvnw -q -B -DskipTests -pl benchmarks -am package
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "cli/target/tandem.jar:benchmarks/target/classes" \
  dev.tandem.benchmarks.EngineBenchmark data/online_retail.csv.gz "$ROUNDS" "${MODE:-all}" "$@"
