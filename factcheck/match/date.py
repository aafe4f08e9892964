"""``date`` facts: the event date, compared at the precision the source gives.

A date expression speaks of the event only when one of the fact's cues stands within
``WINDOW`` words of it in the same sentence ("The incident took place on Thursday, February 9").
Relative words and bare weekdays are resolved against the source's own date (header or
dateline). A bare weekday with no source date is compared as a weekday; "earlier today" with no
source date is unresolvable: an omission with the words as context, never a guess.
"""

from __future__ import annotations

from factcheck.dates import DateExpr, find_dates
from factcheck.match.document import Checker, Cues, Document, Hit, Token, decide
from factcheck.model import DateSpec, Fact, Verdict

WINDOW = 6  # words between a date expression and a cue


def compile_date(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, DateSpec)
    cues = Cues(spec.cues)
    expected = spec.value

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        context: list[Hit] = []
        anchor = doc.source.date
        for expr in find_dates(doc.text):
            start, end = doc.sentence(expr.start)
            tokens = doc.tokens_between(start, end)
            if not _near_cue(tokens, cues, expr):
                continue
            resolved = expr.resolve(anchor)
            agrees = resolved.agrees_with(expected)
            said = resolved.describe()
            if agrees is None:
                note = f"{expr.text!r} cannot be dated: the source carries no date of its own"
                context.append(Hit(start=expr.start, end=expr.end, value=expr.text, note=note))
            elif agrees:
                supports.append(
                    Hit(start=expr.start, end=expr.end, value=said, note=_how(expr, resolved))
                )
            else:
                note = (
                    f"the source dates the event {said} ({expr.text!r}), not {expected.isoformat()}"
                )
                conflicts.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
        omission = "unresolved-date" if context else "not-stated"
        return decide(
            fact,
            doc,
            supports=supports,
            conflicts=conflicts,
            context=context,
            omission_reason=omission,
        )

    return check


def _how(expr: DateExpr, resolved: DateExpr) -> str:
    if resolved is expr:
        return f"{expr.text!r} agrees at the precision it gives"
    return f"{expr.text!r} resolves to {resolved.describe()} against the source's date"


def _near_cue(tokens: list[Token], cues: Cues, expr: DateExpr) -> bool:
    """Whether a cue stands within ``WINDOW`` words of the date expression."""
    inside = [i for i, token in enumerate(tokens) if expr.start <= token.start < expr.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for cue_first, cue_last in cues.positions(tokens):
        if cue_first > last and cue_first - last <= WINDOW + 1:
            return True
        if cue_last < first and first - cue_last <= WINDOW + 1:
            return True
    return False
