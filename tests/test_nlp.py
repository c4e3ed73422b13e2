"""The language pass: the components the stages read, frames per document, and worker processes."""

import os
import signal
from concurrent.futures.process import BrokenProcessPool

import polars as pl
import pytest

from newsflow.tasks.core.clean import clean_documents
from newsflow.tasks.core.ingest import read_documents
from newsflow.tasks.core.model_processes import (
    CLEANING,
    clean_and_analyze_in_pool,
    cleans_apart,
    documents_for_nlp,
    worker_pool,
)
from newsflow.tasks.core.nlp import analyze, sentence_of
from newsflow.tasks.settings import Settings
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed_documents() -> pl.DataFrame:
    return clean_documents(read_documents([SEED], source="tests").docs).docs


def test_pipeline_runs_what_the_stages_read_and_no_sentence_recognizer(nlp_model):
    assert {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "newsflow_entities"} <= set(
        nlp_model.pipe_names
    )
    assert "senter" not in nlp_model.component_names


def test_rows_point_into_the_body(seed_documents, nlp_model):
    result = analyze(documents_for_nlp(seed_documents), nlp_model)

    body = seed_documents["body"][0]
    for row in result.sentences.iter_rows(named=True):
        assert body[row["start_char"] : row["end_char"]] == row["text"]
    for row in result.mentions.iter_rows(named=True):
        assert body[row["start_char"] : row["end_char"]] == row["text"]
    assert ("Vladimir Putin", "PERSON") in result.mentions.select("text", "label").rows()
    assert result.sentences["sent_no"].to_list() == list(range(result.sentences.height))


def test_duplicates_foreign_and_empty_documents_are_not_parsed(seed_documents):
    base = seed_documents.row(0, named=True)
    docs = pl.DataFrame(
        [
            base,
            {**base, "doc_id": "copy", "duplicate_of": base["doc_id"]},
            {**base, "doc_id": "german", "language": "de"},
            {**base, "doc_id": "empty", "body": "", "n_chars": 0},
            {**base, "doc_id": "unknown-language", "language": None},
        ],
        schema=seed_documents.schema,
    )

    assert documents_for_nlp(docs)["doc_id"].to_list() == [base["doc_id"], "unknown-language"]


def test_sentence_of_finds_the_sentence_holding_an_offset():
    starts = [0, 10, 25]
    assert [sentence_of(c, starts) for c in (0, 9, 10, 24, 25, 400)] == [0, 0, 1, 1, 2, 2]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_worker_processes_clean_and_give_the_same_frames_as_this_process(nlp_model, workers):
    read = read_documents([SEED], source="tests").docs
    cleaned_here = clean_documents(read)
    here = analyze(documents_for_nlp(cleaned_here.docs), nlp_model)

    cleaned, there = clean_and_analyze_in_pool(read, Settings().model, batch_size=64, workers=workers)

    assert cleaned.docs.equals(cleaned_here.docs) and cleaned.removed.equals(cleaned_here.removed)
    for name in ("sentences", "mentions", "events", "quotes"):
        assert getattr(there, name).equals(getattr(here, name)), name
    assert here.events.height > 0 and here.quotes.height > 0


@pytest.mark.slow
@pytest.mark.parametrize("killed", ["model", "cleaning"])
def test_a_process_that_dies_fails_its_batch_and_the_next_batch_gets_a_new_one(killed):
    read = read_documents([SEED], source="tests").docs
    model = Settings().model
    if killed == "cleaning" and not cleans_apart(1):
        pytest.skip("one core: the model process cleans")
    _, before = clean_and_analyze_in_pool(read, model, batch_size=64, workers=1)
    for process in list(worker_pool(model if killed == "model" else CLEANING, 1)._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
        process.join()

    with pytest.raises(BrokenProcessPool):
        clean_and_analyze_in_pool(read, model, batch_size=64, workers=1)
    _, after = clean_and_analyze_in_pool(read, model, batch_size=64, workers=1)

    assert after.events.equals(before.events) and after.events.height > 0
