"""The HTML report: one self-contained page for editors, built from a Jinja2 template.

The page holds the facts x sources table (cells coloured by verdict, each a button that opens
its evidence), a summary, a filter, and every source's full text with the evidence highlighted.
It loads nothing: the style and the script are inline, and a Content-Security-Policy forbids
every request, so even a bug in the page cannot reach the network.

Source text is untrusted web text. The template is rendered with autoescape on and nothing from
a report is ever marked safe: highlighting slices the original text at the evidence offsets into
plain-string pieces (:func:`highlight`), and the template escapes each piece. The only markup
passed in as trusted is the package's own style sheet and script.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from factcheck.model import Evidence, Fact, Report, Source, Stance, Status, Verdict
from factcheck.render.table import (
    UNICODE,
    cell_text,
    context_bounds,
    cut_after,
    cut_before,
    date_note,
    legend,
    ordered_evidence,
    short_labels,
)

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "report.html.j2"
STYLE = "report.css"
SCRIPT = "report.js"

#: The strongest stance wins the colour of text that several pieces of evidence cover.
_STANCE_RANK = {Stance.CONFLICTS: 0, Stance.SUPPORTS: 1, Stance.CONTEXT: 2}

MISSING = "missing"  # the status class of a cell without a verdict


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """Words to highlight: ``text[start:end]`` with its stance and a label naming its verdict."""

    start: int
    end: int
    stance: Stance
    label: str = ""
    current: bool = False  # the piece of evidence a context is quoted for


@dataclass(frozen=True, slots=True, kw_only=True)
class Piece:
    """A run of text and how to show it; ``stance`` is empty for text no evidence covers."""

    text: str
    stance: str = ""
    current: bool = False
    anchor: str = ""  # an element id where a span starts (source view only)
    title: str = ""  # the labels of every span covering the piece
    tag: str = ""  # the labels of the spans ending here, printed after them


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """One piece of evidence, quoted in the sentence around it."""

    stance: str
    line: int
    column: int
    text: str
    context: tuple[Piece, ...]
    cut_before: bool  # the context starts mid-sentence
    cut_after: bool
    anchor: str  # the id of the words in the source view


@dataclass(frozen=True, slots=True, kw_only=True)
class Cell:
    """One (fact, source) verdict as the page shows it, with everything its detail panel needs."""

    id: str
    detail_id: str
    fact: str
    source: str
    source_label: str
    status: str
    reason: str
    text: str  # "✓ match", "✗ misspelling"
    aria_label: str
    expected: str
    found: str | None
    detail: str
    suggestion: str | None
    quotes: tuple[Quote, ...]
    source_panel: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    fact: Fact
    cells: tuple[Cell, ...]
    statuses: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceView:
    id: str
    label: str
    path: str
    note: str
    panel_id: str
    tab_id: str
    pieces: tuple[Piece, ...]
    counts: tuple[tuple[str, int], ...]  # status -> count, for this source's column

    def count(self, status: str) -> int:
        return dict(self.counts).get(status, 0)

    @property
    def badges(self) -> tuple[tuple[str, str], ...]:
        """(status, "8 matches") for each status."""
        return tuple((status, counted(count, status)) for status, count in self.counts)


def counted(count: int, word: str) -> str:
    """``1 match``, ``2 matches``, ``0 omissions``."""
    plural = "es" if word.endswith("ch") else "s"
    return f"{count} {word}" if count == 1 else f"{count} {word}{plural}"


def render_html(report: Report, *, ascii_only: bool = False) -> str:
    """The report as one self-contained HTML page; ``ascii_only`` writes non-ASCII as ``&#N;``."""
    style, script = _asset(STYLE), _asset(SCRIPT)
    rows = _rows(report)
    template = _environment().get_template(TEMPLATE)
    page = template.render(
        report=report,
        title=f"factcheck: {report.expectations.event}",
        csp=content_security_policy(style, script),
        style=_trusted(style),
        script=_trusted(script),
        rows=rows,
        conflicts=tuple(
            cell for row in rows for cell in row.cells if cell.status == Status.CONTRADICTION
        ),
        sources=_source_views(report),
        counts=_status_counts(report),
        reasons=_reasons(report, Status.CONTRADICTION),
        omission_reasons=_reasons(report, Status.OMISSION),
        legend=_legend(),
        legend_text=legend(UNICODE, separator="; "),
    )
    page = page.rstrip("\n") + "\n"
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii") if ascii_only else page


def content_security_policy(style: str, script: str) -> str:
    """No request of any kind; only the page's own style and script, pinned by their hashes."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src '{_sha256(style)}'",
            f"script-src '{_sha256(script)}'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def highlight(text: str, start: int, end: int, spans: Iterable[Span]) -> tuple[Piece, ...]:
    """``text[start:end]`` cut at every span boundary; each piece knows the spans covering it.

    Overlapping and nested spans are fine: a piece covered by several takes the strongest stance
    (conflicts, then supports, then context) and lists every label. Spans are clipped to the
    window; empty or inverted ones are ignored. The pieces joined give back ``text[start:end]``.
    """
    start, end = max(0, start), min(len(text), end)
    inside = sorted(
        (span for span in spans if span.start < span.end and span.end > start and span.start < end),
        key=lambda span: (span.start, span.end),
    )
    edges = ((max(span.start, start), min(span.end, end)) for span in inside)
    cuts = sorted({start, end}.union(*edges))
    pieces: list[Piece] = []
    active: list[Span] = []
    waiting = 0
    for left, right in itertools.pairwise(cuts):
        while waiting < len(inside) and inside[waiting].start <= left:
            active.append(inside[waiting])
            waiting += 1
        active = [span for span in active if span.end > left]
        pieces.append(_piece(text[left:right], active, left, right))
    return tuple(pieces)


def _piece(text: str, covering: Sequence[Span], left: int, right: int) -> Piece:
    if not covering:
        return Piece(text=text)
    strongest = min(covering, key=lambda span: _STANCE_RANK.get(span.stance, 3))
    return Piece(
        text=text,
        stance=strongest.stance.value,
        current=any(span.current for span in covering),
        anchor=f"o{left}" if any(span.start == left for span in covering) else "",
        title="; ".join(_unique(span.label for span in covering)),
        tag=", ".join(_unique(span.label for span in covering if span.end == right)),
    )


def _unique(labels: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(label for label in labels if label))


# --- the view: rows, cells, quotes, sources ---------------------------------------------------


def _rows(report: Report) -> tuple[Row, ...]:
    cells = report.cells()
    labels = short_labels(report.sources)
    rows = []
    for fact_index, fact in enumerate(report.expectations.facts):
        row = tuple(
            _cell(fact, source, labels[source.id], cells.get((fact.id, source.id)), fact_index, i)
            for i, source in enumerate(report.sources)
        )
        rows.append(Row(fact=fact, cells=row, statuses=frozenset(cell.status for cell in row)))
    return tuple(rows)


def _cell(
    fact: Fact, source: Source, label: str, verdict: Verdict | None, row: int, column: int
) -> Cell:
    status = verdict.status.value if verdict else MISSING
    reason = verdict.reason if verdict else ""
    said = status if status in (reason, MISSING) or not reason else f"{status} ({reason})"
    return Cell(
        id=f"cell-{row}-{column}",
        detail_id=f"detail-{row}-{column}",
        fact=fact.id,
        source=source.id,
        source_label=label,
        status=status,
        reason=reason,
        text=cell_text(verdict, UNICODE),
        aria_label=f"{fact.id} in source {label}: {said}",
        expected=verdict.expected if verdict else fact.expected,
        found=verdict.found if verdict else None,
        detail=verdict.detail if verdict else "no verdict was given for this fact and source",
        suggestion=verdict.suggestion if verdict else None,
        quotes=_quotes(verdict, source, column) if verdict else (),
        source_panel=f"source-{column}",
    )


def _quotes(verdict: Verdict, source: Source, column: int) -> tuple[Quote, ...]:
    evidence = ordered_evidence(verdict)
    return tuple(_quote(item, evidence, source, column) for item in evidence)


def _quote(item: Evidence, evidence: Sequence[Evidence], source: Source, column: int) -> Quote:
    left, right = context_bounds(source.text, item.start, item.end)
    spans = [
        Span(start=other.start, end=other.end, stance=other.stance, label=other.stance.value)
        for other in evidence
        if other is not item
    ]
    spans.append(Span(start=item.start, end=item.end, stance=item.stance, current=True))
    return Quote(
        stance=item.stance.value,
        line=item.line,
        column=item.column,
        text=item.text,
        context=highlight(source.text, left, right, spans),
        cut_before=cut_before(source.text, left),
        cut_after=cut_after(source.text, right),
        anchor=f"source-{column}-o{item.start}" if item.start < item.end else "",
    )


def _source_views(report: Report) -> tuple[SourceView, ...]:
    labels = short_labels(report.sources)
    by_source: dict[str, list[Verdict]] = {}
    for verdict in report.verdicts:
        by_source.setdefault(verdict.source, []).append(verdict)
    views = []
    for index, source in enumerate(report.sources):
        verdicts = by_source.get(source.id, [])
        spans = [
            Span(
                start=item.start,
                end=item.end,
                stance=item.stance,
                label=f"{verdict.fact}: {item.stance.value}",
            )
            for verdict in verdicts
            for item in verdict.evidence
        ]
        counts = Counter(verdict.status for verdict in verdicts)
        views.append(
            SourceView(
                id=source.id,
                label=labels[source.id],
                path=source.path,
                note=date_note(source),
                panel_id=f"source-{index}",
                tab_id=f"source-tab-{index}",
                pieces=highlight(source.text, 0, len(source.text), spans),
                counts=tuple((status.value, counts[status]) for status in Status),
            )
        )
    return tuple(views)


_HEADINGS = {
    Status.MATCH: "Matches",
    Status.OMISSION: "Omissions",
    Status.CONTRADICTION: "Contradictions",
}


def _status_counts(report: Report) -> tuple[tuple[str, str, int], ...]:
    """(status, heading, count) for each status."""
    return tuple(
        (status.value, _HEADINGS[status], count) for status, count in report.counts().items()
    )


def _reasons(report: Report, status: Status) -> tuple[tuple[str, int], ...]:
    """Reason -> count among the verdicts of ``status``, most frequent first, then by name."""
    counts = Counter(verdict.reason for verdict in report.verdicts if verdict.status is status)
    return tuple(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))


def _legend() -> tuple[tuple[str, str, str], ...]:
    """(status class, cell mark, meaning) for each status."""
    return (
        (Status.MATCH.value, f"{UNICODE.match} match", "the source states it"),
        (Status.OMISSION.value, f"{UNICODE.omission} omission", "the source does not say"),
        (
            Status.CONTRADICTION.value,
            f"{UNICODE.contradiction} <reason>",
            "the source says something else",
        ),
    )


# --- the template and the package's own assets ------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2  # here, not at the top: the other formats and --help do without it

    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.render", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


@functools.cache
def _asset(name: str) -> str:
    """A file of ``factcheck/render/templates``, as shipped (plain ASCII, no template syntax)."""
    return resources.files("factcheck.render").joinpath("templates", name).read_text("utf-8")


def _trusted(asset: str) -> object:
    """The package's own CSS or JS, inserted unescaped (it never holds report data)."""
    import markupsafe

    return markupsafe.Markup(asset)


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
