"""Within-document references: pronouns and definite descriptions linked to the name they stand for.

News names an entity once and then refers to it: "Airbus said ... The planemaker blamed ... It
expects ...", "Steve Jobs ... He unveiled ...". Each such reference becomes a mention row of its
own that points to the named mention it stands for (`antecedent_start`), and says how the link
was made (`via`: pronoun or description), so events and quotes whose arguments are references
reach the entity, and users can filter on how a fact reached it.

The rules, in a salience model after Lappin and Leass (1994), kept small and readable:
- Named mentions of one document group into referents: a person's surname or first name joins
  their full name; a product's model joins its full name ("A380" and "Airbus A380"); an acronym
  joins the name it abbreviates ("GM" and "General Motors").
- Each mention adds salience to its referent: more as a subject, less as an object; salience
  halves with every sentence back and is gone after a few.
- he/him/his/himself and she/... take the most salient person of a compatible gender (from the
  given name, a courtesy title or a gendered role), never the subject of their own verb when they
  are its object ("Jobs hired him"). Pronouns inside quotation marks are left alone: there they
  may refer to anyone, including the speaker.
- it/its take the most salient organisation, product or place, but only while the clause
  subjects since that referent's last subject mention were references to it too: "The deal was
  signed. It includes ..." leaves "it" to the deal.
- A definite description ("the company", "the carmaker", "this airline", "the world's largest
  carmaker") takes the most salient referent of the type its head noun names
  (data/lexicons/reference_nouns.csv); "the store" takes a name whose head word is "store"
  ("iTunes Store"); a role ("the chief executive", "the Russian leader") takes a person
  introduced with that role (and nationality); a title of office ("the former president",
  data/lexicons/reference_office_titles.txt) that no one was introduced with takes the most salient
  person introduced by name alone. A description with a name in apposition
  ("the carmaker, General Motors,") is that name.
- First person inside a direct quote ("I", "me", "my") is the quote's speaker (see
  `speaker_references`).
"""

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy
from spacy.attrs import POS, SENT_START
from spacy.parts_of_speech import NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.doc_reading import dateline_tokens, doc_text, entity_span, noun_phrase_start
from newsflow.tasks.core.entity_gazetteer import (
    country_names,
    full_name_gender,
    given_name_of,
    is_country_of,
    is_given_name_of_both,
    role_heads,
)
from newsflow.tasks.core.quotes import (
    body_name_ends,
    bracketed_acronyms,
    company_nouns,
    introduced_kinds,
    is_audience,
    is_body_name,
    last_word,
    name_before_kind,
    news_outlet_words,
    place_named_in,
)

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
PERSON_LABELS = frozenset({"PERSON"})
THING_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "FAC"})
REFERENT_LABELS = PERSON_LABELS | THING_LABELS | {"NORP", "LOC", "EVENT", "WORK_OF_ART", "LAW"}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "dative", "pobj", "attr"})
DEFINITE = frozenset({"the", "this", "that"})
NOT_REFERRING = frozenset({"compound", "attr", "npadvmod"})  # a modifier, or what something "is" or "becomes"
CONTRASTIVE = frozenset({"such", "other", "another", "rival"})
COURTESY = {
    "mr": "male",
    "mr.": "male",
    "sir": "male",
    "ms": "female",
    "ms.": "female",
    "mrs": "female",
    "mrs.": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
}
HEAD_OF_GOVERNMENT = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "queen", "leader", "emir", "sheikh", "prince", "monarch"}
)
WORD = re.compile(r"[A-Za-z][\w.&'-]*")


@dataclass(frozen=True)
class SalienceWeights:
    """How much one mention makes its referent salient, and how long that lasts."""

    mention: float = 100.0
    subject: float = 80.0
    object: float = 40.0
    in_quote: float = 0.25  # factor: names inside quotation marks are what someone said, not the narrative
    window: int = 3  # sentences back a pronoun or description may reach
    minimum: float = 20.0  # below this a referent is too far back to pick


WEIGHTS = SalienceWeights()


@lru_cache(maxsize=1)
def description_types() -> dict[str, frozenset[str]]:
    """Head noun of a definite description -> entity labels it can refer to (reference_nouns.csv)."""
    found: dict[str, set[str]] = {}
    for row in lexicons.rows("reference_nouns.csv"):
        found.setdefault(row["noun"].strip().lower(), set()).add(row["label"].strip())
    return {noun: frozenset(labels) for noun, labels in found.items()}


@lru_cache(maxsize=1)
def office_titles() -> frozenset[str]:
    """Titles of office a newsmaker named alone is later called by (reference_office_titles.txt)."""
    return lexicons.words("reference_office_titles.txt")


@dataclass
class Referent:
    """One thing a document names: its named mentions and how salient it is as the text goes on."""

    label: str
    names: list[Span] = field(default_factory=list)
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)  # nouns set beside its name ("appliance maker Northbay")
    called: set[str] = field(default_factory=set)  # the nouns of descriptions that stood for it ("the regulator")
    salience: list[tuple[int, float]] = field(default_factory=list)  # (sentence, weight)
    last_subject: int = -1  # token index of its last mention as a clause subject

    @property
    def is_news_outlet(self) -> bool:
        """A newspaper or agency cited as a source ("The Wall Street Journal reported"): not "the company"."""
        return self.label == "ORG" and any(t.lower_ in news_outlet_words() for name in self.names for t in name)

    def is_body(self, earlier_names: list[str], spelled_out: dict[str, str]) -> bool:
        """Whether its name or a description it was given says it is a body that is no business ("BALPA", "the
        regulator"): a business noun ("the company") does not stand for it."""
        return bool((self.kinds | self.called) & body_name_ends()) or any(
            is_body_name(n.text, earlier_names, spelled_out) for n in self.names
        )

    def is_another_body(self, noun: str) -> bool:
        """Whether it was set beside or called a kind of body other than `noun`, itself a body's noun: "the GMB
        union" (also "the union" since) is no "regulator"."""
        bodies = (self.kinds | self.called) & body_name_ends()
        return noun in body_name_ends() and bool(bodies) and noun not in bodies

    @property
    def is_only_told(self) -> bool:
        """An organisation only ever told things or reading them ("Kerr told the BBC"): the press, not "the
        company"."""
        return all(is_audience(name) for name in self.names)

    def score(self, sentence: int, weights: SalienceWeights) -> float:
        return sum(w * 0.5 ** (sentence - s) for s, w in self.salience if 0 <= sentence - s <= weights.window)

    def antecedent(self, before: int) -> Span | None:
        """The last named mention before token `before`."""
        earlier = [name for name in self.names if name.start < before]
        return earlier[-1] if earlier else None


def mention_weight(token: Token, quoted: bool, weights: SalienceWeights) -> float:
    """Salience one mention (headed by `token`) adds: more for subjects, less inside quotes."""
    weight = weights.mention
    if token.dep_ in SUBJECTS:
        weight += weights.subject
    elif token.dep_ in OBJECTS:
        weight += weights.object
    return weight * (weights.in_quote if quoted else 1.0)


def initials(name: str) -> str:
    """Capital initials of a multi-word name ("General Motors" -> "GM", "Bank of America" -> "BOA" is not used)."""
    words = [w for w in WORD.findall(name) if w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


class Referents:
    """The referents of one Doc, built mention by mention in text order."""

    def __init__(self, weights: SalienceWeights, spelled_out: dict[str, str] | None = None):
        self.weights = weights
        self.spelled_out = spelled_out or {}  # acronyms the story spells out in brackets (quotes.bracketed_acronyms)
        self.all: list[Referent] = []
        self.by_key: dict[tuple[str, str], Referent] = {}

    def add_name(self, ent: Span, sentence: int, quoted: bool) -> Referent:
        referent = self.find(ent) or self.new(ent)
        referent.names.append(ent)
        self.note(referent, ent.root, sentence, quoted)
        for key in name_keys(ent):
            self.by_key.setdefault(key, referent)
        if referent.label == "PERSON":
            referent.gender = referent.gender or person_gender(ent)
            referent.roles |= introduced_roles(ent)
        else:
            referent.kinds |= introduced_kinds(ent)
        return referent

    def new(self, ent: Span) -> Referent:
        referent = Referent(label=ent.label_)
        self.all.append(referent)
        return referent

    def find(self, ent: Span) -> Referent | None:
        """The referent an earlier name of the same thing started: same name, a name part, an acronym, an
        organisation's first word."""
        text = ent.text.lower()
        words = [t.lower_ for t in ent if not t.is_punct]
        if not words:
            return None
        if ent.label_ == "PERSON" and len(words) == 1:
            return self.by_key.get(("PERSON-part", words[0]))
        candidates = [("name", text), (ent.label_ + "-suffix", " ".join(words))]
        if ent.text in self.spelled_out:  # "the Federal Agency for Nature Conservation (BfN)"
            candidates.append(("name", self.spelled_out[ent.text].lower()))
        if ent.text.isupper() and 2 <= len(ent.text.replace(".", "")) <= 6:
            candidates.append(("acronym", ent.text.replace(".", "")))
        if ent.label_ == "ORG" and len(words) == 1:
            candidates.append(("ORG-first", words[0]))
        for key in candidates:
            referent = self.by_key.get(key)
            if referent is not None and compatible_labels(referent.label, ent.label_):
                return referent
        return None

    def note(self, referent: Referent, head: Token, sentence: int, quoted: bool) -> None:
        referent.salience.append((sentence, mention_weight(head, quoted, self.weights)))
        if quoted:
            return
        if head.dep_ in SUBJECTS:
            referent.last_subject = head.i
        elif head.dep_ == "poss" and head.head.dep_ in SUBJECTS:  # "Acme's shares fell": still about Acme
            referent.last_subject = head.head.i

    def most_mentioned(self, fits) -> Referent | None:
        """The referent that `fits` named more than once and most salient over the whole story so far (its subjects
        weigh most): the business a story is about, which a business noun stands for however far back it was
        named."""
        scored = sorted(
            ((sum(w for _, w in r.salience), i, r) for i, r in enumerate(self.all) if fits(r) and len(r.names) >= 2),
            reverse=True,
        )
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][2]

    def only_one(self, fits) -> Referent | None:
        """The one referent that `fits`, however long ago it was named: "the company" of a story with one business
        in it ("the operator, Minera Cerro Pardo", named once at the start)."""
        fitting = [r for r in self.all if fits(r)]
        return fitting[0] if len(fitting) == 1 else None

    def best(self, sentence: int, fits) -> Referent | None:
        """The most salient referent that `fits`, if salient enough."""
        scored = [(r.score(sentence, self.weights), i, r) for i, r in enumerate(self.all) if fits(r)]
        scored = [s for s in scored if s[0] >= self.weights.minimum]
        return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def compatible_labels(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"GPE", "LOC"}


def name_keys(ent: Span) -> list[tuple[str, str]]:
    """Keys under which later mentions find this name's referent."""
    words = [t.lower_ for t in ent if not t.is_punct]
    keys = [("name", ent.text.lower())]
    if ent.label_ == "PERSON" and len(words) >= 2:
        keys += [("PERSON-part", words[-1])] + ([("PERSON-part", words[0])] if len(words[0]) > 2 else [])
    elif len(words) >= 2:
        keys += [
            (ent.label_ + "-suffix", " ".join(words[k:]))
            for k in range(1, len(words))
            if any(c.isdigit() for c in words[k]) or ent.label_ == "PRODUCT"
        ]
        if initials(ent.text):
            keys.append(("acronym", initials(ent.text)))
        if ent.label_ == "ORG":
            keys.append(("ORG-first", words[0]))  # "Northbay" after "Northbay Home"
    return keys


def person_gender(ent: Span) -> str | None:
    """A person's gender from a courtesy title before the name or the given name."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before in COURTESY:
        return COURTESY[before]
    words = [t.text for t in ent]
    if len(words) < 2 or is_given_name_of_both(given_name_of(words)):
        return None
    guess = full_name_gender(words)
    return "male" if guess in ("male", "mostly_male") else "female" if guess in ("female", "mostly_female") else None


def introduced_roles(ent: Span) -> set[str]:
    """Role words written with a person's name: "Apple CEO Steve Jobs", "Jobs, the chief executive"."""
    doc, found = ent.doc, set()
    heads = role_heads()
    start = ent.start
    while start > max(0, ent.start - 4) and not doc[start].is_sent_start:
        start -= 1
    for token in doc[start : ent.start]:
        if not any(a.i == ent.root.i for a in token.ancestors):
            continue  # "Reed met Lakeside": a word before the name but outside its noun phrase
        if token.lower_.rstrip(".") in heads:
            found.add(token.lower_.rstrip("."))
        if token.ent_type_ in ("NORP", "GPE"):
            found.add(token.lower_)
    for child in ent.root.children:
        if child.dep_ == "appos" and not child.ent_type_:
            found |= {t.lower_ for t in own_phrase(child) if t.lower_ in heads or t.ent_type_ in ("NORP", "GPE")}
            if child.lemma_.lower() in heads:
                found.add(child.lemma_.lower())
    if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in heads:
        found.add(ent.root.head.lemma_.lower())
    return found


def own_phrase(noun: Token) -> list[Token]:
    """A noun with its modifiers, without the phrases and clauses after it: "the lawyer" of "the lawyer for the
    attorney general's office", whose role is no general's."""
    end = min(
        (c.left_edge.i for c in noun.rights if c.dep_ in ("prep", "relcl", "acl", "appos", "conj", "cc")), default=None
    )
    return [t for t in noun.subtree if end is None or t.i < end]


def pronoun_fits(token: Token) -> tuple[frozenset[str], str | None] | None:
    """(labels, gender) a third-person pronoun can refer to, or None when it is not one we resolve."""
    word = token.lower_
    if word in MALE_PRONOUNS:
        return PERSON_LABELS, "male"
    if word in FEMALE_PRONOUNS:
        return PERSON_LABELS, "female"
    if word in NEUTER_PRONOUNS and not is_pleonastic(token):
        return THING_LABELS, None
    return None


def is_pleonastic(token: Token) -> bool:
    """ "It is expected that ...", "it takes time", "it rains": an "it" that refers to nothing."""
    if token.lower_ != "it" or token.dep_ not in SUBJECTS:
        return False
    head = token.head
    if head.lemma_ in ("be", "seem", "appear", "become", "take", "remain", "happen", "matter", "rain", "look"):
        return True
    return any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "ccomp" for c in head.children)


def bound_by_subject(token: Token, referent: Referent) -> bool:
    """ "Jobs hired him": an object pronoun is not the subject of its own verb (reflexives are)."""
    if token.dep_ not in ("dobj", "dative") or token.lower_.endswith("self"):
        return False
    return any(c.dep_ in SUBJECTS and any(n.start <= c.i < n.end for n in referent.names) for c in token.head.children)


def own_objects(token: Token, referents: "Referents") -> list[Referent]:
    """ "The national regulator fined Sunrise Telecom": what a subject description's verb is done to, which the
    description does not stand for."""
    if token.dep_ not in SUBJECTS:
        return []
    objects = [c for c in token.head.children if c.dep_ in ("dobj", "dative")]
    named = [entity_at(t) for c in objects for t in c.subtree if t.ent_type_]  # "fined Sunrise Telecom 4.5 million"
    return [r for e in named if e is not None and (r := referents.find(e)) is not None]


WHOLE_OWNERS = frozenset({"world", "country", "nation", "industry", "sector"})  # "the country's", no "the" needed


def description_head(token: Token) -> bool:
    """A singular common noun heading a definite noun phrase that is not itself a name."""
    role = token.pos_ == "PROPN" and token.tag_ == "NNP" and token.lower_.rstrip(".") in role_heads()  # "the CEO"
    if not (role or (token.pos_ == "NOUN" and token.tag_ == "NN")) or token.ent_type_ or token.dep_ in NOT_REFERRING:
        return False
    if any(c.lower_ in CONTRASTIVE for c in token.children):  # "the third such lawsuit", "the other company"
        return False
    if name_before_kind(token) is not None:  # "the Unite union": named, not described
        return False
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in DEFINITE:
            return True
        if child.dep_ in ("poss", "nmod") and child.lemma_.lower() in WHOLE_OWNERS:
            return True  # "the country’s ministry", whose "’s" the parser may read as a modifier's
        if child.dep_ == "poss" and child.tag_ == "NNS" and any(d.lower_ in DEFINITE for d in child.children):
            return True  # "the hunters' association", "the nurses' union"
    return False


def appositive_name(token: Token) -> Span | None:
    """ "the carmaker, General Motors, ...", "Airbus, the planemaker": the name set beside a description,
    with only a comma (or a bracket) between them."""
    if token.dep_ == "appos" and token.head.ent_type_ in REFERENT_LABELS:
        name = entity_at(token.head)
        if name is not None and token.left_edge.i - name.end <= 1:
            return name
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in REFERENT_LABELS:
            name = entity_at(child)
            if name is not None and name.start - token.i <= 2:
                return name
    return None


def entity_at(token: Token) -> Span | None:
    """The named-entity span holding a token (from its IOB tags: doc.ents is rebuilt on every access)."""
    return entity_span(token)


COUNTRY_NOUNS = frozenset({"country", "nation"})  # described by a country's name only, where the story names one


def description_fits(token: Token, referents: Referents, narrow: bool = True):
    """A predicate over referents for a definite description headed by `token`, or None; `narrow`: only those
    introduced with its noun or a business noun, if any was ("appliance maker Northbay" for "the company"), and for
    a body's noun only bodies, if the story names any ("the regulator": the Office of Rail and Road, not the bus
    company); never a body set beside or called another body's noun ("the GMB union" is no regulator)."""
    noun = token.lemma_.lower().rstrip(".")
    nationality = {c.lower_ for c in token.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")}
    if noun in role_heads():
        wanted = {noun} if noun != "leader" else set(HEAD_OF_GOVERNMENT)

        def introduced_so(r: Referent) -> bool:
            return r.label == "PERSON" and bool(r.roles & wanted) and nationality <= r.roles

        if noun in office_titles() and not nationality and not any(introduced_so(r) for r in referents.all):
            return lambda r: r.label == "PERSON" and not r.roles  # "Donald Trump ... the former president"
        return introduced_so
    labels = description_types().get(noun)
    if noun in COUNTRY_NOUNS and any(name.text in country_names() for r in referents.all for name in r.names):
        return lambda r: any(name.text in country_names() for name in r.names)  # "the country": Togo, not Kpalimé
    if labels and (place := place_named_in(token)) is not None:  # "the Campania regional government": that place's
        return lambda r: any(name.text == place.text for name in r.names)
    named_by = [c.text for c in token.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    if labels and named_by:  # "the Jordanian government" is Jordan's, not the last place named
        return lambda r: r.label in labels and any(is_country_of(name.text, n) for name in r.names for n in named_by)
    if labels:
        earlier = [name.text for r in referents.all for name in r.names]

        def fits(r: Referent) -> bool:
            return (
                r.label in labels
                and not (r.is_news_outlet and not named_so(r, noun))  # "the agency": the European Medicines Agency
                and not r.is_only_told
                and not (
                    noun in company_nouns() and r.is_body(earlier, referents.spelled_out) and not named_so(r, noun)
                )
                and not r.is_another_body(noun)
            )

        kinds = {noun} | (company_nouns() if noun in company_nouns() else set())
        described = [  # "appliance maker Northbay" for "the company", "North Somerset Council" for "the council",
            # "the National Union of Rail, Maritime and Transport Workers" for "the union"
            r
            for r in referents.all
            if fits(r) and (r.kinds & kinds or named_so(r, noun))
        ]
        if narrow and not described and noun in body_name_ends():  # "the regulator": a body, not the company
            described = [r for r in referents.all if fits(r) and r.is_body(earlier, referents.spelled_out)]
        return (lambda r: any(r is d for d in described)) if described and narrow else fits
    if any(name_head(r.names[-1]) == noun for r in referents.all if r.label != "PERSON"):
        return lambda r: r.label != "PERSON" and name_head(r.names[-1]) == noun
    return None


def named_so(referent: Referent, noun: str) -> bool:
    """Whether one of its names is headed by the noun: "the agency" of "the Federal Agency for Nature Conservation"."""
    return any(noun in (last_word(n.text), name_head(n)) for n in referent.names)


def name_head(name: Span) -> str | None:
    """The head word of a multi-word name, lower case: "store" of "iTunes Music Store", "bank" of
    "Bank of America" (the word before a lower-case preposition), None for one-word names."""
    words = [t for t in name if not t.is_punct]
    if len(words) < 2:
        return None
    before = next((k for k, t in enumerate(words) if k and t.is_lower and t.pos_ == "ADP"), len(words))
    return words[before - 1].lower_


def subject_chain_holds(referent: Referent, token: Token, resolved: dict[int, Referent]) -> bool:
    """Whether every clause subject between the referent's last subject mention and `token` was it, or
    something of its ("Its chief executive resigned, and its shares fell")."""
    if referent.last_subject < 0 or token.i - referent.last_subject > 80:
        return False

    def is_referent(other: Token) -> bool:
        return resolved.get(other.i) is referent or any(n.start <= other.i < n.end for n in referent.names)

    for other in token.doc[referent.last_subject + 1 : token.i]:
        if other.dep_ in SUBJECTS and other.pos_ in ("NOUN", "PROPN", "PRON") and other.tag_ not in ("NNS", "NNPS"):
            if not is_referent(other) and not any(c.dep_ == "poss" and is_referent(c) for c in other.children):
                return False
    return True


def reference_rows(
    doc: Doc, quoted: list[bool], weights: SalienceWeights = WEIGHTS, speakers: dict[int, int] | None = None
) -> list[dict]:
    """Mention rows for the pronouns and descriptions of `doc`, each with its antecedent's start.

    `speakers` maps the start of a quote speaker's pronoun or description to the start of the name the
    quote was attributed to (`speaker_written` and `speaker_start` of tasks/core/quotes.py rows): those
    take that name, so a "he" that said something links to the person the quote shows.
    """
    referents = Referents(weights, bracketed_acronyms(doc))
    # "ROTTERDAM (Newsflow) -": the agency credited and the place filed from are no one the story is about
    dateline = dateline_tokens(doc)
    starts = {e.start: e for e in doc.ents if e.label_ in REFERENT_LABELS and not dateline[e.start]}
    said_by = speaker_antecedents(doc, speakers or {}, starts)
    attrs = doc.to_array([POS, SENT_START])
    sent_starts = numpy.flatnonzero(attrs[:, 1] == 1).tolist() or [0]
    nominal = numpy.flatnonzero(numpy.isin(attrs[:, 0], [PRON, NOUN, PROPN])).tolist()
    resolved: dict[int, Referent] = {}
    rows, unresolved, inside_name_until = [], [], 0
    for i in sorted(set(nominal) | set(starts)):  # Token objects only for names, nouns and pronouns
        if i < inside_name_until:
            continue
        sentence = bisect.bisect_right(sent_starts, i) - 1
        if i in starts:
            ent = starts[i]
            resolved[ent.root.i] = referents.add_name(ent, sentence, quoted[ent.root.i])
            inside_name_until = ent.end
            continue
        if quoted[i]:
            continue
        token = doc[i]
        found = (
            said_by.get(token.idx) or resolve(token, sentence, referents, resolved) or unnamed_acronym(token, referents)
        )
        if found is None:
            if description_head(token):
                unresolved.append((token, sentence))
            continue
        antecedent, via, start = found
        if referent := referents.find(antecedent):
            resolved[i] = referent
            referents.note(referent, token, sentence, quoted[i])
            if via == "description":
                referent.called.add(token.lemma_.lower())
        rows.append(reference_row(token, start, via, antecedent))
    for token, sentence in unresolved:
        if (named := named_next(token, sentence, referents, sent_starts)) is not None:
            rows.append(reference_row(token, noun_phrase_start(token), "description", named))
    return sorted(rows, key=lambda row: row["start_char"])


def reference_row(token: Token, start: int, via: str, antecedent: Span) -> dict:
    """The mention row of a reference ending at `token` and starting at character `start`."""
    end = token.idx + len(token)
    return {
        "start_char": start,
        "end_char": end,
        "via": via,
        "text": doc_text(token.doc)[start:end],
        "label": antecedent.label_,
        "antecedent_start": antecedent.start_char,
    }


def named_next(token: Token, sentence: int, referents: Referents, sent_starts: list[int]) -> Span | None:
    """The name a description nothing before it fits stands for when the next sentence opens on it: "..., the
    company said Tuesday. Skovlyd Events ApS said in a statement ..." (a lead that names its source after), or
    sets it beside its subject ("..., the ministry said. The ministry, the Ministry of X, said ...")."""
    fits = description_fits(token, referents)
    if fits is None or any(fits(r) and r.names[0].start < token.i for r in referents.all):
        return None
    following = [
        r.names[0]
        for r in referents.all
        if fits(r)
        and bisect.bisect_right(sent_starts, r.names[0].start) - 1 == sentence + 1
        and is_subject_named(r.names[0])
    ]
    return min(following, key=lambda name: name.start) if following else None


def is_subject_named(name: Span) -> bool:
    """Whether a name is its sentence's subject or set right beside a subject noun with a comma ("The ministry, the
    Ministry of Territorial Administration, said")."""
    start = name.start - (name.start > 0 and name.doc[name.start - 1].lower_ == "the")
    noun = name.doc[start - 2] if start > 1 and name.doc[start - 1].text == "," else None
    return name.root.dep_ in SUBJECTS or (noun is not None and noun.pos_ == "NOUN" and noun.dep_ in SUBJECTS)


def speaker_antecedents(doc: Doc, speakers: dict[int, int], names: dict[int, Span]) -> dict[int, tuple[Span, str, int]]:
    """(antecedent, via, start) for each quote speaker's pronoun or description whose name is a mention."""
    by_char = {e.start_char: e for e in names.values()}
    found = {}
    for written, name_start in speakers.items():
        span = doc.char_span(written, written + 1, alignment_mode="expand")
        name = by_char.get(name_start)
        if span is None or name is None or name.start_char <= written < name.end_char:
            continue
        token = span[0]
        if token.pos_ == "PRON":
            found[written] = (name, "pronoun", token.idx)
        elif token.pos_ in ("NOUN", "PROPN"):
            found[written] = (name, "description", noun_phrase_start(token))
    return found


def resolve(
    token: Token, sentence: int, referents: Referents, resolved: dict[int, Referent]
) -> tuple[Span, str, int] | None:
    """(antecedent name, via, start_char of the reference) for a pronoun or description token, else None."""
    if token.pos_ == "PRON":
        fits = pronoun_fits(token)
        if fits is None:
            return None
        labels, gender = fits

        def pronoun_ok(r: Referent) -> bool:
            return (
                r.label in labels and (gender is None or r.gender in (None, gender)) and not bound_by_subject(token, r)
            )

        referent = clause_antecedent(token, resolved, pronoun_ok) if token.dep_ == "poss" else None
        if referent is None:
            referent = referents.best(sentence, pronoun_ok)
            if referent is None or (referent.label != "PERSON" and not subject_chain_holds(referent, token, resolved)):
                return None
        antecedent = referent.antecedent(token.i)
        return (antecedent, "pronoun", token.idx) if antecedent is not None else None
    if not description_head(token):
        return None
    named = appositive_name(token)
    if named is not None:
        return named, "description", noun_phrase_start(token)
    described, objects = description_fits(token, referents), own_objects(token, referents)
    fits = None if described is None else (lambda r: described(r) and not any(r is o for o in objects))
    referent = referents.best(sentence, fits) if fits is not None else None
    if referent is None and fits is not None and token.lemma_.lower() in company_nouns():
        referent = referents.most_mentioned(description_fits(token, referents, narrow=False))  # named a page back
        referent = referent or referents.only_one(fits)
    antecedent = referent.antecedent(token.i) if referent is not None else None
    return (antecedent, "description", noun_phrase_start(token)) if antecedent is not None else None


def clause_antecedent(token: Token, resolved: dict[int, Referent], fits) -> Referent | None:
    """For a possessive pronoun, the referent its own sentence offers first, after Hobbs (1978): the
    arguments of each clause above it, subject first and the others in text order, that come before
    it and fit ("Apple sued Samsung over its patents" is Apple's; "songs were downloaded from the
    store since its launch" is the store's)."""
    verb = token.head
    for _ in range(6):
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        others = [c for c in verb.children if c.dep_ in OBJECTS]
        others += [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
        for argument in subjects + sorted(others, key=lambda t: t.i):
            named = next((c for c in argument.children if c.dep_ == "appos" and c.i in resolved), argument)
            referent = resolved.get(named.i)  # "Its rival, Boeing, will publish its results": Boeing's
            if argument.i < token.i and referent is not None and fits(referent):
                return referent
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def unnamed_acronym(token: Token, referents: Referents) -> tuple[Span, str, int] | None:
    """An acronym the model did not tag ("GFH" after "Global Freight Holdings"): a mention of that name."""
    text = token.text.replace(".", "")
    if token.ent_type_ or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    referent = referents.by_key.get(("acronym", text))
    antecedent = referent.antecedent(token.i) if referent is not None else None
    return (antecedent, "acronym", token.idx) if antecedent is not None else None


def speaker_references(doc: Doc, quote_rows: list[dict]) -> list[dict]:
    """ "I", "me", "my" inside a direct quote: mention rows pointing to the quote's named speaker."""
    starts = {e.start_char: e for e in doc.ents if e.label_ == "PERSON"}
    rows = []
    for quote in quote_rows:
        speaker = starts.get(quote["speaker_start"]) if quote["kind"] == "direct" else None
        if speaker is None:
            continue
        span = doc.char_span(quote["start_char"], quote["end_char"], alignment_mode="expand")
        for token in span if span is not None else ():
            if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
                rows.append(
                    {
                        "start_char": token.idx,
                        "end_char": token.idx + len(token),
                        "via": "pronoun",
                        "text": token.text,
                        "label": "PERSON",
                        "antecedent_start": speaker.start_char,
                    }
                )
    return rows
