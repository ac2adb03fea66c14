#!/usr/bin/env bash
# Reliability suite of issue #11 (not a test; run on purpose): serves a copy of the
# real graph in its own JVM (-Xmx512m -XX:+ExitOnOutOfMemoryError, --timeout 5) on
# 127.0.0.1 and a free port, then tries unauthenticated writes, adversarial queries,
# small queries under attack, SSRF, malformed inputs, seeded fuzz cases, 64
# connections for SECONDS (peak RSS) and kill -9 rounds; prints a table, each row
# with its goal. Bounded in count and time (about 5 minutes with SECONDS=60).
# Usage: bench/reliability-bench.sh [SECONDS [STEP...]]  (steps: writes adversarial p99 ssrf
# "bad inputs" "kill -9" fuzz rss; default all). Every request gives up after 60 s and the
# whole suite after 20 minutes plus SECONDS, printing the rows it has.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
java_bin=java
for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java; do [ -x "$j" ] && { java_bin="$j"; break; }; done
exec "$java_bin" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.w3id.cydip.bench.ReliabilityBench "${1:-60}" "${@:2}"
