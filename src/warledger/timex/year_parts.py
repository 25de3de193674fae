"""Normalisers of the named parts of a year: quarters, halves, seasons and holidays."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from . import lexicon as lx
from .context import FUTURE, PAST, Context, Resolution
from .dates import _group, edge_mod, full_year

Match = re.Match[str]


def quarter(m: Match, ctx: Context) -> Resolution | None:
    if _group(m, "q") or _group(m, "q2"):
        q = int((m["q"] or m["q2"])[1])
        return Resolution(f"{m['y'] or m['y2']}-Q{q}")
    ordinal = lx.key(m["ord"])
    q = 4 if ordinal in ("last", "final") else lx.words()["ordinals"].get(ordinal)
    if not q or not 1 <= q <= 4:
        return None
    y = m["y1"] or m["y2"]
    rely = (m["rely"] or m["rely2"] or "").lower()
    if y:
        year_ = int(y)
    elif ctx.anchor is None:
        return Resolution(f"XXXX-Q{q}")
    elif rely:
        year_ = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[rely]
    else:
        year_ = _quarter_year(ctx, q, m.start())
    if (m["adj"] or "").lower() in ("year-earlier", "year-ago"):
        year_ -= 1
    return Resolution(f"{year_}-Q{q}")


def _quarter_year(ctx: Context, q: int, pos: int) -> int:
    """The year of a quarter named without one: the publication year, or the year before for a
    quarter not yet begun unless told in the future tense (reports look back)."""
    a = ctx.anchor
    current = cal.quarter_of(a)
    if q > current and ctx.tense(pos) != FUTURE:
        return a.year - 1
    return a.year


def half(m: Match, ctx: Context) -> Resolution | None:
    h = 1 if lx.key(m["ord"]) == "first" else 2
    if m["y"]:
        return Resolution(f"{m['y']}-H{h}")
    if m["dec"]:
        return Resolution(f"19{m['dec'][0]}", mod="START" if h == 1 else "END")
    if ctx.anchor is None:
        return Resolution(f"XXXX-H{h}")
    rely = (m["rely"] or "this").lower()
    return Resolution(f"{ctx.anchor.year + {'this': 0, 'last': -1, 'next': 1}[rely]}-H{h}")


def season(m: Match, ctx: Context) -> Resolution | None:
    code = lx.words()["seasons"][lx.key(m["season"])]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    after = ctx.text[m.end():m.end() + 4]
    if not m["y"] and not rel and lx.key(m["season"]) in ("fall", "spring"):
        return None  # verbs and springs of water
    if not m["y"] and re.match(r"\s+of\b", after):
        return None  # "the fall of the city"
    if m["y"]:
        return Resolution(f"{full_year(m['y'], ctx.anchor)}-{code}", mod=edge_mod(m["edge"]))
    if ctx.anchor is None:
        return Resolution(f"XXXX-{code}", mod=edge_mod(m["edge"]))
    a = ctx.anchor
    start_month = lx.words()["season_start_month"][code]
    this_year = a.year if not (code == "WI" and a.month <= 2) else a.year - 1
    begun = date(this_year, start_month, 1) <= a
    if rel in ("last", "this past"):
        y = this_year if _season_over(this_year, code, a) else this_year - 1
    elif rel in ("next", "this coming"):
        y = this_year + 1 if begun else this_year
    elif rel == "that":
        y = ctx.reference_year() or this_year
    elif rel == "this":
        y = this_year
    else:
        tense = ctx.tense(m.start())
        y = this_year - 1 if tense == PAST and not begun else (this_year + 1 if tense == FUTURE and _season_over(this_year, code, a) else this_year)
    return Resolution(f"{y}-{code}", mod=edge_mod(m["edge"]))


def seasons(m: Match, ctx: Context) -> Resolution:
    """the past three summers: the summers, one after another (a TIMEX3 set)."""
    code = lx.words()["seasons"][lx.key(m["season"]).removesuffix("s")]
    return Resolution(f"XXXX-{code}", "SET", None)


def _season_over(year: int, code: str, anchor: date) -> bool:
    span = cal.interval_of(f"{year}-{code}")
    return bool(span) and span[1] < anchor


def holiday(m: Match, ctx: Context) -> Resolution | None:
    name = lx.key(m["name"]).replace("’", "'")
    rule = next((h.rule for h in lx.holidays() if h.name == name), None)
    if rule is None:
        return None
    if m["y"]:
        return Resolution(holiday_day(rule, int(m["y"])).isoformat())
    if ctx.anchor is None:
        return Resolution("XXXX-XX-XX")
    a = ctx.anchor
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    this = holiday_day(rule, a.year)
    if rel in ("last", "this past"):
        day = this if this < a else holiday_day(rule, a.year - 1)
    elif rel in ("next", "this coming"):
        day = this if this > a else holiday_day(rule, a.year + 1)
    elif rel == "this":
        day = this
    else:
        day = holiday_day(rule, ctx.year_for(this.month, this.day, m.start()) or a.year)
    return Resolution(day.isoformat())


def holiday_day(rule: str, year_: int) -> date:
    """The day of a holiday rule (time_holidays.tsv) in a year."""
    if rule.startswith("nth:"):
        _, month_, n, weekday = rule.split(":")
        return cal.nth_weekday(year_, int(month_), int(n), int(weekday))
    if rule.startswith("after:"):
        _, month_day_, weekday = rule.split(":")
        month_, day = month_day_.split("-")
        return cal.weekday_on_or_after(date(year_, int(month_), int(day)), int(weekday))
    if rule.startswith("easter:"):
        return cal.easter(year_) + timedelta(days=int(rule.split(":")[1]))
    month_, day = rule.split("-")
    return date(year_, int(month_), int(day))
