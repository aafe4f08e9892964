"""Candidate claims: the causes and attributions the sources give, after a cause word.

A cause is told by a few set words of English: "caused by", "blamed on", "due to", "because
of", "triggered by", "attributed to", "the result of", "resulted from". What follows them, to
the end of its clause, is the account a source gives: "the incident occurred due to a lack of
coordination" gives "lack of coordination". The phrase ends where ``check``'s readers end a
clause: at punctuation, at a word that opens another clause (``CLAUSE_BREAKERS``: "and",
"but", "while"...), or after ``MAX_WORDS`` words; the article before it is left out. A phrase
the sentence negates or leaves open ("not because of the weather", "whether it was due to")
states nothing (the claim checker's own :func:`~factcheck.match.assertion.stance_of`), and
neither does one inside a motive ("in retaliation for ...", another event:
:func:`~factcheck.match.other_event.motives`).

The phrases of several sources are one account when their words, stopwords aside, are the same
or one's are among the other's ("a lack of coordination" and "lack of coordination between
the militaries"); each account is one candidate claim, with every phrase seen as its
variant's phrases, the shortest first. The checker then says how many sources state it: a
draft never invents a cause, and one that one source gives is proposed only with
``--min-sources 1``.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, sentences
from factcheck.match.assertion import Stance, stance_of
from factcheck.match.clauses import CLAUSE_BREAKERS
from factcheck.match.document import Document
from factcheck.match.other_event import motives

_CAUSES = (
    "caused by|blamed on|due to|because of|triggered by|attributed to|the result of|resulted from"
)
CAUSE_WORDS = re.compile(rf"\b(?:{_CAUSES})\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+|[^\w\s]")
_QUOTES = frozenset("\"'")
_LEADING = frozenset("a an the his her its their this that these those".split())
# words that end a cause's noun phrase: a preposition but "of" opens an adjunct (a place, a
# time: "car problems during the race"), an auxiliary or a modal its clause's verb ("caused by
# Nato forces have been"), a relative word a clause of its own
_ENDS = frozenset(
    (
        "at in on during between from for with by to into over under after before since until "
        "near across against among amid around through within without about as than "
        "is are was were be been being has have had will would could should can may might must "
        "do does did which that who whom whose where when"
    ).split()
)
MAX_WORDS = 6  # words of a cause phrase, at most: a longer one is no account shared
MAX_CLAIMS = 10  # accounts, the most written first


def claim_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per account that ``min_sources`` sources give after a cause word."""
    written: dict[str, set[str]] = defaultdict(set)  # cause phrase -> the ways it is written
    stating: dict[str, set[str]] = defaultdict(set)  # cause phrase -> the sources giving it
    for doc in docs:
        for phrase, as_written in _cause_phrases(doc):
            written[phrase].add(as_written)
            stating[phrase].add(doc.source.id)
    accounts = _accounts(stating)
    kept = [a for a in accounts if len(_stating(a, stating)) >= min_sources]
    kept.sort(key=lambda a: (-len(_stating(a, stating)), a[0]))
    found = []
    for account in kept[:MAX_CLAIMS]:
        name = account[0]
        phrases = sorted({w for phrase in account for w in written[phrase]}, key=_by_length)
        keys: dict[str, object] = {
            "id": "-".join(_content(name)) or "claim",
            "kind": "claim",
            "value": name,
            "variants": {name: {"phrases": phrases, "patterns": [_any_cause(account)]}},
        }
        found.append(Candidate(keys=keys, group=f"claim:{name}"))
    return found


def _any_cause(account: tuple[str, ...]) -> str:
    """A pattern (RE2) of the account's phrases after any cause word, articles and quotes
    between, as the phrases were read: "caused by a lack of coordination" states what "due to
    lack of coordination" does, and 'due to the "a position coordination error' is found."""
    leading = "|".join(sorted(_LEADING))
    said = "|".join(r"\s+".join(re.escape(word) for word in phrase.split()) for phrase in account)
    return rf"\b(?:{_CAUSES})\s+(?:(?:{leading})\s+|\"\s*)*(?:{said})\b"


def _by_length(phrase: str) -> tuple[int, str]:
    return len(phrase), phrase


def _cause_phrases(doc: Document) -> list[tuple[str, str]]:
    """Every cause phrase of ``doc`` that its sentence asserts: the phrase (``"lack of
    coordination"``) and the words as written from the cause word (``"due to a lack of
    coordination"``)."""
    found = []
    for start, end in sentences(doc):
        causes = list(CAUSE_WORDS.finditer(doc.text, start, end))
        if not causes:
            continue
        other = motives(doc, start, end)
        for cause in causes:
            at = cause.end()
            if any(a <= at < b for a, b in other):
                continue
            spans = _noun_phrase(doc.text, at, end)
            if spans is None or stance_of(doc, cause.start(), at)[0] is not Stance.ASSERTED:
                continue
            first, last = spans
            phrase = " ".join(w for w in _WORD.findall(doc.text[first:last]) if w not in _QUOTES)
            found.append((phrase, " ".join(doc.text[cause.start() : last].split())))
    return found


def _noun_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the noun phrase after a cause word lies in ``text[start:end]``: from its first
    word past an article and quotes, to the end of its clause (punctuation, a word of
    ``CLAUSE_BREAKERS`` or ``_ENDS``), at most ``MAX_WORDS`` words; ``None`` without a
    word that is no stopword."""
    first = last = None
    count = 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        lower = word.lower()
        if word in _QUOTES:
            continue
        if not word[0].isalnum() or lower in CLAUSE_BREAKERS or lower in _ENDS:
            break
        if first is None and lower in _LEADING:
            continue
        if first is None:
            first = match.start()
        last = match.end()
        count += 1
        if count == MAX_WORDS:
            break
    if first is None or last is None or not _content(text[first:last]):
        return None
    return first, last


def _content(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in phrase.lower().split() if w not in STOPWORDS)


def _accounts(phrases: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The phrases grouped into accounts: two are one when the content words of one are all
    among the other's, the account being named by its phrase of fewest words. Each account
    lists its phrases, shortest first. A phrase has at most ``MAX_WORDS`` words, so its home
    is found among the subsets of its words (64 at most), not by comparing it with every
    account: the cost grows with the number of phrases, not its square."""
    ordered = sorted(phrases, key=lambda p: (len(_content(p)), p))
    groups: dict[frozenset[str], list[str]] = {}
    for phrase in ordered:
        words = sorted(set(_content(phrase)))
        subsets = (
            frozenset(subset)
            for size in range(1, len(words) + 1)
            for subset in itertools.combinations(words, size)
        )
        home = next((groups[key] for key in subsets if key in groups), None)
        if home is None:
            groups[frozenset(words)] = [phrase]
        else:
            home.append(phrase)
    return [tuple(group) for group in groups.values()]


def _stating(account: tuple[str, ...], phrases: dict[str, set[str]]) -> set[str]:
    return set().union(*(phrases[phrase] for phrase in account))
