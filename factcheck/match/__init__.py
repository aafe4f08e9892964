"""One checker per fact kind (``COMPILERS``: a fact -> a function Document -> Verdict), and
``Checkers``, which runs the facts of several expectation files on a document (``FileChecker``
those of one), running only the facts whose needles it has (see :mod:`.needles`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

from factcheck.match.claim import compile_claim
from factcheck.match.date import compile_date
from factcheck.match.document import Checker, Document
from factcheck.match.mention import compile_mention
from factcheck.match.name import ANYWHERE, BY_NAME, compile_name, may_suspect
from factcheck.match.needles import needles
from factcheck.match.quantity import compile_quantity
from factcheck.match.role import compile_role
from factcheck.match.time import compile_time
from factcheck.model import Fact, Verdict, unstated_many

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


class Checkers:
    """Every fact of several expectation files, compiled once; called on a document, it gives
    their verdicts, per file, in order. The facts a document has none of the needles of (see
    :func:`~factcheck.match.needles.needles`) are found with one set intersection (and one set
    difference for its capitalised runs) for all the files at once, and get their omission."""

    def __init__(self, files: Iterable[Sequence[Fact]]) -> None:
        self.files = tuple(tuple(facts) for facts in files)
        facts = [fact for file in self.files for fact in file]
        self.checkers = tuple(COMPILERS[fact.kind](fact) for fact in facts)
        self._ids = [fact.id for fact in facts]
        self._expected = [fact.expected for fact in facts]
        ends = list(itertools.accumulate(len(file) for file in self.files))
        self._bounds = list(itertools.pairwise([0, *ends]))  # where each file's facts are
        # word -> (fact, the other word sets of the alternative, every one of which it needs,
        # and a string the lower-case text must hold too, if any)
        by_word: dict[str, list[tuple[int, tuple[frozenset[str], ...], str]]] = {}
        self._by_string: list[tuple[str, int]] = []  # exact strings: case-sensitive acronyms
        self._by_inside: list[tuple[str, int]] = []  # strings of the lower-case text
        # initial -> the facts a capitalised run with it may concern, with their tests
        self._by_run: dict[str, list[tuple[int, Callable[[str], int]]]] = {}
        # initial -> what every suspect of those facts is near: their declared words of the
        # initial, and the words a suspect may be exactly (see ``may_suspect``)
        self._near: dict[str, tuple[list[str], set[str]]] = {}
        # fact -> the words a document needs for a run it suspects only beside the name
        self._companions: dict[int, frozenset[str] | None] = {}
        # what the capitalised runs met so far concern, found once for every document: the
        # facts of each suspect (those it is a suspect for anywhere, and those only beside
        # their companion words), and the runs that concern no fact
        self._suspects: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._innocent: set[str] = set()
        always = set()  # facts that any text may hold
        for index, fact in enumerate(facts):
            required = needles(fact)
            if required is None:
                always.add(index)
                continue
            for sets, string in itertools.chain(
                ((sets, "") for sets in required.alternatives), required.guarded
            ):
                key, *rest = sorted(sets, key=_rarest_first)
                for word in key:
                    by_word.setdefault(word, []).append((index, tuple(rest), string))
            self._by_string += ((text, index) for text in required.exact)
            self._by_inside += ((text, index) for text in required.inside)
            if required.capitalised is not None:
                self._companions[index] = required.companions
                declared, exact = required.near
                for initial in required.initials:
                    self._by_run.setdefault(initial, []).append((index, required.capitalised))
                    near, exactly = self._near.setdefault(initial, ([], set()))
                    near += (w for w in declared if w[0] == initial.lower() and w not in near)
                    exactly |= exact
        self._always = frozenset(always)
        self._words = frozenset(by_word)
        # word -> the facts it alone is enough for (taken in one set union), and the others,
        # each with the words it needs every one of (the sets of one word, tested in one
        # subset test), the sets of several words it needs one of, and its string
        self._enough: dict[str, frozenset[int]] = {}
        self._needing_more: dict[
            str, list[tuple[int, frozenset[str], tuple[frozenset[str], ...], str]]
        ] = {}
        for word, facts_of in by_word.items():
            self._enough[word] = frozenset(
                index for index, rest, s in facts_of if not rest and not s
            )
            self._needing_more[word] = [
                (
                    index,
                    frozenset(w for words in rest if len(words) == 1 for w in words),
                    tuple(words for words in rest if len(words) != 1),
                    string,
                )
                for index, rest, string in facts_of
                if rest or string
            ]

    def __call__(self, doc: Document) -> tuple[tuple[Verdict, ...], ...]:
        verdicts = unstated_many(self._ids, doc.source.id, self._expected)
        for index in sorted(self._to_run(doc)):
            verdicts[index] = self.checkers[index](doc)
        return tuple(tuple(verdicts[start:end]) for start, end in self._bounds)

    def _to_run(self, doc: Document) -> set[int]:
        """The facts whose needles the document has."""
        words, lower = doc.words, doc.lower
        run = set(self._always)
        for word in self._words & words:
            run |= self._enough[word]
            for index, every, some, string in self._needing_more[word]:
                if (
                    index not in run
                    and every <= words
                    and (not some or all(not s.isdisjoint(words) for s in some))
                    and string in lower
                ):
                    run.add(index)
        if self._by_string:
            run.update(index for text, index in self._by_string if text in doc.text)
        if self._by_inside:
            run.update(index for text, index in self._by_inside if text in doc.lower)
        if self._by_run:
            run.update(self._suspected(doc))
        return run

    def _suspected(self, doc: Document) -> set[int]:
        """The facts one of the document's capitalised runs may concern (each run's facts are
        found once, and remembered across documents): those it is a suspect for anywhere, and
        those it is one for only beside the name, when the document has a word of the name."""
        found = set[int]()
        beside = set[int]()
        suspects, innocent = self._suspects, self._innocent
        for word in doc.capitalised_runs().difference(innocent):
            facts = suspects.get(word)
            if facts is None:
                if len(suspects) + len(innocent) >= _REMEMBERED_RUNS:
                    suspects.clear()
                    innocent.clear()
                near = self._near.get(word[0])
                if near is None or not may_suspect(word, *near):
                    innocent.add(word)  # no fact of its initial finds it a suspect
                    continue
                judged = [(index, test(word)) for index, test in self._by_run[word[0]]]
                anywhere = tuple(index for index, level in judged if level == ANYWHERE)
                by_name = tuple(index for index, level in judged if level == BY_NAME)
                if not anywhere and not by_name:
                    innocent.add(word)
                    continue
                facts = suspects[word] = (anywhere, by_name)
            found.update(facts[0])
            beside.update(facts[1])
        for index in beside - found:
            companions = self._companions[index]
            if companions is None or not companions.isdisjoint(doc.words):
                found.add(index)
        return found


class FileChecker:
    """Every fact of one expectation file, compiled once (see :class:`Checkers`); called on a
    document, it gives their verdicts in order."""

    def __init__(self, facts: Sequence[Fact]) -> None:
        self.facts = tuple(facts)
        self._checkers = Checkers([self.facts])

    def __call__(self, doc: Document) -> tuple[Verdict, ...]:
        return self._checkers(doc)[0]


_REMEMBERED_RUNS = 1 << 17


def _rarest_first(words: frozenset[str]) -> tuple[int, int]:
    """The order in which the word sets of an alternative are looked up: the set of fewest
    words first, of longer words first among equals (long words are rarer)."""
    return len(words), -min(map(len, words), default=0)


__all__ = ["COMPILERS", "KINDS", "Checker", "Checkers", "Document", "FileChecker"]
