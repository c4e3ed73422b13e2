"""Events of the seed article: actor, action, target, date, modality and type, linked to entities."""

from datetime import date

import polars as pl
import pytest
from conftest import SEED

from newsflow.tasks.core.clean import clean_text
from newsflow.tasks.core.events import extract_events
from newsflow.tasks.core.nlp import analyze
from newsflow.tasks.core.row_linking import link_events, link_quotes
from newsflow.tasks.core.schemas import DOCUMENTS, EVENTS, LINKED_EVENTS, LINKED_MENTIONS, LINKED_QUOTES, frame

PUBLISHED = date(2022, 12, 13)


def seed_body() -> str:
    """The cleaned seed body; the hand-cut article text if cleaning still leaves page furniture in."""
    body = clean_text(SEED.read_text()).body
    if body.startswith("Belarus ramped up") and "UP NEXT" not in body and "Related Articles" not in body:
        return body
    raw = SEED.read_text()
    return raw[raw.index("Belarus ramped up military action") : raw.index("Related Articles")].strip()


@pytest.fixture(scope="module")
def seed_events(nlp_model) -> pl.DataFrame:
    doc = nlp_model(seed_body())
    return frame([{"doc_id": "seed", **e} for e in extract_events(doc, PUBLISHED)], EVENTS)


def rows(events: pl.DataFrame, actor: str, action: str) -> list[dict]:
    return events.filter(pl.col("actor_text").str.contains(actor) & (pl.col("action") == action)).to_dicts()


def test_putin_launched_the_invasion_on_february_24(seed_events):
    (launch,) = rows(seed_events, "Putin", "launch")
    assert launch["target_text"] == "the Ukraine invasion"
    assert (launch["event_date"], launch["date_text"], launch["date_precision"]) == (
        date(2022, 2, 24),
        "February 24",
        "day",
    )
    assert launch["modality"] == "asserted"
    assert launch["event_type"] == "ASSAULT"


def test_belarus_announced_plans_on_tuesday(seed_events):
    (announce,) = rows(seed_events, "Belarus", "announce")
    assert announce["target_text"] == "plans"
    assert (announce["event_date"], announce["date_precision"]) == (PUBLISHED, "day")
    assert announce["event_type"] == "STATEMENT"


def test_lukashenko_dismissed_speculation_last_month(seed_events):
    (dismiss,) = rows(seed_events, "Lukashenko", "dismiss")
    assert dismiss["target_text"] == "speculation"
    assert (dismiss["event_date"], dismiss["date_text"], dismiss["date_precision"]) == (
        date(2022, 11, 1),
        "last month",
        "month",
    )
    assert dismiss["event_type"] == "REJECT"


def test_ukraine_warned_lukashenko_in_october(seed_events):
    (warn,) = rows(seed_events, "Ukraine", "warn")
    assert warn["target_text"] == "Lukashenko"
    assert (warn["event_date"], warn["date_precision"]) == (date(2022, 10, 1), "month")
    assert (warn["modality"], warn["event_type"]) == ("asserted", "THREATEN")


def test_could_join_is_never_an_asserted_joining(seed_events):
    joins = seed_events.filter(pl.col("action") == "join")
    assert joins.height >= 4
    assert set(joins["modality"]) == {"hypothetical"}  # could join, would join, unlikely to join, joining could have
    could = seed_events.filter(pl.col("action") == "join", pl.col("actor_text") == "Belarus")
    assert could.height >= 2


def test_phrasal_verb_keeps_its_particle(seed_events):
    (ramp,) = rows(seed_events, "Belarus", "ramp up")
    assert ramp["target_text"] == "military action"
    assert ramp["event_type"] == "MOBILIZE"
    assert ramp["date_precision"] == "reported"  # "in recent weeks" names no day or month


def test_events_inside_quotes_are_never_asserted(seed_events):
    body = seed_body()
    inside = seed_events.filter(pl.col("actor_text").is_in(["we", "We"]))
    assert inside.height >= 3
    assert set(inside["modality"]) <= {"reported", "hypothetical", "future"}  # "We will respond" is future
    for row in seed_events.iter_rows(named=True):  # every argument is real text of the body, inside the event span
        for role in ("actor", "target"):
            if row[f"{role}_text"] is not None:
                assert body[row[f"{role}_start"] : row[f"{role}_end"]] == row[f"{role}_text"]
                assert row["start_char"] <= row[f"{role}_start"] < row[f"{role}_end"] <= row["end_char"]


def test_link_events_names_actor_and_target(nlp_model):
    docs = frame(
        [{"doc_id": "seed", "title": "seed", "published_at": PUBLISHED, "body": seed_body(), "n_chars": 1}], DOCUMENTS
    )
    found = analyze(docs, nlp_model)
    linked_mentions = found.mentions.with_columns(entity_id=pl.col("text"))  # the text stands in for an entity id
    events = link_events(found.events, linked_mentions, link_quotes(found.quotes, linked_mentions))
    assert list(events.schema.items()) == list(LINKED_EVENTS.items())
    assert events["event_id"].n_unique() == events.height
    (warn,) = events.filter(pl.col("action") == "warn").to_dicts()
    assert (warn["actor_id"], warn["target_id"]) == ("Ukraine", "Lukashenko")
    (launch,) = events.filter(pl.col("action") == "launch").to_dicts()
    assert launch["actor_id"] == "Vladimir Putin"  # not "Russian", which the actor span also holds
    assert launch["target_id"] == "Ukraine"
    (expert,) = events.filter(pl.col("actor_text") == "an expert").to_dicts()
    assert expert["actor_id"] is None  # no entity for "an expert": raw text kept, id left empty
    (told,) = events.filter(pl.col("actor_text") == "Javed Ali", pl.col("action") == "tell").to_dicts()
    assert told["quote_id"] is not None  # the telling is the quote "Belarus joining the war ... drawbacks"
    assert events.filter(pl.col("action") == "warn")["quote_id"].is_null().all()


def test_each_event_row_has_its_own_id_and_a_row_found_twice_is_kept_once():
    # "GM and Chrysler asked for loans": one span and action, two actors; the GM row was found twice.
    text = "GM and Chrysler asked for loans."
    row = {
        "doc_id": "d",
        "sent_no": 0,
        "actor_text": "GM",
        "actor_start": 0,
        "actor_end": 2,
        "action": "ask",
        "target_text": "loans",
        "target_start": 26,
        "target_end": 31,
        "event_date": None,
        "date_text": None,
        "date_precision": "none",
        "modality": "asserted",
        "event_type": "OTHER",
        "start_char": 0,
        "end_char": 31,
    }
    chrysler = {**row, "actor_text": "Chrysler", "actor_start": 7, "actor_end": 15}
    mentions = frame(
        [
            {
                "doc_id": "d",
                "sent_no": 0,
                "start_char": 0,
                "end_char": 2,
                "text": "GM",
                "label": "ORG",
                "via": "name",
                "entity_id": "gm",
            },
            {
                "doc_id": "d",
                "sent_no": 0,
                "start_char": 7,
                "end_char": 15,
                "text": "Chrysler",
                "label": "ORG",
                "via": "name",
                "entity_id": "chrysler",
            },
        ],
        LINKED_MENTIONS,
    )
    assert text[7:15] == "Chrysler" and text[26:31] == "loans"

    events = link_events(frame([row, chrysler, row], EVENTS), mentions, frame([], LINKED_QUOTES))

    assert events["actor_id"].to_list() == ["gm", "chrysler"]
    assert events["event_id"].n_unique() == 2


def test_no_events_gives_typed_empty_frame():
    assert link_events(frame([], EVENTS), pl.DataFrame(), pl.DataFrame()).schema == pl.Schema(LINKED_EVENTS)


def test_scheduled_dates_resolve_forward_and_no_object_negates(nlp_model):
    doc = nlp_model(
        "Sentencing is scheduled for Feb. 14. He said it would be provided next year, but he gave no details."
    )
    found = {e["action"]: e for e in extract_events(doc, date(2019, 11, 19))}
    assert (found["schedule"]["event_date"], found["schedule"]["date_precision"]) == (date(2020, 2, 14), "day")
    assert (found["provide"]["event_date"], found["provide"]["modality"]) == (date(2020, 1, 1), "hypothetical")
    assert found["give"]["modality"] == "negated"


def test_will_not_is_negated_and_reportedly_is_reported(nlp_model):
    doc = nlp_model(
        "We will not accept attempts to assert unlawful claims. WeWork is reportedly being investigated by "
        "the New York State Attorney General."
    )
    found = {e["action"]: e for e in extract_events(doc, date(2019, 11, 20))}
    assert found["accept"]["modality"] == "negated"
    assert found["investigate"]["modality"] == "reported"
    assert found["investigate"]["actor_text"] == "the New York State Attorney General"
    assert found["investigate"]["target_text"] == "WeWork"


def test_a_dateline_is_never_an_actor(nlp_model):
    doc = nlp_model("KINSHASA (AP) — Police in Congo arrested opposition leader Jean-Marc Kabila on Sunday.")
    (arrest,) = [e for e in extract_events(doc, date(2024, 3, 4)) if e["action"] == "arrest"]
    assert arrest["actor_text"] != "KINSHASA"
    assert arrest["target_text"] == "Jean-Marc Kabila"


def test_a_date_of_a_relative_or_reported_clause_does_not_date_the_main_verb(nlp_model):
    published = date(2024, 3, 4)
    doc = nlp_model(
        "Ferraz, who served in the cabinet from 2015 to 2019, denied wrongdoing. "
        "Moreau said that the firm was founded in 1990."
    )
    found = {e["action"]: e for e in extract_events(doc, published)}
    assert (found["serve"]["event_date"], found["serve"]["date_precision"]) == (date(2015, 1, 1), "year")
    assert (found["deny"]["event_date"], found["deny"]["date_precision"]) == (published, "reported")
    assert found["found"]["event_date"] == date(1990, 1, 1)
    assert (found["say"]["event_date"], found["say"]["date_precision"]) == (published, "reported")


def test_on_and_under_tie_an_event_noun_to_the_subject(nlp_model):
    doc = nlp_model(
        "The former minister remains under investigation. Maria Lopez was on trial for fraud. "
        "Dana Whitfield has been on medical leave since January."
    )
    found = {e["action"]: e for e in extract_events(doc, date(2024, 3, 4))}
    assert (found["investigation"]["actor_text"], found["investigation"]["target_text"]) == (
        None,
        "The former minister",
    )
    assert (found["trial"]["actor_text"], found["trial"]["target_text"]) == (None, "Maria Lopez")
    assert found["leave"]["actor_text"] == "Dana Whitfield"
