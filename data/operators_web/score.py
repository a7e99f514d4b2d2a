#!/usr/bin/env python3
"""Score an operator grouping against truth.json (pairwise precision / recall over offer pages).

Input: the `certwatch operators --format csv` output (columns operator_id, listing_id, url, ...),
or any CSV with columns `url` and `operator_id`. URLs are reduced to their path, so the
loopback host and port do not matter. Offer pages missing from the CSV count as ungrouped.

    python3 data/operators_web/score.py operators.csv
"""
import csv
import itertools
import json
import os
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    offers = {p["path"]: p["operator"] for p in truth["pages"] if p["is_offer"]}
    pred = {}
    with open(argv[1], encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            path = urlsplit(row["url"]).path or "/"
            if row.get("operator_id"):
                pred[path] = row["operator_id"]
    paths = sorted(offers)
    tp = fp = fn = 0
    for a, b in itertools.combinations(paths, 2):
        gold = offers[a] is not None and offers[a] == offers[b]
        got = a in pred and b in pred and pred[a] == pred[b]
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    extra = sorted(set(pred) - set(offers))
    print(json.dumps({"offer_pages": len(paths), "gold_pairs": tp + fn, "predicted_pairs": tp + fp,
                      "tp": tp, "fp": fp, "fn": fn, "precision": round(prec, 4), "recall": round(rec, 4),
                      "f1": round(f1, 4), "grouped_non_offer_pages": extra}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv)
