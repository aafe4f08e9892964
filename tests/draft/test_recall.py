"""The recall of every hand-written expectation file by its draft, printed per file (run with
``-s`` to see it), beside the facts the draft proposes and the facts a draft could find at
all: those that enough sources state as ``check`` reads the written file (a draft never
invents). The target is 80% per file; the floor below is what the draft reaches today, so
that a change can only raise it."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from factcheck.draft import draft
from factcheck.draft.recall import drafted_expectations, recall, same_fact
from factcheck.engine import check
from factcheck.loader import load, loads
from factcheck.model import Fact
from factcheck.sources import default_sources, read_sources

ROOT = Path(__file__).resolve().parent.parent.parent
# files written after the draft's rules were grown, for the fourth development set (2
# December): how the draft does on stories nobody tuned it for, with --min-sources 2 and 1.
# Their floors are what it reaches on them when they came; the floors below are the others'.
UNSEEN = {
    "north-korea-oil-transfers-2017.yaml": {2: 10, 1: 10},
    "united-tokyo-flight-return-2017.yaml": {2: 10, 1: 11},
    # the fifth development set's (2 December, later)
    "broadcom-qualcomm-offer-2018.yaml": {2: 8, 1: 10},
    "falcon-heavy-first-launch-2018.yaml": {2: 6, 1: 9},
    # the sixth's (2 December, later still)
    "nyc-subway-work-trains-2017.yaml": {2: 8, 1: 9},
    "china-boy-well-2016.yaml": {2: 6, 1: 6},
    "rhine-cruise-ship-bridge-2017.yaml": {2: 8, 1: 8},
    # the seventh's (2 December, later)
    "australia-beach-fireworks-2017.yaml": {2: 7, 1: 7},
    "louisiana-email-scammer-arrest-2017.yaml": {2: 8, 1: 9},
    "morsi-sentence-2017.yaml": {2: 5, 1: 9},
    # the eighth's (2 December, later)
    "tarantino-thurman-crash-2018.yaml": {2: 5, 1: 6},
    "hawaiian-new-year-flight-2018.yaml": {2: 5, 1: 6},
    "new-england-meteor-2017.yaml": {2: 7, 1: 11},
    "rich-dauer-blood-clot-2017.yaml": {2: 6, 1: 8},
    # the ninth's (2 December, last)
    "tiangong-1-falling-2017.yaml": {2: 6, 1: 8},
    "kim-jong-un-olive-branch-2018.yaml": {2: 4, 1: 6},
    "bruce-arians-retirement-2018.yaml": {2: 6, 1: 8},
    # the tenth's (3 December)
    "goldman-sachs-tax-charge-2017.yaml": {2: 7, 1: 8},
    "berlin-new-year-safe-zone-2017.yaml": {2: 6, 1: 9},
    "bitcoin-below-6000-2018.yaml": {2: 4, 1: 6},
}
WRITTEN = [p for p in sorted((ROOT / "expectations").glob("*.yaml")) if p.name not in UNSEEN]
# measured over all the files together: 147 with both rounds below: 142 of 201
# with a person's age in apposition as a claim (Ahed Tamimi's "Tamimi, 16,"); 146 with who went
# out ("Massa crashed out"), 145 with who won and who came second ("Lewis Hamilton eventually
# won", "Rosberg finished second"), 143 with the moments of a race ("suspended on lap 20",
# "Lap 48 Felipe Massa has a smash"), 141 before, once the claim drafters and the
# drafters of counts, names and dates of 2 December came together (138 with the claims alone:
# negated accounts two sources write alike, "did not appear to be attacking"; the clause of an
# adverb of accident, Erie's "a decimal point was accidentally moved"; quotations two sources
# write, Las Vegas' "no connection"; motives, assessments, "following", scores and ranks; 129
# with the others alone: a further value of a noun tied to the words two sources write near
# it, "19 points clear"; a name always written before one noun as a mention of both, "Social
# Security numbers"; a date one source gives to the day and another to its month, Equifax's
# "July 29" and "in July"), 126 before (116 before measures in units of time and in the
# story's own units: "a 17-minute rain delay", "a 3-year-old boy", "a 10-inning victory"; 120
# with the drafter's measures alone, before ``same_fact`` took a count of days for a measure
# in days; 122 with both, 123 with years alone, "since 1908", before the titles of players and
# drivers, "closer Aroldis Chapman"; 125 with them, before "Cincinnati Children's Hospital"
# was read as one name). It was 117 before the count rules a hostile review narrowed on 2
# December; MH370's no-shows went.
FLOOR = 147 / 201
# with --min-sources 1 (many written facts come from one source): 176 with the people a story
# introduces by an office, a title or an age kept past the cap of names (MH370's "acting
# Malaysian Transport Minister Hishammuddin Hussein", "Delavar Seyed Mohammadreza, 29"); 174
# with a further precise
# value of a noun, one source enough (Equifax's "contact 693,665 consumers"); 173 with both rounds
# below together: 165 with ages in apposition, 164 with a timeline's entry read as a moment and
# a drafted time taken for a written claim of times (MH370's take-off, "00:41, 8 March: ...
# departed"); 171 with who went out, 170 with two things said to be unrelated (Equifax's "the
# two are unrelated", one source), 169 with who won and who came second, 167 with the moments
# of a race (the Grand Prix's four laps); 163 with both rounds before (159 with
# the claims alone: 158 before negated accounts, 157 before the adverbs of accident, 155 before
# quotations, 147 before motives, assessments, scores and ranks; 151 with the others alone:
# "19 points clear", the names written again first under the cap, "Social Security numbers",
# two near-miss spellings of a name ranked as one, Mazar's "Faiz" and "Fayez"), 147 with the
# causes after a cause word as claims (the seeds' "due to a lack of agreement of coordinates",
# one source), 146 before
FLOOR_SINGLE = 176 / 201
PER_FILE = 0.8


@pytest.mark.parametrize(("min_sources", "floor"), [(2, FLOOR), (1, FLOOR_SINGLE)])
def test_recall_of_every_written_file_is_printed_and_stays_above_the_floor(
    min_sources: int, floor: float
) -> None:
    found = total = reachable = 0
    below: list[str] = []  # files under 80%, the goal for each file
    print(f"\n--min-sources {min_sources}")
    for path in WRITTEN:
        got, facts, enough = _recall_printed(path, min_sources)
        found, total, reachable = found + got, total + facts, reachable + enough
        if got / facts < PER_FILE:
            below.append(path.name)
    print(
        f"all files: recall {found}/{total} = {found / total:.0%}"
        f" ({reachable} written facts stated by {min_sources}+ sources)"
    )
    assert found / total >= floor
    # with --min-sources 1 every file reaches 80% (with 2, a draft that never invents cannot
    # for files most of whose facts one source states: MH370's 7 of 14, Las Vegas' 8 of 14)
    assert min_sources == 2 or not below, below


@pytest.mark.parametrize("min_sources", [2, 1])
@pytest.mark.parametrize("name", sorted(UNSEEN))
def test_recall_on_files_written_after_the_drafts_rules_stays_above_its_floor(
    name: str, min_sources: int
) -> None:
    got, _, _ = _recall_printed(ROOT / "expectations" / name, min_sources)
    assert got >= UNSEEN[name][min_sources]


def _recall_printed(path: Path, min_sources: int) -> tuple[int, int, int]:
    """The written facts of ``path`` its draft finds, its facts, and those ``min_sources`` or
    more sources state as ``check`` reads the file; printed on one line."""
    written = load(str(path))
    sources = read_sources(default_sources(written))
    started = time.perf_counter()
    story = draft(sources, min_sources=min_sources)
    seconds = time.perf_counter() - started
    drafted = drafted_expectations(story)
    result = recall(written, drafted)
    assert check(drafted, sources).verdicts  # what it proposes checks
    stated = Counter(v.fact for v in check(written, sources).verdicts if v.status == "match")
    enough = sum(stated[fact.id] >= min_sources for fact in written.facts)
    print(
        f"{path.name}: recall {len(result.found)}/{len(written.facts)} = {result.ratio:.0%}"
        f" ({len(story.proposals)} proposed from {len(sources)} sources in {seconds:.2f}s;"
        f" {enough} written facts stated by {min_sources}+ sources);"
        f" missed: {', '.join(result.missed)}"
    )
    return len(result.found), len(result.found) + len(result.missed), enough


DRAFTED = """\
event: e
facts:
  - {id: a, kind: quantity, value: 8700000, cues: [subscribers]}
  - {id: b, kind: date, value: 2017-02-09, cues: [strike]}
  - {id: c, kind: role, person: Dmitry Peskov, role: Kremlin spokesman}
  - {id: d, kind: name, value: Hulusi Akar, variants: [General Hulusi Akar]}
  - {id: e, kind: quantity, value: 284 billion, unit: $, cues: [bill]}
  - {id: f, kind: date, value: 2017-12, cues: [filmed]}
  - {id: g, kind: time, value: "07:09", cues: [flew]}
  - {id: h, kind: quantity, value: 8, unit: days, cues: [remand]}
"""
WRITTEN_FACTS = """\
event: e
facts:
  - {id: same-number, kind: quantity, value: 8.7 million, cues: [customers]}
  - {id: other-number, kind: quantity, value: 8.6 million, cues: [customers]}
  - {id: same-date, kind: date, value: 2017-02-09, cues: [killed]}
  - {id: coarser-date, kind: date, value: 2017-02, cues: [killed]}
  - {id: other-month, kind: date, value: 2017-03, cues: [killed]}
  - {id: finer-date, kind: date, value: 2017-12-15, cues: [filmed]}
  - {id: other-day, kind: date, value: 2017-11-30, cues: [filmed]}
  - {id: same-office, kind: role, person: Dmitry Peskov, role: "Putin's spokesman"}
  - {id: other-office, kind: role, person: Dmitry Peskov, role: press secretary}
  - {id: common-form, kind: mention, value: General Hulusi Akar}
  - {id: other-name, kind: name, value: Akar}
  - {id: precise-amount, kind: quantity, value: 284460000000, unit: $, cues: [bill]}
  - {id: other-amount, kind: quantity, value: 285460000000, unit: $, cues: [bill]}
  - {id: other-unit, kind: quantity, value: 284 billion, unit: won, cues: [bill]}
  - {id: near-time, kind: time, value: "07:06", tolerance: 5min, cues: [flew over]}
  - {id: other-time, kind: time, value: "07:16", tolerance: 5min, cues: [landed]}
  - {id: days-as-subjects, kind: quantity, value: 8, cues: [remand], subjects: [day, days]}
  - {id: soldiers, kind: quantity, value: 8, cues: [remand], subjects: [soldiers]}
  - {id: days-and-soldiers, kind: quantity, value: 8, cues: [remand], subjects: [days, soldiers]}
  - {id: other-days, kind: quantity, value: 9, cues: [remand], subjects: [days]}
"""


@pytest.mark.parametrize(
    ("written_id", "same"),
    [
        ("same-number", True),
        ("other-number", False),
        ("same-date", True),
        ("coarser-date", True),  # a source writing "February 9, 2017" matches it in `check`
        ("other-month", False),
        ("finer-date", True),  # "December 2017" in a source matches it: no source gives the day
        ("other-day", False),
        ("same-office", True),
        ("other-office", False),
        ("common-form", True),
        ("other-name", False),
        ("precise-amount", True),  # a source writing "$284 billion" matches it in `check`
        ("other-amount", False),
        ("other-unit", False),
        ("near-time", True),  # a source writing "07:09" matches it in `check`
        ("other-time", False),
        ("days-as-subjects", True),  # "for eight days": a count of days is a measure in days
        ("soldiers", False),
        ("days-and-soldiers", False),
        ("other-days", False),
    ],
)
def test_the_same_fact_is_the_same_kind_and_value(written_id: str, same: bool) -> None:
    drafted = loads(DRAFTED).facts
    written = loads(WRITTEN_FACTS).fact(written_id)
    assert any(same_fact(written, fact) for fact in drafted) is same


def test_one_drafted_fact_stands_for_one_written_fact() -> None:
    twice = loads(
        WRITTEN_FACTS.replace(
            "other-number, kind: quantity, value: 8.6", "again, kind: quantity, value: 8.7"
        )
    )
    result = recall(twice, loads(DRAFTED))
    assert "same-number" in result.found and "again" in result.missed


CLAIMS = [
    (path.stem, fact) for path in WRITTEN for fact in load(str(path)).facts if fact.kind == "claim"
]


def _drafted_claim(*phrases: str) -> Fact:
    """A claim as the draft writes it: one variant, named by its first phrase."""
    listed = ", ".join(f'"{phrase}"' for phrase in phrases)
    text = f'event: e\nfacts:\n  - {{id: c, kind: claim, value: "{phrases[0]}", variants: {{"{phrases[0]}": [{listed}]}}}}\n'
    return loads(text).facts[0]


def _written_claim(stem: str, fact_id: str) -> Fact:
    return next(fact for name, fact in CLAIMS if name == stem and fact.id == fact_id)


@pytest.mark.parametrize(
    ("stem", "fact_id", "phrases", "same"),
    [
        # a drafted phrase holding a written phrase of the expected variant
        ("albab-airstrike", "cause", ["a lack of coordination"], True),
        ("erie-electric-bill", "cause", ["a misplaced decimal point"], True),
        ("kt-data-hack", "buyers", ["telemarketers"], True),
        ("chibok-release", "swap", ["in exchange for"], True),
        # a written pattern matching a drafted phrase
        ("brazil-grand-prix-2016", "massa-exit", ["Massa crashed"], True),
        ("north-korea-missile-2017-09", "tests-this-year", ["the 15th missile test"], True),
        # a written phrase holding the drafted one
        ("cincinnati-zoo-gorilla-2016", "endangered-status", ["critically endangered"], True),
        # the competing account is another value, not the same fact
        ("albab-airstrike", "cause", ["wrong coordinates"], False),
        ("kt-data-hack", "rank", ["largest mobile operator"], False),
        ("mazar-consulate-attack", "vehicle", ["truck bomb"], False),
        ("north-korea-missile-2017-09", "landing-sea", ["Sea of Japan"], False),
        # words of the story that say something else
        ("albab-airstrike", "cause", ["Turkish soldiers"], False),
        ("erie-electric-bill", "cause", ["a $284 billion bill"], False),
    ],
)
def test_a_drafted_claim_is_the_written_one_when_its_phrases_state_the_expected_variant(
    stem: str, fact_id: str, phrases: list[str], same: bool
) -> None:
    assert same_fact(_written_claim(stem, fact_id), _drafted_claim(*phrases)) is same


@pytest.mark.parametrize(("stem", "claim"), CLAIMS, ids=[f"{s}:{c.id}" for s, c in CLAIMS])
def test_a_written_claim_is_its_own_twin_and_no_other_claim_of_its_file(
    stem: str, claim: Fact
) -> None:
    assert same_fact(claim, claim)
    others = [fact for name, fact in CLAIMS if name == stem and fact.id != claim.id]
    assert not [fact.id for fact in others if same_fact(claim, fact)]


@pytest.mark.parametrize(("value", "same"), [("00:41", True), ("00:21", False), ("08:11", False)])
def test_a_drafted_time_is_a_written_claim_of_times_when_it_states_the_expected_one(
    value: str, same: bool
) -> None:
    """MH370's take-off: 005 writes "00:41", 002 "12:21 a.m."; the file writes a claim."""
    drafted = loads(
        f'event: e\nfacts:\n  - {{id: t, kind: time, value: "{value}", cues: [took]}}\n'
    )
    assert (
        same_fact(_written_claim("mh370-disappearance", "takeoff-time"), drafted.facts[0]) is same
    )
