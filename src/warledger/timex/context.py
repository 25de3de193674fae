"""What normalisation needs besides the match: the anchor day, tense, and earlier mentions."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import calendar as cal

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
PROSPECTIVE = "PROSPECTIVE"  # an infinitive: ahead of its clause, weaker than FUTURE
ARRANGED = "ARRANGED"  # the time something was arranged for ("scheduled for Friday"): the nearest

#: "since" just before an expression
SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s+$", re.I)
#: "until", "by" just before an expression: a deadline
DEADLINE_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.I)
#: a day a report was made on, just before: "said on Monday (that)", "told reporters Friday"
REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|stated|added|claimed|wrote)\s+(?:on\s+)?$", re.I)
#: how far back (characters) a clock time looks for the day it belongs to
CLOCK_REACH = 400

#: marker for "compute the interval from the value"
FROM_VALUE = object()


@dataclass
class Resolution:
    """A normalised expression: TIMEX3 value and type, the days it covers, a TIMEX3 mod."""

    value: str
    type: str = "DATE"
    interval: object = FROM_VALUE  # tuple[date, date] | None | FROM_VALUE
    mod: str | None = None
    remember: bool = True  # False: anaphoric ("a year earlier"), not a reference for later ones
    parts: list[tuple[int, int, str]] | None = None  # a range: (start, end, value) of each end


@dataclass
class Context:
    """The document-level state of normalisation, updated as expressions are resolved in order."""

    text: str
    anchor: date | None
    tense_at: Callable[[int], str | None] = lambda _pos: None
    day_first: bool = False
    last: dict[str, str] = field(default_factory=dict)  # granularity -> last value mentioned
    last_day_at: int = -1  # where the last day was mentioned

    def tense(self, pos: int) -> str | None:
        """The tense at a position; after "since" always PAST (what began then lies behind)."""
        if SINCE_BEFORE.search(self.text, max(0, pos - 12), pos):
            return PAST
        return self.tense_at(pos)

    def since(self, pos: int) -> bool:
        return bool(SINCE_BEFORE.search(self.text, max(0, pos - 12), pos))

    def remember(self, value: str, pos: int = -1) -> None:
        """Keep a specific date value as the reference for anaphoric expressions; a day a report was
        made on ('the governor said on Wednesday') is not a day of the story told."""
        g = granularity(value)
        if g:
            self.last[g] = value
            self.last["any"] = value
            if g == "day":
                self.last_day_at = pos
                if pos < 0 or not REPORTED_ON.search(self.text, max(0, pos - 30), pos):
                    self.last["story_day"] = value

    def story_day(self) -> date | None:
        """The day of the story last told ('fighting broke out on Monday, the governor said on
        Wednesday. The next day ...': Monday), else the day last mentioned, else the anchor."""
        ref = self.last.get("story_day")
        return cal.parse_day(ref) if ref else self.reference_day()

    def clock_day(self, pos: int) -> date | None:
        """The day of a clock time given alone: the day mentioned in the same stretch of text
        (a paragraph or so before it), else the publication day."""
        if self.last.get("day") and 0 <= pos - self.last_day_at <= CLOCK_REACH:
            return cal.parse_day(self.last["day"])
        return self.anchor

    def reference(self, kind: str = "any") -> str | None:
        """The last mentioned value of a granularity ('day', 'month', 'quarter', 'year', 'any')."""
        return self.last.get(kind)

    def reference_day(self) -> date | None:
        """The day last mentioned, else the anchor."""
        ref = self.last.get("day")
        return cal.parse_day(ref) if ref else self.anchor

    def reference_year(self) -> int | None:
        ref = self.last.get("any")
        if ref and re.match(r"\d{4}", ref):
            return int(ref[:4])
        return self.anchor.year if self.anchor else None

    def year_for(self, month: int, day: int | None, pos: int) -> int | None:
        """The year of a month (and day) written without one, among the publication year and
        its neighbours: in the past tense the latest not more than two months ahead of
        publication (deadlines and schedules are told in the past tense too), in the future
        tense the first not over a week behind it, otherwise the nearest."""
        if self.anchor is None:
            return None
        a = self.anchor
        years = (a.year - 1, a.year, a.year + 1)
        first = {y: date(y, month, day or 1) for y in years}
        last = {y: date(y, month, day or cal.month_length(y, month)) for y in years}
        tense = self.tense(pos)
        if self.since(pos):
            return max((y for y in years if first[y] <= a), default=a.year - 1)
        if tense == PAST:
            return max(y for y in years if first[y] <= a + timedelta(days=60))
        if tense == FUTURE:
            return min(y for y in years if last[y] >= a - timedelta(days=7))
        middle = {y: first[y] + (last[y] - first[y]) / 2 for y in years}
        return min(years, key=lambda y: abs((middle[y] - a).days))

    def weekday(self, weekday: int, pos: int, relation: str | None) -> date | None:
        """The day of a weekday name: `relation` last/next/this/previous/following, else by tense
        (past tense: the latest on or before the anchor; future: the first on or after it)."""
        a = self.anchor
        if a is None:
            return None
        if relation in ("last", "this past", "the previous"):
            base = a if relation != "the previous" else (self.reference_day() or a)
            return cal.weekday_on_or_before(base - timedelta(days=1), weekday)
        if relation in ("next", "this coming", "the following", "the next", "coming"):
            base = a if relation in ("next", "this coming", "coming") else (self.reference_day() or a)
            return cal.weekday_on_or_after(base + timedelta(days=1), weekday)
        ref = self.reference_day()  # the anchor when no day was named
        if relation is None and ref is not None and ref != a and ref.isoweekday() == weekday \
                and abs((a - ref).days) <= 7:
            return ref  # "Friday, Nov 6, before dawn ... Friday, mid-morning": the Friday just named
        tense = self.tense(pos)
        if self.since(pos):
            return cal.weekday_on_or_before(a, weekday)
        if DEADLINE_BEFORE.search(self.text, max(0, pos - 8), pos):
            tense = ARRANGED  # "given until Tuesday": the deadline nearest the report
        if tense == ARRANGED:
            before, after = cal.weekday_on_or_before(a, weekday), cal.weekday_on_or_after(a, weekday)
            return before if (a - before) < (after - a) else after
        if tense in (FUTURE, PROSPECTIVE, PRESENT):
            return cal.weekday_on_or_after(a, weekday)
        if tense == PAST or relation is None:
            return cal.weekday_on_or_before(a, weekday)
        return cal.weekday_on_or_after(a, weekday)


def granularity(value: str) -> str | None:
    """'day', 'week', 'month', 'quarter', 'year' of a specific date value, else None."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}-(Q[1-4]|H[12])", value):
        return "quarter"
    if re.fullmatch(r"\d{4}(-(SP|SU|FA|WI))?", value):
        return "year"
    return None
