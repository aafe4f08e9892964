"""YAML expectation files -> validated :class:`~factcheck.model.Expectations`.

The only module that touches yaml and jsonschema. The text is composed into PyYAML nodes,
turned into plain data by hand (so every value keeps its line and column), validated against
the shipped JSON Schema, checked for what a schema cannot say (unique ids, real dates, claim
values among their variants, compilable patterns), and only then built into frozen facts.
Every problem found is reported at once, as :class:`~factcheck.errors.ExpectationError`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import importlib.resources
import json
import os
import pathlib
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import yaml
from jsonschema import Draft202012Validator, ValidationError
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import ExpectationError, Problem
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Expectations,
    Fact,
    FactSpec,
    Location,
    MentionSpec,
    NameSpec,
    QuantitySpec,
    RoleSpec,
    Variant,
)

__all__ = ["load", "loads"]

At = tuple[str | int, ...]  # where a value sits: ("facts", 2, "value")

_TAG = "tag:yaml.org,2002:"
_MAX_NODES = 100_000  # more than any real file; stops alias bombs ("billion laughs")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
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
    try:
        data = pathlib.Path(name).read_bytes()
    except FileNotFoundError:
        raise ExpectationError([Problem(path=name, message="no such file")]) from None
    except IsADirectoryError:
        message = "is a directory, not an expectation file"
        raise ExpectationError([Problem(path=name, message=message)]) from None
    except OSError as error:
        message = f"cannot read: {error.strerror or error}"
        raise ExpectationError([Problem(path=name, message=message)]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = f"not UTF-8: byte 0x{data[error.start]:02x} cannot be decoded"
        problem = Problem(path=name, line=line, column=column, message=message)
        raise ExpectationError([problem]) from None
    return loads(text, name)


def loads(text: str, path: str = "<string>") -> Expectations:
    """Validate expectation-file ``text``; ``path`` is used in problems and kept as given."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        expected = "expected a mapping with 'event' and 'facts'"
        if root is None:
            raise ExpectationError([Problem(path=path, message=f"empty file: {expected}")])
        if not isinstance(root, MappingNode):
            message = f"top level: {expected}, got {_describe(root)}"
            raise ExpectationError([_problem_at(path, root.start_mark, message)])
        tree = _Tree(path)
        data = tree.build(root, ())
    except yaml.MarkedYAMLError as error:
        raise ExpectationError([_syntax_problem(path, error)]) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        raise ExpectationError([_reader_problem(path, text, error)]) from None
    except RecursionError:
        message = "nested too deeply to be an expectation file"
        raise ExpectationError([Problem(path=path, message=message)]) from None
    problems = [*tree.problems, *_schema_problems(tree, data), *_semantic_problems(tree, data)]
    if problems:
        raise ExpectationError(_sorted_unique(problems))
    return _expectations(tree, data)


# --- YAML nodes -> plain data, remembering where each value and key starts ---------------------


class _Tree:
    """Builds plain data from composed nodes and keeps a path -> node map for messages."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.nodes: dict[At, Node] = {}
        self.key_marks: dict[At, Mark] = {}
        self.problems: list[Problem] = []
        self.broken: set[At] = set()  # values already reported: the schema need not repeat it
        self._open: set[int] = set()  # ids of nodes being built: a repeat is a recursive alias
        self._count = 0
        scalars = yaml.constructor.SafeConstructor()
        self._construct: dict[str, Callable[[ScalarNode], Any]] = {
            "null": scalars.construct_yaml_null,
            "bool": scalars.construct_yaml_bool,
            "int": scalars.construct_yaml_int,
            "float": scalars.construct_yaml_float,
            "str": scalars.construct_yaml_str,
        }

    def mark(self, at: At) -> Mark:
        """Where the value at ``at`` starts (or its nearest enclosing value)."""
        while at not in self.nodes:
            at = at[:-1]
        return self.nodes[at].start_mark

    def problem(self, mark: Mark, message: str) -> None:
        self.problems.append(_problem_at(self.path, mark, message))

    def build(self, node: Node, at: At) -> Any:
        self.nodes[at] = node
        self._count += 1
        if self._count == _MAX_NODES:
            self.problem(node.start_mark, f"more than {_MAX_NODES} values: too many aliases?")
        if self._count >= _MAX_NODES:
            return None
        if id(node) in self._open:
            self.problem(node.start_mark, f"{_where(at)}: an alias refers to itself")
            return None
        self._open.add(id(node))
        try:
            if isinstance(node, MappingNode):
                return self._mapping(node, at)
            if isinstance(node, SequenceNode):
                return [self.build(item, (*at, index)) for index, item in enumerate(node.value)]
            assert isinstance(node, ScalarNode)
            return self._scalar(node, at)
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: MappingNode, at: At) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node.start_mark, f"{_where(at)}: a key must be a plain name")
                continue
            key: str = key_node.value  # raw text: 'yes:' or '2017:' stay names
            first = self.key_marks.get((*at, key))
            if first is not None:
                message = f"duplicate key {key!r}; first given at line {first.line + 1}"
                self.problem(key_node.start_mark, _prefixed(at, message))
                continue
            self.key_marks[(*at, key)] = key_node.start_mark
            result[key] = self.build(value_node, (*at, key))
        return result

    def _scalar(self, node: ScalarNode, at: At) -> Any:
        kind = node.tag.removeprefix(_TAG)
        if kind == "timestamp":  # keep dates as the ISO text they are; the schema checks them
            return node.value
        construct = self._construct.get(kind)
        if construct is None:
            self.problem(node.start_mark, _prefixed(at, f"unsupported YAML tag {node.tag!r}"))
            return node.value
        try:
            return construct(node)
        except Exception:  # an explicit tag on bad text: ValueError, KeyError, IndexError
            self.problem(node.start_mark, _prefixed(at, f"not a valid {kind}: {node.value!r}"))
            self.broken.add(at)
            return node.value


# --- schema violations -> messages for people --------------------------------------------------


@functools.cache
def _validator() -> Draft202012Validator:
    resource = importlib.resources.files("factcheck") / "schema" / "expectations.schema.json"
    return Draft202012Validator(json.loads(resource.read_text(encoding="utf-8")))


def _schema_problems(tree: _Tree, data: Any) -> Iterator[Problem]:
    for error in _validator().iter_errors(data):
        at: At = tuple(error.absolute_path)
        if at in tree.broken:
            continue
        for mark, message in _explain(tree, error, at):
            yield _problem_at(tree.path, mark, message)


def _explain(tree: _Tree, error: ValidationError, at: At) -> Iterator[tuple[Mark, str]]:
    """One message per thing wrong: an error for two unknown keys gives two problems."""
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    keyword, title, mark = str(error.validator), schema.get("title", ""), tree.mark(at)
    instance: Any = error.instance
    limit: Any = error.validator_value
    got = _describe(tree.nodes[at]) if at in tree.nodes else repr(instance)
    custom: str | None = schema.get("x-messages", {}).get(keyword)
    if custom is not None:
        yield mark, custom.format(where=_where(at) or "top level", got=got)
    elif keyword == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for key in instance:
            if key not in allowed:
                hint = _did_you_mean(key, allowed) or f"expected one of: {', '.join(allowed)}"
                message = f"unknown key {key!r} for {title}; {hint}"
                yield tree.key_marks[(*at, key)], _prefixed(at, message)
    elif keyword == "required":
        for key in limit:
            if key not in instance:
                yield mark, _prefixed(at, f"{key!r} is required for {title}")
    elif keyword == "type":
        wanted = " or ".join(_TYPE_NAMES[t] for t in ([limit] if isinstance(limit, str) else limit))
        quote = wanted == "a string" and isinstance(instance, bool | int | float)
        hint = "; put it in quotes if you mean the text" if quote else ""
        yield mark, _prefixed(at, f"expected {wanted}, got {got}{hint}")
    elif keyword == "enum":
        choices = [str(choice) for choice in limit]
        field = at[-1] if at and isinstance(at[-1], str) else "value"
        close = _did_you_mean(instance, choices) if isinstance(instance, str) else None
        hint = close or f"expected one of: {', '.join(choices)}"
        yield mark, _prefixed(at, f"unknown {field} {got}; {hint}")
    elif keyword == "minItems":
        yield mark, _prefixed(at, "must not be empty" if limit == 1 else f"needs {limit} items")
    elif keyword == "minimum":
        yield mark, _prefixed(at, f"must be at least {limit}, got {got}")
    else:  # not used by the shipped schema; jsonschema's own words beat silence
        yield mark, _prefixed(at, error.message)


# --- what a schema cannot say -------------------------------------------------------------------


def _semantic_problems(tree: _Tree, data: dict[str, Any]) -> Iterator[Problem]:
    def problem(at: At, message: str) -> Problem:
        return _problem_at(tree.path, tree.mark(at), _prefixed(at, message))

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
        if fact.get("kind") == "date" and (error := _date_error(fact.get("value"))) is not None:
            yield problem((*at, "value"), error)
        if fact.get("kind") == "claim":
            yield from (problem(path, message) for path, message in _claim_errors(fact, at))


def _date_error(value: Any) -> str | None:
    """Why a well-formed ``YYYY-MM-DD`` is no real date; None if it is one or is ill-formed."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    year, month, day = (int(part) for part in value.split("-"))
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
        hint = _did_you_mean(value, names) or f"expected one of: {', '.join(map(repr, names))}"
        yield (*at, "value"), f"{value!r} is not one of this claim's variants; {hint}"
    for name, variant in variants.items():
        patterns = variant.get("patterns") if isinstance(variant, dict) else None
        for index, pattern in enumerate(patterns if isinstance(patterns, list) else []):
            if isinstance(pattern, str) and (error := _regex_error(pattern)) is not None:
                yield (*at, "variants", name, "patterns", index), error


def _regex_error(pattern: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "possible nested set" and the like: valid, if odd
        try:
            re.compile(pattern)
        except re.error as error:
            return f"invalid regular expression: {error}"
    return None


# --- valid data -> frozen values ------------------------------------------------------------------


def _expectations(tree: _Tree, data: dict[str, Any]) -> Expectations:
    sources = data.get("sources", ())
    date = data.get("date")
    return Expectations(
        path=tree.path,
        event=data["event"],
        facts=tuple(_fact(tree, raw, ("facts", i)) for i, raw in enumerate(data["facts"])),
        sources=(sources,) if isinstance(sources, str) else tuple(sources),
        reference_date=dt.date.fromisoformat(date) if date is not None else None,
        description=data.get("description", ""),
    )


def _fact(tree: _Tree, raw: dict[str, Any], at: At) -> Fact:
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


def _quantity(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    spec = QuantitySpec(
        value=int(raw["value"]),  # the schema lets 3.0 through as an integer
        cues=_strings(raw, "cues"),
        subjects=_strings(raw, "subjects"),
    )
    return spec, str(spec.value)


def _date(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    value = dt.date.fromisoformat(raw["value"])
    return DateSpec(value=value, cues=_strings(raw, "cues")), value.isoformat()


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
    variants = tuple(_variant(name, body) for name, body in raw["variants"].items())
    return ClaimSpec(expected=raw["value"], variants=variants), raw["value"]


def _variant(name: str, body: list[str] | dict[str, Any]) -> Variant:
    if isinstance(body, list):
        return Variant(name=name, phrases=tuple(body))
    return Variant(
        name=name, phrases=_strings(body, "phrases"), patterns=_strings(body, "patterns")
    )


def _mention(raw: dict[str, Any]) -> tuple[FactSpec, str]:
    spec = MentionSpec(value=raw["value"], aliases=_strings(raw, "aliases"))
    return spec, spec.value


_SPECS: dict[str, Callable[[dict[str, Any]], tuple[FactSpec, str]]] = {
    "quantity": _quantity,
    "date": _date,
    "role": _role,
    "name": _name,
    "claim": _claim,
    "mention": _mention,
}


# --- small helpers --------------------------------------------------------------------------------


def _where(at: At) -> str:
    """``("facts", 2, "variants", "a b")`` -> ``facts[2].variants['a b']``."""
    text = ""
    for part in at:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(part):
            text += f".{part}" if text else part
        else:
            text += f"[{part!r}]"
    return text


def _prefixed(at: At, message: str) -> str:
    return f"{_where(at)}: {message}" if at else message


def _describe(node: Node) -> str:
    """The offending value as people wrote it: ``'three'``, ``yes (a boolean)``, ``a list``."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = node.tag.removeprefix(_TAG)
    if kind == "null":
        return "nothing" if node.value in ("", "~") else f"{node.value} (nothing)"
    if kind in ("bool", "int", "float"):
        return f"{node.value} ({'a boolean' if kind == 'bool' else 'a number'})"
    text: str = node.value
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def _problem_at(path: str, mark: Mark, message: str) -> Problem:
    return Problem(path=path, line=mark.line + 1, column=mark.column + 1, message=message)


def _syntax_problem(path: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    problem, context = error.problem or "", error.context or ""
    if context and not context.startswith("while"):  # "expected a single document", "but found"
        problem, context = f"{context}, {problem}".strip(", "), ""
    message = f"YAML syntax error: {problem or 'cannot parse'}"
    if context and error.context_mark is not None:
        message += f" ({context} started at line {error.context_mark.line + 1})"
    if mark is None:
        return Problem(path=path, message=message)
    return _problem_at(path, mark, message)


def _reader_problem(path: str, text: str, error: yaml.reader.ReaderError) -> Problem:
    position: int = error.position
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    message = f"character U+{error.character:04X} is not allowed in YAML: {error.reason}"
    return Problem(path=path, line=line, column=column, message=message)


def _sorted_unique(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))
