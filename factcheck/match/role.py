"""``role`` facts: a person holds a role (Dmitry Peskov is the Kremlin spokesman).

A role and a name are *paired* when only glue stands between them: "Kremlin spokesman Dmitry
Peskov", "Kremlin spokesman, Dmitry Peskov,", "Dmitry Peskov, the Kremlin spokesman".
- the declared person paired with a declared role form: a match;
- another capitalised name paired with a declared role form: a contradiction (reason ``role``);
  a name before the role counts only with a clear apposition (", the", " is the"), so
  "In Moscow, Kremlin spokesman ..." never makes "Moscow" a spokesman;
- the person paired with a title whose head noun differs from every declared role form's
  ("Foreign Minister Dmitry Peskov"): a contradiction. A title with the same head noun
  ("presidential spokesman", "spokesman Garba Shehu") is the same office described less
  precisely: a match. The head of "spokesman for X" and of "X's spokesman" is "spokesman";
- a name right after a role form that ends in a complement ("spokesman for Penelec's parent
  company First Energy") names the complement, not the holder, unless a comma sets it off.
- an unnamed holder who speaks ("a Defense Ministry spokesman said ...") followed by a sentence
  that opens with the declared person speaking: a match (see :func:`_named_next`).
The person named without any role is an omission, with the mention as context.
"""

from __future__ import annotations

import functools
import re

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.match.date import REPORTING
from factcheck.match.document import (
    Checker,
    Document,
    Hit,
    decide,
    first_words,
    leading_words,
    phrase_pattern,
)
from factcheck.model import Fact, RoleSpec, Verdict

ROLE_NOUNS = (
    "spokesman spokeswoman spokesperson minister president secretary chief ambassador general "
    "director adviser advisor aide head leader commander envoy mayor governor chairman "
    "premier official"
).split()
# honorifics and ranks before a name are no words of it: "Chief of Army Staff Gen. Qamar Javed
# Bajwa", "Air Chief Marshal Sir Stuart Peach", "Prof. Isaac Adewole"
_HONORIFICS = (
    r"(?:(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Cpl|Rev|Sen|Rep|Gov|Hon)\.?"
    r"|Sir|Dame|Lord|Lady|General|Colonel|Major|Captain|Admiral|Brigadier|Lieutenant|Sergeant"
    r"|Marshal|Air|Vice|Rear|Chief|Alhaji)[ \t]+){0,4}"
)
_NAME = _HONORIFICS + r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_GLUE_AFTER = r"[ \t]*,?[ \t]*"  # role, then name
# "the director-general of Malaysia's Civil Aviation body, Azharuddin Abdul Rahman"
# (a name after a complement needs its comma: "spokesman for Penelec's parent company First
# Energy" names the company)
_COMPLEMENT_OF_ROLE = r"(?:(?P<complement>[ \t]+(?i:of|for|at|to|in)[ \t]+[^,.;:\n]{1,60}?),)?"
# name, then role: an apposition needs its comma or a copula ("Kalin, the spokesman", "Kalin is
# the spokesman"); "On 24 March the prime minister" makes no holder of "March"
_GLUE_BEFORE_STRONG = r"(?:, (?:who (?:is|was) )?(?:is |was )?| (?:who )?(?:is|was) )the "
_NAME_BEFORE = re.compile(_NAME + _GLUE_BEFORE_STRONG + "$")
# the declared person, then a verb that gives the role: "Ben Zobrist, who was later named World
# Series MVP", "Zobrist was crowned World Series MVP", "Peskov is the Kremlin spokesman",
# "Maynard, who became director in 2000" (another name so glued is no holder: see above)
_NAMED_AS = (
    r"(?:who[ \t]+)?(?:(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:later|also|then|formally|officially)[ \t]+)?"
    r"(?:(?:named|crowned|appointed|elected|voted|made|chosen)(?:[ \t]+as)?[ \t]+)?"
    r"|(?:became|becomes)[ \t]+)"
)
# capitalised words that name nobody: function words, and the closed classes of words that
# open a sentence before a comma or stand capitalised for another reason (months, weekdays,
# time and sentence adverbs); demonyms are a class of their own (see ``is_not_a_name``)
_NOT_NAMES = frozenset(
    (
        "The He She It They We On In At For And But Its His Her This That "
        "Earlier Later Meanwhile However Separately Also Still Instead Then Now Today Yesterday "
        "Tonight Afterwards Previously Recently Subsequently Finally Initially Overall Again"
    ).split()
) | frozenset(name.capitalize() for name in (*MONTH_NAMES, *WEEKDAYS))
_PAST_WORDS = r"(?:former|ex|then|onetime|one-time|late|previous)\b"
_PAST = re.compile(r"\b" + _PAST_WORDS + r"[ \t-]*$", re.IGNORECASE)  # right before a title
_PAST_TITLE = re.compile(_PAST_WORDS, re.IGNORECASE)  # a title's first word


def _title_before(offices: frozenset[str]) -> re.Pattern[str]:
    """A title that ends right before a name: up to two capitalised words, then an office."""
    nouns = "|".join(sorted(map(re.escape, offices), key=len, reverse=True))
    return re.compile(
        r"(?P<title>(?:(?-i:[A-Z])[\w']*[ \t]+){0,2}\b(?:" + nouns + r")),?[ \t]+$", re.IGNORECASE
    )


# an apposition ", the Kremlin spokesman," up to the next comma, period or verb
_APPOSITION = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<title>[^,.;:\n]{1,60}?)"
    r"(?=[,.;:\n]| (?:said|says|has|had|was|is|told)\b)"
)
_ONE_OF = re.compile(r"^(?:one|a member|another) of (?:the|his|her|their|its|our) ")
_COMPLEMENT = re.compile(r"\s(?:for|of|to|at|in)\s.*$", re.IGNORECASE)


def _head(title: str, offices: frozenset[str] = frozenset(ROLE_NOUNS)) -> str:
    """The office a title names: "spokesman for Buhari" and "Buhari's spokesman" -> spokesman.
    The head is the last office noun of the title's core, else its last word."""
    words = _core(title).split()
    nouns = [word for word in words if word in offices]
    return nouns[-1] if nouns else (words[-1] if words else "")


def _core(title: str) -> str:
    """A title without its complement and owner: "Buhari's spokesman for media" -> spokesman;
    "one of his assistants" -> assistant (one of a group holds the group's office)."""
    lower = _ONE_OF.sub("", title.lower())
    if lower != title.lower():
        lower = re.sub(r"(?<=[a-z])s$", "", lower)
    return _COMPLEMENT.sub("", lower).rsplit("'s ", 1)[-1]


def _before_head(title: str, offices: frozenset[str]) -> str:
    """The word right before a title's head ("prime" of "Malaysian Prime Minister"), or ""."""
    words = _core(title).split()
    head = _head(title, offices)
    at = max((i for i, word in enumerate(words) if word == head), default=-1)
    return words[at - 1] if at > 0 else ""


def _other_kind(title: str, role_forms: tuple[str, ...], offices: frozenset[str]) -> bool:
    """Whether a title with a declared head names another kind of that office: the word
    before the head differs from every declared form's ("Foreign Minister" for a declared
    "prime minister"). No word there, or a demonym ("Malaysian minister"), is the same office
    said less precisely."""
    word = _before_head(title, offices)
    if not word or is_not_a_name(word.capitalize()):
        return False
    declared = {_before_head(form, offices) for form in role_forms}
    return "" not in declared and word not in declared


def declared_offices(role_forms: tuple[str, ...]) -> frozenset[str]:
    """The office nouns a role fact knows: the built-in ones and the head of every declared
    form ("harbour master", "Memphis Hustle assistant coach" -> master, coach), so that any
    office a file declares reads as a title, not only the built-in ones."""
    heads = {words[-1] for words in (_core(form).split() for form in role_forms) if words}
    return frozenset(ROLE_NOUNS) | heads


def compile_role(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, RoleSpec)
    person_forms = (spec.person, *spec.person_aliases)
    role_forms = (spec.role, *spec.role_aliases)
    person_regex = re.compile("|".join(phrase_pattern(p) for p in person_forms))
    role_alternatives = "|".join(phrase_pattern(r) for r in role_forms)
    role_then_name = re.compile(
        f"(?i:(?P<role>{role_alternatives})){_COMPLEMENT_OF_ROLE}{_GLUE_AFTER}{_NAME}"
    )
    role_regex = re.compile(f"(?i:(?P<role>{role_alternatives}))")
    article = r"(?:(?:the|a|an)[ \t]+)?"
    person_then_role = re.compile(
        f"(?:{person_regex.pattern}),?[ \t]+(?:{_NAMED_AS})?{article}"
        f"(?i:(?P<role>{role_alternatives}))"
        # ... or an award the person won: "Ben Zobrist won the World Series Most Valuable
        # Player award" (the award's name may open with words the form does not have)
        rf"|(?:{person_regex.pattern})[ \t]+(?:won|wins|was[ \t]+awarded)[ \t]+"
        rf"(?:the[ \t]+)?(?:[A-Z][\w.'-]*[ \t]+){{0,3}}"
        rf"(?i:(?P<award>{role_alternatives}))[ \t]+(?:award|trophy|prize|title|honou?r)\b"
    )
    offices = declared_offices(role_forms)
    title_before = _title_before(offices)
    heads = {_head(form, offices) for form in role_forms}
    person_words = {w for p in person_forms for w in p.split()}
    person_needles = frozenset(w for p in person_forms for w in first_words(p))
    person_leading = leading_words(person_forms)  # where every person (then role) match starts
    role_needles = frozenset(w for r in role_forms for w in first_words(r))

    full_names = [tuple(form.split()) for form in person_forms if len(form.split()) > 1]

    def is_person(name: str) -> bool:
        """The declared person, as written or with a word glued to the end of the name
        ("Azharuddin Abdul Rahmanthe": a misspelling is the name fact's to report)."""
        if any(
            person_regex.fullmatch(name[i:])
            for i in range(len(name))
            if i == 0 or name[i - 1] == " "
        ):
            return True
        words = tuple(name.split())
        return any(
            len(words) == len(full) and words[:-1] == full[:-1] and words[-1].startswith(full[-1])
            for full in full_names
        )

    def check(doc: Document) -> Verdict:
        text = doc.text
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        has_role = not role_needles.isdisjoint(doc.words)
        has_person = not person_needles.isdisjoint(doc.words)

        def another_holder(name: str, role: str, start: int, end: int) -> None:
            if not is_not_a_name(name) and not set(name.split()) & person_words:
                note = f"the source names {name!r} as {role!r}, not {spec.person!r}"
                conflicts.append(Hit(start=start, end=end, value=f"{name}, {role}", note=note))

        role_starts = (
            _outer_starts(text, role_regex, doc.starts_of(role_needles)) if has_role else []
        )
        for m in filter(None, (role_then_name.match(text, at) for at in role_starts)):
            if not _holder_follows(m, offices) or _PAST.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # not the holder, or a past holder ("former mayor Ola Nord")
            if is_person(m["name"]):
                supports.append(_hit(m, m["name"], "paired with the declared role"))
            elif not _narrower(text, m.start()):
                another_holder(m["name"], m["role"], m.start(), m.end())
        # a name before the role, set off by an apposition: "Ibrahim Kalin, the Kremlin spokesman"
        for m in filter(None, (role_regex.match(text, at) for at in role_starts)):
            before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if (
                before is not None
                and not is_person(before["name"])
                and not _narrower(text, m.start())
                and _apposed(text, before.end("name"), before.start("name"))
            ):
                another_holder(before["name"], m["role"], before.start(), m.end())
        if not has_person:
            return decide(fact, doc, conflicts=conflicts, conflict_reason="role")
        for m in doc.finditer(person_then_role, person_leading):
            supports.append(_hit(m, spec.person, "paired with the declared role"))
        mentions = list(doc.finditer(person_regex, person_leading))
        for m in mentions:
            title = _title(text, m.start(), m.end(), title_before, offices)
            if title is None:
                continue
            start, end, words = title
            value = f"{m.group()}, {words}"
            if _PAST.search(text, max(0, start - 12), start) or _PAST_TITLE.match(words):
                continue  # a past title ("former mayor") does not conflict with a current one
            if _head(words, offices) in heads and not _other_kind(words, role_forms, offices):
                note = f"the source calls {spec.person!r} {words!r}: the same office"
                supports.append(Hit(start=start, end=end, value=value, note=note))
            elif _head(words, offices) in offices:
                note = f"the source calls {spec.person!r} {words!r}, not {spec.role!r}"
                conflicts.append(Hit(start=start, end=end, value=value, note=note))
        if not supports:
            for m in filter(None, (role_regex.match(text, at) for at in role_starts)):
                named = _named_next(doc, m, person_regex)
                if named is not None and role_then_name.match(text, m.start()) is None:
                    note = "the office, unnamed, then the person opening the next sentence"
                    value = f"{named.group()}, {m['role']}"
                    supports.append(Hit(start=m.start(), end=named.end(), value=value, note=note))
        context = [
            Hit(
                start=m.start(),
                end=m.end(),
                value=m.group(),
                note="the person is named, the role is not",
            )
            for m in mentions
        ]
        return decide(
            fact,
            doc,
            supports=supports,
            conflicts=conflicts,
            context=context,
            conflict_reason="role",
        )

    return check


def _named_next(
    doc: Document, office: re.Match[str], person_regex: re.Pattern[str]
) -> re.Match[str] | None:
    """The declared person speaking at the start of the sentence after an unnamed holder of
    the office who speaks: "China has followed the sanctions, a Defense Ministry spokesman said
    on Thursday. Senior Colonel Ren Guoqiang was responding to media reports ...", "A spokesman
    for Russian President Vladimir Putin has warned ... Dmitry Peskov told reporters ...". The
    office after "a", "an" or "the" with a reporting verb after it in its sentence; the name
    with only a rank or an honorific before it and a reporting verb right after it (not "John
    Carver, the victim's father, said", "Mattis will now visit", "But Ortiz's neighbours")."""
    text = doc.text
    if _UNNAMED.search(text, max(0, office.start() - 6), office.start()) is None:
        return None
    _, end = doc.sentence(office.end())
    if end >= len(text) or _REPORTS.search(text, office.end(), end) is None:
        return None
    found = person_regex.search(text, end, min(len(text), end + 80))
    if found is None or _RANKS_ONLY.fullmatch(text, end, found.start()) is None:
        return None
    return found if _SPEAKS.match(text, found.end()) else None


# an unnamed holder: "a Defense Ministry spokesman", "the spokesman"
_UNNAMED = re.compile(r"\b(?:a|an|the)[ \t]+$", re.IGNORECASE)
# the verbs of reporting that dates know (see factcheck.match.date), and those of a reply
_REPORTING_VERBS = (
    "(?:"
    + "|".join(
        sorted(
            REPORTING
            | {"denied", "declined", "warned", "noted", "stressed", "responded", "replied"}
            | {"dismissed", "rejected"}
        )
    )
    + r"|was[ \t]+responding|was[ \t]+speaking|has[ \t]+(?:said|warned|denied|confirmed))"
)
_REPORTS = re.compile(r"\b" + _REPORTING_VERBS + r"\b")
# before a name at a sentence's start, a rank or an honorific only ("Senior Colonel", "Dr.")
_RANKS_ONLY = re.compile(r"\s*(?:Senior[ \t]+)?" + _HONORIFICS)
# ... and right after the name, its words: "Ren Guoqiang was responding", "Peskov told"
_SPEAKS = re.compile(r"[ \t]+(?:(?:also|later|then|further)[ \t]+)?" + _REPORTING_VERBS + r"\b")


def _outer_starts(text: str, role_regex: re.Pattern[str], starts: list[int]) -> list[int]:
    """The role starts that do not stand inside a longer role form found before them: in
    "Chief of the General Staff Valery Gerasimov", a declared "General" is a word of the
    declared "Chief of the General Staff", not an office of "Staff Valery Gerasimov"."""
    kept, reach = [], -1
    for at in starts:
        if at < reach:
            continue
        kept.append(at)
        found = role_regex.match(text, at)
        if found is not None:
            reach = max(reach, found.end())
    return kept


def is_not_a_name(words: str) -> bool:
    """Whether capitalised ``words`` after a role are no person's name: they start with a
    function word ("The", "In"), a month, a weekday or a sentence adverb, or with a demonym
    ("Turkish", "South Korean", "Brazilians": a nationality, not a holder)."""
    first = words.split()[0]
    if first in _NOT_NAMES:
        return True
    return any(words == d or words.startswith(d + " ") for d in _demonyms_by_initial(first[0]))


def is_demonym(word: str) -> bool:
    """Whether ``word`` (capitalised) names the people of a country: "Americans", "Chinese",
    "Malaysian", and the informal names news uses ("Brits", "Aussies")."""
    return word in _demonyms() or word in _INFORMAL_DEMONYMS


_INFORMAL_DEMONYMS = frozenset(
    "Brit Brits Briton Britons Aussie Aussies Kiwi Kiwis Yank Yanks Scot Scots Brummie".split()
)


@functools.cache
def _demonyms_by_initial(initial: str) -> tuple[str, ...]:
    """The demonyms of every country (singular and plural) that start with ``initial``, from
    the countryinfo package's data, read the first time a role names someone else."""
    return tuple(d for d in _demonyms() if d.startswith(initial))


@functools.cache
def _demonyms() -> frozenset[str]:
    from countryinfo import CountryInfo

    found: set[str] = set()
    for info in CountryInfo.all().values():
        for demonym in re.split(r"[,/]", str(info.get("demonym") or "")):
            demonym = demonym.strip()
            if demonym:
                found.update((demonym, demonym + "s"))
    return frozenset(found)


def _hit(match: re.Match[str], who: str, note: str) -> Hit:
    groups = match.groupdict()
    role = groups.get("role") or groups.get("award")
    return Hit(start=match.start(), end=match.end(), value=f"{who}, {role}", note=note)


_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w'-]*)[ \t]+$")
RANKS = frozenset("deputy vice acting assistant associate junior shadow interim".split())


def _narrower(text: str, start: int) -> bool:
    """Whether the role form at ``start`` is part of a narrower or another title: a rank
    ("Deputy Prime Minister Warren Truss"), a capitalised word or a possessive the declared
    form does not have ("Australian Prime Minister Tony Abbott", "Erdogan's spokesman"). Its
    holder holds another office: no conflict."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before["word"]
    if word in _NOT_NAMES:
        return False  # "The head of ...": a function word opening the sentence
    return word.lower() in RANKS or word[0].isupper() or word.lower().endswith("'s")


def _holder_follows(match: re.Match[str], offices: frozenset[str]) -> bool:
    """Whether the name after a role form holds it: the form ends in its office ("Kremlin
    spokesman Dmitry Peskov"), the form is a capitalised title whose complement is its own
    ("Secretary of State Rex Tillerson", "Minister of Defence Ana Lopes"), or a comma sets the
    name off ("spokesman for Buhari, Garba Shehu")."""
    glue = match.string[match.end("role") : match.start("name")]
    if "," in glue or match["role"].lower().split()[-1] in offices:
        return True
    if match["complement"] is not None or _TITLE_CASE.fullmatch(match["role"]) is None:
        return False
    # a person's name of two words or more, and not in a headline written in title case
    # ("Minister of Health Says Lassa Fever Outbreak Contained"), nor an institution named after
    # the office ("the Secretary of State Office", "the Minister of Health Summit")
    words = match["name"].split()
    if len(words) < 2 or words[-1] in _INSTITUTIONS:
        return False
    return not _in_headline(match.string, match.start())


_INSTITUTIONS = frozenset(
    (
        "Office Department Ministry Agency Bureau Council Committee Commission Summit Dialogue "
        "Conference Forum Award Awards Prize Cup Trophy Building Hall Centre Center Institute "
        "Foundation Fund Programme Program Report Act Bill"
    ).split()
)


def _in_headline(text: str, at: int) -> bool:
    """Whether offset ``at`` stands in a headline in title case, whose capitals name nobody: a
    line of five words or more, most of them capitalised, with no full stop at its end."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    words = [w for w in line.split() if w[:1].isalpha()]
    titled = len(words) >= 5 and 2 * sum(w[0].isupper() for w in words) > len(words)
    return titled and not line.endswith((".", "!", "?", '"', "'"))


# a title written as one: every word capitalised but its function words ("Secretary of State",
# "Chief of the General Staff"); "spokesman for Penelec's parent company" is a complement
_TITLE_CASE = re.compile(r"[A-Z][\w.'-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)*[A-Z][\w.'-]*)*")


def _title(
    text: str, start: int, end: int, title_before: re.Pattern[str], offices: frozenset[str]
) -> tuple[int, int, str] | None:
    """A title right before ("Foreign Minister Dmitry Peskov") or in apposition after
    ("Garba Shehu, a spokesman for President Buhari,") a person mention."""
    before = title_before.search(text[max(0, start - 60) : start])
    if before is not None:
        return start - len(before.group()), end, before["title"]
    after = _APPOSITION.search(text[end : end + 80])
    if after is None or _head(after["title"], offices) not in offices:
        return None
    if not _apposed(text, end, start):
        return None  # the subject of the clause after the name: "In an interview with
        # Deadline Hollywood, the director said"
    return start, end + after.end(), after["title"]


_CLOSING = tuple(",.;:\n")


def _apposed(text: str, name_end: int, name_start: int) -> bool:
    """Whether the title after the name ending at ``name_end`` is in apposition to it: closed
    by punctuation ("Ibrahim Kalin, the spokesman for the president, said"), going on ("the
    Kremlin spokesman who has held the post since 2012", "the spokesman and a close aide"), or,
    with a verb right after it, when the name opens its clause: it opens the sentence or
    follows a comma ("Asked about the sanctions, Ivan Petrov, the Kremlin spokesman said").
    Else the title is the subject of the clause after the name (see :func:`_title`)."""
    after = _APPOSITION.search(text[name_end : name_end + 80])
    if after is None:
        return True  # a title this reader cannot delimit: as before
    closed = text[name_end + after.end() : name_end + after.end() + 1] in _CLOSING
    going_on = not _GOES_ON.isdisjoint(after["title"].lower().split())
    return closed or going_on or _opens_clause(text, name_start)


_GOES_ON = frozenset("who which that and since".split())


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens its clause: nothing but quotes and spaces stand
    between it and the text's start, the end of the sentence before, or a comma."""
    before = text[max(0, start - 200) : start].rstrip(" \t\"'")
    return not before or before[-1] in ".!?\n:,"
