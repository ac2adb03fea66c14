# Sourced by portability-check.sh: Oxigraph (npm package oxigraph, the version locked
# in bench/oxigraph/package-lock.json) in a Node process of its own, the dump in an
# in-memory store, on a free loopback port. Sets opid and oport.
start_oxigraph() {  # DUMP
  local dir="$root/bench/oxigraph"
  if [ ! -d "$dir/node_modules/oxigraph" ]; then
    echo "portability: installing oxigraph (npm ci in bench/oxigraph)"
    (cd "$dir" && npm ci --no-audit --no-fund --silent) >&2
  fi
  echo "portability: loading the dump into Oxigraph $(node -p "require('$dir/node_modules/oxigraph/package.json').version") under Node $(node --version)"
  node "$dir/serve.mjs" "$1" >"$tmp/oxigraph.out" 2>&1 &
  opid=$!
  for _ in $(seq 1 240); do
    oport="$(sed -n 's/^listening //p' "$tmp/oxigraph.out")"
    [ -n "$oport" ] && return 0
    kill -0 "$opid" 2>/dev/null || { echo "portability: Oxigraph died:" >&2; cat "$tmp/oxigraph.out" >&2; exit 2; }
    sleep 0.5
  done
  echo "portability: Oxigraph did not start in 120 s" >&2; exit 2
}
