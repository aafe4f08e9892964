"""The noun forms a draft writes as cues and subjects: the form seen, its singular and its
plural, so that a source writing "workers" matches a draft that saw "worker"."""

from __future__ import annotations

import pytest

from factcheck.draft.sentences import word_forms


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("worker", ["worker", "workers"]),  # "two workers were hurt" beside "a worker"
        ("soldiers", ["soldiers", "soldier"]),
        ("city", ["city", "cities"]),
        ("bus", ["bus", "buses"]),
        ("child", ["child", "children"]),
        ("people", ["people"]),  # plural as it stands: no "peoples"
        ("police", ["police"]),
        ("filmed", ["filmed"]),  # a verb's form counted as a noun: no "filmeds"
        ("east", ["east"]),  # "2,000 kilometers east of Cape Erimo": no "easts"
        ("high", ["high"]),
    ],
)
def test_a_noun_comes_with_its_singular_and_its_plural(word: str, forms: list[str]) -> None:
    assert word_forms(word) == forms
