"""Candidate names: the form most sources write, the spellings seen, no titles, no misspellings
as variants, no common words that open sentences."""

from __future__ import annotations

import pytest

from factcheck.draft.names import name_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def _names(*texts: str) -> dict[str, dict[str, object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {str(c.keys["value"]): c.keys for c in name_candidates(docs, 2)}


def test_a_rank_before_a_name_is_a_spelling_seen_and_a_near_miss_is_none() -> None:
    """The seeds: "General Hulusi Akar", "Turkish counterpart Hulusi Akar", "Gereal Hulusi Akar"."""
    names = _names(
        "Putin spoke with General Hulusi Akar on Friday.\n",
        "He called his Turkish counterpart Hulusi Akar.\n",
        "He met with Gereal Hulusi Akar.\n",
    )
    assert names["Hulusi Akar"]["variants"] == ["General Hulusi Akar"]
    assert "Gereal Hulusi Akar" not in names


def test_the_form_most_sources_write_is_the_value() -> None:
    """Erie: three sources write "Penelac", one "Penelec": the draft proposes what most say."""
    names = _names(*(["Her son called the provider Penelac.\n"] * 3), "She called Penelec.\n")
    assert "Penelac" in names and "Penelec" not in names


def test_a_title_before_a_name_is_not_part_of_it() -> None:
    names = _names(
        "Russian President Vladimir Putin called.\n", "Then President Vladimir Putin spoke.\n"
    )
    assert list(names) == ["Vladimir Putin"]


def test_words_that_only_open_sentences_or_stand_in_lower_case_are_no_names() -> None:
    names = _names(
        "Concertgoers fled. The police came. Police said the crowd of concertgoers ran.\n",
        "Concertgoers ran. The police came.\n",
    )
    assert names == {}


def test_a_surname_beside_the_full_name_is_left_to_the_full_name() -> None:
    """ "Peskov said" beside "Dmitry Peskov": one fact, the full name's."""
    names = _names(
        "Kremlin spokesman Dmitry Peskov said so. Later, Peskov added more.\n",
        "Dmitry Peskov said it. Then Peskov left.\n",
    )
    assert list(names) == ["Dmitry Peskov"]


def test_an_acronym_of_a_proposed_name_is_its_variant_not_a_fact_of_its_own() -> None:
    """A subway story: "MTA" beside "Metropolitan Transportation Authority" is one fact."""
    names = _names(
        "The Metropolitan Transportation Authority said the MTA would inspect the line.\n",
        "An MTA spokesman said the Metropolitan Transportation Authority was looking into it.\n",
    )
    assert "MTA" not in names
    assert names["Metropolitan Transportation Authority"]["variants"] == ["MTA"]


def test_an_ordinal_before_a_capitalised_word_is_part_of_the_name() -> None:
    """ "53rd Street" is a name; "Street", its fragment, is none."""
    names = _names(
        "The train stopped at 53rd Street and Lexington Avenue.\n",
        "Riders walked out at the 53rd Street station.\n",
    )
    assert "53rd Street" in names and "Street" not in names


def test_a_number_between_capitalised_words_is_part_of_the_name() -> None:
    """Las Vegas: the "Route 91 Harvest" festival, not "Route" and "Harvest"."""
    names = _names(
        "He fired on the Route 91 Harvest festival.\n", "Fans at Route 91 Harvest ran.\n"
    )
    assert "Route 91 Harvest" in names and "Harvest" not in names


def test_a_word_after_a_datelines_dash_opens_a_sentence() -> None:
    """ "NEW YORK (AP) — Authorities said": capitalised because it opens what follows."""
    names = _names(
        "NEW YORK (AP) — Authorities said a train derailed.\n",
        "NEW YORK — Authorities said the line reopened.\n",
    )
    assert "Authorities" not in names


def test_an_office_word_before_a_common_word_is_part_of_the_name() -> None:
    """American Airlines: "Envoy Air" is an airline, not the envoy "Air"; "President Putin"
    stays cut, since no source writes "putin" in lower case."""
    names = _names(
        "The flight was operated by Envoy Air. Air travel resumed. President Putin spoke.\n",
        "Envoy Air said so. The air was cold. President Putin called.\n",
    )
    assert "Envoy Air" in names and "Air" not in names
    assert "Putin" in names and "President Putin" not in names


def test_names_half_the_sources_write_are_never_capped() -> None:
    """A story with many names (American Airlines: 30 and more): the cap of the most written
    names applies to those fewer than half of the sources write, never to the story's own."""
    many = " ".join(f"Alpha{chr(97 + i // 26)}{chr(97 + i % 26)} Corp spoke." for i in range(30))
    names = _names(many + " The Zulu Hustle won.\n", many + " The Zulu Hustle lost.\n")
    assert "Zulu Hustle" in names and len(names) == 31


def test_a_particle_between_hyphens_joins_the_name() -> None:
    """Mazar: "Mazar-i-Sharif" is one name, not "Mazar" and "Sharif"."""
    names = _names(
        "The consulate in Mazar-i-Sharif was hit.\n", "A blast shook Mazar-i-Sharif at night.\n"
    )
    assert list(names) == ["Mazar-i-Sharif"]


def test_news_ends_a_name_as_a_word_of_it() -> None:
    """KT: "a KT Corp. spokesperson told Yonhap News", "the company told the Yonhap News
    agency"."""
    names = _names(
        "A spokesperson told Yonhap News on Sunday.\n",
        "The company told the Yonhap News agency so.\n",
    )
    assert "Yonhap News" in names


def test_a_surname_more_sources_write_alone_than_a_full_name_stays_a_name() -> None:
    """The seeds: two sources write "Assad", one "Bashar al-Assad"."""
    docs = [
        Document(source_from_text(text, id=f"{i}.txt"))
        for i, text in enumerate(
            [
                "Russia backs the forces of Assad in the war.\n",
                "The troops of Assad took the town.\n",
                "Russia backs President Bashar al-Assad in the war.\n",
            ]
        )
    ]
    assert {"Assad", "Bashar al-Assad"} <= {str(c.keys["value"]) for c in name_candidates(docs, 1)}


def test_a_possessive_inside_a_name_is_a_word_of_it_unless_a_side_is_a_name_alone() -> None:
    """Equifax: "The Information Commissioner's Office is investigating"; the falcon launch:
    "Blue Origin, led by Amazon's Jeff Bezos" beside "Bezos wrote via Twitter"."""
    names = _names(
        "The Information Commissioner\u2019s Office is investigating. Amazon's Jeff Bezos spoke.\n",
        "It is in dialogue with the Information Commissioner's Office, and Amazon's Jeff Bezos"
        " watched. Later, Bezos wrote via Twitter.\n",
    )
    assert "Information Commissioner's Office" in names
    assert "Amazon's Jeff Bezos" not in names  # as before: "Amazon Jeff Bezos", which no
    # source writes, and the checker finds in none


def test_a_possessive_between_two_names_written_alone_splits_them() -> None:
    """Brazil 003, 005, 007: "Sweden's Marcus Ericsson", "Sauber's Marcus Ericsson" beside
    "Kimi Raikkonen, Marcus Ericsson and Felipe Massa crash out" and "the Sauber": the driver
    is a name of his own; "Democratic People's Republic" (North Korea 003) stays one name."""
    names = _names(
        "Sweden's Marcus Ericsson crashed on lap 13. The Democratic People's Republic spoke.\n",
        "It followed a shunt involving Sauber's Marcus Ericsson; the Sauber was wrecked.\n",
        "Kimi Raikkonen, Marcus Ericsson and Felipe Massa crash out. The Democratic People's"
        " Republic agreed.\n",
    )
    assert "Marcus Ericsson" in names
    assert not {"Sweden Marcus Ericsson", "Sauber Marcus Ericsson", "Democratic People"} & set(
        names
    )


def test_the_body_an_office_is_of_is_no_word_of_the_name_after_it() -> None:
    """North Korea 001, 002: "US Secretary of State Rex Tillerson" names "Rex Tillerson", not
    "State Rex Tillerson"; "Islamic State" stays a name."""
    names = _names(
        "In a statement, US Secretary of State Rex Tillerson said so. Islamic State fled.\n",
        "Secretary of Homeland Security John Kelly and Secretary of State Rex Tillerson met."
        " The Islamic State lost.\n",
    )
    assert {"Rex Tillerson", "Islamic State"} <= set(names)
    assert not {"State Rex Tillerson", "Security John Kelly"} & set(names)


def test_a_possessive_of_a_group_is_a_word_of_the_name_and_one_of_an_owner_is_not() -> None:
    """Cincinnati 002, 003, 008: "Cincinnati Children's Hospital Medical Center", where the
    sources also write "Cincinnati" and "Center"; "the Cincinnati Zoo's Gorilla World" is the
    zoo's exhibit, two names, as before."""
    names = _names(
        "He was taken to Cincinnati Children's Hospital Medical Center. He fell into the"
        " Cincinnati Zoo's Gorilla World.\n",
        "He was treated at Cincinnati Children's Hospital Medical Center in Cincinnati. The"
        " gorilla was shot in the Cincinnati Zoo's Gorilla World.\n",
        "The Center said he is fine, and that Gorilla World at the Cincinnati Zoo is shut.\n",
    )
    assert "Cincinnati Children's Hospital Medical Center" in names
    assert {"Gorilla World", "Cincinnati Zoo"} <= set(names)
    assert "Cincinnati Zoo Gorilla World" not in names


def _single(*texts: str) -> dict[str, dict[str, object]]:
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    return {str(c.keys["value"]): c.keys for c in name_candidates(docs, 1)}


def test_a_number_hyphened_to_a_name_is_part_of_it() -> None:
    """North Korea 007: "the launch of a Hwasong-12 missile"; not a number of a figure."""
    names = _names(*(["They fired a Hwasong-12 missile. It was a Hwasong-12.\n"] * 2))
    assert "Hwasong-12" in names and "Hwasong" not in names


def test_a_handle_or_a_hashtag_is_no_name() -> None:
    """Cincinnati 001: "— Cincinnati Zoo (@CincinnatiZoo) May 28, 2016"."""
    names = _names(
        *(["Details from the Cincinnati Zoo (@CincinnatiZoo) today #SaveHarambe.\n"] * 2)
    )
    assert "Cincinnati Zoo" in names
    assert "CincinnatiZoo" not in names and "SaveHarambe" not in names


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # Cincinnati 006: "Little Isiah Gregg fell 15ft" beside "after little Isiah fell"
        (
            "Little Isiah Gregg fell 15ft. Later little Isiah fell asleep.\n",
            "Isiah Gregg",
            "Little Isiah Gregg",
        ),
        # "New York" is never cut: "York" is no name alone
        ("New York police said so. The new rules came in New York.\n", "New York", "York"),
        # written inside a sentence, the run is a name as it stands
        ("North Korea fired. The north part of North Korea is far.\n", "North Korea", "Korea"),
    ],
)
def test_a_lower_case_word_opening_a_sentence_before_a_name_is_not_part_of_it(
    text: str, name: str, not_name: str
) -> None:
    names = _single(text)
    assert name in names and not_name not in names


def test_the_names_written_again_come_first_under_the_cap() -> None:
    """Cubs: "William Sianis", whose curse the story tells ("Sianis's curse"), comes before
    a name written once; a demonym ("Turkish") or a word in lower case ("zoo") is no
    second mention of a name."""
    many = " ".join(f"We met Alpha{chr(97 + i // 26)}{chr(97 + i % 26)} Corp." for i in range(40))
    names = _single(
        many + " William Sianis cursed the team. Sianis left. Then Sianis died.\n"
        " Turkish Soldiers Died. Turkish troops left. Turkish jets flew.\n"
    )
    assert "William Sianis" in names
    assert "Turkish Soldiers" not in names


def test_a_name_always_written_before_one_noun_is_a_mention_of_both() -> None:
    """Equifax: "Social Security numbers" in every source that writes "Social Security" (and
    "the number", a noun); the name before another word, or in one source only, stays a
    name, and so does a name before a word never written after "the", "a", "their"..."""
    found = {
        str(c.keys["value"]): c.keys
        for c in name_candidates(
            [
                Document(source_from_text(text, id=f"{i}.txt"))
                for i, text in enumerate(
                    [
                        "Names and Social Security numbers were taken. Harambe fell.\n",
                        "It took their Social Security numbers. Then Harambe was shot.\n",
                        "The number is private. Harambe fell.\n",
                        "Equifax had Social Security Numbers. Harambe fell.\n",
                        "The Brooklyn Nets played. The Brooklyn Nets won.\n",
                    ]
                )
            ],
            1,
        )
    }
    assert found["Social Security numbers"] == {
        "id": "social-security-numbers",
        "kind": "mention",
        "value": "Social Security numbers",
        "aliases": ["Social Security number"],
    }
    assert "Social Security" not in found and "Social Security Numbers" not in found
    assert found["Harambe"]["kind"] == "name"
    assert found["Brooklyn Nets"]["kind"] == "name"  # "played", "won": one source
    assert _names(*(["Acme Corp spoke first.\n"] * 2)) == {
        "Acme Corp": {"id": "acme-corp", "kind": "name", "value": "Acme Corp"}
    }


def test_two_near_miss_spellings_of_a_name_rank_as_one_name_of_their_sources() -> None:
    """Mazar: "Noor Mohammad Faiz" in one source, "Noor Mohammad Fayez" in another: a person
    two sources name, ranked with the names two sources write and proposed once (the comment
    shows the other spelling as a suspected misspelling)."""
    many = " ".join(f"We met Alpha{chr(97 + i // 26)}{chr(97 + i % 26)} Corp." for i in range(40))
    names = _single(
        many + " The doctor Noor Mohammad Faiz said so.\n",
        "The doctor Noor Mohammad Fayez said so.\n",
    )
    assert "Noor Mohammad Faiz" in names and "Noor Mohammad Fayez" not in names
    # a source writing both names two people
    both = _single(*(["Noor Mohammad Faiz met Noor Mohammad Fayez.\n"] * 2))
    assert "Noor Mohammad Faiz" in both and "Noor Mohammad Fayez" in both


@pytest.mark.parametrize(
    ("introduction", "person"),
    [
        # MH370: an office before the name
        (
            "Meanwhile acting Malaysian Transport Minister Hishammuddin Hussein spoke.",
            "Hishammuddin Hussein",
        ),
        # MH370: an age after the name, and one before it
        (
            "Investigators named Delavar Seyed Mohammadreza, 29, on Monday.",
            "Delavar Seyed Mohammadreza",
        ),
        (
            "Investigators named 19-year-old Pouria Nour Mohammad Mehrdad.",
            "Pouria Nour Mohammad Mehrdad",
        ),
        # another story: a title before the name
        ("The ferry was inspected by Captain Maria Lindqvist that week.", "Maria Lindqvist"),
    ],
)
def test_a_person_the_story_introduces_by_a_title_or_an_age_is_kept_past_the_cap(
    introduction: str, person: str
) -> None:
    many = " ".join(f"We met Alpha{chr(97 + i // 26)}{chr(97 + i % 26)} Corp." for i in range(60))
    assert person in _single(f"{many} {introduction}\n", "It rained.\n", "It rained.\n")


def test_a_name_one_source_writes_without_a_title_or_an_age_stays_beyond_the_cap() -> None:
    many = " ".join(f"We met Alpha{chr(97 + i // 26)}{chr(97 + i % 26)} Corp." for i in range(60))
    text = f"{many} The ferry was inspected by Maria Lindqvist.\n"
    assert "Maria Lindqvist" not in _single(text, "It rained.\n", "It rained.\n")
