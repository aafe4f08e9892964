"""``date`` facts: the event date, compared at the precision the source gives.

A date expression speaks of the event only when one of the fact's cues stands within
``WINDOW`` words of it in the same sentence ("The incident took place on Thursday, February 9"),
or within ``CLAUSE_WINDOW`` words with nothing between them that starts another clause; and only
for a cue occurrence that can carry the event's date (see :func:`_dates_the_event`).
Relative words and bare weekdays are resolved against the source's own date (header or
dateline). A bare weekday with no source date is compared as a weekday; "earlier today" with no
source date is unresolvable: an omission with the words as context, never a guess.
"""

from __future__ import annotations

from factcheck.dates import DateExpr
from factcheck.match.document import Checker, Cues, Document, Hit, Token, decide
from factcheck.model import DateSpec, Fact, Verdict

WINDOW = 6  # words between a date expression and a cue
CLAUSE_WINDOW = 10  # ... or this many, when nothing separates them (the same clause)
_SEPARATORS = frozenset("and but while when which who that since after before until".split())
SUBJECT_WINDOW = 8  # words between a cue and one of the fact's subjects, when it names some
DETERMINERS = frozenset("the our their these those its his her other".split())
INFINITIVE = (("to", "be"), ("will", "be"), ("would", "be"), ("to", "have", "been"))


def compile_date(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, DateSpec)
    cues = Cues(spec.cues)
    subjects = frozenset(word.lower() for word in spec.subjects)
    # a subject is a token's whole lower case; when each is a plain word, it is one of the
    # text's words too, and a text without any has no cue that can carry the date
    plain_subjects = all(word.isascii() and word.isalnum() for word in subjects)
    expected = spec.value

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        context: list[Hit] = []
        anchor = doc.source.date
        if subjects and plain_subjects and subjects.isdisjoint(doc.words):
            return decide(fact, doc)
        for start, end, expr in _dates_near_cues(doc, cues):
            tokens = doc.tokens_between(start, end)
            spans = [s for s in cues.positions(tokens) if _dates_the_event(tokens, s, subjects)]
            if not _near_cue(doc, tokens, spans, expr):
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


def _dates_near_cues(doc: Document, cues: Cues) -> list[tuple[int, int, DateExpr]]:
    """The date expressions of the sentences that hold a cue, with their sentence."""
    return [(s, e, expr) for s, e in cues.sentences(doc) for expr in doc.dates_in(s, e)]


def _how(expr: DateExpr, resolved: DateExpr) -> str:
    if resolved is expr:
        return f"{expr.text!r} agrees at the precision it gives"
    return f"{expr.text!r} resolves to {resolved.describe()} against the source's date"


def _dates_the_event(tokens: list[Token], span: tuple[int, int], subjects: frozenset[str]) -> bool:
    """Whether a cue occurrence can carry the event's date.

    Not in a passive infinitive or future ("to be released": not yet), not as a participle
    after a determiner ("our abducted girls": a description); and, when the fact names
    subjects, not with another object ("released a video") and only with one of them near
    ("the girls were released"). Without subjects any object will do ("indicted a girl").
    """
    first, last = span
    before = tuple(t.lower for t in tokens[max(0, first - 3) : first])
    if any(before[-len(words) :] == words for words in INFINITIVE if len(before) >= len(words)):
        return False
    word = tokens[first].lower
    if word.endswith("ed") and before and before[-1] in DETERMINERS:
        return False
    if not subjects:
        return True  # the file does not say what the cue acts on: any object will do
    following = [t.lower for t in tokens[last + 1 : last + 3]]
    if following[:1] in (["a"], ["an"]) and not (set(following[1:]) & subjects):
        return False
    nearby = tokens[max(0, first - SUBJECT_WINDOW) : last + 1 + SUBJECT_WINDOW]
    return any(t.lower in subjects for t in nearby)


def _near_cue(
    doc: Document, tokens: list[Token], spans: list[tuple[int, int]], expr: DateExpr
) -> bool:
    """Whether a cue stands within ``WINDOW`` words of the date expression, or within
    ``CLAUSE_WINDOW`` with no punctuation or conjunction between them."""
    inside = [i for i, token in enumerate(tokens) if expr.start <= token.start < expr.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for cue_first, cue_last in spans:
        if cue_first > last:
            left, right = last, cue_first
        elif cue_last < first:
            left, right = cue_last, first
        else:
            continue
        gap = right - left - 1
        if gap <= WINDOW or (gap <= CLAUSE_WINDOW and _one_clause(doc, tokens, left, right)):
            return True
    return False


def _one_clause(doc: Document, tokens: list[Token], left: int, right: int) -> bool:
    between = doc.text[tokens[left].end : tokens[right].start]
    words = {t.lower for t in tokens[left + 1 : right]}
    return not (set(between) & set(",;:|()\u2014-")) and not (words & _SEPARATORS)
