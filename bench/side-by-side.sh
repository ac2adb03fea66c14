#!/usr/bin/env bash
# Benchmark (not a test; issue 12): cydip side by side with plain Fuseki 6.0.0
# (jena-fuseki-server from Maven Central, in memory) and Virtuoso (Debian's
# virtuoso-opensource), both loaded with cydip's own dump (the union of its named
# graphs, as one graph), and a bare Jetty servlet serving the canned
# votes-on-resolution bytes as the floor (bench/FloorServer.java). Each server runs
# alone in its turn, bound to 127.0.0.1; ROUNDS rounds interleaved (cydip, Fuseki,
# Virtuoso, floor, then again), medians. Rows: canned votes-on-resolution and
# state-profile (wrk 8 connections; the peers run the same SPARQL), a small raw
# SELECT (wrk 8), cyber-camps-2018 / voting-alignment / budapest-convention-parties
# warm with one client, every canned query warm and cold against plain Fuseki,
# /id/state/RUS HTML (wrk 64), peak RSS (VmHWM of the server process over its
# session), start to ready. Prints the table with ratios and goal met / NOT met, and
# keeps the raw figures in $BENCH_OUT/side-by-side.json (default: target/bench/).
#
# Needs wrk, virtuoso-opensource and python3 (apt-get update && apt-get install -y
# wrk virtuoso-opensource), a built jar (./mvnw -q -o -DskipTests package); fetches
# the Fuseki jar once through Maven into target/bench/. Takes ~10 minutes with the
# defaults. Run it on a quiet machine: the figures are only comparable within a run.
# cydip is started as users start it, with ./cydip serve (the launcher's JDK, heap and
# class-data archive); $BENCH_CYDIP_JAR runs another cydip jar with plain java -jar instead.
# $BENCH_CYDIP_JAVA_OPTS gives its JVM options (e.g. -Xmx512m; the peers run with the JVM defaults).
# Usage: bench/side-by-side.sh [seconds-per-wrk-run] [rounds] [single-client-repeats] [-- cydip serve options]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-8}"; rounds="${2:-3}"; reps="${3:-5}"
shift $(( $# < 3 ? $# : 3 )); [ "${1:-}" = "--" ] && shift
for t in wrk virtuoso-t isql-vt python3 curl; do
  command -v "$t" >/dev/null || { echo "needs $t: apt-get update && apt-get install -y wrk virtuoso-opensource" >&2; exit 2; }
done
[ -f "$root/target/cydip.jar" ] || { echo "needs target/cydip.jar: ./mvnw -q -o -DskipTests package" >&2; exit 2; }
java_bin=""
for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java; do [ -x "$j" ] && { java_bin="$j"; break; }; done
[ -n "$java_bin" ] || { echo "needs a JDK 21+ under /usr/lib/jvm" >&2; exit 2; }
fuseki="$root/target/bench/jena-fuseki-server-6.0.0.jar"
if [ ! -f "$fuseki" ]; then
  (cd "$root" && ./mvnw -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:6.0.0 -DoutputDirectory=target/bench) \
    || { echo "could not fetch jena-fuseki-server 6.0.0 from Maven Central" >&2; exit 2; }
fi
echo "side-by-side: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), $("$java_bin" -version 2>&1 | head -1)"
echo "command: bench/side-by-side.sh $secs $rounds $reps${*:+ -- $*}"
export BENCH_OUT="${BENCH_OUT:-$root/target/bench}" BENCH_JAVA="$java_bin" BENCH_FUSEKI_JAR="$fuseki" PYTHONPATH="$root/bench"
exec timeout 3600 python3 "$root/bench/side_by_side.py" "$secs" "$rounds" "$reps" "$@"
