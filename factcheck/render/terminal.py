"""The terminal report: a grid of facts x sources, a legend, the counts, then each contradiction."""

from __future__ import annotations

from tabulate import tabulate

from factcheck.model import Evidence, Report, Verdict
from factcheck.render.table import (
    ASCII,
    UNICODE,
    Symbols,
    build_table,
    contradictions,
    date_note,
    legend,
    one_line,
    ordered_evidence,
    short_labels,
    summary_line,
)


def render_terminal(report: Report, *, ascii_only: bool = False) -> str:
    """The report as a text table; ``ascii_only`` for streams that cannot encode the symbols."""
    symbols = ASCII if ascii_only else UNICODE
    table = build_table(report, symbols)
    grid = tabulate(
        [[printable(cell) for cell in row] for row in table.rows],
        headers=[printable(header) for header in table.headers],
        tablefmt="outline" if ascii_only else "simple_outline",
        disable_numparse=True,
    )
    lines = [
        grid,
        f"Legend: {legend(symbols)}",
        *_source_key(report),
        f"Summary: {summary_line(report)}",
        "",
        *_contradiction_lines(report, symbols),
    ]
    text = "\n".join(lines) + "\n"
    return text.encode("ascii", "backslashreplace").decode("ascii") if ascii_only else text


def printable(text: str) -> str:
    """``text`` on one line, with control and format characters (ESC, bidi overrides) escaped."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in one_line(text)
    )


def _source_key(report: Report) -> list[str]:
    labels = short_labels(report.sources)
    width = max((len(label) for label in labels.values()), default=0)
    lines = ["Sources:"]
    for source in report.sources:
        note = date_note(source)
        label = printable(labels[source.id]).ljust(width)
        lines.append(f"  {label}  {printable(source.id)}" + (f"  ({note})" if note else ""))
    return lines


def _contradiction_lines(report: Report, symbols: Symbols) -> list[str]:
    found = contradictions(report)
    if not found:
        return ["No contradictions."]
    lines = ["Contradictions:"]
    for verdict in found:
        lines.extend(_verdict_lines(verdict, symbols))
    return lines


def _verdict_lines(verdict: Verdict, symbols: Symbols) -> list[str]:
    dash = f" {symbols.dash} "
    where = f"{printable(verdict.fact)} @ {printable(verdict.source)}"
    parts = [f"{where}: {printable(verdict.reason)}"]
    values = f"expected {printable(verdict.expected)}"
    if verdict.found is not None:
        values += f", found {printable(verdict.found)}"
    parts.append(values)
    evidence = ordered_evidence(verdict)
    if evidence:
        parts.append(_quoted(evidence[0], symbols))
    if verdict.suggestion:
        quoted = f"{symbols.open_quote}{printable(verdict.suggestion)}{symbols.close_quote}"
        parts.append(f"did you mean {quoted}?")
    lines = ["  " + dash.join(parts)]
    lines.extend(f"      {item.stance}: {_quoted(item, symbols)}" for item in evidence[1:])
    return lines


def _quoted(evidence: Evidence, symbols: Symbols) -> str:
    words = printable(evidence.text)
    return f"{symbols.open_quote}{words}{symbols.close_quote} ({evidence.line}:{evidence.column})"
