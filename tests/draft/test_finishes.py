"""Candidate claims: who won, and who came second, third..., by the words English writes them with."""

from __future__ import annotations

import pytest

from factcheck.draft.finishes import finish_candidates
from tests.draft.scans import one_variant_claims


def _claims(*texts: str, min_sources: int = 1) -> dict[str, list[str]]:
    return one_variant_claims(finish_candidates, *texts, min_sources=min_sources, by_id=True)


@pytest.mark.parametrize(
    ("sentence", "result", "phrase"),
    [
        # the Grand Prix (001): an adverb in -ly between the name and the verb
        (
            "Lewis Hamilton eventually won a very dangerous Grand Prix.",
            "hamilton-won",
            "Lewis Hamilton eventually won",
        ),
        # (002)
        (
            "British star Lewis Hamilton eventually emerged victorious after a hard-fought contest.",
            "hamilton-won",
            "Lewis Hamilton eventually emerged victorious",
        ),
        # (004): "won by", lower-case words before the name
        (
            "Sunday's race was won by three-time series champion Hamilton.",
            "hamilton-won",
            "won by three-time series champion Hamilton",
        ),
        # (007): after "winner"
        (
            "Some drivers, including eventual winner Lewis Hamilton, said conditions were fine.",
            "hamilton-won",
            "winner Lewis Hamilton",
        ),
        # (007): a place, a relative clause in commas passed over
        (
            "He took the win while rival Nico Rosberg, whose lead was cut to 12 points ahead of "
            "the UAE race, finished second.",
            "rosberg-second",
            "Nico Rosberg, whose lead was cut to 12 points ahead of the UAE race, finished second",
        ),
        # (008): "in second place", a few words between
        (
            "Rosberg stood next to him on the podium in second place.",
            "rosberg-second",
            "Rosberg stood next to him on the podium in second place",
        ),
        # the Cubs (002): an article before the name is no word of it
        ("The Chicago Cubs won the World Series.", "cubs-won", "Chicago Cubs won"),
        # the Grand Prix (008): an exit, an adjective before the name left out
        (
            "The safety car came out when the retiring Felipe Massa crashed out.",
            "massa-out",
            "Felipe Massa crashed out",
        ),
        # a made-up story: a tournament
        (
            "Nadal was knocked out of Wimbledon in the second round.",
            "nadal-out",
            "Nadal was knocked out",
        ),
        # a made-up story: a vote, a place in digits
        ("Smith came 3rd in the mayoral race.", "smith-third", "Smith came 3rd"),
    ],
)
def test_a_win_or_a_place_with_its_name_is_a_claim_of_that_person(
    sentence: str, result: str, phrase: str
) -> None:
    assert _claims(f"{sentence}\n") == {result: [phrase]}


@pytest.mark.parametrize(
    "sentence",
    [
        "He took the win and kept the championship alive.",  # a pronoun names no one
        "Rosberg will seal the championship if Rosberg wins here.",  # left open
        "Rosberg never won the race in Brazil.",  # negated
        "The deal was worth 1 billion won.",  # the currency, no name before it
        "It moves him to second in the all-time list.",  # no place, no name
    ],
)
def test_a_result_without_a_name_negated_or_left_open_is_no_claim(sentence: str) -> None:
    assert _claims(f"{sentence}\n") == {}


def test_the_results_of_one_person_from_several_sources_are_one_claim() -> None:
    texts = (
        "Lewis Hamilton eventually won a very dangerous Grand Prix.\n",
        "Sunday's race was won by three-time series champion Hamilton.\n",
        "Nico Rosberg finished second.\n",
    )
    two = {
        "hamilton-won": [
            "Lewis Hamilton eventually won",
            "won by three-time series champion Hamilton",
        ]
    }
    assert _claims(*texts, min_sources=2) == two
    assert _claims(*texts)["rosberg-second"] == ["Nico Rosberg finished second"]
