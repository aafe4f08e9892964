"""Every speed shortcut of the engine gives what the plain definition it stands for gives.

Each shortcut (a word set read with bytes operations, a regex tried only where a word starts,
a sentence scan that stops only at the characters that can end one, ...) is compared here with
its plain definition, written out in this file, on generated text built from small vocabularies
so that matches, overlaps and near misses are common.
"""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
import string
from collections.abc import Callable, Iterable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.dates import _FINDER, _PATTERNS, DateExpr, find_dates, may_hold_date
from factcheck.loader import load, loads
from factcheck.match import COMPILERS, Checkers, FileChecker
from factcheck.match.assertion import _first_token_at, _first_token_from
from factcheck.match.document import (
    Cues,
    Document,
    Token,
    cue_alternatives,
    leading_words,
    phrase_pattern,
    phrase_words,
)
from factcheck.match.mention import acronym_lead, alias_regex, is_acronym
from factcheck.match.name import ANYWHERE, BY_NAME, NOWHERE, Spelling, may_suspect
from factcheck.match.needles import pattern_literal
from factcheck.match.numbers import Count, counts_in, may_count
from factcheck.match.quantity import FRAMING, NEAR_DATE, _Dated, _one_clause
from factcheck.model import (
    NOT_STATED,
    Evidence,
    NameSpec,
    Period,
    Source,
    Status,
    Verdict,
    is_unstated,
    unstated,
    unstated_many,
)
from factcheck.normalize import _SPECIAL, _special_spans
from factcheck.sources import default_sources, read_sources, source_from_text
from factcheck.user_patterns import EncodedText, UserPattern
from tests.conftest import ROOT
from tests.strategies import neutral_text, unicode_text

BULK = ROOT.parent / "shared" / "corpora" / "bulk"
BULK_ARTICLES = 300


def _document(text: str) -> Document:
    return Document(source_from_text(text, id="t"))


def _joined(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts made of ``pieces`` written one after another, up to ``max_size`` of them."""
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


# -- the word set ----------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.one_of(unicode_text, st.text(max_size=60), neutral_text().map(" ".join)))
@example("Kremlin\u2019s al\u2011Bab 21 \u00e9t\u00e9 ISIS")
@example("\u0130stanbul \u212aelvin stra\u00dfe")
def test_word_set_is_every_run_of_letters_and_digits_of_the_lower_case_text(text: str) -> None:
    doc = _document(text)
    assert doc.words == frozenset(re.findall(r"[a-z0-9]+", doc.text.lower()))


# -- capitalised words -----------------------------------------------------------------------

CAPITALISED_PIECES = [
    *["Kremlin", "Bab", "al-Bab", "O'Neil", "McDonald", "ABC", "Xy", "Abc1", "2Abc", "_Abc"],
    *["Peskov's", "Dmitry", "abc", "Ab", "x", "\u00dcnal", "\u00e9", "\u03a9", "K\u03a9m"],
    *[" ", " ", "\n", "-", "'", ".", "_", "1"],
]
REFERENCE_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][A-Za-z]{2,}(?![\w-])")


@settings(max_examples=150, deadline=None)
@given(
    _joined(CAPITALISED_PIECES, 14),
    st.sets(st.sampled_from("ABDKMOPUX" + string.ascii_uppercase), min_size=1, max_size=6),
)
@example("Kremlin al-Bab O'Neil Kremlin", {"K", "B", "N"})
def test_capitalised_words_are_the_letter_runs_starting_with_an_initial(
    text: str, initials: set[str]
) -> None:
    doc = _document(text)
    everything = doc.capitalised(string.ascii_uppercase)  # fills the document's cache first
    found = doc.capitalised(sorted(initials))
    assert len(found) == len(set(found))
    assert set(found) == {word for word in everything if word[0] in initials}
    for match in REFERENCE_CAPITALISED.finditer(doc.text):
        if match.group()[0] in initials:
            assert match.group() in found
    for word in found:
        assert len(word) >= 3 and word[0] in initials
        assert word.isascii() and word.isalpha()
        assert re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", doc.text), word


# -- phrases found where their first word starts ----------------------------------------------

VOCABULARY = [
    *["al", "Bab", "al-Bab", "Kremlin", "spokesman", "IS", "is", "ISIS", "second", "largest"],
    *["second-largest", "AL", "bab", "Is", "iSIS", "Kremlin's", "IS-K", "K", "G-7", "G", "7"],
]
SEPARATORS = [" ", "  ", "-", ", ", ".", "\n", "'s", "_", "x"]
# near misses no phrase is drawn from: a dotless i, which case-insensitive matching takes for "i"
LOOKALIKES = ["Kreml\u0131n", "\u0131s", "\u0131S\u0131S"]

texts = _joined([*VOCABULARY, *SEPARATORS, *SEPARATORS[:4], *LOOKALIKES], 16)
phrase = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=3).map(" ".join)
phrases = st.lists(phrase, min_size=1, max_size=4)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=300, deadline=None)
@given(phrases, texts)
@example(["al-Bab"], "al Bab al-Bab alBab al--Bab")
@example(["second-largest", "second"], "second largest secondlargest second-largest")
@example(["is", "ISIS"], "ISIS is IS isis_is")
@example(["al-Bab"], "alBab")  # a hyphenated first word written as one word
@example(["is"], "\u0131s")  # a dotless i
def test_finditer_gives_the_matches_of_a_scan_of_the_whole_text(
    wanted: list[str], text: str
) -> None:
    doc = _document(text)
    regex = re.compile("|".join(phrase_pattern(p) for p in wanted), re.IGNORECASE)
    words = leading_words(wanted)
    assert _spans(doc.finditer(regex, words)) == _spans(regex.finditer(doc.text))


@settings(max_examples=300, deadline=None)
@given(phrases, texts)
@example(["Islamic State", "IS", "ISIS"], "is IS ISIS Islamic  State ISISIS")
@example(["IS"], "THIS IS")
@example(["al-Bab"], "alBab")
@example(["Kremlin"], "Kreml\u0131n")
@example(["G-7", "IS-K"], "G7 met; G 7 and IS K and ISK")  # an acronym written without its hyphen
def test_mention_finditer_gives_the_matches_of_a_scan_of_the_whole_text(
    aliases: list[str], text: str
) -> None:
    doc = _document(text)
    regex = alias_regex(tuple(aliases))
    words = leading_words(alias for alias in aliases if not is_acronym(alias))
    exact = tuple(acronym_lead(alias) for alias in aliases if is_acronym(alias))
    assert _spans(doc.finditer(regex, words, exact)) == _spans(regex.finditer(doc.text))


@settings(max_examples=300, deadline=None)
@given(phrase, texts)
@example("second-largest city", "the secondlargest city")
@example("Kremlin's spokesman", "Kremlin's\nspokesman")
@example("is", "\u0131s")
def test_a_text_where_a_phrase_matches_has_all_its_words(wanted: str, text: str) -> None:
    doc = _document(text)
    if re.search(phrase_pattern(wanted), doc.text, re.IGNORECASE):
        assert phrase_words(wanted) <= doc.words


# -- the literal string every match of a user pattern holds ----------------------------------

PATTERN_LITERALS = [
    ("16-year-old", "16-year-old"),
    (r"Tamimi, 16\b", "tamimi, 16"),
    ("lap 20,? Kimi Raikkonen", " kimi raikkonen"),  # the optional comma cuts the run
    (r"(?:halted|red-flagged) (?:\w+ ){0,3}(?:on|in|after) lap 20\b", " lap 20"),
    (r"Massa(?:'s)? (?:[\w']+ ){0,4}crashed", "crashed"),
    ("Rosberg[^.]{0,90}second place", "second place"),
    (r"x\.y\.z", "x.y.z"),  # an escaped mark stands for itself
    ("laps? later", " later"),  # an optional letter is no part of it
    ("lap+s", None),  # runs of under 3 characters ("la") are not worth a search
    ("a|lap 20", None),  # an alternation outside any group
    ("(?i)lap 20", None),  # inline flags ("x" changes what a space is)
    (r"\Qlap\E 20", None),  # an escape read here only in part
    ("lap{x} 20", None),  # a brace that may stand for itself
    ("[[:alpha:]] lap", None),  # a POSIX class
]


@pytest.mark.parametrize(("pattern", "literal"), PATTERN_LITERALS)
def test_the_literal_of_a_user_pattern_is_the_longest_run_every_match_holds(
    pattern: str, literal: str | None
) -> None:
    assert pattern_literal(pattern) == literal


PATTERN_PIECES = ["lap", " ", "20", "Kimi", ",?", "s?", "s+", "(?:on|in)", r"\b", r"\w+", "x{2}"]
PATTERN_PIECES += ["[^.]{0,9}", r"\.", "'s", "-", "(?:'s)?", "(?:\\w+ ){0,2}", "K", ".", "Massa"]
PATTERN_TEXT_PIECES = ["lap", "Lap", "LAP", " ", "  ", "20", "Kimi", "kimi", "s", ",", ".", "'s"]
PATTERN_TEXT_PIECES += ["on", "in", "-", "\n", "Massa", "\u212aimi", "\u2019s", "x", "xx"]


@settings(max_examples=300, deadline=None)
@given(_joined(PATTERN_PIECES, 6).filter(bool), _joined(PATTERN_TEXT_PIECES, 14))
@example("Kimi", "\u212aimi")  # the Kelvin sign, which RE2 takes for a "k", is folded to one
@example("Massa's", "Massa\u2019s")
@example("lap 20,? Kimi", "LAP  20 kimi")
def test_a_text_where_a_user_pattern_matches_holds_its_literal(pattern: str, text: str) -> None:
    doc = _document(text)
    literal = pattern_literal(pattern)
    if literal is not None and list(
        UserPattern(pattern, word_start=False).spans(EncodedText(doc.text))
    ):
        assert literal in doc.lower


CUES = ["on board", "U.S. forces", "killed", "9/11", "Bogot\u00e1", "second-largest", "al-Bab"]
CUE_PIECES = [*CUES, "on", "board", "U.S.", "US", "forces", "Bogota", "9", "11", "second"]
CUE_PIECES += ["largest", "al", "Bab", "alBab", " ", " ", "  ", "\n", "-", "/", "."]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CUES), _joined(CUE_PIECES, 10))
@example("on board", "on  board")
@example("U.S. forces", "U.S.\nforces")
@example("second-largest", "second-largest")
def test_a_text_where_a_cue_matches_has_every_word_of_it(cue: str, text: str) -> None:
    doc = _document(text)
    (alternative,) = cue_alternatives([cue])
    if Cues((cue,)).sentences(doc):
        assert all(not words.isdisjoint(doc.words) for words in alternative)


def reference_cue_sentences(cues: Cues, doc: Document) -> list[tuple[int, int]]:
    """Every sentence where a cue matches (tried where a cue's first word starts), each once."""
    starts = doc.starts_of(cues.firsts_folded)
    found = (doc.sentence(at) for at in starts if cues.regex.match(doc.lower, at))
    return list(dict.fromkeys(found))


def reference_cue_positions(cues: Cues, tokens: list[Token]) -> list[tuple[int, int]]:
    """At each token, the first cue (in the order given) whose words stand there."""
    found = []
    for index in range(len(tokens)):
        for cue in cues.cues:
            end = index + len(cue)
            words = [token.lower for token in tokens[index:end]]
            if len(words) == len(cue) and all(w in f for w, f in zip(words, cue, strict=True)):
                found.append((index, end - 1))
                break
    return found


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*CUES, "on", "forces", "board on"]), min_size=1, max_size=4),
    _joined([*CUE_PIECES, ". The ", ". ", "\n"], 16),
)
@example(["on", "on board"], "on board. The on board on")
@example(["killed"], "killed killed. The killed\nkilled")
def test_cue_sentences_and_positions_are_those_of_the_plain_definition(
    cues: list[str], text: str
) -> None:
    doc, finder = _document(text), Cues(tuple(cues))
    sentences = finder.sentences(doc)
    assert sentences == reference_cue_sentences(finder, doc)
    for start, end in sentences:
        tokens = doc.tokens_between(start, end)
        assert finder.positions(tokens) == reference_cue_positions(finder, tokens)


@settings(max_examples=200, deadline=None)
@given(_joined(CUE_PIECES, 14), st.integers(0, 60), st.integers(0, 60))
def test_tokens_at_a_phrase_are_found_by_binary_search_as_by_a_scan(
    text: str, start: int, end: int
) -> None:
    tokens = _document(text).tokens_between(0, len(text))
    first = next((i for i, token in enumerate(tokens) if token.end > start), None)
    assert _first_token_at(tokens, start) == first
    after = [i for i, token in enumerate(tokens) if token.start < end]
    assert _first_token_from(tokens, end) == (after[-1] + 1 if after else 0)


# -- sentence starts -------------------------------------------------------------------------

ABBREVIATIONS = [
    *["mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov"],
    *["sen", "rep", "st", "jr", "sr", "prof", "rev", "no", "vs", "jan", "feb", "mar", "apr"],
    *["jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd"],
]
REFERENCE_SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"')\]]*\s+(?=[\"'(A-Z0-9])")


def reference_starts(text: str) -> list[int]:
    """Offsets where sentences start: after a line break, or after . ! ? (and closing quotes)
    and white space before a capital, a quote or a digit, but not after an abbreviation."""
    starts = [0]
    for match in REFERENCE_SENTENCE_END.finditer(text):
        if match.group() != "\n":
            dot_end = match.start()
            head = text[max(0, dot_end - 8) : dot_end].rstrip("\"')]")
            if head.endswith("."):
                word = re.split(r"[^A-Za-z.]", head[:-1])[-1]
                if (
                    word.lower() in ABBREVIATIONS
                    or (len(word) == 1 and word.isupper())
                    or "." in word
                ):
                    continue
        starts.append(match.end())
    return starts


SENTENCE_PIECES = [
    *["Gen.", "U.S.", "Mr.", "J.", "co.", "said.", "!", "?", '"', ")", "]", "(", "'"],
    *[" ", " ", "\n", "  ", "The", "he", "3", "...", "Inc.", "x.", "Sept.", "\u201c", "\u2026"],
]


@settings(max_examples=300, deadline=None)
@given(_joined(SENTENCE_PIECES, 18))
@example('He met Gen. Smith. "The U.S. said." 3 left!\nThe end... The')
@example("said.\n The J. Doe co. The")
def test_sentence_starts_are_those_of_the_plain_definition(text: str) -> None:
    doc = _document(text)
    assert doc._starts() == reference_starts(doc.text)


# -- special characters of folding -----------------------------------------------------------

FOLD_ALPHABET = [" ", "\n", "\t", "\r", "\u00a0", "\u2028", "a", "\u00e9", "\u2026", "\u200b"]
FOLD_ALPHABET += ["\u2019", "\ufb01"]
SPACES_AND_LINES = [" ", "\n", "a", "\u00e9", "\u2026", "\u200b", "\u2019", "\ufb01"]


@st.composite
def text_and_start(draw: st.DrawFn) -> tuple[str, int]:
    alphabet = draw(st.sampled_from([FOLD_ALPHABET, SPACES_AND_LINES]))
    text = draw(st.text(alphabet=st.sampled_from(alphabet), max_size=40))
    return text, draw(st.integers(min_value=0, max_value=len(text)))


@settings(max_examples=300, deadline=None)
@given(text_and_start())
@example(("a \n  b", 0))
@example(("  \n  ", 1))
@example((" \n", 1))
def test_special_spans_are_those_of_the_full_scan(case: tuple[str, int]) -> None:
    text, start = case
    expected = [m.span() for m in _SPECIAL.finditer(text, start) if m.group() != "\n"]
    assert _special_spans(text, start) == expected


# -- the count prefilter ---------------------------------------------------------------------

COUNT_PIECES = [
    *["three", "3", "21", "no", "some", "a dozen", "soldiers", "killed", "twenty-one", "1bn"],
    *["$5", "5 won", "several", "the", "were", "won", "Won", "$", "No", "Three", "dozens"],
    *["twenty one", "percent", "%", "5:30", "none", "someone", "x3", "_one"],
]
SEPARATOR_PIECES = [" ", " ", " ", ". ", ", ", "\n", "-", "'"]


@settings(max_examples=300, deadline=None)
@given(_joined(COUNT_PIECES + SEPARATOR_PIECES, 14))
@example("The soldiers were killed. No soldiers were killed.")
@example("The soldiers won.\n$\n5 were killed. A dozen won")
def test_sentences_the_count_prefilter_passes_over_hold_no_count(text: str) -> None:
    doc = _document(text)
    starts = doc._starts()
    for start, end in zip(starts, [*starts[1:], len(doc.text)], strict=True):
        tokens = doc.tokens_between(start, end)
        for unit in ("", "$", "won"):
            for subjects in (frozenset(), frozenset({"soldiers"})):
                counts = counts_in(doc, tokens, start, end, unit=unit, subjects=subjects)
                if not may_count(doc, start, end, unit):
                    assert counts == [], (doc.text[start:end], unit, subjects)
                if not may_count(doc, start, end):
                    assert counts == [], (doc.text[start:end], unit, subjects)


@settings(max_examples=200, deadline=None)
@given(_joined(COUNT_PIECES + SEPARATOR_PIECES, 14), st.permutations(["", "$", "won", "km"]))
@example("The soldiers won.\n$\n5 were killed. 3 km", ["won", "", "km", "$"])
def test_the_count_prefilter_read_once_per_sentence_and_unit_is_what_it_reads_afresh(
    text: str, units: list[str]
) -> None:
    """Asked of one document in any order of units, and asked again, the prefilter gives what
    it gives each unit on a document of its own."""
    doc = _document(text)
    starts = doc._starts()
    sentences = list(zip(starts, [*starts[1:], len(doc.text)], strict=True))
    for _ in range(2):
        for unit in units:
            for start, end in sentences:
                fresh = _document(text)
                assert may_count(doc, start, end, unit) == may_count(fresh, start, end, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The soldiers won the vote. 5 were killed.", "won"),
        ("The seats were all taken. Then 2,000 more came.", "seats"),
        ("Five were killed. Each ticket cost $3.", "$"),
    ],
)
def test_the_count_prefilter_reads_only_its_own_sentence(text: str, unit: str) -> None:
    """The unit in the first sentence, a count only in the next: the first one is passed over,
    the two read as one are not."""
    doc = _document(text)
    first, second = doc._starts()
    assert not may_count(doc, first, second, unit)
    assert may_count(doc, first, len(doc.text), unit)


@pytest.mark.parametrize("text", ["5 were killed.", "Police said 40 were hurt."])
def test_the_count_prefilter_passes_over_a_count_without_the_facts_unit(text: str) -> None:
    """A fact with a unit ("seats", "won") counts nothing in a sentence that never names it (and
    has no vague word); a fact without one reads the same sentence."""
    doc = _document(text)
    assert not may_count(doc, 0, len(doc.text), "seats")
    assert not may_count(doc, 0, len(doc.text), "won")
    assert may_count(doc, 0, len(doc.text))


@settings(max_examples=200, deadline=None)
@given(
    _joined(COUNT_PIECES + SEPARATOR_PIECES, 14),
    st.permutations([(u, s) for u in ("", "$", "won") for s in ("", "soldiers", "were")]),
)
@example("No soldiers were killed. No one won $5", [("", "soldiers"), ("", ""), ("", "were")])
def test_the_counts_of_a_sentence_read_once_are_those_read_afresh(
    text: str, readings: list[tuple[str, str]]
) -> None:
    """``counts_in`` reads a sentence's counts once per unit (and per subjects where "no"
    stands): each fact gets what a reading of its own gives (a copy of the tokens is read
    afresh), whatever the order the facts ask in."""
    doc = _document(text)
    starts = doc._starts()
    for start, end in zip(starts, [*starts[1:], len(doc.text)], strict=True):
        tokens = doc.tokens_between(start, end)
        for unit, subject in readings:
            subjects = frozenset(subject.split())
            shared = counts_in(doc, tokens, start, end, unit=unit, subjects=subjects)
            afresh = counts_in(doc, list(tokens), start, end, unit=unit, subjects=subjects)
            assert shared == afresh, (doc.text[start:end], unit, subjects)


# -- the dates a count's time is read from ----------------------------------------------------

TIME_PIECES = [
    *["3 soldiers", "1,200 people", "12", "In June 2016", "Monday", "in 2014", "July 9, 2017"],
    *["the crowd gathered near the old square", "killed", "left", "Orlando, Florida", "which"],
    *[" and ", " ", " ", ", ", "; ", " - ", " (", ") ", "\n", "that", "x"],
]


def _plain_near(doc: Document, tokens: list[Token], count: Count, start: int, end: int,
                near: Callable[[DateExpr], bool | None]) -> set[bool | None]:  # fmt: skip
    """The verdicts of the dates that speak of a count's time, by their definition: a date
    among the first tokens, within ``NEAR_DATE`` words, or in one clause with the count."""
    found = set()
    for expr in doc.dates_in(start, end):
        inside = [i for i, t in enumerate(tokens) if expr.start <= t.start < expr.end]
        frames = any(t.start <= expr.start < t.end for t in tokens[:FRAMING])
        close = bool(inside) and (
            min(abs(inside[0] - count.last), abs(inside[-1] - count.first)) <= NEAR_DATE
            or (
                _one_clause(doc.text, tokens, inside[-1], count.first)
                if inside[-1] < count.first
                else _one_clause(doc.text, tokens, count.last, inside[0])
            )
        )
        if inside and (frames or close):
            found.add(near(expr))
    return found


@settings(max_examples=300, deadline=None)
@given(_joined(TIME_PIECES, 60), st.sampled_from([NEAR_DATE + 16, 30, _Dated.AROUND]))
@example("In June 2016 the crowd gathered, 3 soldiers which July 9, 2017 Orlando, Florida 12", 24)
@example("3 soldiers killed" + " the crowd gathered near the old square" * 4 + " in 2014", 24)
@example("the crowd left in 2014" + " the crowd gathered near the old square" * 4 + " 3 killed", 24)
@example(
    "the crowd left in 2014" + " the crowd gathered near the old square" * 4 + ", 3 killed", 24
)
@example("1,200 million killed" + " the crowd gathered near the old square" * 4 + " in 2014", 24)
@example("3 killed" + " the crowd gathered near the old square" * 4 + ", Monday", 24)
@example(
    "3 killed" + " the crowd gathered near the old square" * 4 + " in Orlando, Florida in 2014", 24
)
def test_the_dates_of_a_count_s_time_are_those_of_the_plain_definition(
    text: str, around: int
) -> None:
    """``_Dated`` judges the dates far from a count by binary searches over the clause breaks:
    the verdicts it finds are those the definition gives, date by date, whatever the reach
    within which dates are judged one by one (down to the least that holds every date within
    ``NEAR_DATE`` words of a count)."""
    doc = _document("date: 2016-06-20\n\n" + text)
    june = Period(year=2016, month=6)

    def near(expr: DateExpr) -> bool | None:
        return expr.resolve(doc.source.date).near(june)

    starts = doc._starts()
    for start, end in zip(starts, [*starts[1:], len(doc.text)], strict=True):
        tokens = doc.tokens_between(start, end)
        dated = _Dated(doc, tokens, start, end, near)
        dated.AROUND = around
        for count in counts_in(doc, tokens, start, end):
            expected = _plain_near(doc, tokens, count, start, end, near)
            assert dated.near(count) == expected, (doc.text[start:end], count)


# -- the date finder -------------------------------------------------------------------------

REFERENCE_DATES = re.compile("|".join(f"(?:(?<![\\w-]){p})" for p in _PATTERNS))
DATE_PIECES = [
    *["February 9", "9 February 2017", "Thursday", "in May", "since 2014", "2017-02-09"],
    *["+2017-02-09", "earlier today", "x-May", "_9 May", "Thu", "Feb.", "9th", "of", "May"],
    *["may", "2017", "1999", "31", "3", "In", "LATER today", "this morning", "Sept", "Mon."],
    *[" ", " ", " ", ", ", "\n", "-", "+", "_", "x", "'s", "\u0131n", "\u017fince"],
]


@settings(max_examples=300, deadline=None)
@given(_joined(DATE_PIECES, 12))
@example("Thu Feb 9, 2017 6:37PM")
@example("+2017-02-09 x-May _9 May in May 2017 since 2014")
def test_date_finder_matches_the_plain_alternation_of_its_patterns(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in _FINDER.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in REFERENCE_DATES.finditer(text)]


NAMED_DATE_PIECES = [
    *["Christmas Eve", "Christmas eve", "Guy Fawkes Night", "Halloween", "Thanksgiving", "x"],
    *["Good Friday", "St. Patrick's Day", "New Year's Eve", "tonight", "TONIGHT", "last night"],
    *["this evening", "this morning", "this afternoon", "tomorrow", "two weeks ago", "Sunday"],
    *["over the weekend", "this past week", "last month", "in June", "in may", "ton\u0131ght"],
    *["a days ago", "\u017finc", "\u212a", " ", " ", ", ", "\n", "-", "eve", "Night"],
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(_joined(DATE_PIECES + NAMED_DATE_PIECES, 8), unicode_text))
@example("Guy Fawkes Night")
@example("ton\u0131ght")
@example("in June")
def test_a_text_the_date_prefilter_passes_over_holds_no_date(text: str) -> None:
    if not may_hold_date(text):
        assert find_dates(text) == []


# -- words that may misspell a name ----------------------------------------------------------

NAME_SPECS = [
    NameSpec(value="Hulusi Akar", variants=("Hulusi Akar",)),
    NameSpec(value="Fr\u00e9d\u00e9ric \u00c9mile Ko\u00e7"),
    NameSpec(value="Kremlin", not_misspellings=("Kremlins",)),
    NameSpec(value="Dmitry Peskov", variants=("Dmitri Peskov",)),
    NameSpec(value="Abu Bakr al-Baghdadi"),
]
NAME_PIECES = [*"aeiklmorsuvxyz", "Ak", "Hul", "Pes", "Kov", "Krem", "lin", "the", "Fr", "dric"]
NAME_PIECES += ["mile", "Bagh", "dadi", "Abu", "Bakr", "ian", "s", "'s", "i", "Ko", "c", "e"]


def reference_suspicion(spelling: Spelling, written: str) -> int:
    """Where ``written`` may be judged a misspelling, by its definition: anywhere when it
    misspells a declared word on its own, only next to a name when it does only there."""
    word, capital = written.lower(), written[:1].isupper()
    if spelling.target_of(word, capital, True) is None:
        return NOWHERE
    return ANYWHERE if spelling.target_of(word, capital, False) is not None else BY_NAME


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(NAME_SPECS), _joined(NAME_PIECES, 5).filter(bool))
@example(NAME_SPECS[0], "Akkar")
@example(NAME_SPECS[0], "Hulusithe")
@example(NAME_SPECS[1], "Frdric")
@example(NAME_SPECS[1], "mile")
@example(NAME_SPECS[3], "Peskovs")
def test_a_word_of_a_length_no_declared_word_allows_is_no_suspect_as_by_its_definition(
    spec: NameSpec, written: str
) -> None:
    spelling = Spelling(spec)
    assert spelling.suspicion(written) == reference_suspicion(spelling, written)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(NAME_SPECS),
    st.sampled_from(string.ascii_uppercase),
    _joined(NAME_PIECES, 4).filter(lambda rest: re.fullmatch("[A-Za-z]{2,}", rest) is not None),
)
@example(NAME_SPECS[0], "A", "kkar")
@example(NAME_SPECS[0], "H", "ulusithe")
@example(NAME_SPECS[1], "F", "rdric")
@example(NAME_SPECS[1], "F", "redericx")
@example(NAME_SPECS[4], "B", "aghdadiss")
def test_a_capitalised_run_near_no_declared_word_is_no_suspect_as_by_its_definition(
    spec: NameSpec, initial: str, rest: str
) -> None:
    """What ``Checkers`` tests a new capitalised run with first, for all the name facts of its
    initial at once: a run it finds near none of them is a suspect of none."""
    spelling = Spelling(spec)
    written = initial + rest
    declared, exact = spelling.near
    near = [word for word in declared if word[0] == initial.lower()]
    if not may_suspect(written, near, exact):
        assert reference_suspicion(spelling, written) == NOWHERE


@pytest.mark.parametrize(
    ("written", "near"),
    [
        ("Akkar", True),  # one letter more than "akar"
        ("Ankara", True),  # two: near, though no suspect when judged
        ("Hulusithe", True),  # "hulusi" with "the" glued to it
        ("Athens", False),
        ("Hospital", False),
    ],
)
def test_only_runs_near_a_declared_word_of_their_initial_are_judged(
    written: str, near: bool
) -> None:
    declared, exact = Spelling(NAME_SPECS[0]).near
    initial = [word for word in declared if word[0] == written[0].lower()]
    assert may_suspect(written, initial, exact) is near


# -- the evidence-free omission --------------------------------------------------------------


@given(st.text(max_size=12), st.text(max_size=12), st.text(max_size=12), st.text(max_size=12))
def test_unstated_is_the_omission_verdict_it_stands_for(
    fact: str, source: str, expected: str, reason: str
) -> None:
    verdict = unstated(fact, source, expected, reason)
    reference = Verdict(
        fact=fact,
        source=source,
        status=Status.OMISSION,
        reason=reason,
        expected=expected,
        detail=NOT_STATED,
    )
    assert type(verdict) is Verdict
    assert verdict == reference
    assert hash(verdict) == hash(reference)
    assert repr(verdict) == repr(reference)
    assert unstated(fact, source, expected) == dataclasses.replace(reference, reason="not-stated")
    for field in dataclasses.fields(Verdict):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(verdict, field.name, getattr(reference, field.name))
    assert verdict == reference


@given(st.lists(st.tuples(st.text(max_size=8), st.text(max_size=8)), max_size=6), st.text())
def test_unstated_many_is_the_list_of_unstated_omissions(
    facts: list[tuple[str, str]], source: str
) -> None:
    made = unstated_many([fact for fact, _ in facts], source, [value for _, value in facts])
    assert made == [unstated(fact, source, value) for fact, value in facts]
    assert all(type(verdict) is Verdict and is_unstated(verdict) for verdict in made)


@given(st.text(max_size=12), st.text(max_size=12), st.sampled_from(list(Status)), st.booleans())
def test_verdicts_pickle_as_themselves_and_only_unstated_ones_are_told_apart(
    fact: str, detail: str, status: Status, with_evidence: bool
) -> None:
    evidence = (Evidence(start=0, end=1, line=1, column=1, text="x"),) if with_evidence else ()
    verdict = Verdict(
        fact=fact, source="s", status=status, reason="not-stated", expected="3", detail=detail,
        evidence=evidence,
    )  # fmt: skip
    copy = pickle.loads(pickle.dumps(verdict))
    assert copy == verdict and hash(copy) == hash(verdict) and type(copy) is Verdict
    assert is_unstated(verdict) == (verdict == unstated(fact, "s", "3"))
    assert is_unstated(unstated(fact, "s", "3"))


# -- one dispatch per expectation file -------------------------------------------------------


NEEDLE_FILE = """
event: needles
date: '2017-02-09'
facts:
  - {id: akar, kind: name, value: General Hulusi Akar, variants: [Hulusi Akar]}
  - {id: emile, kind: name, value: \u00c9mile Zola}
  - {id: firstenergy, kind: name, value: FirstEnergy}
  - {id: zola, kind: name, value: Marie Zola Dupont, allow: [Van-Der]}
  - {id: cause, kind: claim, value: error, variants: {error: [coordination error], wrong: {patterns: ['Boko Haram fighters? (?:were|are) freed']}}}
  - {id: age, kind: claim, value: '16', variants: {'16': {patterns: ['16-year-old', 'Tamimi, 16\\b']}, '17': {patterns: ['(?:aged|at) 17\\b']}}}
  - {id: aboard, kind: quantity, value: 239, cues: [on board, died], subjects: [people]}
  - {id: day, kind: date, value: 2017-02-09, cues: [strike, on board], subjects: [jets]}
  - {id: hour, kind: time, value: '21:30', cues: [strike took place]}
  - {id: peskov, kind: role, person: Dmitry Peskov, role: Kremlin spokesman, role_aliases: [spokesman]}
  - {id: isis, kind: mention, value: Islamic State, aliases: [IS, al-Dawla]}
"""
NEEDLE_PIECES = [
    *["General", "Hulusi", "Akar", "Gereal", "Hulusy", "Akkar", "Akar's", "Generals", "Emile"],
    *["mile", "Zola", "Zolla", "First", "Energy", "FirstEnergy", "Firstenergy", "coordination"],
    *["error", "Boko", "Haram", "fighters", "were", "freed", "on", "board", "people", "died"],
    *["239", "strike", "jets", "took", "place", "on 9 February", "Thursday", "at 21:30", "the"],
    *["Dmitry", "Peskov", "peskov", "Kremlin", "spokesman", "Islamic", "State", "IS", "is"],
    *["al", "Dawla", "alDawla", "Ivan", "Petrov", " ", " ", " ", ". ", ", ", "\n", "-"],
    *["16", "year", "old", "Tamimi", "aged", "at", "17", "Marie", "Marei", "Dupont", "Van-Der"],
]


@settings(max_examples=200, deadline=None)
@given(_joined(NEEDLE_PIECES, 16))
@example("Gereal Hulusi Akar said. mile Zola")  # a misspelling; a lost accented initial
@example("First Energy and Boko Haram fighters were freed")  # a split name; a capitalised lead
@example("239 people on board died; the strike took place at 21:30 on 9 February, jets")
@example("The Kremlin spokesman Ivan Petrov said IS")  # another holder of the role; an acronym
@example("Boko said Haram fighters were freed")  # a pattern's first word, not its string
@example("Gereal Hulusi said. Gereal said")  # a misspelling only beside the name; alone
@example("Van-Der Marei said")  # beside an allowed word that is no run of letters
@example("Tamimi, 16-year-old, at 17")  # patterns that begin with no word; one in a group
def test_file_checker_gives_the_verdict_of_each_fact_checker_on_made_up_text(text: str) -> None:
    """Each fact the needles skip (multi-word cues, subjects, name suspects, suspects only
    beside a word of the name in a text without one, spellings without all their words, split
    names, claim patterns that begin with a capitalised word, the string every match of a
    pattern holds, every word of a person, a role or an alias) is an evidence-free omission."""
    facts = loads(NEEDLE_FILE, "needles.yaml").facts
    doc = _document(text)
    expected = tuple(COMPILERS[fact.kind](fact)(doc) for fact in facts)
    assert FileChecker(facts)(_document(text)) == expected


def _bulk_sources() -> list[Source]:
    """The first articles of the bulk corpus, in the order of its sorted JSONL files."""
    assert BULK.is_dir(), f"the bulk corpus is missing: {BULK} (the JSONL files of articles)"
    sources: list[Source] = []
    for path in sorted(BULK.glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                sources.append(source_from_text(record["text"], id=f"{path.name}#{record['id']}"))
                if len(sources) == BULK_ARTICLES:
                    return sources
    raise AssertionError(f"the bulk corpus {BULK} holds fewer than {BULK_ARTICLES} articles")


def test_file_checker_gives_the_verdicts_of_every_fact_checker() -> None:
    """Skipping facts by their needles changes no verdict, for one file or all at once."""
    files = [load(str(path)) for path in sorted((ROOT / "expectations").glob("*.yaml"))]
    annotated = sorted({path for e in files for path in default_sources(e)})
    sources = [*read_sources(annotated), *_bulk_sources()]
    compared = stated = 0
    together = Checkers(expectations.facts for expectations in files)
    per_file: dict[str, list[tuple[Verdict, ...]]] = {source.id: [] for source in sources}
    for expectations in files:
        fast = FileChecker(expectations.facts)
        full = [COMPILERS[fact.kind](fact) for fact in expectations.facts]
        for source in sources:
            verdicts = fast(Document(source))
            doc = Document(source)
            assert verdicts == tuple(check(doc) for check in full), source.id
            per_file[source.id].append(verdicts)
            compared += len(verdicts)
            stated += sum(v.status is not Status.OMISSION or bool(v.evidence) for v in verdicts)
    for source in sources:
        assert together(Document(source)) == tuple(per_file[source.id]), source.id
    assert len(files) == 34 and len(annotated) == 197
    assert compared == sum(len(e.facts) for e in files) * (197 + BULK_ARTICLES) == 241_045
    assert stated > 100  # the comparison is not one of omissions alone
