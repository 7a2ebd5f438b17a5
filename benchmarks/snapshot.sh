#!/usr/bin/env bash
# Issue 2 benchmark, snapshot part alone: imports the bundled Online Retail file once into a SQLite
# file and a PostgreSQL schema (or reuses them), then loads the training snapshot RUNS times from
# each, every load in a fresh JVM capped at -Xmx512m; prints medians and each load's digest.
#   RUNS=5 benchmarks/snapshot.sh
# Options (environment):
#   BENCH_DB=FILE       the SQLite store; reused when it exists (default: a temporary file)
#   BENCH_SCHEMA=NAME   the PostgreSQL schema; reused when it holds events (default: bench_snapshot,
#                       dropped at the end unless BENCH_SCHEMA was given)
#   BASE_CP=CLASSPATH   a second build (e.g. main's tandem.jar plus SnapshotBenchmark compiled
#                       against it): each run then loads with it and with this build, interleaved,
#                       labelled build=base and build=this, for before/after ratios on a busy machine
#   NO_BUILD=1          skip the Maven package step
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PG=${TANDEM_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
DATA=data/online_retail.csv.gz
sep='?'; [[ "$PG" == *\?* ]] && sep='&'
[[ -n "${NO_BUILD:-}" ]] || ./mvnw -q -B -DskipTests -pl benchmarks -am package
cp="cli/target/tandem.jar:benchmarks/target/classes"
tmp=$(mktemp -d)
schema=${BENCH_SCHEMA:-bench_snapshot}
db=${BENCH_DB:-$tmp/tandem.db}
cleanup() {
  rm -rf "$tmp"
  [[ -n "${BENCH_SCHEMA:-}" ]] || psql -q -h 127.0.0.1 -d test -c "drop schema if exists $schema cascade" >/dev/null 2>&1 || true
}
trap cleanup EXIT
results="$tmp/results.txt"
pg="$PG${sep}currentSchema=$schema"

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ! -s "$db" ]]; then
  java -Xmx512m -cp "$cp" dev.tandem.benchmarks.ImportBenchmark "$db" "$DATA" "$tmp/rejects.csv"
fi
held=$(psql -qtA -h 127.0.0.1 -d test -c "select count(*) from $schema.events" 2>/dev/null || echo 0)
if [[ "$held" == "0" ]]; then
  psql -q -h 127.0.0.1 -d test -c "drop schema if exists $schema cascade" >/dev/null
  java -Xmx512m -cp "$cp" dev.tandem.benchmarks.ImportBenchmark "$pg" "$DATA" "$tmp/rejects.csv"
fi
load() { # classpath label store
  java -Xmx512m -cp "$1" dev.tandem.benchmarks.SnapshotBenchmark "$3" "$2" | tee -a "$results"
}
for run in $(seq "$RUNS"); do
  for store in "$db" "$pg"; do
    if [[ -n "${BASE_CP:-}" ]]; then
      load "$BASE_CP" " build=base" "$store"
      load "$cp" " build=this" "$store"
    else
      load "$cp" "" "$store"
    fi
  done
done
sed -E 's/^store=([a-z]+) build=([a-z]+)/store=\1-\2/' "$results" | python3 benchmarks/medians.py
echo "distinct digests per store: $(sed -E 's/^store=([a-z]+).*digest=([0-9a-f]+).*/\1 \2/' "$results" | sort -u | awk '{print $1}' | uniq -c | tr '\n' ' ')"
