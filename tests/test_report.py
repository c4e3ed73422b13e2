"""The report site: `newsflow report` on the demo warehouse, opened in Debian's headless Chromium through
Playwright with every network request blocked; reports on an empty warehouse, an entity with one mention and
names with quotes, markup and non-Latin letters; the report artifacts a run publishes.

Screenshots go to bench/out/ (paths printed; `pytest tests/test_report.py -s` shows them). The browser tests
skip when /usr/bin/chromium or the playwright package is missing; they never download a browser.
"""

import asyncio
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from newsflow.tasks.store import open_warehouse
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "bench" / "out"
SAMPLES = ROOT / "data" / "samples"
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install -y chromium")

QUOTED_NAME = 'Aoife O\'Brien "<b>the Bull</b>"'
CYRILLIC_NAME = "Владимир Зеленский"
GREEK_PLACE = "Αθήνα"


def newsflow(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsflow.flows.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


class Browser:
    """Headless Chromium that lets pages read only local files: any other request is aborted and recorded."""

    def __init__(self, playwright):
        self.browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        self.context = self.browser.new_context(viewport={"width": 1400, "height": 1000})
        self.left_the_page: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self.only_files)

    def only_files(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.left_the_page.append(route.request.url)
            route.abort()

    def open(self, url: str):
        page = self.context.new_page()
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.goto(url)
        return drawn(page)


def drawn(page):
    """Wait until the page says every chart is drawn (or failed), and return it."""
    page.wait_for_function("document.body.dataset.charts", timeout=30_000)
    assert page.evaluate("document.body.dataset.charts") == "drawn"
    return page


def charts_drawn(page) -> dict[str, int]:
    """Data marks (bars, points, lines, areas, shapes, labels; not axes or legends) drawn in each chart's SVG,
    by chart id."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.chart, .spark')].map(
        el => [el.id, el.querySelectorAll('svg .role-mark > path, svg .role-mark > text').length]))""")


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory) -> Path:
    """The demo warehouse (the five bundled articles, as scripts/demo.sh processes them) and its report."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.duckdb"
    run = newsflow("run", str(SAMPLES), "--db", str(db))
    assert run.returncode == 0, run.stderr[-2000:]
    written = newsflow("report", "--db", str(db), "--out", str(folder / "site"))
    assert written.returncode == 0, written.stderr[-2000:]
    assert "wrote" in written.stdout and "20 entity pages" in written.stdout
    return folder / "site"


@pytest.mark.slow
@needs_chromium
def test_report_opens_offline_with_charts_and_entity_pages(demo_report: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    index = demo_report / "index.html"
    assert index.stat().st_size < 5_000_000
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = Browser(p)
        try:
            corpus = browser.open(index.as_uri())
            marks = charts_drawn(corpus)
            assert {"chart-per-day", "chart-languages", "chart-event-weeks", "chart-map"} <= set(marks)
            assert all(n > 0 for chart, n in marks.items() if not chart.startswith("chart-spark")), marks
            assert corpus.locator(".spark svg").count() >= 10
            assert "5\ndocuments" in corpus.inner_text(".totals")
            corpus.screenshot(path=str(SHOTS / "report-corpus.png"), full_page=True)

            corpus.get_by_role("link", name="Alexander Lukashenko").first.click()
            lukashenko = drawn(corpus)
            assert lukashenko.locator("h1").inner_text().startswith("Alexander Lukashenko")
            assert all(n > 0 for n in charts_drawn(lukashenko).values())
            events = (
                lukashenko.locator("section", has_text="Events")
                .locator('tr:has(td > b:text-is("support"))')
                .inner_text()
            )
            assert (
                "Alexander Lukashenko" in events and "Vladimir Putin" in events
            )  # "Lukashenko has publicly supported Putin"
            assert "Belarusian President" in lukashenko.locator("section", has_text="Roles").inner_text()
            lukashenko.screenshot(path=str(SHOTS / "report-entity-lukashenko.png"), full_page=True)

            lukashenko.get_by_role("link", name="Javed Ali").first.click()
            ali = drawn(lukashenko)
            said = ali.locator("section", has_text="Quotes by Javed Ali").inner_text()
            assert "It comes with considerable risks for the Belarusians." in said
            assert "Belarus is such a small country." in said
            source = ali.locator("blockquote", has_text="considerable risks").get_by_role("link").first
            source.click()
            assert "Newsweek" in ali.locator("tr:target").inner_text()
            ali.screenshot(path=str(SHOTS / "report-entity-javed-ali.png"), full_page=True)
        finally:
            browser.browser.close()
    assert browser.left_the_page == []
    assert browser.errors == []
    print(f"\nscreenshots: {SHOTS / 'report-corpus.png'}\n             {SHOTS / 'report-entity-lukashenko.png'}")


def hand_made_warehouse(path: Path) -> None:
    """A warehouse with names a page must escape and spell right: quotes and markup, Cyrillic, Greek; one
    entity mentioned once. Rows written directly, as a run would leave them."""
    warehouse = open_warehouse(path)
    warehouse.migrate()
    day = date(2024, 3, 5)

    def fill(con) -> None:
        con.execute(
            "insert into documents (doc_id, title, publisher, published_at, language, uri, run_id) values "
            "('d1', 'Talks in <script>alert(1)</script> Athens', 'Kathimerini & Co', ?, 'en', "
            "'https://example.org/a?x=1&y=\"2\"', 'r1')",
            [day],
        )
        con.execute(
            "insert into sentences values ('d1', 0, 0, 80, ?)", [f"{QUOTED_NAME} met {CYRILLIC_NAME} in {GREEK_PLACE}."]
        )
        con.execute(
            "insert into entities values ('e-quoted', ?, 'PERSON', 1, 1, ?, ?), ('e-cyr', ?, 'PERSON', 2, 1, ?, ?), "
            "('e-ath', ?, 'GPE', 1, 1, ?, ?)",
            [QUOTED_NAME, day, day, CYRILLIC_NAME, day, day, GREEK_PLACE, day, day],
        )
        con.execute(
            "insert into mentions (doc_id, sent_no, start_char, end_char, text, label, entity_id, via) values "
            "('d1', 0, 0, 10, 'x', 'PERSON', 'e-quoted', 'name'), ('d1', 0, 20, 30, 'x', 'PERSON', 'e-cyr', 'name'), "
            "('d1', 1, 90, 95, 'he', 'PERSON', 'e-cyr', 'pronoun'), ('d1', 0, 40, 45, 'x', 'GPE', 'e-ath', 'name')"
        )
        con.execute("insert into document_pairs values ('d1', 'e-cyr', 'e-quoted', 1)")
        con.execute("insert into cooccurrences values ('e-cyr', 'e-quoted', 1, 1, ?, ?)", [day, day])
        con.execute(
            "insert into events (event_id, doc_id, sent_no, actor_id, action, target_id, event_date, "
            "date_precision, modality, event_type) "
            "values ('ev1', 'd1', 0, 'e-quoted', 'meet', 'e-cyr', ?, 'day', 'asserted', 'COOPERATE')",
            [day],
        )
        con.execute(
            "insert into quotes (quote_id, doc_id, sent_no, speaker_id, cue, text, kind, start_char, end_char) values "
            "('q1', 'd1', 0, 'e-cyr', 'said', ?, 'direct', 0, 60)",
            [f'We trust "{QUOTED_NAME}" & nobody else'],
        )
        con.execute("insert into entity_aliases values ('Зеленский', 'e-cyr')")

    warehouse.write(fill)


@pytest.mark.slow  # starts the newsflow command
def test_report_escapes_names_and_writes_pages_for_any_name(tmp_path: Path):
    db, out = tmp_path / "names.duckdb", tmp_path / "site"
    hand_made_warehouse(db)
    done = newsflow("report", "--db", str(db), "--out", str(out))
    assert done.returncode == 0, done.stderr
    index = (out / "index.html").read_text()
    pages = {path.read_text().split("<h1>")[1].split(" <span")[0]: path for path in (out / "entity").glob("*.html")}
    assert set(pages) == {"Aoife O&#39;Brien &#34;&lt;b&gt;the Bull&lt;/b&gt;&#34;", CYRILLIC_NAME, GREEK_PLACE}
    for page in [index, *(path.read_text() for path in pages.values())]:
        assert "<b>the Bull</b>" not in page and "<script>alert" not in page
    cyrillic = pages[CYRILLIC_NAME].read_text()
    assert f'href="{pages[CYRILLIC_NAME].name}"' not in cyrillic  # no link to itself
    assert "We trust &#34;Aoife O&#39;Brien &#34;&lt;b&gt;the Bull&lt;/b&gt;&#34;&#34; &amp; nobody else" in cyrillic
    assert "https://example.org/a?x=1&amp;y=&#34;2&#34;" in cyrillic
    assert "Зеленский" in cyrillic.split("Also called")[1].split("</section>")[0]

    one = newsflow("report", "--db", str(db), "--out", str(tmp_path / "one"), "--entity", "зеленский")
    assert one.returncode == 0, one.stderr
    assert [p.read_text().count(CYRILLIC_NAME) > 0 for p in (tmp_path / "one" / "entity").glob("*.html")] == [True]
    assert f">{CYRILLIC_NAME}</a>" in (tmp_path / "one" / "index.html").read_text()


@pytest.mark.slow
@needs_chromium
def test_names_with_quotes_and_other_scripts_read_right_in_the_browser(tmp_path: Path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    db, out = tmp_path / "names.duckdb", tmp_path / "site"
    hand_made_warehouse(db)
    assert newsflow("report", "--db", str(db), "--out", str(out)).returncode == 0
    with sync_api.sync_playwright() as p:
        browser = Browser(p)
        try:
            corpus = browser.open((out / "index.html").as_uri())
            corpus.get_by_role("link", name=QUOTED_NAME).first.click()
            quoted = drawn(corpus)
            assert quoted.locator("h1").inner_text() == f"{QUOTED_NAME} PERSON"
            assert "1 mentions in 1 documents" in quoted.locator("header").inner_text()
            assert all(n > 0 for n in charts_drawn(quoted).values())
            assert (
                f'We trust "{QUOTED_NAME}" & nobody else'
                in quoted.locator("section", has_text="Quotes about").inner_text()
            )
            quoted.get_by_role("link", name=CYRILLIC_NAME).first.click()
            assert drawn(quoted).locator("h1").inner_text() == f"{CYRILLIC_NAME} PERSON"
            assert (
                browser.open((out / "index.html").as_uri())
                .locator("#chart-map svg .mark-symbol.role-mark > path")
                .count()
                == 1
            )  # Athens
        finally:
            browser.browser.close()
    assert browser.left_the_page == [] and browser.errors == []


@pytest.mark.slow  # starts the newsflow command
def test_report_on_an_empty_warehouse_says_so(tmp_path: Path):
    db = tmp_path / "empty.duckdb"
    open_warehouse(db).migrate()
    done = newsflow("report", "--db", str(db), "--out", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr
    assert "0 entity pages" in done.stdout
    page = (tmp_path / "site" / "index.html").read_text()
    assert "The warehouse holds no documents yet" in page and "No runs yet." in page
    assert list((tmp_path / "site" / "entity").iterdir()) == []


@pytest.mark.slow  # starts the newsflow command
def test_report_errors_are_one_line(tmp_path: Path):
    missing = newsflow("report", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "site"))
    assert missing.returncode == 1 and missing.stderr.strip().count("\n") == 0
    assert "no warehouse at" in missing.stderr and not (tmp_path / "site").exists()
    db = tmp_path / "names.duckdb"
    hand_made_warehouse(db)
    unknown = newsflow("report", "--db", str(db), "--out", str(tmp_path / "site"), "--entity", "Nobody Atall")
    assert unknown.returncode == 1 and "no entity named 'Nobody Atall'" in unknown.stderr
    assert "Traceback" not in unknown.stderr


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
def test_run_writes_the_report_and_publishes_its_tables_and_link(
    seed_folder: Path, warehouse_path: Path, tmp_path: Path, monkeypatch
):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from newsflow.flows.pipeline import news_pipeline

    site = tmp_path / "after-each-run"
    monkeypatch.setenv("NEWSFLOW_REPORT_DIR", str(site))
    summary = news_pipeline(str(seed_folder), db=str(warehouse_path))
    flow_run_id = open_warehouse(warehouse_path).query(
        "select flow_run_id from runs where run_id = ?", [summary["run_id"]]
    )["flow_run_id"][0]

    async def artifacts(key: str) -> list:
        async with get_client() as client:
            found = await client.read_artifacts(
                artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), limit=200
            )
        return [a for a in found if str(a.flow_run_id) == flow_run_id]

    index = site / "index.html"
    assert index.exists()
    (link,) = asyncio.run(artifacts("newsflow-report"))
    assert index.resolve().as_uri() in link.data
    (entities,) = asyncio.run(artifacts("newsflow-report-entities"))
    assert "Alexander Lukashenko" in entities.data and (site / "entity").resolve().as_uri() in entities.data
    (events,) = asyncio.run(artifacts("newsflow-report-events"))
    assert "Lukashenko" in events.data

    monkeypatch.delenv("NEWSFLOW_REPORT_DIR")  # the default: tables in the UI, no site written
    other = tmp_path / "without-site.duckdb"
    summary = news_pipeline(str(seed_folder), db=str(other))
    flow_run_id = open_warehouse(other).query("select flow_run_id from runs where run_id = ?", [summary["run_id"]])[
        "flow_run_id"
    ][0]
    assert asyncio.run(artifacts("newsflow-report")) == []
    (entities,) = asyncio.run(artifacts("newsflow-report-entities"))
    assert "Alexander Lukashenko" in entities.data
    assert len(asyncio.run(artifacts("newsflow-report-events"))) == 1
