"""The `newsflow_entities` spaCy component: repaired, gazetteer-corrected, document-consistent ents.

It runs after the statistical `ner` and rewrites `doc.ents` in one pass per Doc:
1. repair the model's spans: split at line breaks, brackets, spaced dashes, numbers and internal
   possessives ("Lukashenko's Army" -> "Lukashenko"); trim determiners, numbers, punctuation and
   possessives, and for people the titles before the name ("Russian President Vladimir Putin");
   drop lower-case spans, lone non-proper words ("Armed") and anything in a photo credit;
2. correct them with the gazetteer: countries and demonyms relabel the model ("Belarus" is GPE),
   cities, US states and UK counties fill gaps or add a vote;
3. add structural finds the model missed: initialled names ("P. Simmons"), names before a
   bracketed nationality ("Monica Seles ( U.S. )");
4. vote one label per surface form in the document: gazetteer first, then the model, whose votes
   count less in ALL-CAPS lines and number tables; a place that plays as a team ("Kent v Surrey",
   "beat Somerset", a cell next to a score in a results table) votes ORG; two words starting with a
   common first name vote PERSON; a surname or first name takes its full name's PERSON label;
5. drop ALL-CAPS-line spans nothing else in the document supports (headline junk);
6. find the document's names again where the model missed them (headlines, tables), and read
   names out of results lines ("Somerset 83", "Chris Walker ( England ) 15-8").
Everything is per Doc and linear in its tokens; the gazetteer is a PhraseMatcher.
"""

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from tasks.core.entity_gazetteer import Place, is_first_name, lexicon_lines, org_words, places, roles

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})
SPLIT_TOKENS = frozenset({"(", ")", "[", "]", ",", ";", ":", "/", "|", '"', "“", "”", "•", "·"})
DASHES = frozenset({"-", "--", "–", "—"})
POSSESSIVES = frozenset({"'s", "'", "’s", "’", "'S"})
DETERMINERS = frozenset({"the", "a", "an"})
NUMERIC = re.compile(r"[\d.,:/\-–+%]*\d[\d.,:/\-–+%]*")
NAME_CONNECTORS = frozenset({"de", "van", "von", "der", "da", "di", "le", "la", "del", "bin", "al", "el", "St", "St."})

# Vote weights: the gazetteer outranks the model; the model is trusted less where it is weak.
GAZETTEER_VOTE = 10.0
NAME_PART_VOTE = 5.0
MODEL_VOTE = 1.0
CAPS_LINE_FACTOR = 0.25
TABLE_LINE_FACTOR = 0.5
SPLIT_FACTOR = 0.5
WEAK_PLACE_VOTE = 1.1
TABLE_GUESS_VOTE = 0.4
TABLE_TEAM_VOTE = 3.0  # a name cell next to a score in a results table is a competitor: a team
TEAM_CONTEXT_VOTE = 1.5  # per mention that beats, draws with or plays another: "Kent v Surrey"
GIVEN_NAME_VOTE = 1.5  # once per surface form: "Pete Sampras" is a person even if the model says ORG
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)*")
INITIAL = re.compile(r"(?:[A-Z]\.)+")


@dataclass
class Candidate:
    start: int  # token offsets into the Doc
    end: int
    label: str
    weight: float
    source: str  # model, gazetteer, table, propagated


@lru_cache(maxsize=1)
def credit_patterns() -> tuple[re.Pattern, ...]:
    """Compiled photo-credit / byline regexes from data/lexicons/entity_credit_patterns.txt."""
    return tuple(re.compile(line) for line in lexicon_lines("entity_credit_patterns.txt"))


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Suffixes that follow a name after a comma ("Acme, Inc.", "Martin Luther King, Jr.")."""
    return frozenset(lexicon_lines("entity_name_suffixes.txt"))


@lru_cache(maxsize=1)
def team_verbs() -> frozenset[str]:
    """Lemmas of verbs that teams are the subject or object of (data/lexicons/entity_team_verbs.txt)."""
    return frozenset(lexicon_lines("entity_team_verbs.txt"))


@lru_cache(maxsize=1)
def role_sequences() -> frozenset[tuple[str, ...]]:
    """Roles as lower-case token tuples, for stripping 'Prime Minister' from a name."""
    return frozenset(tuple(role.split()) for role in roles())


class EntityRepair:
    """Rewrites doc.ents; see the module docstring for the steps."""

    def __init__(self, nlp: Language):
        self.places: dict[tuple[str, ...], Place] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        variants = [(variant, place) for form, place in places().items() for variant in {form, form.upper()}]
        patterns = list(nlp.tokenizer.pipe(v for v, _ in variants))
        for pattern, (_, place) in zip(patterns, variants):
            self.places[tuple(t.text for t in pattern)] = place
        self.matcher.add("PLACE", patterns)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = resolve(doc, self.matcher, self.places)
        return doc


@Language.factory("newsflow_entities")
def make_entity_repair(nlp: Language, name: str) -> EntityRepair:
    """spaCy factory so the component is configured and placed like any other."""
    return EntityRepair(nlp)


def line_kinds(text: str) -> tuple[list[int], list[str]]:
    """Start offsets of the lines of `text` and each line's kind: prose, caps or table."""
    starts, kinds, pos = [], [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
        letters = [c for c in line if c.isalpha()]
        words = line.split()
        numeric = sum(1 for w in words if any(c.isdigit() for c in w))
        if numeric >= 2 and numeric >= 0.25 * len(words):
            kinds.append("table")
        elif len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters):
            kinds.append("caps")
        else:
            kinds.append("prose")
    return starts, kinds


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of photo credits and bylines in `text`."""
    return [m.span() for pattern in credit_patterns() for m in pattern.finditer(text)]


def is_break(doc: Doc, i: int) -> bool:
    """A token no name runs across: line breaks, brackets, separators, spaced dashes (not "X, Inc.")."""
    token = doc[i]
    if token.text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in name_suffixes():
        return False
    if token.is_space or token.text in SPLIT_TOKENS:
        return True
    return token.text in DASHES and (i == 0 or bool(doc[i - 1].whitespace_)) and bool(token.whitespace_)


def is_filler(text: str) -> bool:
    """Tokens never at the edge of a name: punctuation, numbers, possessives, whitespace."""
    return (
        not text.strip()
        or text in POSSESSIVES
        or NUMERIC.fullmatch(text) is not None
        or not any(c.isalnum() for c in text)
    )


def trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Narrow [start, end) to the name: no leading determiner/role, no trailing filler."""
    while start < end and (is_filler(doc[start].text) or doc[start].lower_ in DETERMINERS):
        start += 1
    if label == "PERSON":
        start = strip_roles(doc, start, end)
    while end > start and is_filler(doc[end - 1].text):
        end -= 1
    return start, end


def strip_roles(doc: Doc, start: int, end: int) -> int:
    """Skip titles and the nationality before them ("Russian President") at a name's start."""
    sequences = role_sequences()
    moved = True
    while moved and start < end - 1:
        moved = False
        for length in (3, 2, 1):
            words = tuple(t.lower_ for t in doc[start : start + length])
            if start + length < end and words in sequences:
                start, moved = start + length, True
                break
        if not moved and (doc[start + 1].lower_,) in sequences and doc[start].pos_ == "ADJ":
            start, moved = start + 1, True
    return start


def model_pieces(doc: Doc, ent: Span) -> list[tuple[int, int, float]]:
    """The model's span split at breaks, numbers and internal possessives: (start, end, weight factor)."""
    pieces, cur, possessed, factor = [], ent.start, False, 1.0
    for i in range(ent.start, ent.end):
        token = doc[i]
        possessive = token.text in POSSESSIVES and ent.start < i < ent.end - 1
        if is_break(doc, i) or possessive or NUMERIC.fullmatch(token.text):
            if cur < i and not (possessed and i - cur < 2):
                pieces.append((cur, i))
            possessed = possessive
            cur, factor = i + 1, SPLIT_FACTOR
    if cur < ent.end and not (possessed and ent.end - cur < 2):
        pieces.append((cur, ent.end))
    return [(s, e, factor if (s, e) != (ent.start, ent.end) else 1.0) for s, e in pieces]


def is_name(doc: Doc, start: int, end: int) -> bool:
    """A span worth keeping: some capitalised word, and not a lone common word ("Armed")."""
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    if not words or not any(t.text[0].isupper() for t in words):
        return False
    return not (len(words) == 1 and end - start == 1 and words[0].pos_ != "PROPN" and not words[0].is_upper)


def key_of(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """Surface form used for in-document voting: lower-cased tokens."""
    return tuple(t.lower_ for t in doc[start:end])


def is_initialled_name(words: list[str]) -> bool:
    """"P. Simmons", "J.R. Smith": initials then a capitalised surname, a person in any news text."""
    return len(words) >= 2 and INITIAL.fullmatch(words[0]) is not None and words[-1][:1].isupper() and len(words[-1]) > 2


def looks_like_person(key: tuple[str, ...], texts: list[str]) -> bool:
    """Two capitalised words, a common first name then no organisation word: "Pete Sampras"."""
    return (
        len(texts) == 2
        and all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in texts)
        and not any(t.isupper() for t in texts)
        and not set(key) & org_words()
        and is_first_name(texts[0])
    )


def near_number(doc: Doc, start: int, end: int) -> bool:
    """Whether a span sits right next to a number, as a name cell of a results table does."""
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return bool(NUMERIC.fullmatch(before) or NUMERIC.fullmatch(after))


def resolve(doc: Doc, matcher: PhraseMatcher, gazetteer: dict[tuple[str, ...], Place]) -> list[Span]:
    """The repaired entity spans of one Doc (kept labels plus untouched numeric/date ents)."""
    if not len(doc):
        return list(doc.ents)
    starts, kinds = line_kinds(doc.text)
    token_kind = [kinds[bisect_right(starts, t.idx) - 1] for t in doc]
    credits = credit_ranges(doc.text)

    def in_credit(s: int, e: int) -> bool:
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        return any(a < ce and cs < b for cs, ce in credits)

    def line_factor(s: int) -> float:
        kind = token_kind[s]
        return CAPS_LINE_FACTOR if kind == "caps" else TABLE_LINE_FACTOR if kind == "table" else 1.0

    candidates: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        for s, e, factor in model_pieces(doc, ent):
            s, e = trim(doc, s, e, ent.label_)
            if s < e and is_name(doc, s, e) and not in_credit(s, e):
                candidates.append(Candidate(s, e, ent.label_, MODEL_VOTE * factor * line_factor(s), "model"))

    place_of: dict[tuple[str, ...], Place] = {}
    place_votes: list[tuple[tuple[str, ...], str]] = []  # weak places the model also found, with its own label
    for s, e in longest_matches(matcher(doc)):
        place = gazetteer.get(tuple(t.text for t in doc[s:e]))
        if place is None or in_credit(s, e):
            continue
        place_of[key_of(doc, s, e)] = place
        overlapping = [c for c in candidates if c.start < e and s < c.end]
        if all(s <= c.start and c.end <= e for c in overlapping) and not any((c.start, c.end) == (s, e) for c in overlapping):
            candidates = [c for c in candidates if not (c.start < e and s < c.end)]
            weight = GAZETTEER_VOTE if place.strong else WEAK_PLACE_VOTE
            candidates.append(Candidate(s, e, place.label, weight, "gazetteer"))
        elif not place.strong and any((c.start, c.end) == (s, e) for c in overlapping):
            place_votes.append((key_of(doc, s, e), place.label))

    candidates += initialled_names(doc, candidates)
    candidates += bracketed_nationals(doc, candidates, place_of)

    votes: dict[tuple[str, ...], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    support: dict[tuple[str, ...], float] = defaultdict(float)
    texts_of: dict[tuple[str, ...], list[str]] = {}
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        texts_of.setdefault(key, [t.text for t in doc[c.start : c.end]])
        votes[key][c.label] += c.weight
        if token_kind[c.start] != "caps" or c.source == "gazetteer":
            support[key] += c.weight
        if token_kind[c.start] == "table" and near_number(doc, c.start, c.end) and not (key in place_of and place_of[key].strong):
            if not is_initialled_name(texts_of[key]) and c.label not in ("NORP",):
                votes[key]["ORG"] += TABLE_TEAM_VOTE
    for key, label in place_votes:
        votes[key][label] += WEAK_PLACE_VOTE
    for key, place in place_of.items():
        support[key] += GAZETTEER_VOTE
        if place.strong:
            votes[key][place.label] += GAZETTEER_VOTE
    for key, texts in texts_of.items():
        if looks_like_person(key, texts) and not (key in place_of and place_of[key].strong):
            votes[key]["PERSON"] += GIVEN_NAME_VOTE
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        if before_country(doc, c.end, place_of):
            votes[key]["PERSON"] += GIVEN_NAME_VOTE
        strong_place = key in place_of and place_of[key].strong
        if not strong_place and (c.label != "PERSON" or key in place_of) and plays_as_team(doc, c.start, c.end):
            votes[key]["ORG"] += TEAM_CONTEXT_VOTE

    labels = {key: best_label(v) for key, v in votes.items()}
    name_parts = person_parts(labels)
    for part in name_parts:
        if not (part in place_of and place_of[part].strong):
            votes[part]["PERSON"] += NAME_PART_VOTE + sum(votes[part].values())
            support[part] += NAME_PART_VOTE
    labels = {key: best_label(v) for key, v in votes.items()}

    kept = []
    for c in candidates:
        key = key_of(doc, c.start, c.end)
        if token_kind[c.start] == "caps" and support[key] <= 0:
            if key[-1:] in name_parts:
                c.label = "PERSON"
                kept.append(c)
            continue
        c.label = labels[key]
        kept.append(c)
    known = {key: labels[key] for key in labels if support[key] > 0}
    kept += propagate(doc, kept, known, in_credit, token_kind)
    kept += table_names(doc, kept, known, token_kind, place_of)

    spans = [Span(doc, c.start, c.end, label=c.label) for c in kept]
    chosen = filter_spans(spans)
    taken = {i for span in chosen for i in range(span.start, span.end)}
    others = [e for e in doc.ents if e.label_ not in KEPT_LABELS and not any(i in taken for i in range(e.start, e.end))]
    return sorted(chosen + others, key=lambda span: span.start)


def plays_as_team(doc: Doc, start: int, end: int) -> bool:
    """A name that beats, draws with or plays another ("Kent v Surrey"): a team, not the place."""
    versus = {"v", "v.", "vs", "vs."}
    if (start > 0 and doc[start - 1].lower_ in versus) or (end < len(doc) and doc[end].lower_ in versus):
        return True
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if root.dep_ not in ("nsubj", "dobj", "pobj", "nsubjpass") or head.lemma_ not in team_verbs():
        return False
    first, last = sorted((root.idx, head.idx))
    return "\n" not in doc.text[first:last]


def best_label(votes: dict[str, float]) -> str:
    """The label with the most votes."""
    return max(votes.items(), key=lambda kv: kv[1])[0]


def longest_matches(matches: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """Gazetteer matches with nested and overlapping shorter ones removed (longest first)."""
    chosen, taken = [], set()
    for _, s, e in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(i in taken for i in range(s, e)):
            chosen.append((s, e))
            taken.update(range(s, e))
    return chosen


def bracketed_nationals(doc: Doc, candidates: list[Candidate], place_of: dict[tuple[str, ...], Place]) -> list[Candidate]:
    """People the model missed before their nationality in brackets ("Monica Seles ( U.S. )")."""
    taken = [False] * len(doc)
    for c in candidates:
        for i in range(c.start, c.end):
            taken[i] = True
    found = []
    for i, token in enumerate(doc):
        if token.text != "(" or not before_country(doc, i, place_of):
            continue
        start = i
        while start > 0 and i - start < 4 and not taken[start - 1] and NAME_WORD.fullmatch(doc[start - 1].text):
            start -= 1
        if i - start >= 2:
            found.append(Candidate(start, i, "PERSON", MODEL_VOTE, "bracketed"))
    return found


def initialled_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """People written with initials ("P. Simmons") that the model missed or cut."""
    taken = [False] * len(doc)
    for c in candidates:
        for i in range(c.start, c.end):
            taken[i] = True
    found = []
    for i in range(len(doc) - 1):
        if INITIAL.fullmatch(doc[i].text) and (i == 0 or not INITIAL.fullmatch(doc[i - 1].text)):
            j = i + 1
            while j < len(doc) and INITIAL.fullmatch(doc[j].text):
                j += 1
            if j < len(doc) and re.fullmatch(r"[A-Z][a-z'\-]+[A-Za-z]", doc[j].text) and not any(taken[i : j + 1]):
                found.append(Candidate(i, j + 1, "PERSON", MODEL_VOTE, "initials"))
    return found


def person_parts(labels: dict[tuple[str, ...], str]) -> set[tuple[str, ...]]:
    """First and last words of the document's full person names, as one-word keys."""
    parts = set()
    for key, label in labels.items():
        if label == "PERSON" and len(key) >= 2 and all(any(c.isalpha() for c in w) for w in key):
            if len(key[0]) > 2 and not key[0].endswith("."):
                parts.add(key[:1])
            parts.add(key[-1:])
    return parts


def propagate(doc: Doc, kept: list[Candidate], known: dict[tuple[str, ...], str], in_credit, token_kind: list[str]) -> list[Candidate]:
    """Other capitalised occurrences of the document's names that the model missed."""
    taken = [False] * len(doc)
    for c in kept:
        for i in range(c.start, c.end):
            taken[i] = True
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in sorted(known, key=len, reverse=True):
        by_first[key[0]].append(key)
    found, i = [], 0
    while i < len(doc):
        token = doc[i]
        keys = by_first.get(token.lower_) if not taken[i] and token.text[:1].isupper() else None
        match = None
        for key in keys or ():
            end = i + len(key)
            if end <= len(doc) and key_of(doc, i, end) == key and not any(taken[i:end]):
                if end == len(doc) or not doc[end].text[:1].isupper() or doc[end].is_punct or token_kind[i] == "caps":
                    match = key
                    break
        if match and not in_credit(i, i + len(match)):
            found.append(Candidate(i, i + len(match), known[match], 0.0, "propagated"))
            i += len(match)
        else:
            i += 1
    return found


def table_names(doc, kept, known, token_kind, place_of) -> list[Candidate]:
    """Names in results lines ("Somerset 83", "Chris Walker ( England ) 15-8"): teams unless a person or place."""
    taken = [False] * len(doc)
    for c in kept:
        for i in range(c.start, c.end):
            taken[i] = True
    found, i, n = [], 0, len(doc)
    while i < n:
        if token_kind[i] != "table" or taken[i] or not is_name_token(doc, i):
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and token_kind[j] == "table" and (is_name_token(doc, j) or (doc[j].text in NAME_CONNECTORS and j + 1 < n and is_name_token(doc, j + 1))):
            j += 1
        key = key_of(doc, i, j)
        words = [t.text for t in doc[i:j]]
        if key in known:
            label = known[key]
        elif key in place_of and place_of[key].strong:
            label = place_of[key].label
        elif is_initialled_name(words) or looks_like_person(key, words) or before_country(doc, j, place_of):
            label = "PERSON"
        elif all(len(w) <= 3 and w.isupper() for w in words) or not near_number(doc, i, j):
            label = None
        else:
            label = "ORG"
        if label:
            found.append(Candidate(i, j, label, TABLE_GUESS_VOTE, "table"))
        i = j
    return found


def before_country(doc: Doc, end: int, place_of: dict[tuple[str, ...], Place]) -> bool:
    """A name followed by its nationality in brackets ("Chris Walker ( England )"): a person."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return False
    place = place_of.get(key_of(doc, end + 1, close))
    return place is not None and place.strong and place.label == "GPE"


def is_name_token(doc: Doc, i: int) -> bool:
    """A capitalised word or an initial ("P."), not the month that starts a date."""
    token = doc[i]
    text = token.text
    if token.ent_type_ in ("DATE", "TIME") and token.ent_iob_ == "B":
        return False
    return bool(re.fullmatch(r"[A-Z][A-Za-z'\-\.]*", text)) and any(c.isalpha() for c in text)
