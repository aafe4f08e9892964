"""User-written patterns (a claim variant's ``patterns``), run on RE2: time linear in the text.

Python's ``re`` backtracks: ``(a+)+$`` or ``said (\\w+\\s?)+!`` take exponential time on a
line that almost matches, so one pattern could hang a run. RE2 (the ``google-re2`` package)
matches with automata instead, and refuses what it cannot run in linear time: lookarounds
(``(?=``, ``(?!``, ``(?<=``, ``(?<!``), backreferences (``\\1``), atomic groups and possessive
repeats. :func:`pattern_error` says so when an expectation file is validated.

Patterns match case-insensitively; ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII (the text is
folded first, so accented letters are plain letters by then). The text is encoded once per
document and searched from left to right; offsets come back as offsets into the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import re2

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_OPTIONS = re2.Options()
_OPTIONS.case_sensitive = False
_OPTIONS.log_errors = False  # the loader reports bad patterns itself, with path:line:col

SYNTAX = (
    "patterns use RE2 syntax: no lookarounds, backreferences, atomic groups or possessive repeats"
)


def pattern_error(pattern: str) -> str | None:
    """Why ``pattern`` cannot be run, or ``None`` when it can."""
    try:
        re2.compile(pattern, _OPTIONS)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        return f"invalid regular expression: {reason}; {SYNTAX}"
    return None


class EncodedText:
    """A text as UTF-8 bytes, with the way back from byte offsets to character offsets."""

    __slots__ = ("_byte_starts", "_extras", "data", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")  # a lone surrogate stays a character
        self._byte_starts: list[int] = []  # where each non-ASCII character starts, in bytes
        self._extras: list[int] = []  # bytes beyond one per character, before that character
        if len(self.data) != len(text):
            extra = 0
            for match in _NON_ASCII.finditer(text):
                self._byte_starts.append(match.start() + extra)
                self._extras.append(extra)
                extra += len(match.group().encode("utf-8", "surrogatepass")) - 1

    def character(self, offset: int, *, end: bool) -> int:
        """The character offset of byte ``offset``; one inside a character is rounded to its
        start (or, for an ``end``, past it)."""
        index = bisect.bisect_right(self._byte_starts, offset) - 1
        if index < 0:
            return offset
        start, extra = self._byte_starts[index], self._extras[index]
        if offset == start:
            return start - extra
        width = len(self.text[start - extra].encode("utf-8", "surrogatepass"))
        if offset < start + width:  # inside that character
            return start - extra + (1 if end else 0)
        return offset - extra - (width - 1)


class UserPattern:
    """One compiled user pattern: every match in a text, leftmost first, never overlapping."""

    __slots__ = ("_regex", "pattern")

    def __init__(self, pattern: str, *, word_start: bool) -> None:
        self.pattern = pattern
        # a pattern that begins with a word matches where that word begins a word of the text
        self._regex = re2.compile(rf"\b(?:{pattern})" if word_start else pattern, _OPTIONS)

    def spans(self, text: EncodedText) -> Iterator[tuple[int, int]]:
        for match in self._regex.finditer(text.data):
            start, end = match.span()
            yield text.character(start, end=False), text.character(end, end=True)
