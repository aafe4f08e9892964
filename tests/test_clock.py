"""Times of day in text: forms, halves of the day, offsets, hedges, bounds and time zones."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.clock import ClockTime, find_times, parse_minute, show_minute
from tests.strategies import clock_written


def _times(text: str) -> list[ClockTime]:
    return find_times(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "said", "described"),
    [
        # real sentences of the clusters
        ("00:41, 8 March: Malaysia Airlines Flight MH370 departed", "00:41", "00:41"),
        ("takeoff from Kuala Lumpur, which was at 12:21 a.m. on Saturday", "12:21 a.m.", "00:21"),
        ("a final satellite communication at 8.11am on March 8", "8.11am", "08:11"),
        ("The girls were released around 5:30 a.m. on Thursday", "5:30 a.m.", "about 05:30"),
        ("At 10:08 p.m., an officer on the scene sounds the alarm", "10:08 p.m.", "22:08"),
        ("The attack happened at around 11:30pm local time", "11:30pm", "about 23:30"),
        ("It was almost 8pm that we headed to the airport", "8pm", "nearly 20:00"),
        ("The explosion occurred about an hour before midnight local time",
         "an hour before midnight", "about 23:00"),
        # made up, other stories
        ("The ferry sank shortly before midnight.", "midnight", "shortly before 00:00"),
        ("The market opened just after noon.", "noon", "shortly after 12:00"),
        ("The alarm sounded 30 minutes after 9pm.", "30 minutes after 9pm", "21:30"),
        ("Fire crews arrived at 3:20 P.M.", "3:20 P.M.", "15:20"),
        # no a.m./p.m.: either half of the day, unless the words after it say which
        ("The shooting may have ended about 10:25", "10:25", "about 10:25 or 22:25"),
        ("The ferry left at 3:20 in the afternoon", "3:20", "15:20"),
        ("The ferry left at 9:05 in the morning", "9:05", "09:05"),
    ],
)  # fmt: skip
def test_times_of_day_are_read_with_their_hedge(text: str, said: str, described: str) -> None:
    (time,) = _times(text)
    assert (time.text, time.describe()) == (said, described)


def test_every_time_of_a_range_is_a_bound() -> None:
    assert [t.bound for t in _times("from 11pm to 2am in any event")] == [True, True]


@pytest.mark.parametrize(
    ("text", "bound", "zone"),
    [
        ("By 10:20 p.m., there are some indications the shooting has stopped", True, ""),
        ("The roads stay closed until 6am.", True, ""),
        ("MH370 departed on Saturday, 8 March (16:41 GMT, 7 March)", False, "GMT"),
        ("Published: July 29, 2012 9:23 a.m. ET", False, "ET"),
        # bulk corpus
        ("the problem from 11pm to 2am in any event", True, ""),  # both ends of a range
        ("also between 1:30 and 4:00 p.m. (If that happens", True, ""),
        ("in Pyongyang at 11:57am Hawaii time (5:57 pm EDT", False, "Hawaii"),
        ("at around 8:34 a.m. local time", False, ""),  # the event's own clock
    ],
)
def test_bounds_and_other_time_zones_are_marked(text: str, bound: bool, zone: str) -> None:
    time = _times(text)[0]
    assert (time.bound, time.zone) == (bound, zone)


@pytest.mark.parametrize(
    "text",
    [
        "about 4.45 million people",  # a decimal, not a time
        "The score was 3-1 at half time.",
        "I am sure 7 amendments passed.",
        "a 2:1 majority",  # a ratio: no two-digit minutes
        "was seventh in the 1500m final in 3:48.82",  # a race time (bulk corpus)
        "Robinson, Simpson-Daniel, Voyce, Abbott, Noon, Paul",  # a name (bulk corpus)
    ],
)
def test_numbers_that_are_no_times(text: str) -> None:
    assert _times(text) == []


@given(clock_written())
def test_any_written_form_reads_as_its_minute(written: tuple[str, int]) -> None:
    text, minute = written
    (time,) = _times(f"The ferry left at {text} on Friday.")
    assert minute in time.readings
    assert time.agrees_with(minute, 0)


@given(st.integers(0, 1439), st.integers(0, 1439), st.integers(0, 120))
@example(1435, 5, 10)
def test_agreement_is_the_distance_around_the_clock(
    said: int, expected: int, tolerance: int
) -> None:
    """23:55 is 10 minutes from 00:05: agreement measures the shorter way round."""
    time = ClockTime(start=0, end=5, text=show_minute(said), readings=(said,))
    distance = min(abs(said - expected), 1440 - abs(said - expected))
    assert time.agrees_with(expected, tolerance) is (distance <= tolerance)


def test_parse_minute_reads_24_hour_text() -> None:
    assert [parse_minute(t) for t in ("00:41", "12:00", "23:59")] == [41, 720, 1439]
