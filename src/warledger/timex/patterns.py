"""The recognition patterns (HeidelTime-style), built from the lexicon.

Each rule is a name, a regular expression with named groups and {FRAGMENT} slots (word lists
from lang/en/time_*.json, filled in by `rules()`), the name of the normaliser that turns its match
into a TIMEX3 value (tagger.HANDLERS: dates, year_parts, clock, relative, durations, periods), and a
priority. Overlapping matches: the longest wins, then the higher priority. A group named `lead`
("about", "within") is matched but left out of the span, as TimeML does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: str
    priority: int = 0  # breaks ties between matches of equal length (higher wins)


_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
#: a year in words: "nineteen ninety-seven", "two thousand and three", "twenty twenty-two"
SPELLED_YEAR = (
    rf"(?:(?:nineteen|twenty)[-\s](?:(?:{_TEENS})|(?:{_TENS})(?:[-\s](?:{_ONES}))?)"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_ONES}|{_TEENS}|twenty(?:[-\s](?:{_ONES}))?))?)"
)


def _day_ordinals() -> str:
    """The ordinal words of the days of a month: "first" ... "thirty-first"."""
    w = lx.words()["ordinals"]
    simple = [k for k, n in w.items() if k.isalpha() and 1 <= n <= 20]
    units = [k for k, n in w.items() if k.isalpha() and 1 <= n <= 9]
    return rf"(?:(?:twenty[-\s](?:{'|'.join(units)})|thirty[-\s]first)|thirtieth|{lx.alternation(simple)})"


#: "over" is "more than" after a verb of lasting ("likely to last over a week"); elsewhere it is
#: the preposition ("evolved over several years") and stays out of the expression
_LASTING = ("last", "lasts", "lasted", "for", "took", "take", "takes", "spent", "waited")
_OVER_AS_MORE_THAN = "(?:" + "|".join(rf"(?<=\b{verb}\s)" for verb in _LASTING) + ")over"


def _fragments() -> dict[str, str]:
    w = lx.words()
    cap = r"(?=(?-i:[A-Z]))"  # month and weekday names are written capitalised
    month_full = [m for m in w["months"] if len(m) > 4 or m in ("may", "june", "july")]
    month_abbr = [m for m in w["months"] if m not in month_full]
    months = rf"{cap}(?:{lx.alternation(month_full)}|{lx.alternation(month_abbr)}\.?)"
    months_alone = rf"{cap}(?:{lx.alternation(month_full)}|{lx.alternation(month_abbr)}\.)"
    wd_full = [d for d in w["weekdays"] if d.endswith("day")]
    # "Sun." and "Sat." end sentences about newspapers and satellites: only longer abbreviations
    wd_abbr = [d for d in w["weekdays"] if d not in wd_full and d not in w["weekday_abbreviations_not_in_prose"]]
    weekdays = rf"{cap}(?:{lx.alternation(wd_full)}|{lx.alternation(wd_abbr)}\.)"
    units_sg = list(w["units"])
    units = lx.alternation(units_sg + list(w["unit_plurals"]))
    units_plural = lx.alternation(list(w["unit_plurals"]))
    small = [k for k in w["numbers"] if " " not in k and k not in ("a", "an", "hundred", "single", "dozen")]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    word_number = (
        rf"(?:(?:{lx.alternation(tens)})(?:[-\s](?:{lx.alternation(ones)}))?|{lx.alternation(small)})"
        rf"(?:[-\s](?:hundred|thousand))?"
    )
    phrase_numbers = [k for k in w["numbers"] if " " in k or k in ("a", "an", "single", "dozen")]
    number = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|{word_number}"
        rf"|{lx.alternation(phrase_numbers + w['vague_numbers'])})"
    )
    number_hyphen = rf"(?:\d+(?:\.\d+)?|{word_number}|half)"
    ordinals = lx.alternation(list(w["ordinals"]))
    parts = lx.alternation(list(w["parts_of_day"]))
    seasons = lx.alternation(list(w["seasons"]))
    return {
        "MONTH": months,
        "MONTHALONE": months_alone,
        "WEEKDAY": weekdays,
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "YEAR2": r"(?:'\d\d)",
        "UNIT": units,
        "UNITS": units_plural,
        "NUM": number,
        "NUMH": number_hyphen,
        "ORD": ordinals,
        "PART": parts,
        "SEASON": seasons,
        "DECADEWORD": lx.alternation(list(w["decade_words"])),
        "APPROX": (
            r"(?:(?:nearly|almost|some|more\s+than|less\s+than"
            r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|fewer\s+than"
            r"|just\s+over|just\s+under|well\s+over|close\s+to|the\s+better\s+part\s+of)"
            r"|(?:under|" + _OVER_AS_MORE_THAN + r")(?=\s+(?!the\b|these\b|those\b)))"
        ),
        "LEAD": r"(?:about|around|approximately|roughly|within|at\s+about|at\s+around|in\s+about)",
        "EDGE": (
            r"(?:(?:early|earlier|late|later|mid)-?|the\s+(?:very\s+)?(?:beginning|start|middle|end|close|turn|outset)"
            r"\s+of(?:\s+the)?)"
        ),
        "TZ": r"(?:[ECMP][SD]T|GMT|UTC|Z|local\s+time|EDT|BST|CET|CEST|EET|EEST|MSK)",
        "CLOCK": (
            r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)|(?:[01]?\d|2[0-3]):[0-5]\d(?!\.\d)"
            r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|hours|hrs)|(?:[01]?\d|1[0-2])\s+o'clock|noon|midnight|midday)"
        ),
        "DAYWORD": r"(?:today|tonight|yesterday|tomorrow)",
        "SPELLEDYEAR": SPELLED_YEAR,
        "DAYORD": _day_ordinals(),
        "REL": r"(?:last|next|this|this\s+past|this\s+coming|past|coming|previous|following|current)",
    }


#: (rule name, pattern with {FRAGMENT} slots, handler, priority)
RULE_TEXT: list[tuple[str, str, str, int]] = [
    ("iso_date", r"(?P<y>{YEAR})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?:[T\s](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?)?", "iso_date", 5),
    ("slash_date", r"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})", "slash_date", 5),
    ("month_day", r"(?:(?:(?:this\s+coming|this\s+past|next|last|this)\s+)?(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<edge>{EDGE})\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<mo>{MONTH})\s+(?P<d>{DAY}|{DAYORD})(?!\d|:\d)(?:(?:,\s*|\s+)(?P<y>{YEAR}|{YEAR2}|{SPELLEDYEAR}))?", "month_day", 3),
    ("day_month", r"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY}|(?<=the\s){DAYORD}(?=\s+of\b))(?:\s+of)?\s+(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}|{SPELLEDYEAR}))?", "month_day", 3),
    ("night_of", r"(?:the\s+)?night\s+of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<d1>{DAY})\s*(?:-|–|to|into|and)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo>{MONTH})|(?P<mo2>{MONTH})\s+(?P<d3>{DAY})\s*(?:-|–|to|into|and)\s*(?P<d4>{DAY})|(?P<d5>{DAY})\s+(?:of\s+)?(?P<mo3>{MONTH})|(?P<mo4>{MONTH})\s+(?P<d6>{DAY}))(?!\d|:\d)(?:,?\s+(?P<y>{YEAR}))?", "night_of", 5),
    ("day_range", r"(?P<d1>{DAY})\s*(?:-|–|to|and|until|through)\s*(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR}))?", "day_range", 4),
    ("month_day_range", r"(?P<mo>{MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|to|and|until|through)\s*(?P<d2>{DAY})(?!\d|:\d)(?:,?\s+(?P<y>{YEAR}))?", "day_range", 4),
    ("month_year", r"(?:(?P<edge>{EDGE})\s+)?(?P<mo>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|{YEAR2}|{SPELLEDYEAR})", "month_year", 2),
    ("month_rel_year", r"(?P<mo>{MONTH})\s+(?P<rel>this|last|next)\s+year", "month_rel_year", 2),
    ("month", r"(?:(?P<edge>{EDGE})\s*|(?P<rel>{REL}|the\s+month\s+of)\s+)?(?P<mo>{MONTHALONE})(?!\s*\d|\.\d|\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z]))", "month", 1),
    ("year", r"(?:(?P<edge>{EDGE})\s*|(?P<fiscal>fiscal(?:\s+year)?)\s+|(?P<the>the\s+(?:fiscal\s+)?year)\s+)?(?P<y>{YEAR})(?!\s*(?:%|percent|per\s*cent)|-\d)", "year", 0),
    ("year_range", r"(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>\d\d|{YEAR})(?![\d%])", "year_range", 2),
    ("year_period", r"the\s+(?P<y>{YEAR})\s+(?P<what>period|year|fiscal\s+year|season|quarter)", "year_period", 1),
    ("decade", r"(?:the\s+)?(?:(?P<edge>{EDGE})\s*)?(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dec2>\d0)'?s|(?P<word>{DECADEWORD}))", "decade", 1),
    ("century", r"(?:the\s+)?(?P<ord>{ORD}|\d{{1,2}}(?:st|nd|rd|th))\s+century|(?P<rel>this|the\s+last|last|the\s+previous|next|the\s+next|the\s+past)\s+century", "century", 1),
    ("weekday", r"(?:(?P<hours>(?:the\s+)?(?:early|small|wee)\s+hours\s+of|the\s+night\s+of)\s+)?(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|coming)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?", "weekday", 1),
    ("dayword", r"(?:(?P<hours>(?:the\s+)?(?:early|small|wee)\s+hours\s+of|the\s+night\s+of)\s+)?(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>{DAYWORD}|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>{PART}))?", "dayword", 2),
    ("part_rel", r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday|that|the\s+previous|the\s+following|the\s+next)\s+(?P<part>{PART})", "part_of_day", 2),
    ("part_bare", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\binto\s)|(?<=\buntil\s))the\s+(?:(?P<edge>early|late)\s+)?(?P<part>morning|afternoon|evening|night)(?!\s+(?:of|before|after|shifts?|sky|air|news|prayers?|papers?|shows?|sessions?|trains?|flights?|bus|rush|raids?|hours?)\b)", "part_bare", 2),
    ("dawn_dusk", r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\buntil\s))(?P<part>first\s+light|dawn|daybreak|sunrise|dusk|nightfall|sunset)(?!\s*,?\s*(?:on\s+)?(?:(?:{WEEKDAY})|(?:{DAYWORD}))\b)", "dawn_dusk", 2),
    ("overnight", r"overnight(?!\s+(?:rate|loan|deposit|market|money|trading|funds?|repo|index|stays?|bag)s?\b)", "overnight", 1),
    ("clock", r"(?:(?P<lead>around|about|at\s+about|at\s+around|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(?P<clock>{CLOCK})(?:\s+(?P<tz>{TZ}))?(?:,?\s+(?:(?:on\s+)?(?P<wd>{WEEKDAY})|(?P<word>{DAYWORD})|(?P<mo>{MONTH})\s+(?P<d>{DAY})(?:,\s*(?P<y>{YEAR}))?))?", "clock", 2),
    ("clock_part", r"(?P<clock>(?:[01]?\d|2[0-3])(?::[0-5]\d)?)\s+(?:o'clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening)", "clock", 3),
    ("unit_rel", r"(?:(?P<edge>{EDGE})\s+)?(?P<rel>this|last|next|the\s+current|the\s+previous|the\s+following|the\s+same|that|the\s+latest|the\s+prior|the\s+current|the\s+present)\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|weekend|month|quarter|year|decade|half)\b", "unit_rel", 2),
    ("in_the_unit", r"(?P<edge>earlier|later|early|late)\s+in\s+the\s+(?P<unit>week|month|year)", "unit_rel", 2),
    ("unit_edge", r"(?P<edge>{EDGE})\s+(?P<unit>week|month|quarter|year)\b", "unit_rel", 1),
    ("the_unit", r"(?:the|its)\s+(?:(?P<fiscal>fiscal|full|latest|calendar)\s+)?(?P<unit>year|quarter|week|weekend|month|period)(?![\s-](?:earlier|ago|before|later|-))", "the_unit", 0),
    ("year_end", r"(?:the\s+)?year(?:['’]s)?[-\s]end", "year_end", 1),
    ("season", r"(?:(?P<edge>{EDGE})\s*)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the|that)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}|{SPELLEDYEAR}))?", "season", 1),
    ("ago", r"(?:(?P<approx>{APPROX}|{LEAD})\s+)?(?P<num>{NUM})\s+(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?:(?P<dir>ago|earlier|later|from\s+now|hence|back)|(?P<dir2>before|after)(?=\s*[,.;:)]|$))", "ago", 3),
    ("vague_ago", r"(?P<unit>{UNITS})\s+(?P<dir>ago|earlier|later)", "ago", 2),
    ("duration", r"(?:(?P<lead>{LEAD})\s+|(?P<approx>{APPROX})\s+)?(?:(?P<the>the|a|an|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|previous|coming|latest|final|following|remaining|same|initial|ensuing|preceding)\s+)?(?P<num>{NUM})\s+(?:(?:more|additional|straight|consecutive|full|trading|business|calendar|successive)\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?(?![\w-]|\s+old\b)", "duration", 1),
    ("duration_range", r"(?:(?P<lead>{LEAD})\s+|(?P<approx>{APPROX})\s+)?(?:the\s+(?P<rel>past|last|next|first|coming)\s+)?(?P<num>{NUM})\s+(?:to|or|-)\s+(?P<num2>{NUM})\s+(?P<unit>{UNIT})", "duration_range", 2),
    ("duration_adj", r"(?:(?P<the>a|an|the)\s+)?(?P<num>{NUMH})[-\s](?P<unit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?(?:\s+(?:period|term|span|stint))?(?=[\s,.;:)]|$)", "duration_adj", 0),
    ("unit_long", r"(?P<unit>second|minute|hour|day|week|month|year|decade)-long", "duration_adj", 0),
    ("month_week", r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mo>{MONTHALONE})(?:,?\s+(?P<y>{YEAR}))?", "month_week", 3),
    ("vague_duration_adj", r"(?P<num>several|many|few|multi)-(?P<unit>day|week|month|year|decade|century|hour)(?:-long)?(?=[\s,.;:)]|$)|(?P<units>days|weeks|months|years|decades|centuries|hours)-long", "vague_duration_adj", 0),
    ("units_ahead", r"the\s+(?:(?:next|coming)\s+)?(?P<unit>{UNITS})\s+(?:ahead|to\s+come)", "vague_duration", 2),
    ("duration_unit_rel", r"(?:(?P<the>the|this)\s+)?(?P<rel>past|last|next|coming)\s+(?P<unit>week|month|year|decade|century|day|hour|fortnight|quarter)(?!\s+(?:earlier|ago))(?:\s+or\s+so)?", "duration_unit_rel", 1),
    ("vague_duration", r"(?:the\s+)?(?P<rel>recent|coming|past|next|last|ensuing|following|previous|several|many|few|first|early|initial|final|opening|closing)\s+(?P<unit>{UNITS})", "vague_duration", 1),
    ("bare_units", r"(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?:\s+or\s+(?:years|months|weeks|days|decades|hours|minutes))?", "bare_units", 0),
    ("quarter", r"(?:the\s+|its\s+|a\s+)?(?:(?P<y1>{YEAR})\s+|(?P<rely>this|last|next)\s+year's\s+)?(?:(?P<adj>fiscal|fiscal-|flat|same|comparable|year-earlier|year-ago)\s*)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[-\s](?:fiscal\s+)?quarter(?!s)(?:\s+(?:of|in)\s+(?:(?:fiscal\s+)?(?P<y2>{YEAR})|(?P<rely2>this|last|next)\s+year))?", "quarter", 2),
    ("quarter_code", r"(?P<q>Q[1-4])\s+(?P<y>{YEAR})|(?P<y2>{YEAR})\s+(?P<q2>Q[1-4])", "quarter", 2),
    ("half", r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+half\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rely>this|last|next)\s+year|the\s+year|the\s+'(?P<dec>\d0)s)", "half", 2),
    ("year_ago_adj", r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-earlier|year-ago|year\s+earlier|a-year-earlier|a-year-ago)(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?P<what>quarter|period|nine\s+months|six\s+months|month))?(?=[\s,.;:)]|$)", "year_ago_adj", 0),
    ("last_year_quarter", r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|in\s+(?P<y>{YEAR}))", "year_ago_adj", 3),
    ("present", r"{PRESENT}", "present_ref", 0),
    ("past", r"{PAST}(?!\s+(?:\d|{NUM}\s+\w))", "past_ref", 0),
    ("future", r"{FUTURE}", "future_ref", 0),
    ("set_word", r"{SETWORDS}", "set_word", 0),
    ("set_every", r"(?P<q>every|each|per|a)\s+(?:other\s+)?(?:(?P<unit>day|week|month|quarter|year|hour|minute|night|morning|evening|weekend)|(?P<wd>{WEEKDAY})|(?P<mo>{MONTH})|(?P<season>{SEASON}))(?!\s+(?:ago|earlier|later|or)\b)", "set_every", 1),
    ("seasons", r"(?:the\s+)?(?:past|last|next|previous|coming)\s+(?P<num>{NUM})\s+(?P<season>summers|winters|springs|autumns|falls)", "seasons", 2),
    ("holiday", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<y>{YEAR}))?", "holiday", 2),
    ("period", r"{PERIOD}", "named_period", 4),
    ("relative_day", r"(?:the|that)\s+(?P<rel>next|following|previous|same|prior)\s+(?P<unit>day|morning|afternoon|evening|night)|(?P<rel2>that)\s+(?:same\s+)?(?P<unit2>day|morning|afternoon|evening|night)|the\s+day\s+(?P<dir>before|after)(?=\s*[,.;:)]|$)", "relative_unit", 0),
    ("spelled_year", r"(?:the\s+year\s+)?(?P<y>{SPELLEDYEAR})", "spelled_year", 0),
]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """All rules, compiled (case-insensitive except where a pattern says otherwise)."""
    w = lx.words()
    frags = _fragments()
    frags["PRESENT"] = lx.alternation(w["present_ref"])
    frags["PAST"] = lx.alternation(w["past_ref"])
    frags["FUTURE"] = lx.alternation(w["future_ref"])
    frags["SETWORDS"] = lx.alternation(list(w["sets"]))
    frags["HOLIDAY"] = lx.alternation([h.name for h in lx.holidays()]).replace("'", "['’]")
    p = lx.periods()
    phrases = [x for group in p["generic"].values() for x in group]
    phrases += [x for c in p["conflicts"] for x in c["phrases"]]
    frags["PERIOD"] = lx.alternation(phrases).replace("'", "['’]")
    out = []
    for name, text, handler, priority in RULE_TEXT:
        body = text
        for slot, value in frags.items():
            body = body.replace("{" + slot + "}", value)
        body = body.replace("{{", "{").replace("}}", "}")
        regex = re.compile(rf"(?<![\w$£€/@#'’-])(?<!\d[.,])(?:{body})(?![\w/@]|-\w|['’](?!s\b)\w|[.,]\d)", re.IGNORECASE)
        out.append(Rule(name, regex, handler, priority))
    return tuple(out)
