#!/usr/bin/env bash
# Issue 4 quality comparison: Tandem's models against the peers (popularity, item-kNN cosine, Spark
# MLlib implicit ALS at rank 64 and 15 iterations over a small grid, Spark MLlib FP-Growth rules over
# a grid of support, local[2]) through the same evaluation harness on OR-BC, OR-NEXT (ALL, NEW) and
# RETAIL-BC; one Markdown table per protocol.
#   benchmarks/peers.sh [or-bc,or-next-all,or-next-new,retail-bc] [tandem,peers,spark-fpgrowth]
#   (needs JDK 17; ../shared for RETAIL-BC; the second list picks the groups of models, default all)
# SPARK_PEER_MAIN runs another main class on the same classpath (benchmarks/als-speed.sh).
# -Xss64m: Spark's FP-Growth recurses over its FP-trees (and serialises them); Online Retail's long
# baskets overflow the default thread stack.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA17_HOME="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
JAVA="$JAVA17_HOME/bin/java"
[ -x "$JAVA" ] || JAVA=java
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./mvnw -q -B -pl spark-peer -am -DskipTests package \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile="$work/classpath.txt"
classpath="spark-peer/target/classes:evaluation/target/classes:core/target/classes:$(cat "$work/classpath.txt")"
opens=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' spark-peer/pom.xml)
echo "java: $("$JAVA" -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
exec "$JAVA" -Xmx8g -Xss64m $opens -cp "$classpath" \
  "${SPARK_PEER_MAIN:-dev.tandem.sparkpeer.PeerEvaluation}" "$@"
