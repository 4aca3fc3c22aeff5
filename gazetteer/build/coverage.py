#!/usr/bin/env python3
"""Measure how many gold toponyms of an annotated corpus the gazetteer can resolve.

A gold toponym (one with coordinates) counts as covered when the gazetteer has an
entry whose name, asciiname or one of its alternate names -- or a demonym row
pointing at an entry -- has the same *normalised* name as the gold mention and lies
within 161 km (great circle) of the gold point.

Usage:
    python3 gazetteer/build/coverage.py [--gaz DIR] [--only FILE ...] [--top N] CORPUS.jsonl ...

The corpora are only read; nothing derived from them is written anywhere.
Printing the misses is meant to show which KINDS of entries are missing.
"""
import argparse
import collections
import gzip
import json
import math
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ_DIR = os.path.dirname(HERE)
FILES = ["cities500.txt.gz", "countries.txt", "admin1.txt", "admin2.txt.gz", "regions.txt"]
RADIUS_KM = 161.0

_ABBR = {"st": "saint", "ft": "fort", "mt": "mount"}


def normalise(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    s = s.replace("-", " ").replace("\u2010", " ").replace("\u2013", " ")
    s = re.sub(r"[.'\u2019\u2018`]", "", s)
    s = re.sub(r"[^\w\s]", " ", s)
    toks = [_ABBR.get(t, t) for t in s.split()]
    return " ".join(toks)


def haversine(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def load(gaz_dir, files):
    index = collections.defaultdict(set)   # normalised name -> {(lat, lon)}
    points = {}                            # geonameid -> (lat, lon)
    for f in files:
        path = os.path.join(gaz_dir, f)
        if not os.path.exists(path):
            print("  (missing %s)" % f)
            continue
        n = 0
        with open_text(path) as fh:
            for line in fh:
                c = line.rstrip("\n").split("\t")
                if len(c) < 19:
                    continue
                lat, lon = float(c[4]), float(c[5])
                pt = (round(lat, 4), round(lon, 4))
                points[c[0]] = pt
                names = {c[1], c[2]} | set(a for a in c[3].split(",") if a)
                for nm in names:
                    k = normalise(nm)
                    if k:
                        index[k].add(pt)
                n += 1
        print("  loaded %-20s %8d rows" % (f, n))
    dem = os.path.join(gaz_dir, "demonyms.tsv")
    if "demonyms.tsv" in files and os.path.exists(dem):
        n = 0
        with open(dem, encoding="utf-8") as fh:
            for line in fh:
                c = line.rstrip("\n").split("\t")
                if len(c) >= 2 and c[1] in points:
                    index[normalise(c[0])].add(points[c[1]])
                    n += 1
        print("  loaded %-20s %8d rows resolved" % ("demonyms.tsv", n))
    return index


def covered(index, name, lat, lon):
    pts = index.get(normalise(name))
    if not pts:
        return "noname"
    for p in pts:
        if haversine(lat, lon, p[0], p[1]) <= RADIUS_KM:
            return "ok"
    return "far"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--gaz", default=GAZ_DIR)
    ap.add_argument("--only", nargs="*", help="subset of gazetteer files to load")
    ap.add_argument("--top", type=int, default=0, help="print the N most frequent misses")
    a = ap.parse_args()
    files = a.only if a.only else FILES + ["demonyms.tsv"]
    index = load(a.gaz, files)
    for corpus in a.corpora:
        total = ok = 0
        why = collections.Counter()
        misses = collections.Counter()
        for line in open(corpus, encoding="utf-8"):
            d = json.loads(line)
            for t in d["toponyms"]:
                if t.get("lat") is None or t.get("lon") is None:
                    continue
                total += 1
                r = covered(index, t["name"], float(t["lat"]), float(t["lon"]))
                if r == "ok":
                    ok += 1
                else:
                    why[r] += 1
                    misses[(t["name"], r)] += 1
        print("%s: %d/%d = %.4f  (misses: %s)" % (os.path.basename(corpus), ok, total,
              ok / max(total, 1), dict(why)))
        for (nm, r), k in misses.most_common(a.top):
            print("   %4d  %-5s %s" % (k, r, nm))


if __name__ == "__main__":
    main()
