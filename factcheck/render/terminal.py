"""The terminal report: a grid of facts x sources, a legend, the counts, then each contradiction."""

from __future__ import annotations

from tabulate import tabulate

from factcheck.model import Evidence, Report, Source, Status, Verdict
from factcheck.render.colour import paint
from factcheck.render.table import (
    ASCII,
    UNICODE,
    Symbols,
    build_table,
    contradictions,
    date_note,
    in_table_order,
    legend,
    one_line,
    ordered_evidence,
    short_labels,
    summary_line,
)


def render_terminal(
    report: Report, *, ascii_only: bool = False, colour: bool = False, verbosity: int = 0
) -> str:
    """The report as a text table; ``ascii_only`` for streams that cannot encode the symbols.

    ``colour`` paints each cell and the summary by verdict (ANSI codes, for a terminal).
    ``verbosity`` 1 adds every omission with its reason, 2 every match with its words too.
    """
    symbols = ASCII if ascii_only else UNICODE
    table = build_table(report, symbols)
    rows = [[printable(cell) for cell in row] for row in table.rows]
    if colour:
        rows = [[*row[:3], *(_painted_cell(cell, symbols) for cell in row[3:])] for row in rows]
    grid = tabulate(
        rows,
        headers=[printable(header) for header in table.headers],
        tablefmt="outline" if ascii_only else "simple_outline",
        disable_numparse=True,
    )
    summary = summary_line(report)
    if colour:
        failed = report.counts()[Status.CONTRADICTION]
        summary = paint(summary, "contradiction" if failed else "match")
    lines = [
        grid,
        f"Legend: {legend(symbols)}",
        *_source_key(report),
        f"Summary: {summary}",
        "",
        *_contradiction_lines(report, symbols, colour),
    ]
    if verbosity >= 1:
        lines.extend(["", *_listed(report, Status.OMISSION, "Omissions:", symbols)])
    if verbosity >= 2:
        lines.extend(["", *_listed(report, Status.MATCH, "Matches:", symbols)])
    text = "\n".join(lines) + "\n"
    return text.encode("ascii", "backslashreplace").decode("ascii") if ascii_only else text


def _painted_cell(cell: str, symbols: Symbols) -> str:
    for mark, style in (
        (symbols.match, "match"),
        (symbols.omission, "omission"),
        (symbols.contradiction, "contradiction"),
    ):
        if cell.startswith(mark + " "):
            return paint(cell, style)
    return cell


def source_name(source: Source) -> str:
    """What people call a source: its path (with the record id for a JSONL record)."""
    if source.id == source.path or source.id.startswith(source.path + "#"):
        return source.id
    return source.path


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
        label, name = printable(labels[source.id]), printable(source_name(source))
        named = label if name == label else f"{label.ljust(width)}  {name}"
        lines.append(f"  {named}" + (f"  ({note})" if note else ""))
    return lines


def _contradiction_lines(report: Report, symbols: Symbols, colour: bool = False) -> list[str]:
    found = contradictions(report)
    if not found:
        return ["No contradictions."]
    names = {source.id: source_name(source) for source in report.sources}
    lines = ["Contradictions:"]
    for verdict in found:
        lines.extend(_verdict_lines(verdict, symbols, names, colour))
    return lines


def _listed(report: Report, status: Status, title: str, symbols: Symbols) -> list[str]:
    """Every verdict of ``status``, in table order, with its reason and its words."""
    names = {source.id: source_name(source) for source in report.sources}
    found = [verdict for verdict in in_table_order(report) if verdict.status is status]
    if not found:
        return [f"No {title[:-1].lower()}."]
    lines = [title]
    for verdict in found:
        lines.extend(_verdict_lines(verdict, symbols, names, detail=status is Status.OMISSION))
    return lines


def _verdict_lines(
    verdict: Verdict,
    symbols: Symbols,
    names: dict[str, str],
    colour: bool = False,
    detail: bool = False,
) -> list[str]:
    dash = f" {symbols.dash} "
    where = f"{printable(verdict.fact)} @ {printable(names.get(verdict.source, verdict.source))}"
    reason = printable(verdict.reason)
    parts = [f"{where}: {paint(reason, 'contradiction') if colour else reason}"]
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
    if detail and verdict.detail:
        parts.append(printable(verdict.detail))
    lines = ["  " + dash.join(parts)]
    lines.extend(f"      {item.stance}: {_quoted(item, symbols)}" for item in evidence[1:])
    return lines


def _quoted(evidence: Evidence, symbols: Symbols) -> str:
    words = printable(evidence.text)
    return f"{symbols.open_quote}{words}{symbols.close_quote} ({evidence.line}:{evidence.column})"
