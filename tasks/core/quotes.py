"""Quotes: who said what, with the cue and the span of the words, as BBC's citron does.

Three kinds: `direct` (a quoted sentence or more), `partial` (a few quoted words inside the
writer's own sentence, "see the upside") and `indirect` (reported speech without quotation
marks: "Ali said Belarus could ...", "Prices will fall by spring, analysts say", "according to
the ministry, ...", "..., with officials saying ..."). A quote's speaker comes from its cue
verb's subject, from the attribution that follows a quote the parser ended early (`"Where did
the money go?" Ms. Rivera said.`), from a colon or dash signature (`Lee: "..."`, `"..." ― Lee`,
an embedded post's `— Name (@handle)` line, an interview transcript's `Lee: answer` paragraphs), or
from the attribution right before a quote that continues without a cue. Pronouns and descriptions are
resolved by `SpeakerResolver`; a dateline ("MADRID --") is never a speaker; a document speaks for
whoever wrote or released it.
Each row also says where a pronoun or description resolved to its speaker is written
(`speaker_written`), so tasks/core/references.py links those words to the same name.
"""

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from spacy.attrs import IDX, LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Span, Token

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.doc_reading import (
    QUOTE_MARK,
    cue_phrases,
    dateline_tokens,
    doc_text,
    entity_span,
    headline_end,
    noun_phrase_start,
    paragraphs,
    quote_spans,
    quoted_tokens,
    speech_verbs,
    trim,
)
from newsflow.tasks.core.entity_gazetteer import (
    abbreviated_titles,
    full_name_gender,
    given_name_guess,
    given_name_of,
    is_country_of,
    is_first_name,
    is_given_name_of_both,
    newspaper_words,
    outlet_nouns,
    role_heads,
    title_abbreviations,
)
from newsflow.tasks.core.entity_spans import ACRONYM

DEFINITE = frozenset({"the", "this", "that"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})  # "Zanzibar's Ministry of Tourism"
SPOKESPERSON_NOUNS = {"spokeswoman": "female", "spokesman": "male", "spokesperson": None}
SUBJECTS = {"nsubj", "nsubjpass"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "i"}
GROUP_PRONOUNS = {"it", "they", "we", "its", "their"}
QUOTE_CLOSERS = " \t\n\"”'’,.?!"  # what may stand between a quote's words and a cue right after it
QUOTE_OPENERS = " \t\n\"“'‘"  # what may stand between a quote's opening mark and the words before it
SITE_NOUNS = frozenset({"website", "site", "page", "account", "feed", "channel", "blog"})  # where one posts
NAMING_VERBS = frozenset({"call", "name", "identify", "know"})  # "who calls himself", "named", "known as"
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
NOUN_GENDER = {  # nouns that say who a person is not: "A local woman said ..." is no Tom
    **dict.fromkeys(("woman", "girl", "mother", "wife", "daughter", "sister", "grandmother", "widow"), "female"),
    **dict.fromkeys(("man", "boy", "father", "husband", "son", "brother", "grandfather", "widower"), "male"),
}
HONORIFIC_GENDER = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
CLOSING_MARK = re.compile(r"[.,!?]?(?:''|[\"”])")
OPENINGS = {'"', "“", "``", "''"}
MIN_DIRECT_WORDS = 4
# Capitalised words before a signature's name that the model left out of it ("Siobhán Ní" of "Fhlatharta").
MAX_UNTAGGED_GIVEN_NAMES = 3
# Words of a name and its description before a colon that signs a quote ("Niamh Ní Bhriain, 33, a tenant in
# Clevedon who has been waiting since March for a damp repair: "...").
MAX_SIGNATURE_WORDS = 24
MAX_ASIDE_WORDS = 4  # a cue set between commas: its subject and verb ("..., senior officials say, ...")
MAX_MODIFIER_TOKENS = 8  # a speaker's modifiers reaching further back are a parse running sentences together
MAX_TERM_WORDS = 3  # a lower-case phrase this short in quotation marks after "the", with no cue, is a term
MIN_UNATTRIBUTED_WORDS = 8  # a quoted sentence this long is someone's words even when nobody is named
TITLED_LATER_SENTENCES = 5  # how far after "a federal judge" the judge's name may first be written with the title
TITLE_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
}
AGE = re.compile(r"\b\d+ ?- ?year ?- ?old\b")
TRANSCRIPT_LINE = re.compile(r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):[ \t]+(?P<words>\S)")  # "Velasco: Half"
COLON_SIGNATURE = re.compile(r"[ \t]*([^\n:!?\"“”]{1,160}?):[ \t]*(?:``|''|[\"“])$")  # from a line or sentence start
SIGNATURE_STARTS = re.compile(r"\n|[.!?][ \t]+")
DASH_SIGNATURE = re.compile(r"(?:``|''|[\"”])?[ \t]*\n?[ \t]*(?:[—―–]|--|-(?=[ \t]))[ \t]*")
SIGNATURE_LINE = re.compile(r"[ \t]*(?:[—―–]|--)[ \t]*")
POST_SIGNATURE = re.compile(r"^[ \t]*[—―–][ \t]*(?P<name>[^\n(]{1,80}?)[^\w\n]*\(@\w+\)", re.MULTILINE)
INTRODUCTION = re.compile(r"[ \t]*[,:]?[ \t]*(?:``|''|[\"“])[ \t]*")
INTRODUCED = re.compile(r"[,:][ \t]*(?:``|''|[\"“])[ \t]*$")
TRAILING_CUE_TOKENS = 6  # a cue this close to the start of the sentence after a quote belongs to it
CONTINUATION_CHARS = 200
CLAUSE_MARKERS = {"mark", "cc"}
CONDITIONS = {"if", "unless"}
ACCORDING = "according to"
BACKSHIFTED = frozenset({"would", "could", "might", "should", "was", "were", "had"})  # reported speech's tenses
OUTLET_VERBS = frozenset({"report", "write", "publish", "quote"})  # what an organisation that is a news outlet does
ADDRESSING_VERBS = {"tell", "assure", "inform", "remind"}  # their object is whom they speak to
PERSONAL_SUBJECTS = {"i", "we", "you", "he", "she", "it", "they"}
OWNERS = {"its", "their", "his", "her"}  # "its review": whoever speaks around it
AFTER_QUOTE_ACCORDING = re.compile(r"[\s,.!?\"”'`]*according to\b")
PRESS_NOUNS = frozenset({"newspaper", "daily", "weekly", "tabloid", "broadsheet", "magazine"})  # nothing else
ANONYMITY = re.compile(r"(?:his|her|their|its) (?:full )?names? (?:not|never) be\b", re.IGNORECASE)  # asked that ...
CONCESSIONS = frozenset({"though", "although", "while", "whereas"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
LEADING_VERBS = frozenset({"lead", "chair", "head", "conduct", "write", "author", "prepare", "compile"})
CAPTION = re.compile(r"(?:Photo caption|Caption|Pictured|Photo|Picture)\s*:", re.IGNORECASE)  # opens a caption
TIME_MARKS = frozenset({"while", "when", "whilst", "after", "before", "until"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})  # the words that open a subject
WRITING_VERBS = frozenset(  # "a letter the company sent", "a study Parley carried out", "a report prepared by X"
    {"send", "write", "issue", "publish", "release", "file", "sign", "submit", "circulate"}
    | {"carry", "conduct", "compile", "prepare", "produce", "draft"}
)
# words of outlets' names that also name institutions ("Environment Agency", "Network Rail", "National Health
# Service", "International Space Station"): in a name they make no news outlet
INSTITUTION_NOUNS = frozenset(
    {"agency", "service", "services", "channel", "station", "network", "website", "outlet", "staff", "desk"}
)
READER_VERBS = frozenset(  # who read, got or ordered a document, not who wrote it ("the report, commissioned by X")
    {"see", "obtain", "read", "review", "view", "receive", "examine", "hear", "commission", "order", "fund", "request"}
)
OWNER_NOUNS = frozenset({"owner", "operator"})  # "the centre's owner said": a firm, named when it speaks
AUTHOR_PREPOSITIONS = {"from", "by", "of", "in", "on", "at"}  # "a report in X", not "a letter to X"
WRITER = {"i", "we", "you", "me", "us"}
STANCE_NOUNS = frozenset(  # "expressed confidence the airport would fall": the clause on the stance is what is said
    {"confidence", "certainty", "hope", "fear", "concern", "doubt", "belief", "optimism", "regret", "conviction"}
)
AUTHOR_NOUNS = frozenset({"author", "writer", "co-author"})  # "The audit's author, Denise Whitlow,"
SOURCE_MAKING_VERBS = frozenset({"make", "deliver", "voice", "issue", "offer", "give"})  # "the argument made by X"
BELIEF_VERBS = frozenset({"believe", "think", "fear", "suspect", "feel"})  # what someone holds, not says
EXPRESSING_VERBS = frozenset({"express", "voice"})  # not "confirms the belief that ...": a fact is no speaker
CLAIMING_VERBS = frozenset({"claim", "admit", "confess", "boast"})  # "claimed to have captured the airport"


@lru_cache(maxsize=1)
def finding_verbs() -> frozenset[str]:
    """ "the figures show that ...": cues only with a document for subject (data/lexicons/finding_verbs.txt)."""
    return lexicons.words("finding_verbs.txt")


@lru_cache(maxsize=1)
def inference_verbs() -> frozenset[str]:
    """Cues that also say what facts imply ("..., suggesting that"; data/lexicons/inference_verbs.txt)."""
    return lexicons.words("inference_verbs.txt")


@lru_cache(maxsize=1)
def source_documents() -> frozenset[str]:
    """Nouns of documents and data that speak for their author (data/lexicons/source_documents.txt)."""
    return lexicons.words("source_documents.txt")


def is_document(token: Token) -> bool:
    """A noun of source_documents, also one the tagger took for an adjective where it heads a subject or object ("A
    circular signed by the minister said")."""
    headed = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"))
    return headed and (token.lemma_.lower() in source_documents() or token.lower_ in source_documents())


@lru_cache(maxsize=1)
def unnamed_roles() -> frozenset[str]:
    """Roles of people news does not name ("a senior official"; data/lexicons/unnamed_roles.txt)."""
    return lexicons.words("unnamed_roles.txt")


@lru_cache(maxsize=1)
def directive_verbs() -> frozenset[str]:
    """Speech verbs whose addressee and "to" clause are what they report ("urged Vietnam to push back")."""
    return lexicons.words("directive_verbs.txt")


@lru_cache(maxsize=1)
def negating_governors() -> frozenset[str]:
    """ "declined to say", "refused to comment": the governors data/lexicons/modality_cues.csv marks as negating."""
    return frozenset(
        row["cue"].lower()
        for row in lexicons.rows("modality_cues.csv")
        if (row["role"], row["modality"]) == ("governor", "negated")
    )


@lru_cache(maxsize=1)
def mention_nouns() -> frozenset[str]:
    """Nouns after which quotation marks name a word instead of quoting someone ("the word “We”")."""
    return lexicons.words("quote_mention_nouns.txt")


@lru_cache(maxsize=1)
def group_nouns() -> dict[str, frozenset[str]]:
    """Nouns naming a kind of organisation or place ("the group", "the retailers") and the entity labels they
    fit, from data/lexicons/reference_nouns.csv."""
    found: dict[str, set[str]] = {}
    for row in lexicons.rows("reference_nouns.csv"):
        if row["label"] in ("ORG", "GPE"):
            found.setdefault(row["noun"].lower(), set()).add(row["label"])
    return {noun: frozenset(labels) for noun, labels in found.items()}


SPEAKING_BODIES = ("ORG", "FAC")  # "The government, Ouro Preto City Hall, said": the hall speaks for who works in it


def group_labels(token: Token) -> frozenset[str] | None:
    """The entity labels a kind noun fits (`group_nouns`), also for a body or office described by its work ("the
    funding body", "the body that runs the city", "the government office that runs the district"; a bare "the body"
    is more often a dead person's, "his office" a person's staff)."""
    labels = group_nouns().get(token.lemma_.lower())
    if (
        labels is None
        and token.lemma_.lower() in ("body", "office")
        and any(is_work_of_body(c) for c in token.children)
    ):
        return frozenset({"ORG"})
    return labels


GOVERNING_VERBS = frozenset({"run", "govern", "manage", "oversee", "regulate", "represent", "administer"})


def is_work_of_body(child: Token) -> bool:
    """A word on "body" that says what the body does: "funding", "trade", "that runs the city"."""
    return child.dep_ in ("amod", "compound") or (child.dep_ == "relcl" and child.lemma_ in GOVERNING_VERBS)


def place_named_in(noun: Token) -> Token | None:
    """A place's name the parser hung on a kind noun as a compound, which makes the description a name: "Campania"
    of "the Campania regional government" (not a nationality: "the Jordanian government" is Jordan's)."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("compound", "nmod")
            and c.pos_ == "PROPN"
            and c.text[:1].isupper()  # not "territorial" of "the country’s territorial administration ministry"
            and c.ent_type_ in ("", "GPE", "LOC")
            and c.i < noun.i
        ),
        None,
    )


def is_place_owner(owner: Token) -> bool:
    """A possessive naming a place: "Iraq's", "the country's" (a place noun of reference_nouns.csv)."""
    return owner.ent_type_ in ("GPE", "LOC") or "GPE" in group_nouns().get(owner.lemma_.lower(), frozenset())


UNIT_NOUNS = frozenset({"department", "office", "team", "unit", "division"})

# Nouns of a force that a story names only beside the same noun later ("The police, the Namibian Police Force,"),
# never an earlier organisation that spoke.
FORCES_NAMED_LATER = frozenset({"police"})


def set_beside(noun: Token) -> list[Token]:
    """The words set beside a noun after a comma: its appositives, and what the parser joined to it as a conjunct
    with no "and" or "or" ("The department, the Department of Environment (DOE), said"), also after a place's
    possessive ("The ministry, Zanzibar's Ministry of Tourism, said")."""
    doc = noun.doc
    listed = any(c.dep_ == "cc" for c in noun.children)
    comma = noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    joined = [c for c in noun.children if c.dep_ == "conj" and comma and not listed and c.i > noun.i]
    beside = [c for c in noun.children if c.dep_ == "appos"] + joined
    named = noun.i + 3 if noun.i + 2 < len(doc) and doc[noun.i + 2].lower_ == "the" else noun.i + 2
    owner = entity_of(doc[named]) if comma and named < len(doc) and doc[named].ent_iob_ == "B" else None
    if owner is not None and owner.end + 1 < len(doc) and doc[owner.end].text in POSSESSIVE_MARKS:
        named = owner.end + 1  # "The ministry, Zanzibar's Ministry of Tourism and Heritage, said"
    name = entity_of(doc[named]) if comma and named < len(doc) and doc[named].ent_iob_ == "B" else None
    if name is not None and name.end < len(doc) and doc[name.end].text in (",", "("):  # set off on both sides
        beside.append(doc[named])  # however the parser hung it
    return beside


def is_reported_subject(subject: Token) -> bool:
    """The subject of a clause someone else is reported to have said: "an inspection" of "The department said an
    inspection had found cracks"."""
    verb = subject.head
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in speech_verbs()
        and any(c.dep_ == "nsubj" and c.i != subject.i for c in verb.head.children)
    )


def names_body_beside(noun: Token) -> bool:
    """A noun with an organisation's name set beside it: "The police, the Namibian Police Force,"."""
    return any(c.ent_type_ in SPEAKING_BODIES for c in set_beside(noun))


def unit_owner(noun: Token) -> Token | None:
    """The organisation a unit of it is owned by, when a description names it: "the city" of "the city's own
    engineering department", "the company" of "the company's legal team"."""
    owner = described_owner(noun)
    return owner if owner is not None and noun.lemma_.lower() in UNIT_NOUNS and is_group_noun(owner) else None


def described_owner(noun: Token) -> Token | None:
    """The definite description a noun's owner is given by: "the district" of "the district's administration"."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN" and is_definite(c)), None)


SIGN_NOUNS = frozenset(
    {
        "banner",
        "placard",
        "sign",
        "poster",
        "slogan",
        "graffiti",
        "sticker",
        "billboard",
        "t-shirt",
        "chalkboard",
        "blackboard",
        "whiteboard",
        "noticeboard",
    }
)


def is_sign(token: Token) -> bool:
    """A banner, placard, sign or the like: what it reads is a slogan, not an attribution."""
    return token.lemma_.lower() in SIGN_NOUNS or token.lower_.rstrip("s") in SIGN_NOUNS


def is_group_noun(token: Token) -> bool:
    """A noun for a kind of organisation: "the company" (reference_nouns.csv), "the club" (reference_name_ends.csv),
    "the funding body"."""
    return group_labels(token) is not None or token.lower_ in name_ends()


@lru_cache(maxsize=1)
def name_ends() -> dict[str, frozenset[str]]:
    """Description nouns and the last words of the names they stand for (data/lexicons/reference_name_ends.csv)."""
    found: dict[str, set[str]] = {}
    for row in lexicons.rows("reference_name_ends.csv"):
        found.setdefault(row["noun"], set()).add(row["name_end"])
    return {noun: frozenset(ends) for noun, ends in found.items()}


@lru_cache(maxsize=1)
def quote_carrying_verbs() -> frozenset[str]:
    """Cues of a direct quote right before them only ("went on"; data/lexicons/quote_carrying_verbs.txt)."""
    return lexicons.words("quote_carrying_verbs.txt")


@lru_cache(maxsize=1)
def company_nouns() -> frozenset[str]:
    """Description nouns that name a business (data/lexicons/reference_company_nouns.txt)."""
    return lexicons.words("reference_company_nouns.txt")


@lru_cache(maxsize=1)
def body_name_ends() -> frozenset[str]:
    """Last words of the names of bodies that are no business (data/lexicons/reference_body_ends.txt)."""
    return lexicons.words("reference_body_ends.txt")


def fits_kind(noun: str, name: str, earlier_names: list[str], spelled_out: dict[str, str] | None = None) -> bool:
    """Whether a description noun can stand for an organisation's name: a business noun ("the airline") not for a
    body whose name ends in a word for a union, authority or the like, nor for an acronym spelling one of the
    `earlier_names` so ("BALPA" of "British Airline Pilots' Association")."""
    return noun not in company_nouns() or not is_body_name(name, earlier_names, spelled_out)


def is_body_name(name: str, earlier_names: list[str], spelled_out: dict[str, str] | None = None) -> bool:
    """Whether a name says it is a body that is no business (reference_body_ends.txt), itself or as an acronym
    spelling one of the `earlier_names` so, or spelled out so in brackets (`bracketed_acronyms`)."""
    spelled = [n for n in earlier_names if spells(name, n)] if name.isupper() else []
    if spelled_out and name in spelled_out:
        spelled.append(spelled_out[name])
    names = [name, *spelled]  # "National Union of Rail, ...": the word before "of" heads it
    return any(last_word(n) in body_name_ends() for n in names + [n.split(" of ")[0] for n in names])


def bracketed_acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms a story spells out in brackets after a name, to that name: "the National Union of Rail, Maritime
    and Transport Workers (RMT)" gives RMT -> "Transport Workers", the name's last words the model found."""
    found = {}
    ents = list(doc.ents)
    for before, ent in itertools.pairwise(ents):
        if (
            (ent.text.isupper() or ACRONYM.fullmatch(ent.text))
            and ent.start == before.end + 1
            and doc[before.end].text == "("
        ):
            if ent.end < len(doc) and doc[ent.end].text == ")" and before.label_ in ("ORG", "GPE"):
                found[ent.text] = before.text
    return found


def word_before_of(name: Span) -> str:
    """The word before a name's first "of", which heads it whatever the parser made its root: "union" of "the
    National Union of Rail, Maritime and Transport Workers"; "" without one."""
    return next((name[i - 1].lower_ for i in range(1, len(name)) if name[i].lower_ == "of"), "")


def is_headed_by(name: Span, noun: str, ends: set[str] | frozenset[str], named: set[str]) -> bool:
    """Whether an organisation's name is headed by a kind noun (or a name end it stands for: "the force" of
    "Lincolnshire Police") and holds the words written before that noun ("the Quebec federation")."""
    return (
        name.label_ == "ORG"
        and (name[-1].lower_ in ends or name.root.lower_ == noun or word_before_of(name) in ends)
        and named <= {t.lower_ for t in name}
    )


def last_word(name: str) -> str:
    """The last word of a name, lower case, without a possessive ending."""
    words = re.findall(r"[^\W\d_][\w'-]*", name)
    return words[-1].lower().removesuffix("'s").rstrip("'") if words else ""


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym is made of the capitalised words of a name, in order, each word giving its first letter
    and maybe more of its letters ("BALPA": British AirLine Pilots' Association; "NHS": National Health Service)."""
    words = [w.upper() for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]

    @cache
    def spelled_from(i: int, k: int, j: int) -> bool:
        """Letters from i on spelled by word k from its letter j on (j = 0: the word is not begun) and the rest."""
        if i == len(acronym):
            return k == len(words) or (j > 0 and k == len(words) - 1)
        if k == len(words):
            return False
        letter, word = acronym[i].upper(), words[k]
        if j == 0:
            return word[0] == letter and spelled_from(i + 1, k, 1)
        later = word.find(letter, j)
        return spelled_from(i, k + 1, 0) or (later >= 0 and spelled_from(i + 1, k, later + 1))

    return len(words) >= 2 and spelled_from(0, 0, 0)


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Heads of descriptions that name a person: the titles of roles.txt and speaker_person_nouns.txt."""
    return role_heads() | lexicons.words("speaker_person_nouns.txt")


def quote_kind(doc: Doc, start: int, end: int) -> str:
    """`partial` for a few words inside the writer's sentence, `direct` for quoted clauses.

    A short quote is direct when it is a sentence of its own (`"Enough is enough!"`, `"It's a disaster," said
    ...`). A quote that starts in lower case is still direct when it is a clause with its own subject
    (said that "we have received an inquiry ..."), not a noun phrase with a relative clause.
    """
    quoted = doc_text(doc)[start:end]
    first = next((c for c in quoted if c.isalpha()), "")
    if len(quoted.split()) < MIN_DIRECT_WORDS:
        opens_sentence = doc_text(doc)[:start].rstrip(" \t\"“`'").endswith((".", "!", "?", ":", "\n")) or start <= 2
        ends_sentence = quoted.rstrip("\"”'’").endswith((".", "!", "?"))
        titled = is_name(quoted) and not ends_sentence  # “Wild Rose”, “The One I Love”: a title
        return "direct" if first.isupper() and (ends_sentence or opens_sentence) and not titled else "partial"
    if first.isupper():
        return "direct"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "partial"
    if continues_writers_clause(span):
        return "partial"
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    clause = any(  # its subject inside the quote: 'the currency had "already found a floor"' is partial
        t.pos_ in ("VERB", "AUX")
        and t.dep_ not in ("advcl", "relcl", "acl")  # 'watched him "since I was little"' modifies the writer's verb
        and any(c.dep_ in SUBJECTS and span.start <= c.i < span.end for c in t.children)
        for t in roots
    )
    return "direct" if clause else "partial"


def continues_writers_clause(span: Span) -> bool:
    """Whether a quote opens on a verb whose subject or auxiliary the writer's words before it hold: 'had been
    “underfunded for years by every government, this one included.”' finishes the writer's clause."""
    first = next((t for t in span if t.is_alpha), None)
    return first is not None and any(
        c.dep_ in SUBJECTS | {"aux", "auxpass"} and c.i < span.start for c in first.children
    )


@dataclass
class Reading:
    """One parsed document prepared for attribution: sentences, paragraphs, quote spans, datelines, speakers."""

    doc: Doc

    @cached_property
    def text(self) -> str:
        return doc_text(self.doc)

    @cached_property
    def sents(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        return [s.start_char for s in self.sents]

    @cached_property
    def paragraph_bounds(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        return quote_spans(self.text)

    @cached_property
    def span_starts(self) -> list[int]:
        return [s for s, _ in self.spans]

    @cached_property
    def kinds(self) -> list[str]:
        return [quote_kind(self.doc, s, e) for s, e in self.spans]

    @cached_property
    def quoted(self) -> list[bool]:
        return quoted_tokens(self.doc, self.spans)

    @cached_property
    def dateline(self) -> list[bool]:
        return dateline_tokens(self.doc)

    @cached_property
    def headline_end(self) -> int:
        return headline_end(self.text)

    @cached_property
    def captions(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end in self.paragraph_bounds if CAPTION.match(self.text, start)]

    def in_caption(self, char: int) -> bool:
        """Whether a character lies in a photo caption ("Caption: ...", "Photo: ..."), whose words are no one's."""
        return any(start <= char < end for start, end in self.captions)

    @cached_property
    def speakers(self) -> "SpeakerResolver":
        return SpeakerResolver(self.doc, self.quoted, self.dateline)

    def sentence_no(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    @cached_property
    def token_starts(self) -> list[int]:
        return self.doc.to_array(IDX).tolist()

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraph_bounds]

    def paragraph(self, char: int) -> tuple[int, int]:
        k = max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)
        return self.paragraph_bounds[k]

    def is_cue(self, token: Token) -> bool:
        """A speech verb in the writer's words that reports something: not negated ("did not say",
        "declined to say"), not the writer's inference ("Sales rose, suggesting that ...": a participle of
        inference_verbs.txt whose subject is no source), not in the headline and not a participle describing a
        noun ("a bacteria found in ...") or an agentless passive ("were told") unless the parser took a finite verb
        for one ("The We Company, announced on Sept. 30 that ...") or the passive names who speaks ("was praised
        by Lee as “a hero”")."""
        if token.pos_ != "VERB":
            return False
        lemma = token.lemma_.lower()
        spoken = lemma in cue_phrases() or cue_lemma(token) in cue_phrases()
        if cue_lemma(token) in quote_carrying_verbs():
            spoken = self.follows_quote(token)  # `"...," Rourke continued.`
        if not spoken and not (lemma in finding_verbs() and is_document_subject(token)):
            return False
        if (
            self.quoted[token.i]
            or self.dateline[token.i]
            or token.idx < self.headline_end
            or self.in_caption(token.idx)
            or (is_participle(token) and not has_that_clause(token) and not has_agent(token))
        ):
            return False
        if within_later_claim(token):
            return False
        if lemma == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" and c.i > token.i for c in token.children):
            return False  # "The agency asked donors for $12 million": a request for something, not words reported
        if lemma == "find" and any(c.dep_ == "oprd" for c in token.children):
            return False  # "any hen found loose", "was found guilty": a state found, not a finding reported
        if any(c.dep_ == "neg" for c in token.children) or is_passive_naming(token) or adds_something(token):
            return False
        if lemma in inference_verbs() and token.tag_ == "VBG" and not is_source(speaker_token(token, self.dateline)):
            return False
        if is_reported_deed(token) and token.dep_ == "ccomp" and token.head.lemma_.lower() in speech_verbs():
            return False  # "officials said Paris would ask the court to rule": what someone will do, in another's words
        # "Banners reading “Nunca mais” hung from balconies", "Signs warn ...": a slogan, nobody's statement
        if (sign := speaker_token(token, self.dateline)) is not None and is_sign(sign):
            return False
        return not (token.dep_ == "xcomp" and token.head.lemma_.lower() in negating_governors())

    def follows_quote(self, verb: Token) -> bool:
        """Whether only its subject and punctuation stand between a verb and the quoted words before it."""
        subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        i = verb.i - 1
        while i >= verb.sent.start and not self.quoted[i] and (i in subject or self.doc[i].is_punct):
            i -= 1
        return i >= 0 and self.quoted[i]


UMBRELLA_GROUP_NOUNS = frozenset({"group", "organisation", "organization"})  # what any organisation may be called
# What a government is named beside once its description has spoken: "the provincial government said ... The
# province, the Province of North Brabant, said".
GOVERNED_NOUNS = frozenset({"province", "region", "state", "county", "municipality", "city", "administration"})


# What opens a clause on the occasion of a claim: "..., after growers complained that ..., the department said".
OCCASION_MARKS = frozenset({"after", "since", "because", "when", "as", "until", "before", "once"})


def within_later_claim(verb: Token) -> bool:
    """A present participle, or a clause of its occasion ("after growers complained that ...", "because a survey
    found that ..."), that goes on a claim another cue then reports ("Hundreds of bakers walked off the job,
    accusing the company of ..., their union said"): what the union says the bakers did, not the bakers' words; or
    a relative clause on the subject of such a claim ("A wine critic who wrote that ... must pay damages, the court
    said"): who the court says must pay, not the critic's words."""
    if verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        claim = verb.head.head
        return claim.lemma_.lower() not in speech_verbs() and any(
            t.i > max(claim.i, verb.right_edge.i) and is_trailing_cue(t) for t in verb.sent
        )
    claim = verb.head
    reported = claim.dep_ in ("ccomp", "parataxis") and claim.head.i > verb.i
    reported = reported and claim.head.lemma_.lower() in speech_verbs()
    occasion = any(c.dep_ == "mark" and c.lower_ in OCCASION_MARKS for c in verb.children)
    return verb.dep_ == "advcl" and reported and (verb.tag_ == "VBG" or occasion)


def is_trailing_cue(token: Token) -> bool:
    """A finite verb of speech whose subject comes after a comma: "..., the court said", "..., the court that heard
    the case said"."""
    doc = token.doc
    if token.tag_ not in ("VBD", "VBZ", "VBP") or token.lemma_.lower() not in speech_verbs():
        return False
    set_off = any(c.dep_ == "nsubj" and c.i < token.i and doc[c.left_edge.i - 1].text == "," for c in token.children)
    return set_off or trailing_relative_phrase(token) is not None


def extract_quotes(doc: Doc) -> list[dict]:
    """Quote rows of one Doc (QUOTES columns without doc_id)."""
    reading = Reading(doc)
    rows, unattributed = quoted_rows(reading)
    rows += reported_rows(reading) + according_rows(reading) + post_rows(reading, rows)
    unattributed = [(s, e) for s, e in unattributed if not within_reported(s, e, rows)]  # a quotation in a claim
    answers = transcript_rows(reading, rows)
    rows = [
        r
        for r in rows
        if not any(a["start_char"] <= r["start_char"] and r["end_char"] <= a["end_char"] for a in answers)
    ]
    rows += answers
    continued = continued_rows(reading, rows, unattributed)
    rows += continued + unnamed_rows(reading, unattributed, continued)
    rows += backshifted_rows(reading, rows)
    return remembered_descriptions(
        reading,
        sorted(
            without_repeats(rows, frozenset(t.idx for t in reading.doc if t.tag_ == "PRP")),
            key=lambda r: (r["start_char"], r["end_char"]),
        ),
    )


def within_reported(start: int, end: int, rows: list[dict]) -> bool:
    """Whether a quotation lies inside what a row reports in the writer's words."""
    return any(r["kind"] == "indirect" and r["start_char"] < start and end < r["end_char"] for r in rows)


def remembered_descriptions(reading: Reading, rows: list[dict]) -> list[dict]:
    """Rows in text order, a speaker left as a description ("the superintendent said", far from any name) given
    the name the same description had before ("The district's superintendent ... said ... Dr. Patricia Nolan
    told the board"): a description keeps naming whom it named."""
    named: dict[str, Speaker] = {}
    for row in rows:
        if row["speaker_start"] is None:
            continue
        if row["speaker_written"] is not None:
            noun = description_noun(reading.doc, row["speaker_written"])
            if noun is not None:
                named[noun] = Speaker(row["speaker_text"], row["speaker_start"], row["speaker_end"])
            continue
        noun = description_noun(reading.doc, row["speaker_start"])
        if noun is not None and noun in named:
            earlier = named[noun]
            row.update(
                speaker_text=earlier.text,
                speaker_start=earlier.start,
                speaker_end=earlier.end,
                speaker_written=row["speaker_start"],
            )
    return rows


def description_noun(doc: Doc, char: int) -> str | None:
    """The head noun of the definite description of a person or organisation that starts at `char` ("the
    superintendent", "the district's superintendent", "the union"), lower case; None for names and pronouns."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return None
    for token in doc[span.start : min(span.start + 5, len(doc))]:
        if token.ent_type_ or token.pos_ == "PRON":
            return None
        if token.pos_ == "NOUN" and token.dep_ not in ("poss", "compound", "amod", "nmod"):  # "the country’s ..."
            noun = token.lemma_.lower()
            known = noun in person_nouns() or noun in group_nouns()
            return noun if known and is_definite(token) and not token.tag_.endswith("S") else None
    return None


def quoted_rows(reading: Reading) -> tuple[list[dict], list[tuple[int, int]]]:
    """Rows of the quotes in quotation marks that name their speaker, and the direct quotes that do not."""
    rows, unattributed = [], []
    for (start, end), kind in zip(reading.spans, reading.kinds):
        if reading.in_caption(start):
            continue
        first = reading.sentence_no(start)
        cue = nearest_cue(reading, start, end, kind == "direct")
        if kind == "partial" and cue is not None and not governs(cue, reading.doc, start, end):
            cue = None
        speaker, cue_text = None, cue_lemma(cue) if cue is not None else None
        if kind == "partial" and (cue is None or not is_source(speaker_token(cue, reading.dateline))):
            subject = named_subject(reading.sents[first], start, reading.quoted)
            if subject is not None:
                speaker = reading.speakers.resolve(subject)
        if speaker is None and cue is not None:  # "'Ms Hennessy is welcome ...,' she said": she is someone else
            speaker = reading.speakers.resolve(speaker_token(cue, reading.dateline), names_in(reading.doc, start, end))
        if speaker is None and kind == "direct" and (speaker := according_speaker(reading, end)) is not None:
            cue_text = ACCORDING
        if speaker is None and kind == "direct":
            speaker = (
                signed_speaker(reading, start, end)
                or introduced_speaker(reading, start)
                or source_named_after(reading, end)
            )
        if is_title_of_work(reading, start, end) or is_on_sign(reading, start):
            continue
        if kind == "partial" and (
            is_mention(reading, start)
            or describes_speaker(reading, cue, start, end)
            or (cue is None and (is_term(reading.text[start:end]) or is_named_thing(reading, start, end)))
        ):
            continue
        if speaker is not None:
            rows.append(quote_row(first, speaker, cue_text, reading.text[start:end], kind, start, end))
        elif kind == "direct":
            unattributed.append((start, end))
    return rows, unattributed


def is_on_sign(reading: Reading, start: int) -> bool:
    """Whether a quotation is what a sign, banner or placard reads or warns, right after its verb: "A handwritten
    sign taped to her door reads “Closed”", "Signs along the road warn “Deer crossing”"."""
    span = reading.doc.char_span(start, start + 1, alignment_mode="expand")
    i = span.start - 1 if span is not None else -1
    while i >= 0 and reading.doc[i].is_punct:
        i -= 1
    verb = reading.doc[i] if i >= 0 else None
    if verb is not None and any(c.dep_ == "nsubj" and is_sign(c) for c in verb.children):
        return True  # "a sign taped to a window read “Exact fare only”", where the tagger took "read" for a noun
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and (sign := speaker_token(verb, reading.dateline)) is not None
        and is_sign(sign)
    )


def according_speaker(reading: Reading, end: int) -> "Speaker | None":
    """The source named right after a quote: `"We will rebuild," according to Mayor Tom Hale.`"""
    m = AFTER_QUOTE_ACCORDING.match(reading.text, end)
    span = reading.doc.char_span(m.end() - 2, m.end(), alignment_mode="expand") if m else None
    source = next((c for c in span[0].children if c.dep_ == "pobj"), None) if span is not None else None
    return reading.speakers.resolve(source) if source is not None else None


def is_mention(reading: Reading, start: int) -> bool:
    """A word named rather than quoted: the word “We”, the slogan “Don't jerk and drive”."""
    words = re.findall(r"[\w'’-]+", reading.text[max(0, start - 40) : start])
    return bool(words) and words[-1].lower() in mention_nouns()


def governs(cue: Token, doc: Doc, start: int, end: int) -> bool:
    """Whether a partial quote lies in what its cue says, the cue being the first verb above it: "dismissed
    an “Antennagate”, saying ..." quotes a word of the writer's sentence, not of what follows "saying",
    and "found a note that read “sorry”" is what the note says."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return any(next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == cue.i for t in roots)


def first_conjunct(token: Token) -> Token:
    """The first of the clauses a token's clause is joined to by "and"."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def is_term(quoted: str) -> bool:
    """Quotation marks that set off a term rather than someone's words: a name ("App Store") or one word
    ("a “recommended” rating")."""
    words = re.findall(r"\w+", quoted)
    return is_name(quoted) or len(words) == 1


def is_named_thing(reading: Reading, start: int, end: int) -> bool:
    """A few lower-case words in quotation marks after a determiner or number: a term ("presided as the “chief
    justice” with four “associate justices”"), not someone's words ("doesn't “see the upside”")."""
    quoted = reading.text[start:end]
    k = bisect.bisect_left(reading.token_starts, start) - 1
    while k >= 0 and reading.doc[k].is_punct:
        k -= 1
    return (
        len(quoted.split()) <= MAX_TERM_WORDS and quoted.islower() and k >= 0 and reading.doc[k].pos_ in ("DET", "NUM")
    )


def is_name(quoted: str) -> bool:
    """ "App Store", "Antennagate", "The Road Home From the Front": a name or title put in quotation marks,
    every word capitalised but the short words title case leaves small."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words)


def is_title_of_work(reading: Reading, start: int, end: int) -> bool:
    """A title in quotation marks after a possessive or "on", "in": `on NBC's "Meet the Press."`, `in his book
    "A Promised Land"`: nobody's words."""
    words = re.findall(r"[\w'’]+", reading.text[max(0, start - 30) : start])
    return (
        bool(words)
        and (words[-1].lower().endswith(("'s", "’s")) or words[-1].lower() in ("on", "in"))
        and is_name(reading.text[start:end])
        and len(re.findall(r"\w+", reading.text[start:end])) <= 6
    )


def describes_speaker(reading: Reading, cue: Token | None, start: int, end: int) -> bool:
    """Whether quoted words describe the cue's own speaker ("an individual “with direct knowledge”
    said"): they are part of who speaks, not of what is said."""
    subject = speaker_token(cue, reading.dateline) if cue is not None else None
    if subject is None:
        return False
    edges = (subject.left_edge, subject.right_edge)
    return edges[0].idx <= start and end <= edges[1].idx + len(edges[1])


class Speaker(NamedTuple):
    """A quote's speaker span, and where a pronoun or description written for it stands ("he" for an
    earlier "Javed Ali"), so the reference links can say the same (`speaker_written`)."""

    text: str
    start: int
    end: int
    written: int | None = None


def quote_row(sent_no, speaker, cue, text, kind, start, end) -> dict:
    """One QUOTES row; speaker is a Speaker, a (text, start, end) tuple or None.

    Besides the QUOTES columns, `speaker_written`: the start of the pronoun or description that was
    resolved to the speaker's name, else None.
    """
    text_, s_start, s_end = speaker[:3] if speaker else (None, None, None)
    return {
        "sent_no": sent_no,
        "speaker_text": text_,
        "speaker_start": s_start,
        "speaker_end": s_end,
        "cue": cue,
        "text": text,
        "kind": kind,
        "start_char": start,
        "end_char": end,
        "speaker_written": getattr(speaker, "written", None),
    }


def written_speakers(rows: list[dict]) -> dict[int, int]:
    """Where each quote's speaker is written as a pronoun or description -> the start of the name it stands for:
    what tasks/core/references.py takes for those words, so mentions and quotes name the same speaker."""
    return {r["speaker_written"]: r["speaker_start"] for r in rows if r["speaker_written"] is not None}


def nearest_cue(reading: Reading, start: int, end: int, direct: bool) -> Token | None:
    """The speech verb outside the quote and in its paragraph closest to it: in the sentences the quote
    spans, else at the start of the sentence right after it (`"Where did it go?" Ms. Rivera asked.`) unless
    it carries on the quote before it, else the one of a paragraph before ending in a colon (`announcing_cue`).

    A cue after a direct quote must follow it directly, with only its subject between them
    (`"...," Ms. Rivera, a senator, said`): a quote that opens a longer sentence of the writer's
    is not what that sentence's speech verb reports.
    """
    para_start, para_end = reading.paragraph(start)
    first, last = reading.sentence_no(start), reading.sentence_no(end)
    own = [t for s in reading.sents[first : last + 1] for t in s]
    found = closest_cue(reading, own, start, end, direct)
    if found is not None:
        return found
    after = end
    while after < para_end and reading.text[after] in "\"”'`,.!? \t\n":
        after += 1
    following = reading.sentence_no(after)
    if not (para_start <= after < para_end and following > last) or continues_a_quote(reading, start, end):
        return announcing_cue(reading, start)
    sentence = reading.sents[following]
    opening = [t for k, t in enumerate(sentence) if t.idx >= after and (k < TRAILING_CUE_TOKENS or after_subject(t))]
    return closest_cue(reading, opening, start, end, direct) or announcing_cue(reading, start)


def after_subject(cue: Token) -> bool:
    """Whether only its subject, however long, stands before a cue in its sentence (`"...?" its director, Tigran
    Hakobyan, asked.`)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None:
        return False
    held = {t.i for t in subject.subtree}
    return all(t.i in held or t.is_punct for t in cue.doc[cue.sent.start : cue.i])


def continues_a_quote(reading: Reading, start: int, end: int) -> bool:
    """Whether a quote closed by a full stop carries on the quote right before it (`"...," said Hale. "They
    never gave up." Reed agreed.`): the cue of the sentence after it is someone else's."""
    k = bisect.bisect_left(reading.span_starts, start) - 1
    closed = reading.text[start:end].rstrip().endswith(".")
    return closed and k >= 0 and continues(reading, reading.spans[k][1], start)


def announcing_cue(reading: Reading, start: int) -> Token | None:
    """The cue of a paragraph ending in a colon, for the quote that opens the next paragraph
    (`Lee told the council:` / `"We will not close the school."`): its last cue with a speaker."""
    sentence = colon_sentence(reading, start)
    cues = [t for t in sentence or () if reading.is_cue(t) and speaker_token(t, reading.dateline) is not None]
    return cues[-1] if cues else None


def colon_sentence(reading: Reading, start: int) -> Span | None:
    """The sentence ending the paragraph before a quote that opens its own paragraph, when it ends in a colon (or
    a comma: `Lee declared,` / `"..."`)."""
    para_start, _ = reading.paragraph(start)
    before = reading.text[:para_start].rstrip()
    if (
        para_start == 0
        or reading.text[para_start:start].strip() not in OPENINGS | {""}
        or not before.endswith((":", ","))
    ):
        return None
    return reading.sents[reading.sentence_no(len(before) - 1)]


def closest_cue(reading: Reading, candidates: list[Token], start: int, end: int, direct: bool) -> Token | None:
    para_start, para_end = reading.paragraph(start)
    best, best_distance = None, None
    for tok in candidates:
        if not para_start <= tok.idx < para_end or not reading.is_cue(tok):
            continue
        subject = speaker_token(tok, reading.dateline)
        if subject is None or (direct and tok.idx >= end and not follows_directly(reading, tok, subject, end)):
            continue
        if (
            tok.idx >= end
            and not breaks_off(reading, end)
            and subject.i < tok.i
            and any(c.i > tok.i for c in reported_clauses(tok))
        ):
            continue  # `"... decision." Lee says he will wait.`; not `"...?" asked Lee, a caterer owed ...`
        if tok.idx >= end and introduces_quote(reading, tok) and not breaks_off(reading, end):
            continue
        if is_joined_report(reading, tok, start, end):
            continue
        distance = start - tok.idx if tok.idx < start else tok.idx - end
        if best_distance is None or distance < best_distance:
            best, best_distance = tok, distance
    return best


def is_joined_report(reading: Reading, cue: Token, start: int, end: int) -> bool:
    """Whether a cue is a verb of what another cue reports, and the quote a clause joined to it: in "Gill wrote
    that Ottawa had agreed to send aircraft and that “every resource is here”" the quote is Gill's, not Ottawa's."""
    span = reading.doc.char_span(start, end, alignment_mode="expand")
    if span is None or cue.dep_ != "ccomp" or not reading.is_cue(cue.head):
        return False
    roots = [t for t in span if not span.start <= t.head.i < span.end]
    return any(t.dep_ == "conj" and first_conjunct(t) == cue for t in roots)


def breaks_off(reading: Reading, end: int) -> bool:
    """Whether a quote ends in a comma, the sentence going on with its cue (`"First part," Lee said, "second part."`):
    that cue reports it, whatever follows."""
    return "," in reading.text[end : end + 3]


def introduces_quote(reading: Reading, cue: Token) -> bool:
    """Whether a quote opens right after a cue (`Lee said: "..."`): the cue reports that one, not the quote
    before it."""
    after = cue.idx + len(cue)
    k = bisect.bisect_left(reading.span_starts, after)
    if k == len(reading.span_starts):
        return False
    return INTRODUCTION.fullmatch(reading.text, after, reading.span_starts[k]) is not None


def follows_directly(reading: Reading, cue: Token, subject: Token, end: int) -> bool:
    """Whether only the cue's subject (or subjects: the parser may split one in two), adverbs, punctuation and the
    words the cue hangs from ("Hale was quoted as saying", "Interfax quoted Lebed as saying") stand between a
    quote's end and the cue."""
    speaker = {t.i for t in subject.subtree} if subject.i < cue.i else set()
    speaker |= {t.i for t in cue.ancestors}
    quoting = [a for a in cue.ancestors if a.lemma_.lower() == "quote"]
    speaker |= {t.i for a in quoting for c in a.lefts if c.dep_ in SUBJECTS for t in c.subtree}
    speaker |= {t.i for c in cue.lefts if c.dep_ in SUBJECTS for t in c.subtree}  # "the agency Afghan Press said"
    between = reading.doc[bisect.bisect_left(reading.token_starts, end) : cue.i]
    if subject.i < cue.i:
        speaker |= description_before(reading.doc[between.start : subject.left_edge.i])
    return all(
        t.i in speaker
        or t.is_punct
        or t.is_space
        or t.dep_ in ("advmod", "aux", "auxpass", "neg")
        or t.text in abbreviated_titles()  # "Lt. Cmdr. Alba Rios": titles the parser hung elsewhere
        for t in between
    )


def description_before(words: Span) -> set[int]:
    """The tokens of a noun phrase set before a subject name with a comma, which the parser may have hung on the
    quote (`"...," the group's chair, Sian Lloyd-Evans, said`), else none."""
    if len(words) < 2 or words[-1].text != ",":
        return set()
    nominal = all(
        t.is_punct or t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART", "NUM") or t.lower_ == "of" for t in words
    )
    return {t.i for t in words} if nominal and any(t.pos_ == "NOUN" for t in words) else set()


def signed_speaker(reading: Reading, start: int, end: int) -> "Speaker | None":
    """The name signing a quote: `Sen. Dana Lee: "..."` or `Dana Lee, a councillor in Ely: "..."` (a description of up
    to MAX_SIGNATURE_WORDS words: `Ann Lee, who ran the relay with Haugland at two world championships: "..."`)
    before it, at the start of a paragraph or after a sentence of its own, or `"..." ― Dana Lee` after it."""
    para_start, para_end = reading.paragraph(start)
    before = reading.text[para_start:start]
    starts = [0] + [s.end() for s in SIGNATURE_STARTS.finditer(before)]
    m = next((m for p in reversed(starts) if (m := COLON_SIGNATURE.match(before, p))), None)
    if m and "," in m.group(1) and len(m.group(1).split()) <= MAX_SIGNATURE_WORDS:
        heading = name_starting_at(reading, para_start + m.start(1))
        if heading is not None and is_person_or_group(reading, heading):  # `Jenny Akers, a councillor in Ely: "..."`
            return heading
    if m and len(m.group(1)) <= 60 and len(m.group(1).split()) <= 10:
        name = name_ending_at(reading, para_start + m.end(1))
        if name is not None:
            return name
    after = reading.text[end:para_end]
    if (m := DASH_SIGNATURE.match(after)) and re.search(r"[—―–]|--|\s-\s", m.group()):  # `"..." - Eifion Price, 72`
        return name_starting_at(reading, end + m.end())
    following = next((s for s, _ in reading.paragraph_bounds if s >= para_end), None)
    if following is not None and not after.strip(" \t\"”'") and (m := SIGNATURE_LINE.match(reading.text, following)):
        return name_starting_at(reading, m.end())  # an epigraph: the quote, then `— Name, place, date`
    return None


def source_named_after(reading: Reading, end: int) -> "Speaker | None":
    """Whom the sentence right after a quote names as where its words came from or who made them: `"Go." The
    warning came from Stavros Kalogeropoulos, ...`, `"We must act." That was the argument made by Maria Lopez.`,
    `"..." That was how Jon Olafsson put it.`"""
    after = next((t for t in reading.doc if t.idx >= end and not (t.is_punct or t.is_space)), None)
    if after is None or any(not (t.is_punct or t.is_space) for t in reading.doc[after.sent.start : after.i]):
        return None
    for token in after.sent:
        opened = (  # "The warning came from ...", opening the sentence
            token.lemma_ == "come"
            and any(c.dep_ == "nsubj" and is_definite(c) and c.left_edge.i == after.i for c in token.children)
        ) or (  # "That was the argument made by ...", not "a fuse made by a supplier"
            token.tag_ == "VBN"
            and token.lemma_ in SOURCE_MAKING_VERBS
            and token.head.dep_ == "attr"
            and token.head.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and c.i == after.i for c in token.head.head.children)
        )
        source = next(
            (
                p
                for c in token.children
                if (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent"
                for p in [*c.children, *(g for n in c.children if n.dep_ == "prep" and n.is_title for g in n.children)]
                if p.dep_ == "pobj"
            ),
            None,
        )  # "came from Per Ekdahl": the given name "Per" taken for a preposition
        if (put := how_put(token, after)) is not None:  # "That was how Jon Olafsson put it."
            opened, source = True, put
        named_beside = source is not None and any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in source.children
        )
        if opened and source is not None and source.pos_ != "PRON" and (is_source(source) or named_beside):
            return reading.speakers.resolve(source)  # "from Pemberton's business partner, Sam Ellery"
    return None


PUTTING_VERBS = frozenset({"put", "describe", "explain", "sum", "summarise", "summarize"})


def how_put(verb: Token, opener: Token) -> Token | None:
    """The subject of "how X put it" after an opening "That was" / "This is": who said the words before."""
    be = verb.head
    if (
        verb.lemma_.lower() not in PUTTING_VERBS
        or verb.dep_ != "ccomp"
        or be.lemma_ != "be"
        or opener.lower_ not in ("that", "this")
        or not any(c.lower_ == "how" for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.i == opener.i for c in be.children)
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def introduced_speaker(reading: Reading, start: int) -> "Speaker | None":
    """Who a sentence names before a colon or comma that opens a quote without a speech verb
    (`Jobs extended an invitation to the label: "We have always loved the Beatles."`), also when the
    quote opens the next paragraph: its subject. Not in a headline, where the clause before a colon tells the
    story and the quote is someone else's: `Town to shut its last pool: "A sad day"`."""
    if start < reading.headline_end:
        return None
    if INTRODUCED.search(reading.text, max(0, start - 6), start):
        sentence, before = reading.sents[reading.sentence_no(start)], start
    elif (sentence := colon_sentence(reading, start)) is not None:
        before = sentence.end_char
    else:
        return None
    subject = named_subject(sentence, before, reading.quoted)
    return reading.speakers.resolve(subject) if subject is not None else None


def name_ending_at(reading: Reading, char: int) -> "Speaker | None":
    span = reading.doc.char_span(char - 1, char, alignment_mode="expand")
    ent = entity_of(span[-1]) if span is not None and len(span) else None
    return Speaker(ent.text, ent.start_char, ent.end_char) if ent is not None and ent.end_char == char else None


def is_person_or_group(reading: Reading, name: "Speaker") -> bool:
    span = reading.doc.char_span(name.start, name.end)
    return span is not None and span.root.ent_type_ in ("PERSON", "ORG")


def name_starting_at(reading: Reading, char: int) -> "Speaker | None":
    """The name that starts at `char`, also where the model took only its last words for one ("Siobhán Ní
    Fhlatharta", tagged "Fhlatharta": the capitalised words before it belong to the name of a signature)."""
    span = reading.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    for token in reading.doc[first.i : first.i + MAX_UNTAGGED_GIVEN_NAMES + 1]:
        ent = entity_of(token)
        if ent is not None:
            starts_here = ent.start_char == char or (ent.label_ == "PERSON" and ent.start == token.i)
            return Speaker(reading.text[char : ent.end_char], char, ent.end_char) if starts_here else None
        if not (token.is_title and token.is_alpha):
            return None
    return None


def continued_rows(reading: Reading, rows: list[dict], unattributed: list[tuple[int, int]]) -> list[dict]:
    """Direct quotes without a cue that carry on an attribution next to them, with its speaker and cue.

    Backward: the attribution right before, with no sentence of the writer's own between them,
    across at most one paragraph break (`Hale said the city would appeal.` then a paragraph that
    is only a quote). Forward: a paragraph left open without a closing mark goes on in the next
    paragraph's quote, as newspapers print long quotes (`"First part.` / `"Second part," Hale said.`),
    also where a feed joined the paragraphs into one line (`"First part. "Second part," Hale said.`).
    """
    attributed = sorted((r for r in rows if r["cue"] != ACCORDING), key=lambda r: r["end_char"])
    continued = []
    unattributed = [(s, e) for s, e in unattributed if not is_term(reading.text[s:e])]
    for start, end in unattributed:
        k = bisect.bisect_right([r["end_char"] for r in attributed], start) - 1
        if k >= 0 and continues(reading, attributed[k]["end_char"], start, speaker_words(reading, attributed[k])):
            row = carried_on(reading, attributed[k], start, end)
            continued.append(row)
            attributed.insert(k + 1, row)
    by_start = {r["start_char"]: r for r in rows + continued if r["kind"] == "direct"}
    for start, end in reversed(unattributed):
        following = next((s for s, _ in reading.spans if s > end), None)
        if start in by_start or following not in by_start:
            continue
        gap_start = reading.paragraph(end)[1] if left_open(reading, end) else end
        if reading.text[gap_start:following].strip() in OPENINGS | {""}:
            by_start[start] = carried_on(reading, by_start[following], start, end)
            continued.append(by_start[start])
    return continued


MAX_BACKSHIFTED_SENTENCES = 3
HABITUAL_ADVERBS = frozenset({"often", "usually", "always", "sometimes", "never", "regularly"})


def backshifted_rows(reading: Reading, rows: list[dict]) -> list[dict]:
    """Sentences that carry on what someone was reported to have said without a cue of their own, in the tenses of
    reported speech, within the paragraph: "Mark Bevan said staff had warned for two years that the kitchen was
    under-staffed. The union had raised the problem in writing three times." (his, not the writer's): at most
    MAX_BACKSHIFTED_SENTENCES, each `is_backshifted`, with no quotation and no attribution in it."""
    found: list[dict] = []
    taken = [(r["start_char"], r["end_char"]) for r in rows]
    for row in rows:
        if row["kind"] != "indirect" or row["speaker_start"] is None or row["cue"] == ACCORDING:
            continue
        paragraph_end = reading.paragraph(row["start_char"])[1]
        k = reading.sentence_no(row["end_char"] - 1) + 1
        last = min(len(reading.sents), k + MAX_BACKSHIFTED_SENTENCES)
        while k < last:
            sentence = reading.sents[k]
            if sentence.start_char >= paragraph_end or not is_backshifted(sentence):
                break
            if any(s < sentence.end_char and sentence.start_char < e for s, e in taken):
                break
            if any(reading.quoted[t.i] for t in sentence):
                break
            words = [t for t in sentence if not t.is_space]
            end = words[-1].idx if words[-1].is_punct else words[-1].idx + len(words[-1])
            speaker = Speaker(row["speaker_text"], row["speaker_start"], row["speaker_end"])
            found.append(
                quote_row(
                    k, speaker, None, reading.text[sentence.start_char : end], "indirect", sentence.start_char, end
                )
            )
            taken.append((sentence.start_char, end))
            k += 1
    return found


def is_backshifted(sentence: Span) -> bool:
    """A statement whose main verb is in a tense of reported speech: a past perfect ("had raised") or "would"
    ("would pay"); not a question, what someone would not say or confirm (a refusal, no statement), a habit ("would
    often shake") nor what a named organisation or place had done ("the Labour Department's report had shown")."""
    root = sentence.root
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    backshifted = any(a.lower_ in ("had", "would") for a in auxiliaries)
    asked = sentence.text.rstrip().endswith("?")
    habit = any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in root.children)  # "would often shake"
    return (
        root.pos_ in ("VERB", "AUX")
        and backshifted
        and not asked
        and not habit
        and root.lemma_.lower() not in speech_verbs()
        and not any(t.ent_type_ in ("ORG", "GPE") for c in root.children if c.dep_ in SUBJECTS for t in c.subtree)
    )


def unnamed_rows(reading: Reading, unattributed: list[tuple[int, int]], continued: list[dict]) -> list[dict]:
    """Direct quotes of a full sentence or more whose speaker could not be found: kept without one.

    Shorter ones are mostly titles and slogans ("Meth. We're on it."), and so are longer ones in title case; one in
    the headline repeats what the story attributes."""
    taken = {r["start_char"] for r in continued}
    return [
        quote_row(reading.sentence_no(s), None, None, reading.text[s:e], "direct", s, e)
        for s, e in unattributed
        if s not in taken
        and s >= reading.headline_end
        and len(reading.text[s:e].split()) >= MIN_UNATTRIBUTED_WORDS
        and not is_name(reading.text[s:e])
    ]


def carried_on(reading: Reading, attribution: dict, start: int, end: int) -> dict:
    speaker = Speaker(attribution["speaker_text"], attribution["speaker_start"], attribution["speaker_end"])
    return quote_row(
        reading.sentence_no(start), speaker, attribution["cue"], reading.text[start:end], "direct", start, end
    )


def left_open(reading: Reading, end: int) -> bool:
    """Whether a quote runs to its paragraph's end with no closing mark."""
    return not reading.text[end : reading.paragraph(end)[1]].strip()


def continues(reading: Reading, previous_end: int, start: int, speaker: frozenset[str] = frozenset()) -> bool:
    """Whether a cue-less quote carries on the attribution ending at `previous_end` (by `speaker`, its words: see
    `speaker_words`): across at most one paragraph break, with
    nothing between them but punctuation, the speaker (who may be described: "said Ortiz, who owns a bakery")
    and speech verbs, or one sentence of the writer's about the speaker ("...," Ortiz said. Ortiz does not
    expect a delay. "We are ready.")."""
    between = reading.text[previous_end:start]
    if len(between) >= CONTINUATION_CHARS or between.count("\n\n") > 1:
        return False
    span = reading.doc.char_span(previous_end, start, alignment_mode="contract")
    words = [t for t in (span if span is not None else []) if not (t.is_punct or t.is_space)]
    if only_attribution(words):
        return True
    last = [t for t in words if t.sent == words[-1].sent]
    earlier = words[: len(words) - len(last)]
    return (
        only_attribution(earlier)
        and len({t.sent.start for t in earlier}) <= 1
        and last[0].i == last[0].sent.start
        and about_speaker(last[0].sent, speaker)
    )


def only_attribution(words: list[Token]) -> bool:
    """Whether words hold no verb but cues, "quoted" ("Interfax quoted Lebed as saying") and those
    describing the speaker or the speaking ("Alito interjected, homing in on what he saw as ...")."""
    return not any(
        t.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() not in speech_verbs()
        and cue_lemma(t) not in quote_carrying_verbs()
        and t.lemma_.lower() != "quote"
        and not describes(t)
        and not any(a.lemma_.lower() in speech_verbs() for a in t.ancestors)
        for t in words
    )


def about_speaker(sentence: Span, speaker: frozenset[str]) -> bool:
    """Whether a sentence's subject is the speaker: "he", "she", or a word of their name or title."""
    return any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or c.text in speaker) for c in sentence.root.children)


def speaker_words(reading: Reading, row: dict) -> frozenset[str]:
    """The words of an attribution's speaker and of the title before their name ("Queen" of "Britain's Queen
    Elizabeth II")."""
    if row["speaker_start"] is None:
        return frozenset()
    name = reading.doc.char_span(row["speaker_start"], row["speaker_end"], alignment_mode="expand")
    return frozenset(t.text for t in [*name, *title_before(name)] if t.pos_ == "PROPN")


def describes(token: Token) -> bool:
    """Whether a token is inside a relative clause or apposition describing a noun."""
    return any(t.dep_ in ("relcl", "appos", "acl") for t in [token, *token.ancestors])


def cue_lemma(verb: Token) -> str:
    """The cue as a lemma, with its particle ("point out")."""
    particles = [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def name_opening_clause(verb: Token) -> Token | None:
    """A proper noun opening the sentence that the parser hung on a subjectless verb as a modifier: "SEPA kept
    11 warnings in place, saying ...", read as "SEPA" modifying "kept"."""
    opener = verb.sent[0]
    if (
        opener.head == verb
        and opener.i < verb.i
        and opener.pos_ == "PROPN"
        and opener.dep_ in ("advmod", "npadvmod", "dep")
    ):
        return opener
    return None


def name_before_relative(verb: Token) -> Token | None:
    """The name opening the sentence with a relative clause set off by commas right before a subjectless cue, which
    the parser read as what was said: "Ruksana Begum, whose son Ayaan was among the first cases, said ..."."""
    sentence = verb.sent
    opener = sentence[0]
    if opener.ent_type_ not in ("PERSON", "ORG") or verb.i < 4 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    end = opener.i
    while end < verb.i and verb.doc[end].ent_type_ == opener.ent_type_ and verb.doc[end].ent_iob_ != "O":
        end += 1
    after = verb.doc[end : end + 2]
    if len(after) < 2 or after[0].text != "," or after[1].lower_ not in ("who", "whose", "which"):
        return None
    return verb.doc[end - 1]


def dated_relative_antecedent(verb: Token, subject: Token) -> Token | None:
    """The noun a relative clause describes, where the parser read the clause's last "since" and its date as the
    cue's clause ("A supporters' group that has followed the club since the 1990s said ...": the group, not "the
    1990s")."""
    if subject.ent_type_ != "DATE" or verb.dep_ != "advcl" or verb.head.dep_ != "relcl":
        return None
    if not any(c.dep_ == "mark" and c.i < subject.i for c in verb.children):
        return None
    return verb.head.head


SHARE_WORDS = frozenset({"most", "many", "some", "all", "half", "several", "few", "both", "none", "each"})


def is_set_off_share(subject: Token) -> bool:
    """A share of the subject's members set off after it, which the parser made a second subject: "most" of "A
    cooperative of about 400 tappers, most of them Maya farmers, said"."""
    return (
        subject.lower_ in SHARE_WORDS
        and subject.i > 0
        and subject.doc[subject.i - 1].text == ","
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    )


def has_later_subject(verb: Token, subject: Token) -> bool:
    """Whether a verb has another subject after `subject`: the speaker after a dateline the parser made one too."""
    return any(c.dep_ == "nsubj" and c.i > subject.i for c in verb.children)


def is_relative_clause_object(subject: Token, subjects: list[Token]) -> bool:
    """Whether a second subject of a cue is the object of a relative clause or a participle on the first, which the
    parser hung on the cue, whole or after the object's first words: "rules" of "the state ministry that writes
    Bavaria's building rules said", "owners" of "A group representing Kutch's dhow owners said"."""
    return any(
        other.i < subject.i
        and any(
            c.i < subject.i
            and (
                (c.dep_ == "relcl" and not any(o.dep_ == "dobj" for o in c.children))
                or (c.dep_ == "acl" and any(o.dep_ == "dobj" and o.i == subject.left_edge.i - 1 for o in c.children))
            )
            for c in other.children
        )
        and subject.left_edge.i == other.right_edge.i + 1
        for other in subjects
    )


def relative_object_antecedent(verb: Token, subject: Token) -> Token | None:
    """The noun a relative clause describes when the parser made the clause's object the subject of the cue after it,
    and the cue the clause's complement: "company" of "The family company that makes the wine said ...", not
    "wine"."""
    clause = verb.head
    if verb.dep_ != "ccomp" or clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return None
    if any(c.dep_ == "dobj" for c in clause.children) or subject.left_edge.i != clause.i + 1:
        return None
    relative = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if relative is None or relative.lower_ not in ("that", "which", "who"):
        return None
    return clause.head


def participle_owner(subject: Token) -> Token | None:
    """The noun a participle phrase hangs from where the parser made the participle's object the subject: "A group
    representing builders said", read as "builders" with "group" and "representing" as its modifiers."""
    owner = next((c for c in subject.lefts if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
    if owner is None or not any(c.dep_ == "det" for c in owner.children):
        return None
    participle = subject.doc[owner.i + 1]
    return owner if participle.tag_ == "VBG" and participle.head.i == subject.i and participle.i < subject.i else None


def speaker_token(verb: Token, dateline: list[bool] | None = None) -> Token | None:
    """Who a cue verb's words belong to.

    Its subject (a name rather than the dateline the parser took for one); the noun a participle
    hangs from ("with officials saying", "Safadi warning of ..."); who was "quoted as saying"; else
    the subject of the verb it continues: "refused to say", "..., adding", "said X and added", and
    "said the deaths were caused ... and called on", where the parser hangs the second cue inside the
    first one's clause; a participle after a relative clause on a thing, the subject of the clause naming the thing
    ("launched a tool that writes up notes, claiming it can ...").
    A finite cue with no subject at all takes a name right next to it; a verb the parser made its subject
    (a missed sentence end: "users account for half of them in the U.S. Jobs also noted") is none.
    """
    outside = (lambda t: not dateline[t.i]) if dateline else (lambda t: True)
    if (trailing := relative_trailing_speaker(verb)) is not None:
        return trailing
    start = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):  # "were told", "was announced by X"
            if verb.lemma_.lower() in ADDRESSING_VERBS | QUESTION_VERBS:
                return None  # "was told by the coroner that ...": about whom it was said to, no attribution
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            return agent
        misread = misread_object(verb)
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ not in ("VERB", "AUX") and (misread is None or c.i != misread.i)
        ]
        kept = [s for s in subjects if outside(s)]
        kept = [s for s in kept if not (len(kept) > 1 and is_set_off_share(s))]
        kept = [s for s in kept if not (len(kept) > 1 and is_relative_clause_object(s, kept))]
        if kept and (noun := dated_relative_antecedent(verb, kept[-1])) is not None:
            return noun
        if kept and (noun := relative_object_antecedent(verb, kept[-1])) is not None:
            return noun
        if kept:
            chosen = next((s for s in kept if s.ent_type_ == "PERSON"), kept[-1])
            if chosen.tag_ in ("WP", "WDT"):  # "a refugee who asked": the relative pronoun's antecedent
                chosen = next((t.head for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), chosen)
                thing = kept[-1].tag_ == "WDT" and not is_source(chosen) and chosen.head is not chosen
                if thing and verb is not start and start.tag_ == "VBG":
                    verb = chosen.head  # "launched a tool that writes up notes, claiming ...": who launched it
                    continue
                if kept[-1].lower_ == "who":
                    chosen = person_antecedent(chosen)
            chosen = participle_owner(chosen) or chosen
            return None if chosen.lower_ in WRITER else chosen
        for subject in subjects:  # "HANOI (AP) — Mark Esper said": the parser hangs the name on the dateline
            named = next(
                (t for t in subject.subtree if outside(t) and not outside(t.head) and not (t.is_space or t.is_punct)),
                None,
            )
            if named is not None:
                return named
        if verb is start and not subjects and (name := name_right_before(verb)) is not None and outside(name):
            return name
        if verb is start and not subjects and (name := quoted_name_described(verb)) is not None:
            return name
        if verb is start and not subjects and (group := trailing_group(verb)) is not None:
            return group
        if verb is start and not subjects and (doer := participle_subject_before(verb)) is not None:
            return doer
        if verb is start and not subjects and (described := appositive_right_before(verb)) is not None:
            return described
        if verb is start and not subjects and (asked := name_before_participle(verb)) is not None and outside(asked):
            return asked
        if verb is start and verb.tag_ == "VBG" and (holder := with_noun_before(verb)) is not None:
            return holder
        if not subjects and (opener := name_opening_clause(verb)) is not None and outside(opener):
            return opener
        if verb is start and not subjects and (described := name_before_relative(verb)) is not None:
            return described
        if (
            verb.dep_ == "acl"
            and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
            and (verb.tag_ == "VBG" or has_that_clause(verb))
        ):
            if outside(verb.head):
                return verb.head
            # "BONN (Reuters) - Germany's Federal Cartel Office blocked ..., saying": all hung on the dateline
            named = (c for c in verb.head.children if c.dep_ == "appos" and outside(c) and c.pos_ == "PROPN")
            return next(named, None)
        head = verb.head
        if head.i == verb.i:
            break
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in speech_verbs()
            and not any(c.dep_ == "nsubj" and is_named_or_pronoun(c) for c in head.children)
        ):
            verb = head.head
        elif verb.dep_ == "pcomp" and head.lower_ == "as" and (quoted := one_quoted(head.head)) is not None:
            return quoted  # "Hale was quoted as saying", "Interfax quoted Lebed as saying": the one quoted
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # "Bush marked the day by calling on his allies to ...": whoever marked it
        elif verb.dep_ == "xcomp" and (made := made_to_speak(verb)) is not None:
            return made  # "prompted Engoron to quip", "forced the minister to admit": who was made to
        elif (
            (verb.dep_ == "xcomp" and head.pos_ == "VERB")
            or verb.dep_ == "conj"
            or (verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG")
        ):
            verb = head
        else:
            break
    return adjacent_name(start) if start.tag_ in ("VBD", "VBZ", "VBP") else None


def with_noun_before(participle: Token) -> Token | None:
    """ "..., with the Italian Red Cross, which runs it, saying ...": the noun of a "with" phrase the parser hung
    beside the participle instead of above it, ending right before it; or the name set beside that noun, which
    the parser left out of the phrase ("with its committee chair, Councillor Imran Dar, saying ...")."""
    if participle.dep_ != "advcl":
        return None
    for prep in participle.head.subtree:
        if prep.i >= participle.i:
            break
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        between = participle.doc[prep.right_edge.i + 1 : participle.i]
        if all(t.is_punct for t in between):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
        if (
            len(between) > 2
            and between[0].text == between[-1].text == ","
            and all(t.pos_ == "PROPN" for t in between[1:-1])
        ):
            return between[-2]
    return None


def name_before_participle(verb: Token) -> Token | None:
    """ "Queirós, asked about that on Saturday, said ...": the name the parser hung on the participle clause set
    before a cue that then has no subject of its own."""
    for clause in verb.lefts:
        if clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBD"):  # the parser reads "Queirós asked" too
            return next((c for c in clause.lefts if c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return None


def made_to_speak(verb: Token) -> Token | None:
    """The object of the verb a cue completes, when that verb makes or lets them speak ("prompted Engoron to
    quip", "forced him to admit"), not when it asks them to (directive_verbs.txt: "asked Trump to confirm")."""
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_.lower() in directive_verbs():
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and is_source(c)), None)


def named_conjunct(noun: Token) -> Span | None:
    """The person or organisation an unnamed speaker is joined to: the one of them a reader can name."""
    named = (entity_of(c) for c in noun.children if c.dep_ == "conj")
    return next((e for e in named if e is not None and e.label_ in ("PERSON", "ORG")), None)


def name_given_in_clause(noun: Token) -> Span | None:
    """The person a clause on the speaker names: "The man who calls himself Abu Ali", "a woman named Jane Roe", "a
    man identified as John Doe", "A spokesman, who gave his name as Daniel Pryce," (also a given name alone the
    model left untagged: "who gave his name only as Josef"); for a noun of an organisation, the organisation: "A group
    calling itself Black Sparrow"."""
    labels = NAMED if is_group_noun(noun) else {"PERSON"}  # a group's name, whatever the model took it for
    for clause in noun.children:
        gives_name = clause.lemma_ == "give" and any(c.dep_ == "dobj" and c.lemma_ == "name" for c in clause.children)
        if clause.dep_ in ("relcl", "acl") and (clause.lemma_.lower() in NAMING_VERBS or gives_name):
            doc, after = noun.doc, clause.right_edge.i + 1  # "calling itself Grey Heron": a name the parser cut off
            beyond = [doc[after]] if after < len(doc) and doc[after].ent_iob_ == "B" else []
            named = (  # not a nationality describing the name: "known by its Polish initials TOPR"
                entity_of(t)
                for t in [*clause.subtree, *beyond]
                if t.i > clause.i and t.ent_type_ in labels and t.pos_ != "ADJ"
            )
            if (person := next(named, None)) is not None:
                return person
            called = next((c for c in clause.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
            if called is not None and labels is NAMED:  # "A group calling itself Dust Owl", untagged
                first = min((c.i for c in called.lefts if c.dep_ == "compound"), default=called.i)
                return Span(noun.doc, first, called.i + 1, label="ORG")
            given = (p for c in clause.children if c.lower_ == "as" for p in c.children if p.pos_ == "PROPN")
            if gives_name and (name := next(given, None)) is not None:
                first = min((c.i for c in name.lefts if c.dep_ == "compound"), default=name.i)
                return Span(noun.doc, first, name.i + 1, label="PERSON")
    return None


def closing_name(noun: Token) -> Span | None:
    """ "Acme's vice-president of marketing for the phone, Greg Joswiak, said": the person named after a comma
    at the end of a description the parser hung the name inside of, not on the description's head; for a
    description that is not a person's ("a radical offshoot of the party, the Red Brigades, said"), the
    organisation named there."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    last = noun.right_edge
    while last.is_punct and last.i > noun.i:
        last = last.doc[last.i - 1]
    ent = entity_of(last)
    labels = {"PERSON"} if noun.lemma_.lower() in person_nouns() else {"PERSON", "ORG"}
    if ent is None or ent.label_ not in labels or ent.end != last.i + 1 or ent.start <= noun.i + 1:
        return None
    before = ent.start - 1
    if ent.label_ == "ORG" and last.doc[before].lower_ == "the" and before > noun.i + 1:
        before -= 1
    return ent if last.doc[before].text == "," else None


def name_in_role(noun: Token) -> Span | None:
    """The person a role noun is written together with, without commas: "Alan Trounson deputy director of the
    institute says" (the name among the noun's modifiers) and "Director of Logan Airport Tom Kinton says" (the
    name closing the phrase right after a noun, also where the parser hung its last word on the verb:
    "Minister for Health Niamh Kiely told"); not "a lawyer for John Smith said", where a preposition puts the
    name apart, nor "Lawyers for union president John Smith", where the name comes with a role of its own."""
    if noun.lemma_.lower() not in person_nouns() or noun.ent_type_ or any(c.dep_ == "det" for c in noun.children):
        return None  # "the retired Marine Corps general" describes someone named before
    before = [entity_of(t) for t in noun.lefts if t.dep_ == "compound"]
    named = [e for e in before if e is not None and e.label_ == "PERSON"]
    if named:
        return named[-1]
    last = entity_of(noun.right_edge)
    if (
        last is None
        or last.label_ != "PERSON"
        or not (last.end == noun.right_edge.i + 1 or last[-1].head == noun.head != noun)  # "Kiely" hung on the verb
        or last.start <= noun.i + 1
        or last.doc[last.start - 1].pos_ not in ("PROPN", "NOUN")
        or last.doc[last.start - 1].lemma_.lower() in person_nouns()
    ):
        return None
    return last


def one_quoted(verb: Token) -> Token | None:
    """Who "quoted as saying" is about: the passive subject ("Hale was quoted"), or the object of an active
    "quote" ("Interfax quoted Lebed as saying"), not the agency that quoted them; a person named beside it ("one of
    them, Jim Doig,")."""
    wanted = ("nsubjpass", "dobj") if verb.lemma_.lower() == "quote" else ("nsubjpass",)
    quoted = next((c for dep in wanted for c in verb.children if c.dep_ == dep), None)
    if quoted is None or quoted.ent_type_ == "PERSON":
        return quoted
    name = name_after_comma(quoted)  # "quoted one of them, Jim Doig, as saying": the name set beside them
    return name.root if name is not None and name.label_ == "PERSON" else quoted


def name_after_comma(noun: Token) -> Span | None:
    """A person's or organisation's name right after a description and its comma, where the parser hung it
    elsewhere: "one of them, Jim Doig, as saying", "according to its organiser, Jade Morris, a mother of two", also
    after a title ("the committee's chair, Councillor Raj Mehta,")."""
    after = noun.right_edge.i + 1
    doc = noun.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    first = after + 1
    while first + 1 < len(doc) and not doc[first].ent_type_ and title_word(doc[first]) in person_titles():
        first += 1  # "the committee's chair, Councillor Raj Mehta,"
    name = entity_of(doc[first])
    closed = name is not None and (name.end == len(doc) or doc[name.end].is_punct)
    return name if closed and name.start == first and name.label_ in ("PERSON", "ORG") else None


def person_antecedent(noun: Token) -> Token:
    """The person "who" refers to when the parser hung it on a place or organisation after them
    ("Charles Lee, an expert at Stanford University, who said"): up through prepositions and appositions."""
    found = noun
    for _ in range(6):
        if found.ent_type_ == "PERSON":
            return found
        if found.lemma_.lower() in person_nouns():
            return found.head if found.dep_ == "appos" and found.head.pos_ == "PROPN" else found
        if found.dep_ == "pobj" and found.head.dep_ == "prep":
            found = found.head.head
        elif found.dep_ == "appos":
            found = found.head
        else:
            break
    return noun


def misread_speaker_start(verb: Token, subject: Token) -> Token | None:
    """The first word of a trailing speaker the parser split from its cue's subject: "admissions" of "...,
    admissions tutors say" (`is_misread_trailing_cue`), "farmers" of "..., farmers and retailers say"
    (`trailing_group`)."""
    if is_misread_trailing_cue(verb):
        return verb.head
    if subject == trailing_group(verb):
        return verb.doc[last_comma_before(subject) + 1]
    return None


def last_comma_before(token: Token) -> int:
    """The index of the last comma before a trailing group of speakers (`trailing_group`)."""
    return max(t.i for t in token.doc[: token.i] if t.text == ",")


def trailing_group(verb: Token) -> Token | None:
    """ "..., farmers and retailers say.": the plural noun right before a cue that ends its sentence after a comma,
    where the parser joined the words after the comma to a list in the clause before and left the cue no subject."""
    doc = verb.doc
    comma = next((t for t in reversed(doc[max(0, verb.i - MAX_ASIDE_WORDS - 2) : verb.i]) if t.text == ","), None)
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    words = doc[comma.i + 1 : verb.i] if comma is not None else []
    if (
        comma is None
        or verb.tag_ not in ("VBP", "VBZ")
        or (after is not None and after.text not in (".", "!", "?"))
        or doc[verb.i - 1].tag_ != "NNS"
        or not all(t.pos_ in ("NOUN", "ADJ", "CCONJ", "PROPN") for t in words)
    ):
        return None
    return doc[verb.i - 1]


def appositive_right_before(verb: Token) -> Token | None:
    """ "..., near the village of Kintai, the country's rescue service said on Monday.": a description set off by a
    comma right before a cue that ends its sentence, which the parser hung on the last noun before it as an
    appositive and left the cue, joined to the clause before, without a subject; it reports that clause."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is None
        or before.dep_ != "appos"
        or before.pos_ != "NOUN"
        or verb.dep_ != "conj"
        or verb.head.i > verb.i
        or any(c.dep_ in SUBJECTS for c in verb.children)
        or before.left_edge.i < 1
        or verb.doc[before.left_edge.i - 1].text != ","
    ):
        return None
    last = next((t for t in reversed(verb.doc[verb.i : verb.right_edge.i + 1]) if not t.is_space), verb)
    after = last if last.text in (".", "!", "?") else verb.doc[last.i + 1] if last.i + 1 < len(verb.doc) else None
    return before if after is None or after.text in (".", "!", "?", "\n") else None


def is_hung_speaker(noun: Token) -> bool:
    """Whether a noun the parser set beside the one before it is the speaker of the cue right after it
    (`appositive_right_before`)."""
    return noun.i + 1 < len(noun.doc) and appositive_right_before(noun.doc[noun.i + 1]) == noun


def name_right_before(verb: Token) -> Token | None:
    """ "... Commissioner Neelie Kroes said", "... Jobs also noted": a proper name right before a finite cue
    (adverbs aside) that the parser left without a subject (it hung the name on a phrase before it) is who speaks;
    a person, or a body, set off by commas after the noun that describes it ("The group, Keep the Nets ..., said").
    """
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    while before is not None and before.dep_ == "advmod" and before.head.i == verb.i and before.i > 0:
        before = verb.doc[before.i - 1]
    if before is not None and before.text == "," and before.i > 0:  # ", Sunrise's chief executive, David Lim, said"
        named = verb.doc[before.i - 1]
        ent = entity_of(named)
        if ent is None or ent.label_ not in ("PERSON", "ORG") or ent.end != named.i + 1:
            return None
        opening = ent.start
        while opening > 0 and title_word(verb.doc[opening - 1]) in person_titles():
            opening -= 1  # ", Dr. Folasade Adeyemi-Ojo, told reporters"
        if opening == 0 or verb.doc[opening - 1].text != ",":
            return None
        if ent.label_ == "ORG" and (opening < 2 or verb.doc[opening - 2].pos_ != "NOUN"):
            return None  # "The group, Keep the Nets Northern Beaches, said": the group is named
        before = named
    if verb.tag_ in ("VBD", "VBZ", "VBP") and before is not None and before.tag_ == "NNP" and before.head.i != verb.i:
        return before
    return None


MAX_DESCRIPTION_WORDS = 10


def quoted_name_described(verb: Token) -> Token | None:
    """The name right after a closing quotation mark or opening the sentence, then described between commas, before
    a cue the parser left without a subject: '"...," Eleni Papadaki, 47, a pharmacist, said.', where the parser hung
    the name on a word inside the quotation; '"...," Park Ji-hoon, 31, who delivers food for two apps, said.'; "Dr.
    Yoon Seo-yeon, head of the labour studies programme at Korea University, argued that ...", where it took
    "programme" for the verb."""
    doc, end = verb.doc, verb.i - 1
    opening = verb.sent.start
    for _ in range(3):
        if end < 1 or doc[end].text != ",":
            return None
        start = end - 1
        while (
            start >= opening
            and doc[start].text != ","
            and not doc[start].is_quote
            and end - start <= MAX_DESCRIPTION_WORDS
        ):
            start -= 1
        words = doc[start + 1 : end]
        if not len(words) or (start < opening and start + 1 != opening):
            return None
        ent = entity_of(words[-1])
        if (
            ent is not None
            and ent.label_ in ("PERSON", "ORG")
            and ent.end == end
            and ent.start > start
            and all(title_word(t) in person_titles() for t in doc[start + 1 : ent.start])  # "Dr."
        ):
            after_quote = start >= opening and doc[start].is_quote
            return words[-1] if after_quote or start + 1 == opening else None
        if not is_speaker_description(words):
            return None
        end = start
    return None


def is_speaker_description(words: Span) -> bool:
    """Words between commas that describe a speaker: an age, a role or a person's noun ("head of the labour
    studies programme at Korea University", "a pharmacist"), or a relative clause ("who delivers food for two apps");
    not a clause of the writer's or another name."""
    if words[0].lower_ in ("who", "whose") or any(t.lemma_.lower() in person_nouns() for t in words[:3]):
        return not any(t.is_quote for t in words)
    return not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("PERSON", "ORG") for t in words)


def is_document_subject(verb: Token) -> bool:
    """Whether a verb's subject is a document or data ("the figures show")."""
    return any(c.dep_ == "nsubj" and is_document(c) for c in verb.children)


def is_participle(verb: Token) -> bool:
    """A past participle without "have": passive or adjectival ("was told", "usually found in"); not one with a
    subject of its own that can speak, a past tense the tagger took for one ("..., PAP news agency reported on
    Friday"; not "a bacteria usually found in fleas")."""
    return verb.tag_ == "VBN" and not any(
        (c.dep_ == "aux" and c.lemma_ == "have") or (c.dep_ == "nsubj" and is_source(c)) for c in verb.children
    )


def is_passive_naming(verb: Token) -> bool:
    """ "Thatcher, dubbed the "Iron Lady" for her ...": a naming verb with what it names someone and nobody named
    (no object), which the tagger read as a past tense: a name given, not a statement."""
    children = [c.dep_ for c in verb.children]
    return (
        verb.lemma_.lower() in NAMING_VERBS | {"dub", "nickname", "label", "brand"}
        and "oprd" in children
        and "dobj" not in children
        and not has_agent(verb)
    )


def has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def has_that_clause(verb: Token) -> bool:
    return stray_that_clause(verb) is not None or any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children
    )


def stray_that_clause(verb: Token) -> Token | None:
    """The "that" clause right after a cue's own words that the parser hung elsewhere: in "Her son, Martin Coyne,
    posted on Facebook that his mother had waited" it made "posted" a participle on "son" and the clause a
    relative one on "son" too; in "A group ... posted on a forum that it held the data", one on "forum", and in
    "told the newspaper The Orcadian that she sold meat", one on the paper's name; in "added that terrace tips made
    up half her income" the subject taken for the cue's object; a "that"
    hung on the cue itself when the parser found no verb after it (its "that", whose clause is the rest)."""
    if verb.lemma_.lower() not in speech_verbs():
        return None
    that = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if that is not None and that.lower_ == "that" and that.dep_ == "mark" and is_object_read_as_clause(that.head, verb):
        return that.head  # "She added that terrace tips made up half her income": "tips" read as the object
    ends = [verb.right_edge.i] + [p.i for r in verb.rights if r.dep_ == "prep" for p in r.children if p.dep_ == "pobj"]
    ends += [a.i for r in verb.rights if r.dep_ in ("dobj", "dative") for a in r.children if a.dep_ == "appos"]
    for end in ends:
        that = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
        if that is not None and that.lower_ == "that" and that.dep_ == "mark" and that.head == verb:
            return that  # "said in a statement that the cheapest helmet cost ...": "cost" read as a noun
        if (
            that is not None
            and that.lower_ == "that"
            and that.dep_ == "det"
            and is_subject_of_clause_on(that.head, verb)
        ):
            return that.head.head  # "wrote on Facebook that ræst was ...": "that" read as the subject's determiner
        if that is None or that.lower_ != "that" or that.head.i <= that.i or that.head.pos_ not in ("VERB", "AUX"):
            continue
        clause = that.head
        if that.dep_ == "mark" and not (verb.is_ancestor(clause) or clause.is_ancestor(verb)):
            return clause
        if that.tag_ == "WDT" and that.dep_ == "dobj" and clause.dep_ == "relcl" and clause.head.i == end:
            return clause  # "on a forum that it held": no forum was held; not "an inquiry that began with"
        subject = any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children)
        if that.dep_ == "dative" and subject and clause.dep_ == "relcl" and clause.head.i == end:
            return clause  # "told the newspaper The Orcadian that she sold meat": no paper was sold anything
    return None


def is_object_read_as_clause(noun: Token, verb: Token) -> bool:
    """Whether a noun the parser made a cue's object, with "that" marking it, is the subject of a clause, its verb
    hung on it as a modifier ("added that terrace tips made up half her income")."""
    return (
        noun.pos_ == "NOUN"
        and noun.head == verb
        and noun.dep_ == "dobj"
        and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i for c in noun.children)
    )


def is_subject_of_clause_on(noun: Token, verb: Token) -> bool:
    """Whether `noun` is the subject of a clause the parser hung on `verb` as an adverbial one."""
    clause = noun.head
    return noun.dep_ == "nsubj" and clause.dep_ == "advcl" and clause.head == verb and clause.pos_ in ("VERB", "AUX")


NAME_MODIFIERS = frozenset({"det", "amod", "nummod", "npadvmod", "compound", "punct", "poss", "case"})


def adjacent_name(verb: Token) -> Token | None:
    """A person or organisation named right before or right after a cue the parser left without a subject, or
    after the words that describe them ("said the 26-year-old O'Brien, ranked 65th", the name taken for the
    subject of "ranked")."""
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc) and doc[i].ent_type_ in ("PERSON", "ORG"):
            return doc[i]
    after = verb.i + 1
    while after < min(len(doc), verb.i + 8) and doc[after].dep_ in NAME_MODIFIERS and doc[after].text not in ",;:":
        after += 1
    if after < len(doc) and after > verb.i + 1 and doc[after].ent_type_ in ("PERSON", "ORG"):
        return doc[after]
    return described_name_before(verb)


def participle_subject_before(verb: Token) -> Token | None:
    """The group or person a trailing cue follows, described by what they do, which the parser made the subject of
    the participle ("..., the ministry running the programme said on Wednesday": "ministry" of "running")."""
    doc = verb.doc
    start = verb.i - 1
    while start > 0 and doc[start - 1].text != "," and verb.i - start < 8:
        start -= 1
    for token in doc[start : verb.i]:
        if (
            token.dep_ == "nsubj"
            and token.head.tag_ == "VBG"
            and token.head.i == token.i + 1
            and (token.lemma_.lower() in group_nouns() or token.lemma_.lower() in person_nouns())
        ):
            return token
    return None


def described_name_before(verb: Token) -> Token | None:
    """The name a cue follows after the words set off to describe it, which the parser hung on the quotation
    ('"...," Feliciano Pat Canché, 58, a tapper from Señor, said.')."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    token = doc[verb.i - 2]
    while token.dep_ in ("appos", "pobj", "prep") and token.head.i < token.i:
        token = token.head
    return token if token.ent_type_ in ("PERSON", "ORG") and token.i < verb.i - 2 else None


def is_source(token: Token | None) -> bool:
    """Whether a subject can say something: a name, a pronoun, a person, an organisation or a document."""
    if token is None:
        return False
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in NAMED
        or token.pos_ in ("PRON", "PROPN")
        or lemma in person_nouns()
        or lemma in group_nouns()
        or is_document(token)
    )


def is_named_or_pronoun(token: Token | None) -> bool:
    """Whether a subject names its speaker (or points back to one) rather than describing it."""
    return token is not None and (token.ent_type_ in NAMED or token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS)


def named_subject(sent: Span, before: int, quoted: list[bool]) -> Token | None:
    """For a partial quote without cue: the closest named or pronoun subject before it in the sentence
    (not the writer's own "I")."""
    found = None
    for tok in sent:
        if tok.idx >= before:
            break
        owner = tok.dep_ == "poss" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN"  # "Her answer: ..."
        if (
            (tok.dep_ in SUBJECTS or owner)
            and not quoted[tok.i]
            and (tok.ent_type_ in NAMED or tok.lower_ in PERSON_PRONOUNS - WRITER)
        ):
            found = tok
    return found


class SpeakerResolver:
    """Maps a subject token to the named speaker span it refers to, looking back through the Doc."""

    def __init__(self, doc: Doc, quoted: list[bool], dateline: list[bool] | None = None):
        self.doc = doc
        self.quoted = quoted
        self.dateline = dateline
        excluded = [q or bool(dateline and dateline[i]) for i, q in enumerate(quoted)]
        ents = [titled_person_span(e) or e for e in doc.ents if not excluded[e.root.i]]
        self.persons = sorted(
            [e for e in ents if e.label_ == "PERSON" and not all(title_word(t) in person_titles() for t in e)]
            + untagged_persons(doc, excluded),
            key=lambda e: e.start,
        )
        groups = [e for e in ents if e.label_ in ("ORG", "GPE", "NORP")]
        audiences = {name_key(e) for e in groups if is_audience(e)} - {
            name_key(e) for e in groups if not is_audience(e)
        }
        self.groups = [e for e in groups if name_key(e) not in audiences]
        self.person_starts = [e.start for e in self.persons]
        self.group_starts = [e.start for e in self.groups]
        self.spelled_out = bracketed_acronyms(doc)
        self.nouns: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
            if pos == NOUN and not quoted[i]:
                self.nouns.setdefault(strings[lemma].lower(), []).append(i)
        self.genders = person_genders(self.persons)
        self.resolving: set[int] = set()

    def resolve(self, token: Token, named_in_content: frozenset[str] = frozenset()) -> "Speaker":
        """The speaker a subject token stands for.

        A pronoun or description never stands for a name in what it reports (`named_in_content`, keys
        of `name_key`): in "The group said Apple's move was a first step" the group is not Apple. A token
        reached again while it is being resolved (a document and the writer it names pointing at each other)
        stands for its own words.
        """
        if token.i in self.resolving:
            start, end = noun_phrase(token)
            return Speaker(doc_text(self.doc)[start:end], unnamed_start(token, start), end)
        self.resolving.add(token.i)
        try:
            return self.after_dateline(self.resolve_once(token, named_in_content))
        finally:
            self.resolving.discard(token.i)

    def after_dateline(self, speaker: "Speaker") -> "Speaker":
        """The speaker's words without the dateline the parser put in their phrase ("NEW YORK - A federal judge")."""
        if not self.dateline:
            return speaker
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        kept = [t for t in span or () if not self.dateline[t.i]]
        if span is None or not kept or kept[0].i == span.start or not (kept[0].is_alpha or kept[0].is_digit):
            return speaker
        return speaker._replace(text=doc_text(self.doc)[kept[0].idx : speaker.end], start=kept[0].idx)

    def resolve_once(self, token: Token, named_in_content: frozenset[str]) -> "Speaker":
        """One step of resolve: the first rule that names whom the token stands for."""
        if is_person_epithet(token):  # "the 45-year-old", "the Democrat"
            person = (
                self.titled_person(token)
                or self.person_of_age(token)
                or self.preceding(self.persons, self.person_starts, token.i, None, named_in_content)
            )
            if person is not None:
                return Speaker(person.text, person.start_char, person.end_char, token.idx)
        if (role_holder := name_closing_role(token) or role_holder_set_off(token)) is not None:
            return Speaker(role_holder.text, role_holder.start_char, role_holder.end_char)
        if token.ent_type_ == "NORP" and (named := closing_appositive(token)) is not None:
            return Speaker(named.text, named.start_char, named.end_char)  # "A Chilean who ..., Tomás Valdivia, wrote"
        ent = entity_of(token) or name_before_kind(token)
        if ent is not None:
            ent = person_of(ent) or ent
            return Speaker(ent.text, ent.start_char, ent.end_char)
        if (author := document_author(token)) is not None:
            return Speaker(author.text, author.start_char, author.end_char)
        if described_owner(token) is not None and (group := self.organisation_named_beside_later(token)) is not None:
            return Speaker(group.text, group.start_char, group.end_char, token.idx)  # "The department, Oulu Sports ..."
        if (unit_of := unit_owner(token)) is not None:  # "the city's own engineering department": the city
            return self.resolve(unit_of, named_in_content)._replace(written=token.idx)
        if (copied := copied_document(token)) is not None:  # "A leaked copy of the audit said": the audit's author
            return self.resolve(copied, named_in_content)._replace(written=token.idx)
        sender = relative_writer(token) or phrase_writer(token)  # "a letter the company sent"
        sent = self.resolve(sender, named_in_content)._replace(written=token.idx) if sender is not None else None
        if sent is not None and sent.start != noun_phrase(sender)[0]:
            return sent
        if (
            is_document(token)
            and is_indefinite(token)
            and (author := self.author_named_later(token) or judge_of(token) or self.author_called_later(token))
        ):
            return Speaker(author.text, author.start_char, author.end_char, token.idx)
        if is_document(token) and is_indefinite(token) and (doer := self.deed_doer(token)) is not None:
            return self.resolve(doer, named_in_content)._replace(written=token.idx)  # "filed ... a filing"
        if is_indefinite(token) and (outlet := self.outlet_named_later(token)) is not None:
            return Speaker(outlet.text, outlet.start_char, outlet.end_char, token.idx)
        if is_indefinite(token) and (group := self.group_named_later(token) or self.body_named_next(token)) is not None:
            return Speaker(group.text, group.start_char, group.end_char, token.idx)
        if (
            is_definite(token)
            and any(c.dep_ == "relcl" for c in token.children)
            and (group := self.body_named_next(token, same_noun=True)) is not None
        ):
            return Speaker(group.text, group.start_char, group.end_char, token.idx)
        if is_indefinite(token) and (person := self.same_noun_named_later(token)) is not None:
            return Speaker(person.text, person.start_char, person.end_char, token.idx)
        if is_indefinite(token) and (person := self.spokesperson_named_next(token)) is not None:
            return Speaker(person.text, person.start_char, person.end_char, token.idx)
        if (appositive := self.appositive_speaker(token)) is not None:
            return appositive
        if (holder := self.owned_role_holder(token, named_in_content)) is not None:
            return holder
        if (called := name_given_in_clause(token)) is not None:
            return Speaker(called.text, called.start_char, called.end_char)
        if (titled_name := name_in_role(token)) is not None:
            return Speaker(titled_name.text, titled_name.start_char, titled_name.end_char)
        if (closing := closing_name(token)) is not None:
            return Speaker(closing.text, closing.start_char, closing.end_char)
        if (writer := document_writer(token)) is not None:  # "Jobs resigned in a letter stating ..."
            return self.resolve(writer, named_in_content)
        if is_document(token) and (kind := document_kind(token)) is not None:
            return self.group_referent(kind, named_in_content) or self.resolve(kind, named_in_content)
        owner = next(
            (c for c in token.children if c.dep_ == "poss" and (c.pos_ == "PRON" or is_group_noun(c))), None
        )  # "Their projections showed ...": whoever "their" is; "The board's written ruling said": the board
        if owner is None and is_document(token) and (site := site_owner(token)) is not None:
            return self.resolve(site, named_in_content)._replace(written=token.idx)  # "a notice on its website"
        if owner is not None and is_document(token):
            if owner.lower_ == "its" and (own := self.document_owner(owner)) is not None:
                return self.resolve(own, named_in_content)._replace(written=token.idx)
            return self.resolve(owner, named_in_content)
        if is_group_noun(token) and (ruled := ruled_place(token)) is not None:  # "the government of Greenland"
            return Speaker(ruled.text, ruled.start_char, ruled.end_char)
        if (is_definite(token) or is_indefinite(token)) and (group := self.same_group_named_later(token)) is not None:
            # "... The union, the X Union,"; "A Penang company ... said ... The company, Seri Pinang Fresh Fruits,"
            return Speaker(group.text, group.start_char, group.end_char, token.idx)
        if is_definite_description(token) and (
            (described := self.description_speaker(token, named_in_content)) is not None
        ):
            return described
        if (
            later := self.named_later(token) or self.owned_role_named_later(token) or self.role_named_beside_next(token)
        ) is not None:
            return Speaker(later.text, later.start_char, later.end_char, token.idx)
        if (later := self.group_headed_by_next(token)) is not None:
            return Speaker(later.text, later.start_char, later.end_char, token.idx)
        if is_definite(token) and (
            not self.groups_before(self.doc[token.sent.start], "ORG") and (group := self.group_named_later(token))
        ):  # an organisation in what it reports is no earlier one ("Oil reached the Costa da Morte, ... said")
            return Speaker(group.text, group.start_char, group.end_char, token.idx)  # "the health service watchdog"
        if token.lower_ == "it" and (source := self.source_before(token)) is not None:
            return self.resolve(source, named_in_content)._replace(written=token.idx)
        if token.lower_ in ("he", "she") and (asked := self.asked_before(token)) is not None:
            return self.resolve(asked, named_in_content)._replace(written=token.idx)
        if token.lower_ in PRONOUN_GENDER and (unnamed := self.unnamed_speaker_before(token)) is not None:
            start, end = noun_phrase(unnamed)
            return Speaker(doc_text(self.doc)[start:end], start, end, token.idx)
        if (referent := self.pronoun_referent(token, named_in_content)) is not None:
            return Speaker(referent.text, referent.start_char, referent.end_char, token.idx)
        if token.pos_ in ("NOUN", "PROPN") and (joined := named_conjunct(token)) is not None:  # "the union and Qantas"
            return Speaker(joined.text, joined.start_char, joined.end_char)
        if sent is not None:  # "a report by the city's auditor", whom nothing names
            return sent
        start, end = noun_phrase(token)
        return Speaker(doc_text(self.doc)[start:end], unnamed_start(token, start), end)

    def appositive_speaker(self, token: Token) -> "Speaker | None":
        """The name set beside a subject: "the carmaker, General Motors, said"; "a professor, Javed Ali, said"; "The
        government, Ouro Preto City Hall, said" (a building that speaks is who works in it)."""
        governs = token.lemma_.lower() in GOVERNED_NOUNS | {"government"}  # "The province, the Province of X, said"
        for child in set_beside(token):
            speaks = child.ent_type_ in ("PERSON", *SPEAKING_BODIES) or (governs and child.ent_type_ == "GPE")
            if speaks and (ent := entity_span(child)) is not None:
                return Speaker(ent.text, ent.start_char, ent.end_char)
        for child in token.children:
            if (
                child.dep_ == "appos" and (ent := described_name(child)) is not None
            ):  # "its owner, the fund Calder, said"
                return Speaker(ent.text, ent.start_char, ent.end_char)
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and not child.ent_type_
                and is_first_name(child.left_edge.text)
            ):
                start, end = noun_phrase(child)  # "Reed's wife, Ana, said": a given name the model left untagged
                return Speaker(doc_text(self.doc)[start:end], start, end)
        if (closing := closing_appositive(token)) is not None:
            return Speaker(closing.text, closing.start_char, closing.end_char)
        if token.lemma_.lower() in company_nouns():  # "A Quimper company that hires out lights, Lumière d'Odet, said"
            for child in set_beside(token):  # a business's name the model missed or took for its product
                if child.pos_ == "PROPN" and child.ent_type_ in ("", "PRODUCT"):
                    start, end = noun_phrase(child)
                    return Speaker(doc_text(self.doc)[start:end], start, end)
        if token.pos_ != "NOUN":
            return None
        if (named := name_after_comma(token)) is not None:  # "according to its organiser, Jade Morris,"
            return Speaker(named.text, named.start_char, named.end_char)
        for prep in token.children:  # "The administrators, from the restructuring firm Carrow Pryce, said"
            if prep.dep_ == "prep" and prep.lower_ in ("from", "for", "at") and prep.i > token.i:
                firm = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                named = described_name(firm) if firm is not None else None
                if named is not None and named.label_ == "ORG":
                    return Speaker(named.text, named.start_char, named.end_char)
        return None

    def description_speaker(self, token: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """Who a definite description stands for: the titled person ("the senator" after "Sen. Dana Lee"), the news
        outlet that spoke ("the newspaper") or the organisation that spoke in this or the previous sentence
        ("Norvik said ... The company said"), whichever spoke last ("the agency" after the NCSC, not the paper), the
        last organisation whose name the noun ends or heads ("the agency" of "Mining Oversight Agency", also when
        another spoke last, for a noun that is no business's), the name given with the same noun before ("the
        professor"), or the group it describes."""
        if (titled := self.titled_person(token)) is not None:  # "the senator" after "Sen. Dana Lee"
            return Speaker(titled.text, titled.start_char, titled.end_char, token.idx)
        labels = group_labels(token)
        spoke = self.group_spoke_before(token, labels) if labels and token.tag_ != "NNS" else None
        outlet = self.outlet_before(token)
        if outlet is not None and (spoke is None or outlet.start > spoke.start):  # "the agency": the one just quoted
            return Speaker(outlet.text, outlet.start_char, outlet.end_char, token.idx)
        headed = self.group_headed_by(token, named_in_content)  # "the agency": "Oversight Agency"
        if spoke is not None and headed is not None and token.lemma_.lower() not in company_nouns():
            spoke = None  # "NEU Cymru said ... The council said": the council named before, not the union
        same = self.named_beside(earlier) if (earlier := self.same_noun_before(token)) is not None else None
        if spoke is not None and name_key(spoke) not in named_in_content:  # "Norvik said ... The company said"
            if same is not None and same.start > spoke.end_char:  # "Croatian Forests, the state company that ..."
                return same._replace(written=token.idx)
            return Speaker(spoke.text, spoke.start_char, spoke.end_char, token.idx)
        if headed is not None:
            if same is not None and same.start > headed.start_char:
                return same._replace(written=token.idx)  # "the campaign group Fair Parking for Patients", named since
            return Speaker(headed.text, headed.start_char, headed.end_char, token.idx)
        if labels and (again := self.same_group_spoke_before(token, labels)) is not None:
            if same is not None and same.start > again.end_char:
                return same._replace(written=token.idx)
            if name_key(again) not in named_in_content:
                return Speaker(again.text, again.start_char, again.end_char, token.idx)
        if is_document(token) and (author := self.author_given_before(token, named_in_content)) is not None:
            return author
        if is_bare(token) and (earlier := self.same_noun_before(token)) is not None:
            if (writer := document_writer(earlier)) is not None:  # "Acme said in a statement" ... "the statement"
                return self.resolve(writer, named_in_content)._replace(written=token.idx)
            # "Javed Ali, a ... professor" ... "the professor"; or, before "the charity's chief executive", the
            # "Muscle Forward, a charity" that introduced it
            same = [self.doc[i] for i in self.nouns[token.lemma_.lower()] if i <= earlier.i]
            for mention in reversed(same):
                if mention.tag_ == earlier.tag_ and (named := self.named_beside(mention)) is not None:
                    return named._replace(written=token.idx)
            if (group := self.group_referent(token, named_in_content)) is not None:
                return group
            if (opening := opening_organisation(token)) is not None and opening.start > earlier.i:
                return Speaker(opening.text, opening.start_char, opening.end_char, token.idx)
            start, end = noun_phrase(earlier)
            return Speaker(doc_text(self.doc)[start:end], unnamed_start(earlier, start), end)
        if (described := self.described_group(token, named_in_content)) is not None:
            return described
        return None

    def named_beside(self, noun: Token) -> "Speaker | None":
        """The name a description is set beside: "Javed Ali, a professor", "its spokesperson, Mei Tanaka,", "Muscle
        Forward, a charity" (a proper noun the model left untagged)."""
        set_beside = noun.dep_ == "appos" and not is_hung_speaker(noun)  # not "of Kintai, the rescue service said"
        named = (
            entity_of(noun.head)
            if set_beside
            else (described_name(noun) or closing_name(noun) or name_given_in_clause(noun))
        )
        if named is not None:
            return Speaker(named.text, named.start_char, named.end_char)
        if set_beside and noun.head.pos_ == "PROPN":
            start, end = noun_phrase(noun.head)
            return Speaker(doc_text(self.doc)[start:end], start, end)
        return None

    def author_given_before(self, document: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """ "The review, led by Rosalind Achebe, examined ... The review found ...": the author named at an earlier
        mention of the same document noun, the latest that names one in its own phrase or as its sender or writer
        ("a letter the company sent", "In a judgment, the bench said", "a report by the agency"); each earlier
        mention is read by itself, not through the mentions before it, and when none names one, the author the
        first mention takes from what came before it. Without an earlier mention, the author of the
        last document that spoke, under another noun ("The review, carried out by Halsey Crane, said ... The report
        said"), or who wrote in the sentence before ("Pryce wrote to staff. The letter said"; "Osei said the charity
        had written to the minister. The letter urged")."""
        same = [i for i in self.nouns.get(document.lemma_.lower(), []) if i < document.i and not self.quoted[i]]
        for i in reversed(same):
            earlier = self.doc[i]
            if earlier.tag_ == document.tag_ and (author := self.author_of(earlier, document, named_in_content)):
                return author
        if same:  # the first mention, named by what came before it: "The CMA said in its findings ... the report"
            first = self.doc[same[0]]
            if any(c.dep_ == "poss" for c in first.children):  # "His report found": whoever "his" is
                return None
            author = self.author_given_before(first, named_in_content)
            return author._replace(written=document.idx) if author is not None else None
        spoke = [
            i
            for lemma, seen in self.nouns.items()
            if lemma != document.lemma_.lower() and lemma in source_documents()
            for i in seen
            if i < document.i and (is_speaker(self.doc[i]) or spoken_in_own(self.doc[i]))
        ]
        if spoke and (author := self.author_of(self.doc[max(spoke)], document, named_in_content)) is not None:
            return author
        if document.sent.start > 0 and is_definite(document):
            kinds = [c.lemma_.lower() for c in document.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            wrote = [
                t
                for t in self.doc[document.sent.start - 1].sent
                if t.pos_ == "VERB" and (t.lemma_ == "write" or any(is_deed_of(t, kind) for kind in kinds))
            ]
            subject = next((c for c in wrote[-1].children if c.dep_ == "nsubj"), None) if wrote else None
            if subject is not None and self.dateline and self.dateline[subject.i]:
                subject = speaker_token(wrote[-1], self.dateline)  # "BOULDER, Colo. — Ridgeline is recalling"
            if subject is not None and subject.tag_ == "WDT" and wrote[-1].dep_ == "relcl":
                subject = wrote[-1].head  # "North Kesteven District Council, which inspected it in May"
            if subject is not None:
                return self.resolve(subject, named_in_content)._replace(written=document.idx)
        if (doer := self.deed_doer(document)) is not None:
            return self.resolve(doer, named_in_content)._replace(written=document.idx)
        if (author := self.author_called_later(document)) is not None:
            return Speaker(author.text, author.start_char, author.end_char, document.idx)
        return None

    def author_called_later(self, document: Token) -> Span | None:
        """The name set beside a document's author further on: "The audit's author, City Auditor Denise Whitlow,
        said" for "an audit released on Monday found"."""
        for i in self.nouns.get(document.lemma_.lower(), []):
            writer = self.doc[i].head
            if i > document.i and self.doc[i].dep_ == "poss" and writer.lemma_.lower() in AUTHOR_NOUNS:
                named = next((entity_of(c) for c in writer.children if c.dep_ == "appos" and entity_of(c)), None)
                if (named := named or name_after_comma(writer)) is not None and named.label_ == "PERSON":
                    return named
        return None

    def deed_doer(self, document: Token) -> Token | None:
        """Who did, earlier in the story, the act a document's noun names: "its organiser" of "its organiser filed
        for bankruptcy ... according to a filing"; the subject of the latest such verb."""
        noun = document.lemma_.lower()
        deeds = [t for t in self.doc[: document.i] if t.pos_ == "VERB" and nominalises(noun, t.lemma_.lower())]
        for verb in reversed(deeds):
            if (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is not None:
                return subject
        return None

    def author_of(self, earlier: Token, document: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """The author an earlier mention of a document names, by itself: in its phrase, or as its sender or
        writer, resolved like a speaker (see author_given_before)."""
        author = document_author(earlier)
        # "a letter the company sent", "in a statement", "a report by the agency", "the board's written ruling"
        owner = next((c for c in earlier.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
        sender = relative_writer(earlier) or document_writer(earlier) or phrase_writer(earlier) or owner
        if sender is None and spoken_in_own(earlier):  # "The CMA said in its provisional findings"
            sender = next((c for c in earlier.head.head.children if c.dep_ == "nsubj"), None)
        if author is None and sender is not None and not is_document(sender):
            said = self.resolve(sender, named_in_content)
            author = next((e for e in self.doc.ents if (e.start_char, e.end_char) == (said.start, said.end)), None)
            if author is None and sender.pos_ == "NOUN":  # "the agency", linked to its name as where it stands
                return said._replace(written=document.idx)
        if author is None and sender is None:  # "rated inadequate by Ofsted ..., according to a report": Ofsted's
            author = self.led_by(earlier.lemma_.lower()) or (judge_of(earlier) if is_indefinite(earlier) else None)
        if author is not None and author.label_ in ("PERSON", "ORG"):
            return Speaker(author.text, author.start_char, author.end_char, document.idx)
        return None

    def led_by(self, noun: str) -> Span | None:
        """Who a sentence of its own says led or wrote a document or inquiry: "The inquiry was led by a retired
        chief fire officer, Margaret Hollis" (a person named for a person noun, else the first name given)."""
        for i in self.nouns.get(noun, []):
            verb = self.doc[i].head
            if self.doc[i].dep_ != "nsubjpass" or verb.lemma_.lower() not in LEADING_VERBS:
                continue
            for by in (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"):
                named = [e for e in self.doc.ents if by.left_edge.i <= e.start and e.end <= by.right_edge.i + 1]
                named = [e for e in named if e.label_ in ("PERSON", "ORG")]
                person = by.lemma_.lower() in person_nouns() or by.ent_type_ == "PERSON"
                return next((e for e in named if e.label_ == "PERSON" or not person), None)
        return None

    def outlet_before(self, token: Token) -> Span | None:
        """ "..., the China Daily said. ..., the newspaper said": the news outlet that spoke last before an outlet
        noun, not the company its story is about. An outlet is named as one ("China Daily", "Zycie Warszawy
        daily") or reports, writes or quotes ("Ziarul Financiar reported")."""
        if token.lemma_.lower() not in outlet_nouns():
            return None
        before = self.groups[: bisect.bisect_left(self.group_starts, token.i)]
        named = [
            e
            for e in before
            if e.label_ == "ORG"
            and outlet_spoke(e)
            and (is_named_outlet(e) or described(e.root).head.lemma_ in OUTLET_VERBS)
        ]
        written = [  # "the Aftenposten daily said", whatever the model took the name for
            Span(self.doc, names[0].i, names[-1].i + 1)
            for t in self.doc[: token.i]
            if t.lemma_.lower() in outlet_nouns()
            and is_speaker(t)
            and (names := [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
        ]
        return max(named + written, key=lambda e: e.start, default=None)

    def pronoun_referent(self, token: Token, named_in_content: frozenset[str]) -> "Span | None":
        """The person or group a pronoun or person noun ("she", "the spokesperson", "they") refers back to."""
        lower = token.lower_
        if lower in PERSON_PRONOUNS or (
            is_definite_description(token) and token.lemma_.lower() in person_nouns() and not is_introduced(token)
        ):
            named_in_content |= own_subject_names(token)
            named = self.preceding(
                self.persons, self.person_starts, token.i, PRONOUN_GENDER.get(lower), named_in_content
            )
            chained = self.pronoun_speaker_before(token) if lower in ("he", "she") else None
            if (
                chained is not None
                and (named is None or named.start < chained.i or not is_speaker(named.root))
                and not (named is not None and in_clause_of_subject(chained, named.root))
            ):
                carried = self.pronoun_referent(chained, named_in_content) if chained.pos_ == "PRON" else None
                if chained.pos_ != "PRON":  # "..., the prosecutor said. ..., she said": whom the prosecutor is
                    said = self.resolve(chained, named_in_content)
                    carried = self.doc.char_span(said.start, said.end)
                    carried = carried if carried is not None and carried.root.ent_type_ == "PERSON" else None
                if carried is not None and self.genders.get(carried.text) in (None, PRONOUN_GENDER[lower]):
                    return carried  # not a he for the woman "the commander" was taken for
            return named
        if lower in GROUP_PRONOUNS and not (lower == "they" and self.plural_subject_before(token) is not None):
            return self.preceding(self.groups, self.group_starts, token.i, None, named_in_content)
        return None

    def group_referent(self, noun: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """The organisation a kind noun ("the company", "a company statement") stands for: the only one of its kind
        named nearby (`described_group`), else the last one of its kind that spoke, when none of its kind has been
        named since."""
        labels = group_labels(noun)
        if not labels:
            return None
        if (described := self.described_group(noun, named_in_content)) is not None:
            return described
        before = self.groups[: bisect.bisect_left(self.group_starts, noun.i)]
        earlier = [e.text for e in before]
        kind = [e for e in before if e.label_ in labels and not is_named_outlet(e)]
        spoke = [  # "the carrier": not the union (RMT) that spoke since
            k for k, e in enumerate(kind) if is_speaker(e.root) and self.fits(noun.lemma_.lower(), e, earlier)
        ]
        if (
            not spoke
            or name_key(kind[spoke[-1]]) in named_in_content
            or any(name_key(e) != name_key(kind[spoke[-1]]) for e in kind[spoke[-1] :])
        ):
            return None
        speaker = kind[spoke[-1]]
        return Speaker(speaker.text, speaker.start_char, speaker.end_char, noun.idx)

    def named_later(self, token: Token) -> Span | None:
        """A person described by role before anyone is named ("Portugal's finance minister on Tuesday defended
        the cuts, saying ..."): news leads name them in the next paragraph as a speaker ("..., Marta Vieira told
        lawmakers"). That person, when no one is named before the description; "a senior official" stays unnamed.
        A description that says more than its role ("the provincial military chief said ...", "its director of
        digital services said", "its chairman, a former crane driver, said") may follow other people: it is then
        the new person named as a speaker in the next sentence ("Commander Ali Zaman said ...")."""
        if token.pos_ == "NUM":  # "One of the survivors, a 23-year-old deckhand, said": the deckhand
            token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), token)
        if token.ent_type_ == "PERSON" or token.pos_ not in ("NOUN", "PROPN"):
            return None
        if (owner := self.owner_named_next(token)) is not None:
            return owner
        if is_indefinite(token):
            return self.introduced_then_named(token)
        if token.lemma_.lower() not in person_nouns() or not is_definite(token):
            return None
        if any(t.lower_ == token.lower_ and is_definite(t) for t in self.doc[: token.sent.start]):
            return None  # "Australia's Governor-General ... The Governor-General says": no one new
        if (echoed := self.role_echoed_later(token)) is not None:
            return echoed
        named_before = [e for e in self.persons if e.start < token.i]
        specific = any(
            c.dep_ in ("amod", "compound", "nmod", "appos", "relcl") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in token.children
        )  # "His solicitor, who represented him at the hearing,"
        if named_before and not specific:
            return None
        last = token.sent.end
        for _ in range(1 if named_before else 3):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        return next(
            (
                e
                for e in self.persons
                if token.i < e.start < last and is_speaker(e.root) and not named_as_before(e, named_before)
            ),
            None,
        )

    def role_echoed_later(self, noun: Token) -> Span | None:
        """ "..., the village's mayor said. ... said Ion Grosu, who has been mayor since 2019": the person named as a
        speaker in the next three sentences (a quotation may come first) with the same role in their own description
        or title, whoever was named before."""
        role = noun.lemma_.lower()
        last = self.sentence_end_after(noun, 3)
        for e in self.persons:
            if not noun.sent.end <= e.start < last or not is_speaker(e.root):
                continue
            described = [t for t in e.root.subtree if not e.start <= t.i < e.end]
            titled = self.doc[e.start - 1 : e.start] if e.start > 0 else []
            if any(t.lemma_.lower() == role for t in [*described, *titled]):
                return e
        return None

    def owner_named_next(self, noun: Token) -> Span | None:
        """ "A call centre ... will close, the centre's owner said ... Clarion Contact Services ... said": the owner
        or operator of a thing, not of a person ("his", "Smith's"), is the organisation that speaks in the next two
        sentences."""
        if noun.lemma_.lower() not in OWNER_NOUNS or noun.tag_ == "NNS":
            return None
        possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
        thing = possessor is not None and (
            possessor.lower_ == "its"
            or (possessor.pos_ == "NOUN" and not possessor.ent_type_ and possessor.lemma_ not in person_nouns())
        )
        if not thing:
            return None
        last = noun.sent.end
        for _ in range(2):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        return next(
            (e for e in self.groups if e.label_ == "ORG" and noun.sent.end <= e.start < last and is_speaker(e.root)),
            None,
        )

    def introduced_then_named(self, token: Token) -> Span | None:
        """ "A leading Adelaide microbiologist says ... Associate Professor John Turnidge ... says": a person
        introduced by what they are, with more than the role ("a leading ... microbiologist", not "an expert"),
        and named as the speaker of the next sentence, whom nobody named before and whose given name does not
        say otherwise ("A local woman said ... Tom Reyes said" is no Tom). Roles of people news leaves unnamed ("a
        senior official") introduce no one, nor do organisations and documents ("a local charity")."""
        noun = token.lemma_.lower()
        if noun in unnamed_roles() or noun in group_nouns() or is_document(token) or token.pos_ != "NOUN":
            return None
        if not any(c.dep_ in ("amod", "compound", "nmod", "relcl") for c in token.children):
            return None  # "An engineer who has examined a dozen failures said": more than the role
        following = self.doc[token.sent.end].sent if token.sent.end < len(self.doc) else None
        known = {name_key(e) for e in self.persons if e.start < token.i}
        gender = NOUN_GENDER.get(noun)
        named_next = next(
            (
                e
                for e in self.persons
                if following is not None
                and following.start <= e.start < following.end
                and is_speaker(e.root)
                and name_key(e) not in known
                and self.genders.get(e.text) in (None, gender or self.genders.get(e.text))
            ),
            None,
        )
        return named_next or self.titled_later(token, known)

    def titled_later(self, token: Token, known: set[str]) -> Span | None:
        """ "A federal judge ... sentenced him ... U.S. District Judge Loretta Kwan told Voss": the first person
        named later within a few sentences with the description's noun in their title, whom nobody named before."""
        last = token.sent.end
        for _ in range(TITLED_LATER_SENTENCES):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        noun = token.lemma_.lower()
        return next(
            (
                e
                for e in self.persons
                if token.i < e.start < last
                and name_key(e) not in known
                and noun in {t.lemma_.lower() for t in title_before(e)}
            ),
            None,
        )

    def author_named_later(self, document: Token) -> Span | None:
        """ "A new report suggests ... The report issued by the Australia Institute says": who wrote a document
        a lead introduces before naming its author, the author given with the same noun made definite later,
        before the story brings in another document of that noun ("a second survey")."""
        later = [self.doc[i] for i in self.nouns.get(document.lemma_.lower(), []) if i > document.i]
        same = itertools.takewhile(lambda t: not is_indefinite(t), later)
        return next((author for t in same if (author := document_author(t)) is not None), None)

    def same_group_named_later(self, noun: Token) -> Span | None:
        """An organisation's noun named beside the same noun soon after (organisation_named_beside_later), whatever
        other organisations came before: "The state-owned company responsible for the channel said ... The company,
        TasPorts, said"; also a government's ("the island's government said ... The government, the Cabildo de
        Lanzarote, said") and the police's ("the country's police said ... The police, the Namibian Police Force,
        said"), which stand for no other body."""
        if not is_common_noun(noun) or not (
            {"ORG", "GPE"} & (group_labels(noun) or frozenset()) or noun.lower_ in FORCES_NAMED_LATER
        ):
            return None
        return self.organisation_named_beside_later(noun)

    def same_noun_named_later(self, noun: Token) -> Span | None:
        """ "A spokesman for the operator said ... The spokesman, Daniel Okoro, said ...": a person introduced by
        a noun and named beside the same noun made definite or "the woman" or "the man", beside the role's verb ("a
        prosecutor said ... Rebecca Thorne, prosecuting, told the jury") or after it as a title ("Crown prosecutor
        Elizabeth Nguyen told the court"), in the next two sentences."""
        if noun.pos_ != "NOUN" or noun.ent_type_:
            return None
        last = noun.sent.end
        for _ in range(2):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        lemma = noun.lemma_.lower()
        same = self.nouns.get(lemma, [])
        if lemma not in group_nouns() and not is_document(noun):  # "a claims handler ... The woman, Denise Farrow,"
            same = sorted(same + [i for word in ("woman", "man") for i in self.nouns.get(word, [])])
        for i in same:
            later = self.doc[i]
            if noun.sent.end <= i < last and is_definite(later):
                for child in later.children:
                    if child.dep_ == "appos" and (ent := entity_of(child)) is not None and ent.label_ == "PERSON":
                        return ent
        return next(
            (
                e
                for e in self.persons
                if noun.sent.end <= e.start < last
                and is_speaker(e.root)
                and (acts_as(e, lemma) or any(title_word(t) == lemma for t in title_before(e)))
            ),
            None,
        )

    def spokesperson_named_next(self, noun: Token) -> Span | None:
        """ "A spokeswoman for the bank said ... Harriet Sowerby said ...": the person who speaks first in the next
        sentence, named there for the first time with nothing beside the name, is the spokesperson."""
        if noun.lemma_.lower() not in SPOKESPERSON_NOUNS or noun.sent.end >= len(self.doc):
            return None
        following = self.doc[noun.sent.end].sent
        speaker = next((e for e in self.persons if following.start <= e.start < following.end), None)
        if speaker is None or not is_speaker(speaker.root) or title_before(speaker):
            return None
        if any(c.dep_ in ("appos", "acl", "relcl") for c in speaker.root.children):
            return None
        gender = self.genders.get(speaker.text)
        if gender is not None and SPOKESPERSON_NOUNS[noun.lemma_.lower()] not in (None, gender):
            return None
        named_before = any(e.start < speaker.start and e[-1].text == speaker[-1].text for e in self.persons)
        return None if named_before else speaker

    def owned_role_holder(self, noun: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """ "the museum's director said ... Dr Helen Marsh, who has led the museum since 2017, said": a role of an
        organisation the writer does not name there, held by the person first named as the speaker of the next
        sentence that names anyone; said again ("The company's chief executive said" after "The company's chief
        executive described the pause ... Mette Lund told analysts"), the one it stood for before."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in person_nouns() or noun.dep_ not in SUBJECTS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN" or entity_of(owner) is not None or not is_definite(owner):
            return None
        same = [
            t
            for t in self.doc[: noun.sent.start]
            if t.lemma_ == noun.lemma_ and any(c.dep_ == "poss" and c.lemma_ == owner.lemma_ for c in t.children)
        ]
        if same:
            earlier = self.resolve(same[-1], named_in_content)
            named = any((e.start_char, e.end_char) == (earlier.start, earlier.end) for e in self.persons)
            return earlier._replace(written=noun.idx) if named else None
        person, end = None, noun.sent.end
        for _ in range(2):  # the next sentence naming anyone, past one that only goes on quoting
            if person is not None or end >= len(self.doc):
                break
            following = self.doc[end].sent
            person, end = (
                next((e for e in self.persons if following.start <= e.start < following.end), None),
                following.end,
            )
        if person is None or not (is_speaker(person.root) or is_subject(person.root)):
            return None
        if any(e.start < noun.i and e[-1].text == person[-1].text for e in self.persons):
            return None  # named before: someone else's words
        return Speaker(person.text, person.start_char, person.end_char, noun.idx)

    def owned_role_named_later(self, noun: Token) -> Span | None:
        """ "Verbeke's lawyer said ... Marc Dewulf, a Brussels sports lawyer, said ...": a role someone named has
        (never that someone), filled by the speaker of the next sentence set beside the same noun."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in person_nouns():
            return None
        if not any(c.dep_ == "poss" and entity_of(c) is not None for c in noun.children):
            return None
        following = self.doc[noun.sent.end].sent if noun.sent.end < len(self.doc) else None
        for e in self.persons:
            if following is not None and following.start <= e.start < following.end and is_speaker(e.root):
                if any(c.dep_ == "appos" and c.lemma_ == noun.lemma_ for c in e.root.children):
                    return e
        return None

    def role_named_beside_next(self, noun: Token) -> Span | None:
        """ "..., according to the district's mayor. The mayor, Teodoro Quispe, told ...": a role held by no one
        named yet, named beside the same noun, definite, in the next sentence."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in person_nouns() or not is_definite(noun):
            return None
        if noun.sent.end >= len(self.doc):
            return None
        for later in self.doc[noun.sent.end].sent:
            if later.lemma_ == noun.lemma_ and is_definite(later):
                for child in set_beside(later):
                    if (ent := entity_of(child)) is not None and ent.label_ == "PERSON":
                        return ent
        return None

    def group_named_later(self, noun: Token) -> Span | None:
        """ "An Iraqi Kurdish group told Reuters ... Faik Nerweyi of the Kurdistan Democratic Party told Reuters":
        an organisation a lead introduces by its kind and more ("an Iraqi Kurdish group", "the health service
        watchdog", "the company that runs the mine", "Spain's maritime rescue service", not "a group" nor "the
        Yonhap news agency", which names itself), named in the next three sentences (a quotation
        may come first) as a speaker, a source "according to", the one a speaker is "of", or the author of a
        document that speaks ("A report by the Care Quality Commission found", "An email sent by ... said"); any
        such noun, when the same noun comes back with the name beside it ("the operator said ... The operator, Delta
        Quay Terminals, said")."""
        described = any(c.dep_ in ("amod", "compound") for c in noun.children)
        service = noun.lemma_.lower() == "service" and described  # "Spain's maritime rescue service"
        if ("ORG" not in (group_labels(noun) or frozenset()) and not service) or noun.pos_ != "NOUN":
            return None  # also "the region's wine trade body"
        if any(c.dep_ in ("compound", "nmod") and c.ent_type_ for c in noun.children):
            return None  # "the Yonhap news agency" names itself
        if (same := self.organisation_named_beside_later(noun)) is not None:
            return same
        last = self.sentence_end_after(noun, 3)
        if not any(c.dep_ in ("amod", "compound", "nmod", "relcl") for c in noun.children):
            return None  # "the company that runs the mine said"
        for e in self.groups:
            if e.label_ != "ORG" or not noun.sent.end <= e.start < last:
                continue
            of = e.root.head
            kind = self.doc[e.start - 2] if e.start > 1 and self.doc[e.start - 1].text == "," else e.root
            if is_speaker(e.root) or is_according_to(e.root) or is_according_to(kind):
                return e  # "according to the operator, Minera Cerro Pardo", however the parser hung the name
            if of.lower_ == "of" and of.head.ent_type_ == "PERSON" and is_speaker(of.head):
                return e
            written = of.head.head if of.head.dep_ == "acl" else of.head  # "An email sent ... by Marshlight Events"
            if of.lower_ == "by" and is_document(written) and is_speaker(written):
                return e
        return None

    def organisation_named_beside_later(self, noun: Token) -> Span | None:
        """The organisation named beside the same noun, definite, in the next three sentences: "the operator said
        ... The operator, Delta Quay Terminals, said"; a government's place, too ("The local government, Valmiera
        Municipality, said"); one first brought in with "a" may be named beside "the group" or "the organisation"
        ("An association of franchise owners said ... The group, the Sarang Franchisees' Council, said")."""
        last = self.sentence_end_after(noun, 3)
        lemma = noun.lemma_.lower()
        umbrella = is_indefinite(noun) or lemma in UMBRELLA_GROUP_NOUNS | {"body"}
        governed = GOVERNED_NOUNS | {"government"} if lemma == "government" else frozenset()
        lemmas = {lemma} | (UMBRELLA_GROUP_NOUNS | {"service"} if umbrella else frozenset()) | governed
        for i in sorted(i for lemma in lemmas for i in self.nouns.get(lemma, [])):
            later = self.doc[i]
            if noun.sent.end <= i < last and is_definite(later):
                for child in set_beside(later):
                    if child.ent_type_ in SPEAKING_BODIES or (
                        later.lemma_.lower() in governed and child.ent_type_ == "GPE"
                    ):
                        return entity_span(child)
        return None

    def body_named_next(self, noun: Token, same_noun: bool = False) -> Span | None:
        """ "A funeral home in Kumasi that handles 600 burials a year said ... The firm, Everlasting Rest Funeral
        Services, said": something brought in with "a" as a speaker, no person, that the next sentence names beside
        a noun of organisations as its own speaker (with `same_noun`, beside the same noun: "The service that
        answers most of those calls said ... The service, HM Coastguard, said")."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() in person_nouns() or noun.sent.end >= len(self.doc):
            return None
        following = self.doc[noun.sent.end].sent
        for later in following:
            if same_noun and later.lemma_ != noun.lemma_:
                continue
            if "ORG" in (group_labels(later) or frozenset()) and is_definite(later) and is_speaker(later):
                return next(
                    (ent for c in set_beside(later) if (ent := entity_of(c)) is not None and ent.label_ == "ORG"),
                    None,
                )
        return None

    def sentence_end_after(self, token: Token, sentences: int) -> int:
        """The end of the `sentences`-th sentence after a token's own."""
        last = token.sent.end
        for _ in range(sentences):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        return last

    def groups_before(self, token: Token, label: str) -> bool:
        """Whether the text names an organisation (or place) of `label` before `token`."""
        return any(e.label_ == label for e in self.groups[: bisect.bisect_left(self.group_starts, token.i)])

    def outlet_named_later(self, noun: Token) -> Span | None:
        """ "A British newspaper said ... The Sunday Telegraph quoted ...": the news outlet a lead introduces by its
        kind, named as a speaker in the next two sentences."""
        if noun.lemma_.lower() not in outlet_nouns():
            return None
        last = noun.sent.end
        for _ in range(2):
            last = self.doc[last].sent.end if last < len(self.doc) else last
        return next(
            (e for e in self.groups if noun.i < e.start < last and is_named_outlet(e) and outlet_spoke(e)), None
        )

    def asked_before(self, token: Token) -> Token | None:
        """ "'Will your sponsors stay?' a Dutch journalist asked Claes. 'You would have to ask them,' he said": when
        the last to speak in this or the previous sentence asked someone ("Claes", "the minister"), "he" or "she"
        is the one who answers, not the one who asked. Not an asking someone reports ("said the board had "never asked
        a captain""): he or she is who reported it."""
        start = previous_sentence_start(token)
        for t in reversed(self.doc[start : token.i]):
            if t.dep_ != "nsubj" or t.head.lemma_.lower() not in speech_verbs() or self.quoted[t.i]:
                continue
            if t.head.lemma_.lower() == "ask" and (self.quoted[t.head.i] or t.head.dep_ in ("ccomp", "conj")):
                continue
            if t.head.lemma_.lower() != "ask":
                return None
            for asked in (c for c in t.head.children if c.dep_ in ("dobj", "dative")):
                name = entity_of(asked)
                if name is not None and name.label_ == "PERSON":
                    return asked if self.genders.get(name.text) in (None, PRONOUN_GENDER[token.lower_]) else None
                if name is None and asked.pos_ == "NOUN" and asked.lemma_.lower() in person_nouns():
                    return asked
            return None
        return None

    def unnamed_speaker_before(self, token: Token) -> Token | None:
        """ "..., a staff member told AFP. "...," he said": a person nobody names, who spoke last in this or the
        previous sentence outside quotation marks, is whom "he" or "she" carries on, not a name mentioned before
        them."""
        start = previous_sentence_start(token)
        for t in reversed(self.doc[start : token.i]):
            if t.dep_ != "nsubj" or t.head.lemma_.lower() not in speech_verbs() or t.i == token.i or self.quoted[t.i]:
                continue  # not one the quotation speaks of ("had “waited for a drought to find its heritage.” He")
            unnamed = (  # "a staff member", "a doctor", not "a report" or "a company"
                t.pos_ == "NOUN"
                and not is_document(t)
                and t.lemma_.lower() not in group_nouns()
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                and self.appositive_speaker(t) is None
                and closing_name(t) is None
            )
            return t if unnamed else None
        return None

    def pronoun_speaker_before(self, token: Token) -> Token | None:
        """ "He says he can provide documents. "...," he said": the same pronoun as the subject of a speech verb in
        this or the previous sentence, which the writer carries on; whom it stands for is whom `token` does, not a
        name mentioned since in passing."""
        start = previous_sentence_start(token)
        gender = PRONOUN_GENDER.get(token.lower_)
        return next(
            (
                t
                for t in reversed(self.doc[start : token.i])
                if (t.lower_ == token.lower_ or self.is_person_description(t, gender))
                and t.dep_ == "nsubj"
                and t.head.lemma_.lower() in speech_verbs()
                and not self.quoted[t.i]
            ),
            None,
        )

    def is_person_description(self, token: Token, gender: str | None) -> bool:
        """ "the prosecutor", "the commander": a definite description of a person a he or she of `gender` carries on
        ("..., the prosecutor said. ..., she said")."""
        return (
            is_definite_description(token)
            and token.lemma_.lower() in person_nouns()
            and NOUN_GENDER.get(token.lemma_.lower()) in (None, gender)
        )

    def source_before(self, token: Token) -> Token | None:
        """ "The bulletin says ... It also says": the document or organisation noun that spoke last in this or the
        previous sentence (also "the Rhineland-Palatinate water police", or a noun named beside as a body: "The
        police, the Namibian Police Force, said"), or the document or organisation whose sentence it is the subject
        of ("The review examined 1,862 cases. It concluded ...", "The club rejected that. In a statement, it said"),
        which "it" carries on before any name it mentions; or the "it" that spoke there ("..., the agency said. ...,
        it said. ..., it said"), which stands for the same; else a document someone wrote "in" there ("In a
        statement released through the federation, she thanked ... "...," it said")."""
        start = previous_sentence_start(token)
        before = self.doc[start : token.i]
        return next(
            (
                t
                for t in reversed(before)
                if t.dep_ == "nsubj"
                and not t.left_edge.i <= token.i <= t.right_edge.i  # "A report it published found": not itself
                and not is_reported_subject(t)  # "said an inspection had found ... It said": the one who said it
                and (
                    t.head.lemma_.lower() in speech_verbs()
                    or (t.pos_ == "NOUN" and (is_document(t) or is_group_noun(t)) and t.head.dep_ == "ROOT")
                )
                and (
                    (t.pos_ == "NOUN" and (is_document(t) or is_group_noun(t) or names_body_beside(t)))
                    or is_place_institution(t)
                    or (t.lower_ == "it" and not self.quoted[t.i])
                )
            ),
            None,
        ) or next((t for t in reversed(before) if written_by_another(t, token) and not self.quoted[t.i]), None)

    def document_owner(self, its: Token) -> Token | None:
        """Whose document "its" is: the only organisation named before it in its own sentence ("the cases the
        Housing Ombudsman handled, according to its annual report"), else the organisation described as the subject
        of the sentence before ("The group wrote to the board. Its letter said")."""
        sentence = its.sent
        before = [e for e in self.groups if sentence.start <= e.start and e.end <= its.i and e.label_ == "ORG"]
        if len(before) == 1:
            return before[0].root
        return self.source_before(its) if not before else None

    def plural_subject_before(self, token: Token) -> Token | None:
        """A plural noun subject in this or the previous sentence ("The sources claimed ... They also said"):
        what "they" refers to before any organisation."""
        start = previous_sentence_start(token)
        return next((t for t in reversed(self.doc[start : token.i]) if t.dep_ in SUBJECTS and t.tag_ == "NNS"), None)

    def is_person(self, speaker: "Speaker") -> bool:
        """Whether a resolved speaker span is a person's name or a description of a person."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and (span.root.ent_type_ == "PERSON" or span.root.lemma_.lower() in person_nouns())

    def same_noun_before(self, token: Token) -> Token | None:
        """ "the doctor" after "A doctor on the scene told Ruptly": the earlier mention of the same noun, in the same
        number ("the families" are not "his family"), heading its phrase ("the council" is not "council leader X")."""
        seen = [i for i in self.nouns.get(token.lemma_.lower(), []) if self.doc[i].dep_ != "compound"]
        k = bisect.bisect_left(seen, token.i)
        earlier = self.doc[seen[k - 1]] if k > 0 else None
        return earlier if earlier is not None and (earlier.tag_ == "NNS") == (token.tag_ == "NNS") else None

    def titled_person(self, token: Token) -> Span | None:
        """The person before `token` named with its noun as a title ("Prime Minister X", "X, the minister") or by
        what they do ("X, prosecuting"); of several, the one mentioned last ("The company's chief executive, Claire
        Hennessy ... Marcus Bell, chief executive of the retail forum ... Hennessy told reporters ... the chief
        executive said": Hennessy). Not for a noun of an organisation ("the council" is no "council leader")."""
        noun = token.lemma_.lower()
        if (is_group_noun(token) or noun in body_name_ends()) and noun not in person_nouns():
            return None
        before = self.persons[: bisect.bisect_left(self.person_starts, token.i)]
        titled: dict[str, Span] = {}
        for ent in before:
            title = title_before(ent)
            appositions = [c for c in ent.root.children if c.dep_ == "appos"]
            if ent.root.dep_ == "appos":  # "the Governor-General, Dr Peter Hollingworth"
                appositions.append(ent.root.head)
            if any(title_word(t) == noun for t in title + appositions) or acts_as(ent, noun):
                titled[name_key(ent)] = ent
        return next((titled[name_key(e)] for e in reversed(before) if name_key(e) in titled), None)

    def described_group(self, token: Token, named_in_content: frozenset[str]) -> "Speaker | None":
        """An organisation or place a description names by its kind ("the group", "the retailers"): the country
        its nationality names ("the Jordanian government"), else the last one introduced as of that kind
        ("Solvang, a Copenhagen biotech company"), else, when the sentence and the two before it leave one choice
        (or, naming none, the whole story before does), the only one of that kind not named in what it reports, or
        for a plural the last names joined by "and" ("Walmart and Target ... the retailers said"). A business noun
        stands for no union or authority (`fits_kind`), and an organisation told something is the press."""
        labels = group_labels(token)
        if not labels:
            return None
        if (owner := place_named_in(token)) is not None:  # "the Campania regional government": named by its place
            start, end = owner.left_edge.idx, token.idx + len(token)
            return Speaker(doc_text(self.doc)[start:end], start, end)
        k = bisect.bisect_left(self.group_starts, token.i)
        named_by = [c.text for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_]
        if named_by:  # "the Jordanian government" is Jordan's, whatever was named last
            countries = [e for e in self.groups[:k] if any(is_country_of(e.text, n) for n in named_by)]
            if not countries:
                return None
            return Speaker(countries[-1].text, countries[-1].start_char, countries[-1].end_char, token.idx)
        noun = token.lemma_.lower()
        earlier = [e.text for e in self.groups[:k]]
        introduced = [e for e in self.groups[:k] if noun in introduced_kinds(e) and name_key(e) not in named_in_content]
        if introduced and token.tag_ != "NNS":  # "Solvang, a Copenhagen biotech company" ... "the company"
            return Speaker(introduced[-1].text, introduced[-1].start_char, introduced[-1].end_char, token.idx)
        sentence = self.doc[token.i].sent.start
        for _ in range(2):
            sentence = self.doc[sentence - 1].sent.start if sentence > 0 else sentence
        fitting = [
            e
            for e in self.groups[:k]
            if e.label_ in labels
            and name_key(e) not in named_in_content
            and not is_named_outlet(e)
            and self.fits(noun, e, earlier)
            and not is_audience(e)
        ]
        near = [e for e in fitting if e.start >= sentence] or (fitting if token.tag_ != "NNS" else [])
        if token.tag_ == "NNS":
            joined = [e for e in near if e.root.dep_ == "conj" and e.root.head.pos_ == "PROPN"]
            if not joined:
                return None
            first, last = noun_phrase(joined[-1].root.head)[0], joined[-1].end_char
            return Speaker(doc_text(self.doc)[first:last], first, last)
        if len({name_key(e) for e in near}) != 1:
            return None
        return Speaker(near[-1].text, near[-1].start_char, near[-1].end_char, token.idx)

    def group_headed_by(self, token: Token, named_in_content: frozenset[str]) -> Span | None:
        """The last organisation before a bare singular description whose name ends in its noun or has it as its
        head: "the agency" of "the Mining Oversight Agency", "the ministry" of "the Ministry of Health", "the force"
        of "Lincolnshire Police" (data/lexicons/reference_name_ends.csv); with words before the noun, one whose name
        has them ("the Quebec federation" of "the Quebec Chess Federation"); not one named in what it reports."""
        noun = token.lower_
        ends = {noun} | name_ends().get(noun, frozenset())
        # "the Quebec federation", "the combined authority" of "West Yorkshire Combined Authority"
        named = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        if not all(c.dep_ in ("det", "punct") or c.lower_ in named for c in token.lefts):
            return None
        if token.tag_ != "NN" or not (noun in group_nouns() or noun in name_ends()):
            return None
        return next(
            (
                e
                for e in reversed(self.groups[: bisect.bisect_left(self.group_starts, token.i)])
                if len(e) > 1
                and is_headed_by(e, noun, ends, named)
                and name_key(e) not in named_in_content
                and not is_named_outlet(e)
            ),
            None,
        )

    def group_headed_by_next(self, token: Token) -> Span | None:
        """ "..., the country's agriculture ministry said on Sunday. The Ministry of Agriculture said ...": a body
        first described by its kind, with a place's possessive or words of its field before the noun, and named as a
        speaker in the next sentence by a name headed by the noun with those words; no such body named before."""
        noun = token.lower_
        ends = {noun} | name_ends().get(noun, frozenset())
        named = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        owners = [c for c in token.lefts if c.dep_ == "poss"]
        singular = token.tag_ == "NN" or (token.tag_ == "NNP" and token.is_lower)  # "ministry" read as a name
        if not singular or noun not in group_nouns() or not all(is_place_owner(c) for c in owners):
            return None
        if not all(c.dep_ in ("det", "punct", "poss", "case") or c.lower_ in named for c in token.lefts):
            return None
        before, last = self.groups[: bisect.bisect_left(self.group_starts, token.i)], self.sentence_end_after(token, 1)
        if any(e.label_ == "ORG" and (e[-1].lower_ in ends or e.root.lower_ == noun) for e in before):
            return None
        return next(
            (
                e
                for e in self.groups
                if token.sent.end <= e.start < last and is_headed_by(e, noun, ends, named) and is_speaker(e.root)
            ),
            None,
        )

    def same_group_spoke_before(self, token: Token, labels: frozenset[str]) -> Span | None:
        """ "Athletics Ireland said ... The federation said ..." and, paragraphs on, "The federation said" again: the
        organisation the last earlier speaker with the same noun stood for, as it spoke right after it."""
        for i in reversed(self.nouns.get(token.lemma_.lower(), [])):
            earlier = self.doc[i]
            if i < token.i and earlier.tag_ == token.tag_ and not self.quoted[i] and is_speaker(earlier):
                return self.group_spoke_before(earlier, labels)
        return None

    def fits(self, noun: str, ent: Span, earlier_names: list[str]) -> bool:
        """Whether a description noun can stand for an organisation (`fits_kind`); a business noun not for one set
        beside a body's noun ("the company" is not "the train drivers' union GDL")."""
        if not fits_kind(noun, ent.text, earlier_names, self.spelled_out):
            return False
        return noun not in company_nouns() or not introduced_kinds(ent) & body_name_ends()

    def group_spoke_before(self, token: Token, labels: frozenset[str]) -> Span | None:
        """The organisation that was the subject of a speech verb last in this or the previous sentence ("Hanbit said
        in a statement ... The company said"), no news outlet."""
        start = previous_sentence_start(token)
        for e in reversed(self.groups[: bisect.bisect_left(self.group_starts, token.i)]):
            if e.start < start:
                return None
            if (
                e.label_ in labels
                and is_speaker(e.root)
                and not is_named_outlet(e)
                and e.label_ != "NORP"
                and self.fits(token.lemma_.lower(), e, [])
            ):
                return e  # not "the carrier" for the union (RMT) whose organiser spoke last
        return None

    def person_of_age(self, token: Token) -> Span | None:
        """The last person before an age epithet that was given that age: "Ciro Mastroianni, a 52-year-old taxi
        driver" or "Ciro Mastroianni, 52," for "the 52-year-old"."""
        written = AGE.search(doc_text(self.doc)[token.left_edge.idx : token.idx + len(token)])
        if written is None:
            return None
        age = re.match(r"\d+", written.group()).group()
        given = re.compile(rf",\s+(?:(?:an?|the)\s+)?{age}\b")
        before = self.persons[: bisect.bisect_left(self.person_starts, token.i)]
        return next((p for p in reversed(before) if given.match(doc_text(self.doc), p.end_char)), None)

    def previous_unquoted_start(self, i: int) -> int:
        """The start of the sentence before token i's, past sentences wholly inside a quotation that goes on from a
        speaker's ('"...," Efua Mensah, 27, said. "Nobody told me." She added ...': Efua Mensah's sentence)."""
        start = previous_sentence_start(self.doc[i])
        sentence = self.doc[start].sent
        for _ in range(3):
            words = [t for t in sentence if not (t.is_punct or t.is_space)]
            if start == 0 or not words or not all(self.quoted[t.i] for t in words):
                break
            start = previous_sentence_start(self.doc[start])
            sentence = self.doc[start].sent
        return start

    def preceding(
        self,
        ents: list[Span],
        starts: list[int],
        i: int,
        gender: str | None = None,
        named_in_content: frozenset[str] = frozenset(),
    ) -> Span | None:
        """The nearest entity before token i: a speaker of this or the previous sentence first (also the source
        "according to" names: "..., according to Hospice UK. A report it published found"; one who speaks in
        the writer's words before one inside what someone else reports: "Lee said Ortiz had noted ... He says" is
        Lee), then a subject (again one in the writer's words first: in "Reed says Lee was right. "...," he said"
        he is Reed), then the subject of what an outlet or someone else reported in the previous sentence ("Marca
        reported that Velasco had considered retiring. Asked about the report, she said": Velasco), then an earlier
        subject.

        A he or she skips people whose given name or honorific says otherwise.
        """
        k = bisect.bisect_left(starts, i)
        window = [
            e
            for e in ents[max(0, k - 6) : k]
            if (gender is None or self.genders.get(e.text) in (None, gender)) and name_key(e) not in named_in_content
        ]
        previous_start = self.previous_unquoted_start(i)
        root = {e.start: name_root(e) for e in window}
        speakers = [
            e
            for e in window
            if e.start >= previous_start
            and (is_speaker(root[e.start]) or is_according_to(root[e.start]))
            and not in_time_clause(root[e.start])
        ]
        subjects = [e for e in window if is_subject(root[e.start]) or is_speaker(root[e.start])]
        if reported_by_other(self.doc[i]):  # the pronoun is inside someone's words: no one is preferred
            return (speakers or subjects or window or [None])[-1]
        outer = [e for e in speakers if not reported_by_other(root[e.start])]
        outer_subjects = [e for e in subjects if not reported_by_other(root[e.start])]
        near_subjects = [e for e in outer_subjects if e.start >= previous_start and not in_time_clause(root[e.start])]
        same_pronoun_before = any(  # "As a teen she won the Miss Idaho title. She said ...": she carries on
            t.lower_ == self.doc[i].lower_ and t.dep_ in SUBJECTS for t in self.doc[previous_start:i]
        )
        lead_in = [  # "For Mrs Whitlock, the report is only a beginning. "...," she said"
            e
            for e in window
            if e.start >= previous_start
            and not same_pronoun_before
            and not self.quoted[e.start]
            and not reported_by_other(root[e.start])
        ]
        near_reported = [e for e in subjects if e.start >= previous_start]  # "Marca reported that Velasco ..."
        return (
            outer
            or speakers
            or near_subjects
            or lead_in
            or near_reported
            or outer_subjects
            or subjects
            or window
            or [None]
        )[-1]


def name_root(name: Span) -> Token:
    """The word that hangs a name in its sentence: its root, or a subject among its words when the parser broke
    the name in two and hung both parts outside it ("Maria do Carmo Guerreiro ... told", "do" taken for a verb)."""
    outside = [t for t in name if not name.start <= t.head.i < name.end]
    return next((t for t in outside if t.dep_ in SUBJECTS), name.root) if len(outside) > 1 else name.root


def opening_organisation(description: Token) -> Span | None:
    """The organisation whose name opens, as its subject, the sentence a description speaks at the end of: in "A
    charity lottery agreed to pay. ... Lotería Solidaria del Norte, which funds charities, will give 3.2 million
    soles, the lottery said", the lottery has been named since it was described."""
    sentence = description.sent
    return next(
        (
            e
            for e in sentence.ents
            if e.start == sentence.start
            and e.label_ == "ORG"
            and e.root.dep_ in ("nsubj", "nsubjpass")
            and e.end < description.i
        ),
        None,
    )


def own_subject_names(pronoun: Token) -> frozenset[str]:
    """The name keys of the subject of the verb a pronoun is the object of, whom it cannot stand for: in "The
    Times quoted him as saying", "him" is not The Times."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ in ("himself", "herself"):
        return frozenset()
    subjects = (entity_of(c) for c in pronoun.head.children if c.dep_ == "nsubj")
    return frozenset(name_key(e) for e in subjects if e is not None)


def titled_person_span(ent: Span) -> Span | None:
    """A name after or opening with a title ("President Bush", "Mr Amin"; "Mr Grant", which the model took whole
    for an organisation) as a person, without the honorific."""
    if is_titled(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    if ent.label_ in ("ORG", "GPE", "NORP") and len(ent) > 1 and ent[0].lower_ in HONORIFIC_GENDER and ent[1].is_title:
        return Span(ent.doc, ent.start + 1, ent.end, label="PERSON")
    return None


def is_titled(ent: Span) -> bool:
    """A name after a person's title or honorific ("President Bush", "Mr Amin") whatever the model took it for:
    a person."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_title and (before.lower_ in HONORIFIC_GENDER or title_word(before) in person_titles())


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles written before a person's name: the role heads of roles.txt and the spelt-out abbreviations."""
    return role_heads() | frozenset(title_abbreviations().values())


def untagged_persons(doc: Doc, excluded: list[bool]) -> list[Span]:
    """Names the model left untagged (or took for a title, a product or an event) that a given name or an
    honorific opens ("Ana Ruiz, the election chief, disagreed"; "Mr Grant, speaking outside court, said"),
    where they are a clause's subject, a passive's agent or in apposition: the people a later "she" or "he"
    may stand for."""
    found = []
    for token in doc:
        if token.ent_type_ in NAMED or excluded[token.i] or token.tag_ != "NNP":
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        honoured = before is not None and before.lower_.rstrip(".") in HONORIFIC_GENDER  # "Mr Grant, speaking ..."
        if not honoured and not is_first_name(token.text):
            continue
        if not honoured and before is not None and before.tag_ == "NNP" and before.ent_type_ not in NAMED:
            if title_word(before) not in person_titles():  # "Patrol Chief James Hall": the name starts at James
                continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and doc[end].tag_ == "NNP" and doc[end].ent_type_ not in NAMED:
            end += 1
        head = doc[end - 1]
        agent = head.dep_ == "pobj" and head.head.dep_ == "agent"
        if (end - token.i >= 2 or honoured) and (head.dep_ in SUBJECTS | {"appos"} or agent):
            found.append(Span(doc, token.i, end, label="PERSON"))
    return found


@lru_cache(maxsize=1)
def news_outlet_words() -> frozenset[str]:
    """Words of news organisations' names (data/lexicons/clean_org_words.txt)."""
    return lexicons.words("clean_org_words.txt")


def is_news_outlet(ent: Span) -> bool:
    """A newspaper or agency cited as a source ("The Daily Herald reported"): never "the company" or "the group"."""
    return ent.label_ == "ORG" and any(t.lower_ in news_outlet_words() - INSTITUTION_NOUNS for t in ent)


@lru_cache(maxsize=1)
def is_named_outlet(ent: Span) -> bool:
    """An organisation written as a news outlet: by its name ("the Daily Herald", "China Daily"), or beside an outlet
    noun ("Zycie Warszawy daily said", "the newspaper Le Monde", "the news weekly Der Spiegel", "Kommersant, a
    business daily")."""
    if ent.label_ != "ORG":
        return False
    doc, root = ent.doc, ent.root
    after_the = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if (
        is_news_outlet(ent)
        or any(t.lower_ in outlet_nouns() - INSTITUTION_NOUNS for t in ent)
        or (after_the and ent[-1].text in newspaper_words())  # "the Daily Express"; not "Pennine Express said"
    ):
        return True
    beside = [root.head] if root.dep_ in ("compound", "appos") else []
    beside += [c for c in root.children if c.dep_ == "appos" or (c.dep_ in ("amod", "compound") and c.i < ent.start)]
    if ent.end < len(doc):
        beside.append(doc[ent.end])
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    # "The business newspaper Erhvervsposten quoted ...", however the parser joined them; not "the agency Frontex"
    return before in PRESS_NOUNS or any(t.lemma_.lower() in outlet_nouns() for t in beside)


def introduced_kinds(ent: Span) -> set[str]:
    """Nouns of kinds of organisation or place set beside a name or right before or after it: "company" of
    "Solvang, a Copenhagen biotech company" and of "the company Solvang", "contractor" of "Harwood Maintenance, a
    contractor", "union" of "the Unite union"."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and not c.ent_type_]
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower:  # "appliance maker Northbay", however parsed
        beside.append(before)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not root.head.ent_type_:
        beside.append(root.head)
    if ent.label_ == "ORG" and root.dep_ == "compound" and root.head.i == ent.end and root.head.pos_ == "NOUN":
        beside.append(root.head)  # "the Unite union"; not "a Brisbane firm"
    return {t.lemma_.lower() for t in beside} & (group_nouns().keys() | name_ends().keys())


def is_audience(ent: Span) -> bool:
    """An organisation told something or reading a document ("Claes told Newsflow", "The letter, seen by
    Newsflow,"): the paper writing the story; one that is never more than that is no "company" that speaks."""
    root = ent.root
    told = root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell"
    return ent.label_ == "ORG" and (told or is_reader(root))


def outlet_spoke(ent: Span) -> bool:
    """Whether an outlet is a speaker, also with its noun between it and the verb ("Zycie Warszawy daily said") or
    in a relative clause ("Der Spiegel, which said")."""
    doc = ent.doc
    noun_then_verb = (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ in outlet_nouns()
        and doc[ent.end + 1].lemma_.lower() in speech_verbs()
    )
    reports = described(ent.root).dep_ == "nsubj" and described(ent.root).head.lemma_ in OUTLET_VERBS
    which_said = any(  # "the news weekly Der Spiegel, which said ..."
        c.dep_ == "relcl" and c.lemma_.lower() in speech_verbs() | OUTLET_VERBS for c in ent.root.children
    )
    return noun_then_verb or reports or which_said or is_speaker(ent.root)


def named_as_before(person: Span, before: list[Span]) -> bool:
    """Whether a person may be one named before: the same surname, unless every earlier bearer has another given
    name ("James Harbottle", a great-grandson, after "Joseph Harbottle") or names a thing ("the Harbottle
    brewery")."""
    same = [
        e
        for e in before
        if name_key(e) == name_key(person) and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN")
    ]
    return any(len(e) < 2 or len(person) < 2 or e[0].lower_ == person[0].lower_ for e in same)


def closing_appositive(subject: Token) -> Span | None:
    """The person set beside a role deeper in a subject, closing it: "City of Wolverhampton Council's community
    safety manager, Louise Farrant, told the court", which the parser heads with "City"; and the person set beside
    the place or body the subject comes from: "A Camembert maker from the Pays d'Auge, Odile Marie, wrote", "The
    director of a small dance school in Darkhan, Oyunbileg Dorj, told", "A Chilean who leads photo tours in Cusco,
    Tomás Valdivia, wrote"."""
    last = subject.right_edge
    if last.is_punct and last.i > subject.i:
        last = subject.doc[last.i - 1]
    person = entity_of(last) or untagged_name(last)
    if person is None or person.label_ != "PERSON" or person.end != last.i + 1 or person.root.dep_ != "appos":
        return name_set_off_before_verb(subject)
    role = person.root.head
    described = (  # "A Chilean who leads photo tours in ...", "An opposition MP for Jaffna, ..."
        subject.pos_ == "NOUN" or subject.ent_type_ == "NORP" or subject.lemma_.lower() in person_nouns()
    )
    if role.pos_ == "PROPN" and described and is_place_of_phrase(role, subject):
        return person
    return person if role != subject and role.lemma_.lower() in person_nouns() else None


def name_set_off_before_verb(subject: Token) -> Span | None:
    """A person's name set off by commas right before the verb of a subject that describes them, however the parser
    hung it: "A New Zealand rugby fan who was turned away ... because of his tā moko, Rawiri Paewai, wrote"."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or not subject.i + 2 < verb.i or doc[verb.i - 1].text != ",":
        return None
    person = entity_of(doc[verb.i - 2])
    if person is None or person.label_ != "PERSON" or person.end != verb.i - 1 or person.start <= subject.i + 1:
        return None
    return person if doc[person.start - 1].text == "," else None


def untagged_name(last: Token) -> Span | None:
    """Two to four capitalised proper nouns ending at `last`, set off by commas, that the model left untagged: a
    person's name set beside a role ("A member of the House for Makunduchi, Ameir Juma Vuai, told"); None
    otherwise."""
    doc = last.doc
    start = last.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and last.i - start < 3:
        start -= 1
    words = doc[start : last.i + 1]
    set_off = start > 0 and doc[start - 1].text == "," and last.i + 1 < len(doc) and doc[last.i + 1].text == ","
    if len(words) < 2 or not set_off or any(t.ent_type_ or not (t.is_title and t.pos_ == "PROPN") for t in words):
        return None
    return Span(doc, start, last.i + 1, label="PERSON")


def is_place_of_phrase(name: Token, noun: Token) -> bool:
    """Whether a name ends a chain of prepositional phrases, and relative clauses, hung on `noun`: "the Pays d'Auge"
    of "A Camembert maker from the Pays d'Auge", "Darkhan" of "The director of a small dance school in Darkhan",
    "Cusco" of "A Chilean who leads photo tours in Cusco"."""
    token = name
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
        if token.dep_ == "relcl":
            token = token.head
        if token == noun:
            return True
    return False


def subject_closed_by(name: Token) -> Token | None:
    """The subject a person's name closes as the appositive of a role deeper in it (`closing_appositive`)."""
    verb = next((t for t in name.doc[name.i + 1 : name.i + 3] if not t.is_punct), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb is not None else None
    if subject is None or subject.i > name.i or (closing := closing_appositive(subject)) is None:
        return None
    return subject if closing.root == name else None


def in_clause_of_subject(pronoun: Token, subject: Token) -> bool:
    """Whether a pronoun stands in a clause hung on the verb a subject governs, which it then stands for: "Asked
    what he would tell the town, Cridland paused" (he is Cridland)."""
    verb = subject.head
    return subject.dep_ in SUBJECTS and pronoun.i < subject.i and pronoun in verb.subtree and pronoun.head != verb


def name_key(ent: Span) -> str:
    """What two names of one entity share: a person's surname, an organisation's first word ("Apple Inc.", "Apple")."""
    words = [t.lower_ for t in ent if not t.is_punct and t.lower_ != "the"] or [ent.text.lower()]
    return words[-1] if ent.label_ == "PERSON" else words[0]


def names_in(doc: Doc, start: int, end: int) -> frozenset[str]:
    """Keys of the names in a span of text."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return frozenset(name_key(e) for e in span.ents if e.label_ in NAMED) if span is not None else frozenset()


def pronoun_reported_by(speaker: Token) -> str | None:
    """The pronoun a speaker opens what they report with, of themself or not: "she" of "Lavaud said she would
    replant nothing"."""
    if speaker.dep_ != "nsubj" or speaker.head.lemma_.lower() not in speech_verbs():
        return None
    for clause in speaker.head.children:
        if clause.dep_ == "ccomp" and clause.i > speaker.head.i:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ in ("she", "he"):
                return subject.lower_
    return None


def person_genders(persons: list[Span]) -> dict[str, str]:
    """Each person name's gender where its given name or honorific tells it; "Rivera" shares "Ana Rivera"'s, even
    when it is a given name too ("Romero" of "Inés Romero"). A given name that is a man's in one country and a
    woman's in another ("Rosario", "Andrea"), or one only mostly given to one sex ("Harpreet"), tells nothing, and
    then its surname alone says nothing either ("Lowe" of "Karen Lowe" is no man's given name there). A surname two
    people share ("Lavaud" of Dominique and Antoine Lavaud) has the gender of the pronoun opening what it reports
    ("Lavaud said she ..."), else none."""
    genders: dict[str, str] = {}
    by_surname: dict[str, set[str | None]] = {}
    for ent in persons:
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        gender = HONORIFIC_GENDER.get(before)
        given = given_name_of([t.text for t in ent])
        if gender is None and len(ent) > 1 and not is_given_name_of_both(given):
            gender = full_name_gender([t.text for t in ent])  # "mostly" a man's name tells nothing: "Harpreet"
        known = gender if gender in ("male", "female") else None
        if known is not None:
            genders[ent.text] = known
        either = gender == "andy" or (len(ent) > 1 and is_given_name_of_both(given))  # "Dominique", "Andrea"
        if (len(ent) > 1 or before in HONORIFIC_GENDER) and (known is not None or either):
            by_surname.setdefault(ent[-1].text, set()).add(known)
    surnames = {ent[-1].text for ent in persons if len(ent) > 1}
    for ent in persons:
        if ent.text in genders or len(ent) > 1:
            continue
        shared = by_surname.get(ent.text, set())
        if len(shared) > 1 or None in shared:  # "Lavaud" of Dominique and Antoine Lavaud: what it says of itself
            if (said := pronoun_reported_by(ent.root)) in PRONOUN_GENDER:
                genders[ent.text] = PRONOUN_GENDER[said]  # "Lavaud said she would replant nothing"
        elif shared:
            genders[ent.text] = next(iter(shared))
        elif ent.text not in surnames and not is_given_name_of_both(ent.text):  # "her brother Emilio"
            gender = given_name_guess(ent.text)
            if gender in ("male", "female"):
                genders[ent.text] = gender
    return genders


def title_before(ent: Span) -> list[Token]:
    """The nouns right before a name, up to four ("Prime Minister" of "Prime Minister Paul Reed"), stopping at any
    other word ("Reed visited Lakeside" gives Lakeside no title)."""
    title, i = [], ent.start - 1
    while i >= 0 and len(title) < 4 and ent.doc[i].pos_ in ("PROPN", "NOUN"):
        title.append(ent.doc[i])
        i -= 1
    return title


def acts_as(person: Span, noun: str) -> bool:
    """Whether the participle set off after a name is the role `noun` names: "prosecuting" of "Rebecca Thorne,
    prosecuting, told the jury" is the prosecutor."""
    doc, end = person.doc, person.end
    if (
        end + 2 >= len(doc)
        or doc[end].text != ","
        or not doc[end + 1].lower_.endswith("ing")
        or doc[end + 2].text != ","
    ):
        return False
    verb = doc[end + 1].lower_.removesuffix("ing")  # the tagger may take it for a noun
    return noun.startswith(verb) and len(noun) - len(verb) <= 3


def title_word(token: Token) -> str:
    """A title word in lower case with abbreviations spelt out ("Sen." -> "senator")."""
    lower = token.lower_
    return title_abbreviations().get(lower, title_abbreviations().get(lower + ".", lower.rstrip(".")))


def is_speaker(token: Token) -> bool:
    """Whether a token is the subject of a speech verb, or the name right before one the parser left without
    a subject ("..., Sunrise's chief executive, David Lim, said"; "Queirós, asked about that, said")."""
    doc = token.doc
    after = next((doc[i] for i in (token.i + 1, token.i + 2) if i < len(doc) and not doc[i].is_punct), None)
    if after is not None and after.lemma_.lower() in speech_verbs():
        if name_right_before(after) == token:
            return True
        if subject_closed_by(token) is not None:
            return True  # "City of Wolverhampton Council's safety manager, Louise Farrant, told the court"
    if any(
        t.lemma_.lower() in speech_verbs() and quoted_name_described(t) == token
        for t in doc[token.i + 1 : min(token.sent.end, token.i + 3 * MAX_DESCRIPTION_WORDS)]
    ):
        return True  # '"...," Eleni Papadaki, 47, a pharmacist, said'
    token = described(token)
    cue = token.head.head  # "Queirós, asked about that, said": the parser hangs the name on "asked"
    if token.head.dep_ == "advcl" and cue.lemma_.lower() in speech_verbs() and name_before_participle(cue) == token:
        return True
    if token.head.dep_ == "ccomp" and cue.lemma_.lower() in speech_verbs() and name_before_relative(cue) == token:
        return True  # "Ruksana Begum, whose son Ayaan was among the first cases, said"
    return token.dep_ in SUBJECTS and token.head.lemma_.lower() in speech_verbs()


def is_according_to(token: Token) -> bool:
    """The source named by "according to" ("..., according to Hospice UK, the national charity")."""
    token = described(token)
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"


def nominalises(noun: str, verb: str) -> bool:
    """Whether a noun names the act of a verb: "filing" of "file", "statement" of "state", "inspection" of
    "inspect", "investigation" of "investigate"."""
    stems = (verb, verb[:-1]) if verb.endswith("e") else (verb,)
    return any(noun == stem + ending for stem in stems for ending in ("ing", "ment", "ion")) and len(verb) >= 3


def is_deed_of(verb: Token, noun: str) -> bool:
    """Whether a verb does what a document's kind names: "inspected" for "the inspection report", "audited" for
    "the audit findings" (the same first five letters)."""
    return len(noun) >= 5 and verb.lemma_.lower()[:5] == noun[:5]


def in_time_clause(token: Token) -> bool:
    """The subject of a clause that only gives the time of another: "Hollis" of "Fiona Reilly sat at the back
    while Hollis spoke", whom a "she" after it is not."""
    verb = described(token).head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children)


def previous_sentence_start(token: Token) -> int:
    """Index of the first token of the sentence before a token's (of its own, in the first sentence)."""
    sentence = token.sent
    return token.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


def reported_by_other(token: Token) -> bool:
    """Whether a speaker's cue (or a subject's verb) lies inside what another speech verb reports ("Lee said [Ortiz
    noted that ...]")."""
    for verb in (subject_closed_by(token) or described(token)).head.ancestors:
        if verb.lemma_.lower() in speech_verbs():
            # not "Asked about the plan, a spokeswoman, Aoife Gallagher, said", wherever the parser hangs her
            return not (verb.tag_ == "VBN" and verb.dep_ == "advcl")
    return False


def is_subject(token: Token) -> bool:
    """A clause's subject, or a name beside the noun a parser made the root when it hung the verb on it
    ("The United Nations envoy, Margit Holm, called on ...": envoy is the root, called its modifier) or took
    the verb for ("McGrath begs to differ"), or a passive's agent ("was announced by Ron Gale")."""
    noun = described(token)
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":  # "was spelt out by spokesman Ron Gale"
        return True
    if noun.dep_ == "compound" and noun.head.dep_ == "ROOT" and noun.head.tag_ == "NNS":
        noun = noun.head  # "Glenn McGrath begs to differ": the parser took the verb for a plural noun
    if token.dep_ == "appos" and (subject := subject_closed_by(token)) is not None:
        noun = subject  # "City of Wolverhampton Council's safety manager, Louise Farrant, told the court"
    return noun.dep_ in SUBJECTS or (
        noun.dep_ == "ROOT"
        and noun.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("acl", "relcl", "xcomp") for c in noun.children)
    )


def described(token: Token) -> Token:
    """The noun a name is set beside ("Her deputy, Tom Reyes, said": deputy), else the name itself; a person's
    role, where the parser set the name beside the role's "of" or "for" ("The council's cabinet member for
    housing, Richard Beaumont, said", "The mayor of Alzira, Lucía Ferrer, said")."""
    if token.dep_ != "appos":
        return token
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and token.ent_type_ == "PERSON":
        role = noun.head.head
        if role.pos_ == "NOUN" and role.lemma_.lower() in person_nouns() and noun.lemma_.lower() not in person_nouns():
            return role
    return noun


def entity_of(token: Token) -> Span | None:
    """The named-entity span that contains a token, if it is a name worth speaking."""
    if token.ent_type_ not in NAMED:
        return None
    return entity_span(token)


def ruled_place(noun: Token) -> Span | None:
    """The place or organisation a body is "of": Greenland of "the government of Greenland"."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    named = next((entity_of(c) for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return named if named is not None and named.label_ in ("GPE", "ORG") else None


def person_of(ent: Span) -> Span | None:
    """The person right before "of" and an organisation the parser made the subject: "Chief Supt. Gordon Hay of
    Police Scotland said", which it read as Police Scotland saying."""
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return None
    person = entity_of(doc[ent.start - 2])
    return person if person is not None and person.label_ == "PERSON" and person.end == ent.start - 1 else None


def name_before_kind(noun: Token) -> Span | None:
    """The organisation named right before the noun of its kind, in one noun phrase: "the Unite union", "the
    Wagner group"."""
    if not is_group_noun(noun) or noun.i == 0 or any(c.dep_ == "appos" for c in noun.children):
        return None  # "the local NHS body, the Integrated Care Board,": the name beside it
    if closing_appositive(noun) is not None:
        return None  # "A Camembert maker from the Pays d'Auge, Odile Marie,": the person closing the phrase
    before = noun.doc[noun.i - 1]
    ent = entity_of(before) if before.dep_ == "compound" and before.head == noun else None
    return ent if ent is not None and ent.label_ == "ORG" and ent.end == noun.i else None


def is_indefinite(noun: Token) -> bool:
    """ "a report", "an Iraqi defector", "a residents’ group" (the article on the plural owner, the parser reading
    the curly apostrophe as a quotation mark): a noun that introduces what it names."""
    owners = [c for c in noun.children if c.dep_ in ("nmod", "poss") and c.tag_ == "NNS"]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for t in [noun, *owners] for c in t.children)


def is_place_institution(noun: Token) -> bool:
    """An institution named by its place and no name of its own: "the Rhineland-Palatinate water police", "the
    Dutch coastguard"; no person ("the Dutch minister")."""
    placed = any(
        c.dep_ in ("compound", "amod") and (c.ent_type_ in ("GPE", "NORP") or c.pos_ == "PROPN") for c in noun.children
    )
    return noun.pos_ == "NOUN" and is_definite(noun) and noun.lemma_.lower() not in person_nouns() and placed


def is_common_noun(token: Token) -> bool:
    """A noun, also one in lower case the tagger took for a proper noun ("ministry" of "the country's fisheries
    ministry")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)


def is_definite(noun: Token) -> bool:
    """ "the minister", "Portugal's minister", not a headline's bare "Finance minister"."""
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children)


def is_introduced(noun: Token) -> bool:
    """A description that says who someone new is, with a noun or clause of its own beside it: "The tournament
    director, a former player who has run the event since 2019,"; no one named before."""
    return any((c.dep_ == "appos" and c.pos_ == "NOUN" and not c.ent_type_) or c.dep_ == "relcl" for c in noun.children)


def is_definite_description(token: Token) -> bool:
    """ "the professor", "the spokesman", "the Governor-General", "that report": a definite common noun or
    capitalised title that points back to a named person or an earlier document."""
    title = token.pos_ == "PROPN" and not token.ent_type_ and title_word(token) in person_titles()
    misread = token.pos_ == "ADJ" and token.dep_ in SUBJECTS and is_group_noun(token)  # "The mutual said"
    return (token.pos_ == "NOUN" or title or misread) and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children
    )


def is_person_epithet(token: Token) -> bool:
    """ "the 45-year-old", "the 28-year-old striker", "the Democrat", "the Briton": a definite description of a
    person by age or by party or nationality, which points back to a person named before."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or token.ent_type_ == "PERSON":
        return False  # "The 36-year-old Pemberton" names who
    if token.ent_type_ == "NORP":
        return token.tag_ in ("NNP", "NN")
    before = doc_text(token.doc)[token.left_edge.idx : token.idx + len(token)]
    return AGE.search(before) is not None


def is_bare(token: Token) -> bool:
    """ "the doctor" rather than "the Jordanian government": a description with nothing but its article."""
    return all(c.dep_ in ("det", "punct") for c in token.lefts)


def unnamed_start(noun: Token, start: int) -> int:
    """Where the words naming an unnamed speaker begin: after a possessor or nationality that is someone else
    ("Verbeke's lawyer", "a Dutch journalist", "Bonn's foreign ministry", "the Lower Austria river police"), so the
    speaker links to no one rather than to them; a document keeps its author ("Jobs's email")."""
    if noun.pos_ != "NOUN" or is_document(noun):
        return start
    places = ("NORP", "GPE", "LOC")
    others = [
        c
        for c in noun.lefts
        if c.dep_ == "poss"
        or (c.dep_ in ("amod", "compound") and any(t.ent_type_ in places for t in c.subtree))  # "Lower Austria river"
    ]
    if not others or not any(t.ent_type_ for c in others for t in c.subtree):
        return start
    after = max(c.right_edge.i if c.dep_ == "poss" else max(t.i for t in c.subtree if t.ent_type_) for c in others) + 1
    return max(start, noun.doc[after].idx)


def noun_phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun with its determiners and modifiers, without trailing clauses.

    A prepositional phrase that names an organisation stays: "a spokesperson for the Foreign
    Office" speaks for the Foreign Office, and the speaker links to it. A document keeps whoever
    wrote or released it: "a statement from Apple", "figures released on Monday by NPD Group", up to
    that name ("a report in the Herald of Ohio" is the Herald's).
    """
    start = noun_phrase_start(token, reach=MAX_MODIFIER_TOKENS)
    end = token.idx + len(token)
    authors = NAMED if is_document(token) else {"ORG"}
    for right in [t for t in token.rights if not t.is_punct] if token.pos_ == "NOUN" else []:
        adjacent_prep = (
            right.dep_ == "prep"
            and right.i == token.i + 1
            and (not is_document(token) or right.lower_ in AUTHOR_PREPOSITIONS)
        )
        phrase = right if adjacent_prep else author_phrase(right) if is_document(token) else None
        if phrase is None:
            break
        author = next(
            (
                t
                for t in phrase.subtree
                if t.ent_type_ in authors and not is_reader(t) and not (t.ent_type_ == "NORP" and t.dep_ == "amod")
            ),
            None,
        )  # "figures from the Japanese brewer Kirin": the brewer's, not its nationality
        if author is not None:  # up to the author's name: "a report in the Argus Leader of Sioux Falls"
            name = entity_span(author)
            end = name.end_char if name is not None else phrase.right_edge.idx + len(phrase.right_edge)
        elif is_document(token) and (unlabelled := unlabelled_author(phrase)) is not None:
            end = unlabelled.idx + len(unlabelled)  # "figures released by the Berlinale"
    return start, end


def unlabelled_author(phrase: Token) -> Token | None:
    """The proper noun a document's "in", "by" or "from" phrase names that the model left unlabelled ("a report in
    the Argus Leader", "figures released by the Berlinale")."""
    if phrase.lower_ not in ("in", "by", "from"):
        return None
    return next((p for p in phrase.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and not p.ent_type_), None)


def described_name(noun: Token) -> Span | None:
    """The person or organisation a description names right after it ("the investment fund Calder Partners", "the
    ministry's spokesperson, Mei Tanaka,")."""
    for child in noun.children:
        ent = entity_of(child) if child.dep_ in ("appos", "compound") and child.i > noun.i else None
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return ent
    return None


COPY_NOUNS = frozenset({"copy", "draft", "version", "extract", "excerpt"})


def copied_document(noun: Token) -> Token | None:
    """The document a copy, draft or extract is of: "audit" of "A leaked copy of the audit"."""
    if noun.lemma_.lower() not in COPY_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    document = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return document if document is not None and is_document(document) else None


def relative_writer(document: Token) -> Token | None:
    """Who a relative clause says wrote or sent a document: "the company" of "a letter the company sent to trial
    sites", "the union" of "The letter, which was published by the union on Monday"; not of a document someone's
    own ("Her letter, which was released by the council": hers)."""
    if not is_document(document) or any(c.dep_ == "poss" for c in document.children):
        return None
    for clause in document.children:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in WRITING_VERBS:
            agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
            if clause.dep_ == "relcl" or subjects:  # "A notice the HPRA sent", parsed as a participle with a subject
                return next(iter(subjects + agents), None)
    return None


def written_by_another(document: Token, token: Token) -> bool:
    """Whether a document was written "in" by someone other than `token` ("In a report, it found": by "it" itself)."""
    writer = document_writer(document)
    return writer is not None and writer.i != token.i


def site_owner(document: Token) -> Token | None:
    """Whose website or account a document is posted on: "a notice posted on the regulator's website", "a statement
    on its Facebook page"."""
    verbs = [c for c in document.children if c.dep_ == "acl" and c.i > document.i]
    for prep in [c for head in (document, *verbs) for c in head.children if c.dep_ == "prep" and c.lower_ == "on"]:
        for place in prep.children:
            if place.dep_ == "pobj" and place.lemma_.lower() in SITE_NOUNS:
                return next((c for c in place.children if c.dep_ == "poss"), None)
    return None


def document_author(document: Token) -> Span | None:
    """The organisation or person named as a document's author in its own phrase: "the report issued by the
    Australia Institute", "a statement from Apple", "the Treasury report", "the institute's study"; the first
    person or organisation of the phrase, else a proper noun after in/by/from the model left unlabelled, else the
    name that ends it."""
    if not is_document(document):
        return None
    for child in document.lefts:
        if child.dep_ in ("compound", "poss") and (ent := entity_of(child)) is not None:
            return ent
    if (set_off := author_set_off(document)) is not None:
        return set_off
    made_by = (entity_of(p) for agent in makers_phrases(document) for p in agent.children if p.dep_ == "pobj")
    if (maker := next((e for e in made_by if e is not None and e.label_ in ("PERSON", "ORG")), None)) is not None:
        return maker  # "a letter sent to customers and signed by Redfern"
    end = noun_phrase(document)[1]
    if end == document.idx + len(document):
        return None
    named = [
        e
        for e in document.doc.ents
        if e.start > document.i
        and e.end_char <= end
        and e.label_ in NAMED
        and not is_reader(e.root)
        and not is_where(e.root)  # "a filing by the provincial prosecutor in A Coruna, Marta Seoane"
        and not in_relative_clause(e.root, document)
    ]
    authors = [e for e in named if e.label_ in ("PERSON", "ORG")]
    if authors:
        return authors[0]
    phrases = [r if r.dep_ == "prep" else author_phrase(r) for r in document.rights]
    unlabelled = next(
        (p for phrase in phrases if phrase is not None and (p := unlabelled_author(phrase)) is not None), None
    )  # "a report in the Argus Leader of Sioux Falls": the paper, a name the model missed, not its town
    if unlabelled is not None:
        first = min((c.i for c in unlabelled.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=unlabelled.i)
        return document.doc[first : unlabelled.i + 1]
    beside = next(  # "A report by the French gendarmerie's mountain unit, the PGHM,"
        (
            name
            for prep in document.rights
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
            for p in prep.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and (name := described_name(p)) is not None
        ),
        None,
    )
    if beside is not None:
        return beside
    return next((e for e in named if e.end_char == end and e.label_ != "NORP"), None)


def in_relative_clause(token: Token, document: Token) -> bool:
    """Whether a word of a document's phrase stands in a relative clause on it or on a noun after it, other than
    as its subject: in "a review of a wildfire that destroyed 80 homes near Kelowna" the town wrote nothing; or in
    a participle's clause other than its "by" phrase: nor did Germany in "published by the office, known in
    Germany as the Bundeskartellamt"."""
    while token.i != document.i and token.head.i != token.i:
        if token.head.dep_ == "relcl" and token.dep_ not in SUBJECTS:
            return True
        if token.head.dep_ == "acl" and token.head.tag_ == "VBN" and token.dep_ != "agent":
            return True
        token = token.head
    return False


def author_set_off(document: Token) -> Span | None:
    """The author set off by commas right after a document that is a subject, which the parser hangs on the verb:
    "The report, by the Care Quality Commission, rated the home inadequate"."""
    after = document.i + 1
    if document.dep_ != "nsubj" or after + 1 >= len(document.doc) or document.doc[after].text != ",":
        return None
    by = document.doc[after + 1]
    if by.lower_ != "by" or by.dep_ != "prep" or by.head != document.head:
        return None
    author = next((entity_of(p) for p in by.children if p.dep_ == "pobj"), None)
    return author if author is not None and author.label_ in ("PERSON", "ORG") else None


def name_closing_role(subject: Token) -> Span | None:
    """ "News of the World editor Rebekah Wade says", "Bank of England governor Andrew Bailey said": a subject the
    parser made of the organisation, whose phrase ends in a role and the person who holds it, who speaks; also
    when it took the organisation's first word for a noun ("Mothers Against Drunk Driving president ..."), which
    a capitalised "Against", "Without" or "For" shows. Not "a lawyer for union president John Smith" nor "Critics
    of party leader John Smith": a person noun, or a plain noun, is the one speaking."""
    if subject.ent_type_ == "PERSON" or subject.lemma_.lower() in person_nouns():
        return None
    last = subject.right_edge
    person = entity_of(last)
    if person is None or person.label_ != "PERSON" or person.end != last.i + 1 or person.start <= subject.i + 1:
        return None
    role = subject.doc[person.start - 1]
    between = subject.doc[subject.i : person.start]
    if role.pos_ != "NOUN" or role.lemma_.lower() not in person_nouns():
        return None
    if subject.pos_ != "PROPN" and not any(t.pos_ == "ADP" and t.is_title for t in between):
        return None
    return None if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between) else person


def role_holder_set_off(subject: Token) -> Span | None:
    """ "The City of York Council's executive member for the environment, Mark Dyson, said": the person set off
    beside an organisation the parser made the subject, after the organisation's role noun."""
    if subject.ent_type_ not in ("ORG", "GPE"):
        return None
    for child in subject.children:
        person = entity_of(child) if child.dep_ == "appos" else None
        if person is None or person.label_ != "PERSON":
            continue
        between = subject.doc[subject.i : person.start]
        owned = any(t.tag_ == "POS" for t in between)
        if owned and any(t.pos_ == "NOUN" and t.lemma_.lower() in person_nouns() for t in between):
            return person
    return None


def document_kind(document: Token) -> Token | None:
    """The kind of organisation a document comes from when it names none: "a company statement" (company),
    "figures published by the regulator" (regulator)."""
    for child in document.children:
        if child.dep_ == "compound" and child.lemma_.lower() in group_nouns():
            return child
        phrase = author_phrase(child) or (
            child if child.dep_ == "prep" and child.lower_ in AUTHOR_PREPOSITIONS else None
        )
        source = next((g for g in phrase.children if g.dep_ == "pobj"), None) if phrase is not None else None
        if source is not None and not source.ent_type_ and source.lemma_.lower() in group_nouns():
            return source
    return None


def judge_of(document: Token) -> Span | None:
    """The organisation that judged what a document with no author reports, the agent of a passive in its
    sentence: "A home has been rated inadequate by Ofsted ..., according to a report published on Wednesday"."""
    agents = [
        ent
        for t in document.sent
        if t.dep_ == "agent" and t.head.tag_ == "VBN"
        for p in t.children
        if p.dep_ == "pobj" and (ent := entity_of(p)) is not None and ent.label_ == "ORG"
    ]
    return agents[0] if len(agents) == 1 else None


def spoken_in_own(document: Token) -> bool:
    """A document its owner speaks in: "The CMA said in its provisional findings that ..."."""
    return (
        document.dep_ == "pobj"
        and document.head.lower_ == "in"
        and document.head.head.lemma_.lower() in speech_verbs()
        and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in document.children)
    )


def document_writer(token: Token) -> Token | None:
    """Who wrote a document that names no author of its own: the subject of the verb it is written "in"
    ("Jobs resigned in a letter to the board stating ...", "Acme said in a statement that ..."), also through the
    object or the subjectless clause "in" is attached to ("announced her resignation in a letter", "In a letter to
    members, sent on Friday, the scheme said")."""
    if not is_document(token) or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    if any(c.dep_ == "poss" for c in token.children) or any(
        c.dep_ == "prep"
        and c.lower_ in AUTHOR_PREPOSITIONS
        and not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)  # "a letter to staff on Monday"
        for c in token.children
    ):
        return None
    verb = token.head.head
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("dobj", "advcl"):
            break
        verb = verb.head
    if subject is None and verb.lemma_.lower() in speech_verbs():
        subject = speaker_token(verb)  # "In a memo seen by Reuters, chief executive Conor Brady wrote"
    return subject if verb.pos_ in ("VERB", "AUX") else None


def is_reader(token: Token) -> bool:
    """Whether a word is the reader of a document, not its author: "Newsflow" of "a report by the agency, seen by
    Newsflow"."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.lemma_.lower() in READER_VERBS


def is_where(token: Token) -> bool:
    """Whether a name says where, after "in": "A Coruna" of "the prosecutor in A Coruna" (not "at": "researchers at
    the University of Oslo")."""
    return token.dep_ == "pobj" and token.head.lower_ == "in"


def phrase_writer(document: Token) -> Token | None:
    """A description as a document's author, to be resolved like any speaker: "the agency" of "a report by the
    agency", also after the participle that made it ("a summary of the decision published by the office"), not
    after one that only read it ("seen by the paper")."""
    if not is_document(document):
        return None
    right_after = [
        r for r in document.rights if r.dep_ == "prep" and r.i == document.i + 1 and r.lower_ in ("by", "from")
    ]
    return next(
        (
            p
            for prep in right_after + makers_phrases(document)
            for p in prep.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and is_definite(p)
        ),
        None,
    )


def makers_phrases(document: Token) -> list[Token]:
    """The "by" phrases of participles saying who made a document or what it is of: "a report prepared by the
    council", "a summary of the decision published by the office"."""
    heads = [document] + [p for c in document.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return [
        agent
        for head in heads
        for child in head.children
        if child.dep_ == "acl"
        for participle in [child, *child.conjuncts]  # "a letter sent to customers and signed by Redfern"
        if participle.lemma_.lower() in WRITING_VERBS and (agent := author_phrase(participle)) is not None
    ]


def author_phrase(participle: Token) -> Token | None:
    """The "by" phrase of a participle describing a document ("figures released on Monday by NPD Group"); not of
    one saying who read it ("The letter, seen by Newsflow, said ...": the letter is not the paper's)."""
    acl = participle.dep_ == "acl" or (participle.dep_ == "conj" and participle.head.dep_ == "acl")
    if not acl or participle.tag_ != "VBN" or participle.lemma_.lower() in READER_VERBS:
        return None
    return next((c for c in participle.children if c.dep_ == "agent"), None)


def reported_rows(reading: Reading) -> list[dict]:
    """Speech verbs with what they report in the writer's words ("said Belarus could ...", "..., analysts say")."""
    direct = [(s, e) for (s, e), kind in zip(reading.spans, reading.kinds) if kind == "direct"]
    rows = []
    for verb in reading.doc:
        if not reading.is_cue(verb) or reports_inside_report(verb):
            continue
        subject = speaker_token(verb, reading.dateline)
        span = reported_span(verb, subject, reading)
        if (
            span is None
            or subject is None
            or is_no_one(subject)  # "Nobody had told the firm that ...": what was not said
            or (verb.lemma_.lower() in directive_verbs() and not reported_clauses(verb) and not is_source(subject))
            or is_request_to_come(verb)
        ):
            continue  # "The album asks listeners to slow down": only someone can ask
        start, end = span
        end = max([e for s, e in reading.spans if s < end < e], default=end)  # a quotation is reported whole
        if end <= start or overlaps_quote(start, end, direct, reading.text) or ANONYMITY.match(reading.text, start):
            continue
        if subject.i > verb.i and any(
            e <= verb.idx and not reading.text[e : verb.idx].strip(QUOTE_CLOSERS) for _, e in direct
        ):
            continue  # `"...?" asked Lars Kjaer, a caterer owed money`: the cue reports the quote before it
        speaker = own_speaker(reading, verb, subject) or reading.speakers.resolve(
            subject, names_in(reading.doc, start, end)
        )
        if (first := misread_speaker_start(verb, subject)) is not None and speaker.start == subject.left_edge.idx:
            speaker = Speaker(reading.text[first.idx : speaker.end], first.idx, speaker.end)  # "admissions tutors"
        rows.append(
            quote_row(
                reading.sentence_no(verb.idx), speaker, cue_lemma(verb), reading.text[start:end], "indirect", start, end
            )
        )
    return rows


def is_request_to_come(verb: Token) -> bool:
    """A request someone will or would make, inside what another speaker reports: "told Yonhap that riders would
    refuse orders and that the union would ask the rights commission to intervene": a plan, not yet asked."""
    return (
        verb.lemma_.lower() in directive_verbs()
        and not reported_clauses(verb)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        and any(a.lemma_.lower() in speech_verbs() for a in verb.ancestors)
    )


def overlaps_quote(start: int, end: int, direct: list[tuple[int, int]], text: str) -> bool:
    """Whether a reported span overlaps a quoted clause other than one inside it with the writer's words on both
    sides ("The breakdown showed how “thin the margins have become” in the south, ... said": the writer's claim,
    a quotation within it), or one that closes a long claim in the writer's words."""
    return any(
        s < end
        and start < e
        and not (text[start:s].strip(QUOTE_OPENERS) and text[e:end].strip(QUOTE_CLOSERS))
        and not closes_claim(text, start, s)
        for s, e in direct
    )


MIN_CLAIM_WORDS = 6


def closes_claim(text: str, start: int, quote_start: int) -> bool:
    """Whether a quotation in lower case ends a claim the writer reports at length: "insisted that the deadline
    would not be moved, and that riders had known for two years that “this day was coming.”"; not one after a
    comma, which goes on with a quotation split by its cue ('“For corporate America,” she said as she concluded
    her arguments, “diversity is essential ...”')."""
    before = text[start:quote_start].strip(QUOTE_OPENERS + " ")
    first = text[quote_start : quote_start + 2].lstrip(QUOTE_OPENERS)[:1]
    return first.islower() and len(before.split()) >= MIN_CLAIM_WORDS and not before.endswith(",")


def is_cue_aside(clause: Token) -> bool:
    """A cue set between commas with its own subject and nothing else ("..., analysts say, largely because"): it
    reports the clause it interrupts, and is no clause reported by that clause's verb."""
    words = [t for t in clause.subtree if not t.is_punct]
    return (
        clause.dep_ == "parataxis"
        and clause.lemma_.lower() in speech_verbs()
        and any(c.dep_ == "nsubj" for c in clause.children)
        and len(words) <= MAX_ASIDE_WORDS
    )


def is_name_read_as_clause(clause: Token) -> bool:
    """A name set off by commas that opens with a verb, which the parser read as a clause of its own: "Keep the
    Nets Northern Beaches" of "The group, Keep the Nets Northern Beaches, said it would ..."."""
    words = [t for t in clause.subtree if not t.is_punct]
    return clause.i < clause.head.i and all(t.ent_type_ and t.ent_type_ not in ("DATE", "TIME") for t in words)


def is_no_one(subject: Token) -> bool:
    """ "Nobody", "no one", "none of the staff", "no official": a subject that says no one spoke."""
    return subject.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def reports_inside_report(verb: Token) -> bool:
    """A cue back-shifted inside the clause another cue of its sentence reports, no attribution of its own: "She
    said the company had replied that the sheds were within their limits", "It said landlords were charging tenants
    ... and that some paid twice"; not a cue the parser hung on another sentence's, which keeps its own tense ("The
    operator said ..."). A participle goes with the clause it hangs on: "Osei said the charity had written to the
    minister asking him to intervene". A question is never anyone's statement inside another's: "Shops say customers
    keep asking whether their cheese came from Broc" (one with a subject of its own: in "said the board was unable
    ... and asked the hospice to ..." the report asks), nor a belief: "told the daily that some mothers believed
    powder made babies fatter" is the midwife's report; nor a verb whose "that" clause comes after "and", the second
    "that" of the outer report: "said that the app read every word aloud and that it also worked offline"."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.doc[verb.i - 1].text != ",":
        return reports_inside_report(verb.head)  # not "..., with its chair, Ann Dar, saying"
    asker = verb.head if verb.dep_ == "xcomp" else verb  # "customers keep asking"
    asked = verb.lemma_.lower() in QUESTION_VERBS and any(c.dep_ in SUBJECTS for c in asker.children)
    believed = verb.lemma_.lower() in BELIEF_VERBS
    shifted = any(
        c.dep_ == "aux" and (c.lower_ in ("had", "'d") or (c.lemma_ == "be" and verb.tag_ == "VBG"))
        for c in verb.children
    )  # "had replied", "were charging"
    second_that = any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i > 0 and m.doc[m.i - 1].lower_ == "and"
        for c in verb.children
        if c.dep_ in ("ccomp", "conj") and c.i > verb.i
        for m in c.children
    )
    if not asked and not believed and not shifted and not second_that:
        return False
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    outer = clause.head
    return (
        clause.dep_ == "ccomp"
        and outer.lemma_.lower() in speech_verbs()
        and outer.pos_ == "VERB"
        and outer.sent.start == verb.sent.start
    )


def own_speaker(reading: Reading, verb: Token, subject: Token) -> Speaker | None:
    """The speaker of a cue around this one when its subject is a pronoun for them: in "Acme said it expected
    sales to grow" or "Lee said he thought ...", "it" and "he" are the one who speaks."""
    outer = outer_cue(reading, verb)
    if outer is None or subject.lower_ not in ("he", "she", "it"):
        return None
    outer_subject = speaker_token(outer, reading.dateline)
    if outer_subject is None or outer_subject.i == subject.i:
        return None
    speaker = reading.speakers.resolve(outer_subject)
    person = reading.speakers.is_person(speaker)
    if subject.lower_ in PRONOUN_GENDER:
        gender = reading.speakers.genders.get(speaker.text)
        fits = person and gender in (None, PRONOUN_GENDER[subject.lower_])
    else:
        fits = not person
    return speaker._replace(written=subject.idx) if fits else None


def reported_span(verb: Token, subject: Token | None, reading: Reading) -> tuple[int, int] | None:
    """What a speech verb reports, within its paragraph.

    Its clause complement, with an object the parser split off it ("added the circumstances
    remained unclear") and a condition put before the speaker ("If talks fail, Sato said, the yen
    could weaken"); or the clause the cue is inserted in ("Still, he said, ...", "Prices will
    fall, analysts say"); or whom it asks to do what ("urged Vietnam to push back").
    """
    tokens = (
        time_clause_tokens(verb)
        or with_joined_clause(verb, subject, complement_tokens(verb, subject))
        or object_clause_tokens(verb)
    )
    if tokens is None and (stray := stray_that_clause(verb)) is not None:
        tokens = [t for t in verb.sent if t.i > stray.left_edge.i]  # the parse of the rest is no guide
    if tokens is None:
        tokens = (
            inserted_in_tokens(verb)
            or after_dateline_tokens(verb, reading.dateline)
            or subject_read_as_clause(verb)
            or title_split_tokens(verb)
            or claim_read_as_phrase(verb)
        )
    if tokens is None:
        tokens = request_tokens(verb)
    if tokens is None:
        tokens = claimed_tokens(verb)
    if tokens is None:
        return None
    tokens = [t for t in in_paragraph(tokens, verb, reading) if not reading.dateline[t.i]]  # no "LEEDS --"
    return clause_span(before_with_saying(tokens))


def before_with_saying(tokens: list[Token]) -> list[Token]:
    """A reported clause up to a "with" phrase that brings in another speaker: "said the county had received no
    pesticide, with the county's farm chief, Ann Noor, saying ..." reports up to "pesticide", also where the parser
    hangs "saying" outside the "with" phrase."""
    if not tokens:
        return tokens
    doc, after = tokens[0].doc, tokens[-1].i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    saying_after = after < len(doc) and doc[after].tag_ == "VBG" and doc[after].lemma_.lower() in speech_verbs()
    for k in range(len(tokens) - 1, 0, -1):
        t = tokens[k]
        if (
            t.lower_ == "with"
            and tokens[k - 1].text == ","
            and (saying_after or any(w.tag_ == "VBG" and w.lemma_.lower() in speech_verbs() for w in t.subtree))
        ):
            return tokens[:k]
    return tokens


def with_joined_clause(verb: Token, subject: Token | None, tokens: list[Token] | None) -> list[Token] | None:
    """A cue ending its sentence after two clauses joined by "and", which the parser hung on the first clause with
    the second for its complement, reports both: "Numbers have grown, and the animals now cross busier roads,
    biologists say."."""
    if not tokens or verb.dep_ != "conj" or subject is None or subject.i > verb.i:
        return tokens
    first, doc = verb.head, verb.doc
    start = min(t.i for t in tokens)
    if not (start > first.i and doc[start - 1].lower_ == "and" and doc[start - 1].head == first):
        return tokens
    if any(t.i > verb.i and not t.is_punct and not t.is_space for t in verb.subtree):
        return tokens
    return [t for t in first.subtree if t.i < start] + tokens


def subject_read_as_clause(verb: Token) -> list[Token] | None:
    """The clause before a trailing cue whose verb the parser read as a noun, making the clause a first subject of
    the cue: its verb read as a participle on its subject ("An avalanche swept over a group of skiers ..., the
    Valais Cantonal Police said.") or as a noun joined to it, with a clause of its own after ("Puffins and petrels
    nest underground, where a rat can take eggs ..., she said.")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    first, start = subjects[0], subjects[-1].left_edge.i
    if first.i > start or verb.doc[start - 1].text != ",":
        return None
    participle = any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i == first.i + 1 for c in first.children)
    if not participle and not (
        ends_sentence(verb) and any(t.pos_ == "VERB" and t.dep_ == "relcl" for t in first.subtree)
    ):
        return None
    return [t for t in verb.sent if first.left_edge.i <= t.i < start - 1]


def claim_read_as_phrase(verb: Token) -> list[Token] | None:
    """The claim before a cue that ends its sentence, which the parser read as a phrase hung on the cue rather
    than a clause: "Each week without supply costs the legal market 5 percent of its buyers, she said." ("costs"
    taken for a noun). The cue opens no clause of its own; its subject follows a comma, and before that comma the
    sentence has a finite verb, or words enough for a clause whose verb the tagger took for a noun ("Most labourers
    here support families, she said.")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    sentence, doc = verb.sent, verb.doc
    if subject is None or verb.dep_ != "ROOT" or not ends_sentence(verb) or has_own_object(verb):
        return None
    comma = subject.left_edge.i - 1
    before = [c for c in verb.children if c.i < comma]
    if (
        comma <= sentence.start
        or doc[comma].text != ","
        or not before
        or any(c.dep_ not in ("npadvmod", "advmod", "dep", "prep", "punct") for c in before)
        or not (
            any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in doc[sentence.start : comma])
            or (
                sum(t.is_alpha for t in doc[sentence.start : comma]) >= MIN_MISREAD_CLAIM_WORDS
                and all(c.dep_ in ("npadvmod", "dep", "punct") for c in before)  # not "In a letter to customers,"
            )
        )
    ):
        return None
    return [t for t in sentence if t.i < comma]


MIN_MISREAD_CLAIM_WORDS = 4  # "Most labourers here support families": fewer are a phrase ("Last week, she said")


def title_split_tokens(verb: Token) -> list[Token] | None:
    """The clause before a trailing cue that the parser cut off at the speaker's title ("The ferry is in port,
    Cmdr. Marta Gil told reporters." read as two sentences, the first ending in "Cmdr."): the cue has a subject
    that opens its sentence and reports nothing else; the clause is the sentence before, without the titles."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    start = verb.sent.start
    if (
        subject is None
        or subject.left_edge.i != start
        or start < 2
        or verb.doc[start - 1].text not in abbreviated_titles()
    ):
        return None
    before = verb.doc[start - 1].sent
    words = [t for t in before if t.text not in abbreviated_titles()]
    if len(words) == len(before) or words[-1].text != ",":
        return None
    return words


def claimed_tokens(verb: Token) -> list[Token] | None:
    """What a speaker claims or admits of themselves: "claimed to have captured the airport", "admitted planning
    the attacks"; not a denial ("denied taking the money"), which says what was not done."""
    if verb.lemma_.lower() not in CLAIMING_VERBS:
        return None
    complement = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "xcomp" and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        ),
        None,
    )
    return None if complement is None else infinitive_tokens(complement)


def complement_tokens(verb: Token, subject: Token | None) -> list[Token] | None:
    """The clause complements a cue reports, with an object the parser split off and a condition put before
    the speaker; None when it has none. A clause holding the speaker reports nothing: in "said the 26-year-old
    O'Brien, ranked 65th" the parser made the name the subject of "ranked"."""
    trailing = subject is not None and (  # "..., farmers and retailers say."
        subject == trailing_group(verb) or hung_before_cue(subject, verb)
    )
    clauses = [c for c in reported_clauses(verb) if subject is None or not c.is_ancestor(subject) or trailing]
    if not clauses:
        return None
    if trailing:
        return [t for c in clauses for t in c.subtree if t.i < last_comma_before(speaker_phrase(subject))]
    clause = clauses[0]
    opener = clause.left_edge
    if opener.lower_ == "what" and opener.dep_ == "dobj" and verb.lemma_.lower() not in QUESTION_VERBS:
        return None  # "confirmed what it had been saying for years": a thing said; not "said what happened was"
    tokens = sorted({t for c in clauses for t in without_other_cues(list(c.subtree), c)}, key=lambda t: t.i)
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS | {"expl", "csubj", "mark"}]
    own_subject = bool(subjects) and not (subjects[0].dep_ in SUBJECTS and is_set_off(subjects[0]))
    split_off = [
        c
        for c in verb.children
        if (c.dep_ == "dobj" or (c.dep_ == "xcomp" and c.tag_ == "VBG")) and verb.i < c.i < clause.i
    ]
    if split_off and not own_subject:  # "said fares on the line, the railway it opened, would not change", "said
        # moving a nest usually worked" (a gerund subject read as the cue's complement)
        tokens = list(split_off[0].subtree) + tokens
    tokens += [t for c in reported_conjuncts(verb, clauses[-1]) for t in c.subtree]
    if clause.i < verb.i and joins_clause_before(verb, clause):
        tokens = [t for t in verb.head.subtree if t.i < clause.left_edge.i] + tokens
    if subject is not None and clause.i < subject.i < verb.i:
        tokens += hung_between(verb, clause, subject)
    if clause.i > verb.i and subject is not None:
        conditions = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i < min(subject.i, verb.i)
            and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
        ]
        tokens = [t for c in conditions for t in c.subtree] + tokens
    return tokens


def hung_between(verb: Token, clause: Token, subject: Token) -> list[Token]:
    """The words of a claim before a trailing cue that the parser hung on the cue between the clause it reports and
    its speaker: "Moldova has 500 pairs of storks, most of them in the south, and the number has fallen, the society
    said." reports all of it, not "Moldova has 500 pairs of storks" alone; up to the comma before the speaker."""
    before = subject.left_edge.i
    comma = max((t.i for t in verb.doc[clause.right_edge.i + 1 : before] if t.text == ","), default=before)
    hung = [c for c in verb.children if clause.right_edge.i < c.i < comma and c.dep_ not in SUBJECTS]
    if any(t.lemma_.lower() in speech_verbs() for c in hung for t in c.subtree):
        return []
    return [t for c in hung for t in c.subtree if t.i < comma]


def joins_clause_before(verb: Token, clause: Token) -> bool:
    """A cue ending its sentence that the parser joined to a first clause before the one it reports, an "and" or
    "but" between them: "The government is in talks with insurers, and an offer could come within weeks, a source
    said." reports both clauses."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < clause.left_edge.i
        and ends_sentence(verb)
        and any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i == clause.left_edge.i - 1 for c in head.children)
    )


def speaker_phrase(subject: Token) -> Token:
    """The first word of a speaker's phrase: the role a name is set beside ("the federation's president, Daniel
    Armah"), else the speaker."""
    role = subject.head
    if subject.dep_ == "appos" and role.pos_ == "NOUN" and role.i + 2 == subject.left_edge.i:
        return role.left_edge
    return subject


def hung_before_cue(subject: Token, verb: Token) -> bool:
    """A speaker set off by a comma right before its cue that the parser hung on the last noun of the clause the cue
    reports: "... the hills above West Kelowna, the BC Wildfire Service said", read as Kelowna's appositive."""
    before = subject.left_edge.i - 1
    after = subject.right_edge.i + 1
    return (
        subject.dep_ == "appos"
        and (after == verb.i or (after + 1 == verb.i and subject.doc[after].text == ","))
        and before > 0
        and subject.doc[before].text == ","
        and any(c.i < verb.i for c in reported_clauses(verb))  # not "In Brasilia, Brazil's ministry said it ..."
    )


def object_clause_tokens(verb: Token) -> list[Token] | None:
    """A clause the parser broke after the cue's object: in "quoted a police officer as saying explosives had been
    found" it took "explosives" for the object of "saying" and hung "had been found", which has no subject, on
    "quoted". The object and that verb phrase; None when the words after the object are no such verb."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not objects or objects[0].right_edge.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[objects[0].right_edge.i + 1]
    clause = after.head if after.dep_ in ("aux", "auxpass") else after
    if (
        after.pos_ not in ("AUX", "VERB")
        or clause.pos_ not in ("VERB", "AUX")
        or clause.i < after.i
        or clause in verb.subtree
        or any(c.dep_ in SUBJECTS | {"expl"} and c != verb.head for c in clause.children)  # the speaker, read as
        # its subject: "with analysts saying a closure would wipe out its profit"
        or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in BACKSHIFTED for c in clause.children)
    ):
        return None
    return list(verb.doc[objects[0].left_edge.i : clause.right_edge.i + 1])


def time_clause_tokens(verb: Token) -> list[Token] | None:
    """A reported clause the parser cut at a phrase of time: in "said dhows still at sea after the deadline would be
    held" it read "after" as opening a clause of time, which takes no "would", and hung it on the cue, leaving the
    clause's subject an object or a phrase of the cue's own. The words from the cue to that clause's end; None when a
    finite verb comes first."""
    doc = verb.doc
    if (
        verb.lemma_.lower() not in CLAUSE_ONLY_CUES
        or verb.i + 1 >= len(doc)
        or doc[verb.i + 1].pos_ not in SUBJECT_STARTS
    ):
        return None
    for clause in verb.children:
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in TIME_MARKS), None)
        if (
            clause.dep_ == "advcl"
            and mark is not None
            and verb.i + 1 < mark.i
            and any(
                a.dep_ in ("aux", "auxpass") and a.tag_ == "MD" and a.lower_ in BACKSHIFTED for a in clause.children
            )
            and not any(t.tag_ in FINITE_TAGS for t in doc[verb.i + 1 : mark.i])
        ):
            return list(doc[verb.i + 1 : clause.right_edge.i + 1])
    return None


def reported_conjuncts(verb: Token, clause: Token) -> list[Token]:
    """Verbs joined to a cue after what it reports, with no subject of their own and the backshifted tense of
    reported speech: in "the group said it was disappointed and was considering a challenge", or "... and would
    not comment further", the parser hangs them on "said", but the speaker says them; "... and left the room"
    is the writer's. A second "that" clause is said too: "said the fine was welcome but that education would do
    more", and so is one of a future in the past (`is_future_in_the_past`)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > clause.i
        and c.lemma_.lower() not in speech_verbs()
        and (
            (c.left_edge.lower_ == "that" and c.doc[c.left_edge.i - 1].dep_ == "cc")  # "but that ..."
            or is_future_in_the_past(c)  # "..., but the solution would be to accord it autonomy"
            or (
                not any(a.dep_ in SUBJECTS for a in c.children)
                and (
                    any(a.dep_ in ("aux", "auxpass") and a.lower_ in BACKSHIFTED for a in c.children)
                    or (c.pos_ == "AUX" and c.lower_ in BACKSHIFTED)  # "... and was in contact with the council"
                )
            )
        )
    ]


def is_future_in_the_past(clause: Token) -> bool:
    """A clause joined by "but" or "and" with a subject of its own and "would", "could" or "might": the tense of
    reported speech, so the speaker's words go on ("said Chechnya must remain part of Russia, but the solution would
    be to accord it autonomy")."""
    return (
        any(a.dep_ == "cc" and a.lower_ in ("but", "and") and a.i < clause.left_edge.i for a in clause.head.children)
        and any(a.dep_ in SUBJECTS and a.tag_ != "WP" for a in clause.children)
        and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might") for a in clause.children)
    )


def inserted_in_tokens(verb: Token) -> list[Token] | None:
    """The clause a cue is inserted in ("Still, he said, ...", "As iFixit points out, ..."), without the cue."""
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and verb.i < head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    ):  # "As iFixit points out, the keyboard is ..."
        inserted = range(verb.left_edge.i, verb.right_edge.i + 1)
        return [t for t in head.subtree if t.i not in inserted]
    if (trailing := trailing_relative_phrase(verb)) is not None:  # "..., the company that runs it said."
        return [t for t in verb.sent if t.i < trailing[0]]
    if is_misread_trailing_cue(verb):  # "..., admissions tutors say.": "admissions" parsed as an adverb, "say" on it
        inserted = range(head.left_edge.i, head.right_edge.i + 1)
        return [t for t in head.head.subtree if t.i not in inserted]
    if is_conjoined_trailing_cue(verb):  # "Pharmacies have started rationing patches, the regulator said."
        comma = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i).left_edge.i - 1
        return [t for t in first_conjunct(head).subtree if t.i < comma]  # "A will be fined, and B must ..., X said"
    if head.pos_ not in ("VERB", "AUX") or has_own_object(verb):
        return None
    reported = head.lemma_.lower() in speech_verbs()  # "kites found dead ..., police said": what the cue reports
    if verb.dep_ == "ccomp" and is_set_off_before(verb) and not reported:  # "If prices rise, she told reporters,"
        conditions = fronted_conditions(verb)
        return conditions + [t for t in head.subtree if t.i > verb.right_edge.i]
    if verb.dep_ == "parataxis":
        inserted = (verb.left_edge.i, verb.right_edge.i)
        before = [t for t in head.subtree if t.i < inserted[0]]
        after = [t for t in head.subtree if t.i > inserted[1]]
        if head.i > inserted[1] and not any(
            t.head.i == head.i and t.dep_ in SUBJECTS | {"expl", "csubj"} for t in before
        ):
            before = fronted_conditions(head)  # "Once the refineries are running, the spokesman said, prices ..."
        return before + after
    return None


def after_dateline_tokens(verb: Token, dateline: list[bool]) -> list[Token] | None:
    """The clause before a cue that ends its sentence when the parser made the dateline the sentence's head and hung
    both on it ("ATAKPAMÉ, Togo — Collectors must register, after one vanished, the council said"): the words
    between the dateline and the cue's phrase."""
    head = verb.head
    if verb.dep_ != "parataxis" or not dateline[head.i] or not ends_sentence(verb):
        return None
    return [t for t in head.subtree if t.i < verb.left_edge.i and not dateline[t.i]] or None


def relative_trailing_speaker(verb: Token) -> Token | None:
    """The speaker of a cue ending its sentence after a comma, named by a noun with a relative clause, which the
    parser hung elsewhere (the clause as a second relative clause with "it" for subject, the noun as an apposition
    of the place before it): "..., the company that runs it said.", "..., the family firm that owns the cellar said
    on Thursday.": the company, the firm."""
    found = trailing_relative_phrase(verb)
    return found[1] if found is not None else None


def trailing_relative_phrase(verb: Token) -> tuple[int, Token] | None:
    """The comma opening, and the noun heading, a phrase "the NOUN [of NOUNS] that/which/who ..." standing right
    before a cue that ends its sentence, with only words of time or manner after it ("an association of merchants
    that issues the notes said": the association)."""
    doc, sentence = verb.doc, verb.sent
    after = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    closes = ends_sentence(verb) or (after is not None and after.text in (".", "!", "?"))
    if not closes or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in SUBJECTS for t in doc[verb.i + 1 : verb.right_edge.i + 1]):
        return None
    relative = next(
        (t for t in reversed(doc[sentence.start : verb.i]) if t.lower_ in ("that", "which", "who") or t.text == ","),
        None,
    )
    if relative is None or relative.text == "," or relative.i < 2 or doc[relative.i - 1].pos_ != "NOUN":
        return None
    if any(t.is_quote for t in doc[relative.i : verb.i]):
        return None  # the phrase closes a quotation: '"..., the French schools that are full?" he asked.'
    misread_verb = doc[relative.i + 1].tag_ == "NNS"  # "the state office that polices damage to nature said"
    if not misread_verb and not any(t.pos_ in ("VERB", "AUX") for t in doc[relative.i + 1 : verb.i]):
        return None  # "..., a government agency that advises councils.": the cue is the clause's own verb
    noun = doc[relative.i - 1]
    comma = noun.i - 1
    while (
        comma > sentence.start
        and doc[comma].text != ","
        and (
            doc[comma].pos_ in NOUN_PHRASE_WORDS
            or doc[comma].lower_ == "of"  # "an association of merchants that"
            or doc[comma].dep_ == "amod"  # "the state-owned company that"
            or doc[comma].tag_ == "HYPH"
        )
    ):
        comma -= 1
    if doc[comma].text != "," or comma == noun.i - 1:
        return None
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and comma < of.head.i:
        noun = of.head  # "an association of merchants that issues the notes said": the association
    return comma, noun


NOUN_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})  # "the country's family firm"


def is_misread_trailing_cue(verb: Token) -> bool:
    """A cue after a comma at the end of its sentence that the parser hung as a relative clause on the first word of
    its subject, taken for an adverb ("..., admissions tutors say."): it reports the clause before the comma."""
    noun, doc = verb.head, verb.doc
    after = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    return (
        verb.dep_ == "relcl"
        and noun.dep_ == "npadvmod"
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.head.i < noun.i
        and noun.i > 0
        and doc[noun.left_edge.i - 1].text == ","
        and any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
        and (after is None or after.text in (".", "!", "?", "\n"))
    )


def is_conjoined_trailing_cue(verb: Token) -> bool:
    """A cue with its own subject after a comma, ending its sentence, that the parser joined to the clause before it
    without "and" or "but", or hung on it as an adverbial clause with no "as" or "because": that clause, with the
    verbs joined inside it, is what it reports ("..., the Health Products Regulatory Authority said on Monday.", "A
    club has been fined and ordered to ..., the federation said.", "Mills may no longer set fire to fields ..., after
    a harvest in which ash fell ..., the environment ministry said on Thursday.")."""
    head, doc = verb.head, verb.doc
    after = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    joined_before = max((c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i), default=head.i)
    misjoined = verb.dep_ == "conj" or (verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children))
    return (
        misjoined
        and head.i < verb.i
        and subject is not None
        and doc[subject.left_edge.i - 1].text == ","
        # the parser may hang the comma, or a phrase or clause of the reported clause ("after a harvest ...",
        # "after cleaners spent weeks ..."), on the cue
        and all(
            c.dep_ in ("punct", "prep", "advmod", "npadvmod")
            or (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))
            for c in verb.children
            if c.i < subject.i
        )
        and not any(c.dep_ in ("cc", "preconj") and joined_before < c.i < verb.i for c in head.children)
        and (ends_sentence(verb) or after is None or after.is_space or after.text in (".", "!", "?"))
    )


def ends_sentence(verb: Token) -> bool:
    """Whether a verb's phrase closes its sentence with a full stop, question or exclamation mark of its own."""
    words = [t for t in verb.doc[verb.i : verb.right_edge.i + 1] if not t.is_space]
    return words[-1].text in (".", "!", "?")


def is_set_off_before(verb: Token) -> bool:
    """Whether a cue the parser made the complement of the clause after it is set off by a comma before that
    clause's own subject: an inserted cue ("..., she told reporters, fares will follow"), not "He said, they say"."""
    head = verb.head
    end = verb.right_edge.i
    return (
        head.i > end + 1
        and verb.doc[end + 1].text == ","
        and any(c.dep_ in SUBJECTS for c in verb.children)
        and any(c.dep_ in SUBJECTS and c.i > end for c in head.children)
    )


def fronted_conditions(word: Token) -> list[Token]:
    """The adverbial clauses with a subject of their own put before a word ("If prices rise, ...", "Once the
    refineries are running, ..."): conditions of what is reported, not the writer's framing."""
    return [
        t
        for c in word.children
        if c.dep_ == "advcl" and c.i < word.i and any(a.dep_ in SUBJECTS for a in c.children)
        for t in c.subtree
    ]


def request_tokens(verb: Token) -> list[Token] | None:
    """Whom a cue asks to do what ("urged Vietnam to push back") or accuses of what ("accused China of ...")."""
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    charges = [  # "accused China of using coercion", also where the parser hangs "of" on the object
        c
        for c in [*verb.rights, *(addressee.rights if addressee is not None else ())]
        if c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pcomp" for p in c.children)
    ]
    if addressee is not None and charges:
        return sorted({t for t in [*addressee.subtree, *charges[0].subtree]}, key=lambda t: t.i)
    complement = next(  # "advised people within a mile of the site to keep ...": an adverbial to the parser
        (c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)), None
    )
    if complement is not None:
        addressees = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i < complement.i and verb.lemma_.lower() in directive_verbs()
        ]
        # "called on the government to withdraw", not "agreed on Thursday to open talks"
        addressees += [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 and verb.lemma_.lower() == "call"
            for p in c.children
            if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
        ]
        if addressees:
            return list(addressees[0].subtree) + infinitive_tokens(complement)
    return None


def infinitive_tokens(complement: Token) -> list[Token]:
    """A "to" clause without a gerund the parser coordinated with it, which goes with the cue ("telling him to
    sit down and threatening to leave")."""
    gerunds = [c for c in complement.children if c.dep_ == "conj" and c.tag_ == "VBG" and complement.tag_ == "VB"]
    cut = {t.i for g in gerunds for t in g.subtree}
    cut |= {c.i for c in complement.children if c.dep_ == "cc" and any(c.i < g.i for g in gerunds)}
    return [t for t in complement.subtree if t.i not in cut]


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a cue reports, on one side of it.

    Its clause complements (the parser may cut one in two: "admitted that the share of calls ... was
    greater"), a plain clause before it the parser took for an adverbial, a that-clause the parser coordinated
    with an object ("announced a new service and that prices would fall") or hung on the noun of a phrase
    ("announced in a memo that he would take leave", "said after the game that the team had played well", where
    "that" is parsed as the object).
    A clause before the cue is what it reports only when no semicolon parts them ("the prosecutor asked him;
    he claimed he had no idea"), no clause complement follows the cue, and the cue has no object of its own but
    whom it speaks to ("..., an expert told Newsweek"): in "Sales will rise; Acme announced no new products" it
    reports nothing, and a clause with a subject of its own and no "that" after that object runs on from the
    writer's sentence ("Acme announced a phone, which ships in May, rivals will follow"). A cue in a "that" clause
    or an adverbial one reports no "that" clause joined to its own: both are what an outer cue reports ("said that
    guests had complained about the noise and that the lodges would train guides", "said the roads were chosen
    after residents answered a review and that schools would stay at 20 mph").
    """
    found = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "parataxis")
        and not is_small_clause(c)
        and not is_misread_object(verb, c)
        and not is_cue_aside(c)
        and not is_name_read_as_clause(c)
    ]
    found += [c for c in verb.children if c.dep_ == "conj" and is_that_clause(c) and not is_subordinate_clause(verb)]
    found += [verb.head] if appositive_right_before(verb) is not None else []  # "..., the rescue service said."
    found += [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and is_plain_clause(c)]
    found += [
        name  # "PERTH, Scotland — Four eagles found dead ... had been poisoned, police said": all hung on the dateline
        for name in verb.children
        if (name.dep_ == "advcl" or (name.dep_ == "nsubj" and has_later_subject(verb, name)))  # "OSLO — ..., X said"
        and name.i < verb.i
        and name.pos_ == "PROPN"
        and name.is_upper
        and name.left_edge.is_sent_start
        and any(t.pos_ == "VERB" for t in name.subtree)
    ]
    found += [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.i > verb.i
        for noun in prep.children
        if noun.dep_ == "pobj"
        for clause in noun.children
        if clause.dep_ in ("relcl", "acl")
        and (
            is_that_clause(clause)
            or any(is_complementizer(c) for c in clause.children)
            or is_second_object(clause.left_edge)
            or is_misread_subject_that(clause)
        )
    ]
    if has_own_object(verb):
        found = [c for c in found if c.i > verb.i and not runs_on(verb, c)]
    found += stance_clauses(verb)
    if verb.lemma_.lower() in ADDRESSING_VERBS:  # "told the newspaper he had spent ten years": not a relative clause
        found += [
            clause
            for noun in verb.children
            if noun.dep_ == "dobj" and noun.i > verb.i
            for clause in noun.children
            if clause.dep_ == "relcl"
            and (
                (
                    not any(c.tag_ in ("WDT", "WP", "WRB") for c in clause.subtree)
                    and any(c.dep_ == "nsubj" and c.lower_ in PERSONAL_SUBJECTS for c in clause.children)
                )
                or is_that_clause(clause)  # "told the weekly Cambrian News that visitors liked the quieter streets"
                or any(is_complementizer(c) for c in clause.children)  # "told ... that most guests arrived by yacht"
            )
        ]
    found = [c for c in found if c.i > verb.i or not any(t.text == ";" for t in verb.doc[c.i : verb.i])]
    if any(is_own_clause(verb, c) for c in found):  # `"... decide" Meyer says he will wait`
        found = [c for c in found if c.i > verb.i]
    found.sort(key=lambda c: c.i)
    return [c for c in found if (c.i > verb.i) == (found[0].i > verb.i)]


def is_plain_clause(clause: Token) -> bool:
    """A finite clause with a subject and no subordinator, which the parser may hang on a cue after it as an
    adverbial ("The founder spent the money, a prosecutor said"); not "When prices fell, ..."."""
    return (
        (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children))
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in clause.children)
    )


def stance_clauses(verb: Token) -> list[Token]:
    """The clause on a stance a cue expresses: "expressed confidence (that) the airport would fall", "voiced hope
    that talks resume"; not a relative clause ("expressed the hope which ...")."""
    if verb.lemma_.lower() not in EXPRESSING_VERBS:
        return []
    return [
        clause
        for noun in verb.children
        if noun.dep_ == "dobj" and noun.lemma_.lower() in STANCE_NOUNS
        for clause in noun.children
        if clause.dep_ in ("acl", "relcl", "ccomp")
        and any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children)
        and not any(c.tag_ in ("WDT", "WP", "WRB") for c in clause.children)
    ]


def is_misread_object(verb: Token, clause: Token) -> bool:
    """A noun right after the cue that the parser took for a clause's verb with an object and no subject: in
    "Larchwood charges councils an average of 6,400 pounds" nothing is said."""
    return (
        clause.i == verb.i + 1
        and any(c.dep_ == "dobj" for c in clause.children)
        and not any(c.dep_ in SUBJECTS | {"expl", "aux", "auxpass", "mark"} for c in clause.children)
    )


CLAUSE_ONLY_CUES = frozenset({"say", "tell", "add", "claim", "state", "insist", "argue", "confirm", "explain"})


def is_small_clause(clause: Token) -> bool:
    """A participle or adjective with a subject of its own and no auxiliary, verb or "that": what was seen or found
    ("found the boy sitting on a kerb", "saw them leaving", "found it tranquil"), not something said. Only after
    its verb: before a cue a past tense the tagger read as a participle is reported ("A sinkhole opened in a street
    on Friday, firefighters said")."""
    misread_past = clause.tag_ == "VBN" and clause.head.lemma_.lower() in CLAUSE_ONLY_CUES  # "said the area covered"
    return (
        clause.dep_ == "ccomp"
        and clause.i > clause.head.i
        and not misread_past
        and (
            clause.tag_ in ("VBG", "VBN")
            or (clause.pos_ not in ("VERB", "AUX") and not any(c.pos_ in ("VERB", "AUX") for c in clause.children))
        )
        and any(c.dep_ in SUBJECTS for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
    )


def is_own_clause(verb: Token, clause: Token) -> bool:
    """A clause complement after a cue, with a subject of its own and in the writer's words (no quotation mark
    opens between them)."""
    return (
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children)
        and not any(t.is_quote for t in verb.doc[verb.i + 1 : clause.left_edge.i + 1])
    )


def runs_on(verb: Token, clause: Token) -> bool:
    """Whether a clause after a cue's own object is a sentence of the writer's run on to it, not what it reports."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    return (
        bool(objects)
        and bool(subjects)
        and not any(c.dep_ == "mark" or is_complementizer(c) for c in clause.children)
        and not is_set_off(subjects[0])  # "said fares on the line, the railway it opened in 2024, would not change"
    )


def is_set_off(noun: Token) -> bool:
    """Whether commas stand right before and right after a noun's phrase: a description set beside a noun before
    it, which the parser took for a subject."""
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    before = doc[start] if doc[start].text == "," else doc[start - 1] if start > 0 else None
    after = doc[end] if doc[end].text == "," else doc[end + 1] if end + 1 < len(doc) else None
    return before is not None and after is not None and before.text == after.text == ","


def has_own_object(verb: Token) -> bool:
    """Whether a cue says something of its own: an object that is not whom it speaks to, or a "to" clause. A noun
    set off by a comma after the cue is no object but a comment on the sentence ("..., the trade body said on
    Tuesday, the third severe frost in five years")."""
    addressed = verb.lemma_.lower() in directive_verbs()
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "dobj" and not addressed and verb.doc[c.left_edge.i - 1].text != ",")
        for c in verb.children
    )


def is_subordinate_clause(clause: Token) -> bool:
    """A "that" clause, or an adverbial one with a word that marks it ("after residents answered a review")."""
    marked_adverbial = clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)
    return is_that_clause(clause) or marked_adverbial


def is_that_clause(clause: Token) -> bool:
    """A clause with "that" and a subject of its own ("that prices would fall"), not a relative clause."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in SUBJECTS | {"expl"} for c in clause.children
    )


def without_other_cues(tokens: list[Token], clause: Token) -> list[Token]:
    """A reported clause without a speech verb coordinated to it, set off after it as a participle ("..., arguing
    that ...") or conceding something after it with a subject of its own ("..., though he added that ..."; not
    "... until the board wrote to him"), which reports something else."""
    for conj in clause.children:
        after = conj.dep_ == "advcl" and conj.i > clause.i
        if (
            (
                conj.dep_ == "conj"
                or (
                    after
                    and conj.tag_ == "VBG"
                    and conj.nbor(-1).text == ","
                    and not any(c.dep_ in SUBJECTS for c in conj.children)
                )
                or (
                    after
                    and any(c.dep_ == "nsubj" for c in conj.children)
                    and any(c.dep_ == "mark" and c.lower_ in CONCESSIONS for c in conj.children)
                )
            )
            and conj.pos_ == "VERB"
            and conj.lemma_.lower() in speech_verbs()
            and not any(
                c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in conj.children
            )
            # "say the vote was rushed and that older people were never asked": the report's second part
            and not reports_inside_report(conj)  # "said his team had carried out ... and had advised ...": one report
            and not is_reported_deed(conj)  # "... was reviewing the figures and would report to the council"
            and not adds_something(conj)  # "will raise the duty, adding 1.50 crowns to the price": the raise's
        ):
            cut = {t.i for t in conj.subtree} - set(object_span(misread_object(conj)))
            cut |= {c.i for c in clause.children if c.dep_ == "cc" and c.i < conj.i}
            tokens = [t for t in tokens if t.i not in cut]
    for with_phrase in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > clause.i):
        if any(v.tag_ == "VBG" and v.lemma_.lower() in speech_verbs() for v in with_phrase.children):
            cut = {t.i for t in with_phrase.subtree}  # "..., with Hebridean Link saying ...": another's words
            tokens = [t for t in tokens if t.i not in cut]
    return tokens


def misread_object(conj: Token) -> Token | None:
    """The object of a verb that the parser made the subject of the verb coordinated after it: in "said it had
    documented 11 injuries, two of them from bullets, and called on the police to ...", the injuries were
    documented, and whoever documented them called on the police."""
    first = conj.head
    if conj.dep_ != "conj" or first.pos_ != "VERB" or first.i > conj.i:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "prt") for c in first.children):
        return None
    subject = next((c for c in conj.children if c.dep_ == "nsubj" and c.i < conj.i), None)
    if subject is None or subject.left_edge.i != first.i + 1 or subject.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return subject


def object_span(noun: Token | None) -> range:
    """The token positions of a noun phrase without the comma or "and" its subtree ends in."""
    if noun is None:
        return range(0)
    end = noun.right_edge.i
    while end > noun.i and (noun.doc[end].is_punct or noun.doc[end].dep_ == "cc"):
        end -= 1
    return range(noun.left_edge.i, end + 1)


def is_reported_deed(verb: Token) -> bool:
    """A speech verb the reported speech says someone would do, no cue of the writer's: "was reviewing the figures
    and would report to the council"."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "might", "should") for c in verb.children
    )


def adds_something(verb: Token) -> bool:
    """ "Add" with a noun for its object and no clause adds that, no words: "adding 1.50 crowns to the price", "added
    300 jobs"; not "added the exact circumstances remained unclear", a clause the parser cut after its subject."""
    return (
        verb.lemma_.lower() == "add"
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM", "PROPN") for c in verb.children)
        and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        and stray_that_clause(verb) is None  # "added that terrace tips made up half her income"
    )


def in_paragraph(tokens: list[Token], anchor: Token, reading: Reading) -> list[Token]:
    """The tokens in the anchor's paragraph: a heading the parser joined to a sentence is not reported speech."""
    start, end = reading.paragraph(anchor.idx)
    return sorted((t for t in tokens if start <= t.idx < end), key=lambda t: t.i)


def is_complementizer(token: Token) -> bool:
    """A "that" the parser took for a pronoun object or subject although its clause has a subject of its own
    ("wrote that the company would keep buying shares", "wrote in the parish magazine that pilgrims had walked");
    not "said that was wrong"."""
    return token.lower_ == "that" and any(c.dep_ in SUBJECTS and c.i > token.i for c in token.head.children)


def is_second_object(token: Token) -> bool:
    """A "that" the parser made the object of a verb that has an object of its own after it: in "told analysts on
    a call that Kessler had offered to sell two plants" it opens what was said, not a relative clause on "call"."""
    return (
        token.lower_ == "that"
        and token.dep_ == "dobj"
        and any(c.dep_ == "dobj" and c.i > token.i for c in token.head.children)
    )


def is_misread_subject_that(clause: Token) -> bool:
    """A "that" the parser made the subject of the word right after it, read as a verb in the present: in "said in
    an email that brides book the pines" it opens what was said, the plural noun its subject ("brides" heads no
    relative clause on "email"), and in "said in a statement that calls for calm" the statement's words follow."""
    that = clause.left_edge
    return that.lower_ == "that" and that.dep_ == "nsubj" and clause.tag_ in ("VBZ", "VBP") and clause.i == that.i + 1


def clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The reported clause without its "that", a leading "but", outer punctuation and trailing titles, keeping the mark
    that closes a quotation inside it ("faced “a very difficult winter”")."""
    while tokens and (
        (tokens[0].dep_ in CLAUSE_MARKERS and tokens[0].lower_ in ("that", "but", "and"))
        or is_complementizer(tokens[0])
        or is_second_object(tokens[0])
        or (tokens[0].lower_ == "that" and tokens[0].head.dep_ == "relcl" and is_misread_subject_that(tokens[0].head))
        or tokens[0].is_punct
        or tokens[0].is_space
    ):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].text in abbreviated_titles()):
        tokens.pop()  # "..., Det. Insp. Karen Holt said": the titles are the speaker's
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc_text(tokens[0].doc)
    if len(QUOTE_MARK.findall(text, start, end)) % 2 and (m := CLOSING_MARK.match(text, end)):
        end = m.end()
    return start, end


def is_manner_of_doing(according: Token, source: Token) -> bool:
    """An "according to" right after the verb it modifies, of no one: how a thing is done ("licences would be shared
    out according to last year's sales"), not who says so ("..., according to the ministry")."""
    before = according.doc[according.i - 1] if according.i > 0 else None
    right_after_verb = before is not None and (
        before == according.head or (before.dep_ == "prt" and before.head == according.head)
    )
    named = source.ent_type_ or source.pos_ in ("PROPN", "PRON")
    return right_after_verb and according.head.pos_ == "VERB" and not named and not is_source(source)


def according_rows(reading: Reading) -> list[dict]:
    """ "According to the ministry, the plant will close": the clause, attributed to the object of "to".

    Skipped when its source is a document with no author of its own that relays an attribution
    around or inside it ("X said ..., according to a statement", "NPD said, according to those
    figures, ..."), or when the clause holds a direct quote: those rows exist already. A named
    source stays beside the attribution it reports ("According to the Times, an insider claimed ...").
    """
    direct = [(s, e) for (s, e), kind in zip(reading.spans, reading.kinds) if kind == "direct"]
    rows = []
    for according in reading.doc:
        if according.lower_ != "according" or reading.quoted[according.i]:
            continue
        to = next((c for c in according.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        head = according.head
        for _ in range(3):
            if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
                break
            head = head.head
        sentence = according.sent
        if source is None and to is not None and (unparsed := unparsed_according(reading, according, to)) is not None:
            source, phrase = unparsed  # "According to NZ Transport Agency Waka Kotahi (NZTA), 14 crashes ..."
            head = sentence.root
        elif source is None or is_manner_of_doing(according, source):
            continue
        else:
            phrase = according_phrase(according)
        if head.i == according.i and (phrase := opening_according_phrase(reading, according, source)) is None:
            continue
        if all(t.is_punct or t.is_space for t in reading.doc[phrase[-1] + 1 : sentence.end]):
            while (head.dep_ == "conj" or (head.dep_ == "advcl" and head.tag_ == "VBG")) and head.head.pos_ in (
                "VERB",
                "AUX",
            ):
                head = head.head  # "... were taken to hospital and were stable, according to X", "Ash closed the
                # airport, stranding 9,000 passengers, according to X": the whole sentence
        tokens = [t for t in head.subtree if t.i not in phrase and sentence.start <= t.i < sentence.end]
        if (
            is_document(source)
            and not has_author(source)
            and (
                any(
                    reading.is_cue(t)
                    and (subject := speaker_token(t, reading.dateline)) is not None
                    and reported_span(t, subject, reading) is not None
                    for t in tokens
                )
                or inside_reported_clause(reading, according)
            )
        ):
            continue
        if head.i < phrase[0] and any(t.i > phrase[-1] for t in tokens):  # "X happened, according to Y, and ..."
            tokens = [t for t in tokens if t.i < phrase[0]]
        span = clause_span([t for t in in_paragraph(tokens, according, reading) if not reading.dateline[t.i]])
        if span is None or any(s < span[1] and span[0] < e for s, e in direct):
            continue
        speaker = reading.speakers.resolve(source)
        phrase_end = reading.doc[phrase[-1]].idx + len(reading.doc[phrase[-1]])
        if speaker.start < phrase_end < speaker.end:
            speaker = Speaker(reading.text[speaker.start : phrase_end], speaker.start, phrase_end)
        rows.append(
            quote_row(
                reading.sentence_no(according.idx),
                speaker,
                ACCORDING,
                reading.text[span[0] : span[1]],
                "indirect",
                *span,
            )
        )
    return rows


def according_phrase(according: Token) -> range:
    """Token indices of "according to X": up to the comma that closes it before the clause, when the
    parser ran the clause's subject into it ("According to a report in Wired, a memo at Acme showed ..."), and with
    a participle set off after it that describes X ("According to the minutes, published two weeks ago, ...")."""
    start, end = according.left_edge.i, according.right_edge.i
    doc = according.doc
    if end + 1 < len(doc) and not doc[end + 1].is_punct and according.i < according.head.i:
        commas = [t.i for t in doc[according.i : end + 1] if t.text == ","]
        if commas:
            end = commas[-1] - 1
    participle = doc[end + 2] if end + 2 < len(doc) and doc[end + 1].text == "," else None
    if (  # "According to the minutes, published two weeks ago, ...": what the participle says is of the source
        participle is not None
        and participle.dep_ == "advcl"
        and participle.tag_ == "VBN"
        and not any(c.dep_ in SUBJECTS for c in participle.children)
        and participle.right_edge.i + 1 < len(doc)
        and doc[participle.right_edge.i + 1].text == ","
    ):
        end = participle.right_edge.i + 1
    return range(start, end + 1)


def unparsed_according(reading: Reading, according: Token, to: Token) -> tuple[Token, range] | None:
    """ "According to X, ..." opening a sentence where the parser made X the subject of the clause's verb: the
    source is the name after "to" (a short form in brackets and a relative clause set off by commas aside:
    "According to NZ Transport Agency Waka Kotahi (NZTA), which keeps crash records, 14 crashes ..."), the phrase
    ends at the comma after it."""
    doc = according.doc
    if not all(reading.dateline[t.i] for t in doc[according.sent.start : according.i]):
        return None
    end = to.i + 1
    while end < according.sent.end and (doc[end].is_title or doc[end].is_upper) and doc[end].is_alpha:
        end += 1
    if end == to.i + 1:
        return None
    source = doc[end - 1]
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("which", "who"):
        end = next((t.i for t in doc[end + 1 : according.sent.end] if t.text == ","), according.sent.end)
    if end >= according.sent.end - 3 or doc[end].text != ",":
        return None
    return source, range(according.i, end + 1)


RELATIVE_OPENERS = frozenset({"which", "who", "whose"})


def opening_according_phrase(reading: Reading, according: Token, source: Token) -> range | None:
    """ "According to X, ..." opening a sentence whose verb the parser missed, making "according" its root (
    "According to the committee, which monitors colonies, about 136,000 pairs of puffins nest on St Kilda"): the
    phrase ends at the comma closing the source, and the rest of the sentence is the clause. A dateline may come
    first."""
    end = source.right_edge.i
    commas = [t.i for t in according.doc[source.i + 1 : end] if t.text == ","]
    if len(commas) >= 2 and according.doc[commas[0] + 1].lower_ in RELATIVE_OPENERS:
        end = commas[1]  # "According to Statistics Canada, which runs the census, about 15,000 people live ...", the
        # clause's verb hung on the source as a second relative clause
    words = [t for t in according.sent if t.i > end and not (t.is_punct or t.is_space)]
    opens = all(reading.dateline[t.i] for t in according.doc[according.sent.start : according.i])
    if not opens or according.doc[end].text != "," or len(words) < 3:
        return None
    return range(according.i, end + 1)


def inside_reported_clause(reading: Reading, token: Token) -> bool:
    """Whether a token lies in what a cue around it reports ("NPD said [that, according to its figures, ...]")."""
    return outer_cue(reading, token) is not None


def outer_cue(reading: Reading, token: Token) -> Token | None:
    """The cue whose reported clause holds a token."""
    path = {t.i for t in [token, *token.ancestors]}
    return next(
        (t for t in token.ancestors if reading.is_cue(t) and any(c.i in path for c in reported_clauses(t))), None
    )


def has_author(document: Token) -> bool:
    """Whether a document names who wrote it: "Apple's statement", "a report in Wired", "figures released by NPD"
    ("its figures" points back to whoever speaks around it)."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS)
        or author_phrase(c)
        for c in document.children
    )


def post_rows(reading: Reading, rows: list[dict]) -> list[dict]:
    """Embedded posts signed `— Name (@handle) date`: the lines above the signature, as the name's words."""
    found = []
    for m in POST_SIGNATURE.finditer(reading.text):
        para_start, _ = reading.paragraph(m.start())
        if para_start == m.start():  # the signature is a paragraph of its own: the post is the one before
            previous = [p for p in reading.paragraph_bounds if p[1] <= m.start()]
            if not previous:
                continue
            para_start, content_end = previous[-1]
        else:
            content_end = m.start()
        span = trim(reading.text, para_start, content_end)
        if span is None or any(r["start_char"] < span[1] and span[0] < r["end_char"] for r in rows):
            continue
        speaker = Speaker(m.group("name").strip(), m.start("name"), m.start("name") + len(m.group("name").strip()))
        found.append(
            quote_row(reading.sentence_no(span[0]), speaker, None, reading.text[span[0] : span[1]], "direct", *span)
        )
    return found


def transcript_rows(reading: Reading, rows: list[dict]) -> list[dict]:
    """The answers of an interview printed as a transcript ("Newsflow: Was the report right?" then "Velasco: Half
    right. ..."): a paragraph opened by a person's name of the document and a colon is that person's words, where
    at least two paragraphs open with a name and a colon; the interviewer's, whose lines are mostly questions, are
    no one's quote."""
    labelled = [
        (start, end, m)
        for start, end in reading.paragraph_bounds
        if (m := TRANSCRIPT_LINE.match(reading.text, start, end))
    ]
    if len(labelled) < 2:
        return []
    people = {e.text for e in reading.doc.ents if e.label_ == "PERSON"}
    surnames = {name.split()[-1] for name in people}
    asks = Counter(m.group("name") for start, end, m in labelled if reading.text[start:end].rstrip().endswith("?"))
    lines = Counter(m.group("name") for _, _, m in labelled)
    found = []
    for _, end, m in labelled:
        label = m.group("name")
        span = trim(reading.text, m.start("words"), end)
        if (label not in people and label not in surnames) or span is None or 2 * asks[label] > lines[label]:
            continue  # the interviewer, who mostly asks
        if any(  # a row inside the answer is speech the answer reports ("... came to me and said, ...")
            r["start_char"] < span[1]
            and span[0] < r["end_char"]
            and not span[0] <= r["start_char"] < r["end_char"] <= span[1]
            for r in rows
        ):
            continue
        speaker = Speaker(label, m.start("name"), m.end("name"))
        found.append(
            quote_row(reading.sentence_no(span[0]), speaker, None, reading.text[span[0] : span[1]], "direct", *span)
        )
    return found


def written_inside_report(row: dict, covering: list[tuple], pronouns_at: frozenset[int]) -> bool:
    """Whether a report and its speaker, a pronoun, are written inside what another row reports in the writer's words,
    as "it" of "told reporters that the government would not ban it but that it expected every university to ...":
    part of that report, however "it" was resolved."""
    written = row["speaker_written"]
    start, end = row["start_char"], row["end_char"]
    return written in pronouns_at and any(
        k == "indirect" and s <= written < e and s <= start and end <= e + 2 and (s, e) != (start, end)
        for s, e, k, _ in covering
    )


def is_quoted_phrase(text: str) -> bool:
    """Quoted words that are no sentence of their own: lower case ("a decision taken in Lima") or ending with no
    full stop, question or exclamation mark ("Italy's most beautiful tap")."""
    return text[:1].islower() or not text.rstrip("\"”'’ ").endswith((".", "!", "?"))


def without_repeats(rows: list[dict], pronouns_at: frozenset[int] = frozenset()) -> list[dict]:
    """Each attribution once: a partial quote inside reported speech is part of that row (so is a quoted phrase in
    it that is no sentence of its own), nothing
    inside a direct quote or an embedded post is a row of its own, and neither is what a speaker
    reports inside their own reported speech ("Acme said it expected sales to grow", "Acme said its review had
    found that ...") nor a report whose speaker is a pronoun written inside another's (`written_inside_report`;
    `pronouns_at`: where the pronouns start)."""
    covering = [(r["start_char"], r["end_char"], r["kind"], r["speaker_start"]) for r in rows]
    own_source = {
        r["speaker_start"]
        for r in rows
        if r["kind"] == "indirect"
        and r["speaker_start"] is not None
        and (r["speaker_text"] or "").split()[0].lower() in OWNERS
        and any(s <= r["speaker_start"] < e and k == "indirect" for s, e, k, _ in covering)
    }
    kept, seen = [], set()
    for row in rows:
        start, end, kind = row["start_char"], row["end_char"], row["kind"]
        if (start, end) in seen:
            continue
        inside = [
            (k, speaker) for s, e, k, speaker in covering if s <= start and end <= e + 2 and (s, e) != (start, end)
        ]
        kinds = {k for k, _ in inside}
        if (
            (kind == "partial" and "indirect" in kinds)
            or (kind == "direct" and ("indirect", row["speaker_start"]) in inside and is_quoted_phrase(row["text"]))
            or (kind != "direct" and "direct" in kinds)
            or (
                kind == "indirect"
                and (
                    ("indirect", row["speaker_start"]) in inside
                    or (row["speaker_start"] in own_source and "indirect" in kinds)
                    or written_inside_report(row, covering, pronouns_at)
                )
            )
        ):
            continue
        seen.add((start, end))
        kept.append(row)
    return kept
