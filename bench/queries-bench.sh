#!/usr/bin/env bash
# Benchmark (not a test): the canned-query API against the raw SPARQL endpoint,
# measured with wrk in one run, with ratios against a named peer measured in the
# same run: GET /api/openapi.json, a fixed byte array served by a bare servlet in
# the same Jetty (the ceiling of this server on this machine).
#
# Needs wrk (apt-get update && apt-get install -y wrk) and a built jar (./mvnw -q -o -DskipTests package).
# Usage: bench/queries-bench.sh [seconds-per-run] [connections]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-8}"; conns="${2:-32}"; port="${BENCH_PORT:-3399}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get update && apt-get install -y wrk" >&2; exit 2; }
java_bin=java
for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java; do [ -x "$j" ] && { java_bin="$j"; break; }; done
base="http://127.0.0.1:$port"
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }

small='SELECT ?iso3 WHERE { <https://w3id.org/cydip/id/state/RUS> <https://w3id.org/cydip/ontology#iso3> ?iso3 }'
votes="$(sed -e '/^#/d' "$root/queries/votes-on-resolution.rq" | sed 's|?_resolution|"A/RES/74/247"|g')"

start() {  # $1: extra JVM options
  CYDIP_HOME="$root" "$java_bin" $1 -jar "$root/target/cydip.jar" serve --port "$port" >/tmp/queries-bench-server.log 2>&1 &
  pid=$!
  for _ in $(seq 120); do curl -sf "$base/\$/ping" >/dev/null 2>&1 && return; sleep 1; done
  echo "server did not start" >&2; kill "$pid"; exit 2
}
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
trap stop EXIT

run() {  # $1 label, $2 url, $3 accept
  curl -sf -H "Accept: $3" "$2" >/dev/null   # warm (and fill the cache)
  wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept: $3" "$2" >"/tmp/queries-bench-$1.txt"
  rps=$(awk '/Requests\/sec/{print $2}' "/tmp/queries-bench-$1.txt")
  lat=$(awk '/^ +(50|90|99)%/{printf "%s=%s ", $1, $2}' "/tmp/queries-bench-$1.txt")
  printf '%-34s %10s req/s  %s\n' "$1" "$rps" "$lat"
  eval "rps_${1//-/_}=$rps"
}

echo "wrk -t2 -c$conns -d${secs}s, $(nproc) cores, $(date -u +%FT%TZ)"
start ""
run peer-openapi-json            "$base/api/openapi.json" application/json
run canned-votes-on-resolution   "$base/api/queries/votes-on-resolution?resolution=A%2FRES%2F74%2F247" application/sparql-results+json
run canned-state-profile         "$base/api/queries/state-profile?state=RUS" application/sparql-results+json
run sparql-small                 "$base/cydip/sparql?query=$(enc "$small")" application/sparql-results+json
run sparql-votes-on-resolution   "$base/cydip/sparql?query=$(enc "$votes")" application/sparql-results+json
stop
start "-Dcydip.sparql.unbuffered=true"
run sparql-small-unbuffered      "$base/cydip/sparql?query=$(enc "$small")" application/sparql-results+json
stop

echo "ratios against peer-openapi-json (bare servlet, same Jetty, same run):"
for k in canned_votes_on_resolution canned_state_profile sparql_small sparql_votes_on_resolution sparql_small_unbuffered; do
  eval "v=\$rps_$k"; python3 -c "print(f'  {\"$k\":32s} {float(\"$v\")/float(\"$rps_peer_openapi_json\"):.2f}')"
done
