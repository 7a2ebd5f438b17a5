#!/usr/bin/env bash
# Issue 6 item 3: start-up from the last good model bundle. On a copy of the Online Retail demo store,
# starts `tandem serve` with no bundle (it trains the first model: time to /ready), stops it, starts it
# again (it serves the saved bundle: time to /ready, before any training), and prints both times and the
# bundle's size. Each time is from the JVM launch to the first 200 of GET /ready.
#   benchmarks/restart.sh            (needs curl; HEAP=1g for the server's heap, default 512m)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18182}
[ -f tandem-data/demo.db ] || ./tandem demo --no-serve > /dev/null
./mvnw -q -B -DskipTests -pl cli -am package
tmp=$(mktemp -d)
cp tandem-data/demo.db "$tmp/shop.db"
stop() { kill "$(cat "$tmp/pid")" 2>/dev/null || true; while kill -0 "$(cat "$tmp/pid")" 2>/dev/null; do sleep 0.1; done; }
trap 'stop; rm -rf "$tmp"' EXIT

ready_after() { # starts the server, prints seconds until /ready answers 200
  local start; start=$(date +%s.%N)
  java -Xmx"${HEAP:-512m}" -jar cli/target/tandem.jar serve --store "$tmp/shop.db" --port "$PORT" \
    >> "$tmp/serve.log" 2>&1 &
  echo $! > "$tmp/pid"
  until curl -sf "http://127.0.0.1:$PORT/ready" > /dev/null; do sleep 0.05; done
  echo "$(date +%s.%N) - $start" | bc
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
first=$(ready_after)
echo "no bundle (trains the first model):   ready after ${first} s"
sleep 3   # the bundle is saved before the model serves; let the process settle
stop
second=$(ready_after)
echo "restart (serves the saved bundle):    ready after ${second} s"
echo "bundle: $(du -sh "$tmp/shop-models"/v000001 | cut -f1) in $tmp/shop-models/v000001"
sleep 5
grep -E "serves from its bundle|no retraining|retraining|trained in|saved to" "$tmp/serve.log" | sed 's/^/  log: /'
