"""The shared reading of a source: cues are read as the text is (folded, cut into its tokens);
the span index and the outermost-hit filter give the answers of comparing every pair."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.match.document import (
    Cues,
    Document,
    Hit,
    SpanIndex,
    cue_needles,
    cue_problem,
    cue_words,
    first_words,
    outermost,
)
from factcheck.sources import source_from_text
from tests.conftest import check_fact
from tests.strategies import spans


@pytest.mark.parametrize(
    ("cue", "words"),
    [
        ("U.S.", ["u.s"]),  # the text's token has no final period
        ("Bogotá", ["bogota"]),
        ("death toll", ["death", "toll"]),
        ("9/11", ["9", "11"]),
        ("Co-op", ["co-op"]),
        ("…", []),
    ],
)
def test_a_cue_is_folded_and_cut_into_the_tokens_of_the_text(cue: str, words: list[str]) -> None:
    assert cue_words(cue) == words


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("U.S. consumers", "The breach affected 143 million U.S. consumers, the firm said."),
        ("U.S.", "Equifax said 143 million people in the U.S. were affected."),
        ("Bogotá", "Three people died in Bogota on Friday."),
        ("Bogota", "Three people died in Bogotá on Friday."),
        ("9/11", "Not since the 9/11 attacks has the city seen such grief."),
    ],
)
def test_a_cue_is_found_as_the_text_writes_it(cue: str, text: str) -> None:
    cues = Cues((cue,))
    doc = Document(source_from_text(text, id="s.txt"))
    assert not cue_needles((cue,)).isdisjoint(doc.words)
    ((start, end),) = cues.sentences(doc)
    assert cues.positions(doc.tokens_between(start, end))


@pytest.mark.parametrize(
    ("cue", "text"),
    [
        ("U.S.", "US officials and the USS Cole."),  # another spelling is another cue
        ("attack", "Two attacks followed."),  # no inflections are derived
        ("kill", "Two people were killed."),
    ],
)
def test_a_cue_matches_only_its_own_tokens(cue: str, text: str) -> None:
    doc = Document(source_from_text(text, id="s.txt"))
    cues = Cues((cue,))
    assert [cues.positions(doc.tokens_between(*s)) for s in cues.sentences(doc)] in ([], [[]])


@pytest.mark.parametrize(
    "text",
    [
        "The breach affected 143 million U.S. consumers.",
        "The breach affected 143 million U.S consumers.",
        "The breach affected 143 million U.S. consumers",
    ],
)
def test_a_count_tied_to_a_dotted_cue_matches(text: str) -> None:
    fact = "id: affected\nkind: quantity\nvalue: 143 million\ncues: [U.S. consumers]"
    assert check_fact(fact, text).status.value == "match"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("U.S.", "Three U.S. soldiers were killed on Monday."),
        ("Bogotá", "Three Bogota residents were killed on Monday."),
        ("Soldiers", "Three soldiers were killed on Monday."),
    ],
)
def test_a_subject_is_read_as_the_text_is(subject: str, text: str) -> None:
    fact = f"id: k\nkind: quantity\nvalue: 3\ncues: [killed]\nsubjects: [{subject}]"
    verdict = check_fact(fact, text)
    assert (verdict.status.value, verdict.found) == ("match", "3")


def _hits(found: list[tuple[int, int]]) -> list[Hit]:
    return [Hit(start=start, end=end, value=str(index)) for index, (start, end) in enumerate(found)]


@given(st.lists(spans(), max_size=25))
def test_outermost_drops_exactly_the_hits_inside_a_longer_one(found: list[tuple[int, int]]) -> None:
    hits = _hits(found)
    every_pair = [
        hit
        for hit in hits
        if not any(
            o.start <= hit.start and hit.end <= o.end and (o.start, o.end) != (hit.start, hit.end)
            for o in hits
        )
    ]
    assert outermost(hits) == every_pair


@given(st.lists(spans(), max_size=25), spans(), st.integers(min_value=0, max_value=55))
def test_span_index_answers_overlap_and_cover_as_every_pair_does(
    indexed: list[tuple[int, int]], probe: tuple[int, int], at: int
) -> None:
    index = SpanIndex(indexed)
    start, end = probe
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in indexed)
    assert index.covers(at) == any(s <= at < e for s, e in indexed)


def test_capitalised_words_are_found_with_every_place_they_start() -> None:
    """A capital not after a letter, then at least two letters: "McAkkar" is one word, "AK"
    none."""
    text = "Akar met Akar. Then Gerasimov and McAkkar spoke near an AK rifle."
    doc = Document(source_from_text(text, id="s.txt"))
    assert doc.capitalised_at() == {
        "Akar": [0, 9],
        "Then": [15],
        "Gerasimov": [20],
        "McAkkar": [34],
    }


def test_outermost_keeps_hits_with_one_span_and_their_order() -> None:
    hits = _hits([(5, 9), (0, 20), (0, 20), (21, 22)])
    assert [hit.value for hit in outermost(hits)] == ["1", "2", "3"]


@pytest.mark.parametrize(
    ("cue", "problem"),
    [
        ("Київ", "cue 'Київ' has letters that no word of a text is made of ('Квиі': words are "
                 "runs of A-Z and 0-9 once accents are folded); it can never match as written"),
        ("…", "cue '…' has no letter or digit: it can never match"),
        ("Kyiv", None),
        ("Bogotá", None),  # folded to "bogota"
    ],
)  # fmt: skip
def test_a_cue_that_can_never_match_says_why_naming_each_foreign_letter_once(
    cue: str, problem: str | None
) -> None:
    assert cue_problem(cue) == problem


def test_a_contradiction_beside_the_expected_value_says_both_in_its_detail() -> None:
    fact = "id: killed\nkind: quantity\nvalue: 17\ncues: [killed]"
    text = "The crash killed 17 people, police said. Later reports said it killed 19 people."
    verdict = check_fact(fact, text)
    assert verdict.status.value == "contradiction"
    assert verdict.detail == (
        "the source says 19 where 17 is expected: 'killed 19'; it also states the expected value"
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("al-Bab", {"al", "albab"}),
        ("Mazar-i-Sharif", {"mazar", "mazari", "mazarisharif"}),
        # a part that does not open with a letter or digit is not joined to the run before it
        ("rock-'n'-roll", {"rock"}),
        ("Bissau-(Guinea)", {"bissau"}),
    ],
)
def test_first_words_join_only_the_hyphenated_parts_the_text_can_glue(
    phrase: str, words: set[str]
) -> None:
    assert first_words(phrase) == words
