"""Counts in text, each read as the interval of values it allows.

- A plain integer is exact: "21", "three", "Twenty one", "a dozen".
- A scaled or decimal figure allows its rounding: "8.7 million" is 8.65 to 8.75 million,
  "$284 billion" 283.5 to 284.5 billion, "1bn won" 0.5 to 1.5 billion.
- A hedge bounds or widens it: "more than N" (above N), "at least N", "nearly N" / "just under
  N" (10% below N up to N), "about N" / "some N" / "an estimated N" (within 10%), "as many as N"
  / "up to N" (at most N), "fewer than N" (below N).
- Vague words ("several", "dozens", "millions of") are counts of no value: they decide nothing.
- "no soldiers" is zero when the fact names what it counts; "no one" is no count at all.
- A scale may be glued to the number: "143million", "3.5bn", "$1.2bn", "5-million".
Dates, times, percentages and amounts of money are not counts, unless the fact's ``unit``
asks for that currency sign or unit word; nor is a number with a unit glued to it ("30mph",
"a 57-year-old"), unless the fact's unit is that unit or converts to it (see
:mod:`factcheck.match.units`): then the count is converted to the fact's unit.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace

from factcheck.match.document import Document, Token
from factcheck.match.units import (
    CURRENCY_WORDS,
    UnitReader,
    dimension_of,
    glued_unit,
    is_unit,
    plus,
    singular,
    unit_reader,
    written_unit,
)
from factcheck.model import show_amount

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {word: value for value, word in enumerate(_UNITS)}
WORD_VALUES.update({word: 20 + 10 * index for index, word in enumerate(_TENS)})
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "bn": 1_000_000_000,
}
_SUFFIXED = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)(?:(?P<suffix>k|m|bn|b)|-?(?P<word>thousand|million|billion))",
    re.IGNORECASE,
)
_HALF_OF = frozenset(("thousand", "million", "billion"))  # "half a million"
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
_SUFFIX_SCALES.update({word: SCALES[word] for word in ("thousand", "million", "billion")})
_NUMBER_WORD_INITIALS = frozenset(w[0] for w in WORD_VALUES) | frozenset(
    w[0].upper() for w in WORD_VALUES
)
VAGUE = frozenset(
    "several some many dozens scores hundreds thousands millions numerous few multiple".split()
)
# nouns of a group of a known size, after "a": "a dozen", "a pair of passengers" ("a couple
# of" is left out: it is often "a few")
GROUPS = {"dozen": 12.0, "pair": 2.0, "trio": 3.0, "quartet": 4.0}
# Every count has one of these: a digit, a number word, a vague word, "no" or a group noun;
# and a count that must carry a unit, unless it is vague, "no" or a group, has the unit too. A
# sentence without any holds no count, and is passed over before it is tokenised.
_COUNT_START = frozenset({*WORD_VALUES, *VAGUE, "no", *GROUPS, "half"})


def _word_finder(words: frozenset[str], digits: bool) -> re.Pattern[str]:
    """A pattern for any of ``words`` as a whole word, in any case (or any digit). It starts
    with one class of their first letters, so the scan stops only at those; the rest of the
    words with that first letter are tried after one lookbehind for it."""
    rests: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        rests.setdefault(word[0], []).append(word[1:])
    initials = "".join(sorted(rests))
    groups = "|".join(
        f"(?<=[{first}{first.upper()}])(?i:{'|'.join(ends)})"
        for first, ends in sorted(rests.items())
    )
    return re.compile(
        f"[{'0-9' if digits else ''}{initials}{initials.upper()}]"
        + ("(?:(?<=[0-9])|" if digits else "(?:")
        + f"(?<![A-Za-z0-9].)(?:{groups})(?![A-Za-z0-9]))"
    )


_MAY_COUNT = _word_finder(_COUNT_START, digits=True)
_MAY_COUNT_WITHOUT_UNIT = _word_finder(frozenset({*VAGUE, "no", *GROUPS}), digits=False)
CURRENCY_SIGNS = "$£€¥"
PERCENT_WORDS = frozenset(["percent", "per", "pct"])
# the units a fact may declare to count percentages ("cut imports by 89%", "89 per cent")
PERCENT_UNITS = frozenset(["%", "percent", "per cent", "pct", "percentage"])
APPROXIMATE = 0.10  # "about", "nearly": within 10%

# hedge words before a number -> how they shape its interval
HEDGES: dict[tuple[str, ...], str] = {
    ("more", "than"): "above",
    ("over",): "above",
    ("above",): "above",
    ("upwards", "of"): "above",
    ("just", "over"): "above",
    ("at", "least"): "at-least",
    ("no", "fewer", "than"): "at-least",
    ("nearly",): "nearly",
    ("almost",): "nearly",
    ("close", "to"): "nearly",
    ("just", "under"): "nearly",
    ("just", "shy", "of"): "nearly",
    ("about",): "about",
    ("around",): "about",
    ("approximately",): "about",
    ("roughly",): "about",
    ("some",): "about",
    ("estimated",): "about",
    ("an", "estimated"): "about",
    ("circa",): "about",
    ("as", "many", "as"): "at-most",
    ("up", "to"): "at-most",
    ("at", "most"): "at-most",
    ("no", "more", "than"): "at-most",
    ("fewer", "than"): "below",
    ("less", "than"): "below",
    ("under",): "below",
    ("below",): "below",
}
HEDGE_WORDS = frozenset(word for words in HEDGES for word in words)


@dataclass(frozen=True, slots=True)
class Count:
    """A count among a sentence's tokens: the interval it allows, ``None`` when vague."""

    first: int  # token index where its words start (a hedge included)
    index: int  # token index of the number
    last: int  # last token of its words (a scale or unit word included)
    value: float | None = None
    low: float = 0.0
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    hedge: str = ""
    written: str = ""  # the figure as written, when converted from another unit ("3 miles")
    to: float | None = None  # a range's upper end ("10 to 12 feet"), its value the lower one
    modifier: bool = False  # hyphened to its unit: "a 17-year-old gorilla", "a 10-inning win"
    dimension: str = ""  # what a hyphened measure says it measures: "80m-deep" -> "deep"
    ordinal: bool = False  # "a second red flag": how many so far, not a total (see ``ordinals``)
    age: bool = False  # an age said without its unit: "who turned 17" (see ``_age``)
    weight: bool = False  # "pounds of" something, for a fact whose pounds may be money
    country: bool = False  # a currency named with its country: "30,000 Egyptian pounds"
    precision: float = 0.0  # half the step its figure is rounded to, before any hedge
    spread: tuple[float, float] = (1.0, 1.0)  # a bare ton: see UnitReader.spread

    @property
    def vague(self) -> bool:
        return self.value is None

    def either_way(self) -> Count:
        """The count whose hedge's word may be a cue's ("handed over 21 girls", "the missile
        flew over 3,000 km"): read both with and without the hedge, so that it agrees where
        either reading does. "over 21" (above 21) becomes at least 21, "under 21" at most 21;
        the other hedges already hold their figure."""
        if not self.hedge or self.value is None:
            return self
        hedge = {"above": "at-least", "below": "at-most"}.get(self.hedge, self.hedge)
        low = min(self.low, self.value - self.precision)
        high = max(self.high, (self.to or self.value) + self.precision)
        return replace(
            self, first=self.index, hedge=hedge, low=low, high=high, low_open=False, high_open=False
        )

    def meets_within_spread(self, low: float, high: float) -> bool:
        """Whether the count's interval, stretched by its unit's spread (a bare ton that may
        be short or long), meets ``[low, high]``: then it may be the fact's figure."""
        least, most = self.spread
        stretched = replace(self, low=self.low * least, high=self.high * most, spread=EXACT)
        return stretched.meets(low, high)

    def meets(self, low: float, high: float) -> bool:
        """Whether the count's interval meets the closed interval ``[low, high]``."""
        if self.high < low or (self.high == low and self.high_open):
            return False
        return not (self.low > high or (self.low == high and self.low_open))

    def show(self, unit: str = "") -> str:
        """The count as people read it: ``more than $284,000,000,000``."""
        if self.value is None:
            return "a vague number"
        amount = show_amount(self.value, unit)
        if self.to is not None:
            amount = f"{show_amount(self.value, '')} to {show_amount(self.to, unit)}"
        if self.written:
            amount += f" ({self.written})"
        words = {"above": "more than", "at-least": "at least", "nearly": "nearly",
                 "about": "about", "at-most": "at most", "below": "fewer than"}  # fmt: skip
        if unit and self.hedge == "below":
            return f"less than {amount}"  # of an amount or a measure: "less than $6,000"
        return f"{words[self.hedge]} {amount}" if self.hedge else amount


# "a second red flag", "the third victim": an ordinal says how many there were so far ("first"
# is left out: "first responders", "first-class passengers" are no counts of one)
ORDINALS = {
    word: float(value)
    for value, word in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 2
    )
}
_MAY_ORDINAL = _word_finder(frozenset(ORDINALS), digits=False)


def may_hold_ordinal(doc: Document, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` has an ordinal word at all (see ``ORDINALS``)."""
    return _MAY_ORDINAL.search(doc.text, start, end) is not None


def ordinal_before(tokens: list[Token], index: int) -> Count | None:
    """The ordinal right before token ``index``, read as the exact count it reaches: "a second
    red flag" is 2 (the caller decides that the words after it are what the fact counts)."""
    if index == 0:
        return None
    value = ORDINALS.get(tokens[index - 1].lower)
    if value is None:
        return None
    at = index - 1
    return Count(first=at, index=at, last=at, value=value, low=value, high=value, ordinal=True)


def number_value(word: str) -> float | None:
    """The value of one number token: "3", "1,200", "284.46", "three", "twenty-one", "1bn"."""
    if not word[0].isdigit() and word[0] not in _NUMBER_WORD_INITIALS:
        return None
    lower = word.lower()
    digits = lower.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    if lower in WORD_VALUES:
        return float(WORD_VALUES[lower])
    tens, _, unit = lower.partition("-")
    if unit and tens in WORD_VALUES and unit in WORD_VALUES and WORD_VALUES[tens] >= 20:
        return float(WORD_VALUES[tens] + WORD_VALUES[unit])
    suffixed = _SUFFIXED.fullmatch(digits)
    if suffixed:
        return float(suffixed["number"]) * _suffix_scale(suffixed)
    return None


def _suffix_scale(suffixed: re.Match[str]) -> float:
    return float(_SUFFIX_SCALES[(suffixed["suffix"] or suffixed["word"]).lower()])


def _precision(word: str, scale: float) -> float:
    """Half a unit of the last digit written: "8.7" million -> 0.05 million; "21" -> 0."""
    digits = word.lower().replace(",", "")
    suffixed = _SUFFIXED.fullmatch(digits)
    if suffixed:
        digits, scale = suffixed["number"], scale * _suffix_scale(suffixed)
    decimals = len(digits.partition(".")[2]) if re.fullmatch(r"[\d.]+", digits) else 0
    if decimals == 0 and scale == 1:
        return 0.0
    return 0.5 * 10.0 ** (-decimals) * scale


def _interval(value: float, precision: float, hedge: str) -> dict[str, float | bool]:
    if hedge == "above":
        return {"low": value, "low_open": True}
    if hedge == "at-least":
        return {"low": value}
    if hedge == "nearly":
        return {"low": value * (1 - APPROXIMATE), "high": value}
    if hedge == "about":
        spread = max(value * APPROXIMATE, precision)
        return {"low": value - spread, "high": value + spread}
    if hedge == "at-most":
        return {"low": 0.0, "high": value}
    if hedge == "below":
        return {"low": 0.0, "high": value, "high_open": True}
    return {"low": value - precision, "high": value + precision}


def _hedge_before(tokens: list[Token], index: int) -> tuple[str, int]:
    """The hedge that ends right before token ``index``, and where it starts."""
    for size in (3, 2, 1):
        if index - size < 0:
            continue
        words = tuple(t.lower for t in tokens[index - size : index])
        if words in HEDGES:
            return HEDGES[words], index - size
    return "", index


# what one of a number's unit is in the fact's unit, the unit's last token, what else the
# number is ("age": an age said without its unit; "weight": "pounds of" something, for a fact
# in "pounds"; "country": a currency named with its country) and the spread of the factor (see
# UnitReader.spread)
UnitOf = tuple[float, int, str, tuple[float, float]]
EXACT = (1.0, 1.0)


# the words a currency sign's amount may be written with instead: "121 billion US dollars"
CURRENCY_NAMES = {
    "$": ("dollars", "dollar", "usd"),
    "€": ("euros", "euro", "eur"),
    "£": ("pounds sterling", "gbp"),  # not "sterling" alone: "12 sterling silver spoons"
    "¥": ("yen", "jpy"),
}
_DOLLAR_COUNTRIES = frozenset("us u.s".split())


def _currency_named(tokens: list[Token], last: int, sign: str) -> int | None:
    """The last token of the currency's name right after an amount, for a fact in that sign's
    currency: "121 billion US dollars", "82 dollars", "10 million euros", "5 million pounds
    sterling" (a bare "pounds" may be a weight), "3 billion yen"; else ``None``."""
    words = [t.lower for t in tokens[last + 1 : last + 4]]
    at = last + 1
    if sign == "$" and words[:1] and words[0] in _DOLLAR_COUNTRIES:
        words, at = words[1:], at + 1
    for name in CURRENCY_NAMES[sign]:
        parts = name.split()
        if words[: len(parts)] == parts:
            return at + len(parts) - 1
    return None


def _currency_of_a_country(text: str, tokens: list[Token], last: int, unit: str) -> int | None:
    """The last token of the declared currency word after an amount and the name of its
    country, one or two capitalised words: "30,000 Egyptian pounds", "5 million Hong Kong
    dollars" for a fact in pounds or dollars (the file's unit word names the currency; the
    country's adjective only says which); else ``None``."""
    declared = singular(unit.lower())
    for at in (last + 2, last + 3):
        if at >= len(tokens) or text[tokens[at - 1].end : tokens[at].start] != " ":
            return None  # one space between the words, no punctuation
        country = tokens[last + 1 : at]
        if not all(t.text[:1].isupper() and t.text.isalpha() for t in country):
            return None
        if singular(tokens[at].lower) == declared:
            return at
    return None


def _unit_factor(
    doc: Document, tokens: list[Token], index: int, last: int, unit: str, glued: str
) -> UnitOf | None:
    """What one of the number's unit is in the fact's unit, the last token of that unit, and
    whether the number is an age said without its unit (see :func:`_age`):
    1.0 when the number at ``index..last`` carries the fact's unit (or, without one, none), a
    factor when it carries another unit that converts to it (see
    :mod:`factcheck.match.units`), else ``None``. ``glued`` is the unit glued to the number
    ("mph" of "30mph"), if any."""
    prefix = doc.text[max(0, tokens[index].start - 3) : tokens[index].start].rstrip()
    sign = prefix[-1] if prefix and prefix[-1] in CURRENCY_SIGNS else ""
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    if following and doc.text[tokens[last].end : tokens[last + 1].start].strip(" \t\n\u00a0"):
        following = ""  # punctuation between: "rose to 7; days followed" holds no 7 days
    percent = following in PERCENT_WORDS or doc.text.startswith("%", tokens[last].end)
    if not unit:
        return None if sign or percent or glued else (1.0, last, "", EXACT)
    if unit in CURRENCY_SIGNS:
        if sign == unit and not glued:
            return (1.0, last, "", EXACT)
        named = _currency_named(tokens, last, unit) if not (sign or glued) else None
        return None if named is None else (1.0, named, "", EXACT)
    if unit.lower() in PERCENT_UNITS:  # "89%", "89 percent", "89 per cent", "89 pct"
        if not percent or glued:
            return None
        if following == "per":  # "per cent" is two words; "per" alone ("5 per day") none
            cent = last + 2 < len(tokens) and tokens[last + 2].lower == "cent"
            return (1.0, last + 2, "", EXACT) if cent else None
        at = last if doc.text.startswith("%", tokens[last].end) else last + 1
        return (1.0, at, "", EXACT)
    if sign or percent:
        return None
    if following and not glued and unit.lower() in CURRENCY_WORDS:
        named = _currency_of_a_country(doc.text, tokens, last, unit)
        if named is not None:
            return (1.0, named, "country", EXACT)
    reader = unit_reader(unit)
    if not (glued or following):  # the sentence ends with the number
        return _age(doc, tokens, index, last, reader, "")
    written, unit_last = written_unit(
        doc.text, tokens, last if glued else last + 1, glued or following, reader.convertible
    )
    factor = reader.factor(written)
    if factor is None:
        return _age(doc, tokens, index, last, reader, glued or following)
    # "pound" is money or a mass: "pounds" for a fact in kilograms, or kilograms for a fact in
    # "pounds", only where the number weighs ("the zoo paid 10,000 pounds for the gorilla"
    # is no weight)
    pound = written in ("pound", "pounds")
    if (reader.money != pound) and reader.mass and not weighs(doc, tokens, index, glued):
        return None
    low, high = reader.spread(written)
    # "5.1 million pounds of thrust": for a fact in "pounds", an amount of something, which
    # may be a weight (the fact's cue must then name that something: see quantity)
    weight = reader.money and pound and not glued and _next_is_of(tokens, unit_last)
    return factor, unit_last, "weight" if weight else "", (low, high)


def _age(
    doc: Document, tokens: list[Token], index: int, last: int, reader: UnitReader, after: str
) -> UnitOf | None:
    """An age said without its unit, for a fact in a unit of time: "who turned 17", "aged
    45", "at the age of 3", "Harambe, who was 17, ..." are years, and so is a whole number of
    two digits or fewer set off after a name ("Michael Neu, 67, was charged", "Michael Neu, 67
    of Slidell"), unless a unit follows ("aged 3 months", "turned 90 degrees")."""
    before = max(0, tokens[index].start - 30), tokens[index].start
    closes = doc.text[tokens[last].end : tokens[last].end + 1] in ",."
    if not (
        _AGE_BEFORE.search(doc.text, *before)
        or (_WHO_WAS.search(doc.text, *before) and closes)
        or _set_off_after_a_name(doc, tokens, index, last)
    ):
        return None
    factor = reader.factor("years")
    return None if factor is None or is_unit(after) else (factor, last, "age", EXACT)


def _set_off_after_a_name(doc: Document, tokens: list[Token], index: int, last: int) -> bool:
    """Whether a whole number of two digits or fewer stands set off after a name: "Michael Neu,
    67, was charged", "Michael Neu, 67 of Slidell" (not "In Slidell, 67 people")."""
    word = tokens[index].text
    return (
        index == last
        and word.isdigit()
        and len(word) <= 2
        and _AFTER_A_NAME.search(doc.text, max(0, tokens[index].start - 30), tokens[index].start)
        is not None
        and _AGE_ENDS.match(doc.text, tokens[last].end) is not None
    )


def _next_is_of(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower == "of"


def weighs(doc: Document, tokens: list[Token], index: int, glued: str) -> bool:
    """Whether the number at ``index`` is a weight by its form: a unit glued or hyphened to it
    ("a 400-pound gorilla", "the 400lb animal", "the 181-kg gorilla"), or a sentence that
    weighs just before it ("weighing more than 400 pounds", "its weight, 180 kg")."""
    return bool(glued) or (
        _WEIGHS.search(doc.text, max(0, tokens[index].start - 40), tokens[index].start) is not None
    )


# the words that say the number after them is an age in years ("turned 17", "aged 45", "at
# age 3", "at the age of 3"), read right before the number (a hedge may stand between)
_AGE_BEFORE = re.compile(
    r"\b(?:turned|turns|turning|aged|age(?: of)?)(?:\s+(?:about|nearly|almost|just))?\s*\Z",
    re.IGNORECASE,
)
# ... and a bare number that a relative clause says someone is: "Harambe, who was 17, was shot"
_WHO_WAS = re.compile(r"\bwho\s+(?:is|was)\s*\Z", re.IGNORECASE)
_WEIGHS = re.compile(r"\b(?:weigh\w*|heavy|heavier|weight)\b", re.IGNORECASE)
# ... and one set off after a name: "Michael Neu, 67, was charged", "Michael Neu, 67 of Slidell"
_AFTER_A_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,[ \t]*\Z")
_AGE_ENDS = re.compile(r",|[ \t]+(?:of|from)\b")


def may_count(doc: Document, start: int, end: int, unit: str = "") -> bool:
    """Whether ``doc.text[start:end]`` (a sentence) may hold a count at all, with ``unit``
    when it names one (see ``_COUNT_START``). A currency sign may stand just before the
    sentence: "$" at the end of a line. Read once per sentence and unit (``doc.countable``):
    the facts of that unit share the answer."""
    key = (start, end, unit)
    found = doc.countable.get(key)
    if found is None:
        found = doc.countable[key] = _may_count(doc, start, end, unit)
    return found


def _may_count(doc: Document, start: int, end: int, unit: str) -> bool:
    if not unit:
        return _MAY_COUNT.search(doc.text, start, end) is not None
    if unit in CURRENCY_SIGNS:
        has_unit = doc.text.find(unit, max(0, start - 3), end) != -1 or any(
            doc.lower.find(word, start, end) != -1 for word in CURRENCY_NAMES[unit]
        )
    elif unit_reader(unit).convertible or unit.lower() in PERCENT_UNITS:
        has_unit = True  # any unit of its dimension, or "%", "percent", "per cent"
    else:  # the unit word, or its singular ("2,000-seat" for seats)
        has_unit = doc.lower.find(unit.lower().removesuffix("s"), start, end) != -1
    return (
        has_unit and _MAY_COUNT.search(doc.text, start, end) is not None
    ) or _MAY_COUNT_WITHOUT_UNIT.search(doc.text, start, end) is not None


def counts_in(
    doc: Document,
    tokens: list[Token],
    start: int,
    end: int,
    *,
    unit: str = "",
    subjects: frozenset[str] = frozenset(),
) -> list[Count]:
    """The counts among one sentence's ``tokens`` (``doc.text[start:end]``). Read once per
    sentence and unit when ``tokens`` are the document's own (:meth:`Document.tokens_between`):
    the facts of that unit share the reading, and each gets its own list."""
    if doc.tokenised(start, end) is not tokens:
        return _read_counts(doc, tokens, start, end, unit, subjects)
    starts = _count_starts(tokens)
    # "no" + subject is a count only for a fact with subjects: then they are part of the key
    said_no = subjects if subjects and any(tokens[i].lower == "no" for i in starts) else None
    key = (start, end, unit, said_no)
    counts = doc.counts.get(key)
    if counts is None:
        counts = doc.counts[key] = _read_counts(doc, tokens, start, end, unit, subjects, starts)
    return list(counts)


def _count_starts(tokens: list[Token]) -> list[int]:
    """The indexes of the tokens a count may start at."""
    return [
        i
        for i, t in enumerate(tokens)
        if t.lower in _COUNT_START or t.text[0].isdigit() or "-" in t.lower  # "twenty-one"
    ]


def _read_counts(
    doc: Document,
    tokens: list[Token],
    start: int,
    end: int,
    unit: str,
    subjects: frozenset[str],
    starts: list[int] | None = None,
) -> list[Count]:
    dated: list[tuple[int, int]] | None = None  # date spans, found at the first digit
    counts: list[Count] = []
    after = 0  # tokens before this one belong to a count already read
    for index in _count_starts(tokens) if starts is None else starts:
        if index < after or _at_one(doc.text, tokens, index):
            continue
        token = tokens[index]
        lower = token.lower
        value = number_value(token.text)
        glued = glued_unit(token.text) if token.text[0].isdigit() else _glued_words(lower)
        if glued is not None and (value is None or _prefers_unit(unit, glued[1])):
            value = number_value(glued[0])  # "30mph", "a 2,000-seat arena"; "5m" of metres
        else:
            glued = None
        if lower in VAGUE and not _number_within(tokens, index + 1, 2):  # not "as many as 57"
            counts.append(Count(first=index, index=index, last=index))
        elif lower == "no" and index + 1 < len(tokens) and tokens[index + 1].lower == "one":
            # "No one claimed responsibility for the attack that killed three": no count of one,
            # nor one of none that the cue may take
            after = index + 2
        elif (
            lower == "no"
            and subjects
            and any(t.lower in subjects for t in tokens[index + 1 : index + 5])
        ):
            counts.append(Count(first=index, index=index, last=index, value=0.0, low=0.0, high=0.0))
        elif (
            lower in GROUPS
            and index > 0
            and tokens[index - 1].lower == "a"
            and not (
                unit
                and (unit in CURRENCY_SIGNS or is_unit(unit.lower()))
                and not _unit_after_group(tokens, index)
            )
        ):
            # (a group counts people or things: "like a pair of old cowboys" is no measure,
            # "a dozen years" is)
            size = GROUPS[lower]  # "a dozen", "a pair of first-class passengers"
            first = index - 1
            if index > 1 and tokens[index - 2].lower == "half":
                size, first = size / 2, index - 2  # "half a dozen"
            counts.append(
                Count(first=first, index=index, last=index, value=size, low=size, high=size)
            )
        elif (
            lower == "half"
            and index + 2 < len(tokens)
            and tokens[index + 1].lower in ("a", "an")
            and tokens[index + 2].lower in _HALF_OF
        ):
            # "nearly half a billion dollars": 0.5 billion, from the word "half" on
            count = _read(doc, tokens, index + 1, 0.5, unit, head=index, number="0.5")
            if count is not None:
                counts.append(count)
                after = count.last + 1
        elif value is not None:
            if dated is None and token.text[0].isdigit():  # only digits stand in a date
                dated = [(d.start, d.end) for d in doc.dates_in(start, end)]
            if not (dated and _in_spans(token, dated)) and not _is_time(doc, token):
                count = _range(doc, tokens, index, value, unit) if glued is None else None
                count = count or _read(doc, tokens, index, value, unit, glued)
                if count is not None:
                    counts.append(count)
                    after = count.last + 1
    return counts


# a month name or a half of the day after a number: it is a day or an hour, no count
_DAY_OR_HOUR_AFTER = re.compile(
    r"[ \t]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|[ap]\.?m\b)",
    re.IGNORECASE,
)


def _range(doc: Document, tokens: list[Token], index: int, value: float, unit: str) -> Count | None:
    """A range of two numbers, the unit and scale said once after the second: "10 to 12 feet",
    "between 10 and 12 feet", "8 to 10 million", and the guess of "five or six people", "two or
    three years": the interval from the first to the second. Only rising ("won 8 to 7" is a
    score, "voted 52 to 48" a tally), and not after "from" ("rose from 20 to 23" is a change:
    the later figure is its own count)."""
    if index + 2 >= len(tokens):
        return None
    joint = tokens[index + 1].lower
    before = tokens[index - 1].lower if index else ""
    if (
        not (joint == "to" and before != "from")
        and not (joint == "and" and before == "between")
        and joint != "or"
    ):
        return None
    upper_token = tokens[index + 2]
    if not upper_token.text[0].isdigit() and upper_token.lower not in WORD_VALUES:
        return None
    upper_value = number_value(upper_token.text)
    if upper_value is None or upper_value <= value or glued_unit(upper_token.text) is not None:
        return None
    if _DAY_OR_HOUR_AFTER.match(doc.text, upper_token.end):
        return None  # "between 2 and 3 October", "between 1 and 2 a.m.": days and hours
    upper = _read(doc, tokens, index + 2, upper_value, unit)
    if upper is None or upper.value is None or upper.hedge:
        return None
    ratio = upper.value / upper_value  # the scale and unit said after the second number
    low = value * ratio
    first = index - 1 if joint == "and" else index
    return Count(
        first=first,
        index=index,
        last=upper.last,
        value=low,
        low=low,
        high=upper.high,
        written=upper.written and f"{tokens[index].text} {joint} {upper.written}",
        to=upper.value,
    )


def _glued_words(word: str) -> tuple[str, str] | None:
    """``(number, unit)`` of a number word hyphened to its unit: "three-year-old" -> ("three",
    "year"), "twenty-one-year-old" -> ("twenty-one", "year"), "ten-minute" -> ("ten",
    "minute"); ``None`` for a number alone ("twenty-one") or any other word."""
    parts = word.split("-")
    for size in (2, 1):
        number, rest = "-".join(parts[:size]), parts[size:]
        if (
            rest
            and rest[0].isalpha()
            and number_value(rest[0]) is None
            and number_value(number) is not None
        ):
            unit = "-".join(rest).removesuffix("-old")
            return (number, unit) if unit not in ("old", "odd") else None  # "sixty-odd"
    return None


def _prefers_unit(unit: str, glued: str) -> bool:
    """Whether a glued suffix that may be a scale is the fact's unit: "5m" is 5 metres for a
    fact in metres, 5 million otherwise."""
    return bool(unit) and unit not in CURRENCY_SIGNS and unit_reader(unit).factor(glued) is not None


def _read(
    doc: Document,
    tokens: list[Token],
    index: int,
    value: float,
    unit: str,
    glued: tuple[str, str] | None = None,
    *,
    head: int | None = None,
    number: str = "",
) -> Count | None:
    """The count of the number at token ``index`` (``value``), with its scale, unit and hedge;
    ``head`` is where the figure's words start when they start before it ("half a billion"),
    and ``number`` the figure as digits when its words are none ("0.5")."""
    last, scale = index, 1.0
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if glued is not None:
        pass  # the glued unit ends the figure: "30mph", "a 57-year-old"
    elif (
        value >= 20
        and value % 10 == 0
        and following in WORD_VALUES
        and 0 < WORD_VALUES[following] < 10
    ):
        value, last = value + WORD_VALUES[following], index + 1  # "Twenty one"
    elif following in SCALES:
        scale, last = float(SCALES[following]), index + 1
    unit_of = _unit_factor(doc, tokens, index, last, unit, glued[1] if glued else "")
    if unit_of is None:
        return None
    factor, unit_last, what, (least, most) = unit_of
    coded = _coded_sign(doc.text, tokens, index) if head is None else ""
    # "about US$6,500": the currency's code opens the figure's words, after its hedge
    hedge, first = _hedge_before(tokens, index - 1 if coded else index if head is None else head)
    if not hedge and glued and plus(tokens[index].text):
        hedge = "at-least"  # "400-plus", "a 400-pound-plus gorilla"
    amount = value * scale * factor
    number = number or (glued[0] if glued else tokens[index].text)
    precision = _precision(number, scale)
    written = ""
    if factor != 1.0 or (least, most) != EXACT:  # a measure in another unit is rounded in it
        precision = precision or 0.5 * scale
        written = doc.text[tokens[index].start : tokens[unit_last].end]
    shape = _interval(amount, precision * factor, hedge)
    return Count(
        precision=precision * factor,
        spread=(least, most),
        first=first,
        index=index,
        last=last,
        value=amount,
        hedge=hedge,
        written=written,
        modifier=glued is not None and "-" in tokens[index].text,
        dimension=dimension_of(tokens[index].text) if glued is not None else "",
        age=what == "age",
        weight=what == "weight",
        # a sign another country's code names ("HK$10") supports a fact in "$", as "10 Hong
        # Kong dollars" does: which dollars the fact means, its own words do not say
        country=what == "country" or coded not in ("", "US"),
        **shape,  # type: ignore[arg-type]
    )


def _coded_sign(text: str, tokens: list[Token], index: int) -> str:
    """The country's code before a currency sign glued to it and to the number: "US" of
    "US$6,500", "HK" of "HK$10"; "" when there is none."""
    if index == 0:
        return ""
    code = tokens[index - 1].text
    between = text[tokens[index - 1].end : tokens[index].start]
    glued = len(between) == 1 and between in CURRENCY_SIGNS
    return code if glued and code.isalpha() and code.isupper() and len(code) <= 3 else ""


def _unit_after_group(tokens: list[Token], index: int) -> bool:
    """Whether a unit word follows a group word, past its "of": "a dozen years", "a pair of
    hours"."""
    at = index + 2 if index + 1 < len(tokens) and tokens[index + 1].lower == "of" else index + 1
    return at < len(tokens) and is_unit(tokens[at].lower)


# "at one point", "at one stage": an idiom that says when or where, not how many
_AT_ONE_NOUNS = frozenset("point stage time moment juncture end side place level".split())


def _at_one(text: str, tokens: list[Token], index: int) -> bool:
    """ "At one point, the Brit had a stonking lead", "he had, at one stage, a lead": "at one"
    and a noun of the idiom (point, stage, time, moment, end, side...), opening the sentence or
    set off by a comma, says when, not how many ("the lead stood at one point", "At one million
    people, ..." and "The toll, at one, was lower" still count)."""
    if tokens[index].lower != "one" or index == 0 or tokens[index - 1].lower != "at":
        return False
    after = index + 1
    if after == len(tokens) or tokens[after].lower not in _AT_ONE_NOUNS:
        return False
    if not text[tokens[index].end : tokens[after].start].isspace():
        return False
    return index == 1 or any(
        mark in text[tokens[index - 2].end : tokens[index - 1].start] for mark in ",;(-"
    )


def _number_within(tokens: list[Token], start: int, size: int) -> bool:
    return any(number_value(t.text) is not None for t in tokens[start : start + size])


def _in_spans(token: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether the token starts inside one of ``spans`` (sorted, not overlapping)."""
    at = bisect.bisect_right(spans, (token.start, math.inf)) - 1
    return at >= 0 and token.start < spans[at][1]


def _is_time(doc: Document, token: Token) -> bool:
    """ "5:30", "6:37PM", "2 a.m.", "at 4 pm": clock times are not counts."""
    return (
        doc.text[token.end : token.end + 1] == ":"
        or doc.text[token.start - 1 : token.start] == ":"
        or _HALF_OF_DAY.match(doc.text, token.end) is not None
    )


_HALF_OF_DAY = re.compile(r"[ \t]?[ap]\.?m\b\.?", re.IGNORECASE)
