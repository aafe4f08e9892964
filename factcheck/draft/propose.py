"""A story's sources -> a :class:`Draft`: candidates from every scanner, checked against the
sources, one value kept per group (the one most sources state), most disputed first."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from factcheck.draft.ages import age_candidates
from factcheck.draft.claims import claim_candidates
from factcheck.draft.counts import (
    CONVERSION_SLACK,
    amount_value,
    converted_figure,
    count_candidates,
)
from factcheck.draft.denials import denial_candidates
from factcheck.draft.event_dates import date_candidates
from factcheck.draft.finishes import finish_candidates
from factcheck.draft.manner import manner_candidates
from factcheck.draft.model import Candidate, Draft, Proposal
from factcheck.draft.moments import moment_candidates
from factcheck.draft.names import name_candidates
from factcheck.draft.phrases import phrase_candidates
from factcheck.draft.quotes import quote_candidates
from factcheck.draft.relations import relation_candidates
from factcheck.draft.results import result_candidates
from factcheck.draft.roles import role_candidates
from factcheck.draft.times import time_candidates
from factcheck.draft.verify import labels, states_value, verified
from factcheck.match.document import Document
from factcheck.model import Source, Status, show_amount

KIND_ORDER = ("quantity", "date", "time", "role", "name", "claim", "mention")
EVENT_PLACEHOLDER = "EDIT ME: one line naming the event"
EVENT_WINDOW = dt.timedelta(days=7)  # an event date lies at most this long before a source's


def draft(
    sources: Sequence[Source],
    *,
    event: str | None = None,
    min_sources: int = 2,
    globs: Sequence[str] = (),
) -> Draft:
    """The draft of an expectation file for ``sources``: every value it proposes is stated
    by at least ``min_sources`` of them (as ``factcheck check`` reads them)."""
    docs = [Document(source) for source in sources]
    # the scanners look for candidates in any one source; the checker says how many state
    # each (a scanner sees "Azharuddin Abdul Rahman, director-general" in one source, the
    # checker reads the same title in two): kept at ``min_sources``, listed below it
    found, event_date = _proposals(docs, sources, min_sources)
    proposals = _finished([p for p in found if states_value(p) >= min_sources])
    too_few = _finished([p for p in found if states_value(p) < min_sources])
    return Draft(
        event=event or _event(sources),
        date=event_date,
        sources=tuple(globs) or tuple(source.id for source in sources),
        labels=tuple(labels(docs)),
        proposals=tuple(proposals),
        min_sources=min_sources,
        too_few=tuple(too_few),
    )


def _proposals(
    docs: list[Document], sources: Sequence[Source], min_sources: int
) -> tuple[list[Proposal], str | None]:
    """The best-stated candidate of every group, and the event date (the one the dates that
    ``min_sources`` sources state point to)."""
    dates = _kept(  # a date is kept only when fewer sources put another date by its words
        [
            p
            for p in verified(date_candidates(docs, 1), docs, None)
            if states_value(p) >= p.disagreeing
        ]
    )
    event_date = _event_date([p for p in dates if states_value(p) >= min_sources], sources)
    dates = [_named_event_date(p, event_date) for p in dates]
    others = [
        *count_candidates(docs, 1),
        *role_candidates(docs, 1),
        *name_candidates(docs, 1),
        *phrase_candidates(docs, 1),
        *time_candidates(docs, 1),
        *claim_candidates(docs, 1),
        *result_candidates(docs, 1),
        *age_candidates(docs, 1),
        *quote_candidates(docs),
        *manner_candidates(docs, 1),
        *moment_candidates(docs, 1),
        *finish_candidates(docs, 1),
        *relation_candidates(docs, 1),
        *denial_candidates(docs),
    ]
    proposals = [
        p
        for p in [*dates, *_kept(verified(others, docs, event_date))]
        if p.candidate.kind not in ("name", "role", "time") or p.disagreeing <= p.supporting
    ]  # a name more sources "misspell" than write it is another word ("German", "Germany");
    # a title (or a time) more sources contradict than give is not the story's
    return proposals, event_date


def _finished(proposals: list[Proposal]) -> list[Proposal]:
    """Without repeated counts, with unique ids, most disputed first."""
    proposals = _unique_ids(_without_repeated_claims(_without_repeated_counts(proposals)))
    proposals.sort(key=_rank)
    return proposals


def _kept(proposals: list[Proposal]) -> list[Proposal]:
    """The best-stated candidate of each group, if a source states it. A count of a noun
    whose best value an event word's count already says ("21 schoolgirls" beside "freed:
    21") gives way to its next value ("276 schoolgirls"): that is what the noun adds."""
    groups: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        groups.setdefault(proposal.candidate.group, []).append(proposal)
    kept: list[Proposal] = []
    for group in sorted(groups, key=_tie_order):
        ranked = sorted(filter(_written, groups[group]), key=_strength, reverse=True)
        if not ranked:
            continue
        fresh = [
            p
            for p in ranked
            if states_value(p) == states_value(ranked[0])
            and not any(_repeats(p, other) for other in kept)
        ]
        best = (fresh or ranked)[0]
        if states_value(best) >= 1:
            kept.append(best)
    return kept


def _written(proposal: Proposal) -> bool:
    """Whether a source writes the count's number ("32 civilians"), not only a bound that
    agrees with it ("at least 4" in a source whose 32 is another event's): a count no source
    writes is not proposed."""
    return (
        proposal.candidate.kind != "quantity"
        or any(s.also_states for s in proposal.statements)
        or _writing_the_number(proposal) > 0
    )


def _tie_order(group: str) -> int:
    """Event words' counts first, then nouns': a noun's count may repeat an event word's."""
    return 1 if ":noun:" in group else 0


def _strength(proposal: Proposal) -> tuple[int, int, int, int, bool]:
    """More sources stating it; then more sources writing the number itself (a source that
    writes "at least two" agrees with any count above two, but writes none of them); then
    fewer contradicting; then the more precise value; then the one that names what it
    counts (``subjects``)."""
    keys = proposal.candidate.keys
    value = str(keys.get("value", ""))
    named = "subjects" in keys
    return (
        states_value(proposal),
        _writing_the_number(proposal),
        -proposal.disagreeing,
        len(value.rstrip("0")),
        named,
    )


_HEDGE = re.compile(r"^(?:more than|at least|nearly|about|at most|fewer than) ")


def _writing_the_number(proposal: Proposal) -> int:
    """How many sources stating a count write its number, hedged or not ("at least 6" writes
    6, as the checker shows what they say: ``Count.show``)."""
    keys = proposal.candidate.keys
    if proposal.candidate.kind != "quantity":
        return 0
    shown = show_amount(amount_value(keys["value"]), keys.get("unit", ""))
    value = amount_value(keys["value"])
    return sum(
        s.status == Status.MATCH
        and (_names(_HEDGE.sub("", s.said), shown) or _converts(_HEDGE.sub("", s.said), value))
        for s in proposal.statements
    )


def _names(said: str, shown: str) -> bool:
    return said == shown or said.startswith(f"{shown} (")


_CONVERTED = re.compile(r"(?P<value>[\d,.]+) \S+ \((?P<written>[\d,.]+ [^)]+)\)")


def _converts(said: str, value: float) -> bool:
    """Whether a source writes the number in another unit: "3,379.62 km (2,100 miles)" writes
    3,380 km, as its figure rounds (see ``_join_conversions`` in the count scanner)."""
    match = _CONVERTED.fullmatch(said)
    if match is None:
        return False
    converted = converted_figure(float(match["value"].replace(",", "")), match["written"])
    return abs(converted - value) <= CONVERSION_SLACK * value


def _event_date(dates: list[Proposal], sources: Sequence[Source]) -> str | None:
    """The most stated full date that lies within a week before a source's own date; else the
    date most sources carry (header or dateline)."""
    own = [source.date for source in sources if source.date is not None]
    full = [p for p in dates if len(str(p.candidate.keys["value"])) == 10]
    if own:
        full = [
            p
            for p in full
            if any(
                day - EVENT_WINDOW <= dt.date.fromisoformat(str(p.candidate.keys["value"])) <= day
                for day in own
            )
        ]
    if full:
        best = max(full, key=lambda p: (states_value(p), str(p.candidate.keys["value"])))
        return str(best.candidate.keys["value"])
    if own:
        return min(Counter(own).most_common(), key=lambda i: (-i[1], i[0]))[0].isoformat()
    return None


def _named_event_date(proposal: Proposal, event_date: str | None) -> Proposal:
    if proposal.candidate.keys["value"] != event_date:
        return proposal
    keys = {**proposal.candidate.keys, "id": "date"}
    candidate = Candidate(keys=keys, group=proposal.candidate.group, note=proposal.candidate.note)
    return Proposal(candidate=candidate, statements=proposal.statements)


def _without_repeated_counts(proposals: list[Proposal]) -> list[Proposal]:
    """Without a count of a noun that a count of an event word already has, same value, and
    the noun among its subjects or every source of it among the event word's ("3 soldiers"
    beside "killed: 3, subjects: [soldiers]"; "11 others" beside "injured: 11", which the
    same sources state); and of two amounts of money of the same value, the less stated
    ("whopping $284 billion", "a bill of $284 billion")."""
    amounts: dict[tuple[str, str], Proposal] = {}
    for p in proposals:
        unit = p.candidate.keys.get("unit", "")
        if p.candidate.kind == "quantity" and unit:
            key = (unit, str(p.candidate.keys["value"]))
            if key not in amounts or states_value(p) > states_value(amounts[key]):
                amounts[key] = p
    proposals = [
        p
        for p in proposals
        if not p.candidate.keys.get("unit")
        or amounts[(p.candidate.keys["unit"], str(p.candidate.keys["value"]))] is p
    ]
    events = [
        p
        for p in proposals
        if p.candidate.kind == "quantity"
        and (":family:" in p.candidate.group or ":noun:" in p.candidate.group)
    ]
    return [p for p in proposals if not any(_repeats(p, event) for event in events)]


def _without_repeated_claims(proposals: list[Proposal]) -> list[Proposal]:
    """Of two claims with the same value, case aside, the more stated: a quotation and a
    denial may be the same words ("no connection")."""
    best: dict[str, Proposal] = {}
    for p in proposals:
        if p.candidate.kind == "claim":
            value = str(p.candidate.keys["value"]).lower()
            if value not in best or states_value(p) > states_value(best[value]):
                best[value] = p
    return [
        p
        for p in proposals
        if p.candidate.kind != "claim" or best[str(p.candidate.keys["value"]).lower()] is p
    ]


def _repeats(count: Proposal, event: Proposal) -> bool:
    """Whether a count of a noun says what a count of an event word says ("11 others"
    beside "injured: 11")."""
    mine, theirs = count.candidate.keys, event.candidate.keys
    if count is event or {count.candidate.kind, event.candidate.kind} != {"quantity"}:
        return False
    if ":noun:" not in count.candidate.group or ":noun:" in event.candidate.group:
        return False
    if (mine.get("unit"), str(mine["value"])) != (theirs.get("unit"), str(theirs["value"])):
        return False
    return mine["cues"][0] in theirs.get("subjects", []) or _stating(count) <= _stating(event)


def _stating(proposal: Proposal) -> set[str]:
    return {s.source for s in proposal.statements if s.status == "match" or s.also_states}


def _unique_ids(proposals: list[Proposal]) -> list[Proposal]:
    seen: Counter[str] = Counter()
    unique = []
    for proposal in proposals:
        base = re.sub(r"[^A-Za-z0-9_.-]+", "-", proposal.candidate.id).strip("-.") or "fact"
        seen[base] += 1
        new_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        if new_id != proposal.candidate.id:
            candidate = Candidate(
                keys={**proposal.candidate.keys, "id": new_id},
                group=proposal.candidate.group,
                note=proposal.candidate.note,
            )
            proposal = Proposal(candidate=candidate, statements=proposal.statements)
        unique.append(proposal)
    return unique


def _rank(proposal: Proposal) -> tuple[int, int, int, str]:
    """Most disputed first, then the most stated, then by kind and id."""
    kind = KIND_ORDER.index(proposal.candidate.kind)
    return -proposal.disagreeing, -states_value(proposal), kind, proposal.candidate.id


def _event(sources: Sequence[Source]) -> str:
    """A placeholder: the event is for the editor to name."""
    return EVENT_PLACEHOLDER
