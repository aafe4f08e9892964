"""Date facts: precision, relative dates, other events' dates and unresolvable words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.match.date import _headline, _words_between
from factcheck.match.document import Document
from factcheck.sources import source_from_text
from tests.conftest import CheckText, check_fact
from tests.strategies import (
    dates_across,
    day_words,
    neutral_text,
    plant,
    report_phrases,
    source_dates,
)

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
    text = "Three Turkish soldiers were killed earlier today, the Turkish General Staff said."
    assert check_text("date", text, FEB_9).status.value == "match"
    assert check_text("date", text, FEB_10).status.value == "contradiction"


def test_a_date_tied_to_a_reporting_verb_never_contradicts(check_text: CheckText) -> None:
    """ "earlier today announced the death": the announcement's day, which may come later."""
    text = "The Turkish General Staff earlier today announced the death of three Turkish soldiers."
    assert check_text("date", text, FEB_9).status.value == "match"
    verdict = check_text("date", text, FEB_10)
    assert (verdict.status.value, verdict.reason) == ("omission", "not-stated")
    assert "dates the report" in verdict.detail
    assert [e.text for e in verdict.evidence] == ["earlier today"]


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
    """The comma sits right after the cue; the words between are counted on both sides. (A
    date that opens its sentence reaches further: see the fronted date's tests.)"""
    after = f"The strike{joined}{_words(gap)} February 9, 2017."
    before = f"It was February 9, 2017{joined}{_words(gap)} strike."
    for text in (after, before):
        assert check_text("date", text).status.value == status, text


VEGAS_DATE = """
id: date
kind: date
value: 2017-10-01
cues: [shooting, opened fire, killed, injured, festival]
subjects: [Las Vegas, Vegas, festival, gunman, Mandalay Bay]
"""
MAZAR_DATE = "id: date\nkind: date\nvalue: 2016-11-10\ncues: [bombing, explosion, struck]"
FERRY_DATE = "id: date\nkind: date\nvalue: 2023-03-14\ncues: [capsized]"


@pytest.mark.parametrize(
    ("fact", "text", "source_date", "status"),
    [
        # a place's name of several words after a preposition or "the" counts as one word
        # (development clusters): 6 words from "festival", across a comma
        (VEGAS_DATE, "At least 59 people were killed, and 527 were injured in a mass shooting "
         "during an open-air music festival in Las Vegas, near the Mandalay Bay Resort and "
         "Casino on Sunday night.", "2017-10-02", "match"),
        # ... and "late" before the date is the date's: 10 words from "struck", in one clause
        (MAZAR_DATE, "Taliban insurgents struck at the German Consulate in the northern "
         "commercial hub of Mazar-i-Sharif late Thursday night, killing at least two people.",
         "2016-11-10", "match"),
        # made up, another story: 9 and 8 words in one clause, the names counted as one
        (FERRY_DATE, "The ferry capsized off the coast of Santa Cruz near the Old Harbour "
         "Lighthouse on Tuesday.", "2023-03-15", "match"),
        (FERRY_DATE, "The ferry capsized in the bay of Port Royal below the Blue Mountains early "
         "on Tuesday.", "2023-03-15", "match"),
        # lower-case words are words: 14 and 12 in one clause
        (FERRY_DATE, "The ferry capsized off the coast of a small town near the old stone harbour "
         "lighthouse on Tuesday.", "2023-03-15", "omission"),
        (FERRY_DATE, "The ferry capsized in the bay of the old port town below the high blue "
         "mountains early on Tuesday.", "2023-03-15", "omission"),
    ],
)  # fmt: skip
def test_a_place_name_counts_as_one_word_between_cue_and_date(
    fact: str, text: str, source_date: str, status: str
) -> None:
    verdict = check_fact(fact, f"date: {source_date}\n\n{text}")
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "the Mandalay Bay Resort and Casino" is one word between "out" and "Sunday"...
        ("Shots rang out as gunmen stormed the Mandalay Bay Resort and Casino on Sunday.", 6),
        # ...but not across a clause word, even one right after the first token
        ("Shots rang out when gunmen stormed the Mandalay Bay Resort and Casino on Sunday.", 10),
    ],
)
def test_a_place_name_is_not_read_as_one_word_across_a_clause_word(text: str, words: int) -> None:
    doc = Document(source_from_text(text, id="t.txt"))
    tokens = doc.tokens_between(0, len(doc.text))
    said = [token.text for token in tokens]
    gap = _words_between(doc, tokens, said.index("out"), said.index("Sunday"), headline=False)
    assert gap == words


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Ferry Capsized near the Old Harbour", True),  # 4 of 6 words capitalised: most
        ("Ferry capsized near the Old Harbour", False),  # 3 of 6: half is not most
        ("Ferry Capsized near the Old Harbour.", False),  # a full stop ends a sentence
        ("Ferry Capsized Off Cruz", False),  # fewer than five words
    ],
)
def test_a_headline_has_five_words_or_more_most_of_them_capitalised(
    text: str, headline: bool
) -> None:
    doc = Document(source_from_text(text, id="t.txt"))
    assert _headline(doc.text, doc.tokens_between(0, len(doc.text))) is headline


# ("when" opens a clause that may tell of the cue's moment: see the "when" clause tests)
@pytest.mark.parametrize("separator", ["and", "but", "while", "since", "after"])
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
        ("To be released on October 13, 2016, the girls were told.", "omission"),  # opening it
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


TOOK_OFF = "id: d\nkind: date\nvalue: 2014-03-08\ncues: [took off]\nsubjects: [Kuala Lumpur]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a subject of several words, the sentence's last words
        ("The flight took off on March 8 from Kuala Lumpur.", "match"),
        ("The flight took off on March 9 from Kuala Lumpur.", "contradiction"),
        ("The flight took off on March 9 from Penang.", "omission"),  # no subject near
    ],
)
def test_a_subject_of_several_words_near_the_cue_lets_it_carry_the_date(
    text: str, status: str
) -> None:
    assert check_fact(TOOK_OFF, text).status.value == status


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip


@given(day=dates_across(), style=st.sampled_from(["mdy", "dmy", "iso"]), sentences=neutral_text())
@example(day=(2017, 2, 9), style="dmy", sentences=["The market opened."])
@example(day=(2016, 2, 9), style="mdy", sentences=["The market opened."])  # another year
@example(day=(2017, 3, 9), style="iso", sentences=["The market opened."])  # another month
@example(day=(2008, 2, 9), style="mdy", sentences=["The market opened."])  # 9 years: misdated
@example(day=(2007, 2, 9), style="mdy", sentences=["The market opened."])  # 10: another time
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
    if abs(year - 2017) >= 10:  # a decade or more away: another time, never a contradiction
        expected = "omission"
    assert verdict.status.value == expected, written


@given(day=dates_across(), sentences=neutral_text())
@example(day=(2017, 2, 28), sentences=["The market opened."])
@example(day=(2007, 2, 28), sentences=["The market opened."])  # a decade away
def test_a_planted_month_and_year_agree_only_with_the_event_month(
    check_text: CheckText, day: tuple[int, int, int], sentences: list[str]
) -> None:
    year, month, _ = day
    text = plant(sentences, f"The strike took place in {MONTH_NAMES[month - 1]} {year}.", 0)
    expected = "match" if (year, month) == (2017, 2) else "contradiction"
    if abs(year - 2017) >= 10:  # a decade or more away: another time, never a contradiction
        expected = "omission"
    assert check_text("date", text).status.value == expected


def test_without_subjects_a_cue_with_any_object_dates_the_event() -> None:
    """ "released a video" is another object only when the file says what the cue acts on."""
    fact = "id: indicted\nkind: date\nvalue: 2018-01-01\ncues: [indicted]"
    text = "Israel indicted a 16-year-old Palestinian girl on Monday on charges including assault."
    assert check_fact(fact, text, dt.date(2018, 1, 1)).status.value == "match"
    assert check_fact(fact, text, dt.date(2018, 1, 9)).status.value == "contradiction"


def check_on(fact: str, text: str, date: dt.date | None) -> tuple[str, str]:
    verdict = check_fact(fact, text, date)
    return verdict.status.value, verdict.reason


EVE = "id: d\nkind: date\nvalue: 2017-12-24\ncues: [kicked, removed, fire, blast, killed]"
OCT_1 = "id: d\nkind: date\nvalue: 2017-10-01\ncues: [fire, shooting, killed, blast]"
INDICTED = "id: d\nkind: date\nvalue: 2018-01-01\ncues: [indicted, charged]"
FILMED = "id: d\nkind: date\nvalue: 2017-12-15\ncues: [filmed]"
FELL = "id: d\nkind: date\nvalue: 2016-05-28\ncues: [fell, slipped, killed]"
STORY_CASES = [
    # (fact, sentence, source date, status, reason): real sentences of the development clusters
    # and made-up ones of other stories
    (EVE, "American Airlines has apologized to two black minor league basketball players who were "
          "kicked off a plane in Dallas on Christmas Eve after a flight attendant accused them.",
     dt.date(2017, 12, 28), "match", "stated"),
    (EVE, "Two players were removed from the flight on Christmas Day.", dt.date(2017, 12, 28),
     "contradiction", "value"),
    (EVE, "A fire killed three people in Bergen on Christmas Eve 2016.", None,
     "contradiction", "value"),  # a named day with its year
    (EVE, "The blast on New Year's Eve killed four.", dt.date(2018, 1, 2),
     "contradiction", "value"),
    (INDICTED, "Ahed Tamimi, 16, was charged this week by an Israeli military court after she was "
               "filmed in December pushing, kicking and slapping the soldiers.",
     dt.date(2018, 1, 3), "match", "stated"),  # "this week": 1 to 7 January
    (INDICTED, "She was charged last week.", dt.date(2018, 1, 3), "contradiction", "value"),
    (FILMED, "An Israeli military court indicted a teenage Palestinian girl on Monday who was "
             "filmed last month in the West Bank slapping Israeli troops.",
     dt.date(2018, 1, 1), "match", "stated"),  # "Monday" dates the indictment, not the filming
    (FILMED, "She was filmed in December outside her family home.", dt.date(2018, 1, 1),
     "match", "stated"),  # a bare month: the latest December on or before the source's date
    (FILMED, "She was filmed earlier this month.", dt.date(2017, 12, 20), "match", "stated"),
    (OCT_1, "The fire broke out early Saturday in a warehouse.", dt.date(2017, 10, 3),
     "contradiction", "value"),  # early Saturday: 30 September or the night before
    (OCT_1, "The shooting began early Monday, police said.", dt.date(2017, 10, 3),
     "match", "stated"),  # a Sunday-night event is "early Monday"
    (OCT_1, "The fire broke out in the early hours of Monday.", dt.date(2017, 10, 3),
     "match", "stated"),
    (OCT_1, "The minister said on Tuesday that the blast killed 12.", dt.date(2017, 10, 4),
     "omission", "not-stated"),  # the report's day
    (OCT_1, "Officials told reporters Tuesday that the shooting had left 58 dead.",
     dt.date(2017, 10, 4), "omission", "not-stated"),
    (OCT_1, '"I am horrified by the awful attack at a music festival in Las Vegas this morning '
            '(London time)," he said of the shooting.', dt.date(2017, 10, 3),
     "omission", "unresolved-date"),  # quoted speech: said when, the source does not tell
    # words between two quotations are the source's own: resolved; inside one, not
    (OCT_1, '"It was terrible," a witness said of the fire this morning, adding: "Everyone ran."',
     dt.date(2017, 10, 1), "match", "stated"),
    (OCT_1, 'A witness said the fire began "this morning", police said.', dt.date(2017, 10, 1),
     "omission", "unresolved-date"),
    # a quotation runs over its sentences, within its paragraph
    (OCT_1, '"We are safe. The fire was put out this morning," the chief said.',
     dt.date(2017, 10, 2), "omission", "unresolved-date"),
    (OCT_1, '"We are safe."\nThe fire was put out this morning, the chief said.',
     dt.date(2017, 10, 1), "match", "stated"),
    # ... counting every quote of the paragraph: after a third, inside; after a fourth, outside
    (OCT_1, '"It was terrible," a witness said. "The fire was put out this morning," she added.',
     dt.date(2017, 10, 2), "omission", "unresolved-date"),
    (OCT_1, '"It was terrible," a witness said. "Everyone ran," she said of the fire this morning.',
     dt.date(2017, 10, 1), "match", "stated"),
    # ... and one left open at a paragraph's end does not run into the next paragraph
    (OCT_1, 'The chief said: "We are safe.\nThe fire was put out this morning, police said.',
     dt.date(2017, 10, 1), "match", "stated"),
    (OCT_1, "Dozens were killed at a festival held this past weekend.", dt.date(2017, 10, 2),
     "match", "stated"),
    (OCT_1, "Dozens were killed on the night of October 1.", None, "match", "stated"),
    # a time of day said before the date is part of it: the distance counts from the time
    ("id: d\nkind: date\nvalue: 2016-11-10\ncues: [blast]",
     "A huge blast followed by gunfire was reportedly heard at around 11pm local time on "
     "Thursday evening.", dt.date(2016, 11, 11), "match", "stated"),
    ("id: d\nkind: date\nvalue: 2014-03-08\ncues: [takeoff]",
     "Radio contact with the flight was lost about an hour after takeoff from Kuala Lumpur, "
     "which was at 12:21 a.m. on Saturday, March 8.", None, "match", "stated"),
    ("id: d\nkind: date\nvalue: 2014-03-08\ncues: [takeoff]",
     "Radio contact with the flight was lost about an hour after takeoff from Kuala Lumpur, "
     "which was at 12:21 a.m. on Sunday, March 9.", None, "contradiction", "value"),
    ("id: d\nkind: date\nvalue: 2016-11-10\ncues: [blast]",
     "A huge blast followed by gunfire was reportedly heard by the guards of the compound "
     "at the gate on Thursday evening.", None, "omission", "not-stated"),  # no time: too far
    (OCT_1, "Dozens were killed on the night of 2 October.", None, "contradiction", "value"),
    # a "when" clause right after a date says what happened then (gorilla 001, 004; made up)
    (FELL, "The encounter at the Cincinnati Zoo and Botanical Garden occurred Saturday "
     "afternoon when the boy crawled through a barrier and fell into the moat.",
     dt.date(2016, 5, 29), "match", "stated"),
    (FELL, "The incident took place at the Cincinnati Zoo & Botanical Garden on Saturday when "
     "the boy climbed through a public barrier at Gorilla World section and fell into the "
     "moat, the zoo said in a statement.", dt.date(2016, 5, 29), "match", "stated"),
    (FELL, "The incident took place on Friday, when a boy fell into the moat.",
     dt.date(2016, 5, 29), "contradiction", "value"),
    # ... to its first punctuation, and only right after the date
    (FELL, "The zoo reopened on Tuesday when visitors came back, a week after the boy fell.",
     dt.date(2016, 5, 29), "omission", "not-stated"),
    (FELL, "The zoo reopened on Tuesday and said visitors were told that a boy fell.",
     dt.date(2016, 5, 29), "omission", "not-stated"),
    # ... supports only, never contradicts, and names no noun cue (a hostile review's sentences)
    (FELL, "The incident took place at the zoo on Friday afternoon when the boy crawled "
     "through a barrier and fell into the moat.", dt.date(2016, 5, 29), "omission",
     "not-stated"),
    ("id: d\nkind: date\nvalue: 2017-03-22\ncues: [attack]",
     "Police raided a flat in Birmingham on Thursday when they arrested a man suspected of "
     "helping plan the attack.", dt.date(2017, 3, 24), "omission", "not-stated"),
    ("id: d\nkind: date\nvalue: 2017-06-03\ncues: [killed]",
     "Players wore black armbands on Sunday when they paid tribute to the eight people killed "
     "in the London Bridge attack.", dt.date(2017, 6, 11), "omission", "not-stated"),
]  # fmt: skip


@pytest.mark.parametrize(("fact", "text", "date", "status", "reason"), STORY_CASES)
def test_named_days_periods_reports_and_quotes_on_real_and_made_up_sentences(
    fact: str, text: str, date: dt.date | None, status: str, reason: str
) -> None:
    assert check_on(fact, text, date) == (status, reason)


@pytest.mark.parametrize(
    ("text", "date", "detail"),
    [
        ('A witness said the fire began "this morning", police said.', dt.date(2017, 10, 1),
         "'this morning' is quoted speech: it counts from when the words were said, which the "
         "source does not give"),
        ("The fire began this morning, police said.", None,
         "'this morning' cannot be dated: the source carries no date of its own"),
    ],
)  # fmt: skip
def test_an_unresolved_relative_date_says_why_it_cannot_be_dated(
    text: str, date: dt.date | None, detail: str
) -> None:
    verdict = check_fact(OCT_1, text, date)
    assert (verdict.status.value, verdict.reason, verdict.detail) == (
        "omission",
        "unresolved-date",
        detail,
    )
    assert [e.text for e in verdict.evidence] == ["this morning"]


@pytest.mark.parametrize(
    ("aliases", "text", "status"),
    [
        ('{"Independence Day": 2017-08-15}', "The blast on Independence Day killed 9.", "match"),
        ('{"Eid": 2017-08-15}', "The blast on Eid killed 9.", "match"),
        ('{"Eid": 2017-08-16}', "The blast on Eid killed 9.", "contradiction"),
        ('["the night of the parade"]', "The blast on the night of the parade killed 9.", "match"),
        ("[]", "The blast on Independence Day killed 9.", "contradiction"),  # built-in: 4 July
    ],
)
def test_a_file_declares_its_own_named_days_which_win_over_built_in_ones(
    aliases: str, text: str, status: str
) -> None:
    fact = f"id: d\nkind: date\nvalue: 2017-08-15\ncues: [blast]\naliases: {aliases}"
    assert check_on(fact, text, dt.date(2017, 8, 20))[0] == status


def test_a_subject_of_several_words_counts_near_the_cue() -> None:
    """ "departed Kuala Lumpur": the declared subject "Kuala Lumpur" is two words in a row."""
    fact = "id: d\nkind: date\nvalue: 2014-03-08\ncues: [departed]\nsubjects: [MH370, Kuala Lumpur]"
    text = (
        "The prime minister said MH370 made a final satellite communication at 8.11am on March 8, "
        "nearly eight hours after it departed Kuala Lumpur International Airport."
    )
    assert check_on(fact, text, dt.date(2014, 3, 15)) == ("match", "stated")
    other = text.replace("Kuala Lumpur", "Kuala Terengganu")
    assert check_on(fact, other, dt.date(2014, 3, 15)) == ("omission", "not-stated")


@given(
    before=neutral_text(),
    report=report_phrases,
    day=day_words,
    anchor=source_dates,
)
def test_a_date_planted_after_a_reporting_verb_never_contradicts(
    before: list[str], report: str, day: str, anchor: dt.date
) -> None:
    """Whatever day the report names, it is the report's: never a contradiction."""
    statement = report.format(day=day).capitalize() + " the blast killed 12 people."
    text = plant(before, statement, len(before))
    status, _ = check_on(OCT_1, text, anchor)
    assert status != "contradiction"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a cue dated by its own possessive takes no other date (made up, a missile test)
        ("Friday's test follows a statement on Wednesday.", "match"),
        ("Wednesday's test follows a statement on Friday.", "contradiction"),
        # without the possessive, both dates are near the cue
        ("The test on Friday follows a launch on Wednesday.", "contradiction"),
        ("The test on Friday follows a statement on Wednesday.", "contradiction"),
        # ... but a date right after a noun of reporting, before what it reports, dates it
        ("The test on Friday follows a statement on Wednesday that it would go ahead.", "match"),
    ],
)
def test_a_possessive_date_is_the_cue_s_own(text: str, status: str) -> None:
    fact = "id: test\nkind: date\nvalue: 2017-09-15\ncues: [test]"
    verdict = check_fact(fact, f"date: 2017-09-16\n\n{text}")
    assert verdict.status.value == status, verdict.detail


SHOOTING_DATE = "id: date\nkind: date\nvalue: 2017-10-01\ncues: [shooting, massacre]"


@pytest.mark.parametrize(
    ("fact", "text", "source_date"),
    [
        # a name ends at punctuation: the date is the next clause's (found by a hostile review)
        (SHOOTING_DATE, "Three days after the shooting in Las Vegas, President Donald Trump "
         "visited the city on Wednesday.", "2017-10-05"),
        (SHOOTING_DATE, "After the massacre in Las Vegas, Nevada Governor Brian Sandoval ordered "
         "flags lowered on Tuesday.", "2017-10-05"),
        # no name across a clause word
        ("id: date\nkind: date\nvalue: 2017-10-01\ncues: [shooting]", "The shooting in Las "
         "Vegas and the Orlando Pulse Nightclub Massacre of "
         "June 12 were the deadliest.", "2017-10-03"),
        ("id: date\nkind: date\nvalue: 2019-04-15\ncues: [blaze]", "Firefighters tackled the "
         "blaze at the Notre Dame Cathedral of Our Lady of Paris, which reopened on Sunday after "
         "restoration.", "2019-04-17"),
        # nor in a headline in title case
        ("id: date\nkind: date\nvalue: 2017-06-14\ncues: [fire]", "Fire At Grenfell Tower: "
         "Residents Of The Lancaster West Estate Say They Warned The Council About Safety On "
         "Monday", "2017-06-16"),
    ],
)  # fmt: skip
def test_a_place_name_ends_at_punctuation_clause_words_and_headlines(
    fact: str, text: str, source_date: str
) -> None:
    verdict = check_fact(fact, f"date: {source_date}\n\n{text}")
    assert verdict.status.value == "omission", verdict.detail


GAME = "id: game\nkind: date\nvalue: 2016-11-02\ncues: [won, win, victory]"
ABDUCTED = "id: abducted\nkind: date\nvalue: 2014-04-14\ncues: [abducted]"


@pytest.mark.parametrize(
    ("fact", "text", "status", "stances"),
    [
        # a date after "since", "until" or "till" bounds a period: it dates no event (cubs 001)
        (GAME, "Chicago Cubs defeat Cleveland Indians to win first World Series title since 1908",
         "omission", []),
        (GAME, "They won, and the stadium stays closed until 2020.", "omission", []),
        # ... unless the file's cue ends with the word: it asks for the period's start
        ("id: last\nkind: date\nvalue: 1908\ncues: [title since]",
         "Chicago Cubs defeat Cleveland Indians to win first World Series title since 1908",
         "match", ["supports"]),
        # a date a decade or more away is of another time (gorilla 007, a zoo accident of 1996)
        ("id: date\nkind: date\nvalue: 2016-05-28\ncues: [fell]",
         "But when a 3-year-old child fell into the den at Illinois' Brookfield Zoo in 1996, "
         "the story had a very different ending.", "omission", ["context"]),
        # ... while a year or two off is a misdated report (chibok 007's caption)
        (ABDUCTED, "The girls were abducted by Boko Haram on April 14, 2016.", "contradiction",
         ["conflicts"]),
        (ABDUCTED, "The girls were abducted by Boko Haram on April 14, 2004.", "omission",
         ["context"]),
    ],
)  # fmt: skip
def test_a_date_of_another_time_or_a_bound_of_a_period_dates_no_event(
    fact: str, text: str, status: str, stances: list[str]
) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail
    assert [e.stance.value for e in verdict.evidence] == stances


def test_a_declared_day_said_early_takes_in_the_night_before() -> None:
    """cubs 006: the file declares "Thursday" as 3 November; "in the early hours of Thursday"
    may still mean the night of Wednesday 2 November, the game's day."""
    fact = 'id: game\nkind: date\nvalue: 2016-11-02\ncues: [won]\naliases: {"Thursday": 2016-11-03}'
    early = "The Cubs won a thrilling Game Seven classic in the early hours of Thursday."
    assert check_fact(fact, early).status.value == "match"
    late = "The Cubs won a thrilling Game Seven classic on Thursday."
    assert check_fact(fact, late).status.value == "contradiction"


SHOT = "id: d\nkind: date\nvalue: 2016-05-28\ncues: [shot, fell]"


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # cincinnati 008: Sunday 29 May, a day after the shooting of Saturday 28 May
        ("A Facebook page had more than 3,000 likes by Sunday afternoon, a day after the "
         "400-pound (181-kg) gorilla was shot dead.", dt.date(2016, 5, 30), "match"),
        ("On Monday, two days after the gorilla was shot dead, the zoo reopened.",
         dt.date(2016, 5, 30), "match"),
        ("The zoo reopened on Saturday, a week after the gorilla was shot dead.",
         dt.date(2016, 6, 4), "match"),
        ("The zoo reopened on Tuesday, a day after the gorilla was shot dead.",
         dt.date(2016, 6, 1), "contradiction"),  # the shooting on Monday 30 May
        ("The zoo held a vigil on Friday, a day before the boy fell.",
         dt.date(2016, 5, 30), "match"),  # "before": the fall the day after Friday
        # a cue after the phrase is dated by the date itself (a hostile review's sentences)
        ("On Sunday, a day after the boy fell, keepers shot the gorilla dead.",
         dt.date(2016, 5, 30), "contradiction"),
        ("On Saturday, a day after the boy fell, keepers shot the gorilla dead.",
         dt.date(2016, 5, 30), "match"),
        ("Sunday morning, the day before the boy fell, the zoo was full.",
         dt.date(2016, 5, 30), "contradiction"),
        # a cue right before the date takes it: Friday is the shooting's
        ("The gorilla was shot dead on Friday, a day before the zoo reopened.",
         dt.date(2016, 5, 30), "contradiction"),
        # no day to count from: context
        ("The zoo reopened in June, a week after the gorilla was shot dead.",
         dt.date(2016, 6, 30), "omission"),
    ],
)  # fmt: skip
def test_a_date_a_day_after_an_event_dates_it_a_day_earlier(
    text: str, published: dt.date, status: str
) -> None:
    assert check_fact(SHOT, text, published, event="2016-05-28").status.value == status


SEIZED = "id: seized\nkind: date\nvalue: 2017-11-24\ncues: [seized, boarded, announced]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # North Korea's oil (AP, 5 January 2018): "last week" dates the reports
        ("Prosecutors are investigating after reports last week that South Korean authorities "
         "seized the Hong Kong-flagged Lighthouse Winmore.", "omission"),
        ("In a statement on Friday, customs officials said they seized the tanker.", "omission"),
        # ... not the report of the event itself, nor a cue that is the report (a hostile
        # review's sentences)
        ("Officers responded to reports on Friday of a tanker seized off Yeosu.", "contradiction"),
        ("Customs officials announced the tanker was seized, in a statement on Friday.",
         "contradiction"),
        ("Customs officials seized the tanker on Friday.", "contradiction"),
        # a "when" clause after the cue tells of the cue's moment (NYT, 29 December 2017)
        ("The South Korean authorities boarded the Lighthouse Winmore and questioned its crew "
         "members when they returned to Yeosu on Nov. 24.", "match"),
        # ... and only supports: it may tell of another moment
        ("The South Korean authorities boarded the Lighthouse Winmore and questioned its crew "
         "members when they returned to Yeosu on Nov. 20.", "omission"),
        ("Police seized the tanker, which had been missing since it vanished on Nov. 20.",
         "omission"),
    ],
)  # fmt: skip
def test_a_reporting_noun_dates_the_report_and_a_when_clause_the_cue(
    text: str, status: str
) -> None:
    assert check_fact(SEIZED, text, dt.date(2018, 1, 5), event="2017-11-24").status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Broadcom (5 February 2018): a meeting "next month" is in March
        ("Qualcomm shareholders will vote at the meeting next month.", "match"),
        # ... and a forward period never contradicts: it often tells of a plan or another event
        ("A funeral will be held next week for the climbers killed on the mountain.", "omission"),
    ],
)
def test_a_forward_period_supports_a_date_and_never_contradicts_it(text: str, status: str) -> None:
    fact = "id: meeting\nkind: date\nvalue: 2018-03-06\ncues: [meeting, killed]"
    verdict = check_fact(fact, text, dt.date(2018, 2, 5), event="2018-03-06")
    assert verdict.status.value == status, verdict.detail


FELL = "id: fell\nkind: date\nvalue: 2016-11-06\ncues: [fell]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # china-boy-well 001 (8 November 2016): the comma of a place and its region breaks no
        # clause, and the two count as one word
        ("The boy fell down the 40m dry well in Baoding, Hebei province on Sunday morning.",
         "match"),
        ("The boy fell down the 40m dry well in Orlando, Florida on Sunday morning.", "omission"),
        # a hostile review's sentence: the region may be the main clause's subject
        ("After the boy fell down a well in Orlando, Florida on Tuesday ordered every well "
         "covered.", "omission"),
        ("The boy fell down the 40m dry well in Baoding, Hebei province on Saturday morning.",
         "contradiction"),
        # ... not a comma before another name, the clause goes on
        ("The boy fell down the 40m dry well in Las Vegas, President Donald Trump said on "
         "Sunday.", "omission"),
    ],
)  # fmt: skip
def test_a_place_and_its_region_are_one_word_of_one_clause(text: str, status: str) -> None:
    verdict = check_fact(FELL, text, dt.date(2016, 11, 8), event="2016-11-06")
    assert verdict.status.value == status, verdict.detail


FIREWORKS = "id: f\nkind: date\nvalue: 2017-12-31\ncues: [fireworks]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # australia-beach-fireworks 003 (2 January 2018): a name after a preposition between
        # a reporting verb and the date ("on Facebook") is no word: the date is the report's
        ("The organiser of the Fireworks Festival said in a statement on Facebook on New "
         "Year's Day that it was amazing.", "omission"),
        ("The fireworks organiser told reporters in Sydney on Monday that it was amazing.",
         "omission"),
        # ... while common words still count: the date is six words from the verb
        ("The organiser said in a long statement to the press on Monday that the fireworks "
         "went wrong.", "contradiction"),
    ],
)  # fmt: skip
def test_a_name_in_a_report_is_no_word_between_its_verb_and_date(text: str, status: str) -> None:
    verdict = check_fact(FIREWORKS, text, dt.date(2018, 1, 2), event="2017-12-31")
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    "text",
    [
        # a hostile review's sentences: the words of an event between the verb and the date
        "Police said gunmen opened fire in Orlando on Saturday, near the fireworks.",
        "Officials said a barge exploded at Sydney on Saturday, setting off the fireworks.",
    ],
)
def test_words_of_an_event_keep_the_date_the_events(text: str) -> None:
    fact = "id: f\nkind: date\nvalue: 2017-12-31\ncues: [fireworks]"
    verdict = check_fact(fact, text, dt.date(2018, 1, 2), event="2017-12-31")
    assert verdict.status.value == "contradiction", verdict.detail


@pytest.mark.parametrize(
    ("value", "cues", "status"),
    [
        # hawaiian-new-year-flight 001: a modal opens a predicate with a time of its own
        ("2018-01-01", "[took off]", "match"),
        ("2017-12-31", "[land]", "match"),
        ("2017-12-31", "[took off]", "contradiction"),
    ],
)
def test_a_modal_between_a_cue_and_a_date_is_a_clause_boundary(
    value: str, cues: str, status: str
) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: {cues}"
    text = "Hawaiian Air Flight That Took off in 2018 Will Land in 2017"
    assert check_fact(fact, text, dt.date(2017, 12, 31), event=value).status.value == status


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # hawaiian-new-year-flight 001: the cue's own modal ("and will land") opens its
        # predicate; a date before it is another's when one follows the cue
        ("2017-12-31", "The flight, HA446, left Auckland, New Zealand at 12:05 am, January 1st, "
         "2018, and will land in Honolulu, Hawaii at 9:45 am on December 31st, 2017.", "match"),
        ("2018-01-01", "The flight, HA446, left Auckland, New Zealand at 12:05 am, January 1st, "
         "2018, and will land in Honolulu, Hawaii at 9:45 am on December 31st, 2017.",
         "contradiction"),
        # ... and with no date after the cue, the one before still counts
        ("2018-01-01", "On January 1st, 2018, the flight will land in Honolulu.", "match"),
    ],
)  # fmt: skip
def test_the_cues_own_modal_keeps_an_earlier_date_out(value: str, text: str, status: str) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [land in]"
    assert check_fact(fact, text, dt.date(2017, 12, 31), event=value).status.value == status


@pytest.mark.parametrize(
    ("value", "status"),
    [
        # tiangong-1 005 (an article of 9 January 2018): a bare month after "will" is ahead,
        # and only supports
        ("2018-03-31", "match"),
        ("2017-03-31", "omission"),
        ("2018-04-30", "omission"),
    ],
)
def test_a_bare_month_in_a_predicate_of_will_is_ahead(value: str, status: str) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [burn up]"
    text = "The massive station will spectacularly burn up in the atmosphere sometime in March."
    verdict = check_fact(fact, text, dt.date(2018, 1, 9), event=value)
    assert verdict.status.value == status


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # a hostile review's sentences (an article of Tuesday 9 January 2018): "will" of
        # another predicate, or the noun, leaves a past date as it was
        ("2018-01-05", "He will be sentenced for a robbery committed on Friday.", "match"),
        ("2018-01-12", "He will be sentenced for a robbery committed on Friday.",
         "contradiction"),
        ("2018-01-05", "She said she was taken against her will on Friday from a car park.",
         "match"),
    ],
)  # fmt: skip
def test_will_of_another_predicate_leaves_a_past_date(value: str, text: str, status: str) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [robbery, taken]"
    assert check_fact(fact, text, dt.date(2018, 1, 9), event=value).status.value == status


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # a plan or an expectation in the present looks ahead as "will" does (articles of
        # Friday 29 December 2017)
        ("2018-01-31", "The bank is expected to report its results in January.", "match"),
        ("2018-01-31", "Falcon Heavy is set to lift off from Cape Canaveral in January.", "match"),
        ("2018-01-31", "SpaceX plans to launch the rocket in January.", "match"),
        ("2017-01-31", "The bank is expected to report its results in January.", "omission"),
        # in the past, a plan of then: the month is the latest one, as for any past verb
        ("2017-01-31", "The bank was expected to report its results in January.", "match"),
        # "set" and "due" as past verbs or nouns open nothing
        ("2017-01-31", "The bank set out its results in January.", "match"),
    ],
)  # fmt: skip
def test_a_plan_in_the_present_looks_ahead_as_will_does(value: str, text: str, status: str) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [report its results, lift off, launch the rocket, set out]"
    verdict = check_fact(fact, text, dt.date(2017, 12, 29), event=value)
    assert verdict.status.value == status, text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("It happened in March last year.", (2016, 3)),
        ("It happened in March of last year.", (2016, 3)),
        ("It will happen in late March of next year.", (2018, 3)),
        ("It happened in January this year.", (2017, 1)),
        ("It happened in March, a year after the merger.", (2017, 3)),  # no year of its own
    ],
)
def test_a_month_with_a_year_told_from_the_source(text: str, said: tuple[int, int]) -> None:
    from factcheck.dates import find_dates

    (expr,) = [e for e in find_dates(text) if e.month is not None]
    resolved = expr.resolve(dt.date(2017, 12, 29))
    assert (resolved.year, resolved.month) == said, expr


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # a date that opens its sentence dates the clause after its comma, however long the
        # subject (bruce-arians and berlin-style sentences; articles of January 2018)
        ("2017-12-31", "On Sunday, the 65-year-old head coach of the Arizona Cardinals announced "
         "his retirement.", "match"),
        ("2017-12-24", "On Sunday, the 65-year-old head coach of the Arizona Cardinals announced "
         "his retirement.", "contradiction"),
        # ... not a cue in what a reporting verb reports, nor past another clause
        ("2017-12-24", "On Sunday, a spokesman for the Arizona Cardinals said the coach announced "
         "his retirement.", "omission"),
        ("2017-12-24", "On Sunday, after a long and bitter season with the club, the coach "
         "announced his retirement.", "omission"),
        # ... and only a date that opens the sentence
        ("2017-12-24", "He was hired on Sunday, the 65-year-old head coach of the Arizona team "
         "said of his retirement.", "omission"),
    ],
)  # fmt: skip
def test_a_fronted_date_dates_the_clause_after_its_comma(
    value: str, text: str, status: str
) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [announced his retirement, retirement]"
    verdict = check_fact(fact, text, dt.date(2018, 1, 2), event=value)
    assert verdict.status.value == status, text


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # a named day before a noun in lower case dates that noun, not the sentence's verb
        # (berlin-new-year-safe-zone 004, an article of Saturday 30 December 2017)
        ("2017-12-30", "A German police union boss has criticized organizers of Berlin's annual "
         "open-air New Year's Eve party for designating a special area.", "omission"),
        ("2017-12-25", "The Christmas Day attack on the market killed nine people.", "match"),
        ("2017-12-30", "The Christmas Day attack on the market killed nine people.",
         "contradiction"),
        # ... not before a verb, a part of the day or a preposition
        ("2016-12-31", "Police arrested the man on New Year's Eve in Berlin.", "match"),
        ("2017-12-30", "Police arrested the man on New Year's Eve in Berlin.", "contradiction"),
        ("2017-12-25", "Gunmen attacked a church on Christmas Day morning.", "match"),
    ],
)  # fmt: skip
def test_a_named_day_before_a_noun_dates_that_noun(value: str, text: str, status: str) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [criticized, attack, arrested, attacked]"
    verdict = check_fact(fact, text, dt.date(2017, 12, 30), event=value)
    assert verdict.status.value == status, text


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # a named day in a predicate ahead is the next one (an article of 29 December 2017)
        ("2017-12-31", "Some 1,600 officers will be on patrol on New Year's Eve.", "match"),
        ("2017-12-31", "The city is set to celebrate on New Year's Eve with fireworks.", "match"),
        ("2016-12-31", "Some 1,600 officers will be on patrol on New Year's Eve.", "omission"),
        # in the past, the latest one
        ("2016-12-31", "Some 1,600 officers were on patrol on New Year's Eve.", "match"),
    ],
)  # fmt: skip
def test_a_named_day_in_a_predicate_ahead_is_the_next_one(
    value: str, text: str, status: str
) -> None:
    fact = f"id: d\nkind: date\nvalue: {value}\ncues: [patrol, celebrate]"
    verdict = check_fact(fact, text, dt.date(2017, 12, 29), event=value)
    assert verdict.status.value == status, text


def test_a_declared_day_yields_to_a_built_in_date_that_says_more() -> None:
    """A file's "New Year's Eve" is this year's; "New Year's Eve 2015" stays 2015's."""
    fact = (
        "id: d\nkind: date\nvalue: 2017-12-31\ncues: [assaulted]\n"
        'aliases: {"New Year\'s Eve": 2017-12-31}'
    )
    on = dt.date(2017, 12, 30)
    said = "Hundreds of women were assaulted on New Year's Eve {}in Cologne."
    assert check_fact(fact, said.format(""), on, event="2017-12-31").status.value == "match"
    verdict = check_fact(fact, said.format("2015 "), on, event="2017-12-31")
    assert verdict.status.value == "contradiction"
    assert verdict.evidence[0].text == "New Year's Eve 2015"
