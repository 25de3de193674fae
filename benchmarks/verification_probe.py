#!/usr/bin/env python3
"""Score verification on the probe sentences of tests/fixtures/verification_probe/.

    python benchmarks/verification_probe.py [--show-misses dev]

Each probe line is `status|sentence`: the sentence follows the lead "The provincial governor said 27
people were killed in the shelling of the market on Sunday." and the status is what it makes of the
governor's figure. The script runs the whole pipeline on lead + sentence and prints, per file, how
many figures get the written status, with the counts of each kind of miss. `--show-misses` prints the
misses of one file (only of `dev`: the held-out file is measured, never read for fixes).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROBES = REPO / "tests" / "fixtures" / "verification_probe"
LEAD = "The provincial governor said 27 people were killed in the shelling of the market on Sunday."
FILES = ("dev", "heldout")


def read_probe(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (PROBES / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            status, sentence = line.split("|", 1)
            rows.append((status.strip(), sentence.strip()))
    return rows


def score(name: str) -> tuple[int, int, Counter, list[tuple[str, str, str]]]:
    """(right, total, misses by (wanted, got), the misses) for one probe file."""
    from warledger.extract import extract_article
    from warledger.models import Article

    right, misses = 0, []
    rows = read_probe(name)
    for n, (want, sentence) in enumerate(rows):
        result = extract_article(Article(id=f"{name}-{n}", text=f"{LEAD} {sentence}"))
        got = next((f.verification for f in result.figures if f.text.startswith("27")), "no figure")
        if got == want:
            right += 1
        else:
            misses.append((want, got, sentence))
    return right, len(rows), Counter((w, g) for w, g, _ in misses), misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show-misses", choices=["dev"], help="print the misses of the dev file")
    args = parser.parse_args(argv)
    for name in FILES:
        right, total, kinds, misses = score(name)
        detail = ", ".join(f"{w}->{g} {n}" for (w, g), n in kinds.most_common())
        print(f"{name}: {right}/{total} = {right / total:.3f}" + (f"  (misses: {detail})" if detail else ""))
        if args.show_misses == name:
            for want, got, sentence in misses:
                print(f"  want {want}, got {got}: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
