"""The grounding report in every format: each cell (the extractor's value and span beside the
text's verdict and evidence) and the scores with their counts.

``table`` and ``markdown`` print the cells, then the scores; ``csv`` writes one row per cell,
then one per score (the ``row`` column says which); ``json`` is the whole report, ``jsonl`` one
cell per line; ``html`` a page with the extractor's value and the text's evidence side by side.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Any

from tabulate import tabulate

from factcheck.extraction.grounding import GroundedCell, GroundingReport
from factcheck.extraction.scores import Counts, Scores, counts_of, score, shown_score
from factcheck.extraction.spans import Alignment
from factcheck.model import Evidence, Source, Verdict
from factcheck.render.json import verdict_data

FORMAT_VERSION = 1


def render_grounding(
    report: GroundingReport, fmt: str = "table", *, ascii_only: bool = False
) -> str:
    """``report`` in ``fmt``: table, markdown, csv, json, jsonl or html."""
    renderers = {
        "table": _text,
        "markdown": _markdown,
        "csv": _csv,
        "json": _json,
        "jsonl": _jsonl,
        "html": _html,
    }
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(renderers)})")
    return renderers[fmt](report, ascii_only)


def summary_line(report: GroundingReport) -> str:
    counts = report.counts()
    overall = score(report.cells).overall
    classes = ", ".join(f"{counts[grounding]} {grounding.value}" for grounding in counts)
    return (
        f"{classes}; precision {shown_score(overall.precision)}, "
        f"recall {shown_score(overall.recall)}, F1 {shown_score(overall.f1)}"
    )


# --- rows shared by the table, Markdown and CSV -----------------------------------------------


def _labels(sources: tuple[Source, ...]) -> dict[str, str]:
    labels = {source.id: source.label for source in sources}
    if len(set(labels.values())) < len(labels):
        return {source.id: source.id for source in sources}
    return labels


def span_text(span: Alignment) -> str:
    """``exact "three" 3:12`` or ``not-the-value "Putin" 7:1``: the kind, the words, the place."""
    if span.evidence is None:
        return span.kind.value
    where = f"{span.evidence.line}:{span.evidence.column}"
    score_note = f" {span.score:.0f}%" if span.score is not None else ""
    return f"{span.kind.value}{score_note} {_quote(span.evidence.text)} {where}"


def text_said(verdict: Verdict) -> str:
    """The text's verdict with its first piece of evidence: ``match 3: "death of three" 5:3``."""
    found = f" {verdict.found}" if verdict.found is not None else ""
    pieces = [f"{_quote(e.text)} {e.line}:{e.column}" for e in verdict.evidence[:1]]
    more = f" (+{len(verdict.evidence) - 1})" if len(verdict.evidence) > 1 else ""
    return f"{verdict.status.value}{found}" + (f": {pieces[0]}{more}" if pieces else "")


def _cell_rows(report: GroundingReport) -> list[list[str]]:
    labels = _labels(report.sources)
    return [
        [
            cell.fact,
            labels[cell.source],
            cell.grounding.value,
            cell.value if cell.value is not None else "-",
            span_text(cell.span),
            text_said(cell.text),
        ]
        for cell in report.cells
    ]


CELL_HEADERS = ["fact", "source", "class", "extractor", "span", "text"]
SCORE_HEADERS = ["scope", "TP", "FP", "FN", "TN", "precision", "recall", "F1"]


def _score_rows(scores: Scores) -> list[list[str]]:
    rows = [_score_row(fact, counts) for fact, counts in scores.by_fact.items()]
    rows += [_score_row(f"kind {kind}", counts) for kind, counts in scores.by_kind.items()]
    rows.append(_score_row("overall", scores.overall))
    return rows


def _score_row(scope: str, counts: Counts) -> list[str]:
    return [
        scope,
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        str(counts.tn),
        shown_score(counts.precision),
        shown_score(counts.recall),
        shown_score(counts.f1),
    ]


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _ascii(text: str, ascii_only: bool) -> str:
    if not ascii_only:
        return text
    return text.encode("ascii", "backslashreplace").decode("ascii")


# --- formats ----------------------------------------------------------------------------------


def _text(report: GroundingReport, ascii_only: bool) -> str:
    style = "outline" if ascii_only else "simple_outline"
    cells = tabulate(
        _cell_rows(report), headers=CELL_HEADERS, tablefmt=style, disable_numparse=True
    )
    scores = tabulate(
        _score_rows(score(report.cells)),
        headers=SCORE_HEADERS,
        tablefmt=style,
        disable_numparse=True,
        colalign=("left",) + ("right",) * 7,
    )
    lines = [cells, "", scores, f"Summary: {summary_line(report)}"]
    misplaced = report.misplaced_spans()
    if misplaced:
        lines.append(f"{len(misplaced)} span(s) do not hold their value:")
        lines += [f"  {cell.fact} @ {cell.source}: {cell.span.detail}" for cell in misplaced]
    return _ascii("\n".join(lines) + "\n", ascii_only)


def _markdown(report: GroundingReport, ascii_only: bool) -> str:
    def table(rows: list[list[str]], headers: list[str]) -> str:
        escaped = [[value.replace("|", "\\|") for value in row] for row in rows]
        return tabulate(escaped, headers=headers, tablefmt="github", disable_numparse=True)

    lines = [
        f"# Extractor grounding: {report.expectations.event}",
        "",
        table(_cell_rows(report), CELL_HEADERS),
        "",
        "## Scores",
        "",
        table(_score_rows(score(report.cells)), SCORE_HEADERS),
        "",
        f"Summary: {summary_line(report)}",
    ]
    return _ascii("\n".join(lines) + "\n", ascii_only)


CSV_HEADERS = [
    "row", "fact", "kind", "source", "class", "value", "span", "span_line", "span_column",
    "span_text", "text_status", "text_found", "text_evidence", "tp", "fp", "fn", "tn",
    "precision", "recall", "f1",
]  # fmt: skip


def _csv(report: GroundingReport, ascii_only: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADERS)
    for cell in report.cells:
        counts = counts_of(cell)
        evidence = cell.span.evidence
        writer.writerow(
            [
                "cell", cell.fact, cell.kind, cell.source, cell.grounding.value, cell.value or "",
                cell.span.kind.value, evidence.line if evidence else "",
                evidence.column if evidence else "", evidence.text if evidence else "",
                cell.text.status.value, cell.text.found or "",
                " | ".join(e.text for e in cell.text.evidence),
                counts.tp, counts.fp, counts.fn, counts.tn, "", "", "",
            ]
        )  # fmt: skip
    scores = score(report.cells)
    facts = {fact.id: fact.kind for fact in report.expectations.facts}
    scopes = [(fact, facts.get(fact, ""), counts) for fact, counts in scores.by_fact.items()]
    scopes += [("", kind, counts) for kind, counts in scores.by_kind.items()]
    scopes.append(("", "", scores.overall))
    for fact, kind, counts in scopes:
        writer.writerow(
            ["score", fact, kind] + [""] * 10
            + [counts.tp, counts.fp, counts.fn, counts.tn]
            + [shown_score(counts.precision), shown_score(counts.recall), shown_score(counts.f1)]
        )  # fmt: skip
    return _ascii(out.getvalue(), ascii_only)


def cell_data(cell: GroundedCell) -> dict[str, Any]:
    return {
        "fact": cell.fact,
        "kind": cell.kind,
        "source": cell.source,
        "class": cell.grounding.value,
        "value": cell.value,
        "detail": cell.detail,
        "span": _span_data(cell.span),
        "extracted": verdict_data(cell.extracted),
        "text": verdict_data(cell.text),
    }


def _span_data(span: Alignment) -> dict[str, Any]:
    evidence = span.evidence
    return {
        "kind": span.kind.value,
        "given": span.given,
        "start": evidence.start if evidence else None,
        "end": evidence.end if evidence else None,
        "line": evidence.line if evidence else None,
        "column": evidence.column if evidence else None,
        "text": evidence.text if evidence else None,
        "score": span.score,
        "detail": span.detail,
    }


def counts_data(counts: Counts) -> dict[str, Any]:
    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "tn": counts.tn,
        "precision": counts.precision,
        "recall": counts.recall,
        "f1": counts.f1,
    }


def report_data(report: GroundingReport) -> dict[str, Any]:
    scores = score(report.cells)
    return {
        "format_version": FORMAT_VERSION,
        "event": report.expectations.event,
        "expectations": report.expectations.path,
        "summary": {grounding.value: count for grounding, count in report.counts().items()},
        "scores": {
            "overall": counts_data(scores.overall),
            "by_fact": {fact: counts_data(c) for fact, c in scores.by_fact.items()},
            "by_kind": {kind: counts_data(c) for kind, c in scores.by_kind.items()},
        },
        "cells": [cell_data(cell) for cell in report.cells],
    }


def _json(report: GroundingReport, ascii_only: bool) -> str:
    return json.dumps(report_data(report), indent=2, ensure_ascii=ascii_only) + "\n"


def _jsonl(report: GroundingReport, ascii_only: bool) -> str:
    return "".join(
        json.dumps(cell_data(cell), ensure_ascii=ascii_only) + "\n" for cell in report.cells
    )


# --- HTML -------------------------------------------------------------------------------------

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; margin-bottom: 2em; }
th, td { border: 1px solid #ccc; padding: 4px 8px; vertical-align: top; text-align: left; }
td.num { text-align: right; }
.correct { background: #e6f4ea; } .missed { background: #f1f3f4; }
.ungrounded, .diverged, .corrected { background: #fce8e6; }
q { font-style: italic; } small { color: #555; }
"""


def _html(report: GroundingReport, ascii_only: bool) -> str:
    title = html.escape(f"Extractor grounding: {report.expectations.event}")
    labels = _labels(report.sources)
    rows = "\n".join(_html_row(cell, labels[cell.source]) for cell in report.cells)
    scores = "\n".join(
        "<tr>" + "".join(
            f'<td class="num">{html.escape(v)}</td>' if i else f"<td>{html.escape(v)}</td>"
            for i, v in enumerate(row)
        ) + "</tr>"
        for row in _score_rows(score(report.cells))
    )  # fmt: skip
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>{_STYLE}</style></head>
<body>
<h1>{title}</h1>
<p>{html.escape(summary_line(report))}</p>
<table>
<thead><tr><th>fact</th><th>source</th><th>class</th><th>extractor's value and span</th>
<th>the text's verdict and evidence</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<h2>Scores</h2>
<table>
<thead><tr>{"".join(f"<th>{h}</th>" for h in SCORE_HEADERS)}</tr></thead>
<tbody>
{scores}
</tbody>
</table>
</body></html>
"""
    if ascii_only:
        return page.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return page


def _html_row(cell: GroundedCell, label: str) -> str:
    value = html.escape(cell.value) if cell.value is not None else "<small>nothing</small>"
    span = html.escape(cell.span.kind.value)
    if cell.span.evidence is not None:
        span += " " + _html_evidence(cell.span.evidence)
    if cell.span.detail:
        span += f"<br><small>{html.escape(cell.span.detail)}</small>"
    said = html.escape(cell.text.status.value)
    if cell.text.found is not None:
        said += f" <b>{html.escape(cell.text.found)}</b>"
    said += "".join(f"<br>{_html_evidence(e)}" for e in cell.text.evidence)
    return (
        f'<tr class="{cell.grounding.value}"><td>{html.escape(cell.fact)}</td>'
        f"<td>{html.escape(label)}</td><td>{cell.grounding.value}</td>"
        f"<td><b>{value}</b><br>{span}</td><td>{said}"
        f"<br><small>{html.escape(cell.detail)}</small></td></tr>"
    )


def _html_evidence(evidence: Evidence) -> str:
    where = f"{evidence.line}:{evidence.column}"
    return f"<q>{html.escape(evidence.text)}</q> <small>{where} {evidence.stance.value}</small>"
