"""Precision, recall and F1 from grounded cells (factcheck/extraction/scores.py): what each class
counts as, per fact, per kind and overall."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extraction.grounding import GroundedCell, Grounding, ground
from factcheck.extraction.outputs import read_outputs_file
from factcheck.extraction.scores import Counts, counts_of, score, shown_score
from factcheck.loader import load
from factcheck.sources import default_sources, read_sources

ROOT = Path(__file__).resolve().parents[2]
ALBAB = load(str(ROOT / "expectations" / "albab-airstrike.yaml"))
SEEDS = read_sources(default_sources(ALBAB))
SEED_001 = SEEDS[1]  # "kills 3 Turkish troops", "11 wounded", no mention of Akar's misspelling


def one_cell(fact: str, value: object, source_index: int = 1) -> GroundedCell:
    source = SEEDS[source_index]
    outputs = {source.label: {} if value is None else {fact: value}}
    (cell,) = [c for c in ground(ALBAB, outputs, [source]).cells if c.fact == fact]
    return cell


@pytest.mark.parametrize(
    ("fact", "value", "source", "grounding", "counts"),
    [
        ("killed", 3, 1, Grounding.CORRECT, Counts(tp=1)),
        ("akar", None, 2, Grounding.CORRECT, Counts(tn=1)),  # 002 never names Akar
        ("killed", None, 1, Grounding.MISSED, Counts(fn=1)),
        ("akar", "Hulusi Akar", 2, Grounding.UNGROUNDED, Counts(fp=1)),
        ("killed", 4, 1, Grounding.DIVERGED, Counts(fp=1, fn=1)),
        ("joint-investigation", "joint", 3, Grounding.CORRECTED, Counts(fp=1, fn=1)),
    ],
)
def test_each_class_counts_as_documented(
    fact: str, value: object, source: int, grounding: Grounding, counts: Counts
) -> None:
    cell = one_cell(fact, value, source)
    assert cell.grounding is grounding
    assert counts_of(cell) == counts


def test_scores_follow_their_definitions() -> None:
    counts = Counts(tp=38, fp=7, fn=4, tn=3)
    assert (counts.precision, counts.recall) == (38 / 45, 38 / 42)
    assert counts.f1 == pytest.approx(2 * 38 / (2 * 38 + 7 + 4))


def test_a_score_with_nothing_to_count_is_undefined() -> None:
    assert (Counts(tn=5).precision, Counts(tn=5).recall, Counts(tn=5).f1) == (None, None, None)
    assert shown_score(None) == "-"


def test_scores_per_fact_per_kind_and_overall_of_the_llm_example() -> None:
    read = read_outputs_file(ROOT / "examples" / "llm" / "albab.jsonl")
    scores = score(ground(ALBAB, read.outputs, SEEDS).cells)
    assert scores.overall == Counts(tp=38, fp=7, fn=4, tn=3)
    assert scores.by_fact["joint-investigation"] == Counts(tp=2, fp=2, fn=2)
    assert scores.by_kind["quantity"] == Counts(tp=7, fp=3, fn=1)
    assert list(scores.by_fact) == [fact.id for fact in ALBAB.facts]
    assert sum(scores.by_kind.values(), Counts()) == scores.overall
