"""Run only the times component over a time gold file and write the contract's JSONL.

    .venv/bin/python benchmarks/time_dev.py ../shared/eval/time/dev/gold.jsonl OUT.jsonl [--limit N]
    python3 ../shared/eval/score.py time OUT.jsonl ../shared/eval/time/dev/gold.jsonl
"""
from __future__ import annotations

import argparse
import json

from warledger.nlp import load_model
from warledger.pipeline import extensions  # noqa: F401
from warledger.pipeline.times import TimeTagger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("out")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    nlp = load_model()
    tagger = TimeTagger(nlp, "wl_times")
    lines = open(args.gold, encoding="utf-8").read().splitlines()
    if args.limit:
        lines = lines[: args.limit]
    with open(args.out, "w", encoding="utf-8") as out:
        for line in lines:
            item = json.loads(line)
            with nlp.select_pipes(disable=["ner"]):
                doc = nlp(item["text"])
            doc._.wl_published = (item.get("published") or "")[:10] or None
            tagger(doc)
            times = [t.to_dict() for t in doc._.wl_times]
            out.write(json.dumps({"id": item["id"], "times": times}) + "\n")


if __name__ == "__main__":
    main()
