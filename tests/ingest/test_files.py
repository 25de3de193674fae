from pathlib import Path

import pytest

from warledger.errors import WarledgerError
from warledger.ingest import check_paths, read_inputs

ARTICLE_HTML = """<html><head><title>Drones downed over border region</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-08-21T07:00:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Drones downed over border region</h1>
<p>Air defences shot down 12 drones over the Belgorod region overnight, the regional governor said on
Wednesday. He said two people were injured when debris fell on a house in the village of Shebekino.</p>
<p>There was no independent confirmation of the figures. The defence ministry did not comment on the
damage reported by residents of the area, who described hearing explosions for several hours.</p>
</article><footer>Copyright Example Wire. All rights reserved.</footer></body></html>"""


def test_text_file_id_is_the_file_stem(tmp_path: Path):
    (tmp_path / "brief-1.txt").write_text("Two people were killed in shelling.", encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "brief-1.txt")])
    assert item.article.id == "brief-1" and item.article.text.startswith("Two people")


def test_binary_file_gets_e007(tmp_path: Path):
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (item,) = read_inputs([str(tmp_path / "x.txt")])
    assert item.error.code == "E007"


def test_undecodable_text_file_gets_e002(tmp_path: Path):
    (tmp_path / "x.txt").write_bytes("caf\xe9".encode("latin-1"))
    (item,) = read_inputs([str(tmp_path / "x.txt")])
    assert item.error.code == "E002"


def test_html_main_text_and_metadata(tmp_path: Path):
    (tmp_path / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (item,) = read_inputs([str(tmp_path / "page.html")])
    assert item.error is None
    art = item.article
    assert "shot down 12 drones" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text
    assert art.title == "Drones downed over border region"
    assert art.outlet == "Example Wire"
    assert art.published_date == "2024-08-21"


def test_html_that_is_not_an_article_gets_e006(tmp_path: Path):
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (item,) = read_inputs([str(tmp_path / "nav.html")])
    assert item.error.code == "E006"


def test_folder_reads_known_files_in_sorted_order(tmp_path: Path):
    (tmp_path / "b.txt").write_text("Second article text.")
    (tmp_path / "a.txt").write_text("First article text.")
    (tmp_path / "notes.csv").write_text("ignored")
    (tmp_path / "README.md").write_text("About this folder.")
    assert [i.id for i in read_inputs([str(tmp_path)])] == ["a", "b"]
    assert [i.id for i in read_inputs([str(tmp_path / "README.md")])] == ["README"]


def test_missing_path_is_a_command_error_c001(tmp_path: Path):
    with pytest.raises(WarledgerError) as err:
        check_paths([str(tmp_path / "nope.jsonl")])
    assert err.value.code == "C001"


def test_unknown_suffix_is_a_command_error_c002(tmp_path: Path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(WarledgerError) as err:
        check_paths([str(tmp_path / "x.pdf")])
    assert err.value.code == "C002"
