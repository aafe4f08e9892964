"""The sentences of a document, in order, as the matchers cut them (``Document.sentence``)."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.match.document import Document

STOPWORDS = frozenset(
    (
        "a an the of to in on at for by with from and or but as is are was were be been being has "
        "have had it its this that these those their his her he she they we you i not no than "
        "then there which who whom whose what when where while after before since about over "
        "into onto out up down off also more most some any all each other such only just so if "
        "will would could should can may might must do does did said says say told according "
        "reported report reports news statement added"
    ).split()
)


def sentences(doc: Document) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``doc``'s folded text."""
    at, size = 0, len(doc.text)
    while at < size:
        start, end = doc.sentence(at)
        if end <= at:  # never happens with the cutter's rules; guards the loop anyway
            break
        yield start, end
        at = end


def singular(word: str) -> str:
    """A plural noun's singular, by the common endings ("soldiers" -> "soldier")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


IRREGULAR = {"child": "children", "man": "men", "woman": "women", "person": "people"}
# nouns that are plural, or count as one, as they stand
UNCHANGED = frozenset(
    "people police staff personnel crew children men women cattle news series species".split()
) | frozenset(  # words with no plural that a measure is tied to ("2,000 km east", "300m high")
    "north south east west northeast northwest southeast southwest high deep long wide tall "
    "away offshore inland".split()
)


def plural(word: str) -> str:
    """A singular noun's plural, by the common endings ("worker" -> "workers"); a word that
    already ends as a plural is returned as it is."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word in UNCHANGED or singular(word) != word or word.endswith(("ed", "ing")):
        return word  # a plural already, or a verb's form ("filmed"), which has none
    return noun_plural(word)


def noun_plural(word: str) -> str:
    """The plural of a word known to be a singular noun, by its ending ("inning" -> "innings",
    which :func:`plural` takes for a verb's form)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def word_forms(word: str) -> list[str]:
    """A noun, its singular and its plural, once each, as cue words: ``["soldiers",
    "soldier"]``, ``["worker", "workers"]``: a source may write either."""
    if word in UNCHANGED:
        return [word]
    return list(dict.fromkeys((word, singular(word), plural(word))))
