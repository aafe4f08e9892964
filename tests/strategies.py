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


# --- spans, for the outermost-hit and overlap filters ----------------------------------------


@st.composite
def spans(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(min_value=0, max_value=40))
    return start, start + draw(st.integers(min_value=1, max_value=12))


# --- hostile input for the loader and the source readers -------------------------------------

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        ["quantity", "date", "role", "name", "claim", "mention", "2017-02-09", "8.7 million",
         "(a+)+$", "said (\\w+\\s?)+!", "(?=x)", "\\1", ".nan", "1" + "0" * 400]
    ),
)  # fmt: skip
_KEYS = st.one_of(
    st.sampled_from(
        ["event", "facts", "id", "kind", "value", "range", "tolerance", "cues", "variants",
         "phrases", "patterns", "person", "role", "aliases", "sources", "date", "when", "unit"]
    ),
    st.text(min_size=1, max_size=8),
)  # fmt: skip
yaml_values = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=30,
)


@st.composite
def expectation_documents(draw: st.DrawFn) -> dict[str, object]:
    """A top-level mapping shaped like an expectation file, with random values in it."""
    facts = draw(
        st.lists(
            st.dictionaries(_KEYS, yaml_values, max_size=6).map(
                lambda fact: {"id": "f", "kind": "quantity", **fact}
            ),
            max_size=3,
        )
    )
    return {"event": "e", "facts": facts, **draw(st.dictionaries(_KEYS, yaml_values, max_size=2))}


jsonl_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=12,
)


@st.composite
def jsonl_records(draw: st.DrawFn) -> dict[str, object]:
    """A record that is often well-formed (an id and a text), with random extras."""
    record = draw(st.dictionaries(st.sampled_from(["id", "text", "date"]), jsonl_values))
    if draw(st.booleans()):
        record["id"] = draw(st.integers(0, 3) | st.sampled_from(["0", "1", "a"]))
        record["text"] = draw(st.text(min_size=1, max_size=40))
    return record


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


# --- counts set aside by an ``exclude`` phrase ------------------------------------------------


@st.composite
def excluded_count_sentence(draw: st.DrawFn) -> str:
    """A sentence with a count tied to "killed" and, within a few words of it, one of the
    ``exclude`` phrases (Kunduz, the Orlando nightclub), in any order and any filler."""
    count = draw(st.integers(min_value=1, max_value=5000))
    place = draw(st.sampled_from(["Kunduz", "the Orlando nightclub", "KUNDUZ province"]))
    filler = draw(st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=0, max_size=3))
    shape = draw(st.integers(min_value=0, max_value=2))
    words = " ".join(filler)
    if shape == 0:
        return f"Air strikes in {place} {words} killed {count} people."
    if shape == 1:
        return f"{count} people were killed {words} in {place}."
    return f"At {place}, {words} {count} were killed."


# a source's own date, for resolving weekdays, named days and relative periods
source_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))

# how a report's date is said: a reporting verb with the date after it, or the date before it
REPORTS = (
    "officials said on {day}",
    "the minister said on {day} that",
    "police told reporters {day} that",
    "the army said in a statement on {day} that",
    "the ministry on {day} said",
    "the agency confirmed {day} that",
)
report_phrases = st.sampled_from(REPORTS)
day_words = st.sampled_from(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
     "March 3", "Christmas Eve", "New Year's Day"]
)  # fmt: skip
# --- Hard cases: filler that looks like what the rules look for, and planted edits ------------

# Words that may fool a rule: digits and number words, cues, dates, months and weekdays, hedges,
# scope words and capitalised names other than the facts'. Filler made of them is no longer
# neutral: a test with it asserts what must hold whatever the filler says.
TRICKY_WORDS = (
    "12 1,200 seven dozens several killed wounded strike attack about nearly since so far "
    "Monday Thursday March 2016 yesterday Ankara Moscow Erdogan Kalin General President Syrian "
    "Nigerian Brazilian Canadian the a of and said"
).split()


@st.composite
def tricky_sentence(draw: st.DrawFn) -> str:
    """A sentence of neutral and tricky words, always ended by a period."""
    pool = st.sampled_from(NEUTRAL_WORDS + TRICKY_WORDS)
    words = draw(st.lists(pool, min_size=3, max_size=14))
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


@st.composite
def tricky_text(draw: st.DrawFn) -> list[str]:
    """Sentences that may hold digits, cues, dates and other names (as a list to plant into)."""
    return draw(st.lists(tricky_sentence(), min_size=1, max_size=6))


HEDGES_AROUND = [
    "", "more than", "over", "at least", "fewer than", "less than", "under", "up to",
    "as many as", "nearly", "just under", "about", "some", "an estimated",
]  # fmt: skip
# a period is wider than the event; a running count or a total may be the event's own
PERIOD_SCOPES = ["since it began", "this year", "cumulative"]
RUNNING_SCOPES = ["so far", "to date", "in total", "in all", "altogether", "overall"]
SCOPE_WORDS = PERIOD_SCOPES + RUNNING_SCOPES


@st.composite
def count_phrase(draw: st.DrawFn, figure: int) -> tuple[str, str, str]:
    """``(hedge, scope, where)``: a hedge before ``figure`` (maybe none), and a scope word
    (maybe none) ``"before"`` the count in its clause or ``"after"`` the cue."""
    hedge = draw(st.sampled_from(HEDGES_AROUND))
    scope = draw(st.sampled_from(["", *SCOPE_WORDS]))
    where = draw(st.sampled_from(["before", "after"]))
    return hedge, scope, where


@st.composite
def misspelt(draw: st.DrawFn, word: str, edits: int) -> str:
    """``word`` after ``edits`` random edits (substitution, insertion, deletion, transposition of
    two neighbours) anywhere after its first letter, in lower-case ASCII letters. A later edit
    may undo an earlier one: a test measures the distance it got."""
    letters = list(word)
    for _ in range(edits):
        kinds = ["substitute", "insert"] + (["delete", "swap"] if len(letters) > 2 else [])
        kind = draw(st.sampled_from(kinds))
        if kind == "insert":
            at = draw(st.integers(1, len(letters)))
            letters.insert(at, draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz")))
        elif kind == "substitute":
            at = draw(st.integers(1, len(letters) - 1))
            letters[at] = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
        elif kind == "delete":
            del letters[draw(st.integers(1, len(letters) - 1))]
        else:
            at = draw(st.integers(1, len(letters) - 2))
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


@st.composite
def dates_across(draw: st.DrawFn) -> tuple[int, int, int]:
    """``(year, month, day)`` of a real date from 1990 to 2035, any month, any valid day."""
    year = draw(st.integers(1990, 2035))
    month = draw(st.integers(1, 12))
    last = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return year, month, draw(st.integers(1, last))


@st.composite
def motive_count_sentence(draw: st.DrawFn) -> str:
    """A sentence with a count of killed inside the words of a motive ("in retaliation for
    strikes that killed N civilians"), in any filler: the count is another event's."""
    count = draw(st.integers(min_value=1, max_value=5000))
    motive = draw(
        st.sampled_from(
            [
                "in retaliation for",
                "in revenge for",
                "a revenge attack for",
                "in response to",
                "a reprisal for",
                "to avenge",
            ]
        )
    )
    event = draw(st.sampled_from(["air strikes", "a raid on a village", "the shelling"]))
    filler = " ".join(draw(st.lists(st.sampled_from(NEUTRAL_WORDS), min_size=0, max_size=3)))
    relative = draw(st.sampled_from(["that killed", "which killed", "in which were killed"]))
    return f"The group said the bombing was {motive} {event} {filler} {relative} {count} people."
