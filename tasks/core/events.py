"""Events: who did what to whom and when, read off the dependency parse (GDELT/PLOVER style).

Each content verb with a subject or an object gives one row: actor (subject, or the subject
it shares with the verb it hangs from), action (lemma with its particle, "ramp up"), target
(object, else a prepositional object), the date of the nearest DATE mention in the parse tree
resolved against the publication date, a modality (asserted, negated, hypothetical, reported)
and a PLOVER-like type from data/lexicons/event_types.csv.
"""

import bisect
from datetime import date
from functools import lru_cache

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, POS, SENT_START
from spacy.parts_of_speech import NOUN, VERB
from spacy.tokens import Doc, Span, Token

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.dates import resolve_date
from newsflow.tasks.core.doc_reading import (
    dateline_tokens,
    doc_text,
    entity_span,
    noun_phrase_start,
    quote_spans,
    quoted_tokens,
    speech_verbs,
)

ENTITY_BEGINS = 3  # ENT_IOB code of a token that begins an entity (1 inside, 2 outside)
SUBJECTS = {"nsubj", "nsubjpass"}
OBJECTS = {"dobj", "dative", "obj"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# A named object controls a following "against/into doing" ("warned Lukashenko against sending");
# a common-noun object does not ("face backlash for joining" is Belarus joining).
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
ARGUMENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "EVENT", "WORK_OF_ART", "LAW"})
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
SHARED_SUBJECT = {"conj", "xcomp", "advcl", "pcomp"}
# Prepositions whose object is what the action is done to ("warned against", "sent into");
# locative and temporal ones ("in Ukraine", "on Tuesday") are circumstances, not targets.
TARGET_PREPOSITIONS = {"against", "on", "onto", "into", "to", "toward", "towards", "with", "at", "over", "from", "upon"}


@lru_cache(maxsize=1)
def event_types() -> dict[str, str]:
    """Action key -> event type, from data/lexicons/event_types.csv."""
    return {row["key"].strip().lower(): row["event_type"].strip() for row in lexicons.rows("event_types.csv")}


@lru_cache(maxsize=1)
def modality_cues() -> dict[tuple[str, str], str]:
    """(cue, role) -> modality, from data/lexicons/modality_cues.csv."""
    return {
        (row["cue"].strip().lower(), row["role"].strip()): row["modality"].strip()
        for row in lexicons.rows("modality_cues.csv")
    }


@lru_cache(maxsize=1)
def non_event_verbs() -> frozenset[str]:
    """Lemmas that never make an event row, from data/lexicons/non_event_verbs.txt."""
    return lexicons.words("non_event_verbs.txt")


def extract_events(doc: Doc, published_at: date | None, quoted: list[bool] | None = None) -> list[dict]:
    """Event rows of one Doc (EVENTS columns without doc_id): verbs and event nouns, in text order; a
    dateline is never an argument."""
    quoted = quoted if quoted is not None else quoted_tokens(doc, quote_spans(doc_text(doc)))
    dateline = dateline_tokens(doc)  # "KINSHASA (AP) — Police arrested ...": the city is no one's actor
    attrs = doc.to_array([POS, SENT_START, ENT_IOB, ENT_TYPE, LEMMA])  # Token objects only for candidates
    sent_starts = numpy.flatnonzero(attrs[:, 1] == 1).tolist()
    dates = sentence_dates(doc, sent_starts, attrs[:, 2:4])
    nouns = event_nouns()
    noun_lemmas = {doc.vocab.strings.add(noun) for noun in nouns}
    candidates = numpy.flatnonzero(
        (attrs[:, 0] == VERB) | ((attrs[:, 0] == NOUN) & numpy.isin(attrs[:, 4], list(noun_lemmas)))
    )
    rows = []
    for i in candidates.tolist():
        token = doc[i]
        sent_no = bisect.bisect_right(sent_starts, i) - 1
        if token.pos == VERB:
            if not is_event_verb(token):
                continue
            actor, target = actor_of(token), target_of(token)
            action, anchor = action_of(token), token
            kind = event_type(action, target)
        else:
            actor, target = noun_arguments(token, nouns[token.lemma_.lower()][1])
            action, anchor = token.lemma_.lower(), governing_verb(token) or token
            kind = event_type(nouns[action][0], target)
        actor, target = (None if a is not None and dateline[a.i] else a for a in (actor, target))
        if actor is None and target is None:
            continue
        for one_actor in with_conjuncts(actor):
            for one_target in with_conjuncts(target):
                rows.append(
                    event_row(
                        sent_no,
                        token,
                        anchor,
                        action,
                        kind,
                        one_actor,
                        one_target,
                        dates.get(sent_no, []),
                        published_at,
                        quoted,
                    )
                )
    return rows


def with_conjuncts(token: Token | None) -> list[Token | None]:
    """An argument and the names coordinated with it: "GM and Chrysler asked for loans" is an event of each."""
    if token is None:
        return [None]
    found = [token]
    for member in found:
        found += [c for c in member.children if c.dep_ == "conj" and c.ent_type_ in ARGUMENT_LABELS and c not in found]
    return found


@lru_cache(maxsize=1)
def event_nouns() -> dict[str, tuple[str, str]]:
    """Event noun -> (the verb it names, the role of its holder), from data/lexicons/event_nouns.csv."""
    return {
        row["noun"].strip().lower(): (row["verb"].strip().lower(), row["holder"].strip())
        for row in lexicons.rows("event_nouns.csv")
    }


@lru_cache(maxsize=1)
def support_verbs() -> dict[str, str]:
    """Verb -> light, control or aspectual, from data/lexicons/support_verbs.csv."""
    return {row["verb"].strip().lower(): row["kind"].strip() for row in lexicons.rows("support_verbs.csv")}


def noun_arguments(noun: Token, holder_role: str) -> tuple[Token | None, Token | None]:
    """(actor, target) of an event noun: its possessor, a name compounded with it, its of- and by-phrases,
    or the subject of the light verb it is the object of; a with-, for- or against-phrase is the other
    party ("the merger with Coastal Air", "demand for the iPod", "the case against Acme"). Only referring
    arguments count (names, pronouns, definite noun phrases): "a sale of assets" is no one's event."""
    holder = agent = partner = None
    for child in noun.children:
        if child.dep_ == "poss" and refers(child):
            holder = child
        elif child.dep_ == "compound" and child.ent_type_ in ARGUMENT_LABELS and holder is None:
            holder = child
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "with", "for", "against"):
            pobj = next((c for c in child.children if c.dep_ == "pobj" and refers(c)), None)
            if pobj is not None and child.lower_ == "by":
                agent = pobj
            elif pobj is not None and child.lower_ in ("with", "for", "against"):
                partner = pobj
            elif pobj is not None and holder is None:
                holder = pobj
    light = light_verb_of(noun)
    subject = actor_of(light) if light is not None else None
    subject = subject if subject is not None and refers(subject) else None
    if noun.head.lower_ in ("on", "under"):  # "was on leave", "remains under investigation": whose it is
        holder = holder if holder is not None else subject
    elif agent is None:
        agent = subject
    if holder_role == "target" or agent is not None:
        return agent, holder if holder is not None else partner
    return holder, partner


def refers(token: Token) -> bool:
    """A name, a personal pronoun, or a definite noun phrase: an argument that can reach an entity."""
    if token.ent_type_ in ARGUMENT_LABELS or (token.pos_ == "PRON" and token.lower_ not in RELATIVE_PRONOUNS):
        return True
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
    )


STATE_VERBS = frozenset({"be", "go", "remain", "stay"})  # "was on leave", "went on strike", "remains under arrest"


def light_verb_of(noun: Token) -> Token | None:
    """The light verb an event noun is the object of: "took leave", "filed for bankruptcy", "was on
    leave", "went on strike", "remains under investigation"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "under"):
        return head.head if head.head.lemma_.lower() in STATE_VERBS and head.head.i != noun.i else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and support_verbs().get(head.lemma_.lower()) in ("light", "control") else None


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is an argument of, whose modality and date it shares."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def is_event_verb(token: Token) -> bool:
    """A content verb: not a state or light use (non_event_verbs.txt), not a light verb whose event noun is
    the event ("took leave"), not an aspectual verb governing another verb ("continued to serve")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or not lemma[:1].isalpha() or lemma in non_event_verbs():
        return False
    support = support_verbs().get(lemma)
    if support == "light":
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in event_nouns() for c in token.children)
    if support == "aspectual":
        return not governs_verb(token)
    return True


def governs_verb(verb: Token) -> bool:
    """Whether a verb takes another verb as its complement: "continued to serve", "started by hinting"."""
    complements = [c for c in verb.children if c.dep_ == "xcomp"]
    complements += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return any(c.pos_ == "VERB" for c in complements)


def event_row(
    sent_no: int,
    trigger: Token,
    anchor: Token,
    action: str,
    kind: str,
    actor: Token | None,
    target: Token | None,
    dates: list,
    published_at: date | None,
    quoted: list[bool],
) -> dict:
    """One EVENTS row for an event word (`trigger`) and its arguments; `anchor` is the verb whose
    modality and date it takes (the trigger itself, or the verb an event noun depends on)."""
    actor_span = phrase(actor, possessor=False) if actor is not None else None
    target_span = phrase(target, TARGET_PHRASE_PREPOSITIONS) if target is not None else None
    modality = modality_of(anchor, quoted)
    event_date, date_text, precision = date_of(anchor, dates, published_at, future=is_future(anchor))
    bounds = [trigger.idx, trigger.idx + len(trigger)] + [x for span in (actor_span, target_span) if span for x in span]
    return {
        "sent_no": sent_no,
        "actor_text": text_of(trigger.doc, actor_span),
        "actor_start": actor_span[0] if actor_span else None,
        "actor_end": actor_span[1] if actor_span else None,
        "action": action,
        "target_text": text_of(trigger.doc, target_span),
        "target_start": target_span[0] if target_span else None,
        "target_end": target_span[1] if target_span else None,
        "event_date": event_date,
        "date_text": date_text,
        "date_precision": precision,
        "modality": modality,
        "event_type": kind,
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
        subject = subject_of(verb)
        if subject is not None and subject.dep_ == "nsubjpass":
            return agent_of(verb)
        if subject is not None:
            return relative_antecedent(subject)
        if verb.dep_ == "acl" and verb.head.pos_ in NOMINAL and verb.tag_ == "VBG":
            return verb.head
        if is_participle_event(verb):
            return agent_of(verb)
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
        if verb.dep_ not in SHARED_SUBJECT or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def is_participle_event(verb: Token) -> bool:
    """A past participle that tells what happened to its noun: after it ("Jobs, born in San Francisco",
    "a player made by Apple") or before it with an adverb or agent ("the recently announced iPhone");
    a bare one before its noun describes it ("a convicted felon", "leased properties")."""
    if verb.tag_ != "VBN" or verb.head.pos_ not in NOMINAL:
        return False
    if verb.dep_ == "acl":
        return True
    return verb.dep_ == "amod" and any(c.dep_ in ("advmod", "agent") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two ("The co-founder ... Steve Jobs has died"), the named one, else the nearer."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    named = [c for c in subjects if c.ent_type_ in ARGUMENT_LABELS]
    return (named or subjects or [None])[-1]


def agent_of(verb: Token) -> Token | None:
    """The by-phrase of a passive ("was founded by the Beatles", "made by Apple")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def relative_antecedent(subject: Token) -> Token:
    """ "Russia, which has suffered": the noun a relative pronoun stands for."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl" and subject.head.head.pos_ in NOMINAL:
        return subject.head.head
    return subject


def target_of(verb: Token) -> Token | None:
    """The undergoer: passive subject, direct object, else the first non-date prepositional object."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return relative_antecedent(passive)
    if is_participle_event(verb):
        return verb.head  # "the recently announced iPhone", "Jobs, born in San Francisco"
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


def phrase(token: Token, prepositions: frozenset[str] = frozenset(), possessor: bool = True) -> tuple[int, int]:
    """Character span of an argument: its named entity, else the noun with its left modifiers and the
    name it is about: the owner of an attribute noun ("Shares of Acme"), or a name in a phrase of
    `prepositions` ("a lawsuit against Apple", "a stake in Acme"), or the name in apposition to it ("its
    chief executive, Dana Lee,"). Without `possessor` the span leaves out a possessive ("Apple's chief
    executive resigned" is the chief executive's doing, not Apple's) unless the noun is an attribute of
    its possessor ("Acme's shares fell", "its sales dropped")."""
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        ent = entity_span(token)
        if ent is not None:
            return ent.start_char, ent.end_char
    with_possessor = possessor or token.lemma_.lower() in attribute_nouns()
    start = noun_phrase_start(token, possessor=with_possessor)
    about = owner_of(token) or named_in_phrase(token, prepositions) or appositive_name(token)
    end = about.right_edge.idx + len(about.right_edge) if about is not None else token.idx + len(token)
    return start, end


def appositive_name(token: Token) -> Token | None:
    """ "Its chief executive, Dana Lee, said": the name a noun is put beside, which the argument is."""
    return next((c for c in token.rights if c.dep_ == "appos" and c.ent_type_ in ARGUMENT_LABELS), None)


TARGET_PHRASE_PREPOSITIONS = frozenset({"with", "against", "on", "over", "in", "into", "to", "from"})


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def named_in_phrase(token: Token, prepositions: frozenset[str]) -> Token | None:
    """The name a noun's prepositional phrase brings in, "a deal with GM", also when the parser hung the
    phrase on the verb right after its object ("filed a lawsuit against Apple"); a place after "in" only
    says where ("raided her home in Lisbon" is a raid of her home)."""
    following = [p for p in token.head.children if p.i == token.right_edge.i + 1] if token.dep_ in OBJECTS else []
    for prep in [*token.rights, *following]:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.ent_type_ in ARGUMENT_LABELS
                and not (prep.lower_ == "in" and pobj.ent_type_ in PLACE_LABELS)
            ):
                return pobj
    return None


@lru_cache(maxsize=1)
def attribute_nouns() -> frozenset[str]:
    """Nouns whose of-phrase is what a fact is about (data/lexicons/attribute_nouns.txt)."""
    return lexicons.words("attribute_nouns.txt")


def owner_of(token: Token) -> Token | None:
    """ "Shares of Acme", "shares in Acme": the named owner of an attribute noun, kept in the argument."""
    if token.lemma_.lower() not in attribute_nouns():
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if owner is not None and owner.ent_type_ in ARGUMENT_LABELS:
                return owner
    return None


def text_of(doc: Doc, span: tuple[int, int] | None) -> str | None:
    """The text of a character span, or None."""
    return doc_text(doc)[span[0] : span[1]] if span else None


def modality_of(verb: Token, quoted: list[bool]) -> str:
    """hypothetical beats negated beats future beats reported beats asserted; cues come from modality_cues.csv."""
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
    if verb.dep_ in ("xcomp", "ccomp", "acl", "pcomp") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "warned against sending": the preposition's head governs
            if (head.lower_, "preposition") in cues and (head.head.lemma_.lower(), "reason") not in cues:
                found.add(cues[(head.lower_, "preposition")])
            head = head.head
        governors = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "acomp"}
        for governor in governors:
            if (governor, "governor") in cues and (verb.dep_ != "ccomp" or governor not in speech_verbs()):
                found.add(cues[(governor, "governor")])
    if "negated" in found and is_future(verb):
        return "negated"  # "will not accept" is a refusal, not a possibility
    for modality in ("hypothetical", "negated", "future", "reported"):
        if modality in found:
            return modality
    return None


def is_no_object(child: Token) -> bool:
    """ "gave no details": an object determined by "no" negates the action."""
    return child.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)


def inherited_modality(verb: Token) -> str | None:
    """A coordinated verb without its own subject shares the first verb's modality ("did not join or fight")."""
    for _ in range(4):
        if verb.head.i == verb.i or verb.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "prep", "csubj"):
            return None
        if verb.dep_ == "conj" and any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        head = verb.head
        modality = own_modality(head) if head.pos_ in ("VERB", "AUX") else None
        modality = None if modality == "reported" else modality
        if (
            modality == "hypothetical"
            or (modality == "negated" and verb.dep_ == "conj")
            or (modality == "future" and verb.dep_ in ("conj", "xcomp"))
        ):
            return modality
        verb = head
    return None


def is_reported(verb: Token) -> bool:
    """Inside what a speech verb reports: the verb hangs, through a clause complement, from "say"."""
    token = verb
    for _ in range(8):
        if token.head.i == token.i:
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
    the launch does not date the rebuke, nor does "Ferraz, who served from 2015, denied it" date the denial.
    """
    resolved = []
    for ent in dates:
        if not verb.left_edge.i <= ent.root.i <= verb.right_edge.i or in_other_clause(ent.root, verb):
            continue
        day, precision = resolve_date(ent.text, published_at, future=future)
        if day is not None:
            resolved.append((tree_distance(verb, ent.root), ent.start, day, ent.text, precision))
    if resolved:
        _, _, day, text, precision = min(resolved)
        return day, text, precision
    return published_at, None, "reported" if published_at else "none"


CLAUSE_LINKS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "xcomp", "conj"})


def in_other_clause(token: Token, verb: Token) -> bool:
    """Whether `token` lies in another clause than `verb`'s: a relative clause ("the man who was hired
    last month"), a reported or coordinated clause ("said that Acme was founded in 1990"), or any
    clause before the verb ("Ferraz, who served from 2015, denied it"). A noun's or adverbial clause
    after the verb keeps its date, as the parser hangs a closing date on the last verb ("dismissed
    speculation that his troops would join the war last month")."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.i == verb.i:
            return False
        if ancestor.pos_ in ("VERB", "AUX") and (
            ancestor.dep_ in ("relcl", "ccomp", "conj") or (ancestor.dep_ in CLAUSE_LINKS and ancestor.i < verb.i)
        ):
            return True
    return False


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
