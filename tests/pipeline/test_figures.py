"""The wl_figures component through the whole pipeline."""
from __future__ import annotations

import json


def test_figures_component_sets_doc_extension(nlp):
    doc = nlp("Shelling killed four civilians and wounded 11 others in the town on Monday.")
    figures = doc._.wl_figures
    assert [(f.value, f.unit, f.role) for f in figures] == [(4, "civilian", "killed"), (11, "person", "injured")]
    assert all(doc.text[f.start : f.end] == f.text for f in figures)


def test_figures_outlet_voice_has_no_attribution(extract):
    result = extract("Ukrainian forces struck three bridges in the past week.", published="2024-08-21")
    assert [(f.value, f.role, f.attribution, f.verification) for f in result.figures] == [(3, "struck", None, "unstated")]


def test_figures_seed_article_counts(extract, shared):
    article = json.loads((shared / "seed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    result = extract(article["text"], published=article["published"], outlet=article["outlet"])
    got = {(f.text, f.value, f.low, f.unit, f.role) for f in result.figures}
    assert ("45 Ukrainian drones", 45, 45, "drone", "intercepted") in got
    assert ("several airfields", None, 2, "airfield", "struck") in got
    assert ("31 people", 31, 31, "person", "killed") in got
    by_value = {f.value: f for f in result.figures}
    assert result.figures[by_value[11].part_of].value == 45
    assert result.figures[by_value[79].part_of].value == 143
    assert result.figures[by_value[4].part_of].value == 79
    assert by_value[79].role == "hospitalised" and by_value[79].unit == "person"
    assert not {6, 2024, 8} & {f.value for f in result.figures}
