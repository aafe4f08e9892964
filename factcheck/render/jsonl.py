"""JSON Lines: one verdict per line, in the JSON report's verdict shape; for streams and tools."""

from __future__ import annotations

import json

from factcheck.model import Report, Verdict
from factcheck.render.json import verdict_data


def verdict_line(verdict: Verdict, *, ascii_only: bool = False) -> str:
    return json.dumps(verdict_data(verdict), ensure_ascii=ascii_only) + "\n"


def render_jsonl(report: Report, *, ascii_only: bool = False) -> str:
    return "".join(verdict_line(verdict, ascii_only=ascii_only) for verdict in report.verdicts)
