"""Counts read as intervals: hedges, rounding of scaled figures, units."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.match.document import Document
from factcheck.match.numbers import Count, _word_finder, counts_in, number_value
from factcheck.sources import source_from_text


def _count(text: str, unit: str = "", subjects: frozenset[str] = frozenset()) -> Count:
    """The first count in ``text``."""
    doc = Document(source_from_text(text, id="x.txt"))
    counts = counts_in(
        doc, doc.tokens_between(0, len(doc.text)), 0, len(doc.text), unit=unit, subjects=subjects
    )
    return counts[0]


@pytest.mark.parametrize(
    ("text", "unit", "low", "high", "expected", "agrees"),
    [
        # (the words, the fact's unit, the interval they allow, the expected count, agreement)
        ("more than 51 people", "", 51, math.inf, 51, False),  # "more than" excludes the number
        ("at least 5 people", "", 5, math.inf, 7, True),
        ("nearly 200 captives", "", 180, 200, 197, True),
        ("Some 197 girls remain captive", "", 177.3, 216.7, 197, True),
        ("Just under 200 remain unaccounted for", "", 180, 200, 197, True),
        ("As many as 57 girls escaped", "", 0, 57, 57, True),
        ("about 8.7 million cellphone customers", "", 7.83e6, 9.57e6, 8.7e6, True),
        ("8.7 million users", "", 8.65e6, 8.75e6, 8.7e6, True),
        ("8.7M subscribers' data hacked", "", 8.65e6, 8.75e6, 8.7e6, True),
        ("a bill of more than $284 billion", "$", 284e9, math.inf, 284.46e9, True),
        ("electric bill listed as $284 billion", "$", 283.5e9, 284.5e9, 284.46e9, True),
        ("corrected to $284.46", "$", 284.455, 284.465, 284.46, True),
        ("only a $28,156 minimum payment", "$", 28156, 28156, 28156, True),
        ("an estimated 1bn won", "won", 0.5e9, 1.5e9, 1e9, True),
        ("Twenty one of the 276 schoolgirls", "", 21, 21, 21, True),
        ("a dozen captives died", "", 12, 12, 12, True),
        # a scale glued to the number (equifax 002, 003, 006)
        ("information on 143million US customers", "", 142.5e6, 143.5e6, 145.5e6, False),
        ("from up to 44million Brits", "", 0, 44e6, 15.2e6, True),
        ("Equifax: 2.5million more Americans", "", 2.45e6, 2.55e6, 2.5e6, True),
        ("passed the 5-million mark", "", 4.5e6, 5.5e6, 5e6, True),
        # a unit glued to the number, for a fact in that unit or one it converts to
        ("if you hit someone at 30mph", "mph", 30, 30, 30, True),
        ("about 38mph (61km/h)", "mph", 34.2, 41.8, 38, True),
        ("a 5m wall", "m", 5, 5, 5, True),  # metres for a fact in metres, else 5 million
        # a range: the unit and scale said once, after the second number (gorilla, bulk)
        ("fell 10 to 12 feet into the moat", "ft", 10, 12, 12, True),
        ("fell 10 to 12 feet into the moat", "ft", 10, 12, 15, False),
        ("fell between 10 and 12 feet", "ft", 10, 12, 11, True),
        ("Between 1.1 and 1.5 million people were killed", "", 1.1e6, 1.55e6, 1.2e6, True),
        ("Between 200 and 300 people gathered", "", 200, 300, 310, False),
    ],
)
def test_count_interval(
    text: str, unit: str, low: float, high: float, expected: float, agrees: bool
) -> None:
    count = _count(text, unit)
    assert (count.low, count.high) == pytest.approx((low, high))
    assert count.meets(expected, expected) is agrees


def test_no_with_a_counted_subject_is_zero() -> None:
    count = _count("no captive Boko Haram fighters were released", subjects=frozenset({"fighters"}))
    assert (count.value, count.low, count.high) == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("representing a 38 percent recovery", ""),  # a percentage is no count
        ("made about $878,000 by selling it", ""),  # money is no count without a unit
        ("about 1 billion won ($878,000)", "$"),  # ... and won is not dollars
        ("released around 5:30 a.m. on Thursday", ""),  # a clock time
        ("on February 9, 2017", ""),  # a date
        ("a 20-month-old boy", ""),  # an age
        ("if you hit someone at 30mph", ""),  # a speed is no count without a unit
        ("the 1,500-seat Bataclan hall", ""),  # ... nor a hyphenated modifier
        ("shares worth £1.3million", ""),  # money, its scale glued
        ("at 9.15pm", "hours"),  # a clock time is no count of hours
        ("All the $300 tickets were sold within an hour.", "tickets"),  # a price, not tickets
        ("a 40% share of the seats", "seats"),  # a percentage of them, not a count
        # "at one" opening its sentence or set off by a comma says when (Brazilian Grand Prix)
        ("At one point, the Brit had a stonking lead", ""),
        ("He had, at one stage, the lead", ""),
        # a hostile review's sentences
        ("No one claimed responsibility for the attack", ""),  # "no one" is no count of one
        ("At 2 a.m. the storm hit", ""),  # an hour with its half of the day
        ("at 4 pm the storm hit", ""),
        ("The zoo paid 10,000 pounds for the gorilla", "lb"),  # money, not a weight
        ("Fans raised 30,000 pounds sterling for the gorilla", "kg"),
    ],
)
def test_not_a_count(text: str, unit: str) -> None:
    doc = Document(source_from_text(text, id="x.txt"))
    counts = counts_in(doc, doc.tokens_between(0, len(doc.text)), 0, len(doc.text), unit=unit)
    if unit == "$":  # only the dollar amount is a count in dollars
        assert [c.value for c in counts] == [878000]
    else:
        assert counts == []


@pytest.mark.parametrize(
    ("word", "value"),
    [("3", 3), ("three", 3), ("Eleven", 11), ("twenty-one", 21), ("1,200", 1200), ("1bn", 1e9),
     ("284.46", 284.46), ("soldiers", None)],
)  # fmt: skip
def test_number_value_reads_digits_words_and_suffixes(word: str, value: float | None) -> None:
    assert number_value(word) == value


WORD_POOL = ["no", "dozen", "some", "seven", "several", "sixty", "s", "few"]


@given(
    words=st.sets(st.sampled_from(WORD_POOL), min_size=1),
    digits=st.booleans(),
    text=st.text(
        alphabet=st.sampled_from([*"nodzesvlxfwy7 .'-", "N", "D", "S", "\u00e9"]), max_size=24
    ),
)
@example(words={"no"}, digits=False, text="nono no")
@example(words={"dozen"}, digits=True, text="a7dozen")
@example(words={"s", "some"}, digits=False, text="x's Some")
def test_word_finder_finds_what_the_plain_alternation_finds(
    words: set[str], digits: bool, text: str
) -> None:
    """The fast finder: any of the words as a whole ASCII word in any case, or any digit."""
    finder = _word_finder(frozenset(words), digits)
    alternation = "|".join(sorted(words, key=len, reverse=True))
    plain = re.compile(
        rf"(?<![A-Za-z0-9])(?i:{alternation})(?![A-Za-z0-9])" + ("|[0-9]" if digits else "")
    )
    assert [m.start() for m in finder.finditer(text)] == [m.start() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The lead stood at one point after the race.",  # a figure after a verb
        "The toll stood at one.",  # no noun after it
        "One point separates them.",  # no "at"
        "The death toll, at one, was lower than first feared.",  # no noun of the idiom
        "At one year old, the boy was the youngest victim.",
    ],
)
def test_one_after_at_still_counts_where_it_gives_a_figure(text: str) -> None:
    assert _count(text).value == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Between 2 and 3 October the storm hit.", 2),  # days of a month: no range
        ("Between 1 and 2 a.m. the storm hit.", 1),  # hours
        ("The Cubs won 8 to 7.", 8),  # a score falls: no range
        ("The toll rose from 20 to 23.", 20),  # a change: each figure is its own count
        ("Voters chose him 52 to 48.", 52),
    ],
)
def test_no_range_where_the_second_number_is_no_upper_end(text: str, first: float) -> None:
    count = _count(text)
    assert (count.value, count.to) == (first, None)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a guess of two numbers is a range
        ("Five or six people were killed.", 5, 6),
        ("His recovery could take two or three years.", 2, 3),
    ],
)
def test_or_makes_a_guess_of_two_numbers(text: str, low: float, high: float) -> None:
    count = _count(text)
    assert (count.low, count.high) == (low, high)


def test_a_range_is_shown_as_written() -> None:
    assert _count("fell 10 to 12 feet", "ft").show("ft") == "10 to 12 ft"
    assert _count("about 3 to 4 metres", "ft").show("ft") == "9.84 to 13.12 ft (3 to 4 metres)"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a hostile review's sentence, and bulk articles read against a fact in won
        ("The number of missing climbers rose to 7; days followed for the village.", "days"),
        ("The number of missing climbers rose to 7, days before the storm.", "days"),
        ("He scored 68, won the final and retired.", "won"),
    ],
)
def test_punctuation_between_a_number_and_a_word_makes_it_no_unit(text: str, unit: str) -> None:
    doc = Document(source_from_text(text, id="x.txt"))
    tokens = doc.tokens_between(0, len(doc.text))
    assert counts_in(doc, tokens, 0, len(doc.text), unit=unit) == []
