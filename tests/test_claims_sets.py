"""Our eight claims sets: invented articles hand-annotated in the claims gold format.

tests/fixtures/claims_unseen/, claims_fresh/, claims_blind/, claims_blind2/, claims_holdout/, claims_holdout2/,
claims_holdout3/ and claims_holdout4/ each hold 12 articles and their gold (how they were annotated: their
READMEs). claims_unseen,
claims_fresh, claims_blind and claims_blind2 had error classes fixed on them after their first run; the four
holdouts are measured only. Each article goes through the library
exactly as `warledger extract` runs it; the output is scored by ../shared/eval/score.py claims (skipped
when ../shared is absent) and every key metric must stay at or above its floor, pinned just below the
value measured (see benchmarks/README.md). Raise a floor when a metric rises clearly; never lower one
without saying why.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warledger.extract import extract_articles
from warledger.ingest import read_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# At f4e6f7e (2026-11-29, with that stop's event, claimant and estimate rules): event_f1 unseen 0.732, fresh
# 0.667, blind 0.480, blind2 0.390, holdout 0.500, holdout2 0.327, holdout3 0.342, holdout4 0.444; blind2
# claimant 0.890, att_f1 0.823, role 0.787; claimant holdout 0.917, holdout2 0.950, holdout3 0.864 (att_f1
# 0.817). The floors of those metrics were raised below these values.

# measured 2026-11-28 at 3b66a10 with the gold of the commit that added 13 optional struck objects:
# fig_recall 0.975, fig_f1 0.975, fig_role_f1 0.747, role 0.766, unit 0.909, claimant 0.883,
# verification 0.805, part_of 0.922; att_f1 0.916, att claimant 0.920, channel 0.789; places 0.870,
# times 1.0, events 0.511. At e6926de: verification 0.844, channel 0.842, fig_f1 0.981, part_of 0.909.
# At 0a47c54 (figure role/unit classes fixed on this set): fig_role_f1 0.930, role 0.948, unit 1.0, part_of 0.922;
# treated = injured: fig_role_f1 0.969, role 0.987, fig_recall 0.975.
# At c817cb9 (claimant and cue classes fixed on this set): fig_claimant_acc 1.0, att_claimant_acc 1.0,
# att_f1 0.968, att_channel_acc 0.850, fig_verification_acc 0.846. At 9e1c63a: verification 0.949, channel 0.900,
# role 0.975. At a366fa5: channel 1.000.
UNSEEN_FLOORS = {
    "fig_recall": 0.94,
    "fig_f1": 0.95,
    "fig_role_f1": 0.94,
    "fig_role_acc": 0.95,
    "fig_unit_acc": 0.96,
    "fig_claimant_acc": 0.95,
    "fig_verification_acc": 0.92,
    "fig_part_of_acc": 0.9,
    "att_f1": 0.94,
    "att_claimant_acc": 0.95,
    "att_channel_acc": 0.97,
    "place_recall": 0.82,
    "time_recall": 0.97,
    "event_f1": 0.69,
}

# claims_fresh, first run at af6f29e: fig_role_f1 0.899, claimant 0.898, verification 0.602, att_f1 0.912,
# att claimant 0.960, channel 0.900. At 184a478 (classes fixed on it): fig_recall 0.990, role 0.908, unit
# 0.867, claimant 0.990, verification 0.898, part_of 0.898, att_f1 0.932, att claimant 0.990, channel 0.967,
# places 0.900, times 0.970, events 0.500. At 9e1c63a: role 0.980, verification 0.918, channel 1.000. At a366fa5:
# att_f1 0.940, places 0.933. At 3b69ca5: att_f1 0.945, places 0.967, events 0.500.
FRESH_FLOORS = {
    "fig_recall": 0.96, "fig_f1": 0.96, "fig_role_f1": 0.94, "fig_role_acc": 0.95, "fig_unit_acc": 0.84,
    "fig_claimant_acc": 0.95, "fig_verification_acc": 0.89, "fig_part_of_acc": 0.86, "att_f1": 0.92,
    "att_claimant_acc": 0.95, "att_channel_acc": 0.96, "place_recall": 0.94, "time_recall": 0.94, "event_f1": 0.62,
}

# claims_holdout (measured only, never fixed on): at af6f29e fig_role_f1 0.753, claimant 0.868, verification
# 0.669, att_f1 0.874, att claimant 0.912, channel 0.857; at 184a478 fig_recall 0.968, fig_f1 0.949, role
# 0.793, unit 0.884, claimant 0.876, verification 0.702, part_of 0.934, att_f1 0.874, att claimant 0.921,
# channel 0.857, places 0.915, times 0.918, events 0.406. At 9e1c63a: claimant 0.884, verification 0.694,
# att_f1 0.875, channel 0.929. At the places change after 365cdd7 (a name placed once is that place
# elsewhere) places 0.915 -> 0.953 and events 0.400 -> 0.369: floor 0.37 -> 0.36. At 3b69ca5: claimant
# 0.909, att_f1 0.890, channel 0.964.
HOLDOUT_FLOORS = {
    "fig_recall": 0.94, "fig_f1": 0.92, "fig_role_f1": 0.72, "fig_role_acc": 0.76, "fig_unit_acc": 0.85,
    "fig_claimant_acc": 0.89, "fig_verification_acc": 0.67, "fig_part_of_acc": 0.9, "att_f1": 0.86,
    "att_claimant_acc": 0.89, "att_channel_acc": 0.93, "place_recall": 0.92, "time_recall": 0.89, "event_f1": 0.46,
}

# claims_blind (a fourth hand, 12 more styles), first run at 2d577d8: fig_role_f1 0.795, role 0.806, unit 0.870,
# claimant 0.833, verification 0.593, att_f1 0.849, att claimant 0.941, channel 0.722, places 0.824, events 0.364.
# At 3761e73 (classes fixed on it): role 0.852, unit 0.880, claimant 0.907, verification 0.880, part_of 0.935,
# att_f1 0.873, att claimant 0.952, channel 0.905, places 0.847, times 0.954, events 0.364. At a366fa5: att_f1 0.892,
# channel 0.952, places 0.885, events 0.357. At 3b69ca5: claimant 0.917, verification 0.898, att_f1 0.896,
# places 0.916, times 0.977.
BLIND_FLOORS = {
    "fig_recall": 0.96, "fig_f1": 0.96, "fig_role_f1": 0.81, "fig_role_acc": 0.82, "fig_unit_acc": 0.85,
    "fig_claimant_acc": 0.9, "fig_verification_acc": 0.87, "fig_part_of_acc": 0.9, "att_f1": 0.84,
    "att_claimant_acc": 0.92, "att_channel_acc": 0.92, "place_recall": 0.89, "time_recall": 0.95, "event_f1": 0.44,
}

# claims_holdout2 (a fifth hand; measured only, never fixed on): first run at 90f7473 fig_recall 0.984,
# fig_f1 0.976, fig_role_f1 0.756, role 0.775, unit 0.900, claimant 0.867, verification 0.542, part_of 0.892,
# att_f1 0.866, att claimant 0.967, channel 0.778, places 0.921, times 0.961, events 0.189. At a366fa5: role 0.783,
# claimant 0.917, verification 0.567, att_f1 0.896, channel 0.833, places 0.931. At 3b69ca5: claimant 0.942,
# verification 0.583, att_f1 0.900, channel 0.944, places 0.960, times 0.974, events 0.226.
HOLDOUT2_FLOORS = {
    "fig_recall": 0.95, "fig_f1": 0.94, "fig_role_f1": 0.72, "fig_role_acc": 0.74, "fig_unit_acc": 0.87,
    "fig_claimant_acc": 0.93, "fig_verification_acc": 0.56, "fig_part_of_acc": 0.86, "att_f1": 0.87,
    "att_claimant_acc": 0.93, "att_channel_acc": 0.92, "place_recall": 0.93, "time_recall": 0.95, "event_f1": 0.29,
}

# claims_blind2 (a sixth hand, stressing verification), first run at 64238fe: fig_role_f1 0.680, role 0.704,
# unit 0.784, claimant 0.720, verification 0.632, part_of 0.856, att_f1 0.698, att claimant 0.969, channel 0.692,
# places 0.904, times 0.935, events 0.208. At b8847e7 (classes fixed on it): role 0.762, claimant 0.770,
# verification 0.778, att_f1 0.743, channel 0.769. At a366fa5: claimant 0.786, verification 0.794, att_f1 0.778,
# channel 0.846, places 0.923, times 0.946. At 3b69ca5: claimant 0.833, verification 0.802, att_f1 0.795,
# channel 1.000, places 0.942, times 0.957.
BLIND2_FLOORS = {
    "fig_recall": 0.97, "fig_f1": 0.94, "fig_role_f1": 0.73, "fig_role_acc": 0.76, "fig_unit_acc": 0.76,
    "fig_claimant_acc": 0.86, "fig_verification_acc": 0.78, "fig_part_of_acc": 0.83, "att_f1": 0.8,
    "att_claimant_acc": 0.95, "att_channel_acc": 0.95, "place_recall": 0.92, "time_recall": 0.93, "event_f1": 0.35,
}

# claims_holdout3 (a seventh hand; measured only, never fixed on): first run at 64238fe fig_recall 0.965,
# fig_f1 0.952, fig_role_f1 0.699, role 0.734, unit 0.752, claimant 0.835, verification 0.550, part_of 0.899,
# att_f1 0.789, att claimant 0.933, channel 0.600, places 0.736, times 0.840, events 0.326. At a366fa5: role 0.743,
# claimant 0.844, att_f1 0.791, places 0.791. At 3b69ca5: claimant 0.853, att_f1 0.805, channel 0.720,
# places 0.802, times 0.870.
HOLDOUT3_FLOORS = {
    "fig_recall": 0.94, "fig_f1": 0.93, "fig_role_f1": 0.68, "fig_role_acc": 0.72, "fig_unit_acc": 0.73,
    "fig_claimant_acc": 0.84, "fig_verification_acc": 0.53, "fig_part_of_acc": 0.87, "att_f1": 0.79,
    "att_claimant_acc": 0.91, "att_channel_acc": 0.69, "place_recall": 0.78, "time_recall": 0.85, "event_f1": 0.3,
}

# claims_holdout4 (an eighth hand, mainstream wire and newspaper styles; measured only, never fixed on): first
# run at 03d9f64 fig_recall 0.995, fig_f1 0.965, fig_role_f1 0.832, role 0.862, unit 0.934, claimant 0.923,
# verification 0.619, part_of 0.917, att_f1 0.918, att claimant 0.942, channel 1.000, places 0.940, times 0.952,
# events 0.424 (the code at the start of that stop, 2a68009, scored the same but events 0.412).
HOLDOUT4_FLOORS = {
    "fig_recall": 0.97, "fig_f1": 0.94, "fig_role_f1": 0.81, "fig_role_acc": 0.84, "fig_unit_acc": 0.91,
    "fig_claimant_acc": 0.9, "fig_verification_acc": 0.6, "fig_part_of_acc": 0.89, "att_f1": 0.89,
    "att_claimant_acc": 0.92, "att_channel_acc": 0.97, "place_recall": 0.92, "time_recall": 0.93, "event_f1": 0.41,
}

FLOORS = {"claims_unseen": UNSEEN_FLOORS, "claims_fresh": FRESH_FLOORS, "claims_holdout": HOLDOUT_FLOORS,
          "claims_blind": BLIND_FLOORS, "claims_holdout2": HOLDOUT2_FLOORS, "claims_blind2": BLIND2_FLOORS,
          "claims_holdout3": HOLDOUT3_FLOORS, "claims_holdout4": HOLDOUT4_FLOORS}
SETS = sorted(FLOORS)


@pytest.fixture(scope="module", params=SETS)
def scored(request, shared, nlp, tmp_path_factory) -> tuple[str, dict]:
    name = request.param
    folder = FIXTURES / name
    system = tmp_path_factory.mktemp(name) / "system.jsonl"
    with system.open("w", encoding="utf-8") as out:
        for result in extract_articles(read_inputs([str(folder / "articles.jsonl")])):
            out.write(json.dumps(result.to_dict()) + "\n")
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "claims", str(system), str(folder / "gold.jsonl"), "--json"],
        capture_output=True, text=True, check=True,
    )
    return name, json.loads(proc.stdout)


@pytest.mark.parametrize("name", SETS)
def test_claims_set_gold_is_the_input_of_every_article(name):
    folder = FIXTURES / name
    articles = [json.loads(line) for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(articles) == len(gold) == 12
    for article, annotated in zip(articles, gold):
        assert (article["id"], article["text"], article["published"]) == (
            annotated["id"], annotated["text"], annotated["published"])
        for figure in annotated["figures"]:
            assert annotated["text"].count(figure["anchor"]) == 1, figure["anchor"]
        for attribution in annotated["attributions"]:
            assert annotated["text"].count(attribution["content_anchor"]) == 1, attribution["content_anchor"]


def test_claims_set_every_article_scored(scored):
    _, report = scored
    counts = report["counts"]
    assert counts.get("gold_docs") == 12
    assert not counts.get("missing") and not counts.get("error_lines")
    assert not counts.get("gold_anchor_not_found")


def test_claims_set_meets_floors(scored):
    name, report = scored
    below = {metric: report["key"].get(metric) for metric, floor in FLOORS[name].items()
             if not isinstance(report["key"].get(metric), (int, float)) or report["key"][metric] < floor}
    assert not below, f"{name} below its floors: {below}"
