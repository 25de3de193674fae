"""What happened to what a figure counts, read from the words that govern it ('downed 45 drones'
-> intercepted, '79 were hospitalised' -> hospitalised, 'left 483 homeless' -> displaced)."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .units import estimated_count, is_munition_unit, is_person_unit

OTHER = "other"
_PARTICLES = ("down", "off", "out", "up", "back", "dead", "away")  # "shot down 35", "shot dead a man", "washed away": parsed as adverbs
_MAX_CLIMB = 6
_IMPACT_ROLES = ("struck", "killed", "destroyed", "damaged", "injured")
_PATIENT_DEPS = ("dobj", "nsubjpass", "npadvmod", "attr", "oprd", "conj", "appos", "dative", "pobj", "advmod")
_INCLUSION_PREPS = ("including", "among", "like", "such", "of", "with", "excluding", "besides", "plus")
_COMPLEMENT_DEPS = ("acomp", "oprd", "xcomp", "attr", "dobj", "advcl", "prep", "npadvmod", "conj", "advmod", "amod")


def figure_role(start: Token, unit: str | None) -> str:
    """The contract role of the thing counted at `start` (the counted noun, or the number itself)."""
    role = _role(start)
    if role in (OTHER, "destroyed", "damaged", "struck") and is_person_unit(unit) and start.dep_ == "dobj" \
            and is_verb(start.head):  # 'losing nine soldiers', 'buried 17 people' (buried houses are destroyed)
        role = lexicon.roles()["person_object_verbs"].get(start.head.lemma_.lower(), role)
    if not is_munition_unit(unit):
        return role
    if role == OTHER and start.dep_ in ("dobj", "nsubjpass") and is_verb(start.head):
        role = lexicon.roles()["munition_verbs"].get(start.head.lemma_.lower(), OTHER)  # 'dropped two bombs'
    if role in lexicon.roles()["munition_intercepted_roles"] and not _is_active_subject(start):
        return "intercepted"
    if _is_active_subject(start) and _verb_lexicon_role(start.head) in _IMPACT_ROLES:
        return "launched"  # "three missiles hit the market"
    return role


def _is_active_subject(token: Token) -> bool:
    return token.dep_ == "nsubj" and is_verb(token.head) and not _is_passive(token.head)


def _role(start: Token) -> str:
    stranded = _stranded_subject_role(start)
    if stranded:
        return stranded
    governing = _governing_verb_role(start) or _verb_right_before(start)
    if governing:
        return governing  # "shot down all 16 drones launched at the region"
    role = _modifier_role(start)
    if role:
        return role
    current = start
    for _ in range(_MAX_CLIMB):
        head, dep = current.head, current.dep_
        if head.i == current.i:
            return OTHER
        if dep in ("conj", "appos"):
            role = _modifier_role(head)
            if role:
                return role
            current = head
            continue
        if dep == "pobj":
            role = _noun_head_role(head)
            if role:
                return role
            if head.lower_ == "with" and is_verb(head.head) and (role := _taking_role(head.head)):
                return role  # 'drove away with six vehicles'
            if head.lower_ in ("by", "with") and is_verb(head.head) and is_munition_unit(current.lemma_.lower()):
                return "launched"  # 'targeted with two missiles': the means of an attack was launched
            if head.lower_ == "of" and head.head.pos_ == "NUM" and _is_counted(current):
                return OTHER  # the whole in '54 of the 71 drones': what befell the 54 is not said of all 71
            if head.lower_ in _INCLUSION_PREPS or head.dep_ in ("prep",) and head.lower_ in ("by", "with") and is_verb(head.head):
                current = head
                continue
            if (estimate := estimated_count(head)) is not None:  # 'put the number of people killed at 31'
                return _word_role(estimate[0]) or _verb_lexicon_role(estimate[0]) or OTHER
            if head.lower_ in ("to", "at") and is_verb(head.head) and _lemma(head.head) in lexicon.roles()["total_verbs"]:
                return _object_role(head.head) or _clause_role(head.head, head)  # "the death toll rose to 31"
            return _preposition_role(current, head)
        if dep == "prep":
            current = head
            continue
        if is_verb(head):
            return _clause_role(head, current)
        return OTHER
    return OTHER


def _stranded_subject_role(noun: Token) -> str | None:
    """"says 14 people, among them three pensioners, have been detained": the parser made the noun the
    object of the verb of saying and left the clause after it without a subject; what the clause says
    befell its subject (the noun, or a part of it) is the role."""
    while noun.dep_ in ("pobj", "prep", "appos", "conj") and noun.head is not noun:
        noun = noun.head  # 'three pensioners' among '14 people'
    if noun.dep_ != "dobj":
        return None
    for clause in noun.head.children:
        if clause.dep_ == "ccomp" and clause.i > noun.i and is_verb(clause) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
                and any(c.dep_ == "auxpass" for c in clause.children):
            return _verb_lexicon_role(clause)
    return None


def _is_counted(noun: Token) -> bool:
    """The noun has a number of its own ('the 71 drones'), or is one ('of 25')."""
    return noun.pos_ == "NUM" or any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in noun.children)


#: verbs of report and belief that raise their infinitive's subject ('are said to have been killed')
RAISING_REPORT_VERBS = frozenset({"say", "report", "believe", "think", "fear", "understand", "know", "rumour",
                                  "rumor", "expect", "estimate", "presume", "feared"})


def _clause_role(verb: Token, arg: Token) -> str:
    """Role of `arg` in the clause of `verb`, trying verbs conjoined with it ('were affected and
    evacuated') when the verb itself gives none."""
    if verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    role = _verb_role(verb, arg)
    if role == OTHER and arg.dep_ == "nsubjpass" and verb.lemma_.lower() in RAISING_REPORT_VERBS:
        # 'twelve soldiers are said to have been killed', 'were believed to have died': the infinitive tells
        for xcomp in (c for c in verb.children if c.dep_ == "xcomp" and is_verb(c)):
            role = _verb_role(xcomp, arg)
            if role == OTHER:
                role = _complement_role(xcomp, arg) or OTHER
            if role != OTHER:
                return role
    if role != OTHER or arg.dep_ not in ("nsubj", "nsubjpass"):
        return role
    for conj in verb.children:
        if conj.dep_ == "conj" and is_verb(conj) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            role = _verb_role(conj, arg)
            if role != OTHER:
                return role
    return OTHER


def _governing_verb_role(noun: Token) -> str | None:
    """The role of a verb that takes the noun as its object, when the verb itself names one."""
    noun = _first_conjunct(noun)  # "launched 4 missiles and 27 drones": the drones were launched too
    if noun.dep_ not in ("dobj", "nsubjpass") or not is_verb(noun.head):
        return None
    return _verb_lexicon_role(noun.head)


def _verb_right_before(noun: Token) -> str | None:
    """'..., killing at least 14 civilians including five children, residents said': a role verb right
    before the noun phrase takes it as its object, where the parse made it the subject of a later verb."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < noun.i or noun.left_edge.i == 0:
        return None
    verb = noun.doc[noun.left_edge.i - 1]
    if verb.tag_ not in ("VBG", "VBD") or not is_verb(verb):
        return None
    return _verb_lexicon_role(verb)


def _first_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns ('27 drones' in '4 missiles and 27 drones' -> 'missiles')."""
    for _ in range(_MAX_CLIMB):
        if noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i:
            return noun
        noun = noun.head
    return noun


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG")


def _word_role(token: Token) -> str | None:
    words = lexicon.roles()["words"]
    phrases = lexicon.roles()["word_phrases"]
    for child in token.children:  # 'in intensive care': the modifier makes the phrase
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            role = phrases.get(f"{child.lower_} {token.lemma_.lower()}")
            if role:
                return role
    return _partial(token, words.get(token.lower_) or words.get(token.lemma_.lower()))


def set_role(noun: Token) -> str | None:
    """The role a set is named by: 'the dead', 'the wounded', 'those killed', 'the victims'."""
    return _word_role(noun) or _role_noun_role(noun) or _modifier_role(noun)


def _partial(word: Token, role: str | None) -> str | None:
    """'partly destroyed', 'partially destroyed homes': destruction in part is damage."""
    if role != "destroyed":
        return role
    adverbs = lexicon.word_set("figures_roles", "partial_adverbs")
    return "damaged" if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in word.children) else role


def _modifier_role(noun: Token) -> str | None:
    """'displaced persons', 'homes destroyed', 'nine people dead', 'people who fled'."""
    for child in noun.children:
        if child.dep_ in ("amod", "acl", "relcl", "acomp") and child.i != noun.i and not _is_partitive_clause(child):
            role = _word_role(child) if child.pos_ == "ADJ" else None
            if role is None and is_verb(child):
                role = _verb_role(child, _relative_pronoun(child) or noun, modifier=True)
                role = None if role == OTHER else role
            if role:
                return role
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.tag_ in ("JJ", "VBN") and nxt.head.i != noun.i:
        return _word_role(nxt) or _verb_lexicon_role(nxt)
    return None


def _is_partitive_clause(clause: Token) -> bool:
    """'of which 21 drones were shot down': a relative clause with its own subject tells what happened
    to a part, not to the noun it hangs on."""
    return clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in clause.children
    )


def _subject_role(verb: Token) -> str | None:
    """'The death toll rose to 31', 'IDPs total 122,387': the subject names the role."""
    if verb.dep_ in ("xcomp", "ccomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # 'the number of displaced families is estimated to be 349'
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for token in _naming_words(child):
                role = _word_role(token) or _role_noun_role(token)
                if role:
                    return role
    return None


def _object_role(verb: Token) -> str | None:
    """'bringing the death toll to 43,000': the object names the role of the total."""
    for child in verb.children:
        if child.dep_ == "dobj":
            for token in _naming_words(child):
                role = _word_role(token) or _role_noun_role(token)
                if role:
                    return role
    return None


def _naming_words(noun: Token) -> list[Token]:
    """The noun's modifiers and the noun ('injury toll': the modifier names the role before the bare
    'toll' does), and for 'the number of displaced families' the counted noun's too."""
    words = [*(c for c in noun.children if c.dep_ in ("compound", "amod")), noun]
    if noun.lemma_.lower() in lexicon.word_set("figures_units", "placeholders"):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                words += [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod"))]
    return words


def _role_noun_role(token: Token) -> str | None:
    nouns = lexicon.units()["role_nouns"]
    entry = nouns.get(token.lemma_.lower()) or nouns.get(token.lower_.rstrip("s"))
    return entry[1] if entry and entry[1] != OTHER else None


def _relative_pronoun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("WP", "WDT"):
            return child
    return None


def _noun_head_role(prep: Token) -> str | None:
    """'the evacuation of 2,000 residents', 'the death of one person'."""
    if prep.lower_ != "of":
        return None
    head = prep.head
    role = lexicon.roles()["noun_heads"].get(head.lemma_.lower())
    if role is not None:  # 'an injury toll of 5': a modifier names the role before the bare head does
        for token in (c for c in head.children if c.dep_ in ("compound", "amod")):
            named = _word_role(token) or _role_noun_role(token)
            if named:
                return named
    return role


def _preposition_role(noun: Token, prep: Token) -> str:
    """'struck by 3 missiles' -> launched; otherwise no role ('in 22 districts')."""
    if prep.lower_ in ("by", "with") and is_munition_unit(noun.lemma_.lower()):
        return "launched"
    verb = prep.head
    if is_verb(verb):
        verbs = lexicon.roles()["verbs"]
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i):
            idiom = f"{verb.lemma_.lower()} {obj.lower_} {prep.lower_}"
            if idiom in verbs:  # 'set fire to two dormitories': an idiom whose object is the preposition's
                return verbs[idiom]
    return OTHER


def _particle(verb: Token) -> str | None:
    # "had been shot dead", "shot dead five people": the tagger makes 'dead' a complement or an adverbial
    return next((c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ in ("advmod", "acomp", "oprd", "advcl") and c.lower_ in _PARTICLES)), None)


def _taking_role(verb: Token) -> str | None:
    """'made off with', 'drove away with': leaving with a thing takes it."""
    particle = _particle(verb)
    return lexicon.roles()["taking_verbs"].get(f"{verb.lemma_.lower()} {particle}") if particle else None


def _verb_lexicon_role(verb: Token) -> str | None:
    verbs = lexicon.roles()["verbs"]
    particle = _particle(verb)
    lemma = verb.lemma_.lower()
    if particle and f"{lemma} {particle}" in verbs:
        return verbs[f"{lemma} {particle}"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        # idioms with a prepositional phrase: 'reduced to rubble', 'set 20 houses on fire', 'set fire to'
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if f"{lemma} {prep.lower_} {pobj.lower_}" in verbs:
                return verbs[f"{lemma} {prep.lower_} {pobj.lower_}"]
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i):
            if f"{lemma} {obj.lower_} {prep.lower_}" in verbs:
                return verbs[f"{lemma} {obj.lower_} {prep.lower_}"]
    for clause in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i):
        # 'reduced to rubble' that the parser read as an infinitive ('to' an auxiliary of 'rubble')
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and f"{lemma} to {clause.lower_}" in verbs:
            return verbs[f"{lemma} to {clause.lower_}"]
    return _partial(verb, verbs.get(lemma) or verbs.get(verb.lower_))


def _verb_role(verb: Token, arg: Token, modifier: bool = False) -> str:
    """Role of `arg` as an argument of `verb`."""
    data = lexicon.roles()
    lemma = _lemma(verb)
    dep = "nsubjpass" if modifier and verb.tag_ == "VBN" else arg.dep_
    phrase = _subject_phrase_role(verb)
    if phrase and dep == "nsubj":
        return phrase
    if lemma in data["light_verbs"] and _verb_lexicon_role(verb) is None:
        found = _complement_role(verb, arg) or data["subject_verbs"].get(lemma)
        if found is None and dep != "nsubj":
            found = _subject_role(verb)
        return found or OTHER
    transitive = _verb_lexicon_role(verb)
    if dep == "nsubj" and not _is_passive(verb):
        if lemma in data["subject_verbs"] and (not _has_object(verb) or lemma in data["place_object_verbs"]):
            return data["subject_verbs"][lemma]
        if transitive and _is_reduced_passive(verb):
            return transitive
        return _complement_role(verb, arg, adjectives_only=True) or OTHER
    if transitive:
        return transitive
    if lemma in data["subject_verbs"]:
        return data["subject_verbs"][lemma]
    return OTHER


def _lemma(verb: Token) -> str:
    """The verb's lemma, mending participles the tagger left unlemmatised ('remained')."""
    lemma = verb.lemma_.lower()
    light = lexicon.roles()["light_verbs"]
    if lemma not in light and lemma.endswith("ed") and lemma[:-2] in light:
        return lemma[:-2]
    return lemma


def _subject_phrase_role(verb: Token) -> str | None:
    """'took shelter', 'lost their homes', 'went missing', 'left for Gori': verb + object phrases, and a
    verb with no object whose preposition says where its subject went ('leave for')."""
    phrases = lexicon.roles()["subject_phrases"]
    for child in verb.children:
        if child.dep_ in ("dobj", "acomp", "oprd", "xcomp"):
            role = phrases.get(f"{_lemma(verb)} {child.lemma_.lower()}")
            if role:
                return role
    if not any(c.dep_ == "dobj" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "prep" and child.i > verb.i:
                role = phrases.get(f"{_lemma(verb)} {child.lower_}")
                if role:
                    return role
    return None


def _is_reduced_passive(verb: Token) -> bool:
    """'447,000 people displaced': a participle with a subject, no object and no auxiliary."""
    return verb.tag_ in ("VBN", "VBD") and not _has_object(verb) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _complement_role(verb: Token, arg: Token, adjectives_only: bool = False) -> str | None:
    """The role a light verb's complement gives: 'left homeless', 'forced to flee', 'suffered injuries',
    'forced out of their homes', 'remained evacuated'."""
    for child in verb.children:
        if child.i == arg.i or child.dep_ not in _COMPLEMENT_DEPS:
            continue
        if adjectives_only and child.dep_ not in ("acomp", "oprd", "advmod"):
            continue
        role = _word_role(child)
        if role is None and child.dep_ in ("xcomp", "advcl", "conj", "acomp", "oprd") and is_verb(child):
            role = (_verb_lexicon_role(child) or lexicon.roles()["subject_verbs"].get(child.lemma_.lower())
                    or _subject_phrase_role(child))  # "forced 17,000 to leave their homes"
        if role is None and child.dep_ == "prep":
            role = _prep_object_role(child)
        if role is None and child.dep_ in ("oprd", "acomp", "dobj", "attr"):
            role = next((r for g in child.children if g.dep_ in ("amod", "acomp") and (r := _word_role(g))), None)
        if role:
            return role
    return None


def _prep_object_role(prep: Token) -> str | None:
    """'out of their homes', 'from their homes', 'into temporary shelters', 'in relief camps'."""
    for pobj in prep.subtree:
        if pobj.dep_ == "pobj" or pobj.dep_ == "compound":
            role = _word_role(pobj)
            if role:
                if role == "displaced" and prep.lower_ in ("in", "into", "to", "at", "without"):
                    return "displaced"  # 'in relief camps', 'left without shelter'
                if prep.lower_ in ("out", "from", "of", "in", "into", "to", "at", "for"):
                    return role
    return None
