"""Candidate counts: the event word a count belongs to, the noun it counts, amounts of money."""

from __future__ import annotations

import pytest

from factcheck.draft.counts import amount_value, count_candidates, written_amount
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _candidates(*texts: str) -> dict[str, list[object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found: dict[str, list[object]] = {}
    for candidate in count_candidates(docs, 2):
        found.setdefault(candidate.id, []).append(candidate.keys["value"])
    return found


def test_a_count_belongs_to_the_nearest_event_word_a_comma_counting_as_far() -> None:
    """Las Vegas: "59 dead, 527 injured in Las Vegas shooting"."""
    found = _candidates(
        "59 dead, 527 injured in Las Vegas shooting.\n",
        "The gunman left 59 dead, 527 injured.\n",
    )
    assert found["killed"] == [59]
    assert found["injured"] == [527]


def test_a_count_before_its_noun_is_tied_to_the_noun_past_capitalised_words() -> None:
    """The seeds: "kills 3 Turkish soldiers"; the noun is the cue of its own candidate."""
    found = _candidates(
        "Putin condoles after mistaken airstrikes kill 3 Turkish soldiers.\n",
        "A Russian jet struck 3 Turkish soldiers by mistake.\n",
    )
    assert found["soldiers"] == [3]


def test_an_amount_is_tied_to_the_noun_before_it_past_fillers() -> None:
    """Erie: "a whopping $284 billion" is still the bill's amount."""
    found = _candidates(
        "She received a bill of a whopping $284 billion.\n",
        "Her bill of $284 billion was a mistake.\n",
    )
    assert found["bill"] == ["284 billion"]


def test_an_amount_before_a_noun_is_that_nouns_the_last_of_its_words() -> None:
    """Erie: "only a $28,156 minimum payment was due" and "Her minimum payment would be a
    mere $28,156" count one payment."""
    found = _candidates(
        "She had until November 2018 - only a $28,156 minimum payment was due.\n",
        "Her minimum payment would be a mere $28,156, the paper said.\n",
    )
    assert found["payment"] == [28156]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (3.0, 3),
        (284.46, 284.46),
        (8_700_000.0, "8.7 million"),
        (284_460_000_000.0, "284.46 billion"),
    ],
)
def test_an_amount_is_written_as_an_expectation_file_writes_it_and_read_back(
    value: float, written: int | float | str
) -> None:
    assert written_amount(value) == written
    assert amount_value(written) == value


def _spans(*texts: str) -> dict[str, dict[str, object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {c.id: c.keys for c in count_candidates(docs, 2) if c.group.split(":")[-2] == "span"}


def test_a_count_of_a_noun_of_time_is_a_span_of_the_word_before_it() -> None:
    """Ahed Tamimi: "It extended her remand for eight days" is the remand's count of days."""
    spans = _spans(
        "The court indicted Tamimi. It extended her remand for eight days.\n",
        "A military court extended her remand for eight days on Monday.\n",
    )
    assert spans["remand"] == {
        "id": "remand",
        "kind": "quantity",
        "value": 8,
        "cues": ["remand"],
        "subjects": ["day", "days"],
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "She was arrested two years ago in the village.",  # a point in time
        "The girl, who is 16 years old, was indicted.",  # an age
        "His detention was extended for another six months.",  # the word before is "extended"
    ],
)
def test_a_point_in_time_an_age_or_a_determiner_makes_no_span(sentence: str) -> None:
    spans = _spans(f"{sentence}\n", f"Again: {sentence}\n")
    assert set(spans) <= {"extended"}
