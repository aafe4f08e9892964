"""Quantity facts and how English ties a count to the event: parts and totals, increments,
revised figures, the group a part is taken from, ``exclude``, ``subjects`` and the time of a
clause. Real sentences of the development clusters, and made-up ones of other stories."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import check_fact
from tests.strategies import excluded_count_sentence, neutral_text, plant

KILLED_17 = "id: killed\nkind: quantity\nvalue: 17\ncues: [killed, killing]"
ON_BOARD = """
id: on-board
kind: quantity
value: 239
cues: [on board, aboard]
subjects: [people, passengers and crew]
"""
PASSENGERS = "id: passengers\nkind: quantity\nvalue: 227\ncues: [on board]\nsubjects: [passengers]"
AFFECTED = """
id: affected
kind: quantity
value: 145.5 million
cues: [affected, exposed]
subjects: [Americans, consumers, people]
"""
TOLL = "id: killed\nkind: quantity\nvalue: 20\ncues: [toll, killed]"
FREED = "id: freed\nkind: quantity\nvalue: 21\ncues: [release, freed]\nsubjects: [girls]"
KUNDUZ = """
id: killed
kind: quantity
value: 6
cues: [killed, dead]
exclude: [Kunduz]
"""
SHOOTING = "id: killed\nkind: quantity\nvalue: 58\ncues: [dead, killed]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # parts state their total
        (KILLED_17, "The crash happened at dawn, killing 14 passengers and three crew.", "match"),
        (KILLED_17, "The crash happened at dawn, killing 14 passengers plus three crew.", "match"),
        (KILLED_17, "The crash happened at dawn, killing 14 passengers, three crew.", "match"),
        (
            KILLED_17,
            "The crash happened at dawn, killing 14 passengers and four crew.",
            "contradiction",
        ),
        (
            ON_BOARD,
            "Flight MH370 vanished with 227 passengers and 12 crew members on board.",
            "match",
        ),
        # a subject of several words names the total; a part of a declared subject is its own count
        (
            PASSENGERS,
            "Flight MH370 vanished with 227 passengers and 12 crew members on board.",
            "match",
        ),
        # verbs are no parts: "3 killed and 11 wounded" is two facts, not a total of 14
        (
            "id: killed\nkind: quantity\nvalue: 3\ncues: [killed]",
            "3 killed and 11 wounded in the blast.",
            "match",
        ),
    ],
)
def test_parts_state_their_total(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize(
    "text",
    [
        "Equifax said an additional 2.5 million Americans may have been affected.",
        "2.5 Million More People Potentially Exposed in Equifax Breach",
        "Another 2.5 million consumers were affected, the company said.",
    ],
)
def test_an_increment_is_no_total(text: str) -> None:
    verdict = check_fact(AFFECTED, text)
    assert verdict.status.value == "omission"
    assert "increment" in verdict.detail


def test_a_revised_figure_is_a_contradiction_of_its_own_reason() -> None:
    verdict = check_fact(TOLL, "By the evening the death toll rose to 23, police said.")
    assert (verdict.status.value, verdict.reason) == ("contradiction", "revised")
    opening = check_fact(TOLL, "Rising to 23, the death toll was higher than feared.")
    assert (opening.status.value, opening.reason) == ("contradiction", "revised")
    plain = check_fact(TOLL, "By the evening 23 people had been killed, police said.")
    assert (plain.status.value, plain.reason) == ("contradiction", "value")
    # one plain conflict among revised ones makes the verdict a plain contradiction
    both = check_fact(TOLL, "The toll rose to 23. Earlier, 25 people had been killed.")
    assert (both.status.value, both.reason) == ("contradiction", "value")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a part after the cue: the group it is taken from is no count of the cue
        (
            "Boko Haram militants handed over the girls, in the first mass release of any of the "
            "more than 200 girls and women kidnapped two years ago.",
            "omission",
        ),
        ("The army freed 21 of the 276 girls held in the forest.", "match"),
        ("It was the first release of any of those 200 girls.", "omission"),
        ("It was the first release of any of these 200 girls.", "omission"),
        ("It was the first release of 200 girls.", "contradiction"),  # no part: the count
    ],
)
def test_the_group_a_part_is_taken_from_is_no_count_of_the_event(text: str, status: str) -> None:
    assert check_fact(FREED, text).status.value == status


def test_exclude_sets_a_count_of_another_place_aside() -> None:
    text = (
        "The Taliban called it revenge for US air strikes this month in the volatile province "
        "of Kunduz that left 32 civilians dead."
    )
    verdict = check_fact(KUNDUZ, text, dt.date(2016, 11, 11), event="2016-11-10")
    assert verdict.status.value == "omission"
    assert "exclude" in verdict.detail
    far = "At least six people were killed at the consulate. The Kunduz strikes were condemned."
    assert check_fact(KUNDUZ, far, event="2016-11-10").status.value == "match"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a subject right after the count ties it to a cue a few words before
        ("The breach exposed personal information of 143 million people.", "contradiction"),
        # no noun after the count: it counts what the sentence named before the cue
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million, some 2.5 million more than before.",
            "match",
        ),
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million.",
            "match",
        ),
        # but another word and no subject after it ties nothing
        ("The breach exposed personal information of 143 million.", "omission"),
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million overall.",
            "omission",
        ),
    ],
)
def test_subjects_anchor_a_count_near_its_cue(text: str, status: str) -> None:
    assert check_fact(AFFECTED, text).status.value == status


def test_a_date_earlier_in_the_clause_dates_the_count() -> None:
    text = "The June 2016 mass shooting at the Pulse nightclub in Orlando, Florida left 49 dead."
    verdict = check_fact(SHOOTING, text, dt.date(2017, 10, 2), event="2017-10-01")
    assert verdict.status.value == "omission"
    assert "another time" in verdict.detail
    # a date in another clause, before a comma, does not
    other = "Police said on Monday, in the first full briefing, that 49 people were killed."
    assert (
        check_fact(SHOOTING, other, dt.date(2017, 10, 2), event="2017-10-01").status.value
        == "contradiction"
    )


STILL_HELD = """
id: still-held
kind: quantity
value: 197
cues: [remain]
subjects: [girls]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a count with no noun counts what its sentence, or the one before, names
        ("Some girls escaped in 2014. About 200 remain unaccounted for.", "match"),
        ("The talks went on for a year. About 150 remain, officials said.", "omission"),
        ("About 150 girls remain in captivity.", "contradiction"),
    ],
)
def test_a_count_without_a_noun_takes_the_subject_of_its_sentence(text: str, status: str) -> None:
    assert check_fact(STILL_HELD, text).status.value == status


def test_a_date_later_in_the_clause_dates_the_count() -> None:
    text = (
        "An immigrant shoots dead 13 people at a civic center in the New York state city of "
        "Binghamton in April 2009, before killing himself."
    )
    verdict = check_fact(SHOOTING, text, dt.date(2017, 10, 3), event="2017-10-01")
    assert verdict.status.value == "omission"


EXCLUDED = """
id: killed
kind: quantity
value: 6
cues: [killed]
exclude: [Kunduz, Orlando nightclub]
"""


@given(excluded_count_sentence(), neutral_text(), st.integers(min_value=0, max_value=8))
def test_a_count_near_an_exclude_phrase_never_contradicts(
    sentence: str, filler: list[str], position: int
) -> None:
    verdict = check_fact(EXCLUDED, plant(filler, sentence, position))
    assert verdict.status.value != "contradiction", sentence


OTHER_TIME = "about another time: 'killed 49'"
CONFLICT_49 = "the source says 49 where 58 is expected: 'killed 49'"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # a date in another clause: within 8 words of the count it dates the count, past 8 not
        ("A gunman killed 49 people at a nightclub; police said in June 2016.", OTHER_TIME),
        ("A gunman killed 49 people at a nightclub; police said so in June 2016.", CONFLICT_49),
        ("On a hot night in June 2016, a gunman who was never found killed 49 people.",
         OTHER_TIME),
        ("On a hot night in June 2016, a gunman who has never been found killed 49 people.",
         CONFLICT_49),
    ],
)  # fmt: skip
def test_a_date_within_8_words_of_the_count_dates_it(text: str, detail: str) -> None:
    assert check_fact(SHOOTING, text, event="2017-10-01").detail == detail
