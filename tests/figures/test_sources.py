"""Attribution and verification of a figure by position."""
from __future__ import annotations

from warledger.figures.sources import attribution_at, verification_of
from warledger.models import Attribution, Span, Verification


def _attribution(start: int, end: int, verification: str = "unstated", sourced: bool = True) -> Attribution:
    source = Span(start - 10, start - 5, "x" * 5) if sourced else None
    return Attribution(content=Span(start, end, "x" * (end - start)), verification=verification, source=source)


def test_sources_tightest_containing_attribution_wins():
    attributions = [_attribution(0, 100), _attribution(10, 40), _attribution(50, 60)]
    assert attribution_at(12, 20, attributions) == 1
    assert attribution_at(55, 58, attributions) == 2
    assert attribution_at(95, 120, attributions) is None


def test_sources_verification_scope_then_attribution_then_unstated():
    scope = [Verification(200, 240, "x", "unverified", 100, 199)]
    assert verification_of(120, 130, scope, None) == "unverified"
    assert verification_of(10, 20, scope, _attribution(0, 50, "disputed")) == "disputed"
    assert verification_of(10, 20, scope, None) == "unstated"


def test_sources_most_specific_scope_wins():
    nested = [Verification(0, 5, "x", "unverified", 0, 500), Verification(300, 320, "y", "disputed", 100, 299)]
    assert verification_of(150, 160, nested, None) == "disputed"


def test_sources_sourceless_evidential_makes_no_claimant_but_still_qualifies():
    attributions = [_attribution(20, 100), _attribution(40, 60, "unverified", sourced=False)]
    assert attribution_at(45, 50, attributions) == 0
    assert attribution_at(45, 50, attributions, sourced=False) == 1
    alone = [_attribution(40, 60, "unverified", sourced=False)]
    assert attribution_at(45, 50, alone) is None


def test_sources_quotation_without_a_found_speaker_still_holds_its_figures():
    quote = Attribution(content=Span(40, 60, "x" * 20), quote=True)
    assert attribution_at(45, 50, [quote]) == 0


def test_sources_a_statement_naming_roles_qualifies_figures_of_those_roles_only():
    deaths = [Verification(200, 260, "Moscow dismissed the reports of civilian deaths as a provocation",
                           "disputed", 0, 199)]
    assert verification_of(10, 20, deaths, None, role="killed") == "disputed"
    assert verification_of(30, 40, deaths, None, role="injured") == "unstated"
    detentions = [Verification(200, 260, "The paper could not verify the detention figures", "unverified", 0, 199)]
    assert verification_of(10, 20, detentions, None, role="detained") == "unverified"
    assert verification_of(30, 40, detentions, None, role="other") == "unstated"
    plain = [Verification(200, 260, "The figures could not be verified", "unverified", 0, 199)]
    assert verification_of(30, 40, plain, None, role="other") == "unverified"


def test_sources_a_figure_whose_words_open_a_content_is_its_claim(extract):
    text = ("BY THE NUMBERS\n\n14\nPolice officers wounded by gunfire, according to the officers' association.\n\n"
            "The force itself says 11 were wounded.")
    result = extract(text)
    figure = next(f for f in result.figures if f.text.startswith("14"))
    assert figure.attribution is not None
    assert "association" in result.attributions[figure.attribution].source.text
    assert attribution_at(95, 120, [_attribution(100, 200)]) == 0  # straddles the content's start
    assert attribution_at(95, 99, [_attribution(100, 200)]) is None
