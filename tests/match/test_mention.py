"""Mention facts: aliases, hyphen and case variants; short acronyms are case-sensitive."""

from __future__ import annotations

import pytest

from tests.conftest import CheckText


@pytest.mark.parametrize(
    ("fact", "text", "found"),
    [
        ("location", "the flashpoint IS-held town of Al-Bab where", "Al-Bab"),
        ("location", "near the town of al Bab", "al Bab"),
        ("location", "near the town of AL-BAB", "AL-BAB"),
        ("isis", "targets of Islamic State (IS) jihadists", "Islamic State"),
        ("isis", "in the fight against IS in Syria", "IS"),
        ("isis", "operation against Daesh militants", "Daesh"),
    ],
)
def test_alias_is_a_match(check_text: CheckText, fact: str, text: str, found: str) -> None:
    verdict = check_text(fact, text)
    assert (verdict.status.value, verdict.found) == ("match", found)
    assert verdict.detail == f"the source mentions {found!r}"


@pytest.mark.parametrize(
    "text",
    [
        "The situation is evident: it is clear.",
        "This is a Babylonian tale.",  # "Bab" inside another word
        "Isis was an Egyptian goddess.",  # an acronym alias written otherwise
    ],
)
def test_ordinary_words_are_not_mentions(check_text: CheckText, text: str) -> None:
    assert check_text("isis" if "Bab" not in text else "location", text).status.value == "omission"
