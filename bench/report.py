"""Time and size of `newsflow report` over a warehouse grown to N documents, and how long its pages take to open.

Usage (from the repo root): python bench/report.py WAREHOUSE [--docs 10000] [--top 20] [--lake]

WAREHOUSE is copied and grown as bench/queries.py does (every document and its facts replicated until
there are N), then the report is written from it: the time to write the site, the size of the corpus page
and of the entity pages, and, when /usr/bin/chromium and playwright are there, the time headless Chromium
takes from opening each page (from disk, every other request blocked) until all its charts are drawn.
"""

import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from queries import copied, grow, grow_arguments  # noqa: E402

from newsflow.tasks.site import write_report  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


def open_times(pages: list[Path]) -> dict[str, float]:
    """Seconds from navigation to every chart drawn, per page, in a fresh headless Chromium tab."""
    from playwright.sync_api import sync_playwright

    times = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.route(
            "**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort()
        )
        try:
            for path in pages:
                page = context.new_page()
                started = time.perf_counter()
                page.goto(path.as_uri(), timeout=120_000)
                page.wait_for_function("document.body.dataset.charts", timeout=120_000)
                times[path.name] = time.perf_counter() - started
                if page.evaluate("document.body.dataset.charts") != "drawn":
                    raise RuntimeError(f"the charts of {path} failed to draw")
                page.close()
        finally:
            browser.close()
    return times


def main() -> None:
    parser = grow_arguments(__doc__)
    parser.add_argument("--top", type=int, default=20, help="Entity pages to write.")
    args = parser.parse_args()
    folder, grown = copied(args, "newsflow-report-bench-")
    n_docs = grow(grown, args.docs)
    grown.maintain(keep=timedelta(0))
    print(f"{grown.kind} warehouse grown to {n_docs} documents from {args.warehouse}")

    started = time.perf_counter()
    report = write_report(grown, folder / "site", top=args.top)
    took = time.perf_counter() - started
    entity_sizes = sorted(path.stat().st_size for path in report.entity_pages.values())
    print(f"report written in {took:.1f} s: {folder / 'site'}")
    print(f"corpus page {report.index.stat().st_size / 1e6:.2f} MB")
    if entity_sizes:
        print(
            f"{len(entity_sizes)} entity pages: {entity_sizes[0] / 1e6:.2f} to {entity_sizes[-1] / 1e6:.2f} MB, "
            f"{sum(entity_sizes) / 1e6:.1f} MB in all"
        )
    if not CHROMIUM.exists():
        print(f"open times not measured: {CHROMIUM} is missing")
        return
    times = open_times([report.index, *report.entity_pages.values()])
    print(f"corpus page opens with its charts drawn in {times[report.index.name]:.2f} s (headless Chromium, from disk)")
    entity_times = sorted(t for name, t in times.items() if name != report.index.name)
    if entity_times:
        print(f"entity pages open in {entity_times[0]:.2f} to {entity_times[-1]:.2f} s")


if __name__ == "__main__":
    main()
