"""The engine on the seeds: the whole hand-annotated verdict table, with its evidence."""

from __future__ import annotations

import random
from typing import Any

import pytest
import yaml

from factcheck.engine import check
from factcheck.model import Expectations, Report, Source, Status
from tests.conftest import DATA

ANNOTATION: dict[str, dict[str, dict[str, Any]]] = yaml.safe_load(
    (DATA / "annotations" / "albab-airstrike.yaml").read_text(encoding="utf-8")
)["verdicts"]
CELLS = [(source, fact) for source, facts in ANNOTATION.items() for fact in facts]
PARTIAL_EVIDENCE = {"location", "isis"}  # many mentions: the annotation pins the first only


def _cell(report: Report, source_name: str, fact: str) -> Any:
    [verdict] = [
        v for v in report.verdicts if v.fact == fact and v.source.rsplit("/", 1)[-1] == source_name
    ]
    return verdict


def test_every_fact_and_source_has_exactly_one_verdict(seed_report: Report) -> None:
    pairs = [(v.fact, v.source) for v in seed_report.verdicts]
    assert len(pairs) == len(set(pairs)) == len(seed_report.expectations.facts) * 5
    assert len(CELLS) == len(pairs)


@pytest.mark.parametrize(("source", "fact"), CELLS, ids=[f"{s[:3]}-{f}" for s, f in CELLS])
def test_seed_cell_matches_the_hand_annotation(seed_report: Report, source: str, fact: str) -> None:
    expected = ANNOTATION[source][fact]
    verdict = _cell(seed_report, source, fact)
    assert verdict.status == Status(expected["status"])
    assert verdict.reason == expected["reason"]
    assert verdict.found == expected["found"]
    assert verdict.suggestion == expected.get("suggestion")
    shown = [f"{e.stance.value} {e.line}:{e.column} {e.text}" for e in verdict.evidence]
    if fact in PARTIAL_EVIDENCE:
        assert shown[: len(expected["evidence"])] == expected["evidence"]
    else:
        assert shown == expected["evidence"]


def test_seed_totals_match_the_annotation(seed_report: Report) -> None:
    counts = seed_report.counts()
    annotated = [cell["status"] for facts in ANNOTATION.values() for cell in facts.values()]
    assert counts[Status.MATCH] == annotated.count("match") == 38
    assert counts[Status.OMISSION] == annotated.count("omission") == 8
    assert counts[Status.CONTRADICTION] == annotated.count("contradiction") == 4


def test_every_evidence_span_slices_back_to_its_text(seed_report: Report) -> None:
    texts = {source.id: source for source in seed_report.sources}
    for verdict in seed_report.verdicts:
        source = texts[verdict.source]
        for evidence in verdict.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.text
            line = source.text.split("\n")[evidence.line - 1]
            assert line[evidence.column - 1 :].startswith(evidence.text.split("\n")[0])


def test_contradictions_show_conflicting_and_supporting_words(seed_report: Report) -> None:
    for verdict in seed_report.verdicts:
        if verdict.status is Status.CONTRADICTION:
            assert any(e.stance.value == "conflicts" for e in verdict.evidence), verdict
        if verdict.status is Status.MATCH:
            assert verdict.evidence and all(e.stance.value == "supports" for e in verdict.evidence)


def test_verdicts_do_not_depend_on_the_order_of_sources_or_facts(
    albab: Expectations, seed_sources: tuple[Source, ...], seed_report: Report
) -> None:
    rng = random.Random(7)
    for _ in range(5):
        sources = list(seed_sources)
        facts = list(albab.facts)
        rng.shuffle(sources)
        rng.shuffle(facts)
        shuffled = Expectations(
            path=albab.path, event=albab.event, facts=tuple(facts), sources=albab.sources
        )
        report = check(shuffled, sources)
        assert set(report.verdicts) == set(seed_report.verdicts)


def test_every_kind_in_the_schema_has_a_checker() -> None:
    import json
    from importlib.resources import files

    from factcheck.match import KINDS

    schema = json.loads((files("factcheck") / "schema" / "expectations.schema.json").read_text())
    assert set(_enum_values(schema, "kind")) == set(KINDS)


def _enum_values(node: Any, key: str) -> list[str]:
    """Every ``enum`` listed under a property named ``key`` anywhere in the schema."""
    found: list[str] = []
    if isinstance(node, dict):
        for name, value in node.items():
            if name == key and isinstance(value, dict) and "enum" in value:
                found.extend(value["enum"])
            found.extend(_enum_values(value, key))
    elif isinstance(node, list):
        for item in node:
            found.extend(_enum_values(item, key))
    return found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Troops entered alBab on Thursday.", "alBab"),  # the hyphenated name written as one
        ("Troops entered al Bab on Thursday.", "al Bab"),
        ("Troops entered Al-Bab on Thursday.", "Al-Bab"),
        ("Ibrahim Kal\u0131n spoke in al-Bab.", "al-Bab"),  # a dotless i elsewhere
    ],
)
def test_a_place_is_found_however_its_hyphenated_name_is_joined(sentence: str, found: str) -> None:
    from factcheck.loader import load
    from tests.conftest import ROOT

    expectations = load(str(ROOT / "expectations" / "albab-airstrike.yaml"))
    source = Source.from_text(id="s.txt", text=sentence)
    (verdict,) = [v for v in check(expectations, [source]).verdicts if v.fact == "location"]
    assert verdict.status is Status.MATCH
    assert verdict.evidence[0].text == found


NAMES_AND_ACRONYMS = """
event: names and acronyms written loosely
facts:
  - id: akar
    kind: name
    value: General Hulusi Akar
    allow: [O'Neill]
  - id: g7
    kind: mention
    value: Group of Seven
    aliases: [G-7]
"""


@pytest.mark.parametrize(
    ("text", "fact", "status", "found"),
    [
        ("'Akor Hulusi' said.", "akar", Status.CONTRADICTION, "Akor Hulusi"),  # quoted
        ("Then Akor met 'Akor Hulusi' today.", "akar", Status.CONTRADICTION, "Akor Hulusi"),
        ("He met O'Neill Akor today.", "akar", Status.CONTRADICTION, "O'Neill Akor"),  # allowed
        ("Then Akor met him.", "akar", Status.OMISSION, None),  # not next to the name
        ("The group said G7 leaders met.", "g7", Status.MATCH, "G7"),  # the hyphen dropped
        ("THE G 7 MET", "g7", Status.MATCH, "G 7"),
    ],
)
def test_names_and_acronyms_are_judged_however_they_are_set_off(
    text: str, fact: str, status: Status, found: str | None
) -> None:
    from factcheck.loader import loads

    (verdict,) = [
        v
        for v in check(
            loads(NAMES_AND_ACRONYMS), [Source.from_text(id="s.txt", text=text)]
        ).verdicts
        if v.fact == fact
    ]
    assert verdict.status is status
    assert verdict.found == found


def test_a_lone_surrogate_in_a_text_is_checked_like_any_other_character() -> None:
    """JSON text may carry one ("\\ud83d"); it must not stop the check."""
    from factcheck.loader import load
    from tests.conftest import ROOT

    expectations = load(str(ROOT / "expectations" / "albab-airstrike.yaml"))
    source = Source.from_text(id="s.txt", text="Troops entered al-Bab \ud83d on Thursday.")
    report = check(expectations, [source])
    location = next(v for v in report.verdicts if v.fact == "location")
    assert location.status is Status.MATCH
    assert len(report.verdicts) == len(expectations.facts)


@pytest.mark.parametrize(
    ("text", "fact", "found", "words"),
    [
        ("Kremlin\nspokesman   Dmitry\nPeskov said so.", "spokesman", "Dmitry Peskov, spokesman", "spokesman   Dmitry\nPeskov"),
        ("Russian President Vladimir\nPutin expressed condolences.", "putin", "Vladimir Putin", "Vladimir\nPutin"),
        ("Fighters of the Islamic\nState held the town.", "isis", "Islamic State", "Islamic\nState"),
    ],
)  # fmt: skip
def test_found_is_one_line_while_the_evidence_keeps_the_words_as_written(
    albab: Expectations, text: str, fact: str, found: str, words: str
) -> None:
    from factcheck.sources import source_from_text

    report = check(albab, [source_from_text(text, id="wrapped.txt")])
    [verdict] = [v for v in report.verdicts if v.fact == fact]
    assert verdict.found == found
    assert words in [item.text for item in verdict.evidence]
