"""The source of a cue: its subject phrase, as PolNeAR/PARC mark it ("The capital's mayor, Sergei
Sobyanin"), inherited from the governing verb when the cue has none ("..., saying ...")."""
from __future__ import annotations


from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..datelines import after_dateline
from . import lexicon
from .spans import has_to, is_quoted_fragment, trimmed

INHERIT_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acomp")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


@lru_cache(maxsize=1)
def _quoting_verbs() -> frozenset[str]:
    return frozenset(lexicon.load_data("actors_catalogue.json").get("quoting_verbs", []))


def cue_subject(token: Token) -> Token | None:
    """The subject of the cue, inherited from the governing verb when the cue has none."""
    current = token
    for _ in range(4):
        subject = _subject_of(current)
        if subject is not None:
            return subject
        if current.i == token.i:
            fronted = fronted_name(token)
            if fronted is not None:
                return fronted.root
            reduced = _reduced_relative_subject(token)
            if reduced is not None:
                return reduced
            stranded = stranded_appositive(token)
            if stranded is not None:
                return stranded
        quoted = _quoted_speaker(current)
        if quoted is not None:
            return quoted
        if _conjunct_of_reported_clause(current):
            current = current.head.head  # "said its forces had not fired ... and accused the army"
            continue
        if current.dep_ in ("relcl", "acl") and has_to(current):
            return None  # "time to attack", "information to verify": no speaker
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.i != current.head.i:
            # "Sud Horizon is alone in reporting that ...", "left after saying ...": a gerund in a
            # prepositional phrase takes the subject of the clause the phrase belongs to
            current = current.head.head
            continue
        if current.dep_ not in INHERIT_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _reduced_relative_subject(token: Token) -> Token | None:
    """"Parents gathered at the school gate say ...": the parser read the subject and its participle
    as a clause said before the verb; with no comma or quotation mark between them and the verb, and
    the verb in the present, the noun is the one who says."""
    if token.tag_ not in ("VBP", "VBZ"):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i < token.i
                   and c.right_edge.i == token.i - 1), None)
    if clause is None or clause.tag_ not in ("VBD", "VBN") or token.doc[token.i - 1].is_punct:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                    and c.i < clause.i), None)
    if subject is None or subject.i != clause.left_edge.i and subject.left_edge.i != clause.left_edge.i:
        return None
    return subject


def _quoted_speaker(token: Token) -> Token | None:
    """"Tass quoted a local official as saying ...", "cited a source as saying": the object of
    "quote/cite X as" is the one who says (the subject is the channel that reports it)."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in _quoting_verbs():
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
    return objects[0] if objects else None


AUX_OF_TENSE = {"had", "has", "have", "'d", "’d"}


def _conjunct_of_reported_clause(token: Token) -> bool:
    """A simple past ("accused", VBD) joined by "and" to a reported verb that has its own perfect
    auxiliary ("its forces had not fired ... and accused") cannot share that auxiliary (it would
    read "had accused"): it goes with the verb of saying above the reported clause, and so does
    its subject."""
    if token.dep_ != "conj" or token.tag_ != "VBD":
        return False
    head = token.head
    if head.tag_ != "VBN" or head.dep_ != "ccomp" or head.head.i == head.i:
        return False
    if any(c.dep_ == "aux" and c.i > head.i for c in token.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in AUX_OF_TENSE for c in head.children)


def fronted_name(cue: Token) -> Span | None:
    """"Khaing Thukha, the group's spokesperson, said": a sentence that opens with a person's name
    and a title in apposition, right before a cue with no subject of its own (the parser took the
    name for something else), has that phrase for its source."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    doc = cue.doc
    sent = cue.sent
    if cue.i < sent.start + 4 or doc[cue.i - 1].text != ",":
        return None
    names = [e for e in doc.ents if e.label_ == "PERSON" and e.start == sent.start]
    if not names:
        return None
    name = names[0]
    if name.end >= cue.i - 2 or doc[name.end].text != ",":
        return None
    between = doc[name.end + 1:cue.i - 1]
    if any(t.text in ",;:()\"“”" or t.pos_ in ("AUX",) or t.tag_ in ("VBD", "VBZ", "VBP") for t in between):
        return None
    cat = lexicon.actors()
    titles = cat.titles | cat.military_titles | cat.media_titles
    if not any(t.lower_ in titles or t.lemma_.lower() in titles for t in between):
        return None
    return doc[name.start:cue.i - 1]


def stranded_appositive(cue: Token) -> Token | None:
    """"..., killing at least 13 people, the governor of North Kordofan state said", "In a statement
    published on Telegram, the Islamic State group, to which the ADF pledged allegiance, said ...":
    a cue with no subject right after a noun phrase that the parser hung as an apposition on a noun
    before it (set off by a comma, at most a relative clause between it and the cue) has that
    phrase for its subject."""
    if cue.dep_ not in ("ROOT", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in cue.children):
        return None
    sent = cue.sent
    for token in reversed(sent[: cue.i - sent.start]):
        if token.dep_ != "appos" or token.head.i >= token.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        left = token.left_edge
        if left.i == 0 or cue.doc[left.i - 1].text != ",":
            return None
        gap = cue.doc[token.right_edge.i + 1:cue.i]
        if len(gap) == 0 or _relative_aside(gap):
            return token
        return None
    return None


def _relative_aside(gap: Span) -> bool:
    """", to which the ADF pledged allegiance in 2019,": a comma-delimited relative clause."""
    if len(gap) < 3 or gap[0].text != "," or gap[-1].text != ",":
        return False
    inner = gap[1:-1]
    return any(t.tag_ in ("WDT", "WP", "WP$") for t in inner[:3]) and not any(t.text in ",;:" for t in inner)


def _subject_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("nsubj", "csubj") and not is_quoted_fragment(child):
            return child
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def source_span(root: Token, cue: Token) -> tuple[int, int] | None:
    fronted = fronted_name(cue)
    if fronted is not None and fronted.start <= root.i < fronted.end:
        return _with_closing_comma(root.doc, (fronted.start_char, fronted.end_char), cue)
    tokens = list(root.subtree)
    if root.head.i == cue.i and root.dep_ == "nsubj":  # "the news agency Tass": two subjects, one phrase
        for other in cue.children:
            if other.dep_ == "nsubj" and other.i != root.i and not is_quoted_fragment(other):
                tokens += list(other.subtree)
    if root.i < cue.i:
        tokens = [t for t in tokens if t.i < cue.i]
    first = phrase_start(root)
    tokens = [t for t in tokens if t.i >= first.i]
    if root.dep_ != "nsubj" and root.i == cue.head.i:  # a relative clause's noun: drop the clause
        tokens = [t for t in tokens if not (t.i > root.i and _is_in_relcl(t, root))]
    aside = _participle_aside(root)
    if aside is not None:  # "Trump, speaking to a veterans group, said": when and where, not who
        tokens = [t for t in tokens if t.i < aside.left_edge.i]
    tokens = _split_name_before(tokens)
    span = trimmed(tokens)
    if span is None:
        return None
    span = after_dateline(root.doc.text, span)
    return _with_closing_comma(root.doc, span, cue)


# "RENO, Nev. (AP) — ", "BAMAKO, Feb 5 (Sahel Courier) - ", "KYIV, Feb. 5, 2024 (Reuters) - "
def _split_name_before(tokens: list[Token]) -> list[Token]:
    """A subject the parser cut off from its first words by a false sentence break ("Texas | Lt.
    Gov. Dan Patrick says"): a "sentence" of proper nouns alone, with no closing punctuation and
    only a space before the subject, is the start of the subject's name."""
    if not tokens:
        return tokens
    first = min(tokens, key=lambda t: t.i)
    if not first.is_sent_start or first.i == 0 or first.pos_ != "PROPN":
        return tokens
    doc = first.doc
    before = doc[first.i - 1].sent
    if not all(t.pos_ == "PROPN" and t.is_alpha for t in before) or "\n" in doc[first.i - 1].whitespace_ \
            or not doc[first.i - 1].whitespace_:
        return tokens
    return list(before) + list(tokens)


def phrase_start(root: Token) -> Token:
    """The first word of a noun phrase, without a clause the parser hung before it ("“We held,”
    Ann Lee said" parsed with the quotation inside the subject)."""
    fronted = [c for c in root.lefts if c.dep_ in ("ccomp", "parataxis")]
    if not fronted:
        return root.left_edge
    after = max(c.right_edge.i for c in fronted) + 1
    doc = root.doc
    while after < root.i and (doc[after].is_punct or doc[after].is_space):
        after += 1
    return doc[after]


def _with_closing_comma(doc: Doc, span: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A source set off by commas keeps its closing comma ("Ann Lee, a local nurse, said"), also when
    the cue has auxiliaries or adverbs ("Ann Lee, a local nurse, has also said") or hangs on a later
    verb ("Ann Lee, a local nurse, wrote on Monday, saying")."""
    text = doc.text
    if "," in text[span[0]:span[1]] and span[1] < cue.idx and text[span[1]:span[1] + 1] == ",":
        return span[0], span[1] + 1
    return span


def antecedent_span(root: Token) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun stands for ("the mayor, who said ..." -> "the mayor")."""
    if root.lower_ not in RELATIVE_PRONOUNS or root.head.dep_ not in ("relcl", "acl"):
        return None
    noun = root.head.head
    tokens = [t for t in noun.subtree if not _is_in_relcl(t, noun) and t.i <= noun.i + 8]
    tokens = [t for t in tokens if t.i < root.i]
    return trimmed(tokens)


def _participle_aside(root: Token) -> Token | None:
    """A present participle set off by a comma after the subject's noun ("Trump, speaking to a
    veterans group in Virginia, said"): it tells the circumstances of the saying, not who says."""
    doc = root.doc
    for child in root.rights:
        if child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and child.left_edge.i > 0 \
                and doc[child.left_edge.i - 1].text == "," and child.left_edge.i == child.i:
            return child
    return None


def _is_in_relcl(token: Token, noun: Token) -> bool:
    while token.i != noun.i and token.head.i != token.i:
        if token.head.i == noun.i and token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False
