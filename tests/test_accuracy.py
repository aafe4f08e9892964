"""The accuracy report: agreement with hand annotations, and clear errors for bad annotation files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.accuracy import AnnotationError, evaluate, load_annotation, render_accuracy
from factcheck.model import Status
from tests.conftest import DATA, ROOT

ANNOTATIONS = sorted((DATA / "annotations").glob("*.yaml"))
SECOND_READER = sorted((DATA / "annotations" / "second-reader").glob("*.yaml"))
# The figures the README claims, held exactly: a change that moves one (better or worse)
# updates the claim and this gate in the same commit.
CLAIMED = {
    "first reader": (ANNOTATIONS, (278, 280), {
        "claim": (35, 35), "date": (42, 43), "mention": (35, 35),
        "name": (48, 48), "quantity": (86, 87), "role": (32, 32),
    }),
    "blind second reader": (SECOND_READER, (224, 230), {
        "claim": (25, 25), "date": (36, 38), "mention": (25, 25),
        "name": (38, 38), "quantity": (73, 77), "role": (27, 27),
    }),
}  # fmt: skip
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_every_annotated_corpus_is_checked() -> None:
    names = {path.stem for path in ANNOTATIONS}
    assert names == {"albab-airstrike", "chibok-release", "erie-electric-bill", "kt-data-hack"}
    assert {path.stem for path in SECOND_READER} == names - {"albab-airstrike"}


@pytest.mark.parametrize("reader", sorted(CLAIMED))
def test_engine_agrees_with_the_annotations_exactly_as_claimed(reader: str) -> None:
    """Every cell of every article (10x5 + 11x6 + 11x6 + 14x7 for the first reader), overall
    and per kind, at exactly the claimed agreement, with no false contradiction."""
    paths, (agree, total), per_kind = CLAIMED[reader]
    accuracy = evaluate([load_annotation(str(path)) for path in paths])
    report = render_accuracy(accuracy)
    assert len(accuracy.cells) == total
    assert sum(cell.agrees for cell in accuracy.cells) == agree, report
    assert accuracy.false_contradictions() == [], report
    assert accuracy.by_kind() == per_kind, report


@pytest.mark.parametrize("reader", sorted(CLAIMED))
def test_the_docs_state_the_gated_figures(reader: str) -> None:
    """The claim and the gate are the same numbers: the docs state the overall figure and
    each kind's."""
    _, (agree, total), per_kind = CLAIMED[reader]
    docs = "\n".join(path.read_text(encoding="utf-8") for path in DOCS)
    assert f"{agree}/{total}" in docs
    for kind, (kind_agree, kind_total) in per_kind.items():
        assert re.search(rf"{kind}\s+{kind_agree}/{kind_total}\b", docs), (reader, kind)


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


def test_the_test_data_files_the_docs_cite_exist() -> None:
    docs = "\n".join(path.read_text(encoding="utf-8") for path in DOCS)
    cited = set(re.findall(r"`(tests/data/[^`*]+\.yaml)`", docs))
    assert cited, "the docs cite the annotation files they speak of"
    assert [path for path in sorted(cited) if not (ROOT / path).is_file()] == []
