"""Within-document references: pronouns, descriptions, acronyms and first person reach the entity named
before, on the real model, through the same linking the pipeline uses (the `read` fixture of conftest.py)."""

from datetime import date

import polars as pl

from newsflow.tasks.core.entities import canonicalize
from newsflow.tasks.core.nlp import analyze
from newsflow.tasks.core.schemas import DOCUMENTS, frame


def refs(mentions: pl.DataFrame) -> list[tuple[str, str, str]]:
    """(text, via, entity) of the mentions that are not names."""
    found = mentions.filter(~pl.col("via").is_in(["name"])).sort("start_char")
    return list(found.select("text", "via", "entity").iter_rows())


def test_he_and_she_take_the_person_of_their_gender(read):
    mentions, events, _ = read(
        "Maria Lopez met Daniel Okafor in Lagos on Monday. She praised the plan, and he thanked her for the visit."
    )
    assert ("She", "pronoun", "Maria Lopez") in refs(mentions)
    assert ("he", "pronoun", "Daniel Okafor") in refs(mentions)
    (thanked,) = events.filter(pl.col("action") == "thank").to_dicts()
    assert (thanked["actor"], thanked["actor_via"]) == ("Daniel Okafor", "pronoun")
    assert thanked["target"] == "Maria Lopez"


def test_the_company_and_it_continue_the_subject(read):
    mentions, events, _ = read(
        "Northwind Logistics cut 900 jobs last year. The company said on Tuesday that it would sell its trucking unit."
    )
    assert ("The company", "description", "Northwind Logistics") in refs(mentions)
    assert ("it", "pronoun", "Northwind Logistics") in refs(mentions)
    (sell,) = events.filter(pl.col("action") == "sell").to_dicts()
    assert sell["actor"] == "Northwind Logistics"


def test_it_after_another_subject_is_left_alone(read):
    mentions, _, _ = read(
        "Northwind Logistics signed the contract in May. The deal was worth $40 million. It runs for five years."
    )
    assert ("It", "pronoun", "Northwind Logistics") not in refs(mentions)  # "it" is the deal


def test_a_description_in_apposition_is_its_name(read):
    mentions, _, _ = read("The carmaker, Velo Motors, recalled 12,000 vans on Friday.")
    assert ("The carmaker", "description", "Velo Motors") in refs(mentions)


def test_an_acronym_takes_the_name_it_abbreviates(read):
    mentions, events, _ = read("Shares of Global Freight Holdings fell sharply. GFH blamed weak demand in Asia.")
    gfh = mentions.filter(pl.col("text") == "GFH").to_dicts()
    assert [(m["entity"], m["via"]) for m in gfh] == [("Global Freight Holdings", "acronym")]
    (blame,) = events.filter(pl.col("action") == "blame").to_dicts()
    assert blame["actor"] == "Global Freight Holdings"


def test_a_role_description_takes_the_person_introduced_with_it(read):
    mentions, _, _ = read(
        "Finance Minister Aiko Tanaka presented the budget. Critics said the minister had ignored the regions."
    )
    assert ("the minister", "description", "Aiko Tanaka") in refs(mentions)


def test_a_title_of_office_takes_the_person_named_alone_when_nobody_was_introduced_with_it(read):
    mentions, events, _ = read(
        "Daniel Okafor attacked Judge Ruth Alder in court on Monday. The former president later praised the jury."
    )
    assert ("The former president", "description", "Daniel Okafor") in refs(mentions)
    (praised,) = events.filter(pl.col("action") == "praise").to_dicts()
    assert praised["actor"] == "Daniel Okafor"


def test_a_role_inside_a_phrase_after_the_name_is_not_that_persons(read):
    mentions, _, _ = read(
        "Kevin Walsh, the lawyer for the attorney general's office, questioned Daniel Okafor. "
        "The attorney general later dropped two of the charges."
    )
    assert not [r for r in refs(mentions) if r[0] == "The attorney general" and r[2] == "Kevin Walsh"]


def test_first_person_inside_a_quote_is_its_speaker(read):
    mentions, events, quotes = read('"I will not sign this bill in its current form," said Governor Ruth Calder.')
    assert ("I", "pronoun", "Ruth Calder") in refs(mentions)
    (sign,) = events.filter(pl.col("action") == "sign").to_dicts()
    assert (sign["actor"], sign["modality"]) == ("Ruth Calder", "negated")
    assert quotes["speaker"].to_list() == ["Ruth Calder"]


def test_a_quote_speakers_pronoun_or_description_names_the_quotes_speaker(read):
    mentions, _, quotes = read(
        "John Roth, a vice president at Harbor Space, said the company could carry larger payloads. Roth said "
        "Harbor Space would start flights in 2022 and Roth expects more orders. Michael Sims, chief executive of "
        'Ceres Labs, said the award was a sign of support. "Small players bring agility to the program," he said.'
    )
    (small,) = quotes.filter(pl.col("text").str.starts_with("Small players")).to_dicts()
    assert small["speaker"] == "Michael Sims"
    assert ("he", "pronoun", "Michael Sims") in refs(mentions)  # the mention says what the quote says
    mentions, _, quotes = read(
        "Consumer Watch tested the phone for a month after Acme Mobile released it. Acme "
        "Mobile's chief executive apologised to customers. The group said that Acme Mobile's "
        "fix is a good first step."
    )
    assert quotes["speaker"].to_list() == ["Consumer Watch"]
    assert ("The group", "description", "Consumer Watch") in refs(mentions)


def test_possessives_compounds_and_nominal_events_reach_the_entity(read):
    _, events, _ = read(
        "Harbor Airlines confirmed the merger with Coastal Air. Harbor's pilots welcomed "
        "the decision, and the airline's chief executive announced his resignation. "
        "Regulators later suspended Harbor's licence."
    )
    nominal = {e["action"]: e for e in events.filter(pl.col("action").is_in(["merger", "resignation"])).to_dicts()}
    assert nominal["merger"]["actor"] == "Harbor Airlines"  # the light verb's subject ("confirmed the merger")
    assert nominal["merger"]["target"] == "Coastal Air"  # the other party
    assert nominal["resignation"]["actor_text"] == "his"
    (welcome,) = events.filter(pl.col("action") == "welcome").to_dicts()
    assert (welcome["actor_text"], welcome["actor"]) == ("pilots", None)  # the pilots welcomed it, not the airline
    (suspend,) = events.filter(pl.col("action") == "suspend").to_dicts()
    assert (suspend["target_text"], suspend["target"]) == ("Harbor's licence", "Harbor Airlines")


def test_shares_of_a_company_are_a_fact_about_it(read):
    _, events, _ = read("Shares of Northwind Logistics fell 6 percent on Monday after the warning.")
    (fall,) = events.filter(pl.col("action") == "fall").to_dicts()
    assert (fall["actor_text"], fall["actor"]) == ("Shares of Northwind Logistics", "Northwind Logistics")


def test_a_company_s_sales_are_a_fact_about_it_and_its_chief_is_the_named_one(read):
    _, events, _ = read(
        "Harbor Airlines' revenue dropped 9 percent in May. Its chief executive, Amara Nwosu, "
        "resigned on Friday, and its shares fell."
    )
    (drop,) = events.filter(pl.col("action") == "drop").to_dicts()
    assert drop["actor"] == "Harbor Airlines"
    (resign,) = events.filter(pl.col("action") == "resign").to_dicts()
    assert resign["actor"] == "Amara Nwosu"  # not Harbor Airlines through "Its"
    (fall,) = events.filter(pl.col("action") == "fall").to_dicts()
    assert (fall["actor"], fall["actor_via"]) == ("Harbor Airlines", "pronoun")


def test_an_economy_and_its_growth_are_facts_about_their_country(read):
    _, events, _ = read("Portugal's economy shrank 0.4 percent in the third quarter, while growth in Chile slowed.")
    (shrink,) = events.filter(pl.col("action") == "shrink").to_dicts()
    assert shrink["actor"] == "Portugal"
    (slow,) = events.filter(pl.col("action") == "slow").to_dicts()
    assert slow["actor"] == "Chile"


def test_a_place_after_in_says_where_not_whom(read):
    _, events, _ = read("Lucia Ferraz resigned in May. Police raided her home in Lisbon a week later.")
    (raid,) = events.filter(pl.col("action") == "raid").to_dicts()
    assert (raid["target"], raid["target_via"]) == ("Lucia Ferraz", "pronoun")


def test_a_possessive_takes_the_name_in_apposition_to_its_clause_subject(read):
    mentions, _, _ = read(
        "Velo Motors reported a record profit on Thursday. Its main rival, Skyhawk Aviation, "
        "will publish its results next week."
    )
    found = refs(mentions)
    assert ("Its", "pronoun", "Velo Motors") in found
    assert ("its", "pronoun", "Skyhawk Aviation") in found


def test_the_company_is_not_the_newspaper_that_reported_it(read):
    mentions, _, _ = read(
        "Velo Motors plans to close two plants, The Daily Herald reported on Sunday. The company declined to comment."
    )
    assert ("The company", "description", "Velo Motors") in refs(mentions)


def test_a_regulator_that_fines_a_company_is_not_that_company(read):
    mentions, _, _ = read(
        "Brackwater Buses fined over brake failures\n\n"
        "The national transport regulator on Tuesday fined Brackwater Buses 2 million pounds over brake failures. "
        "The Office of Road Safety said its inspectors had found worn brakes on 40 buses."
    )
    assert ("The national transport regulator", "description", "Office of Road Safety") in refs(mentions)


def test_a_model_links_to_its_full_name_and_its_maker(nlp_model):
    docs = frame(
        [
            {
                "doc_id": "d",
                "title": None,
                "published_at": date(2024, 3, 5),
                "n_chars": 1,
                "body": "Skyline Aerospace delivered its first Skyline Aerospace SA300 jet to a Dutch carrier. "
                "The SA300 seats 180 passengers.",
            }
        ],
        DOCUMENTS,
    )
    found = analyze(docs, nlp_model)
    linked = canonicalize(found.mentions, docs, None)
    names = dict(linked.entities.select("entity_id", "name").iter_rows())
    sa300 = linked.mentions.filter(pl.col("text") == "SA300").to_dicts()
    assert [names[m["entity_id"]] for m in sa300] == ["Skyline Aerospace SA300"]
    made_by = linked.relations.filter(pl.col("relation") == "made_by").to_dicts()
    assert [(names[r["entity_id"]], names[r["related_id"]]) for r in made_by] == [
        ("Skyline Aerospace SA300", "Skyline Aerospace")
    ]


def test_a_name_in_the_objects_phrase_is_the_target(read):
    _, events, _ = read("Northwind Logistics filed a lawsuit against Velo Motors on Friday.")
    (filed,) = events.filter(pl.col("action") == "file").to_dicts()
    assert (filed["actor"], filed["target_text"], filed["target"]) == (
        "Northwind Logistics",
        "a lawsuit against Velo Motors",
        "Velo Motors",
    )


def test_a_possessive_takes_the_first_fitting_argument_of_its_clause(read):
    mentions, _, _ = read(
        "Northwind Logistics lost a contract last year. On Monday, regulators fined "
        "Velo Motors over its emissions data."
    )
    assert ("its", "pronoun", "Velo Motors") in refs(mentions)


def test_a_business_noun_far_from_its_name_is_the_business_the_story_is_about(read):
    mentions, _, _ = read(
        "Eastern Connect Ltd grounded a plane at Aberdeen on Monday. Eastern Connect Ltd said the crew had acted well. "
        "Passengers left by the slides. The runway was closed for two hours. Eleven flights were delayed. "
        "Fire crews stayed until the evening. The airline cancelled its other flights for the day."
    )
    assert ("The airline", "description", "Eastern Connect Ltd") in refs(mentions)  # six sentences back


def test_a_union_named_before_its_noun_speaks_under_its_name_and_is_the_union_after(read):
    mentions, _, quotes = read(
        "Harcourt Bank will close 40 branches, the firm said. The Unite union, which represents many of its "
        "staff, said it had not been consulted. The union said it would ballot staff on strikes."
    )
    assert quotes.sort("start_char").get_column("speaker").to_list() == ["Harcourt Bank", "Unite", "Unite"]
    found = refs(mentions)
    assert not any(text == "The Unite union" for text, _, _ in found)  # a name, not a description of the bank
    assert ("The union", "description", "Unite") in found


def test_the_company_is_the_one_business_of_the_story_however_far_back_it_was_named(read):
    mentions, _, _ = read(
        "Three miners were killed when a tunnel collapsed at a copper mine in Chile on Wednesday. The collapse "
        "happened at the Loma Roja mine, according to the operator, Minera Loma Roja. The national mining "
        "regulator, Sernageomin, said it had suspended all work at the site. Sernageomin said the mine had last "
        "been inspected in March. Rescuers worked through the night. Families waited at the gates. The head of "
        "the Loma Roja Workers' Union said miners had complained for months. A letter the union sent in July, "
        "seen by The Associated Press, said the tunnel needed urgent work. The company said it had reinforced "
        "the tunnel in August."
    )
    assert ("The company", "description", "Minera Loma Roja") in refs(mentions)


def test_the_union_is_the_union_whose_name_it_heads(read):
    mentions, _, _ = read(
        "Westray Ferries cancelled all its sailings on Monday. The National Union of Seafarers said its members had "
        "backed the walkout. The carrier said in a statement that its offer was fair and that the union had walked "
        "away from talks on Friday."
    )
    assert ("the union", "description", "National Union of Seafarers") in refs(mentions)


def test_the_railway_is_the_rail_company_that_spoke(read):
    _, _, quotes = read(
        "Alpenbahn said the line near Innsbruck would reopen on Friday. Services between Munich and Salzburg were "
        "halted for six hours, according to the railway."
    )
    assert quotes.sort("start_char").get_column("speaker").to_list() == ["Alpenbahn", "Alpenbahn"]


def test_a_government_named_by_its_region_is_that_region_not_a_town_named_before(read):
    _, _, quotes = read(
        "Lucca's mayor said the city could not pay for the repairs, and the Campania regional government said it "
        "would cover half the cost."
    )
    assert quotes.sort("start_char").get_column("speaker").to_list()[-1] == "Campania"


def test_the_agency_is_the_agency_named_with_its_acronym_not_a_group_named_before(read):
    mentions, _, _ = read(
        "The Energy Consumers Group (ECG) said prices would rise. An ECG spokeswoman said the group would go to "
        "court.\n\nA report by the Federal Network Agency (BNetzA) found that the grid held. The agency wants more "
        "lines."
    )
    assert ("The agency", "description", "Federal Network Agency") in refs(mentions)  # "agency" of a news agency too


def test_a_body_described_by_whom_it_serves_is_the_body_named_so_before(read):
    mentions, _, _ = read(
        "Fewer deer were shot this year, according to the state hunters' association, Jagdverband Tirol. Farmers "
        "want more culls. The hunters' association said its members would help."
    )
    assert ("The hunters' association", "description", "Jagdverband Tirol") in refs(mentions)


def test_a_vietnamese_middle_name_tells_who_he_is(read):
    text = (
        "Kieu Thi Hong Nhung, deputy head of the city's education office, said the rule would apply to every state "
        "school. Kieu Thi Hong Nhung said teachers who took envelopes would lose bonuses.\n\n"
        '"Each year my son\'s wife borrowed money for the gift envelope," Trinh Van Loc, 71, who walks his '
        'granddaughter to school, said. "Now she can buy her a bicycle."\n\n'
        "He added that he would still bring the teacher flowers from his garden."
    )
    mentions, _, _ = read(text)
    assert ("He", "pronoun", "Trinh Van Loc") in refs(mentions)  # "Van" a man's, "Thi" a woman's


def test_the_place_a_story_is_filed_from_is_no_one_it_speaks_of(read):
    text = (
        "TWILLINGATE, Newfoundland and Labrador, June 3 (Reuters) - Signs pointing visitors to the puffin cliffs "
        "will stay despite a request from birdwatchers to move them, the town's council said on Tuesday.\n\n"
        "The council, Twillingate Town Council, said the signs helped visitors keep to the path."
    )
    mentions, _, _ = read(text)
    assert "Labrador" not in {entity for text, via, entity in refs(mentions)}  # not "the town"


def test_the_country_is_the_country_named_not_a_town_and_a_lead_s_ministry_is_the_one_named_next(read):
    text = (
        "Ghana limits gold buyers in Tarkwa\n\n"
        "No licensed buyer may trade gold in Tarkwa after dark until a panel of chiefs chooses new rules, the "
        "country’s local government ministry said on Friday.\n\n"
        "The ministry, the Ministry of Local Government, Decentralisation and Rural Development, said police would "
        "check the shops."
    )
    ministry = "Ministry of Local Government, Decentralisation and Rural Development"
    found = refs(read(text)[0])
    assert ("the country", "description", "Ghana") in found  # not the town named last
    assert ("the country’s local government ministry", "description", ministry) in found
