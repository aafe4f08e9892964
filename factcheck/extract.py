"""Extractor outputs checked against an expectation file, with the verdicts of the text checkers.

An extractor gives one mapping of fact id -> value per source: ``{"killed": 3, "date":
"Feb 9, 2017", "spokesman": "Dmitry Peskov"}``, or values with their span in the source text:
``{"killed": {"value": 3, "start": 120, "end": 135}}``. Each (fact, source) gets one verdict:

- no key, ``null`` or an empty string: **omission**; a value that states nothing the fact can
  compare (a vague count such as "several", a date word with nothing to resolve it against) is an
  omission too, with the value kept in ``found``;
- the expected value, however written: **match**. Counts in digits or words ("three" = 3 = "3");
  dates at the precision they give ("Feb 9, 2017" = "9 February 2017" = 2017-02-09, "Thursday"
  agrees with a Thursday); names, persons and mentions compared word by word after folding
  (diacritics, dashes, case), declared variants and aliases accepted; claims by variant name or
  by one of the variant's phrases or patterns;
- anything else: **contradiction**, reason ``value`` (another count, date, name or mention),
  ``role`` (another person in the role), ``misspelling`` (a near miss of a declared name, by the
  rule of :mod:`factcheck.match.name`, with a did-you-mean) or ``variant`` (a competing claim, or
  one the file does not declare).

Evidence is the value's span of the source text when the output gives one and the text is known;
otherwise evidence is empty and ``found`` carries the value. The result is an ordinary
:class:`~factcheck.model.Report`, so every renderer and baselines work on it unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from factcheck.dates import find_dates
from factcheck.errors import FactcheckError, Problem, UsageError
from factcheck.match.document import phrase_pattern
from factcheck.match.mention import is_acronym
from factcheck.match.name import TITLES, misspelt_target
from factcheck.match.numbers import SCALES, VAGUE, number_value
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Evidence,
    Expectations,
    Fact,
    MentionSpec,
    NameSpec,
    Period,
    QuantitySpec,
    Report,
    RoleSpec,
    Source,
    Stance,
    Status,
    Variant,
    Verdict,
    show_amount,
)
from factcheck.normalize import fold
from factcheck.textfile import read_text

Outputs = Mapping[str, Mapping[str, object]]  # source id -> fact id -> value
SOURCE_KEYS = ("source", "id")  # the key naming the source in a JSONL record
_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"'s?\b")
_NUMBER = re.compile(r"[A-Za-z0-9]+(?:[.,-][A-Za-z0-9]+)*")
_SCALE = re.compile(r"\s+(" + "|".join(SCALES) + r")\b", re.IGNORECASE)


class ExtractionError(FactcheckError, ValueError):
    """Extractor outputs are unreadable, not JSON, or not shaped as outputs."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """One extracted value, with its span in the source text when the extractor gives one."""

    value: object
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Said:
    """What a value says about a fact, before evidence is attached."""

    status: Status
    reason: str
    detail: str
    found: str | None = None
    suggestion: str | None = None


# --- checking ---------------------------------------------------------------------------------


def check_extraction(
    expectations: Expectations, outputs: Outputs, sources: Iterable[Source] = ()
) -> Report:
    """One verdict per (fact, output source), ordered by source then fact, as ``check`` does.

    ``sources`` are the texts the outputs were extracted from, found by id, path or label (the
    file name without extension); an output source with no text gets a text-less Source.
    Raises :class:`ExtractionError` listing every malformed value.
    """
    texts = _by_name(sources)
    problems: list[Problem] = []
    kept: list[Source] = []
    verdicts: list[Verdict] = []
    for source_id, values in outputs.items():
        source = _source_for(source_id, texts)
        kept.append(source)
        for fact in expectations.facts:
            extracted, problem = _as_extracted(values.get(fact.id), source)
            if problem is not None:
                problems.append(Problem(path=source_id, message=f"{fact.id}: {problem}"))
                continue
            verdicts.append(judge(fact, extracted, source))
    if problems:
        raise ExtractionError(problems)
    return Report(expectations=expectations, sources=tuple(kept), verdicts=tuple(verdicts))


def judge(fact: Fact, extracted: Extracted, source: Source) -> Verdict:
    """The verdict of one extracted value (``Extracted(value=None)`` when there is none)."""
    value = extracted.value
    if value is None or (isinstance(value, str) and not value.strip()):
        said = _Said(
            status=Status.OMISSION, reason="not-stated", detail="the extractor gives no value"
        )
    else:
        said = _judge_value(fact, value, source)
    return Verdict(
        fact=fact.id,
        source=source.id,
        status=said.status,
        reason=said.reason,
        expected=fact.expected,
        found=said.found,
        detail=said.detail,
        suggestion=said.suggestion,
        evidence=_evidence(extracted, source, said.status),
    )


def unknown_keys(expectations: Expectations, outputs: Outputs) -> list[str]:
    """Output keys that name no fact, each with a did-you-mean when one is close."""
    facts = [fact.id for fact in expectations.facts]
    notes = []
    for key in sorted({key for values in outputs.values() for key in values} - set(facts)):
        close = difflib.get_close_matches(key, facts, n=1)
        notes.append(f"{key} (did you mean {close[0]!r}?)" if close else key)
    return notes


def _judge_value(fact: Fact, value: object, source: Source) -> _Said:
    spec = fact.spec
    if isinstance(spec, QuantitySpec):
        return _quantity(spec, value)
    if isinstance(spec, DateSpec):
        return _date(spec.value, value, source.date)
    if isinstance(spec, RoleSpec):
        return _role(spec, _text(value))
    if isinstance(spec, NameSpec):
        return _name(spec, _text(value))
    if isinstance(spec, ClaimSpec):
        return _claim(spec, _text(value))
    assert isinstance(spec, MentionSpec)
    return _mention(spec, value)


def _quantity(spec: QuantitySpec, value: object) -> _Said:
    count = _count(value)
    if count is None:
        vague = _text(value).lower() in VAGUE
        detail = f"{_text(value)!r} is {'a vague count' if vague else 'not a count'}"
        return _Said(status=Status.OMISSION, reason="not-stated", detail=detail, found=_text(value))
    said = show_amount(count, spec.unit)
    if spec.low * (1 - spec.tolerance) <= count <= spec.high * (1 + spec.tolerance):
        return _Said(status=Status.MATCH, reason="stated", detail="the count agrees", found=said)
    expected = show_amount(spec.low, spec.unit)
    if spec.high != spec.low:
        expected += f" to {show_amount(spec.high, spec.unit)}"
    detail = f"the extractor says {said} where {expected} is expected"
    return _Said(status=Status.CONTRADICTION, reason="value", detail=detail, found=said)


def _count(value: object) -> float | None:
    """The number a value states: 3, 3.0, "3", "three", "1,200", "$1.2 million"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = _text(value)
    for match in _NUMBER.finditer(text):
        count = number_value(match.group())
        if count is None:
            continue
        scale = _SCALE.match(text, match.end())
        return count * SCALES[scale[1].lower()] if scale else count
    return None


def _date(expected: Period, value: object, anchor: dt.date | None) -> _Said:
    if isinstance(value, dt.datetime):
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else fold(_text(value)).text
    exprs = find_dates(text) or find_dates(text.title())
    if not exprs:
        detail = f"{text!r} is not a date factcheck can read"
        return _Said(status=Status.OMISSION, reason="unresolved-date", detail=detail, found=text)
    resolved = exprs[0].resolve(anchor)
    agrees = resolved.agrees_with(expected)
    said = resolved.describe()
    if agrees is None:
        detail = f"{text!r} cannot be dated: the source carries no date of its own"
        return _Said(status=Status.OMISSION, reason="unresolved-date", detail=detail, found=text)
    if agrees:
        detail = f"{text!r} agrees at the precision it gives"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=said)
    detail = f"the extractor dates the event {said} ({text!r}), not {expected.isoformat()}"
    return _Said(status=Status.CONTRADICTION, reason="value", detail=detail, found=said)


def _role(spec: RoleSpec, value: str) -> _Said:
    forms = (spec.person, *spec.person_aliases)
    words = _words(value)
    if any(_contains(words, _words(form)) for form in forms):
        detail = f"{value!r} is the declared person"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=value)
    near = _misspelt_form(value, forms, ())
    if near is not None:
        return _misspelling(value, near)
    detail = f"the extractor names {value!r} as {spec.role!r}, not {spec.person!r}"
    return _Said(status=Status.CONTRADICTION, reason="role", detail=detail, found=value)


def _name(spec: NameSpec, value: str) -> _Said:
    forms = (spec.value, *spec.variants)
    words = _words(value)
    if any(words == _words(form) for form in forms):
        detail = f"spelled {value!r}"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=value)
    if set(words) - TITLES and any(_contains(_words(form), words) for form in forms):
        detail = f"{value!r} is a part of the declared name, spelled as declared"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=value)
    near = _misspelt_form(value, forms, spec.not_misspellings)
    if near is not None:
        return _misspelling(value, near)
    detail = f"the extractor says {value!r} where {spec.value!r} is expected"
    return _Said(status=Status.CONTRADICTION, reason="value", detail=detail, found=value)


def _misspelling(value: str, form: str) -> _Said:
    detail = f"{value!r} looks like a misspelling of {form!r}: did you mean {form!r}?"
    return _Said(
        status=Status.CONTRADICTION,
        reason="misspelling",
        detail=detail,
        found=value,
        suggestion=form,
    )


def _misspelt_form(value: str, forms: Iterable[str], allowed: Iterable[str]) -> str | None:
    """The declared form ``value`` misspells: the same words but for near misses by the name
    checker's rule, each word compared with the word at its place."""
    words = _words(value)
    allowed_words = {word for phrase in allowed for word in _words(phrase)}
    for form in forms:
        targets = _words(form)
        if len(targets) != len(words):
            continue
        misses = [
            (word, target) for word, target in zip(words, targets, strict=True) if word != target
        ]
        if misses and all(
            word not in allowed_words
            and misspelt_target(word, [target], len(targets) > 1) == target
            for word, target in misses
        ):
            return form
    return None


def _claim(spec: ClaimSpec, value: str) -> _Said:
    stated = _variants_stated(spec, value)
    competing = [name for name in stated if name != spec.expected]
    if competing:
        detail = f"the extractor states the competing variant {competing[0]!r}"
        return _Said(
            status=Status.CONTRADICTION, reason="variant", detail=detail, found=competing[0]
        )
    if stated:
        detail = "the extractor states the expected variant"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=spec.expected)
    declared = ", ".join(repr(variant.name) for variant in spec.variants)
    detail = (
        f"{value!r} is none of the declared variants ({declared}); "
        "declare it as a phrase of the variant it means"
    )
    return _Said(status=Status.CONTRADICTION, reason="variant", detail=detail, found=value)


def _variants_stated(spec: ClaimSpec, value: str) -> list[str]:
    """The variants ``value`` names exactly (its name or a phrase), else those it contains."""
    words = _words(value)
    exact = [
        variant.name
        for variant in spec.variants
        if any(words == _words(form) for form in (variant.name, *variant.phrases))
    ]
    if exact:
        return exact
    text = fold(value).text
    return [variant.name for variant in spec.variants if _variant_regex(variant).search(text)]


def _variant_regex(variant: Variant) -> re.Pattern[str]:
    parts = [phrase_pattern(phrase) for phrase in variant.phrases]
    parts += [f"(?:{pattern})" for pattern in variant.patterns]
    if not parts:
        return re.compile(r"(?!)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the loader checked the patterns
        return re.compile("|".join(parts), re.IGNORECASE)


def _mention(spec: MentionSpec, value: object) -> _Said:
    if value is True:
        return _Said(
            status=Status.MATCH, reason="stated", detail="the extractor says so", found=spec.value
        )
    if value is False:
        detail = "the extractor says it is not mentioned"
        return _Said(status=Status.OMISSION, reason="not-stated", detail=detail)
    text = _text(value)
    for alias in (spec.value, *spec.aliases):
        same = (
            fold(text).text.strip() == alias if is_acronym(alias) else _words(text) == _words(alias)
        )
        if same:
            detail = f"the extractor mentions {text!r}"
            return _Said(status=Status.MATCH, reason="stated", detail=detail, found=text)
    detail = f"the extractor says {text!r} where {spec.value!r} is expected"
    return _Said(status=Status.CONTRADICTION, reason="value", detail=detail, found=text)


def _text(value: object) -> str:
    return value if isinstance(value, str) else str(value)


def _words(text: str) -> list[str]:
    """The words of ``text``, folded, lower-cased, without possessive endings:
    "Gen. Hulusi Akar" -> gen hulusi akar, "Putin's" -> putin."""
    return _WORD.findall(_POSSESSIVE.sub("", fold(text).text.lower()))


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return size > 0 and any(words[i : i + size] == part for i in range(len(words) - size + 1))


# --- values and sources -----------------------------------------------------------------------


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


def _as_extracted(raw: object, source: Source) -> tuple[Extracted, str | None]:
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


def _evidence(extracted: Extracted, source: Source, status: Status) -> tuple[Evidence, ...]:
    if extracted.start is None or extracted.end is None or not source.text:
        return ()
    stance = {
        Status.MATCH: Stance.SUPPORTS,
        Status.CONTRADICTION: Stance.CONFLICTS,
        Status.OMISSION: Stance.CONTEXT,
    }[status]
    return (source.evidence(extracted.start, extracted.end, stance),)


def _by_name(sources: Iterable[Source]) -> dict[str, Source]:
    """Sources by id, then path, then label; the first given wins a shared name."""
    named: dict[str, Source] = {}
    kept = list(sources)
    for key in ("id", "path", "label"):
        for source in kept:
            named.setdefault(getattr(source, key), source)
    return named


def _source_for(source_id: str, texts: Mapping[str, Source]) -> Source:
    known = texts.get(source_id) or texts.get(os.path.normpath(source_id))
    if known is None:
        return Source.from_text(id=source_id, text="")
    return dataclasses.replace(known, id=source_id)


def texts_for(expectations: Expectations, outputs: Outputs) -> tuple[Source, ...]:
    """The expectation file's own sources when some output value gives a span, else none.

    Sources matter only for span evidence; a file whose ``sources`` match nothing gives none.
    Unreadable sources raise :class:`~factcheck.errors.SourceError`.
    """
    spans = any(
        isinstance(raw, Mapping) and "start" in raw
        for values in outputs.values()
        for raw in values.values()
    )
    if not spans or not expectations.sources:
        return ()
    from factcheck.sources import default_sources, read_sources

    try:
        paths = default_sources(expectations)
    except UsageError:
        return ()
    return read_sources(paths)


# --- files ------------------------------------------------------------------------------------


def read_outputs(path: str | os.PathLike[str]) -> dict[str, dict[str, object]]:
    """Extractor outputs from a ``.json`` file (``{source: {fact: value}}``) or a ``.jsonl`` file
    (one object per line with ``source`` or ``id`` and the fact keys).

    Raises :class:`ExtractionError` with every problem as ``path:line:col: message``.
    """
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
    return outputs


Parsed = tuple[dict[str, dict[str, object]], list[Problem]]


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
