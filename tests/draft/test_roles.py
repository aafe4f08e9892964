"""Candidate roles: a title before a name or in apposition after it, the title most sources
give as the role and the others of the same office as its aliases."""

from __future__ import annotations

import pytest

from factcheck.draft.roles import _same_office, role_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _roles(*texts: str) -> dict[str, dict[str, object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {str(c.keys["person"]): c.keys for c in role_candidates(docs, 2)}


def test_a_title_before_the_name_and_one_in_apposition_are_paired_with_the_person() -> None:
    """Chibok: "information minister Lai Mohammed", "Lai Mohammed, Nigerian information
    minister, said"."""
    roles = _roles(
        "Nigerian information minister Lai Mohammed said the girls were freed.\n",
        "Lai Mohammed, Nigerian information minister, said talks go on.\n",
        "Lai Mohammed, the minister of information and culture, said so.\n",
    )
    assert roles["Lai Mohammed"]["role"] == "Nigerian information minister"
    assert roles["Lai Mohammed"]["role_aliases"] == ["minister of information and culture"]
    assert roles["Lai Mohammed"]["id"] == "minister"


def test_words_that_lead_into_a_title_are_not_part_of_it() -> None:
    """ "In Moscow, Kremlin spokesman..." and "said spokesman" keep only the title."""
    roles = _roles(
        "The Kremlin spokesman Dmitry Peskov said so.\n",
        "Meanwhile Kremlin spokesman Dmitry Peskov added more.\n",
    )
    assert roles["Dmitry Peskov"]["role"] == "Kremlin spokesman"


def test_a_person_titled_by_one_source_only_is_no_candidate() -> None:
    roles = _roles("Kremlin spokesman Dmitry Peskov said so.\n", "Dmitry Peskov said it.\n")
    assert roles == {}


def test_a_person_no_source_names_in_full_is_named_as_written() -> None:
    """Ahed Tamimi: "Her father Bassem has said", never "Bassem Tamimi"."""
    roles = _roles(
        "Her father Bassem has said she was upset.\n",
        "Her father Bassem called it a political trial.\n",
    )
    assert roles["Bassem"]["role"] == "father"
    assert "aliases" not in roles["Bassem"]


def test_a_one_word_name_the_sources_write_in_lower_case_is_no_person() -> None:
    """American Airlines: "operated by Envoy Air" names an airline; "air" is a word."""
    roles = _roles(
        "The flight was operated by Envoy Air, a regional carrier.\n",
        "It was operated by Envoy Air, which flies by air.\n",
    )
    assert roles == {}


def test_a_word_for_the_top_of_the_same_body_is_a_title_of_the_same_office() -> None:
    """MH370: "Interpol Secretary General Ronald Noble", "Interpol's head, Ronald Noble"."""
    roles = _roles(
        "It was no terror attack, said Interpol Secretary General Ronald Noble.\n",
        "The passports were stolen, said Interpol's head, Ronald Noble.\n",
    )
    assert roles["Ronald Noble"]["role"] == "Interpol Secretary General"
    assert roles["Ronald Noble"]["role_aliases"] == ["Interpol's head"]


def test_a_deputy_or_another_body_holds_another_office() -> None:
    roles = _roles(
        "Interpol Secretary General Ronald Noble said so.\n",
        "Interpol Secretary General Ronald Noble said it again.\n",
        "Ronald Noble, Interpol's deputy head, said so.\n",
        "Ronald Noble, Europol's head, said so.\n",
    )
    assert roles["Ronald Noble"]["role"] == "Interpol Secretary General"
    assert "role_aliases" not in roles["Ronald Noble"]


def test_an_office_written_in_full_is_a_title_of_the_office_its_initials_name() -> None:
    """Equifax: "Equifax's former CEO, Richard Smith," and "said company chairman and chief
    executive Richard Smith"."""
    roles = _roles(
        "Meanwhile, Equifax's former CEO, Richard Smith, is to testify.\n",
        "It is what we do, said company chairman and chief executive Richard Smith.\n",
    )
    assert roles["Richard Smith"]["role"] == "Equifax's former CEO"
    assert roles["Richard Smith"]["role_aliases"] == ["chief executive"]


def test_a_title_in_apposition_is_measured_before_its_complement() -> None:
    """Las Vegas: "Aaron Rouse, the special agent in charge of the FBI in Las Vegas, said"
    (two words before "in charge of..."); MH370: "Andy Kovacs, Seneca College flight
    instructor and Air Canada pilot," is a clause of eight words, no title."""
    roles = _roles(
        *(
            f"{text}\n"
            for text in (
                "Aaron Rouse, the special agent in charge of the FBI in Las Vegas, said so.",
                "Aaron Rouse, the special agent in charge of the FBI in Las Vegas, added.",
                "Andy Kovacs, Seneca College flight instructor and Air Canada pilot, said so.",
                "Andy Kovacs, Seneca College flight instructor and Air Canada pilot, added.",
            )
        )
    )
    assert roles["Aaron Rouse"]["role"] == "special agent in charge of the FBI in Las Vegas"
    assert "Andy Kovacs" not in roles


@pytest.mark.parametrize(
    ("first", "second", "person", "role"),
    [
        (  # North Korea 001, 002: a capitalised title with its own complement
            "In a statement, US Secretary of State Rex Tillerson said the test was reckless.",
            'Secretary of State Rex Tillerson said, "These continued provocations".',
            "Rex Tillerson",
            "Secretary of State",
        ),
        (  # made up: a complement of two words, whose last is a body, not a given name
            "Secretary of Homeland Security John Kelly said the border was closed.",
            "The order came from Secretary of Homeland Security John Kelly on Monday.",
            "John Kelly",
            "Secretary of Homeland Security",
        ),
        (  # North Korea 002, 007: an office inside the title ("chief"), a body ("Cabinet")
            "The Japanese chief Cabinet secretary, Yoshihide Suga, says the missile flew.",
            "Reuters Japanese Chief Cabinet Secretary Yoshihide Suga speaks at a news conference.",
            "Yoshihide Suga",
            "Japanese Chief Cabinet Secretary",
        ),
        (  # North Korea 001, 007: a rank after the office is the title's, not the name's
            "NATO Secretary General Jens Stoltenberg condemned the launch.",
            "NATO Secretary General Jens Stoltenberg said it was a threat.",
            "Jens Stoltenberg",
            "NATO Secretary General",
        ),
        (  # North Korea 005, made up: the words that lead in are no part of the title
            "The launch was condemned by Prime Minister Shinzo Abe on Friday.",
            "Japan is less safe under Prime Minister Shinzo Abe, critics said.",
            "Shinzo Abe",
            "Prime Minister",
        ),
        (  # American Airlines 001: a word that opens the sentence is none of the title
            "Both Hustle head coach Glynn Cyprien and an assistant were removed.",
            "Hustle head coach Glynn Cyprien said so.",
            "Glynn Cyprien",
            "Hustle head coach",
        ),
        (  # made up: a fire chief of another story
            "Fire Department chairwoman Mary Pike said the blaze was out.",
            "Fire Department chairwoman Mary Pike thanked the crews.",
            "Mary Pike",
            "Fire Department chairwoman",
        ),
    ],
)
def test_a_title_before_a_name_is_read_as_the_role_checker_reads_it(
    first: str, second: str, person: str, role: str
) -> None:
    roles = _roles(f"{first}\n", f"{second}\n")
    assert roles[person]["role"] == role


@pytest.mark.parametrize(
    "sentence",
    [
        "The UN General Assembly meets next week.",  # North Korea 001: a body, no person
        "The UN Security Council met on Friday.",
        "A spokesman for Penelec Mark Durbin said so.",  # a complement not in title case
    ],
)
def test_a_body_after_an_office_or_a_complement_in_lower_case_names_no_holder(
    sentence: str,
) -> None:
    roles = _roles(f"{sentence}\n", f"{sentence}\n")
    assert not [p for p in roles if p in ("Assembly", "Council", "Penelec Mark", "Mark Durbin")]


def test_the_forms_of_an_office_for_a_man_a_woman_or_anyone_are_one_office() -> None:
    """North Korea 001, 003: "Chinese Foreign Ministry spokeswoman Hua Chunying", "Foreign
    Ministry spokesperson Hua Chunying"; not "spokesman" beside "sportsman"."""
    roles = _roles(
        "Chinese Foreign Ministry spokeswoman Hua Chunying said Beijing wants talks.\n",
        "Foreign Ministry spokesperson Hua Chunying said so on Friday.\n",
    )
    assert roles["Hua Chunying"]["role"] == "Chinese Foreign Ministry spokeswoman"
    assert roles["Hua Chunying"]["role_aliases"] == ["Foreign Ministry spokesperson"]
    assert _same_office("chairman", "chairwoman") and not _same_office("spokesman", "sportsman")


def test_a_rival_is_a_title_as_a_relative_is() -> None:
    """Brazil 005, 007: "Lewis Hamilton leading from his championship rival Nico Rosberg"."""
    roles = _roles(
        "Lewis Hamilton was leading from his championship rival Nico Rosberg.\n",
        "Hamilton kept the title alive while rival Nico Rosberg finished second.\n",
    )
    assert roles["Nico Rosberg"]["role"] in ("championship rival", "rival")


def test_a_name_written_family_name_first_is_one_person_with_its_first_word() -> None:
    """North Korea 001, 007: "spokeswoman Hua Chunying" and "spokeswoman Hua"; "North Korean
    leader Kim Jong Un" and "The North Korean leader Kim": one person each, not "Hua" and
    "Kim" beside them."""
    roles = _roles(
        "Chinese Foreign Ministry spokeswoman Hua Chunying said so. The North Korean leader Kim"
        " watched.\n",
        "Chinese Foreign Ministry spokeswoman Hua said talks must go on. North Korean leader"
        " Kim Jong Un watched.\n",
    )
    assert {"Hua Chunying", "Kim Jong Un"} <= set(roles)
    assert not {"Hua", "Kim"} & set(roles)


@pytest.mark.parametrize(
    ("first", "second", "person", "role"),
    [
        (  # Cubs 004, 008
            "By then World Series MVP Ben Zobrist had sliced a double into the corner.",
            "It was a victory for World Series MVP Ben Zobrist, who hit the double.",
            "Ben Zobrist",
            "World Series MVP",
        ),
        (  # Cubs 008 and 002
            "But closer Aroldis Chapman gave up three runs as the Indians hit back.",
            "Maddon turned to closer Aroldis Chapman in the eighth.",
            "Aroldis Chapman",
            "closer",
        ),
        (  # Brazil 003, 007
            "Ferrari driver Kimi Raikkonen crashed on the main straight.",
            "The race was stopped after Ferrari driver Kimi Raikkonen crashed.",
            "Kimi Raikkonen",
            "Ferrari driver",
        ),
    ],
)
def test_a_player_or_a_driver_is_titled_by_the_position_before_the_name(
    first: str, second: str, person: str, role: str
) -> None:
    assert _roles(f"{first}\n", f"{second}\n")[person]["role"] == role


def test_a_title_starts_after_the_end_of_the_sentence_before_it() -> None:
    """Cubs 005: "... to integrate the American League. Cleveland outfielder Larry Doby"."""
    roles = _roles(
        "He was the first to integrate the American League. Cleveland outfielder Larry Doby.\n",
        "In 1948 Cleveland outfielder Larry Doby won a title.\n",
    )
    assert roles["Larry Doby"]["role"] == "Cleveland outfielder"
