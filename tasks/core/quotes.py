"""Quotes: who said what, with the cue and the span of the words, as BBC's citron does.

Three kinds: `direct` (a quoted sentence or more), `partial` (a few quoted words inside the
writer's own sentence, "see the upside") and `indirect` (reported speech without quotation
marks: "Ali said Belarus could ...", "Prices will fall by spring, analysts say", "according to
the ministry, ...", "..., with officials saying ..."). A quote's speaker comes from its cue
verb's subject, from the attribution that follows a quote the parser ended early (`"Where did
the money go?" Ms. Rivera said.`), from a colon or dash signature (`Lee: "..."`, `"..." ― Lee`,
an embedded post's `— Name (@handle)` line), or from the attribution right before a quote that
continues without a cue. Pronouns and descriptions are resolved by `SpeakerResolver`; a
dateline ("MADRID --") is never a speaker.
"""

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy
import polars as pl
from spacy.attrs import IDX, LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Span, Token

from tasks.core import lexicons
from tasks.core.entity_gazetteer import given_name_detector, role_heads

LINKED_QUOTES = {
    "quote_id": pl.Utf8,
    "doc_id": pl.Utf8,
    "sent_no": pl.Int64,
    "speaker_id": pl.Utf8,
    "speaker_via": pl.Utf8,
    "speaker_text": pl.Utf8,
    "cue": pl.Utf8,
    "text": pl.Utf8,
    "kind": pl.Utf8,
    "start_char": pl.Int64,
    "end_char": pl.Int64,
}
SUBJECTS = {"nsubj", "nsubjpass"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
GROUP_PRONOUNS = {"it", "they", "we"}
PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}
HONORIFIC_GENDER = {"mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
                    "miss": "female"}
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
QUOTE_MARK = re.compile(r"``|''|[\"“”]")
OPENING_ONLY, CLOSING_ONLY = {"“", "``"}, {"”"}
CLOSING_MARK = re.compile(r"[.,!?]?(?:''|[\"”])")
OPENINGS = {"\"", "“", "``", "''"}
PARAGRAPH = re.compile(r"\n\s*\n")
MIN_DIRECT_WORDS = 4
MAX_MODIFIER_TOKENS = 8  # a speaker's modifiers reaching further back are a parse running sentences together
MIN_UNATTRIBUTED_WORDS = 8  # a quoted sentence this long is someone's words even when nobody is named
# "MADRID --", "HANOI, Vietnam (AP) —", "NEW YORK (Reuters) -", "Washington (CNN) —" at a paragraph's start.
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*(?:, [A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)*)*(?: \([^()\n]{1,30}\))?"
    r"|[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)*(?:, [A-Z][\w.'\-]*)* \([^()\n]{1,30}\))"
    r"[ \t]*(?:[—―–]|--?)[ \t]+"
)
DATELINE_PARAGRAPHS = 2
COLON_SIGNATURE = re.compile(r"(?:^|\n)[ \t]*([^\n:!?\"“”]{1,60}?):[ \t]*(?:``|''|[\"“])$")
DASH_SIGNATURE = re.compile(r"(?:``|''|[\"”])?[ \t]*\n?[ \t]*(?:[—―–]|--)[ \t]*")
POST_SIGNATURE = re.compile(r"^[ \t]*[—―–][ \t]*(?P<name>[^\n(]{1,80}?)[^\w\n]*\(@\w+\)", re.MULTILINE)
TRAILING_CUE_TOKENS = 6  # a cue this close to the start of the sentence after a quote belongs to it
CONTINUATION_CHARS = 200
CLAUSE_MARKERS = {"mark", "cc"}
CONDITIONS = {"if", "unless"}
ACCORDING = "according to"
WRITER = {"i", "we", "you", "me", "us"}


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Cue lemmas from data/lexicons/speech_verbs.txt."""
    return lexicons.words("speech_verbs.txt")


@lru_cache(maxsize=1)
def directive_verbs() -> frozenset[str]:
    """Speech verbs whose addressee and "to" clause are what they report ("urged Vietnam to push back")."""
    return lexicons.words("directive_verbs.txt")


@lru_cache(maxsize=1)
def negating_governors() -> frozenset[str]:
    """ "declined to say", "refused to comment": the governors data/lexicons/modality_cues.csv marks as negating."""
    return frozenset(row["cue"].lower() for row in lexicons.rows("modality_cues.csv")
                     if (row["role"], row["modality"]) == ("governor", "negated"))


@lru_cache(maxsize=1)
def mention_nouns() -> frozenset[str]:
    """Nouns after which quotation marks name a word instead of quoting someone ("the word “We”")."""
    return lexicons.words("quote_mention_nouns.txt")


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """ "sen." -> "senator": so "the senator" finds "Sen. Dana Lee" (data/lexicons/title_abbreviations.csv)."""
    return {row["abbreviation"].lower(): row["title"].lower() for row in lexicons.rows("title_abbreviations.csv")}


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Heads of descriptions that name a person: the titles of roles.txt and speaker_person_nouns.txt."""
    return role_heads() | lexicons.words("speaker_person_nouns.txt")


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per Doc: spaCy rebuilds it from the tokens on every access."""
    if "newsflow_text" not in doc.user_data:
        doc.user_data["newsflow_text"] = doc.text
    return doc.user_data["newsflow_text"]


def entity_span(token: Token) -> Span | None:
    """The named-entity span holding a token, found from its IOB tags (doc.ents is rebuilt on each access)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (inside the marks), paired per paragraph.

    Marks are straight and curly double quotes and the typewriter pairs `` '' and '' ''. A quote
    left open at a paragraph's end closes there: newspapers open a fresh mark on each paragraph of
    a long quote instead of closing the last one.
    """
    spans = []
    for paragraph in paragraphs(text):
        start = None
        for m in QUOTE_MARK.finditer(text, *paragraph):
            mark = m.group()
            if start is None and mark not in CLOSING_ONLY:
                start = m.end()
            elif start is not None and mark not in OPENING_ONLY:
                spans.append((start, m.start()))
                start = None
        if start is not None:
            spans.append((start, paragraph[1]))
    return [trimmed for s, e in spans if (trimmed := trim(text, s, e))]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated paragraph."""
    bounds, start = [], 0
    for m in PARAGRAPH.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A quote span without surrounding blanks and the trailing comma of `"...," he said`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return (start, end) if end > start else None


def dateline_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it is part of a dateline ("HANOI, Vietnam (AP) —") opening one of the first paragraphs."""
    text = doc_text(doc)
    inside = numpy.zeros(len(doc), dtype=bool)
    starts = doc.to_array(IDX)
    for start, _ in paragraphs(text)[:DATELINE_PARAGRAPHS]:
        if m := DATELINE.match(text, start):
            inside[numpy.searchsorted(starts, start): numpy.searchsorted(starts, m.end())] = True
    return inside.tolist()


def quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quote (quote marks included), read off the token offsets."""
    starts = doc.to_array(IDX)
    inside = numpy.zeros(len(doc), dtype=bool)
    for start, end in spans:
        inside[numpy.searchsorted(starts, start - 1): numpy.searchsorted(starts, end, side="right")] = True
    return inside.tolist()


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
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head is t]
    clause = any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children) for t in roots)
    return "direct" if clause else "partial"


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
    def kinds(self) -> list[str]:
        return [quote_kind(self.doc, s, e) for s, e in self.spans]

    @cached_property
    def quoted(self) -> list[bool]:
        return quoted_tokens(self.doc, self.spans)

    @cached_property
    def dateline(self) -> list[bool]:
        return dateline_tokens(self.doc)

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
        "declined to say") and not a participle describing a noun ("a bacteria found in ...") unless the
        parser took a finite verb for one ("The We Company, announced on Sept. 30 that ...")."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in speech_verbs():
            return False
        if self.quoted[token.i] or self.dateline[token.i] or (is_participle(token) and not has_that_clause(token)):
            return False
        if any(c.dep_ == "neg" for c in token.children):
            return False
        return not (token.dep_ == "xcomp" and token.head.lemma_.lower() in negating_governors())


def extract_quotes(doc: Doc) -> list[dict]:
    """Quote rows of one Doc (QUOTES columns without doc_id)."""
    reading = Reading(doc)
    rows, unattributed = quoted_rows(reading)
    rows += reported_rows(reading) + according_rows(reading) + post_rows(reading, rows)
    continued = continued_rows(reading, rows, unattributed)
    rows += continued + unnamed_rows(reading, unattributed, continued)
    return sorted(without_repeats(rows), key=lambda r: (r["start_char"], r["end_char"]))


def quoted_rows(reading: Reading) -> tuple[list[dict], list[tuple[int, int]]]:
    """Rows of the quotes in quotation marks that name their speaker, and the direct quotes that do not."""
    rows, unattributed = [], []
    for (start, end), kind in zip(reading.spans, reading.kinds):
        first = reading.sentence_no(start)
        cue = nearest_cue(reading, start, end, kind == "direct")
        speaker, cue_text = None, cue_lemma(cue) if cue is not None else None
        if kind == "partial" and (cue is None or not is_named_or_pronoun(speaker_token(cue, reading.dateline))):
            subject = named_subject(reading.sents[first], start, reading.quoted)
            if subject is not None:
                speaker = reading.speakers.resolve(subject)
        if speaker is None and cue is not None:
            speaker = reading.speakers.resolve(speaker_token(cue, reading.dateline))
        if speaker is None and kind == "direct":
            speaker = signed_speaker(reading, start, end)
        if kind == "partial" and (is_mention(reading, start) or (cue is None and is_name(reading.text[start:end]))
                                  or describes_speaker(reading, cue, start, end)):
            continue
        if speaker is not None:
            rows.append(quote_row(first, speaker, cue_text, reading.text[start:end], kind, start, end))
        elif kind == "direct":
            unattributed.append((start, end))
    return rows, unattributed


def is_mention(reading: Reading, start: int) -> bool:
    """A word named rather than quoted: the word “We”, the slogan “Don't jerk and drive”."""
    words = re.findall(r"[\w'’-]+", reading.text[max(0, start - 40) : start])
    return bool(words) and words[-1].lower() in mention_nouns()


def is_name(quoted: str) -> bool:
    """ "App Store", "Antennagate": every word capitalised, a name put in quotation marks."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quoted)
    return bool(words) and all(w[0].isupper() for w in words)


def describes_speaker(reading: Reading, cue: Token | None, start: int, end: int) -> bool:
    """Whether quoted words describe the cue's own speaker ("an individual “with direct knowledge”
    said"): they are part of who speaks, not of what is said."""
    subject = speaker_token(cue, reading.dateline) if cue is not None else None
    if subject is None:
        return False
    edges = (subject.left_edge, subject.right_edge)
    return edges[0].idx <= start and end <= edges[1].idx + len(edges[1])


def quote_row(sent_no, speaker, cue, text, kind, start, end) -> dict:
    """One QUOTES row; speaker is (text, start, end) or None."""
    text_, s_start, s_end = speaker or (None, None, None)
    return {
        "sent_no": sent_no, "speaker_text": text_, "speaker_start": s_start, "speaker_end": s_end,
        "cue": cue, "text": text, "kind": kind, "start_char": start, "end_char": end,
    }


def nearest_cue(reading: Reading, start: int, end: int, direct: bool) -> Token | None:
    """The speech verb outside the quote and in its paragraph closest to it: in the sentences the quote
    spans, else at the start of the sentence right after it (`"Where did it go?" Ms. Rivera asked.`).

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
    if not (para_start <= after < para_end and following > last):
        return None
    return closest_cue(reading, [t for t in reading.sents[following][:TRAILING_CUE_TOKENS] if t.idx >= after],
                       start, end, direct)


def closest_cue(reading: Reading, candidates: list[Token], start: int, end: int, direct: bool) -> Token | None:
    para_start, para_end = reading.paragraph(start)
    best, best_distance = None, None
    for tok in candidates:
        if not para_start <= tok.idx < para_end or not reading.is_cue(tok):
            continue
        subject = speaker_token(tok, reading.dateline)
        if subject is None or (direct and tok.idx >= end and not follows_directly(reading, tok, subject, end)):
            continue
        distance = start - tok.idx if tok.idx < start else tok.idx - end
        if best_distance is None or distance < best_distance:
            best, best_distance = tok, distance
    return best


def follows_directly(reading: Reading, cue: Token, subject: Token, end: int) -> bool:
    """Whether only the cue's subject, adverbs and punctuation stand between a quote's end and the cue."""
    speaker = {t.i for t in subject.subtree} if subject.i < cue.i else set()
    between = reading.doc[bisect.bisect_left(reading.token_starts, end) : cue.i]
    return all(t.i in speaker or t.is_punct or t.is_space or t.dep_ in ("advmod", "aux", "neg") for t in between)


def signed_speaker(reading: Reading, start: int, end: int) -> tuple[str, int, int] | None:
    """The name signing a quote: `Sen. Dana Lee: "..."` before it or `"..." ― Dana Lee` after it."""
    para_start, para_end = reading.paragraph(start)
    before = reading.text[para_start:start]
    if (m := COLON_SIGNATURE.search(before)) and len(m.group(1).split()) <= 8:
        name = name_ending_at(reading, para_start + m.end(1))
        if name is not None:
            return name
    after = reading.text[end:para_end]
    if (m := DASH_SIGNATURE.match(after)) and re.search(r"[—―–]|--", m.group()):
        return name_starting_at(reading, end + m.end())
    return None


def name_ending_at(reading: Reading, char: int) -> tuple[str, int, int] | None:
    span = reading.doc.char_span(char - 1, char, alignment_mode="expand")
    ent = entity_of(span[-1]) if span is not None and len(span) else None
    return (ent.text, ent.start_char, ent.end_char) if ent is not None and ent.end_char == char else None


def name_starting_at(reading: Reading, char: int) -> tuple[str, int, int] | None:
    span = reading.doc.char_span(char, char + 1, alignment_mode="expand")
    ent = entity_of(span[0]) if span is not None and len(span) else None
    return (ent.text, ent.start_char, ent.end_char) if ent is not None and ent.start_char == char else None


def continued_rows(reading: Reading, rows: list[dict], unattributed: list[tuple[int, int]]) -> list[dict]:
    """Direct quotes without a cue that carry on an attribution next to them, with its speaker and cue.

    Backward: the attribution right before, with no sentence of the writer's own between them,
    across at most one paragraph break (`Hale said the city would appeal.` then a paragraph that
    is only a quote). Forward: a paragraph left open without a closing mark goes on in the next
    paragraph's quote, as newspapers print long quotes (`"First part.` / `"Second part," Hale said.`).
    """
    attributed = sorted((r for r in rows if r["cue"] != ACCORDING), key=lambda r: r["end_char"])
    continued = []
    for start, end in unattributed:
        k = bisect.bisect_right([r["end_char"] for r in attributed], start) - 1
        if k >= 0 and continues(reading, attributed[k]["end_char"], start):
            row = carried_on(reading, attributed[k], start, end)
            continued.append(row)
            attributed.insert(k + 1, row)
    by_start = {r["start_char"]: r for r in rows + continued if r["kind"] == "direct"}
    for start, end in reversed(unattributed):
        if start in by_start or not left_open(reading, end):
            continue
        next_start = reading.paragraph(end)[1]
        following = next((s for s, _ in reading.spans if s > end), None)
        if following is not None and following in by_start and reading.text[next_start:following].strip() in OPENINGS:
            by_start[start] = carried_on(reading, by_start[following], start, end)
            continued.append(by_start[start])
    return continued


def unnamed_rows(reading: Reading, unattributed: list[tuple[int, int]], continued: list[dict]) -> list[dict]:
    """Direct quotes of a full sentence or more whose speaker could not be found: kept without one.

    Shorter ones are mostly titles and slogans ("Meth. We're on it.")."""
    taken = {r["start_char"] for r in continued}
    return [quote_row(reading.sentence_no(s), None, None, reading.text[s:e], "direct", s, e) for s, e in unattributed
            if s not in taken and len(reading.text[s:e].split()) >= MIN_UNATTRIBUTED_WORDS]


def carried_on(reading: Reading, attribution: dict, start: int, end: int) -> dict:
    speaker = (attribution["speaker_text"], attribution["speaker_start"], attribution["speaker_end"])
    return quote_row(reading.sentence_no(start), speaker, attribution["cue"], reading.text[start:end], "direct",
                     start, end)


def left_open(reading: Reading, end: int) -> bool:
    """Whether a quote runs to its paragraph's end with no closing mark."""
    return not reading.text[end : reading.paragraph(end)[1]].strip()


def continues(reading: Reading, previous_end: int, start: int) -> bool:
    """Whether a cue-less quote follows the previous attribution with no sentence of the writer's between
    them: only punctuation, the speaker (who may be described: "said Ortiz, who owns a bakery") and
    speech verbs, across at most one paragraph break."""
    between = reading.text[previous_end:start]
    if len(between) >= CONTINUATION_CHARS or between.count("\n\n") > 1:
        return False
    span = reading.doc.char_span(previous_end, start, alignment_mode="contract")
    return not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in speech_verbs() and not describes(t)
                   for t in (span if span is not None else []))


def describes(token: Token) -> bool:
    """Whether a token is inside a relative clause or apposition describing a noun."""
    return any(t.dep_ in ("relcl", "appos", "acl") for t in [token, *token.ancestors])


def cue_lemma(verb: Token) -> str:
    """The cue as a lemma, with its particle ("point out")."""
    particles = [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def speaker_token(verb: Token, dateline: list[bool] | None = None) -> Token | None:
    """Who a cue verb's words belong to.

    Its subject (a name rather than the dateline the parser took for one); the noun a participle
    hangs from ("with officials saying", "Safadi warning of ..."); else the subject of the verb
    it continues: "refused to say", "..., adding", "said X and added", and "said the deaths were
    caused ... and called on", where the parser hangs the second cue inside the first one's clause.
    A finite cue with no subject at all takes a name right next to it.
    """
    outside = (lambda t: not dateline[t.i]) if dateline else (lambda t: True)
    start = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):  # "were told", "was announced by X"
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            return agent
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        kept = [s for s in subjects if outside(s)]
        if kept:
            chosen = next((s for s in kept if s.ent_type_ == "PERSON"), kept[-1])
            if chosen.tag_ in ("WP", "WDT"):  # "a refugee who asked": the relative pronoun's antecedent
                chosen = next((t.head for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), chosen)
            return None if chosen.lower_ in WRITER else chosen
        for subject in subjects:  # "HANOI (AP) — Mark Esper said": the parser hangs the name on the dateline
            named = next((t for t in subject.subtree if outside(t) and not outside(t.head)), None)
            if named is not None:
                return named
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and (
                verb.tag_ == "VBG" or has_that_clause(verb)):
            return verb.head
        head = verb.head
        if head is verb:
            break
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in speech_verbs() \
                and not any(c.dep_ == "nsubj" and is_named_or_pronoun(c) for c in head.children):
            verb = head.head
        elif (verb.dep_ == "xcomp" and head.pos_ == "VERB") or verb.dep_ == "conj" or (
                verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG"):
            verb = head
        else:
            break
    return adjacent_name(start) if start.tag_ in ("VBD", "VBZ", "VBP") else None


def is_participle(verb: Token) -> bool:
    """A past participle without "have": passive or adjectival ("was told", "usually found in")."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def has_that_clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)


def adjacent_name(verb: Token) -> Token | None:
    """A person or organisation named right before or right after a cue the parser left without a subject."""
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1):
        if 0 <= i < len(doc) and doc[i].ent_type_ in ("PERSON", "ORG"):
            return doc[i]
    return None


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
        if tok.dep_ in SUBJECTS and not quoted[tok.i] and (
                tok.ent_type_ in NAMED or tok.lower_ in PERSON_PRONOUNS - WRITER):
            found = tok
    return found


class SpeakerResolver:
    """Maps a subject token to the named speaker span it refers to, looking back through the Doc."""

    def __init__(self, doc: Doc, quoted: list[bool], dateline: list[bool] | None = None):
        self.doc = doc
        excluded = [q or bool(dateline and dateline[i]) for i, q in enumerate(quoted)]
        ents = [e for e in doc.ents if not excluded[e.root.i]]
        self.persons = [e for e in ents if e.label_ == "PERSON"]
        self.groups = [e for e in ents if e.label_ in ("ORG", "GPE", "NORP")]
        self.person_starts = [e.start for e in self.persons]
        self.group_starts = [e.start for e in self.groups]
        self.nouns: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
            if pos == NOUN and not quoted[i]:
                self.nouns.setdefault(strings[lemma].lower(), []).append(i)
        self.genders = person_genders(self.persons)

    def resolve(self, token: Token) -> tuple[str, int, int]:
        """(text, start_char, end_char) of the speaker a subject token stands for."""
        ent = entity_of(token)
        if ent is not None:
            return ent.text, ent.start_char, ent.end_char
        for child in token.children:  # "the carmaker, General Motors, said"; "a professor, Javed Ali, said"
            if child.dep_ == "appos" and (ent := entity_of(child)) is not None and ent.label_ in ("PERSON", "ORG"):
                return ent.text, ent.start_char, ent.end_char
        lower = token.lower_
        referent = None
        if is_definite_description(token):
            if (titled := self.titled_person(token)) is not None:  # "the senator" after "Sen. Dana Lee"
                return titled.text, titled.start_char, titled.end_char
            if is_bare(token) and (earlier := self.same_noun_before(token)) is not None:
                named = entity_of(earlier.head) if earlier.dep_ == "appos" else None
                if named is not None and named.label_ == "PERSON":  # "Javed Ali, a ... professor" ... "the professor"
                    return named.text, named.start_char, named.end_char
                start, end = noun_phrase(earlier)
                return doc_text(self.doc)[start:end], start, end
        if lower in PERSON_PRONOUNS or (is_definite_description(token) and token.lemma_.lower() in person_nouns()):
            referent = self.preceding(self.persons, self.person_starts, token.i, PRONOUN_GENDER.get(lower))
        elif lower in GROUP_PRONOUNS:
            referent = self.preceding(self.groups, self.group_starts, token.i)
        if referent is not None:
            return referent.text, referent.start_char, referent.end_char
        start, end = noun_phrase(token)
        return doc_text(self.doc)[start:end], start, end

    def same_noun_before(self, token: Token) -> Token | None:
        """ "the doctor" after "A doctor on the scene told Ruptly": the earlier mention of the same noun."""
        seen = self.nouns.get(token.lemma_.lower(), [])
        k = bisect.bisect_left(seen, token.i)
        return self.doc[seen[k - 1]] if k > 0 else None

    def titled_person(self, token: Token) -> Span | None:
        """The last person before `token` named with its noun as a title ("Prime Minister X", "X, the minister")."""
        noun = token.lemma_.lower()
        for ent in reversed(self.persons[: bisect.bisect_left(self.person_starts, token.i)]):
            title = [t for t in self.doc[max(0, ent.start - 4) : ent.start] if t.pos_ in ("PROPN", "NOUN")]
            appositions = [c for c in ent.root.children if c.dep_ == "appos"]
            if any(title_word(t) == noun for t in title + appositions):
                return ent
        return None

    def preceding(self, ents: list[Span], starts: list[int], i: int, gender: str | None = None) -> Span | None:
        """The nearest entity before token i: a speaker of this or the previous sentence first, then a subject.

        A he or she skips people whose given name or honorific says otherwise.
        """
        k = bisect.bisect_left(starts, i)
        window = [e for e in ents[max(0, k - 6) : k] if gender is None or self.genders.get(e.text) in (None, gender)]
        sentence = self.doc[i].sent
        previous_start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        speakers = [e for e in window if e.start >= previous_start and is_speaker(e.root)]
        subjects = [e for e in window if e.root.dep_ in SUBJECTS]
        return (speakers or subjects or window or [None])[-1]


def person_genders(persons: list[Span]) -> dict[str, str]:
    """Each person name's gender where its given name or honorific tells it; "Rivera" shares "Ana Rivera"'s."""
    genders: dict[str, str] = {}
    by_surname: dict[str, str] = {}
    for ent in persons:
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        gender = HONORIFIC_GENDER.get(before)
        if gender is None and len(ent) > 1:
            guess = given_name_detector().get_gender(ent[0].text)
            gender = {"mostly_male": "male", "mostly_female": "female"}.get(guess, guess)
        if gender in ("male", "female"):
            genders[ent.text] = gender
            by_surname.setdefault(ent[-1].text, gender)
    for ent in persons:
        if ent.text not in genders and len(ent) == 1 and ent.text in by_surname:
            genders[ent.text] = by_surname[ent.text]
    return genders


def title_word(token: Token) -> str:
    """A title word in lower case with abbreviations spelt out ("Sen." -> "senator")."""
    lower = token.lower_
    return title_abbreviations().get(lower, title_abbreviations().get(lower + ".", lower.rstrip(".")))


def is_speaker(token: Token) -> bool:
    """Whether a token is the subject of a speech verb."""
    return token.dep_ in SUBJECTS and token.head.lemma_.lower() in speech_verbs()


def entity_of(token: Token) -> Span | None:
    """The named-entity span that contains a token, if it is a name worth speaking."""
    if token.ent_type_ not in NAMED:
        return None
    return entity_span(token)


def is_definite_description(token: Token) -> bool:
    """ "the professor", "the spokesman": a definite common noun that points back to a named person."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def is_bare(token: Token) -> bool:
    """ "the doctor" rather than "the Jordanian government": a description with nothing but its article."""
    return all(c.dep_ in ("det", "punct") for c in token.lefts)


def noun_phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun with its determiners and modifiers, without trailing clauses.

    A prepositional phrase that names an organisation stays: "a spokesperson for the Foreign
    Office" speaks for the Foreign Office, and the speaker links to it.
    """
    left = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case")
            and token.i - c.left_edge.i <= MAX_MODIFIER_TOKENS]
    start = min([c.left_edge.idx for c in left] + [token.idx])
    end = token.idx + len(token)
    for prep in token.rights:
        if token.pos_ != "NOUN" or prep.dep_ != "prep" or prep.i != token.i + 1:
            break
        if any(t.ent_type_ == "ORG" for t in prep.subtree):
            last = prep.right_edge
            end = last.idx + len(last)
    return start, end


def reported_rows(reading: Reading) -> list[dict]:
    """Speech verbs with what they report in the writer's words ("said Belarus could ...", "..., analysts say")."""
    direct = [(s, e) for (s, e), kind in zip(reading.spans, reading.kinds) if kind == "direct"]
    rows = []
    for verb in reading.doc:
        if not reading.is_cue(verb):
            continue
        subject = speaker_token(verb, reading.dateline)
        span = reported_span(verb, subject, reading)
        if span is None or subject is None:
            continue
        start, end = span
        if end <= start or any(s < end and start < e for s, e in direct):
            continue
        rows.append(quote_row(reading.sentence_no(verb.idx), reading.speakers.resolve(subject), cue_lemma(verb),
                              reading.text[start:end], "indirect", start, end))
    return rows


def reported_span(verb: Token, subject: Token | None, reading: Reading) -> tuple[int, int] | None:
    """What a speech verb reports, within its paragraph.

    Its clause complement, with an object the parser split off it ("added the circumstances
    remained unclear") and a condition put before the speaker ("If talks fail, Sato said, the yen
    could weaken"); or the clause the cue is inserted in ("Still, he said, ...", "Prices will
    fall, analysts say"); or whom it asks to do what ("urged Vietnam to push back").
    """
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if clause is not None:
        tokens = without_other_cues(list(clause.subtree), clause)
        own_subject = any(c.dep_ in SUBJECTS | {"expl", "csubj", "mark"} for c in clause.children)
        split_off = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]
        if split_off and not own_subject:
            tokens = list(split_off[0].subtree) + tokens
        if clause.i > verb.i and subject is not None:
            conditions = [c for c in verb.children if c.dep_ == "advcl" and c.i < min(subject.i, verb.i)
                          and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)]
            tokens = [t for c in conditions for t in c.subtree] + tokens
        return clause_span(in_paragraph(tokens, verb, reading))
    head = verb.head
    if verb.dep_ == "parataxis" and head.pos_ in ("VERB", "AUX"):
        inserted = (verb.left_edge.i, verb.right_edge.i)
        before = [t for t in head.subtree if t.i < inserted[0]]
        after = [t for t in head.subtree if t.i > inserted[1]]
        if head.i > inserted[1] and not any(t.head is head and t.dep_ in SUBJECTS | {"expl", "csubj"} for t in before):
            before = []
        return clause_span(in_paragraph(before + after, verb, reading))
    addressee = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    charge = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "of"
                   and any(p.dep_ == "pcomp" for p in c.children)), None)
    if addressee is not None and charge is not None:  # "accused China of using coercion"
        return clause_span(in_paragraph(list(addressee.subtree) + list(charge.subtree), verb, reading))
    complement = next((c for c in verb.rights if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None)
    if complement is not None:
        addressees = [c for c in verb.children if c.dep_ == "dobj" and c.i < complement.i
                      and verb.lemma_.lower() in directive_verbs()]
        addressees += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < complement.i
                       for p in c.children if p.dep_ == "pobj"]  # "called on the government to withdraw"
        if addressees:
            return clause_span(in_paragraph(list(addressees[0].subtree) + list(complement.subtree), verb, reading))
    return None


def without_other_cues(tokens: list[Token], clause: Token) -> list[Token]:
    """A reported clause without a speech verb coordinated to it, which reports something else."""
    for conj in clause.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.lemma_.lower() in speech_verbs():
            cut = {t.i for t in conj.subtree} | {c.i for c in clause.children if c.dep_ == "cc" and c.i < conj.i}
            tokens = [t for t in tokens if t.i not in cut]
    return tokens


def in_paragraph(tokens: list[Token], anchor: Token, reading: Reading) -> list[Token]:
    """The tokens in the anchor's paragraph: a heading the parser joined to a sentence is not reported speech."""
    start, end = reading.paragraph(anchor.idx)
    return sorted((t for t in tokens if start <= t.idx < end), key=lambda t: t.i)


def clause_span(tokens: list[Token]) -> tuple[int, int] | None:
    """The reported clause without its "that", a leading "but" and outer punctuation, keeping the mark
    that closes a quotation inside it ("faced “a very difficult winter”")."""
    while tokens and (tokens[0].dep_ in CLAUSE_MARKERS and tokens[0].lower_ in ("that", "but", "and")
                      or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc_text(tokens[0].doc)
    if len(QUOTE_MARK.findall(text, start, end)) % 2 and (m := CLOSING_MARK.match(text, end)):
        end = m.end()
    return start, end


def according_rows(reading: Reading) -> list[dict]:
    """ "According to the ministry, the plant will close": the clause, attributed to the object of "to".

    Skipped when the clause is itself someone's attribution ("X said ..., according to a
    statement") or holds a direct quote: those rows exist already.
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
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if source is None or head is according:
            continue
        phrase = range(according.left_edge.i, according.right_edge.i + 1)
        sentence = according.sent
        tokens = [t for t in head.subtree if t.i not in phrase and sentence.start <= t.i < sentence.end]
        if any(reading.is_cue(t) and (subject := speaker_token(t, reading.dateline)) is not None
               and reported_span(t, subject, reading) is not None for t in tokens):
            continue
        span = clause_span(in_paragraph(tokens, according, reading))
        if span is None or any(s < span[1] and span[0] < e for s, e in direct):
            continue
        rows.append(quote_row(reading.sentence_no(according.idx), reading.speakers.resolve(source), ACCORDING,
                              reading.text[span[0]:span[1]], "indirect", *span))
    return rows


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
        speaker = (m.group("name").strip(), m.start("name"), m.start("name") + len(m.group("name").strip()))
        found.append(quote_row(reading.sentence_no(span[0]), speaker, None, reading.text[span[0]:span[1]], "direct",
                               *span))
    return found


def without_repeats(rows: list[dict]) -> list[dict]:
    """Each attribution once: a partial quote inside reported speech is part of that row, and nothing
    inside a direct quote or an embedded post is a row of its own."""
    covering = [(r["start_char"], r["end_char"], r["kind"]) for r in rows]
    kept, seen = [], set()
    for row in rows:
        start, end, kind = row["start_char"], row["end_char"], row["kind"]
        if (start, end) in seen:
            continue
        inside = [k for s, e, k in covering if s <= start and end <= e + 2 and (s, e) != (start, end)]
        if (kind == "partial" and "indirect" in inside) or (kind != "direct" and "direct" in inside):
            continue
        seen.add((start, end))
        kept.append(row)
    return kept


def quote_id(doc_id: str, start: int, end: int, kind: str) -> str:
    """Stable id of a quote: the same span of the same document always gets the same id."""
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}\x1f{kind}".encode()).hexdigest()[:16]


def link_quotes(quotes: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Warehouse quotes: the speaker span joined to the linked mention it overlaps."""
    if quotes.is_empty():
        return pl.DataFrame(schema=LINKED_QUOTES)
    linked = overlapping_entity(quotes, mentions, "speaker_start", "speaker_end", "speaker_id", "speaker_via")
    ids = [quote_id(*r) for r in linked.select("doc_id", "start_char", "end_char", "kind").iter_rows()]
    return linked.with_columns(quote_id=pl.Series(ids, dtype=pl.Utf8)).select(
        [pl.col(name).cast(dtype) for name, dtype in LINKED_QUOTES.items()]
    )


def overlapping_entity(rows: pl.DataFrame, mentions: pl.DataFrame, start: str, end: str, out: str,
                       via_out: str) -> pl.DataFrame:
    """Add `out`: entity_id of the mention overlapping [start, end) in the same document, and `via_out`:
    how that mention reaches the entity (name, alias, acronym, pronoun, description).

    When several overlap ("Russian President Vladimir Putin" holds "Russian" and "Vladimir Putin"),
    the one ending last wins: English noun phrases end with their head.
    """
    keyed = rows.with_row_index("_row")
    candidates = (
        keyed.select("_row", "doc_id", start, end)
        .join(mentions.select("doc_id", pl.col("start_char").alias("_ms"), pl.col("end_char").alias("_me"),
                              "entity_id", "via"), on="doc_id")
        .filter((pl.col("_ms") < pl.col(end)) & (pl.col("_me") > pl.col(start)) & pl.col("entity_id").is_not_null())
        .sort("_row", pl.min_horizontal("_me", end), "_me", descending=[False, True, True])
        .unique("_row", keep="first")
        .select("_row", pl.col("entity_id").alias(out), pl.col("via").alias(via_out))
    )
    return keyed.join(candidates, on="_row", how="left").drop("_row")
