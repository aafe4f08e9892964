"""What a document must have for a fact to be more than an evidence-free omission there.

Most facts cannot hold in a document that lacks certain words (a quantity its cues, a mention
its aliases, a name a word that may misspell it); :func:`needles` names them, and
``Checkers`` gives a document without them the fact's omission at once, exactly as the full
check would give it, without scanning the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from factcheck.match.claim import pattern_lead
from factcheck.match.date import date_needles
from factcheck.match.document import cue_alternatives, phrase_needles
from factcheck.match.mention import acronym_lead, is_acronym
from factcheck.match.name import name_needles
from factcheck.match.quantity import dimension_cues_of, singular_cues_of
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Fact,
    MentionSpec,
    NameSpec,
    QuantitySpec,
    RoleSpec,
    TimeSpec,
)


class Needles:
    """What a document must have for a fact to be more than an evidence-free omission there
    (its checker finds nothing without it): for one of ``alternatives``, a word of each of its
    sets (the lower-case words of ``Document.words``); or, for one of ``guarded``, a word of
    each of its sets and its string anywhere in the lower-case text (``Document.lower``: what
    every match of a user pattern holds, "lap 48" of ``lap 48\\b``); or one of the ``inside``
    strings alone in the lower-case text; or one of the ``exact`` strings as written
    (case-sensitive acronyms: a hit of "IS" needs "IS", not any "is"); or a capitalised run of
    letters (``Document.capitalised_runs``) that starts with one of ``initials`` and that
    ``capitalised`` finds a suspect: ``ANYWHERE``, or ``BY_NAME`` in a document that has one of
    the ``companions`` words (``None``: in any document). Every such suspect is ``near`` the
    name (its declared words and exact words, see :func:`~factcheck.match.name.may_suspect`)."""

    __slots__ = (
        "alternatives",
        "capitalised",
        "companions",
        "exact",
        "guarded",
        "initials",
        "inside",
        "near",
    )

    def __init__(
        self,
        alternatives: Iterable[Sequence[frozenset[str]]],
        exact: tuple[str, ...] = (),
        capitalised: tuple[
            str,
            Callable[[str], int],
            frozenset[str] | None,
            tuple[tuple[str, ...], frozenset[str]],
        ]
        | None = None,
        inside: tuple[str, ...] = (),
        guarded: Iterable[tuple[Sequence[frozenset[str]], str]] = (),
    ) -> None:
        self.alternatives = tuple(tuple(sets) for sets in alternatives)
        self.guarded = tuple((tuple(sets), string) for sets, string in guarded)
        self.exact = exact
        self.inside = inside
        self.initials = capitalised[0] if capitalised else ""
        self.capitalised: Callable[[str], int] | None = capitalised[1] if capitalised else None
        self.companions: frozenset[str] | None = capitalised[2] if capitalised else None
        self.near: tuple[tuple[str, ...], frozenset[str]] = (
            capitalised[3] if capitalised else ((), frozenset())
        )


def needles(fact: Fact) -> Needles | None:
    """What a document must have for ``fact`` to hold there (see :class:`Needles`); ``None``
    when any text may hold a hit (a pattern that may start anywhere)."""
    spec = fact.spec
    if isinstance(spec, MentionSpec):
        aliases = (spec.value, *spec.aliases)
        exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))
        return Needles([phrase_needles(a) for a in aliases if not is_acronym(a)], exact)
    if isinstance(spec, QuantitySpec):
        # or a hyphened measure of a dimension a cue names ("80m-deep" for cue "depth")
        hyphened = tuple(f"-{dimension}" for dimension in sorted(dimension_cues_of(spec)))
        return Needles(cue_alternatives((*spec.cues, *singular_cues_of(spec))), inside=hyphened)
    if isinstance(spec, TimeSpec):
        return Needles(cue_alternatives(spec.cues))
    if isinstance(spec, DateSpec):
        return Needles(date_needles(spec))
    if isinstance(spec, RoleSpec):
        # every hit is a match of the person (case-sensitive) or of the role
        phrases = (spec.person, *spec.person_aliases, spec.role, *spec.role_aliases)
        return Needles([phrase_needles(phrase) for phrase in phrases])
    if isinstance(spec, ClaimSpec):
        return _claim_needles(spec)
    if isinstance(spec, NameSpec):
        alternatives, initials, suspicion, companions, near = name_needles(fact)
        return Needles(alternatives, capitalised=(initials, suspicion, companions, near))
    return None


def _claim_needles(spec: ClaimSpec) -> Needles | None:
    """A claim's needles: for a phrase, its words (see :func:`phrase_needles`); for a pattern,
    the word it begins with if it begins with one (see :func:`~factcheck.match.claim.pattern_lead`)
    and a string every match of it holds, if it holds one longer than that word (see
    :func:`pattern_literal`); ``None`` when a pattern has neither."""
    alternatives = [phrase_needles(phrase) for v in spec.variants for phrase in v.phrases]
    guarded: list[tuple[tuple[frozenset[str], ...], str]] = []
    inside: list[str] = []
    for pattern in (pattern for v in spec.variants for pattern in v.patterns):
        lead, literal = pattern_lead(pattern), pattern_literal(pattern)
        if lead is None:
            if literal is None:
                return None
            inside.append(literal)
        elif literal is None or len(literal) <= len(lead):
            alternatives.append((frozenset((lead,)),))
        else:
            guarded.append(((frozenset((lead,)),), literal))
    return Needles(alternatives, inside=tuple(inside), guarded=guarded)


# characters that stand for themselves in a pattern; escaped, so does any ASCII mark
_PLAIN = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -,'\":;/!&%#@_<>=~"
)
_MARKS = frozenset(chr(c) for c in range(33, 127) if not chr(c).isalnum())
_ONE_CHARACTER_ESCAPES = frozenset("dDwWsSbBAznrtfva")  # \d, \b, ... (one character long)
_REPEAT = re.compile(r"\{\d*(?:,\d*)?\}")
_SHORTEST = 3  # a shorter string is in too many texts to be worth a search


def pattern_literal(pattern: str) -> str | None:
    """The longest string (lower case) that every match of the user ``pattern`` holds, where
    ``pattern`` is read as RE2 reads it, case-insensitively: a run of characters that stand for
    themselves, none of them made optional or repeated, outside any group or class
    ("16-year-old" -> "16-year-old", "lap 20,? Kimi" -> "lap 20", "Massa(?:'s)? crashed" ->
    " crashed"). A folded text holds a match only where its lower case holds that string.
    ``None`` when the pattern has an alternation outside a group, syntax read here only in
    part (inline flags, ``\\Q``, ``\\p``, ...), or no such string of 3 characters or more."""
    runs: list[str] = []
    run: list[str] = []
    at, size = 0, len(pattern)

    def end_run() -> None:
        runs.append("".join(run))
        run.clear()

    while at < size:
        char = pattern[at]
        if char in "*+?{":  # a repeat: the atom before it may be absent, or repeated
            if char == "{":
                repeat = _REPEAT.match(pattern, at)
                if repeat is None:
                    return None  # a brace RE2 may read as a literal
                at = repeat.end()
            else:
                at += 1
            if at < size and pattern[at] == "?":  # a lazy repeat
                at += 1
            if run:
                run.pop()
            end_run()
            continue
        if char == "|" or char == ")":
            return None  # an alternation outside any group; an unbalanced bracket
        if char == "(":
            if not pattern.startswith("(?:", at) and pattern.startswith("(?", at):
                return None  # inline flags (an "x" flag changes what a space is), names
            at = _past_group(pattern, at)
            if at < 0:
                return None
            end_run()
            continue
        if char == "[":
            at = _past_class(pattern, at)
            if at < 0:
                return None
            end_run()
            continue
        if char == "\\":
            escaped = pattern[at + 1 : at + 2]
            if escaped in _MARKS:
                run.append(escaped)
            elif escaped in _ONE_CHARACTER_ESCAPES:
                end_run()
            else:
                return None  # \Q, \p, \x, \1, ...: escapes of a length not read here
            at += 2
            continue
        if char in _PLAIN:
            run.append(char.lower())
        else:  # ".", "^", "$", a non-ASCII character, ...
            end_run()
        at += 1
    end_run()
    longest = max(runs, key=len)
    return longest if len(longest) >= _SHORTEST else None


def _past_class(pattern: str, at: int) -> int:
    """Where the character class opening at ``at`` ends (-1 when it does not, or holds a
    POSIX class, which is read here only in part)."""
    at += 1
    if pattern.startswith("^", at):
        at += 1
    if pattern.startswith("]", at):  # a first "]" stands for itself
        at += 1
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            return -1
        if char == "]":
            return at + 1
        at += 1
    return -1


def _past_group(pattern: str, at: int) -> int:
    """Where the group opening at ``at`` ends (-1 when it does not)."""
    depth = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _past_class(pattern, at)
            if at < 0:
                return -1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1
    return -1
