"""Claimant resolution through the whole component."""


def claimants(nlp, text):
    doc = nlp(text)
    return [(a.cue.text if a.cue else None, a.claimant.name if a.claimant else None,
             a.claimant.type if a.claimant else None, a.claimant.country if a.claimant else None)
            for a in doc._.wl_attributions]


def test_claimants_pronoun_takes_previous_speaker(nlp):
    out = claimants(nlp, "The governor of the region, Oleh Petrenko, said two schools were hit. "
                         "He added that power had been restored.")
    assert out[1][:2] == ("added", "Oleh Petrenko")
    assert out[0][2] == "official"


def test_claimants_it_takes_previous_organisation(nlp):
    out = claimants(nlp, "Interfax reported that a fuel depot was burning. It said firefighters were at the scene.")
    assert out[0][1:] == ("Interfax", "media", "RU")
    assert out[1][1] == "Interfax"


def test_claimants_country_is_state(nlp):
    out = claimants(nlp, "Ukraine said it shot down 20 drones overnight.")
    assert out[0][1:] == ("Ukraine", "state", "UA")


def test_claimants_officials_with_nationality(nlp):
    out = claimants(nlp, "Russian officials said the bridge was damaged.")
    assert out[0][1:] == ("Russian officials", "official", "RU")


def test_claimants_capital_stands_for_government(nlp):
    out = claimants(nlp, "Kyiv said the talks had failed.")
    assert out[0][1:] == ("Kyiv", "government", "UA")


def test_claimants_surname_takes_fullest_name(nlp):
    out = claimants(nlp, "Defence minister Rustem Umerov visited the front on Monday. "
                         "Umerov said the troops needed more shells.")
    assert out[-1][1] == "Rustem Umerov"


def test_claimants_description_takes_antecedent(nlp):
    out = claimants(nlp, "The Kyodo news agency reported that the ship had sunk. "
                         "The agency said no crew were missing.")
    assert out[1][1] == out[0][1] == "Kyodo"
