"""Quotes of the seed article: speakers (pronouns resolved), cues, kinds and spans."""

import importlib.util
import json
from pathlib import Path

import polars as pl
import pytest
from test_events import seed_body

from newsflow.tasks.core.quotes import extract_quotes, quote_spans
from newsflow.tasks.core.row_linking import link_quotes
from newsflow.tasks.core.schemas import LINKED_QUOTES, QUOTES, frame

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def seed_doc(nlp_model):
    return nlp_model(seed_body())


@pytest.fixture(scope="module")
def seed_quotes(seed_doc) -> pl.DataFrame:
    return frame([{"doc_id": "seed", **q} for q in extract_quotes(seed_doc)], QUOTES)


def quote(quotes: pl.DataFrame, words: str) -> dict:
    (row,) = quotes.filter(pl.col("text").str.contains(words, literal=True)).to_dicts()
    return row


def test_javed_ali_direct_quotes(seed_quotes):
    risks = quote(seed_quotes, "It comes with considerable risks")
    assert (risks["speaker_text"], risks["cue"], risks["kind"]) == ("Ali", "say", "direct")
    assert risks["text"].endswith("the Russian military has taken in Ukraine")  # the quote runs over two sentences
    small = quote(seed_quotes, "Belarus is such a small country")
    assert (small["speaker_text"], small["kind"]) == ("Ali", "direct")  # continues after "Ali said." without a cue
    ditch = quote(seed_quotes, "driving his country into a ditch")
    assert ditch["speaker_text"] == "Ali"


def test_he_told_reporters_is_lukashenko(seed_quotes, seed_doc):
    told = quote(seed_quotes, "we will add nothing to it")
    assert (told["speaker_text"], told["cue"], told["kind"]) == ("Lukashenko", "tell", "direct")
    # the speaker span points at the name in "Lukashenko dismissed speculation ...", not at "he"
    assert seed_doc.text[told["speaker_start"] : told["speaker_end"]] == "Lukashenko"
    assert seed_doc.text[told["speaker_end"] :].startswith(" dismissed speculation")
    contrary = quote(seed_quotes, "On the contrary")
    assert contrary["speaker_text"] == "Lukashenko"
    assert contrary["text"].endswith("It is not Belarus' role in this conflict.")


def test_partial_quotes_attributed_by_their_sentence(seed_quotes):
    nonsense = quote(seed_quotes, "total nonsense")
    assert (nonsense["speaker_text"], nonsense["kind"]) == ("Lukashenko", "partial")
    upside = quote(seed_quotes, "see the upside")
    assert (upside["speaker_text"], upside["kind"]) == ("Ali", "partial")


def test_indirect_speech(seed_quotes):
    drawbacks = quote(seed_quotes, "could have drawbacks")
    assert (drawbacks["speaker_text"], drawbacks["cue"], drawbacks["kind"]) == ("Javed Ali", "tell", "indirect")
    assert drawbacks["text"] == "Belarus joining the war in Ukraine could have drawbacks"
    ramping = quote(seed_quotes, "ramping military exercises")
    assert (ramping["speaker_text"], ramping["kind"]) == ("Ali", "indirect")
    assert ramping["text"].startswith("Belarus could also be ramping")
    downside = quote(seed_quotes, "much of a downside")  # "Still, he said, there wouldn't be ..."
    assert (downside["speaker_text"], downside["cue"]) == ("Ali", "say")


def test_colon_cue_organisation_and_unnamed_speaker(seed_quotes):
    respond = quote(seed_quotes, "we will respond")  # "The General Staff of the Armed forces wrote in a ... post:"
    assert (respond["speaker_text"], respond["cue"], respond["kind"]) == ("General Staff", "write", "direct")
    expert = quote(seed_quotes, 'devastating" to its military')
    assert expert["speaker_text"] == "an expert"


def test_every_quote_span_is_its_text(seed_quotes, seed_doc):
    for row in seed_quotes.iter_rows(named=True):
        assert seed_doc.text[row["start_char"] : row["end_char"]] == row["text"]
        assert seed_doc.text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]


def test_quote_marks_pair_per_paragraph():
    text = (
        '"First paragraph of a long quote.\n\n"Second paragraph," she said. Curly “quote” too. '
        "''Typewriter quotes,'' and ``PTB quotes.''"
    )
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "First paragraph of a long quote.",
        "Second paragraph",
        "quote",
        "Typewriter quotes",
        "PTB quotes.",
    ]


def test_link_quotes_gives_speaker_ids(seed_quotes, seed_doc):
    mentions = pl.DataFrame(  # the text of each name stands in for its entity id
        [
            {"doc_id": "seed", "start_char": e.start_char, "end_char": e.end_char, "entity_id": e.text, "via": "name"}
            for e in seed_doc.ents
        ]
    )
    linked = link_quotes(seed_quotes, mentions)
    assert list(linked.schema.items()) == list(LINKED_QUOTES.items())
    assert linked["quote_id"].n_unique() == linked.height
    told = linked.filter(pl.col("text").str.contains("add nothing")).row(0, named=True)
    assert told["speaker_id"] == "Lukashenko"
    expert = linked.filter(pl.col("speaker_text") == "an expert")
    assert expert["speaker_id"].is_null().all()
    assert link_quotes(frame([], QUOTES), mentions).schema == pl.Schema(LINKED_QUOTES)


def test_the_professor_is_the_named_professor(nlp_model):
    doc = nlp_model(
        "Javed Ali, a University of Michigan professor, spoke on Monday. Prices rose sharply in the region.\n\n"
        '"Belarus is a small country with few troops," the professor said.'
    )
    (row,) = extract_quotes(doc)
    assert (row["speaker_text"], row["kind"], row["cue"]) == ("Javed Ali", "direct", "say")


def test_the_doctor_is_the_doctor_introduced_before(nlp_model):
    doc = nlp_model(
        "Public Ombudsman Nadia Cruz said the deaths were caused by gunshot wounds. "
        "A doctor on the scene told Ruptly that he tried to save one of the wounded demonstrators.\n\n"
        "“It’s a shame to see a comrade die in this way, because he died in my hands,” the doctor said."
    )
    direct = [q for q in extract_quotes(doc) if q["kind"] == "direct"]
    assert [q["speaker_text"] for q in direct] == ["A doctor"]  # not Nadia Cruz, the last named person


def test_lowercase_quote_with_its_own_clause_is_direct(nlp_model):
    doc = nlp_model(
        "A company spokesperson said in an email that “we have received an inquiry from the office "
        "and are cooperating in the matter.”"
    )
    kinds = {q["kind"]: q for q in extract_quotes(doc)}
    assert kinds["direct"]["text"].startswith("we have received an inquiry")
    assert kinds["direct"]["speaker_text"] == "A company spokesperson"


def attributions(nlp_model, text: str) -> list[tuple]:
    """(speaker, cue, kind, text) of each quote, in text order: what a user reads in the quotes table."""
    return [(q["speaker_text"], q["cue"], q["kind"], q["text"]) for q in extract_quotes(nlp_model(text))]


def test_a_second_that_clause_belongs_to_the_outer_report(nlp_model):
    text = "The firm's spokesman said the scanner read every label aloud and that it also worked without a signal."
    assert attributions(nlp_model, text) == [
        (
            "The firm's spokesman",
            "say",
            "indirect",
            "the scanner read every label aloud and that it also worked without a signal",
        )
    ]


def test_cue_after_an_unquoted_clause(nlp_model):
    assert attributions(nlp_model, "Prices will fall by spring, analysts say.") == [
        ("analysts", "say", "indirect", "Prices will fall by spring")
    ]
    assert attributions(
        nlp_model,
        "The company, which lost money last year, will cut 500 jobs by spring, two people familiar with the plan said.",
    ) == [("two people", "say", "indirect", "The company, which lost money last year, will cut 500 jobs by spring")]


def test_claim_the_parser_read_as_a_phrase_before_a_trailing_cue(nlp_model):
    # the parser takes "costs" for a noun, so the claim hangs on "said" as a phrase, not a clause
    assert attributions(
        nlp_model, "Each month without rain costs the valley's farmers about a tenth of their herd, she said."
    ) == [("she", "say", "indirect", "Each month without rain costs the valley's farmers about a tenth of their herd")]
    assert attributions(nlp_model, "Most porters here work nights, he said.") == [
        ("he", "say", "indirect", "Most porters here work nights")  # "work" taken for a noun, no finite verb left
    ]
    assert attributions(nlp_model, "In a letter to its customers, the firm warned.") == []  # a phrase, no claim


def test_relative_phrase_inside_a_quoted_question_is_not_its_speaker(nlp_model):
    text = (
        "Marc Favre runs a ski school. "
        "“Who will teach the children, the village schools that are already full?” he asked."
    )
    assert attributions(nlp_model, text) == [
        ("Marc Favre", "ask", "direct", "Who will teach the children, the village schools that are already full?")
    ]


def test_trailing_speaker_described_as_a_group_of_people_with_a_relative_clause(nlp_model):
    text = (
        "More than 300 shops and market stalls in the silver-mining town of Taxco have started taking paper vouchers "
        "called taxcos, printed by local traders to stop money draining away to Cuernavaca’s supermarkets, an "
        "association of merchants that issues the notes said on Monday."
    )
    [(speaker, cue, kind, said)] = attributions(nlp_model, text)
    assert (speaker, cue, kind) == ("an association", "say", "indirect")
    assert said.startswith("More than 300 shops") and said.endswith("Cuernavaca’s supermarkets")


def test_business_named_beside_its_description_speaks_though_the_model_took_it_for_a_product(nlp_model):
    text = "A wine-rating app that republished the review, Vinóra, said it had taken the text down."
    assert attributions(nlp_model, text) == [("Vinóra", "say", "indirect", "it had taken the text down")]


def test_object_of_a_relative_clause_read_as_the_subject_of_the_cue_is_no_speaker(nlp_model):
    text = (
        "The family company that makes the cheese said it would give the damages to the village school in Gruyères. "
        "The company, the Morel Family Dairy, said it had never added colouring."
    )
    assert [a[0] for a in attributions(nlp_model, text)] == ["Morel Family Dairy", "Morel Family Dairy"]


def test_relative_clause_on_the_subject_of_a_reported_claim_is_no_quote(nlp_model):
    text = (
        "A blogger who wrote that a local bakery sold stale bread must pay 2,000 euros in damages, the court that "
        "heard the case said on Friday."
    )
    assert [(a[0], a[1]) for a in attributions(nlp_model, text)] == [("the court", "say")]


def test_according_to_before_and_after_the_clause(nlp_model):
    assert attributions(
        nlp_model,
        "According to the ministry, the factory will close next year. "
        "The bridge will reopen in May, according to city officials.",
    ) == [
        ("the ministry", "according to", "indirect", "the factory will close next year"),
        ("city officials", "according to", "indirect", "The bridge will reopen in May"),
    ]
    # at the end of the sentence it is the source of every verb the sentence joins with "and"
    both = "Three workers were taken to hospital and were in a stable condition, according to the ambulance service."
    assert attributions(nlp_model, both) == [
        (
            "the ambulance service",
            "according to",
            "indirect",
            "Three workers were taken to hospital and were in a stable condition",
        )
    ]
    # the statement only relays what she said: one row, hers
    assert attributions(nlp_model, '"We will win this race," she told supporters, according to a statement.') == [
        ("she", "tell", "direct", "We will win this race")
    ]
    # a participle set off after the source describes the source, not what it says
    rows = attributions(
        nlp_model, "According to the audit, published on Monday, the council overspent by four million pounds."
    )
    assert [r[3] for r in rows] == ["the council overspent by four million pounds"]


def test_with_officials_saying(nlp_model):
    assert attributions(nlp_model, "The council approved the budget, with officials saying the vote was overdue.") == [
        ("officials", "say", "indirect", "the vote was overdue")
    ]


def test_typewriter_quote_marks(nlp_model):
    assert attributions(
        nlp_model, "''We will not back down,'' the mayor said. ``Nobody in this town will,'' she added."
    ) == [
        ("the mayor", "say", "direct", "We will not back down"),
        ("she", "add", "direct", "Nobody in this town will"),
    ]


def test_speaker_after_a_question_or_exclamation_the_parser_ends_early(nlp_model):
    assert attributions(
        nlp_model, 'The council met on Monday. "Where did the money go?" Ms. Rivera said. "We deserve answers."'
    ) == [
        ("Rivera", "say", "direct", "Where did the money go?"),
        ("Rivera", "say", "direct", "We deserve answers."),  # continues without a cue
    ]
    assert attributions(nlp_model, '"Enough is enough!" the mayor shouted at the crowd.') == [
        ("the mayor", "shout", "direct", "Enough is enough!")
    ]


def test_dash_colon_and_post_signatures(nlp_model):
    assert attributions(nlp_model, '"Politics is the art of the possible."\n― Maria Gonzalez') == [
        ("Maria Gonzalez", None, "direct", "Politics is the art of the possible.")
    ]
    assert attributions(nlp_model, 'Sen. Dana Lee: "The bill will pass before the summer recess."') == [
        ("Dana Lee", None, "direct", "The bill will pass before the summer recess.")
    ]
    assert attributions(
        nlp_model, "The storm is coming and nobody is ready.\n\n— Jane Doe (@janedoe) November 18, 2019"
    ) == [("Jane Doe", None, "direct", "The storm is coming and nobody is ready.")]


def test_a_dateline_is_never_the_speaker(nlp_model):
    assert attributions(nlp_model, "MADRID -- The prime minister said the reform would pass this year.") == [
        ("The prime minister", "say", "indirect", "the reform would pass this year")
    ]
    assert attributions(
        nlp_model, "NAIROBI, Kenya (AP) — Health Minister Grace Otieno said on Monday that the clinics would reopen."
    ) == [("Grace Otieno", "say", "indirect", "the clinics would reopen")]


def test_a_dateline_opening_a_later_paragraph_is_never_the_speaker(nlp_model):
    text = (
        "Fire at warehouse sends smoke over town\n\n"
        "LEICESTER, England (Newsflow) -- A fire destroyed a warehouse on Friday, the fire service said.\n\n"
        "Crews arrived within minutes, the service said.\n\n"
        "The owner, Fenmoor Estates, said the building had passed its last inspection.\n\n"
        "HARTFIELD, England -- Karen Obi, who lives about half a mile from the site, said ash had been falling on "
        "her garden all morning."
    )
    assert attributions(nlp_model, text)[-1] == (
        "Karen Obi",
        "say",
        "indirect",
        "ash had been falling on her garden all morning",
    )


def test_a_speaker_set_before_a_participle_clause_speaks_and_is_then_he(nlp_model):
    text = (
        "Ashworth said the council had been told in June. Moreira, asked about that on Saturday, said the letter "
        'had given no date.\n\n"No date," he said. "Is that how you start a mine?"'
    )
    assert [(speaker, words) for speaker, _, _, words in attributions(nlp_model, text)] == [
        ("Ashworth", "the council had been told in June"),
        ("Moreira", "the letter had given no date"),
        ("Moreira", "No date"),
        ("Moreira", "Is that how you start a mine?"),
    ]


def test_a_clause_is_never_the_speaker(nlp_model):
    assert attributions(nlp_model, "The state will lose millions if the bill passes, Sen. Dana Lee said.") == [
        ("Dana Lee", "say", "indirect", "The state will lose millions if the bill passes")
    ]
    (row,) = attributions(
        nlp_model, "If the talks fail, Finance Minister Aiko Sato said, the yen could weaken further."
    )
    assert row[:3] == ("Aiko Sato", "say", "indirect")
    assert row[3].startswith("If the talks fail") and row[3].endswith("the yen could weaken further")


@pytest.mark.parametrize(
    ("text", "speaker", "condition", "claim"),
    [
        (
            "Ticket sales fell in May. Once the new stadium is open for every match, the club spokesman said, "
            "attendance would begin to recover.",
            "the club spokesman",
            "Once the new stadium is open for every match",
            "attendance would begin to recover",
        ),
        (
            "Councillor Rhys Morgan opposed the plan. If the library closes, he told reporters, the village will "
            "lose its only public building.",
            "Rhys Morgan",
            "If the library closes",
            "the village will lose its only public building",
        ),
    ],
)
def test_a_condition_before_an_inserted_cue_is_reported_with_the_rest(nlp_model, text, speaker, condition, claim):
    (row,) = attributions(nlp_model, text)
    assert row[0] == speaker
    assert row[3].startswith(condition) and row[3].endswith(claim)


def test_an_object_the_parser_took_for_the_next_verbs_subject_stays_in_what_was_said(nlp_model):
    rows = attributions(
        nlp_model,
        "The watchdog said in a statement that it had counted at least 11 injuries, two of them caused by rubber "
        "bullets, and called on the authorities to stop the raids.",
    )  # the parser makes "injuries" the subject of "called"
    assert rows == [
        (
            "The watchdog",
            "say",
            "indirect",
            "it had counted at least 11 injuries, two of them caused by rubber bullets",
        ),
        ("The watchdog", "call", "indirect", "the authorities to stop the raids"),
    ]


def test_what_someone_will_ask_in_another_speakers_words_is_no_attribution_of_theirs(nlp_model):
    rows = attributions(nlp_model, "Union officials said the GMB would ask the council to delay the vote until May.")
    assert rows == [("Union officials", "say", "indirect", "the GMB would ask the council to delay the vote until May")]


def test_quotes_that_continue_across_paragraphs(nlp_model):
    assert attributions(
        nlp_model,
        "Mayor Tom Hale said the city would appeal the ruling.\n\n"
        '"We will take this to the supreme court if we have to."',
    ) == [
        ("Tom Hale", "say", "indirect", "the city would appeal the ruling"),
        ("Tom Hale", "say", "direct", "We will take this to the supreme court if we have to."),
    ]
    assert attributions(
        nlp_model, '"The first part of what I want to say is simple.\n\n"The second part is harder," Hale said.'
    ) == [
        ("Hale", "say", "direct", "The first part of what I want to say is simple."),  # left open: it goes on
        ("Hale", "say", "direct", "The second part is harder"),
    ]


def test_he_and_she_agree_with_the_given_name(nlp_model):
    assert (
        attributions(nlp_model, "John Park met Maria Lopez on Monday. She said the deal was done.")[0][0]
        == "Maria Lopez"
    )
    assert (
        attributions(nlp_model, "Maria Lopez met John Park on Monday. He said the deal was done.")[0][0] == "John Park"
    )


def test_the_title_finds_the_person_who_holds_it(nlp_model):
    rows = attributions(
        nlp_model,
        "Prime Minister Aiko Sato met the governor of Osaka, Ken Mori, on Tuesday. "
        "The prime minister said the talks had gone well.",
    )
    assert rows == [("Aiko Sato", "say", "indirect", "the talks had gone well")]
    rows = attributions(nlp_model, "Sen. Dana Lee met Gov. Ken Mori on Friday. The senator said the bill would pass.")
    assert rows == [("Dana Lee", "say", "indirect", "the bill would pass")]
    # a title is written right before the name: "Minister Paul Reed visited" gives Lakeside none
    rows = attributions(
        nlp_model,
        "Prime Minister Paul Reed visited Lakeside on Monday. The prime minister told residents that help was coming.",
    )
    assert [r[0] for r in rows] == ["Paul Reed"]


def test_requests_and_accusations(nlp_model):
    assert attributions(
        nlp_model,
        "The mayor urged residents to stay indoors. The opposition accused the government of rigging the vote.",
    ) == [
        ("The mayor", "urge", "indirect", "residents to stay indoors"),
        ("The opposition", "accuse", "indirect", "the government of rigging the vote"),
    ]
    # the parser hangs "of" on the accused rather than on the verb
    rows = attributions(nlp_model, "The exile accused top Syrian generals of personally ordering the raid.")
    assert [(r[0], r[3]) for r in rows] == [("The exile", "top Syrian generals of personally ordering the raid")]


def test_what_someone_reports_another_said_is_part_of_their_words(nlp_model):
    # back-shifted speech inside a report is what the speaker says, no attribution of its own
    assert attributions(nlp_model, "She said the company had replied that the sheds were within their limits.") == [
        ("She", "say", "indirect", "the company had replied that the sheds were within their limits")
    ]
    text = "Berthier said his team had cleared the slope and had advised his managers that the run should stay closed."
    assert attributions(nlp_model, text) == [
        (
            "Berthier",
            "say",
            "indirect",
            "his team had cleared the slope and had advised his managers that the run should stay closed",
        )
    ]
    # what others believe, as the speaker reports it, is the speaker's report too
    text = "A vet told the weekly paper that many herders believed salt licks kept their goats from falling ill."
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("A vet", "tell")]


def test_a_photo_caption_is_no_one_s_words(nlp_model):
    text = (
        "The train left the track near Wetheral on Monday, the operator said.\n\n"
        "Photo caption: Carriages on the embankment near Wetheral. Investigators say the cause is not yet known."
    )
    assert attributions(nlp_model, text) == [
        ("the operator", "say", "indirect", "The train left the track near Wetheral on Monday")
    ]


def test_what_nobody_said_is_no_quote(nlp_model):
    text = (
        "She declined to say when the plant would close. Employees were told that the office would close. "
        "He did not say whether he would run. The firm asked for the word “efficiency” to be dropped. "
        "The audit confirmed what the union had been saying for years. "  # a thing said, not what was said
        "Ms Okoro was told by the coroner that she need not answer. He was asked by a reporter whether he would quit. "
        "A driver, who asked that his name not be used, waved us through. "  # a wish to stay unnamed
        "Nobody had told the firm that patients were being fined."  # what no one said
    )
    assert attributions(nlp_model, text) == []
    price = "Halden charges councils an average of 6,100 pounds a week for each child, according to the Care Forum."
    assert [r[1] for r in attributions(nlp_model, price)] == ["according to"]  # a price, though "charge" may be a cue
    said = attributions(nlp_model, "Mr Hale said what happened was a disgrace.")  # "what happened" opens a clause
    assert [(r[0], r[3]) for r in said] == [("Hale", "what happened was a disgrace")]


@pytest.mark.parametrize(
    "split",
    [
        "quotes_dev.json",
        "quotes_dev_wikinews.json",
        "quotes_dev_wikinews2.json",
        "quotes_dev5.json",
        "quotes_test.json",
        "quotes_test2.json",
        "quotes_test5.json",
    ],
)
def test_quote_gold_contents_are_in_their_bodies(split):
    """bench/quotes_eval.py can score every attribution: each gold content is found in the text it was read in."""
    spec = importlib.util.spec_from_file_location("quotes_eval", BENCH / "quotes_eval.py")
    evaluation = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluation)
    gold = json.loads((BENCH / "gold" / split).read_text(encoding="utf-8"))
    bodies = json.loads(evaluation.GROUND_TRUTH.read_text(encoding="utf-8"))
    for document in gold["documents"]:
        body = evaluation.document_body(document, bodies).translate(evaluation.SAME_WIDTH)
        for attribution in document["attributions"]:
            found = [body[s:e] for s, e in evaluation.content_spans(body, attribution)]
            assert found == [c.translate(evaluation.SAME_WIDTH) for c in attribution["content"]]


def shown(read, text: str) -> list[tuple]:
    """(speaker, cue, kind, text) of each quote as the warehouse shows it: the speaker is the entity the quote
    is linked to, else the speaker as written."""
    _, _, quotes = read(text)
    rows = quotes.sort("start_char").select("speaker", "speaker_text", "cue", "kind", "text").iter_rows()
    return [(entity or written, cue, kind, words) for entity, written, cue, kind, words in rows]


def test_a_quote_carried_on_without_a_fresh_mark_ends_at_its_closing_mark(read):
    text = (
        'Harbor Rail released a statement: "The bridge will stay closed until the repairs are finished.\n\n'
        'The detour adds ten minutes to most trips." Mayor Tom Hale said: "We are doing what we can."'
    )
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "The bridge will stay closed until the repairs are finished.",
        "The detour adds ten minutes to most trips.",
        "We are doing what we can.",
    ]
    # marks set apart from the words, as in text rebuilt from tokens: a mark after a full stop closes
    spaced = 'She wrote: " The vote is final.\n\nWe will not appeal. " He said " We will. "'
    assert [spaced[s:e] for s, e in quote_spans(spaced)] == ["The vote is final.", "We will not appeal.", "We will."]
    rows = shown(read, text)
    assert [r[0] for r in rows] == ["Harbor Rail", "Harbor Rail", "Tom Hale"]  # "said" opens Hale's own quote


def test_that_clauses_the_parser_splits_or_misplaces(nlp_model):
    assert attributions(
        nlp_model,
        "Transport Minister Rosa Diaz admitted that the number of trains cancelled in "
        "May was higher than the number cancelled in April.",
    ) == [
        (
            "Rosa Diaz",
            "admit",
            "indirect",
            "the number of trains cancelled in May was higher than the number cancelled in April",
        )
    ]
    assert attributions(
        nlp_model, "Lena Park announced on Monday in an internal memo that she would step down in June."
    ) == [("Lena Park", "announce", "indirect", "she would step down in June")]
    assert attributions(nlp_model, "Acme announced a new tablet and that prices of its phones would fall.") == [
        ("Acme", "announce", "indirect", "prices of its phones would fall")
    ]
    assert attributions(nlp_model, "Buffett wrote in his annual letter that the company would keep buying shares.") == [
        ("Buffett", "write", "indirect", "the company would keep buying shares")
    ]  # "that" parsed as a pronoun


def test_a_cue_with_an_object_of_its_own_reports_nothing_before_it(nlp_model):
    assert attributions(nlp_model, "Sales will rise in the autumn; Acme announced no new products.") == []
    assert attributions(nlp_model, "On March 3 the two firms agreed to settle the case out of court.") == []


def test_words_in_quotation_marks_that_nobody_says(nlp_model):
    text = (
        'The mayor dismissed the existence of a "crisis", saying that the city\'s budget was balanced. '
        'The council refused to give the plan a "priority" rating. Police found a note that read "sorry".'
    )
    assert attributions(nlp_model, text) == [("The mayor", "say", "indirect", "the city's budget was balanced")]
    assert attributions(nlp_model, 'The show, which critics called "a triumph", closed in May.') == [
        ("critics", "call", "partial", "a triumph")
    ]


def test_documents_speak_for_whoever_released_or_wrote_them(read, nlp_model):
    assert shown(read, "Figures released on Monday by the Harbor Statistics Office show that exports fell in May.") == [
        ("Harbor Statistics Office", "show", "indirect", "exports fell in May")
    ]
    assert attributions(nlp_model, "Lee showed reporters the new phone. The test showed that it was waterproof.") == []
    assert shown(read, "Jobs resigned in a letter to the board stating that he could no longer do the job.") == [
        ("Jobs", "state", "indirect", "he could no longer do the job")
    ]
    assert shown(read, 'A statement from Harbor Rail read: "The line will reopen on Monday."') == [
        ("Harbor Rail", "read", "direct", "The line will reopen on Monday.")
    ]


def test_the_person_who_speaks_before_the_place_they_work(nlp_model):
    (row,) = attributions(
        nlp_model,
        'The plan was criticised by Maria Stone, a historian at Lakeside University, who said, "This is a mistake."',
    )
    assert row == ("Maria Stone", "say", "direct", "This is a mistake.")


def test_a_name_right_before_a_cue_the_parser_left_without_subject(nlp_model):
    text = (
        "The Harbor Council welcomed the plan and in a reaction to the news Commissioner for Transport Anna Berg "
        "said the rules would change."
    )
    assert attributions(nlp_model, text) == [("Anna Berg", "say", "indirect", "the rules would change")]


def test_a_quote_opened_by_a_colon_after_a_clause_is_its_subjects(nlp_model):
    text = 'After the vote Senator Paul Reed sent a message to his supporters: "We will be back next year."'
    assert attributions(nlp_model, text) == [("Paul Reed", None, "direct", "We will be back next year.")]


def test_a_description_of_a_kind_of_organisation(read):
    assert shown(
        read,
        "Harbor Airlines reported a loss on Thursday after Lakeside Air won a contract. The group "
        "said that Lakeside Air's bid had been too low.",
    ) == [("Harbor Airlines", "say", "indirect", "Lakeside Air's bid had been too low")]  # not the airline it names
    _, _, quotes = read("Best Buy and Target cut prices on Monday. The retailers said demand had slowed.")
    assert quotes.select("speaker_text", "text").rows() == [("Best Buy and Target", "demand had slowed")]


def test_he_is_the_spokesman_named_beside_the_subject(nlp_model):
    rows = attributions(
        nlp_model,
        "Governor Ann Cole visited the port on Friday. Her spokesman, David Wu, said the "
        "visit with the port's director, Mark Tran, went well. "
        '"We saw real progress," he said.',
    )
    assert [r[0] for r in rows] == ["David Wu", "David Wu"]  # the speaker before, not the last man named


def test_forecasts(nlp_model):
    assert attributions(
        nlp_model,
        "Analysts expect the central bank to raise rates next month. Economists forecast "
        "that inflation will ease by spring.",
    ) == [
        ("Analysts", "expect", "indirect", "the central bank to raise rates next month"),
        ("Economists", "forecast", "indirect", "inflation will ease by spring"),
    ]


def test_attributions_inside_attributions(nlp_model):
    assert attributions(
        nlp_model, "According to the Harbor Times, a person familiar with the talks said the deal was close."
    ) == [
        ("Harbor Times", "according to", "indirect", "a person familiar with the talks said the deal was close"),
        ("a person", "say", "indirect", "the deal was close"),
    ]
    # the speaker's own figures and own expectations are part of what they said
    assert attributions(nlp_model, "Northwind said, according to its own figures, that sales rose by 4 percent.") == [
        ("Northwind", "say", "indirect", "according to its own figures, that sales rose by 4 percent")
    ]
    assert attributions(nlp_model, "Eastgate Foods said it expected sales to grow next year.") == [
        ("Eastgate Foods", "say", "indirect", "it expected sales to grow next year")
    ]


def test_they_after_a_plural_subject_is_no_organisation(nlp_model):
    rows = attributions(
        nlp_model,
        "Northwind Logistics and Eastgate Foods met on Monday. Two sources said the talks "
        "had stalled. They also said that a deal was unlikely this year.",
    )
    assert [r[0] for r in rows] == ["Two sources", "They"]


def test_a_paragraph_ending_in_a_colon_introduces_the_next_ones_quote(nlp_model):
    assert attributions(
        nlp_model,
        "Mayor Tom Hale spoke to the council on Monday. He said:\n\n"
        '"The school will stay open for as long as I hold this office."',
    ) == [("Tom Hale", "say", "direct", "The school will stay open for as long as I hold this office.")]
    assert attributions(
        nlp_model, 'Mayor Tom Hale had a short message for the council:\n\n"We will not close the school."'
    ) == [("Tom Hale", None, "direct", "We will not close the school.")]


def test_the_statement_is_whoever_said_something_in_it(read):
    assert shown(
        read,
        "Harbor Rail said in a statement that the line would reopen in May. "
        '"Safety comes first for every one of our passengers," the statement said.',
    ) == [
        ("Harbor Rail", "say", "indirect", "the line would reopen in May"),
        ("Harbor Rail", "say", "direct", "Safety comes first for every one of our passengers"),
    ]


def test_who_speaks_when_the_parser_misplaces_the_name(nlp_model):
    # the name closes a long description the parser hung it inside of
    assert attributions(
        nlp_model,
        "Acme's worldwide vice-president of marketing for the Zune, Greg Moreau, indicated that prices would rise.",
    ) == [("Greg Moreau", "indicate", "indirect", "prices would rise")]
    # "that" parsed as the object of a relative clause on "game"
    assert attributions(nlp_model, "The coach, Paul Reed, said after the game that the team had played well.") == [
        ("Paul Reed", "say", "indirect", "the team had played well")
    ]
    # a sentence end missed after "U.S.": the parser makes the verb before the name the cue's subject
    rows = attributions(
        nlp_model, "Tablet owners account for a third of the readers in the U.S. Lee also noted that sales had doubled."
    )
    assert [r[:2] for r in rows] == [("Lee", "note")]


def test_a_name_the_model_misses_is_still_who_she_is(nlp_model):
    rows = attributions(
        nlp_model,
        'Paul Reed said the vote was rigged. Ana Ruiz, the election chief, disagreed. "The count was fair," she said.',
    )
    assert rows[-1] == ("Ana Ruiz", "say", "direct", "The count was fair")


def test_passive_and_evaluative_cues(nlp_model):
    assert attributions(
        nlp_model, 'The new bridge was praised by Mayor Tom Hale as "the finest work this town has seen."'
    ) == [("Tom Hale", "praise", "partial", "the finest work this town has seen.")]


def test_what_is_no_quote(nlp_model):
    # inch signs, the writer's inference, a run-on clause after a cue's own object, "pointed to"
    text = (
        'The laptop has a 13.3 " screen, while the larger one comes with 15 " or 17 " screens. '
        "Sales rose by a third, suggesting that demand is back. "
        "Acme announced a new phone, which goes on sale in May, rivals will follow in June. "
        "Prices will rise in May, analysts have pointed to the weak harvest."
    )
    assert attributions(nlp_model, text) == []


def test_a_person_described_by_age_party_or_a_given_name(nlp_model):
    assert attributions(
        nlp_model, 'Tom Hale, 45, was arrested in May. "I did nothing wrong," the 45-year-old said on Friday.'
    ) == [("Tom Hale", "say", "direct", "I did nothing wrong")]
    assert attributions(
        nlp_model, 'Ana Ruiz, a Democrat, voted against the bill. "This bill hurts families," the Democrat said.'
    ) == [("Ana Ruiz", "say", "direct", "This bill hurts families")]
    assert attributions(nlp_model, '"We will not give up," Reed\'s wife, Ana, told the Harbor Times.') == [
        ("Ana", "tell", "direct", "We will not give up")
    ]


def test_a_document_speaks_for_its_author_not_the_place_after_it(read):
    assert shown(read, "A report in the Lakeside Herald of Ohio says the mayor will resign.") == [
        ("Lakeside Herald", "say", "indirect", "the mayor will resign")
    ]
    assert shown(
        read,
        "Northwind Foods sold four million jars of jam last year. Their projections show that sales "
        "will double by 2030.",
    ) == [("Northwind Foods", "show", "indirect", "sales will double by 2030")]


def test_a_title_in_quotation_marks_is_nobodys_words(nlp_model):
    assert (
        attributions(
            nlp_model,
            'She starred in "The Long Road Home From the Northern Front" in 2004 and in "Back to the Harbor" in 2006.',
        )
        == []
    )


def test_a_report_in_a_paper_of_a_town_is_the_papers(nlp_model):
    rows = attributions(
        nlp_model,
        "According to a report in the Daily Leader of Tucson, the mayor resigned on Friday. According to an "
        "article in the Valley Leader of Sioux Falls, the plant will close.",
    )
    assert [(r[0], r[3]) for r in rows] == [
        ("Daily Leader", "the mayor resigned on Friday"),
        ("Valley Leader", "the plant will close"),
    ]


def test_sources_named_after_a_quote(nlp_model):
    assert attributions(nlp_model, '"We will rebuild the town from the ground up," according to Mayor Tom Hale.') == [
        ("Tom Hale", "according to", "direct", "We will rebuild the town from the ground up")
    ]
    assert attributions(
        nlp_model,
        '"We will rebuild the town from the ground up," Hale was quoted as saying by the '
        "Lakeside Times. Paul Reed was quoted as saying that the plan was too costly.",
    ) == [
        ("Hale", "say", "direct", "We will rebuild the town from the ground up"),
        ("Paul Reed", "say", "indirect", "the plan was too costly"),
    ]


def test_a_speaker_after_the_cue_and_a_description_is_found_though_a_participle_follows(nlp_model):
    rows = attributions(nlp_model, '"We never gave up," said the 31-year-old Kessler, seeded 12th.')
    assert rows == [("Kessler", "say", "direct", "We never gave up")]


def test_a_wire_dateline_line_is_no_speaker_and_no_part_of_the_first_sentence(nlp_model):
    # two Reuters stories of CoNLL-2003 eng.testa (quotes_dev12, development data), as far as their first sentences
    rows = attributions(
        nlp_model,
        "Romania cen bank one-week rate rises to 50.19 pct.\nBUCHAREST 1996-08-30\nThe National Bank of Romania (BNR) "
        "said its one-week refinancing rate has been lifted this week to 50.19 percent from 49 percent.",
    )
    assert [r[0] for r in rows] == ["National Bank of Romania"]
    rows = attributions(
        nlp_model,
        "Russian judge stabbed to death over $7 fine.\nMOSCOW 1996-08-30\nA Moscow street vendor stabbed to death a "
        "woman judge in a city court on Friday after she fined him the equivalent of seven dollars for trading "
        "illegally, Interfax news agency said. Interfax said Judge Olga Lavrentyeva, 28, on Thursday ordered the "
        "confiscation of several overcoats.",
    )
    assert [r[0] for r in rows] == ["Interfax news agency", "Interfax"]


def test_a_past_tense_the_tagger_took_for_a_participle_is_still_a_cue(nlp_model):
    # a Reuters story of CoNLL-2003 eng.testa (quotes_dev12, development data), its first sentence
    rows = attributions(
        nlp_model,
        "Poland's Foreign Minister Dariusz Rosati will visit Yugoslavia on September 3 and 4 to revive a dialogue "
        "between the two governments which was effectively frozen in 1992, PAP news agency reported on Friday.",
    )
    assert [r[0] for r in rows] == ["PAP news agency"]


def test_an_agency_quoting_someone_is_not_the_speaker_of_the_quote_or_the_one_after(nlp_model):
    rows = attributions(
        nlp_model,
        '"The talks will resume next week," Tass quoted Ivanov as saying. "Both sides want a deal." '
        "Interfax quoted Petrova as saying that the border would stay open.",
    )
    assert [r[0] for r in rows] == ["Ivanov", "Ivanov", "Petrova"]
    assert rows[2][3] == "the border would stay open"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # a speech participle set off after the reported clause is a cue of its own
            "The Halden Teachers Union said it would file a grievance over the cuts, arguing that the district had "
            "ignored seniority rules.",
            [
                ("Halden Teachers Union", "say", "indirect", "it would file a grievance over the cuts"),
                ("Halden Teachers Union", "argue", "indirect", "the district had ignored seniority rules"),
            ],
        ),
        (  # so is a cue conceding something after it
            "Dr Lindqvist said the drug was rarely found in supplements, though she added that it was possible.",
            [
                ("Lindqvist", "say", "indirect", "the drug was rarely found in supplements"),
                ("Lindqvist", "add", "indirect", "it was possible"),
            ],
        ),
        (  # a quoted clause modifying the writer's verb is part of the reported speech
            'Ortiz told reporters that she had followed the club "since I was a girl".',
            [("Ortiz", "tell", "indirect", 'she had followed the club "since I was a girl"')],
        ),
        (  # a speech verb the speaker says someone would do carries the report on
            "Kerr said the finance department was reviewing the figures and would report to the council.",
            [
                (
                    "Kerr",
                    "say",
                    "indirect",
                    "the finance department was reviewing the figures and would report to the council",
                )
            ],
        ),
        (  # and so does a backshifted copula joined to the cue
            'The trust said it was "deeply sorry" and was in contact with the family.',
            [("The trust", "say", "indirect", 'it was "deeply sorry" and was in contact with the family')],
        ),
        (  # the parser took "explosives" for the object of "saying" and hung "had been found" on "quoted"
            "The agency quoted a police officer as saying explosives had been found.",
            [("a police officer", "say", "indirect", "explosives had been found")],
        ),
    ],
)
def test_where_what_a_cue_reports_ends(nlp_model, text, rows):
    assert attributions(nlp_model, text) == rows


def test_the_answers_of_an_interview_transcript_are_the_interviewees_words(nlp_model):
    text = (
        "The chef Maria Lindgren spoke to the Courier after the inspection.\n\n"
        "Courier: Did you know about the rats?\n\n"
        "Lindgren: No. We cleaned every night, and the kitchen passed in March.\n\n"
        "Courier: Will you reopen?\n\n"
        'Lindgren: Next week. The inspector told me, "You have done enough." I hope the council agrees.'
    )
    assert [(r[0], r[3]) for r in attributions(nlp_model, text)] == [
        ("Lindgren", "No. We cleaned every night, and the kitchen passed in March."),
        ("Lindgren", 'Next week. The inspector told me, "You have done enough." I hope the council agrees.'),
    ]  # the inspector's words are inside her answer: no row of their own


def test_a_quote_that_carries_on_is_not_the_next_sentences(nlp_model):
    rows = attributions(
        nlp_model, '"I am proud of this team," said Hale. "They never gave up." Reed, the captain, agreed.'
    )
    assert [r[0] for r in rows] == ["Hale", "Hale"]


def test_she_is_the_untagged_name_in_apposition(nlp_model):
    rows = attributions(
        nlp_model,
        'Hale told reporters: "We will rebuild." His deputy, Ana Ruiz, said the work would '
        'take years. "It is a long road," she added.',
    )
    assert [r[0] for r in rows] == ["Hale", "Ana Ruiz", "Ana Ruiz"]


def test_the_government_is_the_country(read):
    assert shown(read, "Kenya reported 40 new cases on Friday. The government said most were in the capital.") == [
        ("Kenya", "say", "indirect", "most were in the capital")
    ]
    # its nationality names the country, not the last place named
    assert shown(
        read,
        "Kenya and Uganda signed a trade deal. Police in Kampala arrested three men on Monday. "
        "The Kenyan government said it would investigate.",
    ) == [("Kenya", "say", "indirect", "it would investigate")]


def test_a_lead_names_its_speaker_in_the_next_paragraph(read):
    text = (
        "Chile's mining minister on Monday backed the new royalty, saying it would not drive investors away.\n\n"
        '"The rate is still lower than our neighbours charge," Rosa Fuentes told senators.'
    )
    assert [row[0] for row in shown(read, text)] == ["Rosa Fuentes", "Rosa Fuentes"]
    anonymous = (
        "A senior official said the talks had failed.\n\n"
        '"We will try again in June," Prime Minister Tomas Berg told reporters.'
    )
    assert shown(read, anonymous)[0][0] == "A senior official"


def test_the_company_and_its_statement_are_the_company_that_spoke(read):
    text = (
        "Freight group Valdane said on Monday it would close its depot in Leeds. "
        "Chief executive Nora Quist said the decision was painful. "
        "About 300 jobs will go, according to a company statement."
    )
    assert [(row[0], row[3]) for row in shown(read, text)][-1] == ("Valdane", "About 300 jobs will go")


def test_a_name_set_off_by_commas_before_its_cue_speaks(nlp_model):
    assert attributions(
        nlp_model,
        "Speaking to reporters, the airline's chief executive, Omar Haddad, said the strike would cost millions.",
    ) == [("Omar Haddad", "say", "indirect", "the strike would cost millions")]


def test_as_someone_points_out_reports_the_main_clause(nlp_model):
    assert attributions(
        nlp_model, "As the auditors point out in their report, the fund lost money in every quarter."
    ) == [("the auditors", "point out", "indirect", "the fund lost money in every quarter")]


def test_according_to_in_mid_sentence_ends_the_clause_before_it(nlp_model):
    (row,) = attributions(
        nlp_model,
        "The fire started in the kitchen, according to the inspectors, and spread to the roof within minutes.",
    )
    assert (row[0], row[3]) == ("the inspectors", "The fire started in the kitchen")


def test_agreeing_on_a_day_is_no_request(nlp_model):
    assert attributions(nlp_model, "Union leaders agreed on Friday to suspend the strike.") == []
    assert attributions(nlp_model, "The album, her fourth, asks listeners to slow down.") == []  # only someone asks
    assert attributions(nlp_model, "The mayor called on residents to stay indoors.") == [
        ("The mayor", "call", "indirect", "residents to stay indoors")
    ]


def test_a_description_beside_its_name_speaks_again_as_that_name(read):
    text = (
        "The health ministry's spokesperson, Ines Varga, said vaccinations had risen. "
        '"We are encouraged," the spokesperson added.'
    )
    assert [row[0] for row in shown(read, text)] == ["Ines Varga", "Ines Varga"]


def test_told_a_newspaper_what_they_had_done(nlp_model):
    (row,) = attributions(nlp_model, "Its author, Klaus Brandt, told the magazine he had rewritten the ending twice.")
    assert row[0] == "Klaus Brandt" and row[3].startswith("he had rewritten the ending")


def test_paragraphs_run_together_reopen_a_quote(nlp_model):
    """Text whose paragraphs were joined into one line: a mark opening a sentence inside an open quote starts the
    next quote, so the writer's sentences after it are no quote and their cues still count."""
    text = (
        'Mayor Tom Hale said the bridge would reopen. "The repairs are done. '
        '"We will open it on Monday," Mr Hale said. The council says it will pay for the work.'
    )
    assert [text[s:e] for s, e in quote_spans(text)] == ["The repairs are done.", "We will open it on Monday"]
    assert [r[:2] for r in attributions(nlp_model, text)] == [
        ("Tom Hale", "say"),
        ("Tom Hale", "say"),
        ("Hale", "say"),
        ("The council", "say"),
    ]
    doubled = "He wrote: “”We are ready,” and left."
    assert [doubled[s:e] for s, e in quote_spans(doubled)] == ["We are ready"]


def test_a_cue_between_two_parts_of_a_quote_reports_both(nlp_model):
    rows = attributions(
        nlp_model,
        '"Is the fee lawful?" Judge Ana Ruiz asked. "It has been charged since 1850," Kim Lowe said, '
        '"and nobody objected until now."',
    )
    assert [(r[0], r[3]) for r in rows] == [
        ("Ana Ruiz", "Is the fee lawful?"),
        ("Kim Lowe", "It has been charged since 1850"),
        ("Kim Lowe", "and nobody objected until now."),
    ]


def test_a_cue_after_a_quote_with_a_clause_of_its_own(nlp_model):
    rows = attributions(
        nlp_model,
        'Coach Dan Ortiz suggested he might rest his captain. "We will look at the whole squad and decide" '
        "The visiting coach, Paul Meyer, says he will not change his team.",
    )
    assert [(r[0], r[2]) for r in rows] == [
        ("Dan Ortiz", "indirect"),
        ("Dan Ortiz", "direct"),
        ("Paul Meyer", "indirect"),
    ]


def test_titled_names_are_people_whatever_the_model_took_them_for(nlp_model):
    rows = attributions(
        nlp_model,
        "The talks ended without a deal, and President Bush expressed doubt that a deal was near. "
        'Asked where the envoy was, the White House said it did not know. "We will keep trying," he said.',
    )
    assert rows[-1][0] == "Bush"


def test_he_is_who_speaks_in_the_writers_words(nlp_model):
    rows = attributions(
        nlp_model,
        "Auditor Ken Moss says Mr Lane noted that the fund was short of cash. He says the board was told in May.",
    )
    assert [(r[0], r[3]) for r in rows][-1] == ("Ken Moss", "the board was told in May")


def test_it_carries_on_the_document_that_spoke(nlp_model):
    rows = attributions(
        nlp_model,
        "The Harbor Bank bulletin says Canada's economy has grown. It also says exports rose in March.",
    )
    assert [r[0] for r in rows] == ["Harbor Bank", "Harbor Bank"]  # a document speaks for its author


def test_a_description_agrees_in_number_with_the_noun_it_repeats(nlp_model):
    rows = attributions(
        nlp_model,
        "Mr Hale said his family was relieved. The families say they have had no apology from the company.",
    )
    assert rows[-1][0] == "The families"


def test_an_organisation_closing_a_description_speaks(nlp_model):
    rows = attributions(
        nlp_model,
        "A splinter group of the Green Party, the Coastal Alliance, said it would stand in the next election.",
    )
    assert rows == [("Coastal Alliance", "say", "indirect", "it would stand in the next election")]


def test_epigraphs_and_quotes_introduced_by_a_paragraph_ending_in_a_comma(nlp_model):
    rows = attributions(
        nlp_model,
        '"We were never told the truth."\n\n— Tom Hale, Lakeside, May 4, 2021\n\n'
        'Speaking to the council in May, Mayor Ana Ruiz declared,\n\n"The bridge will be rebuilt by winter."',
    )
    assert [(r[0], r[3]) for r in rows] == [
        ("Tom Hale", "We were never told the truth."),
        ("Ana Ruiz", "The bridge will be rebuilt by winter."),
    ]


def test_a_clause_before_a_semicolon_is_not_the_next_cues(nlp_model):
    rows = attributions(nlp_model, "The judge asked Reed about the payments; Reed claimed he had no idea.")
    assert rows == [("Reed", "claim", "indirect", "he had no idea")]


def test_a_gerund_after_a_request_is_not_part_of_it(nlp_model):
    rows = attributions(
        nlp_model, 'The judge warned the lawyer, telling him to "sit down" and threatening to clear the court.'
    )
    assert [r[3] for r in rows if r[1] == "tell"] == ['him to "sit down"']


def test_a_specific_description_is_the_new_speaker_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        'Former President Donald Fry spent Monday on the witness stand. He clashed with Judge Anne Holt. "This is '
        'a witch hunt," the former president said. Nearly 40 people were killed near the border, the provincial '
        "police chief said. Commander Omar Haidari said the attacks began at dawn.",
    )
    assert [r[0] for r in rows] == ["Donald Fry", "Omar Haidari", "Omar Haidari"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # "chair" is a person's role
            "The artist, Tom Reyes, said he was shocked. The chair of the museum's trustees, a retired judge who "
            "joined the board in 2020, said the show had been cancelled on legal advice. Margaret Lyle said the "
            "decision was final.",
            "the show had been cancelled on legal advice",
            "Margaret Lyle",
        ),
        (  # a relative clause says more than the role
            "Dean Rowe, 52, has denied the charge. His solicitor, who represented him at the hearing, told reporters "
            "that he would appeal. Conor Mayhew said the evidence was weak.",
            "he would appeal",
            "Conor Mayhew",
        ),
        (  # another given name of the same family, after a name that only names the mill
            "The Crossley mill was founded in 1820 by Edward Crossley. Its last chairman, a great-grandson of the "
            "founder, said he had learned of the sale from a reporter. Robert Crossley, 70, said the town would "
            "suffer.",
            "he had learned of the sale from a reporter",
            "Robert Crossley",
        ),
    ],
)
def test_a_described_speaker_is_the_new_person_named_next(nlp_model, text, words, speaker):
    assert {row[3]: row[0] for row in attributions(nlp_model, text)}[words] == speaker


def test_the_owner_of_a_thing_is_the_firm_that_speaks_next(nlp_model):
    text = (
        "One of the oldest bakeries in Yorkshire will close in May with the loss of 80 jobs, its owner said on Monday. "
        "Marlow Foods, which bought the bakery in 2019, said it had lost money for three years. "
        "Its chief executive, Dan Hirst, said the decision was painful."
    )
    assert attributions(nlp_model, text)[0][0] == "Marlow Foods"  # not Dan Hirst, the first person named


def test_a_person_closing_a_subject_the_parser_heads_with_another_word_speaks(nlp_model):
    text = (
        "The coroner, Ruth Dale, opened the hearing. City of Coventry Council's parking manager, Ann Pryor, told "
        "the court that half the cameras had been off. She said the cut saved money. "
        '"It was about money," she said.'
    )
    assert [row[0] for row in attributions(nlp_model, text)] == ["Ann Pryor"] * 3  # not "City", nor the coroner


def test_he_asked_about_in_a_clause_of_the_subject_is_that_subject(nlp_model):
    text = (
        "Tom Reyes said he would back the plan. Asked what he would tell the town, Mark Hollis paused. "
        '"That we were ready," he said.'
    )
    assert attributions(nlp_model, text)[-1][0] == "Mark Hollis"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Traders at the market were in no doubt about what they were losing. Joan Ferris, who has sold fish "
            'there for 30 years: "Nobody asked us."',
            "Joan Ferris",
        ),
        (
            "Councillor Mary Vance opposed the closure. Was the decision final? Tom Shaw said it was. "
            'Vance: "They should think again."',
            "Vance",
        ),
    ],
)
def test_a_colon_signature_after_a_sentence_of_its_own_names_the_speaker(nlp_model, text, speaker):
    assert attributions(nlp_model, text)[-1][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The trust said it had hired more staff. A spokeswoman, who gave her name as Ruth Kell, said beds were "
            "full.",
            "Ruth Kell",
        ),
        ('"Nobody listens to us," said a retired miner, who gave his name only as Pawel.', "Pawel"),
    ],
)
def test_a_speaker_who_gave_a_name_is_that_name(nlp_model, text, speaker):
    assert attributions(nlp_model, text)[-1][0] == speaker


def test_he_after_an_unnamed_speaker_is_that_speaker(nlp_model):
    rows = attributions(
        nlp_model,
        'Mayor Tom Hale visited the ward on Monday. "He is much better today," a nurse told reporters. '
        '"The doctors are pleased with him," she said.',
    )
    assert [r[0] for r in rows] == ["a nurse", "a nurse"]


def test_people_the_pronoun_may_stand_for(nlp_model):
    """A passive's agent is who did it; a lone given name tells the gender; outside anyone's words, the subject of
    the writer's sentence comes before a subject inside what someone reports."""
    rows = attributions(
        nlp_model,
        "The cabinet met on Monday. The decision was announced by spokesman Ron Gale. "
        '"No one will lose their job," he said.',
    )
    assert rows[-1][0] == "Ron Gale"
    rows = attributions(
        nlp_model,
        "Ana Ortiz says she hopes to win the cup again, as she did with her brother Pablo in 1990. "
        '"It would be a lovely way to start the year," she said.',
    )
    assert rows[-1][0] == "Ana Ortiz"
    rows = attributions(
        nlp_model,
        "The Reverend Tom Hale says it is worth remembering that Paul Reed was a refugee. "
        'He says the country must look past a few troublemakers. "We can do better than this," he said.',
    )
    assert rows[-1][0] == "Tom Hale"


def test_a_quote_after_one_sentence_about_its_speaker_is_still_theirs(nlp_model):
    rows = attributions(
        nlp_model,
        '"The repairs will take a month," Mayor Ana Ruiz said. The mayor does not expect any delay. '
        '"We have the crews and the money for it."',
    )
    assert [r[0] for r in rows] == ["Ana Ruiz", "Ana Ruiz"]
    rows = attributions(
        nlp_model,
        '"The repairs will take a month," Mayor Ana Ruiz said. The council voted against the plan. '
        '"We have the crews and the money for it."',
    )
    assert rows[-1][0] is None  # a sentence about somebody else: nobody is credited


def test_a_name_written_with_its_role_and_no_commas_is_the_speaker(nlp_model):
    rows = attributions(
        nlp_model, "Manager of Brisbane's Eagle Farm racecourse Tom Kinton says the track will reopen on Friday."
    )
    assert [r[0] for r in rows] == ["Tom Kinton"]
    rows = attributions(
        nlp_model, "Doctor Paul Okafor deputy director of the Lakeside Institute says the trial can start in June."
    )
    assert [r[0] for r in rows] == ["Paul Okafor"]


def test_what_was_found_or_seen_is_not_a_quote(nlp_model):
    assert attributions(nlp_model, "Neighbours found the dog sleeping on a porch and called its owner.") == []


def test_titles_and_terms_in_quotation_marks_are_nobodys_words(nlp_model):
    rows = attributions(nlp_model, 'Senator Dana Lee said so on CBS\'s "Face the Nation."')
    assert [r[3] for r in rows] == []
    rows = attributions(nlp_model, 'Ortiz served as the "acting mayor" for a year while Hale was ill.')
    assert rows == []
    rows = attributions(
        nlp_model, 'While Mayor Tom Hale doesn\'t "see the point" of a second vote, he will not block it.'
    )
    assert [(r[0], r[3]) for r in rows] == [("Tom Hale", "see the point")]


def test_the_title_set_beside_a_name_is_that_person(nlp_model):
    rows = attributions(
        nlp_model,
        "Voters backed the Chief Justice, Dr Helen Marsh. Critics accused Dr Marsh of delays. "
        "In a statement, the Chief Justice said the claims were false, but Mr Doyle says he is worried.",
    )
    assert ("Helen Marsh", "the claims were false") in [(r[0], r[3]) for r in rows]


def test_he_who_spoke_in_the_sentence_before_speaks_on(nlp_model):
    rows = attributions(
        nlp_model,
        "The man who calls himself Omar Faris told reporters he worked for years at Karim Haddad's plants. "
        "He says he can name the sites. "
        '"They moved everything to the north," he said.',
    )
    assert [r[0] for r in rows] == ["Omar Faris", "Omar Faris", "Omar Faris"]


def test_a_speaker_joined_to_a_name_is_the_name(nlp_model):
    rows = attributions(nlp_model, "Both the union and Acme say there will be no strike before Christmas.")
    assert [r[0] for r in rows] == ["Acme"]


def test_a_cue_after_by_belongs_to_the_subject_of_the_verb_it_explains(nlp_model):
    rows = attributions(nlp_model, "Senator Dana Lee opened the debate by warning that the budget was out of reach.")
    assert [(r[0], r[3]) for r in rows] == [("Dana Lee", "the budget was out of reach")]


def test_a_role_written_before_is_not_the_next_person_named(nlp_model):
    rows = attributions(
        nlp_model,
        "Anti-abuse groups are calling on Australia's Governor-General to resign or explain to a Senate inquiry how "
        "he handled claims of abuse at a Queensland school. Dr Peter Wallingford says he could no longer stand by and "
        "allow unfounded claims to go unanswered. He says at the time, legal duties weighed on his decision. The "
        "Governor-General says he relied on advice from church officials at the time. Hetty Marsh from the People's "
        "Alliance says the version of events is hard to believe.",
    )
    speakers = {r[3]: r[0] for r in rows}
    assert speakers["he relied on advice from church officials at the time"] == "Peter Wallingford"


def test_a_quote_left_open_where_paragraphs_were_joined_is_the_next_quotes_speaker(nlp_model):
    rows = attributions(
        nlp_model,
        'Mayor Ana Ruiz is not worried about the vote. "We have done the work and the numbers are there. '
        '"The council knows what is at stake for the town," she said.',
    )
    assert [(r[0], r[3][:11]) for r in rows] == [("Ana Ruiz", "We have don"), ("Ana Ruiz", "The council")]


def test_the_person_closing_an_organisations_role_is_the_speaker(nlp_model):
    rows = attributions(nlp_model, "Parents Against Phone Addiction president Jane Moss says the ban will help.")
    assert [r[0] for r in rows] == ["Jane Moss"]
    rows = attributions(nlp_model, "Lawyers for union president John Smith say the strike will go ahead.")
    assert [r[0] for r in rows] == ["Lawyers"]
    rows = attributions(nlp_model, "Critics of party leader John Smith say the strike will go ahead.")
    assert [r[0] for r in rows] == ["Critics"]


def test_a_document_introduced_first_speaks_for_the_author_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        "A new study suggests that city parks cool the streets around them. The study released by the Lakeside Climate "
        "Institute says shade matters more than grass.",
    )
    assert [r[0] for r in rows] == ["Lakeside Climate Institute", "Lakeside Climate Institute"]


def test_a_specific_indefinite_description_is_the_speaker_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        "A leading Dublin cardiologist says heart disease is rising among young adults. Professor Niamh Byrne, who "
        "heads the unit at St James's Hospital, says diet is mostly to blame.",
    )
    assert [r[0] for r in rows] == ["Niamh Byrne", "Niamh Byrne"]
    rows = attributions(
        nlp_model,
        "A senior army official said the talks had stalled. Colonel Omar Haidari said the convoy left at dawn.",
    )
    assert [r[0] for r in rows] == ["A senior army official", "Omar Haidari"]


def test_a_stance_expressed_and_a_claim_about_oneself_are_attributions(nlp_model):
    rows = attributions(nlp_model, "Army commanders expressed confidence the bridge would be retaken by Friday.")
    assert [(r[0], r[3]) for r in rows] == [("Army commanders", "the bridge would be retaken by Friday")]
    assert attributions(nlp_model, "The mayor expressed concern about the delays.") == []
    rows = attributions(nlp_model, "Rebel forces claimed to have captured the northern half of the city.")
    assert [(r[0], r[3]) for r in rows] == [("Rebel forces", "to have captured the northern half of the city")]
    assert attributions(nlp_model, "The new figures confirm the belief that the economy is slowing.") == []


def test_who_was_made_to_speak_is_the_speaker_not_who_only_asked(nlp_model):
    rows = attributions(nlp_model, "The defeat led Senator Ruth Alder to concede that the party had lost touch.")
    assert [(r[0], r[3]) for r in rows] == [("Ruth Alder", "the party had lost touch")]
    rows = attributions(nlp_model, "The committee asked Ruth Alder to confirm that she had signed the order.")
    assert [r[0] for r in rows] == ["The committee"]


def test_a_headline_sums_up_and_is_nobodys_statement(nlp_model):
    body = "The mayor said the harbour would reopen next month after repairs."
    for headline in ("Mayor says harbour to reopen\n", "Harbour to reopen, mayor says.\nPORTSMOUTH 2025-03-02\n"):
        rows = attributions(nlp_model, headline + body)
        assert [r[3] for r in rows] == ["the harbour would reopen next month after repairs"]
    # a first line that is a sentence of the story, with no dateline after it, is read as one
    rows = attributions(nlp_model, "The mayor said the harbour would reopen.\nRepairs began in May.")
    assert [r[3] for r in rows] == ["the harbour would reopen"]


def test_the_newspaper_is_the_outlet_that_spoke_not_the_company_in_its_story(nlp_model):
    rows = attributions(
        nlp_model,
        "Halvorsen Shipping will order six new vessels, the Aftenposten daily said on Monday. "
        "The order is worth about $400 million, the newspaper said. Halvorsen Shipping declined to comment.",
    )
    assert [r[0] for r in rows] == ["the Aftenposten daily", "Aftenposten"]
    rows = attributions(
        nlp_model,
        "Mirela Constantin plans to sell her stake in Banca Nord, Ziarul Financiar reported. "
        "The sale could close by March, the paper said.",
    )
    assert [r[0] for r in rows] == ["Ziarul Financiar", "Ziarul Financiar"]


def test_the_magazine_is_the_outlet_named_beside_its_kind_that_spoke_in_a_relative_clause(nlp_model):
    rows = attributions(
        nlp_model,
        "The ministry confirmed a report in the news weekly Der Spiegel, which said the envoy had been recalled. "
        "The envoy was told to leave within two days, the magazine said.",
    )
    assert ("Der Spiegel", "The envoy was told to leave within two days") in [(r[0], r[3]) for r in rows]


def test_a_group_a_lead_describes_is_the_one_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        "Government troops shelled two villages overnight, a Sudanese rebel group said on Sunday. "
        '"The shelling began at midnight," Amira Osman of the Sudan Liberation Front told AFP.',
    )
    assert [r[0] for r in rows] == ["Sudan Liberation Front", "Amira Osman"]


def test_a_spokesman_named_beside_the_same_noun_next_is_the_speaker(nlp_model):
    rows = attributions(
        nlp_model,
        "A spokeswoman for the port authority said the cranes would be repaired by Friday. "
        "The spokeswoman, Ines Duarte, said two ships had been diverted to Sines.",
    )
    assert [r[0] for r in rows] == ["Ines Duarte", "Ines Duarte"]


def test_a_title_held_by_two_people_is_the_one_mentioned_last(nlp_model):
    rows = attributions(
        nlp_model,
        "The airline's chief executive, Paula Grant, defended the fares. Tom Reyes, chief executive of a consumer "
        'group, called them unfair. Grant met unions on Friday. "We have listened," the chief executive said.',
    )
    assert rows[-1][0] == "Paula Grant"


def test_a_person_named_in_the_quote_is_not_the_she_who_says_it(nlp_model):
    rows = attributions(
        nlp_model,
        '"We will not sign," said Rosa Klein, who leads the nurses\' union. "The offer is final," Mona Patel, the '
        'hospital director, said. The union leader replied on Tuesday. "Ms Patel knows where to find us," she said.',
    )
    assert rows[-1][0] == "Rosa Klein"


def test_a_description_by_trade_is_the_person_just_named(nlp_model):
    rows = attributions(
        nlp_model,
        "Councilwoman Dana Ortiz voted against the plan. "
        '"It will push prices up," the former mortgage broker told the council.',
    )
    assert rows[-1][0] == "Dana Ortiz"


@pytest.mark.parametrize("title", ["MLA", "MSP", "MPP"])
def test_a_legislator_named_by_the_initials_of_the_seat_is_the_member_just_named(nlp_model, title):
    rows = attributions(
        nlp_model,
        f"Opposition health critic Priya Raman asked about waiting lists. The Liberal {title} said the new "
        "hospital would open two years late.",
    )
    assert rows == [("Priya Raman", "say", "indirect", "the new hospital would open two years late")]


def test_what_a_speaker_goes_on_to_say_in_the_tense_of_reported_speech_is_theirs(nlp_model):
    rows = attributions(nlp_model, 'The club said it was "shocked" and would appeal against the ban.')
    assert [r[3] for r in rows] == ['it was "shocked" and would appeal against the ban']
    rows = attributions(nlp_model, 'The club said it was "shocked" and walked out of the meeting.')
    assert [r[3] for r in rows] == ['it was "shocked"']  # what the club did, in the writer's words


def test_a_given_name_of_men_in_one_country_and_women_in_another_says_no_gender(nlp_model):
    rows = attributions(
        nlp_model,
        "The central bank's governor, Rosario Ferrante, spoke after the meeting. "
        "She said inflation would fall below 3 percent by June.",
    )
    assert [r[0] for r in rows] == ["Rosario Ferrante"]


def test_she_is_the_woman_the_sentence_before_was_about_though_not_its_subject(nlp_model):
    rows = attributions(
        nlp_model,
        "Judge Mary Holt ruled against the council on Monday. For Ms Okafor, the ruling is only a start. "
        '"We will keep going," she said.',
    )
    assert rows[-1][0] == "Okafor"


def test_a_quote_whose_subject_is_the_writers_is_part_of_the_reported_clause(nlp_model):
    rows = attributions(nlp_model, 'The governor said the peso had "already found a floor" in recent weeks.')
    assert [(r[2], r[3]) for r in rows] == [("indirect", 'the peso had "already found a floor" in recent weeks')]


def test_it_said_carries_on_the_it_that_spoke_before(nlp_model):
    rows = attributions(
        nlp_model,
        "Floods killed 12 people in northern Turkey, the Anadolu news agency said. "
        "Rescuers were searching for four missing villagers near Rize, it said. "
        "Roads to Trabzon were closed by landslides, it said.",
    )
    assert [r[0] for r in rows] == ["the Anadolu news agency"] * 3


def test_a_person_described_by_role_in_the_lead_is_the_speaker_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        "The head of a UN monitoring team defended its work on Monday and insisted it had done everything it could. "
        "Ingrid Solheim, a Norwegian diplomat, told reporters the mission would go on.",
    )
    assert [(r[0], r[3]) for r in rows] == [
        ("Ingrid Solheim", "it had done everything it could"),
        ("Ingrid Solheim", "the mission would go on"),
    ]


def test_a_name_given_someone_is_not_their_words(nlp_model):
    assert attributions(nlp_model, 'Mandela, dubbed the "Father of the Nation", never sought the title.') == []
    rows = attributions(nlp_model, 'Critics called the plan "a disaster waiting to happen."')
    assert [(r[0], r[3]) for r in rows] == [("Critics", "a disaster waiting to happen.")]


def test_what_someone_found_a_place_to_be_is_no_statement(nlp_model):
    assert attributions(nlp_model, "A Reuters reporter who entered the village on Saturday found it tranquil.") == []
    rows = attributions(nlp_model, "The reporter said the village was tranquil on Saturday.")
    assert [r[3] for r in rows] == ["the village was tranquil on Saturday"]


def test_a_newspaper_introduced_by_its_kind_is_the_one_named_next(nlp_model):
    rows = attributions(
        nlp_model,
        "A Scottish newspaper said the minister had been warned about the ferry contract in 2019. "
        "The Sunday Herald quoted a former official as saying the warnings were ignored.",
    )
    assert [r[0] for r in rows][:1] == ["Sunday Herald"]


def test_what_an_autopsy_or_an_inspection_showed_is_reported(nlp_model):
    rows = attributions(nlp_model, "An autopsy showed the man had been strangled.")
    assert [(r[0], r[3]) for r in rows] == [("An autopsy", "the man had been strangled")]
    rows = attributions(nlp_model, "An inspection showed the water was contaminated with lead.")
    assert [r[3] for r in rows] == ["the water was contaminated with lead"]


def test_a_description_keeps_naming_whom_it_named(read):
    text = (
        "The district's superintendent, who proposed the cuts in March, said the vote was painful. "
        '"We are funded for the students we have," Dr. Alma Reyes told the board.\n\n'
        "Board member Joanne Reyes, who is not related to the superintendent, voted against the plan. "
        "She said the district had wasted money on consultants.\n\n"
        "Parents protested outside the meeting. Several carried signs.\n\n"
        "Two schools will close in June, the superintendent said."
    )
    assert shown(read, text)[-1][0] == "Alma Reyes"  # far from any name: the superintendent named at the start


def test_someones_lawyer_is_not_them_but_the_lawyer_named_next(read):
    unnamed = "Okafor was charged in May. Okafor's lawyer said the charge would be contested."
    assert shown(read, unnamed)[0][0] == "Okafor's lawyer"  # the warehouse had linked the quote to Okafor
    named = (
        "Okafor was charged in May. Okafor's lawyer said the charge would be contested. "
        "Dana Whitlow, a criminal lawyer who has represented footballers before, said the evidence was thin."
    )
    assert [row[0] for row in shown(read, named)] == ["Dana Whitlow", "Dana Whitlow"]


def test_the_one_asked_answers(read):
    text = '"Will your sponsors stay?" a Dutch journalist asked Claes.\n\n"You would have to ask them," he said.'
    assert [row[0] for row in shown(read, text)] == ["a Dutch journalist", "Claes"]  # not "Dutch", the adjective


def test_a_review_speaks_for_whoever_led_it_and_it_carries_it_on(read):
    text = (
        "The review, led by the retired judge Helen Osei, examined 900 complaints. "
        "It concluded that the police had failed victims.\n\n"
        "The force apologised on Thursday. Its chief constable, Mark Dyer, said he had not yet read the review.\n\n"
        "Families of victims met on Friday. The review found that complaints had been lost."
    )
    found = [(row[0], row[3]) for row in shown(read, text)]
    assert found[0] == ("Helen Osei", "the police had failed victims")
    assert found[-1] == ("Helen Osei", "complaints had been lost")


def test_a_company_letter_and_the_company_are_the_company_not_the_paper_or_the_trial(read):
    text = (
        "Varden Biotech, an Oslo drug company, paused its heart trial on Monday. "
        "The trial, known as STEP-2, enrolled 900 patients in six countries.\n\n"
        "Two patients died in Poland, according to a letter the company sent to hospitals. "
        "The letter, seen by Newsflow, said both had taken the highest dose.\n\n"
        "The business newspaper Dagsposten quoted Ms Berg as saying the firm had cash until 2027.\n\n"
        "Hospitals were told of the pause on Friday, the company said."
    )
    found = {words: speaker for speaker, _, _, words in shown(read, text)}
    assert found["Two patients died in Poland"] == "Varden Biotech"  # the letter's sender
    assert found["both had taken the highest dose"] == "Varden Biotech"  # not the paper that saw the letter
    assert found["Hospitals were told of the pause on Friday"] == "Varden Biotech"  # not the newspaper named last


def test_the_company_is_the_one_that_spoke_last(read):
    text = (
        "Teldar Motors, a Swedish car company, recalled 80,000 cars on Friday. The battery cells were made by the "
        "supplier Norvik Cells in Poland. Norvik said in a statement that it was working closely with Teldar. "
        "The company said it had not received complaints from other customers."
    )
    assert shown(read, text)[-1][0] in ("Norvik", "Norvik Cells")  # not Teldar, introduced as a company before


def test_a_surname_that_is_also_a_mans_name_keeps_the_gender_of_its_full_name(read):
    text = (
        "Her coach, Inés Romero, watched from the stands. Tereza Malá, 19, said she had been nervous.\n\n"
        'Romero said the team would rest on Tuesday. "We have waited 14 months," she said.'
    )
    assert shown(read, text)[-1][0] == "Inés Romero"  # "Romero" alone is a man's given name


def test_a_description_that_introduces_someone_new_is_not_the_last_person_named(read):
    text = (
        "Tereza Malá said she had been nervous. The tournament director, a former player who has run the event "
        "since 2019, said ticket sales had doubled."
    )
    assert shown(read, text)[-1][0] == "The tournament director"


def test_a_lead_names_the_organisation_it_describes_in_the_next_sentence(read):
    text = (
        "A hospital trust kept 4,000 patients on a hidden waiting list, the health service watchdog said on Tuesday."
        "\n\nA report by the Care Quality Commission found that managers had moved patients off the official list."
    )
    assert shown(read, text)[0][0] == "Care Quality Commission"


@pytest.mark.parametrize(
    "second, company",
    [
        (
            "The fire started in a dryer at about 2 a.m., according to the operator, Brennock Textiles.",
            "Brennock Textiles",
        ),
        ("An email sent to staff by Harwell Mills said all 300 workers would be paid.", "Harwell Mills"),
    ],
)
def test_the_company_a_lead_describes_by_what_it_runs_is_named_after_it(read, second, company):
    text = (
        "A fire destroyed a textile plant near Bradford on Monday, the company that runs the plant said.\n\n" + second
    )
    assert shown(read, text)[0][0] == company


def test_a_name_with_a_relative_clause_before_a_cue_the_parser_left_without_subject_speaks(read):
    text = (
        "Amina Rahman, whose eight-year-old son Idris was among the first patients, said she had been "
        '"too frightened" to take him to the clinic.'
    )
    assert shown(read, text) == [
        ("Amina Rahman", "say", "indirect", 'she had been "too frightened" to take him to the clinic')
    ]


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        (  # "An avalanche swept" read as a noun and a participle, a first subject of "said"
            "A landslide swept over a road above the village of Evolène in southern Switzerland on Tuesday, trapping "
            "three cars and injuring two drivers, the Valais Cantonal Police said.",
            "Valais Cantonal Police",
            "A landslide swept over a road",
        ),
        (  # "said" joined to the clause before it as a second verb
            "Pharmacies across Scotland have started rationing a widely used asthma inhaler after its only British "
            "supplier stopped production at its plant in Dundee, the Medicines and Healthcare products Regulatory "
            "Agency (MHRA) said on Monday.\n\nThe supplier, Keld Pharma, said a fault had halted the line.",
            "Medicines and Healthcare products Regulatory Agency",  # "MHRA" spells it over "and" and "products"
            "Pharmacies across Scotland have started rationing",
        ),
        (
            "Bus fares to rise in Cork\n\nCORK, Ireland, Nov. 4 — Bus fares in Cork will rise by a tenth from January, "
            "the National Transport Authority said on Monday.",
            "National Transport Authority",
            "Bus fares in Cork will rise",  # the dateline with its date is no part of what was said
        ),
        (  # "said" joined to the second of two joined clauses, the clause of "after" hung on it
            "Anyone caught dropping chewing gum on Kotor’s newly paved Stari Grad street will be fined 50 euros from "
            "June, and kiosks that sell gum there must put a gum bin by their counters, after cleaners spent three "
            "weeks scraping 40,000 pieces off the new stone, the town’s municipal authority said on Saturday.",
            "the town’s municipal authority",
            "Anyone caught dropping chewing gum",
        ),
    ],
)
def test_a_trailing_cue_reports_the_clause_before_it_however_the_parser_read_it(read, text, speaker, start):
    (found, cue, kind, words), *_ = shown(read, text)
    assert (found, cue, kind) == (speaker, "say", "indirect")
    assert words.startswith(start)


@pytest.mark.parametrize("cue, lemma", [("continued", "continue"), ("went on", "go on")])
def test_continued_and_went_on_carry_a_split_quote(read, cue, lemma):
    text = f'"We are not giving up on this town," Corrigan {cue}. "We will reopen the line within a month."'
    assert [(speaker, found) for speaker, found, _, _ in shown(read, text)] == [("Corrigan", lemma)] * 2


def test_a_quote_whose_source_the_next_sentence_names_with_a_nordic_given_name(read):
    text = (
        '"Wait a year and the same councillors will want the buses back." The forecast came from Per Lindgren, '
        "who studies transport at Lund University."
    )
    assert shown(read, text)[0][0] == "Per Lindgren"


def test_the_regulator_is_the_body_named_not_the_union_nor_the_company(read):
    text = (
        "The Unite union, which represents most of the depot's drivers, said staff had complained about the brakes "
        "in May. The union said it had asked the Office of Rail and Road (ORR) to investigate. Brackwater Buses "
        'declined to comment.\n\nThe regulator said it was aware of the crash and was "making enquiries".'
    )
    assert shown(read, text)[-1][0] == "Office of Rail and Road"


def test_the_province_is_the_place_named_before(read):
    text = (
        "Groningen bought 20 electric buses from Velora in 2023. Annelies Bakker, who speaks for the provincial "
        "government, said two had caught fire.\n\nThe province said both fires had been small."
    )
    assert shown(read, text)[-1][0] == "Groningen"


def test_she_after_the_prosecutor_said_is_whom_the_prosecutor_is(read):
    text = (
        "Rebecca Thorne, prosecuting, told the jury that the charity had raised 1.2 million pounds. Lorraine Webb, "
        "58, had treated the account as her own purse, Ms Thorne said. Webb denies fraud.\n\n"
        '"Children collected that money in buckets," the prosecutor said. The payments had been disguised as venue '
        "hire, she said."
    )
    assert shown(read, text)[-1][0] == "Rebecca Thorne"


def test_a_copy_of_a_document_speaks_for_its_author(read):
    text = (
        "Calder Mutual will close its Hull office. The Leeds Echo reported on Monday that an internal audit carried "
        "out by Calder Mutual last year had found irregularities in the office. A leaked copy of the audit, seen by "
        "the newspaper, said claims had been settled far below the estimates."
    )
    assert shown(read, text)[-1][0] == "Calder Mutual"


def test_whom_a_council_advises_to_do_what_includes_where_they_live(read):
    text = "Leeds City Council advised residents within two miles of the fire to keep their doors closed overnight."
    assert shown(read, text) == [
        (
            "Leeds City Council",
            "advise",
            "indirect",
            "residents within two miles of the fire to keep their doors closed overnight",
        )
    ]


def test_she_asked_about_a_report_is_the_one_it_reported_on(read):
    text = (
        "Marta Velasco beat Lena Brandt in three sets. Brandt said she had found the match strange.\n\n"
        "The Spanish sports daily Marca reported on Sunday that Velasco had considered retiring last autumn. "
        'Asked about the report, she said it was "only half true".'
    )
    assert shown(read, text)[-1][0] == "Marta Velasco"


def test_a_report_by_an_agency_is_the_agencys_not_the_paper_that_saw_it(read):
    text = (
        "Peru's mining regulator, the Mining Oversight Agency, suspended work at the Tambo mine on Monday.\n\n"
        "A 2023 audit by the agency, seen by Newsflow, found that ventilation in three shafts had failed. "
        "The audit recommended that the owner replace the fans within a year."
    )
    found = {words: speaker for speaker, _, _, words in shown(read, text)}
    assert found["ventilation in three shafts had failed"] == "Mining Oversight Agency"  # not Newsflow
    assert found["the owner replace the fans within a year"] == "Mining Oversight Agency"


def test_a_description_is_the_organisation_whose_name_it_ends_or_heads(read):
    text = (
        "The Betting Standards Board said it had passed its files to Kentford Police on Monday. "
        "The force said it had opened a criminal investigation.\n\n"
        "Porthaven United FC were fined in March. Their owner, Dale Munro, said the fine was unfair. "
        "Fans later marched to the ground. The club said it would appeal.\n\n"
        "The Ministry of Transport banned the airline's flights in April. Two weeks later the airline cut its fares, "
        "and the ministry said the ban would stay."
    )
    found = {words: speaker for speaker, _, _, words in shown(read, text)}
    assert found["it had opened a criminal investigation"] == "Kentford Police"  # not the board that spoke
    assert found["it would appeal"] == "Porthaven United FC"  # the model found no club
    assert found["the ban would stay"] == "Ministry of Transport"


def test_a_document_under_another_noun_or_written_the_sentence_before_is_its_authors(read):
    text = (
        "The inquiry, carried out by the law firm Pellew Marsh and published on Monday, said the fund had been "
        "misused. The report said three trustees had known for a year.\n\n"
        "The charity's chair, Dame Ruth Calloway, wrote to donors on Tuesday. "
        "The letter said every trustee would stand down."
    )
    found = {words: speaker for speaker, _, _, words in shown(read, text)}
    assert found["three trustees had known for a year"] == "Pellew Marsh"  # the inquiry's author, not "The report"
    assert found["every trustee would stand down"] == "Ruth Calloway"


COURT_LEAD = (
    "LEEDS (Newsflow) - The treasurer of a rugby club took 90,000 pounds from its accounts, a prosecutor said "
    "on Monday.\n\n"
    "Daniel Shore, prosecuting, told the jury the money had paid for a boat. Graham Pell, 61, denies theft.\n\n"
    '"He treated the club as a bank," the prosecutor said.'
)
FERRY_LEAD = (
    "OSLO (Newsflow) - Ferry crews walked out on Monday after the operator said it would cut 200 jobs.\n\n"
    "The operator, Fjordlink Ferries, said in a statement that talks had failed. The strike was called by the "
    "union Sjøfolk, whose leader Maria Holm said crews were angry.\n\n"
    "Its chairman, a former captain who sailed the route for 20 years, said the company had broken a promise. "
    "Olav Brekke said the deal of 2019 protected every job."
)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (  # a role with more than its title is the new speaker named next: not the chief executive, nor the role
            "Sandra Olsen, the trust's chief executive, said operations were cancelled. "
            "No ransom will be paid, its director of digital services said. "
            "Marcus Keane, who joined the trust in 2021, said the backups were intact.",
            "No ransom will be paid",
            "Marcus Keane",
        ),
        # a court lead speaks for the barrister named by what they do; the parser hangs the lead's clause on
        # "said" as an adverbial, and the dateline is no part of what was said
        (COURT_LEAD, "The treasurer of a rugby club took 90,000 pounds from its accounts", "Daniel Shore"),
        (COURT_LEAD, "He treated the club as a bank", "Daniel Shore"),  # not Graham Pell, named last
        # a description in the lead is the one named with it next, not the agency in the dateline
        (FERRY_LEAD, "it would cut 200 jobs", "Fjordlink Ferries"),
        (FERRY_LEAD, "the company had broken a promise", "Olav Brekke"),  # a new person, not Maria Holm
        (  # "it" carries on the department that spoke, not the country named since
            "ROME (Newsflow) - The Civil Protection Department said on Tuesday it would ask for 60 million euros. "
            "Italy tightened its rules that year, after the earthquake killed 309 people.\n\n"
            "The department said its records showed few buildings had been inspected. "
            "Inspections, it said, were left to towns.",
            "Inspections, it said, were left to towns",
            "Civil Protection Department",
        ),
        (  # a report's author is who led the review it comes from, not the body that commissioned it
            "An independent review found that the ward had been short of nurses for a year.\n\n"
            "The report, commissioned by the Northgate Health Board, said two deaths could have been prevented.\n\n"
            "The review was led by Helen Price, a retired surgeon.",
            "two deaths could have been prevented",
            "Helen Price",
        ),
        (  # "the college" that published the letter wrote it
            "The Royal College of Nursing said staff were exhausted. Ward managers had raised the alarm twice. "
            "The letter, which was published by the college on Friday, asked the board to hire 40 nurses.",
            "the board to hire 40 nurses",
            "Royal College of Nursing",
        ),
        (  # "she" is the one the sentence is about, not who spoke while she waited
            "Tom Hale's sister, Ruth Hale, waited outside while Dr Amelia Stone spoke. "
            "Afterwards she told reporters that the family wanted answers.",
            "the family wanted answers",
            "Ruth Hale",
        ),
        (  # the one quoted is the neighbour named beside "one of the neighbours"
            'The Argus quoted one of the neighbours, Peter Quinn, as saying: "We heard a bang and then nothing."',
            "We heard a bang and then nothing.",
            "Peter Quinn",
        ),
        (  # "the group" is the group named last as one, not the company whose name ends in "Group"
            "Pay4Park, a unit of the Carden Group, said the fines were fair. According to figures from the "
            "campaign group Patients First, fines tripled last year. The group said 300 went to disabled drivers.",
            "300 went to disabled drivers",
            "Patients First",
        ),
        (  # the holder of a role "for" something, named beside what the role is for, is the "he" who goes on
            "The landlord's director of property gave evidence. Gareth Sowerby told the court that contractors had "
            'cleaned the walls. "With hindsight, the vents should have been checked," he said.\n\n'
            "The council's cabinet member for housing, Richard Beaumont, said officers had never been told about the "
            "flat. Had they been, he said, they could have ordered repairs. \"We have the powers. What we didn't have "
            'was the phone call," he said.',
            "We have the powers. What we didn't have was the phone call",
            "Richard Beaumont",
        ),
        (  # "one of them", described and named as the next sentence's speaker, is the one named
            "One of the passengers, a 41-year-old teacher, said the bus had swerved twice. "
            "Nadia Osei told reporters that the driver had been on his phone.",
            "the bus had swerved twice",
            "Nadia Osei",
        ),
        (  # the report of an inspection is by who inspected, said in the sentence before
            "The mine is licensed by the Karoo Mining Board, which inspected it in March. "
            "The inspection report, published on Friday, found that two shafts were unsafe.",
            "two shafts were unsafe",
            "Karoo Mining Board",
        ),
        (  # a report by a unit is by the name set beside the unit, never by the nationality in its phrase
            "A report by the Swiss army's rescue unit, the SRU, found that the snow had been unstable.",
            "the snow had been unstable",
            "SRU",
        ),
        (  # "it" carries on the club that is the subject of the sentence before, not the paper named before that
            "Harbour Town FC wants a new stadium, and the city has balked at the cost. The Sacramento Bee first "
            "reported the row last week.\n\nThe club rejected that. In a statement, it said it had already spent "
            "$41 million on the site.",
            "it had already spent $41 million on the site",
            "Harbour Town FC",
        ),
        (  # the name after "its organiser" and a comma, wherever the parser hung it
            "The petition had 5,000 signatures by Friday, according to its organiser, Amy Lowe, a nurse.",
            "The petition had 5,000 signatures by Friday",
            "Amy Lowe",
        ),
        (  # people "from" a named firm speak for it
            "The administrators, from the accountancy firm Dunmore Reid, said all the stores would stay open.",
            "all the stores would stay open",
            "Dunmore Reid",
        ),
        (  # "the firm's chief executive", named in the next sentence, is her when said again
            "The firm's chief executive described the pause as a precaution. \"We do not know yet whether the drug "
            "is to blame,\" Anna Berg told analysts.\n\nShares fell 30 per cent. The firm's chief executive said "
            "the company would hold a meeting for patients on Thursday.",
            "the company would hold a meeting for patients on Thursday",
            "Anna Berg",
        ),
        (  # a business noun is no pilots' union, named in full or by an acronym spelling its name
            "Skylark Air grounded two of its turboprops on Monday after an engine fire. The Irish Air Line Pilots' "
            "Association said the crew had acted well. An IALPA representative said pilots had raised concerns last "
            "year. The airline said all of its other flights were running normally.",
            "all of its other flights were running normally",
            "Skylark Air",
        ),
        (  # the broadcaster told something is no company; the only company the story names is
            "A rocket built by Scottish start-up AstroNord reached space on Thursday but failed to reach orbit. "
            '"We reached space, and that matters," chief executive Mary Kerr told the BBC. "We did not reach orbit." '
            "According to figures released by the company, the rocket climbed to 200 kilometres before its engine "
            "stopped.",
            "the rocket climbed to 200 kilometres before its engine stopped",
            "AstroNord",
        ),
        (  # a notice posted on the regulator's website is the regulator's
            "OTTAWA — Ottawa toy maker Maple Play is recalling 50,000 electric scooters after reports of batteries "
            "catching fire, Health Canada said on Friday.\n\nThe recall covers two models sold at Canadian Tire and "
            "Walmart, according to a notice posted on the regulator's website.",
            "The recall covers two models sold at Canadian Tire and Walmart",
            "Health Canada",
        ),
        (  # "the council" is the council named before, not its "council leader"
            "A cyber attack has shut down most of Wyre Forest District Council's computer systems, the council said "
            'on Friday.\n\n"We have been hit hard," council leader Mary Holt told reporters outside the town hall.'
            "\n\nThe council said it had reported the attack to the police.",
            "it had reported the attack to the police",
            "Wyre Forest District Council",
        ),
        (  # "the group" is the one "calling itself" a name, wherever the parser hung the name
            "A group calling itself Grey Heron listed the council on its dark web leak site on Thursday, according "
            "to Ann Cole, a researcher at the Leeds security firm Kestrel Labs. The group's post said it had taken "
            "300 gigabytes of files and would publish them within a week unless it was paid.",
            "it had taken 300 gigabytes of files and would publish them within a week unless it was paid",
            "Grey Heron",
        ),
        (  # a colon signature with a long description
            "Tenants say repairs have stalled since the attack.\n\nSiobhan Keane, 41, a tenant in Portishead who has "
            'been waiting since January for a new boiler in her flat: "I rang twice and nobody could see my case. '
            "I've been cold since January.\"",
            "I rang twice and nobody could see my case. I've been cold since January.",
            "Siobhan Keane",
        ),
        (  # "it" is the statement she released, which she wrote "in"
            "The trawler's skipper, Callum Ferris, was lost on Monday. His wife, Morag, was at the harbour on "
            "Wednesday. She did not speak to reporters. In a statement released through the fishermen's federation, "
            'she thanked the lifeboat crew and asked for privacy. "Callum was the best husband anyone could ask for," '
            "it said.",
            "Callum was the best husband anyone could ask for",
            "Morag",
        ),
        (  # "Brig." is one word: the sentence goes on to the speaker
            '"We came in good faith," Brig. Gen. Omar Hassan, the army\'s spokesman, told Reuters.',
            "We came in good faith",
            "Omar Hassan",
        ),
    ],
)
def test_the_speaker_of_these_words(read, text, words, speaker):
    found = {said: who for who, _, _, said in shown(read, text)}
    assert found[words] == speaker


def test_a_person_described_by_age_and_town_is_the_one_just_named_not_the_town(read):
    text = (
        "The ruling is a blow to Aoife Brennan, who won the race in record time. "
        "The 31-year-old from Youghal said she had heard the news from a reporter.\n\n"
        '"I ran every step they gave me," she said.'
    )
    assert [row[0] for row in shown(read, text)] == ["Aoife Brennan", "Aoife Brennan"]


@pytest.mark.parametrize(
    "text, position, speaker",
    [
        (  # "him" is never the subject of its own verb
            "Owen Rhys, a former flanker, sued the league in May. Rhys first spoke about his illness in 2021, "
            'when The Times quoted him as saying he had "lost the man I was".',
            0,
            "Owen Rhys",
        ),
        (  # a colon signature is the name heading it, not the place in its description
            "Residents packed the meeting on Monday.\n\n"
            'Martha Quill, a parish councillor in Evesham: "Our residents pay the bills. Our residents swim in the '
            'river."',
            0,
            "Martha Quill",
        ),
        (  # "he" is the honorific and surname the model left untagged, not Tom Varley, who spoke before
            "Tom Varley, 18, gave evidence on Tuesday. The coroner asked Tom whether anyone had warned the group. "
            "Tom said no one had.\n\n"
            "Mr Hollis, speaking outside court, said the family wanted an answer. "
            '"We have had a statement from a lawyer," he said.',
            -1,
            "Hollis",
        ),
        (  # the parser hangs the spokeswoman on "the presentation", under "Asked"; her words end two sentences back
            "Sinead Walsh, a senior engineer, said 41 of the 300 staff had signed the petition.\n\n"
            "Ms Walsh, 34, said she had not been told whether her job would go.\n\n"
            "Asked about the presentation, a Lumeno spokeswoman, Aoife Grady, said it confirmed what the chief "
            'executive had told staff. "The numbers were on paper in July. The union request came in September," '
            "she said.",
            -1,
            "Aoife Grady",
        ),
        (  # "the agency" is the agency that just spoke, not a newspaper quoted before ("agency" may be a news agency)
            "The Northern Ireland Environment Agency (NIEA) said toxins had been found at 11 sites.\n\n"
            "The Belfast Telegraph reported that anglers had seen dead fish.\n\n"
            "The NIEA said it would publish results every week. "
            "The agency said people who felt unwell should see a doctor.",
            -1,
            "Northern Ireland Environment Agency",
        ),
        (  # "the federation" paragraphs on, after a company and a club spoke: the body it stood for when it first spoke
            "Swimming Canada said on Monday that the pool in Halifax was two metres short. The federation said the "
            "national records would not stand.\n\nThe meet was run by Harbour Events, a Halifax company, with help "
            "from the Dartmouth Dolphins club. Harbour Events said it had used the pool's own plans. Its director, "
            "Jean Pratt, said she was sorry.\n\nThe federation said the results would be listed as run in a short "
            "pool.",
            -1,
            "Swimming Canada",
        ),
        (  # "that report" is the report by the board, named before
            "The Marine Accident Investigation Branch said on Friday it had opened an inquiry. A report by the "
            "branch on a similar collision in 2021 found that the crew had not been trained. That report recommended "
            "that operators hold regular drills.",
            -1,
            "Marine Accident Investigation Branch",
        ),
        (  # the letter of whoever wrote in the sentence before: "the charity", which "Harbour Aid, a charity" was
            "Harbour Aid, a charity that supports about 300 fishing families, said the quota cut would ruin them.\n\n"
            "Its chief executive, Ann Cole, said the charity's members had voted to protest. Cole said the charity "
            "had written to the fisheries minister asking him to intervene. The letter urged ministers to delay the "
            "cut.",
            -1,
            "Harbour Aid",
        ),
        (  # "it" carries on an institution named by its place, not the town named before
            "A barge sank on the Danube near Krems on Sunday.\n\nNo one was hurt, the Lower Austria river police "
            "said. Two crew members swam ashore, it said.",
            -1,
            "the Lower Austria river police",
        ),
        (  # "Lowe" of "Karen Lowe" is no man's given name; the "She" inside the quote does not carry on Whitlock
            "Sarah Whitlock, the trust's chief executive, said the unit would close.\n\nKaren Lowe, who runs the "
            "campaign, said it would fight. Whitlock said the trust would defend its decision.\n\nLowe was unmoved. "
            '"She can call it what she likes," she said.',
            -1,
            "Karen Lowe",
        ),
        (  # the description of the lead is the one named with it as a title next
            "A shopkeeper kept a winning ticket worth $2 million, a prosecutor told a jury on Monday.\n\n"
            "Opening the case, Crown prosecutor Ellen Marsh told the court that the man had lied to its owner.",
            0,
            "Ellen Marsh",
        ),
        (  # ... or the one "the woman" names next
            "The account was disputed by a former warehouse supervisor, who said managers had known for a year. "
            "The woman, Paula Reeve, left the firm in May.",
            0,
            "Paula Reeve",
        ),
        (  # the spokeswoman is the woman who speaks next, named there with nothing beside her name ...
            "Corran Bank declined to comment. A spokeswoman for the bank later said the closures were the company's "
            'idea. Harriet Sowden said the bank had "stood by the company".',
            0,
            "Harriet Sowden",
        ),
        (  # ... and no man
            "Corran Bank declined to comment. A spokeswoman for the bank later said the closures were the company's "
            'idea. Harold Sowden said the bank had "stood by the company".',
            0,
            "A spokeswoman",
        ),
        (  # no "FC" in the name: "United" is a club's word
            "Ashford United sacked their manager on Sunday. Local police said a fan had been arrested. "
            "The club said a new manager would be named within a week.",
            -1,
            "Ashford United",
        ),
        (  # the company just named, which the model took for a person; then the association by its name's end
            "Northgate Homes owns 9,000 homes in Leeds. Most of Northgate's repairs are carried out by Harwood "
            "Maintenance, a contractor. The company said every job had been done. The association said it would end "
            "the deal.",
            -2,
            "Harwood Maintenance",
        ),
        (
            "Northgate Homes owns 9,000 homes in Leeds. Most of Northgate's repairs are carried out by Harwood "
            "Maintenance, a contractor. The company said every job had been done. The association said it would end "
            "the deal.",
            -1,
            "Northgate Homes",
        ),
        (  # a body described by its work is the organisation that spoke before
            "Sport Wales, which funds the club, said it had asked for an explanation. The funding body said it "
            "expected every club to protect its players.",
            -1,
            "Sport Wales",
        ),
        (  # a local authority is its council
            "Farrow Mountain Rescue asked Westmoor Council for help. The authority said it had offered a grant.",
            -1,
            "Westmoor Council",
        ),
        (  # a relative clause says more than the role: the new person named next as a speaker
            "An engineer who has examined a dozen bridge failures said the bolts had sheared. Ruth Keller, of the "
            "consultancy Baugutachten, said the steel itself was sound.",
            0,
            "Ruth Keller",
        ),
        (  # a woman is no Tom, however the next speaker is introduced
            "A local woman said the noise was constant. Police Chief Tom Reyes said officers would patrol the area.",
            0,
            "A local woman",
        ),
        (  # the person set off after the council's role noun, which the parser hung on the council's name
            "The City of Leeds Council's executive member for transport, Ruth Hanley, said the council would "
            "reopen the bridge.",
            0,
            "Ruth Hanley",
        ),
        (  # a Vietnamese name opens with the family name: "Le" is no woman's given name here
            "Philippine envoy Ramon Cruz said the talks had gone well. Vietnam's negotiator, Le Van Minh, was less "
            'upbeat. "The seizure was unlawful," he said.',
            -1,
            "Le Van Minh",
        ),
    ],
)
def test_the_speaker_a_pronoun_description_or_signature_stands_for(read, text, position, speaker):
    assert shown(read, text)[position][0] == speaker


@pytest.mark.parametrize(
    ("text", "words", "author"),
    [
        (  # the letter is written "in" through the object of the verb; "on Friday" names no author
            "Karen Doyle, who has led the trust since 2018, announced her resignation in a letter to staff on Friday. "
            "The letter said she had lost the board's confidence.",
            "she had lost the board's confidence",
            "Karen Doyle",
        ),
        (  # "In a letter ..., sent on Friday," hangs on "sent", which has no subject of its own
            "The Carrow Pension Scheme has a deficit of 90 million pounds. In a letter to members, sent on Friday, "
            "the scheme said no buyer had been found. For most, the letter said, the cut would be 10 percent.",
            "the cut would be 10 percent",
            "Carrow Pension Scheme",
        ),
        (  # the owner of an earlier mention of the document, a description of the organisation
            "The Greyhound Welfare Board (GWB) found that the trainer had doped a dog. The board's written ruling, "
            "published on Thursday, said the tests were sound. The ruling rejected his appeal. According to the "
            "ruling, a vet had sold him the drug.",
            "a vet had sold him the drug",
            "Greyhound Welfare Board",
        ),
        (  # the author set off by commas after the report, named after the lead's report spoke
            "Staff shortages left residents without care at night, an inspection report published on Monday found."
            "\n\nThe report, by the Care Quality Commission, rated the home inadequate. It said the owners had "
            "been warned twice.",
            "Staff shortages left residents without care at night",
            "Care Quality Commission",
        ),
        (  # the only organisation named before "its" in the sentence; the model missed the name
            "Complaints about noise made up a third of the cases the Parking Ombudsman handled last year, according "
            "to its annual report.",
            "Complaints about noise made up a third of the cases the Parking Ombudsman handled last year",
            "Parking Ombudsman",
        ),
        (  # guidelines speak for who published them
            "Races should stop when it is too hot, according to guidelines published by World Athletics.",
            "Races should stop when it is too hot",
            "World Athletics",
        ),
        (  # the group that is the subject of the sentence before, not the firm that was the last subject named
            "Northgate Homes had 900 open cases of damp. Lena Ortiz chairs the residents' group Riverside Tenants "
            "Voice. The group wrote to the council in May. Its letter, signed by 200 tenants, said repairs had "
            "stalled.",
            "repairs had stalled",
            "Riverside Tenants Voice",
        ),
        (  # "it" inside the report's own phrase is the trust before it, not the report (which looped for ever)
            "The Wyvern Hospice Trust says its funding has fallen. A report it published in May found that one "
            "hospice in four had cut beds.",
            "one hospice in four had cut beds",
            "Wyvern Hospice Trust",
        ),
        (  # a report with no author is by the one body its sentence says judged
            "A care home in Hull has been rated inadequate by the Care Quality Commission after inspectors found "
            "residents without water, according to a report published on Tuesday.",
            "A care home in Hull has been rated inadequate by the Care Quality Commission after inspectors found "
            "residents without water",
            "Care Quality Commission",
        ),
        (  # the report is the findings the commission spoke in
            "The Gambling Commission said in its interim findings that fees had doubled since 2019. Most players "
            "did not know the rules, the report found.",
            "Most players did not know the rules",
            "Gambling Commission",
        ),
        (  # her letter is hers, though the council released it
            "Kirklees Council moved both children. Its director of children's services, Dawn Pellow, said she had "
            "written to the provider. Her letter, which was released by the council on Thursday, said the council "
            "would place no more children there.",
            "the council would place no more children there",
            "Dawn Pellow",
        ),
        (  # "it" is the source "according to" named in the sentence before, not the board that spoke earlier
            "The Severn Health Board said it had raised its grant. Hospices get a third of their income from the "
            "state, according to Hospice Wales, the national charity. A report it published in May found that one "
            "hospice in four had cut beds.",
            "one hospice in four had cut beds",
            "Hospice Wales",
        ),
    ],
)
def test_a_document_is_by_who_wrote_published_or_owns_it(read, text, words, author):
    assert {said: who for who, _, _, said in shown(read, text)}[words] == author


def test_an_unnamed_role_is_who_the_next_sentence_naming_anyone_names(read):
    # "the museum's director said ... "Today we are breaking the habit." Dr Helen Marsh, who has led the museum
    # since 2017, said ...": past a sentence that only goes on quoting; not the museum named before
    text = (BENCH / "gold" / "quotes_dev17" / "feature_9.txt").read_text(encoding="utf-8")
    found = {said: who for who, _, _, said in shown(read, text)}
    assert found["These objects were taken by force, and they have been kept here by habit"] == "Helen Marsh"


def test_a_that_clause_after_an_adverbial_the_parser_made_an_object(nlp_model):
    # "outside court" parsed as the object of "said", "that" as another object: the clause is still what was said
    assert attributions(
        nlp_model,
        "His barrister, Ruth Amadi, asked for a lighter sentence. Amadi said outside court that her client "
        "would appeal.",
    )[-1] == ("Amadi", "say", "indirect", "her client would appeal")
    # "that" parsed as the object of a verb with an object of its own: no relative clause on "call"
    assert attributions(
        nlp_model,
        "The finance director, Omar Haddad, told investors on a call that Brightwell had agreed to sell three of "
        "its depots to a rival.",
    ) == [("Omar Haddad", "tell", "indirect", "Brightwell had agreed to sell three of its depots to a rival")]


def test_the_dateline_the_parser_hangs_a_sentence_on_neither_speaks_nor_writes(nlp_model):
    hamburg = (
        "HAMBURG, Germany (Reuters) - Germany's Federal Cartel Office on Monday blocked shipping group Reederei "
        "Haller's planned takeover of regional rival Nordfracht, saying the deal would raise freight rates."
    )
    assert attributions(nlp_model, hamburg) == [
        ("Federal Cartel Office", "say", "indirect", "the deal would raise freight rates")
    ]
    madrid = (  # the regulator's phrase is garbled by the parse: no speaker rather than the city
        "MADRID, Spain (Reuters) - Spain's markets regulator on Friday blocked builder Grupo Ortiz's planned "
        "purchase of rival Hormisa, saying the deal would hurt buyers in the south."
    )
    assert [r[0] for r in attributions(nlp_model, madrid)] == []
    recall = (
        "Scooters recalled\n\nDENVER, Colo. — Summit Cycles is recalling about 30,000 e-bike batteries sold in the "
        "United States after at least 12 reports of fires, the agency said Thursday.\n\n"
        "The packs can overheat while charging, according to the recall notice."
    )
    assert attributions(nlp_model, recall)[-1] == (
        "Summit Cycles",
        "according to",
        "indirect",
        "The packs can overheat while charging",
    )


def test_a_place_in_a_relative_clause_of_a_document_did_not_write_it(nlp_model):
    rows = attributions(
        nlp_model,
        "Flood warning came too late\n\nA review of a flood that swept through 200 homes near Carlisle, Cumbria, "
        "has found that sirens sounded an hour after the river burst its banks.",
    )
    assert [(r[0].split()[:2], r[1]) for r in rows] == [(["A", "review"], "find")]


def test_a_partial_quote_belongs_to_its_cues_subject_not_to_a_name_of_another_clause(nlp_model):
    assert attributions(
        nlp_model, 'Ridgeway Homes won the contract on Monday, but residents called the plan "a disgrace."'
    ) == [("residents", "call", "partial", "a disgrace.")]
    assert attributions(
        nlp_model, 'Mayor Tom Hale backed the scheme, while opposition councillors called it "reckless."'
    ) == [("opposition councillors", "call", "partial", "reckless.")]


def test_a_role_described_in_the_lede_is_the_person_later_named_with_that_title(nlp_model):
    lede = (
        "Lender's founder jailed\n\nCHICAGO - A federal judge in Chicago on Thursday sentenced the founder of "
        "crypto-lending startup Ferrow Pay to seven years in prison for lying to investors about the company's "
        'loans, calling the scheme "greedy, careful and entirely deliberate."'
    )
    later = (
        "\n\nOwen Marsh, 41, pleaded guilty in April. Prosecutors said he had hidden $60 million of losses.\n\n"
        '"You chose this path every single day," U.S. District Judge Helen Ruiz told Marsh.'
    )
    assert attributions(nlp_model, lede + later)[0][:2] == ("Helen Ruiz", "call")
    # with no one named later, the description, and no part of the dateline the parser put in its phrase
    unnamed = attributions(
        nlp_model,
        "Founder jailed\n\nNEW YORK - A federal judge in Brooklyn on Monday sentenced the founder of payroll-software "
        "startup Kellan Pay to eight years in prison for lying to lenders about the company's revenue, calling the "
        'scheme "brazen and deliberate."',
    )
    assert [r[0] for r in unnamed] == ["A federal judge"]


def test_a_long_description_before_a_colon_and_a_spaced_hyphen_sign_a_quote(nlp_model):
    text = (
        "The club confirmed the decision on Monday.\n\n"
        'Tomas Berglund, who coached the under-21 side alongside Novak for three seasons: "He never missed a session. '
        'Nobody worked harder."\n\n'
        '"We will miss him at this ground every single week." - Ruth Callan, 68, a season-ticket holder since 1979'
    )
    speakers = [speaker for speaker, _, kind, _ in attributions(nlp_model, text) if kind == "direct"]
    assert speakers == ["Tomas Berglund", "Ruth Callan"]


def test_a_description_before_the_speakers_name_after_the_quote_keeps_the_cue(nlp_model):
    text = (
        "A petition signed by 900 parents said the closure would harm the village.\n\n"
        '"We lost the vote, but not the argument," the group\'s chair, Megan Ellis-Rowe, said outside the town hall.'
    )
    assert ("Megan Ellis-Rowe", "say", "direct", "We lost the vote, but not the argument") in attributions(
        nlp_model, text
    )


def test_a_document_named_again_keeps_the_author_its_first_mention_took(nlp_model):
    text = (
        "Ferry ramp failed after missed checks, board says\n\n"
        "The Marine Accident Investigation Branch said in its interim findings that the ferry's loading ramp had "
        "failed because a hinge pin had worn through. The report found that two inspections had been missed last "
        "year.\n\nHarbour Line, which runs the ferry, said it would cooperate fully and had checked the ramps on its "
        "other vessels.\n\nAccording to the report, the ramp had not been fully serviced since 2019."
    )
    assert attributions(nlp_model, text)[-1] == (
        "Marine Accident Investigation Branch",
        "according to",
        "indirect",
        "the ramp had not been fully serviced since 2019",
    )


def test_figures_released_by_a_name_the_model_missed_are_that_names(nlp_model):
    text = "Attendance rose 8% to about 90,000, according to figures published by the Glenvale on Sunday."
    assert [r[:2] for r in attributions(nlp_model, text)] == [("Glenvale", "according to")]


def test_a_firm_whose_name_ends_like_a_newspapers_is_the_company_that_spoke(nlp_model):
    text = (
        "The line will stay closed for at least a week, Network Rail said. Pennine Express said replacement buses "
        "would run between the two cities. The company said passengers could claim a full refund."
    )
    assert attributions(nlp_model, text)[-1][:2] == ("Pennine Express", "say")


def test_a_participle_after_a_relative_clause_on_a_thing_is_the_main_clauses_subjects(nlp_model):
    text = (
        "Startup launches scanner\n\nLEEDS - Fenwick Labs, a two-year-old Leeds startup, on Monday launched a "
        "handheld scanner that reads damp levels in walls and writes up the repair requests, claiming it can halve "
        'the time landlords spend on inspections.\n\n"Landlords hate paperwork too," chief executive Dana Moss told '
        "about 200 people at the launch."
    )
    assert attributions(nlp_model, text)[0][:2] == ("Fenwick Labs", "claim")


def test_a_signature_keeps_the_given_name_the_model_left_out(read):
    text = '"The hall is ours, not the council\'s." — Eithne Nic Giolla Phádraig, 38, a teacher in Dingle'
    assert [(cue, said) for _, cue, _, said in shown(read, text)] == [(None, "The hall is ours, not the council's.")]
    _, _, quotes = read(text)
    assert quotes["speaker_text"].to_list() == ["Eithne Nic Giolla Phádraig"]


def test_a_cue_set_between_commas_is_no_content_of_the_clause_it_interrupts(read):
    text = (
        "Two earlier ceasefires agreed in Doha in 2022 collapsed within weeks, analysts say, largely because "
        "neither side could enforce them."
    )
    assert [(who, cue) for who, cue, _, _ in shown(read, text)] == [("analysts", "say")]


def test_an_inverted_cue_after_a_quote_reports_the_quote_not_the_description_of_its_speaker(read):
    text = (
        "Creditors met in Aarhus on Monday.\n\n"
        '"Who pays the bands when the fences are unpaid?" asked Lars Kjaer, a caterer owed 180,000 crowns by the '
        "company."
    )
    assert [row[:3] for row in shown(read, text)] == [("Lars Kjaer", "ask", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (  # the parser hung "say" on "admissions", taken for an adverb
            "Demand for nursing degrees has fallen for a third year, admissions tutors say.",
            "admissions tutors",
            "Demand for nursing degrees has fallen for a third year",
        ),
        (  # the parser joined the speakers to the list of vegetables and left "say" no subject
            "The drought has pushed up the price of tomatoes, peppers and lettuce in the shops, growers and "
            "supermarkets say.",
            "growers and supermarkets",
            "The drought has pushed up the price of tomatoes, peppers and lettuce in the shops",
        ),
    ],
)
def test_a_trailing_cue_the_parser_cut_from_its_speakers_reports_the_clause_before_them(read, text, speaker, words):
    assert [row[0::3] for row in shown(read, text)] == [(speaker, words)]


def test_a_memo_someone_wrote_in_speaks_for_them_later(read):
    text = (
        "Lumora will cut 700 jobs. In a memo to employees seen by Reuters, chief executive Conor Brady wrote "
        'that the company had "hired for a world that did not arrive." According to the memo, about 400 of the jobs '
        "will go in Ireland."
    )
    assert [row[0] for row in shown(read, text)] == ["Conor Brady", "Conor Brady"]


def test_a_description_in_the_lead_stands_for_the_name_the_next_sentence_opens_on(read):
    text = (
        "The Skovlyd festival has been cancelled after its organiser ran out of money, the company said Tuesday.\n\n"
        "Skovlyd Events ApS said in a statement that rising costs had made the event impossible."
    )
    assert [row[0] for row in shown(read, text)] == ["Skovlyd Events ApS", "Skovlyd Events ApS"]


def test_a_filing_speaks_for_whoever_filed_it(read):
    text = (
        "Harbor Freight Lines filed for bankruptcy on Monday in Delaware. About 2,000 jobs are at risk, according "
        "to a filing with the court."
    )
    assert [row[0] for row in shown(read, text)] == ["Harbor Freight Lines"]


def test_a_quote_whose_source_the_next_sentence_names(nlp_model):
    rows = attributions(
        nlp_model,
        '"Do not go back for the dog. Go." The warning came from Stavros Kalogeropoulos, the head of the village '
        "council.",
    )
    assert [(r[0], r[3]) for r in rows] == [("Stavros Kalogeropoulos", "Do not go back for the dog. Go.")]
    rows = attributions(
        nlp_model,
        '"If we refuse this, an inspector will approve it on appeal." That was the argument made by the '
        "committee's chair, Councillor Raj Mehta, before the vote.",
    )
    assert [r[0] for r in rows] == ["Raj Mehta"]
    rows = attributions(nlp_model, '"We must act now, before it is too late." The rain came from the north.')
    assert [r[0] for r in rows] == [None]  # no one's words come from the north
    rows = attributions(
        nlp_model,
        '"We are sorry," Graham Tully said in a statement. "We have stopped selling the fryers."\n\n'
        "The company traced the fault to a fuse made by an outside supplier.",
    )
    assert [r[0] for r in rows] == ["Graham Tully", "Graham Tully"]  # a fuse, no words, made by the supplier


def test_with_a_group_and_a_clause_about_it_saying(nlp_model):
    rows = attributions(
        nlp_model,
        "The reception centre held 1,100 people on Sunday, with the Italian Red Cross, which runs it, saying "
        "transfers to Sicily would start on Monday.",
    )
    assert [(r[0], r[3]) for r in rows] == [("Italian Red Cross", "transfers to Sicily would start on Monday")]


def test_with_a_role_and_the_name_set_beside_it_saying(nlp_model):
    rows = attributions(
        nlp_model,
        "The trust said it had told both unions to go back to Acas, with its finance committee chair, Councillor "
        "Tariq Shah, saying it had “no money for a bigger offer.”",
    )
    assert [r[0] for r in rows] == ["The trust", "Tariq Shah"]  # the parser leaves the name out of the phrase


def test_a_second_speaker_with_the_same_surname_keeps_his_given_name(read):
    text = (BENCH / "gold" / "quotes_dev38" / "story_3.txt").read_text(encoding="utf-8").split("\n")
    text = "\n".join(text[16:27])  # from "Anna Kowal, chief economist at Vistula Bank" to Jan Kowal, a broker
    speakers = [row[0] for row in shown(read, text)]
    assert "Anna Kowal" in speakers
    assert speakers[-2:] == ["Jan Kowal", "Jan Kowal"]  # the model: "Kowal", then "He" went to another man


def test_a_document_speaks_for_the_author_named_beside_it_later(nlp_model):
    rows = attributions(
        nlp_model,
        "The police hired 41 officers who had failed checks, an audit released on Monday found.\n\n"
        "The audit, carried out by the city's auditor, found that a contractor had cleared applicants too early.\n\n"
        "The audit's author, City Auditor Denise Whitlow, said the department had lost track.",
    )
    assert [r[0] for r in rows] == ["Denise Whitlow"] * 3


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (  # the owner "its" stands for
            "Harwick County Council bought ten electric buses in 2022. The buses broke down within a year. The council "
            "paid 3 million pounds towards the trial, according to its annual accounts.",
            "Harwick County Council",
        ),
        (  # the subject of a relative clause that made it
            "Nomadix sells its note-taking app to clinics. Doctors using the app finished their notes 40% faster, "
            "according to a study Nomadix carried out last year.",
            "Nomadix",
        ),
    ],
)
def test_a_document_speaks_for_whoever_made_it(nlp_model, text, author):
    assert attributions(nlp_model, text)[-1][0] == author


def test_a_document_speaks_for_who_published_what_it_summarises(read):
    text = (
        "The Federal Cartel Office blocked the merger on Monday. The combined firm would have sold half the cement "
        "used in Bavaria, according to a summary of the decision published by the office."
    )
    assert shown(read, text)[-1][0] == "Federal Cartel Office"


def test_a_report_speaks_for_the_inspector_that_rated_what_it_reports_on_every_mention(nlp_model):
    rows = attributions(
        nlp_model,
        "A care home in Leeds has been rated inadequate by the Care Quality Commission, according to a report "
        "published on Wednesday.\n\nThe report said residents had been left without water for hours. The report "
        'described the home\'s management as "chaotic" and said staff had not been trained.',
    )
    assert {r[0] for r in rows} == {"Care Quality Commission"}


def test_a_survey_speaks_for_the_firm_named_as_having_done_it_paragraphs_later(nlp_model):
    rows = attributions(
        nlp_model,
        "The only public pool in Saltby will close this month, its owner said, after a survey found the roof "
        "could not be repaired.\n\nStaff were told on Monday. Swimmers said they were shocked. The town council "
        "said it would look for another site.\n\nThe survey, carried out in August by the engineering firm "
        "Calloway Partners, found that the roof beams had rotted.",
    )
    assert [r[0] for r in rows if r[3] == "the roof could not be repaired"] == ["Calloway Partners"]


def test_a_kind_noun_the_parser_tags_as_an_adjective_still_stands_for_its_organisation(nlp_model):
    rows = attributions(
        nlp_model,
        "The shop's insurer, the Madrid-based mutual Previsora Norte, said it had sent loss adjusters. The mutual said "
        "it would not comment on the cause of the fire.",
    )
    assert [r[0] for r in rows] == ["Previsora Norte", "Previsora Norte"]


def test_a_business_noun_stands_for_the_firm_not_the_union_that_spoke_since(read):
    text = (
        "Tarrant Ferries said all sailings had been cancelled.\n\n"
        "The National Union of Rail, Maritime and Transport Workers (RMT) said its members had backed the strike. "
        '"Nobody wants this," RMT organiser Callum Reid told the BBC.\n\n'
        "The carrier said in a statement that its offer was fair."
    )
    assert shown(read, text)[-1][0] == "Tarrant Ferries"  # not the union that spoke since


def test_a_cue_the_parser_hangs_on_a_subject_with_an_apposition_still_reports_its_that_clause(nlp_model):
    rows = attributions(
        nlp_model,
        "Her son, Martin Doyle, posted on Facebook that his mother had spent two winters “in pain, in a chair, "
        "waiting for a phone call.”",
    )
    assert [(r[0], r[1]) for r in rows] == [("Martin Doyle", "post")]
    assert rows[0][3].startswith("his mother had spent two winters")


def test_a_name_after_an_age_is_the_speaker_not_someone_before(nlp_model):
    rows = attributions(
        nlp_model,
        "Hannah Kaur said the town would suffer. The 36-year-old Pemberton, who started the festival in a field, "
        "said the cancellation would cost a million pounds.",
    )
    assert [r[0] for r in rows] == ["Hannah Kaur", "Pemberton"]


def test_a_quote_credited_in_the_next_sentence_to_someone_named_beside_a_relation(nlp_model):
    rows = attributions(
        nlp_model,
        '"This is the hardest call I have ever had to make." The words came from Pemberton\'s business partner, '
        "Sam Ellery.",
    )
    assert [r[0] for r in rows] == ["Sam Ellery"]


def test_the_health_board_speaks_for_the_health_body_that_spoke_before(nlp_model):
    rows = attributions(
        nlp_model,
        "NHS Western Isles said patients with appointments on the mainland would be flown from Stornoway. The health "
        "board said about 60 people were affected this week.",
    )
    assert [r[0] for r in rows] == ["NHS Western Isles", "NHS Western Isles"]


def test_what_someone_says_ends_before_another_speaker_brought_in_with_saying(nlp_model):
    rows = attributions(
        nlp_model,
        "The union said it would not rule out further walkouts in August, with the operator saying another strike "
        'would cost island businesses "a whole season."',
    )
    assert (rows[0][0], rows[0][3]) == ("The union", "it would not rule out further walkouts in August")


def test_a_group_named_by_what_it_calls_itself_speaks_under_that_name(nlp_model):
    rows = attributions(
        nlp_model, "A group calling itself Dust Owl posted on a forum that it held 190 gigabytes of customer data."
    )
    assert [(r[0], r[3]) for r in rows] == [("Dust Owl", "it held 190 gigabytes of customer data")]


def test_a_lead_ending_on_who_runs_it_said_is_attributed_to_them(nlp_model):
    rows = attributions(nlp_model, "The pool will close at the end of the month, the charity that runs it said.")
    assert [(r[0], r[3]) for r in rows] == [("the charity", "The pool will close at the end of the month")]


def test_a_health_board_named_by_its_prefix_speaks_and_is_spoken_for(nlp_model):
    rows = attributions(
        nlp_model,
        '"Nobody from the company has even called us."\n\nNHS Western Isles said patients would be flown from '
        "Stornoway. The health board said about 60 people were affected this week.",
    )
    assert [r[0] for r in rows][-2:] == ["NHS Western Isles", "NHS Western Isles"]


def test_advice_speaks_for_the_body_that_gave_it(nlp_model):
    rows = attributions(
        nlp_model,
        "The quota row turns on advice from the Nordic Fisheries Council. In its annual advice, published in "
        "September, the council said the catch should be cut by a fifth. The advice also found that the spawning "
        "grounds had moved north.",
    )
    assert [r[0] for r in rows] == ["Nordic Fisheries Council"] * 2


def test_a_quote_joined_to_what_a_speaker_reports_is_the_speakers(nlp_model):
    rows = attributions(
        nlp_model,
        'The minister, Harjit Dhillon, wrote on X that Ottawa had agreed to send aircraft and that "every resource '
        'we have is in the valley tonight."',
    )
    # one row, hers (not Ottawa's): the quotation closes the claim she wrote, as the dev 41 gold has it
    assert [r[0] for r in rows if "every resource" in r[3]] == ["Harjit Dhillon"]


def test_an_order_that_reads_speaks_for_whoever_issued_it(nlp_model):
    rows = attributions(
        nlp_model,
        "The Thompson-Nicola Regional District widened its evacuation orders on Friday. Its order for the Barriere "
        'area read: "Leave now by Highway 5."',
    )
    assert [(r[0], r[1]) for r in rows] == [("Thompson-Nicola Regional District", "read")]


def test_a_tradesman_described_after_his_name_is_that_person(nlp_model):
    rows = attributions(
        nlp_model,
        "The complaint came from Duncan Ure, 66, whose flat was flooded. The retired joiner said neighbours had "
        "reported cracks in the wall two years ago.",
    )
    assert [r[0] for r in rows] == ["Duncan Ure"]


def test_a_body_named_beside_its_description_speaks_under_that_name(nlp_model):
    rows = attributions(
        nlp_model,
        "The local NHS body, the Shropshire Integrated Care Board, said it had raised its grant by 4 percent.",
    )
    assert [r[0] for r in rows] == ["Shropshire Integrated Care Board"]  # not the NHS before "body"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Chief Supt. Morag Hay of Police Scotland said officers had helped more than 30 residents from their "
            "homes by boat.",
            "Morag Hay",  # the parser makes Police Scotland the subject
        ),
        (
            "SEPA kept 11 severe flood warnings in place on Saturday, saying river levels would stay high until "
            "Monday.",
            "SEPA",  # the parser hangs SEPA on "kept" as a modifier
        ),
        (
            "The Faroe Islands said they would set their quota next week, while the government of Greenland said it "
            "had not yet decided.",
            "Greenland",  # not the islands that spoke before
        ),
    ],
)
def test_the_speaker_the_parser_misplaces_is_found(nlp_model, text, speaker):
    assert [r[0] for r in attributions(nlp_model, text)][-1] == speaker


def test_that_was_how_someone_put_it_names_who_said_the_quote_before(nlp_model):
    rows = attributions(
        nlp_model,
        '"The fish do not read the agreements." That was how Einar Gunnarsson, a skipper from Husavik, put it.',
    )
    assert [r[0] for r in rows] == ["Einar Gunnarsson"]


def test_a_letter_signed_by_someone_speaks_for_its_signer(nlp_model):
    rows = attributions(
        nlp_model,
        "Its chief executive, Fiona Redgrave, said the decision had been painful. A letter sent to customers on "
        "Wednesday and signed by Redgrave said that nobody would lose access to a counter.",
    )
    assert [r[0] for r in rows] == ["Fiona Redgrave", "Redgrave"]


def test_an_appeal_speaks_for_the_lawyer_who_filed_it(nlp_model):
    rows = attributions(
        nlp_model,
        "The rider's lawyer, Ane Urrutia, said he would appeal. The appeal, which Urrutia filed in Lausanne on "
        "Friday, says the rider's values were distorted by a stomach virus.",
    )
    assert [r[0] for r in rows][-1] == "Urrutia"


def test_a_speaker_the_parser_hangs_on_the_last_noun_before_the_cue_still_speaks(nlp_model):
    rows = attributions(
        nlp_model,
        "Hundreds of people were ordered to leave their homes after a fire crossed the river and spread into the "
        "hills above West Vernon, the BC Wildfire Service said.",
    )
    assert [(r[0], r[2]) for r in rows] == [("BC Wildfire Service", "indirect")]
    assert "BC Wildfire Service" not in rows[0][3]


def test_a_speaker_set_beside_a_place_before_its_cue_still_reports_what_follows(nlp_model):
    rows = attributions(
        nlp_model,
        'In Brasilia, Brazil\'s Foreign Ministry said it "welcomed the decision" and hoped the deal could take '
        "effect before the end of the year.",
    )
    assert [(r[0], r[2]) for r in rows] == [("Foreign Ministry", "indirect")]
    assert rows[0][3].startswith('it "welcomed the decision" and hoped')


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        (
            "A sinkhole opened in a car park in Bristol on Monday, engineers said.",
            "engineers",  # "opened" tagged a participle: still a clause the cue reports
            "A sinkhole opened in a car park in Bristol on Monday",
        ),
        (
            "The city is in talks with insurers about buying out the flooded homes, and an offer could come within "
            "weeks, a source familiar with the talks said.",
            "a source",  # both clauses before the cue, not only the one after "and"
            "The city is in talks with insurers about buying out the flooded homes, and an offer could come within "
            "weeks",
        ),
        (
            "A late frost on Sunday night killed up to a third of the blossom in Kent's orchards, the county's fruit "
            "growers' body said on Monday, the second bad frost in three years.",
            "the county's fruit growers' body",  # the words after the comma are no object of "said"
            "A late frost on Sunday night killed up to a third of the blossom in Kent's orchards",
        ),
        (
            "Shares in Norvik Foods fell 6 percent, with analysts saying a delay of a month would wipe out its annual "
            "profit.",
            "analysts",
            "a delay of a month would wipe out its annual profit",
        ),
        (
            "The ferry is in port and its tanks are being emptied, Cmdr. Marta Gil told reporters.",
            "Marta Gil",  # the parser ends a sentence at "Cmdr."
            "The ferry is in port and its tanks are being emptied",
        ),
        (
            "The road will stay shut until the bridge has been checked, Det. Insp. Karen Holt said.",
            "Karen Holt",
            "The road will stay shut until the bridge has been checked",  # the titles are no part of it
        ),
    ],
)
def test_a_trailing_cue_reports_the_whole_clause_before_it(nlp_model, text, speaker, content):
    assert [(r[0], r[2], r[3]) for r in attributions(nlp_model, text)] == [(speaker, "indirect", content)]


def test_according_to_after_a_participle_reports_the_whole_sentence_without_its_dateline(nlp_model):
    rows = attributions(
        nlp_model,
        "LISBON, Portugal, May 3 (Reuters) - Smoke from the fire closed Lisbon's main airport for a second day on "
        "Tuesday, stranding about 7,000 passengers, according to the airport operator, ANA.",
    )
    assert [(r[0], r[3]) for r in rows] == [
        (
            "ANA",
            "Smoke from the fire closed Lisbon's main airport for a second day on Tuesday, stranding about 7,000 "
            "passengers",
        )
    ]


def test_a_body_described_in_the_lead_is_the_one_named_as_a_speaker_soon_after(nlp_model):
    rows = attributions(
        nlp_model,
        "Landslides blocked two valleys in the Alps, the region's tourism body said on Monday. Hotels were told to "
        "keep guests indoors. The Tyrol Tourism Board, which represents 400 hotels, said most roads would reopen "
        "by Friday.",
    )
    assert [r[0] for r in rows] == ["Tyrol Tourism Board", "Tyrol Tourism Board"]


def test_a_government_named_by_its_region_speaks_under_that_name(nlp_model):
    rows = attributions(
        nlp_model,
        "Lucca's mayor said the city could not pay for the repairs, and the Campania regional government said it "
        "would cover half the cost.",
    )
    assert [r[0] for r in rows][-1] == "Campania regional government"  # not Lucca, named before


def test_the_person_of_an_age_is_the_one_given_that_age_not_the_last_named(nlp_model):
    rows = attributions(
        nlp_model,
        "The fire was reported by Anna Kowal, a 47-year-old baker who lives opposite. Piotr Nowak, the fire chief, "
        "said the roof had collapsed. The 47-year-old said she had called the brigade at 3 a.m.",
    )
    assert [r[0] for r in rows] == ["Piotr Nowak", "Anna Kowal"]


def test_a_department_of_an_organisation_speaks_for_it(nlp_model):
    rows = attributions(
        nlp_model,
        "The City of Leeds said it would inspect every bridge. The Environment Department wrote on X that it had "
        "sent engineers. Fourteen bridges have failed inspections since 2019, according to figures from the city's "
        "own highways department.",
    )
    assert [r[0] for r in rows] == ["City of Leeds", "Environment Department", "City of Leeds"]


def test_a_filing_speaks_for_the_person_who_wrote_it_not_the_town_they_work_in(nlp_model):
    rows = attributions(
        nlp_model,
        "A letter by the chief prosecutor in Porto, Rui Matos, asked the court to freeze the firm's accounts.",
    )
    assert [r[0] for r in rows] == ["Rui Matos"]


def test_the_company_is_not_a_union_that_spoke_before(nlp_model):
    rows = attributions(
        nlp_model,
        "Calder Buses said 40 routes would be cut. The drivers' union ASLEF said its members had not been "
        "consulted. The company said talks had been held in March.",
    )
    assert [r[0] for r in rows][1:] == ["ASLEF", "The company"]  # not ASLEF twice


def test_a_quote_in_the_headline_is_no_unattributed_quote_of_its_own(nlp_model):
    rows = attributions(
        nlp_model,
        "Villagers vow to fight pub closure: “They are closing the last place we have”\n\n"
        "The brewery said on Monday that the Red Lion would shut in June.",
    )
    assert [(r[0], r[3]) for r in rows] == [("The brewery", "the Red Lion would shut in June")]


def test_a_surname_two_people_share_takes_the_gender_of_what_it_says_of_itself(nlp_model):
    rows = attributions(
        nlp_model,
        "Paolo Rossi said the harvest was lost. His sister, Marta Rossi, was more hopeful. Giulia Bianchi, the "
        "mayor, said the town would help. Rossi said she would not sell the farm. “My father never sold anything,” "
        "she said.",
    )
    assert [r[0] for r in rows][-2:] == ["Rossi", "Rossi"]  # "she" is the Rossi who spoke, not the mayor


def test_a_service_described_in_the_lead_is_the_body_named_as_a_source_next(nlp_model):
    rows = attributions(
        nlp_model,
        "Fuel oil has washed up on nine beaches on the Costa da Morte, Portugal's maritime rescue service said on "
        "Sunday. The tanker was towed into the port of Leixoes on Saturday, according to the Portuguese Maritime "
        "Authority.",
    )
    assert [r[0] for r in rows] == ["Portuguese Maritime Authority", "Portuguese Maritime Authority"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched to the town hall. Placards read “Hands off our hospital”, and the council said it would "
        "meet them.",
        "Banners reading “Save our pier” hung from the railings, and the council said it would meet the campaigners.",
    ],
)
def test_what_a_banner_or_placard_reads_is_no_attribution(nlp_model, text):
    assert [r[0] for r in attributions(nlp_model, text)] == ["the council"]


def test_a_partial_quote_joined_by_and_stays_in_what_the_speaker_reports(nlp_model):
    rows = attributions(
        nlp_model,
        'Partenope Reti issued a statement, saying its trenches were less than a meter deep and "could not possibly '
        'have caused a collapse of this kind." The company said it would cooperate.',
    )
    assert rows[0][3] == (
        'its trenches were less than a meter deep and "could not possibly have caused a collapse of this kind."'
    )  # no sentence opens at "and"


def test_a_class_action_speaks_for_the_firm_that_filed_it(nlp_model):
    rows = attributions(
        nlp_model,
        "A class action filed on Friday in the Federal Court by the Sydney law firm Marrick Lane argues that the "
        "insurer misled customers.",
    )
    assert [(r[0], r[3]) for r in rows] == [("Marrick Lane", "the insurer misled customers")]


def test_what_a_sign_reads_or_warns_is_no_attribution(nlp_model):
    text = (
        "A handwritten sign on the shop door reads “Closed for good. Thank you for 30 years.” "
        "Signs along the road warn “Deer crossing next 5 km.” The owner said she would retire."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["The owner"]


def test_a_quote_after_a_colon_in_the_headline_is_not_the_headline_subjects(nlp_model):
    text = 'Scotland to close rural courts: "A dark day for justice"\n\nMinisters said the courts would close in May.'
    assert [r[0] for r in attributions(nlp_model, text)] == ["Ministers"]


def test_asking_someone_for_something_reports_no_words(nlp_model):
    text = "UNICEF has asked donors for $40 million to fund schools in Sudan through June. Prosecutors asked the court "
    text += "to deny bail. Ann Reid, for the defence, asked him why he had waited."
    assert [(r[0], r[3]) for r in attributions(nlp_model, text)] == [
        ("Prosecutors", "the court to deny bail"),
        ("Ann Reid", "why he had waited"),
    ]


def test_a_with_phrase_bringing_in_another_speaker_ends_what_the_first_reports(nlp_model):
    rows = attributions(
        nlp_model,
        "The union said pay talks had failed, with its chair, Councillor Imran Dar, saying the company had walked "
        "away.",
    )
    assert [(r[0], r[3]) for r in rows] == [
        ("The union", "pay talks had failed"),
        ("Imran Dar", "the company had walked away"),
    ]


def test_a_cue_after_two_clauses_joined_by_and_reports_both(nlp_model):
    """In this development story the parser hangs "say" on the first clause, with the second as its complement."""
    story = (BENCH / "gold" / "quotes_dev49" / "story_11.txt").read_text(encoding="utf-8")
    rows = [r for r in attributions(nlp_model, story) if r[0] == "wildlife biologists"]
    assert [r[3] for r in rows] == [
        "Moose numbers in southern New Brunswick have grown since the 1990s as logging opened up young forest, and "
        "the animals now cross busier roads than ever"
    ]


def test_the_inspectorate_is_the_name_it_was_set_beside(nlp_model):
    text = (
        "Most schools in England already restrict phones, according to Ofsted, the schools inspectorate, which "
        "reviewed behaviour policies last year. The inspectorate said phone rules worked best when every teacher "
        "applied them."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Ofsted", "Ofsted"]
    text = (
        "Parents have raised money through Lantern Fund, a small charity. Kwame Osei, who chairs it, said the charity "
        "had written to the health secretary asking him to intervene. It has not yet had a reply, the charity said."
    )  # what the charity asked is inside what Osei reports
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Kwame Osei", "say"), ("Lantern Fund", "say")]


def test_adding_an_amount_is_part_of_what_is_reported(nlp_model):
    text = (
        "The council will raise parking charges by 20% from May, adding £1 to the cost of a day's stay, the transport "
        "department said."
    )
    assert [(r[0], r[3]) for r in attributions(nlp_model, text)] == [
        (
            "the transport department",
            "The council will raise parking charges by 20% from May, adding £1 to the cost of a day's stay",
        ),
    ]
    text = (  # a clause the parser cut after its subject: words added
        "The office said 30 people had been hurt in the clashes, but added the exact circumstances of the injuries "
        "remained unclear."
    )
    assert [r[1] for r in attributions(nlp_model, text)] == ["say", "add"]


def test_what_a_chalkboard_reads_is_no_ones_statement(nlp_model):
    text = (
        "The brewery declined to comment. "
        'A chalkboard outside one pub in the old town on Friday read "Last cheap pint: May 1."'
    )
    assert attributions(nlp_model, text) == []


def test_figures_from_a_described_firm_are_that_firms(nlp_model):
    text = "Britons eat about 11 kilos of chocolate a year, according to figures from the Swiss confectioner Lindt."
    assert [r[0] for r in attributions(nlp_model, text)] == ["Lindt"]
    text = "Bus fares will double in June, according to a fare table published by the ministry."
    assert [r[0] for r in attributions(nlp_model, text)] == ["the ministry"]


def test_a_titled_name_set_off_before_a_cue_the_parser_left_without_subject(nlp_model):
    text = (
        "“Nobody likes raising fares. But every litre of fuel we buy now costs almost three times what it did in "
        "2022,” the agency’s director, Dr. Bisi Adeyemi-Cole, told reporters at the agency’s offices in Abuja."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Bisi Adeyemi-Cole"]


def test_a_noun_set_beside_the_reported_subject_is_not_its_subject(nlp_model):
    text = (
        "The ministry said tolls on the Coastal Expressway, the motorway it opened in 2021, would not rise this year."
    )
    assert [r[3] for r in attributions(nlp_model, text)] == [
        "tolls on the Coastal Expressway, the motorway it opened in 2021, would not rise this year"
    ]


def test_a_report_the_parser_hung_on_the_dateline_is_the_cues(nlp_model):
    text = (
        "PERTH, Scotland — Four golden eagles found dead on grouse moors since last winter had been poisoned, "
        "Police Scotland said on Tuesday."
    )
    assert attributions(nlp_model, text) == [
        (
            "Police Scotland",
            "say",
            "indirect",
            "Four golden eagles found dead on grouse moors since last winter had been poisoned",
        )
    ]
    text = (  # "found" is what the police report, not a cue reporting the police
        "CARDIGAN, Wales — Seven red kites found dead on farmland since late August had been poisoned with a banned "
        "pesticide, Dyfed-Powys Police said on Tuesday."
    )
    assert [r[:2] for r in attributions(nlp_model, text)] == [("Dyfed-Powys Police", "say")]


def test_a_circular_speaks_for_whoever_signed_it(nlp_model):
    text = "A circular signed by Health Minister Anna Kowal and sent to hospitals on Monday said wards could stay open."
    assert [r[0] for r in attributions(nlp_model, text)] == ["Anna Kowal"]


def test_a_described_organisation_named_since_is_the_name(nlp_model):
    text = (
        "A bus company said it would add routes. Northfield Coaches, which runs 40 buses, will open two depots, the "
        "company said."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["A bus company", "Northfield Coaches"]


def test_a_past_tense_the_tagger_took_for_a_participle_is_reported(nlp_model):
    assert attributions(nlp_model, "The council said the new scheme covered about 300 homes.") == [
        ("The council", "say", "indirect", "the new scheme covered about 300 homes")
    ]


def test_a_description_with_a_word_of_a_name_is_that_organisation(nlp_model):
    text = (
        "The Ontario Curling Association said on Monday that the final would be replayed. The Canadian Curling "
        "Association declined to comment. The winners took home 5,000 dollars, according to the Ontario association."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Ontario Curling Association"] * 2


def test_a_description_set_beside_a_name_since_another_spoke_is_that_names(nlp_model):
    text = (
        "Thieves dug up truffles worth 40,000 euros from a forest leased by Tartufi Rossi, the company said on "
        "Monday. The firm's owner, Marko Rossi, said the fence had been cut.\n\n"
        "Hunting in the forest is licensed by Croatian Forests, the state company that manages most of the "
        "country's woodland. The company said the Rossi concession covered about 300 hectares."
    )
    assert attributions(nlp_model, text)[-1][:2] == ("Croatian Forests", "say")


def test_a_claim_before_a_trailing_cue_is_reported_whole(nlp_model):
    text = (
        "The society said 60 nests had held eggs.\n\n"
        "Moldova has about 500 breeding pairs of white storks, most of them along the Prut valley and in the south, "
        "and the number has fallen by about a third since the 1990s, the SOM said."
    )
    claim = text[text.index("Moldova") : text.index(", the SOM")]
    assert attributions(nlp_model, text)[-1] == ("SOM", "say", "indirect", claim)  # not "Moldova has ... storks"


def test_a_gerund_opening_what_is_said_is_part_of_it(nlp_model):
    text = (
        "The group said 60 nests had held eggs. It said moving a nest to a platform a few metres away usually "
        "worked if it was done in winter."
    )
    said = "moving a nest to a platform a few metres away usually worked if it was done in winter"
    assert attributions(nlp_model, text)[-1][3] == said  # the parser made "moving" the cue's complement


def test_a_speaker_set_beside_a_role_the_parser_hung_on_the_claim(nlp_model):
    text = (
        "Kenya has not staged a meeting with certified timing equipment since 2019, and the federation has asked "
        "the government for money to buy a set, the federation's president, David Otieno, said."
    )
    rows = attributions(nlp_model, text)
    assert [(r[0], r[3]) for r in rows] == [("David Otieno", text[: text.index(", the federation's president")])]


def test_a_quotation_inside_a_claim_before_a_trailing_cue_goes_with_the_claim(nlp_model):
    text = (
        "The closure showed how “thin the margins have become” in the north, the union's regional head, Ana Costa, "
        "said."
    )
    assert attributions(nlp_model, text) == [
        ("Ana Costa", "say", "indirect", "The closure showed how “thin the margins have become” in the north")
    ]


def test_a_description_of_an_organisation_is_named_beside_the_same_noun_soon_after(nlp_model):
    text = (
        "Fishermen in Bicheno said the harbour bar had closed twice this month, according to Glamorgan Spring Bay "
        "Council.\n\n"
        "The state-owned company responsible for the channel said it had applied in February for approval to "
        "dredge. The company, TasPorts, said dredging could start within a fortnight of approval."
    )
    speakers = {r[3]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["it had applied in February for approval to dredge"] == "TasPorts"  # not "The state-owned ..."
    text = (
        "Patients will wait longer for scans from May, the region's main public hospital said on Monday.\n\n"
        "The hospital, Mercy Vale General Hospital, said two of its scanners had failed."
    )
    speakers = {r[3]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["Patients will wait longer for scans from May"] == "Mercy Vale General Hospital"  # not "the region"
    text = (
        "A group representing bakers said the flour price was too high. The group, the Kisumu Bakers' Guild, said "
        "it would appeal."
    )
    speakers = [speaker for speaker, *_ in attributions(nlp_model, text)]
    assert speakers == ["Kisumu Bakers' Guild", "Kisumu Bakers' Guild"]  # not "A group representing bakers"


def test_a_role_is_the_person_named_soon_after_with_the_same_role(nlp_model):
    text = (
        "“We are not the enemy of the stork,” the company’s technical director, Vadim Ciobanu, told Reuters.\n\n"
        "He said the company had fixed 40 metal platforms above its wires since 2022.\n\n"
        "Residents of Slobozia Mare stood in a ring around a pole on Saturday to stop a crew from taking down the "
        "last nest on the village’s main street, the village’s mayor said. Locals call the crews “the nest police.”"
        "\n\n“A house with a stork on the roof is a lucky house. Everyone here grew up with that,” said Ion Grosu, "
        "who has been mayor since 2019."
    )
    rows = [r for r in attributions(nlp_model, text) if r[3].startswith("Residents of Slobozia Mare")]
    assert [r[0] for r in rows] == ["Ion Grosu"]  # not the director named before


def test_a_participle_going_on_a_claim_before_a_trailing_cue_is_no_cue_of_its_own(nlp_model):
    text = (
        "Nurses at three hospitals in Porto walked out on Monday, accusing the health board of ignoring staff "
        "shortages for a year, their union said."
    )
    rows = attributions(nlp_model, text)
    assert [r[1] for r in rows] == ["say"]  # not also the nurses "accusing"
    assert rows[0][3].startswith("Nurses at three hospitals in Porto walked out on Monday")


def test_a_relative_clause_ending_with_since_and_a_date_leaves_the_noun_it_describes_as_the_speaker(nlp_model):
    text = "A tenants' association that has campaigned since the 2000s said on its website that it would appeal."
    rows = attributions(nlp_model, text)
    assert [(r[0], r[3]) for r in rows] == [("A tenants' association", "it would appeal")]  # not "the 2000s"


def test_an_organisation_brought_in_with_a_is_named_beside_the_group_soon_after(nlp_model):
    text = (
        "An association of taxi owners said the new fares were too low to cover fuel. The group, the Braga Taxi "
        "Federation, said its members would stop work on Friday."
    )
    speakers = {r[3]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["the new fares were too low to cover fuel"] == "Braga Taxi Federation"


def test_a_trailing_cue_reports_a_claim_of_two_joined_verbs(nlp_model):
    text = (
        "A Quetta football club has been fined 1.5 million rupees and ordered to play its next two home matches "
        "without spectators after its fans aimed abusive chants at a visiting striker during a league game last "
        "month, the Pakistan Football Federation (PFF) said on Wednesday."
    )
    claim = text[: text.index(", the Pakistan Football Federation")]
    assert attributions(nlp_model, text) == [("Pakistan Football Federation", "say", "indirect", claim)]


def test_a_second_that_clause_is_said_too(nlp_model):
    text = (
        "The Human Rights Commission of Kenya (HRCK) said the fine was welcome but that education in schools and "
        "clubs would do more than penalties."
    )
    assert [r[3] for r in attributions(nlp_model, text)] == [text[text.index("the fine") : -1]]


def test_a_trailing_cue_made_a_relative_clause_with_a_time_after_it_keeps_its_speaker(nlp_model):
    text = (
        "A swim across the bay that was due to bring 400 swimmers to the town on Sunday has been called off after "
        "a sewage spill, the club that organises it said on Friday."
    )
    rows = attributions(nlp_model, text)
    assert [(r[0], r[3]) for r in rows] == [("the club", text[: text.index(", the club")])]


def test_the_club_that_spoke_is_the_club_named_beside_the_same_noun_next(nlp_model):
    text = (
        "A swim across the loch that was due to draw 500 swimmers on Saturday has been called off after a sewage "
        "spill, the club said on Friday.\n\n"
        "The club, Loch Ard Open Water, said water taken near the start on Thursday had failed its tests."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["A swim across the lo"] == "Loch Ard Open Water"  # not left as "the club"


def test_sentences_in_the_tenses_of_reported_speech_carry_on_what_was_said(nlp_model):
    text = (
        "Rhian Pugh, the union's branch secretary at the depot, said drivers had warned for a year that the brakes "
        "were worn. The union had raised the problem in writing twice. Nobody had fixed them. Does anyone listen? "
        "She would not say whether drivers would strike.\n\n"
        "The depot had opened in 1998."
    )
    rows = attributions(nlp_model, text)
    carried = [(r[0], r[3]) for r in rows if r[1] is None]
    assert carried == [
        ("Rhian Pugh", "The union had raised the problem in writing twice"),
        ("Rhian Pugh", "Nobody had fixed them"),
    ]  # not the question, the refusal, nor the writer's next paragraph


def test_a_trailing_cue_the_parser_hangs_on_the_dateline_reports_the_clause_before_it(nlp_model):
    text = (
        "Market collectors must register\n\n"
        "VOGAN, Togo — Tontine collectors who gather traders’ daily savings at Vogan’s central market must "
        "register, wear a photo badge and give every saver a stamped passbook, after a collector vanished in June "
        "with the savings of about 300 market women, the town’s council said on Saturday."
    )
    (found,) = attributions(nlp_model, text)
    assert found[0] == "the town’s council"
    assert found[3].startswith("Tontine collectors who gather")  # not "VOGAN, Togo —"
    assert found[3].endswith("about 300 market women")


def test_a_body_described_by_its_place_is_the_one_named_beside_its_noun_next(nlp_model):
    text = (
        "Shops in Ismayilli must keep fridges and signs off the pavement from May, the district’s administration "
        "said on Tuesday.\n\n"
        "The administration, the Ismayilli District Executive Authority, said fines would reach 100 manats."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["Shops in Ismayilli m"] == "Ismayilli District Executive Authority"  # not "the district"


def test_a_unit_of_an_organisation_named_beside_the_same_noun_next_is_that_name(nlp_model):
    text = (
        "Tallinn's last open-air skating rink will not open this winter because its cooling pipes have failed, "
        "the city's sports department said on Monday.\n\n"
        "The department, Tallinn Sports Services, which also runs the city's pools, said an inspection in "
        "October had found leaks in every pipe. It said repairs would cost about 300,000 euros."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["Tallinn's last open-"] == "Tallinn Sports Services"  # not "the city"
    assert speakers["repairs would cost a"] == "Tallinn Sports Services"  # "It": not the inspection it reported


def test_a_body_described_first_is_the_one_named_beside_its_noun_however_the_parser_joins_them(nlp_model):
    text = (
        "Cebu will cap the number of new tricycle permits from March, the province's transport department said.\n\n"
        "The department, the Provincial Transport Office (PTO), which licenses drivers, said the cap would be "
        "reviewed in a year.\n\n"
        "The union that represents the drivers said the cap was unfair. The union, the Cebu Tricycle Drivers "
        "Federation, said members would protest on Friday."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["Cebu will cap the nu"] == "Provincial Transport Office"
    assert speakers["the cap would be rev"] == "Provincial Transport Office"
    assert speakers["the cap was unfair"] == "Cebu Tricycle Drivers Federation"


def test_a_country_s_ministry_is_the_ministry_named_beside_its_noun_next(nlp_model):
    text = (
        "Norway will let coastal boats fish for cod again from March, ending a two-year pause, the country’s "
        "fisheries ministry said on Thursday.\n\n"
        "The ministry, the Ministry of Trade, Industry and Fisheries, said the quota would be set in February."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["Norway will let coas"] == "Ministry of Trade, Industry and Fisheries"  # not Norway
    assert speakers["the quota would be s"] == "Ministry of Trade, Industry and Fisheries"


def test_a_co_operative_that_reports_after_a_long_lede_is_its_speaker(nlp_model):
    text = (
        "Hundreds of tea growers in Kenya’s Kericho county have blocked the gates of their own co-operative for two "
        "days, halting deliveries to the auction in Mombasa, the co-operative said on Wednesday."
    )
    (row,) = attributions(nlp_model, text)
    assert row[0].endswith("co-operative") and row[3].startswith("Hundreds of tea growers")  # not "co - operative"


def test_a_combined_authority_is_the_one_whose_name_holds_its_words(nlp_model):
    text = (
        "The West Midlands Combined Authority took over the Redline bus routes in April.\n\n"
        "About 90,000 trips are made on Redline Buses routes each day, according to the combined authority."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["About 90,000 trips a"] == "West Midlands Combined Authority"  # not the bus firm named beside


def test_a_lede_the_parser_hung_on_its_dateline_is_reported_by_the_speaker_after_it(nlp_model):
    text = (
        "OSLO — Electric-car drivers heading home from the lakes after Midsummer waited up to three hours to charge "
        "at stations along the E18 on Sunday, with one queue in Larvik stretching back onto the main road, the "
        "country's road authority said on Monday."
    )
    (row,) = attributions(nlp_model, text)
    assert row[0] == "the country's road authority" and row[3].startswith("Electric-car drivers heading home")


def test_a_body_named_between_commas_with_a_name_that_opens_with_a_verb_is_the_speaker(nlp_model):
    text = (
        "Tram drivers will strike for two days next week, the union said. The group, Keep Our Trams Running, said "
        "it would take the city council to court over the timetable."
    )
    speakers = {r[3][:20]: r[0] for r in attributions(nlp_model, text)}
    assert speakers["it would take the ci"] == "Keep Our Trams Running"  # the parser: "Keep" a verb, no subject


def test_a_that_clause_whose_verb_the_parser_took_for_a_noun_is_still_reported(nlp_model):
    text = (
        "Riders blocked two roads in Gulu on Monday. The union said in a statement that the cheapest certified "
        "helmet cost more than most riders earn in two days."
    )
    assert attributions(nlp_model, text) == [
        ("The union", "say", "indirect", "the cheapest certified helmet cost more than most riders earn in two days")
    ]


def test_a_quotation_closing_a_long_claim_is_part_of_the_claim(nlp_model):
    text = (
        "Ama Boateng, the council's spokeswoman, spoke on Monday. Boateng insisted that the fee would not rise, and "
        "that traders had been told for months that “the market has to pay for itself.”"
    )
    ((speaker, cue, kind, said),) = attributions(nlp_model, text)  # one attribution, not a direct quote alone
    assert (speaker, cue, kind) == ("Boateng", "insist", "indirect")
    assert said.startswith("the fee would not rise") and said.endswith("“the market has to pay for itself.”")


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (  # the parser hangs the name on "Koropi", inside the quotation; "she" is her, past the quotation's end
            "“My father fished from this harbour for 40 years, and now they tell me he has to be buried in Koropi, "
            "where nobody knows his name,” Maria Dimou, 51, a teacher, said. “I will need a car just to bring him "
            "flowers.”\n\nShe added that she had waited nine days for a funeral date.",
            "My father fished",
            "Maria Dimou",
        ),
        (
            "“We were told the ferry would run all winter, and now the only boat leaves from Piraeus, where none of "
            "us can park,” Nikos Vlachos, 63, who runs a bakery on the island, said.",
            "We were told",
            "Nikos Vlachos",
        ),
        (  # the parser took "programme" for the verb
            "Dr. Imran Qadir, head of the urban studies programme at Lahore University, argued that such bans had "
            "less to do with safety than with status.",
            "such bans had less",
            "Imran Qadir",
        ),
    ],
)
def test_a_name_described_between_commas_before_a_cue_without_subject_is_its_speaker(nlp_model, text, opening, speaker):
    speakers = {r[3][: len(opening)]: r[0] for r in attributions(nlp_model, text)}
    assert speakers[opening] == speaker
    assert all(r[0] == speaker for r in attributions(nlp_model, text))


def test_according_to_how_a_thing_is_shared_out_is_no_attribution(nlp_model):
    text = (
        "Exporters would need a permit for every shipment, and licences would be shared out according to last "
        "year's sales, the ministry said."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["the ministry"]  # not "last year's sales"


def test_a_passive_speech_verb_in_a_second_that_clause_is_part_of_the_report(nlp_model):
    text = "Some traders say the fee was rushed through and that older stallholders were never asked."
    assert attributions(nlp_model, text) == [
        ("Some traders", "say", "indirect", "the fee was rushed through and that older stallholders were never asked")
    ]


def test_a_vietnamese_middle_name_that_tells_no_gender_leaves_he_to_the_speaker(nlp_model):
    text = (
        "The exporters' association met on Monday. Its chairman, Pham Minh Khoa, told the newspaper that the "
        'ministry had given traders less than a day\'s warning. "Who pays for an empty ship?" he said.'
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Pham Minh Khoa", "Pham Minh Khoa"]  # "Minh" is no she


def test_a_request_someone_will_make_inside_another_report_is_no_attribution(nlp_model):
    text = (
        "Bus drivers walked out on Monday. Its spokesman, Kim Dong-su, told reporters that drivers would refuse "
        "extra shifts and that the union would ask the labour ministry to intervene."
    )
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [
        ("Kim Dong-su", "tell")
    ]  # the union asks nothing yet


def test_a_body_brought_in_with_a_is_the_one_named_beside_its_noun_next(nlp_model):
    text = (
        "A Kedah rubber company whose managers were questioned said the latex had been bought legally from licensed "
        "tappers. The company, Hock Seng Latex, which exports to Thailand, said in a statement that it was "
        "cooperating with police."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Hock Seng Latex"] * 2  # not "A Kedah rubber company"


def test_a_body_described_after_a_place_before_a_trailing_cue_is_who_speaks(nlp_model):
    text = (
        "Swimmers who enter the closed bay will face fines of up to 200 euros for the rest of the summer after 30 "
        "people had to be pulled from a current that swept them towards the reef near the town of Pirovac, the "
        "country's coast guard service said on Monday.\n\nThe service, the Croatian Coast Guard, said patrol boats "
        "would watch the bay."
    )
    found = attributions(nlp_model, text)  # the parser hung "service" on Pirovac and left "said" no subject
    assert [r[0] for r in found] == ["Croatian Coast Guard"] * 2
    assert found[0][3].startswith("Swimmers who enter") and found[0][3].endswith("near the town of Pirovac")


def test_a_headline_ending_in_a_description_before_a_blank_line_reads(nlp_model):
    text = (
        "Two lynx recaptured after escape from Idaho wildlife park\n\nBOISE, Idaho (AP) — Both animals were back in "
        "their enclosure by Sunday, the park said."
    )  # "park" set beside the headline's last name, then a blank line: no word after it to read
    assert [r[3] for r in attributions(nlp_model, text)] == ["Both animals were back in their enclosure by Sunday"]


def test_a_report_whose_speaker_is_a_pronoun_inside_another_report_is_part_of_it(nlp_model):
    text = (
        "Health Minister Ana Ribeiro told reporters in Porto that the ministry would not close the clinics but that "
        "it expected every region to “find the money somewhere.”"
    )
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Ana Ribeiro", "tell")]  # not "Porto, expect"


def test_an_indonesian_mans_name_gender_guesser_takes_for_a_womans_is_he(nlp_model):
    text = (
        '"I will not move," Ratna Sari, a nurse, said.\n\nThe mayor of nearby Samarinda, Hendra Kusuma, told the '
        'daily Kompas that the hospitals were already full. "Who will treat these families?" he asked.'
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Ratna Sari", "Hendra Kusuma", "Hendra Kusuma"]


def test_a_clause_in_the_future_in_the_past_after_but_goes_on_with_the_report(nlp_model):
    text = "Okafor said the port must stay open, but the answer to the backlog would be a second terminal."
    assert [r[3] for r in attributions(nlp_model, text)] == [
        "the port must stay open, but the answer to the backlog would be a second terminal"
    ]
    narrated = "Okafor said the port must stay open, but the ministry closed it on Monday."
    assert [r[3] for r in attributions(nlp_model, narrated)] == ["the port must stay open"]


@pytest.mark.parametrize(
    "text, speaker, first, last",
    [
        (
            "Traps were being laid across Rum, the largest of the Small Isles, after a mink was seen near the old pier "
            "last week, raising fears for thousands of shearwaters that have never lived alongside mink, the "
            "conservation body that manages the island said on Tuesday.",
            "the conservation body",
            "Traps were being laid",
            "that have never lived alongside mink",
        ),
        (
            "About 2,000 casks of whisky worth some 9 million pounds will have to be emptied after rain from a blocked "
            "drain poured into an old warehouse built into the bank above Keith, the family firm that owns the "
            "warehouse said on Monday.",
            "the family firm",
            "About 2,000 casks",
            "built into the bank above Keith",
        ),
    ],
)
def test_a_body_described_by_a_relative_clause_after_the_lede_is_who_reports_it(nlp_model, text, speaker, first, last):
    # the parser hung "said" on "shearwaters" as a relative clause, or made "firm" an apposition of Keith
    [(who, cue, kind, said)] = attributions(nlp_model, text)
    assert (who, cue, kind) == (speaker, "say", "indirect")
    assert said.startswith(first) and said.endswith(last)


def test_a_clause_whose_verb_the_parser_read_as_a_noun_is_what_the_trailing_cue_reports(nlp_model):
    text = (
        "Puffins and petrels nest underground, where a rat can take eggs and chicks without being seen, the warden "
        "said."
    )
    assert attributions(nlp_model, text) == [
        (
            "the warden",
            "say",
            "indirect",
            "Puffins and petrels nest underground, where a rat can take eggs and chicks without being seen",
        )
    ]


def test_according_to_opening_a_sentence_whose_verb_the_parser_missed_reports_the_rest(nlp_model):
    text = (
        "According to the National Biodiversity Network (NBN), which monitors seabird colonies across Britain, about "
        "2,000 pairs of puffins nest on Skomer."
    )
    assert [(r[0], r[1], r[3]) for r in attributions(nlp_model, text)] == [
        ("National Biodiversity Network", "according to", "about 2,000 pairs of puffins nest on Skomer")
    ]
    text = "According to Statistics Norway, which counts the herds, about 9,000 reindeer graze near Karasjok."
    assert [(r[0], r[1], r[3]) for r in attributions(nlp_model, text)] == [
        ("Statistics Norway", "according to", "about 9,000 reindeer graze near Karasjok")
    ]  # none: the parser hung the clause's verb on the source


def test_a_quotation_finishing_the_writers_clause_is_part_of_the_report_not_a_quote_of_its_own(nlp_model):
    text = "He conceded that rural bus routes had been “starved for years by every government, this one included.”"
    assert attributions(nlp_model, text) == [
        (
            "He",
            "concede",
            "indirect",
            "rural bus routes had been “starved for years by every government, this one included.",
        )
    ]


def test_a_question_asked_inside_anothers_report_is_no_attribution_of_its_own(nlp_model):
    text = "Bakeries in Lyon say tourists keep asking whether their bread is made on site."
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Bakeries", "say")]
    request = "The board's letter said the budget was final and asked the school to cut costs."  # the letter asks
    assert [(r[0], r[1]) for r in attributions(nlp_model, request)] == [("The board", "say"), ("The board", "ask")]


def test_a_body_described_by_its_kind_in_the_lede_is_the_one_named_as_speaker_next(nlp_model):
    text = (
        "Every olive tree within two kilometres of nine infected groves south of Sfax will be uprooted and burned "
        "after a bacterium that has killed millions of trees in southern Italy was found in Tunisia for the first "
        "time, the country’s agriculture ministry said on Sunday.\n\nThe Ministry of Agriculture said laboratory "
        "tests had confirmed the disease in samples from groves around Mahres."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Ministry of Agriculture"] * 2


@pytest.mark.parametrize(
    "text, reported",
    [
        (
            "Lychees rot at port\n\nToamasina, Madagascar, Dec. 4 (AFP) - About 3,000 tonnes of lychees have been "
            "dumped at the port after the ship waited eight days offshore, a council of exporters said.",
            "About 3,000 tonnes of lychees have been dumped at the port after the ship waited eight days offshore",
        ),
        (
            "Vanilla prices slump\n\nSambava, Madagascar, May 2 (Reuters) - Smoke from the fire closed the town's "
            "airport for a second day on Tuesday, according to the airport authority.",
            "Smoke from the fire closed the town's airport for a second day on Tuesday",
        ),
    ],
)
def test_a_dateline_with_a_town_in_title_case_and_a_date_is_no_part_of_the_report(nlp_model, text, reported):
    assert [r[3] for r in attributions(nlp_model, text)] == [reported]


def test_a_trailing_cue_the_parser_hung_as_an_adverbial_clause_reports_the_clause_before_it(nlp_model):
    text = (
        "Fishing boats may no longer use bottom trawls within three miles of the shore, reefs or river mouths, after "
        "a season in which nets tore up coral beds from Lamu to Malindi, the fisheries ministry said on Friday."
    )  # "after a season ..." hung on "said", and "said" on "use"
    [(speaker, cue, kind, said)] = attributions(nlp_model, text)
    assert (speaker, cue, kind) == ("the fisheries ministry", "say", "indirect")
    assert said.startswith("Fishing boats may no longer") and said.endswith("from Lamu to Malindi")


def test_a_cue_after_a_quote_with_a_long_subject_before_it_is_the_quotes(nlp_model):
    text = (
        "The supplier told the ministry it had delivered on time and that fittings could follow “within a month, if "
        "someone pays for them.”\n\n“Who pays when the lights go out for a week?” its chief executive, Ruben "
        "Martirosyan, asked."
    )  # "asked" is the seventh word of its sentence, after the subject and its apposition
    assert [(r[0], r[1], r[2]) for r in attributions(nlp_model, text)] == [
        ("The supplier", "tell", "indirect"),
        ("Ruben Martirosyan", "ask", "direct"),
    ]


def test_something_brought_in_with_a_as_a_speaker_is_the_body_the_next_sentence_names(nlp_model):
    text = (
        "A bakery in Tamale that sells about 2,000 loaves a day said orders had already dropped. The firm, Golden "
        "Crust Bakeries, said in a statement that it would cut prices."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Golden Crust Bakeries"] * 2


def test_a_name_set_beside_a_role_of_a_place_is_the_person_who_speaks(nlp_model):
    text = "The dean of St Magnus Cathedral, Eirik Dam, wrote in the parish newsletter that the vote was a mistake."
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Eirik Dam", "write")]  # not a dam


def test_a_collective_brought_in_by_its_kind_is_the_one_named_beside_the_collective_next(nlp_model):
    text = (
        "A musicians' collective that has played in more than 40 bars across the city since 2019 said it had asked "
        "for a licence twice and never heard back. The collective, Kanto Brass, said it would play outside the town "
        "hall instead."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Kanto Brass"] * 2


def test_a_that_clause_after_where_something_was_written_is_what_was_written(nlp_model):
    text = (
        "The vicar, Mark Dunn, wrote in the parish magazine that pilgrims had walked across “for nine centuries "
        "without a fence,” and that the bell would ring at high tide."
    )  # the parser hung "that pilgrims had walked" on "magazine" as a relative clause with two subjects
    [(speaker, cue, kind, said)] = attributions(nlp_model, text)
    assert (speaker, cue, kind) == ("Mark Dunn", "write", "indirect")
    assert said.startswith("pilgrims had walked") and said.endswith("the bell would ring at high tide")


def test_a_person_named_after_the_body_they_head_is_the_one_who_speaks(nlp_model):
    text = (
        "The head of a regional cotton growers’ union, Yacouba Sanogo, told reporters that growers backed the plan "
        "but feared the price would fall."
    )
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Yacouba Sanogo", "tell")]


def test_a_person_named_after_where_they_come_from_is_the_one_who_speaks(nlp_model):
    text = "A Gouda maker from North Holland, Anke Visser, wrote on Facebook that the rules were unfair."
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Anke Visser", "write")]  # not the cheese


def test_a_trailing_relative_clause_whose_verb_was_read_as_a_noun_still_names_the_speaker(nlp_model):
    text = (
        "Nine trawlers have been caught fishing inside the closed zone off the coast since March, the state body "
        "that polices fishing rights said on Tuesday."
    )  # "polices fishing rights" read as the subject of "said"
    [(speaker, cue, kind, said)] = attributions(nlp_model, text)
    assert (speaker, cue, kind) == ("the state body", "say", "indirect")
    assert said.startswith("Nine trawlers") and said.endswith("since March")


def test_a_body_described_by_what_it_does_is_the_one_the_next_sentence_names_with_the_same_noun(nlp_model):
    text = (
        "The service that runs the island's two ambulance boats said it had asked for a third one in 2022. The "
        "service, Orkney Marine Ambulance, said the request had been refused."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Orkney Marine Ambulance"] * 2


def test_a_nationality_in_a_clause_that_names_a_body_is_not_the_body(nlp_model):
    text = (
        "The Mont Blanc Mountain Rescue Service said two walkers were found alive on Sunday. They had been lost for "
        "two days, according to the rescue service, known by its French initials PGHM."
    )
    speakers = [r[0] for r in attributions(nlp_model, text)]
    assert speakers[0] == "Mont Blanc Mountain Rescue Service"
    assert speakers[1] in ("Mont Blanc Mountain Rescue Service", "PGHM")  # not "French"


def test_a_person_named_after_the_body_they_are_a_member_of_is_the_one_who_speaks(nlp_model):
    text = "An opposition member of the Løgting, Heðin Joensen, told reporters in Tórshavn that he backed the ban."
    assert [(r[0], r[1]) for r in attributions(nlp_model, text)] == [("Heðin Joensen", "tell")]  # not the parliament


def test_she_after_a_name_mostly_given_to_men_is_still_that_speaker(nlp_model):
    text = (
        '"Measles spreads fast," Dr. Gurpreet Gill, a consultant at the agency, told the BBC.\n\n'
        '"We have the vaccine. What we need now is parents," she added.'
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Gurpreet Gill"] * 2


def test_the_holder_of_a_post_somewhere_named_after_it_is_the_one_who_speaks(nlp_model):
    text = (
        "Tsetseg Bold, 48, a nurse, said she had failed the test twice.\n\n"
        "The director of a small dance school in Darkhan, Oyunbileg Dorj, told the news site Ikon.mn that enrolments "
        "had doubled."
    )
    assert [r[0] for r in attributions(nlp_model, text)][1] == "Oyunbileg Dorj"  # not the nurse before


def test_a_that_clause_after_where_it_was_written_is_what_was_written_though_the_parser_cut_it(nlp_model):
    text = (
        "A food writer with more than 40,000 followers, Birna Hansen, wrote on Facebook that ræst was "
        '"the taste of home," and that she would sign the petition.'
    )
    (speaker, cue, kind, content), *_ = attributions(nlp_model, text)
    assert (speaker, cue, kind) == ("Birna Hansen", "write", "indirect") and content.startswith("ræst was")


def test_a_name_described_before_the_cue_after_a_quotation_is_the_speaker(nlp_model):
    text = (  # from dev85 story 11
        '"I have climbed these trees since I was 14, and I can tell a tired tree with my hands," Feliciano Pat '
        "Canché, 58, a tapper from Señor, said."
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Feliciano Pat Canché"]  # was nobody


def test_a_share_of_a_group_set_off_after_it_is_not_the_speaker(nlp_model):
    text = "A cooperative of about 300 fishers, most of them Garifuna women, said the nets arrived a month late."
    assert [r[0] for r in attributions(nlp_model, text)] == ["A cooperative"]  # not "most"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Bolivian who leads photo tours in Potosí, Mario Flores, wrote on Instagram that he had stopped paying.",
            "Mario Flores",
        ),
        (
            "Residents protested on Sunday. An opposition MP for Kandy, Nuwan Perera, told reporters that he backed "
            "the ban.",
            "Nuwan Perera",
        ),
    ],
)
def test_a_person_set_off_after_who_they_are_and_where_is_the_one_who_speaks(nlp_model, text, speaker):
    assert [r[0] for r in attributions(nlp_model, text)] == [speaker]  # not "Bolivian", "An opposition MP"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a government's noun
            "PUERTO DEL ROSARIO, Canary Islands (Reuters) - Goats will be kept off the dunes for a year, the island's "
            "government said on Friday.\n\nThe government, the Cabildo de Fuerteventura, said the ban would start "
            "in May.",
            ["Cabildo de Fuerteventura"] * 2,
        ),
        (  # a body described by what it does
            "Cars will be banned from the old town on Sundays, the body that runs the city said on Monday.\n\n"
            "The body, Lucca City Council, said the ban would start in June.",
            ["Lucca City Council"] * 2,
        ),
        (  # a government named by the hall it works in
            "Cars will be barred from the old town after a wall collapsed, the town's municipal government said on "
            "Thursday.\n\nThe government, Tavira City Hall, said vans would deliver to shops.",
            ["Tavira City Hall"] * 2,
        ),
        (  # an office described by what it runs
            "Fishing will be banned in the lagoon until June, the government office that runs the district said on "
            "Monday.\n\nThe office, the Batticaloa District Secretariat, said police would patrol the shore.",
            ["Batticaloa District Secretariat"] * 2,
        ),
        (  # a role, after someone else has spoken
            "The post office in Quilcas will close in March, its manager, Ana Ruiz, said on Monday.\n\n"
            "Pensioners in the district collect payments in cash at the counter, according to the district's mayor."
            "\n\nThe mayor, Teodoro Quispe, told a Huancayo radio station that the closure was wrong.",
            ["Ana Ruiz", "Teodoro Quispe", "Teodoro Quispe"],
        ),
    ],
)
def test_a_description_in_the_lede_is_who_is_named_beside_the_same_noun_next(nlp_model, text, speakers):
    assert [r[0] for r in attributions(nlp_model, text)] == speakers


def test_a_quoted_phrase_inside_reported_speech_is_no_quote_of_its_own(nlp_model):
    text = (  # from dev87 story 5
        "A Rome photographer who has shot the falls in every season, Serena Lupi, wrote on Instagram that the cascade "
        "was “Italy’s most beautiful tap,” and that visitors should come before September."
    )
    assert [(r[0], r[2]) for r in attributions(nlp_model, text)] == [("Serena Lupi", "indirect")]


def test_a_trailing_cue_after_a_body_described_by_what_it_runs_reports_the_lede(nlp_model):
    text = (  # from dev87 story 7
        "Polygyros, Greece, April 2 (AFP) - About 400 cooks, cleaners and waiters from Egypt will start work in "
        "Chalkidiki's beach hotels this month under a pilot scheme, the ministry running the programme said on "
        "Wednesday.\n\nThe ministry, the Ministry of Migration and Asylum, said the workers would receive visas."
    )
    rows = attributions(nlp_model, text)
    assert [r[0] for r in rows] == ["Ministry of Migration and Asylum"] * 2
    assert rows[0][3].startswith("About 400 cooks")


def test_a_thing_found_in_a_state_is_no_finding_reported(nlp_model):
    text = (  # from dev87 story 11
        "Kowalchuk insisted that permits would go first to households with large yards, and that any hen found "
        'loose "goes straight to the shelter."'
    )
    assert [r[0] for r in attributions(nlp_model, text)] == ["Kowalchuk"]  # not "any hen" finding anything


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a ministry set beside its noun after its country's possessive
            "Swimming with the dolphins will be banned, the ministry that oversees the islands' tourism said on "
            "Tuesday.\n\nThe ministry, Zanzibar's Ministry of Tourism and Heritage, said boats could still watch "
            "them.",
            ["Ministry of Tourism and Heritage"] * 2,
        ),
        (  # "It" after a committee set beside its name
            "The races will be cut short this year, the national committee said on Monday.\n\nThe committee, the "
            "National Committee for Organizing National and International Festivals, said only 150 boats would race. "
            "It said the low water left too little river for too many boats.",
            ["National Committee for Organizing National and International Festivals"] * 3,
        ),
        (  # the object of a relative clause the parser took for a second subject of the cue
            "Every new barn in Bavaria will have to carry solar panels, the state ministry that writes Bavaria's "
            "building rules said on Wednesday.\n\nThe ministry, the Bavarian State Ministry for Housing, "
            "Construction and Transport, said farms could apply for a grant.",
            ["Bavarian State Ministry for Housing, Construction and Transport"] * 2,
        ),
        (  # a name the model missed, set beside the place a member sits for, then "he"
            "A member of the House of Representatives for Makunduchi, Ameir Juma Vuai, told reporters that he agreed "
            "the dolphins needed protection. He acknowledged that the village had ignored earlier voluntary rules.",
            ["Ameir Juma Vuai"] * 2,
        ),
    ],
)
def test_a_body_or_person_set_beside_its_noun_speaks_for_what_refers_to_it(nlp_model, text, speakers):
    assert [r[0] for r in attributions(nlp_model, text)] == speakers


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # "that" read as a relative pronoun on the paper's name
            "Isobel Drever, who runs a butcher's shop in Stromness, told the local newspaper The Orcadian that she "
            "sold meat from 15 island farms.",
            "she sold meat from 15 island farms",
        ),
        (  # the clause's subject read as the object of "added", its verb as a modifier
            "Kertu Lepp, a waitress, said the ban was wrong. She added that terrace tips made up half her winter "
            "income.",
            "terrace tips made up half her winter income",
        ),
    ],
)
def test_a_that_clause_the_parser_hung_on_a_noun_is_still_what_was_said(nlp_model, text, content):
    assert content in [r[3] for r in attributions(nlp_model, text)]


def test_a_that_clause_joined_to_a_reported_one_is_the_outer_speakers(nlp_model):
    text = (  # from dev91 story 5
        'Its spokeswoman, Zuhura Ali, said in an email that guests had complained about "boats racing each other" '
        "and that the lodges would train boatmen as guides."
    )
    rows = attributions(nlp_model, text)
    assert [r[0] for r in rows] == ["Zuhura Ali"]  # not "guests" complaining that the lodges would train boatmen
    assert rows[0][3].endswith("the lodges would train boatmen as guides")


def test_she_after_a_particle_name_the_parser_broke_is_that_person(nlp_model):
    text = (  # from dev99 story 1: the parser took "do" for a verb and hung "Maria" on it
        '"A vulture is a rubbish lorry with wings, and it costs nothing," said Helena Cordeiro, the agency\'s director '
        "for the Alentejo.\n\n"
        "Maria do Carmo Guerreiro, who runs a guesthouse outside Mértola, told the regional newspaper Diário do "
        'Alentejo that guests came to watch the birds and that she hoped for "a plot we can see from the terrace."\n\n'
        '"Who else in Europe can sell breakfast with vultures?" she asked.'
    )
    assert attributions(nlp_model, text)[-1][:2] == ("Maria do Carmo Guerreiro", "ask")  # not Helena Cordeiro


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A tenants’ group that has campaigned since 2019 said the landlord was ignoring the damp. The group, the "
            "Calder Court Tenants Union, said in a statement that it would go to court.",
            "Calder Court Tenants Union",
        ),
        (
            "A parents’ group that has campaigned since 2020 said the school was too small. The group, the Hillside "
            "Parents Forum, said in a letter that it wanted a new building.",
            "Hillside Parents Forum",
        ),
    ],
)
def test_a_group_described_with_a_curly_apostrophe_is_the_group_named_next(nlp_model, text, group):
    assert [r[0] for r in attributions(nlp_model, text)] == [group, group]  # not "A tenants’ group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A group representing young islanders said its members wanted homes. The group, the Tiree Young "
            "Crofters' Network, said in a statement that it welcomed the letters.",
            "Tiree Young Crofters' Network",
        ),
        (
            "A group of shepherds said they were worried. The group, the Ossau Valley Herders' Network, said in a "
            "statement that it would ask for compensation.",
            "Ossau Valley Herders' Network",
        ),
    ],
)
def test_a_body_named_for_its_members_with_an_apostrophe_speaks_under_its_whole_name(nlp_model, text, group):
    assert [r[0] for r in attributions(nlp_model, text)] == [group, group]  # not "A group", cut at the apostrophe


def test_he_after_a_quotation_is_the_speaker_not_a_noun_the_quotation_speaks_of(nlp_model):
    text = (
        "A senator from Oruro, Marco Quispe, told reporters that the ministry had “waited for a flood to find its "
        "bridges.” He admitted that he had never visited the valley."
    )
    assert attributions(nlp_model, text)[-1][:2] == ("Marco Quispe", "admit")  # not "a flood"


def test_a_that_clause_joined_to_a_verb_in_an_adverbial_clause_is_still_the_outer_speakers(nlp_model):
    text = (
        "The council said the routes had been chosen after 900 people answered a survey and that every school "
        "would keep its crossing."
    )
    assert attributions(nlp_model, text) == [
        (
            "The council",
            "say",
            "indirect",
            "the routes had been chosen after 900 people answered a survey and that every school would keep its "
            "crossing",
        )
    ]  # not a second quote of "900 people" who "answered"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Gwenllian Owen, who runs a cafe in Aberporth, told the weekly Cambrian News that walkers liked the "
            "quieter lanes and that she feared the change would bring “vans through the village at 30 again.”",
            "walkers liked the quieter lanes and that she feared",
        ),
        (
            "Marija Kralj, who runs a tavern in Lopud, told the Dubrovnik weekly Dubrovački vjesnik that most of her "
            'June guests arrived by ferry and that skippers were already "cancelling one night at a time."',
            "most of her June guests arrived by ferry and that skippers",
        ),
    ],
)
def test_what_someone_told_a_named_newspaper_is_all_they_said(nlp_model, text, said):
    [(speaker, cue, kind, quote)] = attributions(nlp_model, text)
    assert (speaker, cue, kind) == (text.split(",")[0], "tell", "indirect")
    assert quote.startswith(said)  # not only the quoted words: the parser made the clause the paper's


def test_a_member_of_parliament_from_a_district_set_beside_a_name_is_the_speaker(nlp_model):
    text = "A member of parliament from Western Area Rural, Foday Koroma, told reporters that the jobs were welcome."
    assert attributions(nlp_model, text)[0][:2] == ("Foday Koroma", "tell")  # not "A member"


def test_a_time_phrase_inside_a_reported_clause_does_not_cut_it_off(nlp_model):
    text = "The board said boats still in the bay after the deadline would be held in port."
    assert attributions(nlp_model, text) == [
        ("The board", "say", "indirect", "boats still in the bay after the deadline would be held in port")
    ]  # "after" opens no clause of time: none takes "would"


def test_a_group_described_by_whom_it_represents_is_the_speaker(nlp_model):
    text = (
        "An association representing Sindh’s dhow owners said the ban would cost them one voyage in three. The "
        "association, the Karachi Dhow Owners’ Association, said it would appeal."
    )
    assert [row[0] for row in attributions(nlp_model, text)] == ["Karachi Dhow Owners’ Association"] * 2  # not owners


def test_someone_a_speaker_says_was_never_asked_is_not_the_next_he(nlp_model):
    text = (
        "A councillor for Clifden, Seán Mannion, told reporters that the board had “never asked a skipper before "
        "deciding.” He acknowledged that both boats had been overloaded."
    )
    assert [row[0] for row in attributions(nlp_model, text)] == ["Seán Mannion"] * 2  # not "a skipper"


def test_a_body_set_off_with_an_elided_particle_in_its_name_is_the_speaker_whole(nlp_model):
    text = (
        "The bus company, Transports Publics d’Anniviers, said in a statement that the road was closed. The firm "
        "said it would reopen it on Friday."
    )
    assert [row[0] for row in attributions(nlp_model, text)] == ["Transports Publics d’Anniviers"] * 2


def test_a_name_set_off_before_the_verb_speaks_for_a_long_description(nlp_model):
    text = (
        "A Samoan rugby fan who was turned away from a Hakone bath in 2018 because of his tā moko, Sione "
        "Leota-Mensah, wrote on X that the news was welcome."
    )
    assert [row[0] for row in attributions(nlp_model, text)] == ["Sione Leota-Mensah"]  # not the rugby fan


def test_a_hyphened_owner_that_runs_the_subject_speaks_after_it(nlp_model):
    text = (
        "The national museum at Évora will close two galleries in June to repair its roof, including the cloister, "
        "to cut repair bills that have doubled in two years, the state-owned company that runs it said on Friday."
    )
    assert [(row[0], row[1]) for row in attributions(nlp_model, text)] == [("the state-owned company", "say")]


def test_a_dateline_in_accented_capitals_is_no_part_of_the_claim_nor_its_speaker(nlp_model):
    text = (
        "ŽILINA, Slovakia (AP) — Bathers should not stay in the hot pools for more than an hour, the national spa "
        "authority said Tuesday.\n\nThe authority, the Slovak Spa Inspectorate (SSI), said two bathers had fainted "
        'this month. It said the pools had "run hotter than any summer before" and that staff would check the water.'
    )
    rows = attributions(nlp_model, text)
    assert rows[0][3] == "Bathers should not stay in the hot pools for more than an hour"  # no "ŽILINA, Slovakia"
    assert {row[0] for row in rows} == {"Slovak Spa Inspectorate"}


def test_according_to_a_body_the_parser_made_the_subject_still_names_the_source(nlp_model):
    text = (
        "Night crashes fall in Oamaru\n\n"
        "According to NZ Transport Agency Waka Kotahi (NZTA), which keeps crash records, nine crashes in Oamaru "
        "last year involved drivers under 25 at night."
    )
    assert [row[1:] for row in attributions(nlp_model, text)] == [
        ("according to", "indirect", "nine crashes in Oamaru last year involved drivers under 25 at night")
    ]


def test_a_government_described_first_is_named_beside_the_place_it_governs_next(nlp_model):
    text = (
        "Hikers on the coastal path around Vigo must keep dogs on a lead from March, the regional government said on "
        "Friday.\n\nThe region, the Autonomous Community of Galicia, said it would fine owners up to 300 euros."
    )
    assert {row[0] for row in attributions(nlp_model, text)} == {"Autonomous Community of Galicia"}


@pytest.mark.parametrize(
    "text",
    [
        "Campers at the lake will pay a fee of 20 euros a night from May, after farmers complained that tents blocked "
        "their gates, the county council said on Monday.",
        "Every pupil will learn to swim by the age of nine, because a study found that one in four could not swim a "
        "length, the education office said.",
    ],
)
def test_a_claim_made_on_the_occasion_of_a_complaint_is_one_attribution_the_outer_speakers(nlp_model, text):
    assert [(row[1], row[2]) for row in attributions(nlp_model, text)] == [("say", "indirect")]


def test_a_that_the_parser_read_as_a_relative_pronoun_after_in_an_email_opens_what_was_said(nlp_model):
    text = (
        "Its manager, Lena Marsh, said in an email that guides book the huts a month ahead and that it would help "
        "walkers apply."
    )
    assert attributions(nlp_model, text) == [
        ("Lena Marsh", "say", "indirect", "guides book the huts a month ahead and that it would help walkers apply")
    ]


def test_a_local_government_described_first_is_named_beside_the_same_noun_next(nlp_model):
    text = (
        "Shops in Cēsis must close their terraces at 10 p.m. from June, the district's local government said on "
        "Monday.\n\nThe local government, Cēsis Municipality, said the rule would cover 40 cafés."
    )
    assert {row[0] for row in attributions(nlp_model, text)} == {"Cēsis Municipality"}


def test_the_police_described_first_are_named_beside_the_same_noun_next(nlp_model):
    text = (
        "Drivers who park on the beach road will be fined, the island's police said on Friday.\n\nThe police, the "
        "Royal Grenada Police Force, said officers would patrol the road at weekends."
    )
    assert {row[0] for row in attributions(nlp_model, text)} == {"Royal Grenada Police Force"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the model took the given name for a people
            "A member of the Saeima for Vidzeme, Inese Krūmiņa, told reporters in Riga that the plan was costly.",
            "Inese Krūmiņa",
        ),
        ("A Gdańsk firm that runs a scooter-sharing app, Hulajka, said it had 900 scooters in the city.", "Hulajka"),
    ],
)
def test_a_name_set_off_after_what_describes_the_speaker_speaks(nlp_model, text, speaker):
    assert [row[0] for row in attributions(nlp_model, text)] == [speaker]


def test_a_verb_of_charging_inside_a_report_is_no_report_of_its_own(nlp_model):
    text = 'It said landlords were charging tenants "a fee for every visitor" and that some paid it twice a week.'
    assert [(row[1], row[2]) for row in attributions(nlp_model, text)] == [("say", "indirect")]


def test_it_carries_on_a_noun_named_beside_as_a_body(nlp_model):
    text = (
        "The police, the Royal Grenada Police Force, said the checkpoint on the Grand Anse road would open on "
        "Monday. It said drivers had been stopped by strangers and that the fine would be 500 dollars."
    )
    assert {row[0] for row in attributions(nlp_model, text)} == {"Royal Grenada Police Force"}
