"""Folding keeps a map back to the original text."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.normalize import fold
from tests.strategies import unicode_text


def test_folds_quotes_spaces_dashes_and_diacritics() -> None:
    folded = fold("Erdo\u011fan\u2019s \u201cquote\u201d\u00a0 \u2014 end\u2026\n\n  next")
    assert folded.text == 'Erdogan\'s "quote" - end...\nnext'


def test_spans_map_back_to_the_original_words() -> None:
    original = "Kremlin\u00a0spokesman  Dmitry\nPeskov\u2019s \u2026 al\u2011Bab"
    folded = fold(original)
    for word, written in [
        ("Kremlin spokesman", "Kremlin\u00a0spokesman"),
        ("Dmitry\nPeskov's", "Dmitry\nPeskov\u2019s"),
        ("...", "\u2026"),
        ("al-Bab", "al\u2011Bab"),
    ]:
        start = folded.text.index(word)
        begin, end = folded.original_span(start, start + len(word))
        assert original[begin:end] == written


def test_folding_from_an_offset_maps_into_the_whole_text() -> None:
    original = "date: 2017-02-10\n\nThree\u00a0soldiers"
    folded = fold(original, 18)
    assert folded.text == "Three soldiers"
    assert folded.original_span(0, 5) == (18, 23)


@given(unicode_text)
@example("a\u2026b")
@example("  \n\u00a0x")
def test_every_folded_word_maps_back_to_text_that_folds_to_it(text: str) -> None:
    folded = fold(text)
    for match in re.finditer(r"[A-Za-z.']+", folded.text):
        begin, end = folded.original_span(*match.span())
        assert 0 <= begin <= end <= len(text)
        assert fold(text[begin:end]).text.strip() == match.group()


@given(st.text(max_size=80))
def test_offsets_stay_inside_the_original(text: str) -> None:
    folded = fold(text)
    for index in range(len(folded.text)):
        assert 0 <= folded.original_offset(index) < max(1, len(text))
