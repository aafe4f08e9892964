"""Quantity facts on the seeds' real sentences: scope, subsets, vague words and contradictions."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from factcheck.dates import find_dates
from factcheck.loader import load
from factcheck.match.numbers import ORDINALS
from tests.conftest import CheckText, check_fact, text_checker
from tests.strategies import PERIOD_SCOPES, count_phrase, neutral_text, plant, tricky_text

CASES = [
    # (fact, sentence from the seeds or a variant of one, status, found)
    ("killed", "Russia air strike 'accidentally' kills 3 Turkish troops in Syria", "match", "3"),
    (
        "killed",
        'Three Turkish soldiers were "accidentally" killed and 11 wounded on Thursday.',
        "match",
        "3",
    ),
    (
        "wounded",
        'Three Turkish soldiers were "accidentally" killed and 11 wounded on Thursday.',
        "match",
        "11",
    ),
    ("killed", "killing three soldiers and wounding 11 others, the statement read.", "match", "3"),
    (
        "wounded",
        "killing three soldiers and wounding 11 others, the statement read.",
        "match",
        "11",
    ),
    (
        "killed",
        "by accident three of our heroic soldiers were martyred when a building was bombed",
        "match",
        "3",
    ),
    ("wounded", "11 other soldiers were wounded in the attack in northern Syria.", "match", "11"),
    (
        "killed",
        "announced the death of three Turkish soldiers through an accidental strike",
        "match",
        "3",
    ),
    # another scope: a cumulative toll is not this strike's count
    (
        "killed",
        "the Dogan news agency said 66 Turkish soldiers have now been killed in the Syria "
        "operation since it began in August, mostly in attacks by IS.",
        "omission",
        None,
    ),
    # a subset of the wounded is not another count of them
    ("wounded", "It said that of the 11 injured, one was badly wounded.", "match", "11"),
    ("wounded", "One of the 11 wounded soldiers was badly hurt.", "match", "11"),
    # vague wording decides nothing
    (
        "killed",
        "Vladimir Putin expressed his condolences over the tragic incident which resulted in the "
        "deaths of several Turkish soldiers near the town of al-Bab.",
        "omission",
        None,
    ),
    # another event, no number
    ("killed", "A Russian pilot lost his life in the attack.", "omission", None),
    # another number for this count
    (
        "killed",
        "Four Turkish soldiers were killed and 11 wounded on Thursday.",
        "contradiction",
        "4",
    ),
    (
        "wounded",
        "Three Turkish soldiers were killed and 12 wounded on Thursday.",
        "contradiction",
        "12",
    ),
    ("killed", "The strike killed 5 Turkish soldiers near al-Bab.", "contradiction", "5"),
    # numbers that are not counts of the cue's subject
    (
        "killed",
        "The strike killed Turkish soldiers on February 9, 2017 near al-Bab.",
        "omission",
        None,
    ),
    (
        "killed",
        "Bitcoin rallied 38 percent; three days later traders were killed off.",
        "omission",
        None,
    ),
]


@pytest.mark.parametrize(("fact", "text", "status", "found"), CASES)
def test_quantity_verdict_on_real_sentence(
    check_text: CheckText, fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_text(fact, text)
    assert (verdict.status.value, verdict.found) == (status, found)


def test_contradiction_wins_and_shows_both_counts(check_text: CheckText) -> None:
    verdict = check_text(
        "killed",
        "Three Turkish soldiers were killed. Later reports said four soldiers were killed.",
    )
    assert verdict.status.value == "contradiction"
    assert verdict.reason == "value"
    stances = [(e.stance.value, e.text) for e in verdict.evidence]
    assert stances == [
        ("supports", "Three Turkish soldiers were killed"),
        ("conflicts", "four soldiers were killed"),
    ]


def test_scope_and_vague_counts_are_kept_as_context(check_text: CheckText) -> None:
    verdict = check_text("killed", "66 Turkish soldiers have been killed since August.")
    assert verdict.status.value == "omission"
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [
        ("context", "66 Turkish soldiers have been killed")
    ]


def test_a_subset_of_another_count_is_context_that_says_so(check_text: CheckText) -> None:
    verdict = check_text("wounded", "Of the 40 soldiers in the convoy, three were wounded.")
    assert verdict.status.value == "omission"
    assert verdict.detail == "a subset of another count: 'three were wounded'"


def test_a_count_of_a_wider_period_is_context_that_says_so(check_text: CheckText) -> None:
    verdict = check_text("killed", "So far this year, 40 Turkish soldiers have been killed.")
    assert verdict.status.value == "omission"
    assert verdict.detail == "another scope: '40 Turkish soldiers have been killed'"


# Real sentences from the annotated clusters: what a careful reader counts, and what not.
CLUSTER_CASES = [
    # (file, fact, sentence, source date, status)
    ("kt-data-hack", "subscribers",
     "In July 2011, South Korea said it had traced the theft of data from 35 million accounts "
     "from the Cyworld website.", None, "omission"),  # a breach of another year
    ("kt-data-hack", "subscribers",
     "In November 2011, one of South Korea's main games developers, Nexon, was hacked, with "
     "personal details of 13 million users of its MapleStory online game stolen.", None, "omission"),
    ("kt-data-hack", "subscribers",
     "following last year's attack in which KT's Cyworld social network site and Nate Web portal "
     "were infiltrated and personal data of 35 million customers copied.", None, "omission"),
    ("kt-data-hack", "subscribers",
     "Korea Telecom publicly acknowledged the breach Sunday, issuing an apology to its 16 million "
     "subscribers.", None, "omission"),  # KT's whole base: no cue ties it to the theft
    ("kt-data-hack", "subscribers",
     "stealing personal information on approximately 8.7 million mobile subscribers.", None, "match"),
    ("kt-data-hack", "earnings",
     "police said the two made about 1 billion won ($878,000) by selling the information", None, "match"),
    ("kt-data-hack", "earnings",
     "authorities believe the hackers made at least $877,000 from selling this information", None, "omission"),
    ("kt-data-hack", "buyers-charged",
     "Police are also investigating seven other suspects accused of selling this information to "
     "telemarketers, as part of an operation that began in February.", None, "match"),
    ("erie-electric-bill", "bill",
     "In August 2012, a British woman on vacation in South Wales bought a cheap mobile phone.\n"
     "Thanks to a technical glitch, she ended up being slapped with a bill for more than $42,000.",
     None, "omission"),  # the next sentence goes on with the episode of 2012
    ("erie-electric-bill", "bill", "Woman stunned to find electric bill listed as $284 billion", None, "match"),
    ("erie-electric-bill", "minimum",
     "she didn't have to pay the full amount until November 2018 - only a $28,156 minimum payment "
     "was due for December.", None, "match"),
    ("chibok-release", "kidnapped", "21 abducted Chibok schoolgirls freed in Nigeria", None, "omission"),
    ("chibok-release", "kidnapped",
     "21 Schoolgirls Abducted By Boko Haram Have Been Released", None, "omission"),
    ("chibok-release", "kidnapped",
     "More than 270 girls were taken from their boarding school in the town of Chibok in April 2014.",
     None, "match"),
    ("chibok-release", "freed",
     "till now there is only one confirmed release of one of the students, who found her way out "
     "of captivity", None, "omission"),  # one member, not a count
    ("chibok-release", "still-held",
     "The Nigerian government said in September it was committed to rescuing the 218 Chibok girls "
     "still held captive by Boko Haram", dt.date(2016, 10, 14), "omission"),  # before the release
    ("chibok-release", "still-held",
     "Declaring Thursday's release significant, Nigerian officials said the breakthrough would help "
     "the recovery of the 197 girls who remain in captivity.", dt.date(2016, 10, 14), "match"),
    ("chibok-release", "militants-exchanged",
     "Terms of the deal were not immediately announced, but no captive Boko Haram fighters were "
     "released in exchange for the girls, the source said.", None, "contradiction"),
    ("chibok-release", "escaped",
     "As many as 57 girls escaped almost immediately in 2014, and one was found this spring.",
     None, "match"),
    ("chibok-release", "escaped", "Dozens of the girls escaped on their own.", None, "omission"),
    ("ahed-tamimi-indictment", "arrested-after",
     "Israel has held Ahed Tamimi since arresting her three days after she was filmed punching "
     "the soldier", None, "match"),  # "since" opens the clause, no phrase of scope before a comma
]  # fmt: skip


@pytest.mark.parametrize(("name", "fact", "text", "date", "status"), CLUSTER_CASES)
def test_cluster_quantity_on_real_sentence(
    check_cluster: Callable[[str], CheckText],
    name: str,
    fact: str,
    text: str,
    date: dt.date | None,
    status: str,
) -> None:
    assert check_cluster(name)(fact, text, date).status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the subject within three words after the cue: the cue describes what is counted
        ("They said 300 abducted Chibok schoolgirls were freed.", "omission"),
        # four words after: the sentence says who the 300 were, the count is its claim
        ("They said 300 kidnapped that night were schoolgirls.", "contradiction"),
    ],
)
def test_a_cue_describes_the_count_only_with_its_subject_close_after(
    check_cluster: Callable[[str], CheckText], text: str, status: str
) -> None:
    assert check_cluster("chibok-release")("kidnapped", text).status.value == status


def test_declared_range_and_tolerance_decide_hedged_figures(tmp_path: Path) -> None:
    path = tmp_path / "hedge.yaml"
    path.write_text(
        "event: x\nfacts:\n"
        "  - {id: exact, kind: quantity, value: 51, cues: [killed]}\n"
        "  - {id: tolerant, kind: quantity, value: 51, tolerance: 0.1, cues: [killed]}\n"
        "  - {id: ranged, kind: quantity, range: [50, 60], cues: [killed]}\n",
        encoding="utf-8",
    )
    run = text_checker(load(str(path)))
    text = "More than 51 people were killed."
    assert run("exact", text).status.value == "contradiction"  # "more than 51" excludes 51
    assert run("tolerant", text).status.value == "match"  # 51 widened by 10% reaches above 51
    assert run("ranged", text).status.value == "match"
    assert run("ranged", "Exactly 45 people were killed.").status.value == "contradiction"
    assert run("ranged", "Some 48 people were killed.").status.value == "match"  # 43.2 to 52.8


# --- The README's count rules at both sides of every limit --------------------------------------
# One fact of value 100: each hedge is tried with the last figure that still agrees and the
# first that does not. "nearly"/"just under" reach 10% below their figure, "about"/"some"/"an
# estimated" 10% either side, "more than"/"over" exclude their figure, "at least" includes it,
# "up to"/"as many as" reach down to zero, "fewer than"/"less than"/"under" exclude their figure.
HEDGE_EDGES = [
    # (hedge, last figure that agrees with 100, first figure that contradicts it)
    ("more than", 99, 100),
    ("over", 99, 100),
    ("at least", 100, 101),
    ("fewer than", 101, 100),
    ("less than", 101, 100),
    ("under", 101, 100),
    ("up to", 100, 99),
    ("as many as", 100, 99),
    ("nearly", 111, 112),  # 111 x 0.9 = 99.9 reaches 100; 112 x 0.9 = 100.8 does not
    ("just under", 111, 112),
    ("about", 111, 112),  # 99.9 to 122.1 reaches 100; 100.8 to 123.2 does not
    ("some", 111, 112),
    ("an estimated", 111, 112),
]
HEDGE_EDGES_BELOW = [
    # the same hedges from below: the last figure under 100 that agrees, the first that does not
    ("nearly", 100, 99),  # "nearly N" is never above N
    ("just under", 100, 99),
    ("about", 91, 90),  # 91 + 9.1 = 100.1 reaches 100; 90 + 9 = 99 does not
    ("some", 91, 90),
    ("an estimated", 91, 90),
]


@pytest.fixture(scope="module")
def hundred(tmp_path_factory: pytest.TempPathFactory) -> CheckText:
    """The verdict of a count fact of value 100 (cue "killed", subject "people")."""
    path = tmp_path_factory.mktemp("hundred") / "hundred.yaml"
    path.write_text(
        "event: x\nfacts:\n"
        "  - {id: killed, kind: quantity, value: 100, cues: [killed], subjects: [people]}\n",
        encoding="utf-8",
    )
    return text_checker(load(str(path)))


def _figure(value: float) -> str:
    return f"{value:g}"


@pytest.mark.parametrize(("hedge", "agrees", "contradicts"), HEDGE_EDGES + HEDGE_EDGES_BELOW)
def test_hedged_count_agrees_up_to_its_limit_and_contradicts_past_it(
    hundred: CheckText, hedge: str, agrees: float, contradicts: float
) -> None:
    for figure, status in ((agrees, "match"), (contradicts, "contradiction")):
        text = f"The officials said {hedge} {_figure(figure)} people were killed in the floods."
        verdict = hundred("killed", text)
        assert verdict.status.value == status, (text, verdict.detail)


@pytest.mark.parametrize(("hedge", "figure"), [(h, c) for h, _, c in HEDGE_EDGES])
def test_hedge_belongs_to_the_count_in_the_evidence(
    hundred: CheckText, hedge: str, figure: int
) -> None:
    verdict = hundred("killed", f"The floods killed {hedge} {figure} people.")
    assert verdict.status.value == "contradiction"
    assert verdict.evidence[0].text == f"killed {hedge} {figure} people"


# what each hedge means, as the verdict shows the count found
SHOWN = {"more than": "more than", "over": "more than", "at least": "at least",
         "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
         "up to": "at most", "as many as": "at most", "nearly": "nearly", "just under": "nearly",
         "about": "about", "some": "about", "an estimated": "about"}  # fmt: skip


@pytest.mark.parametrize(("hedge", "figure"), [(h, c) for h, _, c in HEDGE_EDGES])
def test_the_count_found_is_shown_with_what_its_hedge_means(
    hundred: CheckText, hedge: str, figure: int
) -> None:
    verdict = hundred("killed", f"The floods killed {hedge} {figure} people.")
    assert verdict.found == f"{SHOWN[hedge]} {figure}"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("100 people were killed.", "match"),
        ("101 people were killed.", "contradiction"),
        ("99 people were killed.", "contradiction"),
        ("A hundred people were killed.", "omission"),  # "a hundred" is no figure it reads
        ("Several people were killed.", "omission"),
        ("Dozens of people were killed.", "omission"),
    ],
)
def test_plain_count_is_exact(hundred: CheckText, text: str, status: str) -> None:
    assert hundred("killed", text).status.value == status


PERIOD_WORDS = ["since", "this year", "cumulative"]
RUNNING_WORDS = ["so far", "to date", "in total", "in all", "altogether", "overall"]
SCOPE_WORDS = PERIOD_WORDS + RUNNING_WORDS


def _scoped_after(scope: str, count: int) -> str:
    tail = "since the operation began" if scope == "since" else scope
    return f"{count} Turkish soldiers have been killed {tail}, the agency said."


def _scoped_before(scope: str, count: int) -> str:
    head = "Since it began" if scope == "since" else scope.capitalize()
    return f"{head}, {count} Turkish soldiers have been killed in the operation."


@pytest.mark.parametrize("scope", SCOPE_WORDS)
@pytest.mark.parametrize("said", [_scoped_after, _scoped_before])
def test_scope_word_makes_a_count_that_disagrees_context(
    check_text: CheckText, scope: str, said: Callable[[str, int], str]
) -> None:
    """ "10 soldiers have been killed so far", "So far, 10 Turkish soldiers have been killed":
    a toll of another scope, never a contradiction; the scope word may follow the cue or open
    the count's clause."""
    verdict = check_text("killed", said(scope, 10))
    assert verdict.status.value == "omission", verdict.detail
    assert [e.stance.value for e in verdict.evidence] == ["context"]


@pytest.mark.parametrize("said", [_scoped_after, _scoped_before])
@pytest.mark.parametrize(
    ("scope", "status"),
    [(word, "omission") for word in PERIOD_WORDS] + [(word, "match") for word in RUNNING_WORDS],
)
def test_a_running_count_or_total_that_agrees_states_the_fact(
    check_text: CheckText, scope: str, status: str, said: Callable[[str, int], str]
) -> None:
    """ "3 soldiers have been killed so far", "In total, 3 ...": a running count or a total may
    be the event's own, and states it when it agrees; a period ("since August", "this year")
    is wider than the event, and its count is context even when it agrees."""
    verdict = check_text("killed", said(scope, 3))
    assert verdict.status.value == status, verdict.detail


def test_a_period_wins_over_a_running_word(check_text: CheckText) -> None:
    """ "So far this year, 3 ...": the period makes the count context even when it agrees."""
    texts = ("So far this year, 3 Turkish soldiers have been killed.",
             "3 Turkish soldiers have been killed so far this year.")  # fmt: skip
    for text in texts:
        verdict = check_text("killed", text)
        assert verdict.status.value == "omission", (text, verdict.detail)


def test_the_same_count_without_a_scope_word_contradicts(check_text: CheckText) -> None:
    """The control of the two tests above: their sentences without the scope word."""
    for text in (
        "10 Turkish soldiers have been killed, the agency said.",
        "Then, 10 Turkish soldiers have been killed in the operation.",
    ):
        assert check_text("killed", text).status.value == "contradiction", text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("So far, 10 Turkish soldiers have been killed.", "omission"),  # the review's sentence
        # a scope word in an earlier clause scopes nothing of this one
        ("In all 66 have died, and 10 Turkish soldiers were killed in the strike.",
         "contradiction"),
        ("Overall the army lost ground; 10 Turkish soldiers were killed.", "contradiction"),
    ],
)  # fmt: skip
def test_scope_word_before_a_count_counts_only_in_its_clause(
    check_text: CheckText, text: str, status: str
) -> None:
    assert check_text("killed", text).status.value == status


# What each hedge allows around its figure N, as the README states it: (low, high, open ends).
HEDGE_INTERVALS = {
    "": lambda n: (n, n, False, False),
    "more than": lambda n: (n, math.inf, True, False),
    "over": lambda n: (n, math.inf, True, False),
    "at least": lambda n: (n, math.inf, False, False),
    "fewer than": lambda n: (0, n, False, True),
    "less than": lambda n: (0, n, False, True),
    "under": lambda n: (0, n, False, True),
    "up to": lambda n: (0, n, False, False),
    "as many as": lambda n: (0, n, False, False),
    "nearly": lambda n: (n * 0.9, n, False, False),
    "just under": lambda n: (n * 0.9, n, False, False),
    "about": lambda n: (n * 0.9, n * 1.1, False, False),
    "some": lambda n: (n * 0.9, n * 1.1, False, False),
    "an estimated": lambda n: (n * 0.9, n * 1.1, False, False),
}


def _allows(hedge: str, figure: int, value: int) -> bool:
    low, high, low_open, high_open = HEDGE_INTERVALS[hedge](figure)
    above = value > low if low_open else value >= low
    below = value < high if high_open else value <= high
    return above and below


@given(
    sentences=neutral_text(),
    at=st.integers(0, 8),
    figure=st.integers(80, 125),
    phrase=st.data(),
)
@example(sentences=["The market opened."], at=0, figure=100, phrase=None)
def test_planted_count_with_any_hedge_and_scope_follows_the_rules(
    hundred: CheckText,
    sentences: list[str],
    at: int,
    figure: int,
    phrase: st.DataObject | None,
) -> None:
    """A scope word never lets the count contradict: a period makes it context, a running count
    or a total supports when it agrees; with no scope word, it agrees exactly when the hedge's
    interval holds 100, and contradicts when not."""
    hedge, scope, where = (
        phrase.draw(count_phrase(figure)) if phrase is not None else ("fewer than", "", "")
    )
    counted = f"{hedge} {figure}".strip()
    if scope and where == "before":
        said = f"{scope.capitalize()}, {counted} people were killed in the floods."
    else:
        said = f"Officials said {counted} people were killed in the floods {scope}.".replace(
            " .", "."
        )
    verdict = hundred("killed", plant(sentences, said, at))
    agrees = _allows(hedge, figure, 100)
    if scope in PERIOD_SCOPES:
        expected = "omission"
    elif scope:
        expected = "match" if agrees else "omission"
    else:
        expected = "match" if agrees else "contradiction"
    assert verdict.status.value == expected, (said, verdict.detail)


@given(sentences=tricky_text(), at=st.integers(0, 6), figure=st.sampled_from([4, 5, 12, 40]))
@example(sentences=["Since 12 killed about Thursday."], at=0, figure=4)
@example(sentences=["Of March the."], at=1, figure=4)
@example(sentences=["The the the March 2016."], at=1, figure=4)
def test_a_planted_contradiction_wins_whatever_the_filler_says(
    check_text: CheckText, sentences: list[str], at: int, figure: int
) -> None:
    """Filler with digits, cues, dates, hedges and other names can add context or support, but
    never hide another count of the event stated plainly, unless the sentence before opens
    another episode with a date ("The 12 March."): the next one goes on with it (docs/rules.md)."""
    at = max(0, min(at, len(sentences)))
    before = sentences[at - 1] if at else ""
    opening = len(" ".join(before.split()[:3]))
    assume(not any(date.start < opening for date in find_dates(before)))
    said = f"Officials said {figure} Turkish soldiers were killed near the border."
    verdict = check_text("killed", plant(sentences, said, at))
    assert verdict.status.value == "contradiction"
    assert f"{figure} Turkish soldiers were killed" in [e.text for e in verdict.evidence]


@pytest.mark.parametrize(
    "before", ["Of March the.", "In March 2016 it rained.", "In March the strike ended."]
)
def test_a_sentence_opened_by_another_date_frames_the_next_one(
    check_text: CheckText, before: str
) -> None:
    """ "the sentence after it too, when it has no date of its own" (the rules' another time)."""
    said = "Officials said 4 Turkish soldiers were killed near the border."
    verdict = check_text("killed", f"{before} {said}")
    assert (verdict.status.value, verdict.detail) == (
        "omission",
        "about another time: '4 Turkish soldiers were killed'",
    )


FLAGS = "id: flags\nkind: quantity\nvalue: 2\ncues: [red flags]"
ORDINAL_CASES = [
    # (fact, sentence, status, stances): an ordinal right before the cue says how many so far
    (FLAGS, "The race was brought to a halt with a second red flag.", "match", ["supports"]),
    (FLAGS.replace("2", "3"), "The race was brought to a halt with a second red flag.",
     "omission", ["context"]),  # a count so far: never a contradiction
    # a hostile review's sentences: no ordinal count
    ("id: deaths\nkind: quantity\nvalue: 2\ncues: [deaths, died]",
     "He received a second death threat.", "omission", []),  # a cue of one word: no singular
    ("id: died\nkind: quantity\nvalue: 3\ncues: [died]", "About a third died.", "omission",
     []),  # before a verb, a fraction
    ("id: arrested\nkind: quantity\nvalue: 3\ncues: [arrested]\nsubjects: [men]",
     "A third man was not arrested.", "omission", []),  # before another noun
    ("id: wounded\nkind: quantity\nvalue: 2\ncues: [wounded]\nsubjects: [soldiers]",
     "One soldier was killed and a second soldier was wounded.", "omission", []),
    ("id: killed\nkind: quantity\nvalue: 5\ncues: [killed]\nsubjects: [people, victims]",
     "Schoolboy named as third victim of Leeds stolen car smash that killed 5",
     "omission", []),  # a real headline of another story
    ("id: killed\nkind: quantity\nvalue: 3\ncues: [killed]\nsubjects: [people]",
     "Two people were killed in the second attack.", "contradiction", ["conflicts"]),
]  # fmt: skip


@pytest.mark.parametrize(("fact", "text", "status", "stances"), ORDINAL_CASES)
def test_an_ordinal_is_a_count_so_far(
    fact: str, text: str, status: str, stances: list[str]
) -> None:
    """ "a second red flag": an ordinal right before a cue that is a noun says how many there
    were so far. It states the fact when it agrees; else it is context, never a contradiction.
    Its noun is singular, so a plural cue of several words is matched in the singular there."""
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail
    assert sorted(e.stance.value for e in verdict.evidence) == stances


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The race restarted shortly after but was once again brought to a halt with a second "
         "red flag.", "match"),  # 005
        ('With the second red flag imminent, Hamilton was heard on race radio saying "we should '
         'be going".', "match"),  # 007
        ("A third red flag ended the race.", "omission"),
        ("The red flag came out for a second time.", "omission"),  # no ordinal of a flag
    ],
)  # fmt: skip
def test_an_ordinal_before_the_singular_of_a_plural_cue(
    check_cluster: Callable[[str], CheckText], text: str, status: str
) -> None:
    """The file's cue is "red flags"; after an ordinal the text writes it in the singular."""
    verdict = check_cluster("brazil-grand-prix-2016")("red-flags", text)
    assert verdict.status.value == status, verdict.detail
    assert (
        verdict.status.value == "match"
        or not verdict.evidence
        or all(e.stance.value == "context" for e in verdict.evidence)
    )


@given(
    sentences=neutral_text(),
    at=st.integers(0, 6),
    ordinal=st.sampled_from(sorted(ORDINALS)),
)
def test_an_ordinal_never_contradicts(sentences: list[str], at: int, ordinal: str) -> None:
    """Whatever ordinal stands before the cue (2 red flags expected), it agrees only when it is
    "second", and never contradicts."""
    statement = f"The race was stopped with a {ordinal} red flag."
    verdict = check_fact(FLAGS, plant(sentences, statement, at))
    expected = "match" if ordinal == "second" else "omission"
    assert verdict.status.value == expected, verdict.detail


KILLED_17 = "id: killed\nkind: quantity\nvalue: 17\ncues: [killed, killing]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a cue with its own count after it takes none before it (false contradictions found
        # while testing against mutants: 372, 20)
        ("Flight 372 crashed at dawn, killing 14 passengers and three crew.", "match"),
        ("The crash, the first in 20 years, killed 14 passengers and three crew.", "match"),
        # a count before an auxiliary is no part of a total ("and 40 were hurt" made 57)
        ("The crash happened at dawn, killing 14 passengers and three crew, and 40 were hurt.",
         "match"),
        # with no count after it, the cue still takes the one before it
        ("Seventeen people were killed when Flight 372 crashed.", "match"),
        ("Twenty people were killed in the crash.", "contradiction"),
    ],
)  # fmt: skip
def test_a_cue_with_its_own_count_after_it_takes_none_before_it(text: str, status: str) -> None:
    assert check_fact(KILLED_17, text).status.value == status


HANDED_OVER = "id: freed\nkind: quantity\nvalue: 21\ncues: [handed over, released]"
TURNED_AROUND = (
    "id: hours\nkind: quantity\nvalue: 4\nunit: hours\ncues: [turned around, turning around]"
)
DELAYED = "id: delay\nkind: quantity\nvalue: 17\nunit: minutes\ncues: [delayed]"
KILLED_3 = "id: killed\nkind: quantity\nvalue: 3\ncues: [killed]"
FLEW_OVER = "id: range\nkind: quantity\nvalue: 3700\nunit: km\ncues: [flew over]"
OFFICERS = "id: shot\nkind: quantity\nvalue: 2\nunit: officers\ncues: [shot]"


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # a cue that ends with a hedge's word: the word is the cue's, not the count's
        (HANDED_OVER, "Boko Haram handed over 21 Chibok schoolgirls to the Red Cross.",
         "match", "at least 21"),
        (HANDED_OVER, "Boko Haram handed over 22 Chibok schoolgirls to the Red Cross.",
         "contradiction", "at least 22"),
        (HANDED_OVER, "Boko Haram released over 21 Chibok schoolgirls.", "contradiction",
         "more than 21"),
        (TURNED_AROUND, "The plane turned around four hours into its flight to Tokyo.", "match",
         "about 4 hours"),
        (TURNED_AROUND, "She wondered why the plane was turning around four hours into the "
         "11-hour flight.", "match", "about 4 hours"),
        (TURNED_AROUND, "The plane turned around 4.5 hours into its flight.", "contradiction",
         "about 4.5 hours"),
        # ... which may be the count's too: either reading agrees (a hostile review's sentences)
        (FLEW_OVER, "The missile flew over 3,000 km before falling into the Pacific.", "match",
         "at least 3,000 km"),
        (FLEW_OVER, "The missile flew over 3,800 km before falling into the Pacific.",
         "contradiction", "at least 3,800 km"),
        # ... and no measure of how long before or after
        (TURNED_AROUND, "The flight turned around 2 hours before it was due to land.",
         "omission", None),
        # "by" before a physical measure or a percentage gives the size of a change, and only
        # supports (the level may follow: "by 0.25 percent to 1.25 percent"); before a count
        # noun, the doers
        (DELAYED, "The final was delayed by 17 minutes of rain.", "match", "17 minutes"),
        (DELAYED, "The final was delayed by 20 minutes.", "omission", None),
        (OFFICERS, "The suspect was shot by 3 officers and died at the scene.", "omission", None),
        (KILLED_3, "Three people were killed by 2 gunmen.", "match", "3"),
        (KILLED_3, "Two people were killed by three gunmen on Friday.", "contradiction", "2"),
    ],
)  # fmt: skip
def test_a_hedge_word_of_the_cue_and_by_before_a_measure(
    fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


CREW = "id: crew\nkind: quantity\nvalue: 3\ncues: [killing, killed]\nsubjects: [crew]"
VESSELS = "id: vessels\nkind: quantity\nvalue: 20\ncues: [placed]\nsubjects: [vessels]"


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # the cue's objects joined by "and" share it
        (CREW, "The plane crashed, killing 14 passengers and three crew.", "match", "3"),
        (CREW, "The plane crashed, killing 14 passengers and four crew.", "contradiction", "4"),
        (VESSELS, "The US Treasury Department later placed six North Korean shipping and "
         "trading companies and 20 of their vessels on sanctions list.", "match", "20"),
        # ... not a count with a verb of its own, nor one after another verb
        (CREW, "The blast killed 14 passengers and four crew were hurt.", "omission", None),
        (CREW, "The blast killed 14 passengers and injured four crew.", "omission", None),
        (CREW, "The blast killed 14 passengers, and four crew died later.", "omission", None),
        (CREW, "The crash killed 14 passengers and three crew members survived.", "omission",
         None),
        (CREW, "The missile killed 14 passengers and three crew said they saw a flash.",
         "omission", None),
    ],
)  # fmt: skip
def test_counts_joined_by_and_share_the_cue_before_them(
    fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


UNEMPLOYMENT = "id: rate\nkind: quantity\nvalue: 4.7\nunit: percent\ncues: [unemployment, S&P 500]"
KILLED_THREE = "id: killed\nkind: quantity\nvalue: 3\ncues: [killed, trapped]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a semicolon or a reporting verb ends the search for a count before the cue
        (UNEMPLOYMENT, "Only 20 percent of respondents said unemployment was their top concern.",
         "omission"),
        (UNEMPLOYMENT, "The Dow fell 2 percent; the S&P 500 dropped.", "omission"),
        # ... but not a reporting verb said as an aside, or before the count's own verb (a
        # hostile review's sentences)
        (KILLED_THREE, "Three people, police said, were killed in the blast.", "match"),
        (KILLED_THREE, "Eight people - officials said - were killed.", "contradiction"),
        (KILLED_THREE, "The 300 people officials said were trapped were freed.", "contradiction"),
    ],
)  # fmt: skip
def test_a_count_before_the_cue_is_not_across_a_semicolon_or_a_speaker(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


OFFER_TOTAL = (
    'id: total\nkind: quantity\nvalue: "121 billion"\nunit: $\ncues: [offer, Qualcomm for]'
)
PER_SHARE = "id: share\nkind: quantity\nvalue: 82\nunit: $\ncues: [offer, bid]"
CASH = "id: cash\nkind: quantity\nvalue: 60\nunit: $\ncues: [in cash]"
ENGINES = "id: engines\nkind: quantity\nvalue: 27\ncues: [engines]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # Broadcom's bid for Qualcomm (February 2018): a value written with a scale word is
        # as rounded as the source's words
        (OFFER_TOTAL, "Broadcom is sweetening its offer to acquire Qualcomm for more than $121 "
         "billion.", "match"),
        (OFFER_TOTAL, "Broadcom raised its offer to $120 billion.", "contradiction"),
        # ... an amount may name its currency instead of its sign
        (OFFER_TOTAL, "Broadcom raised its offer to more than 121 billion US dollars.", "match"),
        (PER_SHARE, "Broadcom raised its offer to 82 dollars a share.", "match"),
        (PER_SHARE, "Broadcom raised its offer to 85 U.S. dollars a share.", "contradiction"),
        (PER_SHARE, "Broadcom raised its offer to 82 yuan a share.", "omission"),
        # ... a figure a thousandfold away measures something else
        (PER_SHARE, "Broadcom Raises Its Qualcomm Offer to $121 Billion", "omission"),
        # ... a cue with a word joined to it: the count before is of both
        (CASH, "Broadcom raised its offer to $82 a share in cash and stock, up from $70.",
         "omission"),
        (CASH, "Broadcom offered $60 a share in cash.", "match"),
        # the Falcon Heavy's fact box: a capitalised label and its value
        (ENGINES, "Stages: 2 Boosters: 2 Cores: 3 Engines: 27 Payload to LEO: 63,800kg", "match"),
        (ENGINES, "Stages: 2 Boosters: 2 Cores: 3 Engines: 28 Payload to LEO: 63,800kg",
         "contradiction"),
        ("id: flying\nkind: quantity\nvalue: 8\ncues: [of flying]",
         "Passengers ended up where they started after eight hours of flying: Los Angeles.",
         "match"),
    ],
)  # fmt: skip
def test_amounts_of_money_labels_and_joined_cues(fact: str, text: str, status: str) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail


@settings(max_examples=60, deadline=None)
@given(scale=st.sampled_from(["million", "billion"]), figure=st.integers(1, 999))
def test_a_figure_a_thousandfold_from_the_expected_one_never_contradicts(
    scale: str, figure: int
) -> None:
    """A price per share never meets a total of millions or billions: context, not a conflict."""
    verdict = check_fact(PER_SHARE, f"Broadcom raised its offer to ${figure} {scale}.")
    assert verdict.status.value != "contradiction", verdict.detail


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a third hostile review's sentences: a coarse value stays exact
        ('id: evac\nkind: quantity\nvalue: "2 million"\ncues: [evacuated]',
         "Officials said 2.4 million people were evacuated.", "contradiction"),
        # a toll a thousandfold off is still a toll: only money a thousandfold a price is apart
        ("id: killed\nkind: quantity\nvalue: 3\ncues: [killed]",
         "The earthquake killed 3,000 people.", "contradiction"),
        # "sterling" alone is no currency
        ("id: price\nkind: quantity\nvalue: 300\nunit: £\ncues: [sold, for]",
         "The auction sold 12 sterling silver spoons for £300.", "match"),
        # a headline's count before a capitalised cue and a colon is the cue's
        ("id: killed\nkind: quantity\nvalue: 3\ncues: [killed]",
         "3 Killed: Gunman Opens Fire at Maryland Office", "match"),
        # the same people twice are counted once
        ("id: arrested\nkind: quantity\nvalue: 12\ncues: [arrested]",
         "Twelve people were arrested and charged in the raid.", "match"),
        ("id: arrested\nkind: quantity\nvalue: 10\ncues: [arrested]",
         "Twelve people were arrested and charged in the raid.", "contradiction"),
    ],
)  # fmt: skip
def test_the_money_label_and_joined_cue_rules_stay_narrow(
    fact: str, text: str, status: str
) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    ("value", "when", "status"),
    [
        # berlin-new-year-safe-zone 005 (an article of 30 December 2017): "last year" is the
        # year before the source's, the fact's own when it says so
        (14, "2016", "match"),
        (20, "2016", "contradiction"),
        (14, "2017-12-31", "omission"),  # of another time than the fact's
    ],
)
def test_last_year_is_the_year_before_the_sources(value: int, when: str, status: str) -> None:
    fact = f"id: q\nkind: quantity\nvalue: {value}\nwhen: {when}\ncues: [sexual assaults]"
    text = "Last year, Berlin police recorded 14 sexual assaults at the event including two rapes."
    verdict = check_fact(fact, text, dt.date(2017, 12, 30), event="2017-12-31")
    assert verdict.status.value == status


@given(
    scale=st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
    hedge=st.sampled_from(["", "nearly ", "about ", "more than "]),
    off=st.sampled_from([0.5, 0.2, 3.0]),
)
@settings(max_examples=40, deadline=None)
def test_half_a_scale_word_is_half_of_it(scale: tuple[str, float], hedge: str, off: float) -> None:
    """ "half a billion dollars" is 0.5 billion, hedged by the words before "half": a figure
    far from it is a contradiction, but above "more than half a billion"."""
    word, size = scale
    fact = f"id: q\nkind: quantity\nvalue: {off * size:.0f}\nunit: $\ncues: [lost]"
    text = f"The exchange said it had lost {hedge}half a {word} dollars in the hack."
    status = check_fact(fact, text).status.value
    if hedge == "more than ":
        assert status == ("match" if off > 0.5 else "contradiction"), text
    else:
        assert status == ("match" if off == 0.5 else "contradiction"), text


def test_half_a_dozen_is_six_and_half_of_a_thing_no_figure() -> None:
    fact = "id: q\nkind: quantity\nvalue: {}\ncues: [hurt, flooded]"
    assert check_fact(fact.format(6), "Half a dozen people were hurt.").status.value == "match"
    assert check_fact(fact.format(12), "Half a dozen people were hurt.").status.value == (
        "contradiction"
    )
    assert check_fact(fact.format(1), "Half the town was flooded.").status.value == "omission"


@pytest.mark.parametrize(
    ("when", "date", "status"),
    [
        # goldman-sachs style: "this year" is a wider period than a day's event, but the
        # fact's own when that is the source's whole year
        ("2017", dt.date(2017, 12, 29), "match"),
        ("2017-12-29", dt.date(2017, 12, 29), "omission"),
        ("2017", dt.date(2018, 1, 3), "omission"),  # the source's year is another
    ],
)
def test_this_year_is_the_facts_own_period_when_its_when_is_that_year(
    when: str, date: dt.date, status: str
) -> None:
    fact = f"id: q\nkind: quantity\nvalue: 140 million\nunit: $\nwhen: {when}\ncues: [worth]"
    text = "Accelerating the stock awards gave tax savings worth $140 million this year."
    assert check_fact(fact, text, date, event="2017-12-29").status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Bitcoin fell to US$6,500 on Monday.", "match"),
        ("Bitcoin fell to US$7,500 on Monday.", "contradiction"),
        ("Bitcoin fell to about US$6,400 on Monday.", "match"),
        # another country's dollars support a fact in "$", never contradict it
        ("Bitcoin fell to HK$6,500 on Monday.", "match"),
        ("Bitcoin fell to HK$50,000 on Monday.", "omission"),
    ],
)
def test_a_currency_sign_after_a_countrys_code(text: str, status: str) -> None:
    fact = "id: q\nkind: quantity\nvalue: 6500\nunit: $\ncues: [fell to]"
    assert check_fact(fact, text).status.value == status, text
