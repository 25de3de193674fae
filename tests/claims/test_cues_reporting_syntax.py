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
