"""Units written with a number, and whether they are the unit a quantity fact declares.

A number may carry its unit three ways:
- glued to it: "30mph", "5km", "2,500km", "30,000ft" (a scale glued to it, "143million",
  "3.5bn", is no unit: see :func:`factcheck.match.numbers.number_value`);
- as a hyphenated modifier: "a 2,000-seat arena" (2,000, unit seat), "a 57-year-old" (57, unit
  year: "-old" is dropped), "a 50-nautical-mile radius";
- as the words after it: "3 miles", "50 km/h", "50 miles per hour", "50 miles an hour".

A fact's ``unit`` is read one of two ways (:func:`unit_reader`, once per unit):
- a physical unit (length, mass, time, speed, area, volume...): any unit of the same dimension
  agrees once converted, so ``unit: km`` reads "about 3 miles" as about 4.83 km. The units and
  their factors are pint's; pint is imported only when a fact declares such a unit;
- any other word ("won", "seats", "euros" and the other currency names): the same word, or its
  singular ("2,000-seat" for ``unit: seats``), and no conversion.
"pound" is money and a mass at once. For a fact whose unit is a mass (``unit: lb``, ``unit:
kg``), "pounds" in the text is the pound of mass where the number weighs (see
:func:`factcheck.match.numbers.weighs`). A fact in ``unit: pounds`` takes "pounds" as written,
and another unit of mass where the number weighs ("the 181-kg gorilla", "the 400lb animal"):
such a converted weight, like "pounds of" what a cue names ("5 million pounds of thrust" for the
cue "thrust"), may support the fact, but never contradicts it, since the file's pounds may be
money.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.match.document import Token

# a number with letters glued to it, with or without a hyphen: "30mph", "2,000-seat"
GLUED = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)-?(?P<unit>[A-Za-z][A-Za-z-]*)")
# clock times are no units: "9pm", "4.45am" (see factcheck.match.time)
_CLOCK = frozenset({"am", "pm", "a", "p"})
_ORDINALS = frozenset({"st", "nd", "rd", "th"})  # "4th", "2nd", "3rds"
# Money is never converted: these words are units only as themselves ("pounds" is money in a
# news story, not pint's pound of mass).
CURRENCY_WORDS = frozenset(
    (
        "won dollar dollars euro euros pound pounds sterling pence penny cent cents yen yuan "
        "renminbi rupee rupees rouble roubles ruble rubles franc francs lira peso pesos rand "
        "real reais krona kronor krone kroner dinar dinars riyal riyals shekel shekels naira "
        "baht ringgit rupiah"
    ).split()
)
# English words that pint also knows as units ("in" inch, "at" atmosphere, "a" year, "hand"
# a length): after a number in a news story they are words, never units.
NOT_UNITS = frozenset(
    (
        "a an am are as at b c d g h in is it k m p s t u x per point points hand hands link "
        "links chain chains pole poles rod rods league leagues cable cables span spans board "
        "boards bar bars line lines cord cords drop drops pinch percent mil mils tower has shot "
        "shots act acts cup cups fps"
    ).split()
)


# what a hyphened measure says it measures, dropped from its unit: "a 57-year-old", "an
# 80m-deep well", "a 40-metre-deep well", "a 30cm-diameter pipe", "a 5km-long queue"
_DIMENSION_WORD = re.compile(r"-(?:old|deep|long|high|tall|wide|thick|diameter|across)\Z")
# ... and the words of a fact that ask for that dimension (see ``dimension_of``)
DIMENSIONS = {
    "deep": frozenset({"deep", "depth"}),
    "long": frozenset({"long", "length"}),
    "high": frozenset({"high", "height"}),
    "tall": frozenset({"tall", "height"}),
    "wide": frozenset({"wide", "width"}),
    "thick": frozenset({"thick", "thickness"}),
    "diameter": frozenset({"diameter", "width", "wide"}),
    "across": frozenset({"across", "width", "wide", "diameter"}),
}


def dimension_of(word: str) -> str:
    """The dimension a hyphened measure names: "80m-deep" -> "deep"; "" for none ("57-year-old"
    is an age, "30mph" a plain measure)."""
    match = _DIMENSION_WORD.search(word.lower())
    return "" if match is None or match.group() == "-old" else match.group()[1:]


# "a 400-pound-plus gorilla": at least that many
_PLUS = re.compile(r"-plus\Z")


def plus(word: str) -> bool:
    """Whether a figure ends with "-plus": "a 400-pound-plus gorilla" is at least 400 pounds."""
    return word.lower().endswith("-plus")


def glued_unit(word: str) -> tuple[str, str] | None:
    """``(number, unit)`` of a token with a unit glued to its number: "30mph" -> ("30", "mph"),
    "57-year-old" -> ("57", "year"), "2,000-seat" -> ("2,000", "seat"), "80m-deep" -> ("80",
    "m"), "400-pound-plus" -> ("400", "pound") (see :func:`plus`); ``None`` for a plain
    number, "400-plus", an ordinal ("4th") or a clock time ("9pm")."""
    match = GLUED.fullmatch(word)
    if match is None:
        return None
    unit = _DIMENSION_WORD.sub("", _PLUS.sub("", match["unit"].lower()))
    if not unit:
        return None  # "400-plus", "the 65-plus age group": no unit, and often a band of ages
    if unit in _CLOCK or unit.rstrip("s") in _ORDINALS:
        return None
    return match["number"], unit


def written_unit(
    text: str, tokens: list[Token], at: int, unit: str, convertible: bool
) -> tuple[str, int]:
    """The unit that starts with ``unit`` (the word, or the glued unit, of token ``at``) and
    the index of its last token. For a fact whose unit converts, with what completes it:
    "km/h", "miles per hour" and "miles an hour" (-> "miles/hour"), "nautical miles"."""
    if not convertible:
        return unit, at
    end = tokens[at].end
    if text.startswith("/", end) and at + 1 < len(tokens) and tokens[at + 1].start == end + 1:
        return f"{unit}/{tokens[at + 1].lower}", at + 1
    after = [t.lower for t in tokens[at + 1 : at + 3]]
    if len(after) == 2 and after[0] in ("per", "an", "a") and after[1] in _PER_TIME:
        return f"{unit}/{after[1]}", at + 2
    if unit in _FIRST_OF_TWO and after:
        return f"{unit} {after[0]}", at + 1
    return unit, at


_PER_TIME = frozenset("second sec minute min hour hr day week month year".split())
_FIRST_OF_TWO = frozenset("nautical square sq cubic metric short long".split())


def singular(word: str) -> str:
    """ "seats" -> "seat", "inches" -> "inch", "casualties" -> "casualty"; "won" unchanged."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


@dataclass(slots=True)
class UnitReader:
    """Whether (and by what factor) a unit written in the text is the fact's unit."""

    declared: str
    convertible: bool = False  # a physical unit: other units of its dimension convert
    mass: bool = False  # a unit of mass: "pound" is the pound of mass, not money
    money: bool = False  # the declared unit may be money too: "pounds"
    _factors: dict[str, float | None] = field(default_factory=dict)

    def factor(self, written: str) -> float | None:
        """What one ``written`` unit is in the declared one: 1.0 for the same word (or its
        singular), pint's factor for another unit of the same dimension, else ``None``."""
        if written in self._factors:
            return self._factors[written]
        if singular(written) == singular(self.declared.lower()):
            found: float | None = 1.0
        elif self.convertible and written not in NOT_UNITS and self._not_money(written):
            found = _conversion(written, self.declared)
        else:
            found = None
        self._factors[written] = found
        return found

    def spread(self, written: str) -> tuple[float, float]:
        """How much a converted figure may differ from the factor's reading, as the factors
        by which to multiply that reading at least and at most: a ton written bare is a metric
        ton here (1,000 kg) but may be a short one (907 kg) or a long one (1,016 kg), so "600
        tons" for a fact in tonnes is 544 to 610 tonnes, and "862 tonnes" for a fact in tons
        848 to 950 tons. (1.0, 1.0) for every other unit."""
        bare_written, bare_declared = _bare_ton(written), _bare_ton(self.declared)
        if bare_written == bare_declared or not self.mass:
            return 1.0, 1.0
        if bare_written:
            return _SHORT_TON, _LONG_TON
        return 1 / _LONG_TON, 1 / _SHORT_TON

    def _not_money(self, written: str) -> bool:
        """Whether ``written`` is no currency here: "pounds" is money in a story, but the pound
        of mass for a fact in kilograms or pounds (``unit: lb``): "a 400-pound gorilla"."""
        return written not in CURRENCY_WORDS or (self.mass and written in ("pound", "pounds"))


_SHORT_TON, _LONG_TON = 0.90718474, 1.0160469088  # in metric tons


def _bare_ton(word: str) -> bool:
    return singular(word.lower()) == "ton"


@functools.cache
def unit_reader(unit: str) -> UnitReader:
    """The reader of the declared ``unit`` (a word; currency signs never come here)."""
    word = unit.lower()
    if word in ("pound", "pounds"):  # money or a mass: see the module's docstring
        return UnitReader(declared=unit, convertible=True, mass=True, money=True)
    if word in CURRENCY_WORDS or not re.fullmatch(r"[A-Za-z][A-Za-z /_^0-9-]*", unit):
        return UnitReader(declared=unit)
    dimension = _dimension(unit)
    return UnitReader(
        declared=unit,
        convertible=bool(dimension) and dimension != _TEMPERATURE,
        mass=dimension == "[mass]",
    )


_TEMPERATURE = "[temperature]"  # offset scales: a factor cannot convert them


@functools.cache
def _registry() -> Any:
    """pint's unit registry, made once: importing pint and building it takes about a second,
    so it happens only when a fact declares a physical unit."""
    import pint  # lazy: see the docstring

    return pint.UnitRegistry()


def _pint_name(text: str) -> str:
    """A unit as written in prose, in pint's syntax: "km/h", "nautical miles" -> "nautical_miles",
    "miles per hour" -> "miles/hour"."""
    text = re.sub(r"\s+(?:per|an|a)\s+", "/", text.strip())
    return _TON.sub("tonne", re.sub(r"[\s-]+", "_", text))


# A ton written bare is read as the metric ton (1,000 kg), as news agencies and most of the
# world write it, so "600 tons" and "600 tonnes" agree; it may be a short ton or a long one, so
# such a figure in another unit of mass is read with that spread (see ``UnitReader.spread``).
# "short tons" and "long tons" are pint's (907 and 1,016 kg).
_TON = re.compile(r"(?<![A-Za-z_])tons?(?![A-Za-z_])")


def _units(text: str) -> Any | None:
    """pint's units for ``text``, or ``None`` when pint knows no such unit."""
    registry = _registry()
    try:
        return registry.parse_units(_pint_name(text))
    except Exception:  # pint raises many kinds of error for words it does not know
        return None


def _dimension(text: str) -> str:
    """The dimension of the unit ``text`` ("[length]"), "" when none or unknown."""
    units = _units(text)
    return str(units.dimensionality) if units is not None and units.dimensionality else ""


# Units written with a metric prefix, and short symbols: only these. pint reads any letters it
# can as a prefix and a unit ("us" a microsecond, "mb" a millibarn, "th" a thou, "rd" a rod),
# which in a story are words, ordinals or abbreviations.
_PREFIXED = frozenset({("kilo", "meter"), ("centi", "meter"), ("milli", "meter"),
                       ("kilo", "gram"), ("milli", "gram"), ("milli", "liter"),
                       ("centi", "liter"), ("milli", "second")})  # fmt: skip
_SHORT = frozenset("km cm mm kg mg ml cl ms ft mi yd lb oz ha hr".split())


def _prose_unit(word: str) -> bool:
    """Whether ``word`` (one unit, no "/") is a unit as stories write them: a unit's name or
    plural, a common symbol, or a metric prefix on metres, grams, litres or seconds."""
    name = _pint_name(word)
    registry = _registry()
    readings = registry.parse_unit_name(name) or registry.parse_unit_name(singular(name))
    return any(
        (prefix == "" and (len(word) > 2 or word in _SHORT)) or (prefix, unit) in _PREFIXED
        for prefix, unit, _ in readings
    )


@functools.cache
def is_unit(word: str) -> bool:
    """Whether ``word`` is a unit as stories write it ("months", "degrees", "km")."""
    return bool(word) and word not in NOT_UNITS and _prose_unit(word)


# Spans of time are said in calendar units (an age, a drought: years, months, weeks, days) or
# clock units (a delay, a stand-off: days, hours, minutes, seconds); a figure in one kind is
# never a figure of the other ("a 17-year-old gorilla" is no count of minutes, "about 10
# minutes" no age). Days belong to both.
_CALENDAR = frozenset("year month week fortnight decade century".split())
_CLOCK_UNITS = frozenset("hour minute second millisecond".split())


def _apart_in_time(written: str, declared: str) -> bool:
    """Whether two units of time (pint's names) are one of the calendar and one of the clock."""
    kinds = {
        "calendar" if unit in _CALENDAR else "clock" if unit in _CLOCK_UNITS else "both"
        for unit in (written, declared)
    }
    return kinds == {"calendar", "clock"}


@functools.cache
def _conversion(written: str, declared: str) -> float | None:
    numerator, _, denominator = written.partition("/")
    if not _prose_unit(numerator) or not (
        denominator in ("", "h", "s") or _prose_unit(denominator)
    ):  # "km/h", "m/s"
        return None
    written_units, declared_units = _units(written), _units(declared)
    if written_units is None or declared_units is None:
        return None
    if written_units.dimensionality != declared_units.dimensionality:
        return None
    if _apart_in_time(str(written_units), str(declared_units)):
        return None
    registry = _registry()
    return float(registry.Quantity(1.0, written_units).to(declared_units).magnitude)
