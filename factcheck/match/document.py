"""A source prepared for matching: folded body text, sentences and word tokens.

Every checker works on folded offsets and turns what it found into :class:`Hit` values;
:func:`decide` turns hits into the one verdict of a (fact, source) pair, mapping spans back to
the original text. A contradiction wins over a match, and both kinds of words are kept.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.dates import DateExpr, find_dates, may_hold_date
from factcheck.model import NOT_STATED, Evidence, Fact, Source, Stance, Status, Verdict, unstated
from factcheck.normalize import Folded, fold

if TYPE_CHECKING:
    from factcheck.match.numbers import Count
    from factcheck.user_patterns import EncodedText

TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.,-][A-Za-z0-9]+)*")  # a word: "U.S", "1,200", "KT's"
_WORD = re.compile(r"[a-z0-9]+")
# The word set is read with C-level bytes operations, not a regex pass: in UTF-8 every byte of
# a non-ASCII character is >= 0x80, so turning every byte but [a-z0-9] to a space and splitting
# gives exactly the runs of [a-z0-9] of the lower-case text.
_WORD_BYTES = (string.ascii_lowercase + string.digits).encode()
_KEEP_WORD = bytes(b if b in _WORD_BYTES else 32 for b in range(256))
# a capital that starts a run of 3+ ASCII letters (the class first, the start of the run
# checked after it, so that the scan stops only at capitals)
_CAPITALISED_RUN = re.compile(r"[A-Z](?<![A-Za-z].)[A-Za-z]{2,}")
_HYPHEN_TAIL = re.compile(r"[a-z0-9]-([a-z]+)(?![a-z0-9-])")  # "six-year-old" -> "old"
# A sentence ends at a line break, or after . ! ? (and closing quotes) before a capital, a
# quote or a digit; "Gen." and "U.S." style abbreviations do not end one. The pattern starts
# with a class of those four characters, so that the scan stops only where one stands; a mark
# right before a line break leaves the break to end the sentence alone.
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)|(?<!\n)(?!\n)[\"')\]]*\s+(?=[\"'(A-Z0-9]))")
_ABBREVIATION_CHARS = string.ascii_letters + "."
_ABBREVIATIONS = frozenset(
    (
        "mr mrs ms dr gen col lt sgt capt cpt maj adm gov sen rep st jr sr prof rev no vs jan feb "
        "mar apr jun jul aug sep sept oct nov dec inc corp co ltd"
    ).split()
)


class Token:
    """A word of the folded text, with its lower-case form. A plain slotted class, not a
    dataclass: tokens are made by the hundred thousand, and nothing changes one once made."""

    __slots__ = ("end", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hit:
    """Words found in the folded text, and what they say as people read it."""

    start: int
    end: int
    value: str
    suggestion: str | None = None
    note: str = ""
    reason: str | None = None  # a conflict's own reason ("revised"), else the checker's


class SpanIndex:
    """Spans sorted once; whether one of them overlaps or covers a place, in log time (so
    filtering n hits against m spans costs n log m, not n * m, however dense the hits)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)``."""
        index = bisect.bisect_left(self._starts, end)
        return index > 0 and self._reach[index - 1] > start

    def covers(self, at: int) -> bool:
        """Whether a span holds the character at ``at``."""
        index = bisect.bisect_right(self._starts, at)
        return index > 0 and self._reach[index - 1] > at


def outermost(hits: list[Hit]) -> list[Hit]:
    """The hits not inside a longer one (hits with one span all stay), in their order."""
    inner: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans that start before this one, or with it and longer
    for start, end in sorted({(hit.start, hit.end) for hit in hits}, key=lambda s: (s[0], -s[1])):
        if reach >= end:
            inner.add((start, end))
        reach = max(reach, end)
    return [hit for hit in hits if (hit.start, hit.end) not in inner]


class Document:
    """One source, folded once, with its lower case and its set of words; sentence starts,
    tokens, dates and word offsets are computed on demand, once."""

    __slots__ = (
        "_capitalised",
        "_capitalised_at",
        "_capitalised_set",
        "_dates",
        "_hyphen_tails",
        "_ranges",
        "_sentence_starts",
        "_word_starts",
        "countable",
        "counts",
        "encoded",
        "folded",
        "lower",
        "source",
        "text",
        "words",
    )

    def __init__(self, source: Source) -> None:
        self.source = source
        self.folded: Folded = fold(source.text, source.body_start)
        self.text = self.folded.text
        self.lower = self.text.lower()
        # every word of the text, lower case: what a fact needs is looked up here first
        # ("surrogatepass": a lone surrogate, which JSON text may carry, is bytes >= 0x80 too)
        lower = self.lower.encode("utf-8", "surrogatepass")
        self.words = frozenset(lower.translate(_KEEP_WORD).decode("ascii").split())
        self._sentence_starts: list[int] | None = None
        self._capitalised: list[str] | None = None
        self._capitalised_set: frozenset[str] | None = None
        self._capitalised_at: dict[str, list[int]] | None = None
        self._hyphen_tails: dict[str, list[int]] | None = None
        self._dates: dict[tuple[int, int], list[DateExpr]] = {}
        self._ranges: dict[tuple[int, int], list[Token]] = {}
        self._word_starts: dict[str, list[int]] = {}
        # the counts of a sentence, read once for every fact of its unit (see ``counts_in``)
        self.counts: dict[tuple[int, int, str, frozenset[str] | None], list[Count]] = {}
        # whether a sentence may hold a count of a unit at all (see ``may_count``), read once
        self.countable: dict[tuple[int, int, str], bool] = {}
        # the text as UTF-8, for user patterns (see ``claim``), encoded once when one needs it
        self.encoded: EncodedText | None = None

    def dates_in(self, start: int, end: int) -> list[DateExpr]:
        """The date expressions of ``text[start:end]`` (a sentence), found once."""
        found = self._dates.get((start, end))
        if found is None:
            dated = may_hold_date(self.text, start, end)  # most sentences hold no date at all
            found = self._dates[(start, end)] = find_dates(self.text, start, end) if dated else []
        return found

    def starts_of(self, words: frozenset[str]) -> list[int]:
        """Sorted offsets where one of ``words`` (lower case) starts a word of the text: where a
        phrase beginning with it may match, found with plain string search (once per word)."""
        found: list[int] = []
        several = False  # the places of one word are sorted and distinct already
        for word in words & self.words:
            at = self._word_starts.get(word)
            if at is None:
                at = self._word_starts[word] = self._find_word_starts(word)
            several = several or bool(found)
            found += at
        return sorted(set(found)) if several else found  # "al" and "albab" may share one

    def _find_word_starts(self, word: str) -> list[int]:
        lower, found = self.lower, []
        at = lower.find(word)
        while at != -1:
            if at == 0 or not lower[at - 1].isalnum():
                found.append(at)
            at = lower.find(word, at + 1)
        return found

    def finditer(
        self, regex: re.Pattern[str], words: frozenset[str] | None, exact: tuple[str, ...] = ()
    ) -> Iterator[re.Match[str]]:
        """The matches ``regex.finditer(text)`` gives, tried only where one of ``words`` starts
        a word (see :meth:`starts_of`) or one of the ``exact`` strings stands. Every match of
        ``regex`` must begin at one of those (see :func:`leading_words`, and
        ``mention.acronym_lead`` for exact strings); with ``words`` ``None`` the whole text is
        searched."""
        if words is None:
            yield from regex.finditer(self.text)
            return
        starts = self.starts_of(words)
        for written in exact:
            at = self.text.find(written)
            while at != -1:
                starts.append(at)
                at = self.text.find(written, at + 1)
        if exact:
            starts.sort()
        after = 0
        for at in starts:
            if at >= after and (match := regex.match(self.text, at)):
                yield match
                after = match.end()

    def capitalised_runs(self) -> frozenset[str]:
        """Every distinct run of 3+ ASCII letters that starts with a capital, as written
        (misspelling candidates). A run may stand next to a digit or an apostrophe: callers
        that need a whole word check its boundaries where they find it."""
        if self._capitalised_set is None:
            self._capitalised_set = frozenset(_CAPITALISED_RUN.findall(self.text))
        return self._capitalised_set

    def capitalised(self, initials: Iterable[str]) -> list[str]:
        """The runs of :meth:`capitalised_runs` that start with one of the capitals
        ``initials``, sorted."""
        if self._capitalised is None:
            self._capitalised = sorted(self.capitalised_runs())
        runs = self._capitalised
        found: list[str] = []
        for initial in initials:
            lo = bisect.bisect_left(runs, initial)
            found += runs[lo : bisect.bisect_left(runs, chr(ord(initial) + 1), lo)]
        return found

    def capitalised_at(self) -> dict[str, list[int]]:
        """Where each run of :meth:`capitalised` starts, found in one pass (for many words at
        once, cheaper than one search of the text per word)."""
        if self._capitalised_at is None:
            found: dict[str, list[int]] = {}
            for match in _CAPITALISED_RUN.finditer(self.text):
                found.setdefault(match.group(), []).append(match.start())
            self._capitalised_at = found
        return self._capitalised_at

    def hyphen_tails(self) -> dict[str, list[int]]:
        """Where each last part of a hyphened word stands ("old" of "six-year-old", "deep" of
        "80m-deep"), found in one pass, the first time a fact asks."""
        if self._hyphen_tails is None:
            found: dict[str, list[int]] = {}
            for match in _HYPHEN_TAIL.finditer(self.lower):
                found.setdefault(match.group(1), []).append(match.start(1))
            self._hyphen_tails = found
        return self._hyphen_tails

    # -- sentences and tokens -------------------------------------------------------------

    def _starts(self) -> list[int]:
        if self._sentence_starts is None:
            text, starts = self.text, [0]
            for match in _SENTENCE_END.finditer(text):
                at = match.start()
                if text[at] != "." or not _closes_abbreviation(text, at):
                    starts.append(match.end())
            self._sentence_starts = starts
        return self._sentence_starts

    def sentence(self, index: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding folded offset ``index``."""
        starts = self._starts()
        k = bisect.bisect_right(starts, index) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(self.text)
        return starts[k], end

    def tokenised(self, start: int, end: int) -> list[Token] | None:
        """The tokens of ``text[start:end]`` if :meth:`tokens_between` made them, else ``None``."""
        return self._ranges.get((start, end))

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` (a sentence), tokenised once."""
        found = self._ranges.get((start, end))
        if found is None:
            found = [
                Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text, start, end)
            ]
            self._ranges[(start, end)] = found
        return found

    # -- evidence -------------------------------------------------------------------------

    def evidence(self, start: int, end: int, stance: Stance) -> Evidence:
        """Evidence for the folded span ``[start, end)``, quoting the original text."""
        original_start, original_end = self.folded.original_span(start, end)
        return self.source.evidence(original_start, original_end, stance)


Checker = Callable[[Document], Verdict]


class Cues:
    """Finds cue words (and multi-word cues): first the sentences that hold one, with a single
    regex scan of the document, then their token positions inside such a sentence.

    A cue is read as the text is: folded ("Bogotá" = "Bogota") and cut into the tokens the text
    is cut into ("U.S." is the token "U.S", "9/11" the tokens "9" "11"); see :func:`cue_forms`."""

    def __init__(self, cues: tuple[str, ...]) -> None:
        self.cues = [forms for forms in map(cue_forms, cues) if forms]
        # any cue, matched where a cue's first word starts
        self.regex = re.compile("|".join(_cue_pattern(cue) for cue in self.cues) or "(?!)")
        self.firsts_folded = cue_needles(cues)
        # each first word -> the cues it may start, in the order given (the first that matches
        # there is the one found: a file that lists "killed" before "killed by" keeps "Three
        # people were killed by 2 gunmen" a count of 3 killed)
        self._starting: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for cue in self.cues:
            for form in cue[0]:
                self._starting.setdefault(form, []).append(cue)

    def sentences(self, doc: Document) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every sentence with a cue, in order, each once (only the cues
        whose first word the document has are searched for; none in a sentence found already)."""
        found: list[tuple[int, int]] = []
        match, text = self.regex.match, doc.lower
        reach = -1  # the end of the last sentence found: the places before it are in it
        for start in doc.starts_of(self.firsts_folded):
            if start >= reach and match(text, start):
                sentence = doc.sentence(start)
                found.append(sentence)
                reach = sentence[1]
        return found

    def positions(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """``(first, last)`` token index of every cue occurrence."""
        found = []
        starting, size = self._starting, len(tokens)
        for index in [i for i, token in enumerate(tokens) if token.lower in starting]:
            for cue in starting[tokens[index].lower]:
                end = index + len(cue)
                if end <= size and all(
                    tokens[at].lower in forms
                    for at, forms in zip(range(index + 1, end), cue[1:], strict=True)
                ):
                    found.append((index, end - 1))
                    break
        return found


def cue_words(cue: str) -> list[str]:
    """The tokens (lower case) the text must have for ``cue``: the cue folded and cut as the
    text is ("U.S." -> ["u.s"], "Bogotá" -> ["bogota"], "9/11" -> ["9", "11"])."""
    return [word.lower() for word in TOKEN.findall(fold(cue).text)]


def cue_problem(cue: str) -> str | None:
    """Why ``cue`` can never match as written, or ``None``: it folds to no word of a text
    ("…", "$"), or has letters or digits that no word of a folded text is made of (words are
    runs of A-Z and 0-9 once accents are folded: "Київ")."""
    folded = fold(cue).text
    foreign = sorted({c for c in folded if c.isalnum() and not c.isascii()})
    if foreign:
        letters = "".join(foreign)
        return (
            f"cue {cue!r} has letters that no word of a text is made of ({letters!r}: words are "
            "runs of A-Z and 0-9 once accents are folded); it can never match as written"
        )
    if not cue_words(cue):
        return f"cue {cue!r} has no letter or digit: it can never match"
    return None


def cue_forms(cue: str) -> tuple[frozenset[str], ...]:
    """For each token of ``cue``, the token forms it matches: the token itself. Inflections are
    not derived: "attacks" for a cue "attack" brought a date of another event into the seeds
    ("killed ... since it began in August, mostly in attacks by IS"), so each form a file wants
    is a cue of its own."""
    return tuple(frozenset((word,)) for word in cue_words(cue))


def cue_needles(cues: Iterable[str]) -> frozenset[str]:
    """The words of the document's word set (runs of letters and digits, lower case) that one of
    ``cues`` starts with: a document without any has none of them."""
    return frozenset(
        _WORD.match(form).group()  # type: ignore[union-attr]  # a token starts with a run
        for forms in map(cue_forms, cues)
        if forms
        for form in forms[0]
    )


def cue_alternatives(cues: Iterable[str]) -> list[tuple[frozenset[str], ...]]:
    """For each of ``cues``, the words of the document's word set that a text where it matches
    has (every run of letters and digits of its tokens, each as a set of one): a document that
    lacks one of a cue's words has no match of it ("on board" needs "on" and "board")."""
    return [
        tuple(frozenset((run,)) for word in cue_words(cue) for run in _WORD.findall(word))
        for cue in cues
        if cue_forms(cue)
    ]


def _cue_pattern(cue: tuple[frozenset[str], ...]) -> str:
    """A regex (on lower-case text) for the tokens of one cue, at token boundaries."""
    words = [
        "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) + ")"
        for forms in cue
    ]
    return _TOKEN_START + r"[^a-z0-9]+".join(words) + _TOKEN_END


_TOKEN_START = r"(?<![a-z0-9])(?<![a-z0-9]['.,-])"
_TOKEN_END = r"(?![a-z0-9]|['.,-][a-z0-9])"


def _closes_abbreviation(text: str, at: int) -> bool:
    """Whether the period at ``at`` closes an abbreviation ("Gen."), an initial ("J.") or a
    dotted short form ("U.S."): the run of letters and periods before it, within 7 characters."""
    before = text[max(0, at - 7) : at]
    word = before[len(before.rstrip(_ABBREVIATION_CHARS)) :]  # its last run of them
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word


def first_words(phrase: str) -> frozenset[str]:
    """The words (lower case) a match of ``phrase_pattern(phrase)`` starts with: the first run
    of letters and digits of the phrase, and, when that run ends a part of a hyphenated word,
    the runs it makes with the parts after it, which the pattern lets the text join:
    "al-Bab" -> {"al", "albab"} ("alBab")."""
    for word in fold(phrase).text.lower().split():
        found: set[str] = set()
        run = ""
        for part in filter(None, word.split("-")):
            match = _WORD.match(part) if run else _WORD.search(part)
            if match is None:
                if run:
                    break
                continue  # no letter or digit yet: the run starts in a later part
            run += match.group()
            found.add(run)
            if match.end() != len(part):
                break  # the run ends inside this part
        if found:
            return frozenset(found)
    return frozenset({""})


def phrase_words(phrase: str) -> frozenset[str]:
    """Words (lower case) that every match of ``phrase_pattern(phrase)`` has as whole words of
    the text, so a text without one of them holds no match: the runs of letters and digits of
    its words, but for hyphenated words, whose parts may be written as one ("second-largest",
    "secondlargest")."""
    words = (word for word in fold(phrase).text.lower().split() if "-" not in word)
    return frozenset(run for word in words for run in _WORD.findall(word))


def phrase_needles(phrase: str) -> tuple[frozenset[str], ...]:
    """What a text where ``phrase_pattern(phrase)`` matches has (lower-case words, as
    ``Document.words``): one of its first words, and each of its words."""
    return (first_words(phrase), *(frozenset((word,)) for word in sorted(phrase_words(phrase))))


def leading_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first words of ``phrases`` (see :func:`first_words`), where every match of their
    :func:`phrase_pattern` starts; ``None`` when one does not begin with an ASCII letter or
    digit, so that its matches may start elsewhere."""
    phrases = tuple(phrases)
    if not all(phrase[:1].isascii() and phrase[:1].isalnum() for phrase in phrases):
        return None
    return frozenset(word for phrase in phrases for word in first_words(phrase))


def phrase_pattern(phrase: str, compound: bool = False) -> str:
    """A regex for a literal phrase: words at word boundaries, any spacing, optional hyphens;
    words the phrase writes apart may be joined by a hyphen or set off by quotes in the text
    ("red handed" matches "red-handed" and "caught 'red handed'"). With ``compound``, the
    phrase may also open a compound adjective of ``COMPOUND_TAILS`` ("San Diego-based")."""
    words = []
    for word in phrase.split():
        words.append(r"[\s-]?".join(re.escape(part) for part in word.split("-") if part))
    end = _COMPOUND_END if compound else r"(?![\w-])"
    return r"(?<![\w-])" + r"[\s'\"-]+".join(words) + end


# the second words of compound adjectives that name a place as where a thing is: "the San
# Diego-based company", "a Papua New Guinea-flagged vessel" (not "-led", "-owned", "-backed":
# as often a person's, "the Jordan-owned Hornets", "the Austin-led Pentagon")
COMPOUND_TAILS = "based headquartered born bred raised registered flagged area".split()
_COMPOUND_END = r"(?!\w)(?!-(?!(?:" + "|".join(COMPOUND_TAILS) + r")(?![\w-])))"


def one_line(value: str) -> str:
    """``value`` as ``found`` shows it: line breaks and runs of spaces folded to one space.

    Only the value people read is folded; the evidence keeps the words as the source wrote them.
    """
    return " ".join(value.split())


def decide(
    fact: Fact,
    doc: Document,
    *,
    supports: Iterable[Hit] = (),
    conflicts: Iterable[Hit] = (),
    context: Iterable[Hit] = (),
    conflict_reason: str = "value",
    omission_reason: str = "not-stated",
) -> Verdict:
    """The one verdict of ``fact`` in ``doc``: a contradiction wins over a match."""
    if not (supports or conflicts or context):  # the common case: nothing found at all
        return unstated(fact.id, doc.source.id, fact.expected, omission_reason)
    supporting = _unique(supports)
    conflicting = _unique(conflicts)
    base = {"fact": fact.id, "source": doc.source.id, "expected": fact.expected}
    if conflicting:
        # a conflict of its own reason ("revised") names the verdict only when every conflict
        # has it: one plain conflict among later figures is a plain contradiction
        plain = [hit for hit in conflicting if hit.reason is None]
        first = plain[0] if plain else conflicting[0]
        evidence = [(hit, Stance.CONFLICTS) for hit in conflicting]
        evidence += [(hit, Stance.SUPPORTS) for hit in supporting]
        detail = (
            first.note or f"the source says {first.value!r} where {fact.expected!r} is expected"
        )
        if supporting:
            detail += "; it also states the expected value"
        return Verdict(
            **base,
            status=Status.CONTRADICTION,
            reason=first.reason or conflict_reason,
            found=one_line(first.value),
            detail=detail,
            suggestion=first.suggestion,
            evidence=_evidence(doc, evidence),
        )
    if supporting:
        return Verdict(
            **base,
            status=Status.MATCH,
            reason="stated",
            found=one_line(supporting[0].value),
            detail=supporting[0].note or "the source states the expected value",
            evidence=_evidence(doc, [(hit, Stance.SUPPORTS) for hit in supporting]),
        )
    hints = _unique(context)
    return Verdict(
        **base,
        status=Status.OMISSION,
        reason=omission_reason,
        detail=hints[0].note if hints else NOT_STATED,
        evidence=_evidence(doc, [(hit, Stance.CONTEXT) for hit in hints]),
    )


def _unique(hits: Iterable[Hit]) -> list[Hit]:
    seen: dict[tuple[int, int], Hit] = {}
    for hit in hits:
        seen.setdefault((hit.start, hit.end), hit)
    return sorted(seen.values(), key=lambda hit: (hit.start, hit.end))


def _evidence(doc: Document, hits: list[tuple[Hit, Stance]]) -> tuple[Evidence, ...]:
    ordered = sorted(hits, key=lambda pair: (pair[0].start, pair[0].end))
    return tuple(doc.evidence(hit.start, hit.end, stance) for hit, stance in ordered)
