"""Mention facts: aliases, hyphen and case variants; short acronyms are case-sensitive."""

from __future__ import annotations

import pytest

from tests.conftest import CheckText, check_fact


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


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # broadcom-qualcomm 003, 004: a place opening a compound adjective of place is named
        ("San Diego", "San Diego-headquartered Qualcomm made its bid for NXP.", "match"),
        ("San Diego", "Broadcom's bid for the larger San Diego-based company.", "match"),
        ("San Diego", "The San Diego-based company said no.", "match"),
        # ... with the capitals of the value, no longer name around it, and only words of
        # place after the hyphen (a hostile review's sentences)
        ("San Diego", "The San Diego-Tijuana border crossing reopened.", "omission"),
        ("York", "A New York-based hedge fund bought the stake.", "omission"),
        ("Korea", "North Korea-backed hackers stole the files.", "omission"),
        ("Ohio State", "An Ohio state-run laboratory tested the samples.", "omission"),
        ("Mobile", "The bank launched a mobile-based payment app.", "omission"),
        ("Jordan", "The Jordan-owned Charlotte Hornets lost again.", "omission"),
    ],
)
def test_a_mention_may_open_a_compound_adjective_of_place(
    value: str, text: str, status: str
) -> None:
    verdict = check_fact(f"id: m\nkind: mention\nvalue: {value}", text)
    assert verdict.status.value == status
