"""Quotes: who said what, with the cue verb and the span of the words, as BBC's citron does.

Three kinds: `direct` (a quoted sentence or more), `partial` (a few quoted words inside the
writer's own sentence, "see the upside") and `indirect` (a speech verb with a clause,
"Ali said Belarus could ..."). Speakers given as pronouns or "the professor" are resolved to
the nearest preceding named person, so each row names who spoke; a quote that continues
without a cue keeps the speaker of the quote before it.
"""

import bisect
import hashlib
import re
from functools import lru_cache
from pathlib import Path

import numpy
import polars as pl
from spacy.attrs import IDX, LEMMA, POS
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Span, Token

LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons"
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
NAMED = {"PERSON", "ORG", "GPE", "NORP"}
QUOTE_CHARS = re.compile(r'["“”]')
PARAGRAPH = re.compile(r"\n\s*\n")
MIN_DIRECT_WORDS = 4


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Cue lemmas from data/lexicons/speech_verbs.txt."""
    lines = (LEXICONS / "speech_verbs.txt").read_text().splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


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

    A quote left open at a paragraph's end closes there: newspapers open a fresh mark on each
    paragraph of a long quote instead of closing the last one.
    """
    spans = []
    for paragraph in paragraphs(text):
        start = None
        for m in QUOTE_CHARS.finditer(text, *paragraph):
            mark = m.group()
            if start is None and mark != "”":
                start = m.end()
            elif start is not None and mark != "“":
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


def quote_kind(doc: Doc, start: int, end: int) -> str:
    """`partial` for a few words inside the writer's sentence, `direct` for quoted clauses.

    A quote that starts in lower case is still direct when it holds its own subject and verb
    (said that "we have received an inquiry ...").
    """
    quoted = doc_text(doc)[start:end]
    if len(quoted.split()) < MIN_DIRECT_WORDS:
        return "partial"
    first = next((c for c in quoted if c.isalpha()), "")
    if first.isupper():
        return "direct"
    span = doc.char_span(start, end, alignment_mode="expand")
    has_clause = span is not None and any(t.dep_ in SUBJECTS and span.start <= t.head.i < span.end for t in span)
    return "direct" if has_clause else "partial"


def extract_quotes(doc: Doc) -> list[dict]:
    """Quote rows of one Doc (QUOTES columns without doc_id)."""
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    text = doc_text(doc)
    spans = quote_spans(text)
    quoted = quoted_tokens(doc, spans)
    speakers = SpeakerResolver(doc, quoted)
    rows, previous = [], None
    for start, end in spans:
        kind = quote_kind(doc, start, end)
        first = bisect.bisect_right(sent_starts, start) - 1
        last = bisect.bisect_left(sent_starts, end) - 1
        cue = nearest_cue(sents[first : last + 1], start, end, quoted)
        if cue is None and kind == "direct" and previous and continues(text, previous, start):
            speaker, cue_text = previous["speaker"], previous["cue"]
        elif kind == "partial" and (cue is None or not is_named_or_pronoun(speaker_token(cue))):
            subject = named_subject(sents[first], start, quoted)
            if subject is not None:
                speaker, cue_text = speakers.resolve(subject), cue_lemma(cue) if cue is not None else None
            elif cue is not None:
                speaker, cue_text = speakers.resolve(speaker_token(cue)), cue_lemma(cue)
            else:
                speaker, cue_text = None, None
        elif cue is not None:
            speaker, cue_text = speakers.resolve(speaker_token(cue)), cue_lemma(cue)
        else:
            speaker, cue_text = None, None
        if speaker is None and kind == "partial":
            continue
        rows.append(quote_row(first, speaker, cue_text, text[start:end], kind, start, end))
        if kind == "direct":
            previous = {"speaker": speaker, "cue": cue_text, "end": end}
    rows += indirect_quotes(doc, sents, spans, quoted, speakers)
    return sorted(rows, key=lambda r: r["start_char"])


def quote_row(sent_no, speaker, cue, text, kind, start, end) -> dict:
    """One QUOTES row; speaker is (text, start, end) or None."""
    text_, s_start, s_end = speaker or (None, None, None)
    return {
        "sent_no": sent_no, "speaker_text": text_, "speaker_start": s_start, "speaker_end": s_end,
        "cue": cue, "text": text, "kind": kind, "start_char": start, "end_char": end,
    }


def quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quote (quote marks included), read off the token offsets."""
    starts = doc.to_array(IDX)
    inside = numpy.zeros(len(doc), dtype=bool)
    for start, end in spans:
        inside[numpy.searchsorted(starts, start - 1): numpy.searchsorted(starts, end, side="right")] = True
    return inside.tolist()


def continues(text: str, previous: dict, start: int) -> bool:
    """Whether a cue-less quote follows the previous one with no writer's sentence between them."""
    between = text[previous["end"] : start]
    return len(between) < 200 and between.count("\n\n") <= 1 and not re.search(r"[.!?]\s+[A-Z]\w+ \w+", between)


def nearest_cue(sents: list[Span], start: int, end: int, quoted: list[bool]) -> Token | None:
    """The speech verb outside the quote, in the sentences it spans, closest to the quote."""
    best, best_distance = None, None
    for sent in sents:
        for tok in sent:
            if quoted[tok.i] or tok.pos_ != "VERB" or tok.lemma_.lower() not in speech_verbs():
                continue
            if speaker_token(tok) is None:
                continue
            distance = start - tok.idx if tok.idx < start else tok.idx - end
            if best_distance is None or distance < best_distance:
                best, best_distance = tok, distance
    return best


def cue_lemma(verb: Token) -> str:
    """The cue as a lemma, with its particle ("point out")."""
    particles = [c.lemma_.lower() for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def speaker_token(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed from the verb it is coordinated with when it has none."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head is verb:
            return None
        verb = verb.head
    return None


def is_named_or_pronoun(token: Token) -> bool:
    """Whether a subject names its speaker (or points back to one) rather than describing it."""
    return token.ent_type_ in NAMED or token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS


def named_subject(sent: Span, before: int, quoted: list[bool]) -> Token | None:
    """For a partial quote without cue: the closest named or pronoun subject before it in the sentence."""
    found = None
    for tok in sent:
        if tok.idx >= before:
            break
        if tok.dep_ in SUBJECTS and not quoted[tok.i] and (tok.ent_type_ in NAMED or tok.lower_ in PERSON_PRONOUNS):
            found = tok
    return found


class SpeakerResolver:
    """Maps a subject token to the named speaker span it refers to, looking back through the Doc."""

    def __init__(self, doc: Doc, quoted: list[bool]):
        self.doc = doc
        ents = list(doc.ents)
        self.persons = [e for e in ents if e.label_ == "PERSON" and not quoted[e.root.i]]
        self.groups = [e for e in ents if e.label_ in ("ORG", "GPE", "NORP") and not quoted[e.root.i]]
        self.person_starts = [e.start for e in self.persons]
        self.nouns: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
            if pos == NOUN and not quoted[i]:
                self.nouns.setdefault(strings[lemma].lower(), []).append(i)
        self.group_starts = [e.start for e in self.groups]

    def resolve(self, token: Token) -> tuple[str, int, int]:
        """(text, start_char, end_char) of the speaker a subject token stands for."""
        ent = entity_of(token)
        if ent is not None:
            return ent.text, ent.start_char, ent.end_char
        for child in token.children:
            if child.dep_ == "appos" and (ent := entity_of(child)) is not None and ent.label_ == "PERSON":
                return ent.text, ent.start_char, ent.end_char
        lower = token.lower_
        referent = None
        if is_definite_description(token) and (earlier := self.same_noun_before(token)) is not None:
            named = entity_of(earlier.head) if earlier.dep_ == "appos" else None
            if named is not None and named.label_ == "PERSON":  # "Javed Ali, a ... professor" ... "the professor"
                return named.text, named.start_char, named.end_char
            start, end = noun_phrase(earlier)
            return doc_text(self.doc)[start:end], start, end
        if lower in PERSON_PRONOUNS or is_definite_description(token):
            referent = self.preceding(self.persons, self.person_starts, token.i)
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

    def preceding(self, ents: list[Span], starts: list[int], i: int) -> Span | None:
        """The nearest entity before token i: a speaker of this or the previous sentence first, then a subject."""
        k = bisect.bisect_left(starts, i)
        window = ents[max(0, k - 6) : k]
        sentence = self.doc[i].sent
        previous_start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        speakers = [e for e in window if e.start >= previous_start and is_speaker(e.root)]
        subjects = [e for e in window if e.root.dep_ in SUBJECTS]
        return (speakers or subjects or window or [None])[-1]


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


def noun_phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun with its determiners and modifiers, without trailing clauses."""
    left = [c for c in token.lefts if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case")]
    start = min([c.left_edge.idx for c in left] + [token.idx])
    return start, token.idx + len(token)


def indirect_quotes(doc: Doc, sents: list[Span], spans: list[tuple[int, int]], quoted: list[bool],
                    speakers: SpeakerResolver) -> list[dict]:
    """Speech verbs with a clause complement ("said Belarus could ...", "told Newsweek that ...")."""
    direct = [(s, e) for s, e in spans if quote_kind(doc, s, e) == "direct"]
    rows = []
    for sent_no, sent in enumerate(sents):
        for verb in sent:
            if quoted[verb.i] or verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs():
                continue
            subject = speaker_token(verb)
            span = reported_span(verb)
            if span is None or subject is None:
                continue
            start, end = span
            if end <= start or any(s < end and start < e for s, e in direct):
                continue
            rows.append(quote_row(sent_no, speakers.resolve(subject), cue_lemma(verb), doc_text(doc)[start:end],
                                  "indirect", start, end))
    return rows


def reported_span(verb: Token) -> tuple[int, int] | None:
    """What a speech verb reports: its clause complement, or the clause it is inserted in ("Still, he said, ...")."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if clause is not None:
        return clause_span(list(clause.subtree))
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        inserted = verb.right_edge.i
        return clause_span([t for t in verb.head.subtree if t.i > inserted])
    return None


def clause_span(tokens: list[Token]) -> tuple[int, int]:
    """The reported clause without its "that", a leading "but" and outer punctuation."""
    while tokens and (tokens[0].dep_ in ("mark", "cc") and tokens[0].lower_ in ("that", "but", "and")
                      or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


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
