"""Claim facts: variants by phrases and patterns; a competing variant wins over the expected."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import CheckText, check_fact
from tests.strategies import neutral_text, plant


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


CHARGED = """
id: charged
kind: claim
value: charged
variants:
  charged: [charged, claimed responsibility, converted to Islam, exchanged for]
"""


@pytest.mark.parametrize(
    ("text", "status", "found"),
    [
        # real sentences (bulk corpus, chibok-release, equifax)
        ("The star has not been charged by police.", "contradiction", "not charged"),
        (
            "So far, no group has claimed responsibility for the blast.",
            "contradiction",
            "not charged",
        ),
        (
            "Information minister Mohammed denied that the 21 girls were exchanged for Boko Haram "
            "prisoners.",
            "contradiction",
            "not charged",
        ),
        # made-up sentences of other stories
        ("Nobody has claimed responsibility.", "contradiction", "not charged"),
        (
            "There is no evidence that the gunman converted to Islam.",
            "contradiction",
            "not charged",
        ),
        ("He never converted to Islam, his brother said.", "contradiction", "not charged"),
        ("The suspect hasn't been charged yet.", "contradiction", "not charged"),
        ("The suspect was charged on Monday.", "match", "charged"),
        # the negation stays in its clause
        ("No one was hurt, and police charged the driver.", "match", "charged"),
        ("Nobody was hurt but the driver was charged.", "match", "charged"),
        ("Police did not release the names of the three men charged.", "match", "charged"),
        # negations of saying or knowing, and double negations, leave the phrase open
        ("Police did not say whether anyone had been charged.", "omission", None),
        ("Officials would not confirm he had been charged.", "omission", None),
        ("Police did not deny that he was charged.", "omission", None),
        ("There is no doubt that he was charged.", "match", "charged"),
        # the phrase opening the clause after "that" is what it speaks of, not what it denies
        ("no evidence that charged men were released", "omission", None),
    ],
)
def test_a_negated_expected_phrase_contradicts_and_only_in_its_clause(
    text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(CHARGED, text)
    assert (verdict.status.value, verdict.found) == (status, found)
    if status == "contradiction":
        assert verdict.reason == "variant"
        assert "negates the expected variant" in verdict.detail


CAUSE = """
id: cause
kind: claim
value: accident
variants:
  accident: [accident, accidental]
  deliberate: [deliberate attack, on purpose]
"""


@pytest.mark.parametrize(
    ("text", "status", "detail", "evidence"),
    [
        ("Officials said it was a deliberate attack.", "contradiction",
         "the source states the competing variant 'deliberate'", "deliberate attack"),
        # a competing variant denied or left open is no contradiction: it says which it was
        ("Officials said the strike was not a deliberate attack.", "omission",
         "the source negates the competing variant 'deliberate'", "not a deliberate attack"),
        ("Officials would not say whether it was a deliberate attack.", "omission",
         "the source leaves the competing variant 'deliberate' open (neither stated nor denied)",
         "whether it was a deliberate attack"),
    ],
)  # fmt: skip
def test_a_competing_variant_says_how_the_source_takes_it(
    text: str, status: str, detail: str, evidence: str
) -> None:
    verdict = check_fact(CAUSE, text)
    assert (verdict.status.value, verdict.detail) == (status, detail)
    assert [e.text for e in verdict.evidence] == [evidence]


def test_a_negated_expected_phrase_quotes_its_negation_as_evidence() -> None:
    verdict = check_fact(CHARGED, "Police have not charged anyone.")
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [("conflicts", "not charged")]


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said he was not a soldier of the Islamic State.",
        "There was no evidence he acted on behalf of Islamic State.",
        "Police denied that the gunman converted to Islam.",
    ],
)
def test_a_negated_competing_phrase_is_no_claim(
    check_cluster: Callable[[str], CheckText], text: str
) -> None:
    verdict = check_cluster("las-vegas-shooting")("isis-link", text)
    assert verdict.status.value == "omission"
    assert [e.stance.value for e in verdict.evidence] == ["context"]


def test_a_one_variant_claim_matches_and_contradicts_only_by_negation() -> None:
    fact = """
id: arrest
kind: claim
value: arrested
variants:
  arrested: [was arrested, were arrested]
"""
    assert check_fact(fact, "A 24-year-old man was arrested on Friday.").status.value == "match"
    assert check_fact(fact, "The driver was questioned and released.").status.value == "omission"
    # "was not arrested" does not hold the phrase "was arrested"
    assert check_fact(fact, "The driver was not arrested.").status.value == "omission"
    for text in ("Nobody was arrested.", "No suspects were arrested."):
        negated = check_fact(fact, text)
        assert (negated.status.value, negated.reason) == ("contradiction", "variant")


SPOKEN = """
id: cause
kind: claim
value: accident
by: [the mayor, police]
variants:
  accident: [an accident]
  arson: [arson]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The mayor called it an accident.", "match"),
        ("It was an accident, according to police.", "match"),
        ("Police said on Monday that the fire was arson.", "contradiction"),
        # someone else's words count for nothing
        ("Witnesses said it was an accident.", "omission"),
        ("A neighbour told reporters the fire was arson.", "omission"),
        ("The mayor called it an accident, but a neighbour said it was arson.", "match"),
        # no reporting verb: nobody is said to say it
        ("Arson is suspected in the mayor's district.", "omission"),
    ],
)
def test_with_by_only_the_named_speakers_words_count(text: str, status: str) -> None:
    assert check_fact(SPOKEN, text).status.value == status


def test_words_of_another_speaker_say_whose_words_would_count() -> None:
    verdict = check_fact(SPOKEN, "Witnesses said it was an accident.")
    assert verdict.detail == "'accident' is not said by 'the mayor' or 'police'"


def test_by_on_a_variant_overrides_the_fact_speakers() -> None:
    fact = """
id: link
kind: claim
value: no connection
by: [FBI]
variants:
  no connection: [no connection]
  soldier: {phrases: [soldier of the Islamic State], by: [Amaq, Islamic State]}
"""
    assert check_fact(fact, "Amaq said he was a soldier of the Islamic State.").status.value == (
        "contradiction"
    )
    assert check_fact(fact, "The FBI said he was a soldier of the Islamic State.").status.value == (
        "omission"
    )
    assert check_fact(fact, "The FBI has found no connection so far.").status.value == "match"


@given(
    text=neutral_text(),
    position=st.integers(0, 8),
    negation=st.sampled_from(["not", "never", "no one has", "nobody", "police denied that he"]),
)
def test_a_negated_expected_phrase_never_matches(
    text: list[str], position: int, negation: str
) -> None:
    verdict = check_fact(CHARGED, plant(text, f"The suspect {negation} charged.", position))
    assert verdict.status.value == "contradiction"
    assert all(e.stance.value == "conflicts" for e in verdict.evidence)


ICBM = r"""
id: fired-icbm
kind: claim
value: intermediate-range
variants:
  intermediate-range: [intermediate-range missile]
  intercontinental:
    patterns: ['fired (?:\w+ ){0,3}ICBM']
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On Friday it fired an ICBM over the island.", "contradiction"),
        # a pattern opening with a word matches where that word opens a word of the text
        ("Troops fired flares as the North misfired an ICBM over the sea.", "omission"),
    ],
)
def test_a_pattern_opening_with_a_word_matches_only_at_a_word_start(text: str, status: str) -> None:
    assert check_fact(ICBM, text).status.value == status


FLIGHT = r"""
id: flight-number
kind: claim
value: "175"
variants:
  "175":
    patterns: ['flight 175\b', 'NH ?175\b']
"""


@pytest.mark.parametrize(
    "text",
    [
        "The Tokyo-bound flight, NH175, was interrupted.",  # the ANA flight: the space is optional
        "The Tokyo-bound flight, NH 175, was interrupted.",
        "Flight 175 departed Los Angeles at 11:36 a.m.",
    ],
)
def test_a_pattern_whose_first_space_is_optional_needs_no_word_of_its_own(text: str) -> None:
    """'NH ?175' matches "NH175": the article holds no word "NH", so the word a pattern opens
    with is one the text must hold only when a space that must stand follows it."""
    assert check_fact(FLIGHT, text).status.value == "match"


RED_HANDED = "id: caught\nkind: claim\nvalue: caught\nvariants:\n  caught: [caught red handed]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # North Korea's oil (December 2017): the phrase's words in quotes, or hyphened
        ("Trump said China was caught \u2018red handed\u2019 selling oil to North Korea.", "match"),
        ("Trump said China was caught 'red-handed' allowing oil into North Korea.", "match"),
        ('Trump said China had been caught "RED HANDED".', "match"),
        # ... still whole words, in order
        ("China was caught redhanded.", "omission"),
        ("Red-handed, China was caught.", "omission"),
    ],
)
def test_a_phrase_matches_across_quotes_and_hyphens_between_its_words(
    text: str, status: str
) -> None:
    assert check_fact(RED_HANDED, text).status.value == status
