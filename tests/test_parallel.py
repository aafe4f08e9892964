"""Checking sources in batches: the progress line on a terminal."""

from __future__ import annotations

import io

import pytest

from factcheck.model import Expectations, Source
from factcheck.parallel import PROGRESS_EVERY, check_report, stream_jsonl
from factcheck.sources import source_from_text


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
