"""Metadata out of the lines around an article: byline (author, publisher), date, language."""

import re
from datetime import date
from functools import cache, lru_cache

from newsflow.tasks.core import lexicons
from newsflow.tasks.core.dates import MONTH_RE, MONTHS

_MON = r"(?P<mon>" + MONTH_RE + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Whole dates only: a lone number or a month without a day never becomes a date.
DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)\b"),
    re.compile(r"(?P<year>(?:19|20)\d\d)年(?P<m>[01]?\d)月(?P<day>[0-3]?\d)日"),
    re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\d/.])"),
    re.compile(_DAY + r"\s+" + _MON + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
]
READING_TIME = re.compile(r"\b\d+\s*(?:-\s*)?(?:min|minute)s?\.?\s*(?:read|reading)(?:\s*time)?\b", re.I)
AGO = re.compile(r"\b\d+\s*(?:sec|second|min|minute|hour|hr|h|day|d|week|month|year)s?\s+ago\b", re.I)
MAX_FOREIGN_DATELINE = 60
DATELINE_OTHER_CHARS = 16  # letters besides the date, time and "Updated" a dateline may hold ("Actualizado el")
MAX_PLAIN_BYLINE = 80  # a name and a date without 'By' is a byline only on a short line
RELATIVE_TIME = re.compile(r"\b\d+\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\b( ago)?", re.I)
TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)
DATE_WORDS = re.compile(r"\b(?:updated|published|posted|last updated|first published|modified|date|on)\b\s*:?", re.I)
BEFORE_DATE = re.compile(
    r"(?:\s+(?:on|at|am|le|el|il|published|updated|posted|publiziert|veröffentlicht|"
    r"aktualisiert|publié|publicado|pubblicato))+\s*$",
    re.I,
)
WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?", re.I)


def _safe_date(y: int, m: int, d: int) -> date | None:
    """A date or None when the numbers do not make one."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> tuple[date | None, tuple[int, int] | None]:
    """The first whole calendar date written in text and its span; US month-first for ambiguous 1/2/2020."""
    for pat in DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"])
        if "mon" in g and g.get("mon"):
            d = _safe_date(year, MONTHS[g["mon"].lower().rstrip(".")], int(g["day"]))
        elif "m" in g and g.get("m"):
            d = _safe_date(year, int(g["m"]), int(g["day"]))
        else:
            a, b = int(g["a"]), int(g["b"])
            d = _safe_date(year, a, b) if a <= 12 else _safe_date(year, b, a)
        if d:
            return d, m.span()
    return None, None


def parse_date(text: str | None) -> date | None:
    """A date from a metadata value or a dateline, falling back on dateparser for other forms."""
    if not text or not str(text).strip():
        return None
    text = str(text).strip()
    found, _ = find_date(text)
    if found:
        return found
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    import dateparser

    parsed = dateparser.parse(
        text, settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY"}
    )
    return parsed.date() if parsed else None


@cache
def name_stopwords() -> frozenset[str]:
    """Words that rule out a byline candidate as a person's name."""
    return lexicons.words("clean_name_stopwords.txt", lowercase=True) | org_words()


@cache
def org_words() -> frozenset[str]:
    """Words that mark a byline part as a news organisation."""
    return lexicons.words("clean_org_words.txt", lowercase=True)


PUBLISHER_CONNECTORS = frozenset("of the for and & de du des la le el del di für und".split())


def is_publisher(text: str) -> bool:
    """A short capitalised name without digits that is not just date or page words."""
    tokens = [t.lower().strip(".,") for t in text.split()]
    capitalised = all(not t[:1].islower() or t.lower() in PUBLISHER_CONNECTORS for t in text.split())
    return (
        0 < len(tokens) <= 5
        and capitalised
        and not re.search(r"\d", text)
        and any(t not in name_stopwords() or t in org_words() for t in tokens)
    )


NAME_PARTICLES = frozenset("de da del della van von der den la le du bin al el di dos ter".split())
NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’\-]*\.?$")


def _name_token(token: str) -> bool:
    """A capitalised word ('Jane', 'O’Brien', 'J.', 'Ерофеева') or a particle such as 'van' or 'de'."""
    return token in NAME_PARTICLES or (token[:1].isupper() and bool(NAME_TOKEN.match(token)))


def is_person_name(text: str) -> bool:
    """Two to five capitalised tokens, none of them a date, time or page word."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 60:
        return False
    if any(t.lower().strip(".,") in name_stopwords() for t in tokens):
        return False
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    return all(map(_name_token, tokens)) and not any(ch.isdigit() for ch in text)


BY = re.compile(
    r"^(?:written\s+|posted\s+|words\s+|story\s+)?(?:by|von|por|par|door|av|af|autor|autorin|author|text|texto|текст|автор)(?::\s*|\s+)",
    re.I,
)
SPLIT_NAMES = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|&|\|)\s*", re.I)


def parse_byline(line: str) -> dict | None:
    """Author(s), publisher and date of a byline such as 'By Jane Doe, Reuters' or 'Newsweek 12/13/2022 Andrew
    Stanton'."""
    parsed = _parse_byline(line)
    return dict(parsed) if parsed else None


@lru_cache(maxsize=4096)  # the title and byline passes, and the second pass of a batch, ask about the same lines;
# parse_byline hands out copies, so no caller can change a cached answer
def _parse_byline(line: str) -> dict | None:
    text = " ".join(line.replace("\u00a0", " ").split())
    if not text or len(text) > 160 or text.endswith(":"):  # 'Jane on May 2, 2019 said:' heads a comment
        return None
    found, span = find_date(text)
    if not found:
        found, span = _foreign_date(text)
    rest = BY.sub("", text)
    has_by = bool(BY.match(text)) and not rest[:1].islower()
    pub = None
    if span and not has_by:
        before, after = text[: span[0]].strip(" |,-–—·:"), text[span[1] :].strip(" |,-–—·:")
        after = TIME.sub("", after).strip(" |,-–—·:")
        if before and after and is_person_name(_strip_role(after)) and not is_person_name(before):
            return {"author": _strip_role(after), "publisher": before, "published_at": found}
        rest = before if before and not DATE_WORDS.fullmatch(before + " ") else after
        rest = DATE_WORDS.sub("", rest).strip(" |,-–—·:")
    elif span:
        rest = BY.sub("", text[: span[0]]).strip(" |,-–—·:")
    rest = RELATIVE_TIME.sub("", TIME.sub("", WEEKDAY.sub("", READING_TIME.sub("", rest)))).strip(" |,-–—·:/@")
    rest = BEFORE_DATE.sub("", rest).strip(" |,-–—·:/@")
    rest = re.sub(r"\s@\w+.*$", "", rest).strip()
    parts = [p.strip(" .") for p in SPLIT_NAMES.split(rest) if p.strip(" .")]
    names = [_strip_role(p) for p in parts if is_person_name(_strip_role(p))]
    others = [p for p in parts if not is_person_name(_strip_role(p))]
    name_then_date = bool(span) and is_person_name(text[: span[0]].strip(" |,-–—·:"))
    cue = (
        has_by
        or name_then_date
        or (span and len(text) <= MAX_PLAIN_BYLINE)
        or re.search(r"@\w", text)
        or AGO.search(text)
    )
    if names and cue:
        if len(others) == 1 and is_publisher(others[0]):
            pub = others[0]
        return {"author": ", ".join(dict.fromkeys(names)), "publisher": pub, "published_at": found}
    if has_by and not names and len(others) == 1 and is_publisher(others[0]):
        return {"author": None, "publisher": others[0], "published_at": found}
    if found and (has_by or (len(text) <= MAX_PLAIN_BYLINE and _is_dateline(text, span))):
        return {"author": None, "publisher": None, "published_at": found}
    return None


def _foreign_date(text: str) -> tuple[date | None, tuple[int, int] | None]:
    """A date written in another language at the end of a short line ('Mis à jour le 13 décembre 2022',
    'Текст: Венера Ерофеева · 24 сентября 2018') and its span, via dateparser."""
    if (
        len(text) > MAX_FOREIGN_DATELINE
        or not re.search(r"\b(?:19|20)\d\d\b", text)
        or not re.search(r"(?<!\d)[0-3]?\d(?!\d)", text)
    ):
        return None, None
    import dateparser

    start = re.search(r"\d", text).start()
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    words_after = re.findall(r"[^\W\d_]+", TIME.sub(" ", text[start:]))
    parsed = (
        dateparser.parse(text[start:], settings=settings, languages=date_languages()) if len(words_after) <= 3 else None
    )
    return (parsed.date(), (start, len(text))) if parsed else (None, None)


def _strip_role(name: str) -> str:
    """A name without a trailing role such as 'Senior Writer' after a comma or dash."""
    return re.split(r"\s+[-–—|]\s+|,\s*", name.strip())[0].strip(" .")


def _is_dateline(text: str, span: tuple[int, int]) -> bool:
    """True when little else than a date, a time and 'Updated:'-like words is on the line."""
    rest = text[: span[0]] + " " + text[span[1] :]
    rest = DATE_WORDS.sub(" ", TIME.sub(" ", WEEKDAY.sub(" ", rest)))
    return len(re.sub(r"[\W_]+", "", rest)) <= DATELINE_OTHER_CHARS


LANGUAGE_SAMPLE_CHARS = 1200  # enough text for a sure call, little enough to stay fast


@cache
def _languages() -> list:
    """The lingua Languages of lexicon clean_languages.txt: the languages newsflow tells apart."""
    from lingua import Language

    return [
        getattr(Language, n) for n in sorted(n.upper() for n in lexicons.words("clean_languages.txt", lowercase=True))
    ]


@cache
def _detector():
    """The lingua detector, built once per process on `_languages()`."""
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode (trigrams only) loads in a fraction of a second instead of seconds and is as sure
    # as the full models on paragraph-length text, which article bodies are.
    return LanguageDetectorBuilder.from_languages(*_languages()).with_low_accuracy_mode().build()


@cache
def date_languages() -> list[str]:
    """ISO 639-1 codes of `_languages()`, the locales dateparser tries on a foreign date.

    Left to itself dateparser tries all of its locales on a line none of them reads, compiling each
    one's patterns: seconds on the first such line of a process instead of a fraction of one.
    """
    codes = [language.iso_code_639_1.name.lower() for language in _languages()]
    return sorted(codes, key=lambda code: code != "en")  # English first, as in dateparser's own order


SURE_ENGLISH_WORDS, SURE_ENGLISH_SHARE = 40, 0.15  # English news prose: 0.15-0.4; other languages at most 0.05


@cache
def english_words() -> frozenset[str]:
    """Function words of English from lexicon clean_english_words.txt."""
    return lexicons.words("clean_english_words.txt", lowercase=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, None when there is too little text to tell.

    Plainly English prose (a share of English function words no other language reaches) is
    called English at once; anything else goes to the lingua detector.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    words = re.findall(r"\w+", sample.lower())
    if len(words) < 3:
        return None
    english = english_words()
    if len(words) >= SURE_ENGLISH_WORDS and sum(w in english for w in words) >= SURE_ENGLISH_SHARE * len(words):
        return "en"
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else None
