#!/usr/bin/env bash
# Item cross-sell, build against build: serves a copy of the demo store with each jar in turn
# (-Xmx512m, GC log), 15 s of warm-up, then 30 s of `wrk -t2 -c16 --latency`; ROUNDS rounds, alternated.
#   benchmarks/item-ab.sh OLD.jar NEW.jar      (ROUNDS=2; needs wrk, sqlite3 and tandem-data/demo.db)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f tandem-data/demo.db ] || ./tandem demo --no-serve > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sqlite3 tandem-data/demo.db "select id from items order by id" > "$work/items.txt"
export ITEMS="$work/items.txt"
one() { # JAR PORT
  local dir; dir=$(mktemp -d -p "$work")
  cp tandem-data/demo.db "$dir/shop.db"
  java -Xmx512m -Xlog:gc:file="$dir/gc.log" -jar "$1" serve --store "$dir/shop.db" --port "$2" > "$dir/serve.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$2/ready" > /dev/null && break; sleep 1; done
  wrk -t2 -c16 -d15s -s benchmarks/wrk/item.lua "http://127.0.0.1:$2" > /dev/null
  wrk -t2 -c16 -d30s --latency -s benchmarks/wrk/item.lua "http://127.0.0.1:$2" > "$dir/wrk.txt"
  echo "$1: $(grep Requests/sec "$dir/wrk.txt" | tr -s ' ') p50$(grep ' 50%' "$dir/wrk.txt" | tr -s ' ') p99$(grep ' 99%' "$dir/wrk.txt" | tr -s ' ') young-pauses $(grep -c Pause "$dir/gc.log")"
  kill "$pid"; wait "$pid" 2> /dev/null || true
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "${ROUNDS:-2}"); do one "$1" 18301; one "$2" 18302; done
