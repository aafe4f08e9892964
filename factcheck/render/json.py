"""The JSON report: the stable, versioned contract for programs.

Keys come out in the order written here; bump ``FORMAT_VERSION`` on any incompatible change.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.model import Evidence, Fact, Report, Source, Verdict

FORMAT_VERSION = 1

JsonObject = dict[str, Any]


def render_json(report: Report, *, ascii_only: bool = False) -> str:
    """The report as indented JSON; ``ascii_only`` escapes non-ASCII characters as ``\\uXXXX``."""
    return json.dumps(report_data(report), indent=2, ensure_ascii=ascii_only) + "\n"


def report_data(report: Report) -> JsonObject:
    """The report as plain JSON-ready data, in the contract's key order."""
    counts = report.counts()
    return {
        "format_version": FORMAT_VERSION,
        "event": report.expectations.event,
        "expectations": report.expectations.path,
        "facts": [_fact(fact) for fact in report.expectations.facts],
        "sources": [_source(source) for source in report.sources],
        "verdicts": [verdict_data(verdict) for verdict in report.verdicts],
        "summary": {status.value: count for status, count in counts.items()},
    }


def _fact(fact: Fact) -> JsonObject:
    return {
        "id": fact.id,
        "kind": fact.kind,
        "expected": fact.expected,
        "description": fact.description,
        "location": str(fact.location) if fact.location else None,
    }


def _source(source: Source) -> JsonObject:
    return {
        "id": source.id,
        "path": source.path,
        "date": source.date.isoformat() if source.date else None,
        "date_origin": source.date_origin or None,
    }


def verdict_data(verdict: Verdict) -> JsonObject:
    """One verdict as the JSON report writes it (and ``jsonl`` writes one per line)."""
    return {
        "fact": verdict.fact,
        "source": verdict.source,
        "status": verdict.status.value,
        "reason": verdict.reason,
        "expected": verdict.expected,
        "found": verdict.found,
        "detail": verdict.detail,
        "suggestion": verdict.suggestion,
        "evidence": [_evidence(item) for item in verdict.evidence],
    }


def _evidence(evidence: Evidence) -> JsonObject:
    return {
        "start": evidence.start,
        "end": evidence.end,
        "line": evidence.line,
        "column": evidence.column,
        "text": evidence.text,
        "stance": evidence.stance.value,
    }
