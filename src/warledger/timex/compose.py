"""Expressions built on another expression: "the week of March 6", "the week to August 18",
"the morning of August 20", "the day before last Tuesday", "two days after Aug. 6". The inner expression is found first; the words before it
widen its span and move its value."""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..models import DateRange, Time
from . import calendar as cal
from . import lexicon as lx

#: "the week of" / "the week to" just before a day
WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+(?P<rel>of|to|ending|ended|through)\s+$", re.I)
#: "the morning of" just before a day
PART_OF = re.compile(r"\b(?:the\s+)?(?P<part>morning|afternoon|evening)\s+of\s+$", re.I)
#: "the day before", "two days after", "a week before" just before a day
SHIFT = re.compile(
    r"\b(?:(?P<the>the)\s+day|(?P<num>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>days?|weeks?))\s+(?P<dir>before|after)\s+$", re.I)
DAY = re.compile(r"\d{4}-\d\d-\d\d")
REACH = 30  # characters looked back for the words before an expression


def compose(text: str, times: list[Time]) -> list[Time]:
    """The times with expressions built on a day widened and re-valued; an expression inside the
    widened span ("the week" of "the week of March 6") gives way."""
    out = list(times)
    for t in times:
        if not DAY.fullmatch(t.value):
            continue
        wider = _widen(text, t)
        if wider is None:
            continue
        out = [o for o in out if o is not t and not (wider.start <= o.start and o.end <= wider.end)]
        out.append(wider)
    out.sort(key=lambda o: o.start)
    return out


def _widen(text: str, t: Time) -> Time | None:
    before = text[max(0, t.start - REACH):t.start]
    day = date.fromisoformat(t.value)
    week = WEEK_OF.search(before)
    if week:
        start = t.start - (len(before) - week.start())
        if week["rel"].lower() != "of":  # the seven days up to the day
            return _time(text, start, t.end, cal.week_value(day), (day - timedelta(days=6), day))
        monday = day - timedelta(days=day.isoweekday() - 1)
        return _time(text, start, t.end, cal.week_value(day), (monday, monday + timedelta(days=6)))
    part = PART_OF.search(before)
    if part:
        start = t.start - (len(before) - part.start())
        code = lx.words()["parts_of_day"][part["part"].lower()]
        return _time(text, start, t.end, f"{t.value}T{code}", (day, day), "TIME")
    shift = SHIFT.search(before)
    if shift:
        n = 1 if shift["the"] else int(lx.number_of(shift["num"]) or 1)
        days = n * (7 if (shift["unit"] or "").lower().startswith("week") else 1)
        moved = day + timedelta(days=days if shift["dir"].lower() == "after" else -days)
        start = t.start - (len(before) - shift.start())
        return _time(text, start, t.end, moved.isoformat(), (moved, moved))
    return None


def _time(text: str, start: int, end: int, value: str, days: tuple[date, date], kind: str = "DATE") -> Time:
    return Time(start=start, end=end, text=text[start:end], value=value,
                interval=DateRange(days[0].isoformat(), days[1].isoformat()), type=kind)
