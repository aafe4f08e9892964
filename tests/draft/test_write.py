"""The disagreement report of the seeds, Markdown and JSON, pinned as golden files
(``FACTCHECK_REGEN_GOLDEN=1`` rewrites them), and the comment a fact gets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.draft import draft
from factcheck.draft.model import Candidate, Proposal, Statement
from factcheck.draft.write import render_json, render_markdown, summary
from factcheck.model import Source

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
REGENERATE = os.environ.get("FACTCHECK_REGEN_GOLDEN") == "1"


@pytest.mark.parametrize(
    ("render", "name"), [(render_markdown, "draft-seeds.md"), (render_json, "draft-seeds.json")]
)
def test_disagreement_report_of_the_seeds_matches_the_golden_file(
    seed_sources: tuple[Source, ...], render: object, name: str
) -> None:
    assert callable(render)
    text = render(draft(seed_sources, globs=["seeds/*.txt"]))
    golden = GOLDEN / name
    if REGENERATE:
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"regenerated {golden}")
    assert text == golden.read_text(encoding="utf-8")


def test_json_report_carries_every_statement_with_its_line(
    seed_sources: tuple[Source, ...],
) -> None:
    facts = json.loads(render_json(draft(seed_sources)))["facts"]
    putin = next(fact for fact in facts if fact["id"] == "vladimir-putin")
    last = putin["statements"][-1]
    assert last == {
        "source": "004",
        "status": "contradiction",
        "said": "President Vladimit Putin",
        "line": last["line"],
    }
    assert isinstance(last["line"], int) and last["line"] > 1


def _statement(source: str, status: str, said: str, reason: str = "value") -> Statement:
    return Statement(source=source, status=status, reason=reason, said=said)


@pytest.mark.parametrize(
    ("statements", "comment"),
    [
        (
            [
                _statement("002", "match", "23", "stated"),
                _statement("004", "match", "at least 20", "stated"),
                _statement("005", "omission", "not stated", "not-stated"),
            ],
            "stated by 2 of 3; 002: 23; 004: at least 20; 005: not stated",
        ),
        (
            [
                _statement("001", "match", "3", "stated"),
                _statement("002", "contradiction", "66"),
            ],
            "stated by 1 of 2, 1 says otherwise; 001: 3; 002: 66 (differs)",
        ),
        (
            [_statement("004", "contradiction", "Vladimit Putin", "misspelling")],
            "stated by 0 of 1, 1 says otherwise; 004: Vladimit Putin (suspected misspelling)",
        ),
    ],
)
def test_the_comment_says_what_each_source_states(
    statements: list[Statement], comment: str
) -> None:
    candidate = Candidate(keys={"id": "a", "kind": "quantity", "value": 23}, group="g")
    assert summary(Proposal(candidate=candidate, statements=tuple(statements))) == comment


def test_what_one_source_states_is_listed_in_a_trailing_comment_not_proposed() -> None:
    """ "Five people were killed" in one article of two: no fact at --min-sources 2, but the
    editor sees it, with the source that states it."""
    from factcheck.draft.write import render_yaml
    from factcheck.sources import source_from_text

    sources = [
        source_from_text("Five people were killed in the blast on Monday.\n", id="a.txt"),
        source_from_text("The blast shook the town.\n", id="b.txt"),
    ]
    text = render_yaml(draft(sources))
    tail = text[text.index("# stated by one source only") :].splitlines()
    assert "#   quantity killed: 5 (a: 5)" in tail
    assert all(line.startswith("#") for line in tail)
    assert "- id:" not in text
    assert "not proposed" not in render_yaml(draft(sources, min_sources=1))
