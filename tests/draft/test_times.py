"""Candidate times of day: a time a sentence gives as a moment, with the words near it."""

from __future__ import annotations

import pytest

from factcheck.draft.times import time_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _times(*texts: str, min_sources: int = 2) -> dict[str, list[str]]:
    docs = [Document(source_from_text(f"{t}\n", id=f"{i}.txt")) for i, t in enumerate(texts)]
    return {str(c.keys["value"]): list(c.keys["cues"]) for c in time_candidates(docs, min_sources)}


def test_a_time_two_sources_give_as_a_moment_is_a_candidate_with_the_words_near_it() -> None:
    """Las Vegas 002, 007: "the shooting began around 10:08 p.m.", "At 10:08 p.m., an
    officer on the scene sounds the alarm"."""
    found = _times(
        "However, he was not on the stage when the shooting began around 10:08 p.m.",
        "At 10:08 p.m., an officer on the scene sounds the alarm.",
    )
    assert list(found) == ["22:08"]


@pytest.mark.parametrize(
    "sentence",
    [
        # North Korea 006, 007: "at", with a hedge; its half of the day
        "The missile landed east off the cape of Erimo at around 7:16 am local time.",
        "Friday's missile flew over Hokkaido in northern Japan shortly before 7:16am, it said.",
        # made up: a 24-hour time after "at"
        "The ferry left the harbour at 07:16 with 300 people on board.",
    ],
)
def test_a_time_after_at_or_with_its_half_of_the_day_is_a_moment(sentence: str) -> None:
    assert "07:16" in _times(sentence, min_sources=1)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # MH370 005: a timeline's entry, the time, its date, a colon
        (
            "00:41, 8 March: Malaysia Airlines Flight MH370 departed from Kuala Lumpur.",
            "00:41",
        ),
        # made up, another story: the entries of a day's timeline
        ("The day\n\n14:05, 3 May: The first train left the depot with 40 passengers.", "14:05"),
        ("Timeline\n\n21:50, Friday: Police closed the bridge to traffic.", "21:50"),
    ],
)
def test_a_time_heading_a_timeline_entry_is_a_moment(text: str, value: str) -> None:
    assert value in _times(text, min_sources=1)


@pytest.mark.parametrize(
    "text",
    [
        "13:27 GMT +3 10 February 2017",  # seeds 004: a clock with its zone, no entry
        "The video, 01:12: watch the moment it landed.",  # not a paragraph's start
        "14:05, the first train left the depot.",  # no colon after: no entry's head
        "7:15, 3 May: The first train left the depot.",  # not the 24-hour clock: either half
        "The video, 14:05, 3 May: the first train left the depot.",  # not a paragraph's start
    ],
)
def test_a_time_opening_a_line_without_an_entry_head_is_no_moment(text: str) -> None:
    assert not _times(text, min_sources=1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Xinhua | Updated: 2017-09-15 17:52",  # North Korea 003: a clock, no moment
        "MUST WATCH Why does North Korea keep launching ICBMs? 01:14",  # a video's length
        "It flew over Hokkaido at around 07:06 am (2206 GMT) towards the Pacific.",  # GMT
        "The polls close by 10pm, officials said.",  # a bound
        "The council met at 3:20 to vote on the budget.",  # either half of the day
    ],
)
def test_a_clock_a_bound_another_zone_or_an_unsure_half_is_no_candidate(sentence: str) -> None:
    found = _times(sentence, min_sources=1)
    assert not set(found) - {"07:06"}
    assert "22:06" not in found


def test_hedges_are_no_cues() -> None:
    """ "at around 7:16 am": "around" says how exact the time is, not what happened."""
    found = _times(
        "The missile landed off the cape at around 7:16 am local time.",
        "It landed off the cape of Erimo at around 7:16am.",
    )
    assert "around" not in found["07:16"] and "cape" in found["07:16"]
