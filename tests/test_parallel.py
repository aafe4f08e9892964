"""Checking sources in batches: the progress line on a terminal, never more workers than CPUs,
and a quiet Ctrl-C."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import parallel
from factcheck.loader import load
from factcheck.model import Expectations, Source
from factcheck.parallel import PROGRESS_EVERY, check_report, stream_jsonl
from factcheck.sources import source_from_text

ROOT = Path(__file__).resolve().parent.parent
EXPECTATIONS = ROOT / "expectations" / "albab-airstrike.yaml"


def _sources(count: int) -> list[Source]:
    return [source_from_text("Three soldiers were killed.", id=f"{i}.txt") for i in range(count)]


@pytest.mark.parametrize(
    ("count", "lines"),
    [
        (1, ["1/1"]),
        (PROGRESS_EVERY - 1, [f"{PROGRESS_EVERY - 1}/{PROGRESS_EVERY - 1}"]),
        (PROGRESS_EVERY, [f"{PROGRESS_EVERY}/{PROGRESS_EVERY}"]),
        (PROGRESS_EVERY + 1, [f"{PROGRESS_EVERY}/{PROGRESS_EVERY + 1}",
                              f"{PROGRESS_EVERY + 1}/{PROGRESS_EVERY + 1}"]),
    ],
)  # fmt: skip
def test_progress_line_every_256_sources_and_at_the_end(
    albab: Expectations, count: int, lines: list[str]
) -> None:
    """One carriage-return line per 256 sources checked, the last one always, then a newline."""
    progress = io.StringIO()
    check_report(albab, _sources(count), progress=progress)
    expected = "".join(f"\rfactcheck: {done} sources checked" for done in lines) + "\n"
    assert progress.getvalue() == expected


def test_progress_line_of_a_jsonl_stream_goes_to_its_own_stream(albab: Expectations) -> None:
    out, progress = io.StringIO(), io.StringIO()
    stream_jsonl(albab, _sources(2), out, progress=progress)
    assert progress.getvalue() == "\rfactcheck: 2/2 sources checked\n"
    assert "factcheck:" not in out.getvalue()


class _PoolStarted(Exception):
    """Raised by the stand-in pool: the test only needs the number of processes asked for."""


class _Context:
    def __init__(self, started: list[int]) -> None:
        self.started = started

    def Pool(self, processes: int, **_: object) -> None:
        self.started.append(processes)
        raise _PoolStarted


@pytest.mark.parametrize(("cpus", "pools"), [(1, []), (2, [2]), (4, [4])])
def test_jobs_are_capped_at_the_usable_cpus(
    monkeypatch: pytest.MonkeyPatch, cpus: int, pools: list[int]
) -> None:
    started: list[int] = []
    monkeypatch.setattr(parallel, "usable_cpus", lambda: cpus)
    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda _: _Context(started))
    sources = [source_from_text("Three soldiers were killed.", id=f"{n}.txt") for n in range(3)]
    try:
        batches = list(parallel.check_stream([load(str(EXPECTATIONS))], sources, jobs=64))
    except _PoolStarted:
        batches = []
    assert started == pools
    if not pools:  # one CPU: checked in this process
        assert sum(len(batch) for batch in batches) == 3


def test_one_process_checks_each_source_only_when_its_batch_is_asked_for() -> None:
    """In one process each batch is one source, checked lazily: a caller that drops each
    source's verdicts before asking for the next never holds more than one source's."""
    read: list[str] = []

    def sources() -> Iterator[Source]:
        for source in _sources(3):
            read.append(source.id)
            yield source

    expectations = load(str(EXPECTATIONS))
    stream = parallel.check_stream([expectations], sources(), jobs=1)
    assert read == []
    for count in (1, 2, 3):
        batch = next(stream)
        assert read == [f"{i}.txt" for i in range(count)]
        assert [source.id for source, _ in batch] == [f"{count - 1}.txt"]
    assert next(stream, None) is None
    whole = check_report(expectations, _sources(3))
    batches = parallel.check_stream([expectations], _sources(3))
    assert tuple(v for batch in batches for _, per_file in batch for v in per_file[0]) == (
        whole.verdicts
    )


def test_usable_cpus_is_at_least_one_and_at_most_the_machine() -> None:
    assert 1 <= parallel.usable_cpus() <= (os.cpu_count() or 1)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc for the workers")
@pytest.mark.skipif(parallel.usable_cpus() < 2, reason="--jobs 2 needs two CPUs")
def test_ctrl_c_with_workers_exits_130_in_one_line_without_their_tracebacks(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    text = (ROOT / "seeds" / "000_98b88eba54a409e2.txt").read_text(encoding="utf-8")
    with corpus.open("w", encoding="utf-8") as handle:
        for number in range(4000):
            handle.write(json.dumps({"id": number, "text": text}) + "\n")
    command = [sys.executable, "-m", "factcheck", "check", str(EXPECTATIONS), str(corpus)]
    process = subprocess.Popen(
        [*command, "--jobs", "2", "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal gives
    )
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # the workers have started and are checking
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode() == "factcheck: interrupted\n"


def test_a_ctrl_c_while_the_workers_start_is_not_lost() -> None:
    """Starting the workers ignores Ctrl-C (so that they inherit it ignored); a key pressed then
    waits, and interrupts the run as soon as starting is done. (In a process of its own: the
    signal goes to the main thread, which a test runner's worker may not run tests in.)"""
    script = (
        "import os, signal, time\n"
        "from factcheck.parallel import _ignoring_ctrl_c\n"
        "try:\n"
        "    with _ignoring_ctrl_c():\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "        time.sleep(0.1)\n"
        "        print('inside')\n"
        "    time.sleep(2)\n"
        "    print('lost')\n"
        "except KeyboardInterrupt:\n"
        "    print('interrupted')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["inside", "interrupted"]
