"""The sources checked against the candidates, by the same loader and checkers as ``factcheck
check``: what each source says of a candidate is the verdict ``check`` will give it once the
draft is saved. A draft proposes nothing the checker does not find in the sources.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml

from factcheck.draft.model import Candidate, Proposal, Statement
from factcheck.loader import loads
from factcheck.match import FileChecker
from factcheck.match.document import Document
from factcheck.model import Stance, Status, Verdict

NOT_STATED = "not stated"


def expectation_text(event: str, date: str | None, facts: Sequence[dict[str, object]]) -> str:
    """A minimal expectation file of ``facts`` (plain YAML, no comments)."""
    data: dict[str, object] = {"event": event}
    if date is not None:
        data["date"] = date
    data["facts"] = list(facts)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def verified(
    candidates: Sequence[Candidate], docs: Sequence[Document], date: str | None
) -> list[Proposal]:
    """Every candidate with the statement of every source, in the candidates' order."""
    if not candidates:
        return []
    facts = [{**c.keys, "id": f"c{index}"} for index, c in enumerate(candidates)]
    expectations = loads(expectation_text("draft", date, facts), "<draft>")
    checker = FileChecker(expectations.facts)
    columns = [checker(doc) for doc in docs]
    names = labels(docs)
    return [
        Proposal(
            candidate=candidate,
            statements=tuple(
                _statement(doc, verdicts[index], name)
                for doc, verdicts, name in zip(docs, columns, names, strict=True)
            ),
        )
        for index, candidate in enumerate(candidates)
    ]


def states_value(proposal: Proposal) -> int:
    """How many sources state the candidate's value (a contradicted source may state it too)."""
    return sum(s.status == Status.MATCH or s.also_states for s in proposal.statements)


def _statement(doc: Document, verdict: Verdict, label: str) -> Statement:
    line = verdict.evidence[0].line if verdict.evidence else None
    said = verdict.found if verdict.status != Status.OMISSION and verdict.found else NOT_STATED
    also = verdict.status == Status.CONTRADICTION and any(
        e.stance == Stance.SUPPORTS for e in verdict.evidence
    )
    return Statement(
        source=label,
        status=str(verdict.status),
        reason=verdict.reason,
        said=said,
        line=line if verdict.status != Status.OMISSION else None,
        also_states=also,
    )


SHORT_LABEL = 8  # a label longer than this is cut to the shortest prefix that tells it apart


def labels(docs: Sequence[Document]) -> list[str]:
    """Short names of the sources: their labels, cut at the first "_" when that keeps them
    apart ("000_98b88eba54a409e2" -> "000"), else long ones (JSONL record hashes) cut to the
    shortest prefix of at least 6 characters that keeps them apart."""
    full = [doc.source.label for doc in docs]
    short = [label.split("_", 1)[0] for label in full]
    if short != full and len(set(short)) == len(short):
        return short
    if len(set(full)) != len(full) or max(map(len, full), default=0) <= SHORT_LABEL:
        return full
    for size in range(6, max(map(len, full))):
        cut = [label[:size] for label in full]
        if len(set(cut)) == len(cut):
            return cut
    return full
