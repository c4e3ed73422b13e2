"""Ingest: every input becomes a document or a rejection with a reason."""

import gzip
import json
from pathlib import Path

import pytest

from newsflow.tasks.core.ingest import discover, doc_id_of, read_documents
from tests.conftest import SEED, SHARED


def test_doc_id_ignores_whitespace_differences_but_not_words():
    assert doc_id_of("Belarus  ramped up\nmilitary action.") == doc_id_of("Belarus ramped up military action. ")
    assert doc_id_of("Belarus ramped up") != doc_id_of("Belarus ramped down")


def test_folder_of_mixed_formats(tmp_path: Path):
    (tmp_path / "a.txt").write_text(SEED.read_text())
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"text": "Putin met Lukashenko in Minsk.", "title": "Talks", "published_at": "2022-12-19"})
        + "\n"
        + json.dumps({"title": "no text here"})
        + "\n"
        + "{not json\n"
    )
    (tmp_path / "c.csv").write_text('text,url,source\n"Ukraine warned Belarus.",https://example.org/x,wire\n')
    (tmp_path / "d.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "e.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "f.txt").write_text("   \n")

    result = read_documents(discover(str(tmp_path)), source="test")

    assert result.docs.height == 3
    jsonl = result.docs.filter(result.docs["uri"].str.ends_with("b.jsonl#1")).row(0, named=True)
    assert (jsonl["title"], jsonl["published_at"]) == ("Talks", "2022-12-19")
    csv_row = result.docs.filter(result.docs["uri"].str.ends_with("c.csv#1")).row(0, named=True)
    assert (csv_row["url"], csv_row["source"], csv_row["raw"]) == (
        "https://example.org/x",
        "wire",
        "Ukraine warned Belarus.",
    )
    assert sorted(result.rejected["reason"].to_list()) == ["bad-json", "binary", "empty", "no-text", "unsupported"]
    assert result.rejected.filter(result.rejected["reason"] == "bad-json")["detail"][0].endswith(
        "(Expecting property name enclosed in double quotes)"
    )


def test_exact_duplicates_are_kept_once(tmp_path: Path):
    (tmp_path / "one.txt").write_text("Belarus announced plans on Tuesday.")
    (tmp_path / "two.txt").write_text("Belarus announced  plans on Tuesday.\n")
    result = read_documents(discover(str(tmp_path)), source="test")
    assert result.docs.height == 1
    assert result.n_duplicates == 1


def test_html_gz_pages_are_read_as_html():
    page = next((SHARED / "data" / "extraction-benchmark" / "html").glob("*.html.gz"))
    result = read_documents([page], source="bench")
    assert result.docs["format"].to_list() == ["html"]
    assert "<html" in result.docs["raw"][0].lower()


def test_glob_and_missing_source(tmp_path: Path):
    (tmp_path / "x.txt").write_text("one")
    (tmp_path / "y.md").write_text("two")
    assert discover(str(tmp_path / "*.txt")) == [tmp_path / "x.txt"]
    with pytest.raises(FileNotFoundError, match="no file, folder or glob"):
        discover(str(tmp_path / "missing"))


def test_broken_gzip_is_rejected(tmp_path: Path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<html>ok</html>")[:10])
    result = read_documents([tmp_path / "page.html.gz"], source="test")
    assert result.docs.is_empty()
    assert result.rejected["reason"].to_list() == ["unreadable"]
