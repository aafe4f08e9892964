"""Quantity facts on the seeds' real sentences: scope, subsets, vague words and contradictions."""

from __future__ import annotations

import pytest

from factcheck.match.numbers import number_value
from tests.conftest import CheckText

CASES = [
    # (fact, sentence from the seeds or a variant of one, status, found)
    ("killed", "Russia air strike 'accidentally' kills 3 Turkish troops in Syria", "match", "3"),
    (
        "killed",
        'Three Turkish soldiers were "accidentally" killed and 11 wounded on Thursday.',
        "match",
        "3",
    ),
    (
        "wounded",
        'Three Turkish soldiers were "accidentally" killed and 11 wounded on Thursday.',
        "match",
        "11",
    ),
    ("killed", "killing three soldiers and wounding 11 others, the statement read.", "match", "3"),
    (
        "wounded",
        "killing three soldiers and wounding 11 others, the statement read.",
        "match",
        "11",
    ),
    (
        "killed",
        "by accident three of our heroic soldiers were martyred when a building was bombed",
        "match",
        "3",
    ),
    ("wounded", "11 other soldiers were wounded in the attack in northern Syria.", "match", "11"),
    (
        "killed",
        "announced the death of three Turkish soldiers through an accidental strike",
        "match",
        "3",
    ),
    # another scope: a cumulative toll is not this strike's count
    (
        "killed",
        "the Dogan news agency said 66 Turkish soldiers have now been killed in the Syria "
        "operation since it began in August, mostly in attacks by IS.",
        "omission",
        None,
    ),
    # a subset of the wounded is not another count of them
    ("wounded", "It said that of the 11 injured, one was badly wounded.", "match", "11"),
    ("wounded", "One of the 11 wounded soldiers was badly hurt.", "match", "11"),
    # vague wording decides nothing
    (
        "killed",
        "Vladimir Putin expressed his condolences over the tragic incident which resulted in the "
        "deaths of several Turkish soldiers near the town of al-Bab.",
        "omission",
        None,
    ),
    # another event, no number
    ("killed", "A Russian pilot lost his life in the attack.", "omission", None),
    # another number for this count
    (
        "killed",
        "Four Turkish soldiers were killed and 11 wounded on Thursday.",
        "contradiction",
        "4",
    ),
    (
        "wounded",
        "Three Turkish soldiers were killed and 12 wounded on Thursday.",
        "contradiction",
        "12",
    ),
    ("killed", "The strike killed 5 Turkish soldiers near al-Bab.", "contradiction", "5"),
    # numbers that are not counts of the cue's subject
    (
        "killed",
        "The strike killed Turkish soldiers on February 9, 2017 near al-Bab.",
        "omission",
        None,
    ),
    (
        "killed",
        "Bitcoin rallied 38 percent; three days later traders were killed off.",
        "omission",
        None,
    ),
]


@pytest.mark.parametrize(("fact", "text", "status", "found"), CASES)
def test_quantity_verdict_on_real_sentence(
    check_text: CheckText, fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_text(fact, text)
    assert (verdict.status.value, verdict.found) == (status, found)


def test_contradiction_wins_and_shows_both_counts(check_text: CheckText) -> None:
    verdict = check_text(
        "killed",
        "Three Turkish soldiers were killed. Later reports said four soldiers were killed.",
    )
    assert verdict.status.value == "contradiction"
    assert verdict.reason == "value"
    stances = [(e.stance.value, e.text) for e in verdict.evidence]
    assert stances == [
        ("supports", "Three Turkish soldiers were killed"),
        ("conflicts", "four soldiers were killed"),
    ]


def test_scope_and_vague_counts_are_kept_as_context(check_text: CheckText) -> None:
    verdict = check_text("killed", "66 Turkish soldiers have been killed since August.")
    assert verdict.status.value == "omission"
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [
        ("context", "66 Turkish soldiers have been killed")
    ]


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("3", 3),
        ("three", 3),
        ("Eleven", 11),
        ("twenty-one", 21),
        ("1,200", 1200),
        ("soldiers", None),
    ],
)
def test_number_value_reads_digits_and_words(word: str, value: int | None) -> None:
    assert number_value(word) == value
