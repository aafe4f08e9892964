"""A story's sources -> a :class:`Draft`: candidates from every scanner, checked against the
sources, one value kept per group (the one most sources state), most disputed first."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from factcheck.draft.counts import count_candidates
from factcheck.draft.event_dates import date_candidates
from factcheck.draft.model import Candidate, Draft, Proposal
from factcheck.draft.names import name_candidates
from factcheck.draft.phrases import phrase_candidates
from factcheck.draft.roles import role_candidates
from factcheck.draft.verify import labels, states_value, verified
from factcheck.match.document import Document
from factcheck.model import Source

KIND_ORDER = ("quantity", "date", "role", "name", "claim", "mention")
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
    proposals, event_date = _proposals(docs, sources, min_sources, None)
    too_few: list[Proposal] = []
    if min_sources > 1:  # what one source (or too few) states: shown, never proposed
        groups = {p.candidate.group for p in proposals}
        single, _ = _proposals(docs, sources, 1, event_date)
        too_few = [
            p for p in single if p.candidate.group not in groups and states_value(p) < min_sources
        ]
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
    docs: list[Document], sources: Sequence[Source], min_sources: int, event_date: str | None
) -> tuple[list[Proposal], str | None]:
    """The proposals that ``min_sources`` sources state, most disputed first, and the event
    date (the one given, else the one the dates found point to)."""
    dates = [  # a date is kept only when fewer sources put another date by its words
        p
        for p in _kept(verified(date_candidates(docs, min_sources), docs, None), min_sources)
        if states_value(p) >= p.disagreeing
    ]
    event_date = event_date or _event_date(dates, sources)
    dates = [_named_event_date(p, event_date) for p in dates]
    others = [
        *count_candidates(docs, min_sources),
        *role_candidates(docs, min_sources),
        *name_candidates(docs, min_sources),
        *phrase_candidates(docs, min_sources),
    ]
    proposals = [
        p
        for p in [*dates, *_kept(verified(others, docs, event_date), min_sources)]
        if p.candidate.kind != "name" or p.disagreeing <= p.supporting
    ]  # a name more sources "misspell" than write it is another word: "German", "Germany"
    proposals = _unique_ids(_without_repeated_counts(proposals))
    proposals.sort(key=_rank)
    return proposals, event_date


def _kept(proposals: list[Proposal], min_sources: int) -> list[Proposal]:
    """The best-stated candidate of each group, if enough sources state it."""
    best: dict[str, Proposal] = {}
    for proposal in proposals:
        group = proposal.candidate.group
        if group not in best or _strength(proposal) > _strength(best[group]):
            best[group] = proposal
    return [p for p in best.values() if states_value(p) >= min_sources]


def _strength(proposal: Proposal) -> tuple[int, int, int, bool]:
    """More sources stating it; then fewer contradicting; then the more precise value; then
    the one that names what it counts (``subjects``)."""
    keys = proposal.candidate.keys
    value = str(keys.get("value", ""))
    named = "subjects" in keys
    return states_value(proposal), -proposal.disagreeing, len(value.rstrip("0")), named


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
    """Without a count of a noun that a count of an event word already has, same value and
    noun: "3 soldiers" beside "killed: 3, subjects: [soldiers]"; and of two amounts of money
    of the same value, the less stated ("whopping $284 billion", "a bill of $284 billion")."""
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
    covered = {
        (p.candidate.keys.get("unit", ""), str(p.candidate.keys["value"]), noun)
        for p in proposals
        if p.candidate.kind == "quantity"
        for noun in p.candidate.keys.get("subjects", [])
    }
    return [
        p
        for p in proposals
        if not (
            p.candidate.kind == "quantity"
            and ":noun:" in p.candidate.group
            and (
                p.candidate.keys.get("unit", ""),
                str(p.candidate.keys["value"]),
                p.candidate.keys["cues"][0],
            )
            in covered
        )
    ]


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
