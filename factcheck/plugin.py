"""The pytest plugin: expectation files collected as tests, one item per fact and source.

Registered through the ``pytest11`` entry point, so every pytest run in an environment with
factcheck installed imports this module. It imports only the standard library and pytest at the
top; the loader, the engine, the renderers and the baselines are imported inside the functions
that use them, when a run has expectation files or asks for a factcheck option.

- Collected: files named ``*.facts.yaml``, and files matching the ``factcheck_files`` ini globs
  (relative to the rootdir), wherever pytest looks for tests.
- One item per (fact, source), named ``<fact>[<source file stem>]``: ``killed[003_2076fb49...]``.
  Each file is checked once, on its first item run, and the verdicts are kept by its collector.
- A contradiction fails its item; an omission fails, skips (the default) or passes by the
  ``factcheck_omissions`` ini option or ``--factcheck-omissions``.
- With ``--factcheck-baseline``, a cell the baseline holds fails only when it regressed.
- At the end, the consistency table of the cells that ran; ``--factcheck-report`` writes it.
  Under xdist, the workers send their verdicts to the controller, which builds both.

State across items lives in ``config.stash``, never in module globals.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr

    from factcheck.baseline import Comparison, Tables
    from factcheck.errors import FactcheckError
    from factcheck.model import Evidence, Expectations, Fact, Report, Source, Verdict

OMISSION_POLICIES = ("fail", "skip", "pass")
FILE_SUFFIX = ".facts.yaml"
_PAYLOAD = "factcheck"  # the key of the verdicts in an xdist worker's output
_CONTEXT = 60  # characters of the source line shown on each side of the evidence


@dataclass(kw_only=True)
class _Run:
    """What one pytest process knows about the factcheck cells of the session."""

    omissions: str
    report_path: str | None
    baseline_path: str | None
    update_baseline: bool
    baseline: Tables = field(default_factory=dict)
    listed: frozenset[Path] | None = None  # the factcheck_files globs, expanded on first use
    files: dict[str, Path] = field(default_factory=dict)  # table name -> expectation file
    loaded: dict[str, tuple[Expectations, tuple[Source, ...]]] = field(default_factory=dict)
    cells: dict[str, dict[tuple[str, str], Verdict]] = field(default_factory=dict)  # ran cells
    reports: list[tuple[str, Report]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


RUN = pytest.StashKey[_Run]()


# --- options ----------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: fact-consistency tests")
    group.addoption(
        "--factcheck-omissions",
        choices=OMISSION_POLICIES,
        default=None,
        help="what an omission does to its test: fail, skip (default) or pass",
    )
    group.addoption(
        "--factcheck-report",
        metavar="PATH",
        default=None,
        help="write the cells that ran as a report; the extension names the format",
    )
    group.addoption(
        "--factcheck-baseline",
        metavar="PATH",
        default=None,
        help="compare the cells that ran with a baseline; a regressed cell fails its test",
    )
    group.addoption(
        "--factcheck-update-baseline",
        action="store_true",
        default=False,
        help="accept the cells that ran into the --factcheck-baseline file (created if absent), "
        "and the outputs checked by the factcheck_extraction fixture into its baseline",
    )
    parser.addini(
        "factcheck_files",
        type="linelist",
        default=[],
        help="globs (relative to the rootdir) of expectation files not named *.facts.yaml",
    )
    parser.addini(
        "factcheck_omissions",
        default="skip",
        help="what an omission does to its test: fail, skip (default) or pass",
    )


def pytest_configure(config: pytest.Config) -> None:
    policy = config.getoption("factcheck_omissions") or config.getini("factcheck_omissions")
    if policy not in OMISSION_POLICIES:
        known = ", ".join(OMISSION_POLICIES)
        raise pytest.UsageError(f"factcheck_omissions must be one of {known}, not {policy!r}")
    report_path = config.getoption("factcheck_report")
    if report_path:
        from factcheck.render import EXTENSIONS, format_for_path

        if format_for_path(report_path) is None:
            known = ", ".join(EXTENSIONS)
            message = f"--factcheck-report {report_path}: unknown extension (known: {known})"
            raise pytest.UsageError(message)
    run = _Run(
        omissions=policy,
        report_path=report_path,
        baseline_path=config.getoption("factcheck_baseline"),
        update_baseline=config.getoption("factcheck_update_baseline"),
    )
    if run.baseline_path:
        run.baseline = _read_baseline(run.baseline_path, run.update_baseline)
    config.stash[RUN] = run


def _read_baseline(path: str, creating: bool) -> Tables:
    from factcheck.baseline import load_baseline
    from factcheck.errors import FactcheckError

    if creating and not os.path.exists(path):
        return {}
    try:
        return load_baseline(path)
    except FactcheckError as error:
        hint = "" if creating else " (create it with --factcheck-update-baseline)"
        raise pytest.UsageError(f"{error}{hint}") from None


# --- collection -------------------------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ExpectationFile | None:
    if file_path.name.endswith(FILE_SUFFIX) or _listed(file_path, parent.config):
        file: ExpectationFile = ExpectationFile.from_parent(parent, path=file_path)
        return file
    return None


def _listed(path: Path, config: pytest.Config) -> bool:
    patterns: list[str] = config.getini("factcheck_files")
    if not patterns:
        return False
    run = config.stash[RUN]
    if run.listed is None:
        root = config.rootpath
        run.listed = frozenset(
            Path(found).resolve()
            for pattern in patterns
            for found in glob.glob(str(root / pattern), recursive=True)
        )
    return path.resolve() in run.listed


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
        return _shown(self.path, self.config.rootpath)

    def collect(self) -> Iterator[FactItem]:
        from factcheck.errors import FactcheckError

        try:
            expectations, sources = load_file(self.path, self.config.rootpath)
        except FactcheckError as error:
            raise ExpectationFileError(_problem_lines(error)) from None
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
            dataclasses.replace(problem, path=_shown(Path(problem.path), rootdir))
            for problem in error.problems
        ]
        raise type(error)(problems) from None
    shown = _shown(path, rootdir)
    facts = tuple(
        dataclasses.replace(fact, location=dataclasses.replace(fact.location, path=shown))
        if fact.location
        else fact
        for fact in expectations.facts
    )
    relocated = tuple(
        dataclasses.replace(
            source, id=_shown(Path(source.id), rootdir), path=_shown(Path(source.path), rootdir)
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


def _shown(path: Path, rootdir: Path) -> str:
    """``path`` relative to the rootdir, with forward slashes; absolute when outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(rootdir).as_posix()
    except ValueError:
        return absolute.as_posix()


def _problem_lines(error: FactcheckError) -> str:
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
        from factcheck.baseline import cell_of, is_regression

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
            message = f"omission ({verdict.reason}): {verdict.detail}"
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


# --- the end of the run -----------------------------------------------------------------------


def pytest_sessionfinish(session: pytest.Session) -> None:
    config = session.config
    run = config.stash.get(RUN, None)
    if run is None or not run.cells:
        return
    worker_output: dict[str, Any] | None = getattr(config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: the controller reports
        worker_output[_PAYLOAD] = _payload(run)
        return
    _finish(run, config)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """On the xdist controller: take in the verdicts a worker ran."""
    payload = getattr(node, "workeroutput", {}).get(_PAYLOAD)
    if payload:
        _merge(node.config.stash[RUN], payload)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    run = config.stash.get(RUN, None)
    if run is None or not (run.reports or run.notes):
        return
    from factcheck.render import render

    for table, report in run.reports:
        terminalreporter.write_sep("=", f"factcheck: {table}")
        for part in rectangles(report):
            terminalreporter.write(render(part, "table"))
    for note in run.notes:
        terminalreporter.write_line(note)


def _finish(run: _Run, config: pytest.Config) -> None:
    """Build the reports of the cells that ran, write them, compare and update the baseline."""
    from factcheck.errors import FactcheckError

    for table in sorted(run.cells):
        try:
            expectations, sources = run.loaded.get(table) or load_file(
                run.files[table], config.rootpath
            )
        except FactcheckError as error:
            run.notes.append(f"factcheck: {table}: cannot report: {error}")
            continue
        run.reports.append((table, ran_report(expectations, sources, run.cells[table])))
    if run.report_path:
        run.notes.extend(_write_reports(run.report_path, run.reports))
    if run.baseline_path:
        run.notes.extend(_compare_baseline(run, run.baseline_path))
    elif run.update_baseline:
        run.notes.append(
            "factcheck: no --factcheck-baseline=PATH: the cells that ran are not saved"
        )


def ran_report(
    expectations: Expectations, sources: Iterable[Source], cells: Mapping[tuple[str, str], Verdict]
) -> Report:
    """The report of the cells that ran: only facts and sources with a cell, in file order."""
    from factcheck.model import Report, Source

    facts = tuple(fact for fact in expectations.facts if any(f == fact.id for f, _ in cells))
    known = {source.id: source for source in sources}
    ran_ids = list(dict.fromkeys(source for _, source in cells))
    order = {source_id: index for index, source_id in enumerate(known)}
    ran_ids.sort(key=lambda source_id: order.get(source_id, len(order)))
    kept = tuple(known.get(i) or Source.from_text(id=i, text="") for i in ran_ids)
    verdicts = tuple(
        cells[(fact.id, source.id)]
        for source in kept
        for fact in facts
        if (fact.id, source.id) in cells
    )
    return Report(
        expectations=dataclasses.replace(expectations, facts=facts), sources=kept, verdicts=verdicts
    )


def rectangles(report: Report) -> list[Report]:
    """The report split so every table is full: sources grouped by the facts that ran for them.

    Under ``-k`` some cells may not run; a grid of them would show holes as missing cells.
    """
    groups: dict[frozenset[str], list[Source]] = {}
    facts_of: dict[str, set[str]] = {}
    for verdict in report.verdicts:
        facts_of.setdefault(verdict.source, set()).add(verdict.fact)
    for source in report.sources:
        groups.setdefault(frozenset(facts_of.get(source.id, ())), []).append(source)
    if len(groups) <= 1:
        return [report]
    parts = []
    for fact_ids, sources in groups.items():
        ids = {source.id for source in sources}
        parts.append(
            dataclasses.replace(
                report,
                expectations=dataclasses.replace(
                    report.expectations,
                    facts=tuple(f for f in report.expectations.facts if f.id in fact_ids),
                ),
                sources=tuple(sources),
                verdicts=tuple(v for v in report.verdicts if v.source in ids),
            )
        )
    return parts


def _write_reports(path: str, reports: list[tuple[str, Report]]) -> list[str]:
    """One report file; with several expectation files, one per file (``PATH`` + its stem).

    A page (HTML) holds one full table: a selection that is not one gets a page per full table
    (``PATH``, then ``PATH`` + ``-2``...), never cells shown as missing.
    """
    from factcheck.output import write_atomic

    base, extension = os.path.splitext(path)
    notes = []
    for table, report in reports:
        stem = f"-{Path(table).name.split('.', 1)[0]}" if len(reports) > 1 else ""
        for index, (fmt, text) in enumerate(_report_texts(report, path), start=1):
            target = f"{base}{stem}{f'-{index}' if index > 1 else ''}{extension}"
            try:
                write_atomic(target, text)
            except OSError as error:
                notes.append(f"factcheck: cannot write {target}: {error.strerror or error}")
                continue
            notes.append(f"factcheck: {fmt} report of {table} written to {target}")
    return notes


def _report_texts(report: Report, path: str) -> list[tuple[str, str]]:
    from factcheck.render import format_for_path, render

    fmt = format_for_path(path)
    assert fmt is not None, "checked by pytest_configure"
    if fmt in ("table", "markdown"):  # one text, one full table after another
        return [(fmt, "\n".join(render(part, fmt) for part in rectangles(report)))]
    if fmt == "html":
        return [(fmt, render(part, fmt)) for part in rectangles(report)]
    return [(fmt, render(report, fmt))]  # rows of cells: only the cells that ran


def _compare_baseline(run: _Run, path: str) -> list[str]:
    from factcheck.baseline import compare, describe, merged, save_baseline, table_of

    tables = {table: table_of(report) for table, report in run.reports}
    notes: list[str] = []
    for table, cells in tables.items():
        comparison: Comparison = compare(run.baseline.get(table, {}), cells)
        notes.extend(describe(comparison, table))
    if run.update_baseline:
        try:
            save_baseline(path, merged(run.baseline, tables))
        except OSError as error:
            notes.append(f"factcheck: cannot write the baseline {path}: {error.strerror or error}")
        else:
            notes.append(f"factcheck: baseline {path} updated with the cells that ran")
    return notes


# --- xdist: workers send the verdicts they ran ------------------------------------------------


def _payload(run: _Run) -> str:
    return json.dumps(
        {
            table: {
                "file": str(run.files[table]),
                "verdicts": [verdict_data(verdict) for verdict in cells.values()],
            }
            for table, cells in run.cells.items()
        }
    )


def _merge(run: _Run, payload: str) -> None:
    for table, data in json.loads(payload).items():
        run.files[table] = Path(data["file"])
        cells = run.cells.setdefault(table, {})
        for raw in data["verdicts"]:
            verdict = verdict_from_data(raw)
            cells[(verdict.fact, verdict.source)] = verdict


def verdict_data(verdict: Verdict) -> dict[str, Any]:
    data = dataclasses.asdict(verdict)
    data["status"] = verdict.status.value
    for item in data["evidence"]:
        item["stance"] = item["stance"].value
    return data


def verdict_from_data(data: Mapping[str, Any]) -> Verdict:
    from factcheck.model import Evidence, Stance, Status, Verdict

    evidence = tuple(
        Evidence(**{**item, "stance": Stance(item["stance"])}) for item in data["evidence"]
    )
    return Verdict(**{**data, "status": Status(data["status"]), "evidence": evidence})


# --- the extractor fixture --------------------------------------------------------------------


class ExtractionCheck:
    """``check(expectations_path, outputs)`` -> Report, failing the test on bad input.

    ``outputs`` is a mapping ``{source id: {fact id: value}}`` or a ``.json``/``.jsonl`` path.
    ``sources`` are the texts for span evidence (default: the file's own sources, when the
    outputs give spans). ``assert_consistent=True`` fails the test on any contradiction;
    ``baseline=PATH`` fails it on any regression against that baseline, or, with
    ``--factcheck-update-baseline``, accepts the new cells into it.
    """

    def __init__(self, config: pytest.Config) -> None:
        self._config = config

    def __call__(
        self,
        expectations: str | os.PathLike[str],
        outputs: Mapping[str, Mapping[str, object]] | str | os.PathLike[str],
        *,
        sources: Iterable[Source] | None = None,
        assert_consistent: bool = False,
        baseline: str | os.PathLike[str] | None = None,
    ) -> Report:
        from factcheck.errors import FactcheckError
        from factcheck.extract import check_extraction, read_outputs, texts_for
        from factcheck.loader import load

        try:
            loaded = load(expectations)
            given = outputs if isinstance(outputs, Mapping) else read_outputs(outputs)
            texts = texts_for(loaded, given) if sources is None else tuple(sources)
            report = check_extraction(loaded, given, texts)
            if baseline is not None:
                self._compare(report, os.fspath(baseline))
        except FactcheckError as error:
            pytest.fail(_problem_lines(error), pytrace=False)
        if assert_consistent:
            found = [v for v in report.verdicts if v.status.value == "contradiction"]
            if found:
                lines = [f"{len(found)} contradiction(s) in the extractor's outputs:"]
                lines += [_one_line(verdict) for verdict in found]
                pytest.fail("\n".join(lines), pytrace=False)
        return report

    def _compare(self, report: Report, path: str) -> None:
        from factcheck.baseline import compare, describe, merged, save_baseline, table_of

        update = bool(self._config.getoption("factcheck_update_baseline"))
        name = _shown(Path(report.expectations.path), self._config.rootpath)
        old = _read_fixture_baseline(path, update)
        cells = table_of(report)
        comparison = compare(old.get(name, {}), cells)
        if update:
            save_baseline(path, merged(old, {name: cells}))
        elif comparison.failed:
            pytest.fail("\n".join(describe(comparison, name)), pytrace=False)


def _read_fixture_baseline(path: str, creating: bool) -> Tables:
    from factcheck.baseline import load_baseline

    if creating and not os.path.exists(path):
        return {}
    if not os.path.exists(path):
        pytest.fail(
            f"{path}: no such baseline (create it with --factcheck-update-baseline)",
            pytrace=False,
        )
    return load_baseline(path)


def _one_line(verdict: Verdict) -> str:
    found = f", found {verdict.found}" if verdict.found is not None else ""
    hint = f" (did you mean {verdict.suggestion}?)" if verdict.suggestion else ""
    where = f"{verdict.fact} @ {verdict.source}"
    return f"  {where}: {verdict.reason}: expected {verdict.expected}{found}{hint}"


@pytest.fixture
def factcheck_extraction(request: pytest.FixtureRequest) -> ExtractionCheck:
    """Check extractor outputs against an expectation file: ``(path, outputs) -> Report``."""
    return ExtractionCheck(request.config)
