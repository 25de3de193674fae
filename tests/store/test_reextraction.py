"""Re-extraction: the same content extracted by another pipeline version becomes the next version
of its article when asked, on every backend; idempotent, atomic, history kept."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from warledger.store import sql
from warledger.store.base import Saved, open_store

OLD, NEW = "warledger 0.1.0 / test", "warledger 0.2.0+abc / test"


def upgraded(extraction, version: str = NEW):
    """The same article as extracted by pipeline `version` (one figure fewer, as a changed
    extractor might find)."""
    again = replace(extraction, pipeline_version=version)
    again.figures = extraction.figures[:-1]
    return again


def test_store_reextract_same_pipeline_stores_nothing(store, make_extraction):
    assert store.save(make_extraction()) == Saved.NEW
    before = store.counts()
    assert store.save(make_extraction(), reextract=True) == Saved.UNCHANGED
    assert store.counts() == before


def test_store_reextract_other_pipeline_becomes_current_version(store, make_extraction):
    first = make_extraction()
    store.save(first)
    assert store.save(upgraded(make_extraction()), reextract=True) == Saved.REEXTRACTED
    [current] = list(store.extractions())
    assert current.pipeline_version == NEW and len(current.figures) == 4
    history = list(store.versions())
    assert [(v.version, v.current, v.extraction.pipeline_version) for v in history] == [
        (1, False, OLD), (2, True, NEW)]
    assert history[0].extraction.to_dict() == first.to_dict()  # the old version keeps every row
    assert history[1].stored_at >= history[0].stored_at
    assert store.counts()["articles"] == 2 and store.counts()["figures"] == 5 + 4


def test_store_reextract_twice_is_idempotent(store, make_extraction):
    store.save(make_extraction())
    store.save(upgraded(make_extraction()), reextract=True)
    before = store.counts()
    assert store.save(upgraded(make_extraction()), reextract=True) == Saved.UNCHANGED
    assert store.save(upgraded(make_extraction())) == Saved.UNCHANGED
    assert store.counts() == before


def test_store_stale_without_reextract_changes_nothing(store, make_extraction):
    store.save(make_extraction())
    before = store.counts()
    assert store.save(upgraded(make_extraction())) == Saved.STALE
    assert not Saved.STALE and not Saved.UNCHANGED and Saved.REEXTRACTED
    assert store.counts() == before
    assert next(store.extractions()).pipeline_version == OLD


def test_store_reextract_each_id_on_its_own(store, make_extraction):
    for article_id in ("a", "b"):
        store.save(make_extraction(article_id))
    assert store.save(upgraded(make_extraction("b")), reextract=True) == Saved.REEXTRACTED
    assert [(e.id, e.pipeline_version) for e in store.extractions()] == [("a", OLD), ("b", NEW)]
    assert [(v.extraction.id, v.version, v.current) for v in store.versions()] == [
        ("a", 1, True), ("b", 1, False), ("b", 2, True)]
    assert [v.extraction.id for v in store.versions(include_superseded=False)] == ["a", "b"]


def test_store_reextract_of_an_older_versions_content_keeps_the_current(store, make_extraction):
    store.save(make_extraction(title="First edition"))
    store.save(make_extraction(title="Corrected"))
    assert store.save(upgraded(make_extraction(title="First edition")), reextract=True) == Saved.UNCHANGED
    [current] = list(store.extractions())
    assert current.article.title == "Corrected" and current.pipeline_version == OLD


def test_store_changed_content_from_a_new_pipeline_is_new_content(store, make_extraction):
    store.save(make_extraction(title="First edition"))
    assert store.save(upgraded(make_extraction(title="Corrected")), reextract=True) == Saved.NEW_CONTENT
    assert store.save(upgraded(make_extraction(title="Later")), reextract=False) == Saved.NEW_CONTENT


def test_store_reextract_back_to_an_earlier_pipeline(store, make_extraction):
    store.save(make_extraction())
    store.save(upgraded(make_extraction()), reextract=True)
    assert store.save(make_extraction(), reextract=True) == Saved.REEXTRACTED
    assert [(v.version, v.current, v.extraction.pipeline_version) for v in store.versions()] == [
        (1, False, OLD), (2, False, NEW), (3, True, OLD)]


def test_store_reextract_failure_midway_keeps_the_old_version_current(store, make_extraction, monkeypatch):
    store.save(make_extraction())
    before = store.counts()

    def explode(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sql, "link_rows", explode)  # after the article row and its records
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(upgraded(make_extraction()), reextract=True)
    assert store.counts() == before
    history = [(v.version, v.current, v.extraction.pipeline_version) for v in store.versions()]
    assert history == [(1, True, OLD)]
    monkeypatch.undo()
    assert store.save(upgraded(make_extraction()), reextract=True) == Saved.REEXTRACTED
    assert [v.version for v in store.versions()] == [1, 2]


def test_store_reextract_bad_record_leaves_nothing(store, make_extraction):
    store.save(make_extraction())
    before = store.counts()
    bad = upgraded(make_extraction())
    bad.figures[2] = replace(bad.figures[2], value=object())  # the driver cannot bind it, mid-article
    with pytest.raises(Exception):
        store.save(bad, reextract=True)
    assert store.counts() == before
    assert next(store.extractions()).pipeline_version == OLD


def test_store_concurrent_reextractions_store_one_version(ledger_url, make_extraction):
    """Two connections re-extracting the same content with the same new pipeline at once:
    exactly one new version, and exactly one current."""
    with open_store(ledger_url) as store:
        store.save(make_extraction())
    outcomes: list[Saved] = []

    def write() -> None:
        with open_store(ledger_url) as store:
            for _ in range(3):
                outcomes.append(store.save(upgraded(make_extraction()), reextract=True))

    threads = [threading.Thread(target=write) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == sorted([Saved.REEXTRACTED] + [Saved.UNCHANGED] * 5)
    with open_store(ledger_url) as store:
        assert [(v.version, v.current) for v in store.versions()] == [(1, False), (2, True)]


def test_store_reextract_with_the_same_records_relabels_instead_of_copying(store, make_extraction):
    store.save(make_extraction())
    before = store.counts()
    same = replace(make_extraction(), pipeline_version=NEW)  # another pipeline, every record the same
    assert store.save(same, reextract=True) == Saved.RELABELLED
    assert not Saved.RELABELLED
    assert store.counts() == before  # no copy of any row
    [current] = list(store.versions())
    assert (current.version, current.current, current.extraction.pipeline_version) == (1, True, NEW)
    assert current.extraction.to_dict() == same.to_dict()  # its rows name the new pipeline too
    assert store.save(same, reextract=True) == Saved.UNCHANGED
    assert store.save(upgraded(make_extraction(), version="warledger 0.3.0 / test"), reextract=True) \
        == Saved.REEXTRACTED  # a changed record is still stored as the next version
