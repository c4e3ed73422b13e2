"""The warehouse, each kind (DuckDB file, SQLite- and PostgreSQL-catalog DuckLake): migrations give the
DESIGN tables, loads are all-or-nothing and idempotent, rollups agree with their rows whatever the
order in which concurrent writers commit."""

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from newsflow.tasks.core.aggregate import WarehouseBatch
from newsflow.tasks.core.schemas import DOCUMENTS, LINKED_MENTIONS, SENTENCES, empty, frame
from newsflow.tasks.store import Warehouse, open_warehouse
from tests.conftest import WAREHOUSE_KINDS, make_warehouse

DESIGN_COLUMNS = {
    "documents": "doc_id source uri title publisher author published_at language caption body n_chars duplicate_of "
    "ingested_at run_id",
    "removed_lines": "doc_id line_no text reason",
    "sentences": "doc_id sent_no start_char end_char text",
    "mentions": "doc_id sent_no start_char end_char text label entity_id via",
    "entities": "entity_id name type n_mentions n_docs first_seen last_seen",
    "entity_aliases": "alias entity_id",
    "entity_roles": "entity_id role doc_id date",
    "cooccurrences": "entity_a entity_b n_sentences n_docs first_seen last_seen",
    "runs": "run_id flow_run_id started_at finished_at n_in n_new n_skipped n_rejected status model version pid host "
    "reason snapshot_id",
    "rejected": "run_id source uri reason detail",
}


def columns(warehouse: Warehouse, table: str) -> list[str]:
    return warehouse.query(f"describe {table}")["column_name"].to_list()


@pytest.mark.parametrize("kind", WAREHOUSE_KINDS)
def test_blank_warehouse_gets_the_design_tables_once(kind: str, tmp_path: Path, request: pytest.FixtureRequest):
    warehouse = open_warehouse(make_warehouse(kind, tmp_path, request), tmp_path / "files")
    first = warehouse.migrate()
    assert first[0] == "001_init.sql"
    assert warehouse.migrate() == []
    for table, expected in DESIGN_COLUMNS.items():
        assert columns(warehouse, table) == expected.split(), table
    assert columns(warehouse, "events")[:3] == ["event_id", "doc_id", "sent_no"]
    assert "speaker_id" in columns(warehouse, "quotes")


def one_document_batch(doc_id: str, body: str, entity_id: str | None = "E1") -> WarehouseBatch:
    doc = frame(
        [{"doc_id": doc_id, "source": "t", "uri": f"{doc_id}.txt", "body": body, "n_chars": len(body)}], DOCUMENTS
    )
    sentence = frame(
        [{"doc_id": doc_id, "sent_no": 0, "start_char": 0, "end_char": len(body), "text": body}], SENTENCES
    )
    mention = frame(
        [
            {
                "doc_id": doc_id,
                "sent_no": 0,
                "start_char": 0,
                "end_char": 7,
                "text": body[:7],
                "label": "GPE",
                "entity_id": entity_id,
            }
        ],
        LINKED_MENTIONS,
    )
    entities = pl.DataFrame({"entity_id": [entity_id], "name": [body[:7]], "type": ["GPE"]})
    aliases = pl.DataFrame({"alias": [body[:7]], "entity_id": [entity_id]})
    no_rows = {
        name: empty(schema)
        for name, schema in {
            "removed_lines": {"doc_id": pl.Utf8, "line_no": pl.Int64, "text": pl.Utf8, "reason": pl.Utf8},
            "entity_roles": {"entity_id": pl.Utf8, "role": pl.Utf8, "doc_id": pl.Utf8, "date": pl.Date},
            "entity_relations": {"entity_id": pl.Utf8, "relation": pl.Utf8, "related_id": pl.Utf8},
            "events": {"event_id": pl.Utf8, "doc_id": pl.Utf8},
            "quotes": {"quote_id": pl.Utf8, "doc_id": pl.Utf8},
            "document_pairs": {"doc_id": pl.Utf8, "entity_a": pl.Utf8, "entity_b": pl.Utf8, "n_sentences": pl.Int64},
        }.items()
    }
    return WarehouseBatch(
        documents=doc, sentences=sentence, mentions=mention, entities=entities, entity_aliases=aliases, **no_rows
    )


def count(warehouse: Warehouse, table: str) -> int:
    return warehouse.query(f"select count(*) as n from {table}")["n"][0]


def test_loading_the_same_document_twice_keeps_one_copy(warehouse: Warehouse):
    batch = one_document_batch("d1", "Belarus announced plans.")
    warehouse.load_batch(batch, "run1")
    warehouse.load_batch(batch, "run2")
    assert [count(warehouse, t) for t in ("documents", "sentences", "mentions", "entities", "entity_aliases")] == [
        1,
        1,
        1,
        1,
        1,
    ]
    assert warehouse.query("select n_mentions, n_docs from entities").rows() == [(1, 1)]


def test_a_failing_batch_leaves_the_warehouse_as_it_was(warehouse: Warehouse):
    warehouse.load_batch(one_document_batch("d1", "Belarus announced plans."), "run1")
    # Same document again, but its mention breaks the `not null` contract of sentences: the whole batch must roll back.
    broken = one_document_batch("d1", "Ukraine warned Lukashenko.", entity_id="E2")
    broken = WarehouseBatch(
        **{**broken.tables(), "sentences": broken.sentences.with_columns(doc_id=pl.lit(None, pl.Utf8))}
    )
    with pytest.raises(duckdb.ConstraintException):
        warehouse.load_batch(broken, "run2")
    assert warehouse.query("select body, run_id from documents").rows() == [("Belarus announced plans.", "run1")]
    assert warehouse.query("select name from entities").rows() == [("Belarus",)]


def test_reading_a_missing_warehouse_says_how_to_make_one(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="newsflow run"):
        open_warehouse(tmp_path / "none.duckdb").query("select 1")


def test_rollups_follow_a_reprocessed_document(warehouse: Warehouse):
    warehouse.load_batch(one_document_batch("d1", "Belarus announced plans."), "run1")
    second = one_document_batch("d2", "Belarus and Ukraine.")
    extra = frame(
        [
            {
                "doc_id": "d2",
                "sent_no": 0,
                "start_char": 12,
                "end_char": 19,
                "text": "Ukraine",
                "label": "GPE",
                "entity_id": "E2",
            }
        ],
        LINKED_MENTIONS,
    )
    second = WarehouseBatch(
        **{
            **second.tables(),
            "mentions": pl.concat([second.mentions, extra]),
            "entities": pl.DataFrame(
                {"entity_id": ["E1", "E2"], "name": ["Belarus", "Ukraine"], "type": ["GPE", "GPE"]}
            ),
            "document_pairs": pl.DataFrame(
                {"doc_id": ["d2"], "entity_a": ["E1"], "entity_b": ["E2"], "n_sentences": [1]}
            ),
        }
    )
    warehouse.load_batch(second, "run2")
    assert warehouse.query("select name, n_mentions, n_docs from entities order by name").rows() == [
        ("Belarus", 2, 2),
        ("Ukraine", 1, 1),
    ]
    assert warehouse.query("select entity_a, entity_b, n_sentences, n_docs from cooccurrences").rows() == [
        ("E1", "E2", 1, 1)
    ]

    # A new document with the same pair (in two sentences) adds to it.
    third = WarehouseBatch(
        **{
            **second.tables(),
            "documents": second.documents.with_columns(doc_id=pl.lit("d3"), published_at=pl.lit(date(2022, 12, 14))),
            "mentions": second.mentions.with_columns(doc_id=pl.lit("d3")),
            "document_pairs": pl.DataFrame(
                {"doc_id": ["d3"], "entity_a": ["E1"], "entity_b": ["E2"], "n_sentences": [2]}
            ),
        }
    )
    warehouse.load_batch(third, "run3")
    # d2 has no published date (it counts from its ingest day); d3 was published 2022-12-14.
    assert warehouse.query("select n_sentences, n_docs, first_seen from cooccurrences").rows() == [
        (3, 2, date(2022, 12, 14))
    ]
    assert warehouse.query("select name, n_mentions, n_docs from entities order by name").rows() == [
        ("Belarus", 3, 3),
        ("Ukraine", 2, 2),
    ]
    warehouse.load_batch(third, "run3-again")
    assert warehouse.query("select n_sentences, n_docs from cooccurrences").rows() == [(3, 2)]
    warehouse.load_batch(
        WarehouseBatch(
            **{**third.tables(), "document_pairs": third.document_pairs.clear(), "mentions": third.mentions.clear()}
        ),
        "run3-empty",
    )
    assert warehouse.query("select n_sentences, n_docs from cooccurrences").rows() == [(1, 1)]
    assert warehouse.query("select name, n_mentions, n_docs from entities order by name").rows() == [
        ("Belarus", 2, 2),
        ("Ukraine", 1, 1),
    ]

    # d2 processed again (say, by a newer model) now mentions only Ukraine: Belarus drops to one document, the
    # pair goes.
    only_ukraine = WarehouseBatch(
        **{**second.tables(), "mentions": extra, "document_pairs": second.document_pairs.clear()}
    )
    warehouse.load_batch(only_ukraine, "run3")
    assert warehouse.query("select name, n_mentions, n_docs from entities order by name").rows() == [
        ("Belarus", 1, 1),
        ("Ukraine", 1, 1),
    ]
    assert warehouse.query("select count(*) as n from cooccurrences")["n"][0] == 0
