#!/usr/bin/env bash
# Issue 2 benchmark: the full Online Retail import into a new SQLite store and into PostgreSQL,
# then the training snapshot load, each in a fresh JVM capped at -Xmx512m (RUNS times, medians).
# Peers in the same run: raw bulk loads of the same rows with no validation at all
# (sqlite3's .import of the decompressed CSV; psql's \copy), to put the figures in context.
#   RUNS=5 benchmarks/import.sh        (PostgreSQL on 127.0.0.1:5432, database test)
# The snapshot load alone, on stores imported once and reused, old build against new: benchmarks/snapshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PG=${TANDEM_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
DATA=data/online_retail.csv.gz
sep='?'; [[ "$PG" == *\?* ]] && sep='&'
./mvnw -q -B -DskipTests -pl benchmarks -am package
cp="cli/target/tandem.jar:benchmarks/target/classes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; psql -q -h 127.0.0.1 -d test -c "drop schema if exists bench_import cascade" >/dev/null 2>&1 || true' EXIT
results="$tmp/results.txt"
now() { date +%s.%N; }

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  rm -f "$tmp"/tandem.db*
  java -Xmx512m -cp "$cp" dev.tandem.benchmarks.ImportBenchmark "$tmp/tandem.db" "$DATA" "$tmp/rejects.csv" | tee -a "$results"
  psql -q -h 127.0.0.1 -d test -c "drop schema if exists bench_import cascade" >/dev/null
  java -Xmx512m -cp "$cp" dev.tandem.benchmarks.ImportBenchmark "$PG${sep}currentSchema=bench_import" "$DATA" "$tmp/rejects.csv" | tee -a "$results"

  zcat "$DATA" > "$tmp/raw.csv"
  rm -f "$tmp/raw.db"
  start=$(now)
  sqlite3 "$tmp/raw.db" ".mode csv" ".import $tmp/raw.csv raw"
  echo "peer=sqlite3-import seconds=$(echo "$(now) - $start" | bc)" | tee -a "$results"
  psql -q -h 127.0.0.1 -d test -c "drop table if exists bench_raw; create table bench_raw (invoice text, code text, description text, quantity text, invoice_date text, unit_price text, customer text, country text)"
  start=$(now)
  psql -q -h 127.0.0.1 -d test -c "\\copy bench_raw from '$tmp/raw.csv' csv header"
  echo "peer=psql-copy seconds=$(echo "$(now) - $start" | bc)" | tee -a "$results"
  psql -q -h 127.0.0.1 -d test -c "drop table bench_raw"
done
python3 benchmarks/medians.py < "$results"
