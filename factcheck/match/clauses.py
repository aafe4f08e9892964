"""The clauses of one sentence, read once: where each word's clause starts, and the commas,
semicolons and scope words that stand in it.

A count asks these questions of its sentence ("what opens my clause?", "is there a comma
between these words?", "does a scope word stand before me in my clause?"). Answered by a scan
back or a search of the text per count, they cost the sentence's length for every count: on a
long sentence full of counts, the square of its length. Read once here, each answer costs a
lookup or a binary search.
"""

from __future__ import annotations

import bisect
import re

from factcheck.match.document import Token

# where a clause starts, for scope words before a count ("since" is itself a scope word)
CLAUSE_BREAKERS = frozenset(
    "and or but while when after before because if although though whereas".split()
)
# scope words: a period wider than the event ("since August", "this year", "so far this
# month", "over the past decade", "in recent years"), or a running count or a total ("so far",
# "in total"), which may be the event's own
SCOPE_MARKERS = re.compile(
    r"\b(?:(?P<period>since|this year|cumulative"
    r"|(?:so far|to date) this \w+"
    r"|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days|weeks|months|years|decades?)"
    r"|in recent (?:days|weeks|months|years|decades))"
    r"|so far|to date|in total|in all|altogether|overall)\b",
    re.IGNORECASE,
)

_COMMA, _SEMICOLON = re.compile(","), re.compile(";")
_NOT_WIDER = frozenset(("since", "this year"))


class Clauses:
    """The clause structure of ``text[start:end]``, whose words are ``tokens``."""

    __slots__ = (
        "_commas", "_opens", "_others", "_periods", "_semicolons", "_since", "_wider", "tokens",
    )  # fmt: skip

    def __init__(self, text: str, tokens: list[Token], start: int, end: int) -> None:
        self.tokens = tokens
        opens, first = [], 0
        for index in range(len(tokens)):
            if index and tokens[index - 1].lower in CLAUSE_BREAKERS:
                first = index
            opens.append(first)
        self._opens = opens
        self._commas = [m.start() for m in _COMMA.finditer(text, start, end)]
        self._semicolons = [m.start() for m in _SEMICOLON.finditer(text, start, end)]
        markers = [
            (m.start(), m.end(), m.group().lower(), m["period"] is not None)
            for m in SCOPE_MARKERS.finditer(text, start, end)
        ]
        # "since" scopes what follows only where it opens a phrase: at its clause's start or
        # after punctuation ("Since it began, 66 ...", "and, since August, ..."); after a noun
        # it belongs to the noun ("their first title since 1908, with a 10-inning victory")
        self._since = [
            (a, b)
            for a, b, word, _ in markers
            if word == "since" and _opens_a_phrase(text, start, a)
        ]
        self._others = [a for a, _, word, _ in markers if word != "since"]
        self._periods = [a for a, _, word, period in markers if period and word != "since"]
        # the periods but "this year", for a fact whose time is the source's whole year
        self._wider = [a for a, _, word, period in markers if period and word not in _NOT_WIDER]

    def clause_start(self, index: int) -> int:
        """The first token of token ``index``'s clause: after the sentence start or a
        conjunction ("So far, 10 soldiers ..." -> "So")."""
        return self._opens[index]

    def comma_between(self, left: int, right: int) -> bool:
        """Whether a comma stands at a text offset in ``[left, right)``."""
        return _any_in(self._commas, left, right)

    def scoped_before(self, index: int, this_year_own: bool = False) -> str | None:
        """The scope a scope word gives token ``index`` from before it in its clause ("So far,
        10 ..."; after the last semicolon of the clause): ``"period"`` for a word that names a
        period ("this year"; "since" only with a comma closing its phrase: "Since it began, 66
        ...", not "since arresting her three days after ..."), ``"running"`` for a running count
        or a total ("so far", "in total"), else None. A period wins over a running count. With
        ``this_year_own`` "this year" is the fact's own period, no wider scope."""
        at = self.tokens[index].start
        begin = self.tokens[self._opens[index]].start
        semicolon = bisect.bisect_left(self._semicolons, at) - 1
        if semicolon >= 0 and self._semicolons[semicolon] >= begin:
            begin = self._semicolons[semicolon] + 1
        if _any_in(self._wider if this_year_own else self._periods, begin, at):
            return "period"
        # the earliest "since" of the clause has the most words after it for a comma
        first = bisect.bisect_left(self._since, (begin, -1))
        since = self._since[first] if first < len(self._since) else None
        if since is not None and since[0] < at and self.comma_between(since[1], at):
            return "period"
        return "running" if _any_in(self._others, begin, at) else None


def _opens_a_phrase(text: str, start: int, at: int) -> bool:
    """Whether the word at offset ``at`` opens its sentence (from ``start``) or a phrase: after
    punctuation, or after a conjunction that opens a clause ("and since", "but since")."""
    low = max(start, at - 40)  # a few words back: an endless sentence costs no more per "since"
    before = text[low:at].rstrip()
    if not before or before[-1] in ",;:(\u2014-\"'":
        return True
    return before.rsplit(None, 1)[-1].lower() in CLAUSE_BREAKERS


def _any_in(offsets: list[int], left: int, right: int) -> bool:
    """Whether sorted ``offsets`` hold one in ``[left, right)``."""
    at = bisect.bisect_left(offsets, left)
    return at < len(offsets) and offsets[at] < right
