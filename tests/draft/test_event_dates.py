"""Candidate dates: a weekday resolved against the source's own date, a date without a year
in the source's year, and as cues the words near the date in two sources."""

from __future__ import annotations

from factcheck.draft.event_dates import date_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def test_a_weekday_and_a_full_date_of_the_same_day_are_one_candidate() -> None:
    """The seeds: "early Thursday morning" in an article of Thu Feb 9, 2017; "February 9"."""
    docs = [
        Document(
            source_from_text(
                "date: 2017-02-09\n\nThree soldiers were killed on Thursday.\n", id="a"
            )
        ),
        Document(
            source_from_text(
                "date: 2017-02-10\n\nThe soldiers were killed on February 9.\n", id="b"
            )
        ),
    ]
    [candidate] = date_candidates(docs, 2)
    assert candidate.keys["value"] == "2017-02-09"
    assert candidate.keys["cues"] == ["killed", "soldiers"]
    assert candidate.keys["id"] == "date-killed"


def test_a_date_one_source_writes_is_no_candidate_at_min_sources_2() -> None:
    docs = [
        Document(source_from_text("The strike came on 9 February 2017.\n", id="a")),
        Document(source_from_text("The strike shocked Ankara.\n", id="b")),
    ]
    assert date_candidates(docs, 2) == []
    assert [c.keys["value"] for c in date_candidates(docs, 1)] == ["2017-02-09"]


def test_event_verbs_come_first_as_cues_and_a_negated_word_is_none() -> None:
    """A subway story: "trains" is a noun beside the date, "derail" did not happen."""
    docs = [
        Document(
            source_from_text(
                "date: 2026-03-03\n\nTwo trains collided on Monday but didn't derail.\n", id="a"
            )
        ),
        Document(
            source_from_text(
                "date: 2026-03-03\n\nThe trains collided on Monday and did not derail.\n", id="b"
            )
        ),
    ]
    [candidate] = date_candidates(docs, 2)
    assert candidate.keys["cues"] == ["collided", "trains"]
    assert candidate.keys["id"] == "date-collided"
