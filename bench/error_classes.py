#!/usr/bin/env python3
"""End-to-end errors of a geoparse run, by class: the table behind a choice of what to fix next.

    python3 bench/error_classes.py GOLD.jsonl PRED.jsonl

PRED is `geoparse` output (it carries each place's featureCode). Every end-to-end error is one of:
a false positive (a prediction overlapping no gold toponym), a miss (a gold toponym with coordinates
that no prediction overlaps), or a wrong reading (overlapping, but more than 161 km away). Gold toponyms
of the types geoeval.py scores by default only.
"""
import json
import math
import sys
from collections import Counter

SKIPPED_TYPES = {"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"}  # as geoeval.py


def km(a_lat, a_lon, b_lat, b_lon):
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1, math.sqrt(h)))


def kind(code):
    if code is None:
        return "none"
    code = code.split(".")[-1]  # geoparse writes class.code, "P.PPL"
    if code in ("PCLI", "PCL", "PCLD", "PCLS", "PCLF", "TERR", "PCLH", "PCLIX"):
        return "country"
    if code.startswith("ADM1"):
        return "state/province"
    if code.startswith("ADM2"):
        return "county/district"
    if code.startswith("ADM"):
        return "lower division"
    if code in ("CONT", "RGN", "RGNE", "RGNH"):
        return "continent/region"
    if code.startswith("PPL"):
        return "town (" + code + ")"
    return "other feature (" + code + ")"


def shape(name):
    if not name[:1].isupper():
        return "lower-case"
    if name.isupper() and len(name) <= 5:
        return "acronym"
    return "one word" if " " not in name else "several words"


def main(gold_path, pred_path):
    gold = {d["id"]: d for d in map(json.loads, open(gold_path, encoding="utf-8"))}
    pred = {d["id"]: d for d in map(json.loads, open(pred_path, encoding="utf-8"))}
    fp, miss, wrong = Counter(), Counter(), Counter()
    fp_names, miss_names, wrong_names = Counter(), Counter(), Counter()
    wrong_distance = Counter()
    counts = Counter()
    for doc_id, g in gold.items():
        golds = [t for t in g["toponyms"] if t.get("type") not in SKIPPED_TYPES]
        preds = pred.get(doc_id, {"toponyms": []})["toponyms"]
        for p in preds:
            hit = [t for t in golds if min(p["end"], t["end"]) - max(p["start"], t["start"]) > 0]
            if not hit:
                counts["false positive"] += 1
                fp[kind(p.get("featureCode"))] += 1
                fp_names[p["name"]] += 1
            else:
                t = hit[0]
                if t.get("lat") is None or p.get("lat") is None:
                    continue
                d = km(t["lat"], t["lon"], p["lat"], p["lon"])
                if d > 161:
                    counts["wrong reading"] += 1
                    wrong[kind(p.get("featureCode"))] += 1
                    wrong_names[p["name"]] += 1
                    band = "161-500 km" if d < 500 else "500-2000 km" if d < 2000 else "over 2000 km"
                    wrong_distance[band] += 1
        for t in golds:
            if t.get("lat") is None:
                continue
            if not any(min(p["end"], t["end"]) - max(p["start"], t["start"]) > 0 for p in preds):
                counts["miss"] += 1
                miss[shape(t["name"])] += 1
                miss_names[t["name"]] += 1
    print(f"{gold_path}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    for title, counter in (("false positives by kind of place read", fp), ("wrong readings by kind chosen", wrong),
                           ("wrong readings by distance", wrong_distance), ("misses by shape of name", miss)):
        print(f"  {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common(8)))
    for title, counter in (("false positives", fp_names), ("wrong readings", wrong_names), ("misses", miss_names)):
        print(f"  most frequent {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common(12)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
