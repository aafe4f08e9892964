"""Baselines: the consistency table of a run saved as JSON, and compared as data with the next.

A baseline holds one table per expectation file (named by its path relative to the baseline
file's folder), each cell keyed by fact and source with its ``status``, ``reason`` and
``found``, and for grounded extractor runs its ``grounding`` class::

    {"format_version": 1,
     "tables": {"expectations/albab.yaml": {"killed": {"seeds/000.txt":
         {"status": "match", "reason": "stated", "found": "3"}}}}}

A comparison looks only at the cells present in both tables, so a run over a subset (``-k``,
fewer sources) never reports the cells it left out; cells the baseline does not hold yet are
listed as new, never as failures. Updating merges: the run's cells replace the baseline's, the
cells the run left out are kept.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.errors import FactcheckError, Problem
from factcheck.model import Report, Status, Verdict

FORMAT_VERSION = 1
MAX_NEW_LISTED = 20  # new cells listed one by one; a first baseline would list them all

#: How good a status is: a move to a lower rank is a regression.
_RANK = {Status.CONTRADICTION.value: 0, Status.OMISSION.value: 1, Status.MATCH.value: 2}
#: The same for grounding classes (see factcheck.extraction.grounding): giving a value the
#: article does not state, or another one, is worse than giving nothing.
_GROUNDING_RANK = {"correct": 2, "missed": 1, "ungrounded": 0, "diverged": 0, "corrected": 0}


class BaselineError(FactcheckError, ValueError):
    """A baseline file is unreadable, not JSON, or not shaped as a baseline."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """What a baseline remembers of one verdict."""

    status: str
    reason: str
    found: str | None = None
    grounding: str | None = None  # the class against the text, for grounded extractor runs

    def __str__(self) -> str:
        said = f", found {self.found}" if self.found is not None else ""
        if self.grounding is not None:
            return f"{self.grounding} ({self.status}, {self.reason}{said})"
        return f"{self.status} ({self.reason}{said})"


CellKey = tuple[str, str]  # (fact id, source id)
Table = dict[CellKey, Cell]
Tables = dict[str, Table]  # table name (the expectation file) -> its cells


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One cell whose verdict differs from the baseline's."""

    fact: str
    source: str
    before: Cell | None  # None for a cell new to the baseline
    after: Cell

    def __str__(self) -> str:
        if self.before is None:
            return f"{self.fact} @ {self.source}: {self.after}"
        return f"{self.fact} @ {self.source}: {self.before} -> {self.after}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """Every changed cell of one table, sorted by kind; unchanged cells are only counted."""

    regressions: tuple[
        Change, ...
    ] = ()  # match -> omission/contradiction, omission -> contradiction
    improvements: tuple[Change, ...] = ()  # the reverse
    changes: tuple[Change, ...] = ()  # same status, another reason or found
    new: tuple[Change, ...] = ()  # cells the baseline does not hold
    unchanged: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.regressions)


def table_name(path: str | os.PathLike[str], baseline: str | os.PathLike[str]) -> str:
    """The name of an expectation file's table: its path relative to the baseline file's
    folder, with forward slashes, so the name is the same from whatever folder a run starts."""
    folder = os.path.dirname(os.path.abspath(baseline))
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


def find_table(
    tables: Mapping[str, Table], path: str | os.PathLike[str], baseline: str | os.PathLike[str]
) -> tuple[str, Table]:
    """The table name of ``path`` and its cells in ``tables``; older baselines named a table by
    its path relative to the folder the run started in: a table whose name leads to the same
    file from here, or else the only one with the same file name, is taken for it."""
    name = table_name(path, baseline)
    if name in tables:
        return name, tables[name]
    target = os.path.abspath(path)
    for old in tables:
        if os.path.abspath(old) == target:
            return name, tables[old]
    same_file = [old for old in tables if os.path.basename(old) == os.path.basename(target)]
    if len(same_file) == 1:
        return name, tables[same_file[0]]
    return name, {}


def mostly_new(comparison: Comparison, baseline: Mapping[str, Table]) -> bool:
    """Whether most cells of a run are new to a baseline that holds cells: the sign of a run
    keyed other than its baseline (another path, other source ids), never of a real change."""
    held = sum(len(cells) for cells in baseline.values())
    ran = (
        len(comparison.regressions) + len(comparison.improvements) + len(comparison.changes)
        + len(comparison.new) + comparison.unchanged
    )  # fmt: skip
    return held > 0 and 2 * len(comparison.new) > ran


def cell_of(verdict: Verdict, grounding: str | None = None) -> Cell:
    return Cell(
        status=verdict.status.value, reason=verdict.reason, found=verdict.found, grounding=grounding
    )


def table_of(report: Report) -> Table:
    """The report's verdicts as baseline cells, in report order."""
    return {(verdict.fact, verdict.source): cell_of(verdict) for verdict in report.verdicts}


def is_regression(before: Cell, after: Cell) -> bool:
    """Whether ``after`` is worse than ``before``: by grounding class when both have one
    (``correct`` > ``missed`` > ``ungrounded``, ``diverged``, ``corrected``), else by status."""
    if before.grounding is not None and after.grounding is not None:
        return _GROUNDING_RANK.get(after.grounding, 0) < _GROUNDING_RANK.get(before.grounding, 0)
    return _RANK.get(after.status, 0) < _RANK.get(before.status, 0)


def compare(baseline: Mapping[CellKey, Cell], run: Mapping[CellKey, Cell]) -> Comparison:
    """How ``run`` differs from ``baseline``, over the cells of ``run`` only."""
    regressions: list[Change] = []
    improvements: list[Change] = []
    changes: list[Change] = []
    new: list[Change] = []
    unchanged = 0
    for (fact, source), after in run.items():
        before = baseline.get((fact, source))
        change = Change(fact=fact, source=source, before=before, after=after)
        if before is None:
            new.append(change)
        elif before == after:
            unchanged += 1
        elif is_regression(before, after):
            regressions.append(change)
        elif is_regression(after, before):
            improvements.append(change)
        else:
            changes.append(change)
    return Comparison(
        regressions=tuple(regressions),
        improvements=tuple(improvements),
        changes=tuple(changes),
        new=tuple(new),
        unchanged=unchanged,
    )


def describe(comparison: Comparison, name: str) -> list[str]:
    """Lines for people: a count line for ``name``, then every changed cell under its kind
    (new cells: the first ``MAX_NEW_LISTED``)."""
    counts = (
        f"{len(comparison.regressions)} regressed, {len(comparison.improvements)} improved, "
        f"{len(comparison.changes)} changed, {len(comparison.new)} new, "
        f"{comparison.unchanged} unchanged"
    )
    lines = [f"baseline {name}: {counts}"]
    for title, found in (
        ("regressions", comparison.regressions),
        ("improvements", comparison.improvements),
        ("changes", comparison.changes),
        ("new", comparison.new),
    ):
        if found:
            lines.append(f"  {title}:")
            shown = found[:MAX_NEW_LISTED] if title == "new" else found
            lines.extend(f"    {change}" for change in shown)
            if len(shown) < len(found):
                lines.append(f"    ... and {len(found) - len(shown)} more")
    return lines


def merged(baseline: Tables, run: Tables) -> Tables:
    """The baseline updated with the run: the run's cells win, the cells it left out stay."""
    result = {name: dict(cells) for name, cells in baseline.items()}
    for name, cells in run.items():
        result.setdefault(name, {}).update(cells)
    return result


# --- files ------------------------------------------------------------------------------------


def baseline_text(tables: Tables) -> str:
    """The baseline as indented JSON, cells nested by table, then fact, then source."""
    data: dict[str, Any] = {"format_version": FORMAT_VERSION, "tables": {}}
    for name, cells in tables.items():
        by_fact: dict[str, dict[str, Any]] = {}
        for (fact, source), cell in cells.items():
            raw = {"status": cell.status, "reason": cell.reason, "found": cell.found}
            if cell.grounding is not None:
                raw["grounding"] = cell.grounding
            by_fact.setdefault(fact, {})[source] = raw
        data["tables"][name] = by_fact
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def save_baseline(path: str | os.PathLike[str], tables: Tables) -> None:
    """Write the baseline atomically: readers see the old file or the new one."""
    from factcheck.output import write_atomic

    write_atomic(path, baseline_text(tables))


def load_baseline(path: str | os.PathLike[str]) -> Tables:
    """Read a baseline; raises :class:`BaselineError` with ``path:line:col`` on a bad file."""
    from factcheck.textfile import read_text

    name = os.fspath(path)
    if not os.path.lexists(name):
        raise BaselineError([Problem(path=name, message="no such baseline file")])
    # a regular file only (a FIFO would block the run), bounded in size, UTF-8 at its line:col
    return parse_baseline(read_text(name, BaselineError, "a baseline file"), name)


def parse_baseline(text: str, path: str = "<baseline>") -> Tables:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problem = Problem(path=path, line=error.lineno, column=error.colno, message=error.msg)
        raise BaselineError([problem]) from None
    problems = list(_shape_problems(data, path))
    if problems:
        raise BaselineError(problems)
    return {
        name: {
            (fact, source): Cell(
                status=raw["status"],
                reason=raw["reason"],
                found=raw.get("found"),
                grounding=raw.get("grounding"),
            )
            for fact, by_source in by_fact.items()
            for source, raw in by_source.items()
        }
        for name, by_fact in data["tables"].items()
    }


def _shape_problems(data: Any, path: str) -> Iterable[Problem]:
    def problem(message: str) -> Problem:
        return Problem(path=path, message=message)

    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        yield problem("not a baseline: expected an object with 'format_version' and 'tables'")
        return
    if data.get("format_version") != FORMAT_VERSION:
        version = data.get("format_version")
        yield problem(f"format_version {version!r} is not {FORMAT_VERSION}, the one this reads")
        return
    statuses = {status.value for status in Status}
    for name, by_fact in data["tables"].items():
        if not isinstance(by_fact, dict):
            yield problem(f"table {name!r}: expected an object of facts")
            continue
        for fact, by_source in by_fact.items():
            if not isinstance(by_source, dict):
                yield problem(f"table {name!r}, fact {fact!r}: expected an object of sources")
                continue
            for source, raw in by_source.items():
                where = f"table {name!r}, cell {fact} @ {source}"
                if not isinstance(raw, dict) or raw.get("status") not in statuses:
                    yield problem(f"{where}: expected status one of {', '.join(sorted(statuses))}")
                elif not isinstance(raw.get("reason"), str) or not isinstance(
                    raw.get("found"), str | None
                ):
                    yield problem(
                        f"{where}: expected a string 'reason' and a string or null 'found'"
                    )
                elif raw.get("grounding") not in (None, *_GROUNDING_RANK):
                    known = ", ".join(_GROUNDING_RANK)
                    yield problem(f"{where}: expected 'grounding' one of {known}")
