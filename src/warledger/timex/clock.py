"""Normaliser of clock times ("10:35 a.m. Friday", "noon", "0735 GMT")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon as lx
from .context import PAST, Context, Resolution
from .dates import _group, day_number, month_number, valid_day, weekday_number

Match = re.Match[str]


CLOCK = re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?|hours|hrs|gmt|utc|o'clock)?", re.I)


#: a clock time just before an opening bracket: what follows restates it ("10:35 a.m. (0735 GMT)")
RESTATED = re.compile(r"(?:\d|a\.m\.|p\.m\.|am|pm|noon|midnight|GMT|UTC|local\s+time|[ECMP][SD]T)\s*\(\s*$", re.I)


#: the day after a bracketed restatement: "10:35 a.m. (0735 GMT) Friday"
DAY_AFTER_BRACKET = re.compile(r"\s*\([^()\n]{1,20}\)\s*,?\s*(?:on\s+)?(?P<wd>(?-i:[A-Z])[a-z]+day)\b", re.I)


def clock(m: Match, ctx: Context) -> Resolution | None:
    if RESTATED.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # the same time in another zone
    text = m["clock"].lower()
    words = lx.words()["clock_words"]
    if text in words:
        hh, mi = words[text].split(":")
    else:
        if re.fullmatch(r"\d{4}\s*\w+", text):
            hh, mi = text[:2], text[2:4]
        else:
            c = CLOCK.match(text)
            h, mi = int(c["h"]), c["mi"] or "00"
            ap = (c["ap"] or "").replace(".", "")
            part = _group(m, "part")
            if ap.startswith("p") or (part and part.lower() in ("afternoon", "evening") and h < 12):
                h = h + 12 if h < 12 else h
            elif ap.startswith("a") and h == 12:
                h = 0
            if h > 24:
                return None
            hh = f"{h:02d}"
    day = _clock_day(m, ctx)
    if hh == "24" and day is not None and day == ctx.anchor and _names_no_day(m) and ctx.tense(m.start()) == PAST:
        hh = "00"  # 'the attack came just after midnight': the midnight that began the day, not the one ahead
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolution(f"{prefix}T{hh}:{mi}", "TIME", (day, day) if day else None,
                      mod="APPROX" if _group(m, "lead") else None)


def _names_no_day(m: Match) -> bool:
    return not any(_group(m, g) for g in ("wd", "word", "mo"))


def _clock_day(m: Match, ctx: Context) -> date | None:
    if _group(m, "wd"):
        return ctx.weekday(weekday_number(m["wd"]), m.start(), None)
    if _group(m, "word"):
        shift = lx.words()["relative_days"][lx.key(m["word"])]
        return ctx.anchor + timedelta(days=shift) if ctx.anchor else None
    if _group(m, "mo"):
        mo, d = month_number(m["mo"]), day_number(m["d"])
        y = int(m["y"]) if m["y"] else ctx.year_for(mo, d, m.start())
        return date(y, mo, d) if y and valid_day(y, mo, d) else None
    after = DAY_AFTER_BRACKET.match(ctx.text, m.end())
    if after and lx.key(after["wd"]) in lx.words()["weekdays"]:
        return ctx.weekday(weekday_number(after["wd"]), m.start(), None)
    return ctx.clock_day(m.start())
