"""Checking many sources on several cores, in order, without holding the corpus.

Sources are taken from an iterator in batches; each batch is checked in a worker process
(which compiles the expectation files once, when it starts) and the verdicts come back in the
order the sources went in, so ``--jobs 4`` prints exactly what ``--jobs 1`` prints. Only a
few batches are in flight at a time: memory stays flat however long the stream. A worker
sends ``None`` for each evidence-free omission (most verdicts of a large corpus), which this
process makes again from the fact and the source: far less to pickle.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from factcheck.match import Checkers, Document
from factcheck.model import Expectations, Report, Source, Status, Verdict, is_unstated, unstated

BATCH = 32  # sources per task: big enough to amortise the round trip, small enough to stream
Checked = tuple[Source, tuple[tuple[Verdict, ...], ...]]  # a source, its verdicts per file

_checkers: list[Checkers] = []  # per worker process: the compiled files (one Checkers)


def _start_worker(expectations: Sequence[Expectations]) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent alone answers it (exit
    # 130, one line); a worker that took it too would print its own traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _checkers[:] = [compile_all(expectations)]


@contextlib.contextmanager
def _ignoring_ctrl_c() -> Iterator[None]:
    """SIGINT ignored in this process for the duration, so that processes started meanwhile
    inherit it ignored (an ignored signal stays ignored across ``exec``). It is blocked too, so
    that a Ctrl-C pressed meanwhile waits, and reaches this process once its handler is back:
    starting the workers can take seconds on a busy machine, and the key must not be lost."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals belong to the main thread; the worker's initializer still ignores it
        return
    blocked = hasattr(signal, "pthread_sigmask")
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if blocked:  # a Ctrl-C that came meanwhile is delivered now, to the restored handler
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


Sent = tuple[tuple[Verdict | None, ...], ...]  # per file; None for an evidence-free omission


def _check_batch(batch: list[Source]) -> list[Sent]:
    return [
        tuple(
            tuple(None if is_unstated(v) else v for v in verdicts)
            for verdicts in _check_all(_checkers[0], source)
        )
        for source in batch
    ]


def _received(
    sent: Sent, files: Sequence[Expectations], source: Source
) -> tuple[tuple[Verdict, ...], ...]:
    return tuple(
        tuple(
            unstated(fact.id, source.id, fact.expected) if v is None else v
            for v, fact in zip(verdicts, expectations.facts, strict=True)
        )
        for verdicts, expectations in zip(sent, files, strict=True)
    )


def compile_all(expectations: Sequence[Expectations]) -> Checkers:
    return Checkers(e.facts for e in expectations)


def _check_all(compiled: Checkers, source: Source) -> tuple[tuple[Verdict, ...], ...]:
    return compiled(Document(source))  # folded once for every file


def _batches(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    iterator = iter(sources)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def check_stream(
    expectations: Sequence[Expectations], sources: Iterable[Source], *, jobs: int = 1
) -> Iterator[list[Checked]]:
    """Batches of checked sources, in the order given, using ``jobs`` processes (no more than
    the CPUs: more would only take turns on them). In one process each batch is one source,
    checked when the caller asks for it: a caller that is done with its verdicts before the
    next (a stream of JSON lines, a count) never holds more than one source's, and the
    collector has far fewer objects to scan than with batches of 32."""
    jobs = min(jobs, usable_cpus())
    if jobs <= 1:
        compiled = compile_all(expectations)
        for source in sources:
            yield [(source, _check_all(compiled, source))]
        return
    sent: deque[list[Source]] = deque()

    def remembered() -> Iterator[list[Source]]:
        for batch in _batches(sources, BATCH):
            sent.append(batch)
            yield batch

    context = multiprocessing.get_context("spawn")  # no inherited state, same on every platform
    with _ignoring_ctrl_c():  # the workers start with Ctrl-C ignored, even while importing
        pool = context.Pool(jobs, initializer=_start_worker, initargs=(tuple(expectations),))
    with pool:
        for checked in pool.imap(_check_batch, remembered(), chunksize=1):
            batch = sent.popleft()
            yield [
                (source, _received(verdicts, expectations, source))
                for source, verdicts in zip(batch, checked, strict=True)
            ]


PARALLEL_FROM = 64  # fewer sources are checked in this process: starting workers costs more
PROGRESS_EVERY = 256  # sources between two progress lines


def check_report(
    expectations: Expectations,
    sources: Sequence[Source],
    *,
    jobs: int = 1,
    progress: TextIO | None = None,
) -> Report:
    """The report of one file over ``sources``: the same for any ``jobs``, order included."""
    verdicts = [
        v for _, per_file in _checked(expectations, sources, jobs, progress) for v in per_file[0]
    ]
    return Report(expectations=expectations, sources=tuple(sources), verdicts=tuple(verdicts))


def stream_jsonl(
    expectations: Expectations,
    sources: Sequence[Source],
    out: TextIO,
    *,
    jobs: int = 1,
    progress: TextIO | None = None,
) -> set[Status]:
    """Write one verdict per line as soon as its source is checked; the statuses seen."""
    from factcheck.render.jsonl import verdict_line

    seen: set[Status] = set()
    encoding = getattr(out, "encoding", None) or "utf-8"
    for _, per_file in _checked(expectations, sources, jobs, progress):
        for verdict in per_file[0]:
            seen.add(verdict.status)
            line = verdict_line(verdict)
            if not line.isascii():  # a lone surrogate, or a stream that is not UTF-8: escaped
                try:
                    line.encode(encoding)
                except (UnicodeEncodeError, LookupError):
                    line = verdict_line(verdict, ascii_only=True)
            out.write(line)
    return seen


def _checked(
    expectations: Expectations, sources: Sequence[Source], jobs: int, progress: TextIO | None
) -> Iterator[Checked]:
    workers = jobs if len(sources) >= PARALLEL_FROM else 1
    done = 0
    for batch in check_stream([expectations], sources, jobs=workers):
        yield from batch
        done += len(batch)
        if progress is not None and (done % PROGRESS_EVERY < len(batch) or done == len(sources)):
            progress.write(f"\rfactcheck: {done}/{len(sources)} sources checked")
            if done == len(sources):
                progress.write("\n")
            progress.flush()
