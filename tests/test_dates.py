"""Date expressions: spans, precision and resolution against a source's date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from factcheck.dates import FIXED_DAYS, MOVABLE_DAYS, find_dates, named_day
from factcheck.model import Period
from tests.strategies import source_dates

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
        # a weekday's date in brackets is one date with it (the September 2017 missile cluster)
        (
            "North Korea detonated its sixth nuclear weapon last Sunday (September 3) in a test",
            "Sunday (September 3)",
            "Sunday, September 3",
        ),
        ("the vote on Friday (9 June 2017), when", "Friday (9 June 2017)", "2017-06-09"),
        (" date 2017-02-10 Register", "2017-02-10", "2017-02-10"),
        ("in November 2015, before", "November 2015", "November 2015"),
        ("since Monday when", "Monday", "Monday"),
        ("Before Thursday's casualties were reported", "Thursday", "Thursday"),
        # a named day: with its year a day, without one its month and day (when fixed)
        ("kicked off a plane on Christmas Eve 2016 in Dallas", "Christmas Eve 2016", "2016-12-24"),
        ("kicked off a plane on Christmas Eve in Dallas", "Christmas Eve", "December 24"),
        ("the parade on Saint Patrick's Day was cancelled", "Saint Patrick's Day", "March 17"),
        # a relative period, unresolved: its own words
        ("The girl was filmed two weeks ago, the army said", "two weeks ago", "two weeks ago"),
        ("The girls were freed three days ago, police said", "three days ago", "three days ago"),
        ("He was charged this past week in Jerusalem", "this past week", "this past week"),
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
        ("in 2017", None, True),  # a year alone: compared as a year
        ("in 2016", None, False),
    ],
)
def test_agreement_at_the_precision_given(
    text: str, anchor: dt.date | None, agrees: bool | None
) -> None:
    [expr] = find_dates(text)
    assert expr.resolve(anchor).agrees_with(EVENT) is agrees


@pytest.mark.parametrize(
    ("text", "anchor", "day", "agrees"),
    [
        # named days: the latest such day on or before the source's date, or the year given
        ("on Christmas Eve", dt.date(2017, 12, 28), "2017-12-24", True),
        ("on Christmas Eve", dt.date(2018, 1, 3), "2017-12-24", True),
        ("on Christmas eve", None, "2016-12-24", True),  # no year: month and day
        ("Christmas Day", dt.date(2017, 12, 28), "2017-12-24", False),
        ("on New Year's Eve", dt.date(2018, 1, 2), "2017-12-31", True),
        ("New Years Day", dt.date(2018, 1, 2), "2018-01-01", True),
        ("Good Friday 2017", None, "2017-04-14", True),  # Easter 2017: 16 April
        ("Easter Sunday", dt.date(2018, 4, 3), "2018-04-01", True),
        ("Easter Sunday", None, "2018-04-01", None),  # movable: no year, no day
        ("Independence Day", dt.date(2017, 7, 6), "2017-07-04", True),
        ("Canada Day", dt.date(2017, 7, 6), "2017-07-01", True),
        ("Bastille Day 2016", None, "2016-07-14", True),
        ("St. Patrick's Day", None, "2017-03-17", True),
        ("Saint Patrick's Day", dt.date(2017, 3, 20), "2017-03-17", True),
        ("St Patricks Day", dt.date(2017, 3, 20), "2017-03-18", False),
        ("Good Friday 2017", None, "2017-04-13", False),
        ("Good Friday 2017", None, "2017-05-14", False),
        ("Good Friday 2017", None, "2016-04-14", False),
        ("Thanksgiving", dt.date(2017, 11, 30), "2017-11-23", True),
        # relative periods
        ("this week", dt.date(2018, 1, 3), "2018-01-01", True),
        ("this week", dt.date(2018, 1, 3), "2017-12-31", False),
        ("last week", dt.date(2018, 1, 3), "2017-12-28", True),
        ("last week", dt.date(2018, 1, 3), "2018-01-01", False),
        ("earlier this month", dt.date(2017, 12, 20), "2017-12-15", True),
        ("last month", dt.date(2018, 1, 1), "2017-12-15", True),
        ("last month", dt.date(2018, 1, 1), "2017-11-15", False),
        ("this past weekend", dt.date(2017, 10, 2), "2017-10-01", True),
        ("two weeks ago", dt.date(2018, 1, 1), "2017-12-15", True),
        ("two weeks ago", dt.date(2018, 1, 1), "2017-11-30", False),
        ("three days ago", dt.date(2017, 10, 4), "2017-10-01", True),
        ("3 days ago", dt.date(2017, 10, 4), "2017-10-01", True),
        ("3 days ago", dt.date(2017, 10, 4), "2017-10-02", False),
        # "this week": Monday to Sunday, the edges of the week on both sides
        ("this week", dt.date(2018, 1, 3), "2018-01-07", True),
        ("this week", dt.date(2018, 1, 3), "2018-01-08", False),
        ("this past week", dt.date(2018, 1, 3), "2018-01-02", True),  # the week so far
        ("this past week", dt.date(2018, 1, 3), "2017-12-29", False),
        ("last week", dt.date(2018, 1, 3), "2017-12-31", True),
        ("last week", dt.date(2018, 1, 3), "2017-12-25", True),
        ("last week", dt.date(2018, 1, 3), "2017-12-24", False),
        # "last month" across a year and from every other month
        ("last month", dt.date(2018, 2, 10), "2018-01-15", True),
        ("last month", dt.date(2017, 10, 2), "2017-09-20", True),
        ("last month", dt.date(2017, 10, 2), "2016-09-20", False),
        ("this month", dt.date(2017, 12, 20), "2016-12-15", False),  # the source's year
        # the weekend: the latest Saturday and Sunday, whatever the source's weekday
        ("last weekend", dt.date(2017, 10, 4), "2017-09-30", True),
        ("last weekend", dt.date(2017, 10, 4), "2017-10-01", True),
        ("last weekend", dt.date(2017, 10, 4), "2017-09-29", False),  # the Friday before
        ("last weekend", dt.date(2017, 10, 4), "2017-10-02", False),  # the Monday after
        ("over the weekend", dt.date(2017, 10, 1), "2017-09-30", True),  # said on the Sunday
        ("over the weekend", dt.date(2017, 9, 30), "2017-09-30", True),  # said on the Saturday
        ("over the weekend", dt.date(2017, 9, 30), "2017-10-01", True),
        ("over the weekend", dt.date(2017, 9, 30), "2017-09-29", False),
        # "two weeks ago": the 13 days around 14 days back (18 December from 1 January)
        ("two weeks ago", dt.date(2018, 1, 1), "2017-12-12", True),
        ("two weeks ago", dt.date(2018, 1, 1), "2017-12-24", True),
        ("two weeks ago", dt.date(2018, 1, 1), "2017-12-11", False),
        ("two weeks ago", dt.date(2018, 1, 1), "2017-12-25", False),
        # a period against a month or a year: they agree when they share a day
        ("this week", dt.date(2017, 1, 1), "2017", True),  # 26 December 2016 to 1 January
        ("this week", dt.date(2017, 1, 1), "2016", True),
        ("last week", dt.date(2018, 1, 3), "2018", False),
        ("this week", dt.date(2017, 10, 1), "2017-10", True),  # 25 September to 1 October
        ("this week", dt.date(2017, 12, 6), "2017-12", True),
        ("this week", dt.date(2017, 12, 28), "2017-12", True),
        ("this week", dt.date(2018, 1, 3), "2017-12", False),
        ("this week", dt.date(2018, 5, 2), "2018-04", True),  # 30 April to 6 May
        ("this week", None, "2018-01-01", None),  # no source date: unresolvable
        # a bare month: the latest such month on or before the source's date
        ("in December", dt.date(2018, 1, 1), "2017-12-15", True),
        ("in December", dt.date(2018, 1, 1), "2018-12-15", False),
        ("in December", None, "2018-12-15", True),  # no source date: the month alone
        # "early" takes in the night before; "overnight" either night
        ("early Sunday", dt.date(2017, 10, 2), "2017-09-30", True),
        ("early on Sunday", dt.date(2017, 10, 2), "2017-10-01", True),
        ("early Sunday", dt.date(2017, 10, 2), "2017-09-29", False),
        ("Sunday", dt.date(2017, 10, 2), "2017-09-30", False),
        ("in the early hours of Saturday, March 8", None, "2014-03-07", True),
        ("overnight Saturday", dt.date(2017, 10, 2), "2017-10-01", True),
        ("early Christmas Day", dt.date(2017, 12, 28), "2017-12-24", True),
        ("early December", dt.date(2018, 1, 2), "2017-11-30", False),  # a month has no night
    ],
)
def test_named_days_periods_and_nights_resolve_against_the_source_date(
    text: str, anchor: dt.date | None, day: str, agrees: bool | None
) -> None:
    [expr] = find_dates(text)
    assert expr.resolve(anchor).agrees_with(Period.parse(day)) is agrees


@pytest.mark.parametrize(
    ("text", "anchor", "day", "near"),
    [
        # a day: within a week either side of the event's day
        ("on February 2, 2017", None, "2017-02-09", True),
        ("on February 1, 2017", None, "2017-02-09", False),
        ("on February 16, 2017", None, "2017-02-09", True),
        ("on February 17, 2017", None, "2017-02-09", False),
        # a period (last week: 25 to 31 December 2017): a week beyond either end
        ("last week", dt.date(2018, 1, 3), "2017-12-18", True),
        ("last week", dt.date(2018, 1, 3), "2017-12-17", False),
        ("last week", dt.date(2018, 1, 3), "2017-12-10", False),
        ("last week", dt.date(2018, 1, 3), "2018-01-07", True),
        ("last week", dt.date(2018, 1, 3), "2018-01-08", False),
        # a month: the event's month
        ("in November 2015", None, "2015-11-20", True),
        ("in November 2015", None, "2015-12-01", False),
    ],
)
def test_a_date_is_near_the_event_within_a_week_either_side(
    text: str, anchor: dt.date | None, day: str, near: bool
) -> None:
    [expr] = find_dates(text)
    assert expr.resolve(anchor).near(Period.parse(day)) is near


@pytest.mark.parametrize(
    "text",
    [
        "the christmas eve party",  # a name is capitalised
        "an independence movement",
        "this weekly paper",
        "the two weeks agone",
    ],
)
def test_ordinary_words_are_no_named_day_or_period(text: str) -> None:
    assert find_dates(text) == []


def test_every_named_day_falls_on_a_real_day_every_year() -> None:
    for name in (*FIXED_DAYS, *MOVABLE_DAYS):
        for year in (2000, 2017, 2024, 2100):
            assert named_day(name, year).year == year


@pytest.mark.parametrize(
    ("name", "day"),
    [
        # Thanksgiving, the fourth Thursday of November: 1 November a Wednesday, a Thursday, a Friday
        ("thanksgiving", dt.date(2017, 11, 23)),
        ("thanksgiving day", dt.date(2018, 11, 22)),
        ("thanksgiving", dt.date(2019, 11, 28)),
        # Memorial Day, the last Monday of May: 31 May a Wednesday, a Sunday, a Monday
        ("memorial day", dt.date(2017, 5, 29)),
        ("memorial day", dt.date(2020, 5, 25)),
        ("memorial day", dt.date(2021, 5, 31)),
        ("good friday", dt.date(2018, 3, 30)),
        ("easter monday", dt.date(2019, 4, 22)),
    ],
)
def test_a_movable_named_day_falls_on_its_day_of_each_year(name: str, day: dt.date) -> None:
    assert named_day(name, day.year) == day


@given(source_dates)
def test_a_named_day_resolves_to_its_latest_day_on_or_before_the_source_date(
    anchor: dt.date,
) -> None:
    for expr in find_dates("Christmas Eve, Good Friday, Canada Day, Thanksgiving"):
        assert expr.named is not None
        day = expr.resolve(anchor).full_date()
        assert day is not None and day <= anchor < named_day(expr.named, day.year + 1)


@given(source_dates)
def test_this_week_holds_the_source_date_and_early_holds_the_day_before(anchor: dt.date) -> None:
    [week] = find_dates("this week")
    assert week.resolve(anchor).agrees_with(Period.of(anchor)) is True
    name = anchor.strftime("%A")
    [early] = find_dates(f"early {name}")
    resolved = early.resolve(anchor)
    assert resolved.agrees_with(Period.of(anchor - dt.timedelta(days=1))) is True
    assert resolved.agrees_with(Period.of(anchor - dt.timedelta(days=2))) is False


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a bracket that does not close after the date joins nothing
        ("on Sunday (September 3, 2017 was the test", ["Sunday", "September 3, 2017"]),
        # words in the bracket: the weekday and the date stay apart
        ("on Sunday (pictured) September 3", ["Sunday", "September 3"]),
    ],
)
def test_a_bracket_joins_a_weekday_and_a_date_only_around_the_date(
    text: str, said: list[str]
) -> None:
    assert [expr.text for expr in find_dates(text)] == said


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # Broadcom (5 February 2018): "a special meeting next month" is March
        ("Qualcomm shareholders vote at a meeting next month.", (2018, 3, None, None)),
        ("The launch slipped to next week.", (None, None, dt.date(2018, 2, 12), dt.date(2018, 2, 18))),
        ("The rocket flies again next year.", (2019, None, None, None)),
        # "the next month" is told from another day of the story: no date of its own
        ("The next month, he resigned.", None),
    ],
)  # fmt: skip
def test_next_week_month_and_year_resolve_against_the_source_date(
    text: str, resolved: tuple[int | None, int | None, dt.date | None, dt.date | None] | None
) -> None:
    found = find_dates(text)
    if resolved is None:
        assert found == []
        return
    (expr,) = found
    day = expr.resolve(dt.date(2018, 2, 5))
    assert (day.year, day.month, day.first, day.last) == resolved
