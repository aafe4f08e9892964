"""Extractor outputs: their shape, the ``.json``/``.jsonl`` files they come in, and the texts
their spans point into. What :func:`factcheck.extraction.verdicts.check_extraction` takes.

- Outputs are ``{source id: {fact id: value}}``; a value is a scalar or ``{"value", "start",
  "end"}`` with its span in the source text.
- A ``.json`` file holds that object; a ``.jsonl`` file one object per line, naming its source
  with ``source`` or ``id``. Every problem is reported at once, as ``path:line:col: message``.
- An output source is matched to a text by id, path or label (the file name without extension).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.errors import FactcheckError, Problem, UsageError
from factcheck.model import Evidence, Expectations, Location, Source, Stance
from factcheck.textfile import read_text

Outputs = Mapping[str, Mapping[str, object]]  # source id -> fact id -> value
SOURCE_KEYS = ("source", "id")  # the key naming the source in a JSONL record


class ExtractionError(FactcheckError, ValueError):
    """Extractor outputs are unreadable, not JSON, or not shaped as outputs."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """One extracted value, with its span in the source text when the extractor gives one."""

    value: object
    start: int | None = None
    end: int | None = None

    def evidence(self, source: Source, stance: Stance) -> tuple[Evidence, ...]:
        """The value's span of ``source``, when the output gives one and the text is known."""
        if self.start is None or self.end is None or not source.text:
            return ()
        return (source.evidence(self.start, self.end, stance),)


# --- values and keys --------------------------------------------------------------------------


def value_problem(raw: object) -> str | None:
    """Why ``raw`` is not an extracted value (a scalar, or ``{"value", "start", "end"}``)."""
    if raw is None or isinstance(raw, str | int | float | bool | dt.date):
        return None
    if not isinstance(raw, Mapping):
        return f"expected a value or an object with 'value', got {type(raw).__name__}"
    if "value" not in raw:
        return "an object value needs a 'value' key (and optional 'start' and 'end')"
    extra = sorted(set(raw) - {"value", "start", "end"})
    if extra:
        return f"unknown key {extra[0]!r} in a value object (known: value, start, end)"
    if isinstance(raw["value"], Mapping | list):
        return "the 'value' of a value object must be a string, a number, a boolean or null"
    start, end = raw.get("start"), raw.get("end")
    if start is None and end is None:
        return None
    if not (_is_offset(start) and _is_offset(end)):
        return f"'start' and 'end' must both be offsets (integers >= 0), got {start!r} and {end!r}"
    assert isinstance(start, int) and isinstance(end, int)
    if start > end:
        return f"'start' ({start}) is after 'end' ({end})"
    return None


def _is_offset(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def extracted_value(raw: object, source: Source) -> tuple[Extracted, str | None]:
    """``raw`` as an :class:`Extracted` value, or ``Extracted(value=None)`` and why it is not
    one (a malformed value, or a span past the end of the source text)."""
    problem = value_problem(raw)
    if problem is not None:
        return Extracted(value=None), problem
    if not isinstance(raw, Mapping):
        return Extracted(value=raw), None
    start, end = raw.get("start"), raw.get("end")
    if isinstance(start, int) and isinstance(end, int):
        if source.text and end > len(source.text):
            problem = f"span {start}..{end} ends past the text ({len(source.text)} characters)"
            return Extracted(value=None), problem
        return Extracted(value=raw["value"], start=start, end=end), None
    return Extracted(value=raw["value"]), None


def unknown_keys(expectations: Expectations, outputs: Outputs) -> list[str]:
    """Output keys that name no fact, each with a did-you-mean when one is close."""
    facts = [fact.id for fact in expectations.facts]
    notes = []
    for key in sorted({key for values in outputs.values() for key in values} - set(facts)):
        close = difflib.get_close_matches(key, facts, n=1)
        notes.append(f"{key} (did you mean {close[0]!r}?)" if close else key)
    return notes


# --- sources ----------------------------------------------------------------------------------


def sources_by_name(sources: Iterable[Source]) -> dict[str, Source]:
    """Sources by id, then path, then label; the first given wins a shared name."""
    named: dict[str, Source] = {}
    kept = list(sources)
    for key in ("id", "path", "label"):
        for source in kept:
            named.setdefault(getattr(source, key), source)
    return named


def source_for(source_id: str, texts: Mapping[str, Source]) -> Source:
    """The text an output source names (under the output's id), else a text-less Source."""
    known = texts.get(source_id) or texts.get(os.path.normpath(source_id))
    if known is None:
        return Source.from_text(id=source_id, text="")
    return dataclasses.replace(known, id=source_id)


def unknown_source(
    source_id: str, texts: Mapping[str, Source], places: Mapping[str, Location]
) -> Problem:
    """The problem of an output source naming no known text, at its place when known."""
    labels = sorted({source.label for source in texts.values()})
    close = difflib.get_close_matches(source_id, list(texts), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    shown = ", ".join(labels[:5]) + (", ..." if len(labels) > 5 else "")
    message = (
        f"source {source_id!r} names none of the source texts "
        f"(by id, path or file name: {shown or 'none given'}){hint}"
    )
    place = places.get(source_id)
    return Problem.at(place, message) if place else Problem(path=source_id, message=message)


def texts_for(expectations: Expectations, outputs: Outputs) -> tuple[Source, ...]:
    """The expectation file's own sources, the texts the outputs were extracted from.

    They give span evidence and the dates weekdays resolve against, and every output source
    must then name one of them. A file without ``sources``, or whose ``sources`` match
    nothing, gives none. Unreadable sources raise :class:`~factcheck.errors.SourceError`.
    """
    if not outputs or not expectations.sources:
        return ()
    from factcheck.sources import default_sources, read_sources

    try:
        paths = default_sources(expectations)
    except UsageError:
        return ()
    return read_sources(paths)


# --- files ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class OutputsFile:
    """The outputs of one file, with the place of each source in it (for error messages)."""

    outputs: dict[str, dict[str, object]]
    places: dict[str, Location]


def read_outputs(path: str | os.PathLike[str]) -> dict[str, dict[str, object]]:
    """Extractor outputs from a ``.json`` file (``{source: {fact: value}}``) or a ``.jsonl`` file
    (one object per line with ``source`` or ``id`` and the fact keys).

    Raises :class:`ExtractionError` with every problem as ``path:line:col: message``.
    """
    return read_outputs_file(path).outputs


def read_outputs_file(path: str | os.PathLike[str]) -> OutputsFile:
    """:func:`read_outputs`, with the ``path:line:col`` of each source in the file."""
    name = os.fspath(path)
    kind = os.path.splitext(name)[1].lower()
    if kind not in (".json", ".jsonl", ".ndjson"):
        message = "cannot tell the outputs format from the file name (known: .json, .jsonl)"
        raise ExtractionError([Problem(path=name, message=message)])
    text = read_text(name, ExtractionError, "an outputs file")
    if not text.strip():
        raise ExtractionError([Problem(path=name, message="empty file: nothing to check")])
    outputs, problems = (_json_outputs if kind == ".json" else _jsonl_outputs)(name, text)
    if not problems and not outputs:
        problems = [Problem(path=name, message="no outputs: nothing to check")]
    if problems:
        raise ExtractionError(problems)
    return OutputsFile(outputs=outputs, places=_places(name, text, outputs, kind == ".json"))


Parsed = tuple[dict[str, dict[str, object]], list[Problem]]


_KEY = re.compile(r'"(?:[^"\\]|\\.)*"(?=\s*:)')


def _places(
    path: str, text: str, outputs: Mapping[str, object], whole: bool
) -> dict[str, Location]:
    """Where each source id is written, in one pass: its first occurrence as a quoted key
    (``.json``), or the ``source``/``id`` value of its line (``.jsonl``)."""
    places: dict[str, Location] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if whole:
            for key in _KEY.finditer(line):
                try:
                    name = json.loads(key.group())
                except json.JSONDecodeError:
                    continue
                if name in outputs and name not in places:
                    places[name] = Location(path=path, line=number, column=key.start() + 1)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        named = next((k for k in SOURCE_KEYS if isinstance(record, dict) and k in record), None)
        if named is not None and record[named] in outputs and record[named] not in places:
            column = line.find(f'"{named}"') + 1 or 1
            places[record[named]] = Location(path=path, line=number, column=column)
    return places


def _json_outputs(path: str, text: str) -> Parsed:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return {}, [Problem(path=path, line=error.lineno, column=error.colno, message=error.msg)]
    if not isinstance(data, dict):
        message = f"expected an object {{source id: {{fact id: value}}}}, got {_kind(data)}"
        return {}, [Problem(path=path, line=1, column=1, message=message)]
    outputs: dict[str, dict[str, object]] = {}
    problems: list[Problem] = []
    for source_id, values in data.items():
        if not isinstance(values, dict):
            message = (
                f"source {source_id!r}: expected an object of fact values, got {_kind(values)}"
            )
            problems.append(Problem(path=path, message=message))
            continue
        problems.extend(
            Problem(path=path, message=f"source {source_id!r}, {message}")
            for message in _record_problems(values)
        )
        outputs[source_id] = values
    return outputs, problems


def _jsonl_outputs(path: str, text: str) -> Parsed:
    outputs: dict[str, dict[str, object]] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(Problem(path=path, line=number, column=error.colno, message=error.msg))
            continue

        def problem(message: str, line: int = number) -> Problem:
            return Problem(path=path, line=line, column=1, message=message)

        if not isinstance(record, dict):
            problems.append(problem(f"expected an object, got {_kind(record)}"))
            continue
        key = next((key for key in SOURCE_KEYS if key in record), None)
        source_id = record.pop(key) if key else None
        if not isinstance(source_id, str) or not source_id:
            problems.append(problem("no 'source' (or 'id') string naming the source"))
            continue
        if source_id in lines:
            problems.append(
                problem(f"source {source_id!r} is already given on line {lines[source_id]}")
            )
            continue
        lines[source_id] = number
        problems.extend(problem(message) for message in _record_problems(record))
        outputs[source_id] = record
    return outputs, problems


def _record_problems(values: Mapping[str, object]) -> Iterator[str]:
    for fact_id, raw in values.items():
        problem = value_problem(raw)
        if problem is not None:
            yield f"fact {fact_id!r}: {problem}"


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null"}.get(
        type(value), type(value).__name__
    )
