"""Classes of English reporting syntax found missed or misread on one half of PolNeAR and confirmed on
the other (each test is one class, with invented sentences)."""
from cue_spans import spans


def test_quoted_fragment_is_not_the_subject(nlp):
    # a quotation's last, verbless sentence before "said X" is part of the quotation, not the speaker
    found = spans(nlp('"He opposed them all. Every single amendment," said Cruz, who had drafted some of them.'))
    assert ("Cruz, who had drafted some of them", "said",
            '"He opposed them all. Every single amendment,"') in found
    found = spans(nlp("“The campaign is in panic mode. Full panic mode,” Leslie Wimes said."))
    assert ("Leslie Wimes", "said", "“The campaign is in panic mode. Full panic mode,”") in found


def test_issuer_of_a_statement_is_the_source(nlp):
    # "X issued a statement saying ...": the issuer speaks; the cue runs from the issuing verb to the participle
    found = spans(nlp("Trump and Ryan issued a statement describing their meeting as a very positive step."))
    assert ("Trump and Ryan", "issued a statement describing", "their meeting as a very positive step") in found
    found = spans(nlp("Tracy Martin issued a statement Thursday, saying he was grateful."))
    assert ("Tracy Martin", "issued a statement Thursday, saying", "he was grateful") in found


def test_a_document_received_is_still_its_own_source(nlp):
    # receiving is no issuing: "received a letter saying ..." keeps the letter as what says it
    found = spans(nlp("The ministry said it had received a letter saying the talks were over."))
    assert ("a letter", "saying", "the talks were over") in found


def test_quotation_credited_after_a_dash(nlp):
    # a quotation alone on its line, credited after a dash to a name: the dash is the cue
    text = ("“He represents our greatest shame.” ― Sonya Herridge\n"
            "\"Boeing and GE pay zero taxes.\"\n\n- Sanders.\n\n"
            "\"Great speech. She's tested.\"\n\n-President Obama, tweeting after the speech.\n\n"
            "Ramos believes in journalism that “takes sides.”\n\n– Ready to quiz Trump –\n\n"
            "He insisted that his party was \"still the No. 1 force in Spain.\"--Kim Hjelmgaard.\n")
    found = spans(nlp(text))
    assert ("Sonya Herridge", "―", "“He represents our greatest shame.”") in found
    assert ("Sanders", "-", "\"Boeing and GE pay zero taxes.\"") in found
    assert ("President Obama", "-", "\"Great speech. She's tested.\"") in found
    assert not any(cue in ("–", "--") for _, cue, _ in found)  # a subhead, and a byline after a reported quotation



def test_as_clause_with_agent_or_hearer(nlp):
    # "as reported by X," / "as X told Y,": the host clause is what is said
    found = spans(nlp("As reported by Western Journalism, last year Seattle raised its minimum wage."))
    assert ("Western Journalism", "reported", "last year Seattle raised its minimum wage") in found
    found = spans(nlp("As Clinton told the New York Daily News, tax relief is given in exchange for creating jobs."))
    assert ("Clinton", "told", "tax relief is given in exchange for creating jobs") in found
    assert spans(nlp("As he told reporters the plan, the town emptied.")) == []


def test_infinitive_said_by_no_one(nlp):
    # an infinitive of a noun, an adjective or a purpose with no speaker is no report
    assert spans(nlp("It is too soon to say whether her policies will prove successful.")) == []
    assert spans(nlp("The company reserved the right to reject any listing.")) == []
    assert ("He", "vowed", "to say nothing") in spans(nlp("He vowed to say nothing."))


def test_apposed_source_keeps_its_closing_comma(nlp):
    # a source set off by commas keeps its closing comma, also before an auxiliary or an adverb of the cue
    found = spans(nlp("Don Ytterberg, the GOP chairman for the county, has also endorsed Sen. Ted Cruz for president."))
    assert ("Don Ytterberg, the GOP chairman for the county,", "has also endorsed", "Sen. Ted Cruz for president") in found
    found = spans(nlp("Brian Fallon, a spokesman for Mrs. Clinton, said the plan was dead."))
    assert ("Brian Fallon, a spokesman for Mrs. Clinton,", "said", "the plan was dead") in found


def test_participle_aside_is_not_the_source(nlp):
    # "X, speaking to ..., said": the participle set off by commas tells the circumstances, not who speaks
    found = spans(nlp("Trump, speaking to a veterans group in Virginia, said the plan was dead."))
    assert ("Trump", "said", "the plan was dead") in found


def test_a_that_clause_hung_on_the_gathering_told_is_the_content(nlp):
    # "told a press briefing that ...": the parser may take "that" for a relative pronoun of "briefing"
    found = spans(nlp("The spokesman told a press briefing that 25 militants were killed."))
    assert ("The spokesman", "told", "25 militants were killed") in found or \
        ("The spokesman", "told", "that 25 militants were killed") in found
