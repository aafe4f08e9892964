"""Candidate roles: a person next to a title, read with the role checker's own patterns: a
title right before a name ("Kremlin spokesman Dmitry Peskov", "spokesman, Dmitry Peskov,") or
in apposition after it ("Qadoura Fares, chairman of the Palestinian Prisoners Club,").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS
from factcheck.match.document import Document
from factcheck.match.name import misspelt_target
from factcheck.match.role import (
    _APPOSITION,
    _HONORIFICS,
    _INSTITUTIONS,
    _NAME,
    _NOT_NAMES,
    _TITLE_CASE,
    RANKS,
    ROLE_NOUNS,
    _core,
    _head,
)

OFFICES = (frozenset(ROLE_NOUNS) - {"press"}) | frozenset(
    (
        "lawyer attorney sheriff coach executive officer agent captain pilot father mother "
        "brother sister son daughter prosecutor judge founder owner manager spokesperson "
        "superintendent inspector-general director-general chancellor senator ceo chairwoman "
        "chairperson rival teammate wife husband closer pitcher reliever catcher shortstop "
        "outfielder infielder quarterback goalkeeper striker midfielder mvp driver"
    ).split()
)  # "press" is a word of "press secretary", no office alone
_OFFICE = "|".join(sorted(map(re.escape, OFFICES), key=len, reverse=True))
# the bodies that end a title ("Chief of General Staff Valery Gerasimov", "UN General
# Assembly", "chief Cabinet secretary"): no word of a name
BODIES = frozenset(
    (
        "staff affairs police department ministry office agency council committee force forces "
        "army navy bureau commission service services security defense defence interior justice "
        "assembly cabinet parliament congress senate court government state nations"
    ).split()
) | frozenset(word.lower() for word in _INSTITUTIONS)
_NOT_IN_NAMES = "|".join(sorted(OFFICES | BODIES, key=len, reverse=True))
# a word of a person's name: capitalised, no office or body ("Cabinet", "Secretary")
_NAME_WORD = r"(?!(?i:" + _NOT_IN_NAMES + r")(?![\w-]))[A-Z][a-z]+"
_PERSON = _HONORIFICS + r"(?P<name>" + _NAME_WORD + r"(?:[ -]" + _NAME_WORD + r"){0,2})"
_CAPITAL = r"[A-Z][\w.'-]*"
# words that never stand inside a title before its office: function words, prepositions
NOT_TITLE_WORDS = STOPWORDS | frozenset(
    "under against between among during without toward towards like via near amid both either "
    "neither another".split()
)
_MODIFIER = (
    r"(?!(?:" + "|".join(sorted(NOT_TITLE_WORDS, key=len, reverse=True)) + r")(?![\w-]))"
    r"[a-z][a-z-]+"
)
# lower-case words a title has before a capitalised word: offices and ranks ("Japanese chief
# Cabinet secretary", "acting Malaysian Transport Minister"), never a verb ("meets Turkish
# President")
_INNER = "|".join(sorted(OFFICES | RANKS | {"former", "late"}, key=len, reverse=True))
# up to four capitalised words, offices or ranks, two modifiers ("government spokesperson"),
# an office, then a name that no office follows (it would be a word of the title); a
# capitalised office may have its own complement ("Secretary of State Rex Tillerson",
# "Secretary of Homeland Security John Kelly"), checked as title case in ``_pairs``
_TITLE_THEN_NAME = re.compile(
    r"(?<![\w-])(?P<title>(?:(?:" + _CAPITAL + r"|(?:" + _INNER + r"))[ \t]+){0,4}"
    r"(?:" + _MODIFIER + r"[ \t]+){0,2}?"
    r"(?i:" + _OFFICE + r")"
    r"(?P<complement>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    + _CAPITAL
    + r"(?:[ \t]+"
    + _CAPITAL
    + r")??)?)"
    r"[ \t]*,?[ \t]+" + _PERSON + r"(?![\w-])(?![ \t]+(?i:" + _OFFICE + r")(?![\w-]))"
)
_OFFICE_WORD = re.compile(r"(?<![\w-])(?i:" + _OFFICE + r")(?![\w-])")
TITLE_REACH = 60  # characters before an office word where its title may start
NAME_REACH = 60  # characters after it where the name may end
_NAME_THEN = re.compile(_NAME + r"(?![\w-])(?=,\s)")  # a name an apposition may follow
MAX_ALIASES = 4
# words of a title in apposition before its complement ("special agent" in charge of the FBI)
MAX_TITLE_WORDS = 4
MAX_PEOPLE = 20  # people, the most often titled first
_LEAD_INS = _NOT_NAMES - {"Russian", "Turkish"}  # sentence adverbs, months, weekdays


def role_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate per person that ``min_sources`` sources give a title, with the title most
    of them give. A person is known by the surname: "Sheriff Joseph Lombardo" and "Sheriff
    Lombardo" title one person, whose full name is the one most written."""
    sources: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, Counter[str]] = defaultdict(Counter)  # by their words, case aside
    spellings: dict[str, Counter[str]] = defaultdict(Counter)  # as written
    names: dict[str, Counter[str]] = defaultdict(Counter)
    docs = list(docs)
    for doc in docs:
        for person, title in _pairs(doc):
            surname = person.split()[-1]
            sources[surname].add(doc.source.id)
            titles[surname][title.casefold()] += 1
            spellings[title.casefold()][title] += 1
            names[surname][person] += 1
    for word, surname in _first_words_of_full_names(names).items():
        if word in names and all(" " not in n for n in names[word]):
            sources[surname] |= sources.pop(word)  # "Hua" of "Hua Chunying": a name written
            titles[surname].update(titles.pop(word))  # family name first
            names[surname].update(names.pop(word))
    found = []
    common = sorted(sources, key=lambda surname: (-len(sources[surname]), surname))
    for surname in sorted(common[:MAX_PEOPLE]):
        full = [n for n, _ in sorted(names[surname].items(), key=lambda i: (-i[1], i[0]))]
        full = [n for n in full if " " in n and not _misspells(n, full[0])]
        if not full and not _written_in_lower_case(surname, docs):
            full = [surname]  # "Her father Bassem"; not "Envoy Air" ("air" is a word)
        if len(sources[surname]) < min_sources or not full:
            continue
        ranked = [
            title
            for _, title in sorted(
                (-n, _most_written(spellings[t])) for t, n in titles[surname].items()
            )
        ]
        head = _head(ranked[0], OFFICES)
        aliases = [
            t
            for t in ranked[1:]
            if (
                _same_office(_head(t, OFFICES), head)
                or _heads_the_same_body(t, ranked[0])
                or _spells_out(t, ranked[0])
                or _spells_out(ranked[0], t)
            )
            and " " in t  # not a bare office
        ][:MAX_ALIASES]
        keys: dict[str, object] = {"id": _slug(head), "kind": "role", "person": full[0]}
        if len(full) > 1 or (surname in names[surname] and surname != full[0]):
            keys["aliases"] = [*full[1:MAX_ALIASES], surname]
        keys["role"] = ranked[0]
        if aliases:
            keys["role_aliases"] = aliases
        found.append(Candidate(keys=keys, group=f"role:{surname}"))
    return found


def _first_words_of_full_names(names: dict[str, Counter[str]]) -> dict[str, str]:
    """The first word of every full name titled, with the surname it is known by, when it is
    the first word of one person's names only ("Hua" -> "Chunying" of "Hua Chunying")."""
    found: dict[str, set[str]] = defaultdict(set)
    for surname, forms in names.items():
        for form in forms:
            if " " in form:
                found[form.split()[0]].add(surname)
    return {word: next(iter(keys)) for word, keys in found.items() if len(keys) == 1}


def _most_written(forms: Counter[str]) -> str:
    """The spelling of a title most written, capitalised first on a tie."""
    return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]


_GENDERED = re.compile(r"(?:man|woman|person)$")


def _same_office(head: str, other: str) -> bool:
    """Whether two office nouns name one office: the same word, or its forms for a man, a
    woman or anyone ("spokeswoman", "spokesperson"; "chairman", "chairwoman")."""
    if head == other:
        return True
    stem = _GENDERED.sub("", head)
    return stem != head and stem == _GENDERED.sub("", other)


GENERIC_HEADS = frozenset("head chief leader".split())
_RANKS = frozenset("deputy vice assistant former acting interim".split())
_BODY_WORD = re.compile(r"\b[A-Z][A-Za-z]+")


def _heads_the_same_body(title: str, other: str) -> bool:
    """Whether ``title`` calls the top office of the body ``other`` names by a word that
    says only that ("Interpol's head", "Interpol chief" of "Interpol Secretary General"):
    the same office, unless a rank makes it another ("deputy head")."""
    words = title.lower().replace("'s", "").split()
    if _head(title, OFFICES) not in GENERIC_HEADS or _RANKS & set(words + other.lower().split()):
        return False
    bodies = {w.removesuffix("'s") for w in _BODY_WORD.findall(title)}
    return bool(bodies & {w.removesuffix("'s") for w in _BODY_WORD.findall(other)})


# offices written as their initials: "CEO" is the "chief executive" ("chief executive officer")
OFFICE_INITIALS = {
    "ceo": "chief executive",
    "cfo": "chief financial",
    "coo": "chief operating",
    "cto": "chief technology",
}


def _spells_out(title: str, other: str) -> bool:
    """Whether ``title`` writes in full the office ``other`` writes as its initials
    ("company chairman and chief executive" of "Equifax's former CEO")."""
    words = f" {' '.join(re.findall(r'[a-z]+', title.lower()))} "
    return f" {OFFICE_INITIALS.get(_head(other, OFFICES), '-')} " in words


def _written_in_lower_case(word: str, docs: list[Document]) -> bool:
    lower = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w-])")
    return any(lower.search(doc.text) for doc in docs)


def _pairs(doc: Document) -> Iterable[tuple[str, str]]:
    text = doc.text
    for match in _title_then_name(text):
        title, name = _clean_title(match["title"]), match["name"]
        if match["complement"] and not _own_complement(title, name):
            continue
        if title and _is_name(name) and _head(title, OFFICES) in OFFICES:
            yield name, title
    for match in _NAME_THEN.finditer(text):
        if not _is_person(match["name"]):
            continue
        after = _APPOSITION.search(text[match.end() : match.end() + 80])
        if after is not None:
            title = _clean_title(after["title"])
            short = len(_core(after["title"]).split()) <= MAX_TITLE_WORDS
            if title and short and _head(title, OFFICES) in OFFICES:
                yield match["name"], title


def _title_then_name(text: str) -> list[re.Match[str]]:
    """The matches of ``_TITLE_THEN_NAME``, sought only around an office word."""
    found: dict[int, re.Match[str]] = {}
    for office in _OFFICE_WORD.finditer(text):
        window = max(0, office.start() - TITLE_REACH)
        for match in _TITLE_THEN_NAME.finditer(text, window, office.end() + NAME_REACH):
            if match.start("title") <= office.start() < match.end("title"):
                found.setdefault(match.start(), match)
    return [found[at] for at in sorted(found)]


def _own_complement(title: str, name: str) -> bool:
    """Whether a title with a complement before a name is written as one, as the role
    checker reads it: in title case, before a name of two words or more ("Secretary of State
    Rex Tillerson"; not "spokesman for Penelec Mark", nor "Secretary of State Tillerson")."""
    return _TITLE_CASE.fullmatch(title) is not None and len(name.split()) >= 2


MAX_WORDS_BEFORE_OFFICE = 3  # "acting Malaysian Transport Minister"


def _clean_title(title: str) -> str:
    """The title without the words that lead into it ("In Moscow" no, "The" no, "condemned
    by" no), and at most three words before its office ("Reuters Japanese Chief Cabinet
    Secretary", a caption's credit before the title, -> "Japanese Chief Cabinet Secretary")."""
    words = title.split()
    complement = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    offices = [i for i, w in enumerate(words[:complement]) if w.lower() in OFFICES]
    office = offices[-1] if offices else complement
    leads = [i for i, w in enumerate(words[:office]) if _leads_in(w)]
    start = max(leads[-1] + 1 if leads else 0, office - MAX_WORDS_BEFORE_OFFICE)
    return " ".join(words[start:])


def _leads_in(word: str) -> bool:
    return word.lower() in NOT_TITLE_WORDS or word in _LEAD_INS or _ends_a_sentence(word)


def _ends_a_sentence(word: str) -> bool:
    """Whether a word before a title ends the sentence before it ("... in the American League.
    Cleveland outfielder Larry Doby"): a word and a full stop, not initials ("U.S.") nor a
    short abbreviation ("Gov.")."""
    stem = word[:-1]
    return word.endswith(".") and stem.isalpha() and not stem.isupper() and len(stem) > 3


def _is_person(name: str) -> bool:
    """A full name: two words or more, none a word that names nobody."""
    return len(name.replace("-", " ").split()) >= 2 and _is_name(name)


def _is_name(name: str) -> bool:
    words = name.replace("-", " ").split()
    return words[0].lower() not in BODIES and not any(
        w in _NOT_NAMES or w.lower() in STOPWORDS or w.lower() in OFFICES for w in words
    )


def _misspells(form: str, name: str) -> bool:
    """Whether ``form`` writes a word of ``name`` with a near miss ("Vladimit Putin")."""
    words = [w.lower() for w in name.split()]
    return any(
        misspelt_target(w.lower(), words, True) is not None
        for w in form.split()
        if w.lower() not in words
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "fact"
