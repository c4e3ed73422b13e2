"""Line rules: what each line of a scraped page is, and which span of lines is the article body."""

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby

import ftfy
import ftfy.badness

from newsflow.tasks.core import lexicons

WORD = re.compile(r"\w+", re.U)
TERMINAL = re.compile(r"[.!?…:;\"”’»)\]。！？」』）؟۔।]\s*$")
SENTENCE_END = re.compile(r"[.!?…][\"”’»)]?\s+[\"“‘«(]?[A-Z0-9]|[。！？؟۔।]")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Thai, Lao, Myanmar, Khmer: no spaces between words
UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
WRAP_MIN, WRAP_MAX, WRAP_SHARE = 50, 80, 0.3
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.I)
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# The longest text ftfy's BADNESS_RE (ftfy 6.3, pinned in requirements.lock) can match; tests/test_clean.py
# checks has_mojibake against ftfy.badness.is_bad with mojibake placed at every distance from clean text.
MOJIBAKE_WIDTH = 7
# Non-ASCII text, taking in ASCII gaps short enough that the windows around both sides would overlap.
NON_ASCII = re.compile(rf"[^\x00-\x7f]+(?:[\x00-\x7f]{{1,{2 * MOJIBAKE_WIDTH}}}[^\x00-\x7f]+)*")


@dataclass
class Line:
    no: int  # 1-based line number in the normalised text
    text: str
    kind: str = "short"  # prose, short, or a removal reason
    caption: str | None = None  # caption text when the line carries a photo caption


def normalise(raw: str) -> str:
    """Mojibake repaired, invisible characters dropped, spaces collapsed; curly quotes kept."""
    text = raw or ""
    if ENTITY.search(text) or has_mojibake(text):
        text = ftfy.fix_text(
            text, uncurl_quotes=False, fix_line_breaks=True, fix_character_width=False, fix_latin_ligatures=False
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\t", " ")
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def has_mojibake(text: str) -> bool:
    """ftfy's `is_bad`, searched only around non-ASCII text: each of its patterns needs a non-ASCII
    character and none is longer than MOJIBAKE_WIDTH characters, so the answer is the same, at a
    fraction of the cost on text that is mostly ASCII and at about the cost of `is_bad` on the rest."""
    return any(
        ftfy.badness.BADNESS_RE.search(text, max(0, run.start() - MOJIBAKE_WIDTH), run.end() + MOJIBAKE_WIDTH)
        for run in NON_ASCII.finditer(text)
    )


def unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped text (most lines 50-80 characters, none much longer) with each paragraph joined
    onto its first line; the continuation lines become empty so line numbers stay those of the input."""
    filled = [ln for ln in lines if ln.strip()]
    wrapped = [ln for ln in filled if WRAP_MIN <= len(ln) <= WRAP_MAX]
    if not filled or len(wrapped) < WRAP_SHARE * len(filled) or max(map(len, filled)) > WRAP_MAX + 20:
        return lines
    out, para_at = list(lines), None
    for i, ln in enumerate(lines):
        if not ln.strip():
            para_at = None
        elif para_at is not None and WRAP_MIN <= len(lines[i - 1]) and not is_furniture(ln):
            out[para_at] += " " + ln
            out[i] = ""
        else:
            para_at = i
    return out


@lru_cache(maxsize=1 << 14)
def key(text: str) -> str:
    """A line's identity for repetition and corpus counts: lower-cased words only. Cleaning asks for
    the key of each line several times (repeats, title, corpus counts): remembered for recent lines."""
    return " ".join(WORD.findall(text.lower()))


@cache
def lexicon_regex(name: str) -> re.Pattern:
    """The regular expressions of a lexicon file (one a line, comments skipped) as one alternation."""
    return re.compile(alternation(list(lexicons.lines(name))), re.I)


def alternation(patterns: list[str]) -> str:
    """`patterns` as one regular expression, tried in order. Consecutive patterns that only match at
    a word boundary share one `\\b` test in front: the same matches, but inside a word the search
    moves on after one test instead of one per pattern (half the time on long lines)."""
    parts = []
    for bounded, group in groupby(patterns, key=starts_at_word_boundary):
        either = "|".join(f"(?:{pattern})" for pattern in group)
        parts.append(rf"\b(?:{either})" if bounded else either)
    return "|".join(parts)


def starts_at_word_boundary(pattern: str) -> bool:
    """True when every match of `pattern` starts at a word boundary: it opens with `\\b` and has no
    `|` outside brackets or groups (a top-level alternative could start anywhere)."""
    return pattern.startswith(r"\b") and not top_level_bars(pattern)


def top_level_bars(pattern: str) -> bool:
    """True when `pattern` has a `|` outside every group and character class."""
    depth, in_class, chars = 0, False, iter(pattern)
    for char in chars:
        if char == "\\":
            next(chars, None)
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def is_furniture(text: str) -> bool:
    """True when the whole line is a known furniture phrase (lexicon furniture.txt)."""
    return bool(lexicon_regex("furniture.txt").fullmatch(text.strip(" |·•-–—>»:")))


def is_end_marker(text: str) -> bool:
    """True when the line opens comments, related stories or similar (lexicon clean_stops.txt)."""
    return bool(lexicon_regex("clean_stops.txt").fullmatch(text.strip(" |·•-–—>»:")))


def credit_span(text: str) -> re.Match | None:
    """Where a photo credit (©, 'via Getty Images', 'Photo:' ...) first shows on the line, if anywhere."""
    return lexicon_regex("clean_credits.txt").search(text)


def n_words(text: str) -> int:
    """Number of word tokens; in Chinese, Japanese and Korean every two characters count as a word, in Thai,
    Lao, Myanmar and Khmer (written without spaces between words) every four."""
    if text.isascii():
        return len(WORD.findall(text))
    cjk, unspaced = len(CJK.findall(text)), len(UNSPACED.findall(text))
    if cjk or unspaced:
        return len(WORD.findall(UNSPACED.sub(" ", CJK.sub(" ", text)))) + cjk // 2 + unspaced // 4
    return len(WORD.findall(text))


def is_widget(text: str) -> bool:
    """ALL-CAPS labels such as 'UP NEXT' or 'WATCH LIVE': short, letters all upper case."""
    if len(text) > 60 or n_words(text) > 6:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def is_prose(text: str) -> bool:
    """A sentence-shaped line: enough words and ending like a sentence, or long running text."""
    words = n_words(text)
    if words >= 25 and len(text) >= 140:
        return True
    return (words >= 8 and bool(TERMINAL.search(text)) and (text[0].isalnum() or text[0] in '"“‘«「(')) or (
        words >= 12 and bool(SENTENCE_END.search(text))
    )


def doubled_caption(text: str) -> str | None:
    """The caption of a line that prints it twice around its credit ('CAP © Credit CAP'), once."""
    head = text[:40]
    if len(text) < 80 or len(head) < 20:
        return None
    pos = text.find(head, 20)
    if pos < 0:
        return None
    second = text[pos:].strip()
    return second if text[:pos].startswith(second[: max(20, len(second) // 2)]) else None


REPEAT_WINDOW = 2  # a line printed again within this many lines is a rendering repeat (caption twice, widget twice)


def classify(lines: list[str], recurring: frozenset[str] = frozenset()) -> list[Line]:
    """Each non-empty line with its kind from the line alone, its repeats and the corpus."""
    recent: list[str] = []  # keys of the last few non-empty lines
    out = []
    for i, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        line = Line(i, text)
        k = key(text)
        credit = credit_span(text)
        doubled = doubled_caption(text) if credit else None
        if doubled:
            line.kind, line.caption = "caption", doubled
        elif not k:
            line.kind = "symbols"
        elif k in recent[-REPEAT_WINDOW:]:
            line.kind = "repeated"
        elif is_end_marker(text):
            line.kind = "end marker"
        elif is_furniture(text):
            line.kind = "furniture"
        elif k in recurring:
            line.kind = "recurring"
        elif credit:
            cap = text[: credit.start()].strip(" ,;|-–—(")
            line.kind, line.caption = ("caption", cap) if n_words(cap) >= 4 else ("credit", None)
        elif is_widget(text):
            line.kind = "widget"
        elif is_prose(text):
            line.kind = "prose"
        recent.append(k)
        out.append(line)
    return out


KEPT = {"prose", "short"}  # kinds that may stay in a body; every other kind is a removal reason
SCORES = {
    "prose": 5.0,  # a prose line scores its word count (at most 80) less this
    "isolated": 0.25,  # ... times this when no prose line is next to it (a teaser between headlines)
    "short": 3.0,  # a short line costs this
    "short_word": 0.5,  # ... plus this per word (long headlines of a link list cost more than a subheading)
    "soft": 1.0,  # a caption or repeated line costs this
    "other": 4.0,  # furniture, credits, widgets, corpus-recurring lines
    "stop": 40.0,  # an end marker (comments, related stories): the body run does not cross it
}
LINK_LIST_WORDS = 7  # a run of short lines whose median line is shorter than this is a link list, not bullet points


def body_span(lines: list[Line]) -> tuple[int, int] | None:
    """Indices [start, end] of the densest run of prose: the maximum-sum run where prose lines
    score their word count and every other line costs a little (the body-text-extraction idea)."""
    best, best_span, run, start = 0.0, None, 0.0, 0
    for i, line in enumerate(lines):
        words = n_words(line.text)
        if line.kind == "prose":
            score = min(words, 80) - SCORES["prose"]
            if not _prose_neighbour(lines, i):
                score *= SCORES["isolated"]
        elif line.kind == "end marker":
            score = -SCORES["stop"]
        elif line.kind == "short":
            score = -SCORES["short"] - SCORES["short_word"] * words
        elif line.kind in ("caption", "repeated"):
            score = -SCORES["soft"]
        else:
            score = -SCORES["other"]
        if run <= 0:
            run, start = 0.0, i
        run += score
        if run > best:
            best, best_span = run, (start, i)
    return best_span


def _prose_neighbour(lines: list[Line], i: int) -> bool:
    """True when the nearest text line before or after is prose too: body paragraphs come in runs,
    teasers alone between headlines; captions, ads and other removed lines in between do not count."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].kind not in ("prose", "short", "end marker"):
            j += step
        if 0 <= j < len(lines) and lines[j].kind == "prose":
            return True
    return False


def drop_link_runs(lines: list[Line], span: tuple[int, int]) -> None:
    """Inside the body, runs of three or more short lines of a few words are link lists, not headings or bullets."""
    i = span[0]
    while i <= span[1]:
        j = i
        while j <= span[1] and lines[j].kind == "short":
            j += 1
        run_words = [n_words(line.text) for line in lines[i:j]]
        if j - i >= 3 and sorted(run_words)[len(run_words) // 2] < LINK_LIST_WORDS:
            for line in lines[i:j]:
                line.kind = "link list"
        i = max(j, i + 1)
