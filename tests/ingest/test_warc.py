"""WARC input: archives are built here with warcio's writer; the pages were written for these tests (CC0)."""
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from warledger.cli import main
from warledger.ingest import ReadStats, read_inputs

DATED_PAGE = """<html><head><title>Drones downed over border region</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-08-19T07:00:00+00:00">
</head><body><nav><a href="/">Home</a></nav><article><h1>Drones downed over border region</h1>
<p>Air defences shot down 12 drones over the Belgorod region overnight, the regional governor said on
Monday. He said two people were injured when debris fell on a house in the village of Shebekino.</p>
<p>There was no independent confirmation of the figures, and the ministry did not comment.</p>
</article></body></html>"""

UNDATED_PAGE = """<html><head><title>Depot struck</title></head><body><article>
<p>An oil depot was struck near the port overnight, the regional governor said in a statement.
Firefighters worked through the morning to put out the blaze, and no casualties were reported.</p>
</article></body></html>"""

LATIN1_PAGE = """<html><head><title>Caf\xe9 hit</title></head><body><article>
<p>Shelling damaged a caf\xe9 and three houses in the town square on Tuesday, local officials said.
Residents described hearing several explosions shortly after midnight.</p></article></body></html>"""

CAPTURED = "2024-08-21T10:00:00Z"


def response(writer: WARCWriter, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
             status: str = "200 OK"):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                     warc_headers_dict={"WARC-Date": CAPTURED})


def build_warc(*, gzip: bool) -> bytes:
    """warcinfo, request, dated page, image, redirect, undated page, latin-1 page."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "warledger tests"}))
    request = StatusAndHeaders("GET /dated HTTP/1.1", [("Host", "wire.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record("https://wire.example/dated", "request",
                                                  payload=io.BytesIO(b""), http_headers=request))
    writer.write_record(response(writer, "https://wire.example/dated", DATED_PAGE.encode()))
    writer.write_record(response(writer, "https://wire.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    writer.write_record(response(writer, "https://wire.example/old", b"<html>Moved</html>",
                                 status="301 Moved Permanently"))
    writer.write_record(response(writer, "https://wire.example/undated", UNDATED_PAGE.encode()))
    writer.write_record(response(writer, "https://wire.example/cafe", LATIN1_PAGE.encode("latin-1"),
                                 "text/html; charset=iso-8859-1"))
    return buffer.getvalue()


def read(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    stats = ReadStats()
    return list(read_inputs([str(path)], stats=stats)), stats


def urls(items) -> list[str | None]:
    return [i.article.url if i.article else i.error.code for i in items]


def test_warc_html_responses_become_articles(tmp_path: Path):
    for gzip, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        items, stats = read(tmp_path, name, build_warc(gzip=gzip))
        assert urls(items) == ["https://wire.example/dated", "https://wire.example/undated",
                               "https://wire.example/cafe"]
        dated = items[0].article
        assert dated.id.startswith("urn:uuid:") and dated.id == items[0].id
        assert dated.title == "Drones downed over border region" and dated.outlet == "Example Wire"
        assert "shot down 12 drones" in dated.text and "Home" not in dated.text
        assert items[0].origin.startswith(str(tmp_path / name) + "@")
        assert "café" in items[2].article.text  # decoded by the HTTP charset
        # warcinfo, request, image and redirect are passed over, counted
        assert stats.total_skipped == 4 and stats.skipped["WARC response image/png"] == 1


def test_warc_capture_date_is_only_a_fallback_for_an_undated_page(tmp_path: Path):
    items, _ = read(tmp_path, "crawl.warc", build_warc(gzip=False))
    assert items[0].article.published_date == "2024-08-19"  # the page's own date
    assert items[1].article.published == "2024-08-21T10:00:00+00:00"  # WARC-Date


def test_warc_corrupt_body_gets_e017_and_the_next_records_are_read(tmp_path: Path):
    data = build_warc(gzip=False)
    at = data.index(b"shot down 12 drones")
    items, _ = read(tmp_path, "crawl.warc", data[:at] + b"SHOT" + data[at + 4:])
    assert urls(items) == ["E017", "https://wire.example/undated", "https://wire.example/cafe"]
    assert items[0].id.startswith("urn:uuid:") and "digest" in items[0].error.message


def test_warc_broken_record_header_gets_e017_and_reading_resumes(tmp_path: Path):
    for gzip in (False, True):
        data = build_warc(gzip=gzip)
        marker = b"\x1f\x8b\x08" if gzip else b"WARC/1."
        starts = [i for i in range(len(data)) if data.startswith(marker, i)]
        third = starts[2]  # the dated page's record
        items, _ = read(tmp_path, "crawl.warc.gz" if gzip else "crawl.warc",
                        data[:third] + b"\x00garbage" + data[third + 8:])
        assert urls(items) == ["E017", "https://wire.example/undated", "https://wire.example/cafe"]
        assert items[0].origin.endswith(f"@{third}")


def test_warc_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path):
    for gzip in (False, True):
        data = build_warc(gzip=gzip)
        items, _ = read(tmp_path, "cut.warc.gz" if gzip else "cut.warc", data[: len(data) - 60])
        assert urls(items) == ["https://wire.example/dated", "https://wire.example/undated", "E017"]


def test_warc_file_that_is_no_archive_gets_one_e017(tmp_path: Path):
    items, _ = read(tmp_path, "notes.warc", b"These are notes, not an archive.\n\nSecond paragraph.\n")
    assert [i.error.code for i in items] == ["E017"]
    assert read(tmp_path, "empty.warc", b"")[0] == []


def test_warc_is_found_in_folders_by_suffix(tmp_path: Path):
    (tmp_path / "crawl.warc.gz").write_bytes(build_warc(gzip=True))
    (tmp_path / "crawl.cdx").write_text("not an input")
    assert len(list(read_inputs([str(tmp_path)]))) == 3


def test_warc_extract_summary_counts_records_passed_over(tmp_path: Path, capsys, nlp):
    (tmp_path / "crawl.warc").write_bytes(build_warc(gzip=False))
    assert main(["extract", str(tmp_path / "crawl.warc"), "--format", "jsonl", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3
    assert "3 item(s), 3 extracted, 0 failed; 4 archive record(s) passed over" in err
