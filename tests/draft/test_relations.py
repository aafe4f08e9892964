"""Candidate claims: the clause that says two things are unrelated."""

from __future__ import annotations

import pytest

from factcheck.draft.relations import relation_candidates
from tests.draft.scans import one_variant_claims


def _claims(*texts: str, min_sources: int = 1) -> dict[str, list[str]]:
    return one_variant_claims(relation_candidates, *texts, min_sources=min_sources)


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # Equifax (004): after the reporting verb, the article left out
        ("It says the two are unrelated.", "two are unrelated"),
        # MH370 (002): after "added", to the word that opens the next clause
        (
            "Police added the two incidents appear to be unrelated and cautioned against "
            "jumping to conclusions.",
            "two incidents appear to be unrelated",
        ),
        # a made-up story
        (
            "Officials said the fire was unconnected to the strike.",
            "fire was unconnected to the strike",
        ),
    ],
)
def test_the_clause_that_says_two_things_are_unrelated_is_a_claim(
    sentence: str, claim: str
) -> None:
    assert _claims(f"{sentence}\n") == {claim: [claim]}


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear whether the two are unrelated.",  # left open
        "Police said the two fires were related.",  # no word of an unrelated account
    ],
)
def test_a_relation_left_open_or_said_to_hold_is_no_claim(sentence: str) -> None:
    assert _claims(f"{sentence}\n") == {}


def test_one_source_needs_min_sources_1() -> None:
    texts = ("It says the two are unrelated.\n", "The company reported record profits.\n")
    assert _claims(*texts, min_sources=2) == {}
    assert _claims(*texts) == {"two are unrelated": ["two are unrelated"]}
