"""How much of a hand-written expectation file a draft proposes: the recall of its facts.

"The same fact" is read strictly on kind and value, one drafted fact for one written fact:
- kind: the same kind, where ``name`` and ``mention`` count as one (both say "the sources
  write this name"; the draft writes ``name``);
- value: quantities, the same unit (a count of a noun of time, ``subjects: [days]`` and no
  unit, measures in days: see ``_unit``) and a number that agrees by the checker's own rule: the
  drafted value, read as the draft writes it ("284 billion": 283.5 to 284.5 billion, as a
  source writing it is read), meets the written value or range, widened by its tolerance
  (``284460000000`` is found by "$284 billion", never by "$285 billion"); dates, by the
  checker's rule too: the same at the precision both give, the drafted one giving a month at
  least (a drafted ``2017-12``, "December 2017" in a source, finds a written ``2017-12-15``
  whose day no source gives, never a written ``2017-11-30``); roles, the same person (or an
  alias of one) holding an office with the same head noun ("Kremlin spokesman" and "Putin's
  spokesman"); names, one form the two files accept in common (the value or a variant, case
  aside); times, the drafted time within the written tolerance; claims, the same account:
  a source writing a phrase of one's expected variant states the other's expected variant, as
  ``check`` reads it (see ``_same_claim``); a drafted time and a written claim, the same
  moment: a source writing the drafted time states the written expected variant (a claim of
  competing times, "00:41" against "12:21 a.m.", is found by a drafted time of 00:41, never
  by one of 00:21).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.clock import ClockTime, show_minute
from factcheck.dates import DateExpr
from factcheck.draft.counts import written_amount
from factcheck.draft.model import Draft
from factcheck.draft.roles import OFFICES
from factcheck.draft.units import TIME_UNITS
from factcheck.match.claim import compile_claim
from factcheck.match.document import Document
from factcheck.match.numbers import CURRENCY_SIGNS, counts_in
from factcheck.match.role import _head
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    Expectations,
    Fact,
    MentionSpec,
    NameSpec,
    Period,
    QuantitySpec,
    RoleSpec,
    Status,
    TimeSpec,
    Variant,
)
from factcheck.sources import source_from_text

_FAMILY = {"mention": "name"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Recall:
    """Which written facts the draft proposes (``found``) and which it misses."""

    found: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def ratio(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 1.0


def recall(written: Expectations, drafted: Expectations) -> Recall:
    """The written facts that a drafted fact states with the same kind and value."""
    free = list(drafted.facts)
    found, missed = [], []
    for fact in written.facts:
        twin = next((d for d in free if same_fact(fact, d)), None)
        if twin is None:
            missed.append(fact.id)
        else:
            free.remove(twin)
            found.append(fact.id)
    return Recall(found=tuple(found), missed=tuple(missed))


def same_fact(written: Fact, drafted: Fact) -> bool:
    if isinstance(written.spec, ClaimSpec) and isinstance(drafted.spec, TimeSpec):
        return _states(written, (f"It happened at {show_minute(drafted.spec.value)}",))
    if _FAMILY.get(written.kind, written.kind) != _FAMILY.get(drafted.kind, drafted.kind):
        return False
    mine, theirs = written.spec, drafted.spec
    if isinstance(mine, QuantitySpec) and isinstance(theirs, QuantitySpec):
        return _unit(mine) == _unit(theirs) and _agrees(mine, theirs)
    if isinstance(mine, DateSpec) and isinstance(theirs, DateSpec):
        return _same_date(mine.value, theirs.value)
    if isinstance(mine, RoleSpec) and isinstance(theirs, RoleSpec):
        people = _folded((mine.person, *mine.person_aliases))
        return bool(people & _folded((theirs.person, *theirs.person_aliases))) and bool(
            _heads((mine.role, *mine.role_aliases)) & _heads((theirs.role, *theirs.role_aliases))
        )
    if isinstance(mine, TimeSpec) and isinstance(theirs, TimeSpec):
        return _same_time(mine, theirs)
    if isinstance(mine, ClaimSpec) and isinstance(theirs, ClaimSpec):
        return _same_claim(written, drafted)
    return bool(_name_forms(mine) & _name_forms(theirs))


def _unit(spec: QuantitySpec) -> str:
    """The unit a quantity measures in: its ``unit``; for a count without one whose subjects
    are all forms of one unit of time, that unit. "It extended her remand for eight days"
    states ``{value: 8, cues: [remand], subjects: [days]}`` and ``{value: 8, unit: days,
    cues: [remand]}`` alike, as ``check`` reads them: one fact, written two ways (the draft
    writes the second: a number of days measures time, as a number of kilometres measures
    length); a count of other nouns, or of a noun of time among others, is no measure."""
    if spec.unit or not spec.subjects:
        return spec.unit
    units = {TIME_UNITS.get(subject.lower()) for subject in spec.subjects}
    return units.pop() or "" if len(units) == 1 else ""


def _agrees(written: QuantitySpec, drafted: QuantitySpec) -> bool:
    """Whether a source writing the drafted value as the draft writes it would match the
    written fact: the count reader's interval of it meets the written one."""
    margin = written.tolerance * max(abs(written.low), abs(written.high))
    low, high = written.low - margin, written.high + margin
    if drafted.low != drafted.high:  # a range: the two must overlap
        return drafted.low <= high and low <= drafted.high
    amount = written_amount(drafted.low)
    text = (
        f"{drafted.unit}{amount}" if drafted.unit in CURRENCY_SIGNS else f"{amount} {drafted.unit}"
    )
    doc = Document(source_from_text(f"It was {text.strip()} in all.\n", id="amount"))
    tokens = doc.tokens_between(0, len(doc.text))
    counts = counts_in(doc, tokens, 0, len(doc.text), unit=drafted.unit)
    if not counts:  # unreadable: only the same number agrees
        return low <= drafted.low <= high
    return counts[0].meets(low, high)


def _same_date(written: Period, drafted: Period) -> bool:
    """Whether a source writing the drafted date would match the written one: the two agree
    at the precision both give (``check``'s rule), the drafted one giving a month at least
    ("December 2017" finds a written 2017-12-15, whose day no source gives)."""
    if drafted.month is None:
        return written == drafted
    year, month, day = drafted.year, drafted.month, drafted.day
    said = DateExpr(start=0, end=0, text="", year=year, month=month, day=day)
    return said.agrees_with(written) is True


def _same_time(written: TimeSpec, drafted: TimeSpec) -> bool:
    """Whether a source writing the drafted time would match the written one: within the
    written tolerance, across midnight too (``check``'s rule)."""
    said = ClockTime(start=0, end=0, text="", readings=(drafted.value,))
    return said.agrees_with(written.value, written.tolerance)


def _same_claim(written: Fact, drafted: Fact) -> bool:
    """Whether two claims give the same account. A variant's name is a label a person
    chooses ("wrong coordinates from the Turkish side"), which no draft can guess; what a
    variant says is its phrases and patterns, what ``check`` finds in a source. So the two
    claims are the same when a source writing a phrase of one's expected variant would state
    the other's expected variant, by the claim checker itself: the drafted phrase "a lack of
    coordination" states the written variant of phrases "lack of coordination", "poor
    coordination" (it holds one), and the written phrase "decimal point" states a drafted
    "decimal point"; a written pattern ("coordinates (?:\\w+ ){0,3}provided by ... Turkish")
    is tried on the drafted phrases. A phrase that states the written file's competing
    variant too is a contradiction, not the same account. Both variants identical (patterns
    alone, which no text can be made of) are the same too. Two different claims of one file
    share no phrase, so neither is taken for the other."""
    mine, theirs = written.spec, drafted.spec
    assert isinstance(mine, ClaimSpec) and isinstance(theirs, ClaimSpec)
    said, proposed = _expected_variant(mine), _expected_variant(theirs)
    if (said.phrases, said.patterns) == (proposed.phrases, proposed.patterns):
        return True
    return _states(written, proposed.phrases) or _states(drafted, said.phrases)


def _expected_variant(spec: ClaimSpec) -> Variant:
    return next(v for v in spec.variants if v.name == spec.expected)


def _states(claim: Fact, phrases: Sequence[str]) -> bool:
    """Whether a source writing one of ``phrases`` (each a sentence of its own) states
    ``claim``'s expected variant, as ``check`` reads it."""
    checker = compile_claim(claim)
    return any(
        checker(Document(source_from_text(f"{phrase}.\n", id="claim"))).status == Status.MATCH
        for phrase in phrases
    )


def _name_forms(spec: object) -> frozenset[str]:
    if isinstance(spec, NameSpec):
        return _folded((spec.value, *spec.variants))
    if isinstance(spec, MentionSpec):
        return _folded((spec.value, *spec.aliases))
    return frozenset()


def _folded(forms: Sequence[str]) -> frozenset[str]:
    return frozenset(" ".join(form.lower().replace("-", " ").split()) for form in forms)


def _heads(roles: Sequence[str]) -> frozenset[str]:
    return frozenset(_head(role, OFFICES) for role in roles)


def drafted_expectations(story: Draft) -> Expectations:
    """The draft as the loader reads it (the facts only: ids, kinds, values)."""
    from factcheck.draft.write import render_yaml
    from factcheck.loader import loads

    return loads(render_yaml(story), "<draft>")
