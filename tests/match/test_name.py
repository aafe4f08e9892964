"""Name facts: misspellings with a did-you-mean, and no false alarms on ordinary forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import CheckText, check_fact
from tests.strategies import neutral_text, plant


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


@pytest.mark.parametrize(
    ("fact", "text", "found", "suggestion"),
    [
        # a letter lost with its accent, wherever the name would be judged
        ("value: Frédéric Oudéa", "Chief executive Frdric Oudéa said.", "Frdric Oudea",
         "Frédéric Oudea"),
        ("value: Émile Zola", "The writer mile Zola died in 1902.", "mile Zola", "Émile Zola"),
        ("value: José Mourinho", "Manager Jos Mourinho said.", "Jos Mourinho", "José Mourinho"),
        ("value: Recep Tayyip Erdoğan", "President Erdoan spoke.", "Erdoan", "Erdoğan"),
        # a lost space: a short word glued to the declared word, beside the rest of the name
        ("value: Azharuddin Abdul Rahman",
         "The head of Malaysia's Civil Aviation Authority, Azharuddin Abdul Rahmanthe, called it.",
         "Azharuddin Abdul Rahmanthe", "Azharuddin Abdul Rahman the"),
        ("value: Stephen Paddock", "Gunman Stephen Paddocksaid nothing.", "Stephen Paddocksaid",
         "Stephen Paddock said"),
    ],
)  # fmt: skip
def test_lost_accents_and_lost_spaces_are_misspellings(
    fact: str, text: str, found: str, suggestion: str
) -> None:
    verdict = check_fact(f"id: n\nkind: name\n{fact}", text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", "misspelling")
    assert (verdict.found, verdict.suggestion) == (found, suggestion)


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # names with diacritics match as the text folds them
        ("value: Frédéric Oudéa", "Frédéric Oudéa and Frederic Oudea.", "match"),
        # a lone given name is most often another person: not judged away from the name
        ("value: Émile Zola", "They walked a mile. Mile markers stood by the road.", "omission"),
        ("value: Frédéric Oudéa", "Frdric, his son, said.", "omission"),
        ("value: Stephen Paddock", "Steven Spielberg and Stephen King.", "omission"),
        # a glued word is judged only beside the rest of the name; an inflection never
        ("value: Azharuddin Abdul Rahman", "Rahmanthe is a word nobody knows.", "omission"),
        ("value: Azharuddin Abdul Rahman", "Abdul Rahmani spoke.", "omission"),
    ],
)
def test_lone_given_names_and_unglued_words_are_not_misspellings(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(f"id: n\nkind: name\n{fact}", text).status.value == status


def test_a_lone_given_name_of_another_person_is_no_misspelling(
    check_cluster: Callable[[str], CheckText],
) -> None:
    """mh370 005: "Muhammad Razahan Zamani" is another passenger, not "Mohammad" of the declared
    "Delavar Seyed Mohammadreza" / "Seyed Mohammad Reza Delavar"."""
    text = (
        "Muhammad Razahan Zamani (bottom right), 24, and his wife Norli Akmar Hamid, 33, were on "
        "their honeymoon on the missing flight. But further investigation revealed 19-year-old "
        "Pouria Nour Mohammad Mehrdad and Delavar Seyed Mohammadreza, 29 were headed for Europe."
    )
    verdict = check_cluster("mh370-disappearance")("iranian-passenger", text)
    assert (verdict.status.value, verdict.found) == ("match", "Delavar Seyed Mohammadreza")
    misspelt = check_cluster("mh370-disappearance")(
        "iranian-passenger", "Passenger Seyed Muhammad Reza Delavar boarded."
    )
    assert misspelt.status.value == "contradiction"  # beside the rest of the name it is judged


PASSENGER = """
id: passenger
kind: name
value: Delavar Seyed Mohammadreza
variants: [Seyed Mohammad Reza Delavar]
"""


@given(
    text=neutral_text(),
    position=st.integers(0, 8),
    given_name=st.sampled_from(["Muhammad", "Mohammed", "Sayed", "Seyyed", "Mohamad"]),
    surname=st.sampled_from(["Zamani", "Hamid", "Rahimi", "Karimi"]),
)
def test_a_lone_given_name_of_another_person_never_contradicts(
    text: list[str], position: int, given_name: str, surname: str
) -> None:
    statement = f"{given_name} {surname}, 24, was on the flight."
    verdict = check_fact(PASSENGER, plant(text, statement, position))
    assert verdict.status.value == "omission"
