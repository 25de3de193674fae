"""When an event happened: the time expression of its sentence, else the publication day."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span

from ..models import DateRange, Time
from . import lexicon

_FRAME_MODS = ("ON_OR_AFTER", "START", "AFTER")


@dataclass(frozen=True)
class EventDate:
    range: DateRange
    precision: int  # ACLED time_precision: 1 a day, 2 a week, 3 longer
    source: str  # "text" or "published"
    said: bool = False  # the text dates only the saying ('the police said on Sunday that ...'): the event was then or before


def times_in(sentence: Span, times: Sequence[Time]) -> list[Time]:
    return [t for t in times if sentence.start_char <= t.start < sentence.end_char]


def is_frame(time: Time, sentence: Span) -> bool:
    """'since the start of the war', 'since the beginning of this year': a frame, not the event's date."""
    before = sentence.doc.text[max(sentence.start_char, time.start - 7) : time.start].lower()
    return time.mod in _FRAME_MODS or "since" in before


def event_date(sentence: Span, times: Sequence[Time], published: str | None) -> EventDate | None:
    """The date of the first time expression in the sentence that dates an event (one that dates
    the saying, 'the governor said on Wednesday that ...', only when no other does), else the
    publication day (source 'published'), else None."""
    usable = [t for t in times_in(sentence, times)
              if t.interval is not None and not is_frame(t, sentence) and t.type != "SET" and not is_dateline(sentence, t)]
    usable.sort(key=lambda t: dates_saying(sentence, t))
    if usable:
        interval = night_day(usable[0])
        return EventDate(interval, precision(interval), "text", said=dates_saying(sentence, usable[0]))
    if published:
        return EventDate(DateRange(published, published), 2, "published")
    return None


_SPEECH_VERBS = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "write", "post"})


def dates_saying(sentence: Span, time: Time) -> bool:
    """'said on Wednesday', 'told reporters Friday': the time is when something was said."""
    span = sentence.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head
    return token.dep_ in ("prep", "npadvmod", "tmod") and token.head.lemma_.lower() in _SPEECH_VERBS


def night_day(time: Time) -> DateRange:
    """A night across two days ('overnight', 'on the night of 24 to 25 November') dates its event to
    the day the night ends; a night named by its day ('on Saturday night', 'late on Monday night')
    to the day named, which is how the report and ACLED both date it. Domain rule: overnight missile and drone waves strike mostly after
    midnight and are reported in the defender's morning summary of that day, which is the report
    ACLED codes from; a single day is what ACLED's exact-date check needs. Other times keep their
    interval."""
    interval = time.interval
    if not (time.value or "").endswith("TNI"):
        return interval
    if _NAMED_NIGHT.search(time.text) and not _NIGHT_RANGE.search(time.text):
        return DateRange(interval.start, interval.start)  # 'on Saturday night': the day named
    days = (date.fromisoformat(interval.end) - date.fromisoformat(interval.start)).days
    return DateRange(interval.end, interval.end) if days == 1 else interval


#: a night named by its evening ('Monday night', 'that night'), not 'overnight' nor 'the night of 3 to 4 May'
_NAMED_NIGHT = re.compile(r"(?<!over)\bnight\b", re.I)
_NIGHT_RANGE = re.compile(r"\bnight\s+of\b.*(?:\bto\b|\band\b|[-\u2013/])", re.I)


_DATELINE_END = re.compile(r"^\s*(\([^)]{1,40}\))?\s*[-\u2013\u2014]")
_DATELINE_SPAN = 80


def is_dateline(sentence: Span, time: Time) -> bool:
    """'KHERSON, Ukraine, Nov 3 (Northline) - ...': the filing date at the head of the story, not the
    date of what it reports."""
    text = sentence.doc.text
    return time.start < _DATELINE_SPAN and bool(_DATELINE_END.match(text[time.end : time.end + 45]))


def precision(interval: DateRange) -> int:
    """1 for a day (or a night across two), 2 up to a week, 3 longer."""
    days = (date.fromisoformat(interval.end) - date.fromisoformat(interval.start)).days + 1
    if days <= 2:
        return 1
    return 2 if days <= lexicon.acled()["week_days"] + 1 else 3


def is_background(sentence: Span, times: Sequence[Time], published: str | None) -> bool:
    """'Since the beginning of this year, Ukraine has stepped up aerial assaults': history framed by a
    time that began long before publication, or by a 'since' clause ('... have been killed since the
    invasion began'), with no date of its own and no superlative ('the largest attack since ...')."""
    frames = [t for t in times_in(sentence, times) if t.interval and is_frame(t, sentence)]
    dated = [t for t in times_in(sentence, times) if t.interval and not is_frame(t, sentence)]
    if dated or any(t.tag_ in ("JJS", "RBS") for t in sentence):
        return False
    if _perfect_since_clause(sentence):
        return True  # 'more than 10,000 civilians have been killed since the invasion began': a running toll
    if not published or not frames:
        return False
    limit = date.fromisoformat(published) - timedelta(days=lexicon.acled()["background_days"])
    return any(date.fromisoformat(t.interval.start) < limit for t in frames)


def _perfect_since_clause(sentence: Span) -> bool:
    """A present perfect framed by a 'since' clause in the past ('have been killed since the war
    began', 'has displaced millions since fighting erupted'): a toll run up over time."""
    for token in sentence:
        if token.lower_ != "since" or token.dep_ != "mark" or token.head.tag_ != "VBD":
            continue
        main = token.head.head
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in main.children):
            return True
    return False
