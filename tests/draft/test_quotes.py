"""Candidate claims: short quotations that two sources or more write."""

from __future__ import annotations

import pytest

from factcheck.draft.quotes import MAX_QUOTES, quote_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _quotes(*texts: str) -> dict[str, list[str]]:
    """Each candidate's value -> the phrases of its one variant."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found = {}
    for candidate in quote_candidates(docs):
        assert candidate.kind == "claim"
        [(name, phrases)] = candidate.keys["variants"].items()
        assert name == candidate.keys["value"]
        found[name] = phrases
    return found


def test_a_quotation_another_source_writes_unquoted_is_a_claim() -> None:
    # Las Vegas (006 and 002)
    found = _quotes(
        "ISIS claims Las Vegas attack, FBI says gunman had \u2018no connection\u2019 to "
        "terrorist group.\n",
        "\u201cWe have determined, to this point, no connection with an international "
        "terrorist group,\u201d Aaron Rouse said.\n",
    )
    assert found == {"no connection": ["no connection"]}


def test_the_forms_of_one_quotation_are_one_claim_written_in_lower_case() -> None:
    # Mazar (003, 004), NK (003, 007): case and the singular aside
    found = _quotes(
        'A Nato spokesman said there was "Massive damage" to the consulate.\n',
        'A Nato spokesman said there was "massive damage" to the consulate.\n',
        'Both sides threatened "direct action" and "direct actions".\n',
        'He warned of "direct actions" again.\n',
    )
    assert found == {
        "massive damage": ["massive damage"],
        "direct action": ["direct action", "direct actions"],
    }


def test_a_quotation_one_source_writes_is_no_claim() -> None:
    found = _quotes(
        'All German consulate staff were "safe and uninjured," the ministry said.\n',
        "The consulate was attacked on Thursday night.\n",
    )
    assert found == {}


@pytest.mark.parametrize(
    "quoted",
    [
        # quoted speech: a person, a reporting verb, a pronoun first
        "We deeply apologize for worrying you",
        "It could have been very bad",
        "Tillerson said",
        # an adjunct, a title, a word alone, a sentence too long
        "until further notice",
        "Bring Back Our Girls",
        "curse",
        "another reckless breach of the UN resolutions on missiles",
    ],
)
def test_quoted_speech_a_title_a_word_or_a_long_quotation_is_no_claim(quoted: str) -> None:
    assert _quotes(f'He said "{quoted}" at the time.\n', f"{quoted}.\n") == {}


def test_an_apostrophe_opens_no_quotation() -> None:
    # Cincinnati: "Harambe's" and "didn't" quote nothing in between
    text = "Harambe's keepers said the gorilla didn't appear to be attacking the boy.\n"
    assert _quotes(text, text) == {}


def test_the_most_written_quotations_are_kept_and_no_more_than_the_cap() -> None:
    words = ["tough choice", "very sad day", "dramatic response", "political trial"]
    texts = [" ".join(f'It was a "{w}".' for w in words[: 4 - i]) + "\n" for i in range(4)]
    assert list(_quotes(*texts)) == words[:MAX_QUOTES]
