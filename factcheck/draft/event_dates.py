"""Candidate dates: every date expression the shared reader finds (``find_dates``), resolved
against the source's own date (a weekday to the latest such day on or before it), with the
words around it that can tie it to the event in other sources.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TypeVar

from factcheck.dates import MONTH_NAMES, PERIOD_BOUND, WEEKDAYS, DateExpr
from factcheck.draft.counts import FAMILIES
from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, sentences
from factcheck.match.date import WINDOW
from factcheck.match.document import Document, Token

NEGATIONS = frozenset("not never no".split())
EVENT_WORDS = frozenset(word for cues in FAMILIES.values() for cue in cues for word in cue.split())
MAX_CUES = 6
MAX_DATES = 15  # dates, the most written first
_NOT_CUES = (
    STOPWORDS
    | frozenset(MONTH_NAMES)
    | frozenset(WEEKDAYS)
    | frozenset(
        "early late last next morning afternoon evening night today yesterday tomorrow week month "
        "year years days day earlier later local time".split()
    )
)


def date_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate per date that ``min_sources`` sources write, with as cues the words that
    stand near it in the most of them."""
    docs = list(docs)
    seen: dict[str, set[str]] = defaultdict(set)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    story = _story_date(docs) if any(doc.source.date is None for doc in docs) else None
    own = _own_years(docs, story)
    for doc in docs:
        near: dict[str, set[str]] = defaultdict(set)
        for start, end in sentences(doc):
            exprs = doc.dates_in(start, end)
            if not exprs:
                continue
            tokens = doc.tokens_between(start, end)
            for expr in exprs:
                value = _value(expr.resolve(doc.source.date), doc.source.date, story)
                if value is None or value in own:
                    continue
                bound = PERIOD_BOUND.search(doc.text, max(0, expr.start - 16), expr.start)
                if bound is not None:  # "their first title since 1908": a period's bound
                    near[value].update(_bounding(doc.text, tokens, bound.start(1)))
                    continue
                near[value].update(words_near(tokens, expr.start, expr.end, WINDOW, _NOT_CUES))
        for value, cues in near.items():
            seen[value].add(doc.source.id)
            words[value].update(cues)
    found = []
    only_day = _only_days(seen)
    ranked_all = ranked_words(seen, words, MAX_DATES, min_sources)
    for value, ranked in ranked_all:
        if not ranked:
            continue
        shared = [word for word in ranked if words[value][word] >= 2]  # near it in two sources
        events = [word for word in ranked if _event_word(word)][:MAX_CUES]
        # the words near it in two sources, and the event words near it in any: the checker
        # says which more sources state ("took place" can date another event in a source)
        sets = [(shared or ranked[:2])[:MAX_CUES], events]
        for cues_near in [cues for at, cues in enumerate(sets) if cues and cues not in sets[:at]]:
            keys: dict[str, object] = {"id": f"date-{cues_near[0]}", "kind": "date"}
            keys.update(value=int(value) if len(value) == 4 else value, cues=cues_near)
            found.append(Candidate(keys=keys, group=f"date:{value}"))
    return found + _to_the_day(only_day, dict(ranked_all))


def _only_days(seen: dict[str, set[str]]) -> dict[str, str]:
    """The months that sources write alone and one other source to the day, the only day of
    that month written: ``{"2017-07": "2017-07-29"}`` ("learned of the breach on July 29",
    "discovered the cyber crime in July")."""
    days: dict[str, list[str]] = defaultdict(list)
    for value in seen:
        if len(value) == 10:
            days[value[:7]].append(value)
    return {
        month: found[0]
        for month, found in days.items()
        if len(found) == 1 and month in seen and seen[month] - seen[found[0]]
    }


def _to_the_day(only_day: dict[str, str], ranked: dict[str, list[str]]) -> list[Candidate]:
    """A date one source gives to the day and another to its month, as one candidate: the
    day, with the event words near either and near no other date ("informed consumers last
    month" dates the disclosure too) (``check`` compares a date at the precision a source
    gives, so the month agrees with the day); it joins the day's candidates, of which the
    checker keeps the best stated. The month's stay apart: another event may share it (the
    slap filmed in December, the hearing of 28 December)."""
    found = []
    for month, day in sorted(only_day.items()):
        elsewhere = {w for value, near in ranked.items() if value not in (day, month) for w in near}
        cues = [
            w
            for w in [*ranked.get(day, []), *ranked.get(month, [])]
            if _event_word(w) and w not in elsewhere
        ]
        cues = list(dict.fromkeys(cues))[:MAX_CUES]
        if cues:
            keys = {"id": f"date-{cues[0]}", "kind": "date", "value": day, "cues": cues}
            found.append(Candidate(keys=keys, group=f"date:{day}"))
    return found


Value = TypeVar("Value", str, int)


def ranked_words(
    seen: dict[Value, set[str]], words: dict[Value, Counter[str]], limit: int, min_sources: int
) -> list[tuple[Value, list[str]]]:
    """The values most sources state (at most ``limit``, and only those ``min_sources`` state),
    in order, each with the words near it: event words first, then the most written."""
    common = sorted(seen, key=lambda value: (-len(seen[value]), value))[:limit]
    return [
        (
            value,
            [
                word
                for word, _ in sorted(
                    words[value].items(), key=lambda i: (not _event_word(i[0]), -i[1], i[0])
                )
            ],
        )
        for value in sorted(common)
        if len(seen[value]) >= min_sources
    ]


def words_near(
    tokens: list[Token], start: int, end: int, window: int, excluded: frozenset[str]
) -> set[str]:
    """The words within ``window`` tokens of the span ``start..end`` (text offsets) that may cue
    it: lower-case words of three letters or more, not ``excluded``, not right after a negation
    ("didn't derail")."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start < end]
    if not inside:
        return set()
    around = tokens[max(0, inside[0] - window) : inside[-1] + 1 + window]
    return {
        t.lower
        for at, t in enumerate(around)
        if t.lower.isalpha()
        and len(t.lower) > 2
        and t.text[0].islower()
        and t.lower not in excluded
        and not (at and _negates(around[at - 1].lower))
    }


def _negates(word: str) -> bool:
    """ "not", "never", "didn't": the word after it did not happen ("didn't derail")."""
    return word in NEGATIONS or word.endswith("n't")


def _event_word(word: str) -> bool:
    """Whether a cue word tells what happened: an event word of the count families
    ("killed", "arrested"), or a verb in the past ("derailed", "struck" aside): these rank
    before nouns ("trains") as a date's cues."""
    return word in EVENT_WORDS or (word.endswith("ed") and len(word) > 4)


def _story_date(docs: list[Document]) -> dt.date | None:
    """The date the sources carry most often (the latest on a tie), else the full date they
    write most often: what a date without a year in a source without a date of its own is
    read against ("KT alerted police on July 13" in a story of July 2012). ``check`` compares
    such a date at the precision the source gives, without the year."""
    days: Counter[dt.date] = Counter(d.source.date for d in docs if d.source.date is not None)
    if not days:
        for doc in docs:
            for start, end in sentences(doc):
                written = (e.full_date() for e in doc.dates_in(start, end))
                days.update(day for day in written if day is not None)
    return max(days.items(), key=lambda i: (i[1], i[0]))[0] if days else None


def _bounding(text: str, tokens: list[Token], at: int) -> list[str]:
    """The cue of a date that bounds a period ("since", "until" or "till" before it, which
    ``check`` reads as no date of an event unless a cue ends with that word): the word before
    the bound and the bound ("their first title since 1908" -> "title since"), when it is a
    word of content."""
    index = next((i for i, t in enumerate(tokens) if t.start == at), None)
    if not index:
        return []
    word = tokens[index - 1]
    if not word.lower.isalpha() or word.lower in STOPWORDS or text[word.end : at].strip():
        return []
    return [f"{word.lower} {tokens[index].lower}"]


def _own_years(docs: list[Document], story: dt.date | None) -> frozenset[str]:
    """The years of the sources' own dates and of the story's: a year alone that is one of
    them says when the story is, no date of its own ("in 2016" of a story of 2016)."""
    days = [doc.source.date for doc in docs if doc.source.date is not None]
    return frozenset(f"{day.year:04d}" for day in [*days, *([story] if story else [])])


def _value(expr: DateExpr, anchor: dt.date | None, story: dt.date | None = None) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a year alone: "came to Cincinnati in 2014",
    the date of another event); a month and day without a year take the source's year (the
    year before, when that puts them after the source's date); in a source without a date, a
    month with or without its day is read so against the ``story``'s date."""
    full = expr.full_date()
    if full is not None:
        return full.isoformat()
    if expr.month is None:
        alone = expr.year is not None and expr.period is None and expr.named is None
        return f"{expr.year:04d}" if alone and expr.day is None else None
    if expr.year is None and anchor is None and story is not None:
        if expr.day is None:  # "in December": the latest December on or before the story
            year = story.year if expr.month <= story.month else story.year - 1
            return f"{year:04d}-{expr.month:02d}"
        anchor = story
    if expr.day is None:
        return f"{expr.year:04d}-{expr.month:02d}" if expr.year is not None else None
    if anchor is None:
        return None
    try:
        day = dt.date(anchor.year, expr.month, expr.day)
        if day > anchor + dt.timedelta(days=1):
            day = dt.date(anchor.year - 1, expr.month, expr.day)
    except ValueError:
        return None
    return day.isoformat()
