"""``quantity`` facts: a count bound to an event cue ("3 killed", "killing three soldiers").

A number counts for the fact only when it is tied to a cue within one sentence:
- after the cue, past a few fillers: "kills 3 Turkish troops", "the death of three soldiers";
- before the cue, the nearest number with no conjunction between: "Three Turkish soldiers
  were accidentally killed", "11 wounded".
When the fact declares ``subjects``, a number not right next to its cue must quantify one of
them ("three soldiers", not "three days").

Numbers that do not claim the event's count are set aside, never contradictions:
- another scope: "66 soldiers have been killed ... since it began in August", "so far";
- a subset: "of the 11 injured, one was badly wounded", "one of the 11";
- vague words: "several", "dozens", "many".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.dates import find_dates
from factcheck.match.document import Checker, Cues, Document, Hit, Token, decide
from factcheck.model import Fact, QuantitySpec, Verdict

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {word: value for value, word in enumerate(_UNITS)}
WORD_VALUES.update({word: 20 + 10 * index for index, word in enumerate(_TENS)})
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = frozenset(
    ("several some many dozens scores hundreds thousands numerous few multiple").split()
)
FILLERS_AFTER = frozenset(
    ("of the at least some about nearly around almost more than a an all").split()
)
BREAKERS = frozenset(
    ("and or but while when after before because since if although though whereas").split()
)
SCOPE_MARKERS = re.compile(
    r"\b(?:since|so far|to date|in total|in all|altogether|overall|this year|cumulative)\b",
    re.IGNORECASE,
)
NOT_COUNTS = frozenset(["percent", "per", "cent", "%"])
MAX_BEFORE = 6  # tokens from a number to the cue after it
MAX_SUBJECT_GAP = 3  # tokens from a number to the subject it quantifies
SCOPE_WINDOW = 12  # tokens after the cue searched for a scope marker


@dataclass(frozen=True, slots=True)
class Count:
    """A number in the text: exact (``value``) or vague (``value is None``)."""

    index: int  # token index
    value: int | None


def number_value(word: str) -> int | None:
    """The value of a number token: digits ("1,200"), words ("three", "twenty-one")."""
    lower = word.lower()
    digits = lower.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if lower in WORD_VALUES:
        return WORD_VALUES[lower]
    tens, _, unit = lower.partition("-")
    if unit and tens in WORD_VALUES and unit in WORD_VALUES and WORD_VALUES[tens] >= 20:
        return WORD_VALUES[tens] + WORD_VALUES[unit]
    return None


def counts_in(doc: Document, tokens: list[Token], start: int, end: int) -> list[Count]:
    """Numbers and vague quantities among ``tokens``; dates, money and percentages excluded."""
    date_spans = [(d.start, d.end) for d in find_dates(doc.text, start, end)]
    counts = []
    for index, token in enumerate(tokens):
        lower = token.lower
        if lower in VAGUE:
            counts.append(Count(index, None))
            continue
        value = number_value(token.text)
        if value is None:
            if lower == "dozen":
                many = index > 0 and tokens[index - 1].lower == "a"
                counts.append(Count(index, 12 if many else None))
            continue
        if any(s <= token.start < e for s, e in date_spans):
            continue
        before = doc.text[token.start - 1 : token.start]
        after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if (
            (before and before in "$£€#")
            or after in NOT_COUNTS
            or doc.text.startswith("%", token.end)
        ):
            continue
        if after in SCALES:
            value *= SCALES[after]
        counts.append(Count(index, value))
    return counts


def compile_quantity(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, QuantitySpec)
    cues = Cues(spec.cues)
    subjects = frozenset(word.lower() for word in spec.subjects)

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
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        context: list[Hit] = []
        for start, end in doc.sentences():
            tokens = doc.tokens_between(start, end)
            found = cues.positions(tokens)
            if not found:
                continue
            counts = counts_in(doc, tokens, start, end)
            by_index = {count.index: count for count in counts}
            for first, last in found:
                for count, extent in _linked(tokens, by_index, first, last, subject_at):
                    target, made = _classify(
                        doc, tokens, count, (first, extent), spec.value, counts
                    )
                    {"support": supports, "conflict": conflicts, "context": context}[target].append(
                        made
                    )
        return decide(fact, doc, supports=supports, conflicts=conflicts, context=context)

    return check


SubjectTest = Callable[[list[Token], int, int], int | None]


def _linked(
    tokens: list[Token], by_index: dict[int, Count], first: int, last: int, subject_at: SubjectTest
) -> list[tuple[Count, int]]:
    """The counts tied to the cue spanning tokens ``first..last``, each with the last token of
    its words (the subject after a number that follows the cue: "kills 3 Turkish troops")."""
    linked = []
    # after the cue: "kills 3 Turkish troops", "the death of three Turkish soldiers"
    index = last + 1
    while index < len(tokens) and index - last <= 4 and tokens[index].lower in FILLERS_AFTER:
        index += 1
    count = by_index.get(index)
    if count is not None:
        subject = subject_at(tokens, index + 1, index + MAX_SUBJECT_GAP)
        if subject is not None:
            linked.append((count, max(subject, index)))
    # before the cue: the nearest number, with no conjunction between
    for index in range(first - 1, max(-1, first - 1 - MAX_BEFORE), -1):
        if tokens[index].lower in BREAKERS:
            break
        count = by_index.get(index)
        if count is not None:
            if index == first - 1 or subject_at(tokens, index + 1, first - 1) is not None:
                linked.append((count, last))
            break
    return linked


def _classify(
    doc: Document,
    tokens: list[Token],
    count: Count,
    cue: tuple[int, int],
    expected: int,
    counts: list[Count],
) -> tuple[str, Hit]:
    """Whether a linked count supports, conflicts or only gives context, with its words."""
    first, last = cue
    lo = min(count.index, first)
    hi = max(count.index, last)
    start, end = tokens[lo].start, tokens[hi].end
    words = doc.text[start:end]
    if count.value is None:
        return "context", Hit(start=start, end=end, value=words, note=f"vague count: {words!r}")
    if _is_subset(doc, tokens, count, counts):
        return "context", Hit(
            start=start, end=end, value=str(count.value), note=f"a subset: {words!r}"
        )
    window = tokens[last + 1 : last + 1 + SCOPE_WINDOW]
    tail = doc.text[tokens[last].end : window[-1].end] if window else ""
    if SCOPE_MARKERS.search(tail):
        return "context", Hit(
            start=start, end=end, value=str(count.value), note=f"another scope: {words!r}"
        )
    if count.value == expected:
        return "support", Hit(
            start=start, end=end, value=str(count.value), note=f"stated: {words!r}"
        )
    return "conflict", Hit(
        start=start,
        end=end,
        value=str(count.value),
        note=f"the source says {count.value} where {expected} is expected: {words!r}",
    )


def _is_subset(doc: Document, tokens: list[Token], count: Count, counts: list[Count]) -> bool:
    """ "one of the 11" or "of the 11 injured, one was ..." : a part of another count."""
    index = count.index
    after = [t.lower for t in tokens[index + 1 : index + 3]]
    exact = {c.index for c in counts if c.value is not None}
    if after and after[0] == "of" and any(i in exact for i in range(index + 2, index + 5)):
        return True
    return any(
        2 <= other < index
        and tokens[other - 2].lower == "of"
        and tokens[other - 1].lower in ("the", "those", "these")
        and "," in doc.text[tokens[other].end : tokens[index].start]
        for other in exact
    )
