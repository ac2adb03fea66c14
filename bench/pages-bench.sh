#!/usr/bin/env bash
# Benchmark (not a test): rendered resource pages (#12: "/id/state/RUS HTML >= 5,000
# req/s with wrk at 64 connections"), measured with wrk in one run, with ratios
# against peers measured in the same run: the Turtle of the same resource, and
# GET /api/openapi.json (a fixed byte array from a bare servlet in the same Jetty:
# the ceiling of this server on this machine). Pages are rendered once per data
# version and kept (publish/RenderCache), so this measures serving, not rendering;
# the first (rendering) request of each is timed apart.
#
# Needs wrk (apt-get update && apt-get install -y wrk) and a built jar (./mvnw -q -o -DskipTests package).
# Usage: bench/pages-bench.sh [seconds-per-run] [connections]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-8}"; conns="${2:-64}"; port="${BENCH_PORT:-3398}"; goal=5000
command -v wrk >/dev/null || { echo "needs wrk: apt-get update && apt-get install -y wrk" >&2; exit 2; }
java_bin=java
for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java; do [ -x "$j" ] && { java_bin="$j"; break; }; done
base="http://127.0.0.1:$port"
html="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

CYDIP_HOME="$root" "$java_bin" -jar "$root/target/cydip.jar" serve --port "$port" >/tmp/pages-bench-server.log 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 120); do curl -sf "$base/\$/ping" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$base/\$/ping" >/dev/null || { echo "server did not start" >&2; exit 2; }

first() {  # $1 url, $2 accept: the time of the first request (it renders the page)
  curl -s -o /dev/null -w '%{time_total}' -H "Accept: $2" "$1"
}

run() {  # $1 label, $2 url, $3 accept
  local ms bytes
  ms=$(python3 -c "print(round(1000*$(first "$2" "$3"), 1))")
  bytes=$(curl -s -H "Accept: $3" "$2" | wc -c)
  wrk -t2 -c"$conns" -d"${secs}s" --latency -H "Accept: $3" "$2" >"/tmp/pages-bench-$1.txt"
  rps=$(awk '/Requests\/sec/{print $2}' "/tmp/pages-bench-$1.txt")
  lat=$(awk '/^ +(50|99)%/{printf "%s=%s ", $1, $2}' "/tmp/pages-bench-$1.txt")
  printf '%-22s %10s req/s  %8s bytes  first %6s ms  %s\n' "$1" "$rps" "$bytes" "$ms" "$lat"
  eval "rps_${1//-/_}=$rps"
}

echo "wrk -t2 -c$conns -d${secs}s, $(nproc) cores, $(date -u +%FT%TZ)"
# Warm the JIT on another state's page and document first, so that no figure pays
# for being measured first, and the pages below are still rendered on their first request.
for u in "$base/api/openapi.json" "$base/id/state/FRA" ; do wrk -t2 -c"$conns" -d2s -H "Accept: $html" "$u" >/dev/null; done
wrk -t2 -c"$conns" -d2s -H "Accept: text/turtle" "$base/id/state/FRA" >/dev/null
run peer-openapi-json  "$base/api/openapi.json" application/json
run state-RUS-turtle   "$base/id/state/RUS" text/turtle
run state-RUS-html     "$base/id/state/RUS" "$html"
run state-RUS-html-fr  "$base/id/state/RUS?lang=fr" "$html"
run budapest-html      "$base/id/instrument/budapest-ets185" "$html"
run A-RES-74-247-html  "$base/id/instrument/A-RES-74-247" "$html"
run landing-html       "$base/" "$html"
run gallery-query-html "$base/queries/votes-on-resolution" "$html"

echo "ratios (same run):"
for k in state_RUS_html state_RUS_html_fr budapest_html A_RES_74_247_html landing_html gallery_query_html; do
  eval "v=\$rps_$k"
  python3 -c "print(f'  {\"$k\":22s} {float(\"$v\")/float(\"$rps_peer_openapi_json\"):.2f} of the bare servlet, {float(\"$v\")/float(\"$rps_state_RUS_turtle\"):.2f} of the Turtle of /id/state/RUS')"
done
python3 -c "v=float('$rps_state_RUS_html'); print(f'goal /id/state/RUS HTML >= $goal req/s at $conns connections: {v:.0f}:', 'met' if v >= $goal else 'NOT met')"
