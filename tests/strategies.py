"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

# Words with no digits, cues, month or weekday names, names or aliases of the seed facts.
NEUTRAL_WORDS = (
    "the a market river committee report local weather green quiet bridge council morning "
    "village teachers library garden music harbour engineers plan budget season road new old "
    "small large reviewed opened discussed painted visited planned with for from into over "
    "under about their its this that school farmers football museum train station"
).split()

SPACES = st.sampled_from([" ", "  ", "\u00a0", " \u00a0", "\t"])


@st.composite
def neutral_sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=3, max_size=14))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def neutral_text(draw: st.DrawFn) -> list[str]:
    """Unrelated sentences, as a list so a test can plant a statement between them."""
    return draw(st.lists(neutral_sentence(), min_size=1, max_size=8))


def plant(sentences: list[str], statement: str, position: int) -> str:
    """Join ``sentences`` with ``statement`` inserted at ``position`` (clamped)."""
    at = max(0, min(position, len(sentences)))
    return " ".join([*sentences[:at], statement, *sentences[at:]])


unicode_text = st.text(
    alphabet=st.sampled_from(
        [*"abcXYZ .,'\"\n-\t", *"\u00a0\u2019\u201c\u201d\u2014\u2026\u011f\u00e9\u200b\u00ad"]
    ),
    max_size=60,
)


# Units of length as news stories write them, with what one of each is in km (the standard
# definitions, written out here so that the property does not check pint against itself).
KM_PER_UNIT = {
    "km": 1.0,
    "kilometres": 1.0,
    "kilometers": 1.0,
    "metres": 0.001,
    "meters": 0.001,
    "miles": 1.609344,
    "feet": 0.0003048,
    "yards": 0.0009144,
    "nautical miles": 1.852,
}


@st.composite
def length_written(draw: st.DrawFn) -> tuple[str, str, float]:
    """``(number, unit, km)``: a length of ``km`` kilometres written in some unit of length,
    rounded to three significant digits, with thousands separators ("3.11", "16,400")."""
    km = draw(st.floats(min_value=0.5, max_value=900.0)).__round__(2)
    unit = draw(st.sampled_from(sorted(KM_PER_UNIT)))
    number = float(f"{km / KM_PER_UNIT[unit]:.3g}")
    text = f"{number:,.0f}" if number >= 100 else f"{number:g}"
    return text, unit, km


@st.composite
def clock_written(draw: st.DrawFn) -> tuple[str, int]:
    """``(text, minute)``: a time of day written as news stories write it ("00:41", "12:41
    a.m.", "4.45am", "9pm", "midnight"), and its minute after midnight."""
    minute = draw(st.integers(min_value=0, max_value=24 * 60 - 1))
    hour, mins = divmod(minute, 60)
    twelve, half = (hour % 12 or 12), ("a" if hour < 12 else "p")
    forms = [
        f"{hour:02d}:{mins:02d}",
        f"{twelve}:{mins:02d} {half}.m.",
        f"{twelve}:{mins:02d}{half}m",
        f"{twelve}.{mins:02d}{half}m",
        f"{twelve}:{mins:02d} {half.upper()}M",
    ]
    if mins == 0:
        forms += [f"{twelve}{half}m", f"{twelve} {half}.m."]
    if minute == 0:
        forms.append("midnight")
    if minute == 12 * 60:
        forms += ["noon", "midday"]
    return draw(st.sampled_from(forms)), minute


# --- extractor values that no article of the seeds or the Erie cluster states ------------------

ABSENT_NAMES = st.builds(
    lambda first, last: f"{first.capitalize()} {last.capitalize()}",
    st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=5, max_size=9),
    st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=5, max_size=9),
)  # consonants only: no real word, name or misspelling of one


@st.composite
def absent_value(draw: st.DrawFn, kind: str) -> object:
    """A value of a fact of ``kind`` stated by none of those articles: counts of tens of
    millions, dates of the 1990s, consonant-only names and phrases."""
    if kind == "quantity":
        return draw(st.integers(min_value=10_000_000, max_value=99_999_999))
    if kind == "date":
        day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(1999, 12, 31)))
        return draw(st.sampled_from([day.isoformat(), day.strftime("%B %-d, %Y")]))
    return draw(ABSENT_NAMES)
