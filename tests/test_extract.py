from warledger.extract import extract_articles
from warledger.ingest import InputItem
from warledger.models import Article
from warledger.settings import Options


def item(art_id: str, text: str) -> InputItem:
    return InputItem(id=art_id, origin="test", article=Article(id=art_id, text=text))


def test_extract_keeps_order_and_codes_empty_and_oversized_text(nlp):
    items = [item("a", "Shelling hit the town."), item("b", "   \n"), item("c", "x" * 60), item("d", "Quiet day.")]
    results = list(extract_articles(items, options=Options(max_chars=50)))
    assert [r.id for r in results] == ["a", "b", "c", "d"]
    assert [r.error.code if r.error else None for r in results] == [None, "E001", "E005", None]
    assert "60 characters" in results[2].error.message


def test_extract_passes_ingest_errors_through(nlp):
    from warledger.errors import item_error

    bad = InputItem(id=None, origin="f:3", error=item_error("E003"))
    (result,) = extract_articles([bad])
    assert result.error.code == "E003" and result.places == [] and result.figures == []


def test_extract_isolates_a_failing_article_as_e009(nlp, monkeypatch):
    component = nlp.get_pipe("wl_events")
    original = component.__class__.__call__

    def explode_on_marker(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(component.__class__, "__call__", explode_on_marker)
    items = [item("a", "Two people were killed."), item("b", "EXPLODE now."), item("c", "Calm.")]
    results = list(extract_articles(items))
    assert [r.error.code if r.error else None for r in results] == [None, "E009", None]
    assert "boom" in results[1].error.message


def test_extract_records_pipeline_version(nlp):
    (result,) = extract_articles([item("a", "Text.")])
    assert result.pipeline_version.startswith("warledger ")
    assert "wl.figures.v1" in result.pipeline_version
