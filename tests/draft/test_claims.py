"""Candidate claims: the account a source gives after a lead word (a cause, a motive, an
assessment), to the end of its noun phrase, grouped across sources by its words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.draft.claims import claim_candidates
from factcheck.match.document import Document
from factcheck.sources import read_sources, source_from_text


def _claims(*texts: str, min_sources: int = 1) -> dict[str, list[str]]:
    """Each candidate's value -> the phrases of its one variant (its one pattern: any cause
    word before them, pinned in ``test_propose``)."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found = {}
    for candidate in claim_candidates(docs, min_sources):
        assert candidate.kind == "claim"
        variants = candidate.keys["variants"]
        assert isinstance(variants, dict) and list(variants) == [candidate.keys["value"]]
        variant = variants[candidate.keys["value"]]
        assert len(variant["patterns"]) == 1
        found[str(candidate.keys["value"])] = variant["phrases"]
    return found


@pytest.mark.parametrize(
    ("sentence", "claim", "phrase"),
    [
        # the seeds (001): a quoted account, cut where an adjunct of time starts
        (
            "Kremlin spokesman Dmitry Peskov said the Russian strike took place on Thursday "
            'morning due to a "lack of agreement of coordinates during strikes by the Russian '
            'air force."',
            "lack of agreement of coordinates",
            'due to a "lack of agreement of coordinates',
        ),
        # MH370 (003), the Grand Prix (004): cut at the comma, at a preposition of place/time
        (
            "However, the search had to be suspended on Tuesday due to bad weather, the "
            "Australian Maritime Safety Authority (Amsa) said.",
            "bad weather",
            "due to bad weather",
        ),
        (
            "Felipe Massa cries after he had to withdraw from the race due to car problems "
            "during the Brazilian Formula One Grand Prix.",
            "car problems",
            "due to car problems",
        ),
        # Mazar: the cause ends where its clause's verb starts
        (
            "Civilian casualties caused by Nato forces have been one of the most contentious "
            "issues in the war.",
            "Nato forces",
            "caused by Nato forces",
        ),
        # other stories, made up: each cause word, the article left out of the account
        (
            "The outage was blamed on a faulty transformer and lasted hours.",
            "faulty transformer",
            "blamed on a faulty transformer",
        ),
        (
            "The fire was triggered by an electrical fault in the kitchen.",
            "electrical fault",
            "triggered by an electrical fault",
        ),
        (
            "Officials said the flooding was the result of a burst water main.",
            "burst water main",
            "the result of a burst water main",
        ),
        (
            "The derailment was attributed to the excessive speed of the train.",
            "excessive speed of the train",
            "attributed to the excessive speed of the train",
        ),
        # "following" before a determiner (American Airlines 002); a participle with its
        # complement ends the phrase (the Grand Prix 005)
        (
            "But a flight attendant, who is also black, accused them of theft and the players "
            "were asked to leave the plane following an argument.",
            "argument",
            "following an argument",
        ),
        (
            "The pivotal moment came as the race re-started following an earlier shunt "
            "involving Sauber's Marcus Ericsson.",
            "earlier shunt",
            "following an earlier shunt",
        ),
        # motives (Mazar 003 and 001): a word of time ends the phrase
        (
            "The Taliban claimed responsibility for the attack, saying it was in retaliation "
            "for Nato airstrikes against a village near the northern city of Kunduz last week.",
            "Nato airstrikes",
            "in retaliation for Nato airstrikes",
        ),
        (
            'The Taliban said the bombing was a "revenge attack" for US air strikes this month '
            "in the volatile province of Kunduz.",
            "US air strikes",
            'revenge attack" for US air strikes',
        ),
        # assessments (Cincinnati 004 and 007, a made-up one)
        (
            "Harambe was a western lowland gorilla, a species that is considered to be "
            "critically endangered, according to the World Wildlife Fund.",
            "critically endangered",
            "considered to be critically endangered",
        ),
        ('A tranquilizer shot was deemed "too dicey."', "too dicey", 'deemed "too dicey'),
        (
            "The new rules were described as a major setback for small farms.",
            "major setback",
            "described as a major setback",
        ),
    ],
)
def test_the_words_after_a_lead_word_to_the_end_of_their_noun_phrase_are_a_claim(
    sentence: str, claim: str, phrase: str
) -> None:
    assert _claims(f"{sentence}\n") == {claim: [phrase]}


@pytest.mark.parametrize(
    "sentence",
    [
        # Cincinnati (005): a negated clause gives no account
        "Whit Honea said they generally don't attend circuses because of the abusive "
        "treatment of the animals.",
        "The crash was not caused by bad weather.",
        "It is unclear whether the blast was caused by a gas leak.",
        # a word whose complement is cut is no account (KT 004)
        "Customers deemed likely to switch providers were called.",
        # nothing but stopwords after the cause word
        "He stayed because of that.",
        # "following" as an adjective
        "The following day, police arrested a second man.",
    ],
)
def test_a_cause_the_sentence_denies_leaves_open_or_gives_another_event_is_no_claim(
    sentence: str,
) -> None:
    assert _claims(f"{sentence}\n") == {}


def test_a_cause_inside_a_motive_is_another_events_and_the_motive_is_the_claim() -> None:
    found = _claims(
        "The Taliban said the attack was in revenge for strikes caused by Nato forces.\n"
    )
    assert found == {"strikes": ["in revenge for strikes"]}


def test_the_accounts_of_several_sources_are_one_claim_when_one_has_the_others_words() -> None:
    found = _claims(
        "The strike happened due to a lack of coordination, officials said.\n",
        "It was caused by lack of coordination between the two militaries.\n",
        "Others blamed the strike on bad maps; it was due to wrong coordinates.\n",
        min_sources=2,
    )
    assert found == {
        "lack of coordination": ["due to a lack of coordination", "caused by lack of coordination"]
    }


def test_an_account_one_source_gives_is_a_candidate_only_at_min_sources_1() -> None:
    texts = ("The strike was due to wrong coordinates.\n", "The strike killed three.\n")
    assert _claims(*texts, min_sources=2) == {}
    assert _claims(*texts, min_sources=1) == {"wrong coordinates": ["due to wrong coordinates"]}


ROOT = Path(__file__).resolve().parent.parent.parent
CLUSTERS = [
    ROOT / "seeds",
    *sorted(path for path in (ROOT / "tests" / "data" / "corpora").iterdir() if path.is_dir()),
]


@pytest.mark.parametrize("cluster", CLUSTERS, ids=[path.name for path in CLUSTERS])
def test_every_phrase_of_a_claim_is_written_in_a_source_that_its_pattern_finds(
    cluster: Path,
) -> None:
    """A draft never invents: each phrase of a candidate is the words of a source, from the
    cause word on, and the candidate's pattern finds them there."""
    docs = [Document(source) for source in read_sources(sorted(map(str, cluster.glob("*.txt"))))]
    for candidate in claim_candidates(docs, 1):
        [variant] = candidate.keys["variants"].values()
        pattern = re.compile(variant["patterns"][0], re.IGNORECASE)
        for phrase in variant["phrases"]:
            holding = [doc for doc in docs if phrase in " ".join(doc.text.split())]
            assert holding, phrase
            assert any(pattern.search(doc.text) for doc in holding), phrase
