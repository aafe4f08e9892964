"""The HTML report in a real browser: headless Chromium driven by Playwright (sync API).

The page is written to a file and opened from ``file://``, as an editor would open it. Every test
also checks that the page asked for nothing but its own file, logged no error (a Content-Security-
Policy violation is one) and opened no dialog.

Chromium is Debian's (``/usr/bin/chromium``, or the path in ``FACTCHECK_CHROMIUM``), never one
Playwright downloads. Where it is missing
or cannot start, these tests are skipped with the command that installs it; in CI (``CI=true``,
or ``FACTCHECK_REQUIRE_BROWSER=1`` as ``.ci/run`` sets) they fail instead, so a CI run proves
they ran.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.engine import check
from factcheck.loader import load
from factcheck.model import Report
from factcheck.output import write_atomic
from factcheck.render.html import render_html
from factcheck.sources import default_sources, read_sources
from tests.test_html import hostile_report

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
SEEDS_YAML = ROOT / "expectations" / "albab-airstrike.yaml"
CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium")  # another build, by path
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INSTALL = "install Debian's Chromium with `apt-get install chromium` (as root) to run them"
REQUIRED = os.environ.get("CI") == "true" or os.environ.get("FACTCHECK_REQUIRE_BROWSER") == "1"


def _unavailable(why: str, *, module: bool = False) -> None:
    """Skip the browser tests, or fail them where CI requires a browser.

    A browser or a Playwright that is missing is found once, at import: the whole module is
    skipped with one message (``-rs`` shows it once per run, not once per test).
    """
    message = f"browser tests: {why}; {INSTALL}"
    if REQUIRED:
        pytest.fail(f"{message} (CI requires the browser tests to run)", pytrace=False)
    pytest.skip(message, allow_module_level=module)


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is missing (pip install -e '.[test]')"
    if not os.path.exists(CHROMIUM):
        return f"no browser at {CHROMIUM}"
    return None


MISSING = _missing()
if MISSING is not None:
    _unavailable(MISSING, module=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, with no background traffic; a fresh profile per launch."""
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
        except Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else "no reason"
            _unavailable(f"{CHROMIUM} does not start ({first_line})")
        yield launched
        launched.close()


@dataclass
class Opened:
    """A page opened on a report file, and what it did."""

    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_report(browser: Browser, tmp_path: Path) -> Iterator[Callable[[Report], Opened]]:
    """``open_report(report)``: the report written as HTML and opened in a new browser context.

    After the test: the page requested only its own file, logged no error, opened no dialog.
    """
    contexts: list[Any] = []
    opened: list[Opened] = []

    def open_(report: Report) -> Opened:
        path = tmp_path / f"report-{len(opened)}.html"
        write_atomic(path, render_html(report))
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        seen = Opened(page=page, url=path.as_uri())
        page.on("request", lambda request: seen.requests.append(request.url))
        page.on("pageerror", lambda error: seen.errors.append(f"page error: {error}"))
        page.on(
            "console",
            lambda message: seen.errors.append(message.text) if message.type == "error" else None,
        )

        def dismiss(dialog: Any) -> None:
            seen.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)
        page.goto(seen.url)
        opened.append(seen)
        return seen

    yield open_
    try:
        for seen in opened:
            assert seen.requests == [seen.url], "the page requested more than its own file"
            assert seen.errors == []
            assert seen.dialogs == []
    finally:
        for context in contexts:
            context.close()


@pytest.fixture(scope="module")
def seeds() -> Report:
    expectations = load(str(SEEDS_YAML))
    return check(expectations, read_sources(default_sources(expectations)))


@pytest.fixture
def seeds_page(open_report: Callable[[Report], Opened], seeds: Report) -> Page:
    return open_report(seeds).page


def _cell(page: Page, fact: str, source_label: str) -> Any:
    return page.get_by_role("button", name=f"{fact} in source {source_label}:")


def _visible_rows(page: Page) -> list[str]:
    rows: list[str] = page.eval_on_selector_all(
        "#grid tbody tr.fact-row",
        "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.fact)",
    )
    return rows


def _visible_cells(page: Page) -> list[str]:
    cells: list[str] = page.eval_on_selector_all(
        "#grid .cell-button",
        "cells => cells.filter(c => c.offsetParent !== null"
        " && getComputedStyle(c).visibility !== 'hidden').map(c => c.id)",
    )
    return cells


# --- the table ------------------------------------------------------------------------------


def test_seed_table_has_ten_fact_rows_and_five_source_columns(seeds_page: Page) -> None:
    page = seeds_page
    assert page.locator("#grid tbody tr.fact-row").count() == 10
    headers = page.locator("#grid thead th.source-col").all_inner_texts()
    assert headers == ["000", "001", "002", "003", "004"]
    assert page.locator("#grid .cell-button").count() == 50
    assert page.locator("#grid td.status-contradiction").count() == 4
    assert page.locator(".summary [data-count=contradiction]").inner_text() == "4"


def test_cell_colours_differ_by_verdict(seeds_page: Page) -> None:
    def background(selector: str) -> str:
        value: str = seeds_page.eval_on_selector(
            selector, "el => getComputedStyle(el).backgroundColor"
        )
        return value

    colours = {
        status: background(f"#grid td.status-{status} .cell-button")
        for status in ("match", "omission", "contradiction")
    }
    assert len(set(colours.values())) == 3


# --- evidence -------------------------------------------------------------------------------


def test_click_on_the_akar_000_contradiction_shows_its_highlighted_evidence(
    seeds_page: Page,
) -> None:
    page = seeds_page
    panel = page.locator("#detail-5-0")
    assert not panel.is_visible()
    cell = _cell(page, "akar", "000")
    assert cell.inner_text() == "✗ misspelling"
    cell.click()
    assert panel.is_visible()
    assert cell.get_attribute("aria-expanded") == "true"
    current = panel.locator("mark.ev-current.ev-conflicts").first
    assert current.is_visible()
    assert current.inner_text() == "Gereal Hulusi Akar"
    text = panel.inner_text()
    assert "did you mean “General Hulusi Akar”?" in text
    assert panel.locator("dd.found").inner_text() == "Gereal Hulusi Akar"
    assert "line 22, column 170" in text
    assert page.locator("article.detail:visible").count() == 1


def test_enter_on_a_focused_cell_opens_it_and_escape_closes_it(seeds_page: Page) -> None:
    page = seeds_page
    cell = _cell(page, "akar", "000")
    cell.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#detail-5-0")
    assert panel.is_visible()
    assert page.evaluate("document.activeElement.id") == "detail-5-0-heading"
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert cell.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.id") == "cell-5-0"


def test_space_opens_a_cell_and_arrow_keys_move_between_cells(seeds_page: Page) -> None:
    page = seeds_page
    _cell(page, "killed", "000").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "cell-0-1"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "cell-1-1"
    page.keyboard.press("Space")
    assert page.locator("#detail-1-1").is_visible()
    page.locator("#detail-1-1 .close-detail").click()
    assert not page.locator("#detail-1-1").is_visible()
    assert page.evaluate("document.activeElement.id") == "cell-1-1"


def test_a_cell_reached_by_keyboard_shows_a_focus_ring(seeds_page: Page) -> None:
    page = seeds_page
    _cell(page, "killed", "000").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "cell-0-1"
    style, width = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert style == "solid"
    assert width >= 2


def test_summary_contradiction_link_opens_the_detail(seeds_page: Page) -> None:
    page = seeds_page
    page.get_by_role("button", name="joint-investigation in 003: variant").click()
    panel = page.locator("#detail-8-3")
    assert panel.is_visible()
    assert panel.locator("mark.ev-current").inner_text() == "internal investigations"


# --- the filter -----------------------------------------------------------------------------


def test_contradictions_only_hides_rows_and_cells_without_one(seeds_page: Page) -> None:
    page = seeds_page
    assert len(_visible_rows(page)) == 10
    assert len(_visible_cells(page)) == 50
    page.get_by_label("contradictions only").check()
    assert _visible_rows(page) == ["cause", "akar", "putin", "joint-investigation"]
    assert _visible_cells(page) == ["cell-4-4", "cell-5-0", "cell-6-4", "cell-8-3"]
    assert page.locator("#filter-status").inner_text() == "showing 4 of 10 facts"
    page.get_by_label("omissions only").check()
    assert _visible_rows(page) == ["killed", "wounded", "date", "akar", "joint-investigation"]
    assert len(_visible_cells(page)) == 8
    page.get_by_label("contradictions and omissions").check()
    assert len(_visible_cells(page)) == 12
    page.get_by_label("all verdicts").check()
    assert len(_visible_cells(page)) == 50


# --- the source texts -----------------------------------------------------------------------


def test_source_view_shows_one_text_with_its_spans_highlighted_by_stance(
    seeds_page: Page, seeds: Report
) -> None:
    page = seeds_page
    assert page.locator("article.source:visible").count() == 1
    source = page.locator("#source-0")
    assert source.locator("pre").text_content() == seeds.sources[0].text
    conflict = source.locator("mark.ev-conflicts")
    assert conflict.all_inner_texts() == ["Gereal Hulusi Akar"]
    assert source.locator("mark.ev-supports").count() > 10
    assert source.locator("mark.ev-context").all_inner_texts() == ["earlier today"]
    colours = {
        stance: source.locator(f"mark.ev-{stance}").first.evaluate(
            "el => getComputedStyle(el).backgroundColor"
        )
        for stance in ("supports", "conflicts", "context")
    }
    assert len(set(colours.values())) == 3
    page.get_by_role("tab", name="004").click()
    assert not source.is_visible()
    assert page.locator("#source-4 mark.ev-conflicts").first.inner_text() == "wrong coordinates"


def test_header_and_show_in_source_links_open_the_source_text(seeds_page: Page) -> None:
    page = seeds_page
    page.get_by_role("button", name="Show the text of source 003").click()
    assert page.locator("#source-3").is_visible()
    assert page.get_by_role("tab", name="003").get_attribute("aria-selected") == "true"
    _cell(page, "putin", "004").click()
    page.locator("#detail-6-4 .show-in-source").first.click()
    mark = page.locator("#source-4 mark.ev-conflicts", has_text="Vladimit Putin")
    assert mark.is_visible()
    assert mark.evaluate("el => el.classList.contains('flash')")


# --- hostile text, network, print -----------------------------------------------------------


def test_hostile_source_text_shows_literally_and_runs_no_script(
    open_report: Callable[[Report], Opened],
) -> None:
    report = hostile_report()
    opened = open_report(report)
    page = opened.page
    page.get_by_role("button", name="misspelling").first.click()
    page.locator("#detail-0-0 .show-in-source").first.click()
    page.locator("#detail-0-0 mark").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, svg, textarea').length") == 0
    assert page.evaluate("document.querySelectorAll('.source-text img').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    shown = page.locator("#source-0 pre").text_content()
    assert shown == report.sources[0].text
    assert (
        "<script>window.__pwned = 1; alert(1)</script>"
        in page.locator("#source-0 pre").inner_text()
    )
    assert page.locator("h1").text_content() == report.expectations.event
    assert page.title() == f"factcheck: {report.expectations.event}"
    # the dialog, request and error checks run when the fixture closes


def test_the_page_requests_only_its_own_file(open_report: Callable[[Report], Opened]) -> None:
    opened = open_report(hostile_report())
    opened.page.wait_for_load_state("networkidle")
    assert opened.requests == [opened.url]
    assert opened.url.startswith("file://")


def test_print_shows_every_detail_and_source_and_no_buttons(seeds_page: Page) -> None:
    page = seeds_page
    page.emulate_media(media="print")
    assert page.locator("article.detail:visible").count() == 50
    assert page.locator("article.source:visible").count() == 5
    for selector in (".filter", ".close-detail", "[role=tablist]", ".show-in-source"):
        assert page.locator(f"{selector}:visible").count() == 0, selector
    cell = _cell(page, "akar", "000")
    assert cell.inner_text() == "✗ misspelling"
    assert cell.evaluate("el => getComputedStyle(el).borderTopStyle") == "none"
    assert page.locator("#grid td.status-contradiction").first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    ) != page.locator("#grid td.status-match").first.evaluate(
        "el => getComputedStyle(el).backgroundColor"
    )
