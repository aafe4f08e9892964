"""Role facts: the office is what the file declares (``role``, ``role_aliases``), not a built-in
list of titles; a past title does not conflict with a current one."""

from __future__ import annotations

import pytest

from tests.conftest import check_fact

HARBOUR = """
id: harbour
kind: role
person: Lars Eikeland
role: harbour master
"""
CEO = """
id: ceo
kind: role
person: Doug Parker
aliases: [Parker]
role: American Airlines chief executive
role_aliases: [CEO, chief executive officer]
"""
FATHER = """
id: father
kind: role
person: Bassem Tamimi
aliases: [Bassem]
role: father
"""
COACH = """
id: lazare
kind: role
person: Darnell Lazare
role: Memphis Hustle assistant coach
role_aliases: [assistant coach]
"""


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        (HARBOUR, "The ship was too fast, said harbour master Lars Eikeland.", "match"),
        (HARBOUR, "Harbour master Per Olsen said the ferry had not slowed.", "contradiction"),
        (HARBOUR, "Lars Eikeland, the harbour master, said the ship was too fast.", "match"),
        (HARBOUR, "Former harbour master Per Olsen said the port was too busy.", "omission"),
        # real sentences of the development clusters
        (CEO, "American Airlines chief executive Doug Parker told employees last month", "match"),
        (
            FATHER,
            "Her father Bassem has said she was upset when she approached the soldiers",
            "match",
        ),
        (
            COACH,
            "Hustle assistant coach Darnell Lazare said in a tweet that the flight attendant",
            "match",
        ),
    ],
)
def test_a_declared_office_pairs_like_a_built_in_title(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


def test_a_past_title_before_the_person_is_no_conflict() -> None:
    verdict = check_fact(CEO, "Doug Parker met former chief executive Tom Horton on Monday.")
    assert verdict.status.value == "omission"
    text = "Former CEO Doug Parker said the airline had changed."
    assert check_fact(CEO, text).status.value == "omission"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # made up, another story: a past word in lower case before the person's other title
        ("The town's former mayor Lars Eikeland said the port was too busy.", "omission"),
        ("The town's ex-mayor Lars Eikeland said the port was too busy.", "omission"),
        ("The town's mayor Lars Eikeland said the port was too busy.", "contradiction"),
    ],
)
def test_the_persons_other_title_after_a_past_word_is_no_conflict(text: str, status: str) -> None:
    assert check_fact(HARBOUR, text).status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # made up: a declared office that is no built-in title, in apposition with words after it
        ("Darnell Lazare, the Hustle's assistant coach since 2019, said the flight was late.",
         "match"),
        ("Darnell Lazare, the Hustle's head coach since 2019, said the flight was late.",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_declared_office_in_apposition_is_read_up_to_its_own_noun(text: str, status: str) -> None:
    assert check_fact(COACH, text).status.value == status


@pytest.mark.parametrize(
    "text",
    [
        # stray spaces before a comma, as text taken from a web page has them: no office there
        "Lars Eikeland, Norway's , said the port was too busy.",
        "Lars Eikeland,  , said the port was too busy.",
    ],
)
def test_an_apposition_of_no_words_names_no_office(text: str) -> None:
    verdict = check_fact(HARBOUR, text)
    assert (verdict.status.value, verdict.found) == ("omission", None)


PRIME_MINISTER = """
id: prime-minister
kind: role
person: Najib Razak
role: Malaysian prime minister
role_aliases: [prime minister]
"""


@pytest.mark.parametrize(
    "text",
    [
        # no comma or copula: "March" is not set off as the holder
        "At 1400 GMT on 24 March the Malaysian prime minister announced the analysis.",
        # a sentence adverb, a weekday or a month before the comma names nobody
        "Earlier, the prime minister confirmed the plane was taken off course.",
        "On Monday, the prime minister said the search would go on.",
        "In March, the prime minister said the plane had crashed.",
    ],
)
def test_words_that_name_nobody_never_hold_the_office(text: str) -> None:
    assert check_fact(PRIME_MINISTER, text).status.value == "omission"


def test_an_apposition_with_its_comma_or_a_copula_names_another_holder() -> None:
    for text in (
        "Anwar Ibrahim, the prime minister, said the search would go on.",
        "Anwar Ibrahim is the prime minister and said the search would go on.",
    ):
        assert check_fact(PRIME_MINISTER, text).status.value == "contradiction", text


@pytest.mark.parametrize(
    "text",
    [
        "Australia's Deputy Prime Minister Warren Truss said the search would go on.",
        "Australian Prime Minister Tony Abbott said objects had been seen.",
        "Erdogan's prime minister, Binali Yildirim, spoke on Friday.",
        # a rank in lower case, a possessive in lower case (either apostrophe)
        "The deputy prime minister, Warren Truss, said the search would go on.",
        "The president's prime minister, Binali Yildirim, spoke on Friday.",
        "The president\u2019s prime minister, Binali Yildirim, spoke on Friday.",
    ],
)
def test_a_narrower_or_another_office_holds_no_conflict(text: str) -> None:
    """A rank or a word the declared form does not have before it names another office."""
    assert check_fact(PRIME_MINISTER, text).status.value == "omission"


@pytest.mark.parametrize(
    ("text", "said", "evidence"),
    [
        ("Prime Minister Anwar Ibrahim said the search would go on.", "Prime Minister",
         "Prime Minister Anwar Ibrahim"),
        # "The" opening the sentence is no modifier of the office
        ("The prime minister, Anwar Ibrahim, said the search would go on.", "prime minister",
         "prime minister, Anwar Ibrahim"),
        ("Anwar Ibrahim, the prime minister, said the search would go on.", "prime minister",
         "Anwar Ibrahim, the prime minister"),
    ],
)  # fmt: skip
def test_the_declared_office_still_conflicts_without_a_modifier(
    text: str, said: str, evidence: str
) -> None:
    verdict = check_fact(PRIME_MINISTER, text)
    detail = f"the source names 'Anwar Ibrahim' as {said!r}, not 'Najib Razak'"
    assert (verdict.status.value, verdict.detail) == ("contradiction", detail)
    assert [e.text for e in verdict.evidence] == [evidence]


DCA = """
id: dca-chief
kind: role
person: Azharuddin Abdul Rahman
role: Director-General of the Department of Civil Aviation
role_aliases: [director-general, head of Malaysia's Civil Aviation Authority]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a complement after the title, then the name set off by its comma
        (
            "At a press conference, the director-general of Malaysia's Civil Aviation body, "
            "Azharuddin Abdul Rahman, said officials were struggling.",
            "match",
        ),
        # the holder with a word glued to his name is still the holder (the name fact reports it)
        (
            "The head of Malaysia's Civil Aviation Authority, Azharuddin Abdul Rahmanthe, called "
            "it unprecedented.",
            "match",
        ),
        # without the comma the capitalised words belong to the complement
        ("The director-general of Malaysia Airports Holdings said nothing.", "omission"),
    ],
)
def test_a_title_with_its_complement_pairs_with_the_name_after_its_comma(
    text: str, status: str
) -> None:
    assert check_fact(DCA, text).status.value == status


def test_one_of_a_group_holds_the_group_office() -> None:
    text = "Hustle coach Glynn Cyprien and Darnell Lazare, one of his assistants, took to Twitter."
    assert (
        check_fact(
            COACH.replace("[assistant coach]", "[assistant coach, assistant]"), text
        ).status.value
        == "match"
    )


PRIME_MINISTER = """
id: pm
kind: role
person: Najib Razak
role: prime minister
role_aliases: [Malaysian prime minister]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # MH370: the declared office, said fully or less precisely
        ("Malaysian Prime Minister Najib Razak said the plane was diverted.", "match"),
        ("The minister Najib Razak said so.", "match"),
        ("Malaysian minister Najib Razak said so.", "match"),
        # another kind of minister: the declared person in another office
        ("Foreign Minister Najib Razak said so.", "contradiction"),
        ("Najib Razak, the transport minister, said so.", "contradiction"),
    ],
)
def test_another_kind_of_the_declared_office_is_another_office(text: str, status: str) -> None:
    assert check_fact(PRIME_MINISTER, text).status.value == status


SECRETARY = """
id: tillerson
kind: role
person: Rex Tillerson
aliases: [Tillerson]
role: Secretary of State
role_aliases: [U.S. Secretary of State, US Secretary of State]
"""
DEFENCE = "id: lopes\nkind: role\nperson: Ana Lopes\nrole: Minister of Defence"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a capitalised title whose complement is its own is followed by its holder (development
        # clusters: North Korea's missile launch, September 2017)
        (SECRETARY, "In a statement, US Secretary of State Rex Tillerson said the missile test "
         "was the second time the people of Japan have been directly threatened.", "match"),
        (SECRETARY, "U.S. Secretary of State Rex Tillerson urged China and Russia to take "
         "direct actions.", "match"),
        (SECRETARY, "Secretary of State John Kerry said the talks would go on.", "contradiction"),
        (SECRETARY, "Former Secretary of State John Kerry said the talks would go on.",
         "omission"),
        # made up, another story
        (DEFENCE, "Minister of Defence Ana Lopes visited the base.", "match"),
        (DEFENCE, "Minister of Defence Rui Costa visited the base.", "contradiction"),
        # not written as a title: the capitalised words may be the complement's
        (DEFENCE, "The minister of defence Rui Costa visited the base.", "omission"),
    ],
)  # fmt: skip
def test_a_capitalised_title_with_its_own_complement_pairs_with_the_name_after_it(
    fact: str, text: str, status: str
) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # ranks and honorifics before the name are no words of it (found by a hostile review)
        ("id: r\nkind: role\nperson: Qamar Javed Bajwa\nrole: Chief of Army Staff",
         "Chief of Army Staff Gen. Qamar Javed Bajwa visited the troops.", "match"),
        ("id: r\nkind: role\nperson: Isaac Adewole\nrole: Minister of Health",
         "The Minister of Health Prof. Isaac Adewole said the outbreak was contained.", "match"),
        ("id: r\nkind: role\nperson: Isaac Adewole\nrole: Minister of Health",
         "The Minister of Health, Prof. Isaac Adewole, said the outbreak was contained.", "match"),
        ("id: r\nkind: role\nperson: Stuart Peach\nrole: Chief of the Defence Staff",
         "Chief of the Defence Staff Air Chief Marshal Sir Stuart Peach told MPs.", "match"),
        # a headline in title case names nobody after its title
        ("id: r\nkind: role\nperson: Isaac Adewole\nrole: Minister of Health",
         "Minister of Health Says Lassa Fever Outbreak Contained", "omission"),
        (SECRETARY, "Secretary Of State Visits Flood-Hit Texas Town", "omission"),
        # an institution named after the office is no holder, nor is a single word
        (SECRETARY, "The Secretary of State Office in Austin processed the paperwork.",
         "omission"),
        (SECRETARY, "Asked about the Secretary of State Strategic Dialogue, he said no.",
         "omission"),
    ],
)  # fmt: skip
def test_a_capitalised_title_names_a_person_only(fact: str, text: str, status: str) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail
