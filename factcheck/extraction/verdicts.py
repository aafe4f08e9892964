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

Counts are read as text is read ("$284 billion" allows its rounding, "more than $284 billion"
anything above). Evidence is the value's span of the source text when the output gives one and
the text is known; otherwise evidence is empty and ``found`` carries the value. A span whose
words do not state the value keeps the verdict, but its words become context, never evidence,
and the detail says what they read (:func:`misplaced_span`). When texts are given, every output
source must name one of them. The result is an ordinary
:class:`~factcheck.model.Report`, so every renderer and baselines work on it unchanged.

The outputs themselves (their shape, their files, the texts they point into) are
:mod:`factcheck.extraction.outputs`; its public names are re-exported here (``name as name``).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from factcheck.clock import find_times, show_minute
from factcheck.dates import find_dates
from factcheck.errors import Problem
from factcheck.extraction.outputs import SOURCE_KEYS as SOURCE_KEYS
from factcheck.extraction.outputs import Extracted as Extracted
from factcheck.extraction.outputs import ExtractionError as ExtractionError
from factcheck.extraction.outputs import Outputs as Outputs
from factcheck.extraction.outputs import (
    extracted_value,
    source_for,
    sources_by_name,
    unknown_source,
)
from factcheck.extraction.outputs import read_outputs as read_outputs
from factcheck.extraction.outputs import texts_for as texts_for
from factcheck.extraction.outputs import unknown_keys as unknown_keys
from factcheck.extraction.outputs import value_problem as value_problem
from factcheck.extraction.spans import Alignment, Reading, SpanKind, check_span
from factcheck.match.document import Document, phrase_pattern
from factcheck.match.mention import is_acronym
from factcheck.match.name import TITLES, misspelt_target
from factcheck.match.numbers import SCALES, VAGUE, Count, counts_in, number_value
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Expectations,
    Fact,
    Location,
    MentionSpec,
    NameSpec,
    Period,
    QuantitySpec,
    Report,
    RoleSpec,
    Source,
    Stance,
    Status,
    TimeSpec,
    Variant,
    Verdict,
    show_amount,
)
from factcheck.normalize import fold

_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"'s?\b")
_NUMBER = re.compile(r"[A-Za-z0-9]+(?:[.,-][A-Za-z0-9]+)*")
_SCALE = re.compile(r"\s+(" + "|".join(SCALES) + r")\b", re.IGNORECASE)
_MISPLACED = "; but "  # joins a verdict's detail and the note of a span not holding the value
_STANCES = {  # the stance of an extracted value's span, by its verdict
    Status.MATCH: Stance.SUPPORTS,
    Status.CONTRADICTION: Stance.CONFLICTS,
    Status.OMISSION: Stance.CONTEXT,
}


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
    expectations: Expectations,
    outputs: Outputs,
    sources: Iterable[Source] = (),
    *,
    places: Mapping[str, Location] | None = None,
    require_texts: bool = False,
) -> Report:
    """One verdict per (fact, output source), ordered by source then fact, as ``check`` does.

    ``sources`` are the texts the outputs were extracted from, found by id, path or label (the
    file name without extension). When texts are given (or ``require_texts``), an output source
    naming none of them is an error at its place in ``places`` (``path:line:col`` of the
    outputs file); with no texts at all, each output source gets a text-less Source.
    Raises :class:`ExtractionError` listing every unknown source and malformed value.
    """
    texts = sources_by_name(sources)
    problems: list[Problem] = []
    kept: list[Source] = []
    verdicts: list[Verdict] = []
    for source_id, values in outputs.items():
        source = source_for(source_id, texts)
        if (texts or require_texts) and not source.text:
            problems.append(unknown_source(source_id, texts, places or {}))
            continue
        kept.append(source)
        for fact in expectations.facts:
            extracted, problem = extracted_value(values.get(fact.id), source)
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
    evidence = extracted.evidence(source, _STANCES[said.status])
    detail = said.detail
    span = span_alignment(fact, extracted, source)
    if span is not None and span.kind is SpanKind.NOT_THE_VALUE:
        # the span quotes other words: shown for what it is, never as the value's evidence
        evidence = extracted.evidence(source, Stance.CONTEXT)
        detail = f"{detail}{_MISPLACED}{span.detail}"
    return Verdict(
        fact=fact.id,
        source=source.id,
        status=said.status,
        reason=said.reason,
        expected=fact.expected,
        found=said.found,
        detail=detail,
        suggestion=said.suggestion,
        evidence=evidence,
    )


def misplaced_span(verdict: Verdict) -> str | None:
    """What the span of ``verdict`` reads when it does not hold the value, else ``None``."""
    if _MISPLACED not in verdict.detail:
        return None
    return verdict.detail.rsplit(_MISPLACED, 1)[1]


def span_alignment(fact: Fact, extracted: Extracted, source: Source) -> Alignment | None:
    """How the extractor's span holds its value (``None`` with no span or no text)."""
    if extracted.start is None or extracted.end is None or not source.text:
        return None
    return check_span(
        extracted.value, extracted.start, extracted.end, source, reading(fact, source)
    )


def reading(fact: Fact, source: Source) -> Reading:
    """What the fact's rules make of some words: the value they state, ``None`` for nothing."""

    def read(words: str) -> tuple[str, str | None] | None:
        if not words.strip():
            return None
        said = _judge_value(fact, words, source)
        return None if said.status is Status.OMISSION else (said.status.value, said.found)

    return read


def _judge_value(fact: Fact, value: object, source: Source) -> _Said:
    spec = fact.spec
    if isinstance(spec, QuantitySpec):
        return _quantity(spec, value)
    if isinstance(spec, DateSpec):
        return _date(spec.value, value, source.date)
    if isinstance(spec, TimeSpec):
        return _time(spec, _text(value))
    if isinstance(spec, RoleSpec):
        return _role(spec, _text(value))
    if isinstance(spec, NameSpec):
        return _name(spec, _text(value))
    if isinstance(spec, ClaimSpec):
        return _claim(spec, _text(value))
    assert isinstance(spec, MentionSpec)
    return _mention(spec, value)


def _quantity(spec: QuantitySpec, value: object) -> _Said:
    count = _reading_count(value, spec.unit)
    if count is None or count.vague:
        vague = _text(value).lower() in VAGUE or (count is not None and count.vague)
        detail = f"{_text(value)!r} is {'a vague count' if vague else 'not a count'}"
        return _Said(status=Status.OMISSION, reason="not-stated", detail=detail, found=_text(value))
    said = count.show(spec.unit)
    if count.meets(spec.low * (1 - spec.tolerance), spec.high * (1 + spec.tolerance)):
        return _Said(status=Status.MATCH, reason="stated", detail="the count agrees", found=said)
    expected = show_amount(spec.low, spec.unit)
    if spec.high != spec.low:
        expected += f" to {show_amount(spec.high, spec.unit)}"
    detail = f"the extractor says {said} where {expected} is expected"
    return _Said(status=Status.CONTRADICTION, reason="value", detail=detail, found=said)


def _reading_count(value: object, unit: str) -> Count | None:
    """The count a value states, read as text is ("more than $284 billion" is above
    284,000,000,000; "$284 billion" allows its rounding), with or without the fact's unit."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return Count(first=0, index=0, last=0, value=number, low=number, high=number)
    text = _text(value)
    doc = Document(Source.from_text(id="value", text=text))
    tokens = doc.tokens_between(0, len(text))
    for reading_unit in dict.fromkeys((unit, "")):
        counts = counts_in(doc, tokens, 0, len(text), unit=reading_unit)
        if counts:
            return counts[0]
    read = _count(value)
    if read is None:
        return None
    return Count(first=0, index=0, last=0, value=read, low=read, high=read)


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


def _time(spec: TimeSpec, value: str) -> _Said:
    """ "00:41", "12:41 a.m.", "about 4.45am": agreement within the fact's tolerance."""
    times = find_times(value, 0, len(value))
    if not times:
        detail = f"{value!r} is not a time of day factcheck can read"
        return _Said(status=Status.OMISSION, reason="not-stated", detail=detail, found=value)
    said = times[0].describe()
    if times[0].agrees_with(spec.value, spec.tolerance):
        detail = f"{value!r} agrees with {show_minute(spec.value)}"
        return _Said(status=Status.MATCH, reason="stated", detail=detail, found=said)
    detail = f"the extractor gives {said} ({value!r}) where {show_minute(spec.value)} is expected"
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
