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

# Runs of 2+ white space, one white space that is not a plain space, or one non-ASCII character.
_SPECIAL = re.compile(r"\s{2,}|[^\S ]|[^\x00-\x7f]")

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
    return base or char


def _fold_match(match: re.Match[str]) -> str:
    run = match.group()
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
    """Fold ``text[start:]``; offsets map back into ``text`` itself."""
    pieces: list[str] = []
    folded_starts: list[int] = []
    original_starts: list[int] = []
    linear: list[bool] = []
    folded_len = 0
    position = start

    def segment(original_at: int, piece: str, is_linear: bool) -> None:
        nonlocal folded_len
        if not piece:
            return
        folded_starts.append(folded_len)
        original_starts.append(original_at)
        linear.append(is_linear)
        pieces.append(piece)
        folded_len += len(piece)

    for match in _SPECIAL.finditer(text, start):
        begin, finish = match.span()
        segment(position, text[position:begin], True)
        replacement = _fold_match(match)
        # a one-for-one replacement (a curly quote) still maps linearly
        segment(begin, replacement, len(replacement) == finish - begin)
        position = finish
    segment(position, text[position:], True)
    if not folded_starts:
        folded_starts, original_starts, linear = [0], [start], [True]
    return Folded(
        text="".join(pieces),
        folded_starts=tuple(folded_starts),
        original_starts=tuple(original_starts),
        linear=tuple(linear),
        original_end=len(text),
    )
