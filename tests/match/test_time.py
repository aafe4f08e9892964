"""Time facts on real sentences (MH370, Las Vegas, Mazar-i-Sharif, Chibok) and made-up ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.clock import show_minute
from tests.conftest import check_fact
from tests.strategies import clock_written

TAKEOFF = """
id: takeoff
kind: time
value: "00:41"
tolerance: 15min
cues: [took off, departed, takeoff]
"""
BOMBING = """
id: bombing
kind: time
value: "23:00"
cues: [explosion, attack, blast]
"""
SHOOTING = """
id: shooting
kind: time
value: "22:05"
tolerance: 5min
cues: [shooting began, opened fire]
"""


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # MH370
        (TAKEOFF, "00:41, 8 March: Malaysia Airlines Flight MH370 departed from Kuala Lumpur.",
         "match", "00:41"),
        (TAKEOFF, "the flight was lost about an hour after takeoff from Kuala Lumpur, which was "
         "at 12:21 a.m. on Saturday, March 8", "contradiction", "00:21"),
        (TAKEOFF, "MH370 departed on Saturday, 8 March (16:41 GMT, 7 March).", "omission", None),
        (TAKEOFF, "The plane took off at 12.41am and lost contact at 1:30am.", "match", "00:41"),
        # Mazar-i-Sharif: hedged times and "an hour before midnight"
        (BOMBING, "The explosion occurred about an hour before midnight local time.", "match",
         "about 23:00"),
        (BOMBING, "A huge blast was heard at around 11pm local time on Thursday evening.",
         "match", "about 23:00"),
        (BOMBING, "The attack happened at around 11:30pm local time.", "contradiction",
         "about 23:30"),
        # Las Vegas
        (SHOOTING, "He was not on the stage when the shooting began around 10:08 p.m.", "match",
         "about 22:08"),
        (SHOOTING, "The gunman opened fire at 10:05 p.m. local time.", "match", "22:05"),
        (SHOOTING, "The gunman opened fire at 9:40 p.m.", "contradiction", "21:40"),
        # made up, another story: no time near a cue, or a time far from the cue
        (SHOOTING, "The gunman opened fire on the crowd.", "omission", None),
        # the end of a range glued to its start ("7-9am") is a time in no word of its own: it
        # takes no cue, and the time after it still does
        (BOMBING, "The market, open 7-9am, was hit by a blast at 11pm.", "match", "23:00"),
        (BOMBING, "The market, open 7-9am, was hit by a blast at 10pm.", "contradiction", "22:00"),
    ],
)  # fmt: skip
def test_time_fact_on_sentences(fact: str, text: str, status: str, found: str | None) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("MH370 departed at 16:41 GMT on 7 March.", "GMT time"),
        ("The plane departed before 1am.", "a bound"),
    ],
)
def test_bounds_and_other_zones_are_context_never_contradictions(text: str, why: str) -> None:
    verdict = check_fact(TAKEOFF, text)
    assert verdict.status == "omission"
    assert verdict.detail.startswith(why)
    assert [e.stance for e in verdict.evidence] == ["context"]


def test_a_zone_the_fact_names_is_its_own_clock() -> None:
    fact = SHOOTING + "zones: [PDT, Pacific]\n"
    text = "The gunman opened fire at 10:05 p.m. Pacific time, police said."
    assert (check_fact(SHOOTING, text).status, check_fact(fact, text).status) == (
        "omission",
        "match",
    )
    # a zone that fixes its offset converts to the fact's: 1:05 a.m. EDT is 22:05 PDT
    assert check_fact(fact, "The gunman opened fire at 1:05 a.m. EDT.").status == "match"
    assert check_fact(fact, "The gunman opened fire at 1:05 a.m. ET.").status == "omission"


DEPARTED = 'id: takeoff\nkind: time\nvalue: "11:36"\ncues: [departed]\nzones: [PST]'


@pytest.mark.parametrize(
    ("text", "status", "found"),
    [
        # a time in a zone of fixed offset, converted, supports the fact: 19:36 GMT is 11:36 PST
        ("Flight 175 departed at 1936 GMT.", "match", "11:36"),
        ("Flight 175 departed at 2:36 p.m. EST on Tuesday.", "match", "11:36"),
        ("Flight 175 departed at 3:36 a.m. (GMT+16) on Tuesday.", "omission", None),
        ("Flight 175 departed at 3:36 a.m. (UTC+8) on Wednesday.", "match", "11:36"),
        # ... and never contradicts it: zones are misnamed ("EST" in summer, Australia's
        # "EST"), and a time of another zone near a cue is often of another moment
        ("Flight 175 departed at 3:36 p.m. EST on Tuesday.", "omission", None),
        ("Flight 175 departed at 2300 GMT, officials said.", "omission", None),
        # a cue takes the nearest time: a restatement in brackets is not tied (Reuters on the
        # ANA flight gave a wrong one: 11:36 a.m. PST is 19:36 GMT)
        ("Flight 175 departed Los Angeles at 11:36 a.m. (0336 GMT) for Tokyo Narita Airport.",
         "match", "11:36"),
        # no fixed offset: "ET" is EST or EDT, "CST" US Central or China, a place's time
        ("Flight 175 departed at 2:36 p.m. ET on Tuesday.", "omission", None),
        ("Flight 175 departed at 1:36 p.m. CST on Tuesday.", "omission", None),
        ("Flight 175 departed at 9:36 a.m. Hawaii time.", "omission", None),
        # four figures are a time only before a zone: "in 1936" is a year
        ("Flight 175 departed in 1936 for the first time.", "omission", None),
    ],
)  # fmt: skip
def test_a_time_in_a_zone_of_fixed_offset_converts_to_the_facts_zone_and_only_supports(
    text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(DEPARTED, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


def test_a_cue_takes_only_its_nearest_time() -> None:
    """ "took off at 00:41 and vanished at 1:30am": 1:30am is when it vanished."""
    verdict = check_fact(TAKEOFF, "MH370 took off at 00:41 and vanished from radar at 1:30am.")
    assert verdict.status == "match"
    assert [e.text for e in verdict.evidence] == ["00:41"]


@settings(max_examples=60, deadline=None)
@given(clock_written(), st.integers(min_value=-15, max_value=15))
def test_a_time_written_in_any_form_within_tolerance_agrees(
    written: tuple[str, int], shift: int
) -> None:
    text, minute = written
    expected = show_minute((minute + shift) % 1440)
    fact = f'id: t\nkind: time\nvalue: "{expected}"\ntolerance: 15min\ncues: [left]'
    verdict = check_fact(fact, f"The ferry left at {text} on Friday.")
    assert verdict.status == "match", verdict.detail


@settings(max_examples=60, deadline=None)
@given(clock_written(), st.integers(min_value=16, max_value=60))
def test_a_time_past_the_tolerance_contradicts(written: tuple[str, int], shift: int) -> None:
    """Unless the written form also allows the other half of the day, which then must also be
    past the tolerance: "10:25" may be 22:25."""
    text, minute = written
    expected = show_minute((minute + shift) % 1440)
    fact = f'id: t\nkind: time\nvalue: "{expected}"\ntolerance: 15min\ncues: [left]'
    verdict = check_fact(fact, f"The ferry left at {text} on Friday.")
    assert verdict.status == "contradiction", verdict.detail


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # at most 8 words between the cue and the time, on either side
        ("MH370 took off from Kuala Lumpur International in light rain at 00:41.", "match"),
        ("MH370 took off from Kuala Lumpur International Airport in light rain at 00:41.",
         "omission"),
        ("At 00:41, in heavy rain over Kuala Lumpur, flight MH370 took off.", "match"),
        ("Rain fell from 00:41 in heavy bursts over Kuala Lumpur before flight MH370 took off.",
         "omission"),
        # ... except that a time opening the sentence frames it (cubs 004)
        ("At 00:41, in heavy rain over Kuala Lumpur, the flight MH370 took off.", "match"),
        ("At 00:41, in heavy rain over Kuala Lumpur, the crew said the flight MH370 took off.",
         "omission"),  # a reporting verb between: the time may be the report's
        ("At 00:41, in heavy rain over Kuala Lumpur, a storm broke and at 1:30 flight MH370 "
         "took off.", "contradiction"),  # another time between: the cue takes that one
    ],
)  # fmt: skip
def test_a_time_is_taken_at_most_8_words_from_its_cue(text: str, status: str) -> None:
    assert check_fact(TAKEOFF, text).status == status


@pytest.mark.parametrize(
    ("text", "status", "found"),
    [
        ("At 00:48 in Cleveland, Ohio, Michael Martinez of the hometown Indians chopped a "
         "groundball to third base.", "omission", None),  # a framing time never contradicts
        ("At 12:47 a.m. in Cleveland, Ohio, Michael Martinez of the hometown Indians chopped a "
         "groundball to third base.", "match", "00:47"),
        ("In Cleveland, Ohio, at 00:48, the veteran Michael Martinez of the hometown Indians "
         "finally chopped a groundball to third base.", "omission", None),  # not its opening
        # not across a clause of another moment (a hostile review's sentences)
        ("At 9am on Tuesday the motorway reopened, two days after the ball was finally "
         "chopped.", "omission", None),
        ("At 3pm, the long funeral procession of family and friends slowly passed the spot "
         "where the ball was chopped.", "omission", None),
    ],
)  # fmt: skip
def test_a_time_that_opens_the_sentence_frames_it(
    text: str, status: str, found: str | None
) -> None:
    fact = 'id: out\nkind: time\nvalue: "00:47"\ncues: [chopped, final out]'
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


@pytest.mark.parametrize(
    ("text", "status", "found"),
    [
        ("MH370 took off at 00:41.", "match", "00:41"),
        ("A cargo plane took off at 00:30.", "omission", None),  # no subject in the sentence
        ("A cargo plane took off at 00:30. Then MH370 took off at 00:41.", "match", "00:41"),
    ],
)
def test_with_subjects_a_time_counts_only_in_a_sentence_naming_one(
    text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(TAKEOFF + "subjects: [MH370]\n", text)
    assert (verdict.status, verdict.found) == (status, found)


@pytest.mark.parametrize(
    ("text", "status", "detail"),
    [
        ("The plane took off at 12.41am.", "match", "'12.41am' agrees with 00:41"),
        ("The plane took off at 1:30am.", "contradiction",
         "the source gives 01:30 ('1:30am') where 00:41 (±15 min) is expected"),
        # a cue without a time does not end the search: the next sentence gives it
        ("MH370 took off late that night. It took off at 00:41, officials said.", "match",
         "'00:41' agrees with 00:41"),
        # the nearest time to the cue, not the first in the sentence
        ("By 1:30am the controllers knew MH370, which took off at 00:41, was missing.", "match",
         "'00:41' agrees with 00:41"),
    ],
)  # fmt: skip
def test_a_time_verdict_says_what_was_found_and_why(text: str, status: str, detail: str) -> None:
    verdict = check_fact(TAKEOFF, text)
    assert (verdict.status, verdict.detail) == (status, detail)


@settings(max_examples=80, deadline=None)
@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    zone=st.sampled_from(["GMT", "UTC", "EST", "EDT", "CET", "JST", "HKT", "GMT+7", "UTC-5"]),
)
def test_a_time_of_another_zone_never_contradicts(hour: int, minute: int, zone: str) -> None:
    """Whatever time a source gives in another zone of fixed offset, converted it agrees or
    is context: zones are misnamed, and such a time near a cue is often of another moment."""
    text = f"Flight 175 departed at {hour:02d}:{minute:02d} {zone} on Tuesday."
    assert check_fact(DEPARTED, text).status.value != "contradiction"
