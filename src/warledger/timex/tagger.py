"""Finding temporal expressions in a text and normalising them in reading order."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..models import DateRange, Time
from . import calendar as cal
from . import clock, dates, durations, periods, relative, year_parts
from . import lexicon as lx
from .compose import compose
from .context import FROM_VALUE, Context, Resolution
from .patterns import Rule, rules

HANDLERS: dict[str, Callable[[re.Match[str], Context], Resolution | None]] = {
    "iso_date": dates.iso_date, "slash_date": dates.slash_date, "month_day": dates.month_day, "day_range": dates.day_range, "night_of": dates.night_of, "month_week": dates.month_week,
    "month_year": dates.month_year, "month_rel_year": dates.month_rel_year, "month": dates.month,
    "year": dates.year, "year_period": dates.year_period, "year_range": dates.year_range, "decade": dates.decade, "century": dates.century, "quarter": year_parts.quarter,
    "half": year_parts.half, "season": year_parts.season, "seasons": year_parts.seasons, "holiday": year_parts.holiday, "clock": clock.clock,
    "spelled_year": dates.spelled_year,
    "weekday": relative.weekday, "dayword": relative.dayword, "part_of_day": relative.part_of_day, "part_bare": relative.part_bare, "dawn_dusk": relative.dawn_dusk,
    "overnight": relative.overnight, "unit_rel": relative.unit_rel, "the_unit": relative.the_unit,
    "year_end": relative.year_end, "ago": relative.ago, "year_ago_adj": relative.year_ago_adj,
    "present_ref": relative.present_ref, "past_ref": relative.past_ref,
    "future_ref": relative.future_ref, "relative_unit": relative.relative_unit,
    "duration": durations.duration, "duration_range": durations.duration_range,
    "duration_adj": durations.duration_adj, "duration_unit_rel": durations.duration_unit_rel,
    "vague_duration": durations.vague_duration, "vague_duration_adj": durations.vague_duration_adj, "bare_units": durations.bare_units,
    "set_word": durations.set_word, "set_every": durations.set_every,
    "named_period": periods.named_period,
}

#: "since" before an expression: the interval runs from it to the publication day
SINCE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.I)
#: "until" before an expression: what lasts runs up to it (from the publication day when ahead)
UNTIL = re.compile(r"\b(?:until|till|'til)\s+$", re.I)
#: writing that puts the day before the month ("6 August 2024")
DAY_FIRST = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]+\.?\s+\d{4}\b")
MONTH_FIRST = re.compile(r"(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b")


#: a determiner before a hyphenated adjective that is the whole expression ("a third-quarter
#: loss", "a 16-hour flight") or before a number and a singular unit used as an adjective
#: ("a five year low", "the two day rally"): TimeML leaves it out of the span
_CARDINAL = r"(?:\d+|(?:{0})(?:[-\s](?:{0}))?)".format(
    "|".join(k for k in lx.words()["numbers"] if k.isalpha() and k not in ("a", "an", "single", "dozen", "hundred")))
ADJECTIVE_DETERMINER = re.compile(
    rf"(?:a|an|the|its|their|his|her|our)\s+(\S+-\S+|{_CARDINAL}\s+(?:second|minute|hour|day|week|month|year|decade|century))",
    re.I)
#: words before an expression that TimeML leaves out of its span: possessives ("its fourth
#: quarter") and "earlier"/"later"/"late" before a named day ("Later Thursday", "late Monday")
LEFT_OUT = re.compile(
    r"(?:its|their|his|her|our)\s+|(?:earlier|later|late)\s+(?=(?-i:[A-Z])[a-z]+day\b|today\b|tonight\b)", re.I)

MIN_ANCHOR, MAX_ANCHOR = date(1000, 1, 1), date(9000, 12, 31)

Candidate = tuple[int, int, int, Rule, re.Match[str]]  # start, end, order, rule, match


def candidates(text: str) -> list[Candidate]:
    """Every match of every rule, best first: longest, then by rule priority, then leftmost."""
    found: list[Candidate] = []
    for order, rule in enumerate(rules()):
        for m in rule.regex.finditer(text):
            start = m.end("lead") if m.groupdict().get("lead") else m.start()
            start, end = _trim(text, start, m.end())
            if end > start:
                found.append((start, end, order, rule, m))
    found.sort(key=lambda c: (-(c[1] - c[0]), -c[3].priority, c[0], c[2]))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Spans end on a word: no trailing spaces or sentence full stop (an abbreviation keeps it)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    det = ADJECTIVE_DETERMINER.fullmatch(text, start, end)
    if det:
        start = det.start(1)
    left = LEFT_OUT.match(text, start, end)
    if left and left.end() < end:
        start = left.end()
    if end > start and text[end - 1] == "," :
        end -= 1
    return start, end


def tag_times(text: str, published: str | None, *, tense_at: Callable[[int], str | None] | None = None) -> list[Time]:
    """The temporal expressions of a text, normalised against the publication day (YYYY-MM-DD
    or None: relative expressions then get underspecified values and no interval)."""
    anchor = cal.parse_day(published) if published else None
    if anchor is not None and not MIN_ANCHOR <= anchor <= MAX_ANCHOR:
        anchor = None  # too near the calendar's ends to count from
    ctx = Context(text=text, anchor=anchor, tense_at=tense_at or (lambda _pos: None),
                  day_first=len(DAY_FIRST.findall(text)) > len(MONTH_FIRST.findall(text)))
    pool = candidates(text)
    chosen = _select(pool)
    times: list[Time] = []
    taken: list[tuple[int, int]] = []
    pending = list(chosen)
    tried: set[int] = set()
    while pending:
        pending.sort(key=lambda c: c[0])
        cand = pending.pop(0)
        tried.add(id(cand))
        start, end, _, rule, m = cand
        try:
            res = HANDLERS[rule.handler](m, ctx)
        except (ValueError, OverflowError):  # a day the calendar cannot hold ("February 30")
            res = None
        if res is None or not res.value:
            others = [c for c in pool if id(c) not in tried]
            pending += _fallbacks(cand, others, taken + [(c[0], c[1]) for c in pending])
            continue
        taken.append((start, end))
        for part_start, part_end, value in res.parts or [(start, end, res.value)]:
            times.append(_to_time(text, part_start, part_end, _part(res, value), ctx))
        if res.remember:
            ctx.remember(res.value, start)
    times.sort(key=lambda t: t.start)
    return compose(text, times)


def _select(found: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for cand in found:
        if not any(cand[0] < c[1] and c[0] < cand[1] for c in chosen):
            chosen.append(cand)
    return chosen


def _fallbacks(failed: Candidate, pool: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """Other readings inside a span whose chosen reading was rejected."""
    inner = [c for c in pool if failed[0] <= c[0] and c[1] <= failed[1]]
    inner = [c for c in inner if not any(c[0] < e and s < c[1] for s, e in taken)]
    return _select(inner)[:3]


def _part(res: Resolution, value: str) -> Resolution:
    if value == res.value:
        return res
    return Resolution(value, res.type, res.interval, res.mod, res.remember)


def _to_time(text: str, start: int, end: int, res: Resolution, ctx: Context) -> Time:
    interval = cal.interval_of(res.value) if res.interval is FROM_VALUE else res.interval
    mod = res.mod
    if interval and interval[0] is not None and res.type in ("DATE", "TIME"):
        interval = cal.narrow(interval, mod)
    if ctx.anchor is not None and interval and interval[0] is not None:
        interval, mod = _bounded(text[max(0, start - 12):start], interval, mod, ctx.anchor)
    return Time(start=start, end=end, text=text[start:end], value=res.value,
                interval=_range(interval), type=res.type, mod=mod)


def _bounded(before: str, interval: tuple[date, date], mod: str | None,
             anchor: date) -> tuple[tuple[date, date], str | None]:
    """"since X": from X to the publication day; "until X": from the publication day to X
    when X lies ahead (X alone when behind it)."""
    if SINCE.search(before):
        if interval[0] <= anchor:
            return (interval[0], anchor), mod or "ON_OR_AFTER"
    elif UNTIL.search(before):
        if interval[1] >= anchor:
            interval = (min(anchor, interval[0]), interval[1])
        return interval, mod or "ON_OR_BEFORE"
    return interval, mod


def _range(interval: tuple[date, date] | None) -> DateRange | None:
    if not interval or interval[0] is None:
        return None
    return DateRange(interval[0].isoformat(), interval[1].isoformat())
