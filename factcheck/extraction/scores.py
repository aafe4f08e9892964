"""Precision, recall and F1 of an extractor, with the text of each article as the oracle.

Each grounded cell counts as:

==============================  ====================================================
``correct``, the text states    one true positive (TP)
``correct``, nothing stated     one true negative (TN): counted, in no score
``missed``                      one false negative (FN)
``ungrounded``                  one false positive (FP)
``diverged``, ``corrected``     one FP and one FN: a wrong value was given and the
                                text's value was not
==============================  ====================================================

precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean; a score whose
denominator is 0 is undefined (``None``, shown as ``-``). Scores are given per fact, per kind
and overall, always with the counts behind them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.extraction.grounding import GroundedCell, Grounding
from factcheck.model import Status


@dataclass(frozen=True, slots=True, kw_only=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
            tn=self.tn + other.tn,
        )

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    overall: Counts
    by_fact: dict[str, Counts]  # in the order of the expectation file
    by_kind: dict[str, Counts]


def counts_of(cell: GroundedCell) -> Counts:
    """What one cell counts as (see the module's table)."""
    if cell.grounding is Grounding.CORRECT:
        stated = cell.text.status is not Status.OMISSION
        return Counts(tp=1) if stated else Counts(tn=1)
    if cell.grounding is Grounding.MISSED:
        return Counts(fn=1)
    if cell.grounding is Grounding.UNGROUNDED:
        return Counts(fp=1)
    return Counts(fp=1, fn=1)


def score(cells: Iterable[GroundedCell]) -> Scores:
    overall = Counts()
    by_fact: dict[str, Counts] = {}
    by_kind: dict[str, Counts] = {}
    for cell in cells:
        counts = counts_of(cell)
        overall += counts
        by_fact[cell.fact] = by_fact.get(cell.fact, Counts()) + counts
        by_kind[cell.kind] = by_kind.get(cell.kind, Counts()) + counts
    return Scores(overall=overall, by_fact=by_fact, by_kind=by_kind)


def shown_score(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None
