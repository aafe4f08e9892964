"""Date expressions in (folded) text, with spans, and how precisely each one dates a day.

Absolute dates are found by our own patterns rather than a general date parser: we need the
exact span of every expression, month names must be capitalised ("May 9", never "may"), and a
bare weekday must be resolved against the *source's* own date, not today's. Relative words
("yesterday", "earlier today") resolve only when the source has a date; otherwise they stay
unresolved and can decide nothing.

Besides calendar dates the finder reads days known by name ("Christmas Eve", "Good Friday",
"Canada Day": :data:`FIXED_DAYS`, :data:`MOVABLE_DAYS`), relative periods ("this week", "last
month", "two weeks ago", "this past weekend"), and a day said "early" ("early Sunday", "in the
early hours of Sunday") or "overnight", which takes in the night before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from dateutil.easter import easter

from factcheck.model import Period

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], dt.date]:
    """The ``nth`` (1-based; -1: the last) ``weekday`` (Monday = 0) of ``month``."""

    def day(year: int) -> dt.date:
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    return day


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


# Days known by name: the key is the name in lower case, without apostrophes or periods. A
# national day is its best-known country's ("Independence Day" is 4 July); a file about another
# country declares its own day with ``aliases``, which wins over these.
FIXED_DAYS: dict[str, tuple[int, int]] = {
    "new years day": (1, 1),
    "new years eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "valentines day": (2, 14),
    "st patricks day": (3, 17),
    "independence day": (7, 4),
    "canada day": (7, 1),
    "bastille day": (7, 14),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "halloween": (10, 31),
    "guy fawkes night": (11, 5),
    "bonfire night": (11, 5),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "veterans day": (11, 11),
}
MOVABLE_DAYS: dict[str, Callable[[int], dt.date]] = {
    "good friday": _after_easter(-2),
    "easter sunday": _after_easter(0),
    "easter day": _after_easter(0),
    "easter monday": _after_easter(1),
    "thanksgiving": _nth_weekday(11, 3, 4),  # the United States'
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "memorial day": _nth_weekday(5, 0, -1),
}


def named_day(name: str, year: int) -> dt.date:
    """The day ``name`` (a key of :data:`FIXED_DAYS` or :data:`MOVABLE_DAYS`) falls on."""
    if name in FIXED_DAYS:
        return dt.date(year, *FIXED_DAYS[name])
    return MOVABLE_DAYS[name](year)


def _name_pattern(key: str) -> str:
    """A named day as written: capitalised ("Christmas Eve", "Christmas eve"), an apostrophe
    where English puts one ("New Year's", "Veterans' Day"), "St" or "St." or "Saint"."""
    words = []
    for word in key.split():
        if word == "st":
            words.append(r"(?:St\.?|Saint)")
            continue
        head, tail = word[0], word[1:]
        if tail.endswith("s") and word not in ("christmas", "fawkes"):
            tail = tail[:-1] + r"(?:'?s|s')"
        first = head.upper() if not words else f"[{head.upper()}{head}]"
        words.append(first + tail)
    return r"\s+".join(words)


_NAMED = "|".join(
    _name_pattern(key) for key in sorted({*FIXED_DAYS, *MOVABLE_DAYS}, key=len, reverse=True)
)
# the first letters of every named day, where the named-day branch is tried
_NAMED_FIRST = (
    "(?:Sai|"
    + "|".join(sorted({key.split()[0][:3].capitalize() for key in (*FIXED_DAYS, *MOVABLE_DAYS)}))
    + ")"
)
_PERIOD = (
    r"(?i:(?:(?:earlier|later)\s+)?this\s+(?:week|month)|last\s+(?:week|month|weekend)"
    r"|(?<![Tt]he\s)next\s+(?:week|month|year)"  # not "the next month", told from another day
    r"|this\s+past\s+week(?:end)?|(?:over\s+the|the\s+past)\s+weekend"
    r"|(?:\d{1,2}|an?|one|two|three|four|five|six)\s+(?:days?|weeks?)\s+ago)"
)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "early Sunday", "early on Sunday", "in the early hours of Sunday": the night before may be meant
_EARLY = re.compile(r"(?i:\bearly\s+(?:on\s+)?|\bearly\s+hours\s+of\s+)\Z")
_OVERNIGHT = re.compile(r"(?i:\bovernight\s+(?:on\s+)?)\Z")

_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?P<{g}>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"
)
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
# a weekday, then its date after a comma or in brackets: "Sunday, September 3", "last Sunday
# (September 3)" are one date; the bracket that opens is closed after the date
_WEEKDAY_THEN_DATE = r"(?:,?\s+|\s+(?P<{g}>\())"
_CLOSE = r"(?({g})\))"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"

_PATTERNS = (
    # 2017-02-09
    r"(?<!\+)(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w-])",
    # (Thursday,) February 9(, 2017)
    r"(?<!\+)(?:"
    + _WEEKDAY.format(g="w1")
    + _WEEKDAY_THEN_DATE.format(g="b1")
    + r")?"
    + _MONTH.format(g="m1")
    + r"\s+"
    + _DAY.format(g="d1")
    + r"(?:,?\s+"
    + _YEAR.format(g="y1")
    + r")?"
    + _CLOSE.format(g="b1")
    + r"(?![\w-])",
    # (Thursday,) 9 February( 2017)
    r"(?<!\+)(?:"
    + _WEEKDAY.format(g="w2")
    + _WEEKDAY_THEN_DATE.format(g="b2")
    + r")?"
    + _DAY.format(g="d2")
    + r"\s+(?:of\s+)?"
    + _MONTH.format(g="m2")
    + r"(?:,?\s+"
    + _YEAR.format(g="y2")
    + r")?"
    + _CLOSE.format(g="b2")
    + r"(?![\w-])",
    # November 2015
    r"(?<!\+)" + _MONTH.format(g="m3") + r",?\s+" + _YEAR.format(g="y3") + r"(?![\w-])",
    # in May, since February, early this month's names: a bare month after a preposition
    r"(?i:in|since|from|between|until|by|of|for|early|late|mid|last|this)\s+"
    r"(?P<m5>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![\w-])(?!,?\s+(?:[0-3]?\d\b|(?:19|20)\d\d))"
    # ... with the year told from the source's ("in March last year", "late March of next year")
    r"(?:\s+(?:of\s+)?(?P<ry>(?i:next|this|last))\s+year(?![\w'\u2019-]))?",
    # in 2014: a bare year after a preposition
    r"(?i:in|since|from|by|of|until)\s+(?P<y6>(?:19|20)\d\d)(?![\w-])",
    # Christmas Eve (2017), Good Friday
    r"(?P<named>" + _NAMED + r")(?:,?\s+(?:of\s+)?" + _YEAR.format(g="yn") + r")?(?![\w-])",
    # this week, last month, two weeks ago
    r"(?P<period>" + _PERIOD + r")(?![\w-])",
    # Thursday (morning) / Thursday's
    r"(?P<w4>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\w-])",
    # relative words
    r"(?P<rel>(?i:(?:earlier |later )?today|this (?:morning|afternoon|evening)|tonight"
    r"|yesterday|last night|tomorrow))(?![\w-])",
)
# The characters each pattern of _PATTERNS can start with (in its own case rules): a branch
# is tried only where one stands.
_FIRST = (
    "[12]",
    "[JFMASONDTW]",
    "[0-9MTWFS]",
    "[JFMASOND]",
    "(?i:[isfbuoelmt])",
    "(?i:[isfbou])",
    _NAMED_FIRST,
    r"(?i:earl|late|th(?:is|e\s+p)|last|next|over|an?\s+[dw]|one\s|two\s|thr|fou|fiv|six|\d+\s+[dw])",
    "[MTWFS]",
    "(?i:[elty])",
)
# Every expression starts a word (none after a letter, digit, "_" or "-"): that test is made
# once per position, before the branches are tried; then each branch only where its first
# character stands. Both change no match; together they cut the time of a scan by two thirds.
_FINDER = re.compile(
    r"\b(?<![\w-])(?:"
    + "|".join(f"(?={first})(?:{p})" for first, p in zip(_FIRST, _PATTERNS, strict=True))
    + ")"
)
_WEEKDAY_BY_PREFIX = {name[:3]: index for index, name in enumerate(WEEKDAYS)}
_RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "tomorrow": 1}


@dataclass(frozen=True, slots=True, kw_only=True)
class DateExpr:
    """One date expression: the parts it states; ``None`` where it says nothing."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    relative: int | None = None  # days from the source's date ("yesterday" = -1)
    named: str | None = None  # a named day without its year ("christmas eve")
    period: str | None = None  # a relative period, until resolved ("this week", "weeks ago 2")
    first: dt.date | None = None  # a span of days: "this week" once resolved
    last: dt.date | None = None
    night_before: bool = False  # "early Sunday": the night before may be meant
    night_after: bool = False  # "overnight Sunday": either night

    @property
    def is_full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None

    @property
    def is_relative(self) -> bool:
        """Whether the words count from the day they were said ("yesterday", "this week")."""
        return self.relative is not None or self.period is not None

    def full_date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def resolve(self, anchor: dt.date | None) -> DateExpr:
        """Resolve relative words, bare weekdays, named days and bare months against the
        source's date ``anchor``.

        A bare weekday, a named day without its year and a bare month mean the latest such
        day (or month) on or before the anchor: news reports speak of the past. Without an
        anchor the expression is returned unchanged.
        """
        if anchor is None:
            return self
        if self.period is not None:
            return self._resolve_period(anchor)
        if self.named is not None and self.year is None:
            day = named_day(self.named, anchor.year)
            if day > anchor:
                day = named_day(self.named, anchor.year - 1)
            return self._on(day)
        if self.month is not None:
            if self.year is None and self.day is None:  # "in December"
                year = anchor.year if self.month <= anchor.month else anchor.year - 1
                return replace(self, year=year)
            return self
        if self.relative is not None:
            return self._on(anchor + dt.timedelta(days=self.relative))
        if self.weekday is not None:
            return self._on(anchor - dt.timedelta(days=(anchor.weekday() - self.weekday) % 7))
        return self

    def resolve_ahead(self, anchor: dt.date) -> DateExpr | None:
        """A bare month, a bare weekday or a named day without its year resolved forward: the
        next such month or day on or after the anchor ("will burn up sometime in March" in a
        January article is this March); ``None`` for any other expression."""
        if self.named is not None and self.year is None:  # "will be on New Year's Eve patrol"
            day = named_day(self.named, anchor.year)
            return self._on(day if day >= anchor else named_day(self.named, anchor.year + 1))
        if self.period is not None or self.named is not None or self.relative is not None:
            return None
        if self.month is not None and self.year is None and self.day is None:
            return replace(
                self, year=anchor.year if self.month >= anchor.month else anchor.year + 1
            )
        if self.weekday is not None and self.month is None and self.day is None:
            return self._on(anchor + dt.timedelta(days=(self.weekday - anchor.weekday()) % 7))
        return None

    def shifted(self, days: int) -> DateExpr | None:
        """The day ``days`` away from this one, once resolved: a full date, or a weekday alone
        ("Sunday, a day after ..." is a Saturday); ``None`` for a month or a year, which a
        shift of days leaves unknown."""
        full = self.full_date()
        if full is not None:
            return self._on(full + dt.timedelta(days=days))
        if self.weekday is not None and self.month is None and self.year is None:
            return replace(self, weekday=(self.weekday + days) % 7)
        return None

    def _on(self, day: dt.date) -> DateExpr:
        return replace(
            self, year=day.year, month=day.month, day=day.day, weekday=day.weekday(),
            relative=None, named=None,
        )  # fmt: skip

    def _resolve_period(self, anchor: dt.date) -> DateExpr:
        words = self.period or ""
        monday = anchor - dt.timedelta(days=anchor.weekday())
        if words.endswith("month"):
            year, month = anchor.year, anchor.month
            if words.startswith("last"):
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            elif words.startswith("next"):
                year, month = (year, month + 1) if month < 12 else (year + 1, 1)
            return replace(self, period=None, year=year, month=month)
        if words.endswith(" year"):  # "next year"; "this" and "last" only with a month
            shift = {"next": 1, "this": 0, "last": -1}[words.split()[0]]
            return replace(self, period=None, year=anchor.year + shift)
        if words.endswith("weekend"):  # the latest Saturday and Sunday, Sunday on or before
            sunday = anchor - dt.timedelta(days=(anchor.weekday() + 1) % 7)
            if anchor.weekday() == 5:
                sunday = anchor + dt.timedelta(days=1)
            first, last = sunday - dt.timedelta(days=1), sunday
        elif words.startswith("weeks ago"):
            back = anchor - dt.timedelta(days=7 * int(words.split()[-1]))
            first, last = back - dt.timedelta(days=6), back + dt.timedelta(days=6)
        elif words.startswith("last"):
            first, last = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        elif words.startswith("next"):
            first, last = monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)
        else:  # this week
            first, last = monday, monday + dt.timedelta(days=6)
        return replace(self, period=None, first=first, last=last)

    def agrees_with(self, period: Period) -> bool | None:
        """Whether the expression agrees with ``period`` at the precision both give.

        ``None`` when they share no precision at all (an unresolved "earlier today", or a
        weekday against a month). A day said "early" also agrees with the day before it
        (a Saturday-night fire is "early Sunday"); "overnight", with the day before or after.
        """
        said = self._agrees(period)
        day = period.date()
        if said is not False or day is None:
            return said
        shifts = (1,) * self.night_before + (-1,) * self.night_after
        return any(self._agrees(Period.of(day + dt.timedelta(days=k))) for k in shifts)

    def _agrees(self, period: Period) -> bool | None:
        if self.first is not None and self.last is not None:
            low, high = _bounds(period)
            return low <= self.last and self.first <= high
        day = period.date()
        parts = (
            (self.year, period.year),
            (self.month, period.month),
            (self.day, period.day),
            (self.weekday, day.weekday() if day else None),
        )
        stated = [
            (said, actual) for said, actual in parts if said is not None and actual is not None
        ]
        if not stated:
            return None
        return all(said == actual for said, actual in stated)

    def near(self, period: Period, days: int = 7) -> bool | None:
        """Whether the expression may lie within ``days`` of ``period`` (``None``: cannot tell).

        Used to tell statements about another time from those about the event's: a
        publication date one day after the event is still the event's time.
        """
        mine, theirs = self.full_date(), period.date()
        if mine is not None and theirs is not None:
            return abs((mine - theirs).days) <= days
        if self.first is not None and self.last is not None and theirs is not None:
            reach = dt.timedelta(days=days)
            return self.first - reach <= theirs <= self.last + reach
        return self.agrees_with(Period(year=period.year, month=period.month))

    def describe(self) -> str:
        """The expression as people read it, at its own precision."""
        full = self.full_date()
        if full is not None:
            return full.isoformat()
        if self.first is not None and self.last is not None:
            return f"{self.first.isoformat()} to {self.last.isoformat()}"
        bits = []
        if self.weekday is not None:
            bits.append(WEEKDAYS[self.weekday].capitalize())
        if self.month is not None:
            month = dt.date(2000, self.month, 1).strftime("%B")
            if self.day is not None:
                bits.append(f"{month} {self.day}")
            elif self.year is not None:
                bits.append(f"{month} {self.year}")
            else:
                bits.append(month)
        return ", ".join(bits) if bits else self.text


def _bounds(period: Period) -> tuple[dt.date, dt.date]:
    """The first and last day of ``period``."""
    if period.month is None:
        return dt.date(period.year, 1, 1), dt.date(period.year, 12, 31)
    first = dt.date(period.year, period.month, period.day or 1)
    if period.day is not None:
        return first, first
    after = dt.date(period.year + period.month // 12, period.month % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def _weekday(word: str | None) -> int | None:
    """Monday = 0 for any spelling we accept ("Thu", "Thurs.", "Thursday")."""
    if not word:
        return None
    return _WEEKDAY_BY_PREFIX.get(word[:3].lower())


def _expr(match: re.Match[str]) -> DateExpr | None:
    g = match.groupdict()
    start, end, text = match.start(), match.end(), match.group()
    if g["iy"]:
        return DateExpr(
            start=start, end=end, text=text, year=int(g["iy"]), month=int(g["im"]), day=int(g["id"])
        )
    for n in ("1", "2"):
        if g["m" + n]:
            day = int(g["d" + n])
            if not 1 <= day <= 31:
                return None
            year = g["y" + n]
            return DateExpr(
                start=start,
                end=end,
                text=text,
                year=int(year) if year else None,
                month=MONTHS[g["m" + n][:3].lower()],
                day=day,
                weekday=_weekday(g["w" + n]),
            )
    if g["m3"]:
        month = MONTHS[g["m3"][:3].lower()]
        return DateExpr(start=start, end=end, text=text, year=int(g["y3"]), month=month)
    if g["m5"]:  # the preposition is not part of the date's words
        start, end = match.span("m5")
        month = MONTHS[g["m5"][:3].lower()]
        if g["ry"]:  # "in March last year": a month of a year told from the source's date
            end = match.end()
            period = f"{g['ry'].lower()} year"
            return DateExpr(start=start, end=end, text=match.string[start:end], month=month,
                            period=period)  # fmt: skip
        return DateExpr(start=start, end=end, text=g["m5"], month=month)
    if g["y6"]:
        start, end = match.span("y6")
        return DateExpr(start=start, end=end, text=g["y6"], year=int(g["y6"]))
    if g["named"]:
        return _named(match)
    if g["period"]:
        return _period(match)
    if g["w4"]:
        return DateExpr(start=start, end=end, text=text, weekday=_weekday(g["w4"]))
    relative = _RELATIVE_DAYS.get(g["rel"].lower(), 0)
    return DateExpr(start=start, end=end, text=text, relative=relative)


def _named(match: re.Match[str]) -> DateExpr:
    key = " ".join(re.sub(r"['.]", "", match["named"]).lower().split())
    key = "st " + key.split(" ", 1)[1] if key.startswith("saint ") else key
    start, end, text = match.start(), match.end(), match.group()
    if match["yn"]:
        day = named_day(key, int(match["yn"]))
        return DateExpr(start=start, end=end, text=text, year=day.year, month=day.month,
                        day=day.day, weekday=day.weekday())  # fmt: skip
    month, day_of_month = FIXED_DAYS.get(key, (None, None))
    return DateExpr(start=start, end=end, text=text, named=key, month=month, day=day_of_month)


def _period(match: re.Match[str]) -> DateExpr:
    words = match["period"].lower().split()
    start, end, text = match.start(), match.end(), match.group()
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _NUMBER_WORDS[words[0]]
        if words[1].startswith("day"):
            return DateExpr(start=start, end=end, text=text, relative=-count)
        return DateExpr(start=start, end=end, text=text, period=f"weeks ago {count}")
    last = words[0] == "last" or "past" in words
    period = ("last " if last else "next " if words[0] == "next" else "this ") + words[-1]
    if words[-1] == "week" and "past" in words:
        period = "this week"  # "this past week": the week so far
    return DateExpr(start=start, end=end, text=text, period=period)


def at_night(text: str, expr: DateExpr) -> DateExpr:
    """Mark a day said "early" or "overnight", which may mean the night before (or after)."""
    if expr.is_relative or (expr.day is None and expr.weekday is None and expr.named is None):
        return expr  # "early December" is no night
    before = text[max(0, expr.start - 24) : expr.start]
    if _EARLY.search(before):
        return replace(expr, night_before=True)
    if _OVERNIGHT.search(before):
        return replace(expr, night_before=True, night_after=True)
    return expr


# What every date expression has (see may_hold_date): a digit, a capitalised month ("in May"),
# or one of these, lower case: weekdays, named and relative days ("today"), periods ("this
# week", "last month", "two days ago"), times of day ("this morning", "tonight", "this evening")
# and the named days without "day" ("Christmas Eve", "Guy Fawkes Night", "Halloween",
# "Thanksgiving"). None holds an "i" or an "s", which a case-blind pattern also takes in other
# letters ("\u0131", "\u017f").
_DIGIT = re.compile(r"\d")
_DATE_WORDS = (
    *("day", "week", "month", "morn", "afternoon", "eve", "ght", "tomorrow", "halloween"),
    "thanksgiving",
    "next year",
)
_CAPITALISED_MONTHS = tuple(name.capitalize() for name in MONTH_NAMES)


def may_hold_date(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` may hold a date expression: ``False`` only where
    :func:`find_dates` finds none (a cheap test, made first on a sentence)."""
    end = len(text) if end is None else end
    if _DIGIT.search(text, start, end):
        return True
    piece = text[start:end]
    lower = piece.lower()
    return any(word in lower for word in _DATE_WORDS) or any(
        month in piece for month in _CAPITALISED_MONTHS
    )


# a date right after one of these words bounds a period: it dates no event ("their first title
# since 1908", "closed until March"; see factcheck.match.date)
PERIOD_BOUND = re.compile(r"\b(since|until|till)\s+(?:the\s+)?\Z", re.IGNORECASE)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Every date expression in ``text[start:end]``, in order, with offsets into ``text``."""
    found = []
    for match in _FINDER.finditer(text, start, len(text) if end is None else end):
        expr = _expr(match)
        # drop impossible days ("February 30, 2017"); a year-less "February 30" is kept as said
        if expr is not None and not (expr.is_full and expr.full_date() is None):
            found.append(at_night(text, expr))
    return found
