"""Calendar arithmetic on TIMEX3 values: shifting days, weeks, months; the days a value covers."""
from __future__ import annotations

import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def parse_day(value: str) -> date | None:
    """`YYYY-MM-DD` (anything after the tenth character ignored) as a date, else None."""
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, month_length(year, month + 1)))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def month_length(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def week_value(day: date) -> str:
    """ISO week, e.g. `2024-W34`."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    """The n-th (n=-1: last) ISO weekday (1=Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, month_length(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)


_PATTERNS = [
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?"), "day"),
    (re.compile(r"(\d{4})-(\d\d)"), "month"),
    (re.compile(r"(\d{4})-W(\d\d)-WE"), "weekend"),
    (re.compile(r"(\d{4})-W(\d\d)"), "week"),
    (re.compile(r"(\d{4})-Q([1-4])"), "quarter"),
    (re.compile(r"(\d{4})-H([12])"), "half"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{2})"), "century"),
]


def interval_of(value: str) -> tuple[date, date] | None:
    """First and last calendar day a TIMEX3 date value covers; None when underspecified."""
    for pattern, kind in _PATTERNS:
        m = pattern.fullmatch(value)
        if m:
            try:
                return _interval(kind, m.groups())
            except ValueError:
                return None
    return None


def _interval(kind: str, groups: tuple[str, ...]) -> tuple[date, date]:
    n = [int(g) if g.isdigit() else g for g in groups]
    if kind == "day":
        day = date(n[0], n[1], n[2])
        return (day, day)
    if kind == "month":
        return (date(n[0], n[1], 1), date(n[0], n[1], month_length(n[0], n[1])))
    if kind in ("week", "weekend"):
        monday = date.fromisocalendar(n[0], n[1], 1)
        if kind == "weekend":
            return (monday + timedelta(days=5), monday + timedelta(days=6))
        return (monday, monday + timedelta(days=6))
    if kind == "quarter":
        first = 3 * (n[1] - 1) + 1
        return (date(n[0], first, 1), date(n[0], first + 2, month_length(n[0], first + 2)))
    if kind == "half":
        first = 6 * (n[1] - 1) + 1
        return (date(n[0], first, 1), date(n[0], first + 5, month_length(n[0], first + 5)))
    if kind == "season":
        a, b = SEASON_MONTHS[n[1]]
        end_year = n[0] + (b < a)
        return (date(n[0], a, 1), date(end_year, b, month_length(end_year, b)))
    if kind == "year":
        return (date(n[0], 1, 1), date(n[0], 12, 31))
    if kind == "decade":
        return (date(n[0] * 10, 1, 1), date(n[0] * 10 + 9, 12, 31))
    return (date(n[0] * 100, 1, 1), date(n[0] * 100 + 99, 12, 31))


def narrow(days: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """The part of a span a TIMEX3 mod points to: START its first third ("early 2024", "the
    beginning of August"), MID its middle third, END its last third; other mods keep it whole."""
    first, last = days
    length = (last - first).days + 1
    if mod not in ("START", "MID", "END") or length < 3:
        return days
    third = length // 3
    if mod == "START":
        return (first, first + timedelta(days=third - 1))
    if mod == "END":
        return (last - timedelta(days=third - 1), last)
    return (first + timedelta(days=third), last - timedelta(days=third))


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """A date value moved by `amount` units ('D', 'W', 'M', 'Q', 'Y'), at the value's own
    granularity (`1989-Q3` a year back is `1988-Q3`); None when it cannot be moved."""
    span = interval_of(value)
    if span is None:
        return None
    first = span[0]
    if re.fullmatch(r"\d{4}-Q[1-4]", value):
        months = {"Y": 12, "Q": 3, "M": 1}.get(unit)
        if months is None:
            return None
        moved = add_months(first, months * amount)
        return f"{moved.year}-Q{quarter_of(moved)}"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value) and unit == "Y":
        return f"{int(value[:4]) + amount}{value[4:]}"
    if re.fullmatch(r"\d{4}", value):
        return str(int(value) + amount * {"Y": 1, "DE": 10}.get(unit, 0)) if unit in ("Y", "DE") else None
    if re.fullmatch(r"\d{4}-\d\d", value) and unit in ("M", "Y", "Q"):
        moved = add_months(first, amount * {"M": 1, "Q": 3, "Y": 12}[unit])
        return f"{moved.year}-{moved.month:02d}"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return move_day(first, unit, amount).isoformat()
    return None


def move_day(day: date, unit: str, amount: int) -> date:
    """A day moved by `amount` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    return add_months(day, months * amount)
