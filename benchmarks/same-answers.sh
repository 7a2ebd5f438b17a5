#!/usr/bin/env bash
# Checks that two builds of the server give the same answers over HTTP: both serve a copy of the
# demo store (each trains its own model, seeded, so the same model), then N carts of 5 items taken
# from real orders (and each cart's first item for item cross-sell and up-sell) are asked of both;
# the answers are compared as JSON, all but recommendationId (random per answer).
#   benchmarks/same-answers.sh OLD.jar NEW.jar [N]        (needs sqlite3, python3; N default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 n=${3:-300}
[ -f tandem-data/demo.db ] || ./tandem demo --no-serve > /dev/null
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
for side in old new; do
  mkdir "$tmp/$side"
  cp tandem-data/demo.db "$tmp/$side/shop.db"
done
sqlite3 "$tmp/old/shop.db" "select group_concat(item_id, ' ') from (select order_id, item_id,
  row_number() over (partition by order_id order by item_id) as r
  from (select distinct order_id, item_id from events where order_id is not null))
  where r <= 5 group by order_id having count(*) = 5 order by order_id limit $n" > "$tmp/carts.txt"
port=18281
for side in old new; do
  jar=$old; [ "$side" = new ] && jar=$new
  java -Xmx512m -jar "$jar" serve --store "$tmp/$side/shop.db" --port $port > "$tmp/$side.log" 2>&1 &
  pids+=($!)
  echo "$port" > "$tmp/$side.port"
  port=$((port + 1))
done
for side in old new; do
  until curl -sf "http://127.0.0.1:$(cat "$tmp/$side.port")/ready" > /dev/null; do sleep 1; done
done
OLD="http://127.0.0.1:$(cat "$tmp/old.port")" NEW="http://127.0.0.1:$(cat "$tmp/new.port")" \
  CARTS="$tmp/carts.txt" python3 benchmarks/same_answers.py
