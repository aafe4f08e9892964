"""Times of day in text, each read as the minutes after midnight it may mean, with its hedge.

- "00:41", "09:30", "16:41": a colon time with a leading zero or an hour past 12 is 24-hour;
  "3:20 p.m.", "12:41 a.m.", "4.45am", "9pm", "10 p.m." carry their half of the day;
  "midnight" is 00:00, "noon" and "midday" 12:00.
- Any other colon time without a.m./p.m. ("at 3:20", "about 10:25") may be either half of
  the day, unless "in the morning" or "in the evening", "in the afternoon", "at night" follows.
- "an hour before midnight", "30 minutes after 9pm": the offset is applied (23:00, 21:30).
- Hedges: "about", "around", "approximately", "roughly", "some", "circa" allow 15 minutes
  either way, "nearly" and "almost" 15 minutes before; "shortly", "just", "moments" or
  "minutes" before a time allow up to 30 minutes before it, the same words with "after" or
  "past" up to 30 minutes after it.
- A bound is not the moment: "before 11pm", "by 10:20 p.m.", "until", "after", "since",
  "from 11pm to 2am", "between 1:30 and 4:00 p.m.": such a time is kept, marked ``bound``.
- A time zone written after it ("16:41 GMT", "12:54 PDT", "11:57am Hawaii time") is kept as
  ``zone``: the time of another clock, which says nothing against a local time ("local time"
  is the event's own).
- "Noon" with a capital is a name ("Jamie Noon"); "3:48.82" is a race time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

DAY = 24 * 60
ABOUT = 15  # "about 4.45am": within 15 minutes
SHORTLY = 30  # "shortly before midnight": up to 30 minutes before

# Zones whose abbreviation fixes its offset from UTC, in minutes east: a time in one of them
# converts to another. Not "ET", "PT" (summer or winter), "CST" (US Central or China), "IST"
# (India, Ireland or Israel), nor a place's time ("Hawaii time").
ZONE_OFFSETS = {
    "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "AEST": 600, "AEDT": 660, "JST": 540, "HKT": 480, "SGT": 480, "WIB": 420, "MYT": 480,
}  # fmt: skip

_TIME = re.compile(
    r"(?<![\w.:,])(?:"
    r"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5][0-9]))?\s?(?P<half>[ap])(?:\.m\.|\.?m\b)"
    r"|(?P<h24>[01][0-9]|2[0-3]|[1-9]):(?P<m24>[0-5][0-9])(?![\d:]|\.\d)"  # not "3:48.82"
    r"|(?-i:(?P<word>midnight|noon|midday))\b"  # lower case: "Jamie Noon" is a name
    # four figures before a zone that fixes its offset, as agencies write it: "(0336 GMT)"
    r"|(?P<h4>[01][0-9]|2[0-3])(?P<m4>[0-5][0-9])(?=\s?(?-i:" + "|".join(ZONE_OFFSETS) + r")\b)"
    r")",
    re.IGNORECASE,
)
_OFFSET = re.compile(
    r"(?:(?P<count>an?|one|two|three|half an|\d+)\s+(?P<unit>hours?|minutes?|mins?)\s+"
    r"(?P<side>before|after|past)\s+)$",
    re.IGNORECASE,
)
_OFFSET_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half an": 0.5}
_ZONE = re.compile(
    r"\s*\(?(?P<zone>GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|"
    r"MT|AEST|AEDT|IST|JST|HKT|SGT|WIB|MYT)\b(?P<shift>\s?[+\-\u2212]\s?\d{1,2}(?::?[0-5]\d)?)?"
    r"|\s+(?!Local\b)(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b"  # "11:57am Hawaii time"
)
_HALF_AFTER = re.compile(
    r"\s+(?:(?P<am>in the morning)|(?P<pm>in the (?:afternoon|evening)|at night))", re.IGNORECASE
)
_ABOUT = ("about", "around", "approximately", "roughly", "some", "circa")
_NEARLY = ("nearly", "almost")
_NEAR = ("shortly", "just", "moments", "minutes", "soon", "right")
_BOUNDS = ("before", "by", "until", "till", "to", "after", "since", "from", "between", "past")


@dataclass(frozen=True, slots=True, kw_only=True)
class ClockTime:
    """A time of day in text: ``text[start:end]``, the readings it allows (minutes after
    midnight) and how far each may lie from what it says (``low``..``high`` minutes)."""

    start: int
    end: int
    text: str
    readings: tuple[int, ...]
    low: int = 0
    high: int = 0
    hedge: str = ""
    bound: bool = False  # "before 11pm": a bound, not the moment
    zone: str = ""  # "GMT": the time of another clock

    def agrees_with(self, expected: int, tolerance: int) -> bool:
        """Whether one reading, within its hedge, lies within ``tolerance`` minutes of the
        ``expected`` minute of the day (across midnight too: 23:55 is 10 minutes from 00:05)."""
        return any(
            reading + self.low - tolerance <= expected + shift <= reading + self.high + tolerance
            for reading in self.readings
            for shift in (-DAY, 0, DAY)
        )

    def in_zone(self, offset: int) -> ClockTime:
        """The same moment on the clock of a zone ``offset`` minutes east of UTC (this time's
        zone must fix its offset: see :func:`zone_offset`): "0336 GMT" in PST (-480) reads
        19:36."""
        own = zone_offset(self.zone)
        assert own is not None, self.zone
        shift = offset - own
        readings = tuple((reading + shift) % DAY for reading in self.readings)
        return replace(self, readings=readings, zone="")

    def describe(self) -> str:
        """ "about 04:45", "00:41 or 12:41"."""
        shown = " or ".join(show_minute(reading) for reading in self.readings)
        return f"{self.hedge} {shown}" if self.hedge else shown


def show_minute(minute: int) -> str:
    return f"{minute // 60 % 24:02d}:{minute % 60:02d}"


def parse_minute(text: str) -> int:
    """ "00:41" -> 41, "23:05" -> 1385 (the loader has checked the form)."""
    hours, _, minutes = text.partition(":")
    return int(hours) * 60 + int(minutes)


def find_times(text: str, start: int, end: int) -> list[ClockTime]:
    """The times of day in ``text[start:end]`` (a sentence)."""
    found = []
    for match in _TIME.finditer(text, start, end):
        readings = _readings(match, text, end)
        before = text[max(start, match.start() - 40) : match.start()]
        offset = _OFFSET.search(before)
        time_start = match.start()
        if offset is not None:
            count = offset["count"].lower()
            amount = float(count) if count.isdigit() else _OFFSET_COUNTS[count]
            minutes = round(amount * (60 if offset["unit"][0] in "hH" else 1))
            sign = -1 if offset["side"].lower() == "before" else 1
            readings = tuple((r + sign * minutes) % DAY for r in readings)
            before = before[: offset.start()]
            time_start = match.start() - len(offset[0])
        words = before.lower().split()[-6:]
        low, high, hedge, bound = _hedge(words)
        zone = _ZONE.match(text, match.end(), end)
        found.append(
            ClockTime(
                start=time_start,
                end=match.end(),
                text=text[time_start : match.end()],
                readings=readings,
                low=low,
                high=high,
                hedge=hedge,
                bound=bound,
                zone=_zone_name(zone) if zone else "",
            )
        )
    return found


def _zone_name(zone: re.Match[str]) -> str:
    """ "GMT", "GMT+7" (an offset written after it, spaces dropped), "Hawaii"."""
    if zone["place"]:
        return zone["place"]
    shift = re.sub(r"\s", "", zone["shift"] or "").replace("\u2212", "-")
    return zone["zone"] + shift


_SHIFTED = re.compile(r"(?:GMT|UTC)([+-])(\d{1,2}):?(\d\d)?")


def zone_offset(zone: str) -> int | None:
    """The offset from UTC, in minutes east, of a zone that fixes one ("PST": -480, "GMT+7":
    420), else ``None`` ("ET", "CST", "Hawaii")."""
    if zone.upper() in ZONE_OFFSETS:
        return ZONE_OFFSETS[zone.upper()]
    shifted = _SHIFTED.fullmatch(zone.upper())
    if shifted is None:
        return None
    minutes = int(shifted[2]) * 60 + int(shifted[3] or 0)
    if minutes > 14 * 60:
        return None  # no zone lies further from UTC
    return minutes if shifted[1] == "+" else -minutes


def _readings(match: re.Match[str], text: str, end: int) -> tuple[int, ...]:
    if match["word"]:
        return (0,) if match["word"].lower() == "midnight" else (12 * 60,)
    if match["h4"]:
        return (int(match["h4"]) * 60 + int(match["m4"]),)
    if match["h12"]:
        hour = int(match["h12"]) % 12 + (12 if match["half"].lower() == "p" else 0)
        return (hour * 60 + int(match["m12"] or 0),)
    hour, minute = int(match["h24"]), int(match["m24"])
    if match["h24"].startswith("0") or hour > 12:
        return (hour * 60 + minute,)
    half = _HALF_AFTER.match(text, match.end(), end)
    if half is not None:
        return ((hour % 12 + (12 if half["pm"] else 0)) * 60 + minute,)
    return (hour * 60 + minute, (hour % 12 + 12) * 60 + minute)  # "at 3:20": either half


def _hedge(words: list[str]) -> tuple[int, int, str, bool]:
    """How the words before a time (up to six) shape it: ``(low, high, hedge, bound)``."""
    last = words[-1] if words else ""
    previous = words[-2] if len(words) > 1 else ""
    if last in _ABOUT:
        return -ABOUT, ABOUT, "about", False
    if last in _NEARLY:
        return -ABOUT, 0, "nearly", False
    if last == "before" and previous in _NEAR:
        return -SHORTLY, 0, "shortly before", False
    if last in ("after", "past") and previous in _NEAR:
        return 0, SHORTLY, "shortly after", False
    if last in _BOUNDS:
        return 0, 0, last, True
    if last == "and" and "between" in words:  # "between 1:30 and 4:00 p.m."
        return 0, 0, "between", True
    return 0, 0, "", False
