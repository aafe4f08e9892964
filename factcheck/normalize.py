"""Unicode, quote, dash and space folding, with a map from folded offsets back to the original.

Matching runs on the folded text; every span found there is mapped back with
:meth:`Folded.original_span`, so evidence always quotes the source as written.

What is folded (case is kept: short acronyms are matched case-sensitively):
- curly single quotes and primes -> ``'``; curly double quotes -> ``"``; dashes -> ``-``;
- ``…`` -> ``...``; letters with diacritics -> their base letters (Erdoğan -> Erdogan);
- zero-width characters and soft hyphens are dropped;
- a run of white space (non-breaking and thin spaces included) -> one space, or one ``\\n``
  when the run holds a line break (line breaks bound sentences).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Runs of 2+ white space, one white space that is not a plain space, or one non-ASCII
# character; each branch starts with a character class, so the scan skips plain text fast.
_SPECIAL = re.compile(r"[^\S ]\s*| \s+|[^\x00-\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_OTHER_ASCII_SPACE = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"  # white space but " " and "\n"

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u00b4": "'",
    "\u0060": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
}
_DASHES = dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-")
_DROPPED = dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", "")
_FIXED = {**_QUOTES, **_DASHES, **_DROPPED, "\u2026": "..."}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one non-ASCII, non-space character."""
    if char in _FIXED:
        return _FIXED[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    # the dotless i (U+0131) has no decomposition, but case-insensitive matching takes it for
    # an "i": folded to one, it is an "i" for every test alike
    return base.replace("\u0131", "i") or char


def _special_spans(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of ``_SPECIAL.finditer(text, start)``, but lone line breaks (kept as they are).

    In the common case (no white space but spaces and line breaks) they are found faster than
    that scan: every non-ASCII character by a one-class pattern, and every run of two or more
    spaces and line breaks grown from a line break or a double space found by string search.
    """
    # (a str knows whether it is all ASCII: the test costs nothing)
    non_ascii = [] if text.isascii() else [m.start() for m in _NON_ASCII.finditer(text, start)]
    if any(space in text for space in _OTHER_ASCII_SPACE) or any(
        text[at].isspace() for at in non_ascii
    ):
        return [m.span() for m in _SPECIAL.finditer(text, start) if m.group() != "\n"]
    spans = [(at, at + 1) for at in non_ascii]
    find, size = text.find, len(text)
    for mark in ("\n", "  "):
        at = find(mark, start)
        while at != -1:
            first, end = at, at + 1
            while first > start and text[first - 1] in " \n":
                first -= 1
            while end < size and text[end] in " \n":
                end += 1
            if end - first > 1:
                spans.append((first, end))
            at = find(mark, end)
    return sorted(set(spans))


def _fold_run(run: str) -> str:
    if run.isspace():
        return "\n" if "\n" in run else " "
    return fold_char(run)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus the segments that map it back to the original.

    Segment ``k`` starts at ``folded_starts[k]`` in the folded text and at
    ``original_starts[k]`` in the original; inside a *linear* segment characters map one to
    one, inside a replaced one every folded character maps to the segment's first character.
    """

    text: str
    folded_starts: tuple[int, ...]
    original_starts: tuple[int, ...]
    linear: tuple[bool, ...]
    original_end: int

    def original_offset(self, index: int) -> int:
        """Offset in the original text of folded character ``index``."""
        k = bisect.bisect_right(self.folded_starts, index) - 1
        if self.linear[k]:
            return self.original_starts[k] + (index - self.folded_starts[k])
        return self.original_starts[k]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` of the folded span ``[start, end)``."""
        if end <= start:
            offset = self.original_offset(start) if start < len(self.text) else self.original_end
            return offset, offset
        first = self.original_offset(start)
        k = bisect.bisect_right(self.folded_starts, end - 1) - 1
        if self.linear[k]:
            last = self.original_starts[k] + (end - 1 - self.folded_starts[k]) + 1
        else:
            # a replaced segment ends where the next segment (or the text) starts
            last = (
                self.original_starts[k + 1]
                if k + 1 < len(self.original_starts)
                else self.original_end
            )
        return first, last


def fold(text: str, start: int = 0) -> Folded:
    """Fold ``text[start:]``; offsets map back into ``text`` itself.

    One-for-one replacements (a curly quote, an accented letter) stay inside the linear segment
    around them; only replacements that change the length (a run of spaces, an ellipsis, a
    dropped zero-width character) open segments of their own.
    """
    pieces: list[str] = []
    folded_starts, original_starts, linear = [0], [start], [True]
    emitted, position = 0, start  # folded characters written; original offset copied up to

    def open_segment(original_at: int, is_linear: bool) -> None:
        if folded_starts[-1] == emitted:  # the open segment is still empty: it becomes this one
            original_starts[-1], linear[-1] = original_at, is_linear
        else:
            folded_starts.append(emitted)
            original_starts.append(original_at)
            linear.append(is_linear)

    for begin, finish in _special_spans(text, start):
        replacement = _fold_run(text[begin:finish])
        pieces += (text[position:begin], replacement)
        if len(replacement) == finish - begin:
            emitted += finish - position
        else:
            emitted += begin - position
            if replacement:
                open_segment(begin, False)
                emitted += len(replacement)
            open_segment(finish, True)
        position = finish
    pieces.append(text[position:])
    emitted += len(text) - position
    if len(folded_starts) > 1 and folded_starts[-1] == emitted:  # no text after the last one
        del folded_starts[-1], original_starts[-1], linear[-1]
    return Folded(
        text="".join(pieces),
        folded_starts=tuple(folded_starts),
        original_starts=tuple(original_starts),
        linear=tuple(linear),
        original_end=len(text),
    )
