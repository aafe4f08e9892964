"""YAML files read with their marks: every value keeps the line and column it starts at.

Shared by the expectation loader and the annotation reader. The text is composed into PyYAML
nodes and turned into plain data by hand, so that each problem can name ``path:line:col``;
duplicate keys, unsupported tags, recursive aliases and alias bombs are problems, not crashes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

import yaml
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import FactcheckError, Problem
from factcheck.textfile import read_text

__all__ = ["At", "MarkedTree", "compose", "read_text"]

At = tuple[str | int, ...]  # where a value sits: ("facts", 2, "value")

_TAG = "tag:yaml.org,2002:"
_MAX_NODES = 100_000  # more than any real file; stops alias bombs ("billion laughs")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def compose(
    text: str, path: str, error: type[FactcheckError], expected: str
) -> tuple[MarkedTree, dict[str, Any]]:
    """The top-level mapping of ``text`` as plain data, with the tree that knows its marks.

    Syntax errors and a top level that is not a mapping raise ``error``; problems found while
    building (duplicate keys, bad tags) are left in ``tree.problems`` for the caller to add to.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is None:
            raise error([Problem(path=path, message=f"empty file: expected {expected}")])
        if not isinstance(root, MappingNode):
            message = f"top level: expected {expected}, got {describe(root)}"
            raise error([problem_at(path, root.start_mark, message)])
        tree = MarkedTree(path)
        data = tree.build(root, ())
    except yaml.MarkedYAMLError as failure:
        raise error([_syntax_problem(path, failure)]) from None
    except yaml.reader.ReaderError as failure:  # a character YAML does not allow
        raise error([_reader_problem(path, text, failure)]) from None
    except RecursionError:
        message = "nested too deeply to be read"
        raise error([Problem(path=path, message=message)]) from None
    return tree, data


class MarkedTree:
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
        self.problems.append(problem_at(self.path, mark, message))

    def build(self, node: Node, at: At) -> Any:
        self.nodes[at] = node
        self._count += 1
        if self._count == _MAX_NODES:
            self.problem(node.start_mark, f"more than {_MAX_NODES} values: too many aliases?")
        if self._count >= _MAX_NODES:
            return None
        if id(node) in self._open:
            self.problem(node.start_mark, f"{where(at)}: an alias refers to itself")
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
                self.problem(key_node.start_mark, f"{where(at)}: a key must be a plain name")
                continue
            key: str = key_node.value  # raw text: 'yes:' or '2017:' stay names
            first = self.key_marks.get((*at, key))
            if first is not None:
                message = f"duplicate key {key!r}; first given at line {first.line + 1}"
                self.problem(key_node.start_mark, prefixed(at, message))
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
            self.problem(node.start_mark, prefixed(at, f"unsupported YAML tag {node.tag!r}"))
            return node.value
        try:
            return construct(node)
        except Exception:  # an explicit tag on bad text: ValueError, KeyError, IndexError
            self.problem(node.start_mark, prefixed(at, f"not a valid {kind}: {node.value!r}"))
            self.broken.add(at)
            return node.value


# --- small helpers ---------------------------------------------------------------------


def where(at: At) -> str:
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


def prefixed(at: At, message: str) -> str:
    return f"{where(at)}: {message}" if at else message


def describe(node: Node) -> str:
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


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"did you mean {close[0]!r}?" if close else None


def problem_at(path: str, mark: Mark, message: str) -> Problem:
    return Problem(path=path, line=mark.line + 1, column=mark.column + 1, message=message)


def _syntax_problem(path: str, error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    problem, context = error.problem or "", error.context or ""
    if context and not context.startswith("while"):  # "expected a single document", "but found"
        problem, context = f"{context}, {problem}".strip(", "), ""
    message = f"YAML syntax error: {problem or 'cannot parse'}"
    if context and error.context_mark is not None:
        message += f" ({context} started at line {error.context_mark.line + 1})"
    hint = syntax_hint(problem)
    if hint:
        message += f"; {hint}"
    if mark is None:
        return Problem(path=path, message=message)
    return problem_at(path, mark, message)


_TAB_HINT = "YAML indents with spaces only: replace the tab with spaces"
_INDENT_HINT = (
    "check the indentation: the keys of one mapping start in the same column (a fact's keys "
    "line up under its 'id', two spaces after '- ')"
)
_COLON_HINT = "a value with ': ' in it needs quotes"
_SYNTAX_HINTS = (
    ("'\\t'", _TAB_HINT),
    ("tab", _TAB_HINT),
    ("expected <block end>", _INDENT_HINT),
    ("did not find expected key", _INDENT_HINT),
    ("did not find expected '-' indicator", _INDENT_HINT),
    ("mapping values are not allowed here", f"{_INDENT_HINT}; or {_COLON_HINT}"),
)


def syntax_hint(problem: str) -> str | None:
    """What YAML wants, for the syntax errors newcomers meet: a tab, a key out of line."""
    return next((hint for words, hint in _SYNTAX_HINTS if words in problem), None)


def _reader_problem(path: str, text: str, error: yaml.reader.ReaderError) -> Problem:
    position: int = error.position
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    message = f"character U+{error.character:04X} is not allowed in YAML: {error.reason}"
    return Problem(path=path, line=line, column=column, message=message)


def sorted_unique(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))
