"""What happened to entity X, and when: newsflow and the trivial baseline on a TimeLine gold set.

    python bench/timeline.py [--set dev|test] [--show N]

`dev` is ../shared/data/timeline-dev (30 Wikinews articles about Apple, SemEval-2015 Task 4 trial
data; the rules were tuned on it). `test` is bench/gold/timeline-test (10 news pages of the shared
extraction benchmark with 23 target entities, annotated without reading newsflow's code; never tuned
on: keep `--show` at 0 for it). Both are scored by the shared scorer ../shared/bench/score_timeline.py:
newsflow after `newsflow run TEXTS --db W` into a fresh DuckDB file, and its baseline (every verb of a
sentence naming the target) in the same run. The gold folder is copied first, because the baseline
writes the spaCy tags of the gold words beside the gold.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "bench" / "score_timeline.py"
SETS = {"dev": ROOT.parent / "shared" / "data" / "timeline-dev", "test": ROOT / "bench" / "gold" / "timeline-test"}


def run(command: list[str], env: dict) -> str:
    """stdout of a command, or exit with its stderr's last lines."""
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[:3])} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--show", type=int, default=0, help="Examples of misses and false positives (dev only).")
    args = parser.parse_args()
    if args.set == "test" and args.show:
        parser.error("--show is for the dev set: the held-out set's sentences and errors stay unread")
    with tempfile.TemporaryDirectory() as work:
        gold = Path(work) / "gold"
        shutil.copytree(SETS[args.set], gold)
        env = {**os.environ, "TIMELINE_DIR": str(gold), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        warehouse = Path(work) / "timeline.duckdb"
        newsflow = Path(sys.executable).with_name("newsflow")
        run([str(newsflow), "run", str(gold / "texts"), "--db", str(warehouse)], env)
        baseline = run([sys.executable, str(SCORER), "baseline"], env).splitlines()
        scored = run([sys.executable, str(SCORER), "score", str(warehouse), "--show", str(args.show)], env).splitlines()
    print(f"set {args.set}: {SETS[args.set]} ({'tuned on' if args.set == 'dev' else 'held out, never tuned on'})")
    if args.set == "dev":  # the held-out set shows its totals only, so nobody tunes on its sentences or errors
        print("\n".join(line for line in scored if not line.startswith("timeline P")))
    else:
        print("\n".join(line for line in scored if line.startswith(("relaxed", "newsflow (strict"))))
    print(next(line for line in baseline if line.startswith("baseline P")))
    print(next(line for line in scored if line.startswith("timeline P")))


if __name__ == "__main__":
    main()
