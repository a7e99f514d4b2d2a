"""Train the page-type model from the labeled webs: ``python -m crawler.extract.train_page_type``.

Reads every labeled web under ``data/training/`` (``truth.json`` with a ``page_type`` per
page, or the outside web's ``kind``, mapped below), extracts the features of each page
exactly as a crawl would (``crawler.extract.page.read_page``), fits a multinomial logistic
regression (scikit-learn, L2, balanced classes, deterministic lbfgs) and writes its
coefficients as JSON to ``data/models/page_type.json`` (``--out`` to write elsewhere).
The same webs give the same file. ``--check`` prints per-web accuracy of the written model.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crawler.extract.page import read_page
from crawler.extract.page_type import MODEL_FEATURES, MODEL_PATH, Model, classify
from facts.charset import decode_html
from store.config import DATA_DIR
from store.vocabulary import PAGE_TYPES, labeled_page_type

TRAINING_DIR = DATA_DIR / "training"
C = 0.3  # inverse L2 strength, chosen by leave-one-web-out offer F1
HOST = "http://127.0.0.1:8000"
def labeled_pages(web: Path) -> Iterator[tuple[str, str, str]]:
    """``(url, html, page_type)`` of every labeled page of one web folder."""
    truth = json.loads((web / "truth.json").read_text(encoding="utf-8"))
    for path, entry in sorted(truth["pages"].items()):
        file = web / "site" / path.lstrip("/")
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            continue
        yield HOST + path, decode_html(file.read_bytes()), labeled_page_type(entry)


def webs(root: Path = TRAINING_DIR) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "truth.json").is_file() and (p / "site").is_dir())


def dataset(roots: list[Path]) -> tuple[list[dict[str, float]], list[str], list[str]]:
    """Feature vectors, labels and web names of every labeled page."""
    xs: list[dict[str, float]] = []
    ys: list[str] = []
    names: list[str] = []
    for web in roots:
        for url, html, label in labeled_pages(web):
            _facts, features = read_page(html, url)
            if not features:  # never names the occupation: the fast path decides "other"
                continue
            xs.append(features)
            ys.append(label)
            names.append(web.name)
    return xs, ys, names


def fit(xs: list[dict[str, float]], ys: list[str], c: float = 1.0) -> dict[str, Any]:
    """Coefficients of a multinomial logistic regression, as the model file's JSON."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    features = list(MODEL_FEATURES)
    matrix = [[x.get(f, 0.0) for f in features] for x in xs]
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    clf.fit(matrix, ys)
    return {
        "about": "page-type model: multinomial logistic regression over named features; "
                 "written by python -m crawler.extract.train_page_type",
        "classes": [str(k) for k in clf.classes_],
        "features": features,
        "weights": [[round(float(w), 6) for w in row] for row in clf.coef_],
        "intercepts": [round(float(b), 6) for b in clf.intercept_],
        "trained_on": dict(sorted(Counter(ys).items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--check", action="store_true", help="accuracy per web of --out")
    parser.add_argument("--c", type=float, default=C, help="inverse regularization strength")
    parser.add_argument("--leave-out", action="store_true",
                        help="leave-one-web-out accuracy (train on the others, test on each)")
    args = parser.parse_args(argv)
    if not MODEL_PATH.is_file():  # the first model: reading pages needs one, any will do
        neutral = {"classes": list(PAGE_TYPES), "features": list(MODEL_FEATURES),
                   "weights": [[0.0] * len(MODEL_FEATURES) for _ in PAGE_TYPES],
                   "intercepts": [0.0] * len(PAGE_TYPES)}
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(neutral) + "\n", encoding="utf-8")
    roots = webs()
    xs, ys, names = dataset(roots)
    if args.leave_out:
        tp = fp = fn = 0
        for web in sorted(set(names)):
            train = [i for i, n in enumerate(names) if n != web]
            test = [i for i, n in enumerate(names) if n == web]
            model = Model.from_json(fit([xs[i] for i in train], [ys[i] for i in train], args.c))
            kinds = {i: classify(xs[i], model).kind for i in test}
            right = sum(kinds[i] == ys[i] for i in test)
            tp += sum(kinds[i] == ys[i] == "offer" for i in test)
            fp += sum(kinds[i] == "offer" != ys[i] for i in test)
            fn += sum(ys[i] == "offer" != kinds[i] for i in test)
            print(f"{web}: {right}/{len(test)} page types right when left out")
        print(f"offer pages when left out: tp {tp} fp {fp} fn {fn}, "
              f"F1 {2 * tp / (2 * tp + fp + fn):.3f}")
        return 0
    if not args.check:
        data = fit(xs, ys, args.c)
        data["webs"] = [w.name for w in roots]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {len(xs)} pages from {len(roots)} webs")
    model = Model.from_json(json.loads(args.out.read_text(encoding="utf-8")), str(args.out))
    for web in sorted(set(names)):
        idx = [i for i, n in enumerate(names) if n == web]
        right = sum(classify(xs[i], model).kind == ys[i] for i in idx)
        print(f"{web}: {right}/{len(idx)} page types right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
