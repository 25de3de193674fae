"""Coding a report's events: sentences with triggers become candidate events, sentences that only
add numbers or detail join the event they elaborate, background history is left out."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..models import Attribution, Event, Figure, Place, Time
from . import lexicon
from .actors import (SPEECH_VERBS, Side, actor_name, is_security_force, names_state_military, security_role, sides_in,
                     state_military_acts, victim_role)
from .dates import EventDate, dates_saying, event_date, is_background, times_in
from .fatalities import fatalities
from .places import nearest_place_before, place_in, setting_instead
from .triggers import Trigger, classify, groups_in

_CASUALTY_ROLES = ("killed", "injured", "hospitalised", "missing", "captured")
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_ATTACH_WINDOW = 2  # sentences


@dataclass
class Candidate:
    """An event being assembled from one or more sentences."""

    trigger: Trigger
    sentences: list[Span]
    figures: list[int] = field(default_factory=list)
    place: int | None = None
    date: EventDate | None = None
    sides: list[Side] = field(default_factory=list)
    actor1: str | None = None
    actor2: str | None = None
    counted: bool = False  # it has figures of its own (not only carried over)
    more_specific_place: bool = False  # set when merging: the other's place is the finer one

    @property
    def sentence_index(self) -> int:
        return max(s.start for s in self.sentences)


@dataclass
class _Report:
    """What the other components found in one report, read once."""

    doc: Doc
    places: Sequence[Place]
    times: Sequence[Time]
    figures: Sequence[Figure]
    attributions: Sequence[Attribution]
    published: str | None
    reference: str | None  # the day the report speaks from: publication, else its latest full date
    sents: list[Span]
    positions: dict[int, int]  # sentence start token -> sentence number
    sources: list[tuple[int, int]]  # character spans of who speaks

    @classmethod
    def of(cls, doc: Doc) -> _Report:
        attributions = doc._.wl_attributions or []
        sents = sentences(doc)
        return cls(
            doc=doc,
            places=doc._.wl_places or [],
            times=doc._.wl_times or [],
            figures=doc._.wl_figures or [],
            attributions=attributions,
            published=doc._.wl_published,
            reference=doc._.wl_published or _latest_day(doc._.wl_times or []),
            sents=sents,
            positions={s.start: i for i, s in enumerate(sents)},
            sources=[(a.source.start, a.source.end) for a in attributions if a.source is not None],
        )


def code_events(doc: Doc) -> list[Event]:
    """The events the report describes, the main one first."""
    report = _Report.of(doc)
    paragraph_triggers = _paragraph_triggers(doc, report.figures)
    candidates: list[Candidate] = []
    previous_actor: str | None = None
    for position, sent in enumerate(report.sents):
        own = [i for i, f in enumerate(report.figures) if sent.start_char <= f.start < sent.end_char]
        trigger = _sentence_trigger(sent, [report.figures[i] for i in own], paragraph_triggers)
        if trigger is None or trigger.sub_event_type is None:
            _attach_numbers(candidates, sent, own, report.figures, position, report.sents)
            _attach_claimant(candidates, sent, trigger, position, report.sents)
            _date_by_reference(candidates, sent, report)
            continue
        candidate = _candidate(report, trigger, sent, position, own, previous_actor)
        if candidate is None:
            continue
        previous_actor = candidate.actor1 or previous_actor
        target = _event_it_elaborates(candidates, candidate, report.places, report.positions, report.figures)
        if target is not None:
            candidate.more_specific_place = _finer(report.places, candidate.place, target.place)
            _merge(target, candidate)
        else:
            _carry_date(candidate, candidates, report.positions)
            candidates.append(candidate)
    candidates = _fold_headline(candidates, report)
    candidates = _absorb_interceptions(candidates, report.figures)
    events = [_event(c, report.figures, report.attributions) for c in candidates]
    main = _main_sub_event_type(paragraph_triggers)
    order = sorted(
        range(len(events)),
        key=lambda i: (events[i].sub_event_type != main, -candidates[i].trigger.weight, events[i].start or 0),
    )
    return [events[i] for i in order]


_LEAD_SENTENCES = 4  # the lead: the first sentences after the headline (a byline and a dateline may come between)


def _fold_headline(candidates: list[Candidate], report: _Report) -> list[Candidate]:
    """A headline ('Tanker hit by sea drone off Turkey's Black Sea coast') announces the event its lead
    tells: when the lead codes an event of the same type on its own, the headline is part of it, with
    the lead's sub-event type, date and place, not a second event dated by publication."""
    if len(candidates) < 2 or not report.sents or not _is_headline(report.sents[0]):
        return candidates
    head = candidates[0]
    if head.sentences[0].start != report.sents[0].start or len(head.sentences) > 1:
        return candidates
    for lead in candidates[1:]:
        if lead.trigger.event_type == head.trigger.event_type and \
                report.positions.get(lead.sentences[0].start, 99) <= _LEAD_SENTENCES:
            lead.sentences[:0] = head.sentences
            lead.figures[:0] = [i for i in head.figures if i not in lead.figures]
            lead.counted = lead.counted or head.counted
            lead.place = lead.place if lead.place is not None else head.place
            lead.actor1 = lead.actor1 or head.actor1
            lead.actor2 = lead.actor2 or head.actor2
            return candidates[1:]
    return candidates


def _is_headline(sentence: Span) -> bool:
    """A first line with no closing punctuation, set off by a blank line: a headline, not a sentence."""
    text = sentence.text.strip()
    return bool(text) and text[-1] not in ".!?\"'\u201d\u2019)" and "\n\n" in sentence.doc.text[sentence.start_char : sentence.end_char + 3]


def _candidate(report: _Report, trigger: Trigger, sent: Span, position: int, own: list[int],
               previous_actor: str | None) -> Candidate | None:
    """The event a triggered sentence tells, with its place, date and actors; None for background
    history, wished-for events and events long before publication."""
    own_figures = [report.figures[i] for i in own]
    if (is_background(sent, report.times, report.reference) or _is_irrealis(trigger, sent, own_figures, report.times)
            or _is_denial(sent, own_figures, report.times) or _is_accusation(sent, own_figures, report.times)):
        return None
    candidate = Candidate(trigger, [sent], list(own), counted=bool(own))
    candidate.date = event_date(sent, report.times, report.published)
    if _is_old(candidate.date, report.reference):
        return None  # 'retaken ... in September 2022': history, not news
    if _is_future(candidate.date, report.reference):
        return None  # 'agreed to a ceasefire meeting in Kuala Lumpur next week': planned, not happened
    if _counts_acts_over_time(own_figures, candidate.date):
        return None  # 'more than 100 drone strikes this year': a tally of many events, not one
    candidate.place = place_in(report.doc, sent, report.places, report.sources)
    if candidate.place is None:
        candidate.place = nearest_place_before(report.doc, position, report.sents, report.places, sources=report.sources)
    stray = setting_instead(report.places, candidate.place, sent.start_char)
    if stray is not None:
        candidate.place = stray
    candidate.sides = _without_victims(sides_in(sent), own_figures)
    _set_actors(candidate, report.places, previous_actor)
    return candidate


def _date_by_reference(candidates: list[Candidate], sent: Span, report: _Report) -> None:
    """'Gas flows were halted after an explosion on the line ... The blast, early on Monday, tore open a
    30-metre stretch': a sentence that refers back to the event just told ('the blast', 'the attack')
    and dates it gives its date to that event when the text had not dated it."""
    if not candidates or not any(t.lower_ in _event_nouns() and any(c.lower_ in ("the", "this", "that") for c in t.children)
                                 for t in sent):
        return
    found = event_date(sent, report.times, None)
    if found is None or any(dates_saying(sent, t) for t in times_in(sent, report.times)
                            if t.interval is not None and t.interval == found.range):
        return
    last = max(candidates, key=lambda c: c.sentence_index)
    if last.trigger.event_type in _VIOLENT_TYPES and not _firm(last.date) and \
            (report.reference is None or found.range.end <= report.reference[:10]):
        last.date = found


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(n for n in lexicon.acled()["distinct_event_nouns"] if " " not in n)


def _counts_acts_over_time(figures: list[Figure], found: EventDate | None) -> bool:
    """The sentence counts acts ('100 drone strikes', 'dozens of attacks') over more than a week."""
    if found is None or found.source != "text" or found.precision < 3:
        return False
    nouns = lexicon.acled()["distinct_event_nouns"]
    return any(f.unit and f.unit.split()[-1] in nouns and (f.value or f.low or 0) > 1 for f in figures)


def _carry_date(candidate: Candidate, candidates: list[Candidate], positions: dict[int, int]) -> None:
    """A sentence with no date of its own, right after an event dated in the text, happened then
    ('On 11 March RSF fighters looted shops ... At least 20 civilians were killed'; 'struck El Obeid
    with drones on Monday ... its air defences had brought down 17 of the drones'), not on the
    publication day: a report tells its story in order and dates it once."""
    if _firm(candidate.date):
        return
    recent = max(candidates, key=lambda c: c.sentence_index, default=None)
    if recent is not None and _firm(recent.date) and _sentences_apart(recent, candidate, positions) <= _ATTACH_WINDOW \
            and (candidate.date is None or candidate.date.source == "published" or recent.date.range.start <= candidate.date.range.end):
        candidate.date = recent.date


def _firm(found: EventDate | None) -> bool:
    """A date the text gives to the event itself, not only to the saying of it nor the publication."""
    return found is not None and found.source == "text" and not found.said


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences, also cut at blank lines (a headline is not part of the lead)."""
    result = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            breaks = token.text.count("\n") >= 2 if token.is_space else "\n\n" in token.whitespace_
            if breaks and token.i + 1 < sent.end:
                result.append(doc[start : token.i + 1])
                start = token.i + 1
        if start < sent.end:
            result.append(doc[start : sent.end])
    return [s for s in result if s.text.strip()]


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _latest_day(times: Sequence[Time]) -> str | None:
    """The latest calendar day the text names in full (YYYY-MM-DD): for a report without a
    publication date, the best estimate of when it speaks from, so that its history stays history."""
    days = [t.value[:10] for t in times if t.mod is None and _FULL_DAY.match(t.value)]
    return max(days, default=None)


def _is_old(found: EventDate | None, published: str | None) -> bool:
    """A text date that ended well before publication."""
    if found is None or found.source != "text" or not published:
        return False
    limit = date.fromisoformat(published[:10]) - timedelta(days=lexicon.acled()["background_days"])
    return date.fromisoformat(found.range.end) < limit


def _is_future(found: EventDate | None, reference: str | None) -> bool:
    """A text date that begins after the day the report speaks from: what is planned or expected."""
    return found is not None and found.source == "text" and reference is not None and found.range.start > reference[:10]


def _paragraph_triggers(doc: Doc, figures: Sequence[Figure]) -> list[tuple[Span, Trigger | None]]:
    """The trigger of each paragraph (text between blank lines) as a whole."""
    result = []
    start = 0
    text = doc.text
    while start < len(text):
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            inside = [f for f in figures if start <= f.start < end]
            result.append((span, classify(span, inside)))
        start = end + 2
    return result


def _main_sub_event_type(paragraphs: list[tuple[Span, Trigger | None]]) -> str | None:
    """The sub-event type of the strongest paragraph: what the report is mainly about."""
    triggers = [t for _, t in paragraphs if t is not None and t.sub_event_type is not None]
    return max(triggers, key=lambda t: t.weight).sub_event_type if triggers else None


#: non-events whose paragraphs name weapons or aircraft without any act of violence
_MISHAPS = frozenset({"accident", "disaster"})
_ACTS_OF_VIOLENCE = frozenset({"violence", "fighting", "lethal_force"})


def _sentence_trigger(sent: Span, figures: list[Figure], paragraphs: list[tuple[Span, Trigger | None]]) -> Trigger | None:
    """The sentence's own trigger, or its paragraph's when that is stronger and rests on words of this
    sentence (a protest in one sentence, the tear gas in the next)."""
    trigger = classify(sent, figures)
    paragraph = next((t for span, t in paragraphs if span.start <= sent.start < span.end), None)
    if paragraph is None or (trigger is not None and paragraph.weight <= trigger.weight):
        return trigger
    if trigger is None and paragraph.sub_event_type is not None:
        return None  # the paragraph's event is told by another of its sentences
    if paragraph.sub_event_type is None and trigger is not None and trigger.vague:
        return None  # 'four people were injured' in a paragraph about an accident
    if paragraph.requires & _MISHAPS and trigger is not None and not (trigger.groups & _ACTS_OF_VIOLENCE):
        return None  # 'the aircraft declared an emergency' in a paragraph about a plane crash
    words = groups_in(sent) | set(trigger.groups if trigger else ())
    lexical = paragraph.requires - _PARSED_GROUPS  # the paragraph's own words: 'blast', not the victims counted
    if (lexical or paragraph.requires) & words:
        return paragraph
    return trigger


#: trigger groups read from the parse and the figures, not from the words (events_triggers.json)
_PARSED_GROUPS = frozenset({"taken_by_state", "taken_by_nonstate", "victims_armed", "victims_civilian", "fighting_armed",
                            "struck_targets", "interstate", "captured_people"})


def _is_irrealis(trigger: Trigger, sent: Span, figures: list[Figure], times: Sequence[Time]) -> bool:
    """'Clinton called for the US to step up the fight', 'troops could be sent': wished, planned or
    possible events, and habits ('Kyiv rarely comments on attacks', 'gunmen often raid the villages'),
    with no count and no date of their own, are not events."""
    if not {"irrealis_phrases", "habitual"} & trigger.groups:
        return False
    counted = any(f.role != "other" for f in figures)
    dated = any(sent.start_char <= t.start < sent.end_char and t.interval for t in times)
    return not counted and not dated


def _is_accusation(sent: Span, figures: list[Figure], times: Sequence[Time]) -> bool:
    """'They accused Druze factions of abducting travellers on the highway', 'the army accused M23 of
    shelling displacement camps': a sentence whose main verb charges someone with an act in general,
    with no count and no date, alleges conduct; it reports no event ('a man accused of killing a cow'
    is a participle, the sentence tells what was done to him)."""
    root = sent.root
    if root.lemma_.lower() != "accuse" or not any(c.dep_ == "nsubj" for c in root.children):
        return False
    charged = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ in ("pcomp", "pobj") and g.lower_.endswith("ing")
                                                              for g in c.children) for c in root.children)
    if not charged:
        return False
    counted = any(f.role != "other" for f in figures)
    dated = any(sent.start_char <= t.start < sent.end_char and t.interval for t in times)
    return not counted and not dated


_NEGATIVE_SUBJECTS = frozenset({"none", "nobody", "nothing", "neither"})


def _is_denial(sent: Span, figures: list[Figure], times: Sequence[Time]) -> bool:
    """'Our soldiers have killed no civilian', 'Fano said none of its fighters were in the market at
    the time of the attack': a main clause (or the clause said) that is negated, with no count and no
    date of its own, denies an act; it reports no event."""
    if any(f.role != "other" for f in figures) or any(sent.start_char <= t.start < sent.end_char and t.interval for t in times):
        return False
    root = sent.root
    clauses = [root] + [c for c in root.children if c.dep_ == "ccomp"] if root.lemma_.lower() in SPEECH_VERBS else [root]
    return any(_negated(clause) for clause in clauses)


def _negated(verb) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _NEGATIVE_SUBJECTS:
            return True
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


def _attach_numbers(candidates: list[Candidate], sent: Span, own: list[int], figures: Sequence[Figure],
                    position: int, sents: list[Span]) -> None:
    """'It said 143 people had suffered injuries': casualty figures with no trigger of their own join
    the event told just before."""
    casualties = [i for i in own if figures[i].role in _CASUALTY_ROLES]
    if not casualties or not candidates:
        return
    last = max(candidates, key=lambda c: c.sentence_index)
    last_position = next((i for i, s in enumerate(sents) if s.start == last.sentence_index), -99)
    if position - last_position <= _ATTACH_WINDOW and last.trigger.event_type in _VIOLENT_TYPES + ("Protests", "Riots"):
        last.figures.extend(own)
        last.sentences.append(sent)


def _attach_claimant(candidates: list[Candidate], sent: Span, trigger: Trigger | None, position: int,
                     sents: list[Span]) -> None:
    """'Al Shabaab claimed responsibility': the group that claims the violent event just told is its
    actor1 when nobody was named as acting."""
    if trigger is None or "claim" not in trigger.groups or not candidates:
        return
    last = max(candidates, key=lambda c: c.sentence_index)
    last_position = next((i for i, s in enumerate(sents) if s.start == last.sentence_index), -99)
    if last.actor1 is not None or position - last_position > _ATTACH_WINDOW or last.trigger.event_type not in _VIOLENT_TYPES:
        return
    claimant = next((side for side in sides_in(sent) if side.group and side.agentive), None)
    if claimant is not None and "responsibility_claimed" in groups_in(sent):
        last.actor1 = claimant.group


def _without_victims(sides: list[Side], figures: list[Figure]) -> list[Side]:
    """Sides named only as victims ('430 Ukrainian servicemen had been killed') do not act."""
    victims = [f for f in figures if f.role in _CASUALTY_ROLES]
    result = []
    for side in sides:
        inside = any(f.start <= side.token.idx < f.end for f in victims)
        result.append(replace(side, agentive=side.agentive and not inside))
    return result


def _set_actors(candidate: Candidate, places: Sequence[Place], previous_actor: str | None) -> None:
    """actor1 acts, actor2 is acted upon; for disrupted weapons use, actor1 is the side that stopped
    the weapons and actor2 the side that sent them."""
    sides = [s for s in candidate.sides if not s.location]
    place_iso = places[candidate.place].country if candidate.place is not None else None
    if candidate.trigger.sub_event_type == "Disrupted weapons use":
        sender = next((s for s in sides if s.munitions or s.launcher), None)
        stopper = next((s for s in sides if s is not sender and s.iso != (sender.iso if sender else None)), None)
        candidate.actor2 = _side_name(sender)
        candidate.actor1 = _side_name(stopper) or (actor_name(place_iso) if place_iso and (not sender or sender.iso != place_iso) else None)
        if sender is not None and place_iso == sender.iso and stopper is not None and stopper.iso:
            candidate.place = _place_of_country(places, stopper.iso, candidate.sentences[0])
        return
    crowd = _crowd_actors(candidate, place_iso or next((s.iso for s in candidate.sides if s.iso), None))
    if crowd is not None:
        candidate.actor1, candidate.actor2 = crowd
        return
    acting = next((s for s in sides if s.agentive), None) or (sides[0] if sides else None)
    candidate.actor1 = _side_name(acting) or previous_actor if acting or candidate.trigger.event_type in _VIOLENT_TYPES else None
    if acting is None and place_iso and state_military_acts(candidate.sentences[0]):
        candidate.actor1 = actor_name(place_iso)  # 'government troops took control of Kidal'
    acted_iso = next((s.iso for s in sides if s is not acting and s.iso and (not acting or s.iso != acting.iso)), None)
    role = victim_role(set(candidate.trigger.groups))
    if role == "civilians":
        candidate.actor2 = actor_name(acted_iso or place_iso, "civilians")
        return
    acting_name = _side_name(acting)
    acted = next((s for s in sides if s is not acting and _side_name(s) not in (None, acting_name)), None)
    candidate.actor2 = _side_name(acted)  # a country's forces or a named group ('an attack by the RSF')
    if (candidate.actor2 is None and acting is not None and acting.group and place_iso
            and candidate.trigger.event_type == "Battles" and names_state_military(candidate.sentences[0])):
        candidate.actor2 = actor_name(place_iso)  # 'the RSF took the army's headquarters in El Fasher'


def _crowd_actors(candidate: Candidate, iso: str | None) -> tuple[str | None, str | None] | None:
    """Protests and riots are named after their crowd (and the police who met them); arrests after the
    police; attacks on civilians by unnamed men after an unidentified armed group."""
    event_type, sub = candidate.trigger.event_type, candidate.trigger.sub_event_type
    police = actor_name(_security_country(candidate) or iso, security_role(candidate.sentences))
    if event_type == "Protests":
        return actor_name(iso, "protesters"), police if sub != "Peaceful protest" else None
    if event_type == "Riots":
        return actor_name(iso, "rioters"), police if "state_forces" in candidate.trigger.groups else None
    if sub == "Arrests":
        return police, None
    if event_type == "Violence against civilians" and not any(s.agentive for s in candidate.sides):
        if "attackers" in candidate.trigger.groups:
            return actor_name(iso, "unidentified"), actor_name(iso, "civilians")
    return None


def _security_country(candidate: Candidate) -> str | None:
    """The country whose police or soldiers act, when the text names it ('Israeli soldiers suppressed
    a protest in Beit Jala'): they need not be the forces of the country where it happened."""
    for side in candidate.sides:
        if side.iso and not side.location and not side.armed_group and is_security_force(side.token):
            return side.iso
    return None


def _place_of_country(places: Sequence[Place], iso: str, sentence: Span) -> int | None:
    """The place of that country nearest the sentence (weapons are stopped over the defender's land)."""
    best = None
    for index, place in enumerate(places):
        if place.country != iso:
            continue
        distance = abs(place.start - sentence.start_char)
        if best is None or distance < best[0]:
            best = (distance, index)
    return best[1] if best else None


def _finer(places: Sequence[Place], new: int | None, old: int | None) -> bool:
    """Whether place `new` is more specific than place `old`."""
    if new is None:
        return False
    if old is None:
        return True
    order = ("site", "populated_place", "admin2", "admin1", "region", "country", "other")
    rank = lambda p: order.index(p.feature) if p.feature in order else len(order)  # noqa: E731
    return rank(places[new]) < rank(places[old])


def _side_name(side: Side | None) -> str | None:
    if side is None:
        return None
    return side.group or actor_name(side.iso, "unidentified" if side.armed_group else "military")


def _event_it_elaborates(candidates: list[Candidate], new: Candidate, places: Sequence[Place],
                         positions: dict[int, int], figures: Sequence[Figure] = ()) -> Candidate | None:
    """An earlier event the new sentence tells more of: the same sub-event type in the same country,
    or, for a vague trigger ('Ukraine's attack on Russia'), a violent event between the same sides
    (battles first). None when the sentence names its act as another one ('another attack killed five')."""
    if _names_another_event(new.sentences[0]):
        return None
    for old in reversed(candidates):
        if old.trigger.sub_event_type == new.trigger.sub_event_type and _same_setting(old, new, places):
            return old
    if new.trigger.vague and not new.actor1:
        recent = max(candidates, key=lambda c: c.sentence_index, default=None)
        if (recent is not None and recent.trigger.event_type in _VIOLENT_TYPES and _sentences_apart(recent, new, positions) <= _ATTACH_WINDOW
                and _same_setting(recent, new, places)):
            return recent
    if (new.trigger.vague or new.trigger.joins) and not _firm(new.date):
        recent = max(candidates, key=lambda c: c.sentence_index, default=None)  # 'JNIM claimed 45 killed'
        if (recent is not None and recent.trigger.event_type in _VIOLENT_TYPES and recent.actor1 in (None, new.actor1)
                and _sentences_apart(recent, new, positions) <= _ATTACH_WINDOW
                and (new.date is None or not new.date.said or _same_setting(recent, new, places))):
            return recent
    if new.trigger.joins and (new.date is None or new.date.source == "published") and _only_damage(new, figures):
        violent = [c for c in candidates if c.trigger.event_type in _VIOLENT_TYPES and _same_setting(c, new, places)]
        if violent:  # '15 destroyed stalls at the market site', paragraphs after the strike was told
            return max(violent, key=lambda c: c.sentence_index)
    if new.trigger.vague and new.counted and not _firm(new.date) and not any(side.agentive for side in new.sides):
        violent = [c for c in candidates if c.trigger.event_type in _VIOLENT_TYPES and _same_setting(c, new, places)]
        if violent:  # 'its teams had treated 57 wounded people': victims counted, no act and no doer of their own
            return max(violent, key=lambda c: c.sentence_index)
    if new.trigger.sub_event_type == "Non-violent transfer of territory":
        battles = [c for c in candidates if c.trigger.event_type == "Battles" and _same_setting(c, new, places)]
        if battles:  # 'the army had withdrawn from the camp' after the attack on it: the battle's outcome
            return max(battles, key=lambda c: c.sentence_index)
    if new.trigger.vague and new.actor1:
        same = [c for c in candidates if c.actor1 == new.actor1 and c.trigger.event_type in _VIOLENT_TYPES
                and (not new.actor2 or not c.actor2 or c.actor2 == new.actor2)]
        same.sort(key=lambda c: (c.trigger.event_type != "Battles", -c.sentence_index))
        if same:
            return same[0]
    if not new.counted and not _firm(new.date):
        for old in reversed(candidates):
            if old.trigger.event_type == new.trigger.event_type and _same_setting(old, new, places):
                return old
    return None


def _only_damage(candidate: Candidate, figures: Sequence[Figure]) -> bool:
    """The sentence counts only things damaged or destroyed ('at least 15 destroyed stalls', 'three
    vehicles were destroyed'): the damage of an attack, not a strike of its own ('its forces had
    struck an ammunition depot')."""
    roles = {figures[i].role for i in candidate.figures} - {"other", None}
    return bool(roles) and roles <= {"damaged", "destroyed"}


@lru_cache(maxsize=1)
def _another_event() -> re.Pattern[str]:
    data = lexicon.acled()
    words = "|".join(re.escape(w) for w in sorted(data["distinct_event_words"], key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(data["distinct_event_nouns"], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})(?![\w-])", re.I)


def _names_another_event(sentence: Span) -> bool:
    """'Two days later, another attack killed five', 'in a separate strike': an act told as one more."""
    return _another_event().search(sentence.text) is not None


def _sentences_apart(old: Candidate, new: Candidate, positions: dict[int, int]) -> int:
    """How many sentences separate the two."""
    return positions.get(new.sentences[0].start, 99) - positions.get(old.sentence_index, -99)


def _same_setting(old: Candidate, new: Candidate, places: Sequence[Place]) -> bool:
    """Dates that overlap (or are unknown) and no two different places of different countries."""
    if old.place is not None and new.place is not None:
        old_country, new_country = places[old.place].country, places[new.place].country
        if old_country and new_country and old_country != new_country:
            return False
    if old.date and new.date and old.date.source == new.date.source == "text":
        if old.date.said or new.date.said:  # a date of saying bounds the event from above
            bound, other = (new.date, old.date) if new.date.said else (old.date, new.date)
            return other.said or other.range.start <= bound.range.end
        if old.date.range.end < new.date.range.start or new.date.range.end < old.date.range.start:
            return False
    return True


def _merge(target: Candidate, other: Candidate) -> None:
    target.sentences.extend(other.sentences)
    target.figures.extend(i for i in other.figures if i not in target.figures)
    target.counted = target.counted or other.counted
    if target.place is None or (other.place is not None and other.more_specific_place):
        target.place = other.place
    if other.date and other.date.source == "text" and (not _firm(target.date) and (target.date is None or target.date.source != "text" or _firm(other.date))):
        target.date = other.date
    target.actor1 = target.actor1 or other.actor1
    target.actor2 = target.actor2 or other.actor2
    if target.actor2 is None and target.trigger.event_type == "Battles" and other.actor1 not in (None, target.actor1):
        target.actor2 = other.actor1  # 'al Shabaab attacked a base ... The Somali army repelled the attack
    if other.trigger.weight > target.trigger.weight and other.trigger.event_type == target.trigger.event_type:
        target.trigger = other.trigger


def _absorb_interceptions(candidates: list[Candidate], figures: Sequence[Figure]) -> list[Candidate]:
    """A drone or missile attack that was all shot down is one disrupted-weapons-use event: strikes
    with nothing reported hit or killed join the interception."""
    interceptions = [c for c in candidates if c.trigger.sub_event_type == "Disrupted weapons use"]
    if not interceptions:
        return candidates
    kept = []
    for candidate in candidates:
        harmless = not any(figures[i].role in _CASUALTY_ROLES + ("struck", "damaged", "destroyed") for i in candidate.figures)
        if candidate.trigger.event_type == "Explosions/Remote violence" and harmless and not candidate.counted:
            _merge_into_interception(interceptions[0], candidate)
            continue
        kept.append(candidate)
    return kept


def _merge_into_interception(target: Candidate, other: Candidate) -> None:
    target.sentences[:0] = other.sentences
    target.actor2 = target.actor2 or other.actor1
    if target.date is None or target.date.source != "text":
        target.date = other.date if other.date and other.date.source == "text" else target.date


def _event(candidate: Candidate, figures: Sequence[Figure], attributions: Sequence[Attribution]) -> Event:
    first = min(candidate.sentences, key=lambda s: s.start)
    last = max(candidate.sentences, key=lambda s: s.end)
    figure_ids = sorted(set(candidate.figures))
    date = candidate.date
    return Event(
        event_type=candidate.trigger.event_type or "",
        sub_event_type=candidate.trigger.sub_event_type,
        date=date.range if date else None,
        date_precision=date.precision if date else None,
        date_source=date.source if date else None,
        place=candidate.place,
        actor1=candidate.actor1,
        actor2=candidate.actor2 if candidate.actor2 != candidate.actor1 else None,
        fatalities=fatalities(figures[i] for i in figure_ids),
        figures=figure_ids,
        attributions=_attributions_of(candidate, figures, figure_ids, attributions),
        start=first.start_char,
        end=last.end_char,
    )


def _attributions_of(candidate: Candidate, figures: Sequence[Figure], figure_ids: list[int],
                     attributions: Sequence[Attribution]) -> list[int]:
    """The attributions the event rests on: those of its figures, and those whose content lies in its sentences."""
    found = {figures[i].attribution for i in figure_ids if figures[i].attribution is not None}
    for index, attribution in enumerate(attributions):
        content = attribution.content
        if any(s.start_char <= content.start < s.end_char for s in candidate.sentences):
            found.add(index)
    return sorted(found)


__all__ = ["code_events", "sentences"]
