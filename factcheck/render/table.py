"""The one table every text format shares: facts x sources, one cell per verdict.

Renderers escape what they print; the values built here are plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.model import Evidence, Report, Source, Stance, Status, Verdict

#: Column headers longer than this are shortened (see :func:`short_labels`).
MAX_LABEL = 10
MIN_PREFIX = 3

FACT_COLUMNS = ("fact", "kind", "expected")

_WORD_BREAK = re.compile(r"[\s_.-]+")

_STANCE_ORDER = {Stance.CONFLICTS: 0, Stance.SUPPORTS: 1, Stance.CONTEXT: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Symbols:
    """The marks in front of each cell word, and the punctuation around them."""

    match: str
    omission: str
    contradiction: str
    missing: str
    dash: str
    open_quote: str
    close_quote: str
    ellipsis: str = "..."


UNICODE = Symbols(
    match="✓",
    omission="·",
    contradiction="✗",
    missing="?",
    dash="—",
    open_quote="“",
    close_quote="”",
    ellipsis="…",
)
ASCII = Symbols(
    match="+",
    omission=".",
    contradiction="x",
    missing="?",
    dash="--",
    open_quote='"',
    close_quote='"',
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """Header and rows of plain cell strings: fact, kind, expected, then one column per source."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def short_labels(sources: Sequence[Source]) -> dict[str, str]:
    """Source id -> a unique column header, short when the labels are long.

    Labels up to ``MAX_LABEL`` characters are kept. Otherwise the first word of each label
    (``000`` of ``000_98b88eba54a409e2``) is used when those are distinct, else the shortest
    distinct prefix of at least ``MIN_PREFIX`` characters, else the full labels. Labels still
    shared by several sources get ``~2``, ``~3``... appended in order.
    """
    labels = [source.label or source.id for source in sources]
    if any(len(label) > MAX_LABEL for label in labels):
        labels = _shorter(labels)
    return dict(zip((source.id for source in sources), _deduplicated(labels), strict=True))


def _shorter(labels: Sequence[str]) -> list[str]:
    first_words = [_WORD_BREAK.split(label, maxsplit=1)[0] for label in labels]
    if all(first_words) and _distinct(first_words):
        return first_words
    for size in range(MIN_PREFIX, MAX_LABEL + 1):
        prefixes = [label[:size] for label in labels]
        if _distinct(prefixes):
            return prefixes
    return list(labels)


def _distinct(labels: Sequence[str]) -> bool:
    return len(set(labels)) == len(labels)


def _deduplicated(labels: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        result.append(label if seen[label] == 1 else f"{label}~{seen[label]}")
    return result


def cell_text(verdict: Verdict | None, symbols: Symbols) -> str:
    """``✓ match``, ``· omission``, ``✗ <reason>``; ``? missing`` when no verdict was given."""
    if verdict is None:
        return f"{symbols.missing} missing"
    if verdict.status is Status.MATCH:
        return f"{symbols.match} match"
    if verdict.status is Status.OMISSION:
        return f"{symbols.omission} omission"
    return f"{symbols.contradiction} {verdict.reason or 'contradiction'}"


def build_table(report: Report, symbols: Symbols) -> Table:
    """Rows are the facts in file order; columns are the sources in report order."""
    labels = short_labels(report.sources)
    cells = report.cells()
    rows = tuple(
        (
            fact.id,
            fact.kind,
            fact.expected,
            *(cell_text(cells.get((fact.id, source.id)), symbols) for source in report.sources),
        )
        for fact in report.expectations.facts
    )
    headers = (*FACT_COLUMNS, *(labels[source.id] for source in report.sources))
    return Table(headers=headers, rows=rows)


def legend(symbols: Symbols, separator: str = "   ") -> str:
    """What the cell marks mean, one entry per status."""
    return separator.join(
        (
            f"{symbols.match} match: the source states it",
            f"{symbols.omission} omission: the source does not say",
            f"{symbols.contradiction} <reason>: the source says something else",
        )
    )


def _counted(count: int, word: str) -> str:
    plural = "es" if word.endswith("ch") else "s"
    return f"{count} {word}" if count == 1 else f"{count} {word}{plural}"


def summary_line(report: Report) -> str:
    """``4 matches, 1 omission, 2 contradictions``."""
    counts = report.counts()
    return ", ".join(_counted(counts[status], status.value) for status in Status)


def in_table_order(report: Report) -> tuple[Verdict, ...]:
    """The verdicts by fact, then by source, in the order of the table."""
    fact_order = {fact.id: index for index, fact in enumerate(report.expectations.facts)}
    source_order = {source.id: index for index, source in enumerate(report.sources)}
    return tuple(
        sorted(
            report.verdicts,
            key=lambda verdict: (
                fact_order.get(verdict.fact, len(fact_order)),
                source_order.get(verdict.source, len(source_order)),
            ),
        )
    )


def contradictions(report: Report) -> tuple[Verdict, ...]:
    """The contradicting verdicts in table order: by fact, then by source."""
    return tuple(
        verdict for verdict in in_table_order(report) if verdict.status is Status.CONTRADICTION
    )


def ordered_evidence(verdict: Verdict) -> tuple[Evidence, ...]:
    """Conflicting words first, then supporting ones, then context; stable otherwise."""
    return tuple(sorted(verdict.evidence, key=lambda item: _STANCE_ORDER.get(item.stance, 3)))


def date_note(source: Source) -> str:
    """``2017-02-09, dateline`` for a dated source; empty when its date is unknown."""
    if source.date is None:
        return ""
    return f"{source.date.isoformat()}, {source.date_origin or 'date'}"


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) folded to single spaces, for one-line renderings."""
    return " ".join(text.split())


#: How far :func:`context_bounds` looks on each side of the words for a sentence boundary.
CONTEXT_REACH = 240

_CLOSING = "\"'\u201d\u2019)\\]"  # quotes and brackets that may follow a full stop
_OPENING = "A-Z\"'\u201c\u2018("  # what may start the next sentence
_SENTENCE_END_BEFORE = re.compile(f"[.!?][{_CLOSING}]*[ \\t]+(?=[{_OPENING}])|\\n")
_SENTENCE_END_AFTER = re.compile(f"[.!?][{_CLOSING}]*(?=[ \\t]+[{_OPENING}]|[ \\t]*\\n)|\\n")
_LOOKAHEAD = 8  # characters past the reach that the sentence-end patterns may peek at
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gen Lt Col Sgt Capt Maj Adm Gov Sen Rep Prof St Jr Sr No Feb Jan Aug Sept Oct"
    " Nov Dec".split()
)
_WORD_BEFORE = re.compile(r"(\w+)$")


_CONTINUED_AFTER = tuple(",;(")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """False for the full stop of a title or an initial ("Gen. Akar", "J. Smith"), and for a
    line break inside a sentence of wrapped text."""
    if match.group() == "\n":
        return not _wrapped(text, match.start())
    if text[match.start()] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if word is None:
        return True
    return not (word[1] in _ABBREVIATIONS or (len(word[1]) == 1 and word[1].isupper()))


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` falls inside a sentence of wrapped text: the next
    line goes on in lower case, or the line breaks after a comma, a semicolon or an opening
    bracket. Headlines, bylines, captions and list items end where their line ends."""
    following = text[newline + 1 : newline + 2]
    if following.islower():
        return True
    return text[:newline].rstrip(" \t\r").endswith(_CONTINUED_AFTER)


def context_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence around ``text[start:end]``, for quoting it in context.

    The context starts after the last sentence end before ``start`` and stops at the first one
    after ``end`` (a line break ends a sentence unless the text is wrapped there: see
    :func:`_wrapped`), looking at most ``CONTEXT_REACH`` characters each way; where it
    looks no further, it is cut at a space so no word is split.
    """
    size = len(text)
    start = max(0, min(start, size))
    end = max(start, min(end, size))
    low = max(0, start - CONTEXT_REACH)
    left = low
    found_left = False
    for match in _SENTENCE_END_BEFORE.finditer(text, low, min(size, start + 1)):
        if match.end() <= start and _ends_sentence(text, match):
            left, found_left = match.end(), True
    if not found_left and low > 0:
        space = text.find(" ", low, start)
        left = space + 1 if space != -1 else low
    high = min(size, end + CONTEXT_REACH)
    right = high
    after = next(
        (
            match
            for match in _SENTENCE_END_AFTER.finditer(text, end, min(size, high + _LOOKAHEAD))
            if _ends_sentence(text, match)
        ),
        None,
    )
    if after and after.start() < high:
        right = after.start() if after.group() == "\n" else after.end()
    elif high < size:
        space = text.rfind(" ", end, high)
        right = space if space != -1 else high
    while left < start and text[left] in " \t":
        left += 1
    return left, right


_SENTENCE_CLOSERS = tuple(".!?\"'\u201d\u2019)]\n")


def cut_before(text: str, left: int) -> bool:
    """Whether a context starting at ``left`` starts mid-sentence (it then gets an ellipsis)."""
    before = text[max(0, left - CONTEXT_REACH) : left].rstrip(" \t")
    return bool(before) and not before.endswith(_SENTENCE_CLOSERS)


def cut_after(text: str, right: int) -> bool:
    """Whether a context ending at ``right`` stops mid-sentence."""
    if right >= len(text) or text[right] == "\n":
        return False
    return right == 0 or text[right - 1] not in _SENTENCE_CLOSERS
