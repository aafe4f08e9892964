"""User patterns on RE2: what validation refuses, and that matching time is linear."""

from __future__ import annotations

import time

import pytest

from factcheck.user_patterns import EncodedText, UserPattern, pattern_error


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("coordinates (?=provided)", "invalid perl operator: (?="),
        ("coordinates (?!provided)", "invalid perl operator: (?!"),
        ("(?<=the )coordinates", "invalid perl operator: (?<="),
        ("(said) \\1", "invalid escape sequence: \\1"),
        ("(?>atomic)", "invalid perl operator: (?>"),
        ("killed++", "bad repetition operator: ++"),
        ("wrong (co-?ordinates", "missing )"),
    ],
)
def test_constructs_re2_cannot_run_in_linear_time_are_refused_with_the_syntax(
    pattern: str, reason: str
) -> None:
    error = pattern_error(pattern)
    assert error is not None
    assert reason in error
    assert "patterns use RE2 syntax: no lookarounds, backreferences" in error


@pytest.mark.parametrize(
    "pattern",
    [
        "coordinates (?:\\w+ ){0,3}provided by (?:its |the )?Turkish",
        "investigation (?:is|was) being carried out by both sides",
        "(a+)+$",
        "said (\\w+\\s?)+!",
        "(?P<who>army|police) said",
    ],
)
def test_patterns_of_the_shipped_files_and_catastrophic_ones_for_backtracking_are_valid(
    pattern: str,
) -> None:
    assert pattern_error(pattern) is None


def _seconds(pattern: str, text: str) -> float:
    compiled = UserPattern(pattern, word_start=pattern[0].isalpha())
    started = time.perf_counter()
    assert list(compiled.spans(EncodedText(text))) == []
    return time.perf_counter() - started


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("(a+)+$", "a" * 5000 + "b"),
        ("said (\\w+\\s?)+!", "said " + "word " * 5000),
    ],
)
def test_a_pattern_that_backtracking_takes_forever_on_is_searched_at_once(
    pattern: str, text: str
) -> None:
    """With Python's re these take longer than the age of the universe; RE2 needs
    milliseconds. The bound is loose (a whole second) so a busy machine cannot fail it."""
    assert _seconds(pattern, text) < 1.0


@pytest.mark.parametrize(
    ("pattern", "text", "spans"),
    [
        ("said (\\w+\\s?)+!", "He said hello world! Then", [(3, 20)]),
        ("Said (\\w+ ?)+!", "héllo said unicode words! é", [(6, 25)]),
        ("said \\w+!", "said ünïcode!", []),  # \w is ASCII: the text is folded before
        ("(?i)(a+)+$", "x 😀 aaa", [(4, 7)]),  # a four-byte character before the match
        ("army said", "the Army said, the army said", [(4, 13), (19, 28)]),
        ("army said", "the navyarmy said", []),  # a leading word starts a word of the text
        ("\\d+ killed", "\ud800 3 killed", [(2, 10)]),  # a lone surrogate stays one character
    ],
)
def test_spans_are_character_offsets_into_the_text_case_folded(
    pattern: str, text: str, spans: list[tuple[int, int]]
) -> None:
    compiled = UserPattern(pattern, word_start=pattern[0].isalpha())
    assert list(compiled.spans(EncodedText(text))) == spans
