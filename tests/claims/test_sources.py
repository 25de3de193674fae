"""Sources of cues through the whole component: their span as written and the speaker."""
from spacy.tokens import Doc

from warledger.claims.sources import cue_subject, source_span


def attributions(nlp, text):
    doc = nlp(text)
    return [(a.cue.text if a.cue else None, a.source.text if a.source else None,
             a.claimant.name if a.claimant else None) for a in doc._.wl_attributions]


def test_sources_dateline_with_a_date_is_not_part_of_the_source(nlp):
    out = attributions(nlp, "NIAMEY, March 12 (Desert Wire) - Soldiers of the national guard said on Monday "
                            "they had repelled an attack.")
    assert out[0][0] == "said"
    assert out[0][1] == "Soldiers of the national guard"


def test_sources_quoted_as_saying_has_the_object_for_speaker(nlp):
    out = attributions(nlp, "RIA Novosti quoted a regional emergency official as saying five people were injured.")
    saying = [o for o in out if o[0] == "saying"]
    assert saying and saying[0][1] == "a regional emergency official"


def test_sources_name_and_title_before_the_cue(nlp):
    out = attributions(nlp, "Sein Htwe, the rebel army's spokesman, said the jets bombed a school on Friday.")
    assert out[0][0] == "said"
    assert out[0][1].startswith("Sein Htwe, the rebel army's spokesman")
    assert out[0][2] == "Sein Htwe"


def test_sources_name_and_title_before_the_cue_when_the_parser_misses_the_subject(nlp):
    # the parse the tagger gives to a name it takes for a verb ("Khaing" as VBG): no subject of "said"
    words = ["Thein", "Lwin", ",", "the", "group", "'s", "spokesperson", ",", "said", "the", "jets", "left", "."]
    heads = [8, 0, 0, 4, 6, 4, 0, 8, 8, 10, 11, 8, 8]
    deps = ["advcl", "dobj", "punct", "det", "poss", "case", "dobj", "punct", "ROOT", "det", "nsubj", "ccomp", "punct"]
    pos = ["VERB", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["VBG", "NNP", ",", "DT", "NN", "POS", "NN", ",", "VBD", "DT", "NNS", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, False, True, False, True, True, True, True,
                                              False, False],
              heads=heads, deps=deps, pos=pos, tags=tags, ents=["B-PERSON", "I-PERSON"] + ["O"] * 11)
    said = doc[8]
    root = cue_subject(said)
    assert root is not None and root.i in (0, 1)
    span = source_span(root, said)
    assert doc.text[span[0]:span[1]] == "Thein Lwin, the group's spokesperson,"


def test_sources_simple_past_after_a_perfect_clause_takes_the_speaker(nlp):
    out = attributions(nlp, "The ministry said its engineers had not damaged the dam and blamed the rebels for the flood.")
    blamed = [o for o in out if o[0] == "blamed"]
    assert blamed and blamed[0][1] == "The ministry"


def test_sources_place_before_a_title_stays_after_a_time_heading(nlp):
    out = attributions(nlp, "10:15 a.m.\n\nOhio Gov. Jane Holloway says the state will certify the result.")
    says = [o for o in out if o[0] == "says"]
    assert says and says[0][1] == "Ohio Gov. Jane Holloway"


def test_sources_a_gerund_in_a_prepositional_phrase_takes_the_subject_of_its_clause(nlp):
    out = attributions(nlp, "Sud Horizon is alone in reporting that two civilians were caught in the crossfire.")
    assert out == [("reporting", "Sud Horizon", "Sud Horizon")]


def test_sources_a_subject_with_its_participle_read_as_a_fronted_clause_is_the_speaker(nlp):
    out = attributions(nlp, "Parents gathered at the school gate say at least 14 students are unaccounted for.")
    assert out == [("say", "Parents", "Parents")]
