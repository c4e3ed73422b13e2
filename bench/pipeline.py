"""Pipeline performance: the full flow next to bare spaCy over the same cleaned text, in one run.

Usage (from the repo root): python bench/pipeline.py --docs N [--workdir DIR] [--no-two-workers] [--kinds file,lake]
                                [--scale-docs 10000 | --scale-only] [--no-whole-process]

Measures, each configuration in its own subprocess (so peak RSS is its own):
  (a) bare   `nlp.pipe` with the pipeline's model (same components, batch size) over the
             cleaned bodies the flow parses; model load and cleaning are not timed; run before
             and after (b) and (c), and their mean used, so a drift in machine speed does not
             land on one side of the ratio;
  (b) full   the `news_pipeline` flow on a fresh warehouse, 1 worker, then with 2 workers (peak RSS
             of the flow process, and of each model process and the cleaning process in the notes);
  (c) rerun  the flow again over the unchanged input (1 worker, after (b)).
(b) and (c) run for each warehouse kind of --kinds: a DuckDB file and a SQLite-catalog DuckLake.
Prefect's ephemeral API takes seconds to start, so each full-run subprocess first runs the
flow once over data/samples (API up, models loaded in every worker); (b) and (c) time the
flow calls after that: ingest, clean, nlp, entities, aggregate, load, summary, orchestration.
Then every sql/questions/*.sql runs read-only against each N-document warehouse (best of 3; the
lake after `newsflow maintain`'s compaction), and the ratios per kind: full/bare ratio, 2-worker
speedup, rerun/full ratio, and the lake's first two next to the file's.
  (d) scale  one 2-worker run of --scale-docs documents (10,000) into a fresh SQLite-catalog
             DuckLake, the default warehouse: peak RSS of the flow and of each model process, and
             every question's time on what that run wrote, after `maintain`;
  (e) whole  `newsflow run` as a user runs it, a whole process each (Prefect API start and model
             load included): a folder of 60 real articles loaded once, run again unchanged, then
             with one new article.
The output ends with four lines a script can read: the largest model-process and flow-process
peak RSS of every configuration measured, and the two whole-process times of (e).
--scale-only runs (d) and (e) alone; --scale-docs 0 and --no-whole-process leave out (d) and (e).
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
WHOLE_PROCESS_ARTICLES = ROOT.parent / "shared" / "data" / "extraction-benchmark" / "text"


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_rss_mb(pid: int) -> float:
    """Peak resident set size in MB of the live process `pid` (VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise ValueError(f"no VmHWM for process {pid}")


def measure_bare(corpus: Path, batch_size: int) -> dict:
    """(a): nlp.pipe over the cleaned bodies the flow would parse, nothing else."""
    import polars as pl

    from newsflow.tasks.core.clean import clean_documents
    from newsflow.tasks.core.ingest import discover, read_documents
    from newsflow.tasks.core.model_processes import documents_for_nlp
    from newsflow.tasks.core.nlp import load_model
    from newsflow.tasks.settings import get_settings

    settings = get_settings(batch_size=batch_size)
    locators = discover(str(corpus))
    bodies = []
    for start in range(0, len(locators), settings.batch_size):
        found = read_documents(locators[start : start + settings.batch_size], source=str(corpus))
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
    return {
        "seconds": seconds,
        "n_docs": len(bodies),
        "n_tokens": n_tokens,
        "rss_mb": peak_rss_mb(),
        "components": nlp.pipe_names,
        "nlp_batch_size": settings.nlp_batch_size,
        "model": settings.model,
        "chars": sum(map(len, bodies)),
        "n_cleaned_docs": pl.Series(bodies).len(),
    }


def measure_full(corpus: Path, db: str, warmup_db: str, workers: int, batch_size: int, rerun: bool) -> dict:
    """(b) and, with `rerun`, (c): flow calls in one process after a warm-up call."""
    from newsflow.flows.pipeline import news_pipeline
    from newsflow.tasks.core.model_processes import CLEANING, cleans_apart, worker_pool
    from newsflow.tasks.settings import get_settings

    settings = get_settings(batch_size=batch_size, workers=workers)
    news_pipeline(str(SAMPLES), db=warmup_db, batch_size=batch_size, workers=workers)
    started = time.perf_counter()
    summary = news_pipeline(str(corpus), db=db, batch_size=batch_size, workers=workers)
    out = {
        "seconds": time.perf_counter() - started,
        "n_new": summary["n_new"],
        "n_in": summary["n_in"],
        "n_documents": summary["n_documents"],
        "n_events": summary["n_events"],
        "n_quotes": summary["n_quotes"],
    }
    if rerun:
        started = time.perf_counter()
        again = news_pipeline(str(corpus), db=db, batch_size=batch_size, workers=workers)
        out.update(
            rerun_seconds=time.perf_counter() - started, rerun_new=again["n_new"], rerun_skipped=again["n_skipped"]
        )
    out["rss_mb"] = peak_rss_mb()
    pools = {"worker_rss_mb": worker_pool(settings.model, workers)}
    if cleans_apart(workers):
        pools["cleaning_rss_mb"] = worker_pool(CLEANING, 1)
    for name, pool in pools.items():
        out[name] = [process_peak_rss_mb(process.pid) for process in pool._processes.values()]
        pool.shutdown()
    return out


def measure_scale(corpus: Path, db: str, warmup_db: str, batch_size: int) -> dict:
    """(d): one 2-worker run of a large corpus, its peak RSS per process, then the questions on what it wrote."""
    out = measure_full(corpus, db, warmup_db, 2, batch_size, rerun=False)
    warehouse = open_warehouse(db)
    warehouse.maintain(keep=timedelta(0))
    counts = {
        t: int(warehouse.query(f"select count(*) as n from {t}")["n"][0]) for t in ("mentions", "events", "quotes")
    }
    return {**out, **counts, "questions": question_times(warehouse)}


def whole_process_times(workdir: Path, env: dict) -> dict:
    """(e): seconds of `newsflow run` as whole processes on 60 real articles: unchanged, then one new article."""
    from bench.incremental import LATE_ARTICLE

    folder = workdir / "articles-60"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for page in sorted(WHOLE_PROCESS_ARTICLES.glob("*.txt"))[:60]:
        shutil.copy(page, folder / page.name)
    db = workdir / "whole-process.duckdb"
    for stale in workdir.glob("whole-process.duckdb*"):  # the first run must load all 60, as a user's first run does
        stale.unlink()
    command = [str(Path(sys.executable).parent / "newsflow"), "run", str(folder), "--db", str(db)]

    def timed() -> float:
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"newsflow run failed: {done.stdout[-2000:]}{done.stderr[-3000:]}")
        return time.perf_counter() - started

    first = timed()
    unchanged = timed()
    (folder / "late-article.txt").write_text(LATE_ARTICLE)
    return {"first": first, "unchanged": unchanged, "one_new": timed()}


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
    return (
        f"ducklake:sqlite:{workdir / f'lake-{name}.sqlite'}",
        f"ducklake:sqlite:{workdir / f'warmup-lake-{name}.sqlite'}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--docs", type=int, default=2000, help="Documents in the corpus (real articles, replicated past 277)."
    )
    parser.add_argument(
        "--workdir", type=Path, help="Where the corpus and warehouses go (default: a temporary folder)."
    )
    parser.add_argument("--batch-size", type=int, default=200, help="Documents per pipeline batch.")
    parser.add_argument(
        "--kinds", default="file,lake", help="Warehouse kinds to measure (b) and (c) on: file, lake or both."
    )
    parser.add_argument(
        "--no-two-workers", action="store_true", help="Skip the 2-worker runs (their speedup prints as nan)."
    )
    parser.add_argument(
        "--rss-only",
        action="store_true",
        help="Only the full run with --workers, printing its peak RSS (to compare N=1,000 with N=10,000).",
    )
    parser.add_argument("--workers", type=int, default=1, help="Workers for --rss-only.")
    parser.add_argument(
        "--scale-docs",
        type=int,
        default=10_000,
        help="Documents of the 2-worker run (d) whose peak RSS and question times are reported; 0 skips it.",
    )
    parser.add_argument(
        "--scale-only",
        action="store_true",
        help="Only (d) and (e) (unless --no-whole-process), then the closing lines.",
    )
    parser.add_argument(
        "--no-whole-process", action="store_true", help="Skip the whole-process `newsflow run` times (e)."
    )
    parser.add_argument("--measure", choices=["bare", "full", "scale"], help=argparse.SUPPRESS)
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
    if args.measure == "scale":
        print(json.dumps(measure_scale(args.corpus, args.db, args.warmup_db, args.batch_size)))
        return

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="newsflow-bench-"))
    corpus = workdir / f"corpus-{args.docs}"
    made = None if args.scale_only else build_corpus(corpus, args.docs)
    env = {
        **os.environ,
        "PREFECT_HOME": str(workdir / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
        "PYTHONPATH": str(ROOT),
    }
    for pattern in ("warehouse-*.duckdb*", "warmup-*", "lake-*"):
        for stale in workdir.glob(pattern):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    common = ["--corpus", str(corpus), "--batch-size", str(args.batch_size)]

    def full_run(kind: str, name: str, workers: int, *extra: str) -> dict:
        db, warmup = warehouse_locations(workdir, kind, name)
        return in_subprocess(
            ["--measure", "full", *common, "--db", db, "--warmup-db", warmup, "--workers", str(workers), *extra], env
        )

    peaks = {"model": [], "flow": []}

    def closing_lines(whole: dict | None) -> None:
        nan = float("nan")
        print(f"model-process peak RSS MB {max(peaks['model'], default=nan):.0f}")
        print(f"flow-process peak RSS MB {max(peaks['flow'], default=nan):.0f}")
        print(f"unchanged run whole-process s {whole['unchanged'] if whole else nan:.1f}")
        print(f"one new article whole-process s {whole['one_new'] if whole else nan:.1f}")

    def scale_run() -> None:
        scale_corpus = workdir / f"corpus-{args.scale_docs}"
        scale_made = build_corpus(scale_corpus, args.scale_docs)
        db, warmup = warehouse_locations(workdir, "lake", "scale")
        run = in_subprocess(
            [
                "--measure",
                "scale",
                "--corpus",
                str(scale_corpus),
                "--batch-size",
                str(args.batch_size),
                "--db",
                db,
                "--warmup-db",
                warmup,
            ],
            env,
        )
        peaks["model"] += run["worker_rss_mb"]
        peaks["flow"].append(run["rss_mb"])
        print(
            f"(d) scale: {args.scale_docs} docs ({scale_made['n_distinct']} distinct) into a SQLite-catalog DuckLake, "
            f"2 workers: {run['n_new']} new in {run['seconds']:.1f} s; {run['mentions']} mentions, "
            f"{run['events']} events, "
            f"{run['quotes']} quotes"
        )
        print(
            f"(d) scale peak RSS MB: flow process {run['rss_mb']:.0f}, model processes "
            + ", ".join(f"{mb:.0f}" for mb in run["worker_rss_mb"])
        )
        for name, ms in run["questions"].items():
            print(f"(d) scale question {name:<28}{ms:>8.1f} ms")
        print(f"(d) scale slowest question {max(run['questions'].values()):.1f} ms")

    def whole_process_run() -> dict:
        whole = whole_process_times(workdir, {k: v for k, v in env.items() if k != "PREFECT_LOGGING_LEVEL"})
        print(
            f"(e) whole-process newsflow run, 60 articles: first {whole['first']:.1f} s, unchanged "
            f"{whole['unchanged']:.1f} s, one new article {whole['one_new']:.1f} s"
        )
        return whole

    if args.scale_only:
        scale_run()
        closing_lines(None if args.no_whole_process else whole_process_run())
        return
    if args.rss_only:
        run = full_run("file", "rss", args.workers)
        print(
            f"{args.docs} docs ({made['n_distinct']} distinct), {args.workers} worker(s): {run['n_new']} new in "
            f"{run['seconds']:.1f} s; peak RSS flow process {run['rss_mb']:.0f} MB, model processes "
            + ", ".join(f"{mb:.0f}" for mb in run["worker_rss_mb"])
            + " MB"
        )
        return
    kinds = [kind.strip() for kind in args.kinds.split(",")]
    bare_before = in_subprocess(["--measure", "bare", *common], env)
    full = {kind: full_run(kind, "1", 1, "--rerun") for kind in kinds}
    two = {kind: None if args.no_two_workers else full_run(kind, "2", 2) for kind in kinds}
    bare_after = in_subprocess(["--measure", "bare", *common], env)
    bare = {
        **bare_before,
        "seconds": (bare_before["seconds"] + bare_after["seconds"]) / 2,
        "rss_mb": max(bare_before["rss_mb"], bare_after["rss_mb"]),
    }
    queries = {}
    for kind in kinds:
        warehouse = open_warehouse(warehouse_locations(workdir, kind, "1")[0])
        warehouse.maintain(keep=timedelta(0))
        queries[kind] = question_times(warehouse)

    print(
        f"corpus: {made['n_docs']} article files in {corpus}: {made['n_distinct']} distinct real articles"
        + (f" + {made['n_copies']} copies, each with a unique 'Reference: N' line" if made["n_copies"] else "")
    )
    print(
        f"model {bare['model']}, components {', '.join(bare['components'])}; batch {args.batch_size} docs, "
        f"nlp.pipe batch {bare['nlp_batch_size']}; {bare['n_docs']} cleaned bodies parsed, {bare['n_tokens']} tokens"
    )
    print(
        "timed: (a) nlp.pipe only, before and after the flow runs (the machine's speed drifts; the mean is used); "
        "(b)/(c) news_pipeline flow calls after a warm-up call in the same process; file = DuckDB file, "
        "lake = SQLite-catalog DuckLake"
    )
    print(f"(a) before {bare_before['seconds']:.2f} s, after {bare_after['seconds']:.2f} s")
    rows = [("(a) bare nlp.pipe", bare["seconds"], bare["rss_mb"], "")]
    for kind in kinds:
        rows += [
            (
                f"(b) {kind} full, 1 worker",
                full[kind]["seconds"],
                full[kind]["rss_mb"],
                f"{full[kind]['n_new']} new; model process peak {model_peaks(full[kind])} MB"
                + cleaning_peak(full[kind]),
            ),
            (
                f"(c) {kind} re-run",
                full[kind]["rerun_seconds"],
                full[kind]["rss_mb"],
                f"{full[kind]['rerun_new']} new, {full[kind]['rerun_skipped']} skipped",
            ),
        ]
        if two[kind]:
            rows.append(
                (
                    f"(b) {kind} full, 2 workers",
                    two[kind]["seconds"],
                    two[kind]["rss_mb"],
                    f"{two[kind]['n_new']} new; model process peaks {model_peaks(two[kind])} MB"
                    + cleaning_peak(two[kind]),
                )
            )
    print(f"{'configuration':<28}{'seconds':>9}{'docs/s':>9}{'tokens/s':>10}{'peak RSS MB':>13}  notes")
    for name, seconds, rss, notes in rows:
        docs_per_second, tokens_per_second = bare["n_docs"] / seconds, bare["n_tokens"] / seconds
        print(f"{name:<28}{seconds:>9.2f}{docs_per_second:>9.1f}{tokens_per_second:>10.0f}{rss:>13.0f}  {notes}")
    for kind in kinds:
        written = full[kind]
        print(
            f"{kind} warehouse: {written['n_documents']} documents, {written['n_events']} events, "
            f"{written['n_quotes']} quotes"
        )
        for name, ms in queries[kind].items():
            print(f"{kind} question {name:<28}{ms:>8.1f} ms")
    ratios = {}
    for kind in kinds:
        ratios[kind] = (
            full[kind]["seconds"] / bare["seconds"],
            full[kind]["seconds"] / two[kind]["seconds"] if two[kind] else float("nan"),
        )
        print(f"{kind} full/bare ratio {ratios[kind][0]:.3f}")
        print(f"{kind} 2-worker speedup {ratios[kind][1]:.3f}")
        print(f"{kind} rerun/full ratio {full[kind]['rerun_seconds'] / full[kind]['seconds']:.3f}")
    if {"file", "lake"} <= set(kinds):
        print(
            f"lake vs file: full/bare {ratios['lake'][0] / ratios['file'][0] - 1:+.1%}, "
            f"2-worker speedup {ratios['lake'][1] / ratios['file'][1] - 1:+.1%}"
        )
    for run in [*full.values(), *(r for r in two.values() if r)]:
        peaks["model"] += run["worker_rss_mb"]
        peaks["flow"].append(run["rss_mb"])
    if args.scale_docs:
        scale_run()
    closing_lines(None if args.no_whole_process else whole_process_run())


def model_peaks(run: dict) -> str:
    return ", ".join(f"{mb:.0f}" for mb in run["worker_rss_mb"])


def cleaning_peak(run: dict) -> str:
    """The cleaning process's peak RSS, for a run that had one (fewer model processes than cores)."""
    return "".join(f", cleaning process {mb:.0f} MB" for mb in run.get("cleaning_rss_mb", []))


if __name__ == "__main__":
    main()
