"""What quotes, events and references read off a parsed Doc alike: its text, the span of a named
entity, the spans inside quotation marks, the dateline, the speech cues. One home, so the three readers
agree on each of them."""

import re
from functools import lru_cache

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsflow.tasks.core import lexicons

QUOTE_MARK = re.compile(r"``|''|[\"“”]")
INCH_MARK = re.compile(r"(?<=\d) ?\" [a-z]")  # 13.3" widescreen, "15 " or 17 " displays": inches, not quotation
OPENING_ONLY, CLOSING_ONLY = {"“", "``"}, {"”"}
NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case"})
PARAGRAPH = re.compile(r"\n\s*\n")
# Capital letters, accented ones too ("NOVÝ BOR", "REYKJAVÍK", "ŁÓDŹ"), for a character class.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
PLACE_PARTICLES = "(?:and|of|the|de|del|da|do|du|la|le|nad|am|sur|upon|on)"  # "Newfoundland and Labrador"
# "MADRID --", "HANOI, Vietnam (AP) —", "NEW YORK (Reuters) -", "Washington (CNN) —", "CORK, Ireland, Nov. 4 —",
# "SION, Switzerland, Feb. 12 (Reuters) -", "Toamasina, Madagascar, Dec. 4 (AFP) -" at a paragraph's start.
DATELINE = re.compile(
    rf"(?:[{CAPITALS}][{CAPITALS}.'\-]+(?: [{CAPITALS}][{CAPITALS}.'\-]+)*"
    rf"(?:, [{CAPITALS}][\w.'\-]*(?:(?: {PLACE_PARTICLES})* [{CAPITALS}][\w.'\-]*)*)*"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^()\n]{1,30}\))?"
    rf"|[{CAPITALS}][\w.'\-]*(?: [{CAPITALS}][\w.'\-]*)*(?:, [{CAPITALS}][\w.'\-]*)*"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \([^()\n]{1,30}\))"
    r"[ \t]*(?:[—―–]|--?)[ \t]+"
)
DATELINE_PARAGRAPHS = 2
# "BUCHAREST 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29", "LONDON, Aug 30": a place and a date on a line of their
# own, among the first lines (wire copy, where the line after the headline is the dateline).
DATE_LINE = re.compile(
    r"[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)*(?:, [A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*)*)?,? "
    r"(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)[ \t]*$",
    re.MULTILINE,
)
DATE_LINES = 3
HEADLINE_MAX_WORDS = 20
SENTENCE_STOP = re.compile(r"[.!?:;,][\"”')]*[ \t]*$")
SENTENCE_INSIDE = re.compile(r"[.!?][\"”')]* +[A-Z\"“]")  # "Mayor Tom Hale spoke on Monday. He said:"


@lru_cache(maxsize=1)
def cue_phrases() -> frozenset[str]:
    """Cues of data/lexicons/speech_verbs.txt: lemmas, and lemmas with the particle they need ("point out")."""
    return lexicons.words("speech_verbs.txt")


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """The lemma of every cue."""
    return frozenset(cue.split()[0] for cue in cue_phrases())


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


def noun_phrase_start(token: Token, possessor: bool = True, reach: int | None = None) -> int:
    """Character start of a noun's phrase: its determiners and modifiers (and its possessor, unless not
    `possessor`), each reaching at most `reach` tokens back when given."""
    left = [
        c
        for c in token.lefts
        if c.dep_ in NOUN_MODIFIERS
        and (possessor or c.dep_ != "poss")
        and (reach is None or token.i - c.left_edge.i <= reach)
    ]
    return min([c.left_edge.idx for c in left] + [token.idx])


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (inside the marks), paired per paragraph.

    Marks are straight and curly double quotes and the typewriter pairs `` '' and '' ''; a number's inch sign
    (`a 13.3" screen`) opens none. A quote
    left open at a paragraph's end closes there: newspapers open a fresh mark on each paragraph of
    a long quote instead of closing the last one. When the next paragraph opens with no mark and
    its first mark can only close (a curly closing mark, or an odd number of marks), the quote
    went on without a fresh mark and that mark ends it. Where paragraphs were run together, a mark
    that opens a sentence inside an open quote (`... the city. "We will ...`) is such a fresh mark:
    the open quote ends at the sentence before it.
    """
    spans, left_open = [], False
    for paragraph in paragraphs(text):
        marks = list(QUOTE_MARK.finditer(text, *paragraph))
        start = paragraph[0] if left_open and carries_on(text, paragraph[0], marks) else None
        for m in marks:
            mark = m.group()
            if start is None and mark not in CLOSING_ONLY:
                if not is_inch(text, m):
                    start = m.end()
            elif start is not None and not text[start : m.start()].strip():
                start = m.end()  # a doubled opening mark (`“”This is ...”`)
            elif start is not None and reopens(text, m):
                spans.append((start, m.start()))
                start = m.end()
            elif start is not None and mark not in OPENING_ONLY:
                spans.append((start, m.start()))
                start = None
        if start is not None:
            spans.append((start, paragraph[1]))
        left_open = start is not None
    return [trimmed for s, e in spans if (trimmed := trim(text, s, e))]


def reopens(text: str, mark: re.Match) -> bool:
    """A mark that opens a fresh quote while one is open: an opening mark standing apart from a sentence's end
    before it and attached to the word after it (`left. "We`, `left. “We`; not `" Wait... ",`)."""
    before, after = text[max(0, mark.start() - 80) : mark.start()], text[mark.end() : mark.end() + 1]
    if mark.group() in CLOSING_ONLY or not before[-1:].isspace() or not after.isalnum():
        return False
    return before.rstrip().endswith((".", "!", "?"))


def is_inch(text: str, mark: re.Match) -> bool:
    return any(INCH_MARK.match(text, start) for start in (mark.start() - 1, mark.start()))


def carries_on(text: str, start: int, marks: list[re.Match]) -> bool:
    """Whether a paragraph after one left open goes on with the quote: words before its first mark,
    which reads as a closing one."""
    if not marks or not text[start : marks[0].start()].strip():
        return False
    return len(marks) % 2 == 1 or is_closing(text, marks[0])


def is_closing(text: str, mark: re.Match) -> bool:
    """A mark that can only close a quote: a curly closing mark, one attached to the word before it
    (`home."`), or, where marks stand apart from the words, one after the end of a sentence (`home . " `)."""
    before, after = text[: mark.start()], text[mark.end() : mark.end() + 1]
    if mark.group() in CLOSING_ONLY or (before and not before[-1].isspace()):
        return True
    return after.isspace() and before.rstrip().endswith((".", "!", "?", ","))


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
    """For each token, whether it is part of a dateline ("HANOI, Vietnam (AP) —") opening one of the first
    paragraphs, or a later one with its country or agency ("NARBOROUGH, England --", where a long story moves on to
    another place), or of a line of place and date among the first lines ("BUCHAREST 1996-08-30")."""
    text = doc_text(doc)
    inside = numpy.zeros(len(doc), dtype=bool)
    starts = doc.to_array(IDX)
    for k, (start, _) in enumerate(paragraphs(text)):
        m = DATELINE.match(text, start)
        if m and (k < DATELINE_PARAGRAPHS or any(c in m.group() for c in ",(")):  # later: "NARBOROUGH, England --"
            inside[numpy.searchsorted(starts, start) : numpy.searchsorted(starts, m.end())] = True
    line_start = 0
    for _ in range(DATE_LINES):
        if m := DATE_LINE.match(text, line_start):
            inside[numpy.searchsorted(starts, line_start) : numpy.searchsorted(starts, m.end())] = True
        line_start = text.find("\n", line_start) + 1
        if line_start == 0:
            break
    return inside.tolist()


def headline_end(text: str) -> int:
    """Where the document's headline ends (0 without one): its first line, when more lines follow and it is short
    and either is one phrase without a full stop or colon ("Paper says Thatcher's office consulted astrologer") or
    stands before a dateline line ("MINSK 1996-08-30"). A headline sums up what the body reports, in its own
    grammar ("Ericsson says wins China order"), so it is nobody's statement of its own."""
    first_end = text.find("\n")
    first = text[:first_end]
    if first_end < 0 or not first.strip() or not text[first_end:].strip() or len(first.split()) > HEADLINE_MAX_WORDS:
        return 0
    next_line = text[first_end:].lstrip("\n").split("\n", 1)[0]
    if DATE_LINE.fullmatch(next_line.rstrip()):
        return first_end
    return 0 if SENTENCE_STOP.search(first) or SENTENCE_INSIDE.search(first) else first_end


def quoted_tokens(doc: Doc, spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, whether it lies inside a quote (quote marks included), read off the token offsets."""
    starts = doc.to_array(IDX)
    inside = numpy.zeros(len(doc), dtype=bool)
    for start, end in spans:
        inside[numpy.searchsorted(starts, start - 1) : numpy.searchsorted(starts, end, side="right")] = True
    return inside.tolist()
