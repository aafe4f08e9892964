"""The accuracy report: agreement with hand annotations, and clear errors for bad annotation files."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.accuracy import AnnotationError, evaluate, load_annotation, render_accuracy
from factcheck.model import Status
from tests.conftest import DATA, ROOT

ANNOTATIONS = sorted((DATA / "annotations").glob("*.yaml"))
SECOND_READER = sorted((DATA / "annotations" / "second-reader").glob("*.yaml"))
MIN_AGREEMENT = 0.95  # the bar set for the annotated clusters and the seeds


def test_every_annotated_corpus_is_checked() -> None:
    names = {path.stem for path in ANNOTATIONS}
    assert names == {"albab-airstrike", "chibok-release", "erie-electric-bill", "kt-data-hack"}


def test_engine_agrees_with_the_hand_annotations_and_never_contradicts_falsely() -> None:
    accuracy = evaluate([load_annotation(str(path)) for path in ANNOTATIONS])
    assert len(accuracy.cells) == 280  # 10x5 + 11x6 + 11x6 + 14x7: every fact in every article
    assert accuracy.agreement() >= MIN_AGREEMENT, render_accuracy(accuracy)
    assert accuracy.false_contradictions() == [], render_accuracy(accuracy)
    for kind, (agree, total) in accuracy.by_kind().items():
        assert agree / total >= 0.9, (kind, render_accuracy(accuracy))


def test_engine_agrees_with_a_blind_second_reader_too() -> None:
    """The second reader annotated the clusters without seeing the first annotation or the
    engine's output: agreement with it cannot come from shaping one to the other."""
    accuracy = evaluate([load_annotation(str(path)) for path in SECOND_READER])
    assert len(accuracy.cells) == 230
    assert accuracy.agreement() >= MIN_AGREEMENT, render_accuracy(accuracy)
    assert accuracy.false_contradictions() == [], render_accuracy(accuracy)


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "annotation.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _header(tmp_path: Path) -> str:
    expectations = ROOT / "expectations" / "albab-airstrike.yaml"
    return f"expectations: {expectations}\nsources: {ROOT / 'seeds'}\nverdicts:\n"


def test_disagreements_and_false_contradictions_are_reported_with_their_place(
    tmp_path: Path,
) -> None:
    path = _write(
        tmp_path,
        _header(tmp_path)
        + "  000_98b88eba54a409e2.txt:\n"
        + "    akar: match\n"  # the engine finds the misspelling "Gereal": a false contradiction here
        + "    killed: omission\n"  # the engine finds "three": a missed omission
        + "    wounded: match\n",
    )
    accuracy = evaluate([load_annotation(path)])
    assert accuracy.agreement() == pytest.approx(1 / 3)
    assert [cell.expected.fact for cell in accuracy.false_contradictions()] == ["akar"]
    assert accuracy.confusion()[(Status.MATCH, Status.CONTRADICTION)] == 1
    report = render_accuracy(accuracy)
    assert "Agreement: 1/3 cells (33.3%)" in report
    assert "False contradictions: 1" in report
    assert f"{path}:5:5: akar @ " in report
    assert "annotated match, found contradiction (misspelling)" in report
    assert "\u201cGereal Hulusi Akar\u201d (22:170)" in report


def test_a_contradiction_with_another_reason_disagrees(tmp_path: Path) -> None:
    path = _write(
        tmp_path, _header(tmp_path) + "  000_98b88eba54a409e2.txt:\n    akar: contradiction value\n"
    )
    [cell] = evaluate([load_annotation(path)]).cells
    assert not cell.agrees


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  000_98b88eba54a409e2.txt:\n    akar: contradicton\n",
         ":5:11: unknown verdict 'contradicton'; did you mean 'contradiction'?"),
        ("  000_98b88eba54a409e2.txt:\n    akar: [match]\n",
         ":5:11: expected a verdict such as 'match' or 'contradiction value', got ['match']"),
        ("  000_98b88eba54a409e2.txt: match\n",
         ":4:29: expected a mapping of fact ids to verdicts"),
    ],
)  # fmt: skip
def test_bad_cell_is_reported_at_its_line_and_column(
    tmp_path: Path, body: str, message: str
) -> None:
    path = _write(tmp_path, _header(tmp_path) + body)
    with pytest.raises(AnnotationError) as caught:
        load_annotation(path)
    assert str(caught.value) == path + message


def test_unknown_fact_gets_a_did_you_mean(tmp_path: Path) -> None:
    path = _write(tmp_path, _header(tmp_path) + "  000_98b88eba54a409e2.txt:\n    kiled: match\n")
    with pytest.raises(AnnotationError) as caught:
        evaluate([load_annotation(path)])
    assert f"{path}:5:5: unknown fact 'kiled'" in str(caught.value)
    assert "did you mean 'killed'?" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file: expected a mapping with 'expectations' and 'verdicts'"),
        ("verdicts: {}\n", "'expectations' must be a path"),
        ("expectations: x.yaml\nverdicts: [a]\n", "'verdicts' must be a mapping"),
        ("expectations: [x\n", "YAML syntax error"),
    ],
)
def test_bad_annotation_file_gets_a_clear_message(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(AnnotationError) as caught:
        load_annotation(path)
    assert str(caught.value).startswith(path)
    assert message in str(caught.value)
