#!/usr/bin/env bash
# Mining speed (shared/benchmarks/PROTOCOLS.md): Tandem's FP-Growth against Spark MLlib's FPGrowth
# in one JVM run, on retail at 0.05% and 0.01% and chess at 40%, then chess at 10% under budgets
# (again alone in a small heap).
# Usage: benchmarks/mining.sh [--warmups N] [--runs N] [--spark-cap-seconds S] [--fimi DIR]
# Needs JDK 17 (Spark 4.1 in local mode); set JAVA17_HOME to choose one. The first build downloads
# Spark from Maven Central (large). Takes a few minutes, most of them Spark's.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA17_HOME="${JAVA17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
JAVA="$JAVA17_HOME/bin/java"
[ -x "$JAVA" ] || JAVA=java

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./mvnw -q -B -pl core,spark-peer -DskipTests package \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile="$work/classpath.txt"
classpath="spark-peer/target/classes:core/target/classes:$(cat "$work/classpath.txt")"

# Spark in an embedded local[2] session on JDK 17 needs these opens (spark-submit adds them).
opens=(
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
)

"$JAVA" -Xms6g -Xmx6g "${opens[@]}" -cp "$classpath" dev.tandem.sparkpeer.MiningBenchmark "$@"

# The explosive setting again, alone, in JVMs with small heaps and the default memory budget (40% of
# the heap): the miner must stop cleanly; an overshoot would be an OutOfMemoryError here.
for heap in ${EXPLOSIVE_HEAPS:-256m 512m 1g}; do
  echo
  "$JAVA" -Xmx"$heap" -cp "$classpath" dev.tandem.sparkpeer.MiningBenchmark --explosive-only
done
