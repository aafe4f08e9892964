"""What a sentence does with a phrase (asserts, negates, leaves open), and who says it."""

from __future__ import annotations

import pytest

from factcheck.match.assertion import Stance, speaker_near, stance_of
from factcheck.match.document import Document
from factcheck.match.mention import alias_regex
from factcheck.sources import source_from_text


def _stance(text: str, phrase: str) -> tuple[Stance, str]:
    doc = Document(source_from_text(text, id="s.txt"))
    start = doc.text.index(phrase)
    stance, negation = stance_of(doc, start, start + len(phrase))
    return stance, doc.text[negation : start + len(phrase)]


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "span"),
    [
        # real sentences: chibok-release 006, the bulk corpus (BBC, giveme5w1h), las-vegas 002
        ("Information minister Mohammed denied that the 21 girls were exchanged for Boko Haram "
         "prisoners.", "exchanged for", Stance.NEGATED,
         "denied that the 21 girls were exchanged for"),
        ("Gazprom chief Alexei Miller confirmed Rosneft-owned Yugansk was not part of the deal.",
         "part of the deal", Stance.NEGATED, "not part of the deal"),
        ("Authorities are investigating whether a second car bomb was involved.", "car bomb",
         Stance.OPEN, "whether a second car bomb"),
        ("Mandiant found no evidence that these two separate events or the attackers were "
         "related.", "two separate events", Stance.OPEN, "no evidence that these two separate events"),
        ("We have determined, to this point, no connection with an international terrorist group.",
         "no connection", Stance.ASSERTED, "no connection"),
        # made up
        ("Nobody has taken responsibility.", "taken responsibility", Stance.NEGATED,
         "Nobody has taken responsibility"),
        ("He didn't resign.", "resign", Stance.NEGATED, "didn't resign"),
        ("It was not only an accident.", "an accident", Stance.ASSERTED, "an accident"),
        ("There was not no connection.", "no connection", Stance.OPEN, "not no connection"),
        ("Police, who did not comment, charged him.", "charged", Stance.ASSERTED, "charged"),
        # the phrase opening the clause after "that" is what the clause speaks of: left open
        ("Information minister Mohammed denied that the 21 girls were exchanged for Boko Haram "
         "prisoners.", "21 girls", Stance.OPEN, "denied that the 21 girls"),
        ("Police have found no evidence whatsoever that the suspect had links to militants.",
         "the suspect had links", Stance.OPEN,
         "no evidence whatsoever that the suspect had links"),
        ("Police have found no evidence whatsoever that the suspect had links to militants.",
         "links to militants", Stance.NEGATED,
         "no evidence whatsoever that the suspect had links to militants"),
        # "reject" denies, but refuses a proposal, which it says was made (broadcom-qualcomm
        # 004; a hostile review's sentences)
        ("Qualcomm's board previously rejected Broadcom's original $105 billion acquisition "
         "approach.", "105 billion", Stance.ASSERTED, "105 billion"),
        ("Qualcomm rejected the $121 billion bid on Monday.", "121 billion", Stance.ASSERTED,
         "121 billion"),
        ("Officials rejected the terrorism label, calling it an accident.", "terrorism",
         Stance.NEGATED, "rejected the terrorism"),
        ("Police rejected revenge as a motive.", "revenge", Stance.NEGATED, "rejected revenge"),
        ("Police rejected claims that he was armed.", "armed", Stance.NEGATED,
         "rejected claims that he was armed"),
        # not realising, noticing or being aware of a thing leaves it open: knowing, as "did
        # not know" (tarantino-thurman 005)
        ("He said he didn't realise there was a twist in the road coming back.",
         "twist in the road", Stance.OPEN, "didn't realise there was a twist in the road"),
        ("Nobody noticed the fire until it reached the roof.", "fire", Stance.OPEN,
         "Nobody noticed the fire"),
        # "not question" negates the phrase that starts with "question"
        ("The panel did not question the findings.", "question the findings", Stance.NEGATED,
         "not question the findings"),
    ],
)  # fmt: skip
def test_the_stance_of_a_sentence_towards_a_phrase(
    text: str, phrase: str, stance: Stance, span: str
) -> None:
    assert _stance(text, phrase) == (stance, span)


@pytest.mark.parametrize(
    ("text", "speakers", "said"),
    [
        ("The mayor called it an accident.", ("the mayor",), True),
        ("It was an accident, according to police.", ("police",), True),
        ("Equifax said 143 million people were affected.", ("Equifax",), True),
        ("The FBI said so, but the mayor called it an accident.", ("FBI",), False),
        ("An accident, the mayor thinks.", ("the mayor",), False),  # no reporting verb
        # at most 3 words between the speaker and the verb, on either side
        ("The mayor of the town called it an accident.", ("the mayor",), True),
        ("The mayor of the old town called it an accident.", ("the mayor",), False),
        ("It was an accident, the mayor of the town said.", ("the mayor",), True),
        ("It was an accident, the mayor of the old town said.", ("the mayor",), False),
        ("It was an accident, said the mayor.", ("the mayor",), True),
        ("It was an accident, said a spokesman for the mayor.", ("the mayor",), True),
        ("It was an accident, said a young spokesman for the mayor.", ("the mayor",), False),
    ],
)
def test_a_speaker_counts_next_to_the_reporting_verb_nearest_the_phrase(
    text: str, speakers: tuple[str, ...], said: bool
) -> None:
    doc = Document(source_from_text(text, id="s.txt"))
    start = doc.text.lower().index("accident") if "accident" in text else doc.text.index("143")
    assert speaker_near(doc, start, alias_regex(speakers)) is said
