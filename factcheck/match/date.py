"""``date`` facts: the event date, compared at the precision the source gives.

A date expression speaks of the event only when one of the fact's cues stands within
``WINDOW`` words of it in the same sentence ("The incident took place on Thursday, February 9"),
or within ``CLAUSE_WINDOW`` words with nothing between them that starts another clause; and
only for a cue occurrence that can carry the event's date (see :func:`_dates_the_event`). A cue
that has a date in its own clause takes no date from across a clause boundary ("indicted a girl
on Monday who was filmed last month": "filmed" is dated by "last month" alone).

A date tied to a reporting verb dates the report, not the event ("the minister said on Monday
that the blast..."): it never contradicts the event date (context instead); when it agrees, it
is a match, as a report of the day's news ("have been freed, officials said on Thursday").
Relative words inside quoted speech ("this morning" in a quotation) count from when the words
were said, which the source does not give: unresolvable. Relative words and bare weekdays are
otherwise resolved against the source's own date (header or dateline). A bare weekday with no
source date is compared as a weekday; "earlier today" with no source date is unresolvable: an
omission with the words as context, never a guess.
"""

from __future__ import annotations

import bisect
import re

from factcheck.dates import MONTH_NAMES, PERIOD_BOUND, WEEKDAYS, DateExpr, at_night
from factcheck.match.document import (
    Checker,
    Cues,
    Document,
    Hit,
    Token,
    cue_alternatives,
    decide,
    phrase_pattern,
)
from factcheck.match.other_event import motives
from factcheck.model import DateSpec, Fact, Period, Verdict

WINDOW = 6  # words between a date expression and a cue
CLAUSE_WINDOW = 10  # ... or this many, when nothing separates them (the same clause)
# tokens within which a date may be in reach: place names of several words count as one word,
# so the words between may be fewer than the tokens
_REACH = 3 * CLAUSE_WINDOW
_PLACE_OPENERS = frozenset("in at near of from outside inside the".split())
_LONGEST_DATE = 16  # words of the longest date with its time ("at 12:21 a.m. on Saturday, March 8")
_SEPARATORS = frozenset("and but while when which who that since after before until".split())
_CLAUSE_MARKS = frozenset(",;:|()\u2014")
# a time of day joined to the date after it by "on"
_TIME_OF_DAY = re.compile(
    r"(?i:\b(?:(?:around|about|approximately|shortly\s+(?:before|after))\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|(?<=\d\d)(?<=[:.]\d\d))"
    r"(?:\s+(?:local\s+time|gmt|utc))?,?\s+on\s+)\Z"
)
# "late Thursday night", "early on Sunday": the part of the day is the date's own word
_PART_OF_DAY = re.compile(r"(?i:\b(?:late|early)\s+(?:on\s+)?)\Z")
SUBJECT_WINDOW = 8  # words between a cue and one of the fact's subjects, when it names some
DETERMINERS = frozenset("the our their these those its his her other".split())
INFINITIVE = (("to", "be"), ("will", "be"), ("would", "be"), ("to", "have", "been"))
# verbs that report words: a date right after one ("said on Monday", "told reporters Tuesday")
# or right before one ("police on Monday said") dates the report
REPORTING = frozenset(
    (
        "said says say told tells announced announces stated added adds tweeted wrote writes "
        "declared explained insisted testified confirmed confirms briefed"
    ).split()
)
# a date this many calendar years or more from the fact's is of another time: a report may
# misdate its event by days, or by a year or two (a caption's "April 14, 2016" for 2014), not by
# a decade ("when a boy fell into the gorilla den at Brookfield Zoo in 1996")
OTHER_YEARS = 10
REPORT_REACH = 5  # words between a reporting verb and the date it takes ("said in a statement on")


def compile_date(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, DateSpec)
    cues = Cues(spec.cues)
    subjects = frozenset(word.lower() for word in spec.subjects)
    # a subject is a token's whole lower case; when each is a plain word, it is one of the
    # text's words too, and a text without any has no cue that can carry the date
    plain_subjects = all(word.isascii() and word.isalnum() for word in subjects)
    expected = spec.value
    declared = _declared(spec.aliases)

    def check(doc: Document) -> Verdict:
        supports: list[Hit] = []
        conflicts: list[Hit] = []
        context: list[Hit] = []
        unresolved = False
        quotes: _Quotes | None = None  # read when a relative date first needs them
        anchor = doc.source.date
        if subjects and plain_subjects and subjects.isdisjoint(doc.words):
            return decide(fact, doc)
        for start, end in cues.sentences(doc):
            exprs = _exprs(doc, start, end, declared)
            if not exprs:
                continue  # most cue sentences hold no date: found before tokenising them
            tokens = doc.tokens_between(start, end)
            # the words of a motive, their cues and dates, are another event's ("the bombing was
            # revenge for air strikes on Monday that killed 30")
            motive = motives(doc, start, end)
            if motive:
                exprs = [e for e in exprs if not any(a <= e.start < b for a, b in motive)]
            spans = [
                s
                for s in cues.positions(tokens)
                if _dates_the_event(tokens, s, subjects)
                and not any(a <= tokens[s[0]].start < b for a, b in motive)
            ]
            if not spans or not exprs:
                continue
            cue_tokens = {i for a, b in spans for i in range(a, b + 1)}
            exprs = [
                e
                for e in exprs
                if not _bounds_a_period(doc.text, tokens, spans, e)
                or _offset(doc.text, tokens, e, spans) is not None  # "by Sunday, a day after"
            ]
            for expr, (first, last), loose in _attached(doc, tokens, spans, exprs):
                verb = _reporting_verb(tokens, first, last, cue_tokens)
                if expr.is_relative:
                    quotes = quotes or _Quotes(doc.text)
                    if quotes.inside(expr.start):
                        note = (
                            f"{expr.text!r} is quoted speech: it counts from when the words were "
                            "said, which the source does not give"
                        )
                        unresolved = True
                        context.append(
                            Hit(start=expr.start, end=expr.end, value=expr.text, note=note)
                        )
                        continue
                resolved = expr.resolve(anchor)
                ahead = (
                    expr.resolve_ahead(anchor)
                    if anchor is not None and future_before(doc, tokens, first)
                    else None
                )
                if ahead is not None:
                    # a bare month or weekday after "will" is ahead ("will burn up sometime in
                    # March"): it may support the fact, never contradict it (a plan)
                    said = ahead.describe()
                    if ahead.agrees_with(expected):
                        note = f"{expr.text!r}, in a predicate ahead ('will'), is the next {said}"
                        supports.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
                    else:
                        note = f"{expr.text!r} looks forward, often to another event"
                        context.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
                    continue
                offset = _offset(doc.text, tokens, expr, spans)
                if offset is not None:
                    days, words = offset
                    moved = resolved.shifted(days)
                    if moved is None:  # "in May, two days after ...": no day to count from
                        note = f"{expr.text!r} dates another moment, {words} the event"
                        context.append(
                            Hit(start=expr.start, end=expr.end, value=expr.text, note=note)
                        )
                        continue
                    resolved = moved
                agrees = resolved.agrees_with(expected)
                said = resolved.describe()
                if offset is not None:
                    said = f"{said} ({expr.text!r}, {offset[1]})"
                if agrees is None:
                    note = f"{expr.text!r} cannot be dated: the source carries no date of its own"
                    unresolved = True
                    context.append(Hit(start=expr.start, end=expr.end, value=expr.text, note=note))
                elif agrees:
                    supports.append(
                        Hit(start=expr.start, end=expr.end, value=said, note=_how(expr, resolved))
                    )
                elif verb is not None:
                    note = f"{expr.text!r} dates the report ({verb!r}), not the event"
                    context.append(Hit(start=expr.start, end=expr.end, value=expr.text, note=note))
                elif loose:
                    note = f"{expr.text!r} dates a 'when' clause, which may name an earlier event"
                    context.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
                elif (expr.period or "").startswith("next "):
                    # a plan ("will recall ... next month", "a funeral will be held next week")
                    # may support the event's date, never contradict it
                    note = f"{expr.text!r} looks forward, often to another event"
                    context.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
                elif (
                    resolved.year is not None and abs(resolved.year - expected.year) >= OTHER_YEARS
                ):
                    note = f"{expr.text!r} is of another time, years from {expected.isoformat()}"
                    context.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
                else:
                    note = (
                        f"the source dates the event {said} ({expr.text!r}), "
                        f"not {expected.isoformat()}"
                    )
                    conflicts.append(Hit(start=expr.start, end=expr.end, value=said, note=note))
        omission = "unresolved-date" if unresolved else "not-stated"
        return decide(
            fact,
            doc,
            supports=supports,
            conflicts=conflicts,
            context=context,
            omission_reason=omission,
        )

    return check


def date_needles(spec: DateSpec) -> list[tuple[frozenset[str], ...]]:
    """What a text must have for a date fact to be more than an evidence-free omission there:
    for one of its alternatives, a word of each of its sets: every word of a cue (see
    :func:`cue_alternatives`), and one of the ``subjects`` when each is a plain word (see the
    checker's first test)."""
    subjects = frozenset(word.lower() for word in spec.subjects)
    plain = bool(subjects) and all(word.isascii() and word.isalnum() for word in subjects)
    return [(*cue, subjects) if plain else cue for cue in cue_alternatives(spec.cues)]


def _declared(aliases: tuple[tuple[str, Period], ...]) -> list[tuple[re.Pattern[str], Period]]:
    return [(re.compile(phrase_pattern(phrase), re.IGNORECASE), day) for phrase, day in aliases]


def _exprs(
    doc: Document, start: int, end: int, declared: list[tuple[re.Pattern[str], Period]]
) -> list[DateExpr]:
    """The date expressions of a sentence: the file's declared names first, then the built-in
    ones that do not overlap them (a declared "Independence Day" wins over 4 July), but for a
    built-in one that holds a declared name and says more ("New Year's Eve 2015")."""
    found = [
        at_night(  # "in the early hours of Thursday": the night before may be meant
            doc.text,
            DateExpr(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                year=day.year,
                month=day.month,
                day=day.day,
            ),
        )
        for pattern, day in declared
        for m in pattern.finditer(doc.text, start, end)
    ]
    built_in = doc.dates_in(start, end)
    # a built-in expression that holds a declared name and says more wins over it: "New Year's
    # Eve 2015" is 2015's, whatever the file's "New Year's Eve" is
    found = [
        e
        for e in found
        if not any(
            b.start <= e.start and e.end <= b.end and b.end - b.start > e.end - e.start
            for b in built_in
        )
    ]
    taken = [(e.start, e.end) for e in found]
    found += [
        expr for expr in built_in if not any(expr.start < b and a < expr.end for a, b in taken)
    ]
    return sorted(found, key=lambda expr: expr.start)


class _Quotes:
    """The double quotes of a text, read once: a place after an odd number of them in its
    paragraph is inside quoted words. A quotation may run over several sentences ('"We are
    safe. The fire was put out this morning," the chief said.'), never over a line break."""

    def __init__(self, text: str) -> None:
        self._quotes = [m.start() for m in _QUOTE.finditer(text)]
        self._lines = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def inside(self, at: int) -> bool:
        line = self._lines[bisect.bisect_right(self._lines, at) - 1]
        before = bisect.bisect_left(self._quotes, at) - bisect.bisect_left(self._quotes, line)
        return before % 2 == 1


_QUOTE, _LINE_BREAK = re.compile('"'), re.compile("\n")


def _how(expr: DateExpr, resolved: DateExpr) -> str:
    if resolved is expr:
        return f"{expr.text!r} agrees at the precision it gives"
    return f"{expr.text!r} resolves to {resolved.describe()} against the source's date"


def _dates_the_event(tokens: list[Token], span: tuple[int, int], subjects: frozenset[str]) -> bool:
    """Whether a cue occurrence can carry the event's date.

    Not in a passive infinitive or future ("to be released": not yet), not as a participle
    after a determiner ("our abducted girls": a description); and, when the fact names
    subjects, not with another object ("released a video") and only with one of them near
    ("the girls were released"). Without subjects any object will do ("indicted a girl").
    """
    first, last = span
    before = tuple(t.lower for t in tokens[max(0, first - 3) : first])
    if any(before[-len(words) :] == words for words in INFINITIVE if len(before) >= len(words)):
        return False
    word = tokens[first].lower
    if word.endswith("ed") and before and before[-1] in DETERMINERS:
        return False
    if not subjects:
        return True  # the file does not say what the cue acts on: any object will do
    following = [t.lower for t in tokens[last + 1 : last + 3]]
    if following[:1] in (["a"], ["an"]) and not (set(following[1:]) & subjects):
        return False
    nearby = [t.lower for t in tokens[max(0, first - SUBJECT_WINDOW) : last + 1 + SUBJECT_WINDOW]]
    return any(word in subjects for word in nearby) or any(
        tuple(nearby[i : i + len(words)]) == words
        for words in _phrases(subjects)
        for i in range(len(nearby) - len(words) + 1)
    )


def _phrases(subjects: frozenset[str]) -> list[tuple[str, ...]]:
    """The subjects of several words ("Kuala Lumpur", "Las Vegas"), as token sequences."""
    return [tuple(subject.split()) for subject in subjects if " " in subject]


def _attached(
    doc: Document, tokens: list[Token], spans: list[tuple[int, int]], exprs: list[DateExpr]
) -> list[tuple[DateExpr, tuple[int, int], bool]]:
    """The date expressions that date a cue occurrence, with their first and last token, and
    whether only a "when" clause ties them (see :func:`_when_clause`).

    A date is near a cue within ``WINDOW`` words, or within ``CLAUSE_WINDOW`` in one clause. A
    cue with a date in its own clause takes none from across a clause boundary.
    """
    starts = [token.start for token in tokens]
    placed = []
    for expr in exprs:
        begin = _time_before(doc, tokens[0].start if tokens else expr.start, expr)
        first = bisect.bisect_left(starts, begin)
        last = bisect.bisect_left(starts, expr.end) - 1
        if first <= last:
            placed.append((expr, (first, last)))
    placed.sort(key=lambda item: item[1][0])
    firsts = [where[0] for _, where in placed]
    taken: dict[int, tuple[DateExpr, tuple[int, int]]] = {}
    near_a_cue: set[int] = set()  # dates tied to a cue otherwise than by a "when" clause
    headline = bool(placed) and _headline(doc.text, tokens)  # read once for the sentence
    for cue_first, cue_last in spans:
        # only the dates that start within reach of the cue are tried: each costs the words
        # between, so a long sentence of cues and dates costs its length, not its square
        low = bisect.bisect_left(firsts, cue_first - _REACH - 1 - _LONGEST_DATE)
        high = bisect.bisect_right(firsts, cue_last + _REACH + 1)
        near = []
        past_modal: set[int] = set()  # dates with a modal verb between them and the cue
        tight = False  # a date right by the cue ("Took off in 2018"), with no modal between
        for expr, (first, last) in placed[low:high]:
            if (
                expr.named is not None
                and _names_a_thing(doc, tokens, last) not in (None, cue_first)
                and _complement_of(doc, tokens, first)
            ):
                continue  # "organizers of Berlin's annual New Year's Eve party": its day alone
            if cue_first > last:
                left, right = last, cue_first
            elif cue_last < first:
                left, right = cue_last, first
            else:
                continue
            gap = _words_between(doc, tokens, left, right, headline)
            one = gap <= CLAUSE_WINDOW and _one_clause(doc, tokens, left, right)
            if (gap <= WINDOW or one) and gap <= CLAUSE_WINDOW:
                near.append((one, expr, (first, last)))
                near_a_cue.add(expr.start)
                if one and _modal_between(tokens, left, right, headline):
                    past_modal.add(expr.start)
                elif gap <= 1 and one:
                    tight = True
            elif (
                cue_first > last
                and gap <= CLAUSE_WINDOW
                and _fronted(doc, tokens, first, last, cue_first)
            ):
                near.append((True, expr, (first, last)))  # "In late March, a station named ..."
                near_a_cue.add(expr.start)
            elif cue_first > last and _offset(doc.text, tokens, expr, spans) is not None:
                near.append((True, expr, (first, last)))  # "on Sunday, a day after it fell"
                near_a_cue.add(expr.start)
            elif cue_first > last and _when_clause(doc, tokens, last, cue_first):
                near.append((True, expr, (first, last)))  # "on Saturday when the boy fell"
            elif cue_last < first and _when_after(doc, tokens, cue_last, first):
                near.append((True, expr, (first, last)))  # "boarded ... when they returned on"
        # a cue dated by its own possessive ("Friday's test") takes no other date: "Friday's
        # test follows a statement on Wednesday" dates the statement on Wednesday
        # the cue's own modal ("and will land in Honolulu ... on December 31st"): a date before
        # it is another predicate's when one follows the cue, in its own clause or with none
        # before it in that clause ("On May 19 Prince Harry will marry Meghan Markle, whom he
        # met in July 2016" keeps May 19)
        modal = _own_modal(tokens, cue_first, headline)
        if modal is not None and any(
            where[0] > cue_last and (one or not any(o and w[1] < modal for o, _, w in near))
            for one, _, where in near
        ):  # (only a date after it in its own clause, or none before it in its clause)
            near = [item for item in near if item[2][1] > modal]
        if tight and past_modal:
            # a modal opens a predicate with a time of its own: in "Flight That Took off in
            # 2018 Will Land in 2017", 2017 is no date of the take-off, which has its own
            near = [(one and e.start not in past_modal, e, where) for one, e, where in near]
        mine = [item for item in near if item[2][1] == cue_first - 1 and _possessive(tokens, item)]
        own = any(one for one, _, _ in near)
        for one, expr, where in mine or near:
            if one or not own or mine:
                taken.setdefault(expr.start, (expr, where))
    return [(*taken[at], at not in near_a_cue) for at in sorted(taken)]


def _offset(
    text: str, tokens: list[Token], expr: DateExpr, spans: list[tuple[int, int]]
) -> tuple[int, str] | None:
    """The days to add to a date for the moment a phrase right after it tells of: "By Sunday
    afternoon, a day after the gorilla was shot dead, ..." dates the shooting on Saturday
    ("two days after" -2, "a week before" +7). Only for cues inside that phrase (up to its
    closing punctuation), when no cue stands after it or right before the date: in "On
    Sunday, a day after the vote, gunmen attacked a polling station" Sunday is the attack's,
    and in "was shot dead on Friday, a day before the zoo reopened" the shooting's."""
    found = _OFFSET.match(text, expr.end)
    if found is None:
        return None
    close = _PHRASE_END.search(text, found.end(), tokens[-1].end)
    end = close.start() if close else tokens[-1].end
    starts = [tokens[first].start for first, _ in spans]
    if not any(found.end() <= at < end for at in starts) or any(at >= end for at in starts):
        return None
    before = [last for _, last in spans if tokens[last].end <= expr.start]
    if before and expr.start - tokens[before[-1]].end <= _OFFSET_REACH:
        return None
    amount, unit, direction = found.group("amount", "unit", "direction")
    days = (_AMOUNTS.get(amount.lower()) or int(amount)) * (7 if unit.startswith("week") else 1)
    words = f"{amount} {unit} {direction}"
    return (-days if direction.lower() == "after" else days), words


_PHRASE_END = re.compile(r"[,;:.!?\u2014\u2013]|\s-\s")
_AMOUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_OFFSET = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:just\s+|only\s+)?(?P<amount>a|one|the|two|three|four|five|six|\d)\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<direction>after|before)\b",
    re.IGNORECASE,
)
_OFFSET_REACH = 60  # characters between a cue before the date and the date


def _bounds_a_period(
    text: str, tokens: list[Token], spans: list[tuple[int, int]], expr: DateExpr
) -> bool:
    """Whether the date follows "since", "until" or "till": it bounds a period and dates no
    event ("their first title since 1908"), unless a cue ends with that word right before it
    (a file that asks for it: ``cues: [title since]``)."""
    found = PERIOD_BOUND.search(text, max(0, expr.start - 16), expr.start)
    if found is None:
        return False
    word = found.start(1)
    return not any(tokens[last].start == word for _, last in spans)


def _possessive(tokens: list[Token], item: tuple[bool, DateExpr, tuple[int, int]]) -> bool:
    """Whether a date ends in a possessive ("Friday's", "Monday's")."""
    return tokens[item[2][1]].text.endswith(("'s", "\u2019s"))


def _words_between(
    doc: Document, tokens: list[Token], left: int, right: int, headline: bool
) -> int:
    """The words between tokens ``left`` and ``right``, a place's name of several words after a
    preposition or "the" counting as one: "struck at the German Consulate in the northern hub
    of Mazar-i-Sharif", "in Las Vegas, near the Mandalay Bay Resort and Casino" (a lower-case
    "and" or "of" between two capitalised words stays in the name). A name ends at any
    punctuation ("in Las Vegas, President Donald Trump" is three words and more), and none is
    read in a line of title case, a headline ("Fire At Grenfell Tower: Residents Of ..."), nor
    across a clause word ("... of Paris, which reopened on Sunday"): there each token is a word."""
    words, index = 0, left + 1
    collapse = not headline and not any(
        tokens[i].lower in _SEPARATORS
        and not (tokens[i - 1].text[:1].isupper() and tokens[i + 1].text[:1].isupper())
        for i in range(left + 1, right)
    )
    while index < right:
        words += 1
        opener = tokens[index - 1].lower in _PLACE_OPENERS
        index += 1
        if not (collapse and opener and tokens[index - 1].text[:1].isupper()):
            continue
        while (
            index < right
            and _joined(doc.text, tokens, index - 1, index)
            and (
                tokens[index].text[:1].isupper()
                or (
                    tokens[index].text in ("and", "of")
                    and index + 1 < right
                    and _joined(doc.text, tokens, index, index + 1)
                    and tokens[index + 1].text[:1].isupper()
                )
            )
        ):
            index += 1
    return words


def _names_a_thing(doc: Document, tokens: list[Token], last: int) -> int | None:
    """The token of the noun a named day describes, when one follows it ("a New Year's Eve
    party", "the Christmas Day attack", "on New Year's Eve patrol"): a word in lower case right
    after the day, no function word, part of the day or verb. Such a day dates that noun, not
    the sentence's verb: "has criticized organizers of Berlin's annual open-air New Year's Eve
    party" does not date the criticism."""
    noun = last + 1
    if noun >= len(tokens) or doc.text[tokens[last].end : tokens[noun].start] != " ":
        return None
    word = tokens[noun].text
    if not (word.isalpha() and word.islower()) or word in _NOT_A_NOUN or word.endswith("ed"):
        return None
    return noun


def _complement_of(doc: Document, tokens: list[Token], first: int) -> bool:
    """Whether the noun phrase that holds the date at token ``first`` is the complement of
    another noun, after "of" ("organizers of Berlin's annual open-air New Year's Eve party"),
    walking back over its describing words; not a phrase after another preposition ("at a New
    Year's Eve party", "during Thanksgiving dinner") or the subject ("The Christmas Day attack
    killed nine"), which set the scene of the clause."""
    for index in range(first - 1, max(-1, first - 7), -1):
        if doc.text[tokens[index].end : tokens[index + 1].start].strip():
            return False  # punctuation: the phrase starts here
        word = tokens[index].lower
        if word == "of":
            return True
        if word in DETERMINERS or word in ("a", "an"):
            continue  # "organizers of the New Year's Eve party"
        if word in _BEFORE_A_NOUN or word in _SEPARATORS or word in REPORTING:
            return False
    return False


def _fronted(doc: Document, tokens: list[Token], first: int, last: int, cue: int) -> bool:
    """Whether a date opens its sentence, closed by a comma, and dates the clause after it, in
    which the cue at token ``cue`` stands: "Sometime in late March of next year, a Chinese space
    station named Tiangong-1 is going to fall back down to Earth". Only a preposition or an
    adverb of time may come before the date; the clause after the comma runs to the cue, with
    no reporting verb before it."""
    if first > 3 or any(token.lower not in _FRONT for token in tokens[:first]):
        return False
    if last + 1 >= cue or doc.text[tokens[last].end : tokens[last + 1].start] != ", ":
        return False
    # the date is the first predicate's: not a cue in what a reporting verb reports ("Last
    # week, authorities announced the tanker was seized in November")
    if any(token.lower in _REPORTS for token in tokens[last + 1 : cue]):
        return False
    # ... and only the clause's predicate: a cue that is a noun, after a determiner or a
    # preposition, belongs to another verb's phrase ("On Sunday, mourners gathered at the
    # church hit by the attack")
    if tokens[cue - 1].lower in _BEFORE_A_NOUN and tokens[cue - 1].lower != "to":
        return False
    return _one_clause(doc, tokens, last + 1, cue)


_REPORTS = REPORTING | frozenset(
    "claimed claims reported reports revealed disclosed admitted acknowledged conceded denied "
    "warned".split()
)
_FRONT = frozenset("sometime some time in on at early late by during around".split())


def _joined(text: str, tokens: list[Token], left: int, right: int) -> bool:
    """Whether only spaces stand between two tokens, or the comma of a place."""
    between = text[tokens[left].end : tokens[right].start]
    return between.isspace() or (between == ", " and _place_comma(text, tokens, left, len(tokens)))


def _place_comma(text: str, tokens: list[Token], left: int, stop: int) -> bool:
    """Whether the comma after token ``left`` joins a place to its region: "in Baoding, Hebei
    province on Sunday": a capitalised word on either side, and a word for a region after the
    second. Not "in Orlando, Florida on Tuesday ordered flags flown" nor "in Las Vegas,
    President Donald Trump said": a capitalised word after a place's comma may open the main
    clause."""
    right = left + 1
    if right + 1 >= min(len(tokens), stop + 1):
        return False
    if text[tokens[left].end : tokens[right].start] != ", ":
        return False
    if not (tokens[left].text[:1].isupper() and tokens[right].text[:1].isupper()):
        return False
    return tokens[right + 1].lower in _REGIONS


# the words for a region after its name: "Hebei province", "Rakhine state"
_REGIONS = frozenset("province state county region district prefecture governorate".split())


def future_before(doc: Document, tokens: list[Token], first: int) -> bool:
    """Whether the date at token ``first`` belongs to a predicate of "will": walking back, the
    verb "will" (in lower case, not the noun of "her will", "the will of voters") comes before
    any punctuation, clause word, reporting verb, auxiliary or other verb ("will spectacularly
    burn up in the atmosphere sometime in March"; not "will be sentenced for a robbery
    committed on Friday", "who will turn 40, was arrested on Monday"). Not a date said "last
    March" or "the Christmas Day attack" (a determiner or possessive before it names a thing
    that was), nor one past a preposition that opens a noun's complement ("is set to question a
    man over the hit-and-run in March", "intends to compensate residents for damage from the
    flood in June"): such a date is a past event's."""
    if first and tokens[first - 1].lower in _NAMES_A_THING:
        return False
    for index in range(first - 1, -1, -1):
        token = tokens[index]
        if doc.text[token.end : tokens[index + 1].start].strip():
            return False  # punctuation between: another clause
        word = token.lower
        if word == "to" and _future_frame(tokens, index):
            return True
        if token.text == "will":
            before = tokens[index - 1].lower if index else ""
            after = tokens[index + 1].lower
            return before not in _OWNERS and after not in _PREPOSITIONS_AFTER_WILL
        if word == "be" and index and tokens[index - 1].text == "will":
            continue  # "will be on patrol on New Year's Eve"
        if (
            # (a capitalised word after the preposition is a place's name, "from Cape
            # Canaveral in January", unless it is the date itself: "over Friday's shooting")
            (
                word in _COMPLEMENT
                and not (tokens[index + 1].text[:1].isupper() and index + 1 < first)
            )
            or word in _SEPARATORS
            or word in REPORTING
            or word in _ANOTHER_PREDICATE
            or word.endswith(("ed", "ing"))
            or word in _IRREGULAR_PAST
        ):
            return False
    return False


def _future_frame(tokens: list[Token], to: int) -> bool:
    """Whether the "to" at token ``to`` opens a predicate ahead as "will" does: after a present
    form of "be" and a word of a plan or expectation ("is expected to", "are set to", "is going
    to"), or after a present verb of intent ("plans to", "aims to"); not in the past ("was
    expected to": a plan then, maybe changed since)."""
    if to < 1 or to + 1 >= len(tokens) or not _a_verb_after(tokens[to + 1].text):
        return False  # "is due to the strike", "are going to families of the victims"
    word = tokens[to - 1].lower
    if word in _INTENDS:  # the verb, not the noun: not "ended his hopes to play"
        return to < 2 or tokens[to - 2].lower not in _OWNERS
    return word in _EXPECTED and to >= 2 and tokens[to - 2].lower in _PRESENT_BE


def _a_verb_after(word: str) -> bool:
    """Whether a word after "to" may be a verb's bare form: in lower case, no determiner or
    pronoun, and no plural ("to families"), but for verbs ending in "ss" or "us" ("discuss")."""
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_A_VERB
        and (not word.endswith("s") or word.endswith(("ss", "us")))
    )


_NOT_A_VERB = DETERMINERS | frozenset(
    "a an this that these those some any all every each no my your his her its our their him "
    "them us me it".split()
)
# a preposition that opens a noun's complement: a date after it is that noun's
_COMPLEMENT = frozenset("over for of from about against after than since".split())
# before a date, words that make it a thing's: "last March", "the Christmas Day attack"
_NAMES_A_THING = DETERMINERS | frozenset("a an last past this that".split())


_EXPECTED = frozenset(
    "expected due set scheduled slated poised going likely forecast predicted projected".split()
)
_PRESENT_BE = frozenset("is are am 's now still also".split())
_INTENDS = frozenset("plans aims intends expects hopes".split())
_OWNERS = frozenset("the a her his their its my your our of free".split())
_PREPOSITIONS_AFTER_WILL = frozenset("on in at of to for from by with".split())
_IRREGULAR_PAST = frozenset(
    "fell held took set lost began went came made left hit struck found told gave ran won "
    "sent led saw met kept put shot".split()
)


def _headline(text: str, tokens: list[Token]) -> bool:
    """Whether a sentence is a headline in title case, whose capitals name nothing: five words
    or more, most of them capitalised, and no full stop after the last."""
    words = [token.text for token in tokens if token.text[:1].isalpha()]
    if len(words) < 5 or 2 * sum(word[0].isupper() for word in words) <= len(words):
        return False
    end = tokens[-1].end
    return not text[end : end + 2].lstrip(" \t\"'").startswith((".", "!", "?"))


def _time_before(doc: Document, sentence_start: int, expr: DateExpr) -> int:
    """Where the date's words start, with a time of day said before it ("at around 11pm local
    time on Thursday evening", "at 12:21 a.m. on Saturday, March 8"): one expression, whose
    distance to a cue counts from its time."""
    start = max(sentence_start, expr.start - 60)
    found = _TIME_OF_DAY.search(doc.text, start, expr.start) or _PART_OF_DAY.search(
        doc.text, start, expr.start
    )
    return found.start() if found else expr.start


def _when_clause(doc: Document, tokens: list[Token], date_last: int, cue: int) -> bool:
    """Whether the cue at token ``cue`` stands in a "when" clause right after the date that
    ends at ``date_last``, which says what happened then: "occurred Saturday afternoon when
    the boy crawled through a barrier and fell into the moat", "on Friday, when gunmen
    stormed the hall" (the clause runs to its first punctuation); not a cue the clause names as
    a noun ("when they paid tribute to the victims of the attack"). Such a date may support
    the fact, never contradict it: the clause may still tell of another moment."""
    when = date_last + 1
    if when < len(tokens) and tokens[when].lower in _PARTS_OF_DAY:
        when += 1  # "Saturday afternoon when"
    if when >= cue or tokens[when].lower != "when":
        return False
    if tokens[cue - 1].lower in _BEFORE_A_NOUN:
        return False  # "when they arrested a man suspected of helping plan the attack"
    if doc.text[tokens[when - 1].end : tokens[when].start].strip() not in ("", ","):
        return False
    return not (set(doc.text[tokens[when].end : tokens[cue].start]) & _CLAUSE_MARKS)


def _when_after(doc: Document, tokens: list[Token], cue: int, date_first: int) -> bool:
    """Whether the date starting at token ``date_first`` stands in a "when" clause that follows
    the cue at token ``cue`` in its sentence, which says what happened at the cue's moment: "The
    authorities boarded the Lighthouse Winmore and questioned its crew members when they
    returned to Yeosu on Nov. 24". Up to ``CLAUSE_WINDOW`` words from the cue to "when", with
    no punctuation, no word that opens another clause but "and", and no pronoun or auxiliary
    that starts another predicate between ("the record she set when ..."); up to
    ``CLAUSE_WINDOW`` words of the clause, with none, before the date. Such a date may support
    the fact, never contradict it: the clause may tell of another moment."""
    when = next(
        (
            i
            for i in range(cue + 1, min(date_first, cue + 2 + CLAUSE_WINDOW))
            if tokens[i].lower == "when"
        ),
        None,
    )
    if when is None or date_first - when - 1 > CLAUSE_WINDOW:
        return False
    between = {t.lower for t in tokens[cue + 1 : when]}
    if between & (_SEPARATORS - {"and"}) or between & _ANOTHER_PREDICATE:
        return False  # "the record she set when ...", "and was still there when ..."
    if {t.lower for t in tokens[when + 1 : date_first]} & _SEPARATORS:
        return False
    return not (set(doc.text[tokens[cue].end : tokens[date_first].start]) & _CLAUSE_MARKS)


# words that start another predicate between a cue and a "when": its clause is theirs
_ANOTHER_PREDICATE = frozenset(
    "he she it they we i you was were is are be been had has have did do does".split()
)
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
# a cue right after these is a noun the clause names, not what happened then
_BEFORE_A_NOUN = DETERMINERS | frozenset("a an of for to into about in on at by with".split())


def _one_clause(doc: Document, tokens: list[Token], left: int, right: int) -> bool:
    """Whether nothing between two tokens starts another clause: no punctuation between words
    (a hyphen inside a word is no break, nor the comma of a place, see :func:`_place_comma`)
    and no conjunction or relative word."""
    between = "".join(
        doc.text[tokens[i].end : tokens[i + 1].start]
        for i in range(left, right)
        if not _place_comma(doc.text, tokens, i, right)
    )
    words = {t.lower for t in tokens[left + 1 : right]}
    dash = " -" in between or "- " in between
    return not (set(between) & _CLAUSE_MARKS) and not dash and not (words & _SEPARATORS)


def _modal_between(tokens: list[Token], left: int, right: int, headline: bool) -> bool:
    """Whether a modal verb stands between two tokens, written in lower case, or capitalised
    in a headline ("Theresa May", "Will Smith" and "Can Dundar" are names)."""
    return any(
        token.lower in _MODALS and (headline or token.text.islower())
        for token in tokens[left + 1 : right]
    )


_MODALS = frozenset("will would shall should can could may might must".split())


def _own_modal(tokens: list[Token], cue_first: int, headline: bool) -> int | None:
    """The token of a modal verb right before the cue, or before "be" or "have" before it
    ("will land", "would be buried", "could have exploded"), in lower case or in a headline."""
    for at in (cue_first - 1, cue_first - 2):
        if at < 0:
            return None
        token = tokens[at]
        if token.lower in _MODALS and (headline or token.text.islower()):
            return at
        if token.lower not in ("be", "have", "not"):
            return None
    return None


def _reporting_verb(tokens: list[Token], first: int, last: int, cue_tokens: set[int]) -> str | None:
    """The reporting verb a date is tied to, if any: one at most ``REPORT_REACH`` words before
    it with no cue between ("said in a statement on Monday"), or right before the date's
    subject's verb ("police on Monday said"). A cue is never a reporting verb, and a date
    with a possessive ("Monday's blast") belongs to its noun."""
    if tokens[last].text.endswith("'s"):
        return None
    for index in range(first - 1, max(-1, first - 2 - REPORT_REACH), -1):
        if index in cue_tokens:
            break
        if tokens[index].lower in REPORTING:
            return tokens[index].text
    verb = _report_setting(tokens, first, cue_tokens)
    if verb is not None:
        return verb
    after = tokens[last + 1 : last + 2]
    if after and after[0].lower in REPORTING and last + 1 not in cue_tokens:
        return after[0].text
    # a noun of reporting right before the date (or before "on" and it), when what it reports
    # follows as reported speech: "after reports last week that South Korean authorities
    # seized the ship", "In a statement on Friday, police said ..."; not "reports on Sunday
    # of gunfire" (the report of the event, when it happened), nor a cue's own report
    before = first - 2 if first >= 2 and tokens[first - 1].lower == "on" else first - 1
    if before < 0 or tokens[before].lower not in REPORTING_NOUNS or before in cue_tokens:
        return None
    if any(tokens[i].lower in REPORTING or tokens[i].lower in REPORTING_NOUNS for i in cue_tokens):
        return None
    following = [t.lower for t in tokens[last + 1 : last + 4]]
    if following[:1] == ["that"] or any(word in REPORTING for word in following):
        return tokens[before].text
    return None


def _report_setting(tokens: list[Token], first: int, cue_tokens: set[int]) -> str | None:
    """The reporting verb before the date at token ``first`` when only the words of where or
    how the report was made stand between: "said in a statement on Facebook on New Year's
    Day", "told a news conference in Abuja on Thursday" (a name after a preposition, and
    words of a statement, a post, a briefing...). Not "said gunmen opened fire in Orlando on
    Saturday": the words of an event stand between."""
    index = first - 1
    while index >= 0 and first - index <= REPORT_REACH + 6 and index not in cue_tokens:
        word = tokens[index]
        if word.lower in REPORTING:
            return word.text
        named = (
            word.text[:1].isupper()
            and word.lower not in _DATE_NAMES
            and index > 0
            and tokens[index - 1].lower in _PREPOSITIONS
        )
        if not (named or word.lower in _REPORT_SETTING or word.lower in _PREPOSITIONS):
            return None
        index -= 1
    return None


_PREPOSITIONS = frozenset("on in to via at".split())
# the words of where or how a report was made
_REPORT_SETTING = frozenset(
    (
        "a an the its his her their statement post posted message tweet video letter "
        "speech news conference briefing interview reporters press release broadcast "
        "television radio website"
    ).split()
)
_DATE_NAMES = frozenset(name.lower() for name in (*MONTH_NAMES, *WEEKDAYS))


REPORTING_NOUNS = frozenset(
    "report reports statement statements announcement remarks briefing interview".split()
)

# (after the sets it joins, defined above)
_NOT_A_NOUN = (
    _SEPARATORS
    | _PARTS_OF_DAY
    | REPORTING
    | _IRREGULAR_PAST
    | _MODALS
    | DETERMINERS
    | frozenset(
        "a an of in on at to for from by with as is are was were be been has have had do does "
        "did this last next eve day night morning and or but so yet".split()
    )
)
