"""Cleaning on the real seed article, real benchmark pages and real byline forms."""

import datetime as dt
import gzip
import re
import textwrap
from datetime import date
from pathlib import Path

import ftfy.badness
import polars as pl
import pytest

from newsflow.tasks.core.clean import clean_documents, clean_html, clean_text
from newsflow.tasks.core.clean_lines import alternation, classify, has_mojibake, normalise
from newsflow.tasks.core.clean_meta import detect_language, parse_byline, parse_date
from newsflow.tasks.core.schemas import DOCUMENTS, RAW_DOCUMENTS, REMOVED_LINES

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt").read_text(encoding="utf-8")
FIXTURES = ROOT / "tests" / "fixtures" / "clean"

SEED_FURNITURE = [
    "You are using an older browser",
    "UP NEXT",
    "AdChoices",
    "Related Articles",
    "image beacon",
    "Start your unlimited Newsweek trial",
    "Getty Images",
    "Newsweek 12/13/2022",
]


@pytest.fixture(scope="module")
def seed():
    return clean_text(SEED)


def test_seed_body_starts_and_ends_at_the_article(seed):
    assert seed.body.startswith("Belarus ramped up military action")
    assert seed.body.endswith('all invaders on the territory of Ukraine."')


def test_seed_furniture_is_gone(seed):
    for phrase in SEED_FURNITURE:
        assert phrase not in seed.body, phrase


def test_seed_caption_kept_once_outside_the_body(seed):
    assert seed.caption.startswith("Above, a split image of Russian President Vladimir Putin")
    assert seed.caption.count("Above, a split image") == 1
    assert "©" not in seed.caption
    assert "split image" not in seed.body


def test_seed_metadata(seed):
    assert seed.title == "Belarus Joining Ukraine War Could Be 'Devastating' to Lukashenko's Army"
    assert seed.publisher == "Newsweek"
    assert seed.author == "Andrew Stanton"
    assert seed.published_at == date(2022, 12, 13)
    assert seed.language == "en"


def test_seed_every_removed_line_has_a_reason(seed):
    reasons = {text: reason for _, text, reason in seed.removed}
    assert reasons["UP NEXT"] in ("widget", "repeated")
    assert reasons["Related Articles"] == "end marker"
    assert reasons["Newsweek 12/13/2022 Andrew Stanton"] == "byline"
    kept = set(seed.body.split("\n\n"))
    raw_lines = [ln.strip() for ln in SEED.splitlines() if ln.strip()]
    removed_texts = [t for _, t, _ in seed.removed]
    assert all(ln in kept or ln in removed_texts for ln in raw_lines)


TECHCRUNCH = "1ace8c85aaee21b9d4505eca506d50c4721c29db62848b567a9703bfe0583892"
SCIENCEALERT = "359fee228518d55b921194561e9ca88e428df81940246f8fac7a75398377daea"
JAPANESE = "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3"
PORTUGUESE = "3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295"
SUN = "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50"


def fixture_text(key: str) -> str:
    return (FIXTURES / f"{key}.txt").read_text(encoding="utf-8")


def fixture_html(key: str) -> str:
    return gzip.decompress((FIXTURES / f"{key}.html.gz").read_bytes()).decode("utf-8")


def test_techcrunch_text_keeps_the_story_and_drops_the_byline():
    c = clean_text(fixture_text(TECHCRUNCH))
    assert c.body.startswith("WeWork is reportedly being investigated by the New York State Attorney General.")
    assert c.body.endswith("which it acquired for $200 million in 2017.")
    assert "@catherineshu" not in c.body and "TechCrunch" not in c.body
    assert c.title == "New York State Attorney General reportedly investigating WeWork"
    assert c.publisher == "TechCrunch"
    assert c.author == "Catherine Shu"
    assert c.published_at is None  # "2 days" ago is not a date


def test_techcrunch_html_matches_the_text_and_finds_the_date():
    c = clean_html(fixture_html(TECHCRUNCH))
    assert c.body.startswith("WeWork is reportedly being investigated")
    assert "$5.9 million" in c.body
    assert c.title == "New York State Attorney General reportedly investigating WeWork"
    assert c.author == "Catherine Shu"
    assert c.published_at == date(2019, 11, 18)
    assert c.language == "en"


def test_sciencealert_text_drops_menus_caption_and_footer():
    c = clean_text(fixture_text(SCIENCEALERT))
    assert c.body.startswith("WASHINGTON (Reuters) - Scientists on Monday unveiled the first global geological map")
    assert 'Lopes said. "It will be really exciting."' in c.body
    for junk in (
        "Politics & Society",
        "Privacy Policy",
        "All rights reserved",
        "Follow Us",
        "Titan in false colour",
        "The first global geologic map of Titan. (NASA",
    ):
        assert junk not in c.body, junk
    assert c.title == "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features"
    assert c.published_at == date(2019, 11, 19)  # from the "19 NOV 2019" dateline
    assert c.caption == "Titan in false colour, 2004."


def test_sciencealert_html_body_and_metadata():
    c = clean_html(fixture_html(SCIENCEALERT))
    assert "Dragonfly is scheduled to reach Titan in 2034." in c.body
    assert "Privacy Policy" not in c.body
    assert c.publisher == "ScienceAlert"
    assert c.published_at == date(2019, 11, 19)


def test_japanese_page_language_title_and_body():
    c = clean_text(fixture_text(JAPANESE))
    assert c.language == "ja"
    assert c.title == "商品の改造が商標法違反に！？"  # full-width characters kept as written
    assert c.body.startswith("先日、不正に改造したiPhoneを販売したとして")
    assert c.published_at == date(2016, 12, 1)  # "by ライトハウス国際特許事務所 / 2016.12.01"
    for junk in ("サイトマップ", "プライバシー・ポリシー", "関連記事", "Copyright"):
        assert junk not in c.body, junk


def test_portuguese_page_language_and_byline():
    c = clean_text(fixture_text(PORTUGUESE))
    assert c.language == "pt"
    assert c.title == "A Fantástica Loja dos Materiais Educativos"
    assert c.author == "Carlos Nadalim"
    assert c.published_at == date(2018, 8, 23)  # "23/08/2018": day first because 23 is no month
    assert c.body.startswith("O prof. Carlos Nadalim apresenta, neste vídeo, uma loja incrível nos EUA")


ENGLISH_WITH_FRENCH = (
    "The minister said on Tuesday that the talks had been difficult but that both sides would "
    "meet again. Asked about the protests, he answered: « Nous ne céderons pas. » His critics "
    "said the reply was a mistake and that it would harden the mood of the unions."
)
FRENCH_WITH_ENGLISH = (
    "Le ministre a déclaré mardi que les négociations avaient été difficiles mais que les deux "
    "parties se reverraient bientôt. Interrogé sur les manifestations, il a répondu en anglais : "
    "« We will not give in. » Ses adversaires estiment que cette réponse durcira le climat social."
)


@pytest.mark.parametrize("text, language", [(ENGLISH_WITH_FRENCH, "en"), (FRENCH_WITH_ENGLISH, "fr")])
def test_language_of_a_body_that_quotes_another_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "line, author, publisher, day",
    [
        ("By Jane Doe, Reuters", "Jane Doe", "Reuters", None),
        ("Newsweek 12/13/2022 Andrew Stanton", "Andrew Stanton", "Newsweek", date(2022, 12, 13)),
        ("Updated : 19 November 2019, 09:01 AM", None, None, date(2019, 11, 19)),
        ("12/13/2022", None, None, date(2022, 12, 13)),
        (
            "By Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 05:00 am PT (08:00 am ET)",
            "Mike Wuerthele, Malcolm Owen",
            None,
            date(2019, 11, 18),
        ),
        ("BY KEVIN JOHNSON AND KEVIN MCCOY, USA TODAY", "KEVIN JOHNSON, KEVIN MCCOY", "USA TODAY", None),
        ("Catherine Shu @catherineshu / 2 days", "Catherine Shu", None, None),
        ("By Associated Press", None, "Associated Press", None),
        ("Mis à jour le 13 décembre 2022", None, None, date(2022, 12, 13)),
        ("Опубликовано 24 сентября 2018", None, None, date(2018, 9, 24)),
        ("Текст: Венера Ерофеева · 24 сентября 2018", "Венера Ерофеева", None, date(2018, 9, 24)),
        ("Von Moritz Bachmann publiziert am 30. Juli 2018", "Moritz Bachmann", None, date(2018, 7, 30)),
        ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "Louis Jacobson", None, date(2019, 11, 18)),
    ],
)
def test_byline_forms(line, author, publisher, day):
    got = parse_byline(line)
    assert (got["author"], got["publisher"], got["published_at"]) == (author, publisher, day)


@pytest.mark.parametrize(
    "line",
    [
        "UP NEXT",
        "Am Edt 5 Minute Read",
        "3 Minute Read",
        "Related Articles",
        "5 things to watch in 2022",
        "Tags: 2022 World Cup",
        "Di Maria scored twice",
        "by the way, 2016.12.01 was fine and we went out to the park",
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "text, day",
    [
        ("2019-11-18T09:30:00+00:00", date(2019, 11, 18)),
        ("Nov. 19, 2019", date(2019, 11, 19)),
        ("Tuesday 19 November 2019", date(2019, 11, 19)),
        ("2014年9月15日", date(2014, 9, 15)),
        ("Room 1203, floor 14", None),
        ("2019", None),
        ("", None),
    ],
)
def test_parse_date(text, day):
    assert parse_date(text) == day


def _raw(rows: list[dict]) -> pl.DataFrame:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    base = {"source": "folder", "format": "text", "title": None, "url": None, "published_at": None, "fetched_at": now}
    return pl.DataFrame([{**base, "uri": r["doc_id"], **r} for r in rows], schema=RAW_DOCUMENTS)


def test_clean_documents_schema_metadata_wins_and_inputs_without_an_article_are_rejected():
    docs = _raw(
        [
            {"doc_id": "seed", "raw": SEED, "title": "Given title", "published_at": "2022-12-14"},
            {"doc_id": "empty", "raw": ""},
            {"doc_id": "html", "raw": fixture_html(TECHCRUNCH), "format": "html"},
            {"doc_id": "junk", "raw": "\n\n©\n\n"},
            {"doc_id": "script-only", "raw": "<html><body><script>var x = 1;</script></body></html>", "format": "html"},
        ]
    )
    res = clean_documents(docs)
    assert res.docs.schema == pl.Schema(DOCUMENTS)
    assert res.removed.schema == pl.Schema(REMOVED_LINES)
    by_id = {r["doc_id"]: r for r in res.docs.iter_rows(named=True)}
    assert by_id["seed"]["title"] == "Given title"
    assert by_id["seed"]["published_at"] == date(2022, 12, 14)
    assert by_id["seed"]["author"] == "Andrew Stanton"
    assert set(by_id) == {"seed", "html"}  # no document with an empty body
    rejected = {r["uri"]: r for r in res.rejected.iter_rows(named=True)}
    assert {uri: r["reason"] for uri, r in rejected.items()} == dict.fromkeys(
        ("empty", "junk", "script-only"), "no-article"
    )
    assert rejected["junk"]["detail"].startswith("junk: no article text is left after cleaning")
    assert res.removed.filter(pl.col("doc_id").is_in(["empty", "junk", "script-only"])).is_empty()
    assert by_id["html"]["published_at"] == date(2019, 11, 18)
    seed_removed = res.removed.filter(pl.col("doc_id") == "seed")
    assert "Related Articles" in seed_removed["text"].to_list()


def test_near_duplicates_point_to_the_first_copy():
    # The same Newsweek story as syndicated: another banner, one paragraph re-edited, footer gone.
    variant = (
        SEED.replace("You are using an older browser version.", "Sign in to MSN")
        .replace("Lukashenko dismissed speculation", "Lukashenko last month dismissed speculation")
        .split("Related Articles")[0]
    )
    other = fixture_text(TECHCRUNCH)
    res = clean_documents(
        _raw([{"doc_id": "a", "raw": SEED}, {"doc_id": "b", "raw": other}, {"doc_id": "c", "raw": variant}])
    )
    dup = dict(zip(res.docs["doc_id"], res.docs["duplicate_of"]))
    assert dup == {"a": None, "b": None, "c": "a"}


def test_lines_recurring_across_a_source_are_furniture():
    footer = "Our newsroom is funded by readers like you and we would be grateful for your support today."
    stories = [fixture_text(k) for k in (TECHCRUNCH, SCIENCEALERT, PORTUGUESE)]
    res = clean_documents(_raw([{"doc_id": str(i), "raw": s + "\n\n" + footer + "\n"} for i, s in enumerate(stories)]))
    assert all(footer not in body for body in res.docs["body"])
    reasons = res.removed.filter(pl.col("text") == footer)["reason"].to_list()
    assert len(reasons) == 3 and "recurring" in reasons  # where the body run ended before it, "after body"


def test_hard_wrapped_text_gives_the_same_article(seed):
    wrapped = "\n".join(textwrap.fill(line, 72) for line in SEED.split("\n"))
    c = clean_text(wrapped)
    assert c.body == seed.body
    assert (c.title, c.author, c.published_at, c.caption) == (seed.title, seed.author, seed.published_at, seed.caption)


def test_background_paragraph_shared_by_a_few_stories_stays_but_site_footer_goes():
    bodies = [clean_text(SEED).body] + [
        clean_text(fixture_text(k)).body for k in (SCIENCEALERT, TECHCRUNCH, PORTUGUESE)
    ]
    paragraphs = [p for p in "\n\n".join(bodies).split("\n\n") if len(p) > 120]
    background = paragraphs.pop(0)
    footer = "Our newsroom is funded by readers like you and we would be grateful for your support today."
    rows = []
    for i in range(0, len(paragraphs) - 1, 2):
        story = paragraphs[i : i + 2] + ([background] if i < 6 else []) + [footer]
        rows.append({"doc_id": f"d{i}", "raw": "\n\n".join(story)})
    assert len(rows) >= 16  # the background is in 3 of them, under a fifth
    res = clean_documents(_raw(rows))
    bodies = dict(zip(res.docs["doc_id"], res.docs["body"]))
    assert all(background in bodies[f"d{i}"] for i in (0, 2, 4))
    assert not any(footer in body for body in bodies.values())


@pytest.mark.parametrize(
    "line, kind",
    [
        ("UP NEXT", "furniture"),
        ("WATCH LIVE COVERAGE", "widget"),
        ("AdChoices", "furniture"),
        ("Related Articles", "end marker"),
        ("10 thoughts on “Business Focus: Do You Have What It Takes?”", "end marker"),
        ("Advertisement", "furniture"),
        ("Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures", "furniture"),
        ("Photo by Kirk Irwin/Getty Images", "credit"),
        ("The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)", "caption"),
        ("Titan is the only Solar System object other than Earth boasting stable liquids on the surface.", "prose"),
        ("Meal Prep Menu for Eating Plan A", "short"),
    ],
)
def test_line_kinds(line, kind):
    assert classify([line])[0].kind == kind


@pytest.mark.parametrize(
    "line, start",
    [
        ("Photo by Jane Doe", 0),
        ("Newswire report", 4),  # 'wire' has no word boundary in its pattern: it matches inside the word
        ("A photographer by trade", None),
        ("Text © 2020 Foo", 5),
        ("xvia AP", None),
        ("Pictures via AP", 9),
        ("No credit here", None),
    ],
)
def test_a_lexicon_matches_where_its_first_pattern_would(line, start):
    """Lexicon patterns share one word-boundary test; that must not move or lose a match."""
    patterns = [r"\bgetty images\b", r"\bvia\s+ap\b|wire", "©", r"\b(photo|image)s?\s*by\b"]
    one_by_one = [m.start() for pattern in patterns if (m := re.search(pattern, line, re.I))]
    match = re.compile(alternation(patterns), re.I).search(line)
    assert min(one_by_one, default=None) == start
    assert (match.start() if match else None) == start


@pytest.mark.parametrize(
    "raw, repaired",
    [
        ("The minister said he donâ€™t know.", "The minister said he don’t know."),
        ("Ã© at the very start", "é at the very start"),
        ("x" * 3000 + " CafÃ© au lait " + "y" * 3000, "x" * 3000 + " Café au lait " + "y" * 3000),
        ("Curly “quotes” and a dash – stay as they are", "Curly “quotes” and a dash – stay as they are"),
        ("Президент сказал: «Нет». " * 40, "Президент сказал: «Нет». " * 39 + "Президент сказал: «Нет»."),
        ("Президент сказал: «Нет». " * 40 + "CafÃ© au lait", "Президент сказал: «Нет». " * 40 + "Café au lait"),
        ("plain ASCII text", "plain ASCII text"),
    ],
)
def test_mojibake_is_repaired_and_clean_text_left_alone(raw, repaired):
    assert has_mojibake(raw) == ftfy.badness.is_bad(raw) == (raw.strip() != repaired)
    assert normalise(raw) == repaired


def test_mojibake_is_found_wherever_it_sits_in_ascii_text():
    """has_mojibake looks only near non-ASCII runs; it must still agree with ftfy's own is_bad on
    every kind of mis-decoded character, at every distance from the text around it."""
    originals = "éèüöñçß’“”–—…€£°½Øłśžčăőфяжשע中"
    garbled = {
        char.encode("utf-8").decode(codec, errors="replace")
        for char in originals
        for codec in ("cp1252", "latin-1", "mac_roman")
    }
    garbled |= {"ГўВЂВ.a", "a Ã ", "x\u00c3 "}  # patterns that take in ASCII characters around the non-ASCII ones
    checked = 0
    for bad in garbled:
        for before, after in [("", ""), ("a", "b"), ("word ", " word"), ("x" * 9, "y" * 9), ("12 ", "!")]:
            text = f"{before}{bad}{after}"
            assert has_mojibake(text) == ftfy.badness.is_bad(text), text
            checked += ftfy.badness.is_bad(text)
    assert checked > 50  # most of these are mojibake ftfy recognises


def test_html_caption_from_the_figure_and_metadata():
    c = clean_html(fixture_html(SUN))
    assert c.caption == (
        "Beijing Chaoyang Hospital in Beijing, China, where plague-infected people from Inner Mongolia sought treatment"
    )
    assert c.body.startswith(
        "A HUNTER who killed and ate a wild rabbit in China has been hit by the deadly bubonic plague."
    )
    assert "Chaoyang Hospital" not in c.body
    assert (c.author, c.publisher, c.published_at) == ("Debbie White", "The Sun", date(2019, 11, 18))
