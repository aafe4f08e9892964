"""Candidate claims: the causes, motives and assessments the sources give, after the words
English states them with.

Three families of lead words tell an account of the event:
- a **cause**: "caused by", "blamed on", "due to", "because of", "triggered by", "attributed
  to", "the result of", "resulted from", and "following" before an article or a possessive
  ("asked to leave the plane following an argument");
- a **motive**: "in retaliation for", "in revenge for", "as revenge for", "a revenge attack
  for", "in reprisal for", "in response to", "in exchange for" (what the event answers or was
  given for: "in retaliation for Nato airstrikes");
- an **assessment**: "considered (to be)", "deemed", "believed to be", "thought to be",
  "described as", "called it" (what the event or a thing of it is taken for: "gorillas who are
  considered critically endangered species", "a tranquilizer shot was deemed \"too dicey\"").

What follows them, to the end of its clause, is the account a source gives: "the incident
occurred due to a lack of coordination" gives "lack of coordination". The phrase ends where
``check``'s readers end a clause: at punctuation, at a word that opens another clause
(``CLAUSE_BREAKERS``: "and", "but", "while"...), at a word of time ("air strikes last week"),
or after ``MAX_WORDS`` words; the article before it is left out. A phrase the sentence negates
or leaves open ("not because of the weather", "whether it was due to") states nothing (the
claim checker's own :func:`~factcheck.match.assertion.stance_of`), and neither does a cause
inside a motive ("in retaliation for strikes caused by ...": the cause is another event's,
:func:`~factcheck.match.other_event.motives`).

The phrases of several sources, of one family, are one account when their words, stopwords
aside, are the same or one's are among the other's ("a lack of coordination" and "lack of
coordination between the militaries"); each account is one candidate claim, with every phrase
seen as its variant's phrases, the shortest first, and a pattern of its phrases after any lead
word of its family. The checker then says how many sources state it: a draft never invents an
account, and one that one source gives is proposed only with ``--min-sources 1``.
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

# the lead words of each family, RE2 as the claim's pattern reads them
FAMILIES = {
    "cause": (
        r"caused\s+by|blamed\s+on|due\s+to|because\s+of|triggered\s+by|attributed\s+to"
        r"|the\s+result\s+of|resulted\s+from|following"
    ),
    "motive": (
        r"in\s+retaliation\s+for|in\s+revenge\s+for|as\s+revenge\s+for"
        r"|revenge\s+attacks?\"?\s+for|in\s+reprisal\s+for|in\s+response\s+to"
        r"|in\s+exchange\s+for"
    ),
    "assessment": (
        r"considered(?:\s+to\s+be)?|deemed|believed\s+to\s+be|thought\s+to\s+be"
        r"|described\s+as|called\s+it|calling\s+it"
    ),
}
LEADS = {
    family: re.compile(rf"\b(?:{words})\s+", re.IGNORECASE) for family, words in FAMILIES.items()
}
# "following" tells a cause only before a determiner ("following an argument"), not as an
# adjective ("the following day")
_DETERMINERS = frozenset("a an the his her its their".split())
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
# words of time, which end the phrase after its first word ("US air strikes this month")
_TIME_ENDS = frozenset(
    (
        "this last next earlier later ago yesterday today tonight monday tuesday wednesday "
        "thursday friday saturday sunday"
    ).split()
)
MAX_WORDS = 6  # words of a cause phrase, at most: a longer one is no account shared
MAX_CLAIMS = 10  # accounts, the most written first


def claim_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per account that ``min_sources`` sources give after a lead word of
    one family (a cause, a motive, an assessment)."""
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # -> the ways it is written
    giving: dict[tuple[str, str], set[str]] = defaultdict(set)  # -> the sources giving it
    for doc in docs:
        for family, phrase, as_written in _lead_phrases(doc):
            written[family, phrase].add(as_written)
            giving[family, phrase].add(doc.source.id)
    kept = []
    for family in FAMILIES:
        phrases = {phrase: ids for (kind, phrase), ids in giving.items() if kind == family}
        for account in accounts(phrases):
            if len(stating(account, phrases)) >= min_sources:
                kept.append((family, account, len(stating(account, phrases))))
    kept.sort(key=lambda k: (-k[2], k[1][0], k[0]))
    found = []
    for family, account, _ in kept[:MAX_CLAIMS]:
        name = account[0]
        shown = {w for phrase in account for w in written[family, phrase]}
        keys: dict[str, object] = {
            "id": "-".join(content(name)) or "claim",
            "kind": "claim",
            "value": name,
            "variants": {
                name: {
                    "phrases": sorted(shown, key=_by_length),
                    "patterns": [_after_lead(family, account)],
                }
            },
        }
        found.append(Candidate(keys=keys, group=f"claim:{family}:{name}"))
    return found


def _after_lead(family: str, account: tuple[str, ...]) -> str:
    """A pattern (RE2) of the account's phrases after any lead word of its family, articles
    and quotes between, as the phrases were read: "caused by a lack of coordination" states
    what "due to lack of coordination" does, and 'due to the "a position coordination error'
    is found."""
    leading = "|".join(sorted(_LEADING))
    # a quote may close or open between the words ('a "potent political symbol" of China')
    said = "|".join(
        r'[\s"]+'.join(re.escape(word) for word in phrase.split()) for phrase in account
    )
    return rf"\b(?:{FAMILIES[family]})\s+(?:(?:{leading})\s+|\"\s*)*(?:{said})\b"


def _by_length(phrase: str) -> tuple[int, str]:
    return len(phrase), phrase


def _lead_phrases(doc: Document) -> list[tuple[str, str, str]]:
    """Every account of ``doc`` that its sentence asserts: its family, the phrase (``"lack of
    coordination"``) and the words as written from the lead word (``"due to a lack of
    coordination"``)."""
    found = []
    for start, end in sentences(doc):
        leads = [
            (family, lead)
            for family, regex in LEADS.items()
            for lead in regex.finditer(doc.text, start, end)
        ]
        if not leads:
            continue
        other = motives(doc, start, end)
        for family, lead in leads:
            at = lead.end()
            if family != "motive" and any(a <= at < b for a, b in other):
                continue  # a cause of the event a motive names
            if lead.group().lower().startswith("following") and not _determined(doc.text, at):
                continue
            spans = _noun_phrase(doc.text, at, end)
            if spans is None or stance_of(doc, lead.start(), at)[0] is not Stance.ASSERTED:
                continue
            first, last = spans
            phrase = " ".join(w for w in _WORD.findall(doc.text[first:last]) if w not in _QUOTES)
            found.append((family, phrase, " ".join(doc.text[lead.start() : last].split())))
    return found


def _determined(text: str, at: int) -> bool:
    word = _WORD.match(text, at)
    return word is not None and word.group().lower() in _DETERMINERS


def _noun_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the noun phrase after a lead word lies in ``text[start:end]``: from its first
    word past an article and quotes, to its last word that is no stopword before the end of
    its clause (punctuation, a word of ``CLAUSE_BREAKERS`` or ``_ENDS``), within
    ``MAX_WORDS`` words; ``None`` without a word that is no stopword."""
    first = last = None
    count = 0
    words = (m for m in _WORD.finditer(text, start, end) if m.group() not in _QUOTES)
    for match, following in itertools.pairwise(itertools.chain(words, (None,))):
        if match is None:
            break
        word = match.group()
        lower = word.lower()
        if not word[0].isalnum() or lower in CLAUSE_BREAKERS or lower in _ENDS:
            if lower == "to" and count == 1:
                return None  # a word whose complement is cut: "deemed likely to switch"
            break
        if first is not None and (
            lower in _TIME_ENDS or _participle(lower, following.group() if following else "")
        ):
            break
        if first is None and lower in _LEADING:
            continue
        if first is None:
            first = match.start()
        if lower not in STOPWORDS:  # the phrase ends on a word of its own ("option of" no)
            last = match.end()
        count += 1
        if count == MAX_WORDS:
            break
    if first is None or last is None:
        return None
    return first, last


def _participle(word: str, after: str) -> bool:
    """Whether ``word``, after a noun, opens a clause of its own: a participle with its
    complement ("strikes caused by Nato", "a shunt involving Sauber's Marcus Ericsson"), not
    a word of the noun phrase ("critically endangered species", "hacking schemes")."""
    if word.endswith("ed"):
        return after.lower() in _ENDS
    if word.endswith("ing"):
        return after.lower() in _DETERMINERS or after[:1].isupper()
    return False


def content(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in phrase.lower().split() if w not in STOPWORDS)


def accounts(phrases: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """The phrases grouped into accounts: two are one when the content words of one are all
    among the other's, the account being named by its phrase of fewest words. Each account
    lists its phrases, shortest first. A phrase has at most ``MAX_WORDS`` words, so its home
    is found among the subsets of its words (64 at most), not by comparing it with every
    account: the cost grows with the number of phrases, not its square."""
    ordered = sorted(phrases, key=lambda p: (len(content(p)), p))
    groups: dict[frozenset[str], list[str]] = {}
    for phrase in ordered:
        words = sorted(set(content(phrase)))
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


def stating(account: tuple[str, ...], phrases: dict[str, set[str]]) -> set[str]:
    return set().union(*(phrases[phrase] for phrase in account))
