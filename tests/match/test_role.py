"""Role facts: the declared person in the declared role, other people, other roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import CheckText


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        ("Dmitry Peskov, the Kremlin spokesman has confirmed that", "match", "stated"),
        (
            "Kremlin spokesman, Dmitry Peskov, said Russian President Vladimir Putin",
            "match",
            "stated",
        ),
        ("According to Putin’s spokesman, Dmitry Peskov, the incident occurred", "match", "stated"),
        ("Kremlin spokesman Dmitry Peskov said the Russian strike took place", "match", "stated"),
        # another spokesman of another office is no conflict
        (
            "Erdogan's spokesman Ibrahim Kalin said Wednesday Turkey had been coordinating",
            "omission",
            "not-stated",
        ),
        ("In Moscow, Kremlin spokesman Dmitry Peskov said", "match", "stated"),
        # another person in the declared role
        (
            "Kremlin spokesman Ibrahim Kalin said the strike was an accident.",
            "contradiction",
            "role",
        ),
        (
            "Ibrahim Kalin, the Kremlin spokesman, said the strike was an accident.",
            "contradiction",
            "role",
        ),
        # the person in another role
        (
            "Foreign Minister Dmitry Peskov said the strike was an accident.",
            "contradiction",
            "role",
        ),
        ("Dmitry Peskov, the Russian defence minister, said so.", "contradiction", "role"),
        # the same office described less precisely is a match, not a conflict
        ("Presidential spokesman Dmitry Peskov said so.", "match", "stated"),
        ("According to spokesman Garba Shehu and Peskov", "omission", "not-stated"),
        ("Peskov said the agreement was important.", "omission", "not-stated"),
    ],
)
def test_role_verdict_on_real_sentence(
    check_text: CheckText, text: str, status: str, reason: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.reason) == (status, reason)


def test_person_named_without_role_is_shown_as_context(check_text: CheckText) -> None:
    verdict = check_text(
        "spokesman", "According to Peskov, Russia and Turkey are set to investigate."
    )
    assert verdict.status.value == "omission"
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [("context", "Peskov")]


@pytest.mark.parametrize(
    ("name", "fact", "text", "status"),
    [
        ("erie-electric-bill", "spokesman",
         "Mark Durbin, a spokesman for Penelec's parent company First Energy, said he has never seen "
         "a bill for billions of dollars", "match"),  # "First Energy" is the complement, not a holder
        ("chibok-release", "spokesman",
         "The freed girls are in custody, according to spokesman Garba Shehu.", "match"),
        ("chibok-release", "spokesman",
         "It was brokered by the International Red Cross, the spokesman, Mallam Garba Shehu, said.", "match"),
        ("chibok-release", "spokesman",
         "said Mallam Garba Shehu, spokesman for Nigerian President Muhammadu Buhari.", "match"),
        ("chibok-release", "information-minister",
         "Nigerian information minister Alhaji Lai Mohammed told reporters in Abuja.", "match"),
        ("chibok-release", "information-minister",
         "confirmed Swiss foreign ministry spokesman Pierre-Alain Eltschinger.", "omission"),
        ("chibok-release", "vice-president",
         "said Niger's Defence Minister Hassoumi Massoudou.", "omission"),  # another office, another man
    ],
)  # fmt: skip
def test_cluster_role_on_real_sentence(
    check_cluster: Callable[[str], CheckText], name: str, fact: str, text: str, status: str
) -> None:
    assert check_cluster(name)(fact, text).status.value == status
