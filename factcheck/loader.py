"""YAML expectation files -> validated :class:`~factcheck.model.Expectations`.

The only module that touches yaml and jsonschema. The text is composed into PyYAML nodes,
turned into plain data by hand (so every value keeps its line and column), validated against
the shipped JSON Schema, checked for what a schema cannot say (unique ids, real dates, claim
values among their variants, compilable patterns), and only then built into frozen facts.
Every problem found is reported at once, as :class:`~factcheck.errors.ExpectationError`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import difflib
import functools
import importlib.resources
import json
import math
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from yaml.error import Mark

from factcheck.clock import parse_minute
from factcheck.errors import ExpectationError, Problem
from factcheck.match.document import cue_problem, cue_words
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Expectations,
    Fact,
    FactSpec,
    Location,
    MentionSpec,
    NameSpec,
    Period,
    QuantitySpec,
    RoleSpec,
    TimeSpec,
    Variant,
    show_amount,
)
from factcheck.user_patterns import pattern_error
from factcheck.yamlfile import (
    At,
    MarkedTree,
    compose,
    describe,
    did_you_mean,
    prefixed,
    problem_at,
    read_text,
    sorted_unique,
    where,
)

__all__ = ["load", "load_with_warnings", "loads", "loads_with_warnings"]

MAX_AMOUNT = 1e18  # the largest count or amount a quantity fact may declare
_AMOUNT_TEXT = re.compile(r"[0-9][0-9,]*(\.[0-9]+)?( (thousand|million|billion))?")
_PERIOD = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
    "null": "nothing",
}


def load(path: str | os.PathLike[str]) -> Expectations:
    """Read and validate the expectation file at ``path``."""
    name = os.fspath(path)
    return loads(read_text(name, ExpectationError, "an expectation file"), name)


def loads(text: str, path: str = "<string>") -> Expectations:
    """Validate expectation-file ``text``; ``path`` is used in problems and kept as given."""
    return loads_with_warnings(text, path)[0]


def load_with_warnings(path: str | os.PathLike[str]) -> tuple[Expectations, list[Problem]]:
    """:func:`load`, and the warnings of :func:`loads_with_warnings`."""
    name = os.fspath(path)
    return loads_with_warnings(read_text(name, ExpectationError, "an expectation file"), name)


def loads_with_warnings(text: str, path: str = "<string>") -> tuple[Expectations, list[Problem]]:
    """:func:`loads`, and the warnings about a valid file: a cue that can never match (it has
    no letter or digit once folded, or letters no word of a text is made of)."""
    tree, data = compose(text, path, ExpectationError, "a mapping with 'event' and 'facts'")
    problems = [*tree.problems, *_schema_problems(tree, data), *_semantic_problems(tree, data)]
    if problems:
        raise ExpectationError(sorted_unique(problems))
    return _expectations(tree, data), sorted_unique(list(_cue_warnings(tree, data)))


# --- schema violations -> messages for people --------------------------------------------------


@functools.cache
def _validator() -> Draft202012Validator:
    resource = importlib.resources.files("factcheck") / "schema" / "expectations.schema.json"
    return Draft202012Validator(json.loads(resource.read_text(encoding="utf-8")))


# kinds newcomers write, and the kind they mean
_QUANTITY = "a count or an amount is kind 'quantity'"
_PERSON = "a person with a title is kind 'role'; how a name is spelled, kind 'name'"
_PLACE = "a name whose spelling matters is kind 'name'; one that only has to be there, 'mention'"
KIND_HINTS = {
    "number": _QUANTITY,
    "count": _QUANTITY,
    "amount": _QUANTITY,
    "integer": _QUANTITY,
    "total": _QUANTITY,
    "figure": _QUANTITY,
    "person": _PERSON,
    "people": _PERSON,
    "title": _PERSON,
    "place": _PLACE,
    "location": _PLACE,
    "organisation": _PLACE,
    "organization": _PLACE,
    "cause": "competing accounts (a cause, a reason) are kind 'claim'",
    "reason": "competing accounts (a cause, a reason) are kind 'claim'",
    "time": "a day, month or year is kind 'date'",
    "day": "a day, month or year is kind 'date'",
}


def _misspelt_key(key: str, instance: Any, schema: dict[str, Any]) -> str | None:
    """The key written where a required ``key`` is missing, when it is close to it: 'knd'."""
    if not isinstance(instance, dict):
        return None
    known = set(schema.get("properties", {}))
    unknown = [written for written in instance if written not in known]
    close = difflib.get_close_matches(key, unknown, n=1, cutoff=0.7)
    return close[0] if close else None


def _schema_problems(tree: MarkedTree, data: Any) -> Iterator[Problem]:
    for error in _validator().iter_errors(data):
        at: At = tuple(error.absolute_path)
        if at in tree.broken:
            continue
        for mark, message in _explain(tree, error, at):
            yield problem_at(tree.path, mark, message)


def _explain(tree: MarkedTree, error: ValidationError, at: At) -> Iterator[tuple[Mark, str]]:
    """One message per thing wrong: an error for two unknown keys gives two problems."""
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    keyword, title, mark = str(error.validator), schema.get("title", ""), tree.mark(at)
    instance: Any = error.instance
    limit: Any = error.validator_value
    got = describe(tree.nodes[at]) if at in tree.nodes else repr(instance)
    custom: str | None = schema.get("x-messages", {}).get(keyword)
    if custom is not None:
        yield mark, custom.format(where=where(at) or "top level", got=got)
    elif keyword == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for key in instance:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f"expected one of: {', '.join(allowed)}"
                message = f"unknown key {key!r} for {title}; {hint}"
                yield tree.key_marks[(*at, key)], prefixed(at, message)
    elif keyword == "required":
        for key in limit:
            if key not in instance:
                message = f"{key!r} is required for {title}"
                written = _misspelt_key(key, instance, schema)
                if written is None:
                    yield mark, prefixed(at, message)
                else:  # "knd: quantity": point at the misspelt key
                    hint = f"; did you mean {key!r} where {written!r} is written?"
                    yield tree.key_marks[(*at, written)], prefixed(at, message + hint)
    elif keyword == "type":
        wanted = " or ".join(_TYPE_NAMES[t] for t in ([limit] if isinstance(limit, str) else limit))
        quote = wanted == "a string" and isinstance(instance, bool | int | float)
        hint = "; put it in quotes if you mean the text" if quote else ""
        yield mark, prefixed(at, f"expected {wanted}, got {got}{hint}")
    elif keyword == "enum":
        choices = [str(choice) for choice in limit]
        field = at[-1] if at and isinstance(at[-1], str) else "value"
        close = did_you_mean(instance, choices) if isinstance(instance, str) else None
        if field == "kind" and isinstance(instance, str):
            close = KIND_HINTS.get(instance.strip().lower(), close)
        hint = close or f"expected one of: {', '.join(choices)}"
        yield mark, prefixed(at, f"unknown {field} {got}; {hint}")
    elif keyword == "minItems":
        yield mark, prefixed(at, "must not be empty" if limit == 1 else f"needs {limit} items")
    elif keyword == "minimum":
        yield mark, prefixed(at, f"must be at least {limit}, got {got}")
    else:  # not used by the shipped schema; jsonschema's own words beat silence
        yield mark, prefixed(at, error.message)


# --- what a schema cannot say -------------------------------------------------------------------


def _semantic_problems(tree: MarkedTree, data: dict[str, Any]) -> Iterator[Problem]:
    def problem(at: At, message: str) -> Problem:
        return problem_at(tree.path, tree.mark(at), prefixed(at, message))

    if (error := _date_error(data.get("date"))) is not None:
        yield problem(("date",), error)
    facts = data.get("facts")
    first_ids: dict[str, At] = {}
    for index, fact in enumerate(facts if isinstance(facts, list) else []):
        if not isinstance(fact, dict):
            continue
        at: At = ("facts", index)
        fact_id = fact.get("id")
        if isinstance(fact_id, str) and fact_id in first_ids:
            line = tree.mark(first_ids[fact_id]).line + 1
            message = f"duplicate fact id {fact_id!r}; first declared at line {line}"
            yield problem((*at, "id"), message)
        elif isinstance(fact_id, str):
            first_ids[fact_id] = (*at, "id")
        for key in ("value", "when"):
            value = fact.get(key) if fact.get("kind") in ("date", "quantity") else None
            if isinstance(value, str) and (error := _date_error(value)) is not None:
                yield problem((*at, key), error)
        named = fact.get("aliases") if fact.get("kind") == "date" else None
        for phrase, day in named.items() if isinstance(named, dict) else ():
            if (error := _date_error(day)) is not None:
                yield problem((*at, "aliases", phrase), error)
        if fact.get("kind") == "quantity":
            yield from (problem(path, message) for path, message in _number_errors(fact, at))
        low_high = fact.get("range")
        if fact.get("kind") == "quantity" and isinstance(low_high, list) and len(low_high) == 2:
            low, high = (_amount(v) for v in low_high)
            if low is not None and high is not None and low > high:
                yield problem((*at, "range"), f"low {low_high[0]} is above high {low_high[1]}")
        if fact.get("kind") == "claim":
            yield from (problem(path, message) for path, message in _claim_errors(fact, at))


def _cue_warnings(tree: MarkedTree, data: dict[str, Any]) -> Iterator[Problem]:
    for index, fact in enumerate(data["facts"]):
        for number, cue in enumerate(fact.get("cues") or ()):
            if (message := cue_problem(cue)) is not None:
                at: At = ("facts", index, "cues", number)
                yield problem_at(tree.path, tree.mark(at), prefixed(at, f"warning: {message}"))
        if (message := _zones_problem(fact.get("zones") or ())) is not None:
            at = ("facts", index, "zones")
            yield problem_at(tree.path, tree.mark(at), prefixed(at, f"warning: {message}"))


def _zones_problem(zones: Any) -> str | None:
    """Why a time fact's ``zones`` may mislead: two zones of different fixed offsets, whose
    times are both compared as the event's own clock."""
    from factcheck.clock import zone_offset

    offsets = {
        zone: offset
        for zone in zones
        if isinstance(zone, str) and (offset := zone_offset(zone)) is not None
    }
    if len(set(offsets.values())) < 2:
        return None
    shown = ", ".join(f"{zone} (UTC{offset / 60:+g})" for zone, offset in offsets.items())
    return (
        f"the zones {shown} are clocks of different offsets, yet a time in any of them is "
        "compared as the event's own: list the event's zone alone (times of other zones of "
        "fixed offset are converted to it)"
    )


def _number_errors(fact: dict[str, Any], at: At) -> Iterator[tuple[At, str]]:
    """NaN, infinities and numbers too large to compare (a 400-digit count) in a quantity."""
    low_high = fact.get("range")
    amounts: list[tuple[At, Any]] = [((*at, "value"), fact.get("value"))]
    if isinstance(low_high, list):
        amounts += [((*at, "range", index), bound) for index, bound in enumerate(low_high)]
    for path, value in amounts:
        if (error := _amount_error(value)) is not None:
            yield path, error
    tolerance = fact.get("tolerance")
    if isinstance(tolerance, float) and math.isnan(tolerance):  # the schema's bounds let NaN by
        yield (*at, "tolerance"), "expected a fraction from 0 to 1, got .nan (not a number)"


def _amount_error(value: Any) -> str | None:
    """Why an amount the schema lets through cannot be used; None if it can (or is ill-formed:
    the schema says why)."""
    if isinstance(value, float) and math.isnan(value):
        return "expected a number such as 3, 284.46 or '8.7 million', got .nan (not a number)"
    if isinstance(value, bool) or not isinstance(value, int | float | str) or value in ("", -1e999):
        return None  # not an amount, or negative: the schema says why
    if isinstance(value, float) and math.isinf(value):
        return "expected a finite number, got .inf (infinity)"
    if isinstance(value, str) and not _AMOUNT_TEXT.fullmatch(value):
        return None
    amount = value if isinstance(value, int | float) else _amount(value)
    if amount is None or (amount is not None and not abs(amount) <= MAX_AMOUNT):
        shown = value if len(str(value)) <= 20 else f"{str(value)[:17]}..."
        return f"{shown} is too large: amounts go up to {MAX_AMOUNT:.0e}"
    return None


def _date_error(value: Any) -> str | None:
    """Why a well-formed ``YYYY[-MM[-DD]]`` is no real date; None if it is one or is ill-formed."""
    if not isinstance(value, str) or not _PERIOD.fullmatch(value):
        return None
    year, month, day = ([int(part) for part in value.split("-")] + [1, 1])[:3]
    if year == 0:
        reason = "there is no year 0"
    elif not 1 <= month <= 12:
        reason = f"there is no month {month}"
    elif day == 0:
        reason = "there is no day 0"
    elif day > (days := calendar.monthrange(year, month)[1]):
        reason = f"{year:04d}-{month:02d} has only {days} days"
    else:
        return None
    return f"{value!r} is not a real calendar date: {reason}"


def _claim_errors(fact: dict[str, Any], at: At) -> Iterator[tuple[At, str]]:
    variants = fact.get("variants")
    if not isinstance(variants, dict):
        return
    value = fact.get("value")
    if isinstance(value, str) and variants and value not in variants:
        names = list(variants)
        hint = did_you_mean(value, names) or f"expected one of: {', '.join(map(repr, names))}"
        yield (*at, "value"), f"{value!r} is not one of this claim's variants; {hint}"
    for name, variant in variants.items():
        patterns = variant.get("patterns") if isinstance(variant, dict) else None
        for index, pattern in enumerate(patterns if isinstance(patterns, list) else []):
            if isinstance(pattern, str) and (error := pattern_error(pattern)) is not None:
                yield (*at, "variants", name, "patterns", index), error


# --- valid data -> frozen values ------------------------------------------------------------------


def _expectations(tree: MarkedTree, data: dict[str, Any]) -> Expectations:
    sources = data.get("sources", ())
    date = data.get("date")
    facts = tuple(_fact(tree, raw, ("facts", i)) for i, raw in enumerate(data["facts"]))
    if date is not None:  # a count belongs to the event's time unless it says otherwise
        facts = tuple(_with_default_when(fact, Period.parse(date)) for fact in facts)
    return Expectations(
        path=tree.path,
        event=data["event"],
        facts=facts,
        sources=(sources,) if isinstance(sources, str) else tuple(sources),
        reference_date=dt.date.fromisoformat(date) if date is not None else None,
        description=data.get("description", ""),
    )


def _with_default_when(fact: Fact, when: Period) -> Fact:
    spec = fact.spec
    if isinstance(spec, QuantitySpec) and spec.when is None:
        return dataclasses.replace(fact, spec=dataclasses.replace(spec, when=when))
    return fact


def _fact(tree: MarkedTree, raw: dict[str, Any], at: At) -> Fact:
    spec, expected = _SPECS[raw["kind"]](raw)
    mark = tree.mark(at)
    return Fact(
        id=raw["id"],
        kind=raw["kind"],
        expected=expected,
        spec=spec,
        description=raw.get("description") or "",
        location=Location(path=tree.path, line=mark.line + 1, column=mark.column + 1),
    )


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(raw.get(key) or ())


def _subjects(raw: dict[str, Any]) -> tuple[str, ...]:
    """The subjects as the text's words are compared with them: folded, lower case, cut as the
    text is cut ("U.S." -> "u.s", "Bogotá" -> "bogota"; see :func:`cue_words`)."""
    return tuple(" ".join(cue_words(subject)) for subject in _strings(raw, "subjects"))


def _amount(value: Any) -> float | None:
    """``3``, ``284.46``, ``"28,156"`` or ``"8.7 million"`` as a number (None if none)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if not isinstance(value, str):
        return None
    number, _, scale = value.partition(" ")
    try:
        amount = float(number.replace(",", "")) * _SCALES.get(scale, 1)
    except ValueError:
        return None
    return amount if math.isfinite(amount) else None


def _rounding(value: Any) -> float:
    """Half a unit of the last digit of a value written with a scale word ("8.7 million":
    50,000; "121 billion": 500 million), when that is at most 1% of it; 0 for any other value,
    which is exact."""
    if not isinstance(value, str) or " " not in value:
        return 0.0
    number, _, scale = value.partition(" ")
    if scale not in _SCALES:
        return 0.0
    decimals = len(number.partition(".")[2])
    half = 0.5 * 10.0**-decimals * _SCALES[scale]
    amount = _amount(value) or 0.0
    # only a figure of some precision is taken as rounded: "121 billion" (0.4%) and "8.7
    # million" (0.6%) are; "2 million" (25%) is the file's exact figure, which "2.4 million"
    # contradicts
    return half if half <= amount * ROUNDED_AT_MOST else 0.0


ROUNDED_AT_MOST = 0.01  # the share of a value its rounding may be, for it to count as rounded


def _quantity(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    unit = raw.get("unit", "")
    if "range" in raw:
        low, high = (_amount(v) or 0.0 for v in raw["range"])
        expected = f"{show_amount(low, unit)} to {show_amount(high, unit)}"
    else:
        low = high = _amount(raw["value"]) or 0.0
        expected = show_amount(low, unit)
        rounding = _rounding(raw["value"])
        # a figure written with a scale word is as rounded as the same words in a source:
        # "121 billion" is 120.5 to 121.5 billion, so "more than $121 billion" agrees; kept
        # short of the halves, so that "$120 billion" (119.5 to 120.5) does not
        low, high = low - rounding * (1 - 1e-9), high + rounding * (1 - 1e-9)
    tolerance = float(raw.get("tolerance", 0.0))
    if tolerance:
        expected += f" (±{tolerance:.0%})"
    spec = QuantitySpec(
        low=low,
        high=high,
        tolerance=tolerance,
        unit=unit,
        cues=_strings(raw, "cues"),
        subjects=_subjects(raw),
        when=Period.parse(str(raw["when"])) if "when" in raw else None,
        exclude=_strings(raw, "exclude"),
    )
    return spec, expected


def _date(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    value = Period.parse(str(raw["value"]))
    named = raw.get("aliases") or ()
    aliases = (
        tuple((phrase, Period.parse(str(day))) for phrase, day in named.items())
        if isinstance(named, dict)
        else tuple((phrase, value) for phrase in named)
    )
    spec = DateSpec(
        value=value, cues=_strings(raw, "cues"), subjects=_subjects(raw), aliases=aliases
    )
    return spec, value.isoformat()


def _time(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    tolerance = _minutes(raw.get("tolerance", "0min"))
    spec = TimeSpec(
        value=parse_minute(raw["value"]),
        tolerance=tolerance,
        cues=_strings(raw, "cues"),
        subjects=_strings(raw, "subjects"),
        zones=_strings(raw, "zones"),
    )
    return spec, raw["value"] + (f" (±{tolerance} min)" if tolerance else "")


def _minutes(text: str) -> int:
    """ "15min", "15 minutes", "1h", "2 hours" -> minutes (the schema has checked the form)."""
    match = re.fullmatch(r"([0-9]+) ?([a-z]+)", text)
    assert match is not None  # the schema allows no other form
    return int(match[1]) * (60 if match[2].startswith("h") else 1)


def _role(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    spec = RoleSpec(
        person=raw["person"],
        person_aliases=_strings(raw, "aliases"),
        role=raw["role"],
        role_aliases=_strings(raw, "role_aliases"),
    )
    return spec, f"{spec.person}, {spec.role}"


def _name(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    spec = NameSpec(
        value=raw["value"],
        variants=_strings(raw, "variants"),
        not_misspellings=_strings(raw, "allow"),
    )
    return spec, spec.value


def _claim(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    by = _strings(raw, "by")  # the fact's speakers, for every variant that names none
    variants = tuple(_variant(name, body, by) for name, body in raw["variants"].items())
    return ClaimSpec(expected=raw["value"], variants=variants), raw["value"]


def _variant(name: str, body: list[str] | dict[str, Any], by: tuple[str, ...]) -> Variant:
    if isinstance(body, list):
        return Variant(name=name, phrases=tuple(body), by=by)
    return Variant(
        name=name,
        phrases=_strings(body, "phrases"),
        patterns=_strings(body, "patterns"),
        by=_strings(body, "by") or by,
    )


def _mention(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    spec = MentionSpec(value=raw["value"], aliases=_strings(raw, "aliases"))
    return spec, spec.value


_SPECS: dict[str, Callable[[dict[str, Any]], tuple[FactSpec, str]]] = {
    "quantity": _quantity,
    "date": _date,
    "time": _time,
    "role": _role,
    "name": _name,
    "claim": _claim,
    "mention": _mention,
}


# --- small helpers --------------------------------------------------------------------------------
