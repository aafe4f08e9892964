"""Candidate claims: how a source says something came about, by accident or on purpose.

English says it with a few adverbs and adjuncts: "accidentally", "mistakenly",
"inadvertently", "erroneously", "by accident", "by mistake", "in error" against
"deliberately", "intentionally", "on purpose". The clause that holds one is the account: "First
Energy said a decimal point was accidentally moved" gives "decimal point was accidentally
moved"; "Najib Razak suggested the jet was deliberately diverted by someone on board" gives
"jet was deliberately diverted by someone on board". The clause runs back from the adverb to
the sentence's start, punctuation, a word that opens a clause ("and", "when", "where",
"that") or a reporting verb ("said", "suggested"), and on to the end of the clause, at most
``MAX_WORDS`` words; quotation marks are left out ('Three Turkish soldiers were
"accidentally" killed'), and so is an article first. A clause the sentence negates or leaves
open states nothing (``check``'s own :func:`~factcheck.match.assertion.stance_of`).

The clauses of several sources are one account when the words of one (stopwords aside) are
all among the other's, as for causes (:func:`~factcheck.draft.claims.accounts`); each account
is a claim of one variant, its clauses as written its phrases. ``MAX_CLAIMS`` at most, the
most written first.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.draft.claims import accounts, content, stating
from factcheck.draft.model import Candidate
from factcheck.draft.sentences import sentences
from factcheck.match.assertion import BOUNDARIES, REPORTING_VERBS, Stance, stance_of
from factcheck.match.document import Document

_MANNER = re.compile(
    r"\b(?:accidentally|mistakenly|inadvertently|erroneously|by accident|by mistake|in error"
    r"|deliberately|intentionally|on purpose)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'-]+|[^\w\s]")
_QUOTES = frozenset("\"'")
_ARTICLES = frozenset("a an the".split())
# words that open a clause: the account starts after them
_OPENS = BOUNDARIES | REPORTING_VERBS | frozenset(("that", "whether", "if", "suggested"))
MAX_WORDS = 12  # words of the clause, at most
MAX_CLAIMS = 5  # accounts, the most written first
ID_WORDS = 5  # words of an account in its id, at most


def manner_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per account of how something came about that ``min_sources``
    sources give."""
    return clause_candidates(docs, min_sources, _MANNER, "manner")


def clause_candidates(
    docs: Iterable[Document], min_sources: int, words: re.Pattern[str], family: str
) -> list[Candidate]:
    """One candidate claim per account, the clause around a match of ``words`` (grouped as
    :func:`~factcheck.draft.claims.accounts` groups causes), that ``min_sources`` sources
    give; ``MAX_CLAIMS`` at most, the most given first."""
    written: dict[str, set[str]] = defaultdict(set)  # a clause -> the ways it is written
    giving: dict[str, set[str]] = defaultdict(set)  # a clause -> the sources giving it
    for doc in docs:
        for clause, as_written in _clauses(doc, words):
            written[clause].add(as_written)
            giving[clause].add(doc.source.id)
    kept = [a for a in accounts(giving) if len(stating(a, giving)) >= min_sources]
    kept.sort(key=lambda a: (-len(stating(a, giving)), a[0]))
    found = []
    for account in kept[:MAX_CLAIMS]:
        name = account[0]
        phrases = sorted({w for clause in account for w in written[clause]}, key=len)
        keys: dict[str, object] = {
            "id": "-".join(content(name)[:ID_WORDS]),
            "kind": "claim",
            "value": name,
            "variants": {name: phrases},
        }
        found.append(Candidate(keys=keys, group=f"claim:{family}:{name}"))
    return found


def _clauses(doc: Document, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Every clause of ``doc`` around a match of ``pattern`` that its sentence asserts: the
    clause without quotation marks or an article first, and as written."""
    found = []
    for start, end in sentences(doc):
        manners = list(pattern.finditer(doc.text, start, end))
        if not manners:
            continue
        words = [m for m in _WORD.finditer(doc.text, start, end) if m.group() not in _QUOTES]
        starts = [m.start() for m in words]
        for manner in manners:
            at = bisect.bisect_left(starts, manner.start())
            span = _clause(words, at)
            if span is None:
                continue
            if stance_of(doc, manner.start(), manner.end())[0] is not Stance.ASSERTED:
                continue  # "was not deliberately set", "whether it was deliberately"
            head, tail = words[span[0]].start(), words[span[1]].end()
            clause = " ".join(m.group() for m in words[span[0] : span[1] + 1])
            found.append((clause, " ".join(doc.text[head:tail].split())))
    return found


def _clause(words: list[re.Match[str]], at: int) -> tuple[int, int] | None:
    """The first and last word of the clause around the word ``at``, within ``MAX_WORDS``
    words, an article first left out; ``None`` for a clause too long or of one word."""
    first = at
    while first > 0 and _inside(words[first - 1].group()):
        first -= 1
        if at - first >= MAX_WORDS:
            return None
    while first < at and words[first].group().lower() in _ARTICLES:
        first += 1
    last = at
    while last + 1 < len(words) and _inside(words[last + 1].group(), opening=False):
        last += 1
        if last - first >= MAX_WORDS:
            return None
    return None if first == last else (first, last)


def _inside(word: str, *, opening: bool = True) -> bool:
    """Whether ``word`` belongs to the clause (going back: no word that opens a clause)."""
    if not word[0].isalnum():
        return False
    lower = word.lower()
    return lower not in (_OPENS if opening else BOUNDARIES)
