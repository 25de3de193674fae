"""The CI evaluation gate: the scorer in ../shared/eval on the dev sets, against pinned floors.

The dev data is read from ../shared, never copied into the repository. Each task extracts its gold
documents (or the first `limit` of them) through the library, exactly as `warledger extract` does,
then runs `score.py TASK --json` and fails when a key metric drops below its floor.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warledger.extract import extract_articles
from warledger.ingest import read_inputs

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())
TASKS = [task for task in FLOORS if not task.startswith("_")]


def first_lines(src: Path, dst: Path, limit: int | None) -> Path:
    if limit is None:
        return src
    with src.open(encoding="utf-8") as f:
        dst.write_text("".join(line for _, line in zip(range(limit), f)), encoding="utf-8")
    return dst


def score(shared: Path, task: str, tmp_path: Path) -> dict:
    spec = FLOORS[task]
    gold = first_lines(shared / spec["gold"], tmp_path / "gold.jsonl", spec.get("limit"))
    source = shared / spec["input"] if "input" in spec else gold
    system = tmp_path / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for result in extract_articles(read_inputs([str(source)])):
            out.write(json.dumps(result.to_dict()) + "\n")
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), task, str(system), str(gold), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("task", TASKS)
def test_gate_dev_set_meets_floors(task, shared, tmp_path, nlp):
    report = score(shared, task, tmp_path)
    metrics = {**report.get("metrics", {}), **report.get("key", {})}
    below = {
        name: (metrics.get(name), floor)
        for name, floor in FLOORS[task]["floors"].items()
        if not isinstance(metrics.get(name), (int, float)) or metrics[name] < floor
    }
    assert not below, f"{task}: below the pinned floor (got, floor): {below}"
