"""The values a draft is made of: candidate facts, what each source says of them, proposals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOT_STATED_WORDS = "not stated"


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A fact one scanner proposes, as the keys an expectation file gives it (``id`` and
    ``kind`` included), before the sources are checked against it. ``group`` names the facts of
    which at most one is kept: the same cues with other values."""

    keys: dict[str, Any]
    group: str
    note: str = ""  # a comment for the editor ("suspected misspellings: ...")

    @property
    def id(self) -> str:
        return str(self.keys["id"])

    @property
    def kind(self) -> str:
        return str(self.keys["kind"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """What one source says of a proposed fact: ``status`` is the verdict ``check`` gives."""

    source: str  # the source's label ("002")
    status: str  # match | omission | contradiction
    reason: str  # the verdict's reason: "stated", "not-stated", "value", "misspelling"...
    said: str  # what it states, as people read it, or "not stated"
    line: int | None = None  # where, in the source file
    also_states: bool = False  # a contradicted source that states the value too


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposal:
    """A fact the draft proposes, with what every source says of it."""

    candidate: Candidate
    statements: tuple[Statement, ...]

    @property
    def supporting(self) -> int:
        return sum(s.status == "match" for s in self.statements)

    @property
    def disagreeing(self) -> int:
        return sum(s.status == "contradiction" for s in self.statements)


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """Every proposal of one story, most disputed first, and the file's top-level keys."""

    event: str
    date: str | None
    sources: tuple[str, ...]  # as the file's ``sources`` key writes them
    labels: tuple[str, ...]  # every source's label, in order
    proposals: tuple[Proposal, ...]
    min_sources: int = 2
    # what fewer than ``min_sources`` sources state: listed in a comment, never proposed
    too_few: tuple[Proposal, ...] = ()
