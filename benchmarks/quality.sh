#!/usr/bin/env bash
# Model quality on the benchmark protocols (docs/models.md): each model spec trained on each
# protocol's training data, HR/NDCG@10 (basket completion) or Recall/NDCG@20 (next purchases).
#   benchmarks/quality.sh                       (the defaults of every model on every protocol)
#   benchmarks/quality.sh or-bc 'ease:lambda=20' 'item-knn:similarity=cosine'
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests -pl benchmarks -am package
protocols=${1:-or-bc,retail-bc,or-next}
shift || true
if [ $# -eq 0 ]; then
  set -- item-knn implicit-als ease user-knn session-knn \
    'hybrid:components=item-knn;ease;implicit-als;session-knn'
fi
java -Xmx8g -cp cli/target/tandem.jar:benchmarks/target/classes \
  dev.tandem.benchmarks.ModelQuality "$protocols" "$@"
