#!/usr/bin/env python3
"""Medium agreement: of the attributions score.py matches to gold, how many
name the same medium. score.py does not score the medium; this measures it.

usage: scripts/medium.py GOLD_DIR PRED.jsonl [N]   (N: print N disagreements)

Two mediums agree when equal after lower-casing and dropping "the ", or when
one contains the other ("BBC" and "BBC News"); both empty also agree.
"""
import importlib.util
import json
import glob
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
scorer = os.path.join(os.environ.get("PARLEY_SHARED", os.path.join(here, "..", "..", "shared")), "score", "score.py")
spec = importlib.util.spec_from_file_location("score", scorer)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def norm(m):
    return (m or "").lower().replace("the ", "").strip()


def main():
    gold_dir, pred_file = sys.argv[1], sys.argv[2]
    show = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    preds = {}
    with open(pred_file) as f:
        for line in f:
            d = json.loads(line)
            preds[d["id"]] = d.get("attributions", [])
    agree, differ = 0, []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.gold.json"))):
        with open(path) as f:
            g = json.load(f)
        p = preds.get(g["id"], [])
        for i, j in score.pair(p, g["attributions"], score.match_attribution):
            a, b = norm(p[i].get("medium")), norm(g["attributions"][j].get("medium"))
            if a == b or (a and b and (a in b or b in a)):
                agree += 1
            else:
                differ.append((g["id"], p[i].get("cue"), p[i].get("medium"), g["attributions"][j].get("medium")))
    print(f"matched records: {agree + len(differ)}  medium agrees: {agree}  differs: {len(differ)}")
    for d in differ[:show]:
        print("  %s %s: parley %r, gold %r" % d)


if __name__ == "__main__":
    main()
