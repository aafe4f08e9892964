"""``quantity`` facts: a count bound to an event cue ("3 killed", "killing three soldiers").

A count (see :mod:`factcheck.match.numbers`) counts for the fact only when it is tied to a cue
within one sentence:
- after the cue, past a few fillers: "kills 3 Turkish troops", "a bill of more than $284
  billion", "the death of three soldiers";
- before the cue, the nearest count with no conjunction between: "Three Turkish soldiers were
  accidentally killed", "11 wounded".
When the fact declares ``subjects``, a count not right next to its cue must quantify one of
them ("three soldiers", not "three days").

A tied count agrees when its interval meets the expected one. Counts that do not claim the
event's count are set aside as context, never contradictions:
- another scope: a scope marker after the cue ("66 soldiers have been killed ... since
  August") or before the count in its clause ("So far, 10 soldiers have been killed"): "since",
  "so far", "to date", "in total", "in all", "altogether", "overall", "this year", "cumulative";
- a subset: "of the 11 injured, one was badly wounded"; one member: "one of the students";
- another time: a date that frames the sentence (among its first words: "In July 2011, ...")
  or stands within 8 words of the count is of a time other than the fact's ``when`` (more than
  a week away, or another month), and no such date agrees with it; or the sentence speaks of
  "last year". The sentence right after a framed one goes on with its episode when it carries
  no date of its own ("In August 2012, a British woman ... Thanks to a technical glitch, she
  ended up being slapped with a bill for more than $42,000");
- a description, not a count: the cue is a participle describing what is counted ("21
  abducted schoolgirls freed", "21 schoolgirls abducted by Boko Haram have been released"): such
  a count may agree, but it is no claim against the fact;
- vague words: "several", "dozens", "millions of".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.dates import DateExpr
from factcheck.match.document import Checker, Cues, Document, Hit, Token, decide
from factcheck.match.numbers import HEDGE_WORDS, Count, counts_in, may_count
from factcheck.model import Fact, Period, QuantitySpec, Verdict

FILLERS_AFTER = HEDGE_WORDS | frozenset(
    "of on the a an all for to at as was were is are would be mere only just whopping totaling "
    "totalling worth listed showing".split()
)
AUXILIARIES = frozenset("was were been is are be being have has had".split())
ATTRIBUTIVE_NEXT = frozenset("by from".split())
BREAKERS = frozenset(
    "and or but while when after before because since if although though whereas".split()
)
SCOPE_MARKERS = re.compile(
    r"\b(?:since|so far|to date|in total|in all|altogether|overall|this year|cumulative)\b",
    re.IGNORECASE,
)
OTHER_TIME = re.compile(r"\b(?:last year|months before)\b", re.IGNORECASE)
MAX_FILLERS = 5  # tokens skipped between a cue and a count after it
MAX_BEFORE = 8  # tokens from a count to the cue after it
FRAMING = 3  # a date among a sentence's first tokens frames it ("In August 2012, ...")
NEAR_DATE = 8  # ... or a date this close to the count dates it
MAX_SUBJECT_GAP = 3  # tokens from a count to the subject it quantifies
MAX_PARTITIVE_GAP = 7  # ... when "of" follows the count: "21 of the more than 200 schoolgirls"
SCOPE_WINDOW = 12  # tokens after the cue searched for a scope marker
# where a clause starts, for scope markers before a count ("since" is itself a marker)
CLAUSE_BREAKERS = BREAKERS - {"since"}

SubjectTest = Callable[[list[Token], int, int], int | None]


def compile_quantity(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, QuantitySpec)
    cues = Cues(spec.cues)
    subjects = frozenset(word.lower() for word in spec.subjects)
    margin = spec.tolerance * max(abs(spec.low), abs(spec.high))
    low, high = spec.low - margin, spec.high + margin

    def subject_at(tokens: list[Token], first: int, last: int) -> int | None:
        """The index of the first subject word in ``tokens[first..last]`` (``first - 1`` when
        the fact declares no subjects: any count will do)."""
        if not subjects:
            return first - 1
        for index in range(first, min(last, len(tokens) - 1) + 1):
            if tokens[index].lower in subjects:
                return index
        return None

    def check(doc: Document) -> Verdict:
        found: dict[str, list[Hit]] = {"support": [], "conflict": [], "context": []}
        scopes = _TimeScopes(doc, spec.when)
        for start, end in cues.sentences(doc):
            if not may_count(doc, start, end, spec.unit):
                continue
            tokens = doc.tokens_between(start, end)
            cue_spans = cues.positions(tokens)
            if not cue_spans:
                continue
            counts = counts_in(doc, tokens, start, end, unit=spec.unit, subjects=subjects)
            for first, last in cue_spans:
                for count, extent in _linked(tokens, counts, first, last, subject_at):
                    words = (min(count.first, first), max(extent, last))
                    target, hit = _classify(doc, tokens, count, words, last, counts)
                    if target == "claim":
                        if scopes.other_time(start, end, tokens, count):
                            target, hit = "context", _noted(hit, "about another time")
                        elif count.meets(low, high):
                            target = "support"
                        elif _attributive(tokens, count, first, last, subject_at):
                            target, hit = "context", _noted(hit, "the cue describes, not counts")
                        else:
                            target = "conflict"
                            said = f"the source says {count.show(spec.unit)}"
                            hit = _noted(hit, f"{said} where {fact.expected} is expected")
                    found[target].append(_shown(hit, count, spec.unit))
        return decide(
            fact,
            doc,
            supports=found["support"],
            conflicts=found["conflict"],
            context=found["context"],
        )

    return check


def _linked(
    tokens: list[Token], counts: list[Count], first: int, last: int, subject_at: SubjectTest
) -> list[tuple[Count, int]]:
    """The counts tied to the cue spanning tokens ``first..last``, each with the last token of
    its words (the subject after a count that follows the cue: "kills 3 Turkish troops")."""
    starting = {count.first: count for count in counts}
    covering = {i: count for count in counts for i in range(count.first, count.last + 1)}
    linked = []
    # after the cue: past fillers (and hedges, which belong to the count)
    index = last + 1
    while index < len(tokens) and index not in starting and index - last <= MAX_FILLERS:
        word = tokens[index].lower
        if word not in FILLERS_AFTER and not word.endswith("ly"):  # "illegally", "allegedly"
            break
        index += 1
    count = starting.get(index)
    if count is not None:
        gap = MAX_PARTITIVE_GAP if _next_is(tokens, count.last, "of") else MAX_SUBJECT_GAP
        subject = subject_at(tokens, count.last + 1, count.last + gap)
        if subject is not None:
            linked.append((count, max(subject, count.last)))
    # before the cue: the nearest count, with no conjunction between ("girls and women" is one)
    for index in range(first - 1, max(-1, first - 1 - MAX_BEFORE), -1):
        joins_subjects = index + 1 < first and subject_at(tokens, index + 1, index + 1) == index + 1
        if tokens[index].lower in BREAKERS and not joins_subjects:
            break
        count = covering.get(index)
        if count is not None:
            adjacent = count.last == first - 1
            if adjacent or subject_at(tokens, count.last + 1, first - 1) is not None:
                linked.append((count, last))
            break
    return linked


def _attributive(
    tokens: list[Token], count: Count, first: int, last: int, subject_at: SubjectTest
) -> bool:
    """Whether the cue only describes what is counted: "21 abducted schoolgirls freed",
    "21 schoolgirls abducted by Boko Haram have been released". Such a count may agree with the
    fact, but it is no claim against it: the sentence counts something else."""
    if count.last >= first or any(
        t.lower in AUXILIARIES for t in tokens[max(0, first - 2) : first]
    ):
        return False
    after = tokens[last + 1 : last + 4]
    if after and after[0].lower in ATTRIBUTIVE_NEXT:
        return True
    return subject_at(tokens, last + 1, last + 3) not in (None, last)


def _next_is(tokens: list[Token], index: int, word: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == word


def _classify(
    doc: Document,
    tokens: list[Token],
    count: Count,
    words: tuple[int, int],
    cue_last: int,
    counts: list[Count],
) -> tuple[str, Hit]:
    """``"context"`` with a note for counts that claim nothing here, else ``"claim"``."""
    start, end = tokens[words[0]].start, tokens[words[1]].end
    quoted = doc.text[start:end]
    hit = Hit(start=start, end=end, value=quoted, note=f"stated: {quoted!r}")
    if count.vague:
        return "context", _noted(hit, "a vague number")
    if _is_subset(doc, tokens, count, counts):
        return "context", _noted(hit, "a subset of another count")
    if tokens[count.index].lower == "one" and _next_is(tokens, count.last, "of"):
        return "context", _noted(hit, "one member of a group, not a count of it")
    window = tokens[cue_last + 1 : cue_last + 1 + SCOPE_WINDOW]
    tail = doc.text[tokens[cue_last].end : window[-1].end] if window else ""
    if SCOPE_MARKERS.search(tail) or SCOPE_MARKERS.search(_clause_before(doc, tokens, count)):
        return "context", _noted(hit, "another scope")
    return "claim", hit


def _clause_before(doc: Document, tokens: list[Token], count: Count) -> str:
    """The text of the count's clause before it: back to the sentence start, a semicolon or a
    conjunction ("So far, 10 soldiers ..." -> "So far, ")."""
    first = count.first
    while first > 0 and tokens[first - 1].lower not in CLAUSE_BREAKERS:
        first -= 1
    text = doc.text[tokens[first].start : tokens[count.first].start]
    return text.rpartition(";")[2]


def _is_subset(doc: Document, tokens: list[Token], count: Count, counts: list[Count]) -> bool:
    """ "of the 11 injured, one was badly wounded": a part of a count named before it."""
    return any(
        2 <= other.first < count.first
        and tokens[other.first - 2].lower == "of"
        and tokens[other.first - 1].lower in ("the", "those", "these")
        and "," in doc.text[tokens[other.last].end : tokens[count.first].start]
        for other in counts
        if not other.vague
    )


def _noted(hit: Hit, why: str) -> Hit:
    return Hit(start=hit.start, end=hit.end, value=hit.value, note=f"{why}: {hit.value!r}")


def _shown(hit: Hit, count: Count, unit: str) -> Hit:
    """The hit with the count as people read it for its value."""
    return Hit(start=hit.start, end=hit.end, value=count.show(unit), note=hit.note)


class _TimeScopes:
    """Which counts of a document speak of a time other than the fact's."""

    def __init__(self, doc: Document, when: Period | None) -> None:
        self.doc = doc
        self.when = when

    def other_time(self, start: int, end: int, tokens: list[Token], count: Count) -> bool:
        if self.when is None:
            return False
        if OTHER_TIME.search(self.doc.text, start, end):
            return True
        near = [
            self._near(expr)
            for expr in self.doc.dates_in(start, end)
            if self._frames(tokens, expr.start) or self._close(tokens, count, expr)
        ]
        if any(verdict is True for verdict in near):
            return False
        if any(verdict is False for verdict in near):
            return True
        if near or start == 0:
            return False
        # no date of its own: the sentence goes on with the episode a framing date opened
        previous_start, _ = self.doc.sentence(start - 1)
        previous = self.doc.tokens_between(previous_start, start)
        return any(
            self._frames(previous, expr.start) and self._near(expr) is False
            for expr in self.doc.dates_in(previous_start, start)
        )

    def _near(self, expr: DateExpr) -> bool | None:
        assert self.when is not None
        return expr.resolve(self.doc.source.date).near(self.when)

    @staticmethod
    def _frames(tokens: list[Token], offset: int) -> bool:
        return any(t.start <= offset < t.end for t in tokens[:FRAMING])

    @staticmethod
    def _close(tokens: list[Token], count: Count, expr: DateExpr) -> bool:
        inside = [i for i, t in enumerate(tokens) if expr.start <= t.start < expr.end]
        return (
            bool(inside)
            and min(abs(inside[0] - count.last), abs(inside[-1] - count.first)) <= NEAR_DATE
        )
