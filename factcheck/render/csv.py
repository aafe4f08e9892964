"""The CSV report: one row per verdict, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import io

from factcheck.model import Evidence, Report, Verdict
from factcheck.render.table import ordered_evidence

COLUMNS = (
    "fact",
    "kind",
    "source",
    "status",
    "reason",
    "expected",
    "found",
    "evidence",
    "line",
    "column",
    "all_evidence",
)


def render_csv(report: Report, *, ascii_only: bool = False) -> str:
    """A header row, then one row per verdict in report order.

    ``evidence``, ``line`` and ``column`` describe the first piece of evidence (the conflicting
    words first for a contradiction); ``all_evidence`` lists every piece as ``line:col "text"``
    joined by `` | ``. ``ascii_only`` writes non-ASCII characters as backslash escapes.
    """
    kinds = {fact.id: fact.kind for fact in report.expectations.facts}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(_row(verdict, kinds.get(verdict.fact, "")) for verdict in report.verdicts)
    text = buffer.getvalue()
    return text.encode("ascii", "backslashreplace").decode("ascii") if ascii_only else text


def _row(verdict: Verdict, kind: str) -> tuple[str, ...]:
    evidence = ordered_evidence(verdict)
    first = evidence[0] if evidence else None
    return (
        verdict.fact,
        kind,
        verdict.source,
        verdict.status.value,
        verdict.reason,
        verdict.expected,
        verdict.found if verdict.found is not None else "",
        first.text if first else "",
        str(first.line) if first else "",
        str(first.column) if first else "",
        " | ".join(_located(item) for item in evidence),
    )


def _located(evidence: Evidence) -> str:
    return f'{evidence.line}:{evidence.column} "{evidence.text}"'
