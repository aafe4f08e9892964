"""Candidate counts: every number the shared reader finds (``counts_in``), tied to the noun it
counts ("3 Turkish soldiers") and to the event words around it (killed, injured, arrested...);
measures in units of time and in the story's own units are left to :mod:`factcheck.draft.units`
("her remand for eight days", "a 10-inning victory").

Each tie is a group of candidates, one per value that enough sources give; the checker then
says which value each source states (see :mod:`factcheck.draft.verify`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, sentences, singular, word_forms
from factcheck.draft.units import NOT_TIED, TIME_UNITS, Measures, story_units, units_in
from factcheck.match.document import Document, Token
from factcheck.match.numbers import CURRENCY_SIGNS, Count, counts_in, may_count
from factcheck.match.quantity import FILLERS_AFTER
from factcheck.match.units import glued_unit

# the event words a count is tied to, by what they count
FAMILIES: dict[str, tuple[str, ...]] = {
    "killed": ("killed", "kill", "kills", "killing", "dead", "death", "deaths", "died", "lives"),
    "injured": ("injured", "injuring", "injuries", "wounded", "wounding", "hurt"),
    "arrested": ("arrested", "arrest", "arrests", "detained"),
    "missing": ("missing",),
    "on-board": ("on board", "aboard"),
    "freed": ("freed", "released", "release", "freeing"),
    "abducted": ("abducted", "kidnapped", "abduction"),
    "charged": ("charged", "indicted"),
    "affected": ("affected", "exposed", "compromised", "stolen", "accessed", "impacted"),
    "escaped": ("escaped", "escape", "fled"),
    "still-held": ("still held", "remain", "remaining", "captivity"),
}
# currency words written after an amount ("1 billion won"): the amount's unit, not its noun
CURRENCY_WORDS = frozenset("won yen yuan euros dollars pounds rupees rubles roubles".split())
_FAMILY_WORDS = frozenset(
    word for cues in FAMILIES.values() for cue in cues for word in cue.split()
)
_FIRST_WORDS = {cue.split()[0]: family for family, cues in FAMILIES.items() for cue in cues}
NEAR = 4  # tokens between a count and an event word of its family
NOUN_GAP = 3  # tokens from a count to the noun it counts
NOT_COUNTED = frozenset("percent per cent times".split())
# measures: the unit words a story writes after a number, by what they measure, with the unit a
# draft declares for them (the one the story writes most, of each dimension); the quantity
# checker converts any other unit of the dimension to it ("2,300 miles" for a fact in km)
MEASURES: dict[str, tuple[str, str]] = {
    **dict.fromkeys("km kms kilometer kilometers kilometre kilometres".split(), ("length", "km")),
    **dict.fromkeys("metre metres meter meters".split(), ("length", "m")),
    **dict.fromkeys("mile miles".split(), ("length", "miles")),
    **dict.fromkeys("ft foot feet".split(), ("length", "ft")),
    **dict.fromkeys("yard yards".split(), ("length", "yards")),
    **dict.fromkeys("kg kilogram kilograms kilogramme kilogrammes".split(), ("mass", "kg")),
    **dict.fromkeys("tonne tonnes".split(), ("mass", "tonnes")),
    **dict.fromkeys("hectare hectares".split(), ("area", "hectares")),
    **dict.fromkeys("acre acres".split(), ("area", "acres")),
    "mph": ("speed", "mph"),
}
# a number and a unit word, glued ("2,000km", "3,700kms") or after it ("770 kilometres")
_MEASURE = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:[ \t]|-)?(?P<unit>"
    + "|".join(sorted(MEASURES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
MAX_VALUES = 6  # candidate values per tie
MAX_TIES = 40  # ties, the most stated first: a story has fewer; a corpus of stories, more


def count_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One group of candidates per tie (a family or a noun) that ``min_sources`` sources give
    a value for: a candidate per value, with the nouns seen counted."""
    values: dict[tuple[str, str], dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    nouns: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    converted: dict[tuple[str, str], set[float]] = defaultdict(set)
    near: dict[tuple[str, str], dict[float, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    docs = list(docs)
    measures = story_measures(docs)
    units = story_units(docs, MEASURES)
    timed = Measures()
    for doc in docs:
        for tokens, count, unit in _counts(doc, measures, units):
            assert count.value is not None
            families: list[str] = []
            if unit in measures.values():
                if _restated(doc.text, tokens, count):
                    continue  # "770 kilometers (480 miles)": the 480 miles are the 770 km
                noun = _word_after_measure(doc.text, tokens, count) or _noun_before(tokens, count)
                families = _families_near(doc.text, tokens, count)
            elif unit in TIME_UNITS.values() or unit in units.values():
                before = _noun_before(tokens, count, skip=NOT_TIED) or ""
                timed.add(doc.source.id, doc.text, tokens, count, unit, before)
                continue
            elif unit:
                noun = _head_after(tokens, count) or _noun_before(tokens, count)
                families = _families_near(doc.text, tokens, count)
            else:
                noun = _noun_after(tokens, count)
                if noun in MEASURES or noun in TIME_UNITS or noun in units:
                    continue  # a measure, read with its unit
                families = _families_near(doc.text, tokens, count)
            keys = [(unit, f"family:{family}") for family in families]
            if noun and noun not in _FAMILY_WORDS:
                keys.append((unit, f"noun:{noun}"))
            value = converted_figure(count.value, count.written) if count.written else count.value
            words = _words_near(tokens, count, noun)
            for key in keys:
                values[key][value].add(doc.source.id)
                for word in words:
                    near[key][value][word].add(doc.source.id)
                if count.written:
                    converted[key].add(value)
                if noun and not unit and noun not in _FAMILY_WORDS:
                    nouns[key][noun] += 1
    _join_numbers(values, nouns, converted, near)
    for key, by_value in values.items():
        _join_conversions(by_value, converted[key])
    ranked = sorted(values.items(), key=lambda item: (-_stated(item[1]), item[0]))
    found = []
    for (unit, tie), by_value in sorted(ranked[:MAX_TIES]):
        common = sorted(by_value.items(), key=lambda item: (-len(item[1]), item[0]))
        for value, seen in common[:MAX_VALUES]:
            if len(seen) >= min_sources:
                found.extend(_candidates(unit, tie, value, nouns[(unit, tie)]))
        for value, _ in common[1:MAX_VALUES]:
            apart = _words_apart(near[(unit, tie)], value) or _precise_apart(
                near[(unit, tie)], value
            )
            if apart:
                found.append(_apart(unit, tie, value, apart, nouns[(unit, tie)]))
    return found + timed.candidates()


WORDS_APART = 3  # words either side of a count (past its noun) that may tell its values apart
MAX_APART = 4


def _words_near(tokens: list[Token], count: Count, noun: str | None) -> set[str]:
    """The lower-case content words within ``WORDS_APART`` words of a count and its noun,
    neither event words nor the noun: "Rosberg, 19 points clear of Hamilton" -> {clear}."""
    end = count.last + 1 + (noun is not None)
    around = tokens[max(0, count.first - WORDS_APART) : count.first]
    around += tokens[end : end + WORDS_APART]
    skip = _FAMILY_WORDS | NOT_COUNTED | CURRENCY_WORDS | FILLERS_AFTER
    forms = set(word_forms(noun)) if noun else set()
    return {
        t.lower
        for t in around
        if t.lower.isalpha()
        and t.text[0].islower()
        and len(t.lower) > 2
        and t.lower not in STOPWORDS
        and t.lower not in skip
        and t.lower not in forms
    }


def _words_apart(by_value: dict[float, dict[str, set[str]]], value: float) -> list[str]:
    """The words that two sources or more write near a value of a tie and no source near any
    other value of it, the most written first: "Rosberg, 19 points clear of Hamilton" (two
    sources) beside "cut to 12 points" and "a 12 point lead" tells the 19 points apart."""
    others = {word for other, words in by_value.items() if other != value for word in words}
    shared = [
        (word, len(seen))
        for word, seen in by_value.get(value, {}).items()
        if len(seen) >= 2 and word not in others
    ]
    return [word for word, _ in sorted(shared, key=lambda i: (-i[1], i[0]))][:MAX_APART]


PRECISE = 5  # significant digits of a figure no source rounds to: a count of its own


def _precise_apart(by_value: dict[float, dict[str, set[str]]], value: float) -> list[str]:
    """The words near a precise figure ("We will need to contact 693,665 consumers by post")
    that no source writes near any other value of its tie, even when one source alone writes
    them: nobody rounds to 693,665, so it is a count of its own, not another source's
    estimate of the tie's best value."""
    digits = f"{value:.0f}".strip("0") if value == int(value) else ""
    if len(digits) < PRECISE:
        return []
    others = {word for other, words in by_value.items() if other != value for word in words}
    mine = by_value.get(value, {})
    shared = [(word, len(seen)) for word, seen in mine.items() if word not in others]
    return [word for word, _ in sorted(shared, key=lambda i: (-i[1], i[0]))][:MAX_APART]


def _apart(unit: str, tie: str, value: float, words: list[str], nouns: Counter[str]) -> Candidate:
    """A further value of a tie, tied to the words that tell it apart (its own fact: "19
    points" before the race, "clear" of a rival, beside the 12 points after it), with the
    tie's nouns as ``subjects``."""
    kind, _, name = tie.partition(":")
    found = _candidate(unit, tie, value, nouns)
    keys = {**found.keys, "id": f"{found.id}-{words[0]}", "cues": words}
    if kind == "noun" and " " not in name:
        keys["subjects"] = word_forms(name)
    return Candidate(keys=keys, group=f"{found.group}:{words[0]}")


Tie = tuple[str, str]


def _join_numbers(
    values: dict[Tie, dict[float, set[str]]],
    nouns: dict[Tie, Counter[str]],
    converted: dict[Tie, set[float]],
    near: dict[Tie, dict[float, dict[str, set[str]]]],
) -> None:
    """The ties of one noun in the singular and the plural joined, under the form more
    sources write: "a 12 point lead" and "by 19 points" count points, one fact, not two."""
    forms: dict[tuple[str, str], list[Tie]] = defaultdict(list)
    for unit, tie in list(values):
        if tie.startswith("noun:") and " " not in tie:
            forms[(unit, singular(tie.removeprefix("noun:")))].append((unit, tie))
    for ties in forms.values():
        if len(ties) < 2:
            continue
        ties.sort(key=lambda t: (-len(set().union(*values[t].values())), t))
        for other in ties[1:]:
            for value, seen in values.pop(other).items():
                values[ties[0]][value] |= seen
            nouns[ties[0]].update(nouns.pop(other, Counter()))
            converted[ties[0]] |= converted.pop(other, set())
            for value, words in near.pop(other, {}).items():
                for word, seen in words.items():
                    near[ties[0]][value][word] |= seen


def converted_figure(value: float, written: str) -> float:
    """A converted figure to as many significant digits as the written one ("2,300 miles":
    3,701.49 km -> 3,700; "621 miles": 999.4 km -> 999)."""
    digits = re.sub(r"\D", "", written.split()[0]).strip("0") or "1"
    return float(f"{value:.{len(digits)}g}") if value else value


CONVERSION_SLACK = 0.01  # a figure converted from another unit, rounded as written


def _join_conversions(by_value: dict[float, set[str]], converted: set[float]) -> None:
    """The values converted from another unit ("2,300 miles": 3,701.49 km) joined to a value
    written in the declared unit that they round to, within 1% ("3,700 km"): the same
    figure, which the checker then reads in each source by its own rule."""
    written = sorted(v for v in by_value if v not in converted)
    for value in sorted(converted):
        near = [w for w in written if abs(w - value) <= CONVERSION_SLACK * w]
        if near:
            by_value[min(near, key=lambda w: abs(w - value))] |= by_value.pop(value)


def _stated(by_value: dict[float, set[str]]) -> int:
    """How many sources give the tie's most common value."""
    return max(len(seen) for seen in by_value.values())


def story_measures(docs: Iterable[Document]) -> dict[str, str]:
    """The unit a draft declares for each dimension the story measures: of the units it
    writes after numbers, the one written most (``{"length": "km"}``)."""
    written: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for match in _MEASURE.finditer(doc.text):
            written[MEASURES[match["unit"].lower()]] += 1
    chosen: dict[str, str] = {}
    for (dimension, unit), _ in sorted(written.items(), key=lambda i: (-i[1], i[0])):
        chosen.setdefault(dimension, unit)
    return chosen


def _counts(
    doc: Document, measures: dict[str, str], story: dict[str, str]
) -> Iterable[tuple[list[Token], Count, str]]:
    for start, end in sentences(doc):
        units = [""] + [sign for sign in CURRENCY_SIGNS if sign in doc.text[start:end]]
        words = set(doc.lower[start:end].split())
        units += sorted(CURRENCY_WORDS & words)
        units += sorted(
            {
                measures[MEASURES[m["unit"].lower()][0]]
                for m in _MEASURE.finditer(doc.text, start, end)
            }
        )
        units += sorted(units_in(doc.lower[start:end], story) - set(units))
        for unit in units:
            if not may_count(doc, start, end, unit):
                continue
            tokens = doc.tokens_between(start, end)
            for count in counts_in(doc, tokens, start, end, unit=unit):
                if count.value is not None and count.value > 0:
                    yield tokens, count, unit


def _noun_after(tokens: list[Token], count: Count) -> str | None:
    """The noun a count counts: the first lower-case content word within a few words after
    it, past capitalised modifiers ("3 Turkish soldiers"); none after "of" (a part)."""
    for token in tokens[count.last + 1 : count.last + 1 + NOUN_GAP]:
        word = token.lower
        if word in ("of", "per", "percent") or not word.isalpha():
            return None
        if token.text[0].isupper():
            continue
        if word in STOPWORDS:
            return None
        return None if word in NOT_COUNTED or word in CURRENCY_WORDS else word
    return None


def _head_after(tokens: list[Token], count: Count) -> str | None:
    """What an amount of money is, when a noun follows it: the last of the lower-case words
    right after it ("a $28,156 minimum payment" -> payment; "$284 billion electric bill")."""
    head = None
    for token in tokens[count.last + 1 : count.last + 1 + NOUN_GAP]:
        word = token.lower
        if not (word.isalpha() and token.text[0].islower()) or word in STOPWORDS:
            break
        if word in NOT_COUNTED or word in CURRENCY_WORDS or word in FILLERS_AFTER:
            break
        head = word
    return head


def _restated(text: str, tokens: list[Token], count: Count) -> bool:
    """Whether a measure restates the one before it in brackets, in another unit ("770
    kilometers (480 miles)", "2,000km (about 1,200 miles)")."""
    if count.first == 0:
        return False
    before = tokens[count.first - 1]
    unit = before.lower if before.lower in MEASURES else glued_unit(before.text)
    opened = "(" in text[before.end : tokens[count.first].start]
    return opened and unit is not None and (isinstance(unit, str) or unit[1] in MEASURES)


def _word_after_measure(text: str, tokens: list[Token], count: Count) -> str | None:
    """What a measure tells, when a word says it right after its unit and any restatement in
    brackets: "2,000 kilometers (about 1,200 miles) east of Cape Erimo" -> east."""
    at = count.last + 1
    while at < len(tokens) and tokens[at].lower in MEASURES:
        at += 1
    if 0 < at < len(tokens) and "(" in text[tokens[at - 1].end : tokens[at].start]:
        while at < len(tokens) and ")" not in text[tokens[at - 1].end : tokens[at].start]:
            at += 1
    if at >= len(tokens):
        return None
    word = tokens[at]
    place = _place_from(tokens, at)
    if place:
        return place
    if not (word.lower.isalpha() and word.text[0].islower()) or word.lower in STOPWORDS:
        return None
    return None if word.lower in NOT_COUNTED or word.lower in FILLERS_AFTER else word.lower


def _place_from(tokens: list[Token], at: int) -> str | None:
    """ "from" and the name after it, when a measure is a distance from a place ("Guam is
    3,380 kilometers from North Korea" -> "from North Korea"), else ``None``."""
    if tokens[at].lower != "from":
        return None
    name = []
    for token in tokens[at + 1 : at + 4]:
        if not (token.text[0].isupper() and token.text.isalpha()):
            break
        name.append(token.text)
    return " ".join(["from", *name]) if name else None


def _noun_before(
    tokens: list[Token], count: Count, skip: frozenset[str] = frozenset()
) -> str | None:
    """What an amount of money is ("a bill of more than $284 billion" -> bill): the first
    lower-case word before it within ``NEAR`` words, fillers not counted ("payment would be a
    mere $28,156")."""
    others = 0
    for token in reversed(tokens[max(0, count.first - 2 * NEAR) : count.first]):
        word = token.lower
        if word in FILLERS_AFTER or word in skip or word.endswith("ly"):  # "whopping", "nearly"
            continue
        if word.isalpha() and word not in STOPWORDS and token.text[0].islower():
            return word
        others += 1
        if others == NEAR:
            break
    return None


def _families_near(text: str, tokens: list[Token], count: Count) -> list[str]:
    """The family of the event word nearest the count, within ``NEAR`` words, a comma counting
    as far ("59 dead, 527 injured": 59 is of the dead, 527 of the injured); on a tie, the word
    before it ("killing three soldiers and wounding")."""
    found = []
    for index in range(max(0, count.first - NEAR), min(len(tokens), count.last + 1 + NEAR)):
        family = _FIRST_WORDS.get(tokens[index].lower)
        if family is None or count.first <= index <= count.last:
            continue
        after = index > count.last
        left, right = (
            (tokens[count.last], tokens[index]) if after else (tokens[index], tokens[count.first])
        )
        apart = right.start and any(mark in text[left.end : right.start] for mark in ",;:")
        gap = index - count.last if after else count.first - index
        found.append((gap + (NEAR if apart else 0), after, family))
    return [min(found)[2]] if found else []


def _candidates(unit: str, tie: str, value: float, nouns: Counter[str]) -> list[Candidate]:
    """The candidate of a tie's value; for an event word with nouns seen, also the same
    without ``subjects``: the checker then says which of the two more sources state (a
    subject narrows the count to its noun, and "killed and 11 wounded" names none)."""
    found = _candidate(unit, tie, value, nouns)
    if "subjects" not in found.keys or not tie.startswith("family:"):
        return [found]
    keys = {k: v for k, v in found.keys.items() if k != "subjects"}
    return [found, Candidate(keys=keys, group=found.group)]


def _candidate(unit: str, tie: str, value: float, nouns: Counter[str]) -> Candidate:
    kind, _, name = tie.partition(":")
    keys: dict[str, Any] = {
        "id": name.lower().replace(" ", "-"),
        "kind": "quantity",
        "value": written_amount(value),
    }
    if unit:
        keys["unit"] = unit
    if kind == "family":
        keys["cues"] = list(FAMILIES[name])
        subjects = [noun for noun, _ in nouns.most_common(4)]
        if subjects:
            keys["subjects"] = sorted({form for noun in subjects for form in word_forms(noun)})
    else:  # a noun, or a phrase ("from North Korea")
        keys["cues"] = [name] if " " in name else word_forms(name)
    return Candidate(keys=keys, group=f"quantity:{unit}:{tie}")


def written_amount(value: float) -> int | float | str:
    """A count as an expectation file writes it: ``3``, ``284.46``, ``"8.7 million"``."""
    for scale, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if value >= scale and value % (scale // 100) == 0:
            return f"{value / scale:g} {word}"
    return int(value) if value == int(value) else value


def amount_value(written: int | float | str) -> float:
    """The number of a count as :func:`written_amount` writes it: ``"8.7 million"`` -> 8700000."""
    if isinstance(written, str):
        number, _, word = written.partition(" ")
        return float(number) * {"million": 1_000_000, "billion": 1_000_000_000}[word]
    return float(written)
