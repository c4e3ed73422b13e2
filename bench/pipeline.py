"""Pipeline performance: the full flow next to bare spaCy over the same cleaned text, in one run.

Usage (from the repo root): python bench/pipeline.py --docs N [--workdir DIR] [--no-two-workers] [--kinds file,lake]

Measures, each configuration in its own subprocess (so peak RSS is its own):
  (a) bare   `nlp.pipe` with the pipeline's model (same components, batch size) over the
             cleaned bodies the flow parses; model load and cleaning are not timed; run before
             and after (b) and (c), and their mean used, so a drift in machine speed does not
             land on one side of the ratio;
  (b) full   the `news_pipeline` flow on a fresh warehouse, 1 worker, then with 2 workers (peak RSS
             of the flow process, and of the largest model worker process in the notes);
  (c) rerun  the flow again over the unchanged input (1 worker, after (b)).
(b) and (c) run for each warehouse kind of --kinds: a DuckDB file and a SQLite-catalog DuckLake.
Prefect's ephemeral API takes seconds to start, so each full-run subprocess first runs the
flow once over data/samples (API up, models loaded in every worker); (b) and (c) time the
flow calls after that: ingest, clean, nlp, entities, aggregate, load, summary, orchestration.
Then every sql/questions/*.sql runs read-only against each N-document warehouse (best of 3; the
lake after `newsflow maintain`'s compaction). The last lines are the targets per kind: full/bare
ratio, 2-worker speedup, rerun/full ratio, and the lake's first two next to the file's.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import build_corpus  # noqa: E402
from bench.queries import question_times  # noqa: E402
from newsflow.tasks.store import open_warehouse  # noqa: E402

SAMPLES = ROOT / "data" / "samples"


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports KB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def measure_bare(corpus: Path, batch_size: int) -> dict:
    """(a): nlp.pipe over the cleaned bodies the flow would parse, nothing else."""
    import polars as pl

    from newsflow.tasks.core.clean import clean_documents
    from newsflow.tasks.core.ingest import discover, read_documents
    from newsflow.tasks.core.nlp import documents_for_nlp, load_model
    from newsflow.tasks.settings import get_settings

    settings = get_settings(batch_size=batch_size)
    locators = discover(str(corpus))
    bodies = []
    for start in range(0, len(locators), settings.batch_size):
        found = read_documents(locators[start: start + settings.batch_size], source=str(corpus))
        bodies.extend(documents_for_nlp(clean_documents(found.docs).docs)["body"].to_list())
    nlp = load_model(settings.model)
    with nlp.memory_zone():
        list(nlp.pipe(bodies[:8], batch_size=settings.nlp_batch_size))
    n_tokens = 0
    started = time.perf_counter()
    with nlp.memory_zone():
        for doc in nlp.pipe(bodies, batch_size=settings.nlp_batch_size):
            n_tokens += len(doc)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "n_docs": len(bodies), "n_tokens": n_tokens, "rss_mb": peak_rss_mb(),
            "components": nlp.pipe_names, "nlp_batch_size": settings.nlp_batch_size, "model": settings.model,
            "chars": sum(map(len, bodies)), "n_cleaned_docs": pl.Series(bodies).len()}


def measure_full(corpus: Path, db: str, warmup_db: str, workers: int, batch_size: int, rerun: bool) -> dict:
    """(b) and, with `rerun`, (c): flow calls in one process after a warm-up call."""
    from newsflow.flows.pipeline import news_pipeline
    from newsflow.tasks.core.nlp import worker_pool
    from newsflow.tasks.settings import get_settings

    settings = get_settings(batch_size=batch_size, workers=workers)
    news_pipeline(str(SAMPLES), db=warmup_db, batch_size=batch_size, workers=workers)
    started = time.perf_counter()
    summary = news_pipeline(str(corpus), db=db, batch_size=batch_size, workers=workers)
    out = {"seconds": time.perf_counter() - started, "n_new": summary["n_new"], "n_in": summary["n_in"],
           "n_documents": summary["n_documents"], "n_events": summary["n_events"], "n_quotes": summary["n_quotes"]}
    if rerun:
        started = time.perf_counter()
        again = news_pipeline(str(corpus), db=db, batch_size=batch_size, workers=workers)
        out.update(rerun_seconds=time.perf_counter() - started, rerun_new=again["n_new"], rerun_skipped=again["n_skipped"])
    out["rss_mb"] = peak_rss_mb()
    worker_pool(settings.model, workers).shutdown()
    out["worker_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return out


def in_subprocess(args: list[str], env: dict) -> dict:
    """Run this script with `args` in a fresh Python and return the JSON it prints last."""
    done = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-6000:])
        raise SystemExit(f"measurement {args[:2]} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def warehouse_locations(workdir: Path, kind: str, name: str) -> tuple[str, str]:
    """The --db strings of a measured warehouse and of its warm-up run, for kind `file` or `lake`."""
    if kind == "file":
        return str(workdir / f"warehouse-{name}.duckdb"), str(workdir / f"warmup-{name}.duckdb")
    return f"ducklake:sqlite:{workdir / f'lake-{name}.sqlite'}", f"ducklake:sqlite:{workdir / f'warmup-lake-{name}.sqlite'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="Documents in the corpus (real articles, replicated past 277).")
    parser.add_argument("--workdir", type=Path, help="Where the corpus and warehouses go (default: a temporary folder).")
    parser.add_argument("--batch-size", type=int, default=200, help="Documents per pipeline batch.")
    parser.add_argument("--kinds", default="file,lake", help="Warehouse kinds to measure (b) and (c) on: file, lake or both.")
    parser.add_argument("--no-two-workers", action="store_true", help="Skip the 2-worker runs (their speedup prints as nan).")
    parser.add_argument("--rss-only", action="store_true",
                        help="Only the full run with --workers, printing its peak RSS (to compare N=1,000 with N=10,000).")
    parser.add_argument("--workers", type=int, default=1, help="Workers for --rss-only.")
    parser.add_argument("--measure", choices=["bare", "full"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--warmup-db", help=argparse.SUPPRESS)
    parser.add_argument("--rerun", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure == "bare":
        print(json.dumps(measure_bare(args.corpus, args.batch_size)))
        return
    if args.measure == "full":
        print(json.dumps(measure_full(args.corpus, args.db, args.warmup_db, args.workers, args.batch_size, args.rerun)))
        return

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    corpus = workdir / f"corpus-{args.docs}"
    made = build_corpus(corpus, args.docs)
    env = {**os.environ, "PREFECT_HOME": str(workdir / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
           "PYTHONPATH": str(ROOT)}
    for pattern in ("warehouse-*.duckdb*", "warmup-*", "lake-*"):
        for stale in workdir.glob(pattern):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    common = ["--corpus", str(corpus), "--batch-size", str(args.batch_size)]

    def full_run(kind: str, name: str, workers: int, *extra: str) -> dict:
        db, warmup = warehouse_locations(workdir, kind, name)
        return in_subprocess(["--measure", "full", *common, "--db", db, "--warmup-db", warmup,
                              "--workers", str(workers), *extra], env)

    if args.rss_only:
        run = full_run("file", "rss", args.workers)
        print(f"{args.docs} docs ({made['n_distinct']} distinct), {args.workers} worker(s): {run['n_new']} new in "
              f"{run['seconds']:.1f} s; peak RSS flow process {run['rss_mb']:.0f} MB, each model worker {run['worker_rss_mb']:.0f} MB")
        return
    kinds = [kind.strip() for kind in args.kinds.split(",")]
    bare_before = in_subprocess(["--measure", "bare", *common], env)
    full = {kind: full_run(kind, "1", 1, "--rerun") for kind in kinds}
    two = {kind: None if args.no_two_workers else full_run(kind, "2", 2) for kind in kinds}
    bare_after = in_subprocess(["--measure", "bare", *common], env)
    bare = {**bare_before, "seconds": (bare_before["seconds"] + bare_after["seconds"]) / 2,
            "rss_mb": max(bare_before["rss_mb"], bare_after["rss_mb"])}
    queries = {}
    for kind in kinds:
        warehouse = open_warehouse(warehouse_locations(workdir, kind, "1")[0])
        warehouse.maintain(keep=timedelta(0))
        queries[kind] = question_times(warehouse)

    print(f"corpus: {made['n_docs']} article files in {corpus}: {made['n_distinct']} distinct real articles"
          + (f" + {made['n_copies']} copies, each with a unique 'Reference: N' line" if made["n_copies"] else ""))
    print(f"model {bare['model']}, components {', '.join(bare['components'])}; batch {args.batch_size} docs, "
          f"nlp.pipe batch {bare['nlp_batch_size']}; {bare['n_docs']} cleaned bodies parsed, {bare['n_tokens']} tokens")
    print("timed: (a) nlp.pipe only, before and after the flow runs (the machine's speed drifts; the mean is used); "
          "(b)/(c) news_pipeline flow calls after a warm-up call in the same process; file = DuckDB file, "
          "lake = SQLite-catalog DuckLake")
    print(f"(a) before {bare_before['seconds']:.2f} s, after {bare_after['seconds']:.2f} s")
    rows = [("(a) bare nlp.pipe", bare["seconds"], bare["rss_mb"], "")]
    for kind in kinds:
        rows += [(f"(b) {kind} full, 1 worker", full[kind]["seconds"], full[kind]["rss_mb"],
                  f"{full[kind]['n_new']} new; model worker peak {full[kind]['worker_rss_mb']:.0f} MB"),
                 (f"(c) {kind} re-run", full[kind]["rerun_seconds"], full[kind]["rss_mb"],
                  f"{full[kind]['rerun_new']} new, {full[kind]['rerun_skipped']} skipped")]
        if two[kind]:
            rows.append((f"(b) {kind} full, 2 workers", two[kind]["seconds"], two[kind]["rss_mb"],
                         f"{two[kind]['n_new']} new; each model worker peak {two[kind]['worker_rss_mb']:.0f} MB"))
    print(f"{'configuration':<28}{'seconds':>9}{'docs/s':>9}{'tokens/s':>10}{'peak RSS MB':>13}  notes")
    for name, seconds, rss, notes in rows:
        print(f"{name:<28}{seconds:>9.2f}{bare['n_docs'] / seconds:>9.1f}{bare['n_tokens'] / seconds:>10.0f}{rss:>13.0f}  {notes}")
    for kind in kinds:
        print(f"{kind} warehouse: {full[kind]['n_documents']} documents, {full[kind]['n_events']} events, {full[kind]['n_quotes']} quotes")
        for name, ms in queries[kind].items():
            print(f"{kind} question {name:<28}{ms:>8.1f} ms")
    ratios = {}
    for kind in kinds:
        ratios[kind] = (full[kind]["seconds"] / bare["seconds"],
                        full[kind]["seconds"] / two[kind]["seconds"] if two[kind] else float("nan"))
        print(f"{kind} full/bare ratio {ratios[kind][0]:.3f}")
        print(f"{kind} 2-worker speedup {ratios[kind][1]:.3f}")
        print(f"{kind} rerun/full ratio {full[kind]['rerun_seconds'] / full[kind]['seconds']:.3f}")
    if {"file", "lake"} <= set(kinds):
        print(f"lake vs file: full/bare {ratios['lake'][0] / ratios['file'][0] - 1:+.1%}, "
              f"2-worker speedup {ratios['lake'][1] / ratios['file'][1] - 1:+.1%}")


if __name__ == "__main__":
    main()
