"""Measures in units of time and in the story's own units: what they are tied to, how their
values are grouped, and what is no such measure."""

from __future__ import annotations

import pytest

from factcheck.draft.counts import count_candidates
from factcheck.draft.units import story_units
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _docs(*texts: str) -> list[Document]:
    return [Document(source_from_text(f"{t}\n", id=f"{i}.txt")) for i, t in enumerate(texts)]


def _measures(*texts: str) -> list[dict[str, object]]:
    """The candidates of measures in units of time or the story's own units, in order."""
    return [c.keys for c in count_candidates(_docs(*texts), 1) if ":measure:" in c.group]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (  # Ahed Tamimi 002, 003: a span of what the word before it names
            "A military court extended her remand for eight days on Monday.",
            "The court indicted Tamimi. It extended her remand for eight days.",
            {"id": "remand", "value": 8, "unit": "days", "cues": ["remand"]},
        ),
        (  # Cubs 005, 008: a hyphened measure describes the words after it
            "Was it the 17-minute rain delay that preceded the 10th inning?",
            "For a 17-minute rain delay.",
            {"id": "delay", "value": 17, "unit": "minutes", "cues": ["delay", "rain"]},
        ),
        (  # Cincinnati 008, 002: past a restatement in brackets
            "A day after the 400-pound (181-kg) gorilla was shot dead.",
            "He was dragged by the 400-pound gorilla named Harambe.",
            {"id": "gorilla", "value": 400, "unit": "pounds", "cues": ["gorilla"]},
        ),
        (  # Cincinnati 004, 002: a participle after the noun opens a clause
            "Harambe, a 17-year-old male gorilla named after a song, was shot.",
            "The zoo shot a 17-year-old male gorilla named Harambe.",
            {"id": "gorilla", "value": 17, "unit": "years", "cues": ["gorilla", "male"]},
        ),
        (  # Ahed Tamimi 005: an age, tied to the noun before it
            "The girl, who is 16 years old, was indicted on Monday.",
            "Prosecutors said the girl, who is 16 years old, slapped a soldier.",
            {"id": "girl", "value": 16, "unit": "years", "cues": ["girl"]},
        ),
    ],
)
def test_a_measure_is_tied_to_the_words_it_describes_else_to_the_word_before_it(
    first: str, second: str, expected: dict[str, object]
) -> None:
    assert _measures(first, second)[0] == {"kind": "quantity", **expected}


def test_a_noun_hyphened_to_a_number_is_a_unit_read_in_every_source() -> None:
    """Cubs 002 and 001: "a 10-inning victory" makes innings a unit, so "took 10 innings" is
    the same measure, with the words of both as cues."""
    measures = _measures(
        "The Cubs won their first title since 1908 with a 10-inning victory.",
        "An 8-7 victory over the Cleveland Indians that took 10 innings.",
    )
    assert [(m["value"], m["unit"], m["cues"]) for m in measures] == [
        (10, "innings", ["took", "victory"])
    ]


def test_the_values_of_one_unit_that_share_a_word_are_one_group_with_the_same_cues() -> None:
    """Cincinnati 003 and 001: the boy is 3 in one source, 4 in another: one fact, two values
    for the checker to weigh on the same words."""
    docs = _docs(
        "A 3-year-old boy fell into the gorilla enclosure.",
        "A 4-year-old boy fell into the moat, the zoo said.",
    )
    found = [c for c in count_candidates(docs, 1) if ":measure:" in c.group]
    assert {c.group for c in found} == {"quantity:years:measure:boy"}
    assert sorted(c.keys["value"] for c in found) == [3, 4]
    assert all(c.keys["cues"] == ["boy", "fell"] for c in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "She was arrested two years ago in the village.",  # a point in time
        "The man had been missing for 48 hours, police said.",  # hours, never days
    ],
)
def test_a_point_in_time_or_a_measure_in_another_unit_of_time_is_not_converted(
    sentence: str,
) -> None:
    units = {m["unit"] for m in _measures(sentence, sentence)}
    assert units <= {"hours"}
    assert "years" not in units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("a riveting 8-7, 10-inning victory", {}),  # in -ing: a noun or a participle?
        ("a 12-member jury heard the case", {"member": "members", "members": "members"}),
        ("a 400-pound gorilla", {"pound": "pounds", "pounds": "pounds"}),
        ("a 3-year-old boy and a 17-minute delay", {}),  # units of time, read anyway
        ("a 770-km flight and a 5-million fine", {}),  # a measure's unit, a scale
        ("a 30-odd strong crowd and a 10-point lead", {"point": "points", "points": "points"}),
        ("the 10th-inning rally, a Game 7-winning run", {}),  # an ordinal; a participle
        ("a 10-inning win that took 10 innings", {"inning": "innings", "innings": "innings"}),
    ],
)
def test_the_story_units_are_the_nouns_hyphened_to_a_number_before_another_word(
    text: str, units: dict[str, str]
) -> None:
    measured = {"km"}
    assert story_units(_docs(text), measured) == units
