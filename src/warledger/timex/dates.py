"""Normalisers of calendar dates: written days, months, years, decades, centuries, ranges."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from . import lexicon as lx
from .context import Context, Resolution

Match = re.Match[str]

EDGE_MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START",
             "outset": "START", "turn": "START", "late": "END", "later": "END", "end": "END",
             "close": "END", "mid": "MID", "middle": "MID"}


def edge_mod(edge: str | None) -> str | None:
    """TIMEX3 mod of "early", "the end of", "mid-" ..."""
    if not edge:
        return None
    for word in re.findall(r"[a-z]+", edge.lower()):
        if word in EDGE_MODS:
            return EDGE_MODS[word]
    return None


def month_number(word: str) -> int:
    return lx.words()["months"][lx.key(word)]


def weekday_number(word: str) -> int:
    return lx.words()["weekdays"][lx.key(word).removesuffix("'s")]


def day_number(word: str) -> int:
    """The day of a written day of the month: '6', '6th', 'sixth', 'twenty-first'."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    parts = lx.key(word).replace("-", " ").split()
    ordinals = lx.words()["ordinals"]
    return sum(int(lx.number_of(p) or 0) for p in parts[:-1]) + ordinals[parts[-1]]


def spelled_year_number(words: str) -> int | None:
    """A year written in words: "nineteen ninety-seven", "two thousand and three"."""
    parts = [w for w in lx.key(words).replace("-", " ").split() if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = lx.number_of(" ".join(parts[2:])) if len(parts) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    head = lx.number_of(parts[0])
    if head is None:
        return None
    tail = lx.number_of(" ".join(parts[1:]))
    return None if tail is None else int(head) * 100 + int(tail)


def full_year(word: str, anchor: date | None) -> int:
    """A written year: '1998', "'98" read in the century that puts it nearest the anchor, or
    words ("nineteen ninety-eight")."""
    if re.search(r"[a-z]", word, re.I):
        year = spelled_year_number(word)
        if year is None:
            raise ValueError(f"not a year: {word!r}")
        return year
    digits = word.strip("'’")
    if len(digits) == 4:
        return int(digits)
    base = (anchor.year if anchor else 2000)
    candidates = [c * 100 + int(digits) for c in (base // 100 - 1, base // 100)]
    return min(candidates, key=lambda y: (y > base + 10, abs(y - base)))


def ymd(year: int | None, month: int, day: int | None = None) -> str:
    y = f"{year:04d}" if year is not None else "XXXX"
    return f"{y}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= day <= cal.month_length(year if year is not None else 2000, month)


def iso_date(m: Match, ctx: Context) -> Resolution | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not valid_day(y, mo, d):
        return None
    if m["hh"]:
        return Resolution(f"{ymd(y, mo, d)}T{m['hh']}:{m['mi']}", "TIME", (date(y, mo, d),) * 2)
    return Resolution(ymd(y, mo, d))


def slash_date(m: Match, ctx: Context) -> Resolution | None:
    """08/06/2024: month first (American) unless the first number cannot be a month or the
    article writes its dates day first."""
    a, b = int(m["a"]), int(m["b"])
    year = full_year(m["y"], ctx.anchor) if len(m["y"]) == 2 else int(m["y"])
    if a > 12 and b <= 12:
        month, day = b, a
    elif b > 12 and a <= 12:
        month, day = a, b
    elif a <= 12 and b <= 12:
        month, day = (b, a) if ctx.day_first else (a, b)
    else:
        return None
    if not valid_day(year, month, day):
        return None
    return Resolution(ymd(year, month, day))


def month_day(m: Match, ctx: Context) -> Resolution | None:
    month, day = month_number(m["mo"]), day_number(m["d"])
    if m["y"]:
        year = full_year(m["y"], ctx.anchor)
    elif _group(m, "rel") and ctx.anchor is not None:
        year = _year_by_relation(ctx.anchor, month, day, _group(m, "rel"))
    else:
        year = ctx.year_for(month, day, m.start())
        if m["wd"] and year is not None:
            year = _year_matching_weekday(year, month, day, weekday_number(m["wd"]))
    if not valid_day(year, month, day):
        return None
    return Resolution(ymd(year, month, day), mod=edge_mod(_group(m, "edge")))


def night_of(m: Match, ctx: Context) -> Resolution | None:
    """the night of 20 to 21 August / of August 20: the night beginning on the first day."""
    g = m.groupdict()
    day = g["d1"] or g["d3"] or g["d5"] or g["d6"]
    word = g["mo"] or g["mo2"] or g["mo3"] or g["mo4"]
    month, first = month_number(word), day_number(day)
    year = int(g["y"]) if g["y"] else ctx.year_for(month, first, m.start())
    if not valid_day(year, month, first):
        return None
    if year is None:
        return Resolution(f"{ymd(None, month, first)}TNI", "TIME", None)
    start = date(year, month, first)
    return Resolution(f"{start.isoformat()}TNI", "TIME", (start, start + timedelta(days=1)))


def month_week(m: Match, ctx: Context) -> Resolution | None:
    """the first week of March: the ISO week holding its first (n-th, last) seven days."""
    month = month_number(m["mo"])
    year = int(m["y"]) if m["y"] else ctx.year_for(month, None, m.start())
    if year is None:
        return Resolution(f"XXXX-{month:02d}", interval=None)
    n = lx.words()["ordinals"][lx.key(m["ord"])]
    if n < 0:
        day = date(year, month, cal.month_length(year, month)) - timedelta(days=3)
    else:
        day = date(year, month, 1) + timedelta(days=7 * (n - 1) + 3)
    return Resolution(cal.week_value(day))


def day_range(m: Match, ctx: Context) -> Resolution | None:
    """12-14 August, between 12 and 14 August, August 12-14: both ends as expressions, each
    covering the whole range."""
    month, d1, d2 = month_number(m["mo"]), day_number(m["d1"]), day_number(m["d2"])
    year = int(m["y"]) if m["y"] else ctx.year_for(month, d1, m.start())
    if not (d1 < d2 and valid_day(year, month, d1) and valid_day(year, month, d2)):
        return None
    first, second = ymd(year, month, d1), ymd(year, month, d2)
    if m.start("mo") < m.start("d1"):  # August 12-14
        parts = [(m.start(), m.end("d1"), first), (m.start("d2"), m.end(), second)]
    else:
        parts = [(m.start("d1"), m.end("d1"), first), (m.start("d2"), m.end(), second)]
    span = (date(year, month, d1), date(year, month, d2)) if year is not None else None
    return Resolution(second, interval=span, parts=parts)


def _year_by_relation(anchor: date, month: int, day: int, rel: str) -> int:
    """last Oct. 23: the latest before the anchor; next: the first after it; this: its year."""
    rel = lx.key(rel)
    here = (month, day)
    now = (anchor.month, anchor.day)
    if rel in ("last", "this past"):
        return anchor.year if here < now else anchor.year - 1
    if rel in ("next", "this coming"):
        return anchor.year if here > now else anchor.year + 1
    return anchor.year


def _year_matching_weekday(year: int, month: int, day: int, weekday: int) -> int:
    for y in (year, year - 1, year + 1):
        if valid_day(y, month, day) and date(y, month, day).isoweekday() == weekday:
            return y
    return year


def month_year(m: Match, ctx: Context) -> Resolution:
    return Resolution(ymd(full_year(m["y"], ctx.anchor), month_number(m["mo"])), mod=edge_mod(m["edge"]))


def month_rel_year(m: Match, ctx: Context) -> Resolution:
    shift = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    year = ctx.anchor.year + shift if ctx.anchor else None
    return Resolution(ymd(year, month_number(m["mo"])))


MONTH_CUES = re.compile(r"(?:in|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|last|next|this|each|every|and|or|between)\s+$", re.I)


def month(m: Match, ctx: Context) -> Resolution | None:
    word = m["mo"]
    rel = (m["rel"] or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    if lx.key(word) == "may" and not rel and not m["edge"] and not MONTH_CUES.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # the modal verb
    if word.isupper() and len(word) > 3 and not rel:
        return None  # a heading in capitals is no date
    mo = month_number(word)
    a = ctx.anchor
    if a is None:
        year = None
    elif rel in ("last", "this past", "past", "previous"):
        year = a.year if mo < a.month else a.year - 1
    elif rel in ("next", "this coming", "coming", "following"):
        year = a.year if mo > a.month else a.year + 1
    elif rel in ("this", "current", "the month of"):
        year = a.year if rel != "the month of" else ctx.year_for(mo, None, m.start())
    else:
        year = ctx.year_for(mo, None, m.start())
    return Resolution(ymd(year, mo), mod=edge_mod(m["edge"]))


def year_range(m: Match, ctx: Context) -> Resolution | None:
    """2022-23, 1990-1995: both years as expressions, each covering the whole range."""
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    parts = [(m.start("y1"), m.end("y1"), str(y1)), (m.start("y2"), m.end("y2"), str(y2))]
    return Resolution(str(y2), interval=(date(y1, 1, 1), date(y2, 12, 31)), parts=parts)


def year_period(m: Match, ctx: Context) -> Resolution:
    """the 1988 period / the 1988 quarter: the quarter under discussion, in that year."""
    ref = ctx.reference("quarter")
    if ref and (m["what"].lower() != "year"):
        return Resolution(f"{m['y']}{ref[4:]}", remember=False)
    return Resolution(m["y"])


def year(m: Match, ctx: Context) -> Resolution | None:
    y = int(m["y"])
    before = ctx.text[max(0, m.start() - 3):m.start()]
    if re.search(r"(?:No|no|#)\.?\s*$", before):
        return None
    if not (1000 <= y <= 2100):
        return None
    return Resolution(str(y), mod=edge_mod(_group(m, "edge")))


def decade(m: Match, ctx: Context) -> Resolution:
    if m["dec"]:
        value = m["dec"][:3]
    else:
        tens = int(m["dec2"][0]) if m["dec2"] else lx.words()["decade_words"][lx.key(m["word"])]
        century = 19
        if ctx.anchor and tens * 10 <= ctx.anchor.year % 100 - 10 and ctx.anchor.year >= 2000:
            century = ctx.anchor.year // 100
        value = f"{century}{tens}"
    return Resolution(value, mod=edge_mod(m["edge"]))


def century(m: Match, ctx: Context) -> Resolution | None:
    if m["ord"]:
        digits = re.match(r"\d+", m["ord"])
        n = int(digits.group()) if digits else lx.words()["ordinals"].get(lx.key(m["ord"]))
        if not n or n < 1:
            return None
        return Resolution(f"{n - 1:02d}")
    if ctx.anchor is None:
        return Resolution("XX")
    shift = 0 if lx.key(m["rel"]) == "this" else (1 if "next" in m["rel"].lower() else -1)
    return Resolution(f"{ctx.anchor.year // 100 + shift:02d}")


def spelled_year(m: Match, ctx: Context) -> Resolution | None:
    year = spelled_year_number(m["y"])
    return Resolution(str(year)) if year is not None else None


def _group(m: Match, name: str) -> str | None:
    return m.groupdict().get(name)
