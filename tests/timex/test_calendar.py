"""Calendar arithmetic on TIMEX3 values."""
from datetime import date

from warledger.timex import calendar as cal


def test_calendar_interval_of_day_month_year_week_quarter():
    assert cal.interval_of("2024-08-21") == (date(2024, 8, 21), date(2024, 8, 21))
    assert cal.interval_of("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert cal.interval_of("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert cal.interval_of("2024-W34") == (date(2024, 8, 19), date(2024, 8, 25))
    assert cal.interval_of("2024-Q3") == (date(2024, 7, 1), date(2024, 9, 30))
    assert cal.interval_of("2023-WI") == (date(2023, 12, 1), date(2024, 2, 29))
    assert cal.interval_of("199") == (date(1990, 1, 1), date(1999, 12, 31))


def test_calendar_interval_of_underspecified_is_none():
    assert cal.interval_of("XXXX-08-06") is None
    assert cal.interval_of("PRESENT_REF") is None
    assert cal.interval_of("P1W") is None


def test_calendar_shift_value_keeps_granularity():
    assert cal.shift_value("1989-Q3", "Y", -1) == "1988-Q3"
    assert cal.shift_value("2024-01", "M", -1) == "2023-12"
    assert cal.shift_value("2024-03-31", "M", -1) == "2024-02-29"


def test_calendar_holiday_rules():
    assert cal.nth_weekday(1999, 11, 4, 4) == date(1999, 11, 25)  # Thanksgiving
    assert cal.nth_weekday(2024, 5, -1, 1) == date(2024, 5, 27)  # Memorial Day
    assert cal.easter(2024) == date(2024, 3, 31)
    assert cal.easter(2000) == date(2000, 4, 23)
