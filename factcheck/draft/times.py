"""Candidate times of day: every time the shared clock reader finds (``find_times``) that a
sentence gives as the moment something happened ("landed ... at around 7:16 am local time",
"at 6.57am"), with the words around it that tie it to the event, as a date's are found.

A time is the moment of something when "at" stands before it (hedges aside) or it carries
its half of the day ("shortly before 7am"), or it heads an entry of a timeline: a time of the
24-hour clock opening a paragraph, its date and a colon after it ("00:41, 8 March: Malaysia
Airlines Flight MH370 departed"; the clock reader reads no time before a colon, "01:07: The
plane sent", which may be the hours of a time with seconds); a bound ("by 10pm"), a time of
another clock ("2206 GMT") and a time that may be either half of the day are no candidates,
nor is a clock without either ("Updated: 2017-09-15 17:52", a video's length "01:12").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.clock import _ABOUT, _BOUNDS, _NEAR, _NEARLY, ClockTime, find_times, show_minute
from factcheck.draft.event_dates import _NOT_CUES, MAX_CUES, ranked_words, words_near
from factcheck.draft.model import Candidate
from factcheck.draft.sentences import sentences
from factcheck.match.document import Document, Token
from factcheck.match.time import WINDOW

MAX_TIMES = 10  # times, the most written first
# a time's hedges and bounds say how exact it is, not what happened at it
_NOT_TIME_CUES = _NOT_CUES | frozenset((*_ABOUT, *_NEARLY, *_NEAR, *_BOUNDS, "hours", "hour"))
_AT = re.compile(
    r"\bat\s+(?:(?:about|around|approximately|roughly|some|circa|nearly|almost|just)\s+)?$",
    re.IGNORECASE,
)
# the head of a timeline's entry: "00:41, 8 March: ..." at a paragraph's start
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*$")
_ENTRY_HEAD = re.compile(r",[ \t]*[\w ]{1,20}:[ \t]")
_HOURS_24 = re.compile(r"[012]\d:[0-5]\d")
_HALF = re.compile(r"[ap]\.?m\b|noon|midnight|midday", re.IGNORECASE)


def time_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate per time of day that ``min_sources`` sources give as a moment, with as
    cues the words near it in two sources or more, else the two nearest event words."""
    seen: dict[int, set[str]] = defaultdict(set)
    words: dict[int, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        near: dict[int, set[str]] = defaultdict(set)
        for start, end in sentences(doc):
            times = [t for t in find_times(doc.text, start, end) if _a_moment(doc.text, t)]
            if not times:
                continue
            tokens = doc.tokens_between(start, end)
            for time in times:
                near[time.readings[0]].update(_words_near(tokens, time))
        for minute, nearby in near.items():
            if nearby:
                seen[minute].add(doc.source.id)
                words[minute].update(nearby)
    found = []
    for minute, ranked in ranked_words(seen, words, MAX_TIMES, min_sources):
        shared = [w for w in ranked if words[minute][w] >= 2]
        cues = (shared or ranked[:2])[:MAX_CUES]
        keys: dict[str, object] = {"id": f"time-{cues[0]}", "kind": "time"}
        keys.update(value=show_minute(minute), cues=cues)
        found.append(Candidate(keys=keys, group=f"time:{minute}"))
    return found


def _a_moment(text: str, time: ClockTime) -> bool:
    """Whether a time is given as the moment of something: one reading, no bound, no other
    clock, and "at" before it, its half of the day written, or the head of a timeline's
    entry."""
    if time.bound or time.zone or len(time.readings) != 1:
        return False
    before = text[max(0, time.start - 30) : time.start]
    return (
        _AT.search(before) is not None
        or _HALF.search(time.text) is not None
        or _heads_an_entry(text, time)
    )


def _heads_an_entry(text: str, time: ClockTime) -> bool:
    """Whether a time of the 24-hour clock opens a paragraph, with its date and a colon after
    it: a timeline's entry, which tells what happened at that time."""
    return (
        _HOURS_24.fullmatch(time.text) is not None
        and _LINE_START.search(text, max(0, time.start - 10), time.start) is not None
        and _ENTRY_HEAD.match(text, time.end) is not None
    )


def _words_near(tokens: list[Token], time: ClockTime) -> set[str]:
    """The words within the time checker's window of a time that may cue it."""
    return words_near(tokens, time.start, time.end, WINDOW, _NOT_TIME_CUES)
