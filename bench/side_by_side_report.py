"""Prints the side-by-side table (issue 12) from the rounds that bench/side_by_side.py
measured: medians over rounds, ratios, goal met / NOT met. Also runnable alone on a
saved run: python3 bench/side_by_side_report.py side-by-side.json"""
import json, math, statistics, sys


def med(runs, peer, key, i=None):
    vals = [r[key][i] if i is not None else r[key] for r in runs[peer] if key in r]
    vals = [v for v in vals if not math.isnan(v)]
    return statistics.median(vals) if vals else float("nan")


def fmt(v, unit=""):
    if math.isnan(v):
        return "error"
    return ("{:,.0f}" if v >= 100 else "{:.1f}").format(v) + unit


def beats(c, peer, factor=1.0):
    """cydip's throughput c is at least factor x the peer's; a peer that failed is beaten."""
    return math.isnan(peer) or c >= factor * peer


def verdict(ok):
    return "met" if ok else "NOT met"


def throughput(runs, peer, key):
    rps, p99 = med(runs, peer, key, 0), med(runs, peer, key, 1)
    return "%s req/s, p99 %s ms" % (fmt(rps), fmt(p99)) if not math.isnan(rps) else "error"


def row(what, cydip, fuseki, virtuoso, floor, goal, ok):
    print("| %s | %s | %s | %s | %s | %s | %s |" % (what, cydip, fuseki, virtuoso, floor, goal, verdict(ok)))


def report(runs, queries, secs, rounds, reps):
    if secs:
        print("Side by side: %d rounds interleaved, medians; wrk -t2 -d%ds; single-client times the median of %d after the first"
              % (rounds, secs, reps))
    else:
        print("Side by side, from a saved run of %d rounds: medians" % rounds)
    print()
    print("| what | cydip | plain Fuseki | Virtuoso | floor | goal | |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    fl = med(runs, "floor", "wrk floor", 0)
    for name in ("votes-on-resolution", "state-profile"):
        c = med(runs, "cydip", "wrk canned " + name, 0)
        f, v = med(runs, "fuseki", "wrk " + name, 0), med(runs, "virtuoso", "wrk " + name, 0)
        if name == "votes-on-resolution":
            row("canned `%s`, wrk 8 conns" % name, throughput(runs, "cydip", "wrk canned " + name),
                "%s (same SPARQL)" % fmt(f), fmt(v), fmt(fl), ">= 50%% of the floor (%.0f%%)" % (100 * c / fl), c >= 0.5 * fl)
        else:
            row("canned `%s`, wrk 8 conns" % name, throughput(runs, "cydip", "wrk canned " + name), fmt(f), fmt(v), fmt(fl),
                "faster than both peers (%.1fx Fuseki)" % (c / f), beats(c, f) and beats(c, v))
    c, f, v = (med(runs, p, "wrk small", 0) for p in ("cydip", "fuseki", "virtuoso"))
    row("raw SPARQL, small SELECT, wrk 8 conns", throughput(runs, "cydip", "wrk small"), fmt(f), fmt(v), "",
        ">= 3x Fuseki (%.1fx), >= 2x Virtuoso (%.1fx)" % (c / f, c / v), beats(c, f, 3) and beats(c, v, 2))
    single = {"cyber-camps-2018": ("fuseki", "virtuoso"), "voting-alignment": ("virtuoso",),
              "budapest-convention-parties": ()}
    for name, peers in single.items():
        c, f, v = (med(runs, p, "warm " + name) for p in ("cydip", "fuseki", "virtuoso"))
        by = {"fuseki": f, "virtuoso": v}
        ok = all(not math.isnan(by[p]) and c <= by[p] for p in peers)
        goal = ", ".join(">= 1.0x %s (%.2fx)" % (p, by[p] / c) for p in peers)
        if name == "budapest-convention-parties":
            goal, ok = "<= 20 ms; runs on Virtuoso", c <= 20 and not math.isnan(v)
        row("`%s` warm, single client" % name, fmt(c, " ms"), fmt(f, " ms"), fmt(v, " ms"), "", goal, ok)
    h = med(runs, "cydip", "wrk html", 0)
    row("`/id/state/RUS` HTML, wrk 64 conns", throughput(runs, "cydip", "wrk html"), "", "", "", ">= 5,000 req/s", h >= 5000)
    rss = {p: max((r["rss"] for r in runs[p]), default=float("nan")) for p in runs}
    row("peak RSS under wrk (highest of the rounds)", fmt(rss["cydip"], " MB"), fmt(rss["fuseki"], " MB"),
        fmt(rss["virtuoso"], " MB"), fmt(rss["floor"], " MB"), "<= 1 GB", rss["cydip"] <= 1024)
    ready = {p: med(runs, p, "ready") for p in runs}
    row("start to ready", fmt(ready["cydip"], " ms"), fmt(ready["fuseki"], " ms"), fmt(ready["virtuoso"], " ms"),
        fmt(ready["floor"], " ms"), "<= 2 s quiet", ready["cydip"] <= 2000)
    print()
    print("Every canned query, the same SPARQL text on each endpoint (cydip: /cydip/sparql, not the cached API);"
          " cold = its first run on a fresh server, warm = median after it; ratio = Fuseki's time / cydip's")
    print()
    print("| query | cydip warm | cydip cold | Fuseki warm | Fuseki cold | Virtuoso warm | ratio warm | ratio cold | >= 1.0 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    met = 0
    for name in queries:
        cw, cc, fw, fc, vw = (med(runs, p, k + name) for p, k in
                              (("cydip", "warm "), ("cydip", "cold "), ("fuseki", "warm "), ("fuseki", "cold "), ("virtuoso", "warm ")))
        rw, rc = fw / cw, fc / cc
        ok = rw >= 1.0 and rc >= 1.0
        met += ok
        print("| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s |" % (name, fmt(cw), fmt(cc), fmt(fw), fmt(fc), fmt(vw), rw, rc, verdict(ok)))
    print()
    print("%d of %d canned queries at >= 1.0x plain Fuseki warm and cold" % (met, len(queries)))


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        saved = json.load(f)
    report(saved, [k[5:] for k in saved["cydip"][0] if k.startswith("warm ")], 0, len(saved["cydip"]), 0)
