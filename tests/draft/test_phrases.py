"""Candidate mentions: an ordinal before a noun that several sources write in lower case."""

from __future__ import annotations

from factcheck.draft.phrases import phrase_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _phrases(*texts: str, min_sources: int = 2) -> dict[str, dict[str, object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {str(c.keys["value"]): c.keys for c in phrase_candidates(docs, min_sources)}


def test_an_ordinal_and_noun_several_sources_write_is_a_mention() -> None:
    """Las Vegas: "from the 32nd floor of the Mandalay Bay", "a 32nd-floor window"."""
    found = _phrases(
        "A gunman opened fire from the 32nd floor of an adjacent hotel.\n",
        "He fired through a 32nd-floor window of the hotel.\n",
    )
    assert found == {
        "32nd floor": {
            "id": "32nd-floor",
            "kind": "mention",
            "value": "32nd floor",
            "aliases": ["32nd-floor"],
        }
    }


def test_an_ordinal_one_source_writes_or_of_time_is_no_mention() -> None:
    found = _phrases(
        "I'm inside on the 31st floor. It was his 20th year on the 32nd floor.\n",
        "He fired from the 32nd floor for the 5th time.\n",
    )
    assert list(found) == ["32nd floor"]
