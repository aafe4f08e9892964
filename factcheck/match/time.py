"""``time`` facts: the time of day of the event ("took off at 00:41"), within a tolerance.

A time of day (see :mod:`factcheck.clock`) speaks of the event only when it is the nearest time
to one of the fact's cues in the same sentence, at most ``WINDOW`` words away: in "took off at
00:41 and lost contact at 1:30am" the take-off is 00:41 alone. A time that opens the sentence
frames it: a cue with no time near takes it (see :func:`_framing`). With ``subjects``, one of
them must stand in the sentence. A time agrees when one of its readings, within its hedge, lies
within the fact's ``tolerance`` of the expected time (across midnight too). Set aside as
context, never contradictions: a bound ("before 11pm", "by 10:20 p.m.") and a time given in a
named time zone ("16:41 GMT"), which is another clock's, unless the fact's ``zones`` name it
(``zones: [PDT, Pacific]``: "10:05 p.m. PDT" is then compared).
"""

from __future__ import annotations

import bisect

from factcheck.clock import ClockTime, find_times, show_minute, zone_offset
from factcheck.match.date import REPORTING
from factcheck.match.document import Checker, Cues, Document, Hit, Token, decide
from factcheck.model import Fact, TimeSpec, Verdict

WINDOW = 8  # words between a cue and the time it takes


def compile_time(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, TimeSpec)
    cues = Cues(spec.cues)
    subjects = frozenset(word.lower() for word in spec.subjects)
    zones = frozenset(zone.lower() for zone in spec.zones)
    # the offset of the first zone the fact lists that fixes one: a time in another such zone
    # is converted to it ("0336 GMT" is 19:36 PST)
    offset = next((o for o in map(zone_offset, spec.zones) if o is not None), None)
    expected = show_minute(spec.value)

    def check(doc: Document) -> Verdict:
        found: dict[str, list[Hit]] = {"support": [], "conflict": [], "context": []}
        for start, end in cues.sentences(doc):
            times = find_times(doc.text, start, end)
            if not times:
                continue
            tokens = doc.tokens_between(start, end)
            if subjects and not any(t.lower in subjects for t in tokens):
                continue
            for time, framing in _tied(tokens, cues.positions(tokens), times):
                other_zone = bool(time.zone) and time.zone.lower() not in zones
                written, converted = repr(time.text), False
                if other_zone and offset is not None and zone_offset(time.zone) is not None:
                    # converted, a time may support the fact, never contradict it: zones are
                    # misnamed ("EST" in summer, Australia's "EST"), and a time in another zone
                    # near a cue is often of another moment (a briefing, a market's move)
                    shown = show_minute(time.in_zone(offset).readings[0])
                    written = f"{time.text!r} {time.zone}, {shown} {spec.zones[0]}"
                    time, other_zone, converted = time.in_zone(offset), False, True
                hit = Hit(start=time.start, end=time.end, value=time.describe())
                if time.bound or other_zone:
                    why = f"a bound ({time.hedge!r})" if time.bound else f"{time.zone} time"
                    note = f"{why}, not the local time of the event: {time.text!r}"
                    found["context"].append(_noted(hit, note))
                elif time.agrees_with(spec.value, spec.tolerance):
                    found["support"].append(_noted(hit, f"{written} agrees with {expected}"))
                elif converted:
                    note = f"a time of another zone, converted, which only supports: {written}"
                    found["context"].append(_noted(hit, note))
                elif framing:
                    note = f"a time that opens the sentence, maybe of another moment: {written}"
                    found["context"].append(_noted(hit, note))
                else:
                    said = f"the source gives {time.describe()} ({written})"
                    note = f"{said} where {fact.expected} is expected"
                    found["conflict"].append(_noted(hit, note))
        return decide(
            fact,
            doc,
            supports=found["support"],
            conflicts=found["conflict"],
            context=found["context"],
        )

    return check


def _tied(
    tokens: list[Token], cue_spans: list[tuple[int, int]], times: list[ClockTime]
) -> list[tuple[ClockTime, bool]]:
    """For each cue, the nearest time within ``WINDOW`` words (each time once; the one before
    the cue on a tie), or else the time that frames the sentence; with whether it was taken
    only for framing it. The times of a sentence are in order and apart, so the nearest ones
    are found by bisection: an endless sentence of cues and times costs its length."""
    starts = [token.start for token in tokens]
    placed = [
        (index, place)
        for index, place in enumerate(_token_span(starts, time) for time in times)
        if place is not None
    ]
    firsts = [place[0] for _, place in placed]
    lasts = [place[1] for _, place in placed]
    opening = placed[0] if placed and firsts[0] <= FRAMING else None
    tied: dict[int, ClockTime] = {}
    framed: set[int] = set()
    for first, last in cue_spans:
        best: tuple[int, int] | None = None  # (gap, index of the time)
        before = bisect.bisect_left(lasts, first) - 1  # the last time ending before the cue
        if before >= 0 and first - lasts[before] - 1 <= WINDOW:
            best = (first - lasts[before] - 1, placed[before][0])
        after = bisect.bisect_right(firsts, last)  # the first time starting after it
        gap = firsts[after] - last - 1 if after < len(placed) else WINDOW + 1
        if gap <= WINDOW and (best is None or gap < best[0]):
            best = (gap, placed[after][0])
        if best is None and opening is not None:
            best = _framing(tokens, firsts, opening, first)
            if best is not None:
                framed.add(best[1])
        if best is not None:
            tied[best[1]] = times[best[1]]
    return [(tied[index], index in framed) for index in sorted(tied)]


def _framing(
    tokens: list[Token], firsts: list[int], opening: tuple[int, tuple[int, int]], cue: int
) -> tuple[int, int] | None:
    """The time that opens the sentence and so frames it ("At 00:48 in Cleveland, Ohio,
    Michael Martinez of the hometown Indians chopped a groundball to third base"): a cue of
    the main clause with no time near takes it, when no other time, no reporting verb ("At
    9pm, police said the gunman fired") and no word that opens another clause ("At 3pm the
    procession passed the spot where the bomb exploded") stand between them. A framing time
    may support the fact, never contradict it: the main clause may tell of a later moment."""
    index, (_, last) = opening
    if not last < cue or cue - last > FRAME_REACH:
        return None  # a bounded look, so that an endless sentence costs its length
    following = bisect.bisect_right(firsts, last)
    if following < len(firsts) and firsts[following] < cue:
        return None  # another time between
    if any(t.lower in REPORTING or t.lower in _OTHER_CLAUSE for t in tokens[last + 1 : cue]):
        return None
    return cue - last - 1, index


FRAMING = 2  # a time starting at one of the sentence's first tokens frames it ("At about 4pm")
FRAME_REACH = 30  # ... for the cues at most this many tokens after it
# words that open a clause of another moment: "the stand that collapsed during the night"
_OTHER_CLAUSE = frozenset(
    "that which who whom whose where when while since after before until had".split()
)


def _token_span(starts: list[int], time: ClockTime) -> tuple[int, int] | None:
    """The first and last token of ``time`` (``starts``: where each token starts): "12:41
    a.m." is four ("12", "41", "a.m")."""
    first = bisect.bisect_left(starts, time.start)
    last = bisect.bisect_left(starts, time.end) - 1
    return (first, last) if first <= last else None


def _noted(hit: Hit, note: str) -> Hit:
    return Hit(start=hit.start, end=hit.end, value=hit.value, note=note)
