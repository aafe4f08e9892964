"""``quantity`` facts: a count bound to an event cue ("3 killed", "killing three soldiers").

A count (see :mod:`factcheck.match.numbers`) counts for the fact only when it is tied to a cue
within one sentence:
- after the cue, past a few fillers: "kills 3 Turkish troops", "a bill of more than $284
  billion", "the death of three soldiers";
- before the cue, the nearest count with no conjunction between: "Three Turkish soldiers were
  accidentally killed", "11 wounded".
When the fact declares ``subjects``, a count not right next to its cue must quantify one of
them ("three soldiers", not "three days").

A tied count agrees when its interval meets the expected one. Counts that do not claim the
event's count are set aside as context, never contradictions:
- another scope: a scope marker after the cue ("66 soldiers have been killed ... since
  August") or before the count in its clause ("So far, 10 soldiers have been killed"; "since"
  there only with a comma closing its phrase). A period ("since", "this year", "cumulative")
  is wider than the event; a running count or a total ("so far", "to date", "in total", "in
  all", "altogether", "overall") may be the event's own, and supports the fact when it agrees;
- a subset: "of the 11 injured, one was badly wounded"; one member: "one of the students";
- another time: a date that frames the sentence (among its first words: "In July 2011, ...")
  or stands within 8 words of the count is of a time other than the fact's ``when`` (more than
  a week away, or another month), and no such date agrees with it; or the sentence speaks of
  "last year". The sentence right after a framed one goes on with its episode when it carries
  no date of its own ("In August 2012, a British woman ... Thanks to a technical glitch, she
  ended up being slapped with a bill for more than $42,000");
- a description, not a count: the cue is a participle describing what is counted ("21
  abducted schoolgirls freed", "21 schoolgirls abducted by Boko Haram have been released"): such
  a count may agree, but it is no claim against the fact;
- vague words: "several", "dozens", "millions of";
- another event the words name: a motive ("in retaliation for strikes that killed 30") or a
  generic statement ("An adult found guilty ... could be jailed for up to 10 years"), see
  :mod:`factcheck.match.other_event`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from factcheck.dates import DateExpr
from factcheck.match.clauses import SCOPE_MARKERS, Clauses
from factcheck.match.date import REPORTING, future_before
from factcheck.match.document import (
    Checker,
    Cues,
    Document,
    Hit,
    Token,
    decide,
    phrase_pattern,
)
from factcheck.match.numbers import (
    CURRENCY_SIGNS,
    EXACT,
    GROUPS,
    HEDGE_WORDS,
    ORDINALS,
    PERCENT_UNITS,
    Count,
    counts_in,
    may_count,
    may_hold_ordinal,
    number_value,
    ordinal_before,
)
from factcheck.match.other_event import generic, motives
from factcheck.match.role import is_demonym
from factcheck.match.units import DIMENSIONS, is_unit, singular, unit_reader
from factcheck.model import Fact, Period, QuantitySpec, Verdict

FILLERS_AFTER = HEDGE_WORDS | frozenset(
    "of on the a an all for to at as was were is are would be mere only just whopping totaling "
    "totalling worth listed showing rose risen rises climbed climbs jumped increased stood stands "
    "reached reaches".split()
)
AUXILIARIES = frozenset("was were been is are be being have has had".split())
RELATIVES = frozenset("who whom which that".split())
ATTRIBUTIVE_NEXT = frozenset("by from".split())
BREAKERS = frozenset(
    "and or but while when after before because since if although though whereas".split()
)
# words that bring a sentence back to the present: it hands no past date on to the next one
# ("... escaped in 2014, and one was found this spring. Just under 200 remain")
PRESENT_TIME = re.compile(
    r"\b(?:this (?:spring|summer|autumn|fall|winter|year|month|week)|now|today|currently)\b",
    re.IGNORECASE,
)
# ... and only a sentence with no verb of its own goes on in the year the sentence before
# dated ("Twelve people and 70 wounded."): one with its own tense speaks for itself ("Some
# girls escaped in 2014. About 200 remain unaccounted for.", "Officials said 4 were killed.")
OWN_TENSE = re.compile(
    r"\b(?:is|are|am|was|were|has|have|had|will|would|said|says|remains?|stays?|still|now|"
    r"today|currently)\b",
    re.IGNORECASE,
)

# a date after one of these bounds a period that runs on ("since March"): no past episode
BOUND_BEFORE = re.compile(r"\b(?:since|until|till|by|from)\s+(?:the\s+)?$", re.IGNORECASE)
# the words before a comparison's base: "more than last year", "up from 14 last year"
_COMPARED = frozenset("than from with as versus vs compared against".split())
OTHER_TIME = re.compile(r"\b(?:last year|months before)\b", re.IGNORECASE)
MAX_FILLERS = 5  # tokens skipped between a cue and a count after it
# "an additional 2.5 million Americans may have been affected ..., bringing the total to 145.5
# million people": the new total is a count of the same cue
TOTAL_VERBS = frozenset("bringing taking raising pushing lifting".split())
TOTAL_NOUNS = frozenset("total toll number figure tally count".split())
MAX_LOOSE = 20  # ... or other words of its clause, with a subject after the count or a toll verb
# "The death toll from a truck bombing at the consulate rose to at least six": the figure a
# count noun reaches, after the words that say whose it is
VALUE_VERBS = (
    ("rose", "to"),
    ("risen", "to"),
    ("climbed", "to"),
    ("jumped", "to"),
    ("increased", "to"),
    ("stood", "at"),
    ("stands", "at"),
    ("reached",),
    ("hit",),
    ("represents",),  # "The new bid represents $82 per Qualcomm share"
    ("represented",),
)
# a verb that measures, right after the cue: "the module weighs nearly 19,000 pounds"
MEASURE_VERBS = frozenset("weighs weighed weighing weigh measures measured measuring".split())
MAX_BEFORE = 8  # tokens from a count to the cue after it
MAX_MODIFIERS = 3  # words that describe a cue's noun after its count: "three first stage boosters"
MAX_COMPLEMENT = 3  # words of a part's "of" complement: "269 counts of wire fraud and ..."
MAX_ASIDE = 20  # tokens of an aside of what a count includes ("including ..."), passed over
FRAMING = 3  # a date among a sentence's first tokens frames it ("In August 2012, ...")
NEAR_DATE = 8  # ... or a date this close to the count dates it
MAX_SUBJECT_GAP = 3  # tokens from a count to the subject it quantifies
MAX_PARTITIVE_GAP = 7  # ... when "of" follows the count: "21 of the more than 200 schoolgirls"
SCOPE_WINDOW = 12  # tokens after the cue searched for a scope marker
EXCLUDE_WINDOW = 8  # tokens from a count or its cue to an ``exclude`` phrase that sets it aside
# "2.5 million more people", "another 12", "an additional 2.5 million": an increment, not a total
INCREMENT_BEFORE = frozenset("another additional further extra".split())
INCREMENT_AFTER = frozenset("more additional extra further".split())
# "the toll rose to 23", "bringing the total to 145.5 million": a later figure (reason revised)
REVISED = re.compile(
    r"\b(?:(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|grew|swelled|revised"
    r"(?: (?:up|down)(?:ward)?)?|raised|lowered|bringing the (?:total|toll|number|figure)"
    r"|brings the (?:total|toll|number|figure))(?: to)?)\s+$",
    re.IGNORECASE,
)
# "initially said", "originally reported": a figure given before the one the story settles on
# ("first told parliament", "earlier said ..., a figure they confirmed" are no earlier figure)
# ... in the figure's own clause: "As previously reported, 40 people were killed", "first
# reported by Reuters, which said 40" and "initially said little, but on Monday said 40" are not
EARLIER_BEFORE = re.compile(
    r"\b(?:initially|originally)\s+(?:said|reported|put|gave|"
    r"estimated|announced|stated|told|thought|believed|counted)\b"
    r"(?:\s+(?!(?:but|which|who|later|now|then)\b)[\w'-]+){0,6}\s+\Z",
    re.IGNORECASE,
)
# the words of a part that cannot be the noun of a part ("3 killed and 11 wounded" is no total)
CLAUSE_WORDS = BREAKERS | frozenset("which who whom whose that where until".split())
# "of the", "of those", "of our" ... before the group a part is taken from
GROUP_DETERMINERS = frozenset("the those these our their its his her my your".split())
PARTITIVES = frozenset("any some none most many few several each either neither one".split())

SubjectTest = Callable[[list[Token], int, int], int | None]
ORDINAL_WORDS = frozenset(ORDINALS)


def compile_quantity(fact: Fact) -> Checker:
    spec = fact.spec
    assert isinstance(spec, QuantitySpec)
    cues = Cues(spec.cues)
    subjects = _subject_words(spec.subjects)
    margin = spec.tolerance * max(abs(spec.low), abs(spec.high))
    low, high = spec.low - margin, spec.high + margin

    # a subject of several words names a total of parts ("passengers and crew")
    totals_of = [
        frozenset(w for w in words if w not in ("and", "or", "the"))
        for words in (subject.lower().split() for subject in spec.subjects)
        if len(words) > 1
    ]
    cue_words = frozenset(word for cue in spec.cues for word in cue.lower().split())
    dimension_cues = dimension_cues_of(spec)
    singular_cues = Cues(singular_cues_of(spec))
    # the nouns a hyphened figure may describe (see ``_of_another_noun``)
    fact_nouns = frozenset(
        {*subjects, *cue_words, *map(_singular_word, subjects), *map(_singular_word, cue_words)}
    )
    # a weight converted for a fact in "pounds" never conflicts (see factcheck.match.units)
    money = bool(spec.unit) and spec.unit not in CURRENCY_SIGNS and unit_reader(spec.unit).money
    # a unit whose figure may be the size of a change ("by 89 percent", "by 17 minutes")
    changes = bool(spec.unit) and (
        spec.unit.lower() in PERCENT_UNITS
        or (spec.unit not in CURRENCY_SIGNS and unit_reader(spec.unit).convertible)
    )

    @functools.cache
    def peoples() -> frozenset[str]:
        """The peoples the fact counts, when it names some ("Brits"): see ``_another_people``.
        Read only when a sentence may count another people: the table of demonyms takes a
        second to load."""
        return frozenset(word for word in subjects if is_demonym(word.capitalize()))

    exclude = (
        re.compile("|".join(phrase_pattern(p) for p in spec.exclude), re.IGNORECASE)
        if spec.exclude
        else None
    )

    def subject_at(tokens: list[Token], first: int, last: int) -> int | None:
        """The index of the first subject word in ``tokens[first..last]`` (``first - 1`` when
        the fact declares no subjects: any count will do)."""
        if not subjects:
            return first - 1
        for index in range(first, min(last, len(tokens) - 1) + 1):
            if tokens[index].lower in subjects:
                return index
        return None

    def check(doc: Document) -> Verdict:
        found: dict[str, list[Hit]] = {"support": [], "conflict": [], "context": []}
        scopes = _TimeScopes(doc, spec.when)
        dated = doc.source.date
        # "worth $140 million this year" for a fact ``when: 2017`` in an article of 2017
        own_year = bool(
            spec.when and spec.when.month is None and dated and dated.year == spec.when.year
        )
        sentences = cues.sentences(doc)
        if dimension_cues:  # and the sentences of a hyphened measure of such a dimension
            tails = doc.hyphen_tails()
            hyphened = [doc.sentence(at) for cue in dimension_cues for at in tails.get(cue, ())]
            if hyphened:
                sentences = sorted({*sentences, *hyphened})
        # ordinals are looked for only in a text that has one (of the words every fact shares)
        ordinal_text = not spec.unit and not ORDINAL_WORDS.isdisjoint(doc.words)
        if ordinal_text and singular_cues.cues:
            sentences = sorted({*sentences, *singular_cues.sentences(doc)})
        for start, end in sentences:
            numbered = may_count(doc, start, end, spec.unit)
            ordered = ordinal_text and may_hold_ordinal(doc, start, end)
            if not numbered and not ordered:
                continue
            tokens = doc.tokens_between(start, end)
            cue_spans = cues.positions(tokens)
            # an ordinal takes the cue as written or in the singular
            ordinal_spans = (
                sorted({*cue_spans, *singular_cues.positions(tokens)}) if ordered else []
            )
            hyphened_cue = bool(dimension_cues) and any(
                "-" in token.lower and token.lower.rsplit("-", 1)[-1] in dimension_cues
                for token in tokens
            )
            if not cue_spans and not ordinal_spans and not hyphened_cue:
                continue
            counts = (
                counts_in(doc, tokens, start, end, unit=spec.unit, subjects=subjects)
                if numbered
                else []
            )
            ordinals = _ordinals(tokens, ordinal_spans) if ordinal_spans else []
            if not counts and not ordinals:
                continue  # no count for a cue to take (a date, a time, a percentage)
            counts, totals, parts = _with_totals(
                doc, tokens, counts, subjects, totals_of, cue_words, bool(spec.unit)
            )
            excluded = _excluded_tokens(doc, tokens, start, end, exclude)
            sentence = _Sentence(doc, tokens, start, end, counts)
            named_here: list[bool] = []

            def named(
                tokens: list[Token], start: int = start, once: list[bool] = named_here
            ) -> bool:
                """Whether the sentence, or the one before it, names one of the subjects."""
                if not once:
                    once.append(_names_a_subject(doc, tokens, start, subject_at))
                return once[0]

            loosely: list[tuple[Count, int]] = []
            linked = [
                (count, extent, first, last)
                for first, last in cue_spans
                for count, extent in _linked(
                    doc.text,
                    tokens,
                    sentence,
                    first,
                    last,
                    subject_at,
                    totals,
                    parts,
                    named,
                    measure=bool(spec.unit),
                    loosely=loosely,
                    changes=changes,
                )
            ]
            tied = {count for count, *_ in linked}
            if hyphened_cue:
                # a hyphened measure of a dimension the cues name is its own cue, loosely: "the
                # 80m-deep well" for cue "deep" or "depth", "the 30cm-diameter well" for "wide"
                # may support the fact, never conflict with it (it may measure another thing:
                # "tangled in a 300m-long fishing line")
                for count in counts:
                    if count.dimension in dimension_cues and count not in tied:
                        linked.append((count, count.last, count.index, count.index))
                        loosely.append((count, count.index))
            for count, extent, first, last in linked + ordinals:
                if count.weight and not (
                    count.last + 1 < first <= count.last + 3 and tokens[first - 1].lower == "of"
                ):
                    # "N pounds of" something is money or a weight: it counts for a fact in
                    # "pounds" only as the weight its cue names ("5.1 million pounds of
                    # thrust" for cue "thrust"), never "1,000 pounds of food were donated"
                    continue
                words = (min(count.first, first), max(extent, last))
                target, hit = _classify(doc, tokens, count, words, last, sentence, own_year)
                if (
                    count.modifier
                    # "80m-deep well": its depth, unless the fact names what it measures
                    and (subjects or count.dimension not in dimension_cues)
                    and _of_another_noun(doc.text, tokens, count, fact_nouns)
                ):
                    target, hit = "context", _noted(hit, "the figure of another noun")
                elif count.dimension and DIMENSIONS[count.dimension].isdisjoint(fact_nouns):
                    # "a 30cm-diameter well" gives no depth: only a fact that names the
                    # dimension takes it ("deep", "depth")
                    target, hit = "context", _noted(hit, f"a measure of {count.dimension}")
                if target != "context" and _set_aside(
                    doc.text,
                    tokens,
                    excluded,
                    count,
                    first,
                    last,
                    sentence.covering,
                    None if spec.unit else tied,
                ):
                    target, hit = "context", _noted(hit, "set aside by 'exclude'")
                elif target != "context" and subjects:
                    other = _another_people(tokens, count, counts, peoples)
                    if other:
                        target, hit = "context", _noted(hit, f"a count of {other}")
                if (
                    target == "claim"
                    and count.first > last
                    and "," in doc.text[tokens[last].end : tokens[count.first].start]
                    and tokens[count.first - 1].lower != "all"
                    and _part_of_them(tokens, count)
                    and not (
                        subjects and subject_at(tokens, count.last + 3, count.last + 6) is not None
                    )
                ):
                    # "Twelve people were injured, four of them seriously": after a comma, a
                    # part of the group the cue counted ("killed 5 of them", the verb's own
                    # object, counts the killed; so do "the family, all six of them" and,
                    # for a fact's subject, "12 of them were children")
                    target, hit = "context", _noted(hit, "a part of the group before it")
                if target == "running":
                    # a running count or a total may be the event's own: it supports the
                    # fact when it agrees, and is another scope, never a conflict, when not
                    agrees = count.meets(low, high)
                    if agrees and not scopes.other_time(start, end, tokens, count):
                        target = "support"
                    elif count.ordinal:
                        target, hit = "context", _noted(hit, "an ordinal, a count so far")
                    else:
                        target, hit = "context", _noted(hit, "another scope")
                if target == "claim":
                    if scopes.other_time(start, end, tokens, count):
                        target, hit = "context", _noted(hit, "about another time")
                    elif count.meets(low, high):
                        target = "support"
                    elif _attributive(tokens, count, first, last, subject_at):
                        target, hit = "context", _noted(hit, "the cue describes, not counts")
                    elif count.country:
                        # "30,000 Egyptian pounds" for a fact in pounds: which pounds the file
                        # means, its own words do not say ("about 1,300 British pounds")
                        target, hit = "context", _noted(hit, "a currency of a country named")
                    elif any(count is tie and first == cue for tie, cue in loosely):
                        # a loose tie may support the fact, never contradict it
                        target, hit = "context", _noted(hit, "tied to the cue only loosely")
                    elif count.spread != EXACT and count.meets_within_spread(low, high):
                        # "862 tonnes" against 950 tons: the file's tons may be short ones
                        target, hit = "context", _noted(hit, "a ton may be short or long")
                    elif _another_magnitude(count, low, high, spec.unit):
                        # "$121 billion" against a price of $82 a share: no report misstates a
                        # figure a thousandfold; it measures something else
                        target, hit = "context", _noted(hit, "a figure of another magnitude")
                    elif (count.written or count.weight) and money:
                        # "the 300-kg gorilla", "300 pounds of meat" against "unit: pounds":
                        # the file's pounds may be money (see factcheck.match.units)
                        target, hit = (
                            "context",
                            _noted(hit, "a weight, and the pounds may be money"),
                        )
                    else:
                        target = "conflict"
                        said = f"the source says {count.show(spec.unit)}"
                        hit = _noted(hit, f"{said} where {fact.expected} is expected")
                        if _revised(doc, tokens, count):
                            hit = _noted(hit, "a revised figure", reason="revised")
                found[target].append(_shown(hit, count, spec.unit))
        return decide(
            fact,
            doc,
            supports=found["support"],
            conflicts=found["conflict"],
            context=found["context"],
        )

    return check


# the singular of nouns whose plural is no added "s" ("-men" is "-man": "gunmen", "servicemen")
_IRREGULAR_SINGULAR = {"people": "person", "children": "child"}


def _singular_word(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    return _IRREGULAR_SINGULAR.get(word) or singular(word)


def singular_cues_of(spec: QuantitySpec) -> tuple[str, ...]:
    """The cues an ordinal may stand before that the fact does not write: after an ordinal the
    noun is singular ("a second red flag" for the cue "red flags"). None for a measure: an
    ordinal is a count of things, never of a unit."""
    if spec.unit:
        return ()
    # a cue of one word is too often the first word of a compound in the singular ("a second
    # death threat", "a second arrest warrant"): only a cue of several words is taken so
    return tuple(
        sorted({_singular_phrase(cue) for cue in spec.cues if " " in cue.strip()} - set(spec.cues))
    )


def dimension_cues_of(spec: QuantitySpec) -> frozenset[str]:
    """The dimensions the fact's cues name, which a hyphened measure may end in: "deep" for
    cue "deep" or "depth" ("the 80m-deep well"), "diameter" for cue "wide" ("the
    30cm-diameter well"; see :data:`~factcheck.match.units.DIMENSIONS`)."""
    words = frozenset(word for cue in spec.cues for word in cue.lower().split())
    return frozenset(d for d, names in DIMENSIONS.items() if names & words)


def _singular_phrase(cue: str) -> str:
    """The cue with its last word in the singular: "red flags" -> "red flag"."""
    head, _, last = cue.rpartition(" ")
    one = _singular_word(last.lower())
    return cue if one == last.lower() else f"{head} {one}".strip()


def _ordinals(
    tokens: list[Token], cue_spans: list[tuple[int, int]]
) -> list[tuple[Count, int, int, int]]:
    """Ordinals of what the fact counts, each with its words' last token and its cue: "halted
    with a second red flag", the cue a noun right after the ordinal. Not before a verb ("About
    a third died" is a fraction) nor before another noun ("a second soldier was wounded" counts
    soldiers named, not the wounded). An ordinal says how many there were so far: it may agree
    with the fact; it never contradicts it (see :func:`_classify`)."""
    found = []
    for first, last in cue_spans:
        if tokens[last].lower.endswith(("ed", "ing")):
            continue
        count = ordinal_before(tokens, first)
        if count is not None:
            found.append((count, last, first, last))
    return found


MODIFIED_REACH = 3  # words from a hyphened figure to the noun it describes


def _in_apposition_to(text: str, tokens: list[Token], count: Count, nouns: frozenset[str]) -> bool:
    """Whether a hyphened figure standing for a noun ("a 3-year-old") is said of one of
    ``nouns``: it names a person of its own ("a 3-year-old fell") unless a comma sets it after
    the noun it describes ("The boy, a four-year-old, ..."; not "The gorilla's keeper, a
    45-year-old, said", nor "Visitors, among them a 12-year-old, saw")."""
    at = count.first - 1
    if at >= 0 and tokens[at].lower in ("a", "an", "the"):
        at -= 1
    if at < 0 or not _punctuated(text, tokens, at + 1):
        return True  # no apposition: the sentence's own words decide, as before
    return tokens[at].lower in nouns


def _of_another_noun(text: str, tokens: list[Token], count: Count, nouns: frozenset[str]) -> bool:
    """Whether a hyphened figure describes a noun the fact does not count: "a 17-year-old
    gorilla that grabbed and dragged a three-year-old boy" gives the gorilla's age, not the
    boy's; "a 38-year history" no one's age. It is the fact's when one of its cue or subject
    words stands within 3 words after it in its clause ("a 17-year-old western lowland
    gorilla"), or when it stands for a noun itself, punctuation or the sentence's end right
    after it ("the boy, a 3-year-old, ..."). The same figure in another unit, in brackets, is
    passed over: "the 400-pound (181-kg) gorilla"."""
    after = _past_brackets(text, tokens, count.last + 1)
    if after >= len(tokens) or (after == count.last + 1 and _punctuated(text, tokens, after)):
        return not _in_apposition_to(text, tokens, count, nouns)
    for index in range(after, min(after + MODIFIED_REACH, len(tokens))):
        if index > after and _punctuated(text, tokens, index):
            break
        if tokens[index].lower in nouns:
            return False
    return True


def _another_people(
    tokens: list[Token], count: Count, counts: list[Count], peoples: Callable[[], frozenset[str]]
) -> str:
    """The people of another country a count goes on counting, for a fact whose subjects name
    its own peoples (``peoples()``, "Brits"): in "an additional 2.5 million Americans may have
    been affected ..., bringing the total to 145.5 million people", an earlier count of the
    sentence counts Americans, and the total is theirs. Only a people named as a noun right
    after that count ("2.5 million Americans", not "Two French police sources"); not when the
    count's own noun is capitalised ("693,665 UK consumers") or one of the fact's peoples, nor
    when the sentence names the fact's people too ("2 people were killed, both Aussies")."""
    candidates = [
        tokens[other.last + 1]
        for other in counts
        if other.last < count.first
        and other.last + 1 < len(tokens)
        and tokens[other.last + 1].text[:1].isupper()
        and tokens[other.last + 1].text.endswith("s")
    ]
    if not candidates:
        return ""
    groups = peoples()
    own = tokens[count.last + 1] if count.last + 1 < len(tokens) else None
    if not groups or (own is not None and (own.lower in groups or own.text[:1].isupper())):
        return ""
    if any(t.lower in groups for t in tokens):
        return ""
    for noun in candidates:
        if noun.lower not in groups and is_demonym(noun.text):
            return noun.text
    return ""


def _past_brackets(text: str, tokens: list[Token], index: int) -> int:
    """The token after a short bracket that opens right before token ``index`` ("(181-kg)"),
    else ``index``."""
    if index >= len(tokens) or text[tokens[index - 1].end : tokens[index].start].strip() != "(":
        return index
    for after in range(index + 1, min(index + 4, len(tokens))):
        if ")" in text[tokens[after - 1].end : tokens[after].start]:
            return after
    return index


def _restated(
    text: str, tokens: list[Token], covering: dict[int, Count], count: Count
) -> Count | None:
    """The count that ``count`` restates in brackets right after it: 400 pounds of "the
    400-pound (181-kg) gorilla"."""
    if (
        count.first == 0
        or text[tokens[count.first - 1].end : tokens[count.first].start].strip() != "("
    ):
        return None
    return covering.get(count.first - 1)


def _linked(
    text: str,
    tokens: list[Token],
    sentence: _Sentence,
    first: int,
    last: int,
    subject_at: SubjectTest,
    totals: frozenset[Count] = frozenset(),
    parts: frozenset[int] = frozenset(),
    named_before: Callable[[list[Token]], bool] = lambda tokens: True,
    measure: bool = False,
    loosely: list[tuple[Count, int]] | None = None,
    changes: bool = False,
) -> list[tuple[Count, int]]:
    """The counts tied to the cue spanning tokens ``first..last``, each with the last token of
    its words (the subject after a count that follows the cue: "kills 3 Turkish troops"). A
    total of parts (see :func:`_with_totals`) carries its own nouns; ``parts`` are the token
    indexes of lists of parts that make no total for this fact. For a ``measure`` (a fact with
    a unit), a relative clause that says what the cue's noun is gives its measure: "an animal
    that's over 400 pounds", and so does "in" or "for" after a verb cue's object ("dragged him
    for at least 10 minutes"). Such a tie, and the others of :func:`_loosely_tied`, is loose:
    the count is also added to ``loosely`` with the cue's first token, and may then support the
    fact, never contradict it.
    """
    starting, covering = sentence.starting, sentence.covering
    linked = []
    loose_ties = [] if loosely is None else loosely
    if (
        tokens[first].text[0].isupper()
        and last + 1 < len(tokens)
        and text[tokens[last].end : tokens[last + 1].start].strip() == ":"
    ):
        # a label and its value, as in a fact box: "Cores: 3 Engines: 27" gives the engines
        # 27, and the 3 before the label is the cores' (a label is capitalised: "after eight
        # hours of flying: Los Angeles" is none)
        label = starting.get(last + 1)
        if label is not None:  # else a headline's "3 Killed: Gunman Opens Fire" goes on
            return [(label, label.last)]
    # after the cue: past fillers (and hedges, which belong to the count), or past other words
    # of the same clause when a subject stands right after the count ("exposed personal
    # information of 143 million people")
    index, loose, verb, described, by = last + 1, False, False, False, False
    hedged = covering.get(last)
    if (
        hedged is not None
        and hedged.first <= last < hedged.index == last + 1
        and not _time_offset(tokens, hedged)
    ):
        # a cue that ends with a hedge's word: the word may be the cue's ("handed over 21
        # schoolgirls") or the count's ("the missile flew over 3,000 km"): either reading
        # agrees; not a measure of how long before or after ("turned around 2 hours before")
        starting = {**starting, last + 1: hedged.either_way()}
    while index < len(tokens) and index not in starting and index - last <= MAX_LOOSE:
        word = tokens[index].lower
        # "illegally", "allegedly"; before a physical measure or a percentage "by" gives the
        # size of a change ("cut by 89 percent", "delayed by 17 minutes"): a loose tie, as the
        # level may follow ("raised by 0.25 percent to 1.25 percent"); "killed by three
        # gunmen", "shot by 4 officers" name the doers
        if word == "by" and changes:
            by = True
        elif word not in FILLERS_AFTER and not word.endswith("ly"):
            described = described or _describes(text, tokens, index, last)
            if word in BREAKERS or (_punctuated(text, tokens, index) and not described):
                index = _total_after(tokens, index)  # ", bringing the total to 145.5 million"
                break
            if index - last > MAX_FILLERS and (word in CLAUSE_WORDS or word.endswith("ed")):
                break  # past the fillers, the clause goes on only to its own verb
            loose = True
            verb = verb or word.endswith("ing")
        index += 1
    count = starting.get(index)
    if count in totals:
        linked.append((count, count.last))
    elif count is not None and loose:
        # the subject right after the count, or after a group's "of" ("a pair of first-class
        # passengers"; not "a video showing 50 of the girls")
        after, reach = count.last + 1, 0
        if tokens[count.index].lower in GROUPS and _next_is(tokens, count.last, "of"):
            after, reach = count.last + 2, MAX_SUBJECT_GAP - 1
        subject = subject_at(tokens, after, after + reach)
        if subject is not None and subject > count.last and not verb:
            linked.append((count, subject))
            if described:
                loose_ties.append((count, first))
        elif _value_verb_before(tokens, count.first) and not described:
            linked.append((count, count.last))
        elif _loosely_tied(text, tokens, count, last, measure):
            linked.append((count, count.last))
            loose_ties.append((count, first))
    elif count is not None:
        gap = MAX_PARTITIVE_GAP if _next_is(tokens, count.last, "of") else MAX_SUBJECT_GAP
        subject = subject_at(tokens, count.last + 1, count.last + gap)
        joined = (
            None if subject is not None else _coordinated(text, tokens, starting, count, subject_at)
        )
        if subject is not None:
            linked.append((count, max(subject, count.last)))
        elif joined is not None:
            linked.append(joined)
        elif (
            _ends_clause(text, tokens, count.last) and subject_at(tokens, 0, first - 1) is not None
        ):
            # no noun after the count: it counts what the sentence named before the cue
            # ("the number of Americans ... exposed to 145.5 million, some 2.5 million more")
            linked.append((count, count.last))
        if by and linked:
            loose_ties.append((linked[-1][0], first))
    # before the cue: the nearest count, with no conjunction between ("girls and women" is one)
    # (a list of parts is passed through to the part whose noun is a subject); not when the
    # cue has its own count after it: "Flight 372 crashed at dawn, killing 14 passengers and
    # three crew" counts 17 killed, and 372 is no one's
    own = linked and not _punctuated(text, tokens, last + 1)  # not "of the 11 injured, one"
    reach = first - 1 if own else max(-1, first - 1 - MAX_BEFORE)
    if _cue_joined(text, tokens, last, starting):
        reach = first - 1  # "$82 a share in cash and stock": 82 is no cash part
    aside = _inclusion_aside(text, tokens, first) if reach < first - 1 else None
    if aside is not None:  # its words are no distance, its counts parts: passed over whole
        reach = max(-1, reach - (aside[1] - aside[0] + 1))
        named = _named_in_aside(tokens, covering, aside, subject_at)
        if named is not None:  # ... but a part the fact's subjects name is what it counts
            linked.append((named, last))
            reach = first - 1
    for index in range(first - 1, reach, -1):
        if aside is not None and aside[0] <= index <= aside[1]:
            continue
        if ";" in text[tokens[index].end : tokens[index + 1].start]:
            break  # another clause: "The Dow fell 2 percent; the S&P 500 dropped 1.5 percent"
        if tokens[index].lower in REPORTING and not _aside(text, tokens, index):
            break  # a count before it counts the speakers: "20 percent of respondents said"
        joins_subjects = index + 1 < first and subject_at(tokens, index + 1, index + 1) == index + 1
        if tokens[index].lower in BREAKERS and not joins_subjects and index not in parts:
            break
        count = covering.get(index)
        if count is not None and count.age:
            continue  # "Aged 19, he was jailed for 12 years": whose age is no cue's count
        if count in totals:
            linked.append((count, last))
            break
        if count is not None and _group_before_a_verb(tokens, count, first):
            continue  # "21 of the 276 schoolgirls were freed": the part is what was freed
        if count is not None and _relative_of_whom(text, tokens, count, first, aside) == "closed":
            continue  # "The 12 miners, two of whom were injured, were rescued": 12 rescued
        if count is not None:
            # right before its cue, a count with no noun of its own ("58 killed", "240 were
            # hurt") counts what its sentence, or the one before, names: one of the subjects,
            # when the fact declares some
            adjacent = count.last == first - 1 and named_before(tokens)
            described = _before_its_noun(text, tokens, count, first, last, subject_at)
            if (
                adjacent
                or subject_at(tokens, count.last + 1, _noun_reach(count, first, aside)) is not None
                or _of_whom(text, tokens, count, first, aside, subject_at)
                or described
            ):
                linked.append((count, last))
                if described:  # "two first-class passengers" may be a part of the passengers
                    loose_ties.append((count, first))
                restated = _restated(text, tokens, covering, count)
                if restated is not None:  # "the 400-pound (181-kg) gorilla": one figure
                    linked.append((restated, last))
                    loose_ties.extend(((count, first), (restated, first)))
            elif count.first in parts and count.first - 1 in parts:
                continue
            break
    if not any(count.last < first for count, _ in linked):
        shared = _relative_subject(text, tokens, covering, first, subject_at)
        if shared is not None:
            linked.append((shared, last))
    if measure and not linked:
        span = _framing_span(text, tokens, covering, first)
        if span is not None:  # "For 108 years, this is when the 'curse' arrives"
            linked.append((span, last))
            loose_ties.append((span, first))
    return linked


def _framing_span(
    text: str, tokens: list[Token], covering: dict[int, Count], first: int
) -> Count | None:
    """A span that opens the sentence and frames it, "For 108 years, ...": the measure of
    what its main clause tells, for a cue of that clause within ``FRAME_REACH`` tokens. A
    loose tie: it may support the fact, never contradict it."""
    if len(tokens) < 3 or tokens[0].lower != "for":
        return None
    count = covering.get(1)
    if count is None or count.first != 1 or not first - count.last <= FRAME_REACH:
        return None
    after = _past_unit(tokens, count) + 1
    if after >= len(tokens) or text[tokens[after - 1].end : tokens[after].start].strip() != ",":
        return None
    return count


FRAME_REACH = 15  # tokens from a framing span to a cue of its main clause


def _cue_joined(text: str, tokens: list[Token], last: int, starting: dict[int, Count]) -> bool:
    """Whether "and" or "or" joins to the cue ending at token ``last`` another part of one
    whole, which closes its phrase: a count before them counts both ("$82 a share in cash and
    stock" is no cash part; "15 killed and wounded" no count of the killed). Not another
    clause ("killed and the attacker fled"), another count ("3 killed and 11 wounded") or the
    same people twice ("arrested and charged", "shot and killed")."""
    word = last + 2
    if word >= len(tokens) or tokens[last + 1].lower not in ("and", "or") or word in starting:
        return False
    if _punctuated(text, tokens, last + 1) or _punctuated(text, tokens, word):
        return False
    pair = frozenset((tokens[last].lower, tokens[word].lower))
    if not any(pair <= group for group in _PARTS_OF_ONE_WHOLE):
        return False
    return (
        word + 1 >= len(tokens)
        or _punctuated(text, tokens, word + 1)
        or (tokens[word + 1].lower in _PHRASE_OPENERS)
    )


_PHRASE_OPENERS = frozenset("in on at by for from during after near".split())
# words whose counts, joined, make one whole: the casualties, a bid's consideration
_PARTS_OF_ONE_WHOLE = (
    frozenset("killed dead wounded injured hurt missing".split()),
    frozenset("deaths injuries".split()),
    frozenset("cash stock shares".split()),
)


MAGNITUDE = 1000  # a figure this many times the expected one, or that part of it, is apart


def _another_magnitude(count: Count, low: float, high: float, unit: str) -> bool:
    """Whether an amount of money is a thousandfold or more the expected one, itself under a
    thousand: a total against a price per share ("Offer to $121 Billion" against $82). Only
    money: a death toll a thousandfold off is still a toll ("killed 3,000" against 3)."""
    if not unit or unit not in CURRENCY_SIGNS or count.value is None or low <= 0:
        return False
    return high < MAGNITUDE and count.value >= high * MAGNITUDE


def _time_offset(tokens: list[Token], count: Count) -> bool:
    """Whether a count of time says how long before or after something ("2 hours before it
    was due to land", "three days later"): a moment, not a span the cue lasted."""
    unit = count.last + 1
    if unit >= len(tokens) or singular(tokens[unit].lower) not in _TIME_UNITS:
        return False
    return unit + 1 < len(tokens) and tokens[unit + 1].lower in _OFFSET_WORDS


_TIME_UNITS = frozenset("second minute hour day week month year".split())
_OFFSET_WORDS = frozenset("before after ago earlier later".split())


def _inclusion_aside(text: str, tokens: list[Token], first: int) -> tuple[int, int] | None:
    """The tokens ``(open, close)`` of an aside that names some of what a count before it
    counts, set off between the count's noun and its verb (the cue, after no more than its
    auxiliaries) by a pair of commas, dashes or brackets: "Three people, including two
    children, were killed"; "Five other defendants, including jailed activist Alaa Abdel
    Fattah, were fined"; "five of whom -- among them Alaa Abdel-Fattah -- were fined". What it
    holds is a part of that count: no count of the cue, and no distance between the count and
    its cue."""
    close = first - 1
    while (
        close >= 0
        and tokens[close].lower in AUXILIARIES
        and not _punctuated(text, tokens, close + 1)
    ):
        close -= 1
    if close < 1:
        return None
    closing = text[tokens[close].end : tokens[close + 1].start].strip()
    opening = _ASIDE_PAIRS.get(closing)
    if opening is None:
        return None
    for index in range(close, max(0, close - MAX_ASIDE), -1):
        between = text[tokens[index - 1].end : tokens[index].start].strip()
        if between and between != ",":
            if between != opening or tokens[index].lower not in _INCLUDING:
                return None  # other punctuation inside: no aside of one piece
        elif between == "," and opening != ",":
            return None
        if between == opening and tokens[index].lower in _INCLUDING:
            if tokens[index].lower == "among" and (
                index + 1 > close or tokens[index + 1].lower not in ("them", "whom")
            ):
                return None
            return index, close
    return None


_INCLUDING = frozenset(("including", "among"))
_ASIDE_PAIRS = {",": ",", "-": "-", "--": "--", ")": "("}  # closing -> opening


def _aside(text: str, tokens: list[Token], verb: int) -> bool:
    """Whether the reporting verb at token ``verb`` is an aside inside the clause of a count
    before it ("Three people, police said, were killed"; "Eight people - officials said -
    were killed") or opens a relative clause of that count's noun ("the 300 people officials
    said were trapped"): punctuation within two words after it, or a verb of the clause
    right after it."""
    if any(_punctuated(text, tokens, i) for i in range(verb + 1, min(verb + 3, len(tokens)))):
        return True
    return verb + 1 < len(tokens) and tokens[verb + 1].lower in _CLAUSE_GOES_ON


_CLAUSE_GOES_ON = frozenset(
    "were was are is remain remains remained had have has would will could it they".split()
)


def _coordinated(
    text: str,
    tokens: list[Token],
    starting: dict[int, Count],
    count: Count,
    subject_at: SubjectTest,
) -> tuple[Count, int] | None:
    """The count of the fact's subjects joined by "and" to the count right after a cue, which
    counts another noun: the cue's objects share it. "killing 14 passengers and three crew"
    kills 3 crew; "placed six North Korean shipping and trading companies and 20 of their
    vessels on sanctions list" places 20 vessels. The first count's noun phrase runs up to
    ``MAX_LOOSE`` words with no punctuation and no word of a clause; the count after "and"
    needs a subject right after it (after "of": "20 of their vessels"), and no verb after that
    ("killed 3 soldiers and 11 civilians were wounded" kills no civilians)."""
    if subject_at(tokens, count.last + 1, count.last + 1) == count.last:
        return None  # the fact names no subjects: any count is its own
    for index in range(count.last + 1, min(len(tokens) - 1, count.last + MAX_LOOSE)):
        word = tokens[index].lower
        if _punctuated(text, tokens, index):
            return None
        if word != "and":
            if word in CLAUSE_WORDS or word in AUXILIARIES:
                return None
            continue
        if index + 1 not in starting:
            continue  # "shipping and trading companies"
        other = starting[index + 1]
        gap = MAX_PARTITIVE_GAP if _next_is(tokens, other.last, "of") else MAX_SUBJECT_GAP
        subject = subject_at(tokens, other.last + 1, other.last + gap)
        if subject is None:
            return None
        # a verb of its own right after its noun ("three crew were hurt", "three crew members
        # survived", "three crew said they saw a flash"): no object of the cue
        for word in (t.lower for t in tokens[subject + 1 : subject + 3]):
            if word in AUXILIARIES or word in REPORTING or word.endswith("ed"):
                return None
        return other, subject
    return None


def _loosely_tied(text: str, tokens: list[Token], count: Count, last: int, measure: bool) -> bool:
    """Whether a count after the cue ending at ``last`` is the cue's by one of the loose ties
    of English: an age said without its unit right after its noun ("Harambe, who had turned
    17"), a verb that measures right after the cue ("the module weighs nearly 19,000 pounds"),
    a relative clause that says what the cue is ("an animal that's over 400 pounds"), "in" or
    "for" after a verb cue's object ("dragged him for at least 10 minutes")."""
    between = [t.lower for t in tokens[last + 1 : count.first]]
    if count.age:
        return _aged(text, tokens, count, last, between)
    if not measure or _next_is(tokens, _past_unit(tokens, count), "of"):
        return False  # "weighed 12 days of evidence": an amount of something
    if between and between[-1] in MEASURE_VERBS:
        return all(word in RELATIVES or word in MEASURE_VERBS for word in between)
    if _is_what(tokens, last + 1, count.first):
        return not _said_of_another_thing(text, tokens, count)
    return _measured_in(tokens, last, count.first) and not _said_of_another_thing(
        text, tokens, count
    )


def _aged(text: str, tokens: list[Token], count: Count, last: int, between: list[str]) -> bool:
    """Whether an age said without its unit is the cue's: right after it, past only a
    relative word, auxiliaries and the word that says it is an age ("Harambe, who had turned
    17", "the victim, aged 45", "Palmer turned 38 last week"); not after a cue that is a verb
    ("jailed aged 19"), not a band of ages ("children aged 5 to 11"), not "turned" with an
    object ("turned 200 people away")."""
    if tokens[last].lower.endswith(("ed", "ing")) or count.to is not None:
        return False
    if not all(word in _AGE_GLUE for word in between):
        return False
    if _ends_clause(text, tokens, count.last):
        return True  # "The gunman, who was 17, was shot"
    return tokens[count.last + 1].lower in _AFTER_AN_AGE


# the words between a noun and its age: "who had turned", "who was", "aged", "at the age of"
_AGE_GLUE = frozenset(
    "who which that had has have is was just only recently turned turns aged age at the of".split()
)
# what may follow an age said alone ("turned 17 on Friday", "turned 38 last week")
_AFTER_AN_AGE = frozenset(
    "on in at last this just only earlier a and but when before after years year".split()
)


def _said_of_another_thing(text: str, tokens: list[Token], count: Count) -> bool:
    """Whether the measure goes on to say what it is measured from or how ("a well that was
    100 metres from his home", "a flight which was 3 hours late", "a tunnel which is 200 metres
    underground", "a pit which is 30 metres wide"): a distance, a delay or another dimension,
    not the cue's own measure."""
    after = _past_unit(tokens, count) + 1
    if after >= len(tokens):
        return False
    if text[tokens[after - 1].end : tokens[after].start].strip() in ("'", "\u2019"):
        return True  # "held him for 3 days' wages": an amount of something
    if _punctuated(text, tokens, after):
        return False
    return tokens[after].lower in _MEASURED_FROM or tokens[after].lower in DIMENSIONS


def _past_unit(tokens: list[Token], count: Count) -> int:
    """The last token of a count's unit words ("100 metres", "3 nautical miles"), else its
    own last token."""
    at = count.last
    while at + 1 < len(tokens) and at - count.last < 2 and is_unit(tokens[at + 1].lower):
        at += 1
    return at


_MEASURED_FROM = frozenset(
    "from off away behind ahead late early short underground below above outside beyond past "
    "to into of across north south east west northeast northwest southeast southwest upstream "
    "downstream inland offshore beneath under over".split()
)


def _measured_in(tokens: list[Token], last: int, first: int) -> bool:
    """Whether "in" or "for" opens the measure starting at token ``first`` as part of a verb
    cue's own phrase, which ends at ``last``: after its object, a pronoun or a name ("dragged
    him for at least 10 minutes", "saw off the Cleveland Indians 8-7 in ten innings"), or its
    agent ("dragged by the gorilla for about 10 minutes"). Not after a common noun, which may
    be the object of another verb the measure belongs to ("reached the moat in 3 minutes",
    "took the lead in 8 innings"), nor after words with a verb of their own ("the curse held
    true for 71 years")."""
    if tokens[first - 1].lower not in ("in", "for") or tokens[first - 2].lower == "time":
        return False  # "for the first time in 20 years" is no span of the cue
    between = tokens[last + 1 : first - 1]
    if not between or len(between) > MAX_FILLERS:
        return False
    opening = between[0].lower
    if opening == "by":  # an agent: "dragged by the gorilla"
        pass
    elif opening in DETERMINERS:  # "the Cleveland Indians", not "the lead"
        if len(between) < 2 or not between[1].text[0].isupper():
            return False
    elif opening not in _PRONOUNS and not between[0].text[0].isupper():
        return False
    return not any(
        t.lower in AUXILIARIES or t.lower in CLAUSE_WORDS or t.lower.endswith(("ed", "ing"))
        for t in between
    )


_PRONOUNS = frozenset("him her them it us me you".split())
DETERMINERS = frozenset("the a an his her their its".split())


def _is_what(tokens: list[Token], first: int, end: int) -> bool:
    """Whether ``tokens[first:end]`` are a relative word and a form of "be": "that's", "which
    is", "who was" ("an animal that's over 400 pounds")."""
    words = [t.lower for t in tokens[first:end]]
    if len(words) == 1:
        return words[0] in _RELATIVE_IS
    return len(words) == 2 and words[0] in RELATIVES and words[1] in ("is", "was", "are", "were")


_RELATIVE_IS = frozenset({"that's", "which's", "who's"})  # a curly apostrophe folds to this one


def _describes(text: str, tokens: list[Token], index: int, last: int) -> bool:
    """Whether the comma right after the cue ending at ``last`` opens words about the cue's
    noun: "Harambe, who had turned 17 only a day earlier", "the gorilla, aged 17, ...", "the
    animal, which weighed 400 pounds"."""
    return (
        index == last + 1
        and text[tokens[last].end : tokens[index].start].strip() == ","
        and tokens[index].lower in _DESCRIBING
    )


_DESCRIBING = frozenset("who which that aged".split())


def _relative_subject(
    text: str,
    tokens: list[Token],
    covering: dict[int, Count],
    first: int,
    subject_at: SubjectTest,
) -> Count | None:
    """The count whose noun a relative clause holding the cue is about, when "and" or "but"
    joins the clause's verbs: in "four passengers who checked in for the flight but did not
    show up" (or "but who did not board"), the passengers are who did not show up. Nothing but
    those two conjunctions, no punctuation and no other count may stand between the relative
    word and the cue."""
    for index in range(first - 1, max(0, first - 1 - MAX_LOOSE), -1):
        word = tokens[index].lower
        if index in covering or _punctuated(text, tokens, index + 1):
            return None
        if word in BREAKERS and word not in ("and", "but"):
            return None
        if word in ("who", "that") and index >= 2:
            if tokens[index - 1].lower in ("and", "but"):
                continue  # "who checked in ... but who did not board": the same clause goes on
            count = covering.get(index - 2)
            noun = subject_at(tokens, index - 1, index - 1)
            if count is not None and count.last == index - 2 and noun in (index - 1, index - 2):
                return count
            return None
    return None


def _total_after(tokens: list[Token], index: int) -> int:
    """Where the count of a new total starts, when the words at ``index`` bring the count
    before them to one ("..., bringing the total to 145.5 million people"); else the end of
    the sentence: no count of the cue follows the punctuation."""
    words = [t.lower for t in tokens[index : index + 4]]
    if (
        len(words) == 4
        and words[0] in TOTAL_VERBS
        and words[1] == "the"
        and words[2] in TOTAL_NOUNS
        and words[3] == "to"
    ):
        return index + 4
    return len(tokens)


def _value_verb_before(tokens: list[Token], first: int) -> bool:
    """Whether a verb that gives a figure ("rose to", "stood at", "reached") stands right
    before the count starting at token ``first``."""
    words = tuple(t.lower for t in tokens[max(0, first - 2) : first])
    return any(words[-len(verb) :] == verb for verb in VALUE_VERBS)


def _punctuated(text: str, tokens: list[Token], index: int) -> bool:
    """Whether punctuation stands right before token ``index`` (a clause may end there)."""
    return index > 0 and text[tokens[index - 1].end : tokens[index].start].strip() != ""


def _ends_clause(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the clause ends right after token ``index``: punctuation, or the sentence's end."""
    return index + 1 >= len(tokens) or _punctuated(text, tokens, index + 1)


def _attributive(
    tokens: list[Token], count: Count, first: int, last: int, subject_at: SubjectTest
) -> bool:
    """Whether the cue only describes what is counted: "21 abducted schoolgirls freed",
    "21 schoolgirls abducted by Boko Haram have been released". Such a count may agree with the
    fact, but it is no claim against it: the sentence counts something else."""
    if count.last >= first or any(
        t.lower in AUXILIARIES for t in tokens[max(0, first - 2) : first]
    ):
        return False
    after = tokens[last + 1 : last + 4]
    if after and after[0].lower in ATTRIBUTIVE_NEXT:
        return True
    return subject_at(tokens, last + 1, last + 3) not in (None, last)


def _subject_words(declared: tuple[str, ...]) -> frozenset[str]:
    """The words a count's noun is tested against: each subject, and for a subject of several
    words that joins no parts, its head, the last word ("red flags" counts "two red flags";
    "passengers and crew" names a total of parts instead, see :func:`_with_totals`)."""
    words = {subject.lower() for subject in declared}
    for subject in declared:
        parts = subject.lower().split()
        if len(parts) > 1 and not {"and", "or", "plus"} & set(parts):
            words.add(parts[-1])
    return frozenset(words)


def _next_is(tokens: list[Token], index: int, *words: str) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in words


def _classify(
    doc: Document,
    tokens: list[Token],
    count: Count,
    words: tuple[int, int],
    cue_last: int,
    sentence: _Sentence,
    own_year: bool = False,
) -> tuple[str, Hit]:
    """``"context"`` with a note for counts that claim nothing here, else ``"claim"``. With
    ``own_year`` (the fact's ``when`` is the source's whole year), "this year" is its period."""
    start, end = tokens[words[0]].start, tokens[words[1]].end
    quoted = doc.text[start:end]
    hit = Hit(start=start, end=end, value=quoted, note=f"stated: {quoted!r}")
    if count.vague:
        return "context", _noted(hit, "a vague number")
    if sentence.is_subset(count):
        return "context", _noted(hit, "a subset of another count")
    if tokens[count.index].lower == "one" and _next_is(tokens, count.last, "of"):
        return "context", _noted(hit, "one member of a group, not a count of it")
    if count.first > cue_last and _group_of_a_part(tokens, count):
        return "context", _noted(hit, "the group a part is taken from")
    before = tokens[count.first - 1].lower if count.first else ""
    after = tokens[count.last + 1].lower if count.last + 1 < len(tokens) else ""
    if before in INCREMENT_BEFORE or after in INCREMENT_AFTER:
        return "context", _noted(hit, "an increment, not a total")
    window = tokens[cue_last + 1 : cue_last + 1 + SCOPE_WINDOW]
    tail = doc.text[tokens[cue_last].end : window[-1].end] if window else ""
    clauses = sentence.clauses
    after_cue = [
        m["period"] is not None and not (own_year and m.group().lower() == "this year")
        for m in SCOPE_MARKERS.finditer(tail)
    ]
    scoped = clauses.scoped_before(count.first, own_year)
    if any(after_cue) or scoped == "period":
        return "context", _noted(hit, "another scope")
    if sentence.in_motive(tokens[count.first].start):
        return "context", _noted(hit, "another event, the one this answers")
    if generic(tokens, doc.text, clauses.clause_start(count.first), count.first):
        return "context", _noted(hit, "a general statement, not this event")
    if after_cue or scoped == "running" or count.ordinal:
        return "running", hit  # may agree, never conflicts: decided with the expected value
    return "claim", hit


def _part_of_them(tokens: list[Token], count: Count) -> bool:
    """Whether "of them", "of those", "of whom" or "of which" follows the count."""
    after = [t.lower for t in tokens[count.last + 1 : count.last + 3]]
    return after[:1] == ["of"] and after[1:] in (["them"], ["those"], ["whom"], ["which"])


def _before_its_noun(
    text: str, tokens: list[Token], count: Count, first: int, last: int, subject_at: SubjectTest
) -> bool:
    """Whether the count stands before a cue that is one of the subjects, with only up to
    ``MAX_MODIFIERS`` words that describe it between: "land all three first stage boosters",
    "three rocket booster cores" count boosters and cores, loosely (the words may name a part
    of them: "two first-class passengers")."""
    gap = range(count.last + 1, first)
    if not 0 < len(gap) <= MAX_MODIFIERS or subject_at(tokens, last, last) != last:
        return False
    if any(_punctuated(text, tokens, index) for index in range(count.last + 1, first + 1)):
        return False
    return not any(
        tokens[index].lower in _NO_MODIFIERS or number_value(tokens[index].text) is not None
        for index in gap
    )


_NO_MODIFIERS = (
    AUXILIARIES
    | CLAUSE_WORDS
    | REPORTING
    | frozenset("of in at on for from to by with as than per".split())
)


def _of_whom(
    text: str,
    tokens: list[Token],
    count: Count,
    first: int,
    aside: tuple[int, int] | None,
    subject_at: SubjectTest,
) -> bool:
    """Whether the count opens a relative clause of the noun before it, whose noun it then
    counts, and the cue is that clause's: "The case involves 25 defendants, five of whom were
    fined" counts five defendants fined (the noun stands right before the comma or dash, not in
    a phrase after a preposition: "30 people from three villages, six of whom" are people)."""
    if _relative_of_whom(text, tokens, count, first, aside) != "open":
        return False
    if not (
        _punctuated(text, tokens, count.first)
        and subject_at(tokens, count.first - 1, count.first - 1) is not None
    ):
        return False
    before = tokens[max(0, count.first - 4) : count.first - 1]
    return not any(token.lower in _PREPOSITIONS for token in before)


def _relative_of_whom(
    text: str, tokens: list[Token], count: Count, first: int, aside: tuple[int, int] | None
) -> str:
    """ "" when no "of whom" or "of which" follows the count; "closed" when punctuation (but
    an aside's ends) closes the clause it opens before the cue, whose count it then is not
    ("The 12 miners, two of whom were injured, were rescued" rescued 12); else "open"."""
    if not (
        _next_is(tokens, count.last, "of") and _next_is(tokens, count.last + 1, "whom", "which")
    ):
        return ""
    ends = () if aside is None else (aside[0], aside[1] + 1)
    closed = any(
        _punctuated(text, tokens, index) and index not in ends
        for index in range(count.last + 1, first + 1)
    )
    return "closed" if closed else "open"


_PREPOSITIONS = frozenset("of from in at on with by for to among between".split())


def _noun_reach(count: Count, first: int, aside: tuple[int, int] | None) -> int:
    """The last token where the noun of a count before its cue may stand: before an aside
    that stands between them ("Two groups, including 40 students, were evacuated": the
    students are no noun of the two)."""
    if aside is not None and count.last < aside[0]:
        return aside[0] - 1
    return first - 1


def _named_in_aside(
    tokens: list[Token],
    covering: dict[int, Count],
    aside: tuple[int, int],
    subject_at: SubjectTest,
) -> Count | None:
    """A count in an aside of what a count includes whose noun is one of the fact's subjects:
    "Nine climbers - including four Sherpa guides - were killed" counts four for subjects
    [guides]. ``None`` when the fact declares no subjects."""
    for index in range(aside[0], aside[1] + 1):
        count = covering.get(index)
        if count is None or count.first != index:
            continue
        reach = min(count.last + MAX_SUBJECT_GAP, aside[1])
        noun = subject_at(tokens, count.last + 1, reach)
        if noun is None or noun <= count.last:
            continue
        if not any(at in covering for at in range(count.last + 1, noun)):
            return count  # not "including one carrying 300 migrants": the 300 are migrants
        return None
    return None


def _group_before_a_verb(tokens: list[Token], count: Count, cue_first: int) -> bool:
    """ "21 of the 276 schoolgirls were freed", "Only 20 of 71 laps were completed": before a
    cue that is the clause's verb (an auxiliary stands between), the group a part is taken from
    is not what the verb counts; the part is. A cue right after the group, or in a relative
    clause of it, describes the group: "21 of the more than 200 schoolgirls abducted", "... of
    the more than 200 Chibok schoolgirls who were kidnapped" count the abducted."""
    between = {token.lower for token in tokens[count.last + 1 : cue_first]}
    if not between & AUXILIARIES or between & RELATIVES:
        return False  # "about 99 of at least 352 who were wounded": the group's own verb
    return _part_before(tokens, count)


def _group_of_a_part(tokens: list[Token], count: Count) -> bool:
    """ "release of any of the more than 200 girls", "freed 21 of the 276 schoolgirls": after
    a part and "of the", a count that follows the cue is the size of the group the part is
    taken from, not what the cue counts ("all of the 239 on board" is the whole, and counts;
    "21 of the more than 200 schoolgirls abducted" counts the abducted: the cue follows it)."""
    if count.first < 3 or tokens[count.first - 2].lower != "of":
        return False
    if not _determiner(tokens[count.first - 1]):
        return False
    part = tokens[count.first - 3]
    return part.lower in PARTITIVES or number_value(part.text) is not None


def _determiner(token: Token) -> bool:
    """A determiner of the group a part is taken from: "the", "those", "our", or a possessive
    noun ("any of Chibok's 200 girls")."""
    return token.lower in GROUP_DETERMINERS or token.lower.endswith("'s")


def _part_before(tokens: list[Token], count: Count) -> bool:
    """Whether a part and "of" (and maybe a determiner) stand before the count: "21 of the
    276", "20 of 71", "some of our 200"."""
    at = count.first - 1
    if at >= 0 and _determiner(tokens[at]):
        at -= 1
    if at < 1 or tokens[at].lower != "of":
        return False
    part = tokens[at - 1]
    return part.lower in PARTITIVES or number_value(part.text) is not None


class _Sentence:
    """What the counts of one sentence ask of it, read once: the counts by their tokens, the
    first group a subset may be taken from, the words of motives, the clauses (built when
    first asked: most cue sentences classify no count)."""

    def __init__(
        self, doc: Document, tokens: list[Token], start: int, end: int, counts: list[Count]
    ) -> None:
        self.doc, self.tokens, self.start, self.end = doc, tokens, start, end
        self.starting = {count.first: count for count in counts}
        self.covering = {i: count for count in counts for i in range(count.first, count.last + 1)}
        # "of the 11 injured, one was badly wounded": the earliest group is the one with the
        # most words after it for the comma, so it alone needs asking
        self._group = next(
            (
                count
                for count in counts
                if not count.vague
                and count.first >= 2
                and tokens[count.first - 2].lower == "of"
                and tokens[count.first - 1].lower in GROUP_DETERMINERS
            ),
            None,
        )
        self._clauses: Clauses | None = None
        self._motives: list[tuple[int, int]] | None = None

    @property
    def clauses(self) -> Clauses:
        if self._clauses is None:
            self._clauses = Clauses(self.doc.text, self.tokens, self.start, self.end)
        return self._clauses

    def is_subset(self, count: Count) -> bool:
        """ "of the 11 injured, one was badly wounded": a part of a count named before it."""
        group = self._group
        if group is None or group.first >= count.first:
            return False
        return self.clauses.comma_between(
            self.tokens[group.last].end, self.tokens[count.first].start
        )

    def in_motive(self, at: int) -> bool:
        """Whether offset ``at`` stands in the words of a motive ("in retaliation for ...")."""
        if self._motives is None:
            self._motives = motives(self.doc, self.start, self.end)
        return any(begin <= at < stop for begin, stop in self._motives)


def _names_a_subject(
    doc: Document, tokens: list[Token], start: int, subject_at: SubjectTest
) -> bool:
    """Whether the sentence, or the one before it in its paragraph, names one of the subjects
    (a heading such as "Denver cinema: 12 dead" names nothing from the paragraph above it)."""
    if subject_at(tokens, 0, len(tokens) - 1) is not None:
        return True
    if not start or doc.text[start - 1] == "\n":
        return False
    before = doc.tokens_between(*doc.sentence(start - 1))
    return subject_at(before, 0, len(before) - 1) is not None


def _noted(hit: Hit, why: str, reason: str | None = None) -> Hit:
    return Hit(
        start=hit.start, end=hit.end, value=hit.value, note=f"{why}: {hit.value!r}", reason=reason
    )


def _shown(hit: Hit, count: Count, unit: str) -> Hit:
    """The hit with the count as people read it for its value."""
    return Hit(
        start=hit.start, end=hit.end, value=count.show(unit), note=hit.note, reason=hit.reason
    )


def _revised(doc: Document, tokens: list[Token], count: Count) -> bool:
    """Whether the count is a figure of another stage of the count: a later one ("the toll
    rose to 23", "bringing the total to 145.5 million", "revised up to 60"), or one the source
    says was given first ("The zoo initially said that the child is 4 years old", "was first
    reported as 30")."""
    at = tokens[count.first].start
    return (
        REVISED.search(doc.text, max(tokens[0].start, at - 40), at) is not None
        or EARLIER_BEFORE.search(doc.text, max(tokens[0].start, at - 60), at) is not None
    )


def _hedge_of_parts(chain: list[Count]) -> str:
    """How a total of parts is said: as its parts' one hedge ("killing more than 14 passengers
    and three crew" is more than 17), or as an estimate when their hedges differ."""
    hedges = {c.hedge for c in chain if c.hedge}
    if len(hedges) <= 1:
        return hedges.pop() if hedges else ""
    return "about"


def _with_totals(
    doc: Document,
    tokens: list[Token],
    counts: list[Count],
    subjects: frozenset[str],
    totals_of: list[frozenset[str]],
    cue_words: frozenset[str],
    measure: bool = False,
) -> tuple[list[Count], frozenset[Count], frozenset[int]]:
    """Counts of parts joined into the total they state: "killing 14 passengers and three
    crew" states 17 killed, "227 passengers and 12 crew members on board" 239 on board. A part
    is its count and the noun right after it, each of another noun; parts are joined by "and",
    "plus" or a comma.
    The total replaces its parts when the fact names no subjects, when every part's noun is a
    subject, or when a subject of several words names exactly those nouns ("passengers and
    crew"); else the parts stay counts of their own (a fact of passengers takes the 14), and
    the token indexes they span are returned, so that a cue after the list reaches them."""
    chains: list[list[Count]] = []
    for count in counts:
        noun = _part_noun(tokens, count, cue_words, measure)
        if noun is None:
            continue
        previous = chains[-1][-1] if chains else None
        noun_end = previous.last + 1 if previous is not None else -1
        if (
            not measure
            and previous is not None
            and _singular_word(tokens[noun_end].lower) == _singular_word(noun)
        ):  # parts of one noun: "269 counts of wire fraud and one count of money laundering"
            noun_end = _past_complement(doc.text, tokens, noun_end, cue_words)
        if previous is not None and _joined(doc, tokens, noun_end, count.first):
            chains[-1].append(count)
        else:
            chains.append([count])
    totals: list[Count] = []
    replaced: set[int] = set()
    parts: set[int] = set()
    for chain in chains:
        if len(chain) < 2 or any(c.vague for c in chain):
            continue
        nouns = frozenset(tokens[c.last + 1].lower for c in chain)
        singulars = frozenset(map(_singular_word, nouns))
        if len(singulars) < len(chain) and (
            measure or not all(_next_is(tokens, c.last + 1, "of") for c in chain)
        ):
            # parts are of different kinds ("After a delay of 30 minutes, 2 minutes" is no
            # total), or of one noun each with a kind of its own: "269 counts of wire fraud and
            # one count of money laundering" states 270 counts, "40 trucks of food and 12
            # trucks of medicine" 52 trucks (not for a measure: "two years of prison and one
            # year of probation" is no term of three years)
            continue
        if subjects and not (
            nouns <= subjects
            or singulars <= {_singular_word(s) for s in subjects}
            or nouns in totals_of
        ):
            parts.update(range(chain[0].first, chain[-1].last + 2))
            continue
        totals.append(
            Count(
                first=chain[0].first,
                index=chain[0].index,
                last=chain[-1].last + 1,
                value=sum(c.value or 0.0 for c in chain),
                low=sum(c.low for c in chain),
                high=sum(c.high for c in chain),
                low_open=any(c.low_open for c in chain),
                high_open=any(c.high_open for c in chain),
                hedge=_hedge_of_parts(chain),
            )
        )
        replaced.update(id(c) for c in chain)
    if not totals:
        return counts, frozenset(), frozenset(parts)
    kept = [c for c in counts if id(c) not in replaced] + totals
    return sorted(kept, key=lambda c: c.first), frozenset(totals), frozenset(parts)


def _part_noun(
    tokens: list[Token], count: Count, cue_words: frozenset[str], measure: bool = False
) -> str | None:
    """The noun right after a count, when it can name a part: not a cue, a participle
    ("killed", "wounded") or another number; for a ``measure`` (a fact with a unit), not a
    measure of a dimension ("130ft deep", "12 inches wide")."""
    if count.last + 1 >= len(tokens) or count.to is not None:
        return None  # a range is no part: "12 people, between 10 and 11 of them children"
    word = tokens[count.last + 1].lower
    if not word.isalpha() or word in cue_words or word.endswith(("ed", "ing")):
        return None
    if word in AUXILIARIES or word in CLAUSE_WORDS:  # "..., and 40 were hurt": no part
        return None
    if word == "of" and _next_is(tokens, count.last + 1, "whom", "which", "them", "those"):
        return None  # "40 people, three of whom were killed": a part of the 40, no addend
    if measure and _of_a_dimension(tokens, count):
        return None  # "130ft deep and 12 inches wide" sum to nothing
    return word


def _of_a_dimension(tokens: list[Token], count: Count) -> bool:
    """Whether a word of a dimension follows the count's figure ("130ft deep") or its unit
    word ("12 inches wide")."""
    after = [t.lower for t in tokens[count.last + 1 : count.last + 3]]
    if after[:1] and after[0] in DIMENSIONS:
        return True
    return len(after) == 2 and is_unit(after[0]) and after[1] in DIMENSIONS


def _past_complement(text: str, tokens: list[Token], noun: int, cue_words: frozenset[str]) -> int:
    """The last word of the "of" complement of a part's noun ("wire fraud" of "269 counts of
    wire fraud and one count of money laundering"), up to ``MAX_COMPLEMENT`` words with no
    punctuation, conjunction, number or cue word (a cue there counts the part alone: "269
    counts of wire fraud" for cue "wire fraud"); else the noun itself."""
    if not _next_is(tokens, noun, "of"):
        return noun
    at = noun + 2
    while (
        at < len(tokens)
        and at - noun - 1 <= MAX_COMPLEMENT
        and not _punctuated(text, tokens, at)
        and tokens[at].lower not in BREAKERS
        and number_value(tokens[at].text) is None
    ):
        if tokens[at].lower in cue_words:
            return noun
        at += 1
    return at - 1 if noun + 2 <= at - 1 <= noun + 1 + MAX_COMPLEMENT else noun


def _joined(doc: Document, tokens: list[Token], noun: int, start: int) -> bool:
    """Whether the part whose noun is token ``noun`` joins the count starting at ``start``:
    "and", "plus", a comma, or a comma and "and", with nothing else between them."""
    words = [t.lower for t in tokens[noun + 1 : start]]
    if words not in ([], ["and"], ["plus"]):
        return False
    glue = doc.text[tokens[noun].end : tokens[noun + 1].start if words else tokens[start].start]
    return glue.strip() in ("", ",") and (bool(words) or glue.strip() == ",")


def _excluded_tokens(
    doc: Document, tokens: list[Token], start: int, end: int, exclude: re.Pattern[str] | None
) -> list[int]:
    """The token indexes where one of the fact's ``exclude`` phrases starts in the sentence."""
    if exclude is None:
        return []
    at = [m.start() for m in exclude.finditer(doc.text, start, end)]
    return [i for i, t in enumerate(tokens) if any(t.start <= a < t.end for a in at)]


def _set_aside(
    text: str,
    tokens: list[Token],
    excluded: list[int],
    count: Count,
    first: int,
    last: int,
    covering: dict[int, Count],
    tied: set[Count] | None,
) -> bool:
    """Whether an ``exclude`` phrase stands within ``EXCLUDE_WINDOW`` tokens of the count or
    its cue (``first..last``) and speaks of them: it does, but when it stands after them,
    past a comma or another break (a bracket's aside aside), in a phrase with a count of its
    own after it: one in the fact's unit, or for a fact without a unit one ``tied`` to a cue
    of the fact (``tied`` is ``None`` for a fact with a unit): "$22 per share in stock, where the
    previous offer was $10" and "$82 a share, up from a previous offer of $70": "previous"
    sets aside the $10 and the $70, not the $22 or the $82. "killed 12, the third attack in
    Kunduz", "killed 12, and wounded 20 in Kunduz" and "killed 15, the second attack in Kunduz
    in 3 days" still set the 12 and the 15 aside (no count after "Kunduz", or none a cue
    ties)."""
    end = max(count.last, last)
    for i in excluded:
        if min(abs(i - count.first), abs(i - count.last), abs(i - first)) > EXCLUDE_WINDOW:
            continue
        if i > end and _own_count(text, tokens, end, i, covering, tied):
            continue
        return True
    return False


def _own_count(
    text: str,
    tokens: list[Token],
    end: int,
    at: int,
    covering: dict[int, Count],
    tied: set[Count] | None,
) -> bool:
    """Whether the token ``at``, after a break that follows token ``end``, has a count
    (``tied`` to a cue, unless ``tied`` is ``None``) after it in its phrase, within
    ``EXCLUDE_WINDOW`` tokens: "where the previous offer was $10". A count before it ("...,
    and wounded 20 in Kunduz") leaves the phrase free to speak of both."""
    if not any(_phrase_break(text, tokens, k) for k in range(end + 1, at + 1)):
        return False
    for k in range(at + 1, min(len(tokens), at + 1 + EXCLUDE_WINDOW)):
        if _phrase_break(text, tokens, k):
            return False
        if k in covering and (tied is None or covering[k] in tied):
            return True
    return False


def _phrase_break(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a phrase breaks between tokens ``k - 1`` and ``k``: a comma, a semicolon, a
    colon, a dash or a line; a bracket only when it holds more than an aside ("$82 (£58)
    per share" is one phrase)."""
    between = text[tokens[k - 1].end : tokens[k].start]
    if _PHRASE_BREAK.search(between) is None:
        return False
    if "(" in between:  # into an aside that closes within a few words
        close = text.find(")", tokens[k - 1].end, tokens[min(len(tokens) - 1, k + 3)].end)
        return close < 0 or _PHRASE_BREAK.search(between.replace("(", "")) is not None
    if ")" in between:  # out of an aside
        return _PHRASE_BREAK.search(between.replace(")", "")) is not None
    return True


_PHRASE_BREAK = re.compile(r"[,;:()\u2014\n]")


_CLAUSE_BREAK = re.compile(r"[;:()\u2014\n]")
_PLACE_COMMA = re.compile(r"\b[A-Z][\w.'-]*, (?=[A-Z])")  # "Orlando, Florida"
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w.'-]*, \Z")  # the same, ending before the next token


def _one_clause(text: str, tokens: list[Token], left: int, right: int) -> bool:
    """Whether tokens ``left`` and ``right`` stand in one clause: no clause word ("which",
    "and", "after"...) and no punctuation between them, but for the comma of a place name
    ("Orlando, Florida")."""
    between = text[tokens[left].end : tokens[right].start]
    words = {t.lower for t in tokens[left + 1 : right]}
    if words & CLAUSE_WORDS or _CLAUSE_BREAK.search(between):
        return False
    return "," not in _PLACE_COMMA.sub(" ", text[tokens[left].start : tokens[right].start])


class _TimeScopes:
    """Which counts of a document speak of a time other than the fact's."""

    def __init__(self, doc: Document, when: Period | None) -> None:
        self.doc = doc
        self.when = when
        # what depends on the sentence alone, worked out once per sentence, not per count
        self._sentences: dict[int, tuple[bool, bool]] = {}
        self._dated: dict[int, _Dated] = {}

    def other_time(self, start: int, end: int, tokens: list[Token], count: Count) -> bool:
        if self.when is None:
            return False
        said_of_another_time, carried = self._sentence(start, end)
        if said_of_another_time:
            return True
        dated = self._dated.get(start)
        if dated is None:
            dated = self._dated[start] = _Dated(self.doc, tokens, start, end, self._near)
        near = dated.near(count)
        if True in near:
            return False
        if False in near:
            return True
        return not near and carried

    def _sentence(self, start: int, end: int) -> tuple[bool, bool]:
        """Whether the sentence says "last year", and whether it goes on in another time that
        the sentence before opened (when it has no date of its own)."""
        found = self._sentences.get(start)
        if found is None:
            found = (
                any(
                    not self._last_year_is_when(match, start, end)
                    for match in OTHER_TIME.finditer(self.doc.text, start, end)
                ),
                start > 0 and self._carried(start, end),
            )
            self._sentences[start] = found
        return found

    def _last_year_is_when(self, match: re.Match[str], start: int, end: int) -> bool:
        """Whether "last year" is the fact's own year, told from the source's date: "Last year,
        Berlin police recorded 14 sexual assaults at the event", in an article of December 2017,
        for a count ``when: 2016``; "the price of bitcoin rose by 900% last year". Not a
        comparison's base ("10 more than last year", "up from 14 last year", "compared with 14
        last year"), "last year's champion", or in a sentence whose clauses a semicolon parts
        ("Last year the club scored 52 goals; this season it has already scored 40")."""
        said = self.doc.source.date
        assert self.when is not None
        text = self.doc.text
        before = text[max(start, match.start() - 30) : match.start()].lower().split()[-3:]
        return (
            match[0].lower() == "last year"
            and said is not None
            and self.when.year == said.year - 1
            and not text.startswith(("'s", "\u2019s"), match.end())
            and ";" not in text[start:end]
            and not set(before) & _COMPARED
        )

    def _carried(self, start: int, end: int) -> bool:
        """No date of its own: the sentence goes on with the episode a framing date opened, or,
        in its paragraph, with one the sentence before dated in another year ("... storms a
        cinema in Aurora in July 2012, opening fire. Twelve people and 70 wounded.")."""
        assert self.when is not None
        text = self.doc.text
        previous_start, _ = self.doc.sentence(start - 1)
        previous = self.doc.tokens_between(previous_start, start)
        same_paragraph = (
            text[start - 1] != "\n"
            and PRESENT_TIME.search(text, previous_start, start) is None
            and OWN_TENSE.search(text, start, end) is None
        )
        return any(
            self._near(expr) is False
            and not BOUND_BEFORE.search(text, max(previous_start, expr.start - 12), expr.start)
            and (
                self._frames(previous, expr.start)
                or (same_paragraph and expr.year is not None and expr.year != self.when.year)
            )
            for expr in self.doc.dates_in(previous_start, start)
        )

    def _near(self, expr: DateExpr) -> bool | None:
        assert self.when is not None
        return expr.resolve(self.doc.source.date).near(self.when)

    @staticmethod
    def _frames(tokens: list[Token], offset: int) -> bool:
        return any(t.start <= offset < t.end for t in tokens[:FRAMING])


def _previous_one(text: str, expr: DateExpr) -> bool:
    """Whether the date is that of the last time before, in "their first title since 1908",
    "the deadliest attack since 2010", and ends its phrase there: a comma or a phrase of the
    main clause follows ("since 1908 with a riveting, 8-7, 10-inning victory", "since 1908,
    more than could be covered in the 17-minute rain delay"). It then dates no other count of
    the sentence. Not when words go on to tell of that earlier time: a clause ("since 2010,
    when a bomber killed 40", "since 2010 to have killed 40"), a noun ("since 2010 bombings
    that killed 63"), a possessive ("since 2014's ferry sinking"), a dash or a bracket."""
    if not _FIRST_SINCE.search(text, max(0, expr.start - 60), expr.start):
        return False
    return _ENDS_ITS_PHRASE.match(text, expr.end) is not None


def _baseline(text: str, expr: DateExpr) -> bool:
    """Whether the date is that of a comparison's base, which dates what a figure is measured
    against, not the figure: the date of a price a premium or a discount is taken over ("a 50%
    premium over Qualcomm's closing price on Nov. 2"), or a date that is itself the base, right
    after "than" ("prices 10 percent higher than in 2015", "than at the start of 2004"). Only
    when the date ends its phrase (see :func:`_previous_one`) or the sentence: "higher than in
    2015, when 400 died" goes on about that time; and not a date after a comma or a clause of
    expectation ("higher than expected in March", "lower than feared, in 2014"): those date
    the figure."""
    before = text[max(0, expr.start - 80) : expr.start]
    if not (_PREMIUM_OVER.search(before) or _THAN_WHEN.search(before)):
        return False
    return (
        _ENDS_ITS_PHRASE.match(text, expr.end) is not None
        or _ENDS_SENTENCE.match(text, expr.end) is not None
    )


# a premium or a discount over a price of a date: the words between are the price's, with no
# comma, figure or clause of expectation among them
_PREMIUM_OVER = re.compile(
    r"\b(?:premium|discount)\s+(?:over|to|on)\s+"
    r"(?![^,.;:!?()\n\d]*\b(?:expected|forecast|predicted|estimated|feared|hoped|planned)\b)"
    r"[^,.;:!?()\n\d]{0,60}$",
    re.IGNORECASE,
)
# "than" and the date that is the base itself: "than in 2015", "than on Monday", "than at the
# start of 2004", "compared with March"
_THAN_WHEN = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus)\s+(?:(?:in|on|at|during)\s+)?"
    r"(?:the\s+(?:start|end|beginning|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?][\"'\u201d\u2019]?(?:\s|$)|$)")
_FIRST_SINCE = re.compile(
    r"\b(?:first|last|best|worst|most|least|[a-z]{3,}est)\b[^.,;:!?]{0,40}?\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ENDS_ITS_PHRASE = re.compile(
    r"(?:,\s+(?!(?:when|which|that|where|who|whose|and|to|in\s+which)\b)[a-z]"
    r"|\s+(?:with|at|on|as|in(?!\s+which))\b)",
    re.IGNORECASE,
)


class _Dated:
    """The dates of one sentence as its counts ask about them, read once: which dates speak of
    a count's time. A date does when it frames the sentence (among its first ``FRAMING``
    tokens), stands within ``NEAR_DATE`` words of the count, or stands in one clause with it
    ("The June 2016 mass shooting at the Pulse nightclub in Orlando, Florida left 49 dead").

    Asked date by date, a long sentence of counts and dates costs the cube of its length; here
    the dates around a count are judged one by one, and the far ones in its clause by binary
    searches over the clause breaks and counts of verdicts summed in advance.
    """

    # tokens either side of a count whose dates are judged one by one: at least NEAR_DATE and
    # a long date's tokens (16), so that every date within NEAR_DATE words is among them
    AROUND = 40

    def __init__(
        self,
        doc: Document,
        tokens: list[Token],
        start: int,
        end: int,
        near: Callable[[DateExpr], bool | None],
    ) -> None:
        self.text, self.tokens = doc.text, tokens
        starts = [token.start for token in tokens]
        items = []
        for expr in doc.dates_in(start, end):
            first = bisect.bisect_left(starts, expr.start)
            last = bisect.bisect_left(starts, expr.end) - 1
            if first <= last:  # the date holds a token's start
                frames = any(t.start <= expr.start < t.end for t in tokens[:FRAMING])
                since = _previous_one(doc.text, expr) or _baseline(doc.text, expr)
                anchor = doc.source.date
                ahead = (
                    expr.resolve_ahead(anchor)
                    if anchor is not None and future_before(doc, tokens, first)
                    else None
                )  # "the 1,600 officers who will be on New Year's Eve patrol": the next one
                said = near(ahead or expr)
                items.append((first, last, None if since else said, frames))
        items.sort()
        self.items = items
        self.firsts = [item[0] for item in items]
        self.lasts = [item[1] for item in items]
        self.framing = [item[2] for item in items if item[3]]
        # running counts of the verdicts True, False and None over the dates in order
        self.sums = [(0, 0, 0)]
        for _, _, verdict, _ in items:
            t, f, n = self.sums[-1]
            self.sums.append((t + (verdict is True), f + (verdict is False), n + (verdict is None)))
        # where clauses break: punctuation between tokens (a place name's comma aside), a clause
        # word, a comma inside a token ("1,200")
        size = len(tokens)
        punct = [False] + [_breaks(doc.text, tokens, k) for k in range(1, size)]
        word = [token.lower in CLAUSE_WORDS for token in tokens]
        comma = ["," in token.text for token in tokens]
        self.last_punct, self.last_word, self.last_comma = (
            _last_true(punct),
            _last_true(word),
            _last_true(comma),
        )
        self.next_punct, self.next_word, self.next_comma = (
            _next_true(punct),
            _next_true(word),
            _next_true(comma),
        )

    def near(self, count: Count) -> set[bool | None]:
        """The verdicts (True: the fact's time, False: another, None: cannot tell) of the dates
        that speak of the count's time."""
        first, last = count.first, count.last
        found = set(self.framing)
        low = bisect.bisect_left(self.firsts, first - self.AROUND)
        high = bisect.bisect_right(self.firsts, last + self.AROUND)
        for date_first, date_last, verdict, _ in self.items[low:high]:
            if self._close(count, date_first, date_last):
                found.add(verdict)
        # far before the count, in its clause: the date's last token at or after the clause's
        # last break before the count (dates do not overlap, so their ends rise in order)
        if first > 0:
            bound = max(
                self.last_punct[first],
                self.last_word[first - 1],
                self.last_comma[first - 1] + 1,
            )
            begin = bisect.bisect_left(self.lasts, bound, 0, low)
            found |= self._verdicts(begin, low)
        # far after the count, in its clause: the date's first token before the next break
        if high < len(self.items) and not self.tokens[last].text.count(","):
            bound = min(
                self.next_punct[last + 1] - 1 if last + 1 < len(self.tokens) else last,
                self.next_word[last + 1] if last + 1 < len(self.tokens) else last,
                self.next_comma[last + 1] if last + 1 < len(self.tokens) else last,
            )
            stop = bisect.bisect_right(self.firsts, bound, high)
            found |= self._verdicts(high, stop)
        return found

    def _verdicts(self, begin: int, stop: int) -> set[bool | None]:
        if begin >= stop:
            return set()
        before, after = self.sums[begin], self.sums[stop]
        kinds: tuple[bool | None, ...] = (True, False, None)
        return {kind for kind, a, b in zip(kinds, before, after, strict=True) if b > a}

    def _close(self, count: Count, date_first: int, date_last: int) -> bool:
        """Whether a date near the count speaks of its time: within ``NEAR_DATE`` words, or in
        one clause with it."""
        if min(abs(date_first - count.last), abs(date_last - count.first)) <= NEAR_DATE:
            return True
        if date_last < count.first:
            return _one_clause(self.text, self.tokens, date_last, count.first)
        return _one_clause(self.text, self.tokens, count.last, date_first)


def _breaks(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a clause breaks between tokens ``k - 1`` and ``k``: a stop, a bracket, a dash
    or a line, or a comma that is no place name's ("Orlando, Florida")."""
    between = text[tokens[k - 1].end : tokens[k].start]
    if _CLAUSE_BREAK.search(between):
        return True
    if "," not in between:
        return False
    place = _PLACE_BEFORE.search(text, tokens[k - 1].start, tokens[k].start)
    return place is None or not tokens[k].text[:1].isupper()


def _last_true(flags: list[bool]) -> list[int]:
    """For each index, the last index at or before it whose flag is set, or -1."""
    found, last = [], -1
    for index, flag in enumerate(flags):
        last = index if flag else last
        found.append(last)
    return found


def _next_true(flags: list[bool]) -> list[int]:
    """For each index, the first index at or after it whose flag is set, or the length."""
    found, following = [0] * len(flags), len(flags)
    for index in range(len(flags) - 1, -1, -1):
        following = index if flags[index] else following
        found[index] = following
    return found
