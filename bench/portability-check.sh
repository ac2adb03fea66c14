#!/usr/bin/env bash
# Portability check: do the canned queries give the same answers on other SPARQL
# 1.1 engines? Exports the graph as N-Quads, loads it into each engine asked for,
# puts every canned query with every parameter set of bench/portability-parameters.txt
# (and the probes in bench/portability-queries/) to Jena and to each engine, compares
# values and order, prints one line per query and engine, and stops the engines.
#
#   bench/portability-check.sh [--engines jena,rdf4j,oxigraph,virtuoso] [--home DIR] [--parameters FILE]
#     --engines LIST     engines to compare with Jena, the reference (default: all four)
#                        rdf4j:    RDF4J's in-memory store, in the check's JVM
#                        oxigraph: the npm package oxigraph under Node (bench/oxigraph/, npm ci)
#                        virtuoso: Debian's virtuoso-opensource, own temp dir and loopback ports
#     --home DIR         project to export and whose queries/ to run (default: this repository)
#     --parameters FILE  parameter sets (default: bench/portability-parameters.txt)
#
# Needs: a JDK 21+; node and npm for oxigraph; virtuoso-t and isql-vt for virtuoso
# (apt-get install -y virtuoso-opensource). Exit: 0 all agree, 1 a query differs or
# fails, 2 setup problem.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$root"
engines="jena,rdf4j,oxigraph,virtuoso"
parameters="$root/bench/portability-parameters.txt"
usage() { echo "usage: $0 [--engines jena,rdf4j,oxigraph,virtuoso] [--home DIR] [--parameters FILE]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --engines) [ $# -ge 2 ] || usage; engines="$2"; shift 2 ;;
    --home) [ $# -ge 2 ] || usage; home="$(cd "$2" && pwd)"; shift 2 ;;
    --parameters) [ $# -ge 2 ] || usage; parameters="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) usage ;;
  esac
done
wants() { case ",$engines," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
for e in ${engines//,/ }; do
  case "$e" in jena|rdf4j|oxigraph|virtuoso) ;; *) echo "portability: unknown engine \"$e\" (jena, rdf4j, oxigraph, virtuoso)" >&2; exit 2 ;; esac
done
[ -f "$parameters" ] || { echo "portability: no parameter file $parameters" >&2; exit 2; }
if wants virtuoso; then
  for tool in virtuoso-t isql-vt; do
    command -v "$tool" >/dev/null || { echo "portability: $tool not found; apt-get install -y virtuoso-opensource" >&2; exit 2; }
  done
fi
if wants oxigraph; then
  for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "portability: $tool not found; apt-get install -y nodejs npm" >&2; exit 2; }
  done
fi

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

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cydip-portability.XXXXXX")"
vpid=""; opid=""
cleanup() {
  if [ -n "$opid" ]; then kill "$opid" 2>/dev/null || true; fi
  if [ -n "$vpid" ] && kill -0 "$vpid" 2>/dev/null; then
    isql-vt "127.0.0.1:$sql" dba dba -K >/dev/null 2>&1 || true   # orderly shutdown
    for _ in $(seq 1 20); do kill -0 "$vpid" 2>/dev/null || break; sleep 0.5; done
    kill "$vpid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

(cd "$root" && ./mvnw -q -o -DskipTests package \
  && ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/classpath") >&2
java="$(java_bin)"

echo "portability: exporting $home as N-Quads"
"$root/cydip" export --home "$home" --format nquads -o "$tmp/cydip.nq"

peers=()
wants rdf4j && peers+=(rdf4j)
if wants oxigraph; then
  . "$root/bench/portability-oxigraph.sh"
  start_oxigraph "$tmp/cydip.nq"
  peers+=("oxigraph=http://127.0.0.1:$oport/sparql")
fi
if wants virtuoso; then
  sql="$(free_port)"; http="$(free_port)"
  . "$root/bench/portability-virtuoso.sh"
  start_virtuoso "$tmp/cydip.nq"
  peers+=("virtuoso=http://127.0.0.1:$http/sparql")
fi
[ ${#peers[@]} -gt 0 ] || { echo "portability: no engine to compare with Jena (--engines)" >&2; exit 2; }

"$java" -cp "$root/target/test-classes:$root/target/classes:$(cat "$tmp/classpath")" \
  org.w3id.cydip.portability.PortabilityCheck "$tmp/cydip.nq" "$home" "$parameters" \
  "$root/bench/portability-queries" "${peers[@]}"
