"""Reports without a publication date, and denied acts: history and denials are not new events."""

UNDATED = (
    "BAMAKO, March 3, 2025 (Wire) - A drone strike on a wedding in central Mali killed at least "
    "nine people on Sunday, local officials said.\n\n"
    "The war between the army and the jihadist groups, which began in January 2012, has killed tens of "
    "thousands of people and driven more than 400,000 from their homes, according to United Nations agencies."
)

DENIAL = (
    "A drone strike on a fuel depot in the east killed four workers on Friday, the governor said.\n\n"
    "The army did not comment. It has in the past denied attacking civilians and accused the rebels of "
    "using depots to hide weapons."
)


def test_background_undated_report_keeps_old_history_out(extract):
    result = extract(UNDATED)  # no `published`: the report's latest full date is its reference day
    assert [e.fatalities for e in result.events] == [9]


def test_background_a_denied_act_without_count_or_date_is_no_event(extract):
    result = extract(DENIAL, published="2025-03-08")
    assert len(result.events) == 1
    assert result.events[0].end <= DENIAL.index("It has in the past")
