"""Candidate claims: the words a source quotes that another source writes too.

Quotation marks give a speaker's own words; a short quotation that two sources or more write,
in quotation marks or not, is an account the story attributes to someone: 'FBI says gunman
had "no connection" to terrorist group' beside "We have determined, to this point, no
connection with an international terrorist group"; 'All German consulate staff were "safe and
uninjured"'. A quotation is the words between an opening mark (after a space or a bracket,
before a word) and a closing one (after a word or a stop, before no word): "didn't" and
"Harambe's" hold no quotation. Kept when it has two to six words, one of them no stopword, and
is no quoted speech ("I", "we", "you", a reporting verb: "We deeply apologize", "he said") nor
a title, every word capitalised ("Bring Back Our Girls").

Each quotation is a claim of one variant, its words as the phrase; the checker says which
sources state it. ``MAX_QUOTES`` at most, the most written first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from factcheck.draft.model import Candidate
from factcheck.draft.sentences import STOPWORDS, singular
from factcheck.match.assertion import REPORTING_VERBS
from factcheck.match.document import Document

_QUOTED = re.compile(
    r"(?<![\w\"'])(?P<mark>[\"'])(?=\w)(?P<words>[^\"\n]{1,80}?)(?<=[\w.,!?])(?P=mark)(?!\w)"
)
_WORD = re.compile(r"[\w'-]+")
_RUN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")  # a word, its parts apart
_PERSONS = frozenset("i me my we us our you your".split())
_ARTICLES = frozenset("a an the".split())
# a first word that makes the quotation a sentence of speech ("It could have been very bad",
# "This is just mad") or an adjunct ("until further notice", "with deep sadness")
_OPENERS = frozenset(
    (
        "it it's this that there they he she these those "
        "with until in on at for from by to into after before during without"
    ).split()
)
MIN_WORDS, MAX_WORDS = 2, 6
MAX_QUOTES = 3  # quotations, the most written first


def quote_candidates(docs: Iterable[Document]) -> list[Candidate]:
    """One candidate claim per short quotation that two sources or more write."""
    docs = list(docs)
    quoted: dict[str, set[str]] = defaultdict(set)  # a quotation's key -> its forms quoted
    for doc in docs:
        for match in _QUOTED.finditer(doc.text):
            words = match["words"].rstrip(".,!?").split()
            if words and words[0].lower() in _ARTICLES:
                words = words[1:]  # "a life-threatening situation": the article is no account
            if words and _account(" ".join(words)):
                quoted[_key(" ".join(words))].add(" ".join(words))
    writing = _writing(set(quoted), docs)
    kept = sorted(
        (key for key in writing if len(writing[key]) >= 2), key=lambda k: (-len(writing[k]), k)
    )
    found = []
    for key in kept[:MAX_QUOTES]:
        seen: dict[str, str] = {}  # one form per spelling, case aside
        for form in sorted(quoted[key], key=_lower_first):
            seen.setdefault(form.lower(), form)
        forms = list(seen.values())
        keys: dict[str, object] = {
            "id": "-".join(w for w in _WORD.findall(forms[0].lower()) if w not in STOPWORDS),
            "kind": "claim",
            "value": forms[0],
            "variants": {forms[0]: forms},
        }
        found.append(Candidate(keys=keys, group=f"claim:quote:{key}"))
    return found


def _account(words: str) -> bool:
    """Whether quoted ``words`` are an account: two to six words, one no stopword, no quoted
    speech (a person, a reporting verb, a pronoun or a preposition first) and no title."""
    tokens = _WORD.findall(words)
    lower = [token.lower() for token in tokens]
    return (
        MIN_WORDS <= len(tokens) <= MAX_WORDS
        and any(word not in STOPWORDS for word in lower)
        and lower[0] not in _OPENERS
        and not any(word in _PERSONS or word in REPORTING_VERBS for word in lower)
        and not all(token[0].isupper() or token.lower() in STOPWORDS for token in tokens)
    )


def _key(words: str) -> str:
    """The words of a quotation as one key for its forms: lower case, in the singular, the
    parts of a hyphened word apart ("Massive damage", "direct actions", "life-threatening")."""
    return " ".join(singular(word) for word in _RUN.findall(words.lower()))


def _lower_first(form: str) -> tuple[bool, int, str]:
    """Forms in lower case first ("massive damage" before "Massive damage"), then shorter."""
    return form[:1].isupper(), len(form), form


def _writing(keys: set[str], docs: Sequence[Document]) -> dict[str, set[str]]:
    """The sources that write each key's words (see :func:`_key`), in quotation marks or
    not: every run of two to six words of a source is looked up once, so the time grows with
    the text, not with the text times the quotations."""
    wanted = {tuple(key.split()) for key in keys}
    firsts = {words[0] for words in wanted}
    writing: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        words = [singular(word) for word in _RUN.findall(doc.text.lower())]
        for at in range(len(words)):
            if words[at] not in firsts:
                continue
            for size in range(MIN_WORDS, MAX_WORDS + 1):
                run = tuple(words[at : at + size])
                if run in wanted:
                    writing[" ".join(run)].add(doc.source.id)
    return writing
