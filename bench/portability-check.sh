#!/usr/bin/env bash
# Portability check: do the canned queries give the same answers on another
# SPARQL 1.1 engine? Exports the graph as N-Quads, starts a private Virtuoso
# (Debian's virtuoso-opensource: own temp dir, own virtuoso.ini, loopback ports),
# loads the dump, runs every queries/*.rq and bench/portability-queries/*.rq on
# Jena and on Virtuoso, compares the rows, and stops Virtuoso.
#
#   bench/portability-check.sh [--home DIR] [--queries DIR]
#     --home DIR     project to export (default: this repository)
#     --queries DIR  canned queries to compare (default: DIR/queries of the project)
#
# Needs: virtuoso-t and isql-vt (apt-get install -y virtuoso-opensource), a JDK 21+.
# Exit: 0 all agree, 1 a query differs or fails, 2 setup problem.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$root"
queries=""
while [ $# -gt 0 ]; do
  case "$1" in
    --home) home="$(cd "$2" && pwd)"; shift 2 ;;
    --queries) queries="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "usage: $0 [--home DIR] [--queries DIR]" >&2; exit 2 ;;
  esac
done
[ -n "$queries" ] || queries="$home/queries"

for tool in virtuoso-t isql-vt; do
  command -v "$tool" >/dev/null || { echo "portability: $tool not found; apt-get install -y virtuoso-opensource" >&2; exit 2; }
done

java_bin() {  # a JDK 21+ java: JAVA_HOME, else the newest under /usr/lib/jvm
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME/bin/java"; return; fi
  local best="" v c
  for c in /usr/lib/jvm/*/bin/java; do
    v="$("$c" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best="$c"; fi
  done
  [ -n "$best" ] || { echo "portability: no JDK 21+ under /usr/lib/jvm; set JAVA_HOME" >&2; exit 2; }
  echo "$best"
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

(cd "$root" && ./mvnw -q -o -DskipTests package)   # the jar and the test classes
java="$(java_bin)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cydip-portability.XXXXXX")"
vpid=""
sql="$(free_port)"; http="$(free_port)"
isql() { isql-vt "127.0.0.1:$sql" dba dba "$@"; }
cleanup() {
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    isql -K >/dev/null 2>&1 || true          # orderly shutdown
    for _ in $(seq 1 20); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.5; done
    kill "$vpid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "portability: exporting $home as N-Quads"
"$root/cydip" export --home "$home" --format nquads -o "$tmp/cydip.nq"

cat > "$tmp/virtuoso.ini" <<INI
[Database]
DatabaseFile    = $tmp/virtuoso.db
ErrorLogFile    = $tmp/virtuoso.log
LockFile        = $tmp/virtuoso.lck
TransactionFile = $tmp/virtuoso.trx
xa_persistent_file = $tmp/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $tmp/virtuoso-temp.db
TransactionFile = $tmp/virtuoso-temp.trx
Striping        = 0
[Parameters]
ServerPort           = 127.0.0.1:$sql
DisableUnixSocket    = 1
MaxClientConnections = 5
CheckpointInterval   = 0
CaseMode             = 2
DirsAllowed          = ., $tmp, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
[HTTPServer]
ServerPort           = 127.0.0.1:$http
ServerRoot           = /var/lib/virtuoso-opensource-7/vsp
ServerThreads        = 5
MaxClientConnections = 5
Charset              = UTF-8
[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 60
DefaultQuery               = SELECT * WHERE { ?s ?p ?o } LIMIT 10
INI

echo "portability: starting Virtuoso on 127.0.0.1:$sql (SQL) and 127.0.0.1:$http (HTTP) in $tmp"
(cd "$tmp" && exec virtuoso-t +configfile "$tmp/virtuoso.ini" +foreground) >"$tmp/virtuoso.out" 2>&1 &
vpid=$!
for i in $(seq 1 120); do
  isql exec="status();" >/dev/null 2>&1 && break
  kill -0 "$vpid" 2>/dev/null || { echo "portability: Virtuoso died:" >&2; cat "$tmp/virtuoso.out" "$tmp/virtuoso.log" >&2 || true; exit 2; }
  sleep 1
done

echo "portability: loading the dump into Virtuoso"
isql exec="ld_dir('$tmp', 'cydip.nq', 'urn:cydip:no-default'); rdf_loader_run(); checkpoint;" >"$tmp/load.out"
errors="$(isql exec="SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" | grep -c 'cydip.nq' || true)"
[ "$errors" = "0" ] || { echo "portability: Virtuoso could not load the dump:" >&2; isql exec="SELECT ll_error FROM DB.DBA.LOAD_LIST;" >&2; exit 2; }

"$java" -cp "$root/target/test-classes:$root/target/cydip.jar" org.w3id.cydip.portability.PortabilityCheck \
  "$tmp/cydip.nq" "http://127.0.0.1:$http/sparql" "$queries" "$root/bench/portability-queries"
