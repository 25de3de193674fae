from warledger.claims.channels import match_channel


def channels(nlp, text):
    return [a.channel for a in nlp(text)._.wl_attributions]


def test_channels_telegram_from_cue_modifier(nlp):
    assert channels(nlp, "The governor said on his Telegram channel that a drone hit a school.") == ["Telegram"]


def test_channels_briefing_and_statement(nlp):
    assert channels(nlp, "The spokesman said at a briefing that talks would resume.") == ["briefing"]
    assert channels(nlp, "The ministry said in a statement that the port was closed.") == ["statement"]


def test_channels_none_when_text_does_not_say(nlp):
    assert channels(nlp, "The mayor said the water supply was cut.") == [None]


def test_channels_platform_x_is_case_sensitive():
    assert match_channel("in a post on X") == "X"
    assert match_channel("in box x") is None


def test_channels_news_agency_report_when_source_is_an_agency(nlp):
    assert channels(nlp, "The state news agency Belta reported that a drone crashed.") == ["news agency report"]


def test_channels_statement_after_an_object(nlp):
    atts = nlp("The militia claimed responsibility for the ambush in a statement on Monday.")._.wl_attributions
    assert atts[0].channel == "statement"
    assert "statement" not in atts[0].content.text


def test_channels_not_from_a_following_clause(nlp):
    atts = nlp("The governor said the dam was intact, adding that a video of the flood was fake.")._.wl_attributions
    assert atts[0].channel is None


def test_channels_telephone_and_phone_as_written(nlp):
    assert channels(nlp, "A nurse, reached by telephone, said the clinic was full.") == ["telephone"]
    assert channels(nlp, "The mayor told reporters by phone that the road was closed.") == ["phone"]


def test_channels_a_named_media_arm_is_the_channel():
    assert match_channel("in a message on its Amaq news agency") == "Amaq"
    assert match_channel("on its al-Naba propaganda channel") == "al-Naba"
    assert match_channel("in a message on its channel") is None


def test_channels_cue_inside_a_split_quotation_keeps_its_modifier(nlp):
    text = '"The roof came down," the governor wrote on Telegram. "Two people are missing."'
    assert channels(nlp, text) == ["Telegram"]


def test_channels_a_participle_shares_the_channel_of_its_verb(nlp):
    text = "The militia denied the report on Facebook, saying its fighters had left the town."
    found = {a.cue.text: a.channel for a in nlp(text)._.wl_attributions if a.cue}
    assert found.get("saying") == "Facebook"


def test_channels_from_a_participle_of_speaking(nlp):
    assert channels(nlp, "Interior Minister Tariq Soomro, speaking at a press conference in Islamabad on Tuesday, "
                         "said the government would not negotiate.") == ["press conference"]
    assert channels(nlp, "Speaking to a local broadcaster by telephone from the city, Governor Hassan Abdelrahim "
                         "said five of the dead were patients.") == ["telephone"]
    assert channels(nlp, "Speaking after the funeral, the mayor said the town would rebuild.") == [None]


def test_channels_release_communique_and_website_as_written(nlp):
    doc = nlp("The group said in a press release on Wednesday that 4,300 families fled. The armed forces said "
              "in a short communique that three soldiers died. The border service, in a statement on its "
              "website, said three border guards were killed.")
    assert [a.channel for a in doc._.wl_attributions] == ["press release", "communique", "website"]


def test_channels_a_medium_after_a_content_that_ends_early(nlp):
    doc = nlp("The governor put the toll at eight dead and 14 wounded in a post on Telegram.")
    assert [a.channel for a in doc._.wl_attributions] == ["Telegram"]


def test_channels_a_statement_read_on_television_is_a_statement():
    assert match_channel("In a statement read on state television") == "statement"
    assert match_channel("in a communique broadcast by national radio") == "communique"
    assert match_channel("in a statement on Telegram") == "Telegram"


def test_channels_what_the_same_speaker_added_goes_through_the_same_channel(nlp):
    out = channels(nlp, "The minister wrote on X that troops had killed 14 fighters. Three soldiers had died, "
                        "he added. The army said 20 were wounded.")
    assert out == ["X", "X", None]
    # past a cue of his that names no medium ("what he called")
    out = channels(nlp, "The minister wrote on X that troops had killed 14 members of what he called "
                        "\"terrorist groups\". Three soldiers had died, he added.")
    assert out[0] == "X" and out[-1] == "X", out
    same_sentence = channels(nlp, "The minister wrote on X that troops had killed 14 fighters, and added that "
                                  "three soldiers had died.")
    assert same_sentence[0] == "X"


def test_channels_a_media_arm_named_before_station_or_channel():
    assert match_channel("in a statement carried by its Radio Andalus station") == "Radio Andalus"
    assert match_channel("its Central Command office said") is None


def test_a_medium_named_after_a_document_or_a_broadcaster_is_the_channel(nlp):
    assert channels(nlp, "The movement said in a televised statement on Al-Nour that it had shot down a drone.") \
        == ["Al-Nour"]
    assert channels(nlp, "Speaking on state broadcaster RNB, the minister said two officers were killed.") == ["RNB"]
    assert match_channel("through the Sahm news agency") == "Sahm"
    assert match_channel("in a statement on Monday") == "statement"  # a weekday after "on" is a date
    assert match_channel("in a communique on Telegram") == "Telegram"  # the medium, not the document


def test_channels_keep_the_words_of_the_text(nlp):
    assert channels(nlp, "The army said on state television that 30 militants were killed.") == ["state television"]
    assert channels(nlp, "In a press note, the police said eight suspects had been arrested.") == ["press note"]
    assert channels(nlp, "In a text message, the spokesman said nine soldiers had died.") == ["text message"]


def test_a_participle_inside_a_documents_description_has_the_document_as_channel(nlp):
    text = "The paper prints a statement signed by the rebel council rejecting any part in the raid."
    assert channels(nlp, text) == ["statement"]
    assert channels(nlp, "Rebels fired on troops, rejecting the truce.") in ([], [None])


def test_a_video_circulated_on_a_platform_is_a_video():
    assert match_channel("claimed in a video circulated on WhatsApp") == "video"
    assert match_channel("in a video on Telegram") == "Telegram"


def test_channels_a_newspaper_named_post_a_prefix_and_a_platform_that_speaks_are_no_channels(nlp):
    assert channels(nlp, "The prime minister told members of the media at today's post-Cabinet media conference "
                         "that 12 had died.") == ["press conference"]
    assert match_channel("the Washington Post reported") is None
    assert match_channel("in a post on Monday") == "social media"
    assert channels(nlp, "Facebook now says up to 87 million users were affected.") == [None]
    assert channels(nlp, "Facebook said in a statement that its data was scraped.") == ["statement"]
    assert channels(nlp, "The mayor said on Facebook that four people died.") == ["Facebook"]
