"""Checking a corpus on a Dask cluster: the same report as :func:`factcheck.engine.check`.

The sources (or their paths) go into a Dask bag; each partition is one task. A task compiles
the expectation file once (compiled checkers are closures, never sent anywhere: the frozen
:class:`Expectations` travels instead), reads the files it is given on the worker, so a large
corpus is read where it is checked, and returns each source with its verdicts. The client
puts them back in the order given, so the report equals the one machine's report, verdict for
verdict. A file that cannot be read comes back as a problem, and all of them are raised
together as one :class:`SourceError`, as on one machine.

Dask is an optional extra (``pip install 'factcheck[distributed]'``), imported only here and
only when called: ``import factcheck`` and the command line never need it.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from factcheck.engine import check_source, compile_checkers
from factcheck.errors import Problem, SourceError, UsageError
from factcheck.model import Expectations, Report, Source, Verdict
from factcheck.sources import is_jsonl, iter_jsonl, read_source

if TYPE_CHECKING:
    from distributed import Client

INSTALL = "install the distributed extra: pip install 'factcheck[distributed]'"
BATCH = 32  # sources (or paths) per partition by default, as in factcheck.parallel

Item = Source | str  # a source already read, or a path its worker reads
Checked = tuple[tuple[Source, ...], tuple[Verdict, ...], tuple[Problem, ...]]  # per item


def check_distributed(
    expectations: Expectations,
    sources: Iterable[Source] | Sequence[str],
    *,
    client: Client | None = None,
    partitions: int | None = None,
) -> Report:
    """The report of ``expectations`` over ``sources``, checked on Dask workers.

    ``sources`` are :class:`Source` values or paths (a ``.jsonl`` file gives one source per
    record); paths are read by the workers, so they must reach them. With ``client=None`` the
    bag runs on Dask's current default scheduler. ``partitions`` is the number of tasks; by
    default one per 32 items, and at least one per core while there are items enough.
    """
    bag = _dask_bag()
    if isinstance(sources, str):
        raise TypeError("sources must be a sequence of paths or sources, not one string")
    items: tuple[Item, ...] = tuple(sources)
    if not items:
        message = "nothing was checked: check_distributed() was given no sources"
        raise UsageError([Problem(path=expectations.path, message=message)])
    count = partitions if partitions is not None else _default_partitions(len(items), client)
    tasks = bag.from_sequence(items, npartitions=max(1, min(count, len(items))))
    checked = tasks.map_partitions(_check_partition, expectations)
    results: list[Checked] = (
        client.compute(checked).result() if client is not None else checked.compute()
    )
    return _gathered(expectations, results)


def _dask_bag() -> Any:
    """The ``dask.bag`` module, or a :class:`UsageError` telling how to install it."""
    try:
        import dask.bag
    except ImportError:
        raise UsageError([Problem(path="factcheck.distributed", message=INSTALL)]) from None
    return dask.bag


def _default_partitions(count: int, client: Client | None) -> int:
    cores = sum(client.nthreads().values()) if client is not None else os.cpu_count() or 1
    return max(math.ceil(count / BATCH), cores)


def _check_partition(items: Iterable[Item], expectations: Expectations) -> list[Checked]:
    """Runs on a worker: reads the paths, compiles the file once, checks every source.

    Returns one entry per item, in order. When a file of the partition cannot be read, nothing
    is checked: the problems are all that matters then.
    """
    read = [_read(item) for item in items]
    if any(problems for _, problems in read):
        return [((), (), problems) for _, problems in read]
    checker = compile_checkers(expectations)
    return [
        (found, tuple(v for source in found for v in check_source(checker, source)), ())
        for found, _ in read
    ]


def _read(item: Item) -> tuple[tuple[Source, ...], tuple[Problem, ...]]:
    """The sources of one item (one for a file, one per record of a JSONL file), or its
    problems: errors cross the wire as values, never as exceptions."""
    if isinstance(item, Source):
        return (item,), ()
    try:
        return tuple(iter_jsonl(item)) if is_jsonl(item) else (read_source(item),), ()
    except SourceError as error:
        return (), error.problems


def _gathered(expectations: Expectations, results: Iterable[Checked]) -> Report:
    """One report from the per-item results, in the order given; every problem raised at once."""
    sources: list[Source] = []
    verdicts: list[Verdict] = []
    problems: list[Problem] = []
    for found, checked, failed in results:
        sources.extend(found)
        verdicts.extend(checked)
        problems.extend(failed)
    if problems:
        raise SourceError(problems)
    return Report(expectations=expectations, sources=tuple(sources), verdicts=tuple(verdicts))
