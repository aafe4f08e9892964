"""The grounding report in every format (factcheck/extraction/render.py): the extractor's value
and span beside the text's verdict and evidence, and the scores with their counts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factcheck.extraction.grounding import GroundingReport, ground
from factcheck.extraction.outputs import read_outputs_file
from factcheck.extraction.render import render_grounding
from factcheck.loader import load
from factcheck.render import FORMATS
from factcheck.sources import default_sources, read_sources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def erie() -> GroundingReport:
    expectations = load(str(ROOT / "expectations" / "erie-electric-bill.yaml"))
    read = read_outputs_file(ROOT / "examples" / "llm" / "erie-v1.jsonl")
    return ground(expectations, read.outputs, read_sources(default_sources(expectations)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_shows_the_value_the_text_evidence_and_the_scores(
    erie: GroundingReport, fmt: str
) -> None:
    text = render_grounding(erie, fmt)
    assert "$284.64" in text  # the diverged value of 004
    assert "corrected to $284.46" in text  # the text's evidence for it
    if fmt != "jsonl":  # one cell per line: the scores are the sum of the lines
        assert "0.902" in text or '"precision": 0.9019' in text


def test_table_lists_the_diverged_cell_with_both_sides(erie: GroundingReport) -> None:
    rows = [line for line in render_grounding(erie, "table").splitlines() if "$284.64" in line]
    assert [[part.strip() for part in row.split("│")[1:-1]] for row in rows] == [
        [
            "corrected",
            "004",
            "diverged",
            "$284.64",
            "not-found",
            'match $284.46: "corrected to $284.46" 11:185',
        ]
    ]


def test_html_puts_the_value_and_the_text_evidence_side_by_side(erie: GroundingReport) -> None:
    page = render_grounding(erie, "html")
    (row,) = [line for line in page.splitlines() if "$284.64" in line]
    value_cell, text_cell = row.split("</td><td>")[-2:]
    assert "<b>$284.64</b>" in value_cell
    assert "<q>corrected to $284.46</q> <small>11:185 supports</small>" in text_cell
    assert '<tr class="diverged">' in row


def test_csv_has_a_row_per_cell_then_a_row_per_score(erie: GroundingReport) -> None:
    rows = list(csv.DictReader(io.StringIO(render_grounding(erie, "csv"))))
    cells = [row for row in rows if row["row"] == "cell"]
    scores = [row for row in rows if row["row"] == "score"]
    assert len(cells) == 66
    overall = scores[-1]
    assert (overall["tp"], overall["fp"], overall["fn"], overall["tn"]) == ("46", "5", "4", "15")
    assert (overall["precision"], overall["recall"], overall["f1"]) == ("0.902", "0.920", "0.911")


def test_json_cells_carry_both_verdicts_and_the_span(erie: GroundingReport) -> None:
    data = json.loads(render_grounding(erie, "json"))
    (cell,) = [c for c in data["cells"] if (c["fact"], c["source"]) == ("bill", "002")]
    assert cell["class"] == "correct"
    assert cell["span"] | {"score": None} == {
        "kind": "exact",
        "given": True,
        "start": 599,
        "end": 621,
        "line": 8,
        "column": 114,
        "text": "more than $284 billion",
        "score": None,
        "detail": "",
    }
    assert cell["text"]["evidence"][0]["text"] == "bill listed as $284 billion"
    assert data["summary"] == {
        "correct": 61, "missed": 0, "ungrounded": 1, "diverged": 1, "corrected": 3
    }  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_ascii_only_output_encodes_as_ascii(erie: GroundingReport, fmt: str) -> None:
    render_grounding(erie, fmt, ascii_only=True).encode("ascii")
