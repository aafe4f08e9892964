"""Counts of another event: the words of a motive, and generic statements. Real sentences of
the development clusters (Mazar-i-Sharif, Ahed Tamimi), and made-up ones of other stories."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from tests.conftest import check_fact
from tests.strategies import motive_count_sentence, neutral_text, plant

KILLED_6 = "id: killed\nkind: quantity\nvalue: 6\ncues: [killed, killing, dead, died]"
MAX_SENTENCE = "id: max\nkind: quantity\nvalue: 14\ncues: [face, jailed]\nsubjects: [years]"


@pytest.mark.parametrize(
    "text",
    [
        # Mazar-i-Sharif, 001, 003, 007: the Kunduz strikes the Taliban said they avenged
        'The Taliban said the bombing late Thursday was a "revenge attack" for US air strikes '
        "this month in the volatile province of Kunduz that left 32 civilians dead.",
        "The Taliban claimed responsibility for the attack, saying it was in retaliation for Nato "
        "airstrikes against a village near the northern city of Kunduz last week in which more "
        "than 30 people were killed.",
        "The Taliban has claimed responsibility for the assault which they say is a response to "
        "coalition air strikes earlier this month which killed 30 civilians in Kunduz.",
        # other stories
        "Rebels shelled the town in reprisal for an ambush that killed 12 soldiers.",
        "The militia vowed to avenge the raid which killed 40 of its fighters.",
    ],
)
def test_a_count_in_the_words_of_a_motive_is_another_events(text: str) -> None:
    verdict = check_fact(KILLED_6, text)
    assert verdict.status.value == "omission"
    assert "another event" in verdict.detail


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a comma closes the motive: what follows is the event's own
        ("Gunmen attacked the village in revenge for the arrests, killing six people.", "match"),
        (
            "In response to the strikes, militants killed 7 people at the consulate.",
            "contradiction",
        ),
        # "revenge attack" names the event itself: its own count
        ("A revenge attack killed 6 people at the consulate.", "match"),
    ],
)
def test_the_event_s_own_count_stands_outside_its_motive(text: str, status: str) -> None:
    assert check_fact(KILLED_6, text).status.value == status


@given(text=neutral_text(), at=neutral_text().map(len), sentence=motive_count_sentence())
def test_a_count_planted_in_a_motive_never_contradicts(
    text: list[str], at: int, sentence: str
) -> None:
    verdict = check_fact(KILLED_6, plant(text, sentence, at))
    assert verdict.status.value != "contradiction"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Ahed Tamimi, Reuters (001, 006): the law's maximum for any adult, not her sentence
        (
            "An adult found guilty of assaulting a soldier could be jailed for up to 10 years, "
            "but such an outcome would be unlikely for Tamimi as a minor.",
            "omission",
        ),
        ("Anyone convicted of the offence can be jailed for up to 20 years.", "omission"),
        # the modal within 8 words of the indefinite: the 8th counts, the 9th does not
        (
            "An adult found guilty of assaulting a soldier could be jailed for up to 10 years.",
            "omission",
        ),
        (
            "An adult found guilty of assaulting a young soldier could be jailed for up to 10 "
            "years.",
            "contradiction",
        ),
        ("A person who is found guilty could face 5 years in prison.", "omission"),
        # AP (005): a plain indefinite is the story's own person
        (
            "Israel's military says a teenage Palestinian girl could face up to 14 years in "
            "prison after being indicted.",
            "match",
        ),
        ("If convicted, she could face up to 10 years in prison.", "contradiction"),
        ("A teenage girl could face 10 years in prison.", "contradiction"),
    ],
)
def test_a_generic_statement_states_no_count_of_this_case(text: str, status: str) -> None:
    verdict = check_fact(MAX_SENTENCE, text, dt.date(2018, 1, 1), event="2018-01-01")
    assert verdict.status.value == status
    if status == "omission":
        assert "general statement" in verdict.detail


BOMBING_DATE = "id: date\nkind: date\nvalue: 2016-11-10\ncues: [bombing, killed]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the cue and the date of a motive are the earlier event's
        ("The bombing on Thursday was revenge for air strikes on Monday that killed 30.", "match"),
        (
            "The Taliban said it was in retaliation for strikes on Monday that killed 30.",
            "omission",
        ),
        # outside the motive, a date of the event's cue still counts either way
        ("The bombing on Monday was revenge for the air strikes.", "contradiction"),
    ],
)
def test_the_date_of_a_motive_is_another_events(text: str, status: str) -> None:
    verdict = check_fact(BOMBING_DATE, text, dt.date(2016, 11, 11), event="2016-11-10")
    assert verdict.status.value == status
