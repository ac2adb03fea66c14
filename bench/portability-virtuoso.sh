# Sourced by portability-check.sh: a private Virtuoso (Debian's virtuoso-opensource):
# own temp directory, own virtuoso.ini, SQL on 127.0.0.1:$sql and HTTP on
# 127.0.0.1:$http, the dump loaded with ld_dir + rdf_loader_run. Sets vpid.
isql() { isql-vt "127.0.0.1:$sql" dba dba "$@"; }
start_virtuoso() {  # DUMP (in $tmp)
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
  isql exec="ld_dir('$tmp', '$(basename "$1")', 'urn:cydip:no-default'); rdf_loader_run(); checkpoint;" >"$tmp/load.out"
  errors="$(isql exec="SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" | grep -c "$(basename "$1")" || true)"
  [ "$errors" = "0" ] || { echo "portability: Virtuoso could not load the dump:" >&2; isql exec="SELECT ll_error FROM DB.DBA.LOAD_LIST;" >&2; exit 2; }
}
