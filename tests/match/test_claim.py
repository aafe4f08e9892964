"""Claim facts: variants by phrases and patterns; a competing variant wins over the expected."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import CheckText


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        (
            "cause",
            "the incidence was as a result of lack of coordination on coordinates",
            "match",
            "lack of coordination",
        ),
        (
            "cause",
            'took place due to a "lack of agreement of coordinates during strikes"',
            "match",
            "lack of coordination",
        ),
        (
            "cause",
            "killed as a result of incoordination in Russian Air Force airstrikes",
            "match",
            "lack of coordination",
        ),
        (
            "cause",
            "the incident occurred due to a position coordination error",
            "match",
            "lack of coordination",
        ),
        ("cause", "the two leaders agreed to the expansion of coordination", "omission", None),
        (
            "cause",
            "unfortunately our [Russian] military relied on coordinates provided by its Turkish partners",
            "contradiction",
            "wrong coordinates from the Turkish side",
        ),
        (
            "joint-investigation",
            "Russia and Turkey are set to jointly investigate the accident.",
            "match",
            "joint",
        ),
        (
            "joint-investigation",
            "an investigation is being carried out by both sides",
            "match",
            "joint",
        ),
        (
            "joint-investigation",
            "Both sides have started internal investigations in connection with the case.",
            "contradiction",
            "separate",
        ),
        ("joint-investigation", "during the joint operation to liberate al-Bab", "omission", None),
    ],
)
def test_claim_verdict_on_real_sentence(
    check_text: CheckText, fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_text(fact, text)
    assert (verdict.status.value, verdict.found) == (status, found)


def test_competing_variant_wins_and_both_are_evidence(check_text: CheckText) -> None:
    text = (
        "Peskov said that wrong coordinates of Turkish army's locations provided to Russia resulted "
        "in a deadly Russian airstrike. Putin said that poor coordination was the reason."
    )
    verdict = check_text("cause", text)
    assert verdict.status.value == "contradiction"
    assert verdict.reason == "variant"
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [
        ("conflicts", "wrong coordinates"),
        ("supports", "poor coordination"),
    ]


def test_competing_phrase_inside_an_expected_one_is_no_conflict(
    check_cluster: Callable[[str], CheckText],
) -> None:
    text = "KT Corp., South Korea's second largest wireless carrier, has apologized."
    verdict = check_cluster("kt-data-hack")("rank", text)
    assert (verdict.status.value, verdict.found) == ("match", "second")


def test_a_denied_swap_contradicts_the_swap(check_cluster: Callable[[str], CheckText]) -> None:
    text = "Local sources said it was part of a prisoner swap, but the authorities denied doing a deal."
    verdict = check_cluster("chibok-release")("swap", text)
    assert (verdict.status.value, verdict.reason, verdict.found) == (
        "contradiction",
        "variant",
        "denied",
    )
    assert [e.stance.value for e in verdict.evidence] == ["supports", "conflicts"]
