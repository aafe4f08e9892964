"""Sentences of other stories on which the first versions of the rules of 3 December 2026 went
wrong, found by a hostile review (134 sentences, the editor's verdict decided before any run):
each is pinned here at the editor's verdict, which the narrowed rules give (see docs/rules.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import check_fact

# (fact, sentence, event date, source's date, the editor's verdict)
REVIEWED = [
    # r1-due-causal
    (
        'id: f\nkind: "date"\nvalue: "2017-03"\ncues: ["strike"]',
        "The drop in quarterly profit is due to the strike in March at its largest plant.",
        "2017-03-15",
        "2017-12-12",
        "match",
    ),
    # r1-going-proceeds
    (
        'id: f\nkind: "date"\nvalue: "2017-03"\ncues: ["collapse"]',
        "The proceeds are going to families of the victims of the mine collapse in March.",
        "2017-03-15",
        "2017-12-12",
        "match",
    ),
    # r1-hopes-noun
    (
        'id: f\nkind: "date"\nvalue: "2017-05"\ncues: ["final"]',
        "A knee injury ended his hopes to play in the final in May.",
        "2017-05-15",
        "2017-11-15",
        "match",
    ),
    # r1-set-question
    (
        'id: f\nkind: "date"\nvalue: "2017-03"\ncues: ["hit-and-run"]',
        "Police are set to question a man over the hit-and-run in March that left a cyclist paralysed.",
        "2017-03-15",
        "2017-12-12",
        "match",
    ),
    # r1-last-march
    (
        'id: f\nkind: "date"\nvalue: "2017-03"\ncues: ["crash"]',
        "The airline is expected to pay compensation for the crash last March.",
        "2017-03-15",
        "2017-12-12",
        "match",
    ),
    # r2-comma-champion
    (
        'id: f\nkind: "date"\nvalue: "2017-03"\ncues: ["retired"]',
        "In March, last year's champion Tom Baxter retired from the sport.",
        "2017-03-15",
        "2017-12-12",
        "match",
    ),
    # r3-mourners
    (
        'id: f\nkind: "date"\nvalue: "2017-12-25"\ncues: ["attack"]',
        "On Sunday, mourners gathered at the church hit by the attack.",
        "2017-12-25",
        "2017-12-31",
        "omission",
    ),
    # r4-nye-party
    (
        'id: f\nkind: "date"\nvalue: "2017-12-31"\ncues: ["shot"]',
        "A teenager was shot at a New Year's Eve party in Houston.",
        "2017-12-31",
        "2018-01-02",
        "match",
    ),
    # r4-attack-killed
    (
        'id: f\nkind: "date"\nvalue: "2016-12-25"\ncues: ["killed"]',
        "The Christmas Day attack killed nine people in Kabul.",
        "2016-12-25",
        "2016-12-27",
        "match",
    ),
    # r5-plead
    (
        'id: f\nkind: "date"\nvalue: "2018-01-01"\ncues: ["attack"]',
        "The suspect is expected to plead guilty to the New Year's Day attack.",
        "2018-01-01",
        "2018-03-01",
        "match",
    ),
    # r5-q-review
    (
        'id: f\nkind: "quantity"\nvalue: 1600\ncues: ["officers"]\nwhen: "2017-12-31"',
        "Police will review the New Year's Eve operation, which involved 1,600 officers.",
        "2017-12-31",
        "2018-01-03",
        "match",
    ),
    # r6-more-than
    (
        'id: f\nkind: "quantity"\nvalue: 30\ncues: ["arrests"]\nwhen: "2017"',
        "Police made 40 arrests, 10 more than last year.",
        "2017-12-31",
        "2018-01-02",
        "omission",
    ),
    # r6-champion
    (
        'id: f\nkind: "quantity"\nvalue: 21\ncues: ["scored"]\nwhen: "2016"',
        "Last year's champion scored 14 points in the final.",
        "2017-12-31",
        "2017-12-12",
        "omission",
    ),
    # b2-expected-possessive
    (
        'id: f\nkind: "date"\nvalue: "2018-01-06"\ncues: ["fire"]',
        "Investigators are expected to name the cause of Saturday's fire within weeks.",
        "2018-01-06",
        "2018-01-09",
        "match",
    ),
    # b2-r3-admitted
    (
        'id: f\nkind: "date"\nvalue: "2017-11"\ncues: ["sold"]',
        "On Monday, the minister admitted the ship had been sold to a Chinese firm.",
        "2017-11-15",
        "2017-12-28",
        "omission",
    ),
    # b2-r4-flights
    (
        'id: f\nkind: "date"\nvalue: "2017-12-24"\ncues: ["grounded"]',
        "Christmas Eve flights were grounded by the snow.",
        "2017-12-24",
        "2017-12-27",
        "match",
    ),
    # b2-r6-twice
    (
        'id: f\nkind: "quantity"\nvalue: 14\ncues: ["assaults"]\nwhen: "2016"',
        "Police recorded 28 assaults, twice as many as last year.",
        "2017-12-31",
        "2017-12-12",
        "omission",
    ),
]


@pytest.mark.parametrize(("fact", "text", "event", "said", "editor"), REVIEWED)
def test_a_reviewed_sentence_gets_the_editors_verdict(
    fact: str, text: str, event: str, said: str, editor: str
) -> None:
    verdict = check_fact(fact, text, dt.date.fromisoformat(said), event=event)
    assert verdict.status.value == editor, (text, verdict.detail)
