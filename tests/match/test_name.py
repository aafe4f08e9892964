"""Name facts: misspellings with a did-you-mean, and no false alarms on ordinary forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import CheckText


@pytest.mark.parametrize(
    ("fact", "text", "found", "suggestion"),
    [
        (
            "akar",
            "General Valery Gerasimov held a telephone conversation with Gereal Hulusi Akar of Turkey.",
            "Gereal Hulusi Akar",
            "General Hulusi Akar",
        ),
        (
            "putin",
            "Russian President Vladimit Putin meets Turkish President Recep Tayyip Erdogan",
            "Vladimit Putin",
            "Vladimir Putin",
        ),
        ("putin", "President Vladimir Puttin said so.", "Vladimir Puttin", "Vladimir Putin"),
        ("akar", "Turkish counterpart Hulusi Akkar agreed.", "Hulusi Akkar", "Hulusi Akar"),
    ],
)
def test_misspelt_name_is_a_contradiction_with_a_suggestion(
    check_text: CheckText, fact: str, text: str, found: str, suggestion: str
) -> None:
    verdict = check_text(fact, text)
    assert verdict.status.value == "contradiction"
    assert verdict.reason == "misspelling"
    assert (verdict.found, verdict.suggestion) == (found, suggestion)
    assert "did you mean" in verdict.detail


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        ("putin", "Putin's Reaction to Deadly Airstrike", "omission"),
        ("putin", "President Vladimir Putin's spokesman spoke.", "match"),
        ("akar", "Chief of the General Staff Valery Gerasimov and the Generals met.", "omission"),
        ("akar", "The Russian Federation Army and Turkish Generals agreed.", "omission"),
        ("akar", "A general sense of calm; Russian and Turkish officials met.", "omission"),
        ("putin", "Putting the Russians first, Vladimir Putin said.", "match"),
        ("akar", "Turkish counterpart Hulusi Akar had in a call agreed.", "match"),
        ("akar", "… General Hulusi Akar in connection with the death", "match"),
    ],
)
def test_ordinary_forms_are_not_misspellings(
    check_text: CheckText, fact: str, text: str, status: str
) -> None:
    assert check_text(fact, text).status.value == status


def test_misspelling_and_correct_spelling_are_both_shown(check_text: CheckText) -> None:
    text = "He spoke with Gereal Hulusi Akar. Later General Hulusi Akar replied."
    verdict = check_text("akar", text)
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [
        ("conflicts", "Gereal Hulusi Akar"),
        ("supports", "General Hulusi Akar"),
    ]


@pytest.mark.parametrize(
    ("name", "fact", "text", "found", "suggestion"),
    [
        ("erie-electric-bill", "penelec",
         "Horomanski's son contacted Penelac, her electric provider, who confirmed the error.",
         "Penelac", "Penelec"),
        ("erie-electric-bill", "firstenergy",
         "Parent company First Energy said a decimal point was accidentally moved.",
         "First Energy", "FirstEnergy"),
        ("chibok-release", "boko-haram",
         "Nigerian president Muhammadu Buhari, who vowed to destroy Boko Harm when he took office",
         "Boko Harm", "Boko Haram"),
    ],
)  # fmt: skip
def test_cluster_misspelling_on_real_sentence(
    check_cluster: Callable[[str], CheckText],
    name: str,
    fact: str,
    text: str,
    found: str,
    suggestion: str,
) -> None:
    verdict = check_cluster(name)(fact, text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", "misspelling")
    assert (verdict.found, verdict.suggestion) == (found, suggestion)
