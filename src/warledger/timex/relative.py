"""Normalisers of expressions relative to the publication day or to an earlier mention:
weekdays, today/yesterday, parts of day, this/last/next week..., N units ago, PRESENT_REF."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar as cal
from . import lexicon as lx
from .context import FROM_VALUE, PAST, REPORTED_ON, Context, Resolution
from .dates import edge_mod, weekday_number

Match = re.Match[str]



def _rel(m: Match) -> str:
    return re.sub(r"\s+", " ", (m.groupdict().get("rel") or "").lower())


def part_code(word: str | None) -> str | None:
    return lx.words()["parts_of_day"].get(lx.key(word)) if word else None


def _day_value(day: date | None, part: str | None) -> Resolution:
    """A day, or a part of it (`2024-08-21TMO`, type TIME)."""
    if day is None:
        return Resolution("XXXX-XX-XX" + (f"T{part}" if part else ""), "TIME" if part else "DATE", None)
    if part:
        end = day + timedelta(days=1) if part == "NI" else day
        return Resolution(f"{day.isoformat()}T{part}", "TIME", (day, end))
    return Resolution(day.isoformat())


def weekday(m: Match, ctx: Context) -> Resolution | None:
    wd = weekday_number(m["wd"])
    day = ctx.weekday(wd, m.start(), _rel(m) or None)
    part = part_code(m["part"])
    if day is None:
        value = f"XXXX-WXX-{wd}" + (f"T{part}" if part else "")
        return Resolution(value, "TIME" if part else "DATE", None)
    res = _day_value(day, part)
    _apply_hours(m, res, day)
    res.mod = res.mod or edge_mod(m["edge"])
    return res


def _apply_hours(m: Match, res: Resolution, day: date | None) -> None:
    """"the early hours of Wednesday": that day, at its start; "the night of Wednesday": its night."""
    hours = (m.groupdict().get("hours") or "").lower()
    if not hours:
        return
    if "night" in hours:
        value = res.value.split("T")[0]
        res.value, res.type = f"{value}TNI", "TIME"
        res.interval = (day, day + timedelta(days=1)) if day else None
    else:
        res.mod = "START"


def _generic_day(m: Match, ctx: Context) -> bool:
    """"today's youth", "the leaders of tomorrow": the present or future age, not a day."""
    word = lx.key(m["word"])
    if word not in ("today", "tomorrow") or m["part"] or m["edge"]:
        return False
    nouns = lx.words()["generic_day_nouns"]
    after = re.match(r"['’]s\s+(\w+)(?:\s+(\w+))?", ctx.text[m.end():m.end() + 40])
    if after and any((w or "").lower() in nouns for w in after.groups()):
        return True
    before = re.search(r"(\w+)\s+of\s+$", ctx.text[max(0, m.start() - 25):m.start()])
    return bool(before) and before.group(1).lower() in nouns


#: a title in capitals inside a sentence: "USA Today", "VOA Today", ABC's "This Week"
TITLE_BEFORE = re.compile(r"(?:[A-Z][\w.&]*|['’]s|[\"“'‘`])\s*$")


def _title(m: Match, ctx: Context) -> bool:
    """A programme or paper named with a time word ("USA Today", "This Week With ..."): every
    word capitalised, after a name or an opening quote, not at a sentence start."""
    words = m.group().split()
    if not all(w[0].isupper() for w in words):
        return False
    before = ctx.text[max(0, m.start() - 20):m.start()]
    sentence_start = re.search(r"(?:^|[.!?:;]['\"”’)]*|\n)\s*[\"“‘'`(]*\s*$", before)
    return bool(TITLE_BEFORE.search(before)) and not sentence_start


def dayword(m: Match, ctx: Context) -> Resolution | None:
    if _generic_day(m, ctx) or _title(m, ctx):
        return None
    word = lx.key(m["word"])
    part = part_code(m["part"]) or ("NI" if word == "tonight" else None)
    if ctx.anchor is None:
        if word == "today" and not part:
            return Resolution("PRESENT_REF", interval=None)
        return _day_value(None, part)
    day = ctx.anchor + timedelta(days=lx.words()["relative_days"][word])
    res = _day_value(day, part)
    _apply_hours(m, res, day)
    res.mod = res.mod or edge_mod(m["edge"])
    return res


def part_of_day(m: Match, ctx: Context) -> Resolution:
    rel, part = _rel(m), part_code(m["part"])
    if rel in ("that", "the previous", "the following", "the next"):
        base = ctx.reference_day()
        shift = {"the previous": -1, "the following": 1, "the next": 1}.get(rel, 0)
    else:
        base = ctx.anchor
        shift = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and part != "NI":
            shift = -1
    day = base + timedelta(days=shift) if base else None
    res = _day_value(day, part)
    res.mod = edge_mod(m["edge"])
    return res


def part_bare(m: Match, ctx: Context) -> Resolution:
    """"A fire was put out by the afternoon", "fighting went on into the night": a part of the day
    told in the same stretch of text (else of the publication day)."""
    res = _day_value(ctx.clock_day(m.start()), part_code(m["part"]))
    res.mod = edge_mod(m["edge"])
    return res


#: the part of the day dawn and dusk fall in
_TWILIGHT = {"first light": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
             "dusk": "EV", "nightfall": "EV", "sunset": "EV"}


def dawn_dusk(m: Match, ctx: Context) -> Resolution:
    """"reached the village at first light", "attacked at dawn": the morning (or, for dusk, the
    evening) of the day told in the same stretch of text, else of the publication day."""
    part = _TWILIGHT[re.sub(r"\s+", " ", m["part"].lower())]
    return _day_value(ctx.clock_day(m.start()), part)


def overnight(m: Match, ctx: Context) -> Resolution:
    """The night before the report: publication, or the day of a saying earlier in the sentence
    ('the air force said on Monday that Russia had launched 50 drones overnight'); value
    `YYYY-MM-DDTNI` of the evening it began."""
    if ctx.anchor is None:
        return Resolution("XXXX-XX-XXTNI", "TIME", None)
    morning = _reported_day(m.start(), ctx) or ctx.anchor
    night = morning - timedelta(days=1)
    return Resolution(f"{night.isoformat()}TNI", "TIME", (night, morning))


def _reported_day(pos: int, ctx: Context) -> date | None:
    """The day a report was made on, named earlier in the same sentence, before the anchor."""
    ref, at = ctx.reference("day"), ctx.last_day_at
    if not ref or at < 0 or not re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
        return None
    if re.search(r"[.!?]\s|\n", ctx.text[at:pos]) or not REPORTED_ON.search(ctx.text, max(0, at - 30), at):
        return None
    day = cal.parse_day(ref)
    return day if day is not None and day < ctx.anchor else None


UNIT_CODES = {"week": "W", "weekend": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "half": "H"}


def unit_value(unit: str, day: date) -> str:
    """The calendar unit containing a day: `2024-W34`, `2024-08`, `2024-Q3`, `2024`, `202`."""
    if unit == "week":
        return cal.week_value(day)
    if unit == "weekend":
        return cal.week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year}-Q{cal.quarter_of(day)}"
    if unit == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if unit == "decade":
        return str(day.year)[:3]
    return str(day.year)


UNDERSPECIFIED = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX",
                  "year": "XXXX", "decade": "XXX", "half": "XXXX-HX", "period": "XXXX-QX"}


def unit_rel(m: Match, ctx: Context) -> Resolution | None:
    """this/last/next week, earlier this month, the current quarter, that year ..."""
    if _title(m, ctx):
        return None
    unit, rel = lx.key(m["unit"]), _rel(m)
    mod = edge_mod(m.groupdict().get("edge"))
    if rel in ("that", "the same") or (not rel and unit in ("quarter",)):
        ref = _reference_for(ctx, unit)
        if ref:
            return Resolution(ref, mod=mod)
    if ctx.anchor is None:
        return Resolution(UNDERSPECIFIED[unit], interval=None, mod=mod)
    base = ctx.anchor
    if rel in ("the following", "the previous", "the prior") and unit in ("year", "month", "week"):
        ref = _reference_for(ctx, unit)
        if ref and cal.interval_of(ref):
            base = cal.interval_of(ref)[0]
        step = 1 if rel == "the following" else -1
    else:
        step = {"last": -1, "next": 1, "the previous": -1, "the prior": -1, "the following": 1,
                "the latest": -1 if unit == "quarter" else 0}.get(rel, 0)
    if unit == "weekend":
        return Resolution(unit_value("weekend", _weekend_day(base, step)), mod=mod)
    if unit == "half":
        moved = cal.add_months(base, 6 * step)
    else:
        moved = cal.move_day(base, UNIT_CODES[unit], step)
    return Resolution(unit_value(unit, moved), mod=mod)


def _weekend_day(anchor: date, step: int) -> date:
    """The Saturday of the anchor's week (step 0), the week before (-1) or after (1)."""
    this_sat = cal.weekday_on_or_after(anchor - timedelta(days=anchor.isoweekday() - 1), 6)
    return this_sat + timedelta(weeks=step)


def _reference_for(ctx: Context, unit: str) -> str | None:
    """The unit under discussion ("that year", "the same quarter"), from the last mention."""
    ref = ctx.reference("quarter" if unit in ("quarter", "period", "half") else "any")
    if not ref:
        return None
    if unit == "year":
        return ref[:4]
    if unit == "month" and re.match(r"\d{4}-\d\d", ref):
        return ref[:7]
    if unit in ("quarter", "period", "half"):
        return ref
    if unit == "week":
        span = cal.interval_of(ref)
        return cal.week_value(span[0]) if span and ctx.reference("day") == ref else None
    return ref


ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+(?:date|end))\b")


ENDED_ON = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?P<mo>(?-i:[A-Z])[a-z]{2,8})\.?\s+(?P<d>\d{1,2})\b")


def _quarter_ended(ctx: Context, pos: int) -> str | None:
    """"the quarter ended Sept. 30": a quarter of the company's (fiscal) year that the day closes,
    in that day's year (`1989-QX`): fiscal quarters need not be calendar ones."""
    on = ENDED_ON.match(ctx.text, pos)
    if not on or lx.key(on["mo"]) not in lx.words()["months"]:
        return None
    month, day = lx.words()["months"][lx.key(on["mo"])], int(on["d"])
    year = ctx.year_for(month, day, pos)
    if year is None or not 1 <= day <= cal.month_length(year, month):
        return None
    return f"{year}-QX"


def the_unit(m: Match, ctx: Context) -> Resolution | None:
    """the year (a duration), the quarter / the period (the quarter under discussion), the week ..."""
    unit, qual = lx.key(m["unit"]), (m["fiscal"] or "").lower()
    if unit == "quarter" and ENDED.match(ctx.text, m.end()):
        ended = _quarter_ended(ctx, m.end())
        if ended:
            return Resolution(ended, remember=False)  # the quarter ended Sept. 30
    if unit in ("year", "quarter", "month", "week") and ENDED.match(ctx.text, m.end()):
        return Resolution(f"P1{UNIT_CODES[unit]}", "DURATION", None)  # the year ended June 30
    if unit in ("quarter", "period"):
        ref = ctx.reference("quarter")
        if ref:
            return Resolution(ref)
        if ctx.anchor is None or unit == "period":
            return Resolution("XXXX-QX", interval=None) if unit == "quarter" else None
        prev = cal.add_months(ctx.anchor, -3)
        return Resolution(f"{prev.year}-Q{cal.quarter_of(prev)}")
    if ctx.anchor is None:
        return Resolution(UNDERSPECIFIED[unit], interval=None)
    if unit == "year":
        return Resolution(ctx.reference("any")[:4] if ctx.reference("any") else str(ctx.anchor.year))
    if unit == "weekend":
        sat = _weekend_day(ctx.anchor, 0)
        if ctx.tense(m.start()) == PAST and sat > ctx.anchor:
            sat -= timedelta(weeks=1)
        return Resolution(unit_value("weekend", sat))
    if unit == "week":
        return Resolution(cal.week_value(ctx.reference_day() or ctx.anchor))
    if unit == "month":
        ref = ctx.reference("month") or ctx.reference("day")
        return Resolution(ref[:7] if ref else unit_value("month", ctx.anchor))
    return None


def year_end(m: Match, ctx: Context) -> Resolution:
    year = ctx.reference_year()
    return Resolution(str(year) if year else "XXXX", interval=None if year is None else FROM_VALUE, mod="END")



def ago(m: Match, ctx: Context) -> Resolution | None:
    """N units ago (from publication) / N units earlier, later (from the last mention)."""
    unit = lx.unit_of(m["unit"])
    code = lx.words()["units"][unit]
    direction = lx.key(m["dir"] or m.groupdict().get("dir2") or "")
    sign = -1 if direction in ("ago", "earlier", "before", "back") else 1
    n = lx.number_of(m.groupdict().get("num") or "some")
    if n is None:
        return _anaphoric("PAST_REF" if sign < 0 else "FUTURE_REF", interval=None)
    relative_to_mention = direction in ("earlier", "before", "later", "after")
    ref = ctx.reference("any")
    if code == "Y" and n == 1 and ref and re.fullmatch(r"\d{4}-(Q[1-4]|H[12])", ref):
        shifted = cal.shift_value(ref, "Y", sign)
        if shifted:
            return _anaphoric(shifted)
    if relative_to_mention and code == "D" and ctx.reference("day"):
        ref = ctx.reference("day")[:10]  # "two days later": from the day last mentioned
    if relative_to_mention and ref:
        shifted = cal.shift_value(ref, code if code in ("D", "W", "M", "Q", "Y") else "D", sign * int(n)) if code not in ("H", "S") else None
        if shifted and code == "D" and sign > 0 and ctx.reference("day"):
            return Resolution(shifted)  # 'two days later': the story moves on to that day
        if shifted:
            return _anaphoric(shifted)
    if ctx.anchor is None:
        return _anaphoric({"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(code, "XXXX"), interval=None)
    if code in ("H", "S") or unit == "minute":
        return _anaphoric(ctx.anchor.isoformat())
    amount = round(n)
    if code in ("2W", "DE", "CE", "ML"):
        code, amount = {"2W": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000)}[code][0], amount * {"2W": 2, "DE": 10, "CE": 100, "ML": 1000}[code]
    moved = cal.move_day(ctx.anchor, code, sign * amount)
    granularity = {"D": "day", "W": "week", "M": "month", "Q": "quarter"}.get(code, "year")
    if granularity == "day":
        return _anaphoric(moved.isoformat())
    return _anaphoric(unit_value(granularity, moved))


def year_ago_adj(m: Match, ctx: Context) -> Resolution | None:
    """year-earlier, the year-ago quarter, the same period last year: the period under
    discussion a year before."""
    what = lx.key(m.groupdict().get("what") or "")
    if what in ("nine months", "six months"):
        return _anaphoric(f"P{9 if what.startswith('nine') else 6}M", "DURATION", None)
    if m.groupdict().get("y"):
        ref = ctx.reference("quarter")
        return _anaphoric(f"{m['y']}{ref[4:]}" if ref else m["y"])
    ordinal = m.groupdict().get("ord")
    ref = ctx.reference("quarter") or ctx.reference("any")
    if ordinal:
        q = lx.words()["ordinals"][lx.key(ordinal)]
        year = int(ref[:4]) if ref else (ctx.anchor.year if ctx.anchor else None)
        return _anaphoric(f"{year - 1}-Q{q}" if year else f"XXXX-Q{q}", interval=None if year is None else FROM_VALUE)
    if ref:
        shifted = cal.shift_value(ref, "Y", -1)
        if shifted:
            return _anaphoric(shifted)
    if ctx.anchor is None:
        return _anaphoric("XXXX", interval=None)
    return _anaphoric(str(ctx.anchor.year - 1))


def _anaphoric(value: str, *args, **kwargs) -> Resolution:
    """A Resolution that later expressions do not take as their reference."""
    return Resolution(value, *args, remember=False, **kwargs)


def present_ref(m: Match, ctx: Context) -> Resolution:
    return Resolution("PRESENT_REF", interval=(ctx.anchor, ctx.anchor) if ctx.anchor else None)


def past_ref(m: Match, ctx: Context) -> Resolution:
    return Resolution("PAST_REF", interval=None)


def future_ref(m: Match, ctx: Context) -> Resolution:
    return Resolution("FUTURE_REF", interval=None)


def relative_unit(m: Match, ctx: Context) -> Resolution | None:
    """the next day, the following morning, that day, the day before: from the last day mentioned."""
    rel = _rel(m) or lx.key(m.groupdict().get("rel2") or "")
    unit = lx.key(m["unit"] or m["unit2"] or "day")
    shift = {"next": 1, "following": 1, "previous": -1, "prior": -1}.get(rel, 0)
    if m["dir"]:
        shift = -1 if m["dir"].lower() == "before" else 1
    base = ctx.story_day()
    if rel == "the" and not ctx.reference("day"):
        return None
    day = base + timedelta(days=shift) if base else None
    res = _day_value(day, part_code(unit) if unit != "day" else None)
    res.remember = shift > 0 and ctx.reference("day") is not None  # the story moves on to the next day; a look back does not
    return res
