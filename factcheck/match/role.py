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
The person named without any role is an omission, with the mention as context.
"""

from __future__ import annotations

import functools
import re

from factcheck.dates import WEEKDAYS
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
    "premier official press secretary"
).split()
_NAME = r"(?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_GLUE_AFTER = r"[ \t]*,?[ \t]*"  # role, then name
_GLUE_BEFORE_STRONG = r",? (?:who (?:is|was) )?(?:is |was )?the "  # name, then role
_NAME_BEFORE = re.compile(_NAME + _GLUE_BEFORE_STRONG + "$")
_FUNCTION_WORDS = frozenset(
    "The He She It They We On In At For And But Its His Her This That".split()
)
_TITLE_BEFORE = re.compile(
    r"(?P<title>(?:(?-i:[A-Z])[\w']*[ \t]+){0,2}(?:" + "|".join(ROLE_NOUNS) + r")),?[ \t]+$",
    re.IGNORECASE,
)
# an apposition ", the Kremlin spokesman," up to the next comma, period or verb
_APPOSITION = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<title>[^,.;:\n]{1,60}?)"
    r"(?=[,.;:\n]| (?:said|says|has|had|was|is|told)\b)"
)
_COMPLEMENT = re.compile(r"\s(?:for|of|to|at|in)\s.*$", re.IGNORECASE)


def _head(title: str) -> str:
    """The office a title names: "spokesman for Buhari" and "Buhari's spokesman" -> spokesman."""
    core = _COMPLEMENT.sub("", title.lower())
    core = core.rsplit("'s ", 1)[-1]
    words = core.split()
    nouns = [word for word in words if word in ROLE_NOUNS]
    return nouns[-1] if nouns else (words[-1] if words else "")


def compile_role(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, RoleSpec)
    person_forms = (spec.person, *spec.person_aliases)
    role_forms = (spec.role, *spec.role_aliases)
    person_regex = re.compile("|".join(phrase_pattern(p) for p in person_forms))
    role_alternatives = "|".join(phrase_pattern(r) for r in role_forms)
    role_then_name = re.compile(f"(?i:(?P<role>{role_alternatives})){_GLUE_AFTER}{_NAME}")
    role_regex = re.compile(f"(?i:(?P<role>{role_alternatives}))")
    article = r"(?:(?:the|a|an)[ \t]+)?"
    person_then_role = re.compile(
        f"(?:{person_regex.pattern}),?[ \t]+{article}(?i:(?P<role>{role_alternatives}))"
    )
    heads = {_head(form) for form in role_forms}
    person_words = {w for p in person_forms for w in p.split()}
    person_needles = frozenset(w for p in person_forms for w in first_words(p))
    person_leading = leading_words(person_forms)  # where every person (then role) match starts
    role_needles = frozenset(w for r in role_forms for w in first_words(r))

    def is_person(name: str) -> bool:
        return any(
            person_regex.fullmatch(name[i:])
            for i in range(len(name))
            if i == 0 or name[i - 1] == " "
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

        role_starts = doc.starts_of(role_needles) if has_role else []
        for m in filter(None, (role_then_name.match(text, at) for at in role_starts)):
            if not _holder_follows(m):
                continue
            if is_person(m["name"]):
                supports.append(_hit(m, m["name"], "paired with the declared role"))
            else:
                another_holder(m["name"], m["role"], m.start(), m.end())
        # a name before the role, set off by an apposition: "Ibrahim Kalin, the Kremlin spokesman"
        for m in filter(None, (role_regex.match(text, at) for at in role_starts)):
            before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if before is not None and not is_person(before["name"]):
                another_holder(before["name"], m["role"], before.start(), m.end())
        if not has_person:
            return decide(fact, doc, conflicts=conflicts, conflict_reason="role")
        for m in doc.finditer(person_then_role, person_leading):
            supports.append(_hit(m, spec.person, "paired with the declared role"))
        mentions = list(doc.finditer(person_regex, person_leading))
        for m in mentions:
            title = _title(text, m.start(), m.end())
            if title is None:
                continue
            start, end, words = title
            value = f"{m.group()}, {words}"
            if _head(words) in heads:
                note = f"the source calls {spec.person!r} {words!r}: the same office"
                supports.append(Hit(start=start, end=end, value=value, note=note))
            elif _head(words) in ROLE_NOUNS:
                note = f"the source calls {spec.person!r} {words!r}, not {spec.role!r}"
                conflicts.append(Hit(start=start, end=end, value=value, note=note))
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


def is_not_a_name(words: str) -> bool:
    """Whether capitalised ``words`` after a role are no person's name: they start with a
    function word ("The", "In"), a month or weekday, or a demonym ("Turkish", "South Korean",
    "Brazilians": a nationality, not a holder)."""
    first = words.split()[0]
    if first in _FUNCTION_WORDS or first.lower() in _CALENDAR_WORDS:
        return True
    return any(words == d or words.startswith(d + " ") for d in _demonyms_by_initial(first[0]))


_CALENDAR_WORDS = frozenset(
    (
        *"january february march april may june july august september october november "
        "december".split(),
        *WEEKDAYS,
    )
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
    return Hit(start=match.start(), end=match.end(), value=f"{who}, {match['role']}", note=note)


def _holder_follows(match: re.Match[str]) -> bool:
    """Whether the name after a role form holds it: the form ends in its office ("Kremlin
    spokesman Dmitry Peskov") or a comma sets the name off ("spokesman for Buhari, Garba Shehu")."""
    glue = match.string[match.end("role") : match.start("name")]
    return "," in glue or match["role"].lower().split()[-1] in ROLE_NOUNS


def _title(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A title right before ("Foreign Minister Dmitry Peskov") or in apposition after
    ("Garba Shehu, a spokesman for President Buhari,") a person mention."""
    before = _TITLE_BEFORE.search(text[max(0, start - 60) : start])
    if before is not None:
        return start - len(before.group()), end, before["title"]
    after = _APPOSITION.search(text[end : end + 80])
    if after is not None and _head(after["title"]) in ROLE_NOUNS:
        return start, end + after.end(), after["title"]
    return None
