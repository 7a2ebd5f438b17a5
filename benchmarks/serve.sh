#!/usr/bin/env bash
# Issue 6 benchmark: the HTTP API under load with wrk (Debian's), on the Online Retail demo store.
# Starts `tandem serve` with -Xmx512m on a copy of the store, waits for the first model, then for
# DURATION seconds each (default 60): cross-sell for an item, cart cross-sell (5 items), item
# cross-sell again while the model is retrained and hot-swapped twice, then event ingestion in batches
# of 100 (durable: committed before each answer; last, so retraining sees the original data). wrk prints latency percentiles and any non-2xx answer.
#   benchmarks/serve.sh            (needs: wrk, sqlite3; HEAP=1g for the server's heap, default 512m)
#   CURVE=1 DURATION=10 benchmarks/serve.sh   adds item cross-sell at wrk -t1 -c4, -t1 -c8, -t2 -c16,
#                                             cached (count=10) and uncached (count=11)
#   RATES="2000 3000" benchmarks/serve.sh     adds the cart at fixed rates, open loop (wrk/cart-paced.lua:
#                                             late requests counted, so coordinated omission hides nothing)
#   THREADS=8 benchmarks/serve.sh             the server's request threads (TANDEM_THREADS; 0: Javalin's pool)
#   JAVA_OPTS="-XX:+UseParallelGC" ...         extra options for the server's JVM
#   ONLY=paced RATES="2000 3000" ...          only the paced cart runs (after the warm-up)
#   JAR=/tmp/before.jar ...                   serves that build instead of building this tree's
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60}
PORT=${PORT:-18181}
[ -f tandem-data/demo.db ] || ./tandem demo --no-serve > /dev/null
JAR=${JAR:-cli/target/tandem.jar}   # JAR=/path/other.jar serves another build (A/B runs), unbuilt
[ "$JAR" != cli/target/tandem.jar ] || ./mvnw -q -B -DskipTests -pl cli -am package
tmp=$(mktemp -d)
cp tandem-data/demo.db "$tmp/shop.db"
sqlite3 "$tmp/shop.db" "select id from items order by id" > "$tmp/items.txt"
export ITEMS="$tmp/items.txt"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
TANDEM_THREADS=${THREADS:-0} java -Xmx"${HEAP:-512m}" ${JAVA_OPTS:-} -jar "$JAR" serve --store "$tmp/shop.db" --port "$PORT" > "$tmp/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; cp "$tmp/serve.log" /tmp/tandem-serve-bench.log 2>/dev/null; rm -rf "$tmp"' EXIT
until curl -sf "http://127.0.0.1:$PORT/ready" > /dev/null; do sleep 1; done
base="http://127.0.0.1:$PORT"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg); threads: ${THREADS:-0}; JAVA_OPTS: ${JAVA_OPTS:-}; model: $(curl -s $base/models)"
wrk -t2 -c16 -d10s -s benchmarks/wrk/item.lua "$base" > /dev/null   # warm-up
wrk -t2 -c16 -d10s -s benchmarks/wrk/cart.lua "$base" > /dev/null
for rate in ${RATES:-}; do
  # open loop: each connection has 20 ms per request at the asked rate (rate / 50 connections): a
  # connection still waiting for its answer when its next slot comes sends late, and is counted
  c=$(( rate / 50 > 8 ? rate / 50 : 8 ))
  echo; echo "== cart cross-sell, 5 items, paced at $rate req/s (wrk -t2 -c$c, open loop), ${DURATION}s"
  RATE=$rate WRK_THREADS=2 wrk -t2 -c"$c" -d"${DURATION}s" --latency -s benchmarks/wrk/cart-paced.lua "$base" \
    | grep -E "Requests/sec|Non-2xx|errors|paced:"
done
if [ "${ONLY:-}" = paced ]; then
  echo "heap of the server (jcmd GC.heap_info):"; jcmd "$server" GC.heap_info | head -4 || true
  exit 0
fi
echo; echo "== cross-sell for an item (GET /items/{id}/cross-sell?count=10), ${DURATION}s"
wrk -t2 -c16 -d"${DURATION}s" --latency -s benchmarks/wrk/item.lua "$base"
if [ -n "${CURVE:-}" ]; then
  # the same machine runs wrk and the server: fewer connections leave the server more of the 2 cores
  for spec in 1:4 1:8 2:16; do
    IFS=: read -r t c <<< "$spec"
    echo; echo "== curve: item cross-sell with wrk -t$t -c$c, ${DURATION}s (cached default count)"
    wrk -t"$t" -c"$c" -d"${DURATION}s" --latency -s benchmarks/wrk/item.lua "$base" | grep -E "Requests/sec|  (50|99)%|Non-2xx|errors"
    echo "== curve: item cross-sell, count=11 (never cached), wrk -t$t -c$c"
    wrk -t"$t" -c"$c" -d"${DURATION}s" --latency -s benchmarks/wrk/item-uncached.lua "$base" | grep -E "Requests/sec|  (50|99)%|Non-2xx|errors"
  done
fi
echo; echo "== cart cross-sell, 5 items (POST /carts/cross-sell), ${DURATION}s"
wrk -t2 -c16 -d"${DURATION}s" --latency -s benchmarks/wrk/cart.lua "$base"
# 16 carts in flight saturate the 2 cores that wrk shares with the server (queueing sets p99); 8 and 4 do not
for c in 8 4; do
  echo; echo "== cart cross-sell, 5 items, wrk -t1 -c$c, ${DURATION}s"
  wrk -t1 -c"$c" -d"${DURATION}s" --latency -s benchmarks/wrk/cart.lua "$base" | grep -E "Requests/sec|  (50|90|99)%|Non-2xx|errors"
done
echo; echo "== cross-sell for an item during two retrain + hot swaps, ${DURATION}s"
( sleep 5; curl -s -X POST "$base/models/train" > /dev/null; sleep $((DURATION / 2)); curl -s -X POST "$base/models/train" > /dev/null ) &
swapper=$!
wrk -t2 -c16 -d"${DURATION}s" --latency -s benchmarks/wrk/item.lua "$base"
wait "$swapper"
sleep 2
echo "models after (serving version 3 = two swaps during the run): $(curl -s $base/models)"
echo; echo "== event ingestion, batches of 100 (POST /events), ${DURATION}s"
RUN=$(date +%s) wrk -t2 -c8 -d"${DURATION}s" --latency -s benchmarks/wrk/events.lua "$base"
echo "events stored: $(sqlite3 -cmd ".timeout 10000" "$tmp/shop.db" "select count(*) from events where user_id = 'wrk'")"

echo "heap of the server (jcmd GC.heap_info):"; jcmd "$(pgrep -f "serve --store $tmp/shop.db" | head -1)" GC.heap_info | head -4 || true
