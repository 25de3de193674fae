import io
import json

from warledger.ingest.jsonl import read_jsonl_stream


def read(lines: list[bytes]):
    return list(read_jsonl_stream(io.BytesIO(b"\n".join(lines) + b"\n"), origin="in.jsonl"))


def test_jsonl_reads_article_fields():
    line = json.dumps({"id": "a1", "text": "Shelling hit Kharkiv.", "published": "2024-08-21",
                       "outlet": "Wire", "title": "T", "extra": 1}).encode()
    (item,) = read([line])
    assert item.error is None
    assert item.article.id == "a1" and item.article.outlet == "Wire"
    assert item.article.published_date == "2024-08-21"
    assert item.origin == "in.jsonl:1"


def test_jsonl_each_bad_line_gets_its_own_code():
    items = read([
        b"{not json",
        b"[1, 2]",
        json.dumps({"text": "no id"}).encode(),
        json.dumps({"id": "x"}).encode(),
        b'{"id": "bad", "text": "\xff\xfe"}',
        json.dumps({"id": "d", "text": "t", "published": "yesterday"}).encode(),
        json.dumps({"id": "ok", "text": "fine"}).encode(),
    ])
    assert [i.error.code if i.error else None for i in items] == ["E003", "E003", "E004", "E004", "E002", "E008", None]
    assert items[3].id == "x" and "'text'" in items[3].error.message
    assert items[2].id is None and "'id'" in items[2].error.message


def test_jsonl_skips_blank_lines_and_keeps_line_numbers():
    items = read([json.dumps({"id": "a", "text": "x"}).encode(), b"", b"   ",
                  json.dumps({"id": "b", "text": "y"}).encode()])
    assert [i.origin for i in items] == ["in.jsonl:1", "in.jsonl:4"]


def test_jsonl_accepts_integer_ids_and_iso_datetimes():
    (item,) = read([json.dumps({"id": 7, "text": "x", "published": "2024-08-21T06:30:00Z"}).encode()])
    assert item.error is None and item.article.id == "7"
    assert item.article.published_date == "2024-08-21"
