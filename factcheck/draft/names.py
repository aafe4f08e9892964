"""Candidate names: runs of capitalised words that several sources write ("Vladimir Putin",
"al-Bab", "Islamic State", "Mandiant"), without the titles before them.

A name's value is the form most sources write; the forms that differ only in case, hyphens or
a rank before it are its spellings seen (``variants``). A near-miss spelling ("Vladimit
Putin") is no variant: the name checker reports it as a misspelling, and the draft lists it as
a suspected one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.draft.model import Candidate
from factcheck.draft.roles import BODIES, OFFICES
from factcheck.draft.sentences import IRREGULAR, STOPWORDS, singular, word_forms
from factcheck.match.document import Document
from factcheck.match.name import TITLES, misspelt_target
from factcheck.match.role import is_not_a_name

_WORD = r"(?:(?:al|el|bin|ibn)-)?(?:[A-Z][a-z]+(?:[A-Z][a-z]+)*|[A-Z]{2,6})(?:'s)?"
_NUMBER = r"[0-9]{1,4}(?![0-9,.]*[0-9])"
_ORDINAL = r"[0-9]{1,4}(?:st|nd|rd|th)"
# a lower-case particle between hyphens joins two capitalised words ("Mazar-i-Sharif")
_PARTICLE = r"-(?:i|e|a|al|el|ul|ud|ur|de|du|da|di|la|le|en|on|upon|sur|sous)-"
# a number hyphened to the word before it names a model ("Hwasong-12", "Bluefin-21")
_MODEL = r"(?:-[0-9]{1,4}(?![\w-]|[.,][0-9]))?"
# capitalised words, a number between two of them ("Route 91 Harvest"), an ordinal before
# ("53rd Street": "Street" alone is no name), a particle ("Mazar-i-Sharif"); not a handle or a
# hashtag ("@CincinnatiZoo")
_RUN = re.compile(
    r"(?<![\w@#-])(?:"
    + _ORDINAL
    + r"[ \t]+)?"
    + _WORD
    + r"(?:(?:[ \t]|-|"
    + _PARTICLE
    + r")(?:"
    + _NUMBER
    + r"[ \t]+)?"
    + _WORD
    + r"){0,4}"
    + _MODEL
    + r"(?![\w-])"
)
_NOT_NAME_WORDS = (
    (STOPWORDS - {"news"})  # "Yonhap News", "Fox News": a word of names, capitalised
    | frozenset(MONTH_NAMES)
    | frozenset(WEEKDAYS)
    | frozenset("mr mrs ms dr i ok tv pm am".split())
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
PLURALS_WITHOUT_S = frozenset(IRREGULAR.values())  # children, men, women, people
MAX_NAMES = 25  # names, the most written first, beyond those that half the sources write
MAX_VARIANTS = 4


def name_candidates(docs: Sequence[Document], min_sources: int) -> list[Candidate]:
    """One candidate per name that ``min_sources`` sources write (at least two for a one-word
    name, which must also stand inside a sentence at least once)."""
    sources: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    titled: dict[str, Counter[str]] = defaultdict(Counter)
    inside: set[str] = set()
    introduced: set[str] = set()
    next_words: dict[str, Counter[str]] = defaultdict(Counter)
    lower_words: Counter[str] = Counter()
    for doc in docs:
        lower_words.update(set(_LOWER_WORD.findall(doc.text)))
    runs = [(doc, list(_RUN.finditer(doc.text))) for doc in docs]
    alone = {_key(match.group().removesuffix("'s")) for _, matches in runs for match in matches}
    within = {
        _key(match.group().removesuffix("'s"))
        for doc, matches in runs
        for match in matches
        if not _starts_sentence(doc, match.start())
    }
    for doc, matches in runs:
        for match in matches:
            if _shouted(match.group()):
                continue
            group = _after_complement(doc.text, match.start(), match.group())
            if _starts_sentence(doc, match.start()):
                group = _without_opening_word(group, lower_words, alone, within)
            for offset, run in _names_of(group, alone):
                title, core = _split(run, lower_words)
                if not core:
                    continue
                key = _key(core)
                sources[key].add(doc.source.id)
                forms[key][core] += 1
                if title and len(title.split()) == 1 and title.lower() in TITLES:
                    titled[key][f"{title} {core}"] += 1
                at = match.start() + offset + max(0, run.find(core))
                if not _starts_sentence(doc, at):
                    inside.add(key)
                if _introduced(doc.text, at, at + len(core), title):
                    introduced.add(key)
                after = _NEXT_WORD.match(doc.text, at + len(core))
                next_words[key][after[1] if after else ""] += 1
    keys = [k for k in sources if _kept(k, sources[k], inside, lower_words, min_sources)]
    half = (len(docs) + 1) // 2
    keys = _without_parts(keys, sources)
    spelt = _with_near_misses(keys, sources)
    keys = sorted(
        keys,
        key=lambda k: (
            -len(spelt[k]),
            -_written_times(k, forms, lower_words),
            k,
        ),
    )
    widely = sum(len(sources[k]) >= half for k in keys)  # never capped: the story's own names
    first = max(widely, 2 * MAX_NAMES)
    keys = keys[:first] + [k for k in keys[first:] if k in introduced]
    ranked = _without_misspellings(keys, sources)
    cap = max(MAX_NAMES, sum(len(sources[k]) >= half for k in ranked))
    ranked = ranked[:cap] + [k for k in ranked[cap:] if k in introduced]
    acronyms = _acronyms(ranked, forms)
    determined = {word.lower() for doc in docs for word in _DETERMINED.findall(doc.text)}
    nouns = {
        k: noun for k in ranked if (noun := _noun_after(next_words[k], sources[k], determined))
    }
    written_out = {f"{k} {noun}" for k, noun in nouns.items()}
    return [
        _phrase(_value(forms[k]), nouns[k])
        if k in nouns
        else _candidate(
            forms[k], titled[k], [_value(forms[a]) for a, of in acronyms.items() if of == k]
        )
        for k in sorted(ranked)
        if k not in acronyms and _key(singular(k)) not in written_out and k not in written_out
    ]


_AGE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:aged[ \t]+)?\d{1,3}(?![\d.,]?\d)")
_AGE_BEFORE = re.compile(r"(?<![\w-])\d{1,3}-year-old[ \t]+$")


def _introduced(text: str, start: int, end: int, title: str) -> bool:
    """Whether a story introduces a person by this name: after an office or a title
    ("acting Malaysian Transport Minister Hishammuddin Hussein"), or with an age ("Delavar
    Seyed Mohammadreza, 29", "19-year-old Pouria Nour Mohammad Mehrdad"). Among names as many
    sources write, those rank first under the cap of names: a person the story presents."""
    last = title.split()[-1].lower() if title else ""
    if last in OFFICES or last in TITLES:
        return True
    return bool(_AGE_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 20), start))


# a word after a determiner is a noun ("the number", "their numbers")
_DETERMINED = re.compile(
    r"(?<![\w-])(?i:a|an|the|their|its|his|her|our|your|these|those)[ \t]+([a-z]+)(?![\w-])"
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![\w-])")


def _noun_after(next_words: Counter[str], seen: set[str], nouns: set[str]) -> str | None:
    """The noun a name qualifies, when two sources or more write it and always before that
    one lower-case word, a noun (``nouns``: written after "the", "a", "their"... in some
    source, in the singular or the plural): "Social Security numbers" beside "the number"
    (a thing, no name of its own), never "Harambe fell" beside "Harambe was", nor "Acme Corp
    spoke" in every source."""
    if len(seen) < 2 or len(next_words) != 1:
        return None
    word = next(iter(next_words))
    if not word or word in STOPWORDS or len(word) < 3:
        return None
    return word if any(form in nouns for form in word_forms(word)) else None


def _phrase(name: str, noun: str) -> Candidate:
    """A name and the noun it qualifies, as a mention with the noun's other number as its
    alias ("Social Security numbers", "Social Security number")."""
    value = f"{name} {noun}"
    aliases = [f"{name} {form}" for form in word_forms(noun) if form != noun]
    keys: dict[str, object] = {"id": _key(value).replace(" ", "-"), "kind": "mention"}
    keys["value"] = value
    if aliases:
        keys["aliases"] = aliases
    return Candidate(keys=keys, group=f"mention:{_key(value)}")


def _without_opening_word(
    run: str, lower_words: Counter[str], alone: set[str], within: set[str]
) -> str:
    """A run that opens a sentence without its first word, when that word is one the sources
    write in lower case, the run is never written inside a sentence and the words after it
    begin a name written alone: "Little Isiah Gregg fell" beside "after little Isiah fell" is
    "Isiah Gregg" (spaces keep the offsets of the words left). "New York" stays: "York" is no
    name alone, and "North Korea" is written inside sentences."""
    first, _, rest = run.partition(" ")
    if not rest or lower_words[first.lower()] == 0 or _key(run) in within:
        return run
    if _key(rest.split()[0].removesuffix("'s")) not in alone:
        return run
    return " " * (len(first) + 1) + rest


def _written_times(key: str, forms: dict[str, Counter[str]], lower_words: Counter[str]) -> int:
    """How often the sources write a name, and its first or last word alone, if never in
    lower case: a story names a person in full once, then by one of the names ("William
    Sianis ... Sianis's curse", "Isiah Gregg fell ... Isiah"), so the names written again are
    those the story is about ("Pittsburgh Zoo" is not written again by "the zoo", nor "Turkish
    Soldiers", a headline's, by "Turkish": a demonym is no name alone)."""
    words = key.split()
    again = {w for w in {words[0], words[-1]} - {key} if not lower_words[w] and _alone(w)}
    return sum(forms[key].values()) + sum(sum(forms[word].values()) for word in again)


def _alone(word: str) -> bool:
    """Whether a word may be a name alone: not a demonym ("Turkish"), nor a common word."""
    return not is_not_a_name(word.capitalize())


def _acronyms(keys: list[str], forms: dict[str, Counter[str]]) -> dict[str, str]:
    """The names written in capitals that spell the initials of another name proposed
    ("MTA", "Metropolitan Transportation Authority"; "FBI", "Federal Bureau of
    Investigation"), each with the key of that name: the acronym is one of its spellings."""
    initials: dict[str, str] = {}
    for key in keys:
        words = re.split(r"[\s-]+", _value(forms[key]))
        if len(words) > 1:
            initials.setdefault("".join(w[0] for w in words if w[:1].isupper()), key)
    found = {}
    for key in keys:
        value = _value(forms[key])
        if value.isupper() and value.isalpha() and initials.get(value, key) != key:
            found[key] = initials[value]
    return found


def _value(forms: Counter[str]) -> str:
    """The form most often written (the first in order on a tie)."""
    return min(forms.items(), key=lambda i: (-i[1], i[0]))[0]


_OFFICE_OF = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(OFFICES, key=len, reverse=True)) + r")"
    r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$"
)


def _after_complement(text: str, start: int, run: str) -> str:
    """A run that completes an office ("Secretary of State Rex Tillerson") without the body
    the office is of, when a name of two words or more follows it: "Rex Tillerson" (and
    "John Kelly" of "Secretary of Homeland Security John Kelly"), as the role checker reads
    the holder; spaces keep the offsets of the words left."""
    if _OFFICE_OF.search(text, max(0, start - 40), start) is None:
        return run
    words = run.split(" ")
    bodies = [i for i, word in enumerate(words) if word.lower() in BODIES]
    if not bodies or len(words) - bodies[-1] - 1 < 2:
        return run
    return " " * len(" ".join(words[: bodies[-1] + 1])) + " " + " ".join(words[bodies[-1] + 1 :])


def _of_a_group(word: str) -> bool:
    """Whether a possessive's word is a plural without an "s", a group that institutions are
    named for ("Children's Hospital", "Women's World Cup", "People's Republic"), not an owner
    ("Zoo's", "Putin's")."""
    return word.lower() in PLURALS_WITHOUT_S


def _names_of(run: str, alone: set[str]) -> list[tuple[int, str]]:
    """The names a run of capitalised words writes, each with its offset in the run: the run
    as written when every possessive in it is of a group (``_of_a_group``: "Cincinnati
    Children's Hospital Medical Center", "Democratic People's Republic"); the run itself,
    without its possessives, when they are words of one name ("Information Commissioner's
    Office"); each side of a possessive that
    joins two names: both written alone elsewhere ("Sauber's Marcus Ericsson" beside "Sauber"
    and "Marcus Ericsson"), or a name of two words or more after it ("Sweden's Marcus
    Ericsson")."""
    inner = run.removesuffix("'s").split("'s ")
    if len(inner) > 1 and all(_of_a_group(part.split()[-1]) for part in inner[:-1]):
        return [(0, run.removesuffix("'s"))]  # "Cincinnati Children's Hospital": a word of it
    last = inner[-1]
    two = all(_key(part) in alone for part in inner) or (
        " " in last.strip() and _key(last) in alone
    )
    if len(inner) == 1 or not two:
        return [(0, _without_possessive(run, alone))]
    found, at = [], 0
    for part in inner:
        found.append((at, part))
        at += len(part) + 3
    return found


def _without_possessive(run: str, alone: set[str]) -> str:
    """A run without its possessives ("Putin's" -> "Putin"; "Korea's KT Corp", where "Korea"
    or "KT Corp" is a name of its own, -> "Korea KT Corp", which no source writes), unless
    neither side of one inside it is ever a name alone: then it is a word of the name
    ("Information Commissioner's Office", "Cincinnati Children's Hospital"); a side's last
    word alone is a name of its own too ("Amazon's Jeff Bezos" beside "Bezos wrote")."""
    run = run.removesuffix("'s")
    inner = run.split("'s ")
    if len(inner) == 1 or any(_key(part) in alone or _last(part) in alone for part in inner):
        return run.replace("'s", "")
    return run


def _last(words: str) -> str:
    return _key(words.split()[-1])


def _shouted(run: str) -> bool:
    """A headline in capitals ("LAS VEGAS", "BROKEN"), not an acronym ("FBI", "ISIS")."""
    words = run.split()
    return all(w.isupper() for w in words) and (len(words) > 1 or len(run) > 5)


def _split(run: str, lower_words: Counter[str]) -> tuple[str, str]:
    """``"Russian President Vladimir Putin"`` -> ``("Russian President", "Vladimir Putin")``:
    the name after the last office or title word, and after the words that only lead in. An
    office word before one word that the sources also write in lower case names no person:
    it is part of the name ("Envoy Air", an airline; "President Putin" is cut)."""
    words = run.split()
    cut = 0
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _NOT_NAME_WORDS:
            cut = index + 1
        elif lower in OFFICES or lower in TITLES:
            rest = words[index + 1 :]
            if not (len(rest) == 1 and lower_words[rest[0].lower()] > 0):
                cut = index + 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _key(core: str) -> str:
    return re.sub(r"[\s-]+", " ", core.lower())


_OPENS = re.compile(r"(?:^|\n|[\u2014\u2013:]|--|\s-)[ \t\"'(\u201c\u2018]*$")


def _starts_sentence(doc: Document, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line, or what follows a dateline's dash
    or a colon ("NEW YORK (AP) — Authorities said"): capitalised there, any word is."""
    start, _ = doc.sentence(at)
    before = doc.text[start:at]
    return not before.strip(" \"'(\u201c\u2018") or _OPENS.search(before) is not None


def _kept(
    key: str, seen: set[str], inside: set[str], lower_words: Counter[str], min_sources: int
) -> bool:
    if len(seen) < min_sources:
        return False
    if " " in key:
        return True
    # one word: a name, not a common word that opens sentences or is written in lower case,
    # nor a demonym ("Russian", "Kurdish"): a nationality is no name to check the spelling of
    if is_not_a_name(key.capitalize()):
        return False
    return len(seen) >= 2 and key in inside and len(key) > 2 and lower_words[key] == 0


def _without_parts(keys: list[str], sources: dict[str, set[str]]) -> list[str]:
    """Without the one-word names that end a longer one ("Putin" beside "Vladimir Putin"): a
    surname, which the full name's fact checks. "Erie" beside "Erie Times-News" stays, and so
    does a word that more sources write alone than the one source of a longer name ("Assad",
    "Bashar al-Assad")."""
    longer: dict[str, int] = {}
    for key in keys:
        if " " in key:
            word = key.split()[-1]
            longer[word] = max(longer.get(word, 0), len(sources[key]))
    return [
        key
        for key in keys
        if " " in key or key not in longer or longer[key] < min(2, len(sources[key]))
    ]


MAX_SPELLINGS = 8  # names that differ in one word only, compared two by two


def _with_near_misses(keys: list[str], sources: dict[str, set[str]]) -> dict[str, set[str]]:
    """The sources of each name of two words or more with those of its near-miss spellings,
    the same words but one ("Noor Mohammad Faiz" in one source, "Noor Mohammad Fayez" in
    another: a person two sources name). Names are compared only with those that share every
    word but one, so the cost stays linear in the names."""
    spelt = {key: set(sources[key]) for key in keys}
    alike: dict[tuple[int, tuple[str, ...]], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        for at in range(len(words) if len(words) > 1 else 0):
            alike[(at, (*words[:at], *words[at + 1 :]))].append(key)
    for (at, _), group in alike.items():
        if len(group) > MAX_SPELLINGS:
            continue
        for key in group:
            for other in group:
                mine, theirs = key.split()[at], other.split()[at]
                if other != key and (_misspells([mine], [theirs]) or _misspells([theirs], [mine])):
                    spelt[key] |= sources[other]
    return spelt


def _without_misspellings(keys: list[str], sources: dict[str, set[str]]) -> list[str]:
    """Without the names that misspell a name more sources write (the checker reports those),
    or a near miss of a name as many other sources write, none writing both, that comes first
    in ``keys``: two spellings, one fact ("Faiz", "Fayez"); a source that writes both names
    two people."""
    kept = []
    order = {key: index for index, key in enumerate(keys)}
    for key in keys:
        misspells = any(
            (len(sources[other]) > len(sources[key]) and _misspells(key.split(), other.split()))
            or (
                len(sources[other]) == len(sources[key])
                and order[other] < order[key]
                and not sources[other] & sources[key]
                and (
                    _misspells(key.split(), other.split()) or _misspells(other.split(), key.split())
                )
            )
            for other in keys
            if other != key
        )
        if not misspells:
            kept.append(key)
    return kept


def _misspells(words: list[str], others: list[str]) -> bool:
    """Whether every word is the other name's or a near miss of it, as the checker reads one."""
    return len(words) == len(others) and all(
        mine == theirs or misspelt_target(mine, [theirs], True) is not None
        for mine, theirs in zip(words, others, strict=True)
    )


def _candidate(forms: Counter[str], titled: Counter[str], acronyms: list[str]) -> Candidate:
    ranked = [f for f, _ in sorted(forms.items(), key=lambda i: (-i[1], i[0]))]
    value = ranked[0]
    spellings = [*acronyms, *ranked[1:], *(f for f, _ in titled.most_common())]
    declared = sorted({w.lower() for w in re.findall(r"[A-Za-z]+", value)}, key=len)
    variants = [
        form
        for form in spellings
        if not any(
            misspelt_target(word.lower(), declared, True) is not None
            for word in re.findall(r"[A-Za-z]+", form)
            if word.lower() not in declared
        )
    ][:MAX_VARIANTS]
    keys: dict[str, object] = {"id": _key(value).replace(" ", "-"), "kind": "name", "value": value}
    if variants:
        keys["variants"] = variants
    return Candidate(keys=keys, group=f"name:{_key(value)}")
