"""Candidate claims: a person's age in apposition after the name."""

from __future__ import annotations

import pytest

from factcheck.draft.ages import MAX_AGES, age_candidates
from factcheck.engine import check
from factcheck.loader import loads
from factcheck.match.document import Document
from factcheck.model import Status
from factcheck.sources import source_from_text


def _docs(*texts: str) -> list[Document]:
    return [Document(source_from_text(f"{t}\n", id=f"{i}.txt")) for i, t in enumerate(texts)]


def _ages(*texts: str, min_sources: int = 1) -> list[str]:
    return [str(c.keys["value"]) for c in age_candidates(_docs(*texts), min_sources)]


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        # Ahed Tamimi 002: the family name, its age, the apposition closed by a comma
        ("Tamimi, 16, from the village of Nebi Saleh on Monday was charged.", "Tamimi, 16"),
        # the Cubs 002, 005; Cincinnati 004
        ("When Javier Baez and David Ross, 39, playing his last game, homered.", "Ross, 39"),
        ("said Eddie Opitz, 58, a truck driver from Mt. Prospect.", "Opitz, 58"),
        ("the boy's mother Michelle and her partner Deonne Dickerson, 37.", "Dickerson, 37"),
        # MH370 004: two people, each with an age
        (
            "identified as Pouria Nour Mohammad, 19, and Seyed Mohammed Rezar Delawar, 29.",
            "Delawar, 29",
        ),
        # made up, another story: a semicolon closes it
        ("The victims were Anna Berg, 71; and her husband, Carl Berg, 74.", "Berg, 74"),
    ],
)
def test_a_number_in_apposition_after_a_name_is_an_age(sentence: str, age: str) -> None:
    assert age in _ages(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rosberg, 19 points clear of Hamilton, needs to finish second.",  # a count, no age
        "The attack happened on Dec. 15, 2017, near the village.",  # a date
        "It was filmed on Friday, 15 December, in the village.",  # a weekday
        "The Cubs won Game 7, 8-7, in ten innings.",  # a score after a number
        "Flight 370, 239 people on board, vanished.",  # no name before
        "Jonathan Schoenberger, 230, was a record.",  # no one is 230
        "In Beijing, 12.5 million people live downtown.",  # a decimal
    ],
)
def test_a_count_a_date_or_a_number_after_no_name_is_no_age(sentence: str) -> None:
    assert _ages(sentence) == []


def test_an_age_is_one_claim_per_person_and_age_kept_by_the_sources_writing_it() -> None:
    texts = ("Ahed Tamimi, 16, was charged.", "Tamimi, 16, from the village.", "Tamimi, 17, said.")
    assert _ages(*texts, min_sources=2) == ["Tamimi, 16"]
    assert _ages(*texts) == ["Tamimi, 16", "Tamimi, 17"]


def test_at_most_max_ages_the_most_written_first() -> None:
    texts = [", ".join(f"Smith{chr(97 + i)}, {20 + i}" for i in range(MAX_AGES + 2)) + "."]
    texts.append("Smithg, 26, came.")
    found = _ages(*texts)
    assert len(found) == MAX_AGES and found[0] == "Smithg, 26"


def test_the_checker_finds_the_drafted_age_and_not_another() -> None:
    """The claim as drafted, checked: "Tamimi, 16" in 002, not in a source writing 17."""
    [candidate] = age_candidates(_docs("Tamimi, 16, from the village."), 1)
    facts = [{**candidate.keys}]
    expectations = loads(f"event: e\nfacts: {facts}\n".replace("'", '"'))
    report = check(
        expectations,
        [
            source_from_text("Ahed Tamimi, 16, was charged on Monday.\n", id="a"),
            source_from_text("Ahed Tamimi, 17, was charged on Monday.\n", id="b"),
        ],
    )
    statuses = [verdict.status for verdict in report.verdicts]
    assert statuses == [Status.MATCH, Status.OMISSION]
