"""``role`` facts: a person holds a role (Dmitry Peskov is the Kremlin spokesman).

A role and a name are *paired* when only glue stands between them: "Kremlin spokesman Dmitry
Peskov", "Kremlin spokesman, Dmitry Peskov,", "Dmitry Peskov, the Kremlin spokesman".
- the declared person paired with a declared role form: a match;
- another capitalised name paired with a declared role form: a contradiction (reason ``role``);
  a name before the role counts only with a clear apposition (", the", " is the"), so
  "In Moscow, Kremlin spokesman ..." never makes "Moscow" a spokesman;
- the person paired with a title whose head noun differs from every declared role form's
  ("Foreign Minister Dmitry Peskov"): a contradiction. A title with the same head noun
  ("presidential spokesman") is another description of the same office, not a conflict.
The person named without any role is an omission, with the mention as context.
"""

from __future__ import annotations

import re

from factcheck.match.document import Checker, Document, Hit, decide, phrase_pattern
from factcheck.model import Fact, RoleSpec, Verdict

ROLE_NOUNS = (
    "spokesman spokeswoman spokesperson minister president secretary chief ambassador general "
    "director adviser advisor aide head leader commander envoy mayor governor chairman "
    "premier official press secretary"
).split()
_NAME = r"(?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_GLUE_AFTER = r"[ \t]*,?[ \t]*"  # role, then name
_GLUE_BEFORE_STRONG = r",? (?:who (?:is|was) )?(?:is |was )?the "  # name, then role
_NOT_NAMES = frozenset(
    ("The He She It They We On In At For And But Its His Her This That Russian Turkish").split()
)
_TITLE_BEFORE = re.compile(
    r"(?P<title>(?:[A-Z][\w']*\s+){0,2}(?:" + "|".join(ROLE_NOUNS) + r"))\s+$", re.IGNORECASE
)
# an apposition ", the Kremlin spokesman," up to the next comma, period or verb
_APPOSITION = re.compile(
    r"^,\s+(?:the\s+)?(?P<title>[^,.;:\n]{1,50}?)(?=[,.;:\n]| (?:said|says|has|had|was|is|told)\b)"
)


def _head(title: str) -> str:
    return title.lower().split()[-1]


def compile_role(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, RoleSpec)
    person_forms = (spec.person, *spec.person_aliases)
    role_forms = (spec.role, *spec.role_aliases)
    person_regex = re.compile("|".join(phrase_pattern(p) for p in person_forms))
    role_alternatives = "|".join(phrase_pattern(r) for r in role_forms)
    role_then_name = re.compile(f"(?i:(?P<role>{role_alternatives})){_GLUE_AFTER}{_NAME}")
    name_then_role = re.compile(f"{_NAME}{_GLUE_BEFORE_STRONG}(?i:(?P<role>{role_alternatives}))")
    person_then_role = re.compile(
        f"(?:{person_regex.pattern}),?[ \t]+(?:the[ \t]+)?(?i:(?P<role>{role_alternatives}))"
    )
    heads = {_head(form) for form in role_forms}
    person_words = {w for p in person_forms for w in p.split()}

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
        for regex in (role_then_name, name_then_role):
            for m in regex.finditer(text):
                name = m["name"]
                if is_person(name):
                    if regex is role_then_name:
                        supports.append(_hit(m, name, "paired with the declared role"))
                elif name.split()[0] not in _NOT_NAMES and not set(name.split()) & person_words:
                    note = f"the source names {name!r} as {m['role']!r}, not {spec.person!r}"
                    conflicts.append(_hit(m, name, note))
        for m in person_then_role.finditer(text):
            supports.append(_hit(m, spec.person, "paired with the declared role"))
        mentions = list(person_regex.finditer(text))
        for m in mentions:
            title = _other_title(text, m.start(), m.end(), heads)
            if title is not None:
                start, end, words = title
                note = f"the source calls {spec.person!r} {words!r}, not {spec.role!r}"
                conflicts.append(
                    Hit(start=start, end=end, value=f"{m.group()}, {words}", note=note)
                )
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


def _hit(match: re.Match[str], who: str, note: str) -> Hit:
    return Hit(start=match.start(), end=match.end(), value=f"{who}, {match['role']}", note=note)


def _other_title(text: str, start: int, end: int, heads: set[str]) -> tuple[int, int, str] | None:
    """A title right before or after a person mention whose head noun is not the declared one."""
    before = _TITLE_BEFORE.search(text[max(0, start - 60) : start])
    if before is not None and _head(before["title"]) not in heads:
        title_start = start - len(before.group())
        return title_start, end, before["title"]
    after = _APPOSITION.search(text[end : end + 60])
    if after is not None:
        head = _head(after["title"])
        if head in ROLE_NOUNS and head not in heads:
            return start, end + after.end(), after["title"]
    return None
