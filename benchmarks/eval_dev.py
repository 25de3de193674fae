#!/usr/bin/env python3
"""Score `warledger extract` on every dev set in ../shared/eval and print a markdown results table.

    python benchmarks/eval_dev.py [--tasks geo,time] [--limit N] [--json] [--keep DIR]

For each task it calls the CLI exactly as a user would (`warledger extract INPUT --format jsonl
--output OUT`), then `score.py TASK OUT GOLD --json`, and prints the key metrics next to the
regex baseline (`baseline.py`) and the commands that reproduce them. The dev data is read from
../shared, never copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class DevSet:
    """A task's gold file and, when the gold is not itself the input, the input file."""

    task: str
    gold: str  # relative to shared/, or to the repository when `in_repo`
    input: str | None = None
    headline: str = ""  # the key metric quoted first
    scorer_task: str | None = None  # score.py's task when it differs from the name
    in_repo: bool = False  # the set is ours (tests/fixtures/...), not ../shared's

    def root(self, shared: Path) -> Path:
        return REPO if self.in_repo else shared

    @property
    def scored_as(self) -> str:
        return self.scorer_task or self.task


DEV_SETS = {
    s.task: s
    for s in (
        DevSet("geo", "eval/geo/dev/gold.jsonl", headline="e2e_country"),
        DevSet("time", "eval/time/dev/gold.jsonl", headline="value_f1"),
        DevSet("attribution", "eval/attribution/dev/gold.jsonl", headline="attribution_overlap_f1"),
        DevSet("figures", "eval/figures/dev/gold.jsonl", headline="found_role_unit"),
        DevSet("events_case", "eval/events_case/dev/gold.jsonl", headline="macro_f1"),
        DevSet("claims", "eval/claims/dev/gold.jsonl", input="seed/articles.jsonl", headline="fig_role_f1"),
        # 12 invented articles hand-annotated in the claims format (tests/fixtures/claims_unseen/README.md)
        DevSet("claims_unseen", "tests/fixtures/claims_unseen/gold.jsonl",
               input="tests/fixtures/claims_unseen/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more invented articles, annotated by another hand and first run after their commit (claims_fresh/README.md)
        DevSet("claims_fresh", "tests/fixtures/claims_fresh/gold.jsonl",
               input="tests/fixtures/claims_fresh/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by a fourth hand, in other house styles; first run recorded, then fixed on (claims_blind/README.md)
        DevSet("claims_blind", "tests/fixtures/claims_blind/gold.jsonl",
               input="tests/fixtures/claims_blind/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by a third hand, kept as a holdout: measured, never fixed on (claims_holdout/README.md)
        DevSet("claims_holdout", "tests/fixtures/claims_holdout/gold.jsonl",
               input="tests/fixtures/claims_holdout/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by a fifth hand, a second holdout: measured, never fixed on (claims_holdout2/README.md)
        DevSet("claims_holdout2", "tests/fixtures/claims_holdout2/gold.jsonl",
               input="tests/fixtures/claims_holdout2/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by a sixth hand, stressing verification; first run recorded, then fixed on (claims_blind2/README.md)
        DevSet("claims_blind2", "tests/fixtures/claims_blind2/gold.jsonl",
               input="tests/fixtures/claims_blind2/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by a seventh hand, a third holdout: measured, never fixed on (claims_holdout3/README.md)
        DevSet("claims_holdout3", "tests/fixtures/claims_holdout3/gold.jsonl",
               input="tests/fixtures/claims_holdout3/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
        # 12 more, by an eighth hand, in mainstream wire and newspaper styles: measured, never fixed on
        # (claims_holdout4/README.md)
        DevSet("claims_holdout4", "tests/fixtures/claims_holdout4/gold.jsonl",
               input="tests/fixtures/claims_holdout4/articles.jsonl", headline="fig_role_f1", scorer_task="claims",
               in_repo=True),
    )
}


@dataclass
class TaskResult:
    task: str
    docs: int
    seconds: float
    key: dict[str, Any]
    baseline_key: dict[str, Any] | None
    commands: list[str]
    counts: dict[str, Any] = field(default_factory=dict)


def warledger_command() -> list[str]:
    """The installed `warledger` script beside this Python, else the one on PATH, else `-m warledger`."""
    beside = Path(sys.executable).with_name("warledger")
    if beside.exists():
        return [str(beside)]
    on_path = shutil.which("warledger")
    return [on_path] if on_path else [sys.executable, "-m", "warledger"]


def first_lines(src: Path, dst: Path, limit: int | None) -> Path:
    """`src` itself, or its first `limit` non-empty lines copied to `dst` (a temporary file)."""
    if limit is None:
        return src
    with src.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip()][:limit]
    dst.write_text("".join(lines), encoding="utf-8")
    return dst


def run(cmd: list[str], *, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return proc


def score(shared: Path, task: str, system: Path, gold: Path) -> dict[str, Any]:
    proc = run([sys.executable, str(shared / "eval" / "score.py"), task, str(system), str(gold), "--json"])
    return json.loads(proc.stdout)


def shown(path: Path) -> str:
    """A path as a user would type it from the repository root."""
    return os.path.relpath(path, REPO)


def evaluate(dev: DevSet, shared: Path, work: Path, limit: int | None, with_baseline: bool) -> TaskResult:
    root = dev.root(shared)
    gold = first_lines(root / dev.gold, work / f"{dev.task}.gold.jsonl", limit)
    source = first_lines(root / dev.input, work / f"{dev.task}.input.jsonl", limit) if dev.input else gold
    out = work / f"{dev.task}.out.jsonl"
    extract = warledger_command() + ["extract", str(source), "--format", "jsonl", "--output", str(out), "--no-progress"]
    started = time.perf_counter()
    run(extract)
    seconds = time.perf_counter() - started
    report = score(shared, dev.scored_as, out, gold)
    baseline_key = None
    if with_baseline:
        base_out = work / f"{dev.task}.baseline.jsonl"
        with base_out.open("w", encoding="utf-8") as f:
            run([sys.executable, str(shared / "eval" / "baseline.py"), str(source)], stdout=f)
        baseline_key = score(shared, dev.scored_as, base_out, gold)["key"]
    user_out = f"/tmp/wl-{dev.task}.jsonl"
    commands = [  # the whole dev set, as a user would type it
        f"warledger extract {shown(root / (dev.input or dev.gold))} --format jsonl --output {user_out}",
        f"python3 {shown(shared / 'eval' / 'score.py')} {dev.scored_as} {user_out} {shown(root / dev.gold)}",
    ]
    docs = report.get("counts", {}).get("gold_docs", 0)
    return TaskResult(dev.task, docs, seconds, report["key"], baseline_key, commands, report.get("counts", {}))


def fmt(value: Any) -> str:
    if value is None:
        return "NA"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown(results: list[TaskResult], limit: int | None) -> str:
    lines = [
        "| task | docs | headline (baseline) | key metrics | extract s | reproduce (from the repo root) |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        name = DEV_SETS[r.task].headline
        base = f" ({fmt(r.baseline_key.get(name))})" if r.baseline_key else ""
        head = f"**{name} {fmt(r.key.get(name))}**{base}"
        key = " ".join(f"{k}={fmt(v)}" for k, v in r.key.items() if k != name)
        how = " && ".join(f"`{c}`" for c in r.commands)
        lines.append(f"| {r.task} | {r.docs} | {head} | {key} | {r.seconds:.0f} | {how} |")
    if limit is not None:
        lines.append(f"\nFirst {limit} documents of each dev set only (`--limit {limit}`); the commands "
                     "above then read the whole set.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tasks", default=",".join(DEV_SETS),
                    help=f"comma-separated tasks (default: all: {','.join(DEV_SETS)})")
    ap.add_argument("--limit", type=int, default=None, metavar="N", help="score the first N gold documents only")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared/ folder (default: ../shared)")
    ap.add_argument("--no-baseline", action="store_true", help="do not score the regex baseline for comparison")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep the system outputs in DIR")
    ap.add_argument("--json", action="store_true", help="print the reports as JSON instead of the table")
    args = ap.parse_args(argv)
    tasks = [t.strip() for t in args.tasks.split(",") if t.strip()]
    unknown = [t for t in tasks if t not in DEV_SETS]
    if unknown:
        ap.error(f"unknown task(s) {', '.join(unknown)}; choose from {', '.join(DEV_SETS)}")
    if not (args.shared / "eval" / "score.py").exists():
        ap.error(f"no eval/score.py under {args.shared}")
    with tempfile.TemporaryDirectory(prefix="wl-eval-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = []
        for task in tasks:
            print(f"eval_dev: {task} ...", file=sys.stderr, flush=True)
            results.append(evaluate(DEV_SETS[task], args.shared, work, args.limit, not args.no_baseline))
    if args.json:
        print(json.dumps([r.__dict__ for r in results], indent=2))
    else:
        print(markdown(results, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
