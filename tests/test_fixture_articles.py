"""Never-seen articles through the whole pipeline: what must and must not come out.

The articles (tests/fixtures/unseen/articles.jsonl) were written for the project; the checks live in
tests/fixtures/unseen/expectations.json, one parametrised test each (trafilatura's must / must-not
habit). A check with an "xfail" key is one the extractors do not meet yet.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from warledger.models import Extraction, Figure

UNSEEN = Path(__file__).resolve().parent / "fixtures" / "unseen"
ARTICLES: dict[str, dict[str, Any]] = {
    line["id"]: line
    for line in map(json.loads, (UNSEEN / "articles.jsonl").read_text(encoding="utf-8").splitlines())
}
EXPECTATIONS: dict[str, list[dict[str, Any]]] = json.loads(
    (UNSEEN / "expectations.json").read_text(encoding="utf-8")
)["articles"]

Check = dict[str, Any]
Result = tuple[bool, str]


# --- matching helpers ---------------------------------------------------------------------------

def _fold(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").lower().split())


def names_match(alias: str, name: str) -> bool:
    """Case-insensitive whole-word containment either way (the claims scorer's rule)."""
    a, b = _fold(alias), _fold(name)
    if not a or not b:
        return False
    return bool(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) or re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a))


def anchor_span(art_id: str, anchor: str) -> tuple[int, int]:
    start = ARTICLES[art_id]["text"].find(anchor)
    assert start >= 0, f"anchor {anchor!r} not in {art_id}"
    return start, start + len(anchor)


def overlaps(start: int, end: int, span: tuple[int, int]) -> bool:
    return start < span[1] and span[0] < end


def figure_has_number(fig: Figure, number: float) -> bool:
    """The figure's value is `number`, or (value unknown) its [low, high] contains it."""
    if fig.value is not None:
        return fig.value == number
    if fig.low is None:
        return False
    return fig.low <= number and (fig.high is None or number <= fig.high)


def claimant_names(result: Extraction, attribution: int | None) -> list[str]:
    """The resolved claimant name and the source as written, for the figure's attribution."""
    if attribution is None:
        return []
    att = result.attributions[attribution]
    names = [att.claimant.name] if att.claimant and att.claimant.name else []
    return names + ([att.source.text] if att.source else [])


def claimant_ok(result: Extraction, attribution: int | None, aliases: list[str]) -> bool:
    if not aliases:
        return attribution is None
    return any(names_match(alias, name) for alias in aliases for name in claimant_names(result, attribution))


def in_list(value: Any, accepted: Any) -> bool:
    accepted = accepted if isinstance(accepted, list) else [accepted]
    fold = (lambda v: v.lower()) if isinstance(value, str) else (lambda v: v)
    return value is not None and fold(value) in [fold(a) if isinstance(a, str) else a for a in accepted]


def date_within(date: Any, expected: str | list[str]) -> bool:
    """The event's days lie inside the expected day (or [start, end] range)."""
    low, high = (expected, expected) if isinstance(expected, str) else expected
    return date is not None and low <= date.start <= date.end <= high


# --- one function per kind of check -------------------------------------------------------------

def figure_fails(result: Extraction, art_id: str, fig: Figure, check: Check) -> list[str]:
    """The fields of `check` this figure does not satisfy."""
    failed = []
    if "anchor" in check and not overlaps(fig.start, fig.end, anchor_span(art_id, check["anchor"])):
        failed.append("anchor")
    if "number" in check and not figure_has_number(fig, check["number"]):
        failed.append("number")
    for bound in ("value", "low", "high"):
        if bound in check and getattr(fig, bound) != check[bound]:
            failed.append(bound)
    if "role" in check and not in_list(fig.role, check["role"]):
        failed.append("role")
    if "unit" in check and not in_list(fig.unit, check["unit"]):
        failed.append("unit")
    if "verification" in check and not in_list(fig.verification, check["verification"]):
        failed.append("verification")
    if "claimant" in check and not claimant_ok(result, fig.attribution, check["claimant"]):
        failed.append("claimant")
    if "part_of_number" in check and (
        fig.part_of is None or not figure_has_number(result.figures[fig.part_of], check["part_of_number"])
    ):
        failed.append("part_of")
    return failed


def describe_figure(result: Extraction, fig: Figure) -> str:
    who = claimant_names(result, fig.attribution) or ["(outlet)"]
    parent = result.figures[fig.part_of].text if fig.part_of is not None else None
    return (f"{fig.text!r} value={fig.value} low={fig.low} high={fig.high} unit={fig.unit} role={fig.role} "
            f"claimant={who[0]!r} verification={fig.verification} part_of={parent!r}")


def check_figure(result: Extraction, art_id: str, check: Check) -> Result:
    near = []
    for fig in result.figures:
        failed = figure_fails(result, art_id, fig, check)
        if not failed:
            return True, ""
        if "anchor" not in failed or "number" not in failed:
            near.append(f"  {describe_figure(result, fig)}  (fails: {', '.join(failed)})")
    return False, "no figure matches; nearest:\n" + ("\n".join(near) or "  (none)")


def figure_states_number(fig: Figure, number: float) -> bool:
    """The figure gives `number` as its value or as one of its bounds."""
    return number in (fig.value, fig.low, fig.high)


def check_no_figure(result: Extraction, art_id: str, check: Check) -> Result:
    span = anchor_span(art_id, check["anchor"]) if "anchor" in check else None
    bad = [describe_figure(result, f) for f in result.figures
           if any(figure_states_number(f, n) for n in check.get("numbers", []))
           or (span and overlaps(f.start, f.end, span))]
    return not bad, "figures that should not exist:\n  " + "\n  ".join(bad)


def check_place(result: Extraction, art_id: str, check: Check) -> Result:
    span = anchor_span(art_id, check["anchor"])
    found = [p for p in result.places if overlaps(p.start, p.end, span)]
    for place in found:
        if place.country == check["country"] and check.get("geonames_id", place.geonames_id) == place.geonames_id:
            return True, ""
    return False, "places at the anchor: " + repr([(p.text, p.name, p.country, p.geonames_id) for p in found])


def check_time(result: Extraction, art_id: str, check: Check) -> Result:
    span = anchor_span(art_id, check["anchor"])
    found = [t for t in result.times if overlaps(t.start, t.end, span)]
    if any(t.value in check["accept"] for t in found):
        return True, ""
    return False, "times at the anchor: " + repr([(t.text, t.value) for t in found])


def check_attribution(result: Extraction, art_id: str, check: Check) -> Result:
    span = anchor_span(art_id, check["content_contains"]) if "content_contains" in check else None
    for index, att in enumerate(result.attributions):
        if span and not (att.content.start <= span[0] and span[1] <= att.content.end):
            continue
        if "claimant" in check and not claimant_ok(result, index, check["claimant"]):
            continue
        if "claimant_type" in check and not (att.claimant and in_list(att.claimant.type, check["claimant_type"])):
            continue
        if "channel" in check and not in_list(att.channel, check["channel"]):
            continue
        if "quote" in check and att.quote != check["quote"]:
            continue
        return True, ""
    seen = [(a.source.text if a.source else None, a.claimant.name if a.claimant else None,
             a.claimant.type if a.claimant else None, a.channel, a.quote, a.content.text[:60])
            for a in result.attributions]
    return False, "attributions (source, claimant, type, channel, quote, content):\n  " + "\n  ".join(map(repr, seen))


def check_event(result: Extraction, art_id: str, check: Check) -> Result:
    for ev in result.events:
        place = result.places[ev.place] if ev.place is not None else None
        if ev.event_type != check["event_type"]:
            continue
        if "sub_event_type" in check and ev.sub_event_type != check["sub_event_type"]:
            continue
        if "country" in check and (place is None or place.country != check["country"]):
            continue
        if "date" in check and not date_within(ev.date, check["date"]):
            continue
        if "fatalities" in check and ev.fatalities != check["fatalities"]:
            continue
        return True, ""
    seen = [(e.event_type, e.sub_event_type, e.date.to_dict() if e.date else None,
             result.places[e.place].country if e.place is not None else None, e.fatalities) for e in result.events]
    return False, "events (type, sub-type, date, country, fatalities):\n  " + "\n  ".join(map(repr, seen))


def event_is_excluded(event: Any, check: Check) -> bool:
    """The event has the check's type (and sub-type), or ends before its `ends_before` day."""
    if "event_type" in check and event.event_type != check["event_type"]:
        return False
    if "sub_event_type" in check and event.sub_event_type != check["sub_event_type"]:
        return False
    if "ends_before" in check and not (event.date and event.date.end < check["ends_before"]):
        return False
    return True


def check_no_event(result: Extraction, art_id: str, check: Check) -> Result:
    bad = [(e.event_type, e.sub_event_type, e.date.to_dict() if e.date else None)
           for e in result.events if event_is_excluded(e, check)]
    return not bad, f"events that should not exist: {bad}"


CHECKERS: dict[str, Callable[[Extraction, str, Check], Result]] = {
    "figure": check_figure,
    "no_figure": check_no_figure,
    "place": check_place,
    "time": check_time,
    "attribution": check_attribution,
    "event": check_event,
    "no_event": check_no_event,
}


# --- the tests ----------------------------------------------------------------------------------

def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _cases() -> Iterator[Any]:
    for art_id, checks in EXPECTATIONS.items():
        for n, check in enumerate(checks):
            marks = [pytest.mark.xfail(strict=False, reason=check["xfail"])] if "xfail" in check else []
            yield pytest.param(art_id, check, marks=marks, id=f"{art_id}-{n:02d}-{check['check']}-{_slug(check['why'])}")


@pytest.fixture(scope="module")
def extracted(extract) -> Callable[[str], Extraction]:
    """Each fixture article through the whole pipeline, once per module."""
    cache: dict[str, Extraction] = {}

    def get(art_id: str) -> Extraction:
        if art_id not in cache:
            art = ARTICLES[art_id]
            cache[art_id] = extract(art["text"], published=art.get("published"), outlet=art.get("outlet"))
        return cache[art_id]

    return get


@pytest.mark.parametrize(("art_id", "check"), list(_cases()))
def test_fixture_articles_expectation(extracted, art_id: str, check: Check) -> None:
    result = extracted(art_id)
    assert result.error is None, result.error
    ok, message = CHECKERS[check["check"]](result, art_id, check)
    assert ok, f"{art_id}: {check['why']}: {message}"


def test_fixture_articles_expectations_are_well_formed() -> None:
    assert set(EXPECTATIONS) == set(ARTICLES)
    for art_id, checks in EXPECTATIONS.items():
        for check in checks:
            assert check["check"] in CHECKERS, check
            assert check.get("why"), check
            for key in ("anchor", "content_contains"):
                if key in check:
                    anchor_span(art_id, check[key])


def test_fixture_articles_vague_range_does_not_state_a_year() -> None:
    hundreds = Figure(start=0, end=8, text="hundreds", value=None, low=200, high=None)
    assert figure_has_number(hundreds, 2022)
    assert not figure_states_number(hundreds, 2022)
    assert figure_states_number(hundreds, 200)


def test_fixture_articles_names_match_whole_words() -> None:
    assert names_match("Defence Ministry", "Russia's Defence Ministry")
    assert names_match("Russian Defence Ministry", "Defence Ministry")
    assert not names_match("Russia", "Russian Defence Ministry")
    assert not names_match("governor", "")


# --- the bundled examples (make demo) -----------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "warledger" / "examples"


def test_fixture_articles_examples_read_every_input_kind() -> None:
    from warledger.ingest import read_inputs

    items = {item.id: item for item in read_inputs([str(EXAMPLES)])}
    articles = {k: v.article for k, v in items.items() if v.article is not None and k.startswith(("ex-", "drc-", "sudan-"))}
    assert len(articles) == 7, sorted(items)
    assert all(items[k].error is None for k in articles)
    page = articles["drc-north-kivu-displacement"]
    assert (page.outlet, page.published_date) == ("Lakeshore Herald", "2026-11-24")
    assert "Subscribe" not in page.text and "newsletter" not in page.text
    assert articles["ex-2026-11-18-nikopol-shelling"].outlet == "Meridian Daily"


def test_fixture_articles_examples_extract_without_error(nlp) -> None:
    from warledger.extract import extract_articles
    from warledger.ingest import read_inputs

    results = list(extract_articles(read_inputs([str(EXAMPLES)])))
    assert len(results) == 7
    assert [r.id for r in results if r.error is not None] == []
