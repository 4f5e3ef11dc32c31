#!/usr/bin/env bash
# Resolves Apache Kafka (broker, KRaft storage tool, kafka-tools perf tests) from Maven Central with Maven, once, into
# $KEGW_CACHE/kafka/<version>/lib (default ~/.cache/konnect-event-gateway-cdktf). The client tests start a real
# single-node broker from these jars; the client benchmark uses Kafka's own perf-test classes from them.
# Idempotent: a rerun with the jars in place does nothing. Writes $KEGW_CACHE/kafka/env (KAFKA_VERSION, KAFKA_LIB).
# Needs java (17+) and mvn on PATH; exits 3 naming what to install when either is missing.
set -euo pipefail

KAFKA_VERSION="${KEGW_KAFKA_VERSION:-4.2.0}"
# Kafka's slf4j-api is 1.7; this binds it to the log4j2 that Kafka ships with.
LOG4J_VERSION=2.25.3

. "${0%/*}/cache.sh" # no dirname: kafka.sh runs with a bare PATH in its tests
DIR="$CACHE/kafka/$KAFKA_VERSION"
LIB="$DIR/lib"
ENV_FILE="$CACHE/kafka/env"

step_start=0
step() { step_start=$(date +%s%N); printf '[kafka] %s ... ' "$1"; }
done_() { printf '%s (%d ms)\n' "$1" $(( ($(date +%s%N) - step_start) / 1000000 )); }
die() { printf '\n[kafka] error: %s\n' "$1" >&2; exit "${2:-1}"; }

step "Apache Kafka $KAFKA_VERSION jars"
if [ -f "$LIB/.complete" ]; then
  done_ "cached in $LIB"
else
  command -v java >/dev/null 2>&1 || die "Java is required to run Apache Kafka but 'java' is not on PATH. Install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless, or https://adoptium.net)." 3
  command -v mvn >/dev/null 2>&1 || die "Maven is required to fetch Apache Kafka from Maven Central but 'mvn' is not on PATH. Install Maven 3.6 or newer (e.g. apt-get install maven, or https://maven.apache.org/download.cgi)." 3
  mkdir -p "$DIR"
  rm -rf "$LIB" "$DIR/lib.partial"
  cat > "$DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.konnect-event-gateway-cdktf</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>$KAFKA_VERSION</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
  if ! mvn -B -q -f "$DIR/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$DIR/lib.partial" > "$DIR/mvn.log" 2>&1; then
    rm -rf "$DIR/lib.partial"
    die "Maven could not resolve org.apache.kafka:kafka_2.13:$KAFKA_VERSION from Maven Central; see $DIR/mvn.log"
  fi
  ls "$DIR/lib.partial/kafka_2.13-$KAFKA_VERSION.jar" "$DIR/lib.partial/kafka-tools-$KAFKA_VERSION.jar" >/dev/null 2>&1 ||
    die "Maven finished but the Kafka jars are missing from $DIR/lib.partial; see $DIR/mvn.log"
  touch "$DIR/lib.partial/.complete"
  mv "$DIR/lib.partial" "$LIB"
  done_ "$(ls "$LIB" | wc -l | tr -d ' ') jars resolved with Maven into $LIB"
fi

step "Kafka env"
printf 'KAFKA_VERSION=%s\nKAFKA_LIB=%s\n' "$KAFKA_VERSION" "$LIB" > "$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
done_ "$ENV_FILE"
