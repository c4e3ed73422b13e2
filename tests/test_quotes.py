"""Quotes of the seed article: speakers (pronouns resolved), cues, kinds and spans."""

import polars as pl
import pytest

from tasks.core.quotes import LINKED_QUOTES, extract_quotes, link_quotes, quote_spans
from tasks.core.schemas import QUOTES, frame

from test_events import seed_body


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


def test_colon_cue_and_unnamed_speakers(seed_quotes):
    respond = quote(seed_quotes, "we will respond")
    assert (respond["speaker_text"], respond["cue"], respond["kind"]) == ("The General Staff", "write", "direct")
    expert = quote(seed_quotes, "devastating\" to its military")
    assert expert["speaker_text"] == "an expert"


def test_every_quote_span_is_its_text(seed_quotes, seed_doc):
    for row in seed_quotes.iter_rows(named=True):
        assert seed_doc.text[row["start_char"] : row["end_char"]] == row["text"]
        assert seed_doc.text[row["speaker_start"] : row["speaker_end"]] == row["speaker_text"]


def test_quote_marks_pair_per_paragraph():
    text = '"First paragraph of a long quote.\n\n"Second paragraph," she said. Curly “quote” too.'
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "First paragraph of a long quote.", "Second paragraph", "quote"
    ]


def test_link_quotes_gives_speaker_ids(seed_quotes, seed_doc):
    mentions = pl.DataFrame(  # the text of each name stands in for its entity id
        [{"doc_id": "seed", "start_char": e.start_char, "end_char": e.end_char, "entity_id": e.text, "via": "name"}
         for e in seed_doc.ents]
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
    doc = nlp_model('Javed Ali, a University of Michigan professor, spoke on Monday. Prices rose sharply in the region.\n\n'
                    '"Belarus is a small country with few troops," the professor said.')
    (row,) = extract_quotes(doc)
    assert (row["speaker_text"], row["kind"], row["cue"]) == ("Javed Ali", "direct", "say")


def test_the_doctor_is_the_doctor_introduced_before(nlp_model):
    doc = nlp_model("Public Ombudsman Nadia Cruz said the deaths were caused by gunshot wounds. "
                    "A doctor on the scene told Ruptly that he tried to save one of the wounded demonstrators.\n\n"
                    "“It’s a shame to see a comrade die in this way, because he died in my hands,” the doctor said.")
    direct = [q for q in extract_quotes(doc) if q["kind"] == "direct"]
    assert [q["speaker_text"] for q in direct] == ["A doctor"]  # not Nadia Cruz, the last named person


def test_lowercase_quote_with_its_own_clause_is_direct(nlp_model):
    doc = nlp_model("A company spokesperson said in an email that “we have received an inquiry from the office "
                    "and are cooperating in the matter.”")
    kinds = {q["kind"]: q for q in extract_quotes(doc)}
    assert kinds["direct"]["text"].startswith("we have received an inquiry")
    assert kinds["direct"]["speaker_text"] == "A company spokesperson"
