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


def _measures(*texts: str) -> dict[str, list[tuple[object, object]]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found: dict[str, list[tuple[object, object]]] = {}
    for candidate in count_candidates(docs, 2):
        if candidate.keys.get("unit") not in (None, "$"):
            found.setdefault(candidate.id, []).append(
                (candidate.keys["value"], candidate.keys["unit"])
            )
    return found


@pytest.mark.parametrize(
    ("first", "second", "tie", "value", "unit"),
    [
        (  # North Korea 001, 008: the word before, a restatement in brackets set aside
            "It reached an altitude of 770 kilometers (480 miles) before landing.",
            "It probably reached a maximum altitude of 770 km, the ministry said.",
            "altitude",
            770,
            "km",
        ),
        (  # North Korea 002, 006: the word after, past the brackets
            "It fell into the ocean 2,000 kilometers (about 1,200 miles) east of Cape Erimo.",
            "The missile landed around 2,000 kilometers east off the cape of Erimo.",
            "east",
            2000,
            "km",
        ),
        (  # North Korea 007, 008: a unit glued to its number
            "South Korea said the missile probably travelled around 3,700kms.",
            "Seoul said it probably travelled around 3,700 km and reached space.",
            "travelled",
            3700,
            "km",
        ),
        (  # made up: a flood of another story, in the unit the story writes most
            "The river rose to a depth of 12 feet on Sunday.",
            "Officials said the water reached a depth of 12 ft, the highest since 1993.",
            "depth",
            12,
            "ft",
        ),
        (  # made up: a mass
            "Police seized 40 kilograms of cocaine at the port, officials said.",
            "A raid at the port seized 40 kg of cocaine.",
            "seized",
            40,
            "kg",
        ),
    ],
)
def test_a_measure_is_a_count_with_its_unit_tied_to_the_word_after_or_before_it(
    first: str, second: str, tie: str, value: int, unit: str
) -> None:
    found = _measures(f"{first}\n", f"{second}\n")
    assert (value, unit) in found[tie]


def test_a_measure_is_declared_in_the_unit_the_story_writes_most_and_others_convert() -> None:
    """North Korea 001, 007: "flew about 3,700 kilometers (2,300 miles)", "a distance of
    about 2,300 miles": the story writes kilometres most, so 2,300 miles is read in km."""
    found = _measures(
        "The missile flew about 3,700 kilometers (2,300 miles) over a distance of 3,700 km.\n",
        "It flew over a distance of about 2,300 miles.\n",
    )
    assert [unit for _, unit in found["distance"]] == ["km"] * len(found["distance"])
    assert "miles" not in found and "kilometers" not in found


def test_a_figure_converted_from_another_unit_keeps_the_digits_it_was_written_with() -> None:
    """North Korea 007: "far enough ... about 2,300 miles" in a story in km is 3,700 km, not
    3,701.4912."""
    found = _measures(
        "It flew about 2,300 miles over the sea, while others flew 2,000 km.\n",
        "It flew about 2,300 miles in all, Seoul said; others flew 2,000 km.\n",
    )
    assert (3700, "km") in found["flew"]


def test_a_distance_from_a_place_is_tied_to_the_place() -> None:
    """North Korea 001, 007: "Guam is 3,380 kilometers (2,100 miles) from North Korea",
    "Guam, which is 2,100 miles from North Korea": the 2,100 miles round to 3,400 km, one
    figure with 3,380."""
    found = _measures(
        "Guam is 3,380 kilometers (2,100 miles) from North Korea, officials said.\n",
        "It could reach Guam, which is 2,100 miles from North Korea, and 3,380 km is close.\n",
    )
    assert found["from-north-korea"] == [(3380, "km")]


def test_a_noun_in_the_singular_and_the_plural_is_one_tie() -> None:
    """Brazil 008 and 007: "a 12 point lead" and "his lead was cut to 12 points" count
    points: one candidate, under the form more sources write."""
    found = _candidates(
        "Rosberg now has a 12 point lead going into the last race.\n",
        "Hamilton won, and Rosberg's lead was cut to 12 points.\n",
        "The gap is now 12 points with one race to go.\n",
    )
    assert found["points"] == [12]
    assert "point" not in found


def _keys(*texts: str) -> dict[str, dict[str, object]]:
    """The last candidate of each id (the value most sources give comes first)."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {candidate.id: candidate.keys for candidate in count_candidates(docs, 2)}


def test_a_further_value_of_a_noun_is_its_own_fact_by_the_words_two_sources_write_near_it() -> None:
    """The Grand Prix: 19 points before the race ("19 points clear", two sources), 12 after it
    ("cut to 12 points", "a 12 point lead"): the 19 is tied to "clear", which no source writes
    near the 12."""
    texts = (
        "Rosberg, 19 points clear of Hamilton in the title race, will seal it.\n",
        "Rosberg, 19 points clear of Hamilton, leads. His lead was cut to 12 points.\n",
        "He leaves with a 12 point lead in the championship.\n",
        "The gap was cut to 12 points before the last race.\n",
    )
    found = _keys(*texts)
    assert _candidates(*texts)["points"] == [12, 19]  # one fact: the checker keeps the 12
    assert found["points-clear"] == {
        "id": "points-clear",
        "kind": "quantity",
        "value": 19,
        "cues": ["clear"],
        "subjects": ["points", "point"],
    }


@pytest.mark.parametrize(
    "texts",
    [
        # one source writes the word near the other value: no word two sources share
        (
            "Around 22,000 people had gathered. 58 people died.\n",
            "58 people died in the shooting.\n",
        ),
        # the word is near both values: it tells them not apart
        (
            "Rosberg, 19 points clear, leads.\n",
            "Rosberg, 19 points clear, leads.\n",
            "Now 12 points clear, he leads.\n",
        ),
    ],
)
def test_a_further_value_without_words_of_its_own_in_two_sources_is_no_fact(
    texts: tuple[str, ...],
) -> None:
    assert not [key for key in _keys(*texts) if "-" in key]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Equifax: Equifax's own count, one source, beside the estimates of others
        (
            (
                "Equifax said 8,000 consumers were involved.\n",
                "Some 8,000 consumers had their information involved.\n",
                'It added: "We will need to contact 693,665 consumers by post."\n',
            ),
            {
                "id": "consumers-contact",
                "kind": "quantity",
                "value": 693665,
                "cues": ["contact", "need", "post"],
                "subjects": ["consumers", "consumer"],
            },
        ),
        # another story: a census's exact figure beside the round estimates of two papers
        (
            (
                "About 40,000 residents were evacuated.\n",
                "Some 40,000 residents were evacuated from the valley.\n",
                "The census recorded 38,412 residents in the valley.\n",
            ),
            {
                "id": "residents-census",
                "kind": "quantity",
                "value": 38412,
                "cues": ["census", "recorded", "valley"],
                "subjects": ["residents", "resident"],
            },
        ),
    ],
)
def test_a_further_precise_value_of_a_noun_is_its_own_fact_by_the_words_one_source_writes(
    texts: tuple[str, ...], expected: dict[str, object]
) -> None:
    assert _keys(*texts)[str(expected["id"])] == expected


def test_a_further_round_value_one_source_writes_is_no_fact_of_its_own() -> None:
    """ "nearly 700,000 consumers" in one source is another estimate of the tie's count."""
    found = _keys(
        "Equifax said 8,000 consumers were involved.\n",
        "Some 8,000 consumers had their information involved.\n",
        "The number includes nearly 700,000 consumers in Britain.\n",
    )
    assert not [key for key in found if "-" in key]
