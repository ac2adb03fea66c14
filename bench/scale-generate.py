#!/usr/bin/env python3
"""Deterministic cydip-shaped synthetic graph for bench/scale-bench.sh.

Writes a project (this checkout's ontology, shapes, queries and real data, plus
synthetic data files data/synthetic-NNNN.ttl) of about --triples triples. The
synthetic part is sources, resolutions with one vote per real state, treaties
with signature and ratification acts, and positions of states on the treaties:
every node valid under shapes/. Nothing synthetic is a fact about the world: the
IRIs are under id/*/syn-*, the symbols A/RES/SYN/..., the labels say "Synthetic".
Same arguments, same bytes (random.Random(seed)).

usage: scale-generate.py --triples 500000 --out DIR [--seed 15] [--per-file 50]
"""
import argparse, os, random, re, shutil, sys

ID = "https://w3id.org/cydip/id/"
CHOICES = ["yes"] * 7 + ["no", "abstain", "non-voting"]
STANCES = ["supports", "opposes", "reservations", "neutral"]
PREFIXES = """@prefix cydip: <https://w3id.org/cydip/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

"""


def states(repo):
    text = open(os.path.join(repo, "data", "actors.ttl"), encoding="utf-8").read()
    return sorted(set(re.findall(r"<https://w3id.org/cydip/id/state/([A-Z]{3})>\s+a cydip:State", text)))


def source(n):
    iri = f"<{ID}source/syn-{n:08d}>"
    return iri, (f"{iri}\n    a cydip:SourceDocument ;\n    rdfs:label \"Synthetic source {n}\"@en ;\n"
                 f"    cydip:url \"https://example.org/synthetic/{n}\"^^xsd:anyURI .\n\n"), 3


def day(rnd):
    return f"{rnd.randint(1990, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"


def resolution(n, src, isos, rnd):
    iri = f"<{ID}instrument/syn-res-{n}>"
    d = day(rnd)
    out = [f"{iri}\n    a cydip:Resolution ;\n    rdfs:label \"Synthetic resolution {n}\"@en ;\n"
           f"    dcterms:title \"Synthetic resolution {n}\" ;\n    cydip:symbol \"A/RES/SYN/{n}\" ;\n"
           f"    cydip:adoptedBy <{ID}org/unga> ;\n    cydip:adoptionDate \"{d}\"^^xsd:date ;\n    cydip:source {src} .\n\n"]
    triples = 7
    for iso in isos:
        out.append(f"<{ID}vote/syn-res-{n}/{iso}>\n    a cydip:Vote ;\n    cydip:voter <{ID}state/{iso}> ;\n"
                   f"    cydip:resolution {iri} ;\n    cydip:choice <{ID}vote-choice/{rnd.choice(CHOICES)}> ;\n"
                   f"    cydip:date \"{d}\"^^xsd:date ;\n    cydip:source {src} .\n\n")
        triples += 6
    return "".join(out), triples


def treaty(n, src, isos, rnd):
    iri = f"<{ID}instrument/syn-treaty-{n}>"
    out = [f"{iri}\n    a cydip:Treaty ;\n    rdfs:label \"Synthetic treaty {n}\"@en ;\n"
           f"    dcterms:title \"Synthetic treaty {n}\" ;\n    cydip:adoptionDate \"{day(rnd)}\"^^xsd:date ;\n    cydip:source {src} .\n\n"]
    triples = 5
    for iso in rnd.sample(isos, len(isos) // 2):
        for act in ("signature", "ratification")[: rnd.randint(1, 2)]:
            out.append(f"<{ID}participation/syn-treaty-{n}/{iso}/{act}>\n    a cydip:ParticipationAct ;\n"
                       f"    cydip:actType <{ID}act-type/{act}> ;\n    cydip:actor <{ID}state/{iso}> ;\n"
                       f"    cydip:instrument {iri} ;\n    cydip:date \"{day(rnd)}\"^^xsd:date ;\n    cydip:source {src} .\n\n")
            triples += 6
        if rnd.random() < 0.2:
            out.append(f"<{ID}position/{iso}/syn-treaty-{n}>\n    a cydip:Position ;\n    cydip:holder <{ID}state/{iso}> ;\n"
                       f"    cydip:stance <{ID}stance/{rnd.choice(STANCES)}> ;\n    cydip:target {iri} ;\n"
                       f"    cydip:date \"{day(rnd)}\"^^xsd:date ;\n    cydip:source {src} .\n\n")
            triples += 6
    return "".join(out), triples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--triples", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--per-file", type=int, default=50, help="resolutions per synthetic file")
    a = ap.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    for d in ("ontology", "shapes", "queries"):
        shutil.copytree(os.path.join(repo, d), os.path.join(a.out, d))
    shutil.copytree(os.path.join(repo, "data"), os.path.join(a.out, "data"), ignore=shutil.ignore_patterns("sources", "*.md"))
    rnd = random.Random(a.seed)
    isos = states(repo)
    total, n, file_no = 0, 0, 0
    while total < a.triples:
        file_no += 1
        parts = [PREFIXES]
        for _ in range(a.per_file):
            n += 1
            src, text, t = source(n)
            parts.append(text)
            body, tr = (treaty if n % 10 == 0 else resolution)(n, src, isos, rnd)
            parts.append(body)
            total += t + tr
            if total >= a.triples:
                break
        with open(os.path.join(a.out, "data", f"synthetic-{file_no:04d}.ttl"), "w", encoding="utf-8") as f:
            f.write("".join(parts))
    print(f"{a.out}: about {total:,} synthetic triples in {file_no} files (plus the real graph)", file=sys.stderr)


if __name__ == "__main__":
    main()
