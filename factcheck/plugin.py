"""The pytest plugin: expectation files collected as tests, one item per fact and source.

Registered through the ``pytest11`` entry point, so every pytest run in an environment with
factcheck installed imports this module: it holds only the options, the hooks and the fixture,
and imports only the standard library, pytest and :mod:`factcheck.pytest.state` (the run's record
and the keys every part shares). A hook with factcheck work to do imports its implementation
then: :mod:`factcheck.pytest.items` (expectation files and their items) or
:mod:`factcheck.pytest.report` (the end-of-run table, ``--factcheck-report``,
``--factcheck-baseline``, the xdist transfer, the ``factcheck_extraction`` fixture's check).

Collected: files named ``*.facts.yaml``, and files matching the ``factcheck_files`` ini globs
(relative to the rootdir). State across items lives in ``config.stash``, never in module globals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.pytest.state import (
    FILE_SUFFIX,
    OMISSION_POLICIES,
    PAYLOAD,
    RUN,
    TABLE_CHOICES,
    Run,
)

if TYPE_CHECKING:
    from factcheck.pytest.items import ExpectationFile
    from factcheck.pytest.report import ExtractionCheck

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
        "--factcheck-table",
        choices=TABLE_CHOICES,
        default=None,
        help="the consistency table at the end of the run: auto (default: a summary line "
        "instead under -q), always or never (the summary line only)",
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
    parser.addini(
        "factcheck_table",
        default="auto",
        help="the consistency table at the end of the run: auto (default), always or never",
    )


def pytest_configure(config: pytest.Config) -> None:
    policy = config.getoption("factcheck_omissions") or config.getini("factcheck_omissions")
    if policy not in OMISSION_POLICIES:
        known = ", ".join(OMISSION_POLICIES)
        raise pytest.UsageError(f"factcheck_omissions must be one of {known}, not {policy!r}")
    table = config.getoption("factcheck_table") or config.getini("factcheck_table")
    if table not in TABLE_CHOICES:
        known = ", ".join(TABLE_CHOICES)
        raise pytest.UsageError(f"factcheck_table must be one of {known}, not {table!r}")
    run = Run(
        omissions=policy,
        table=table,
        report_path=config.getoption("factcheck_report"),
        baseline_path=config.getoption("factcheck_baseline"),
        update_baseline=config.getoption("factcheck_update_baseline"),
    )
    if run.report_path or run.baseline_path:
        from factcheck.pytest.report import prepare

        prepare(run)
    config.stash[RUN] = run


# --- collection -------------------------------------------------------------------------------


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> ExpectationFile | None:
    if file_path.name.endswith(FILE_SUFFIX) or _listed(file_path, parent.config):
        from factcheck.pytest.items import ExpectationFile

        file: ExpectationFile = ExpectationFile.from_parent(parent, path=file_path)
        return file
    return None


def _listed(path: Path, config: pytest.Config) -> bool:
    """Whether ``path`` matches a ``factcheck_files`` glob (expanded once, on first use)."""
    patterns: list[str] = config.getini("factcheck_files")
    if not patterns:
        return False
    run = config.stash[RUN]
    if run.listed is None:
        import glob

        root = config.rootpath
        run.listed = frozenset(
            Path(found).resolve()
            for pattern in patterns
            for found in glob.glob(str(root / pattern), recursive=True)
        )
    return path.resolve() in run.listed


# --- the end of the run -----------------------------------------------------------------------


def pytest_sessionfinish(session: pytest.Session) -> None:
    run = session.config.stash.get(RUN, None)
    if run is None or not run.cells:
        return
    from factcheck.pytest.report import finish_session

    finish_session(run, session.config)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """On the xdist controller: take in the verdicts a worker ran."""
    payload = getattr(node, "workeroutput", {}).get(PAYLOAD)
    if payload:
        from factcheck.pytest.report import merge

        merge(node.config.stash[RUN], payload)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    run = config.stash.get(RUN, None)
    if run is None or not (run.reports or run.notes):
        return
    from factcheck.pytest.report import write_summary

    write_summary(terminalreporter, run)


# --- the extractor fixture --------------------------------------------------------------------


@pytest.fixture
def factcheck_extraction(request: pytest.FixtureRequest) -> ExtractionCheck:
    """Check extractor outputs against an expectation file: ``(path, outputs) -> Report``."""
    from factcheck.pytest.report import ExtractionCheck

    return ExtractionCheck(request.config)
