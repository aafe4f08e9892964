"""The plugin's collection and items: an expectation file collected, one item per fact and source.

Imported by :mod:`factcheck.plugin` only once a run has an expectation file to collect (or its
end-of-run report needs one). The loader, the engine, the baselines and the table renderer are
imported inside the functions that use them.

- One item per (fact, source), named ``<fact>[<source file stem>]``: ``killed[003_2076fb49...]``.
  Each file is checked once, on its first item run, and the verdicts are kept by its collector.
- A contradiction fails its item; an omission fails, skips (the default) or passes by the
  omission policy; with a baseline, a cell the baseline holds fails only when it regressed.
- A failure shows expected vs found, the reason, and each piece of evidence underlined in its line.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest.state import RUN

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr

    from factcheck.errors import FactcheckError
    from factcheck.model import Evidence, Expectations, Fact, Report, Source, Verdict

_CONTEXT = 60  # characters of the source line shown on each side of the evidence


# --- collection -------------------------------------------------------------------------------


class ExpectationFileError(Exception):
    """An expectation file or its sources cannot be read: one ``path:line:col`` line each."""


class ExpectationFile(pytest.File):
    """One expectation file; its verdicts are computed once, on first use, and kept here."""

    _expectations: Expectations | None = None
    _sources: tuple[Source, ...] = ()
    _report: Report | None = None
    _cells: dict[tuple[str, str], Verdict] | None = None

    @property
    def table(self) -> str:
        """The file's name in reports and baselines: its path relative to the rootdir."""
        return shown_path(self.path, self.config.rootpath)

    def collect(self) -> Iterator[FactItem]:
        from factcheck.errors import FactcheckError

        try:
            expectations, sources = load_file(self.path, self.config.rootpath)
        except FactcheckError as error:
            raise ExpectationFileError(problem_lines(error)) from None
        self._expectations, self._sources = expectations, sources
        run = self.config.stash[RUN]
        run.files[self.table] = self.path
        run.loaded[self.table] = (expectations, sources)
        labels = item_labels(sources)
        for fact in expectations.facts:
            for source in sources:
                name = f"{fact.id}[{labels[source.id]}]"
                yield FactItem.from_parent(self, name=name, fact=fact, source=source)

    @property
    def checked(self) -> bool:
        """Whether the file's verdicts have been computed (on its first item run)."""
        return self._report is not None

    @property
    def report(self) -> Report:
        """Every verdict of the file, computed once."""
        if self._report is None:
            from factcheck.engine import check

            assert self._expectations is not None, "collect() runs first"
            self._report = check(self._expectations, self._sources)
        return self._report

    def verdict(self, fact_id: str, source_id: str) -> Verdict:
        """The verdict of one cell; the first call checks the whole file."""
        if self._cells is None:
            self._cells = self.report.cells()
        return self._cells[(fact_id, source_id)]

    def repr_failure(  # type: ignore[override]
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str | TerminalRepr:
        if isinstance(excinfo.value, ExpectationFileError):
            return str(excinfo.value)
        return super().repr_failure(excinfo)


def load_file(path: Path, rootdir: Path) -> tuple[Expectations, tuple[Source, ...]]:
    """The expectations and sources of one file, with paths shown relative to the rootdir."""
    from factcheck.errors import FactcheckError
    from factcheck.loader import load
    from factcheck.sources import default_sources, read_sources

    try:
        expectations = load(str(path))
        sources = read_sources(default_sources(expectations))
    except FactcheckError as error:
        problems = [
            dataclasses.replace(problem, path=shown_path(Path(problem.path), rootdir))
            for problem in error.problems
        ]
        raise type(error)(problems) from None
    shown = shown_path(path, rootdir)
    facts = tuple(
        dataclasses.replace(fact, location=dataclasses.replace(fact.location, path=shown))
        if fact.location
        else fact
        for fact in expectations.facts
    )
    relocated = tuple(
        dataclasses.replace(
            source,
            id=shown_path(Path(source.id), rootdir),
            path=shown_path(Path(source.path), rootdir),
        )
        for source in sources
    )
    return dataclasses.replace(expectations, path=shown, facts=facts), relocated


def item_labels(sources: Iterable[Source]) -> dict[str, str]:
    """Source id -> its file stem, with ``~2``, ``~3``... after a stem already used."""
    seen: dict[str, int] = {}
    labels = {}
    for source in sources:
        seen[source.label] = seen.get(source.label, 0) + 1
        count = seen[source.label]
        labels[source.id] = source.label if count == 1 else f"{source.label}~{count}"
    return labels


def shown_path(path: Path, rootdir: Path) -> str:
    """``path`` relative to the rootdir, with forward slashes; absolute when outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(rootdir).as_posix()
    except ValueError:
        return absolute.as_posix()


def problem_lines(error: FactcheckError) -> str:
    """One line per problem, then ``factcheck: N problem(s)``."""
    lines = [str(problem) for problem in error.problems] or [str(error)]
    count = len(lines)
    return "\n".join([*lines, f"factcheck: {count} problem{'s' if count != 1 else ''}"])


# --- items ------------------------------------------------------------------------------------


class FactFailure(Exception):
    """A cell that fails its item: the text is the whole failure message."""


class FactItem(pytest.Item):
    """One (fact, source) cell of an expectation file."""

    def __init__(self, *, fact: Fact, source: Source, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fact = fact
        self.source = source

    @property
    def file(self) -> ExpectationFile:
        assert isinstance(self.parent, ExpectationFile)
        return self.parent

    def runtest(self) -> None:
        """Record the cell; fail on a regression from the baseline, else by the usual rules
        (which a cell the baseline holds is spared: known contradictions pass)."""
        from factcheck.extraction.baseline import cell_of, is_regression

        run = self.config.stash[RUN]
        verdict = self.file.verdict(self.fact.id, self.source.id)
        key = (verdict.fact, verdict.source)
        run.cells.setdefault(self.file.table, {})[key] = verdict
        self.user_properties.extend(verdict_properties(verdict))
        held = run.baseline.get(self.file.table, {}).get(key)
        if held is not None and is_regression(held, cell_of(verdict)) and not run.update_baseline:
            raise FactFailure(self._failure(verdict, f"regressed from the baseline's {held}"))
        omission = verdict.status == "omission"
        if omission and run.omissions == "skip":
            message = f"omission ({verdict.reason}) in {verdict.source}: {verdict.detail}"
            # reported at the fact's line (reportinfo), not at this line of the plugin
            raise pytest.skip.Exception(message, _use_item_location=True)
        fails = verdict.status == "contradiction" or (omission and run.omissions == "fail")
        if fails and held is None:
            raise FactFailure(self._failure(verdict))

    def _failure(self, verdict: Verdict, regression: str = "") -> str:
        return failure_text(verdict, self.fact, self.source, regression)

    def repr_failure(
        self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None
    ) -> str | TerminalRepr:
        if isinstance(excinfo.value, FactFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        line = self.fact.location.line - 1 if self.fact.location else 0
        return self.path, line, self.name


def verdict_properties(verdict: Verdict) -> list[tuple[str, object]]:
    """The verdict as JUnit XML properties."""
    evidence = "; ".join(
        f"{item.stance.value} {item.line}:{item.column} “{' '.join(item.text.split())}”"
        for item in verdict.evidence
    )
    return [
        ("factcheck_status", verdict.status.value),
        ("factcheck_reason", verdict.reason),
        ("factcheck_expected", verdict.expected),
        ("factcheck_found", verdict.found if verdict.found is not None else ""),
        ("factcheck_evidence", evidence),
    ]


def failure_text(verdict: Verdict, fact: Fact, source: Source, regression: str = "") -> str:
    """Expected vs found, the reason, the fact's place, and the evidence in its line."""
    from factcheck.render.table import ordered_evidence

    found = f", found {verdict.found}" if verdict.found is not None else ""
    lines = [f"{verdict.status.value} ({verdict.reason}): expected {verdict.expected}{found}"]
    if regression:
        lines.append(f"  baseline: {regression}")
    lines.append(f"  expected: {verdict.expected}")
    if verdict.found is not None:
        lines.append(f"  found:    {verdict.found}")
    lines.append(f"  reason:   {verdict.reason}: {verdict.detail}")
    if verdict.suggestion:
        lines.append(f"  did you mean: {verdict.suggestion}")
    if fact.location:
        lines.append(f"  fact:     {fact.id} at {fact.location.path}:{fact.location.line}")
    lines.append(f"  source:   {source.id}")
    for item in ordered_evidence(verdict):
        lines.append(f"  {item.stance.value}: {source.id}:{item.line}:{item.column}")
        lines.extend(f"    {line}" for line in marked_line(source.text, item))
    return "\n".join(lines)


def marked_line(text: str, evidence: Evidence) -> list[str]:
    """The source line holding the evidence (cut around it when long), the words underlined."""
    if not text:
        return [repr(evidence.text)]
    line_start = text.rfind("\n", 0, evidence.start) + 1
    line_end = text.find("\n", evidence.start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end].replace("\t", " ")
    start = evidence.start - line_start
    end = max(start + 1, min(evidence.end, line_end) - line_start)
    low, high = max(0, start - _CONTEXT), min(len(line), end + _CONTEXT)
    head = "..." if low else ""
    shown = head + line[low:high] + ("..." if high < len(line) else "")
    gutter = f"{evidence.line} | "
    underline = " " * (len(gutter) - 2) + "| " + " " * (len(head) + start - low)
    return [gutter + shown, underline + "^" * (end - start)]
