"""Candidate claims: the clause that says something came about by accident or on purpose."""

from __future__ import annotations

import pytest

from factcheck.draft.manner import manner_candidates
from tests.draft.scans import one_variant_claims


def _claims(*texts: str, min_sources: int = 1) -> dict[str, list[str]]:
    return one_variant_claims(manner_candidates, *texts, min_sources=min_sources)


@pytest.mark.parametrize(
    ("sentence", "claim", "phrase"),
    [
        # Erie (002): after the reporting verb, the article left out
        (
            "Parent company First Energy said a decimal point was accidentally moved.",
            "decimal point was accidentally moved",
            "decimal point was accidentally moved",
        ),
        # MH370 (005): to the word that opens the next clause
        (
            "Malaysian Prime Minister Najib Razak suggested the jet was deliberately diverted "
            "by someone on board about an hour after takeoff.",
            "jet was deliberately diverted by someone on board about an hour",
            "jet was deliberately diverted by someone on board about an hour",
        ),
        # the seeds (000): quotation marks left out of the account, kept as written
        (
            'Three Turkish soldiers were "accidentally" killed and 11 wounded on Thursday.',
            "Three Turkish soldiers were accidentally killed",
            'Three Turkish soldiers were "accidentally" killed',
        ),
        # a made-up story: an adjunct of manner
        (
            "Officials said the alarm was switched off by mistake, the report found.",
            "alarm was switched off by mistake",
            "alarm was switched off by mistake",
        ),
    ],
)
def test_the_clause_of_an_adverb_of_accident_or_purpose_is_a_claim(
    sentence: str, claim: str, phrase: str
) -> None:
    assert _claims(f"{sentence}\n") == {claim: [phrase]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the fire was not deliberately set.",
        "It is unclear whether the jet was deliberately diverted.",
        # a clause too long to be an account shared
        "He said that the committee that met on Monday in the old town hall to review the "
        "budget had deliberately delayed the vote.",
    ],
)
def test_a_clause_negated_left_open_or_too_long_is_no_claim(sentence: str) -> None:
    assert _claims(f"{sentence}\n") == {}


def test_the_clauses_of_several_sources_are_one_claim_and_one_source_needs_min_sources_1() -> None:
    texts = (
        "Parent company First Energy said a decimal point was accidentally moved.\n",
        "The company said the decimal point was accidentally moved in its system.\n",
        "Police said the jet was deliberately diverted.\n",
    )
    assert _claims(*texts, min_sources=2) == {
        "decimal point was accidentally moved": [
            "decimal point was accidentally moved",
            "decimal point was accidentally moved in its system",
        ]
    }
    assert "jet was deliberately diverted" in _claims(*texts, min_sources=1)
