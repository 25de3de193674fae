"""Under which attribution a figure is reported, and whether the text says it was verified."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..claims import verification_at
from ..claims.verification import names_only_casualties
from ..models import Attribution, Verification
from . import lexicon
from .units import is_munition_unit, is_person_unit, normalise_unit


#: roles of the dead and hurt: what "the death toll", "the casualty figures" are about
CASUALTY_ROLES = frozenset({"killed", "injured", "hospitalised", "missing"})


def attribution_at(start: int, end: int, attributions: Sequence[Attribution], *,
                   sourced: bool = True) -> int | None:
    """Index of the tightest attribution whose content contains [start, end), else of one whose content
    begins inside the figure and holds its end (a numeral on the line above its words, "14\nPolice
    officers wounded, according to the association"), or None (the outlet's own voice). An
    evidential with no one behind it ('reportedly killed 12', 'appears to have killed 12': no source,
    no claimant, no quotation) makes no claimant, so the figure stays the outlet's own claim;
    `sourced=False` finds those too (their hedge still qualifies the figure)."""
    best: tuple[int, int] | None = None
    straddled: int | None = None
    for index, attribution in enumerate(attributions):
        if sourced and _nobody_behind(attribution):
            continue
        content = attribution.content
        if content.start <= start and end <= content.end:
            size = content.end - content.start
            if best is None or size < best[0]:
                best = (size, index)
        elif start < content.start < end <= content.end and straddled is None:
            straddled = index  # "14\nPolice officers wounded, according to ...": a numeral on its own line
    return best[1] if best else straddled


def _nobody_behind(attribution: Attribution) -> bool:
    return attribution.source is None and attribution.claimant is None and not attribution.quote


def verification_of(
    start: int,
    end: int,
    verifications: Sequence[Verification],
    attribution: Attribution | None,
    role: str | None = None,
    unit: str | None = None,
) -> str:
    """The status of the most specific verification statement whose scope covers the span, else the
    status its attribution's content has, else 'unstated'. A statement that names only casualties
    ("The death toll has not been independently confirmed") does not qualify a figure of another
    role (a fuel depot hit, patients evacuated) told in the same stretch, and one that names what the
    figures count ("the figures given by either side for drones and missiles") qualifies only
    figures of those units."""
    kept = list(verifications)
    if role is not None and role not in CASUALTY_ROLES:
        kept = [v for v in kept if not names_only_casualties(v.text)]
    if role is not None:
        kept = [v for v in kept if (named := roles_named(v.text)) is None or role in named]
    if unit is not None:
        kept = [v for v in kept if _about_unit(v.text, unit)]
        # "UKMTO confirmed that a vessel had been targeted with two missiles": a confirmation that
        # names what it counts confirms earlier counts of those things only (its own, all)
        kept = [v for v in kept if v.status != "confirmed" or v.start <= start < v.end + 1
                or _confirms_unit(v.text, unit)]
    status = verification_at(kept, start, end)
    if status != "unstated":
        return status
    if attribution is not None and attribution.verification:
        if len(kept) == len(verifications):
            return attribution.verification
        return verification_at(kept, attribution.content.start, attribution.content.end)  # without those left out
    return "unstated"


_FIGURE_NOUNS = r"(?:figures?|tolls?|counts?|numbers?|tall(?:y|ies)|statistics|data|reports?|claims?)"


@lru_cache(maxsize=1)
def _statement_roles() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    data = lexicon.roles()
    groups = data.get("statement_role_groups", {})
    out = []
    for role, words in data.get("statement_roles", {}).items():
        pattern = re.compile(rf"\b(?:{words})\s+{_FIGURE_NOUNS}\b|\b{_FIGURE_NOUNS}\s+(?:of|on|for|about)\s+"
                             rf"(?:[\w’'-]+\s+){{0,2}}?(?:{words})\b", re.IGNORECASE)
        out.append((pattern, frozenset(groups.get(role, [role]))))
    return tuple(out)


@lru_cache(maxsize=256)
def roles_named(text: str) -> frozenset[str] | None:
    """The roles a verification statement names as what its figures count ("the death tolls" ->
    {killed}, "reports of civilian deaths" -> {killed}, "the detention figures" -> {detained, ...}),
    None when it names none."""
    named = [roles for pattern, roles in _statement_roles() if pattern.search(text)]
    return frozenset().union(*named) if named else None


def _confirms_unit(text: str, unit: str) -> bool:
    return _among_named(_units_named(text), unit)


def _about_unit(text: str, unit: str) -> bool:
    return _among_named(_counts_of(text), unit)


def _among_named(named: frozenset[str], unit: str) -> bool:
    """Whether a figure of `unit` is among the units a statement names (any, when it names none;
    people of any kind for a person unit)."""
    if not named:
        return True
    unit = normalise_unit(unit) or unit
    return unit in named or (is_person_unit(unit) and any(is_person_unit(n) for n in named))


def _count_unit(word: str) -> str | None:
    """The unit of people or munitions a written word names, plural as written ('missiles' -> missile)."""
    for form in (word, re.sub(r"ies$", "y", word), re.sub(r"s$", "", word)):
        unit = normalise_unit(form)
        if unit and (is_person_unit(unit) or is_munition_unit(unit)):
            return unit
    return None


@lru_cache(maxsize=256)
def _units_named(text: str) -> frozenset[str]:
    """Units of people and munitions a sentence names with a number before them ("two missiles")."""
    out = set()
    for match in re.finditer(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)"
                             r"((?:\s+[\w-]+){1,2})", text, re.IGNORECASE):
        # 'two missiles', 'two ballistic missiles': the first word that names a unit
        unit = next((u for word in match.group(1).lower().split() if (u := _count_unit(word))), None)
        if unit:
            out.add(unit)
    return frozenset(out)


COUNTS_OF = re.compile(r"\b(?:figures?|numbers?|counts?|tall(?:y|ies)|claims?|tolls?)\s+(?:[\w’'-]+\s+){0,5}?"
                       r"(?:for|of|on|about)\s+((?:the\s+)?[\w-]+(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?[\w-]+){0,4})",
                       re.IGNORECASE)


@lru_cache(maxsize=256)
def _counts_of(text: str) -> frozenset[str]:
    """The units a verification statement names as what its figures count ("the figures ... for
    drones and missiles" -> {drone, missile}); empty when it names none (a word that is no unit of
    munitions or people, such as "the first week", names none)."""
    out: set[str] = set()
    for match in COUNTS_OF.finditer(text):
        for word in re.split(r"\s*,\s*|\s+(?:and|or)\s+", match.group(1)):
            unit = _count_unit(re.sub(r"^the\s+", "", word.strip(), flags=re.IGNORECASE))
            if unit:
                out.add(unit)
    return frozenset(out)
