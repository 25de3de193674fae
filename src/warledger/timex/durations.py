"""Normalisers of durations ("three days", "the past week", "a five-year term") and sets
("daily", "every Monday")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from . import lexicon as lx
from .context import Context, Resolution
from .dates import month_number, weekday_number

Match = re.Match[str]

#: relation words that anchor a duration before / after the publication day
BEFORE = {"past", "last", "previous", "preceding", "recent"}
AFTER = {"next", "coming", "following", "ensuing", "remaining"}
#: "twice a week": a frequency, a SET
FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s*$", re.I)
#: a modal or "to" before "one day": an indefinite time ahead
MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must|to)\s+$", re.I)
#: "$5 a year", "24 hours a day": a rate of a quantity, not a time
AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|trillion|dollars?|cents?|pounds?|euros?|percent|%|seats|barrels|tons|tonnes|hours|miles|kilometres|kilometers)\)?\s*$", re.I)


def period_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3D, PT5H, P2Y6M, PXW; decades and centuries in years."""
    code = lx.words()["units"][unit]
    if code == "2W":
        code, n = "W", (n * 2 if n is not None else None)
    if code in ("DE", "CE", "ML"):
        if n is None:
            return "PX" + {"DE": "DE", "CE": "C", "ML": "L"}[code]
        n, code = n * {"DE": 10, "CE": 100, "ML": 1000}[code], "Y"
    time = unit in lx.words()["time_units"]
    prefix = "PT" if time else "P"
    if n is None:
        return f"{prefix}X{code}"
    whole = int(n)
    frac = n - whole
    if frac and code in ("Y", "H", "M", "D"):
        sub = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24), "M": ("D", 30)}[code]
        if unit == "minute":
            sub = ("S", 60)
        if unit == "month":
            sub = ("D", 30)
        rest = round(frac * sub[1])
        if code == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"{prefix}{whole}{code}{rest}{sub[0]}" if whole else f"{prefix}{rest}{sub[0]}"
    return f"{prefix}{whole}{code}"


def _anchored(ctx: Context, rel: str, n: float | None, unit: str) -> tuple[date, date] | None:
    """Days covered by "the past N units" / "the next N units"; None when unanchored."""
    if ctx.anchor is None or n is None or not rel:
        return None
    code = lx.words()["units"][unit]
    if code == "2W":
        code, n = "W", n * 2
    if unit in lx.words()["time_units"]:
        seconds = n * {"second": 1, "minute": 60, "hour": 3600}[unit]
        days = -(-int(seconds) // 86400)  # whole days touched, rounded up
        if rel in BEFORE:
            return (ctx.anchor - timedelta(days=days), ctx.anchor)
        return (ctx.anchor, ctx.anchor + timedelta(days=days)) if rel in AFTER else None
    amount = int(n) if n == int(n) else int(n) + 1
    if rel in BEFORE:
        return (cal.move_day(ctx.anchor, code, -amount), ctx.anchor)
    if rel in AFTER:
        return (ctx.anchor, cal.move_day(ctx.anchor, code, amount))
    return None


#: words before "last N days" that make "last" an adjective ("in the last 30 days", "over last 5 years")
LAST_CUES = re.compile(r"(?:in|over|for|during|within|of|from|the|past|these|those|since)\s+$", re.I)


def quantity_mod(m: Match) -> str | None:
    """TIMEX3 mod of "about", "more than", "at least", "within" ... before a quantity."""
    word = m.groupdict().get("approx") or m.groupdict().get("lead")
    return lx.words()["quantity_mods"].get(lx.key(word)) if word else None


def duration(m: Match, ctx: Context) -> Resolution | None:
    num_text = lx.key(m["num"])
    unit = lx.unit_of(m["unit"])
    if unit == "second" and num_text in ("a", "an", "the", "one"):
        return None  # "a second time"
    if re.fullmatch(r"1\d{3}|20\d\d", num_text):
        return None  # a year: "the 1988 quarter"
    n = lx.number_of(num_text)
    rel = lx.key(m.groupdict().get("rel") or "")
    if num_text == "one" and unit == "day" and not rel and MODAL_BEFORE.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return Resolution("FUTURE_REF", interval=None)  # "Islam will one day be ..."
    if num_text in ("a", "an") and not rel and not m.groupdict().get("approx") and not m.groupdict().get("lead"):
        before = ctx.text[max(0, m.start() - 20):m.start()]
        if FREQUENCY_BEFORE.search(before):
            return Resolution(period_value(1, unit), "SET", None)
        if AMOUNT_BEFORE.search(before):
            return None
    if n is not None and n > 5000:
        return None
    if rel == "last" and not m.groupdict().get("the") and not LAST_CUES.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "would last 30 days": the verb
    value = period_value(n, unit)
    return Resolution(value, "DURATION", _anchored(ctx, rel, n, unit), mod=quantity_mod(m))


def duration_range(m: Match, ctx: Context) -> Resolution | None:
    """two to six days: both ends as expressions, "two" (P2D) and "six days" (P6D), as TimeML
    marks ranges."""
    unit = lx.unit_of(m["unit"])
    low, high = lx.number_of(m["num"]), lx.number_of(m["num2"])
    rel = lx.key(m.groupdict().get("rel") or "")
    res = Resolution(period_value(low, unit), "DURATION", _anchored(ctx, rel, high, unit), mod=quantity_mod(m))
    if low is not None and high is not None and not rel:
        start = m.end("lead") if m.groupdict().get("lead") else m.start()
        start += len(m.string[start:m.end("num")]) - len(m.string[start:m.end("num")].lstrip())
        res.parts = [(start, m.end("num"), res.value), (m.start("num2"), m.end(), period_value(high, unit))]
    return res


def duration_adj(m: Match, ctx: Context) -> Resolution | None:
    """five-hour, a two-year term, 30-day."""
    num = lx.key(m.groupdict().get("num") or "one")
    n = 0.5 if num == "half" else lx.number_of(num)
    if n is None or n > 1000:
        return None
    return Resolution(period_value(n, lx.key(m["unit"])), "DURATION", None)


#: words before "the next day" that make it a stretch of time ("over the next day or two")
SPAN_CUES = re.compile(r"(?:for|in|within|over|during|throughout|of)\s+$", re.I)


def duration_unit_rel(m: Match, ctx: Context) -> Resolution | None:
    """the past week, the next month: one unit before / after publication. 'The next day' is the day
    after the one last told of (a date), unless a preposition makes it a stretch ('over the next day')."""
    unit = lx.key(m["unit"])
    rel = lx.key(m["rel"])
    if unit == "day" and rel == "next" and m["the"] and not SPAN_CUES.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    return Resolution(period_value(1, unit), "DURATION", _anchored(ctx, rel, 1, unit))


VAGUE_CUES = re.compile(r"(?:for|in|within|over|after|took|take|takes|taking|lasted|last|lasting|spent|spend|spending|than|about|of)\s+$", re.I)


def vague_duration(m: Match, ctx: Context) -> Resolution | None:
    """recent years, coming weeks, several months: an unknown number of units."""
    unit = lx.unit_of(m["unit"])
    rel = lx.key(m.groupdict().get("rel") or "")
    return Resolution(period_value(None, unit), "DURATION", _anchored(ctx, rel, 1, unit) if rel in BEFORE | AFTER else None)


def vague_duration_adj(m: Match, ctx: Context) -> Resolution:
    """several-year, decades-long: an unknown number of units."""
    return Resolution(period_value(None, lx.unit_of(m["unit"] or m["units"])), "DURATION", None)


def bare_units(m: Match, ctx: Context) -> Resolution | None:
    """years, months (after "for", "in", "within" ...): an unknown number of units."""
    if not VAGUE_CUES.search(ctx.text[max(0, m.start() - 10):m.start()]):
        return None
    return Resolution(period_value(None, lx.unit_of(m["unit"])), "DURATION", None)


#: "the Communist Party daily Granma", "the weekly said": a newspaper, not a frequency
PAPER_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])|(?:said|says|reported|reports|wrote|writes|quoted)\b)")


def set_word(m: Match, ctx: Context) -> Resolution | None:
    if PAPER_AFTER.match(ctx.text, m.end()) and lx.key(m.group()) in ("daily", "weekly"):
        return None
    return Resolution(lx.words()["sets"][lx.key(m.group())], "SET", None)


def set_every(m: Match, ctx: Context) -> Resolution | None:
    """every day, each Monday, per year, $5 a month."""
    q = lx.key(m["q"])
    if q == "a" and not FREQUENCY_BEFORE.search(ctx.text[max(0, m.start() - 20):m.start()]):
        return None  # "a year" alone is a duration, after an amount a rate
    if q == "a" and re.match(r"\s+and\b", ctx.text[m.end():]):
        return None  # "twice a year and a half" is no frequency
    if m["wd"]:
        return Resolution(f"XXXX-WXX-{weekday_number(m['wd'])}", "SET", None)
    if m["mo"]:
        return Resolution(f"XXXX-{month_number(m['mo']):02d}", "SET", None)
    if m["season"]:
        return Resolution(f"XXXX-{lx.words()['seasons'][lx.key(m['season'])]}", "SET", None)
    unit = lx.key(m["unit"])
    if unit in ("morning", "evening", "night"):
        return Resolution(f"XXXX-XX-XXT{lx.words()['parts_of_day'][unit]}", "SET", None)
    if unit == "weekend":
        return Resolution("XXXX-WXX-WE", "SET", None)
    return Resolution(period_value(1, unit), "SET", None)
