#!/usr/bin/env python3
"""Side by side (issue 12): cydip against plain Fuseki 6.0.0 and Virtuoso, loaded
with cydip's own dump, and a bare Jetty servlet as the floor; every server alone on
the machine in its turn, rounds interleaved, medians; prints the issue's table with
ratios and goal met / NOT met. Run by bench/side-by-side.sh (see its header)."""
import json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

import side_by_side_report

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.environ.get("BENCH_CYDIP_JAR", os.path.join(ROOT, "target/cydip.jar"))
RES = "https://w3id.org/cydip/id/state/RUS"
SMALL = "SELECT ?iso3 WHERE { <%s> <https://w3id.org/cydip/ontology#iso3> ?iso3 }" % RES
HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
JSON = "application/sparql-results+json"
CANNED = {"votes-on-resolution": {"resolution": "A/RES/74/247"}, "state-profile": {"state": "RUS"}}
SINGLE = ["cyber-camps-2018", "voting-alignment", "budapest-convention-parties"]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def get(url, accept=JSON, timeout=120):
    req = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.read()


def wait_ready(url, proc, limit=300):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if proc.poll() is not None:
            raise SystemExit("server exited before it was ready: %s" % proc.args)
        try:
            get(url, accept="*/*", timeout=2)
            return time.monotonic() - t0
        except Exception:
            time.sleep(0.05)
    raise SystemExit("not ready after %d s: %s" % (limit, url))


def peak_rss_mb(pid):
    """VmHWM of the process and its children (Virtuoso is one process; java is one)."""
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def wrk(url, conns, secs, accept):
    out = subprocess.run(["wrk", "-t2", "-c%d" % conns, "-d%ds" % secs, "--latency", "--timeout", "10s",
                          "-H", "Accept: " + accept, url], capture_output=True, text=True, timeout=secs + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)] if p99 else float("nan")
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx and int(non2xx.group(1)) > 0:
        log("  wrk %s: %s non-2xx responses" % (url[:90], non2xx.group(1)))
        rps = p99ms = float("nan")
    return rps, p99ms


def timed(url, accept=JSON):
    t0 = time.perf_counter()
    try:
        get(url, accept)
    except Exception as e:
        log("  error %s: %s" % (url[:90], e))
        return float("nan")
    return (time.perf_counter() - t0) * 1000


RUNNING = set()


def stop_all(*_):
    for s in list(RUNNING):
        s.stop()
    sys.exit(2)


class Server:
    """One peer: how to start it, where its endpoints are."""
    def __init__(self, name, port):
        self.name, self.port, self.proc = name, port, None
        self.base = "http://127.0.0.1:%d" % port

    def start(self):
        self.proc = subprocess.Popen(self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True, env=dict(os.environ, **self.environment()))
        RUNNING.add(self)
        return wait_ready(self.ready_url(), self.proc)

    def environment(self):
        return {}

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None
        RUNNING.discard(self)

    def sparql(self, text):
        return self.endpoint() + "?query=" + urllib.parse.quote(text, safe="")


class Cydip(Server):
    def __init__(self, port, java, args):
        super().__init__("cydip", port)
        self.java, self.args = java, args

    def command(self):
        serve = ["serve", "--port", str(self.port)] + self.args
        if "BENCH_CYDIP_JAR" in os.environ:  # another jar: plain java -jar, with the given options only
            return [self.java] + os.environ.get("BENCH_CYDIP_JAVA_OPTS", "").split() + ["-jar", JAR] + serve
        # As users start it: the launcher (its JDK, heap and class-data archive; the first start
        # below, which makes the dump for the peers, leaves the archive for the measured ones).
        return [os.path.join(ROOT, "cydip")] + serve

    def environment(self):
        return {"CYDIP_JAVA_OPTS": os.environ.get("BENCH_CYDIP_JAVA_OPTS", "")}

    def ready_url(self):
        return self.base + "/$/ping"

    def endpoint(self):
        return self.base + "/cydip/sparql"

    def canned(self, name, params):
        return self.base + "/api/queries/%s?%s" % (name, urllib.parse.urlencode(params))


class Fuseki(Server):
    def __init__(self, port, java, jar, data):
        super().__init__("fuseki", port)
        self.java, self.jar, self.data = java, jar, data

    def command(self):
        return [self.java, "-jar", self.jar, "--localhost", "--ping", "--port", str(self.port), "--file", self.data, "/ds"]

    def ready_url(self):
        return self.base + "/$/ping"

    def endpoint(self):
        return self.base + "/ds/sparql"


class Virtuoso(Server):
    def __init__(self, port, isql_port, work, data):
        super().__init__("virtuoso", port)
        self.isql_port, self.work, self.data = isql_port, work, data
        self.ini = os.path.join(work, "virtuoso.ini")
        with open(self.ini, "w") as f:
            f.write(VIRTUOSO_INI.format(dir=work, http=port, isql=isql_port))

    def command(self):
        return ["virtuoso-t", "+foreground", "+configfile", self.ini]

    def ready_url(self):
        return self.sparql("ASK {}")

    def endpoint(self):
        return self.base + "/sparql"

    def load(self):
        """Bulk-loads the dump once into one graph (Virtuoso's endpoint queries all graphs)."""
        d = os.path.dirname(self.data)
        sql = "ld_dir('%s', '%s', 'urn:cydip:all'); rdf_loader_run(); checkpoint;" % (d, os.path.basename(self.data))
        subprocess.run(["isql-vt", str(self.isql_port), "dba", "dba", "exec=" + sql], check=True,
                       capture_output=True, timeout=600)


class Floor(Server):
    def __init__(self, port, java, body, media):
        super().__init__("floor", port)
        self.java, self.body, self.media = java, body, media

    def command(self):
        return [self.java, "-cp", JAR, os.path.join(ROOT, "bench/FloorServer.java"),
                str(self.port), self.body, self.media]

    def ready_url(self):
        return self.base + "/"


VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{isql}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
DirsAllowed = ., {dir}, /usr/share/virtuoso-opensource-7/vad
ServerThreads = 20
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 20
MaxKeepAlives = 64
KeepAliveTimeout = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def bound_queries(java, params):
    out = subprocess.run([java, "-cp", JAR, os.path.join(ROOT, "bench/BoundQueries.java"), ROOT]
                         + ["%s.%s=%s" % (q, k, v) for q, ps in params.items() for k, v in ps.items()],
                         capture_output=True, text=True, check=True, timeout=300).stdout
    return dict(line.split("\t", 1) for line in out.split("\n") if "\t" in line and not line.startswith("federated"))


def measure_sparql(server, queries, reps, secs):
    """Per query: the cold (first) and warm (median of reps) single-client time; the wrk rows."""
    m = {}
    get(server.sparql(SMALL))  # the first request of all pays for more than a query: not counted
    for name, text in queries.items():
        url = server.sparql(text)
        m["cold " + name] = timed(url)
        m["warm " + name] = statistics.median(timed(url) for _ in range(reps))
    for name in CANNED:
        m["wrk " + name] = wrk(server.sparql(queries[name]), 8, secs, JSON)
    m["wrk small"] = wrk(server.sparql(SMALL), 8, secs, JSON)
    return m


def measure_cydip(server, secs):
    m = {}
    for name, params in CANNED.items():
        get(server.canned(name, params))
        m["wrk canned " + name] = wrk(server.canned(name, params), 8, secs, JSON)
    get(server.base + "/id/state/RUS", HTML)
    m["wrk html"] = wrk(server.base + "/id/state/RUS", 64, secs, HTML)
    return m


def session(server, body):
    """Starts the server alone, runs body(server), reads its peak RSS, stops it."""
    log("%s: starting" % server.name)
    ready = server.start()
    try:
        m = body(server)
        m["ready"] = ready * 1000
        m["rss"] = peak_rss_mb(server.proc.pid)
        return m
    finally:
        server.stop()


def main():
    signal.signal(signal.SIGTERM, stop_all)
    signal.signal(signal.SIGINT, stop_all)
    secs, rounds, reps = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    java, fuseki_jar, cydip_args = os.environ["BENCH_JAVA"], os.environ["BENCH_FUSEKI_JAR"], sys.argv[4:]
    port = int(os.environ.get("BENCH_PORT", "3410"))
    work = tempfile.mkdtemp(prefix="cydip-side-by-side.")
    try:
        run(java, fuseki_jar, cydip_args, port, work, secs, rounds, reps)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(java, fuseki_jar, cydip_args, port, work, secs, rounds, reps):
    queries = bound_queries(java, CANNED)
    cydip = Cydip(port, java, cydip_args)
    data = os.path.join(work, "cydip.nt")
    body = os.path.join(work, "floor.json")
    cydip.start()
    try:
        nq = get(cydip.base + "/dumps/cydip.nq", "application/n-quads").decode()
        with open(data, "w") as f:  # the union, one graph: what the peers serve as their default graph
            f.writelines(sorted(set(re.sub(r" <[^<> ]*> \.$", " .", l) + "\n" for l in nq.split("\n") if l.strip())))
        with open(body, "wb") as f:
            f.write(get(cydip.canned("votes-on-resolution", CANNED["votes-on-resolution"])))
    finally:
        cydip.stop()
    fuseki = Fuseki(port + 1, java, fuseki_jar, data)
    virtuoso = Virtuoso(port + 2, port + 3, work, data)
    floor = Floor(port + 4, java, body, JSON)
    virtuoso.start()
    try:
        virtuoso.load()
    finally:
        virtuoso.stop()
    runs = {"cydip": [], "fuseki": [], "virtuoso": [], "floor": []}
    for r in range(rounds):
        log("round %d of %d" % (r + 1, rounds))
        runs["cydip"].append(session(cydip, lambda s: {**measure_sparql(s, queries, reps, secs), **measure_cydip(s, secs)}))
        runs["fuseki"].append(session(fuseki, lambda s: measure_sparql(s, queries, reps, secs)))
        runs["virtuoso"].append(session(virtuoso, lambda s: measure_sparql(s, queries, reps, secs)))
        runs["floor"].append(session(floor, lambda s: {"wrk floor": wrk(s.base + "/", 8, secs, JSON)}))
    out = os.environ.get("BENCH_OUT", work)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "side-by-side.json"), "w") as f:
        json.dump(runs, f, indent=1)
    side_by_side_report.report(runs, queries, secs, rounds, reps)


if __name__ == "__main__":
    main()
