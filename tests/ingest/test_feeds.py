"""Feed input: RSS 2.0, RSS 1.0 and Atom files. The feeds below were written for these tests (CC0)."""
from pathlib import Path

import pytest

from warledger.errors import WarledgerError
from warledger.extract import extract_articles
from warledger.ingest import check_paths, read_inputs
from warledger.ingest.feeds import root_tag
from warledger.store.base import open_store

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example Wire</title>
  <link>https://wire.example/</link>
  <language>en-gb</language>
  <item>
    <title>Drones downed &amp; two hurt near the border</title>
    <link>https://wire.example/2024/08/21/drones</link>
    <guid isPermaLink="false">wire-0821-drones</guid>
    <pubDate>Wed, 21 Aug 2024 07:00:00 +0300</pubDate>
    <description>A short teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<p>Air defences shot down 12 drones over the Belgorod region overnight,
      the regional governor said on Wednesday.</p>
      <p>Two people were injured when debris fell on a house.</p>
      <script>trackPageView();</script>]]></content:encoded>
  </item>
  <item>
    <title>Shelling in Kharkiv</title>
    <link>https://wire.example/2024/08/20/kharkiv</link>
    <dc:date>2024-08-20T18:30:00Z</dc:date>
    <description>&lt;p&gt;Shelling hit &lt;b&gt;Kharkiv&lt;/b&gt; on Monday evening, local officials said.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Headline only</title>
    <guid>wire-0819-headline</guid>
  </item>
  <item>
    <description>An entry with words but no guid and no link.</description>
  </item>
  <item>
    <title>Bad date</title>
    <guid>wire-0818-bad-date</guid>
    <pubDate>sometime last week</pubDate>
    <description>Three houses were damaged in the village, residents said.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Atom Desk</title>
  <id>urn:example:atom-desk</id>
  <updated>2024-08-21T09:00:00Z</updated>
  <entry>
    <title type="html">Strike on an &lt;em&gt;oil depot&lt;/em&gt;</title>
    <id>tag:atom.example,2024:depot</id>
    <link rel="enclosure" href="https://atom.example/depot.mp3"/>
    <link rel="alternate" href="https://atom.example/depot"/>
    <published>2024-08-20T22:15:00+01:00</published>
    <updated>2024-08-21T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An oil depot was struck near
      Rostov, the regional governor said.</p><p>No casualties were reported.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <id>tag:atom.example,2024:kherson</id>
    <updated>2024-08-21</updated>
    <summary>Three people were killed in shelling of Kherson, local officials said.</summary>
  </entry>
  <entry>
    <title>Content held elsewhere</title>
    <id>tag:atom.example,2024:elsewhere</id>
    <content src="https://atom.example/elsewhere"/>
  </entry>
</feed>
"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Bulletin</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/mines">
    <title>Mines cleared</title><link>https://rdf.example/mines</link>
    <description>Engineers cleared 40 mines from farmland, the agency said.</description>
    <dc:date>2024-08-19</dc:date>
  </item>
</rdf:RDF>
"""


def read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return list(read_inputs([str(path)]))


def test_feeds_rss_items_become_articles(tmp_path: Path):
    first, second, *_ = read(tmp_path, "wire.rss", RSS)
    art = first.article
    assert first.error is None and art.id == "wire-0821-drones"
    assert art.title == "Drones downed & two hurt near the border"
    assert art.url == "https://wire.example/2024/08/21/drones"
    assert art.outlet == "Example Wire" and art.language == "en-gb"
    assert art.published == "2024-08-21T07:00:00+03:00" and art.published_date == "2024-08-21"
    assert art.origin.endswith("wire.rss#1")
    # content:encoded wins over description; markup and scripts are gone, paragraphs one per line
    assert art.text.startswith("Air defences shot down 12 drones over the Belgorod region overnight")
    assert "\nTwo people were injured" in art.text
    assert "teaser" not in art.text and "trackPageView" not in art.text and "<" not in art.text
    # no guid: the link names it; an escaped-HTML description is HTML
    assert second.article.id == "https://wire.example/2024/08/20/kharkiv"
    assert second.article.text == "Shelling hit Kharkiv on Monday evening, local officials said."
    assert second.article.published == "2024-08-20T18:30:00+00:00"


def test_feeds_bad_entries_get_coded_errors_and_the_rest_is_read(tmp_path: Path):
    items = read(tmp_path, "wire.rss", RSS)
    assert [i.error.code if i.error else None for i in items] == [None, None, "E015", "E016", None]
    assert items[2].id == "wire-0819-headline"
    assert items[3].id is None and items[3].origin.endswith("wire.rss#4")
    undated = items[4].article
    assert undated.published is None and undated.text.startswith("Three houses")


def test_feeds_atom_entries_become_articles(tmp_path: Path):
    depot, summary, elsewhere = read(tmp_path, "desk.atom", ATOM)
    art = depot.article
    assert art.id == "tag:atom.example,2024:depot" and art.url == "https://atom.example/depot"
    assert art.title == "Strike on an oil depot" and art.outlet == "Atom Desk" and art.language == "en"
    assert art.published == "2024-08-20T22:15:00+01:00"  # published, not updated; its own offset kept
    assert art.text.startswith("An oil depot was struck near") and "No casualties were reported." in art.text
    assert summary.article.text.startswith("Three people were killed")
    assert summary.article.published == "2024-08-21" and summary.article.url is None
    assert elsewhere.error.code == "E015"  # out-of-line content is never fetched


def test_feeds_rss1_items_become_articles(tmp_path: Path):
    (item,) = read(tmp_path, "bulletin.rss", RSS1)
    assert item.article.id == "https://rdf.example/mines" and item.article.outlet == "RDF Bulletin"
    assert item.article.published == "2024-08-19" and "40 mines" in item.article.text


def test_feeds_broken_xml_is_one_e012_item_and_the_batch_goes_on(tmp_path: Path):
    (tmp_path / "a-broken.rss").write_text(RSS[: len(RSS) // 2], encoding="utf-8")
    (tmp_path / "b-note.txt").write_text("Two people were killed in shelling.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [(i.id, i.error.code if i.error else None) for i in items] == [("a-broken", "E012"), ("b-note", None)]


def test_feeds_entity_declarations_are_refused_e013(tmp_path: Path):
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
            "<rss><channel><item><guid>x</guid><description>&b;</description></item></channel></rss>")
    (item,) = read(tmp_path, "bomb.xml", bomb)
    assert item.error.code == "E013"


def test_feeds_rss_file_that_is_no_feed_gets_e014(tmp_path: Path):
    (item,) = read(tmp_path, "page.rss", "<html><body><p>Not a feed.</p></body></html>")
    assert item.error.code == "E014" and "<html>" in item.error.message


def test_feeds_xml_is_read_only_when_its_root_is_a_feed(tmp_path: Path):
    (tmp_path / "news.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url/></urlset>', encoding="utf-8")
    assert [i.id for i in read_inputs([str(tmp_path)])][:2] == ["tag:atom.example,2024:depot",
                                                               "tag:atom.example,2024:kherson"]
    check_paths([str(tmp_path / "news.xml")])
    with pytest.raises(WarledgerError) as err:
        check_paths([str(tmp_path / "sitemap.xml")])
    assert err.value.code == "C002"


def test_feeds_root_tag_skips_declaration_comments_and_doctype():
    assert root_tag(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">') == "rss"
    assert root_tag(b'<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss>') == "rss"
    assert root_tag(b"<rdf:RDF xmlns:rdf='x'>") == "rdf:RDF"
    assert root_tag(b"plain text") is None


def test_feeds_latin1_feed_is_decoded_by_its_declaration(tmp_path: Path):
    feed = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\xe9 Press</title>'
            "<item><guid>c1</guid><description>Shelling damaged the caf\xe9 in the square.</description>"
            "</item></channel></rss>").encode("latin-1")
    (item,) = read(tmp_path, "cafe.rss", feed)
    assert item.article.outlet == "Café Press" and "café" in item.article.text


def test_feeds_rereading_the_same_feed_stores_nothing_new(tmp_path: Path, nlp):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    counts = []
    with open_store(str(tmp_path / "ledger.db")) as store:
        for _ in range(2):
            for result in extract_articles(read_inputs([str(tmp_path / "wire.rss")])):
                if result.ok:
                    store.save(result)
            counts.append(store.counts()["articles"])
    assert counts == [3, 3]


def test_feeds_entry_figures_are_dropped_and_list_items_keep_their_lines(tmp_path: Path):
    body = ("<figure><img src='smoke.jpg'><figcaption>Smoke over the city. Photo: Example Agency</figcaption>"
            "</figure><p>Russian forces launched 40 drones overnight, the air force said.</p>"
            "<ul><li>28 were shot down</li><li>12 were lost to jamming</li></ul>")
    feed = RSS1.replace("Engineers cleared 40 mines from farmland, the agency said.",
                        body.replace("<", "&lt;").replace(">", "&gt;"))
    (item,) = read(tmp_path, "bulletin.rss", feed)
    lines = item.article.text.splitlines()
    assert lines[0] == "Russian forces launched 40 drones overnight, the air force said."
    assert [line.lstrip("- ") for line in lines[1:]] == ["28 were shot down", "12 were lost to jamming"]
    assert "Photo" not in item.article.text


def test_feeds_plain_text_entry_too_short_for_trafilatura_keeps_its_words(tmp_path: Path):
    feed = ATOM.replace("Three people were killed in shelling of Kherson, local officials said.", "Two killed.")
    _, summary, _ = read(tmp_path, "desk.atom", feed)
    assert summary.article.text == "Two killed."
