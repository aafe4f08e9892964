"""Date expressions: spans, precision and resolution against a source's date."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.dates import find_dates
from factcheck.model import Period

EVENT = Period.of(dt.date(2017, 2, 9))


@pytest.mark.parametrize(
    ("text", "said", "described"),
    [
        ("Thu Feb 9, 2017 6:37PM", "Thu Feb 9, 2017", "2017-02-09"),
        (
            "The incident took place on Thursday, February 9, near",
            "Thursday, February 9",
            "Thursday, February 9",
        ),
        ("on 9 February 2017 at noon", "9 February 2017", "2017-02-09"),
        (" date 2017-02-10 Register", "2017-02-10", "2017-02-10"),
        ("in November 2015, before", "November 2015", "November 2015"),
        ("since Monday when", "Monday", "Monday"),
        ("Before Thursday's casualties were reported", "Thursday", "Thursday"),
    ],
)
def test_finds_date_expressions_with_their_words(text: str, said: str, described: str) -> None:
    [expr] = find_dates(text)
    assert (expr.text, expr.describe()) == (said, described)
    assert text[expr.start : expr.end] == said


@pytest.mark.parametrize(
    "text",
    [
        "13:27 GMT +310 February 2017 was mangled",  # no day 310, no day 10 glued to 3
        "you may 9 times out of ten",  # lowercase month words are ordinary words
        "February 30, 2017",  # no such day
    ],
)
def test_mangled_or_impossible_dates_give_no_day(text: str) -> None:
    assert all(expr.day is None for expr in find_dates(text))


@pytest.mark.parametrize(
    ("text", "anchor", "agrees"),
    [
        ("on Thursday", None, True),  # weekday alone: compared as a weekday
        ("on Wednesday", None, False),
        ("on Thursday", dt.date(2017, 2, 10), True),  # the Thursday before a Friday article
        ("on Thursday", dt.date(2017, 2, 16), False),  # a week later: another Thursday
        ("yesterday", dt.date(2017, 2, 10), True),
        ("earlier today", dt.date(2017, 2, 9), True),
        ("earlier today", None, None),  # no source date: unresolvable
        ("February 9", None, True),  # no year: compared as month and day
        ("February 2017", None, True),
        ("February 2016", None, False),
    ],
)
def test_agreement_at_the_precision_given(
    text: str, anchor: dt.date | None, agrees: bool | None
) -> None:
    [expr] = find_dates(text)
    assert expr.resolve(anchor).agrees_with(EVENT) is agrees
