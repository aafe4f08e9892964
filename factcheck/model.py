"""Frozen value types shared by every layer. No I/O here.

Offsets are character offsets into the *original* source text (a Python ``str``);
lines and columns are 1-based, for people.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import repeat


class Status(StrEnum):
    """One verdict per (fact, source). The values are the strings the JSON report writes."""

    MATCH = "match"
    OMISSION = "omission"
    CONTRADICTION = "contradiction"


class Stance(StrEnum):
    """What one piece of evidence does for its verdict."""

    SUPPORTS = "supports"  # the source states the expected value here
    CONFLICTS = "conflicts"  # the source states something else here
    CONTEXT = "context"  # relevant words that decide nothing (e.g. an unresolvable "earlier today")


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A place in a file, 1-based line and column."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


def show_amount(value: float, unit: str = "") -> str:
    """``284460000000`` -> ``284,460,000,000``; a sign unit goes before, a word after, and a
    percent sign after, as written: ``89%``."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    if not unit:
        return text
    if unit == "%":
        return f"{text}%"
    return f"{unit}{text}" if not unit[0].isalpha() else f"{text} {unit}"


# --- facts ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    """A date at the precision it is known: a year, a month of a year, or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2017``, ``2017-02`` or ``2017-02-09``."""
        parts = [int(part) for part in text.split("-")]
        return cls(year=parts[0], month=parts[1] if len(parts) > 1 else None,
                   day=parts[2] if len(parts) > 2 else None)  # fmt: skip

    @classmethod
    def of(cls, date: dt.date) -> Period:
        return cls(year=date.year, month=date.month, day=date.day)

    def date(self) -> dt.date | None:
        """The day, when the period is one."""
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantitySpec:
    """A count bound to event cues: ``killed: 3`` with cues killed/dead/deaths.

    The expected count is the interval ``[low, high]`` (one value when they are equal), widened
    by ``tolerance`` (a fraction of it). ``unit`` is a currency sign ("$") or a word after the
    number ("won"); without one, amounts of money and percentages are never counts. ``when``
    is the time the count belongs to: counts in sentences dated to another time are set aside.
    ``exclude`` names words or phrases (another place, group or event) that set a count near
    them aside.
    """

    low: float
    high: float
    cues: tuple[str, ...]
    subjects: tuple[str, ...] = ()  # nouns the count may quantify (soldiers, troops); empty: any
    tolerance: float = 0.0
    unit: str = ""
    when: Period | None = None
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpec:
    """The event date; date expressions count only near one of the cues (and, when
    ``subjects`` are given, in a sentence naming one of them)."""

    value: Period
    cues: tuple[str, ...]
    subjects: tuple[str, ...] = ()
    # names the articles give dates by, with the date each names ("the night of the attack")
    aliases: tuple[tuple[str, Period], ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeSpec:
    """The time of day of the event, in minutes after midnight (local time), agreeing within
    ``tolerance`` minutes; times count only next to one of the cues."""

    value: int
    cues: tuple[str, ...]
    tolerance: int = 0
    subjects: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()  # names of the event's own clock ("PDT", "Pacific")


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleSpec:
    """A person holds a role: Dmitry Peskov is the Kremlin spokesman."""

    person: str
    role: str
    person_aliases: tuple[str, ...] = ()  # accepted forms of the person ("Peskov")
    role_aliases: tuple[str, ...] = ()  # accepted forms of the role ("Putin's spokesman")


@dataclass(frozen=True, slots=True, kw_only=True)
class NameSpec:
    """The canonical spelling of a name, with accepted variants; near misses are misspellings."""

    value: str
    variants: tuple[str, ...] = ()  # accepted spellings/transliterations ("Hulusi Akar")
    not_misspellings: tuple[str, ...] = ()  # words never to flag, beyond the defaults


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    """One way a claim can be stated, by literal phrases and/or regular expressions; with
    ``by``, only in the words of one of those speakers ("the mayor", "police")."""

    name: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimSpec:
    """A statement with one or more variants; ``expected`` names one of ``variants``. With one
    variant, only its negation ("not charged") contradicts."""

    expected: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionSpec:
    """An entity or place with aliases. Short all-capital aliases match case-sensitively."""

    value: str
    aliases: tuple[str, ...] = ()


FactSpec = QuantitySpec | DateSpec | TimeSpec | RoleSpec | NameSpec | ClaimSpec | MentionSpec


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    id: str
    kind: str  # quantity | date | time | role | name | claim | mention
    expected: str  # the expected value as people read it ("3", "2017-02-09", "Dmitry Peskov")
    spec: FactSpec
    description: str = ""
    location: Location | None = None  # where the fact starts in its YAML file


@dataclass(frozen=True, slots=True, kw_only=True)
class Expectations:
    """One parsed expectation file."""

    path: str
    event: str
    facts: tuple[Fact, ...]
    sources: tuple[str, ...] = ()  # glob patterns as written, relative to the file's directory
    reference_date: dt.date | None = None  # the event date, when the file states one
    description: str = ""

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)


# --- sources ----------------------------------------------------------------------------------


def line_starts_of(text: str) -> tuple[int, ...]:
    """Offsets at which each line of ``text`` starts (the first is 0)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return tuple(starts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """One article. ``text`` is the whole file as read; facts are sought from ``body_start`` on."""

    id: str  # the source path as given (or ``file.jsonl#id`` for records)
    path: str
    text: str
    body_start: int = 0  # where the article starts, after any ``key: value`` header lines
    date: dt.date | None = None  # publication date, from a ``date:`` header or a dateline
    date_origin: str = ""  # "header", "dateline" or "" when unknown
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_text(
        cls,
        *,
        id: str,
        text: str,
        path: str | None = None,
        body_start: int = 0,
        date: dt.date | None = None,
        date_origin: str = "",
    ) -> Source:
        return cls(
            id=id,
            path=path if path is not None else id,
            text=text,
            body_start=body_start,
            date=date,
            date_origin=date_origin,
            line_starts=line_starts_of(text),
        )

    @property
    def label(self) -> str:
        """A short name for table headers: the file name without directory and extension."""
        name = self.id.rsplit("/", 1)[-1]
        if "#" in name:
            return name.rsplit("#", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        starts = self.line_starts or line_starts_of(self.text)
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def evidence(self, start: int, end: int, stance: Stance = Stance.SUPPORTS) -> Evidence:
        line, column = self.line_col(start)
        return Evidence(
            start=start,
            end=end,
            line=line,
            column=column,
            text=self.text[start:end],
            stance=stance,
        )


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """The words a verdict rests on: ``text == source.text[start:end]``."""

    start: int
    end: int
    line: int
    column: int
    text: str
    stance: Stance = Stance.SUPPORTS


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    fact: str  # fact id
    source: str  # source id (the path as given)
    status: Status
    reason: str  # match: "stated"; omission: "not-stated", "unresolved-date"; contradiction:
    # "value", "misspelling", "variant", "role", "date"
    expected: str
    found: str | None = None  # what the source says, as people read it
    detail: str = ""  # one sentence: why, with a did-you-mean for misspellings
    suggestion: str | None = None  # the declared spelling a misspelling should be
    evidence: tuple[Evidence, ...] = ()

    def __reduce__(self) -> tuple[Callable[..., Verdict], tuple[object, ...]]:
        # verdicts cross between worker processes by the hundred thousand: pickled as their
        # fields, rebuilt by setting their slots (see ``_verdict``)
        return _verdict, (
            self.fact, self.source, self.status, self.reason, self.expected, self.found,
            self.detail, self.suggestion, self.evidence,
        )  # fmt: skip


NOT_STATED = "the source does not state this fact"
_new = object.__new__
_fact, _source, _status, _reason, _expected, _found, _detail, _suggestion, _evidence = (
    getattr(Verdict, name).__set__
    for name in (
        "fact", "source", "status", "reason", "expected", "found", "detail", "suggestion",
        "evidence",
    )
)  # fmt: skip


def _verdict(
    fact: str,
    source: str,
    status: Status,
    reason: str,
    expected: str,
    found: str | None,
    detail: str,
    suggestion: str | None,
    evidence: tuple[Evidence, ...],
) -> Verdict:
    """``Verdict(...)`` of these fields, made by setting its slots directly: in half the time of
    the initialiser a frozen dataclass is given."""
    verdict = _new(Verdict)
    _fact(verdict, fact)
    _source(verdict, source)
    _status(verdict, status)
    _reason(verdict, reason)
    _expected(verdict, expected)
    _found(verdict, found)
    _detail(verdict, detail)
    _suggestion(verdict, suggestion)
    _evidence(verdict, evidence)
    return verdict


def unstated(fact: str, source: str, expected: str, reason: str = "not-stated") -> Verdict:
    """The omission with no evidence: the verdict of almost every (fact, source) pair of a
    large corpus. Equal to ``Verdict(fact=fact, source=source, status=Status.OMISSION,
    reason=reason, expected=expected, detail=NOT_STATED)``, made faster."""
    return _verdict(fact, source, Status.OMISSION, reason, expected, None, NOT_STATED, None, ())


def unstated_many(facts: Sequence[str], source: str, expected: Sequence[str]) -> list[Verdict]:
    """``[unstated(fact, source, value) for fact, value in zip(facts, expected)]``, made in
    bulk: each slot of all of them is set in one pass (a document's omissions, for every fact of
    every file checked, are made at once)."""
    size = len(facts)
    made = list(map(_new, repeat(Verdict, size)))
    for setter, values in (
        (_fact, facts),
        (_source, repeat(source, size)),
        (_status, repeat(Status.OMISSION, size)),
        (_reason, repeat("not-stated", size)),
        (_expected, expected),
        (_found, repeat(None, size)),
        (_detail, repeat(NOT_STATED, size)),
        (_suggestion, repeat(None, size)),
        (_evidence, repeat((), size)),
    ):
        deque(map(setter, made, values), maxlen=0)
    return made


def is_unstated(verdict: Verdict) -> bool:
    """Whether ``verdict`` is ``unstated(verdict.fact, verdict.source, verdict.expected)``."""
    return (
        verdict.status is Status.OMISSION
        and not verdict.evidence
        and verdict.reason == "not-stated"
        and verdict.detail == NOT_STATED
        and verdict.found is None
        and verdict.suggestion is None
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything a renderer needs: the facts, the sources and one verdict per (fact, source)."""

    expectations: Expectations
    sources: tuple[Source, ...]
    verdicts: tuple[Verdict, ...]  # ordered by source, then by fact, as given

    def cells(self) -> dict[tuple[str, str], Verdict]:
        """The verdicts keyed by ``(fact id, source id)``, for table builders."""
        return {(verdict.fact, verdict.source): verdict for verdict in self.verdicts}

    def counts(self) -> dict[Status, int]:
        totals = dict.fromkeys(Status, 0)
        for verdict in self.verdicts:
            totals[verdict.status] += 1
        return totals
