"""Renderers: golden files for every format, plus the JSON contract, hostile Markdown and CSV rows.

The report is built by hand (no loader, no engine) and holds one of each kind of cell: matches,
an omission, a value contradiction with a conflicting and a supporting span, and a misspelling
with a did-you-mean.

Golden files live in ``tests/data/golden/``. After an intended change of output, regenerate them
and review the diff::

    FACTCHECK_REGEN_GOLDEN=1 python -m pytest tests/test_render.py

The regenerating run skips the comparisons it rewrote, so it can never pass by comparing a file
with itself.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from factcheck.model import (
    Expectations,
    Fact,
    Location,
    NameSpec,
    QuantitySpec,
    Report,
    Source,
    Stance,
    Status,
    Verdict,
)
from factcheck.render import FORMATS, format_for_path, render
from factcheck.render.csv import COLUMNS
from factcheck.render.markdown import escape
from factcheck.render.table import ASCII, UNICODE, build_table, short_labels
from tests.conftest import ROOT

GOLDEN = Path(__file__).parent / "data" / "golden"
REGENERATE = os.environ.get("FACTCHECK_REGEN_GOLDEN") == "1"
YAML = "expectations/albab.yaml"

TEXT_000 = (
    "date: 2017-02-09\n"
    "\n"
    "Three Turkish soldiers were killed and 11 wounded, the army said.\n"
    "General Hulusi Akar spoke to his Russian counterpart.\n"
)
TEXT_001 = (
    "Four soldiers were killed, officials said; earlier reports said three soldiers died.\n"
    "Gereal Hulusi Akar was told of the strike.\n"
)


def span(source: Source, words: str, stance: Stance = Stance.SUPPORTS) -> tuple[int, int, Stance]:
    start = source.text.index(words)
    return start, start + len(words), stance


def verdict(
    fact: str,
    source: Source,
    status: Status,
    reason: str,
    expected: str,
    *spans: tuple[int, int, Stance],
    found: str | None = None,
    detail: str = "",
    suggestion: str | None = None,
) -> Verdict:
    return Verdict(
        fact=fact,
        source=source.id,
        status=status,
        reason=reason,
        expected=expected,
        found=found,
        detail=detail,
        suggestion=suggestion,
        evidence=tuple(source.evidence(start, end, stance) for start, end, stance in spans),
    )


def sample_report() -> Report:
    """Two sources, three facts: 3 matches, 1 omission, 2 contradictions."""
    facts = (
        Fact(
            id="killed",
            kind="quantity",
            expected="3",
            spec=QuantitySpec(low=3, high=3, cues=("killed",)),
            description="soldiers killed in the strike",
            location=Location(path=YAML, line=6, column=5),
        ),
        Fact(
            id="wounded",
            kind="quantity",
            expected="11",
            spec=QuantitySpec(low=11, high=11, cues=("wounded",)),
            location=Location(path=YAML, line=11, column=5),
        ),
        Fact(
            id="akar",
            kind="name",
            expected="General Hulusi Akar",
            spec=NameSpec(value="General Hulusi Akar", variants=("Hulusi Akar",)),
        ),
    )
    expectations = Expectations(
        path=YAML,
        event="Russian airstrike kills Turkish soldiers near al-Bab",
        facts=facts,
        sources=("../seeds/*.txt",),
        reference_date=dt.date(2017, 2, 9),
    )
    first = Source.from_text(
        id="seeds/000_98b88eba.txt",
        text=TEXT_000,
        body_start=TEXT_000.index("Three"),
        date=dt.date(2017, 2, 9),
        date_origin="header",
    )
    second = Source.from_text(id="seeds/001_2e274df0.txt", text=TEXT_001)
    verdicts = (
        verdict(
            "killed", first, Status.MATCH, "stated", "3", span(first, "Three Turkish soldiers")
        ),
        verdict("wounded", first, Status.MATCH, "stated", "11", span(first, "11 wounded")),
        verdict(
            "akar",
            first,
            Status.MATCH,
            "stated",
            "General Hulusi Akar",
            span(first, "General Hulusi Akar"),
        ),
        verdict(
            "killed",
            second,
            Status.CONTRADICTION,
            "value",
            "3",
            span(second, "three soldiers died"),
            span(second, "Four soldiers were killed", Stance.CONFLICTS),
            found="4",
            detail="the source gives 4 killed where 3 are expected",
        ),
        verdict("wounded", second, Status.OMISSION, "not-stated", "11"),
        verdict(
            "akar",
            second,
            Status.CONTRADICTION,
            "misspelling",
            "General Hulusi Akar",
            span(second, "Gereal Hulusi Akar", Stance.CONFLICTS),
            found="Gereal Hulusi Akar",
            detail="'Gereal Hulusi Akar' looks misspelt; did you mean 'General Hulusi Akar'?",
            suggestion="General Hulusi Akar",
        ),
    )
    return Report(expectations=expectations, sources=(first, second), verdicts=verdicts)


def hostile_report() -> Report:
    """Source text, file name and expected value that try to break a Markdown table."""
    text = "They said a | b <script>alert(1)</script> **bold** [link](x) `code`\nmore\n"
    source = Source.from_text(id="seeds/a|b<i>.txt", text=text)
    fact = Fact(
        id="claim|x",
        kind="mention",
        expected="x | y <b>",
        spec=NameSpec(value="x | y <b>"),
    )
    expectations = Expectations(
        path="e.yaml", event="<script>evil()</script> | event", facts=(fact,)
    )
    contradiction = Verdict(
        fact=fact.id,
        source=source.id,
        status=Status.CONTRADICTION,
        reason="variant",
        expected=fact.expected,
        found="a | b <script>",
        evidence=(source.evidence(0, text.index("\nmore"), Stance.CONFLICTS),),
    )
    return Report(expectations=expectations, sources=(source,), verdicts=(contradiction,))


# --- golden files ---------------------------------------------------------------------------


GOLDEN_CASES = [
    ("table", False, "report.table.txt"),
    ("table", True, "report.table-ascii.txt"),
    ("markdown", False, "report.md"),
    ("csv", False, "report.csv"),
    ("json", False, "report.json"),
    ("jsonl", False, "report.jsonl"),
    ("html", False, "report.html"),
]


@pytest.mark.parametrize(("fmt", "ascii_only", "name"), GOLDEN_CASES)
def test_render_matches_golden_file(fmt: str, ascii_only: bool, name: str) -> None:
    """Each format renders the sample report byte for byte as its reviewed golden file."""
    rendered = render(sample_report(), fmt, ascii_only=ascii_only)
    golden = GOLDEN / name
    if REGENERATE:
        golden.write_bytes(rendered.encode("utf-8"))
        pytest.skip(f"regenerated {golden}")
    assert golden.exists(), f"missing {golden}: run with FACTCHECK_REGEN_GOLDEN=1 and review it"
    assert rendered == golden.read_bytes().decode("utf-8")


def test_every_format_has_a_golden_file() -> None:
    """A format added to the registry without a golden file fails here."""
    assert {fmt for fmt, _, _ in GOLDEN_CASES} == set(FORMATS)


# --- terminal -------------------------------------------------------------------------------


def test_table_rows_are_facts_and_columns_are_short_source_labels() -> None:
    table = build_table(sample_report(), UNICODE)
    assert table.headers == ("fact", "kind", "expected", "000", "001")
    assert table.rows == (
        ("killed", "quantity", "3", "✓ match", "✗ value"),
        ("wounded", "quantity", "11", "✓ match", "· omission"),
        ("akar", "name", "General Hulusi Akar", "✓ match", "✗ misspelling"),
    )


def test_ascii_table_cells_use_plain_marks() -> None:
    table = build_table(sample_report(), ASCII)
    assert table.rows[1][3:] == ("+ match", ". omission")
    assert table.rows[0][4] == "x value"


def test_cell_without_a_verdict_says_missing() -> None:
    report = sample_report()
    partial = Report(
        expectations=report.expectations, sources=report.sources, verdicts=report.verdicts[1:]
    )
    assert build_table(partial, UNICODE).rows[0][3] == "? missing"


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["seeds/000_98b88eba54a409e2.txt", "seeds/001_2e274df0c58b4ffb.txt"], ["000", "001"]),
        (["a/reuters.txt", "b/afp.txt"], ["reuters", "afp"]),
        (["x/reuters-2017-02-09.txt", "x/afp-2017-02-09.txt"], ["reuters", "afp"]),
        (["x/story_one_reuters.txt", "x/story_two_reuters.txt"], ["story_o", "story_t"]),
        (["x/common-prefix-a.txt", "x/common-prefix-b.txt"],
         ["common-prefix-a", "common-prefix-b"]),
        (["a/same.txt", "b/same.txt", "c/same.txt"], ["same", "same~2", "same~3"]),
        (["a/duplicated-long-label.txt", "b/duplicated-long-label.txt"],
         ["duplicated-long-label", "duplicated-long-label~2"]),
        (["feed.jsonl#rec-1", "feed.jsonl#rec-2"], ["rec-1", "rec-2"]),
    ],
)  # fmt: skip
def test_short_labels_use_the_first_word_or_a_prefix_and_stay_unique(
    ids: list[str], expected: list[str]
) -> None:
    sources = [Source.from_text(id=source_id, text="x\n") for source_id in ids]
    labels = short_labels(sources)
    assert list(labels.values()) == expected
    assert len(set(labels.values())) == len(sources)


def test_terminal_lists_each_contradiction_with_words_position_and_did_you_mean() -> None:
    text = render(sample_report(), "table")
    assert (
        "  killed @ seeds/001_2e274df0.txt: value — expected 3, found 4"
        " — “Four soldiers were killed” (1:1)"
    ) in text
    assert "      supports: “three soldiers died” (1:65)" in text
    assert "did you mean “General Hulusi Akar”?" in text
    assert "Summary: 3 matches, 1 omission, 2 contradictions" in text


def test_terminal_escapes_control_characters_from_source_text() -> None:
    """An ANSI escape or a bidi override in a source must not reach the terminal raw."""
    text = "Killed: \x1b[2J\u202efour\n"
    source = Source.from_text(id="s.txt", text=text)
    report = sample_report()
    hostile = Report(
        expectations=report.expectations,
        sources=(source,),
        verdicts=(
            Verdict(
                fact="killed",
                source="s.txt",
                status=Status.CONTRADICTION,
                reason="value",
                expected="3",
                found="4",
                evidence=(source.evidence(0, len(text) - 1, Stance.CONFLICTS),),
            ),
        ),
    )
    rendered = render(hostile, "table")
    assert "\x1b" not in rendered
    assert "\u202e" not in rendered
    assert "\\x1b[2J\\u202efour" in rendered


def test_ascii_table_is_pure_ascii_even_with_non_ascii_source_text() -> None:
    report = sample_report()
    source = Source.from_text(id="seeds/002.txt", text="Erdoğan said “four”.\n")
    extra = Verdict(
        fact="killed",
        source=source.id,
        status=Status.CONTRADICTION,
        reason="value",
        expected="3",
        found="4",
        evidence=(source.evidence(0, 20, Stance.CONFLICTS),),
    )
    widened = Report(
        expectations=report.expectations,
        sources=(*report.sources, source),
        verdicts=(*report.verdicts, extra),
    )
    rendered = render(widened, "table", ascii_only=True)
    assert rendered.isascii()
    assert "Erdo\\u011fan" in rendered


# --- markdown -------------------------------------------------------------------------------


def _unescaped_pipes(line: str) -> int:
    return line.replace("\\|", "").count("|")


def test_markdown_table_stays_intact_with_pipes_and_html_in_source_text() -> None:
    rendered = render(hostile_report(), "markdown")
    rows = [line for line in rendered.splitlines() if line.startswith("|")]
    assert len(rows) == 3  # header, delimiter, one fact
    assert {_unescaped_pipes(row) for row in rows} == {5}  # 4 columns -> 5 pipes
    assert "<script>" not in rendered
    assert "&lt;script&gt;" in rendered
    assert "\\*\\*bold\\*\\*" in rendered
    assert "\\[link\\](x)" in rendered


def test_markdown_quotes_evidence_with_line_and_column() -> None:
    rendered = render(sample_report(), "markdown")
    assert "  - conflicts: “Four soldiers were killed” (1:1)" in rendered
    assert "  - supports: “three soldiers died” (1:65)" in rendered
    assert "did you mean “General Hulusi Akar”?" in rendered


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a | b", "a \\| b"),
        ("<script>", "&lt;script&gt;"),
        ("AT&T", "AT&amp;T"),
        ("*x* _y_ `z` ~w~", "\\*x\\* \\_y\\_ \\`z\\` \\~w\\~"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two lines"),
        ("al-Bab, 9 Feb.", "al-Bab, 9 Feb."),
    ],
)
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


# --- csv ------------------------------------------------------------------------------------


def test_csv_parses_back_into_one_row_per_verdict() -> None:
    report = sample_report()
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert len(rows) == len(report.verdicts)
    assert [(row["fact"], row["source"], row["status"]) for row in rows] == [
        (v.fact, v.source, v.status.value) for v in report.verdicts
    ]
    assert tuple(rows[0]) == COLUMNS


def test_csv_contradiction_row_leads_with_conflicting_words_and_lists_all_evidence() -> None:
    rows = list(csv.DictReader(io.StringIO(render(sample_report(), "csv"))))
    killed = rows[3]
    assert (killed["fact"], killed["status"], killed["reason"]) == (
        "killed",
        "contradiction",
        "value",
    )
    assert (killed["expected"], killed["found"]) == ("3", "4")
    assert (killed["evidence"], killed["line"], killed["column"]) == (
        "Four soldiers were killed",
        "1",
        "1",
    )
    assert killed["all_evidence"] == '1:1 "Four soldiers were killed" | 1:65 "three soldiers died"'
    omission = rows[4]
    assert (omission["status"], omission["evidence"], omission["line"]) == ("omission", "", "")


def test_csv_keeps_hostile_text_in_its_cell() -> None:
    rows = list(csv.reader(io.StringIO(render(hostile_report(), "csv"))))
    assert len(rows) == 2
    assert all(len(row) == len(COLUMNS) for row in rows)
    assert rows[1][7].startswith("They said a | b <script>")


# --- json -----------------------------------------------------------------------------------


def test_json_has_exactly_the_contract_keys_in_order() -> None:
    data = json.loads(render(sample_report(), "json"))
    assert list(data) == [
        "format_version",
        "event",
        "expectations",
        "facts",
        "sources",
        "verdicts",
        "summary",
    ]
    assert data["format_version"] == 1
    assert list(data["facts"][0]) == ["id", "kind", "expected", "description", "location"]
    assert list(data["sources"][0]) == ["id", "path", "date", "date_origin"]
    assert list(data["verdicts"][0]) == [
        "fact",
        "source",
        "status",
        "reason",
        "expected",
        "found",
        "detail",
        "suggestion",
        "evidence",
    ]
    assert list(data["verdicts"][0]["evidence"][0]) == [
        "start",
        "end",
        "line",
        "column",
        "text",
        "stance",
    ]
    assert data["summary"] == {"match": 3, "omission": 1, "contradiction": 2}


def test_json_values_follow_the_contract() -> None:
    data = json.loads(render(sample_report(), "json"))
    assert data["expectations"] == YAML
    assert data["facts"][0]["location"] == f"{YAML}:6:5"
    assert data["facts"][2]["location"] is None
    assert data["sources"][0]["date"] == "2017-02-09"
    assert data["sources"][1] == {
        "id": "seeds/001_2e274df0.txt",
        "path": "seeds/001_2e274df0.txt",
        "date": None,
        "date_origin": None,
    }
    misspelling = data["verdicts"][5]
    assert misspelling["suggestion"] == "General Hulusi Akar"
    assert misspelling["evidence"] == [
        {"start": 85, "end": 103, "line": 2, "column": 1, "text": "Gereal Hulusi Akar",
         "stance": "conflicts"},
    ]  # fmt: skip


def test_json_evidence_text_is_the_source_slice() -> None:
    report = sample_report()
    texts = {source.id: source.text for source in report.sources}
    data = json.loads(render(report, "json"))
    spans = [(v["source"], e) for v in data["verdicts"] for e in v["evidence"]]
    assert spans
    for source_id, item in spans:
        assert texts[source_id][item["start"] : item["end"]] == item["text"]


def test_json_ascii_only_escapes_but_parses_to_the_same_data() -> None:
    report = hostile_report()
    assert json.loads(render(report, "json", ascii_only=True)) == json.loads(render(report, "json"))
    assert render(sample_report(), "json", ascii_only=True).isascii()


# --- registry -------------------------------------------------------------------------------


def test_formats_lists_the_six_renderers() -> None:
    assert FORMATS == ("table", "markdown", "csv", "json", "jsonl", "html")


def test_render_rejects_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(sample_report(), "pdf")


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("out/report.md", "markdown"),
        ("REPORT.MD", "markdown"),
        ("r.markdown", "markdown"),
        ("r.csv", "csv"),
        ("r.json", "json"),
        ("r.jsonl", "jsonl"),
        ("r.txt", "table"),
        ("r.html", "html"),
        ("R.HTM", "html"),
        ("r.pdf", None),
        ("report", None),
    ],
)
def test_format_for_path_maps_extensions(path: str, fmt: str | None) -> None:
    assert format_for_path(path) == fmt


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json", "jsonl", "html"])
def test_every_renderer_ends_with_one_newline(fmt: str) -> None:
    rendered = render(sample_report(), fmt)
    assert rendered.endswith("\n")
    assert not rendered.endswith("\n\n")


def test_jsonl_lines_are_the_json_reports_verdicts() -> None:
    report = sample_report()
    lines = [json.loads(line) for line in render(report, "jsonl").splitlines()]
    assert lines == json.loads(render(report, "json"))["verdicts"]


def test_render_from_the_package_runs_whether_or_not_the_render_package_was_imported() -> None:
    import factcheck
    import factcheck.render  # now factcheck.render is the package, as Python sets it
    from factcheck import check, render, source_from_text
    from factcheck.loader import load

    expectations = load(str(ROOT / "expectations" / "albab-airstrike.yaml"))
    report = check(expectations, [source_from_text("Three soldiers were killed.", id="a.txt")])
    assert render(report, "csv") == factcheck.render.render(report, "csv")
    assert factcheck.render(report, "json") == factcheck.render.render(report, "json")
