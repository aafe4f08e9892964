"""The distributed path: a Dask bag over a real local cluster gives the plain path's report.

One ``LocalCluster`` of two worker processes (one thread each, bound to 127.0.0.1, no dashboard)
is started for the module and shut down after it. Without Dask these tests are skipped with the
command that installs it; in CI (``CI=true``, or ``FACTCHECK_REQUIRE_DISTRIBUTED=1``) they fail
instead, so a CI run proves they ran.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.distributed import INSTALL, check_distributed
from factcheck.engine import check
from factcheck.errors import SourceError, UsageError
from factcheck.loader import load
from factcheck.model import Expectations, Report, Source, Verdict
from factcheck.sources import default_sources, read_sources

REQUIRED = os.environ.get("CI") == "true" or os.environ.get("FACTCHECK_REQUIRE_DISTRIBUTED") == "1"
TO_INSTALL = "install Dask with `pip install -e '.[test,distributed]'` to run them"

try:
    import dask.bag  # noqa: F401 - the extra is installed
    from distributed import Client, LocalCluster
except ImportError as missing:
    message = f"distributed tests: {missing}; {TO_INSTALL}"
    if REQUIRED:
        pytest.fail(f"{message} (CI requires the distributed tests to run)", pytrace=False)
    pytest.skip(message, allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
EXPECTATIONS = sorted((ROOT / "expectations").glob("*.yaml"))  # the seeds and three clusters


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two worker processes on this machine only (every port on 127.0.0.1, no dashboard); not
    the default scheduler, so a test that passes no client cannot reach it by accident."""
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # the scheduler serves its health routes over HTTP even without a dashboard, on 8787
            # unless told otherwise; a free port instead, so a second run never collides
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as cluster,
        Client(cluster, set_as_default=False) as connected,
    ):
        connected.wait_for_workers(2, timeout=60)
        yield connected


def plain(path: Path) -> tuple[Expectations, list[str], Report]:
    """An expectation file, its source paths and the one-machine report over them."""
    expectations = load(str(path))
    paths = default_sources(expectations)
    return expectations, paths, check(expectations, read_sources(paths))


@pytest.mark.parametrize("path", EXPECTATIONS, ids=lambda path: path.stem)
def test_report_from_sources_equals_the_plain_report(client: Client, path: Path) -> None:
    expectations, paths, report = plain(path)
    sources = read_sources(paths)
    assert check_distributed(expectations, sources, client=client, partitions=3) == report


@pytest.mark.parametrize("path", EXPECTATIONS, ids=lambda path: path.stem)
def test_report_from_paths_read_by_workers_equals_the_plain_report(
    client: Client, path: Path
) -> None:
    expectations, paths, report = plain(path)
    assert check_distributed(expectations, paths, client=client, partitions=3) == report


def test_default_partitions_give_the_plain_report(client: Client) -> None:
    expectations, paths, report = plain(EXPECTATIONS[0])
    assert check_distributed(expectations, paths, client=client) == report


def test_paths_are_read_on_the_workers_not_the_client(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading is disabled in this (the client's) process; the workers' copies still read."""
    expectations, paths, report = plain(ROOT / "expectations" / "albab-airstrike.yaml")

    def refuse(path: str) -> Source:
        raise AssertionError(f"the client read {path}")

    monkeypatch.setattr("factcheck.distributed.read_source", refuse)
    monkeypatch.setattr("factcheck.distributed.iter_jsonl", refuse)
    assert check_distributed(expectations, paths, client=client, partitions=2) == report


def outcome(verdict: Verdict) -> tuple[object, ...]:
    """A verdict without its source id."""
    evidence = tuple((e.start, e.end, e.line, e.column, e.text, e.stance) for e in verdict.evidence)
    return (verdict.fact, verdict.status, verdict.reason, verdict.found, verdict.detail, evidence)


def test_jsonl_records_give_the_verdicts_of_the_same_texts_as_files(
    client: Client, tmp_path: Path
) -> None:
    expectations, paths, report = plain(ROOT / "expectations" / "albab-airstrike.yaml")
    records = tmp_path / "seeds.jsonl"
    lines = [json.dumps({"id": s.label, "text": s.text}) for s in report.sources]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")

    mixed = check_distributed(expectations, [str(records), *paths], client=client, partitions=2)

    assert [s.id for s in mixed.sources[: len(paths)]] == [
        f"{records}#{s.label}" for s in report.sources
    ]
    assert [s.date for s in mixed.sources] == [s.date for s in report.sources] * 2
    from_records = [outcome(v) for v in mixed.verdicts[: len(report.verdicts)]]
    from_files = [outcome(v) for v in mixed.verdicts[len(report.verdicts) :]]
    assert from_records == from_files == [outcome(v) for v in report.verdicts]


def test_unreadable_sources_raise_every_problem_as_on_one_machine(
    client: Client, tmp_path: Path
) -> None:
    expectations, paths, _ = plain(ROOT / "expectations" / "albab-airstrike.yaml")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "Three soldiers were killed."}\nnot json\n{}\n')
    given = [str(tmp_path / "missing.txt"), *paths, str(broken), str(tmp_path / "gone.jsonl")]

    with pytest.raises(SourceError) as on_one_machine:
        read_sources(given)
    with pytest.raises(SourceError) as on_the_cluster:
        check_distributed(expectations, given, client=client, partitions=3)

    assert on_the_cluster.value.problems == on_one_machine.value.problems
    assert len(on_the_cluster.value.problems) == 4


def test_without_a_client_dask_default_scheduler_gives_the_plain_report() -> None:
    expectations, paths, report = plain(ROOT / "expectations" / "albab-airstrike.yaml")
    assert check_distributed(expectations, paths, partitions=2) == report


def test_no_sources_are_refused_as_check_refuses_them(client: Client) -> None:
    expectations = load(str(EXPECTATIONS[0]))
    with pytest.raises(UsageError, match="nothing was checked") as on_the_cluster:
        check_distributed(expectations, [], client=client)
    with pytest.raises(UsageError, match="nothing was checked") as on_one_machine:
        check(expectations, [])
    assert on_the_cluster.value.problems[0].path == on_one_machine.value.problems[0].path


def test_one_path_as_a_string_is_refused(client: Client) -> None:
    expectations, paths, _ = plain(ROOT / "expectations" / "albab-airstrike.yaml")
    with pytest.raises(TypeError, match="not one string"):
        check_distributed(expectations, paths[0], client=client)


def test_missing_dask_is_a_usage_error_saying_how_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expectations = load(str(EXPECTATIONS[0]))
    monkeypatch.setitem(sys.modules, "dask", None)  # what import finds when dask is absent
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(UsageError) as error:
        check_distributed(expectations, [])
    assert str(error.value) == f"factcheck.distributed: {INSTALL}"
    assert "pip install 'factcheck[distributed]'" in str(error.value)


def test_factcheck_and_its_command_line_import_no_dask() -> None:
    code = (
        "import sys, factcheck, factcheck.cli, factcheck.distributed; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
