"""Under which attribution a figure is reported, and whether the text says it was verified."""
from __future__ import annotations

from collections.abc import Sequence

from ..claims import verification_at
from ..claims.verification import names_only_casualties
from ..models import Attribution, Verification


#: roles of the dead and hurt: what "the death toll", "the casualty figures" are about
CASUALTY_ROLES = frozenset({"killed", "injured", "hospitalised", "missing"})


def attribution_at(start: int, end: int, attributions: Sequence[Attribution], *,
                   sourced: bool = True) -> int | None:
    """Index of the tightest attribution whose content contains [start, end), or None (the outlet's
    own voice). An evidential with no one behind it ('reportedly killed 12', 'appears to have killed
    12': no source, no claimant, no quotation) makes no claimant, so the figure stays the outlet's
    own claim; `sourced=False` finds those too (their hedge still qualifies the figure)."""
    best: tuple[int, int] | None = None
    for index, attribution in enumerate(attributions):
        if sourced and _nobody_behind(attribution):
            continue
        content = attribution.content
        if content.start <= start and end <= content.end:
            size = content.end - content.start
            if best is None or size < best[0]:
                best = (size, index)
    return best[1] if best else None


def _nobody_behind(attribution: Attribution) -> bool:
    return attribution.source is None and attribution.claimant is None and not attribution.quote


def verification_of(
    start: int,
    end: int,
    verifications: Sequence[Verification],
    attribution: Attribution | None,
    role: str | None = None,
) -> str:
    """The status of the most specific verification statement whose scope covers the span, else the
    status its attribution's content has, else 'unstated'. A statement that names only casualties
    ("The death toll has not been independently confirmed") does not qualify a figure of another
    role (a fuel depot hit, patients evacuated) told in the same stretch."""
    if role is not None and role not in CASUALTY_ROLES:
        verifications = [v for v in verifications if not names_only_casualties(v.text)]
    status = verification_at(verifications, start, end)
    if status != "unstated":
        return status
    if attribution is not None and attribution.verification:
        return verification_at(verifications, attribution.content.start, attribution.content.end)
    return "unstated"
