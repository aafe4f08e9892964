"""The HTML report without a browser: one self-contained file, escaped, complete, golden.

The page is parsed back with :mod:`html.parser` into a small tree (:func:`parse`), so the tests
look at elements and their text as a browser would, not at substrings of the markup. The browser
itself is driven in ``tests/test_browser.py``.

The golden file ``tests/data/golden/report.html`` is the sample report of ``tests/test_render.py``;
regenerate it with ``FACTCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_html.py`` and review it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from factcheck.cli import run
from factcheck.engine import check
from factcheck.loader import load
from factcheck.model import (
    Expectations,
    Fact,
    MentionSpec,
    NameSpec,
    Report,
    Source,
    Stance,
    Status,
    Verdict,
)
from factcheck.render import FORMATS, format_for_path, render
from factcheck.render.html import Span, highlight, render_html
from factcheck.render.table import context_bounds
from factcheck.sources import default_sources, read_sources
from tests.test_render import sample_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS_YAML = ROOT / "expectations" / "albab-airstrike.yaml"
GOLDEN = Path(__file__).parent / "data" / "golden"
REGENERATE = os.environ.get("FACTCHECK_REGEN_GOLDEN") == "1"
TEMPLATES = resources.files("factcheck.render").joinpath("templates")

#: Each tries to leave the text it sits in and run a script; all set ``window.__pwned``.
HOSTILE = (
    "<script>window.__pwned = 1; alert(1)</script>",
    '"><img src=x onerror="window.__pwned = 2; alert(1)">',
    "</textarea><b onmouseover=alert(3)>bold</b>",
    "</script><script>window.__pwned = 4; alert(2)</script>",
    "</title></style><svg onload=alert(5)>",
    '\'><a href="javascript:alert(6)">x</a><!--',
    "{{ 7 * 7 }} {% raw %} ]]> \u2028 &amp; &lt;",
)


# --- a tiny DOM from html.parser ------------------------------------------------------------

VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text() for child in self.children)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find_all(self, tag: str = "", cls: str = "", **attrs: str) -> list[Node]:
        return [
            node
            for node in self.walk()
            if (not tag or node.tag == tag)
            and (not cls or cls in node.classes)
            and all(node.attrs.get(key.replace("_", "-")) == value for key, value in attrs.items())
        ]

    def find(self, tag: str = "", cls: str = "", **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert len(found) == 1, f"expected one <{tag or '*'} {cls} {attrs}>, found {len(found)}"
        return found[0]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    """The page as a tree; fails on any end tag that does not close the open element."""
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


# --- reports --------------------------------------------------------------------------------


def seeds_report() -> Report:
    expectations = load(str(SEEDS_YAML))
    return check(expectations, read_sources(default_sources(expectations)))


@pytest.fixture(scope="module")
def seeds() -> Report:
    return seeds_report()


@pytest.fixture(scope="module")
def seeds_page(seeds: Report) -> str:
    return render_html(seeds)


def hostile_report() -> Report:
    """Every string a report carries holds markup that tries to run a script."""
    payload = " ".join(HOSTILE)
    text = (
        f"Title: {HOSTILE[0]}\n\nThree soldiers died. {payload}\nGereal Akar said {HOSTILE[1]}.\n"
    )
    source = Source.from_text(id=f"seeds/{HOSTILE[1]}.txt", text=text)
    fact = Fact(
        id=f"akar{HOSTILE[3]}",
        kind="name",
        expected=f"General Akar {HOSTILE[2]}",
        spec=NameSpec(value="General Akar"),
        description=HOSTILE[4],
    )
    mention = Fact(id="claim", kind="mention", expected=HOSTILE[5], spec=MentionSpec(value="x"))
    expectations = Expectations(path=f"e{HOSTILE[0]}.yaml", event=payload, facts=(fact, mention))
    payload_start = text.index(HOSTILE[0], 10)
    contradiction = Verdict(
        fact=fact.id,
        source=source.id,
        status=Status.CONTRADICTION,
        reason=f"misspelling{HOSTILE[0]}",
        expected=fact.expected,
        found=HOSTILE[1],
        detail=HOSTILE[3],
        suggestion=HOSTILE[2],
        evidence=(
            source.evidence(text.index("Gereal"), text.index("Gereal") + 11, Stance.CONFLICTS),
            source.evidence(payload_start, payload_start + len(payload), Stance.CONTEXT),
            source.evidence(payload_start + 8, payload_start + 60, Stance.SUPPORTS),  # overlaps
        ),
    )
    omission = Verdict(
        fact=mention.id,
        source=source.id,
        status=Status.OMISSION,
        reason="not-stated",
        expected=HOSTILE[5],
        detail=HOSTILE[6],
    )
    return Report(expectations=expectations, sources=(source,), verdicts=(contradiction, omission))


def _asset(name: str) -> str:
    return TEMPLATES.joinpath(name).read_text("utf-8")


# --- registry and CLI -----------------------------------------------------------------------


def test_html_is_a_registered_format_chosen_by_html_and_htm_extensions() -> None:
    assert "html" in FORMATS
    assert format_for_path("out/report.html") == "html"
    assert format_for_path("REPORT.HTM") == "html"
    assert render(sample_report(), "html") == render_html(sample_report())


def test_cli_writes_the_html_report_through_the_atomic_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--output report.html goes through write_atomic: an old file is replaced, no temporary left."""
    import factcheck.output

    written: list[str] = []
    real = factcheck.output.write_atomic

    def recording(path: str, text: str, *, encoding: str = "utf-8") -> None:
        written.append(str(path))
        real(path, text, encoding=encoding)

    monkeypatch.setattr(factcheck.output, "write_atomic", recording)
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["check", str(SEEDS_YAML), "--output", str(target)], stdout, stderr)
    assert code == 1, stderr.getvalue()  # the seeds hold contradictions
    assert written == [str(target)]
    assert "html report written to" in stdout.getvalue()
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert [path.name for path in tmp_path.iterdir()] == ["report.html"]


# --- one file, nothing from the network -----------------------------------------------------


@pytest.mark.parametrize("which", ["seeds", "sample", "hostile"])
def test_page_is_one_file_that_refers_to_nothing_outside_it(which: str, seeds_page: str) -> None:
    page = {
        "seeds": lambda: seeds_page,
        "sample": lambda: render_html(sample_report()),
        "hostile": lambda: render_html(hostile_report()),
    }[which]()
    lowered = page.lower()
    for needle in ('src="http', 'href="http', "@import", "url(http", "url(", "<link", "//cdn"):
        assert needle not in lowered
    tree = parse(page)
    assert [node.tag for node in tree.walk() if "src" in node.attrs] == []
    hrefs = [node.attrs["href"] for node in tree.find_all("a")]
    assert hrefs, "the page links its evidence to the source texts"
    assert all(href.startswith("#") for href in hrefs)


def test_content_security_policy_forbids_every_request_and_pins_style_and_script() -> None:
    tree = parse(render_html(sample_report()))
    meta = tree.find("meta", http_equiv="Content-Security-Policy")
    policy = dict(
        [*directive.split(" ", 1), ""][:2] for directive in meta.attrs["content"].split("; ")
    )
    assert policy["default-src"] == "'none'"
    assert policy["img-src"] == "data:"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'none'"
    style, script = tree.find("style").text(), tree.find("script").text()
    for directive, content in (("style-src", style), ("script-src", script)):
        digest = base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()
        assert policy[directive] == f"'sha256-{digest}'"
    assert "unsafe" not in meta.attrs["content"]


def test_inline_style_and_script_are_the_packaged_ascii_assets() -> None:
    """The page carries report.css and report.js verbatim; both are ASCII (ascii_only keeps them)."""
    tree = parse(render_html(sample_report()))
    assert tree.find("style").text() == _asset("report.css")
    assert tree.find("script").text() == _asset("report.js")
    for name in ("report.css", "report.js"):
        assert _asset(name).isascii()
        assert "http" not in _asset(name)
    assert "innerHTML" not in _asset("report.js")  # the script never builds markup


def test_template_never_marks_report_data_safe() -> None:
    template = _asset("report.html.j2")
    assert not re.search(r"\|\s*safe\b", template)
    assert "autoescape false" not in template


# --- hostile text ---------------------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere_and_adds_no_element() -> None:
    report = hostile_report()
    page = render_html(report)
    for raw in (*HOSTILE[:6], "<img", "<svg", "<b ", "</textarea>", "<script>window", "<a href"):
        assert raw not in page
    tree = parse(page)
    scripts = tree.find_all("script")
    assert len(scripts) == 1
    assert scripts[0].attrs == {}
    assert scripts[0].text() == _asset("report.js")
    assert tree.find_all("img") == []
    assert tree.find_all("svg") == []
    assert tree.find_all("textarea") == []
    assert [node.attrs for node in tree.walk() if any(a.startswith("on") for a in node.attrs)] == []
    assert all(not node.attrs.get("href", "#").startswith("javascript") for node in tree.walk())


def test_hostile_source_text_reads_back_literally_in_the_source_view() -> None:
    report = hostile_report()
    tree = parse(render_html(report))
    (pre,) = tree.find_all("pre", cls="source-text")
    assert pre.text() == report.sources[0].text
    assert {node.tag for node in pre.walk()} == {"pre", "mark"}


def test_hostile_names_and_values_read_back_literally() -> None:
    report = hostile_report()
    tree = parse(render_html(report))
    assert tree.find("h1").text() == report.expectations.event
    detail = tree.find("article", id="detail-0-0")
    text = detail.text()
    verdict = report.verdicts[0]
    for value in (verdict.expected, verdict.found, verdict.detail, verdict.suggestion):
        assert value is not None
        assert value in text
    cell = tree.find("button", id="cell-0-0")
    assert cell.attrs["aria-label"].startswith(f"{verdict.fact} in source ")


def test_ascii_only_page_is_ascii_and_reads_back_the_same() -> None:
    report = hostile_report()
    plain, ascii_page = render_html(report), render_html(report, ascii_only=True)
    assert ascii_page.isascii()
    assert not plain.isascii()
    assert parse(ascii_page).text() == parse(plain).text()


# --- the table, the counts, the evidence ----------------------------------------------------


def test_every_verdict_has_a_cell_button_with_its_status_class(
    seeds: Report, seeds_page: str
) -> None:
    tree = parse(seeds_page)
    cells = tree.find_all("td", cls="cell")
    assert len(cells) == len(seeds.expectations.facts) * len(seeds.sources) == 50
    verdicts = seeds.cells()
    rows = tree.find("tbody").find_all("tr", cls="fact-row")
    assert [row.attrs["data-fact"] for row in rows] == [f.id for f in seeds.expectations.facts]
    for row in rows:
        for td in row.find_all("td", cls="cell"):
            verdict = verdicts[(row.attrs["data-fact"], td.attrs["data-source"])]
            assert f"status-{verdict.status.value}" in td.classes
            button = td.find("button", cls="cell-button")
            assert button.attrs["aria-expanded"] == "false"
            assert tree.find("article", id=button.attrs["aria-controls"])
            assert verdict.status.value in button.attrs["aria-label"]


def test_rows_name_the_statuses_they_hold_for_the_filter(seeds_page: str) -> None:
    rows = parse(seeds_page).find("tbody").find_all("tr", cls="fact-row")
    with_contradiction = [
        row.attrs["data-fact"] for row in rows if "has-contradiction" in row.classes
    ]
    assert with_contradiction == ["cause", "akar", "putin", "joint-investigation"]


def test_summary_counts_sources_facts_verdicts_and_contradictions_by_reason(
    seeds_page: str,
) -> None:
    summary = parse(seeds_page).find("section", cls="summary")
    figures = {node.find("dt").text(): node.find("dd").text() for node in summary.find_all("div")}
    assert figures == {
        "Sources": "5",
        "Facts": "10",
        "Matches": "38",
        "Omissions": "8",
        "Contradictions": "4",
    }
    reasons = {
        node.attrs["data-reason"]: node.find("b").text()
        for node in summary.find("p", cls="reasons-contradiction").find_all("span")
    }
    assert reasons == {"misspelling": "2", "variant": "2"}
    listed = [node.text() for node in summary.find("ul", cls="conflict-list").find_all("button")]
    assert listed == [
        "cause in 004: variant",
        "akar in 000: misspelling",
        "putin in 004: misspelling",
        "joint-investigation in 003: variant",
    ]


def test_per_source_counts_in_the_table_footer(seeds_page: str) -> None:
    rows = parse(seeds_page).find("tfoot").find_all("tr")
    assert [[td.text() for td in row.find_all("td")] for row in rows] == [
        ["1", "0", "0", "1", "2"],
        ["1", "0", "2", "1", "4"],
    ]


def test_misspelling_detail_quotes_the_words_in_their_sentence_with_did_you_mean(
    seeds_page: str,
) -> None:
    tree = parse(seeds_page)
    button = tree.find("button", id="cell-5-0")  # akar x 000
    assert button.text() == "✗ misspelling"
    detail = tree.find("article", id=button.attrs["aria-controls"])
    assert "did you mean “General Hulusi Akar”?" in " ".join(detail.text().split())
    first = detail.find_all("li", cls="quote")[0]
    assert "stance-conflicts" in first.classes
    assert "line 22, column 170" in first.text()
    context = first.find("blockquote")
    assert context.text() == (
        "Peskov has also said that the Chief of the General Staff of the Armed Forces of the "
        "Russian Federation Army, General Valery Gerasimov held a telephone conversation with "
        "Gereal Hulusi Akar of Turkey."
    )
    current = context.find("mark", cls="ev-current")
    assert current.text() == "Gereal Hulusi Akar"
    assert "ev-conflicts" in current.classes
    link = first.find("a", cls="show-in-source")
    target = tree.find("mark", id=link.attrs["href"][1:])
    assert target.text() == "Gereal Hulusi Akar"


def test_omission_detail_says_no_words_bear_on_the_fact(seeds_page: str) -> None:
    detail = parse(seeds_page).find("article", id="detail-5-2")  # akar x 002
    assert "status-omission" in detail.classes
    assert detail.find_all("li", cls="quote") == []
    assert "No words in this source bear on this fact." in detail.text()


def test_source_view_holds_each_full_text_with_every_span_highlighted(
    seeds: Report, seeds_page: str
) -> None:
    tree = parse(seeds_page)
    for index, source in enumerate(seeds.sources):
        pre = tree.find("article", id=f"source-{index}").find("pre")
        assert pre.text() == source.text
        highlighted = {
            int(mark.attrs["id"].rsplit("-o", 1)[1])
            for mark in pre.find_all("mark")
            if "id" in mark.attrs
        }
        starts = {
            item.start
            for verdict in seeds.verdicts
            if verdict.source == source.id
            for item in verdict.evidence
        }
        assert starts and highlighted == starts
    conflicts = tree.find("article", id="source-0").find_all("mark", cls="ev-conflicts")
    assert [mark.text() for mark in conflicts] == ["Gereal Hulusi Akar"]
    assert conflicts[0].attrs["data-tag"] == "akar: conflicts"


def test_a_verdict_without_evidence_is_a_cell_that_says_missing() -> None:
    report = sample_report()
    partial = Report(
        expectations=report.expectations, sources=report.sources, verdicts=report.verdicts[1:]
    )
    tree = parse(render_html(partial))
    td = tree.find("button", id="cell-0-0")
    assert td.text() == "? missing"
    assert "status-missing" in tree.find("article", id="detail-0-0").classes


# --- highlighting by slicing ----------------------------------------------------------------


def _pieces(text: str, *spans: Span) -> list[tuple[str, str]]:
    return [(piece.text, piece.stance) for piece in highlight(text, 0, len(text), spans)]


def test_highlight_cuts_overlapping_spans_and_the_strongest_stance_wins() -> None:
    text = "abcdefghij"
    pieces = _pieces(
        text,
        Span(start=1, end=6, stance=Stance.SUPPORTS),
        Span(start=4, end=8, stance=Stance.CONFLICTS),
        Span(start=7, end=9, stance=Stance.CONTEXT),
    )
    assert pieces == [
        ("a", ""),
        ("bcd", "supports"),
        ("ef", "conflicts"),
        ("g", "conflicts"),
        ("h", "conflicts"),
        ("i", "context"),
        ("j", ""),
    ]


def test_highlight_handles_nested_equal_empty_and_out_of_range_spans() -> None:
    text = "0123456789"
    pieces = highlight(
        text,
        2,
        8,
        (
            Span(start=0, end=10, stance=Stance.CONTEXT, label="outer"),
            Span(start=3, end=5, stance=Stance.SUPPORTS, label="inner"),
            Span(start=3, end=5, stance=Stance.SUPPORTS, label="inner"),
            Span(start=6, end=6, stance=Stance.CONFLICTS, label="empty"),
            Span(start=7, end=4, stance=Stance.CONFLICTS, label="inverted"),
            Span(start=20, end=30, stance=Stance.CONFLICTS, label="beyond"),
        ),
    )
    assert "".join(piece.text for piece in pieces) == text[2:8]
    assert [(p.text, p.stance, p.title) for p in pieces] == [
        ("2", "context", "outer"),
        ("34", "supports", "outer; inner"),
        ("567", "context", "outer"),
    ]
    assert [p.anchor for p in pieces] == ["", "o3", ""]
    assert [p.tag for p in pieces] == ["", "inner", ""]


def test_highlight_of_text_without_spans_is_one_plain_piece() -> None:
    assert _pieces("no evidence here") == [("no evidence here", "")]


@pytest.mark.parametrize(
    ("text", "words", "context"),
    [
        ("One. Four soldiers were killed, officials said. Two.", "Four soldiers", "Four soldiers were killed, officials said."),
        ("Headline on Akar\nThe Gereal Akar said so\nAnother line", "Gereal Akar", "The Gereal Akar said so"),
        # wrapped text: the sentence goes on past the line break
        ("Line one\nThe Gereal Akar said so\nin Ankara. Next.", "Gereal Akar", "The Gereal Akar said so\nin Ankara."),
        ("One. The strike killed three Turkish soldiers,\naccording to the army. Two.", "three", "The strike killed three Turkish soldiers,\naccording to the army."),
        ("First sentence ends here.\nThe General Hulusi Akar spoke;\nAnkara listened. Then left.", "Akar", "The General Hulusi Akar spoke;\nAnkara listened."),
        ("Boko Haram frees 21 Chibok girls, raising hope for others\nJihadist group Boko Haram has freed 21.", "frees 21", "Boko Haram frees 21 Chibok girls, raising hope for others"),
        ("He met Gen. J. Smith in Ankara. Then left.", "Smith", "He met Gen. J. Smith in Ankara."),
        ("“Three were killed.” Then quiet.", "Three", "“Three were killed.”"),
        ("no end at all", "end", "no end at all"),
    ],
)  # fmt: skip
def test_context_is_the_sentence_around_the_words_even_across_a_wrapped_line(
    text: str, words: str, context: str
) -> None:
    start = text.index(words)
    left, right = context_bounds(text, start, start + len(words))
    assert text[left:right] == context


def test_context_of_a_long_sentence_is_cut_at_a_space_on_each_side() -> None:
    text = "word " * 200 + "TARGET" + " word" * 200
    start = text.index("TARGET")
    left, right = context_bounds(text, start, start + 6)
    assert 0 < left < start and right < len(text)
    assert text[left - 1] == " " and text[right] == " "
    assert right - left < 520


# --- golden file ----------------------------------------------------------------------------


def test_html_matches_golden_file() -> None:
    """The sample report of tests/test_render.py renders byte for byte as the reviewed page."""
    rendered = render_html(sample_report())
    golden = GOLDEN / "report.html"
    if REGENERATE:
        golden.write_bytes(rendered.encode("utf-8"))
        pytest.skip(f"regenerated {golden}")
    assert golden.exists(), f"missing {golden}: run with FACTCHECK_REGEN_GOLDEN=1 and review it"
    assert rendered == golden.read_bytes().decode("utf-8")


# --- Markdown: contradictions quoted in their sentence --------------------------------------


def test_markdown_quotes_each_contradiction_in_its_sentence_as_a_block_quote(seeds: Report) -> None:
    markdown = render(seeds, "markdown")
    assert (
        "  - conflicts: “Gereal Hulusi Akar” (22:170)\n"
        "    > Peskov has also said that the Chief of the General Staff of the Armed Forces of the"
        " Russian Federation Army, General Valery Gerasimov held a telephone conversation with"
        " <b>Gereal Hulusi Akar</b> of Turkey.\n"
    ) in markdown
    assert markdown.count("\n    > ") == sum(
        len(verdict.evidence)
        for verdict in seeds.verdicts
        if verdict.status is Status.CONTRADICTION
    )


def test_markdown_context_of_hostile_text_is_escaped() -> None:
    markdown = render(hostile_report(), "markdown")
    quotes = [line for line in markdown.splitlines() if line.startswith("    > ")]
    assert len(quotes) == 3
    for line in quotes:
        assert "<" not in line.replace("<b>", "").replace("</b>", "")
    assert "<b>Gereal Akar</b>" in quotes[0]


# --- the browser tests without a browser ----------------------------------------------------------


@pytest.mark.parametrize(
    ("required", "outcome"),
    [("", "1 skipped"), ("1", "1 error")],
)
def test_a_missing_browser_is_reported_once_per_run_not_once_per_test(
    required: str, outcome: str
) -> None:
    """Skipped with one message (``-rs`` lists it once), or one error where CI requires it."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("PYTEST_") and name != "CI"
    }
    env.update(FACTCHECK_CHROMIUM="/nonexistent/chromium", FACTCHECK_REQUIRE_BROWSER=required)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", "tests/test_browser.py"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    mentions = result.stdout.count("no browser at /nonexistent/chromium")
    assert mentions == 1, result.stdout
    assert result.stdout.rstrip().splitlines()[-1].lstrip("= ").startswith(outcome)
