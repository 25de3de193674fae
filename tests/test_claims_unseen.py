"""The unseen claims set: 12 invented articles hand-annotated in the claims gold format.

tests/fixtures/claims_unseen/ holds the articles and their gold (how they were annotated: its
README). Each article goes through the library exactly as `warledger extract` runs it; the output is
scored by ../shared/eval/score.py claims (skipped when ../shared is absent) and every key metric must
stay at or above its floor, pinned just below the value measured when the set was added (see
benchmarks/README.md). Raise a floor when a metric rises clearly; never lower one without saying why.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warledger.extract import extract_articles
from warledger.ingest import read_inputs

SET = Path(__file__).resolve().parent / "fixtures" / "claims_unseen"

# measured 2026-11-28 at 3b66a10 with the gold of the commit that added 13 optional struck objects:
# fig_recall 0.975, fig_f1 0.975, fig_role_f1 0.747, role 0.766, unit 0.909, claimant 0.883,
# verification 0.805, part_of 0.922; att_f1 0.916, att claimant 0.920, channel 0.789; places 0.870,
# times 1.0, events 0.511. At e6926de: verification 0.844, channel 0.842, fig_f1 0.981, part_of 0.909.
# At 0a47c54 (figure role/unit classes fixed on this set): fig_role_f1 0.930, role 0.948, unit 1.0, part_of 0.922;
# treated = injured: fig_role_f1 0.969, role 0.987, fig_recall 0.975.
# At c817cb9 (claimant and cue classes fixed on this set): fig_claimant_acc 1.0, att_claimant_acc 1.0,
# att_f1 0.968, att_channel_acc 0.850, fig_verification_acc 0.846.
FLOORS = {
    "fig_recall": 0.94,
    "fig_f1": 0.95,
    "fig_role_f1": 0.94,
    "fig_role_acc": 0.95,
    "fig_unit_acc": 0.96,
    "fig_claimant_acc": 0.95,
    "fig_verification_acc": 0.81,
    "fig_part_of_acc": 0.9,
    "att_f1": 0.94,
    "att_claimant_acc": 0.95,
    "att_channel_acc": 0.8,
    "place_recall": 0.82,
    "time_recall": 0.97,
    "event_f1": 0.47,
}


@pytest.fixture(scope="module")
def report(shared, nlp, tmp_path_factory) -> dict:
    system = tmp_path_factory.mktemp("claims_unseen") / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for result in extract_articles(read_inputs([str(SET / "articles.jsonl")])):
            out.write(json.dumps(result.to_dict()) + "\n")
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "claims", str(system), str(SET / "gold.jsonl"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout)


def test_claims_unseen_gold_is_the_input_of_every_article():
    articles = [json.loads(line) for line in (SET / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(line) for line in (SET / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(articles) == len(gold) == 12
    for article, annotated in zip(articles, gold):
        assert (article["id"], article["text"], article["published"]) == (
            annotated["id"], annotated["text"], annotated["published"])
        for figure in annotated["figures"]:
            assert annotated["text"].count(figure["anchor"]) == 1, figure["anchor"]
        for attribution in annotated["attributions"]:
            assert annotated["text"].count(attribution["content_anchor"]) == 1, attribution["content_anchor"]


def test_claims_unseen_every_article_scored(report):
    counts = report["counts"]
    assert counts.get("gold_docs") == 12
    assert not counts.get("missing") and not counts.get("error_lines")
    assert not counts.get("gold_anchor_not_found")


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_claims_unseen_meets_floor(report, metric):
    value = report["key"].get(metric)
    assert isinstance(value, (int, float)), f"{metric} is {value!r}"
    assert value >= FLOORS[metric], f"{metric} {value:.4f} < floor {FLOORS[metric]}"
