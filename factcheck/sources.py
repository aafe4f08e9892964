"""Files -> :class:`Source`: the text, the ``key: value`` header, and the source's own date.

A source's date comes from a ``date: YYYY-MM-DD`` header line (the corpus convention) or else
from a *dateline*: a short line near the top of the article that holds a full date
("Thu Feb 9, 2017 6:37PM"), or the dateline that opens the first sentence's line: a place in
capitals, a date, maybe the agency, then a dash ("BERGEN, March 14, 2023 - Four people...",
"OFER PRISON, West Bank, Jan 1, 2018 (Reuters) - Israel..."). Other long lines are skipped: a photo
caption ending in "January 9, 2017" is not the article's date.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.dates import find_dates
from factcheck.errors import Problem, SourceError, UsageError
from factcheck.model import Expectations, Source
from factcheck.textfile import decode, read_bytes

HEADER_KEYS = ("date", "url", "outlet", "source", "title", "id")
_HEADER_LINE = re.compile(r"(?P<key>[a-z_]+):[ \t]*(?P<value>[^\n]*)\n")
DATELINE_LINES = 8  # the first non-empty lines of the body searched for a dateline
DATELINE_MAX_LENGTH = 60  # a dateline is a short line; a caption is not
# a dateline opening a line: a place in capitals (a region after it), then up to 40 characters
# (the date, an agency in brackets) before a dash; only those words are searched for a date
_LINE_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z.'\- ]{1,40}(?:,[ \t]*[A-Z][\w.' ]{0,30})?,?[ \t]*"
    r"(?P<rest>[^\n]{0,40}?)[ \t]+(?:-{1,2}|\u2014|\u2013)[ \t]"
)


def split_header(text: str) -> tuple[dict[str, str], int]:
    """The ``key: value`` header and the offset where the body starts (0 without a header).

    A header is one or more lines with known keys, ended by a blank line.
    """
    header: dict[str, str] = {}
    position = 0
    while match := _HEADER_LINE.match(text, position):
        if match["key"] not in HEADER_KEYS:
            return {}, 0
        header[match["key"]] = match["value"].strip()
        position = match.end()
    if header and text.startswith("\n", position):
        return header, position + 1
    return {}, 0


def find_dateline(text: str, start: int = 0) -> dt.date | None:
    """The full date on a short line among the first lines of ``text[start:]``, if any."""
    seen = 0
    position = start
    while seen < DATELINE_LINES and position < len(text):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end]
        if line.strip():
            seen += 1
            short = len(line.strip()) <= DATELINE_MAX_LENGTH
            opening = None if short else _LINE_DATELINE.match(text, position, end)
            if short or opening:
                for expr in find_dates(text, position, opening.end() if opening else end):
                    full = expr.full_date()
                    if full is not None:
                        return full
        position = end + 1
    return None


def source_from_text(text: str, id: str, path: str | None = None) -> Source:
    """A :class:`Source` from text already read; finds its header and its date."""
    header, body_start = split_header(text)
    date, origin = None, ""
    if "date" in header:
        try:
            date, origin = dt.date.fromisoformat(header["date"][:10]), "header"
        except ValueError:
            date = None
    if date is None:
        date = find_dateline(text, body_start)
        origin = "dateline" if date else ""
    return Source.from_text(
        id=id, path=path, text=text, body_start=body_start, date=date, date_origin=origin
    )


def _text(path: str, data: bytes) -> str:
    if b"\x00" in data:
        raise SourceError(
            [Problem(path=path, message="binary file (contains NUL bytes), not text")]
        )
    text = decode(path, data, SourceError)
    if not text.strip():
        raise SourceError([Problem(path=path, message="empty file: nothing to check")])
    return text


def read_source(path: str) -> Source:
    """Read one source file; raises :class:`SourceError` with a clear message."""
    data = read_bytes(path, SourceError, "a source file")
    return source_from_text(_text(path, data), id=path)


def read_sources(paths: Sequence[str]) -> tuple[Source, ...]:
    """Read every source (a ``.jsonl`` file gives one per line); all problems of all files are
    raised together. A file given twice, or two sources with one id, are refused: their verdicts
    would share one column of the table."""
    if isinstance(paths, str | bytes | os.PathLike) or not isinstance(paths, Iterable):
        raise TypeError(
            f"read_sources() takes a list of paths, not {type(paths).__name__}: "
            "use read_sources([path]) or read_source(path)"
        )
    sources: list[Source] = []
    problems: list[Problem] = []
    files: dict[tuple[int, int], str] = {}
    for path in paths:
        if not isinstance(path, str):
            raise TypeError(f"read_sources(): a path must be a str, not {type(path).__name__}")
        first = _first_given(path, files)
        if first is not None:
            message = f"given twice (first as {first}): each source is checked once"
            problems.append(Problem(path=path, message=message))
            continue
        try:
            sources.extend(iter_jsonl(path) if is_jsonl(path) else [read_source(path)])
        except SourceError as error:
            problems.extend(error.problems)
    if problems:
        raise SourceError(problems)
    return tuple(sources)


def _first_given(path: str, files: dict[tuple[int, int], str]) -> str | None:
    """How the same file was given before (``a.txt`` and ``./a.txt`` are one file), if it was."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None  # reading it reports why
    key = (status.st_dev, status.st_ino)
    if key in files:
        return files[key]
    files[key] = path
    return None


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(".jsonl")


def iter_jsonl(path: str) -> Iterator[Source]:
    """One source per line of a JSONL file: ``{"id": ..., "text": ..., "date": ...}``.

    The source's id is ``path#id``; ``date`` (``YYYY-MM-DD``, optional) is its publication date,
    else a dateline in the text is looked for as in files. A leading byte-order mark is dropped.
    Every bad line is reported with its ``path:line:col`` (all of them, once the file is read);
    two records with one id (``1`` and ``"1"`` are one id) are refused.
    """
    problems: list[Problem] = []
    text = decode(path, read_bytes(path, SourceError, "a source file"), SourceError)
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        record = _record(path, number, line, problems)
        if record is None:
            continue
        first = seen.setdefault(record.id, number)
        if first != number:
            record_id = record.id[len(path) + 1 :]  # the id after "path#", which may hold "#"
            message = f"duplicate id {record_id!r}; first used at line {first}"
            problems.append(Problem(path=path, line=number, column=1, message=message))
            continue
        yield record
    if problems:
        raise SourceError(problems)


def _record(path: str, number: int, line: str, problems: list[Problem]) -> Source | None:
    try:
        data = json.loads(line.rstrip("\r"))
    except json.JSONDecodeError as error:
        problems.append(
            Problem(path=path, line=number, column=error.colno, message=f"not JSON: {error.msg}")
        )
        return None
    except (ValueError, RecursionError) as error:  # a number of 4300+ digits; deep nesting
        reason = error if isinstance(error, ValueError) else "nested too deeply"
        message = f"not JSON that can be read: {reason}"
        problems.append(Problem(path=path, line=number, column=1, message=message))
        return None
    text = data.get("text") if isinstance(data, dict) else None
    record_id = data.get("id") if isinstance(data, dict) else None
    if isinstance(record_id, bool) or not isinstance(record_id, str | int):
        record_id = None
    if not isinstance(text, str) or not text.strip() or record_id in (None, ""):
        message = "a record needs an 'id' and a non-empty 'text'"
        problems.append(Problem(path=path, line=number, column=1, message=message))
        return None
    source = source_from_text(text, id=f"{path}#{record_id}", path=path)
    date = data.get("date")
    if isinstance(date, str):
        try:
            return _dated(source, dt.date.fromisoformat(date[:10]))
        except ValueError:
            problems.append(
                Problem(path=path, line=number, column=1, message=f"not a date: {date!r}")
            )
            return None
    return source


def _dated(source: Source, date: dt.date) -> Source:
    return Source(
        id=source.id,
        path=source.path,
        text=source.text,
        body_start=source.body_start,
        date=date,
        date_origin="record",
        line_starts=source.line_starts,
    )


def default_sources(expectations: Expectations) -> list[str]:
    """The file's ``sources`` globs, relative to the file's directory, expanded and sorted."""
    base = Path(expectations.path).parent
    found: set[str] = set()
    for pattern in expectations.sources:
        joined = pattern if os.path.isabs(pattern) else str(base / pattern)
        found.update(
            os.path.normpath(match)
            for match in glob.glob(joined, recursive=True)
            if not os.path.isdir(match)
        )
    if not found:
        where = ", ".join(expectations.sources) or "(none declared)"
        raise UsageError(
            [
                Problem(
                    path=expectations.path,
                    message=f"no sources to check: 'sources' matches no file ({where})",
                )
            ]
        )
    return sorted(found)
