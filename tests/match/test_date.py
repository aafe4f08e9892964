"""Date facts: precision, relative dates, other events' dates and unresolvable words."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import CheckText

FEB_10 = dt.date(2017, 2, 10)
FEB_9 = dt.date(2017, 2, 9)

CASES = [
    # (sentence, source date, status, reason)
    (
        "The incident took place on Thursday, February 9, near the town of Al-Bab.",
        None,
        "match",
        "stated",
    ),
    (
        "Three soldiers were killed and 11 wounded on Thursday when a Russian air strike hit.",
        None,
        "match",
        "stated",
    ),
    ("Peskov said the Russian strike took place on Thursday morning.", FEB_9, "match", "stated"),
    ("Peskov said the Russian strike took place yesterday.", FEB_10, "match", "stated"),
    ("The strike on 9 February 2017 killed three soldiers.", None, "match", "stated"),
    # another weekday, another day, another year
    (
        "Peskov said the Russian strike took place on Wednesday morning.",
        None,
        "contradiction",
        "value",
    ),
    (
        "The incident took place on February 8, near the town of Al-Bab.",
        None,
        "contradiction",
        "value",
    ),
    ("The strike took place yesterday, officials said.", FEB_9, "contradiction", "value"),
    # dates of other events in the same articles
    (
        "Both sides appeared keen to move on from the incident, as was the case when an off-duty "
        "Turkish policeman shot dead Russia's ambassador to Ankara Andrei Karlov on December 19 in "
        "a crime that shocked both countries.",
        None,
        "omission",
        "not-stated",
    ),
    (
        "Turkey had on August 24 began an unprecedented campaign inside Syria against IS.",
        None,
        "omission",
        "not-stated",
    ),
    (
        "Relations reached a dangerous low in November 2015 when Turkish warplanes shot down a "
        "Russian fighter jet over the Syrian border.",
        None,
        "omission",
        "not-stated",
    ),
    (
        "On Friday, the Kremlin spokesman also shared details of Russian President Vladimir Putin "
        "discussion of the incident with his Turkish counterpart Recep Tayyip Erdogan.",
        FEB_10,
        "omission",
        "not-stated",
    ),
    # unresolvable: no date anywhere in the source
    (
        "The Turkish General Staff earlier today announced the death of three Turkish soldiers "
        "through an accidental strike by the Russian Air Force.",
        None,
        "omission",
        "unresolved-date",
    ),
]


@pytest.mark.parametrize(("text", "date", "status", "reason"), CASES)
def test_date_verdict_on_real_sentence(
    check_text: CheckText, text: str, date: dt.date | None, status: str, reason: str
) -> None:
    verdict = check_text("date", text, date)
    assert (verdict.status.value, verdict.reason) == (status, reason)


def test_earlier_today_resolves_once_the_source_has_a_date(check_text: CheckText) -> None:
    text = "The Turkish General Staff earlier today announced the death of three Turkish soldiers."
    assert check_text("date", text, FEB_9).status.value == "match"
    assert check_text("date", text, FEB_10).status.value == "contradiction"


def test_unrelated_blog_weekdays_are_not_about_the_event(check_text: CheckText) -> None:
    text = (
        "Altogether, the cryptocurrency market cap clawed its way back to $574 billion, "
        "representing a 38 percent recovery from Wednesday's intraday low of $415 billion."
    )
    assert check_text("date", text).status.value == "omission"
