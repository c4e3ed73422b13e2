"""Article extraction benchmark: our cleaner on plain text and on HTML, next to trafilatura on the same pages.

Usage (from the repo root): python bench/extraction.py [BENCHMARK_DIR] [--save PREDICTIONS_DIR]
BENCHMARK_DIR holds html/KEY.html.gz, text/KEY.txt and ground-truth.json (default
../shared/data/extraction-benchmark); the scorer is the shared score_extraction.py next to it
(BENCHMARK_DIR/../../bench/score_extraction.py), so the figures are comparable with the README's.
"""

import argparse
import datetime as dt
import gzip
import html
import importlib.util
import json
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsflow.tasks.core.clean import clean_documents  # noqa: E402
from newsflow.tasks.core.schemas import RAW_DOCUMENTS  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "data" / "extraction-benchmark"


def load_scorer(bench_dir: Path):
    """The shared scorer module, found beside the benchmark data."""
    for cand in (
        bench_dir.parent.parent / "bench" / "score_extraction.py",
        ROOT.parent / "shared" / "bench" / "score_extraction.py",
    ):
        if cand.exists():
            spec = importlib.util.spec_from_file_location("score_extraction", cand)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod
    raise SystemExit("score_extraction.py not found next to the benchmark")


def read_pages(bench_dir: Path, keys: list[str]) -> tuple[dict, dict]:
    """Plain text and HTML of each page, by key."""
    texts = {k: (bench_dir / "text" / f"{k}.txt").read_text(encoding="utf-8") for k in keys}
    htmls = {
        k: gzip.decompress((bench_dir / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace") for k in keys
    }
    return texts, htmls


def ours(pages: dict, fmt: str) -> dict:
    """Bodies from clean_documents over the pages as one batch, the way the pipeline runs."""
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "doc_id": k,
            "source": f"benchmark-{fmt}",
            "uri": k,
            "format": fmt,
            "raw": raw,
            "title": None,
            "url": None,
            "published_at": None,
            "fetched_at": now,
        }
        for k, raw in pages.items()
    ]
    docs = clean_documents(pl.DataFrame(rows, schema=RAW_DOCUMENTS)).docs
    return {
        doc_id: without_headline(title, body)
        for doc_id, title, body in docs.select("doc_id", "title", "body").iter_rows()
    }


def without_headline(title: str | None, body: str) -> str:
    """The article body the benchmark's gold holds: newsflow's body opens with the headline (kept in `title`)."""
    return body[len(title) + 2 :] if title and body.startswith(title + "\n\n") else body


def as_paragraphs(text: str) -> str:
    """Plain text as HTML with one <p> a line, how trafilatura is given plain text (README's 0.716)."""
    return (
        "<html><body>"
        + "".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
        + "</body></html>"
    )


def trafilatura_bodies(pages: dict, wrap=lambda raw: raw) -> dict:
    """trafilatura's main text with its defaults, the reference point."""
    import trafilatura

    return {k: trafilatura.extract(wrap(raw)) or "" for k, raw in pages.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--save", type=Path, help="write each system's predictions JSON here")
    args = ap.parse_args()
    scorer = load_scorer(args.bench_dir)
    truth = json.loads((args.bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    texts, htmls = read_pages(args.bench_dir, sorted(truth))
    runs = {
        "plain text  newsflow   ": lambda: ours(texts, "text"),
        "plain text  trafilatura": lambda: trafilatura_bodies(texts, as_paragraphs),
        "html        newsflow   ": lambda: ours(htmls, "html"),
        "html        trafilatura": lambda: trafilatura_bodies(htmls),
    }
    for name, run in runs.items():
        pred = run()
        s = scorer.score(truth, pred)
        print(
            f"{name}  pages {s['pages']}  precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}",
            flush=True,
        )
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            out = args.save / (name.split()[0].replace(" ", "") + "-" + name.split()[-1] + ".json")
            out.write_text(json.dumps({k: {"articleBody": v} for k, v in pred.items()}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
