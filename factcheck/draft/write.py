"""A :class:`Draft` as the text of an expectation file, with what each source says of each fact
in a comment above it, and as a disagreement report (Markdown or JSON)."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from factcheck.draft.model import Draft, Proposal, Statement
from factcheck.draft.verify import NOT_STATED, states_value

SCHEMA_NAME = "expectations.schema.json"
COMMENT_WIDTH = 100
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")
HEADER = """\
# DRAFT written by `factcheck draft` from {count}: review every fact before relying on it.
# Above each fact, what each source says of it; the facts the sources disagree on come first.
# Keep what belongs to the event, fix the values, delete the rest, then run `factcheck check`.
# yaml-language-server: $schema={schema}
"""


def render_yaml(draft: Draft, schema: str = SCHEMA_NAME) -> str:
    """The draft as an expectation file that ``factcheck check`` runs unchanged."""
    count = f"{len(draft.labels)} source{'s' if len(draft.labels) != 1 else ''}"
    lines = [HEADER.format(count=count, schema=schema).rstrip("\n")]
    lines.append(f"event: {_scalar(draft.event)}")
    if draft.date is not None:
        lines.append(f"date: {draft.date}")
    lines.append(f"sources: {_scalar(list(draft.sources))}")
    lines.append("")
    lines.append("facts:")
    if not draft.proposals:
        lines.append("  []  # nothing that enough sources state: try --min-sources 1")
    for proposal in draft.proposals:
        lines.extend(_fact_lines(proposal))
    lines.extend(_too_few_lines(draft))
    return "\n".join(lines) + "\n"


MAX_TOO_FEW = 40  # lines of the trailing block; the rest are counted


def _too_few_lines(draft: Draft) -> list[str]:
    """A trailing comment: what fewer than ``--min-sources`` sources state, so that the editor
    sees it (``--min-sources 1`` proposes it as a fact)."""
    if not draft.too_few:
        return []
    who = "one source only" if draft.min_sources == 2 else f"fewer than {draft.min_sources} sources"
    lines = [f"# stated by {who}, not proposed (--min-sources 1 proposes them):"]
    for proposal in draft.too_few[:MAX_TOO_FEW]:
        where = "; ".join(f"{s.source}: {s.said}" for s in _stating(proposal))
        text = f"{proposal.candidate.kind} {proposal.candidate.id}: {proposed(proposal)} ({where})"
        lines.append(f"#   {text}")
    if len(draft.too_few) > MAX_TOO_FEW:
        lines.append(f"#   and {len(draft.too_few) - MAX_TOO_FEW} more")
    return lines


def _fact_lines(proposal: Proposal) -> list[str]:
    lines = [f"  # {line}" for line in _wrapped(summary(proposal), COMMENT_WIDTH - 4)]
    keys = proposal.candidate.keys
    lines.append(f"  - id: {_scalar(keys['id'])}")
    lines.extend(f"    {key}: {_scalar(value)}" for key, value in keys.items() if key != "id")
    lines.append("")
    return lines


def summary(proposal: Proposal) -> str:
    """``"stated by 4 of 5; 000: 3; 001: 3; 004: not stated"``."""
    stated = states_value(proposal)
    head = f"stated by {stated} of {len(proposal.statements)}"
    if proposal.disagreeing:
        verb = "says" if proposal.disagreeing == 1 else "say"
        head += f", {proposal.disagreeing} {verb} otherwise"
    return "; ".join([head, *(f"{s.source}: {said(s)}" for s in proposal.statements)])


def said(statement: Statement) -> str:
    """What a source says, as the comment shows it."""
    if statement.status != "contradiction":
        return statement.said
    if statement.reason == "misspelling":
        return f"{statement.said} (suspected misspelling)"
    also = ", and the value too" if statement.also_states else ""
    return f"{statement.said} (differs{also})"


def _wrapped(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for part in text.split("; "):
        candidate = f"{current}; {part}" if current else part
        if current and len(candidate) > width:
            lines.append(current + ";")
            current = part
        else:
            current = candidate
    return [*lines, current]


def _scalar(value: Any) -> str:
    """One YAML value on one line, quoted only where YAML needs it; dates stay bare."""
    if isinstance(value, str) and _ISO.fullmatch(value):
        return value
    text = yaml.safe_dump(value, default_flow_style=True, width=10_000, allow_unicode=True)
    return text.removesuffix("\n").removesuffix("\n...").strip()


# --- the disagreement report ---------------------------------------------------------------


def render_json(draft: Draft) -> str:
    data = {
        "event": draft.event,
        "date": draft.date,
        "sources": list(draft.labels),
        "facts": [
            {
                **proposal.candidate.keys,
                "stated_by": states_value(proposal),
                "disagreeing": proposal.disagreeing,
                "statements": [
                    {"source": s.source, "status": s.status, "said": s.said, "line": s.line}
                    for s in proposal.statements
                ],
            }
            for proposal in draft.proposals
        ],
        "too_few_sources": [
            {
                **proposal.candidate.keys,
                "stated_by": [s.source for s in _stating(proposal)],
            }
            for proposal in draft.too_few
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _stating(proposal: Proposal) -> list[Statement]:
    return [s for s in proposal.statements if s.status == "match" or s.also_states]


_MARKS = {"match": "✓", "contradiction": "✗", "omission": "·"}


def render_markdown(draft: Draft) -> str:
    lines = [
        f"# Where the sources disagree: {len(draft.proposals)} facts, {len(draft.labels)} sources",
        "",
        "✓ states the proposed value · does not say ✗ says something else "
        "(the most disputed facts first)",
        "",
        "| fact | kind | proposed | stated by | " + " | ".join(draft.labels) + " |",
        "|---|---|---|---|" + "---|" * len(draft.labels),
    ]
    for proposal in draft.proposals:
        cells = [
            _MARKS[s.status] + ("" if s.said == NOT_STATED else " " + _cell(s.said))
            for s in proposal.statements
        ]
        row = [
            proposal.candidate.id,
            proposal.candidate.kind,
            _cell(proposed(proposal)),
            f"{states_value(proposal)}/{len(proposal.statements)}",
            *cells,
        ]
        lines.append("| " + " | ".join(row) + " |")
    if draft.too_few:
        lines += ["", f"Stated by fewer than {draft.min_sources} sources, not proposed:", ""]
        lines += [
            f"- {p.candidate.kind} {p.candidate.id}: {_cell(proposed(p))} ("
            + ", ".join(s.source for s in _stating(p))
            + ")"
            for p in draft.too_few
        ]
    return "\n".join(lines) + "\n"


def proposed(proposal: Proposal) -> str:
    keys = proposal.candidate.keys
    if keys["kind"] == "role":
        return f"{keys['person']}, {keys['role']}"
    unit = keys.get("unit", "")
    return f"{keys['value']} {unit}" if unit[:1].isalpha() else f"{unit}{keys['value']}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
