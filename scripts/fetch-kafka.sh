#!/usr/bin/env bash
# Fetches the real Apache Kafka broker the Kafka end-to-end tests run (KRaft mode, no ZooKeeper), from Maven
# Central's org.apache.kafka artifacts: kafka_2.13 (the broker, `kafka.Kafka`, and `kafka.tools.StorageTool`)
# with its runtime dependencies, plus log4j2 and slf4j 2 so the broker logs. Maven resolves them into a throwaway local
# repository; only the jars are kept, in ~/.cache/kapacitor-ads/servers/kafka-<version>/libs/.
# On success prints `kafka_libs=/absolute/path` and `java=/absolute/path` on stdout (logs go to stderr).
# Any failure exits non-zero with a message: the tests that need Kafka must never silently skip.
set -euo pipefail

KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
LOG4J_VERSION="${KAFKA_LOG4J_VERSION:-2.24.3}"
# kafka_2.13's pom pulls slf4j-api 1.7 through a dependency; log4j-slf4j2-impl needs 2.x, or the broker logs nothing.
SLF4J_VERSION="${KAFKA_SLF4J_VERSION:-2.0.17}"
CACHE_DIR="${KAPACITOR_ADS_SERVERS_DIR:-$HOME/.cache/kapacitor-ads/servers}"

log() { printf '[fetch-kafka] %s\n' "$*" >&2; }
die() { printf '[fetch-kafka] ERROR: %s\n' "$*" >&2; exit 1; }

java_bin="$(command -v java || true)"
[ -n "$java_bin" ] || die "java is not on PATH; Kafka $KAFKA_VERSION needs Java 17 or later (Debian: openjdk-17-jre-headless)"
java_major="$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
[ "${java_major:-0}" -ge 17 ] || die "Kafka $KAFKA_VERSION's broker needs Java 17 or later; $java_bin is Java ${java_major:-unknown}"

dir="$CACHE_DIR/kafka-$KAFKA_VERSION"
have() { [ -f "$dir/libs/kafka_2.13-$KAFKA_VERSION.jar" ] && [ -f "$dir/libs/slf4j-api-$SLF4J_VERSION.jar" ]; }

if have; then
  log "kafka $KAFKA_VERSION cached in $dir"
else
  command -v mvn >/dev/null 2>&1 || die "mvn is not on PATH; install Maven (Debian: maven) to fetch Kafka from Maven Central"
  mkdir -p "$CACHE_DIR"
  work="$(mktemp -d "$CACHE_DIR/.fetch-kafka.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  started=$SECONDS
  cat >"$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>kapacitor-ads</groupId>
  <artifactId>kafka-broker</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
  log "kafka $KAFKA_VERSION: resolving kafka_2.13 and its runtime dependencies from Maven Central"
  # Debian's mvn prints colour resets even with -B -q; they are dropped (pipefail keeps mvn's exit status).
  (cd "$work" && mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$work/repository" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$work/kafka/libs" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2) \
    || die "fetching kafka $KAFKA_VERSION from Maven Central failed (see the mvn output above)"
  rm -rf "$dir"
  mv "$work/kafka" "$dir"
  log "kafka $KAFKA_VERSION fetched in $((SECONDS - started))s ($(ls "$dir/libs" | wc -l) jars)"
fi

# Jars that are there but do not load are a failed fetch: drop them so the next run fetches again.
"$java_bin" -cp "$dir/libs/*" kafka.tools.StorageTool random-uuid >/dev/null 2>"$dir/check.err" \
  || { err="$(cat "$dir/check.err")"; rm -rf "$dir"; die "kafka $KAFKA_VERSION in $dir does not run: $err"; }
rm -f "$dir/check.err"

printf 'kafka_libs=%s\n' "$dir/libs"
printf 'java=%s\n' "$java_bin"
