"""Events: who did what to whom and when, read off the dependency parse (GDELT/PLOVER style).

Each content verb with a subject or an object gives one row: actor (subject, or the subject
it shares with the verb it hangs from), action (lemma with its particle, "ramp up"), target
(object, else a prepositional object), the date of the nearest DATE mention in the parse tree
resolved against the publication date, a modality (asserted, negated, hypothetical, reported)
and a PLOVER-like type from data/lexicons/event_types.csv.
"""

import bisect
import csv
import hashlib
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy
import polars as pl
from spacy.attrs import ENT_IOB, ENT_TYPE, POS, SENT_START
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Span, Token

from tasks.core.dates import resolve_date
from tasks.core.quotes import doc_text, entity_span, overlapping_entity, quote_spans, quoted_tokens, speech_verbs

LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons"
LINKED_EVENTS = {
    "event_id": pl.Utf8,
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "actor_id": pl.Utf8,
    "action": pl.Utf8,
    "target_id": pl.Utf8,
    "target_text": pl.Utf8,
    "actor_text": pl.Utf8,
    "event_date": pl.Date,
    "date_text": pl.Utf8,
    "date_precision": pl.Utf8,
    "modality": pl.Utf8,
    "event_type": pl.Utf8,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}
ENTITY_BEGINS = 3  # ENT_IOB code of a token that begins an entity (1 inside, 2 outside)
SUBJECTS = {"nsubj", "nsubjpass"}
OBJECTS = {"dobj", "dative", "obj"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# A named object controls a following "against/into doing" ("warned Lukashenko against sending");
# a common-noun object does not ("face backlash for joining" is Belarus joining).
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
SHARED_SUBJECT = {"conj", "xcomp", "advcl", "pcomp"}
# Prepositions whose object is what the action is done to ("warned against", "sent into");
# locative and temporal ones ("in Ukraine", "on Tuesday") are circumstances, not targets.
TARGET_PREPOSITIONS = {"against", "on", "onto", "into", "to", "toward", "towards", "with", "at", "over", "from", "upon"}


@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    """Action key -> event type, from data/lexicons/event_types.csv."""
    return {row["key"].strip().lower(): row["event_type"].strip() for row in read_csv("event_types.csv")}


@lru_cache(maxsize=1)
def modality_cues() -> dict[tuple[str, str], str]:
    """(cue, role) -> modality, from data/lexicons/modality_cues.csv."""
    return {(row["cue"].strip().lower(), row["role"].strip()): row["modality"].strip()
            for row in read_csv("modality_cues.csv")}


@lru_cache(maxsize=1)
def non_event_verbs() -> frozenset[str]:
    """Lemmas that never make an event row, from data/lexicons/non_event_verbs.txt."""
    lines = (LEXICONS / "non_event_verbs.txt").read_text().splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def read_csv(name: str) -> list[dict]:
    """Rows of a lexicon CSV, skipping its # comment lines."""
    with open(LEXICONS / name, newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def extract_events(doc: Doc, published_at: date | None) -> list[dict]:
    """Event rows of one Doc (EVENTS columns without doc_id), verb by verb in text order."""
    quoted = quoted_tokens(doc, quote_spans(doc_text(doc)))
    attrs = doc.to_array([POS, SENT_START, ENT_IOB, ENT_TYPE])  # Token objects only for the verbs and dates
    sent_starts = numpy.flatnonzero(attrs[:, 1] == 1).tolist()
    dates = sentence_dates(doc, sent_starts, attrs[:, 2:])
    rows = []
    for i in numpy.flatnonzero(attrs[:, 0] == VERB).tolist():
        verb = doc[i]
        if not is_event_verb(verb):
            continue
        actor, target = actor_of(verb), target_of(verb)
        if actor is None and target is None:
            continue
        sent_no = bisect.bisect_right(sent_starts, i) - 1
        rows.append(event_row(sent_no, verb, actor, target, dates.get(sent_no, []), published_at, quoted))
    return rows


def is_event_verb(token: Token) -> bool:
    """A content verb that is not a state or a light use listed in non_event_verbs.txt."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and lemma[:1].isalpha() and lemma not in non_event_verbs()


def event_row(sent_no: int, verb: Token, actor: Token | None, target: Token | None, dates: list,
              published_at: date | None, quoted: list[bool]) -> dict:
    """One EVENTS row for a verb and its arguments."""
    actor_span = phrase(actor) if actor is not None else None
    target_span = phrase(target) if target is not None else None
    action = action_of(verb)
    modality = modality_of(verb, quoted)
    event_date, date_text, precision = date_of(verb, dates, published_at, future=is_future(verb))
    bounds = [verb.idx, verb.idx + len(verb)] + [x for span in (actor_span, target_span) if span for x in span]
    return {
        "sent_no": sent_no,
        "actor_text": text_of(verb.doc, actor_span),
        "actor_start": actor_span[0] if actor_span else None,
        "actor_end": actor_span[1] if actor_span else None,
        "action": action,
        "target_text": text_of(verb.doc, target_span),
        "target_start": target_span[0] if target_span else None,
        "target_end": target_span[1] if target_span else None,
        "event_date": event_date,
        "date_text": date_text,
        "date_precision": precision,
        "modality": modality,
        "event_type": event_type(action, target),
        "start_char": min(bounds),
        "end_char": max(bounds),
    }


def action_of(verb: Token) -> str:
    """The verb lemma with its particle: "ramp up", "call for" stays "call" unless a particle is parsed."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt" and 0 < c.i - verb.i <= 3 and c.is_lower]
    return " ".join([verb.lemma_.lower(), *particles])


def event_type(action: str, target: Token | None) -> str:
    """Type from the lexicon: "action target-noun" first ("launch invasion"), then action, then lemma."""
    types = event_types()
    nouns = {target.lemma_.lower(), target.lower_} if target is not None else set()
    keys = [f"{action} {noun}" for noun in sorted(nouns)] + [action, action.split()[0]]
    return next((types[k] for k in keys if k in types), "OTHER")


def actor_of(verb: Token) -> Token | None:
    """The doer: subject, agent of a passive, or the subject shared with the governing verb."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            return pobj
        if subject is not None:
            return relative_antecedent(subject)
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL and verb.tag_ in ("VBG", "VBN"):
            return verb.head if verb.tag_ == "VBG" else None
        if verb.dep_ == "xcomp":
            controller = next((c for c in verb.head.children if c.dep_ in OBJECTS), None)
            if controller is not None:
                return controller
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            controller = next((c for c in verb.head.head.children if c.dep_ in OBJECTS), None)
            if controller is not None and controller.ent_type_ in NAMED:
                return controller
            verb = verb.head.head
            continue
        if verb.dep_ not in SHARED_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
    return None


def relative_antecedent(subject: Token) -> Token:
    """ "Russia, which has suffered": the noun a relative pronoun stands for."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.pos_ in NOMINAL:
        return subject.head.head
    return subject


def target_of(verb: Token) -> Token | None:
    """The undergoer: passive subject, direct object, else the first non-date prepositional object."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    direct = next((c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in NOMINAL), None)
    if direct is not None:
        return relative_antecedent(direct)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in TARGET_PREPOSITIONS:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOMINAL), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    return None


def phrase(token: Token) -> tuple[int, int]:
    """Character span of an argument: its named entity, else the noun with its left modifiers."""
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        ent = entity_span(token)
        if ent is not None:
            return ent.start_char, ent.end_char
    left = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case")]
    start = min([c.left_edge.idx for c in left] + [token.idx])
    return start, token.idx + len(token)


def text_of(doc: Doc, span: tuple[int, int] | None) -> str | None:
    """The text of a character span, or None."""
    return doc_text(doc)[span[0] : span[1]] if span else None


def modality_of(verb: Token, quoted: list[bool]) -> str:
    """hypothetical beats negated beats reported beats asserted; cues come from modality_cues.csv."""
    own = own_modality(verb)
    if own is not None:
        return own
    inherited = inherited_modality(verb)
    if inherited is not None:
        return inherited
    return "reported" if quoted[verb.i] or is_reported(verb) else "asserted"


def own_modality(verb: Token) -> str | None:
    """Modality marked on the verb itself: a modal, "not", "if", "reportedly", or a governor like "plans to"."""
    cues = modality_cues()
    found = set()
    for child in verb.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass") and (word, "aux") in cues:
            found.add(cues[(word, "aux")])
        elif child.dep_ == "neg" or word == "never" or is_no_object(child):
            found.add("negated")
        elif child.dep_ == "advmod" and (word, "adverb") in cues:
            found.add(cues[(word, "adverb")])
        elif child.dep_ == "mark" and (word, "mark") in cues:
            found.add(cues[(word, "mark")])
        elif child.dep_ == "advcl" and any((m.lower_, "mark") in cues for m in child.children if m.dep_ == "mark"):
            found.add("hypothetical")
    if verb.dep_ in ("xcomp", "ccomp", "acl", "pcomp") and verb.head is not verb:
        head = verb.head
        governors = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "acomp"}
        for governor in governors:
            if (governor, "governor") in cues and (verb.dep_ != "ccomp" or governor not in speech_verbs()):
                found.add(cues[(governor, "governor")])
    if "negated" in found and is_future(verb):
        return "negated"  # "will not accept" is a refusal, not a possibility
    for modality in ("hypothetical", "negated", "reported"):
        if modality in found:
            return modality
    return None


def is_no_object(child: Token) -> bool:
    """ "gave no details": an object determined by "no" negates the action."""
    return child.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)


def inherited_modality(verb: Token) -> str | None:
    """A coordinated verb without its own subject shares the first verb's modality ("did not join or fight")."""
    for _ in range(4):
        if verb.head is verb or verb.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "prep", "csubj"):
            return None
        if verb.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        head = verb.head
        modality = own_modality(head) if head.pos_ in ("VERB", "AUX") else None
        modality = None if modality == "reported" else modality
        if modality == "hypothetical" or (modality == "negated" and verb.dep_ == "conj"):
            return modality
        verb = head
    return None


def is_reported(verb: Token) -> bool:
    """Inside what a speech verb reports: the verb hangs, through a clause complement, from "say"."""
    token = verb
    for _ in range(8):
        if token.head is token:
            return False
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in speech_verbs():
            return True
        if any(c.dep_ == "parataxis" and c.lemma_.lower() in speech_verbs() for c in token.children):
            return True
        token = token.head
    return False


def is_future(verb: Token) -> bool:
    """Whether the verb looks ahead ("will meet on Friday", "is scheduled for Feb. 14"): its dates resolve forward."""
    cues = modality_cues()
    return (verb.lemma_.lower(), "tense") in cues or any(
        c.dep_ in ("aux", "auxpass") and (c.lower_, "tense") in cues for c in verb.children
    )


def sentence_dates(doc: Doc, sent_starts: list[int], iob_and_type: numpy.ndarray) -> dict[int, list[Span]]:
    """The DATE mentions of each sentence (by number), a mention belonging to the sentence it starts in;
    `iob_and_type` holds the Doc's ENT_IOB and ENT_TYPE columns."""
    begins = (iob_and_type[:, 0] == ENTITY_BEGINS) & (iob_and_type[:, 1] == doc.vocab.strings["DATE"])
    found: dict[int, list[Span]] = {}
    for i in numpy.flatnonzero(begins).tolist():
        found.setdefault(bisect.bisect_right(sent_starts, i) - 1, []).append(entity_span(doc[i]))
    return found


def date_of(verb: Token, dates: list[Span], published_at: date | None, future: bool) -> tuple:
    """(event_date, date_text, precision): the nearest resolvable DATE in the verb's own subtree, else publication.

    Dates of other clauses are not borrowed: in "as Putin faces rebuke", the "February 24" of
    the launch does not date the rebuke.
    """
    resolved = []
    for ent in dates:
        if not verb.left_edge.i <= ent.root.i <= verb.right_edge.i:
            continue
        day, precision = resolve_date(ent.text, published_at, future=future)
        if day is not None:
            resolved.append((tree_distance(verb, ent.root), ent.start, day, ent.text, precision))
    if resolved:
        _, _, day, text, precision = min(resolved)
        return day, text, precision
    return published_at, None, "reported" if published_at else "none"


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    depth_of = {a.i: 0}
    for depth, ancestor in enumerate(a.ancestors, start=1):
        depth_of[ancestor.i] = depth
    if b.i in depth_of:
        return depth_of[b.i]
    for depth, ancestor in enumerate(b.ancestors, start=1):
        if ancestor.i in depth_of:
            return depth + depth_of[ancestor.i]
    return len(a.sent)


def event_id(doc_id: str, start: int, end: int, action: str) -> str:
    """Stable id of an event: same document, span and action, same id."""
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}\x1f{action}".encode()).hexdigest()[:16]


def link_events(events: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Warehouse events: actor and target spans joined to the linked mentions they overlap."""
    if events.is_empty():
        return pl.DataFrame(schema=LINKED_EVENTS)
    linked = overlapping_entity(events, mentions, "actor_start", "actor_end", "actor_id")
    linked = overlapping_entity(linked, mentions, "target_start", "target_end", "target_id")
    ids = [event_id(*r) for r in linked.select("doc_id", "start_char", "end_char", "action").iter_rows()]
    return linked.with_columns(event_id=pl.Series(ids, dtype=pl.Utf8)).select(
        [pl.col(name).cast(dtype) for name, dtype in LINKED_EVENTS.items()]
    )
