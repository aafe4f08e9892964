"""What a document must have for a fact to be more than an evidence-free omission there.

Most facts cannot hold in a document that lacks certain words (a quantity its cues, a mention
its aliases, a name a word that may misspell it); :func:`needles` names them, and
``Checkers`` gives a document without them the fact's omission at once, exactly as the full
check would give it, without scanning the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from factcheck.match.claim import claim_needles
from factcheck.match.date import date_needles
from factcheck.match.document import cue_alternatives, phrase_needles
from factcheck.match.mention import acronym_lead, is_acronym
from factcheck.match.name import name_needles
from factcheck.match.quantity import singular_cues_of
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
    sets (the lower-case words of ``Document.words``); or one of the ``exact`` strings as
    written (case-sensitive acronyms: a hit of "IS" needs "IS", not any "is"); or a capitalised
    run of letters (``Document.capitalised_runs``) that starts with one of ``initials`` and that
    ``capitalised`` accepts."""

    __slots__ = ("alternatives", "capitalised", "exact", "initials")

    def __init__(
        self,
        alternatives: Iterable[Sequence[frozenset[str]]],
        exact: tuple[str, ...] = (),
        capitalised: tuple[str, Callable[[str], bool]] | None = None,
    ) -> None:
        self.alternatives = tuple(tuple(sets) for sets in alternatives)
        self.exact = exact
        self.initials = capitalised[0] if capitalised else ""
        self.capitalised = capitalised[1] if capitalised else None


def needles(fact: Fact) -> Needles | None:
    """What a document must have for ``fact`` to hold there (see :class:`Needles`); ``None``
    when any text may hold a hit (a pattern that may start anywhere)."""
    spec = fact.spec
    if isinstance(spec, MentionSpec):
        aliases = (spec.value, *spec.aliases)
        exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))
        return Needles([phrase_needles(a) for a in aliases if not is_acronym(a)], exact)
    if isinstance(spec, QuantitySpec):
        return Needles(cue_alternatives((*spec.cues, *singular_cues_of(spec))))
    if isinstance(spec, TimeSpec):
        return Needles(cue_alternatives(spec.cues))
    if isinstance(spec, DateSpec):
        return Needles(date_needles(spec))
    if isinstance(spec, RoleSpec):
        # every hit is a match of the person (case-sensitive) or of the role
        phrases = (spec.person, *spec.person_aliases, spec.role, *spec.role_aliases)
        return Needles([phrase_needles(phrase) for phrase in phrases])
    if isinstance(spec, ClaimSpec):
        claims = claim_needles(spec)
        return None if claims is None else Needles(claims)
    if isinstance(spec, NameSpec):
        alternatives, initials, suspects = name_needles(fact)
        return Needles(alternatives, capitalised=(initials, suspects))
    return None
