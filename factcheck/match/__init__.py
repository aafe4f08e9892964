"""One checker per fact kind (``COMPILERS``: a fact -> a function Document -> Verdict), and
``FileChecker``, which runs the facts of one expectation file.

Most facts cannot hold in a document that lacks certain words (a quantity its cues, a mention
its aliases); ``needles`` names them, and a document without any of them gets the fact's
omission at once, exactly as the full check would give it, without scanning the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from factcheck.match.claim import claim_needles, compile_claim
from factcheck.match.date import compile_date, date_needles
from factcheck.match.document import Checker, Document, cue_alternatives, first_words
from factcheck.match.mention import acronym_lead, compile_mention, is_acronym
from factcheck.match.name import compile_name, name_needles
from factcheck.match.quantity import compile_quantity
from factcheck.match.role import compile_role
from factcheck.match.time import compile_time
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Fact,
    MentionSpec,
    NameSpec,
    QuantitySpec,
    RoleSpec,
    TimeSpec,
    Verdict,
    unstated,
)

COMPILERS: dict[str, Callable[[Fact], Checker]] = {
    "quantity": compile_quantity,
    "date": compile_date,
    "time": compile_time,
    "role": compile_role,
    "name": compile_name,
    "claim": compile_claim,
    "mention": compile_mention,
}
KINDS = tuple(COMPILERS)


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


class FileChecker:
    """Every fact of one expectation file, compiled once; called on a document, it gives their
    verdicts in order. The facts a document has none of the needles of (see :func:`needles`)
    are found with one set intersection for the whole file (and one set difference for the
    capitalised runs of the document), and get their omission at once."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = tuple(facts)
        self.checkers = tuple(COMPILERS[fact.kind](fact) for fact in self.facts)
        # word -> (fact, the other word sets of the alternative, every one of which it needs)
        self.by_word: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        self.by_string: list[tuple[str, int]] = []  # exact strings: case-sensitive acronyms
        # initial -> the facts a capitalised run with it may concern, with their tests
        self.by_run: dict[str, list[tuple[int, Callable[[str], bool]]]] = {}
        # what the capitalised runs met so far concern, found once for every document: the
        # facts of each suspect, and the runs that concern no fact
        self._suspects: dict[str, tuple[int, ...]] = {}
        self._innocent: set[str] = set()
        always = set()  # facts that any text may hold
        for index, fact in enumerate(self.facts):
            required = needles(fact)
            if required is None:
                always.add(index)
                continue
            for sets in required.alternatives:
                key, *rest = sorted(sets, key=_rarest_first)
                for word in key:
                    self.by_word.setdefault(word, []).append((index, tuple(rest)))
            self.by_string += ((text, index) for text in required.exact)
            if required.capitalised is not None:
                for initial in required.initials:
                    self.by_run.setdefault(initial, []).append((index, required.capitalised))
        self.always = frozenset(always)
        self.words = frozenset(self.by_word)

    def __call__(self, doc: Document) -> tuple[Verdict, ...]:
        source, words = doc.source.id, doc.words
        run = set(self.always)
        for word in self.words & words:
            run.update(
                index
                for index, rest in self.by_word[word]
                if index not in run and all(not s.isdisjoint(words) for s in rest)
            )
        if self.by_string:
            run.update(index for text, index in self.by_string if text in doc.text)
        if self.by_run:
            run.update(self._suspected(doc))
        return tuple(
            checker(doc) if index in run else unstated(fact.id, source, fact.expected)
            for index, (fact, checker) in enumerate(zip(self.facts, self.checkers, strict=True))
        )

    def _suspected(self, doc: Document) -> set[int]:
        """The facts one of the document's capitalised runs may concern (each run's facts are
        found once, and remembered across documents)."""
        found = set[int]()
        suspects, innocent = self._suspects, self._innocent
        for word in doc.capitalised_runs().difference(innocent):
            facts = suspects.get(word)
            if facts is None:
                if len(suspects) + len(innocent) >= _REMEMBERED_RUNS:
                    suspects.clear()
                    innocent.clear()
                tests = self.by_run.get(word[0])
                facts = tuple(index for index, accepts in tests if accepts(word)) if tests else ()
                if not facts:
                    innocent.add(word)
                    continue
                suspects[word] = facts
            found.update(facts)
        return found


_REMEMBERED_RUNS = 1 << 17


def _rarest_first(words: frozenset[str]) -> tuple[int, int]:
    """The order in which the word sets of an alternative are looked up: the set of fewest
    words first, of longer words first among equals (long words are rarer)."""
    return len(words), -min(map(len, words), default=0)


def needles(fact: Fact) -> Needles | None:
    """What a document must have for ``fact`` to hold there (see :class:`Needles`); ``None``
    when any text may hold a hit (a pattern that may start anywhere)."""
    spec = fact.spec
    if isinstance(spec, MentionSpec):
        aliases = (spec.value, *spec.aliases)
        exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))
        words = frozenset(
            word for alias in aliases if not is_acronym(alias) for word in first_words(alias)
        )
        return Needles([(words,)], exact)
    if isinstance(spec, QuantitySpec | TimeSpec):
        return Needles(cue_alternatives(spec.cues))
    if isinstance(spec, DateSpec):
        return Needles(date_needles(spec))
    if isinstance(spec, RoleSpec):
        phrases = (spec.person, *spec.person_aliases, spec.role, *spec.role_aliases)
        return Needles([(frozenset(w for p in phrases for w in first_words(p)),)])
    if isinstance(spec, ClaimSpec):
        claims = claim_needles(spec)
        return None if claims is None else Needles(claims)
    if isinstance(spec, NameSpec):
        alternatives, initials, suspects = name_needles(fact)
        return Needles(alternatives, capitalised=(initials, suspects))
    return None


__all__ = ["COMPILERS", "KINDS", "Checker", "Document", "FileChecker"]
