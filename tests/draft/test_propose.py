"""``draft``: the expectation file it writes for the seeds (a golden file), and the promises
every draft keeps: it validates, ``check`` runs it unchanged and gives the verdicts its comments
show, and every value it proposes is stated by enough sources."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.draft import draft
from factcheck.draft.verify import states_value
from factcheck.draft.write import render_yaml
from factcheck.engine import check
from factcheck.loader import loads
from factcheck.model import Source
from factcheck.sources import source_from_text

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
REGENERATE = os.environ.get("FACTCHECK_REGEN_GOLDEN") == "1"


def test_draft_of_the_seeds_matches_the_golden_file(seed_sources: tuple[Source, ...]) -> None:
    """The seeds' draft, byte for byte as reviewed (FACTCHECK_REGEN_GOLDEN=1 rewrites it)."""
    text = render_yaml(draft(seed_sources, globs=["../../../seeds/*.txt"]))
    golden = GOLDEN / "draft-seeds.yaml"
    if REGENERATE:
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"regenerated {golden}")
    assert text == golden.read_text(encoding="utf-8")


def test_the_seeds_draft_proposes_the_written_facts_it_can_read(
    seed_sources: tuple[Source, ...],
) -> None:
    """The counts, the date, the spokesman and the names of the seeds, with their values."""
    story = draft(seed_sources)
    keys = {p.candidate.id: p.candidate.keys for p in story.proposals}
    assert story.date == "2017-02-09"
    assert keys["killed"]["value"] == 3
    assert keys["injured"]["value"] == 11
    assert keys["spokesman"]["person"] == "Dmitry Peskov"
    assert keys["spokesman"]["role"] == "Kremlin spokesman"
    assert keys["al-bab"]["value"] == "al-Bab"
    assert keys["hulusi-akar"]["variants"] == ["General Hulusi Akar"]


def test_a_misspelt_name_is_a_suspected_misspelling_not_a_variant(
    seed_sources: tuple[Source, ...],
) -> None:
    """004 writes "Vladimit Putin" once: the comment says so, the variants do not list it."""
    text = render_yaml(draft(seed_sources))
    assert "004: President Vladimit Putin (suspected misspelling)" in text
    assert "Vladimit" not in "".join(line for line in text.splitlines() if "variants" in line)


def test_the_draft_validates_and_check_gives_the_verdicts_its_comments_show(
    seed_sources: tuple[Source, ...],
) -> None:
    story = draft(seed_sources)
    expectations = loads(render_yaml(story), "draft.yaml")
    report = check(expectations, seed_sources)
    by_cell = {(v.fact, v.source): str(v.status) for v in report.verdicts}
    for proposal in story.proposals:
        for source, statement in zip(seed_sources, proposal.statements, strict=True):
            assert by_cell[(proposal.candidate.id, source.id)] == statement.status


@pytest.mark.parametrize("min_sources", [1, 2, 3])
def test_every_proposed_value_is_stated_by_min_sources_sources(
    seed_sources: tuple[Source, ...], min_sources: int
) -> None:
    story = draft(seed_sources, min_sources=min_sources)
    assert story.proposals
    assert all(states_value(p) >= min_sources for p in story.proposals)


def test_a_value_only_one_source_states_needs_min_sources_1() -> None:
    """ "Five people were killed" in one article of two: proposed only with --min-sources 1."""
    sources = [
        source_from_text("Five people were killed in the blast on Monday.\n", id="a.txt"),
        source_from_text("The blast shook the town.\n", id="b.txt"),
    ]
    assert not [p for p in draft(sources).proposals if p.candidate.kind == "quantity"]
    single = [p for p in draft(sources, min_sources=1).proposals if p.candidate.kind == "quantity"]
    assert [p.candidate.keys["value"] for p in single] == [5]
    assert [s.status for s in single[0].statements] == ["match", "omission"]


def test_facts_the_sources_disagree_on_come_first(seed_sources: tuple[Source, ...]) -> None:
    ranks = [(-p.disagreeing, -states_value(p)) for p in draft(seed_sources).proposals]
    assert ranks == sorted(ranks)
    assert ranks[0][0] < 0


def test_long_source_labels_are_cut_to_the_shortest_prefix_that_tells_them_apart() -> None:
    """JSONL record ids are long hashes; the comments name them by six characters or more."""
    sources = [
        source_from_text("Five people were killed on Monday.\n", id=f"story.jsonl#{hash_}")
        for hash_ in ("0e7ab2ce71c1bce03040", "0e7ab3ff00000000", "4b279c9487149d19")
    ]
    assert draft(sources).labels == ("0e7ab2", "0e7ab3", "4b279c")


def test_the_checker_not_the_scanner_says_how_many_sources_state_a_fact() -> None:
    """MH370: the role scanner pairs a title and a name in 002 only; the role checker reads
    the title with its complement in 001 too: two sources state it, so it is proposed."""
    sources = [
        source_from_text(
            "At a conference, the director-general of Malaysia's Civil Aviation body, "
            "Azharuddin Abdul Rahman, said officials were still struggling.\n",
            id="001.txt",
        ),
        source_from_text(
            "Department of Civil Aviation (DCA) Director-General Azharuddin Abdul Rahman "
            "said so.\n",
            id="002.txt",
        ),
    ]
    [role] = [p for p in draft(sources).proposals if p.candidate.kind == "role"]
    assert role.candidate.keys["person"] == "Azharuddin Abdul Rahman"
    assert [s.status for s in role.statements] == ["match", "match"]


def test_a_count_of_a_noun_the_same_sources_state_as_an_event_count_is_not_repeated() -> None:
    """The seeds: "wounding 11 others" is the 11 of the injured, not a count of others."""
    sources = [
        source_from_text(f"The strike killed three soldiers and wounding 11 others, {x}.\n", id=x)
        for x in ("a", "b")
    ]
    counts = [p.candidate.keys for p in draft(sources).proposals if p.candidate.kind == "quantity"]
    assert [(c["id"], c["value"]) for c in counts if c["value"] == 11] == [("injured", 11)]


def _counts_drafted(*texts: str) -> dict[str, object]:
    sources = [
        source_from_text(f"date: 2016-11-11\n\n{text}\n", id=f"{i}.txt")
        for i, text in enumerate(texts)
    ]
    story = draft(sources)
    return {p.candidate.id: p.candidate.keys["value"] for p in story.proposals}


def test_of_counts_as_stated_the_one_more_sources_write_is_the_value() -> None:
    """Mazar-i-Sharif: "at least two" agrees with 6 and with 32 alike; two sources write 6,
    one writes 32 (another strike's dead): the count of the killed is 6."""
    found = _counts_drafted(
        "A suicide bomber killed at least six people on Thursday.",
        "The bombing killed at least six people, police said.",
        "At least two people were killed in the bombing.",
        "At least two people died, police said.",
        "Airstrikes this month left 32 people dead. The bomber killed at least four people.",
    )
    assert found["killed"] == 6


def test_a_nouns_count_that_an_event_words_count_says_gives_way_to_its_next_value() -> None:
    """Chibok: "21 schoolgirls" is the count of the freed, written by more sources than the
    276 kidnapped (as many state each); what the noun adds is the 276."""
    found = _counts_drafted(
        "Boko Haram freed 21 schoolgirls on Thursday.",
        "The 21 schoolgirls were freed on Thursday.",
        "Officials said 21 schoolgirls were freed.",
        "Boko Haram seized 276 schoolgirls from their school.",
        "The group seized 276 schoolgirls from Chibok.",
        "More than 200 schoolgirls were seized.",
    )
    assert found["freed"] == 21
    assert found["schoolgirls"] == 276


def test_a_count_no_source_writes_is_not_proposed() -> None:
    """Mazar-i-Sharif: the 32 civilians of last month's strikes are another event's; the
    checker reads "at least four" and "at least six" as agreeing with 32, but no source
    stating it writes 32: no count of civilians of 32."""
    found = _counts_drafted(
        "A suicide bomber killed at least four civilians on Thursday. The Taliban said the"
        " bombing was a revenge attack for US air strikes this month in Kunduz that left 32"
        " civilians dead.",
        "A suicide bomber killed at least six civilians on Thursday. The Taliban called it a"
        " revenge attack for US airstrikes in Kunduz earlier this month that left up to 32"
        " civilians dead.",
        "At least six civilians were killed in the bombing on Thursday, police said.",
    )
    assert found["killed"] == 6
    assert 32 not in found.values()


def test_a_cause_two_sources_give_is_a_claim_that_validates_and_checks() -> None:
    """Made up, after the seeds' "due to a lack of agreement of coordinates": the claim
    carries the sources that state it, and `check` gives the verdicts its comment shows."""
    sources = [
        source_from_text("The strike happened due to a lack of coordination.\n", id="a.txt"),
        source_from_text(
            "Officials blamed it on the weather; it was caused by lack of coordination between the armies.\n",
            id="b.txt",
        ),
        source_from_text("The strike was not caused by a lack of coordination.\n", id="c.txt"),
        source_from_text("The strike killed three soldiers.\n", id="d.txt"),
    ]
    story = draft(sources)
    [claim] = [p for p in story.proposals if p.candidate.kind == "claim"]
    assert claim.candidate.keys["value"] == "lack of coordination"
    assert [s.status for s in claim.statements] == ["match", "match", "contradiction", "omission"]
    report = check(loads(render_yaml(story), "draft.yaml"), sources)
    cells = [str(v.status) for v in report.verdicts if v.fact == claim.candidate.id]
    assert cells == [s.status for s in claim.statements]


def test_a_quotation_and_a_denial_of_the_same_words_are_one_claim() -> None:
    # Las Vegas (006 and 002): "no connection" is quoted, and written after a negation
    sources = [
        source_from_text('FBI says gunman had "no connection" to terrorist group.\n', id="a.txt"),
        source_from_text(
            "We have determined, to this point, no connection with a terrorist group.\n",
            id="b.txt",
        ),
    ]
    claims = [p for p in draft(sources).proposals if p.candidate.kind == "claim"]
    assert [p.candidate.keys["value"] for p in claims] == ["no connection"]
    assert states_value(claims[0]) == 2
