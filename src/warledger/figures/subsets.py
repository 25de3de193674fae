"""Figures that are part of another ('including 11 over the Moscow region' of the 45,
'of whom 79 were hospitalised' of the 143)."""
from __future__ import annotations

import re

from ..models import Figure
from . import lexicon
from .roles import OTHER

_CLAUSE_BREAK = re.compile(r"[,;:(]")
_MAX_GAP = 160
_MAX_PARTITIVE_GAP = 600
_NAMED_WHOLE_GAP = 40  # characters from a part to the whole it is said to be among
#: 'Of the 20 killed, 12 were civilians': a whole fronted with 'of', then its part after a comma
_FRONTED_OF = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)of\s+(?:the|those|these)\s+$", re.I)
_FRONTED_GAP = re.compile(r"[^.;:!?\n]{0,40},\s*$")  # characters back to the whole a partitive ('two of the dead') refers to


def link_subsets(figures: list[Figure], text: str, partitives: dict[int, str] | None = None,
                 places: dict[int, str] | None = None) -> None:
    """Set `part_of` on every figure introduced by a subset cue, to the figure right before it
    ('including 11'), or to the whole of a part it is listed with ('19 ... and 11 over Kursk');
    a figure without a unit or role takes its parent's. `partitives` ('two of the dead') are parts
    of the nearest earlier figure with the role of their set (index -> role). `places` holds the place noun a bare count is
    located by ('22 over the Belgorod region': region): such a count is no part of a count of those
    places ('over seven regions, including 22 over ...'), but of the figure before it."""
    before = _cue_pattern(lexicon.roles()["subset_cues"])
    after = _cue_pattern(lexicon.roles()["subset_after_cues"])
    for index in range(1, len(figures)):
        child, previous = figures[index], figures[index - 1]
        gap = text[previous.end : child.start]
        if len(gap) > _MAX_GAP:
            continue
        clause = _last_clause(gap)
        following = text[child.end : child.end + 12].lstrip()
        if before.search(clause) or (after.match(following) and child.unit is None):  # '11 of which', not 'nine persons of whom'
            parent = index - 1
        elif _FRONTED_OF.search(text[max(0, previous.start - 12) : previous.start]) and _FRONTED_GAP.match(gap):
            parent = index - 1  # 'Of the 20 killed, 12 were civilians'

        elif previous.part_of is not None and _is_listed_with(gap, child, previous):
            parent = previous.part_of
        else:
            continue
        if places and parent > 0 and places.get(index) is not None and figures[parent].unit == places[index] \
                and len(text[figures[parent - 1].end : child.start]) <= _MAX_GAP:
            parent -= 1
        if _fits(child, figures[parent]):
            _inherit(child, parent, figures[parent])
    for index, set_named in sorted((partitives or {}).items()):
        if figures[index].part_of is None:
            _link_partitive(figures, index, text, set_named)


def is_increment(text: str) -> bool:
    """The figure as written adds to a count reported before: 'three more bodies', 'another 34 people'
    ('more than 430' is a bound)."""
    words = "|".join(sorted(lexicon.word_set("figures_roles", "increment_words")))
    return re.search(rf"(?<!\w)(?:{words})(?!\w)(?!\s+than\b)", text, re.I) is not None


def link_increments(figures: list[Figure], increments: set[int], totals: set[int], sentences: list[int],
                    text: str = "") -> None:
    """'The toll has risen to nine ... after rescuers pulled three more bodies from the ruins': an
    increment reported in the same sentence as a running total of the same role is part of that
    total (the total already counts it); so are the counts of that role told before the total in its
    paragraph ('Two soldiers were killed ... bringing the toll to four')."""
    for parent in sorted(totals):
        whole = figures[parent]
        for index in range(parent - 1, -1, -1):
            child = figures[index]
            if whole.start - child.end > _MAX_PARTITIVE_GAP or "\n\n" in text[child.end : whole.start]:
                break
            if child.part_of is None and child.role == whole.role != OTHER and index not in totals and _fits(child, whole):
                _inherit(child, parent, whole)
    for index in sorted(increments):
        child = figures[index]
        if child.part_of is not None:
            continue
        for parent in sorted(totals, key=lambda t: abs(t - index)):
            whole = figures[parent]
            if sentences[parent] != sentences[index] or whole.part_of is not None:
                continue
            if child.role in (whole.role, "other") and _fits(child, whole):
                _inherit(child, parent, whole)
                break


def _link_partitive(figures: list[Figure], index: int, text: str, set_named: str) -> None:
    """'... killed at least seven people ... two of the dead were children': the part of the
    nearest earlier whole with the role its set is named by, a few sentences back at most."""
    child = figures[index]
    if index + 1 < len(figures):  # 'two children were among 12 people injured': the whole named right after
        whole = figures[index + 1]
        gap = text[child.end : whole.start]
        if len(gap) <= _NAMED_WHOLE_GAP and not re.search(r"[.;!?]", gap) and re.search(r"(?<!\w)among(?!\w)", gap, re.I) \
                and whole.role == set_named and whole.part_of is None and _fits(child, whole):
            _inherit(child, index + 1, whole)
            return
    for parent in range(index - 1, -1, -1):
        whole = figures[parent]
        if child.start - whole.end > _MAX_PARTITIVE_GAP:
            return
        if whole.role == set_named and whole.part_of is None and _fits(child, whole):
            _inherit(child, parent, whole)
            return


def _last_clause(gap: str) -> str:
    """The last non-empty stretch of the gap between clause breaks (', including ', '. Of them, ')."""
    clauses = [c for c in _CLAUSE_BREAK.split(gap) if c.strip()]
    return clauses[-1] if clauses else ""


def _is_listed_with(gap: str, child: Figure, sibling: Figure) -> bool:
    """'19 were destroyed over Belgorod and 11 over Kursk': a sibling part in the same sentence."""
    if "." in gap or len(gap) > 80:
        return False
    return re.search(r"(?<!\w)(and|,)\s*$", gap) is not None and child.unit in (None, sibling.unit)


def _inherit(child: Figure, parent_index: int, parent: Figure) -> None:
    child.part_of = parent_index
    if child.unit is None:
        child.unit = parent.unit
    if child.role == "other":
        child.role = parent.role


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def _size(figure: Figure) -> float | None:
    for value in (figure.value, figure.low, figure.high):
        if value is not None:
            return float(value)
    return None


def _fits(child: Figure, parent: Figure) -> bool:
    """A part is no bigger than its whole."""
    small, big = _size(child), _size(parent)
    return small is None or big is None or small <= big
