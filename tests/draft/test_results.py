"""Candidate claims: scores and ranks, results the sources write as figures."""

from __future__ import annotations

import re

import pytest

from factcheck.draft.results import MAX_RESULTS, result_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _results(*texts: str, min_sources: int = 1) -> dict[str, object]:
    """Each candidate's value -> its one variant (a pattern for a score, phrases for a rank)."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found = {}
    for candidate in result_candidates(docs, min_sources):
        assert candidate.kind == "claim"
        [(name, variant)] = candidate.keys["variants"].items()
        assert name == candidate.keys["value"]
        found[name] = variant
    return found


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        # the Cubs (001, 002, 004)
        ("They took this one with an 8-7 victory over the Cleveland Indians.", "8-7"),
        ("They did it with a riveting, 8-7, 10-inning victory over the Indians.", "8-7"),
        ("The Chicago Cubs were 3-1 down in the best-of-seven series.", "3-1"),
        # other stories, made up: a vote, a draw
        ("The council voted 15-0 to back the plan.", "15-0"),
        ("The match ended in a 1-1 draw.", "1-1"),
    ],
)
def test_two_numbers_joined_by_a_dash_the_first_not_below_the_second_are_a_score(
    sentence: str, score: str
) -> None:
    first, second = score.split("-")
    assert _results(f"{sentence}\n") == {score: {"patterns": [rf"\b{first}\s*-\s*{second}\b"]}}


@pytest.mark.parametrize(
    "sentence",
    [
        # Cincinnati (001), a made-up one: a range, low to high
        "Gorillas live for 30-50 years, so Harambe was young.",
        "The men competed in the 55-60 kg category.",
        # a date and a figure of more digits
        "The search resumed on 2014-3-8 after a 120-10 split.",
    ],
)
def test_a_range_or_a_date_is_no_score(sentence: str) -> None:
    assert _results(f"{sentence}\n") == {}


def test_a_score_pattern_finds_the_score_but_not_a_number_of_its_digits() -> None:
    pattern = re.compile(r"\b8\s*-\s*7\b")
    assert pattern.search("an 8-7 victory") and pattern.search("won 8 - 7 in ten")
    assert not pattern.search("87 people") and not pattern.search("18-7")


def test_the_ranks_of_one_number_are_one_claim_written_as_most_sources_write_it() -> None:
    found = _results(
        # KT (002, 003, 005, 006)
        "Hackers stole the data of the nation's second-largest mobile operator.\n",
        "KT Corp., the second biggest mobile carrier in South Korea, apologized.\n",
        "KT Corp., South Korea's No. 2 wireless service provider, apologized on Sunday.\n",
        "KT is also second biggest mobile operator in South Korea.\n",
    )
    assert found == {"second biggest": ["second biggest", "No. 2", "second-largest"]}


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        # the Cubs (004)
        ("They faced the Indians, owners of baseball's second-longest drought.", "second-longest"),
        ("It was the 3rd deadliest attack this year.", "3rd deadliest"),
    ],
)
def test_an_ordinal_before_a_superlative_is_a_rank(sentence: str, rank: str) -> None:
    assert list(_results(f"{sentence}\n")) == [rank]


def test_an_ordinal_before_a_word_in_est_that_is_no_superlative_is_no_rank() -> None:
    # the Cubs (003): a cricket match
    assert _results("Moeen Ali is a doubt for the Second Test and a second protest.\n") == {}


def test_a_result_one_source_writes_is_a_candidate_only_at_min_sources_1() -> None:
    texts = ("The Cubs won 8-7.\n", "The Cubs won the title.\n")
    assert _results(*texts, min_sources=2) == {}
    assert list(_results(*texts, min_sources=1)) == ["8-7"]


def test_the_most_written_scores_are_kept_and_no_more_than_the_cap() -> None:
    scores = [f"{n}-0" for n in range(1, 10)]
    texts = [" ".join(f"won {s}." for s in scores[: 9 - i]) + "\n" for i in range(9)]
    found = _results(*texts)
    assert list(found) == scores[:MAX_RESULTS]
