"""The wl_attributions component through the whole pipeline."""
import json

from warledger.models import Attribution, Verification


def test_attributions_sets_records_and_verifications(nlp):
    doc = nlp("The regional administration said 14 homes were damaged. This could not be independently verified.")
    assert all(isinstance(a, Attribution) for a in doc._.wl_attributions)
    assert all(isinstance(v, Verification) for v in doc._.wl_verifications)
    (att,) = doc._.wl_attributions
    assert att.cue.text == "said"
    assert att.verification == "unverified"


def test_attributions_outlet_voice_has_none(nlp):
    doc = nlp("Shelling damaged a school in the town on Tuesday.")
    assert doc._.wl_attributions == []


def test_attributions_quote_flag_and_fragments_in_contract(extract):
    result = extract("“We will hold the city,” the commander said, “whatever it takes.”")
    (att,) = result.to_dict()["attributions"]
    assert att["quote"] is True
    assert att["claimant"]["type"] == "military"
    assert len(att["content"]["fragments"]) == 2
    json.dumps(att)  # serialisable


def test_attributions_pronoun_chain_across_paragraphs(nlp):
    text = ("Maryna Hrytsenko, the spokeswoman for the regional police, said two bodies were found.\n\n"
            "“The search goes on,” she said at a press conference.")
    atts = nlp(text)._.wl_attributions
    assert [a.claimant.name for a in atts] == ["Maryna Hrytsenko", "Maryna Hrytsenko"]
    assert atts[0].claimant.type == "official"
    assert atts[1].channel == "press conference"


def test_attributions_seed_article(shared, extract):
    line = json.loads((shared / "seed" / "articles.jsonl").read_text().splitlines()[0])
    result = extract(line["text"], published=line.get("published"))
    names = [a.claimant.name for a in result.attributions if a.claimant]
    assert "He" not in names and "she" not in names and "It" not in names
    assert any(a.channel == "Telegram" for a in result.attributions)
    statuses = [v.status for v in result.verifications]
    assert statuses.count("unverified") >= 2


def test_attributions_claimant_country_from_a_place_in_the_source(nlp):
    from warledger.models import Place

    text = "The governor of Kharkiv said two people were hurt."
    doc = nlp(text)
    start = text.index("Kharkiv")
    doc._.wl_places = [Place(start, start + 7, "Kharkiv", country="UA")]
    nlp.get_pipe("wl_attributions")(doc)
    assert doc._.wl_attributions[0].claimant.country == "UA"
    doc._.wl_places = []
    nlp.get_pipe("wl_attributions")(doc)
    assert doc._.wl_attributions[0].claimant.country is None
