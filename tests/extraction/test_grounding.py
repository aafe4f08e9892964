"""Extracted values judged against what the article says (factcheck/extraction/grounding.py):
each class on real sentences of the seeds and the Erie cluster, properties over every cell of
their articles, and ``factcheck extract --against-sources``."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import run
from factcheck.engine import check
from factcheck.extraction.grounding import Grounding, ground
from factcheck.extraction.outputs import ExtractionError
from factcheck.loader import load
from factcheck.model import Expectations, Source, Status
from factcheck.sources import default_sources, read_sources
from tests.strategies import absent_value

ROOT = Path(__file__).resolve().parents[2]
ALBAB = str(ROOT / "expectations" / "albab-airstrike.yaml")
ERIE = str(ROOT / "expectations" / "erie-electric-bill.yaml")
EXAMPLES = ROOT / "examples" / "llm"

CORRECT, MISSED, UNGROUNDED = Grounding.CORRECT, Grounding.MISSED, Grounding.UNGROUNDED
DIVERGED, CORRECTED = Grounding.DIVERGED, Grounding.CORRECTED

FILES = {"albab": load(ALBAB), "erie": load(ERIE)}
ARTICLES = {name: read_sources(default_sources(e)) for name, e in FILES.items()}


def cell_of(file: str, fact: str, sentence: str, value: object) -> Grounding:
    """The class of ``value`` for ``fact`` extracted from one sentence of a real article."""
    source = Source.from_text(
        id="article", text=sentence, date=dt.date(2017, 2, 9), date_origin="header"
    )
    outputs = {"article": {} if value is None else {fact: value}}
    report = ground(FILES[file], outputs, [source])
    (cell,) = [cell for cell in report.cells if cell.fact == fact]
    return cell.grounding


CASES = [
    # the same value as the text, however written; nothing where the text says nothing
    ("albab", "killed", 'Three Turkish soldiers were "accidentally" killed and 11 wounded', "three",
     CORRECT),
    ("albab", "wounded", 'Three Turkish soldiers were "accidentally" killed and 11 wounded', 11,
     CORRECT),
    ("albab", "killed", "Russian President Vladimir Putin expressed his condolences.", None,
     CORRECT),
    ("erie", "bill", "Mary Horomanski of Erie, Pa., received a bill of more than $284 billion.",
     "$284 billion",
     CORRECT),
    ("erie", "penelec", "Horomanski’s son contacted Penelac, her electric provider.", "Penelac",
     CORRECT),  # the article's misspelling, faithfully extracted
    # the text states it, the extractor gives nothing
    ("albab", "killed", "Turkish army says Russian jet kills 3 Turkish troops", None, MISSED),
    ("erie", "minimum", "only a $28,156 minimum payment was due for December.", None, MISSED),
    # a value the text does not state, even the expected one
    ("albab", "killed", "Kremlin spokesman Dmitry Peskov said Putin expressed condolences.", 3,
     UNGROUNDED),
    ("erie", "spokesman", "The electricity provider later said the actual amount was $284.46.",
     "Mark Durbin", UNGROUNDED),
    # another value than the text states
    ("albab", "wounded", "three Turkish soldiers were killed and 11 injured", "12", DIVERGED),
    ("erie", "corrected", "Her new amount was quickly corrected to $284.46.", "$284.64", DIVERGED),
    ("erie", "bill", "Woman Stunned to Find Electric Bill Listed as $284 Billion", "$284,000,000,000",
     CORRECT),  # the text's rounded figure, written out: no divergence
    ("erie", "penelec", "Horomanski’s son contacted Penelac, her electric provider.", "Penelic",
     DIVERGED),
    # the expected value where the text states only another
    ("erie", "penelec", "Horomanski’s son contacted Penelac, her electric provider.", "Penelec",
     CORRECTED),
    ("erie", "cause", "A company’s spokesman said it did not know how the error had occurred.",
     "decimal point moved", CORRECTED),
    ("albab", "joint-investigation",
     "Both countries have started internal investigations into the incident.",
     "joint investigation", CORRECTED),
]  # fmt: skip


@pytest.mark.parametrize(("file", "fact", "sentence", "value", "expected"), CASES)
def test_each_class_on_real_sentences(
    file: str, fact: str, sentence: str, value: object, expected: Grounding
) -> None:
    assert cell_of(file, fact, sentence, value) is expected


def test_expected_value_among_conflicting_ones_in_the_text_is_correct() -> None:
    """000 writes "Gereal Hulusi Akar" once and "General Hulusi Akar" once: the right spelling
    is in the text, so extracting it is no correction."""
    source = ARTICLES["albab"][0]
    report = ground(FILES["albab"], {source.label: {"akar": "General Hulusi Akar"}}, [source])
    (cell,) = [cell for cell in report.cells if cell.fact == "akar"]
    assert (cell.grounding, cell.text.status) == (CORRECT, Status.CONTRADICTION)
    assert cell.span.evidence is not None and cell.span.evidence.text == "General Hulusi Akar"


def test_each_cell_carries_the_text_evidence_and_the_extractor_span() -> None:
    source = ARTICLES["albab"][1]  # 001: "kills 3 Turkish troops"
    start = source.text.index("3 Turkish troops")
    outputs = {source.label: {"killed": {"value": 3, "start": start, "end": start + 1}}}
    (cell,) = [c for c in ground(FILES["albab"], outputs, [source]).cells if c.fact == "killed"]
    assert cell.grounding is CORRECT
    assert [e.text for e in cell.extracted.evidence] == ["3"]
    assert cell.text.evidence[0].text == "kills 3 Turkish troops"
    assert (cell.span.kind.value, cell.span.given) == ("exact", True)


def test_output_source_naming_no_article_is_an_error() -> None:
    with pytest.raises(ExtractionError, match="'reuters' names none of the source texts"):
        ground(FILES["albab"], {"reuters": {"killed": 3}}, ARTICLES["albab"])


def test_grounding_needs_texts() -> None:
    with pytest.raises(ExtractionError, match="'reuters' names none of the source texts"):
        ground(FILES["albab"], {"reuters": {"killed": 3}}, [])


# --- properties over every cell of the seeds and the Erie cluster ------------------------------

STATED = [
    (name, verdict.source, verdict.fact)
    for name, expectations in FILES.items()
    for verdict in check(expectations, ARTICLES[name]).verdicts
    if verdict.status is not Status.OMISSION
]
CELLS = [
    (name, source.id, fact.id)
    for name, expectations in FILES.items()
    for source in ARTICLES[name]
    for fact in expectations.facts
]


def ground_one(name: str, source_id: str, fact: str, value: object) -> Grounding:
    (source,) = [source for source in ARTICLES[name] if source.id == source_id]
    outputs = {source_id: {} if value is None else {fact: value}}
    report = ground(FILES[name], outputs, [source])
    (cell,) = [cell for cell in report.cells if cell.fact == fact]
    return cell.grounding


def text_verdict(name: str, source_id: str, fact: str) -> tuple[Source, Expectations, object]:
    (source,) = [source for source in ARTICLES[name] if source.id == source_id]
    (verdict,) = [v for v in check(FILES[name], [source]).verdicts if v.fact == fact]
    return source, FILES[name], verdict


@given(cell=st.sampled_from(STATED), data=st.data())
def test_value_planted_from_the_text_evidence_is_correct(
    cell: tuple[str, str, str], data: st.DataObject
) -> None:
    """The words the text's verdict rests on, given back as the extracted value (with their
    span), are always ``correct``."""
    name, source_id, fact = cell
    _, _, verdict = text_verdict(name, source_id, fact)
    assert hasattr(verdict, "evidence")
    stance = "supports" if verdict.status is Status.MATCH else "conflicts"
    pieces = [e for e in verdict.evidence if e.stance.value == stance]
    piece = data.draw(st.sampled_from(pieces))
    value = {"value": piece.text, "start": piece.start, "end": piece.end}
    assert ground_one(name, source_id, fact, value) is CORRECT


@given(cell=st.sampled_from(STATED))
def test_value_found_by_the_text_is_correct(cell: tuple[str, str, str]) -> None:
    name, source_id, fact = cell
    _, _, verdict = text_verdict(name, source_id, fact)
    assert ground_one(name, source_id, fact, verdict.found) is CORRECT  # type: ignore[attr-defined]


@given(cell=st.sampled_from(CELLS), data=st.data())
def test_value_absent_from_the_text_is_never_correct(
    cell: tuple[str, str, str], data: st.DataObject
) -> None:
    name, source_id, fact = cell
    value = data.draw(absent_value(FILES[name].fact(fact).kind))
    assert ground_one(name, source_id, fact, value) in (UNGROUNDED, DIVERGED)


@given(cell=st.sampled_from(STATED))
def test_dropped_value_is_missed(cell: tuple[str, str, str]) -> None:
    assert ground_one(*cell, None) is MISSED


# --- the command ------------------------------------------------------------------------------


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_command_prints_cells_scores_and_the_misplaced_span_of_the_llm_example() -> None:
    code, out, err = call("extract", ALBAB, str(EXAMPLES / "albab.jsonl"), "--against-sources")
    assert code == 0, err
    assert (
        "Summary: 41 correct, 2 missed, 5 ungrounded, 1 diverged, 1 corrected; "
        "precision 0.844, recall 0.905, F1 0.874"
    ) in out
    assert (
        "│ overall             │   38 │    7 │    4 │    3 │       0.844 │    0.905 │ 0.874 │"
        in out
    )
    assert "1 span(s) do not hold their value:" in out
    assert "spokesman @ 004_8c3660f9c33f6905: the span 292..305 reads" in out


def test_command_pins_the_scores_of_the_erie_example() -> None:
    code, out, _ = call("extract", ERIE, str(EXAMPLES / "erie-v1.jsonl"), "--against-sources")
    assert code == 0
    assert (
        "Summary: 61 correct, 0 missed, 1 ungrounded, 1 diverged, 3 corrected; "
        "precision 0.902, recall 0.920, F1 0.911"
    ) in out


@pytest.mark.parametrize(
    ("option", "limit", "code", "message"),
    [
        ("--min-recall", "0.9", 0, ""),
        ("--min-recall", "0.95", 1, "factcheck: recall 0.905 is below 0.95"),
        ("--min-precision", "0.9", 1, "factcheck: precision 0.844 is below 0.9"),
    ],
)
def test_command_fails_below_a_minimum_score(
    option: str, limit: str, code: int, message: str
) -> None:
    outputs = str(EXAMPLES / "albab.jsonl")
    got, _, err = call("extract", ALBAB, outputs, "--against-sources", option, limit)
    assert got == code
    assert message in err


def test_minimum_scores_need_against_sources() -> None:
    code, _, err = call("extract", ALBAB, str(EXAMPLES / "albab.jsonl"), "--min-recall", "0.5")
    assert code == 2
    assert "--min-precision and --min-recall need --against-sources" in err


def test_command_writes_the_json_report_with_scores(tmp_path: Path) -> None:
    target = tmp_path / "grounding.json"
    code, out, _ = call(
        "extract", ERIE, str(EXAMPLES / "erie-v1.jsonl"), "--against-sources", "-o", str(target)
    )
    assert code == 0
    assert f"json report written to {target}" in out
    data = json.loads(target.read_text("utf-8"))
    assert data["scores"]["overall"]["tp"] == 46
    (cell,) = [c for c in data["cells"] if (c["fact"], c["source"]) == ("corrected", "004")]
    assert (cell["class"], cell["value"], cell["text"]["found"]) == (
        "diverged",
        "$284.64",
        "$284.46",
    )


def test_against_sources_needs_a_file_declaring_its_articles(tmp_path: Path) -> None:
    expectations = tmp_path / "bare.yaml"
    expectations.write_text(
        "event: x\nfacts:\n  - id: killed\n    kind: quantity\n    value: 3\n    cues: [killed]\n",
        "utf-8",
    )
    outputs = tmp_path / "o.jsonl"
    outputs.write_text('{"source": "a", "killed": 3}\n', "utf-8")
    code, out, err = call("extract", str(expectations), str(outputs), "--against-sources")
    assert (code, out) == (2, "")
    assert f"{expectations}: --against-sources needs the articles: the file declares no" in err


def test_grounded_report_never_overwrites_an_input(tmp_path: Path) -> None:
    outputs = tmp_path / "llm.jsonl"
    outputs.write_bytes((EXAMPLES / "albab.jsonl").read_bytes())
    before = outputs.read_bytes()
    code, _, err = call("extract", ALBAB, str(outputs), "--against-sources", "-o", str(outputs))
    assert code == 2
    assert "--output would overwrite the input" in err
    assert outputs.read_bytes() == before
