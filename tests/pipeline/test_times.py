"""The wl_times component in the pipeline: tense from the parse, the seed article."""
import json

import pytest

from warledger.extract import make_doc
from warledger.models import Article

PUB = "2024-08-21"  # a Wednesday


@pytest.fixture(scope="module")
def times(nlp):
    def run(text: str, published: str | None = PUB):
        doc = nlp(make_doc(nlp, Article(id="t", text=text, published=published)))
        return doc._.wl_times

    return run


def value_of(found, text: str) -> str:
    return next(t.value for t in found if t.text == text)


def test_times_weekday_of_publication_is_that_day(times):
    assert value_of(times("Zakharova said at a briefing Wednesday in Moscow."), "Wednesday") == "2024-08-21"


def test_times_weekday_past_tense_is_the_latest_before(times):
    assert value_of(times("Ukrainian forces struck the bridge on Friday."), "Friday") == "2024-08-16"
    assert value_of(times("Officials said Monday that the talks had failed."), "Monday") == "2024-08-19"


def test_times_weekday_future_tense_is_the_next(times):
    assert value_of(times("The ministers will meet on Friday in Brussels."), "Friday") == "2024-08-23"
    assert value_of(times("The vote is scheduled to take place Monday."), "Monday") == "2024-08-26"


def test_times_last_and_next_weekday(times):
    found = times("They met last Thursday and will meet again next Thursday.")
    assert value_of(found, "last Thursday") == "2024-08-15"
    assert value_of(found, "next Thursday") == "2024-08-22"


def test_times_month_year_by_tense(times):
    assert value_of(times("The offensive began in November."), "November") == "2023-11"
    assert value_of(times("Elections will be held in March."), "March") == "2025-03"


def test_times_weekday_without_publication_date_is_underspecified(times):
    found = times("The ministers will meet on Friday.", None)
    assert value_of(found, "Friday") == "XXXX-WXX-5"
    assert found[0].interval is None


def test_times_seed_article(times, shared):
    article = json.loads((shared / "seed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    found = {t.text: t for t in times(article["text"], article["published"])}
    assert found["overnight"].value in ("2024-08-21", "2024-08-20TNI")
    assert found["Wednesday"].value == "2024-08-21"
    assert found["August 6"].value == "2024-08-06"
    week = found["the past week"]
    assert (week.value, week.interval.start, week.interval.end) == ("P1W", "2024-08-14", "2024-08-21")
    assert found["the beginning of this year"].value == "2024"
    assert found["the start of the war"].value == "2022-02-24"


def test_times_seed_article_through_extract(extract, shared):
    article = json.loads((shared / "seed" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    result = extract(article["text"], published=article["published"])
    assert {"overnight", "Wednesday", "August 6"} <= {t.text for t in result.times}
    assert all(article["text"][t.start:t.end] == t.text for t in result.times)


def test_times_verb_with_same_past_form_reads_as_past(times):
    assert value_of(times("Russian missiles hit Kyiv on Friday."), "Friday") == "2024-08-16"


def test_times_day_something_was_arranged_for_is_the_nearest(times):
    assert value_of(times("Protesters planned a rally on Saturday."), "Saturday") == "2024-08-24"
    assert value_of(times("A memorial planned for Monday was cancelled."), "Monday") == "2024-08-19"
    assert value_of(times("Talks were scheduled for Friday."), "Friday") == "2024-08-23"


def test_times_deadline_day_is_the_nearest(times):
    found = times("Officials have given the residents until 9 a.m. Thursday to leave.")
    assert value_of(found, "9 a.m. Thursday") == "2024-08-22T09:00"
    assert value_of(times("The curfew lasted until Tuesday."), "Tuesday") == "2024-08-20"


def test_times_day_after_a_verb_of_saying_dates_the_saying(times):
    assert value_of(times("Russia said on Tuesday it would strike again."), "Tuesday") == "2024-08-20"


def test_times_day_of_a_subject_follows_a_verb_that_looks_ahead(times):
    assert value_of(times("Talks on Friday will focus on prisoners."), "Friday") == "2024-08-23"
    assert value_of(times("A meeting on Friday is expected to focus on prisoners."), "Friday") == "2024-08-23"
    assert value_of(times("The attack on Friday shows Russia's intent."), "Friday") == "2024-08-16"


def test_times_without_publication_date_count_from_the_dateline(times):
    found = times("PORT SUDAN, November 9, 2026 (Nile Desk) - An air strike killed 41 people on Saturday.", None)
    assert value_of(found, "Saturday") == "2026-11-07"


def test_times_midnight_in_the_past_tense_began_the_day(times):
    assert value_of(times("The attack came just after midnight, officials said."), "midnight") == "2024-08-21T00:00"
    assert value_of(times("The ceasefire will take effect at midnight."), "midnight") == "2024-08-21T24:00"


def test_times_a_bare_weekday_is_the_day_of_that_name_just_named(times):
    # a timeline in the historical present, published on Tuesday 10 November 2026
    found = times("Friday, Nov 6, before dawn\nArmed men block the road.\n\n"
                  "Friday, mid-morning\nA police unit moves to clear the barricade.", "2026-11-10")
    assert [t.value for t in found if t.text == "Friday"] == ["2026-11-06"]
