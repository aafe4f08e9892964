"""Whether a sentence asserts a phrase, negates it or leaves it open, and who says it.

**Negation scope.** A phrase is *negated* when a negator stands before it in its clause, at most
``NEGATION_WINDOW`` words before its first word, or before a "that" within them: "police have
**not** charged anyone", "**nobody** has taken responsibility", "there is **no** evidence that
he converted to Islam", "the FBI **denied** that the 21 girls were exchanged", "he **never**
converted". The negators are ``NEGATORS`` and any word ending in "n't" ("didn't", "hasn't").
The clause ends at a comma, semicolon, colon, bracket, quote or dash, and at a word that opens
another clause (``BOUNDARIES``: "but", "and", "because", "while", ...): in "no one was hurt, and
police charged him" the "charged" is asserted.

The phrase is *open*, neither asserted nor negated:
- under "whether" or "if" ("it is unclear whether anyone was charged");
- when the negation bears on saying or knowing ("police did **not say** who was charged",
  "would **not confirm** he had been charged": a verb of ``OPENERS`` between the two);
- when the phrase opens the clause after "that" ("no evidence that *two separate events* were
  related": the negation bears on what the clause says of it);
- when two negations meet ("did not deny that", or "not" before a phrase that holds its own
  negation, such as "no connection").
"Not only", "not just", "no doubt" and "no question" negate nothing.

**Speakers.** :func:`speaker_near` tells whether one of a fact's speakers stands next to the
reporting verb nearest the phrase in its sentence ("the mayor **called** it an accident",
"**according to** police", "Equifax **said**").
"""

from __future__ import annotations

import bisect
import re
from enum import Enum

from factcheck.match.document import Document, Token

NEGATION_WINDOW = 5  # words from a negator to the phrase's first word, at most
SPEAKER_WINDOW = 3  # words between a speaker and its reporting verb, at most

NEGATORS = frozenset(
    (
        "not no never nobody none nothing neither nor without cannot deny denies denied denying "
        "reject rejects rejected rejecting"
    ).split()
)
# a negator followed by one of these negates nothing: "not only", "no doubt that"
_NOT_NEGATING = frozenset("only just merely doubt question".split())
BOUNDARIES = frozenset(
    (
        "but and or although though while whereas because since however yet so unless until "
        "after before when where which who whom whose"
    ).split()
)
# a negation of saying or knowing leaves the phrase open: "did not say whether", "not confirm"
OPENERS = frozenset(
    (
        "whether if say says said saying confirm confirms confirmed confirming comment commented "
        "disclose disclosed reveal revealed know knows knew known identify identified specify "
        "specified speculate clear sure certain immediately rule ruled ruling aware"
    ).split()
)
REPORTING_VERBS = frozenset(
    (
        "said says say saying told tells tell stated states announced announces confirmed "
        "confirms claimed claims called calls described describes insisted insists added adds "
        "explained explains reported reports wrote writes tweeted tweets according believes "
        "believe believed concluded concludes found finds determined determines denied denies "
        "disputed disputes rejected rejects blamed blames alleged alleges maintained maintains "
        "acknowledged acknowledges admitted admits argued argues noted notes testified "
        "testifies suggested suggests"
    ).split()
)
_QUESTIONS = frozenset(("whether", "if"))
_DETERMINERS = frozenset("the a an these those this its their his her".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"]|\s-\s|--")


class Stance(Enum):
    """What a sentence does with a phrase."""

    ASSERTED = "asserted"
    NEGATED = "negated"
    OPEN = "open"


def is_negator(word: str) -> bool:
    """Whether the lower-case token ``word`` negates what follows it in its clause."""
    return word in NEGATORS or word.endswith("n't")


def stance_of(doc: Document, start: int, end: int) -> tuple[Stance, int]:
    """The stance of the sentence towards the phrase at folded ``[start, end)``, and where the
    negation (or the "whether") starts; ``start`` when the phrase is asserted."""
    sentence_start, sentence_end = doc.sentence(start)
    tokens = doc.tokens_between(sentence_start, sentence_end)
    first = _first_token_at(tokens, start)
    if first is None:
        return Stance.ASSERTED, start
    scope = _scope(doc, tokens, first)
    question = next((i for i in scope if tokens[i].lower in _QUESTIONS), None)
    after = _first_token_from(tokens, end)
    negators = [
        i
        for i in scope
        if is_negator(tokens[i].lower)
        and not _not_negating(tokens, i, first)
        and not _refuses(tokens, i, after)
    ]
    if not negators:
        if question is not None:
            return Stance.OPEN, tokens[question].start
        return Stance.ASSERTED, start
    negator = negators[0]
    inside = [tokens[i].lower for i in range(first, _first_token_from(tokens, end))]
    between = [t.lower for t in tokens[negator + 1 : first]]
    if (
        any(is_negator(word) for word in between + inside)
        or not OPENERS.isdisjoint(between)
        or _perceived(tokens, negator, first)
        or _subject_of_clause(between)
    ):
        return Stance.OPEN, tokens[negator].start
    return Stance.NEGATED, tokens[negator].start


def _perceived(tokens: list[Token], negator: int, first: int) -> bool:
    """Whether a verb of noticing stands between the negator and the phrase, which leaves it
    open as "know" does: "realise" before a clause ("didn't realise there was a twist in the
    road"; not "never realised a profit", which achieved none), "notice" as a verb ("nobody
    noticed the fire"; not "no notice of appeal")."""
    for index in range(negator + 1, first):
        word = tokens[index].lower
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if word in _REALISE and following in _CLAUSE_OPENERS:
            return True
        if word in _NOTICE and following != "of" and tokens[index - 1].lower not in _BEFORE_NOUN:
            return True
    return False


_REALISE = frozenset("realise realised realize realized".split())
_NOTICE = frozenset("notice noticed".split())
_BEFORE_NOUN = frozenset("the a an no any prior advance short written formal".split())
_CLAUSE_OPENERS = frozenset(
    "that there it he she they we i you what how why who whether this".split()
)


def _not_negating(tokens: list[Token], index: int, first: int) -> bool:
    """ "not only", "no doubt": a negator that negates nothing."""
    return index + 1 < first and tokens[index + 1].lower in _NOT_NEGATING


def _refuses(tokens: list[Token], index: int, after: int) -> bool:
    """Whether "reject" at ``index`` refuses a thing rather than denies a claim: a word for a
    proposal stands between it and the phrase, or within ``REFUSAL_WINDOW`` words after the
    phrase (which ends before token ``after``): "the board rejected Broadcom's original $105
    billion acquisition approach" says the approach was made, for $105 billion; "police
    rejected the terrorism label" and "rejected revenge as a motive" deny."""
    if tokens[index].lower not in _REJECT:
        return False
    near = tokens[index + 1 : after + REFUSAL_WINDOW]
    return not _PROPOSALS.isdisjoint(token.lower for token in near)


REFUSAL_WINDOW = 3  # words after a phrase where the proposal it describes may stand
_REJECT = frozenset("reject rejects rejected rejecting".split())
_PROPOSALS = frozenset(
    (
        "offer offers bid bids approach approaches proposal proposals plan plans deal deals "
        "amendment amendments bill bills ceasefire truce call calls appeal appeals request "
        "requests demand demands takeover merger overture overtures terms plea application "
        "motion resolution settlement invitation nomination candidacy"
    ).split()
)


def _subject_of_clause(between: list[str]) -> bool:
    """Whether the phrase opens the clause after "that" ("no evidence that *these two separate
    events* were related"): it is what the clause speaks of, and the negation bears on what the
    clause says of it."""
    return between[-1:] == ["that"] or (
        len(between) > 1 and between[-2] == "that" and between[-1] in _DETERMINERS
    )


def _first_token_at(tokens: list[Token], start: int) -> int | None:
    """The index of the first token that ends after ``start`` (tokens are in text order: a
    binary search, so that many phrases in one long sentence cost no more than their number)."""
    index = bisect.bisect_right(tokens, start, key=_end)
    return index if index < len(tokens) else None


def _first_token_from(tokens: list[Token], end: int) -> int:
    """The index of the first token that starts at ``end`` or after (``len(tokens)`` when none
    does)."""
    return bisect.bisect_left(tokens, end, key=_start)


def _end(token: Token) -> int:
    return token.end


def _start(token: Token) -> int:
    return token.start


def _scope(doc: Document, tokens: list[Token], first: int) -> list[int]:
    """The indexes of the tokens of the phrase's clause within the window before token
    ``first``, farthest first (a "that" opens a new window: "denied *that* the 21 girls were
    exchanged")."""
    found: list[int] = []
    index, limit, extended = first - 1, first - NEGATION_WINDOW, False
    while index >= max(limit, 0):
        token = tokens[index]
        gap = doc.text[token.end : tokens[index + 1].start]
        if _CLAUSE_BREAK.search(gap) or token.lower in BOUNDARIES:
            break
        found.append(index)
        if token.lower == "that" and not extended:
            limit, extended = index - NEGATION_WINDOW, True
        index -= 1
    return found[::-1]


def speaker_near(doc: Document, start: int, speakers: re.Pattern[str]) -> bool:
    """Whether a match of ``speakers`` stands within ``SPEAKER_WINDOW`` words of the reporting
    verb nearest the phrase that starts at folded offset ``start``, in its sentence."""
    sentence_start, sentence_end = doc.sentence(start)
    tokens = doc.tokens_between(sentence_start, sentence_end)
    at = _first_token_at(tokens, start)
    verbs = [i for i, token in enumerate(tokens) if token.lower in REPORTING_VERBS]
    if at is None or not verbs:
        return False
    verb = min(verbs, key=lambda i: (abs(i - at), i))
    for match in speakers.finditer(doc.text, sentence_start, sentence_end):
        words = [i for i, t in enumerate(tokens) if match.start() <= t.start < match.end()]
        if words and (
            0 < verb - words[-1] <= SPEAKER_WINDOW + 1 or 0 < words[0] - verb <= SPEAKER_WINDOW + 1
        ):
            return True
    return False
