"""Date facts: precision, relative dates, other events' dates and unresolvable words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.conftest import CheckText
from tests.strategies import dates_across, neutral_text, plant

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


# --- The windows at their limits: a date counts with at most 6 words between it and a cue in
# the sentence, 10 in the same clause; with subjects, one must be among the 8 words either
# side of the cue.
FILLER = "local green quiet small old new large river market village bridge road".split()


def _words(count: int) -> str:
    return " ".join(FILLER[:count])


@pytest.mark.parametrize(
    ("gap", "joined", "status"),
    [
        (6, ", ", "match"),  # 6 words between, across a comma: within the sentence window
        (7, ", ", "omission"),  # 7 across a comma: not in one clause, past the window
        (10, " ", "match"),  # 10 words in one clause
        (11, " ", "omission"),
    ],
)
def test_date_window_in_the_sentence_and_in_the_clause(
    check_text: CheckText, gap: int, joined: str, status: str
) -> None:
    """The comma sits right after the cue; the words between are counted on both sides."""
    after = f"The strike{joined}{_words(gap)} February 9, 2017."
    before = f"February 9, 2017{joined}{_words(gap)} strike."
    for text in (after, before):
        assert check_text("date", text).status.value == status, text


@pytest.mark.parametrize("separator", ["and", "but", "while", "when", "since", "after"])
def test_a_conjunction_ends_the_clause_window(check_text: CheckText, separator: str) -> None:
    text = f"The strike {_words(3)} {separator} {_words(4)} February 9, 2017."
    assert check_text("date", text).status.value == "omission"
    near = f"The strike {_words(2)} {separator} {_words(3)} February 9, 2017."  # 6 words: counts
    assert check_text("date", near).status.value == "match"


@pytest.mark.parametrize(("gap", "status"), [(7, "match"), (8, "omission")])
def test_a_subject_must_stand_within_8_words_of_the_cue(
    check_cluster: Callable[[str], CheckText], gap: int, status: str
) -> None:
    """The subject may be the 8th word before the cue (7 words between), not the 9th."""
    text = f"The girls, {_words(gap - 1)} were released on October 13, 2016."
    assert check_cluster("chibok-release")("release-date", text).status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The girls are to be released on October 13, 2016.", "omission"),  # not yet
        ("The girls will be released on October 13, 2016.", "omission"),
        ("Our released girls met the press on October 13, 2016.", "omission"),  # a description
        ("The group released a video of the girls on October 13, 2016.", "omission"),
        ("The girls were released on October 13, 2016.", "match"),
        ("The girls were released on October 12, 2016.", "contradiction"),
    ],
)
def test_a_cue_that_cannot_carry_the_event_date(
    check_cluster: Callable[[str], CheckText], text: str, status: str
) -> None:
    assert check_cluster("chibok-release")("release-date", text).status.value == status


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip


@given(day=dates_across(), style=st.sampled_from(["mdy", "dmy", "iso"]), sentences=neutral_text())
@example(day=(2017, 2, 9), style="dmy", sentences=["The market opened."])
@example(day=(2016, 2, 9), style="mdy", sentences=["The market opened."])  # another year
@example(day=(2017, 3, 9), style="iso", sentences=["The market opened."])  # another month
def test_a_planted_full_date_agrees_only_with_the_event_day(
    check_text: CheckText, day: tuple[int, int, int], style: str, sentences: list[str]
) -> None:
    year, month, date = day
    written = {
        "mdy": f"{MONTH_NAMES[month - 1]} {date}, {year}",
        "dmy": f"{date} {MONTH_NAMES[month - 1]} {year}",
        "iso": f"{year}-{month:02d}-{date:02d}",
    }[style]
    text = plant(sentences, f"The strike took place on {written}, officials said.", 1)
    verdict = check_text("date", text)
    expected = "match" if (year, month, date) == (2017, 2, 9) else "contradiction"
    assert verdict.status.value == expected, written


@given(day=dates_across(), sentences=neutral_text())
@example(day=(2017, 2, 28), sentences=["The market opened."])
def test_a_planted_month_and_year_agree_only_with_the_event_month(
    check_text: CheckText, day: tuple[int, int, int], sentences: list[str]
) -> None:
    year, month, _ = day
    text = plant(sentences, f"The strike took place in {MONTH_NAMES[month - 1]} {year}.", 0)
    expected = "match" if (year, month) == (2017, 2) else "contradiction"
    assert check_text("date", text).status.value == expected


def test_without_subjects_a_cue_with_any_object_dates_the_event() -> None:
    """ "released a video" is another object only when the file says what the cue acts on."""
    from tests.conftest import check_fact

    fact = "id: indicted\nkind: date\nvalue: 2018-01-01\ncues: [indicted]"
    text = "Israel indicted a 16-year-old Palestinian girl on Monday on charges including assault."
    assert check_fact(fact, text, dt.date(2018, 1, 1)).status.value == "match"
    assert check_fact(fact, text, dt.date(2018, 1, 9)).status.value == "contradiction"
