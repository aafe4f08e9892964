"""``name`` facts: how a person, title or place is spelled; near misses are misspellings.

A source word is a misspelling of a declared word when (case and diacritics folded):
- it starts with a capital and with the same letter as the declared word, and is not itself a
  declared word, a declared variant's word or an allowed word;
- it is within the edit distance the declared word's length allows (transpositions count
  once): words of 8+ letters allow 2; of 5-7 letters 1, or 2 right next to another word of
  the name ("Gereal Hulusi Akar"); of 4 letters 1, and only next to another word of the name;
- it is not the declared word plus an inflection: plurals, possessives and demonyms
  (General/Generals, Russia/Russian, Putin/Putin's) are ordinary words, not misspellings;
- title words (General, President, ...) are only judged next to the rest of the name: "Generals"
  or a stray "Gereal" elsewhere in the text are not about this person;
- a one-word name written as two capitalised words is a misspelling too: "First Energy" for
  "FirstEnergy".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet

from rapidfuzz import process
from rapidfuzz.distance import OSA

from factcheck.dates import MONTH_NAMES, WEEKDAYS
from factcheck.match.document import (
    TOKEN,
    Checker,
    Document,
    Hit,
    SpanIndex,
    Token,
    decide,
    first_words,
    leading_words,
    phrase_needles,
    phrase_pattern,
)
from factcheck.model import Fact, NameSpec, Verdict
from factcheck.normalize import fold

TITLES = frozenset(
    (
        "general gen president minister prime secretary colonel col lieutenant lt captain capt "
        "major maj admiral adm sergeant sgt mr mrs ms dr king queen prince princess pope sir lord "
        "lady saint st chancellor governor senator mayor judge sheikh chief commander"
    ).split()
)
NOWHERE, BY_NAME, ANYWHERE = 0, 1, 2  # where a word may be judged a misspelling
_TOKEN_BEFORE = re.compile(TOKEN.pattern + "$")  # the token that ends where a search stops
_LONGEST_TOKEN = 100  # how far back one is looked for (a longer one is taken as a name word)
INFLECTIONS = ("s", "es", "'s", "'", "n", "an", "ian", "ns", "ans", "ians", "ish", "ese", "i", "is")
_INFLECTION_SET = frozenset(INFLECTIONS)
DEMONYM_ENDINGS = frozenset(("n", "an", "ian", "ish", "ese", "i"))
_WORD = re.compile(r"[A-Za-z]+")
_RUN = re.compile(r"[a-z0-9]+")  # a word of ``Document.words``
# short words that a lost space glues to the end of a name ("Abdul Rahmanthe")
GLUED = frozenset(
    (
        "the an and or of in on at to for from with by as is was are were has had have who "
        "which that said says told also"
    ).split()
)
# more suspects than this in one text: their places are taken from one pass over the text's
# capitalised runs, not from one search of the text each (which grows with text x suspects)
_SEARCHED_ONE_BY_ONE = 8


def _plain(word: str) -> str:
    return fold(word).text.lower()


def _base(word: str) -> str:
    """The word without a possessive ending."""
    for ending in ("'s", "'"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def allowed_distance(declared: str, next_to_name: bool) -> int:
    """How many edits a misspelling of ``declared`` may have (0: never judged)."""
    size = len(declared)
    if size >= 8:
        return 2
    if size >= 5:
        return 2 if next_to_name else 1
    if size == 4:
        return 1 if next_to_name else 0
    return 0


def misspelt_target(
    plain: str,
    declared: Sequence[str],
    next_to_name: bool,
    by_name_only: frozenset[str] = TITLES,
) -> str | None:
    """The declared word that the folded, lower-case ``plain`` misspells, if any.

    ``plain`` must not itself be a declared or allowed word; ``declared`` holds folded,
    lower-case words, tried in order; the words of ``by_name_only`` (titles, given names) are
    judged only ``next_to_name``.
    """
    for target in declared:
        if target[0] != plain[0] or (target in by_name_only and not next_to_name):
            continue
        if plain.startswith(target) and plain[len(target) :] in _INFLECTION_SET:
            return None  # the declared word plus an inflection
        if target.startswith(plain) and target[len(plain) :] in DEMONYM_ENDINGS:
            return None  # the country of a declared demonym ("Russia" for "Russian")
        if next_to_name and glued_word(plain, target) is not None:
            return target
        limit = allowed_distance(target, next_to_name)
        # (no word of another length by more than the limit is within it: not measured)
        if (
            limit
            and abs(len(plain) - len(target)) <= limit
            and 0 < OSA.distance(plain, target, score_cutoff=limit) <= limit
        ):
            return target
    return None


def glued_word(plain: str, target: str) -> str | None:
    """The word glued to the declared ``target`` in ``plain`` (a lost space: "rahmanthe" is
    "rahman" + "the"), when ``target`` has 4+ letters and the rest is one of ``GLUED``."""
    rest = plain[len(target) :]
    if len(target) >= 4 and plain.startswith(target) and rest in GLUED:
        return rest
    return None


def lost_accents(word: str) -> str | None:
    """``word`` (as declared) without its letters that carry a diacritic, lower case: "frdric"
    for "Frédéric", "mile" for "Émile"; ``None`` when it has none, or keeps under 3 letters."""
    kept = "".join(c for c in word if c.isascii()).lower()
    if kept == _plain(word) or len(kept) < 3 or not kept.isalpha():
        return None
    return kept


class Spelling:
    """How a name fact writes its words, and which words of a text may misspell them."""

    def __init__(self, spec: NameSpec) -> None:
        self.written = (spec.value, *spec.variants)
        # the text is folded: so are the forms
        self.forms = tuple(fold(form).text for form in self.written)
        self.declared = sorted(
            {w.lower() for form in self.forms for w in _WORD.findall(form)}, key=len
        )
        self.known = set(self.declared) | {_plain(w) for w in spec.not_misspellings}
        self.by_name_only = TITLES | given_names(self.forms)
        # "frdric" -> "frederic": every word of the forms with its accented letters dropped
        self.stripped = {
            kept: _plain(word)
            for form in self.written
            for word in form.split()
            if (kept := lost_accents(word)) is not None and kept not in self.known
        }
        # the words that lost an accented initial ("mile" for "Émile"): found lower case
        self.lowered = [kept for kept, target in self.stripped.items() if kept[0] != target[0]]
        # the capitals a word that may misspell a declared one starts with
        self.initials = "".join(sorted({w[0].upper() for w in (*self.declared, *self.stripped)}))
        # initial -> the lengths a word may have to misspell a declared word of that initial:
        # within the edits it allows, or the word with another glued to it (see
        # ``misspelt_target``); a word of any other length is found to misspell none at once
        self.near_lengths: dict[str, set[int]] = {}
        for target in self.declared:
            limit = allowed_distance(target, True)
            near = self.near_lengths.setdefault(target[0], set())
            near.update(range(len(target) - limit, len(target) + limit + 1) if limit else ())
            near.update(len(target) + len(glued) for glued in GLUED if len(target) >= 4)
        self.suspicion = functools.lru_cache(maxsize=65536)(self._suspicion)
        # what every suspect is near (see ``may_suspect``): a declared word within 2 edits,
        # or one of these words exactly (a word that lost its accents, a declared word of 4+
        # letters with a short word glued to it)
        self.near = (
            tuple(self.declared),
            frozenset(self.stripped)
            | {target + glued for target in self.declared if len(target) >= 4 for glued in GLUED},
        )

    def target_of(self, plain: str, capital: bool, next_to_name: bool) -> str | None:
        """The declared word that the lower-case ``plain`` misspells, if any (``capital``:
        whether it is written with a capital)."""
        if plain in self.known:
            return None
        target = self.stripped.get(plain)
        if target is not None and (next_to_name or (capital and target not in self.by_name_only)):
            return target
        if not capital:
            return None
        return misspelt_target(plain, self.declared, next_to_name, self.by_name_only)

    def misspelling(self, word: str, next_to_name: bool) -> str | None:
        """The declared word that ``word`` (of the folded text) misspells, if any."""
        return self.target_of(_base(word).lower(), word[:1].isupper(), next_to_name)

    def _suspicion(self, written: str) -> int:
        """Whether a word may misspell a declared one (remembered across documents):
        ``NOWHERE``, ``BY_NAME`` (only next to another word of the name) or ``ANYWHERE``."""
        word, capital = written.lower(), written[:1].isupper()
        if word not in self.stripped and len(word) not in self.near_lengths.get(word[:1], ()):
            return NOWHERE
        if self.target_of(word, capital, True) is None:
            return NOWHERE
        return ANYWHERE if self.target_of(word, capital, False) is not None else BY_NAME


def may_suspect(written: str, near: Sequence[str], exact: AbstractSet[str]) -> bool:
    """``False`` only where :meth:`Spelling.suspicion` finds the capitalised ``written``
    ``NOWHERE`` for every spelling whose ``near`` words (those of ``written``'s initial, lower
    case) and ``exact`` words are among these: a suspect is a word that lost its accents or
    has a short word glued to a declared one (``exact``), or one within 2 edits of a declared
    word of its initial (the most any length allows, see :func:`allowed_distance`). One test
    in C for every name fact of the initial, where judging it costs a test per fact."""
    plain = written.lower()
    return (
        plain in exact
        or process.extractOne(plain, near, scorer=OSA.distance, score_cutoff=2) is not None
    )


@functools.lru_cache(maxsize=256)
def spelling_of(spec: NameSpec) -> Spelling:
    """The :class:`Spelling` of ``spec``, made once: a fact's needles and its checker share it,
    and with it what its words were found to be (``suspicion``, remembered across documents)."""
    return Spelling(spec)


def name_needles(
    fact: Fact,
) -> tuple[
    list[tuple[frozenset[str], ...]],
    str,
    Callable[[str], int],
    frozenset[str] | None,
    tuple[tuple[str, ...], frozenset[str]],
]:
    """What a text must have for ``fact`` to be more than an evidence-free omission there: for
    one of the alternatives, a word of each of its sets (lower case, as ``Document.words``), or
    a capitalised run of letters (as ``Document.capitalised_runs``) that starts with one of the
    initials and that the test finds a suspect: ``ANYWHERE``, or ``BY_NAME`` and the text has
    one of the companion words (the words of the name: all of them when ``None``).
    Without either, :func:`compile_name`'s checker finds nothing: no spelling of the name is
    there (each needs its words, see :func:`phrase_needles`), no name is split in two (both
    halves are words), and no word may misspell it (a capitalised run, or a word that lost an
    accented initial); a word that misspells the name only next to another of its words
    (``BY_NAME``) needs a token that is one of them, its possessive dropped, and that token is
    a word of ``Document.words`` when the words of the name are runs of letters and digits.
    Last, what every suspect is near (``Spelling.near``, see :func:`may_suspect`)."""
    spec = fact.spec
    assert isinstance(spec, NameSpec)
    spelling = spelling_of(spec)
    alternatives = [phrase_needles(form) for form in spelling.forms]
    if spelling.lowered:
        alternatives.append((frozenset(spelling.lowered),))
    alternatives += [
        (frozenset((left,)), frozenset((right,))) for left, right, _ in _halves(spelling.forms)
    ]
    known = frozenset(spelling.known)
    companions = known if all(_RUN.fullmatch(word) for word in known) else None
    return alternatives, spelling.initials, spelling.suspicion, companions, spelling.near


def compile_name(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, NameSpec)
    spelling = spelling_of(spec)
    written, forms, known = spelling.written, spelling.forms, spelling.known
    form_regex = re.compile("|".join(phrase_pattern(form) for form in forms), re.IGNORECASE)
    suspicion, lowered = spelling.suspicion, spelling.lowered
    # each declared word as the file spells it, for suggestions ("frederic" -> "Frédéric")
    spelled = {_plain(w): w for form in written for w in form.split() if _WORD.fullmatch(_plain(w))}
    initials = spelling.initials
    form_words = frozenset(w for form in forms for w in first_words(form))
    halves = _halves(forms)
    leading = leading_words(forms)

    def check(doc: Document) -> Verdict:
        found: list[Hit] = []
        # distinct capitalised words first (and the words that lost an accented initial); then
        # only the sentences where one that could misspell a declared word stands are
        # tokenised and judged in context
        candidates = doc.capitalised(initials) + [w for w in lowered if w in doc.words]
        suspects = [w for w in candidates if suspicion(w)]
        if suspects:
            standing: set[str] = set()  # the suspects some token of the text is written as
            spots: list[int] = []  # where such a token may be judged a misspelling
            runs = doc.capitalised_at() if len(suspects) > _SEARCHED_ONE_BY_ONE else None
            for word in suspects:
                # a word that lost its accented initial ("mile" of "Émile") is no capitalised
                # run: it is searched for in the text
                at = None if runs is None else runs.get(word)
                offsets = _token_starts(doc.text, word, at)
                if offsets:
                    standing.add(word)
                if suspicion(word) == BY_NAME:
                    offsets = [at for at in offsets if _by_name(doc.text, at, known)]
                spots += offsets
            for start, end in dict.fromkeys(doc.sentence(at) for at in sorted(spots)):
                tokens = doc.tokens_between(start, end)
                for index, token in enumerate(tokens):
                    if _base(token.text) in standing:
                        hit = _conflict(
                            doc, tokens, index, token, known, spelling.misspelling, spelled
                        )
                        if hit is not None:
                            found.append(hit)
        found += _split_words(doc, halves)
        misspelt = SpanIndex((c.start, c.end) for c in found)
        supports = [
            Hit(start=m.start(), end=m.end(), value=m.group(), note=f"spelled {m.group()!r}")
            for m in (doc.finditer(form_regex, leading) if form_words & doc.words else ())
            if not misspelt.covers(m.start())
            and not (" " not in m.group() and _after_another_given_name(doc, m.start(), known))
        ]
        return decide(fact, doc, supports=supports, conflicts=found, conflict_reason="misspelling")

    return check


def given_names(forms: Sequence[str]) -> frozenset[str]:
    """The words (lower case) of multi-word names that end none of them: given and middle
    names ("pouria", "nour" of "Pouria Nour Mohammad Mehrdad"). Standing alone, such a word
    most often names another person ("Muhammad Razahan Zamani"), so it is judged only next to
    another word of the name; the last word (the surname) and one-word names are judged
    anywhere."""
    words = [[w.lower() for w in _WORD.findall(form)] for form in forms]
    lasts = {ws[-1] for ws in words if ws}
    return frozenset(w for ws in words if len(ws) > 1 for w in ws[:-1]) - lasts


def _conflict(
    doc: Document,
    tokens: list[Token],
    index: int,
    token: Token,
    known: set[str],
    misspelling: Callable[[str, bool], str | None],
    spelled: dict[str, str],
) -> Hit | None:
    """A misspelling hit for ``token``, spanning the name as written, or ``None``."""
    word = token.text
    if not _WORD.fullmatch(_base(word)) or len(word) < 3:
        return None
    neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    next_to_name = any(
        _base(n.text).lower() in known and _only_space_between(doc, token, n) for n in neighbours
    )
    if not next_to_name and _before_another_surname(doc, tokens, index, known):
        return None
    target = misspelling(word, next_to_name)
    if target is None:
        return None
    first = last = index
    while (
        first > 0
        and _base(tokens[first - 1].text).lower() in known
        and _only_space_between(doc, tokens[first - 1], tokens[first])
    ):
        first -= 1
    while (
        last + 1 < len(tokens)
        and _base(tokens[last + 1].text).lower() in known
        and _only_space_between(doc, tokens[last], tokens[last + 1])
    ):
        last += 1
    start, end = tokens[first].start, tokens[last].end
    written = doc.text[start:end]
    fixed = spelled.get(target) or _restore_case(target, _base(word))
    glued = glued_word(_base(word).lower(), target)
    if glued is not None:
        fixed += " " + _base(word)[len(target) :]
    suggestion = written.replace(_base(word), fixed, 1)
    why = (
        f"{_base(word)!r} looks like {fixed.split()[0]!r} with {glued!r} glued to it (a lost space)"
        if glued is not None
        else f"{_base(word)!r} looks like a misspelling of {fixed!r}"
    )
    return Hit(
        start=start,
        end=end,
        value=written,
        suggestion=suggestion,
        note=f"{why}: did you mean {suggestion!r}?",
    )


_GIVEN_NAME = re.compile(r"[A-Z][a-z]+")
_SURNAME = re.compile(r"[A-Z][a-z]*(?:['-]?[A-Z]?[a-z]+)+")  # "Ross", "McDonald", "O'Neill"


def _before_another_surname(
    doc: Document, tokens: list[Token], index: int, known: set[str]
) -> bool:
    """Whether the word at ``index`` is another person's given name: a capitalised word stands
    right after it, one space away, that is no word of the declared name and no title ("giving
    up a home run to David Ross" names no misspelt Rajai Davis; "Rajai Davsi" is judged, as is
    "Davsi" alone)."""
    if index + 1 >= len(tokens) or not _only_space_between(doc, tokens[index], tokens[index + 1]):
        return False
    after = tokens[index + 1].text
    word = _base(after).lower()
    return (
        bool(_SURNAME.fullmatch(after))
        and word not in known
        and word not in TITLES
        and word not in _NO_SURNAMES
    )


# capitalised words after a name that are no surname: "Chapmen Wednesday blew the lead"
_NO_SURNAMES = frozenset(
    (*MONTH_NAMES, *WEEKDAYS, *"the a an in on at of for to and but or with".split())
)


def _after_another_given_name(doc: Document, start: int, known: set[str]) -> bool:
    """Whether a one-word form at ``start`` is another person's surname: a capitalised word
    stands right before it that is no word of the name, no title and not the first word of its
    sentence, after punctuation or a word in lower case ("the brother of the gunman, Eric
    Paddock, said" names no Stephen Paddock; "US-backed Kurdish" and "Why Russia's" are no
    given names)."""
    if start < 2 or doc.text[start - 1] != " ":
        return False
    before = _TOKEN_BEFORE.search(doc.text, max(0, start - 1 - _LONGEST_TOKEN), start - 1)
    if before is None or not _GIVEN_NAME.fullmatch(before.group()):
        return False
    word = before.group().lower()
    if word in known or word in TITLES or doc.sentence(before.start())[0] == before.start():
        return False
    # in a title-cased headline ("Kremlin Explains Why Russia's Airstrike...") every word has
    # a capital: a given name has none before it
    end = len(doc.text[max(0, before.start() - _LONGEST_TOKEN) : before.start()].rstrip(" "))
    end += max(0, before.start() - _LONGEST_TOKEN)
    if end == before.start():
        return True  # punctuation right before the given name: "the gunman, Eric Paddock"
    earlier = _TOKEN_BEFORE.search(doc.text, max(0, end - _LONGEST_TOKEN), end)
    return earlier is None or not earlier.group()[:1].isupper()


def _halves(forms: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Every way to cut each long word of the forms in two: (left, right, the word)."""
    cuts: list[tuple[str, str, str]] = []
    for form in forms:
        for whole in _WORD.findall(form):
            plain = fold(whole).text.lower()
            if len(whole) >= 6:
                cuts += ((plain[:cut], plain[cut:], whole) for cut in range(2, len(plain) - 1))
    return list(dict.fromkeys(cuts))


def _split_words(doc: Document, halves: list[tuple[str, str, str]]) -> list[Hit]:
    """ "First Energy" where the name is one word, "FirstEnergy" (tried only when both halves
    are words of the document)."""
    hits = []
    words = doc.words
    for left, right, whole in halves:
        if left not in words or right not in words:
            continue
        pattern = rf"(?<![\w-]){re.escape(left)} {re.escape(right)}(?![\w-])"
        for match in re.finditer(pattern, doc.text, re.IGNORECASE):
            written = match.group()
            first, second = written.split(" ", 1)
            if first[:1].isupper() and second[:1].isupper():
                note = f"{written!r} splits the name {whole!r} in two: did you mean {whole!r}?"
                hits.append(Hit(start=match.start(), end=match.end(), value=written,
                                suggestion=whole, note=note))  # fmt: skip
    return hits


def _by_name(text: str, at: int, known: set[str]) -> bool:
    """Whether the token starting at ``at`` may stand next to another word of the name: the
    token right before or after it, one space or ". " away, is one, its possessive dropped (as
    :func:`_conflict` judges it; true in a few more cases, never fewer)."""
    end = _token_end(text, at)
    for gap in (" ", ". "):
        if text.startswith(gap, end):
            after = TOKEN.match(text, end + len(gap))
            if after is not None and _base(after.group()).lower() in known:
                return True
        stop = at - len(gap)
        if stop > 0 and text.startswith(gap, stop):
            window = max(0, stop - _LONGEST_TOKEN)
            before = _TOKEN_BEFORE.search(text, window, stop)
            if before is not None and (
                _base(before.group()).lower() in known or 0 < window == before.start()
            ):
                return True
    return False


def _token_end(text: str, at: int) -> int:
    token = TOKEN.match(text, at)
    return token.end() if token is not None else at


def _token_starts(text: str, word: str, runs: list[int] | None = None) -> list[int]:
    """Where a token that is ``word``, its possessive dropped, may start: after a character
    that is no ASCII letter or digit (a few of these are inside a longer token: "x'Word").
    ``runs``, where the capitalised runs that are ``word`` start, saves searching the text."""
    found = []
    candidates = runs if runs is not None else _occurrences(text, word)
    for at in candidates:
        if (at == 0 or not (text[at - 1].isascii() and text[at - 1].isalnum())) and _base(
            text[at : _token_end(text, at)]
        ) == word:
            found.append(at)
    return found


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _only_space_between(doc: Document, left: Token, right: Token) -> bool:
    if right.start < left.start:
        left, right = right, left
    return doc.text[left.end : right.start] in (" ", ". ")


def _restore_case(target: str, like: str) -> str:
    return target.capitalize() if like[:1].isupper() else target
