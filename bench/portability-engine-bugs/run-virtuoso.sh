#!/usr/bin/env bash
# Put each query file given to a private Virtuoso (Debian's virtuoso-opensource)
# holding virtuoso-bugs.nq as its default graph; print the answers as CSV.
#   bench/portability-engine-bugs/run-virtuoso.sh FILE.rq...
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cydip-virtuoso-bug.XXXXXX")"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
sql="$(free_port)"; http="$(free_port)"; vpid=""
cleanup() {
  if [ -n "$vpid" ]; then
    isql-vt "127.0.0.1:$sql" dba dba -K >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.5; done
    kill "$vpid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
cp "$here/virtuoso-bugs.nq" "$tmp/"
. "$root/bench/portability-virtuoso.sh"
start_virtuoso "$tmp/virtuoso-bugs.nq" >&2
for q in "$@"; do
  echo "== $q"
  curl -s -G "http://127.0.0.1:$http/sparql" --data-urlencode "query@$q" \
    --data-urlencode "default-graph-uri=https://example.org/g" -H 'Accept: text/csv'
done
