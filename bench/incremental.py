"""Incremental runs: what a re-run over an unchanged folder costs next to the first run.

Copies a real corpus (the 60 extraction-benchmark pages as plain text, or as HTML with
--html, plus the seed article) into a temporary folder, runs news_pipeline on it against a
fresh warehouse, runs it again unchanged, then once more with one new article added, and
prints the wall times and the ratios. Runs against a throwaway Prefect API.

    python bench/incremental.py [--html] [--keep DIR]
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCHMARK = ROOT.parent / "shared" / "data" / "extraction-benchmark"
SEED = ROOT / "data" / "samples" / "msn-newsweek-belarus-2022-12-13.txt"
LATE_ARTICLE = """Lukashenko meets Putin in Minsk

MINSK, Dec 19 (Reuters) - Russian President Vladimir Putin met Belarusian leader Alexander
Lukashenko in Minsk on Monday, his first visit to Belarus since 2019. Ukraine warned that
Belarus could join the war, while Lukashenko told reporters his army would not cross the border.
"""


def build_corpus(folder: Path, html: bool) -> int:
    """The benchmark pages and the seed article in `folder`; returns how many files."""
    folder.mkdir(parents=True, exist_ok=True)
    pattern = "html/*.html.gz" if html else "text/*.txt"
    pages = sorted(BENCHMARK.glob(pattern))
    for page in pages:
        shutil.copy(page, folder / page.name)
    shutil.copy(SEED, folder / SEED.name)
    return len(pages) + 1


def timed_run(source: Path, db: Path) -> tuple[float, dict]:
    """Wall seconds of one news_pipeline run, and its summary."""
    from newsflow.flows.pipeline import news_pipeline

    started = time.perf_counter()
    summary = news_pipeline(str(source), db=str(db))
    return time.perf_counter() - started, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--html", action="store_true", help="Use the HTML pages instead of their plain-text renderings."
    )
    parser.add_argument(
        "--keep", type=Path, help="Work in this folder and keep it (default: a temporary folder, removed)."
    )
    args = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.testing.utilities import prefect_test_harness

    work = args.keep or Path(tempfile.mkdtemp(prefix="newsflow-incremental-"))
    corpus, db = work / "articles", work / "warehouse.duckdb"
    n_files = build_corpus(corpus, args.html)
    try:
        with prefect_test_harness(server_startup_timeout=120):
            first, first_summary = timed_run(corpus, db)
            rerun, rerun_summary = timed_run(corpus, db)
            (corpus / "late-article.txt").write_text(LATE_ARTICLE)
            grown, grown_summary = timed_run(corpus, db)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    kind = "HTML" if args.html else "plain text"
    print(f"corpus: {n_files} files ({kind} benchmark pages + the seed article)")
    for label, seconds, summary in [
        ("first run", first, first_summary),
        ("unchanged re-run", rerun, rerun_summary),
        ("one new article", grown, grown_summary),
    ]:
        print(
            f"{label:18s} {seconds:7.2f} s   in {summary['n_in']:3d}  new {summary['n_new']:3d}  "
            f"skipped {summary['n_skipped']:3d}  rejected {summary['n_rejected']:2d}"
        )
    print(f"re-run / first run: {rerun / first:.3f}  ({first / rerun:.1f}x cheaper)")
    print(f"one new article / first run: {grown / first:.3f}")


if __name__ == "__main__":
    main()
