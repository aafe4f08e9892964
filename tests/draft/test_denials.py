"""Candidate claims: the words two sources write alike after a negation."""

from __future__ import annotations

import pytest

from factcheck.draft.denials import MAX_DENIALS, denial_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _denials(*texts: str) -> dict[str, list[str]]:
    """Each candidate's value -> the phrases of its one variant."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found = {}
    for candidate in denial_candidates(docs):
        assert candidate.kind == "claim"
        [(name, phrases)] = candidate.keys["variants"].items()
        assert name == candidate.keys["value"]
        found[name] = phrases
    return found


def test_a_negated_account_two_sources_write_alike_is_a_claim_as_each_writes_it() -> None:
    # Cincinnati (001, 002, 004, 007)
    found = _denials(
        "Zoo Director Thane Maynard said the animal didn't appear to be attacking the boy.\n",
        "Maynard said the gorilla did not appear to be attacking the child, but he said it "
        "was strong.\n",
        "\u201cThe child wasn\u2019t under attack, but all sorts of things could happen,\u201d "
        "Maynard said.\n",
        "So no, the child wasn't under attack but all sorts of things could happen.\n",
    )
    assert found == {
        "not appear to be attacking": [
            "not appear to be attacking",
            "didn't appear to be attacking",
        ],
        "not under attack": ["wasn't under attack"],
    }


def test_the_longest_run_two_sources_share_is_kept() -> None:
    # MH370 (two sources), Erie (three): not "no distress", not "not have to pay"
    found = _denials(
        "No distress signal was sent from the plane.\n",
        "Officials said no distress signal had been received.\n",
        "She didn't have to pay the full amount.\n",
    )
    assert found == {"no distress signal": ["No distress signal", "no distress signal"]}


@pytest.mark.parametrize(
    "sentence",
    [
        # a negation that negates nothing, or that the sentence leaves open
        "The strike not only killed three soldiers but wounded eleven.",
        "Police would not say whether anyone was arrested.",
        # quoted speech: a person before the negation (the Grand Prix, 002)
        "\u201cI will never forget this day,\u201d Massa said.",
        # nothing but stopwords after the negation
        "It was not what they had before.",
    ],
)
def test_a_negation_that_states_nothing_or_is_quoted_speech_is_no_claim(sentence: str) -> None:
    assert _denials(f"{sentence}\n", f"{sentence}\n") == {}


def test_a_negated_account_one_source_writes_is_no_claim() -> None:
    found = _denials(
        "The missile did not pose a threat to North America.\n", "The missile flew far.\n"
    )
    assert found == {}


def test_the_most_written_denials_are_kept_and_no_more_than_the_cap() -> None:
    runs = ["no survivors", "no trace", "no distress signal", "no wreckage"]
    texts = [" ".join(f"There was {r}." for r in runs[: 4 - i]) + "\n" for i in range(4)]
    assert list(_denials(*texts)) == runs[:MAX_DENIALS]
