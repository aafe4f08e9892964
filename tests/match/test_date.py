"""Date facts: precision, relative dates, other events' dates and unresolvable words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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


CLUSTER_CASES = [
    # (file, fact, sentence, source date, status)
    ("chibok-release", "release-date",
     "They are the first of 276 schoolgirls captured from a boarding school in the town of Chibok "
     "in April 2014 to be released following direct government intervention.", dt.date(2016, 10, 13),
     "omission"),  # "to be released": no date of a release
    ("chibok-release", "abduction-date",
     "We welcome reports of the negotiated release of 21 of our abducted #ChibokGirls today",
     dt.date(2016, 10, 13), "omission"),  # "our abducted girls" describes them
    ("chibok-release", "release-date",
     "The militant group released a video in August claiming that some of the girls were killed.",
     dt.date(2016, 10, 13), "omission"),  # released a video, not the girls
    ("chibok-release", "abduction-date",
     "More than 270 girls were taken from their boarding school in the town of Chibok in April 2014.",
     None, "match"),  # ten words apart, but one clause
    ("chibok-release", "abduction-date",
     "Grab from a video obtained via CNN footage shows 15 of the more than 200 schoolgirls abducted "
     "by Boko Haram on April 14, 2016", dt.date(2016, 10, 14), "contradiction"),  # the caption's error
    ("chibok-release", "release-date",
     "Jihadist group Boko Haram has freed 21 Chibok schoolgirls, officials said Thursday.",
     dt.date(2016, 10, 14), "match"),  # the Thursday before a Friday article
    ("erie-electric-bill", "due",
     "she didn't have to pay the full amount until November 2018 - only a $28,156 minimum payment "
     "was due for December.", dt.date(2017, 12, 26), "match"),  # the minimum's month is not the due date
    ("erie-electric-bill", "due",
     "the bill showed that she had to pay the entire amount by November 2018", None, "match"),
    ("kt-data-hack", "hacking-began",
     "The data theft took place between February this year and early this month.", None, "match"),
    ("kt-data-hack", "police-alerted",
     "Yet another data leak at KT 29 Jul 2012 at 23:30, Richard Chirgwin South Korean police say",
     None, "omission"),  # a byline's date, across a comma
]  # fmt: skip


@pytest.mark.parametrize(("name", "fact", "text", "date", "status"), CLUSTER_CASES)
def test_cluster_date_on_real_sentence(
    check_cluster: Callable[[str], CheckText],
    name: str,
    fact: str,
    text: str,
    date: dt.date | None,
    status: str,
) -> None:
    assert check_cluster(name)(fact, text, date).status.value == status


def test_without_subjects_a_cue_with_any_object_dates_the_event() -> None:
    """ "released a video" is another object only when the file says what the cue acts on."""
    from tests.conftest import check_fact

    fact = "id: indicted\nkind: date\nvalue: 2018-01-01\ncues: [indicted]"
    text = "Israel indicted a 16-year-old Palestinian girl on Monday on charges including assault."
    assert check_fact(fact, text, dt.date(2018, 1, 1)).status.value == "match"
    assert check_fact(fact, text, dt.date(2018, 1, 9)).status.value == "contradiction"
