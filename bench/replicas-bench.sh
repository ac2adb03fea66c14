#!/usr/bin/env bash
# Benchmark (not a test): read throughput of ONE cydip server against a PRIMARY
# PLUS TWO READ REPLICAS, all on this machine (loopback, the same cores shared by
# every server, nginx and wrk), each setup behind the same nginx load balancer
# (least_conn, keepalive), measured with wrk in one run. Prints req/s and latency
# per target and the ratio of the three-server setup to the one server (the
# named peer, measured in the same run). On one machine the replicas share its
# cores, so the ratio shows the cost of the setup, not the gain of more machines.
#
# Needs wrk and nginx (apt-get update && apt-get install -y wrk nginx-light) and
# a built jar (./mvnw -q -o -DskipTests package).
# Each target is run twice, a warm-up run (not counted) and the measured run.
# Usage: bench/replicas-bench.sh [seconds-per-run] [connections]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-10}"; conns="${2:-32}"; base_port="${BENCH_PORT:-3480}"
for t in wrk nginx curl python3; do
  command -v "$t" >/dev/null || { echo "needs $t (apt-get update && apt-get install -y wrk nginx-light curl)" >&2; exit 2; }
done
[ -f "$root/target/cydip.jar" ] || { echo "needs target/cydip.jar: ./mvnw -q -o -DskipTests package" >&2; exit 2; }
java_bin=java
for j in /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java; do [ -x "$j" ] && { java_bin="$j"; break; }; done

work="$(mktemp -d /tmp/cydip-replicas-bench.XXXXXX)"
pids=()
cleanup() {
  [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$1"; }
lb="http://127.0.0.1:$base_port"

serve() {  # $1 name, $2 port, then serve's options
  local name="$1" port="$2"; shift 2
  CYDIP_HOME="$root" "$java_bin" -jar "$root/target/cydip.jar" serve --port "$port" "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/\$/ping" >/dev/null 2>&1 && return; sleep 1; done
  echo "$name did not start; see its log:" >&2; cat "$work/$name.log" >&2; exit 2
}
stop_servers() {
  nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; sleep 1
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}
balance() {  # the ports to balance over
  { echo "worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log;"
    echo "events { worker_connections 4096; }"
    echo "http { access_log off; client_body_temp_path $work/nb; proxy_temp_path $work/np;"
    echo "  fastcgi_temp_path $work/nf; uwsgi_temp_path $work/nu; scgi_temp_path $work/ns;"
    echo "  upstream cydip_read { least_conn; keepalive 64;"
    for p in "$@"; do echo "    server 127.0.0.1:$p;"; done
    echo "  }"
    echo "  server { listen 127.0.0.1:$base_port; proxy_http_version 1.1; proxy_set_header Connection \"\";"
    echo "    location / { proxy_pass http://cydip_read; } } }"
  } >"$work/nginx.conf"
  nginx -c "$work/nginx.conf"
}

small='SELECT ?iso3 WHERE { <https://w3id.org/cydip/id/state/RUS> <https://w3id.org/cydip/ontology#iso3> ?iso3 }'
votes="$(sed -e '/^#/d' "$root/queries/votes-on-resolution.rq" | sed 's|?_resolution|"A/RES/74/247"|g')"
targets=(
  "sparql-votes-on-resolution|/cydip/sparql?query=$(enc "$votes")"
  "sparql-small|/cydip/sparql?query=$(enc "$small")"
  "canned-state-profile|/api/queries/state-profile?state=RUS"
)
run() {  # $1 setup, $2 label, $3 path
  curl -sf -H 'Accept: application/sparql-results+json' "$lb$3" >/dev/null
  # Warm every server behind the balancer (JIT, caches) with a run that is not counted.
  wrk -t2 -c"$conns" -d"${secs}s" -H 'Accept: application/sparql-results+json' "$lb$3" >/dev/null
  wrk -t2 -c"$conns" -d"${secs}s" --latency -H 'Accept: application/sparql-results+json' "$lb$3" >"$work/wrk.txt"
  local rps lat
  rps=$(awk '/Requests\/sec/{print $2}' "$work/wrk.txt")
  lat=$(awk '/^ +(50|99)%/{printf "%s=%s ", $1, $2}' "$work/wrk.txt")
  printf '%-8s %-28s %10s req/s  %s\n' "$1" "$2" "$rps" "$lat"
  eval "rps_${1}_${2//-/_}=$rps"
}

echo "wrk -t2 -c$conns -d${secs}s through nginx, $(nproc) cores shared by every process, $(date -u +%FT%TZ)"
serve one "$((base_port + 1))" --store "$work/one"
balance "$((base_port + 1))"
for t in "${targets[@]}"; do run one "${t%%|*}" "${t#*|}"; done
stop_servers

printf 'bench' | "$java_bin" -jar "$root/target/cydip.jar" hash-password alice >"$work/curators.txt"
serve primary "$((base_port + 1))" --store "$work/primary" --curators "$work/curators.txt"
serve replica1 "$((base_port + 2))" --store "$work/replica1" --follow "http://127.0.0.1:$((base_port + 1))"
serve replica2 "$((base_port + 3))" --store "$work/replica2" --follow "http://127.0.0.1:$((base_port + 1))"
balance "$((base_port + 1))" "$((base_port + 2))" "$((base_port + 3))"
for t in "${targets[@]}"; do run three "${t%%|*}" "${t#*|}"; done
stop_servers

echo "ratios, primary + 2 replicas against one server (the peer, same run):"
for t in "${targets[@]}"; do
  k="${t%%|*}"; k="${k//-/_}"
  eval "a=\$rps_one_$k; b=\$rps_three_$k"
  python3 -c "print(f'  {\"${t%%|*}\":28s} {float(\"$b\")/float(\"$a\"):.2f}')"
done
