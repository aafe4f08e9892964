"""Candidate measures in units of time and in the story's own units: a number of years,
minutes or days ("her remand for eight days", "a 17-minute rain delay", "a 3-year-old boy"),
and a number hyphened to a noun before another word ("a 10-inning victory", "a 400-pound
gorilla"), which makes that noun a unit the checker then reads in every source ("took 10
innings").

A measure is tied to the words it describes: the lower-case words after a hyphened one ("rain
delay"), else the word before it ("remand"). One candidate per unit and value, with those
words as cues; the values of one unit that share a word are one group ("boy": 3 years in
some sources, 4 in others), of which the checker keeps the one more sources state.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, noun_plural, singular
from factcheck.match.document import Document, Token
from factcheck.match.numbers import Count
from factcheck.match.quantity import MODIFIED_REACH

# units of time, each read in its own unit: the checker never takes minutes for years, and a
# draft never converts days to hours ("48 hours" is read in hours)
TIME_UNITS = {
    form: unit
    for unit in "years months weeks days hours minutes seconds".split()
    for form in (unit, unit[:-1])
}
_TIME_WORD = re.compile(r"(?<![a-z])(?:year|month|week|day|hour|minute|second)s?(?![a-z])")
NOT_MEASURED = frozenset({"ago"})  # "two years ago" is a point in time, no measure
# words between a measure and the word before it that it is tied to ("for another six months")
NOT_TIED = frozenset(
    "another further extra additional next last past first me him us them you".split()
)
# a number hyphened to a noun before another word: the noun is a unit of the story; not a
# scale ("a 5-million fine") nor a word that only hedges ("30-odd years"); a word in -ing or
# -ed only when a source writes its plural after a number too (see ``story_units``)
_COMPOUND = re.compile(r"(?<![\w.,-])\d[\d,]*(?:\.\d+)?-(?P<word>[a-z]{3,})(?:-old)?[ \t]+[a-z]")
NOT_UNIT_WORDS = frozenset(
    "hundred thousand million billion trillion dozen odd plus strong overall".split()
)
MAX_CUES = 4  # the words a measure is tied to, the most written first
MAX_GROUPS = 20  # groups of measures, the most stated first
MAX_VALUES = 6  # values a group


def story_units(docs: Iterable[Document], measured: Iterable[str]) -> dict[str, str]:
    """The units a story writes as nouns hyphened to a number before another word, other than
    units of time and ``measured`` words (kilometres...), money as well as any ("a 10-pound
    note" is 10 pounds, as "a 400-pound gorilla" is): each form of the noun with its unit,
    in the plural (``{"inning": "innings", "innings": "innings"}`` of "a 10-inning victory")."""
    skipped = frozenset(measured) | NOT_UNIT_WORDS | STOPWORDS
    docs = list(docs)
    counted = {word for doc in docs for word in _AFTER_A_NUMBER.findall(doc.lower)}
    found: dict[str, str] = {}
    for doc in docs:
        for match in _COMPOUND.finditer(doc.text):
            noun = singular(match["word"])
            if match["word"] in TIME_UNITS or match["word"] in skipped:
                continue
            if noun.endswith(("ing", "ed")) and noun_plural(noun) not in counted:
                continue  # "a Game 7-winning run": a participle, unless "10 innings" is written
            found.update(dict.fromkeys((noun, noun_plural(noun)), noun_plural(noun)))
    return found


# a word right after a number ("took 10 innings")
_AFTER_A_NUMBER = re.compile(r"(?<![\w.,-])\d[\d,]*[ \t]+([a-z]+)(?![\w-])")


def units_in(lower: str, story: dict[str, str]) -> set[str]:
    """The units of time and of the story that a sentence (``lower``, in lower case) names."""
    times = {TIME_UNITS[match.group()] for match in _TIME_WORD.finditer(lower)}
    return times | {story[word] for word in re.findall(r"[a-z]+", lower) if word in story}


@dataclass(slots=True)
class Measures:
    """The measures read so far: by unit and value, the sources and the words tied to them."""

    sources: dict[tuple[str, float], set[str]] = field(default_factory=lambda: defaultdict(set))
    words: dict[tuple[str, float], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )

    def add(
        self, source: str, text: str, tokens: list[Token], count: Count, unit: str, before: str
    ) -> None:
        """Adds a count read in ``unit``, tied to the words it describes, else to ``before``
        (the word of content before it, "" for none: "her remand for eight days" -> remand;
        "the child is 4 years old" -> child; "took 10 innings" -> took), unless it is a point
        in time or converted from another unit."""
        assert count.value is not None
        unit_end = count.last + (1 if count.modifier else 2)  # past "years" of "two years"
        after = tokens[unit_end : unit_end + 1]
        if count.written or (after and after[0].lower in NOT_MEASURED):
            return
        words = _described(text, tokens, count)
        if not words and before and before not in TIME_UNITS:
            words = [before]
        if words:
            self.sources[(unit, count.value)].add(source)
            self.words[(unit, count.value)].update(words)

    def candidates(self) -> list[Candidate]:
        """One candidate per unit and value, grouped with the values of its unit that share a
        tied word, the groups most stated first. The values of a group share its cues, the
        words most tied to them: the checker compares them on the same words."""
        found = []
        for group in self._groups()[:MAX_GROUPS]:
            tied: Counter[str] = Counter()
            for key in group:
                tied.update(self.words[key])
            cues = _ranked(tied)[:MAX_CUES]
            ranked = sorted(group, key=lambda key: (-len(self.sources[key]), key))
            for unit, value in ranked[:MAX_VALUES]:
                keys = {
                    "id": cues[0],
                    "kind": "quantity",
                    "value": int(value) if value == int(value) else value,
                    "unit": unit,
                    "cues": cues,
                }
                found.append(Candidate(keys=keys, group=f"quantity:{unit}:measure:{cues[0]}"))
        return found

    def _groups(self) -> list[list[tuple[str, float]]]:
        """The measures of one unit joined when they share a tied word, most stated first."""
        parent = {key: key for key in self.sources}

        def root(key: tuple[str, float]) -> tuple[str, float]:
            while parent[key] != key:
                parent[key] = parent[parent[key]]  # halves the path: near-linear on any text
                key = parent[key]
            return key

        first: dict[tuple[str, str], tuple[str, float]] = {}
        for key in sorted(self.sources):
            for word in self.words[key]:
                other = first.setdefault((key[0], word), key)
                parent[root(key)] = root(other)
        groups: dict[tuple[str, float], list[tuple[str, float]]] = defaultdict(list)
        for key in sorted(self.sources):
            groups[root(key)].append(key)
        return sorted(
            groups.values(),
            key=lambda keys: (-max(len(self.sources[k]) for k in keys), keys[0]),
        )


def _ranked(words: Counter[str]) -> list[str]:
    return [word for word, _ in sorted(words.items(), key=lambda item: (-item[1], item[0]))]


def _described(text: str, tokens: list[Token], count: Count) -> list[str]:
    """The words a measure hyphened to its unit describes: the lower-case words right after
    it, past a restatement in brackets, up to a word of grammar or a mark, as many as the
    checker reads a hyphened figure's noun among (``MODIFIED_REACH``): "a 17-minute rain
    delay" -> rain, delay; "the 400-pound (181-kg) gorilla" -> gorilla; "a 400-pound-plus
    male gorilla named Harambe" -> male, gorilla (a participle after them opens a clause).
    Which is the noun, the order of the words does not say: the checker says which more
    sources state."""
    if not count.modifier:
        return []
    at = count.last + 1
    if at < len(tokens) and "(" in text[tokens[at - 1].end : tokens[at].start]:
        while at < len(tokens) and ")" not in text[tokens[at - 1].end : tokens[at].start]:
            at += 1
    words: list[str] = []
    for token in tokens[at : at + MODIFIED_REACH]:
        if words and any(mark in text[tokens[at - 1].end : token.start] for mark in ",;:()"):
            break
        if not (token.lower.isalpha() and token.text[0].islower()) or token.lower in STOPWORDS:
            break
        if words and token.lower.endswith("ed"):
            break  # a participle after the noun opens a clause: "a gorilla named Harambe"
        words.append(token.lower)
        at += 1
    return words
