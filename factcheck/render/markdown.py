"""The Markdown report: a GitHub-flavoured table, a legend, then each contradiction with its words.

Each piece of evidence of a contradiction is quoted with its ``line:col``, then shown in the
sentence around it as a block quote with the words in bold; GitHub and GitLab render both.

Every piece of text that comes from a file (source text, paths, fact values) goes through
:func:`escape`, so ``|``, HTML and emphasis marks in a source cannot break the table or the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.model import Evidence, Report, Source, Verdict
from factcheck.render.table import (
    ASCII,
    UNICODE,
    Symbols,
    build_table,
    context_bounds,
    contradictions,
    cut_after,
    cut_before,
    date_note,
    legend,
    one_line,
    ordered_evidence,
    short_labels,
    source_name,
    summary_line,
)

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_BACKSLASHED = frozenset("\\`*_[]|~")


def escape(text: str, *, ascii_only: bool = False) -> str:
    """``text`` on one line, safe inside a table cell or a list item."""
    return "".join(_escape_char(char, ascii_only) for char in one_line(text))


def _escape_char(char: str, ascii_only: bool) -> str:
    if char in _HTML:
        return _HTML[char]
    if char in _BACKSLASHED:
        return "\\" + char
    if not char.isprintable():
        return f"U+{ord(char):04X}"
    if ascii_only and not char.isascii():
        return f"&#{ord(char)};"
    return char


def render_markdown(report: Report, *, ascii_only: bool = False) -> str:
    """The report as GitHub-flavoured Markdown; ``ascii_only`` writes non-ASCII as entities."""
    symbols = ASCII if ascii_only else UNICODE

    def esc(text: str) -> str:
        return escape(text, ascii_only=ascii_only)

    table = build_table(report, symbols)
    lines = [
        f"# factcheck: {esc(report.expectations.event)}",
        "",
        f"Expectations: {esc(report.expectations.path)}",
        "",
        _table_row(esc(header) for header in table.headers),
        _table_row("---" for _ in table.headers),
        *(_table_row(esc(cell) for cell in row) for row in table.rows),
        "",
        f"**Legend:** {esc(legend(symbols, separator='; '))}",
        "",
        "**Sources:**",
        "",
        *_source_key(report, esc),
        "",
        f"**Summary:** {summary_line(report)}",
        "",
        "## Contradictions",
        "",
        *_contradiction_lines(report, symbols, esc),
    ]
    return "\n".join(lines) + "\n"


def _table_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _source_key(report: Report, esc: Callable[[str], str]) -> list[str]:
    labels = short_labels(report.sources)
    lines = []
    for source in report.sources:
        note = date_note(source)
        dated = f" ({esc(note)})" if note else ""
        lines.append(f"- **{esc(labels[source.id])}**: {esc(source_name(source))}{dated}")
    return lines


def _contradiction_lines(report: Report, symbols: Symbols, esc: Callable[[str], str]) -> list[str]:
    found = contradictions(report)
    if not found:
        return ["None."]
    sources = {source.id: source for source in report.sources}
    lines = []
    for verdict in found:
        lines.extend(_verdict_lines(verdict, sources.get(verdict.source), symbols, esc))
    return lines


def _verdict_lines(
    verdict: Verdict, source: Source | None, symbols: Symbols, esc: Callable[[str], str]
) -> list[str]:
    dash = f" {esc(symbols.dash)} "
    parts = [f"**{esc(verdict.fact)}** @ {esc(verdict.source)}: {esc(verdict.reason)}"]
    values = f"expected {esc(verdict.expected)}"
    if verdict.found is not None:
        values += f", found {esc(verdict.found)}"
    parts.append(values)
    if verdict.suggestion:
        suggestion = f"{esc(symbols.open_quote)}{esc(verdict.suggestion)}{esc(symbols.close_quote)}"
        parts.append(f"did you mean {suggestion}?")
    lines = ["- " + dash.join(parts)]
    for item in ordered_evidence(verdict):
        lines.append(f"  - {item.stance}: {_quoted(item, symbols, esc)}")
        if source is not None:
            lines.append(f"    > {_in_context(item, source, symbols, esc)}")
    return lines


def _in_context(
    evidence: Evidence, source: Source, symbols: Symbols, esc: Callable[[str], str]
) -> str:
    """The sentence around the evidence, on one line, with the evidence in bold.

    Bold is written as ``<b>`` rather than ``**``: emphasis marks next to punctuation or letters
    may not open or close in Markdown, an HTML tag always does (GitHub and GitLab keep ``<b>``).
    """
    text = source.text
    start = max(0, min(evidence.start, len(text)))
    end = max(start, min(evidence.end, len(text)))
    left, right = context_bounds(text, start, end)
    head, tail = esc(text[left:start]), esc(text[end:right])
    if head and text[start - 1].isspace():
        head += " "
    if tail and text[end].isspace():
        tail = " " + tail
    before = symbols.ellipsis if cut_before(text, left) else ""
    after = symbols.ellipsis if cut_after(text, right) else ""
    return f"{esc(before)}{head}<b>{esc(text[start:end])}</b>{tail}{esc(after)}"


def _quoted(evidence: Evidence, symbols: Symbols, esc: Callable[[str], str]) -> str:
    words = esc(evidence.text)
    quote = f"{esc(symbols.open_quote)}{words}{esc(symbols.close_quote)}"
    return f"{quote} ({evidence.line}:{evidence.column})"
