"""What the plugin makes of the verdicts: the end-of-run table, the report files, the baselines,
the xdist transfer, and the check behind the ``factcheck_extraction`` fixture.

Imported by :mod:`factcheck.plugin` only when a run has cells to report, reads a baseline, or
uses the fixture. The renderers and the baselines are imported inside the functions that use them.

- At the end, the consistency table of the cells that ran; ``--factcheck-report`` writes it.
- With ``--factcheck-baseline``, the cells that ran are compared with it (and, with
  ``--factcheck-update-baseline``, accepted into it).
- Under xdist, the workers send their verdicts to the controller, which builds both.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest.items import load_file, problem_lines, shown_path
from factcheck.pytest.state import PAYLOAD, Run

if TYPE_CHECKING:
    from factcheck.extraction.baseline import Comparison, Table, Tables
    from factcheck.model import Expectations, Report, Source, Verdict


def prepare(run: Run) -> None:
    """Check the ``--factcheck-report`` extension and read the ``--factcheck-baseline`` file,
    before collection; a bad one is a usage error."""
    if run.report_path:
        from factcheck.render import EXTENSIONS, format_for_path

        if format_for_path(run.report_path) is None:
            known = ", ".join(EXTENSIONS)
            message = f"--factcheck-report {run.report_path}: unknown extension (known: {known})"
            raise pytest.UsageError(message)
    if run.baseline_path:
        run.baseline = _read_baseline(run.baseline_path, run.update_baseline)


def _read_baseline(path: str, creating: bool) -> Tables:
    """The ``--factcheck-baseline`` file; none yet when it is about to be created."""
    from factcheck.errors import FactcheckError
    from factcheck.extraction.baseline import load_baseline

    if creating and not os.path.exists(path):
        return {}
    try:
        return load_baseline(path)
    except FactcheckError as error:
        hint = "" if creating else " (create it with --factcheck-update-baseline)"
        raise pytest.UsageError(f"{error}{hint}") from None


# --- the end of the run -----------------------------------------------------------------------


def finish_session(run: Run, config: pytest.Config) -> None:
    """On an xdist worker, hand the cells that ran to the controller; elsewhere, report them."""
    worker_output: dict[str, Any] | None = getattr(config, "workeroutput", None)
    if worker_output is not None:  # an xdist worker: the controller reports
        worker_output[PAYLOAD] = _payload(run)
        return
    _finish(run, config)


def write_summary(terminalreporter: Any, run: Run) -> None:
    """The consistency table of each file's cells that ran, then the notes."""
    from factcheck.render import render

    for table, report in run.reports:
        terminalreporter.write_sep("=", f"factcheck: {table}")
        for part in rectangles(report):
            terminalreporter.write(render(part, "table"))
    for note in run.notes:
        terminalreporter.write_line(note)


def _finish(run: Run, config: pytest.Config) -> None:
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


def _compare_baseline(run: Run, path: str) -> list[str]:
    from factcheck.extraction.baseline import compare, describe, merged, save_baseline, table_of

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


def _payload(run: Run) -> str:
    return json.dumps(
        {
            table: {
                "file": str(run.files[table]),
                "verdicts": [verdict_data(verdict) for verdict in cells.values()],
            }
            for table, cells in run.cells.items()
        }
    )


def merge(run: Run, payload: str) -> None:
    """On the xdist controller: take in the cells a worker ran (its ``finish_session`` payload)."""
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
    ``sources`` are the texts the outputs come from (default: the file's own sources).
    ``assert_consistent=True`` fails the test on any contradiction; ``baseline=PATH`` fails it
    on any regression against that baseline, or, with ``--factcheck-update-baseline``, accepts
    the new cells into it.

    ``against_sources=True``, ``min_precision=`` or ``min_recall=`` judge every value against
    its article instead and return the
    :class:`~factcheck.extraction.grounding.GroundingReport`; a score below its minimum (or
    undefined: nothing to score) fails the test with the counts and the cells that cost it.
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
        against_sources: bool = False,
        min_precision: float | None = None,
        min_recall: float | None = None,
    ) -> Any:
        from factcheck.errors import FactcheckError
        from factcheck.extraction.baseline import table_of
        from factcheck.extraction.outputs import read_outputs_file
        from factcheck.extraction.verdicts import check_extraction, texts_for
        from factcheck.loader import load

        grounded = against_sources or min_precision is not None or min_recall is not None
        try:
            loaded = load(expectations)
            places: dict[str, Any] = {}
            if isinstance(outputs, Mapping):
                given = outputs
            else:
                read = read_outputs_file(outputs)
                given, places = read.outputs, read.places
            texts = texts_for(loaded, given) if sources is None else tuple(sources)
            if grounded:
                return self._grounded(loaded, given, texts, places, baseline, min_precision,
                                      min_recall)  # fmt: skip
            report = check_extraction(loaded, given, texts, places=places)
            if baseline is not None:
                self._compare(report.expectations.path, table_of(report), baseline)
        except FactcheckError as error:
            pytest.fail(problem_lines(error), pytrace=False)
        if assert_consistent:
            found = [v for v in report.verdicts if v.status.value == "contradiction"]
            if found:
                lines = [f"{len(found)} contradiction(s) in the extractor's outputs:"]
                lines += [_one_line(verdict) for verdict in found]
                pytest.fail("\n".join(lines), pytrace=False)
        return report

    def _grounded(
        self,
        expectations: Expectations,
        outputs: Mapping[str, Mapping[str, object]],
        texts: tuple[Source, ...],
        places: Mapping[str, Any],
        baseline: str | os.PathLike[str] | None,
        min_precision: float | None,
        min_recall: float | None,
    ) -> Any:
        from factcheck.extraction.baseline import cell_of
        from factcheck.extraction.grounding import Grounding, ground
        from factcheck.extraction.scores import score, shown_score

        report = ground(expectations, outputs, texts, places=places)
        if baseline is not None:
            cells = {
                (c.fact, c.source): cell_of(c.extracted, c.grounding.value) for c in report.cells
            }
            self._compare(expectations.path, cells, baseline)
        overall = score(report.cells).overall
        short = [
            f"{name} {shown_score(value)} is below {limit:g}"
            for name, limit, value in (
                ("precision", min_precision, overall.precision),
                ("recall", min_recall, overall.recall),
            )
            if limit is not None and (value is None or value < limit)
        ]
        if short:
            counts = f"TP {overall.tp}, FP {overall.fp}, FN {overall.fn}, TN {overall.tn}"
            lines = [f"extractor scores: {'; '.join(short)} ({counts})"]
            lines += [
                f"  {c.grounding.value}: {c.fact} @ {c.source}: {c.detail}"
                for c in report.cells
                if c.grounding is not Grounding.CORRECT
            ]
            pytest.fail("\n".join(lines), pytrace=False)
        return report

    def _compare(
        self, expectations_path: str, cells: Table, path_given: str | os.PathLike[str]
    ) -> None:
        from factcheck.extraction.baseline import (
            compare,
            describe,
            merged,
            mostly_new,
            save_baseline,
        )

        path = os.fspath(path_given)
        update = bool(self._config.getoption("factcheck_update_baseline"))
        name = shown_path(Path(expectations_path), self._config.rootpath)
        old = _read_fixture_baseline(path, update)
        comparison = compare(old.get(name, {}), cells)
        if update:
            save_baseline(path, merged(old, {name: cells}))
        elif comparison.failed:
            pytest.fail("\n".join(describe(comparison, name)), pytrace=False)
        elif mostly_new(comparison, old):
            held = sum(len(table) for table in old.values())
            pytest.fail(
                f"{len(comparison.new)} of {len(cells)} cells are new to {path}, which holds "
                f"{held}: is it keyed by another expectation file or other source ids? Accept "
                "them with --factcheck-update-baseline if they really are new.",
                pytrace=False,
            )


def _read_fixture_baseline(path: str, creating: bool) -> Tables:
    from factcheck.extraction.baseline import load_baseline

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
