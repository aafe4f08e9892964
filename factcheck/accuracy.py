"""Agreement between the engine's verdicts and verdicts annotated by hand.

An annotation file (YAML) names an expectation file, where the sources are, and the verdict a
careful reader gives each fact in each source::

    expectations: ../expectations/erie-electric-bill.yaml   # relative to this file
    sources: ../corpora/erie                                # optional: else the file's sources
    verdicts:
      001.txt:                                              # a file in `sources`
        bill: match
        penelec: contradiction misspelling                  # "status [reason]"
        cause: {status: omission, note: "a glitch in another story"}

A cell agrees when the statuses are equal and, for an annotated contradiction that names its
reason, the reasons are too. Extra keys of a cell (``note``, ``found``, ``evidence``) are kept
for people and for tests; they do not count here.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from factcheck.engine import check
from factcheck.errors import FactcheckError, Problem
from factcheck.loader import load
from factcheck.model import Location, Status, Verdict
from factcheck.sources import default_sources, read_sources
from factcheck.yamlfile import At, MarkedTree, compose, did_you_mean, problem_at, read_text

STATUSES = tuple(status.value for status in Status)


class AnnotationError(FactcheckError, ValueError):
    """An annotation file is unreadable or does not say what it must."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Expected:
    """One annotated cell."""

    source: str  # the source path, as the engine names it
    fact: str
    status: Status
    reason: str | None
    location: Location  # where the cell is written in the annotation file
    details: dict[str, Any]  # everything else the cell says (note, found, evidence)


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    path: str
    expectations: str  # path of the expectation file
    sources: tuple[str, ...]  # source paths, in the order annotated
    cells: tuple[Expected, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    expected: Expected
    verdict: Verdict
    kind: str

    @property
    def agrees(self) -> bool:
        if self.verdict.status != self.expected.status:
            return False
        named = self.expected.reason
        return (
            named is None
            or self.expected.status != Status.CONTRADICTION
            or named == self.verdict.reason
        )

    @property
    def false_contradiction(self) -> bool:
        return self.verdict.status == Status.CONTRADICTION != self.expected.status


@dataclass(frozen=True, slots=True, kw_only=True)
class Accuracy:
    cells: tuple[Cell, ...]

    def agreement(self, cells: Sequence[Cell] | None = None) -> float:
        chosen = self.cells if cells is None else cells
        return sum(cell.agrees for cell in chosen) / len(chosen) if chosen else 0.0

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """Kind -> (agreeing cells, cells)."""
        totals: dict[str, list[int]] = {}
        for cell in self.cells:
            pair = totals.setdefault(cell.kind, [0, 0])
            pair[0] += cell.agrees
            pair[1] += 1
        return {kind: (agree, total) for kind, (agree, total) in sorted(totals.items())}

    def confusion(self) -> Counter[tuple[Status, Status]]:
        """(annotated, found) -> cells."""
        return Counter((cell.expected.status, cell.verdict.status) for cell in self.cells)

    def disagreements(self) -> list[Cell]:
        return [cell for cell in self.cells if not cell.agrees]

    def false_contradictions(self) -> list[Cell]:
        return [cell for cell in self.cells if cell.false_contradiction]


# --- reading annotation files -------------------------------------------------------------------


def load_annotation(path: str) -> Annotation:
    """Read and check one annotation file; raises :class:`AnnotationError` with every problem."""
    text = read_text(path, AnnotationError, "an annotation file")
    tree, data = compose(
        text, path, AnnotationError, "a mapping with 'expectations' and 'verdicts'"
    )
    problems = list(tree.problems)
    base = os.path.dirname(path)
    expectations_path = data.get("expectations")
    verdicts = data.get("verdicts")
    for key, kind in (("expectations", str), ("verdicts", dict)):
        if not isinstance(data.get(key), kind):
            problems.append(
                _problem(
                    tree, (key,), f"'{key}' must be {'a path' if kind is str else 'a mapping'}"
                )
            )
    if problems:
        raise AnnotationError(problems)
    assert isinstance(expectations_path, str) and isinstance(verdicts, dict)
    expectations_path = os.path.normpath(os.path.join(base, expectations_path))
    sources_dir = data.get("sources")
    cells: list[Expected] = []
    sources: list[str] = []
    for name, facts in verdicts.items():
        source = os.path.normpath(os.path.join(base, sources_dir or "", name))
        sources.append(source)
        if not isinstance(facts, dict):
            problems.append(
                _problem(tree, ("verdicts", name), "expected a mapping of fact ids to verdicts")
            )
            continue
        for fact, value in facts.items():
            at: At = ("verdicts", name, fact)
            mark = tree.key_marks.get(at) or tree.mark(at)  # the fact id's place
            where = Location(path=path, line=mark.line + 1, column=mark.column + 1)
            parsed = _cell(value)
            if isinstance(parsed, str):
                problems.append(_problem(tree, at, parsed))
                continue
            status, reason, details = parsed
            cells.append(Expected(source=source, fact=fact, status=status, reason=reason,
                                  location=where, details=details))  # fmt: skip
    if problems:
        raise AnnotationError(problems)
    return Annotation(
        path=path, expectations=expectations_path, sources=tuple(sources), cells=tuple(cells)
    )


def _cell(value: Any) -> tuple[Status, str | None, dict[str, Any]] | str:
    """``"contradiction misspelling"`` or ``{status: ..., reason: ...}``; a message if bad."""
    details: dict[str, Any] = {}
    if isinstance(value, dict):
        details = {k: v for k, v in value.items() if k not in ("status", "reason")}
        words = str(value.get("status", "")).split()
        if value.get("reason"):
            words = [*words[:1], str(value["reason"])]
    elif isinstance(value, str):
        words = value.split()
    else:
        return f"expected a verdict such as 'match' or 'contradiction value', got {value!r}"
    if not words or words[0] not in STATUSES or len(words) > 2:
        hint = did_you_mean(words[0], STATUSES) if words else None
        return f"unknown verdict {' '.join(words)!r}; " + (
            hint or f"expected one of: {', '.join(STATUSES)}"
        )
    return Status(words[0]), (words[1] if len(words) == 2 else None), details


def _problem(tree: MarkedTree, at: At, message: str) -> Problem:
    return problem_at(tree.path, tree.mark(at), message)


# --- evaluating ---------------------------------------------------------------------------------


def evaluate(annotations: Iterable[Annotation]) -> Accuracy:
    """Run the engine on every annotated source and pair each annotated cell with its verdict."""
    cells: list[Cell] = []
    problems: list[Problem] = []
    for annotation in annotations:
        expectations = load(annotation.expectations)
        kinds = {fact.id: fact.kind for fact in expectations.facts}
        for expected in annotation.cells:
            if expected.fact not in kinds:
                hint = did_you_mean(expected.fact, kinds) or "it declares no such fact"
                message = f"unknown fact {expected.fact!r} for {annotation.expectations}; {hint}"
                where = expected.location
                problems.append(
                    Problem(path=where.path, line=where.line, column=where.column, message=message)
                )
        if problems:
            continue
        sources = annotation.sources or tuple(default_sources(expectations))
        report = check(expectations, read_sources(sources))
        found = report.cells()
        for expected in annotation.cells:
            verdict = found[(expected.fact, expected.source)]
            cells.append(Cell(expected=expected, verdict=verdict, kind=kinds[expected.fact]))
    if problems:
        raise AnnotationError(problems)
    return Accuracy(cells=tuple(cells))


# --- the report ---------------------------------------------------------------------------------


def render_accuracy(accuracy: Accuracy) -> str:
    """Agreement overall and per kind, the confusion table, then every disagreement."""
    total = len(accuracy.cells)
    agree = sum(cell.agrees for cell in accuracy.cells)
    lines = [f"Agreement: {agree}/{total} cells ({accuracy.agreement():.1%})",
             f"False contradictions: {len(accuracy.false_contradictions())}", ""]  # fmt: skip
    rows = [[kind, f"{a}/{t}", f"{a / t:.1%}"] for kind, (a, t) in accuracy.by_kind().items()]
    lines += [tabulate(rows, headers=["kind", "agree", "%"], tablefmt="simple"), ""]
    confusion = accuracy.confusion()
    matrix = [
        [f"annotated {row.value}", *(confusion[(row, col)] for col in Status)] for row in Status
    ]
    lines += [
        tabulate(
            matrix, headers=["", *(f"found {col.value}" for col in Status)], tablefmt="simple"
        ),
        "",
    ]
    disagreements = accuracy.disagreements()
    lines.append(f"Disagreements: {len(disagreements)}")
    for cell in disagreements:
        lines.extend(_disagreement(cell))
    return "\n".join(lines) + "\n"


def _disagreement(cell: Cell) -> list[str]:
    expected, verdict = cell.expected, cell.verdict
    said = expected.status.value + (f" ({expected.reason})" if expected.reason else "")
    found = verdict.status.value + (
        f" ({verdict.reason})" if verdict.status == Status.CONTRADICTION else ""
    )
    lines = [
        f"  {expected.location}: {expected.fact} @ {expected.source}: "
        f"annotated {said}, found {found}"
    ]
    if verdict.detail:
        lines.append(f"      {verdict.detail}")
    for evidence in verdict.evidence[:3]:
        text = " ".join(evidence.text.split())
        lines.append(
            f"      {evidence.stance.value}: \u201c{text}\u201d ({evidence.line}:{evidence.column})"
        )
    return lines


# --- two readers --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ReaderPair:
    """Two annotations of the same cells, compared with each other (no engine involved)."""

    first: tuple[Expected, ...]  # the first reader's cells, each paired with the second's
    second: tuple[Expected, ...]
    unpaired: tuple[Expected, ...]  # cells one reader gave and the other did not

    @property
    def agreeing(self) -> int:
        return sum(_same_cell(a, b) for a, b in zip(self.first, self.second, strict=True))

    def differing(self) -> list[tuple[Expected, Expected]]:
        return [
            (a, b) for a, b in zip(self.first, self.second, strict=True) if not _same_cell(a, b)
        ]


def compare_readers(first: Iterable[Annotation], second: Iterable[Annotation]) -> ReaderPair:
    """Pair the cells of two readers' annotations of the same expectation files by (source,
    fact); a file only one reader annotated is left out. Two cells agree as an engine's verdict
    agrees with a cell: the same status and, for two contradictions that both name a reason,
    the same reason."""
    first, second = list(first), list(second)
    shared = {a.expectations for a in first} & {a.expectations for a in second}
    theirs = {(c.source, c.fact): c for a in second if a.expectations in shared for c in a.cells}
    mine = [cell for a in first if a.expectations in shared for cell in a.cells]
    paired = [(cell, theirs.pop((cell.source, cell.fact))) for cell in mine
              if (cell.source, cell.fact) in theirs]  # fmt: skip
    seen = {(a.source, a.fact) for a, _ in paired}
    unpaired = [cell for cell in mine if (cell.source, cell.fact) not in seen]
    return ReaderPair(
        first=tuple(a for a, _ in paired),
        second=tuple(b for _, b in paired),
        unpaired=(*unpaired, *theirs.values()),
    )


def _same_cell(one: Expected, other: Expected) -> bool:
    if one.status != other.status:
        return False
    return (
        one.status != Status.CONTRADICTION
        or None in (one.reason, other.reason)
        or (one.reason == other.reason)
    )


def render_readers(pair: ReaderPair) -> str:
    """How often two readers agree, and every cell where they do not."""
    total = len(pair.first)
    share = f" ({pair.agreeing / total:.1%})" if total else ""
    lines = [f"Readers agree: {pair.agreeing}/{total} cells{share}"]
    if pair.unpaired:
        lines.append(f"Cells only one reader gave: {len(pair.unpaired)}")
        lines += [f"  {cell.location}: {cell.fact} @ {cell.source}" for cell in pair.unpaired]
    differing = pair.differing()
    lines.append(f"Readers differ: {len(differing)}")
    for one, other in differing:
        lines.append(
            f"  {one.fact} @ {one.source}: {_said(one)} ({one.location}) vs "
            f"{_said(other)} ({other.location})"
        )
    return "\n".join(lines) + "\n"


def _said(cell: Expected) -> str:
    return cell.status.value + (f" {cell.reason}" if cell.reason else "")
