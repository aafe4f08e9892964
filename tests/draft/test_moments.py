"""Candidate claims: the moment of an event in a race or a game, by its lap, inning or round."""

from __future__ import annotations

import pytest

from factcheck.draft.moments import MAX_WORDS, moment_candidates
from tests.draft.scans import one_variant_claims


def _claims(*texts: str, min_sources: int = 1) -> dict[str, list[str]]:
    return one_variant_claims(moment_candidates, *texts, min_sources=min_sources, by_id=True)


@pytest.mark.parametrize(
    ("sentence", "moment", "phrase"),
    [
        # the Grand Prix (002): the moment ends its clause, read back to the sentence's start
        (
            "Felipe Massa crashed on lap 48 at Interlagos.",
            "lap-48",
            "Felipe Massa crashed on lap 48",
        ),
        # (005): an article first left out, the clause ends before "after"
        (
            "A chaotic Brazilian Grand Prix was suspended on lap 20 after Kimi Raikkonen "
            "crashed out in the treacherous conditions at Interlagos.",
            "lap-20",
            "chaotic Brazilian Grand Prix was suspended on lap 20",
        ),
        # (004): an ordinal of the laps of the race
        (
            "In a Brazilian Grand Prix deeply impacted by rain, Massa crashed out in the 48th "
            "of 71 laps when he was in 14th position.",
            "lap-48",
            "Massa crashed out in the 48th of 71 laps",
        ),
        # (007): an ordinal before "lap", back to the clause's opening word "when", cut to the
        # words nearest the moment
        (
            "Hamilton's win came after a farce momentarily when it was stopped following a "
            "crash for a second time in the 28th lap with some drivers claiming conditions.",
            "lap-28",
            "stopped following a crash for a second time in the 28th lap",
        ),
        # (008): a timeline's line opens with the moment, read on to the clause's end
        (
            "Lap 20 Kimi Raikkonen has a huge smash and the race is red flagged",
            "lap-20",
            "Lap 20 Kimi Raikkonen has a huge smash",
        ),
        # the Cubs (006): an inning in words, a comma after the number
        (
            "Ben Zobrist hit a go-ahead double in the 10th inning, and the Cubs held on.",
            "inning-10",
            "Ben Zobrist hit a go-ahead double in the 10th inning",
        ),
        (
            "Lester gave up a run in the sixth inning.",
            "inning-6",
            "Lester gave up a run in the sixth inning",
        ),
        # American Airlines (002): a round of a draft, the clause opened by 'before'
        (
            "Teague played a year at the University of Kentucky before being drafted in the first "
            "round of the 2012 NBA draft by the Chicago Bulls.",
            "round-1",
            "being drafted in the first round",
        ),
        # a made-up story: a boxing round, after a reporting verb
        (
            "Officials said the champion was knocked down in round 3 of the bout.",
            "round-3",
            "champion was knocked down in round 3",
        ),
    ],
)
def test_the_clause_of_a_lap_an_inning_or_a_round_is_a_claim_of_that_moment(
    sentence: str, moment: str, phrase: str
) -> None:
    assert _claims(f"{sentence}\n") == {moment: [phrase]}


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not on lap 20 that the race was stopped.",  # negated
        "It is unclear whether he crashed on lap 20.",  # left open
        # the Grand Prix (002): the clause, read whole, is negated by the sentence
        "However, the fairytale ending he would have envisaged did not materialise as he "
        "crashed out of the Interlagos contest on lap 48.",
        "The race lasted 71 laps.",  # a count of laps, no moment
        "Lap 48.",  # the moment alone
        "Around 20,000 fans watched; the lap 20,000 times faster.",  # no lap number
    ],
)
def test_a_moment_negated_left_open_or_without_a_clause_is_no_claim(sentence: str) -> None:
    assert _claims(f"{sentence}\n") == {}


def test_the_clauses_of_one_moment_from_several_sources_are_one_claim_and_one_source_needs_min_sources_1() -> (
    None
):
    texts = (
        "Felipe Massa crashed on lap 48 at Interlagos.\n",
        "Massa's Williams car crashed in lap 48 as the Brazilian struggled.\n",
        "Sweden's Marcus Ericsson then brought it back out on lap 13.\n",
    )
    two = {"lap-48": ["Felipe Massa crashed on lap 48", "Massa's Williams car crashed in lap 48"]}
    assert _claims(*texts, min_sources=2) == two
    assert "lap-13" in _claims(*texts, min_sources=1)


def test_a_long_clause_is_cut_to_the_words_nearest_the_moment() -> None:
    words = " ".join(f"word{i}" for i in range(30))
    [phrases] = _claims(f"{words} crashed on lap 9.\n").values()
    assert len(phrases[0].split()) == MAX_WORDS
    assert phrases[0].endswith("crashed on lap 9")
