"""Role facts: the declared person in the declared role, other people, other roles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck.match.role import is_not_a_name
from tests.conftest import CheckText, check_fact


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        ("Dmitry Peskov, the Kremlin spokesman has confirmed that", "match", "stated"),
        (
            "Kremlin spokesman, Dmitry Peskov, said Russian President Vladimir Putin",
            "match",
            "stated",
        ),
        ("According to Putin’s spokesman, Dmitry Peskov, the incident occurred", "match", "stated"),
        ("Kremlin spokesman Dmitry Peskov said the Russian strike took place", "match", "stated"),
        # another spokesman of another office is no conflict
        (
            "Erdogan's spokesman Ibrahim Kalin said Wednesday Turkey had been coordinating",
            "omission",
            "not-stated",
        ),
        ("In Moscow, Kremlin spokesman Dmitry Peskov said", "match", "stated"),
        # another person in the declared role
        (
            "Kremlin spokesman Ibrahim Kalin said the strike was an accident.",
            "contradiction",
            "role",
        ),
        (
            "Ibrahim Kalin, the Kremlin spokesman, said the strike was an accident.",
            "contradiction",
            "role",
        ),
        # the person in another role
        (
            "Foreign Minister Dmitry Peskov said the strike was an accident.",
            "contradiction",
            "role",
        ),
        ("Dmitry Peskov, the Russian defence minister, said so.", "contradiction", "role"),
        # the same office described less precisely is a match, not a conflict
        ("Presidential spokesman Dmitry Peskov said so.", "match", "stated"),
        ("According to spokesman Garba Shehu and Peskov", "omission", "not-stated"),
        ("Peskov said the agreement was important.", "omission", "not-stated"),
    ],
)
def test_role_verdict_on_real_sentence(
    check_text: CheckText, text: str, status: str, reason: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.reason) == (status, reason)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the title opening the text is read whole, from its first letter
        ("Foreign Minister Dmitry Peskov said the strike was an accident.", "Foreign Minister"),
        ("Russian Foreign Minister Dmitry Peskov said so.", "Russian Foreign Minister"),
        ("Dmitry Peskov, the Russian defence minister, said so.", "Russian defence minister"),
    ],
)
def test_the_person_in_another_role_is_shown_with_the_whole_title(
    check_text: CheckText, text: str, title: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.detail) == (
        "contradiction",
        f"the source calls 'Dmitry Peskov' {title!r}, not 'Kremlin spokesman'",
    )


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Dmitry Peskov, the Kremlin spokesman, said so.", "Dmitry Peskov, the Kremlin spokesman"),
        ("Dmitry Peskov the Kremlin spokesman said the strike was a mistake.",
         "Dmitry Peskov the Kremlin spokesman"),  # no comma
        ("Dmitry Peskov, Kremlin spokesman, said so.", "Dmitry Peskov, Kremlin spokesman"),
    ],
)  # fmt: skip
def test_the_role_after_the_person_is_read_with_or_without_comma_and_article(
    check_text: CheckText, text: str, evidence: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.found) == ("match", "Dmitry Peskov, Kremlin spokesman")
    assert [e.text for e in verdict.evidence] == [evidence]
    assert verdict.detail == "paired with the declared role"


def test_person_named_without_role_is_shown_as_context(check_text: CheckText) -> None:
    verdict = check_text(
        "spokesman", "According to Peskov, Russia and Turkey are set to investigate."
    )
    assert verdict.status.value == "omission"
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [("context", "Peskov")]


@pytest.mark.parametrize(
    ("name", "fact", "text", "status"),
    [
        ("erie-electric-bill", "spokesman",
         "Mark Durbin, a spokesman for Penelec's parent company First Energy, said he has never seen "
         "a bill for billions of dollars", "match"),  # "First Energy" is the complement, not a holder
        ("chibok-release", "spokesman",
         "The freed girls are in custody, according to spokesman Garba Shehu.", "match"),
        ("chibok-release", "spokesman",
         "It was brokered by the International Red Cross, the spokesman, Mallam Garba Shehu, said.", "match"),
        ("chibok-release", "spokesman",
         "said Mallam Garba Shehu, spokesman for Nigerian President Muhammadu Buhari.", "match"),
        ("chibok-release", "information-minister",
         "Nigerian information minister Alhaji Lai Mohammed told reporters in Abuja.", "match"),
        ("chibok-release", "information-minister",
         "confirmed Swiss foreign ministry spokesman Pierre-Alain Eltschinger.", "omission"),
        ("chibok-release", "vice-president",
         "said Niger's Defence Minister Hassoumi Massoudou.", "omission"),  # another office, another man
    ],
)  # fmt: skip
def test_cluster_role_on_real_sentence(
    check_cluster: Callable[[str], CheckText], name: str, fact: str, text: str, status: str
) -> None:
    assert check_cluster(name)(fact, text).status.value == status


# Capitalised words after a role that name no one: demonyms (none of them in the seeds), months
# and weekdays. Each sentence would make them another holder of the role if read as a name.
NOT_HOLDERS = [
    "Kremlin spokesman Brazilian officials said the talks went well.",
    "Kremlin spokesman, Peruvian diplomats said, was not present.",
    "Kremlin spokesman Kenyan envoys met on Friday.",
    "Kremlin spokesman Vietnamese delegates were told.",
    "Kremlin spokesman South Korean envoys were told.",  # a demonym of two words
    "Kremlin spokesman New Zealander visitors were told.",
    "Kremlin spokesman Icelanders were told.",  # a plural
    "Kremlin spokesman Canadians were told.",
    "Kremlin spokesman Monday said nothing.",
    "Kremlin spokesman, September talks said",
    "Ahmed Yilmaz, the Turkish spokesman",  # not the declared role at all
]


@pytest.mark.parametrize("text", NOT_HOLDERS)
def test_demonyms_months_and_weekdays_after_a_role_are_no_other_holder(
    check_text: CheckText, text: str
) -> None:
    verdict = check_text("spokesman", text)
    assert verdict.status.value == "omission", verdict.detail


@pytest.mark.parametrize(
    "text",
    [
        "Kremlin spokesman Ibrahim Kalin said the talks went well.",
        "Kremlin spokesman Brazil Kalin said the talks went well.",  # a country is no demonym
        "Kremlin spokesman Southern Kalin said the talks went well.",
        "Kremlin spokesman Mayer Kalin said the talks went well.",  # "May" is only a month alone
    ],
)
def test_a_name_that_only_starts_like_a_non_name_is_another_holder(
    check_text: CheckText, text: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", "role")


@pytest.mark.parametrize(
    ("text", "status", "reason"),
    [
        # a word glued to the end of the whole name is still the person...
        ("Kremlin spokesman Dmitry Peskovthe said the talks went well.", "match", "stated"),
        ("Kremlin spokesman Peskov said the talks went well.", "match", "stated"),
        # ...but a surname alone that runs on is another name
        ("Kremlin spokesman Peskovsky said the talks went well.", "contradiction", "role"),
    ],
)
def test_only_the_whole_name_with_a_word_glued_on_is_the_person(
    check_text: CheckText, text: str, status: str, reason: str
) -> None:
    verdict = check_text("spokesman", text)
    assert (verdict.status.value, verdict.reason) == (status, reason)


@pytest.mark.parametrize(
    ("words", "not_a_name"),
    [
        ("Turkish", True),
        ("Russian", True),
        ("Nigerians", True),
        ("Costa Rican", True),
        ("Costa Rica", False),
        ("Costa Ricanos", False),
        ("Trinidadian", True),
        # a demonym opening several capitalised words: an institution, not a holder
        ("Nigerian Army", True),
        ("Costa Rican Red Cross", True),
        ("In Moscow", True),
        ("Thursday", True),
        ("Dmitry Peskov", False),
        ("Brian Turk", False),
        ("Julian Assange", False),  # ends like a demonym, is a name
    ],
)
def test_is_not_a_name(words: str, not_a_name: bool) -> None:
    assert is_not_a_name(words) is not_a_name


def test_a_short_role_form_inside_a_longer_one_names_no_holder() -> None:
    """The seeds' Russian counterpart: "General" is a word of "Chief of the General Staff" there,
    and "Staff Valery Gerasimov" no holder of it (the long title's holder is "Valery
    Gerasimov"); outside it, "General" is an office."""
    fact = (
        "id: chief\nkind: role\nperson: Hulusi Akar\nrole: Chief of the General Staff\n"
        "role_aliases: [General]"
    )
    inside = "The Chief of the General Staff Valery Gerasimov called his Turkish counterpart."
    verdict = check_fact(fact, inside)
    assert [e.text for e in verdict.evidence] == ["Chief of the General Staff Valery Gerasimov"]
    assert verdict.found == "Valery Gerasimov, Chief of the General Staff"
    lower = "The chief of the general staff Valery Gerasimov called his Turkish counterpart."
    assert check_fact(fact, lower).status.value == "omission"
    alone = "General Valery Gerasimov called his Turkish counterpart."
    assert check_fact(fact, alone).status.value == "contradiction"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # "press" is no title of its own ("press secretary" is a form a file declares)
        ("id: r\nkind: role\nperson: Tom Hale\nrole: team spokesman",
         "The coach told the press Tom Hale had left the team.", "omission"),
        ("id: r\nkind: role\nperson: Sarah Sanders\nrole: press secretary",
         "White House press secretary Sarah Sanders said.", "match"),
        # an office word inside a longer word is no title ("teammate" holds no "mate")
        ("id: r\nkind: role\nperson: Tom Hale\nrole: first mate", "Her teammate Tom Hale said.",
         "omission"),
        ("id: r\nkind: role\nperson: Tom Hale\nrole: first mate", "First mate Tom Hale said.",
         "match"),
    ],
)  # fmt: skip
def test_a_title_is_whole_words_of_an_office(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


MVP = (
    "id: mvp\nkind: role\nperson: Ben Zobrist\naliases: [Zobrist]\nrole: World Series MVP\n"
    "role_aliases: [MVP, most valuable player]"
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # cubs 004, 007: a verb that gives the person the role
        ("It was apt that the winning run was hit by Cubs left fielder Ben Zobrist, who was later "
         "named World Series MVP.", "match"),
        ("Chicago Cubs leftfielder Ben Zobrist was named most valuable player of the World "
         "Series.", "match"),
        ("It was a victory for Zobrist, who was crowned World Series MVP.", "match"),
        ("Zobrist is the MVP, and deserved it.", "match"),
        ("Zobrist became MVP after the tenth inning.", "match"),
        # the verb names another thing, or names nothing
        ("Zobrist was named as a witness; the MVP went to someone else.", "omission"),
        ("Ben Zobrist won it for the Cubs.", "omission"),
    ],
)  # fmt: skip
def test_a_verb_that_gives_the_role_pairs_the_person_with_it(text: str, status: str) -> None:
    assert check_fact(MVP, text).status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # cubs 003: the award the person won, its name opening with words the form lacks
        ("Getty Images Ben Zobrist won the World Series Most Valuable Player award.", "match"),
        ("Zobrist won the MVP award in 2016.", "match"),
        ("Zobrist was awarded the MVP trophy after Game 7.", "match"),
        # ... not another award, not the role without an award's noun, not another verb
        ("Zobrist won the Cy Young award.", "omission"),
        ("Zobrist won the game for the Cubs.", "omission"),
        ("Zobrist received the MVP award for another player.", "omission"),
    ],
)  # fmt: skip
def test_an_award_the_person_won_is_the_role(text: str, status: str) -> None:
    assert check_fact(MVP, text).status.value == status


REN = "id: r\nkind: role\nperson: Ren Guoqiang\naliases: [Ren]\nrole: Defense Ministry spokesman"
PESKOV = "id: p\nkind: role\nperson: Dmitry Peskov\naliases: [Peskov]\nrole: spokesman"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # an unnamed holder of the office, then the person opening the next sentence: one
        # person (north-korea-oil 006; north-korea-missile 007 of another set)
        (REN, "China has followed the sanctions, a Defense Ministry spokesman said on "
         "Thursday. Senior Colonel Ren Guoqiang was responding to media reports.", "match"),
        (PESKOV, "A spokesman for Russian President Vladimir Putin has warned the launch will "
         "cause a spike in tensions.\nDmitry Peskov told reporters that Russia condemns it.",
         "match"),
        # the person later in the next sentence, or after another name: no tie
        (REN, "China has followed the sanctions, a Defense Ministry spokesman said on "
         "Thursday. Reporters asked Ren Guoqiang about it.", "omission"),
        (REN, "China has followed the sanctions, a Defense Ministry spokesman said. Wang Yi "
         "and Ren Guoqiang met on Friday.", "omission"),
        # the office with its own holder is no unnamed one
        (REN, "Defense Ministry spokesman Wu Qian said so. Ren Guoqiang was not there.",
         "contradiction"),
        # a hostile review's sentences: the name in apposition, with a verb of no report, in
        # another title, or after an office that does not speak
        (REN, "A Defense Ministry spokesman said the suspect was held. Ren Guoqiang, the "
         "victim's father, said he was relieved.", "omission"),
        (REN, "A Defense Ministry spokesman said the trip was postponed. Ren Guoqiang will now "
         "visit Seoul.", "omission"),
        (REN, "A Defense Ministry spokesman said so. Chairwoman Ren Guoqiang said more.",
         "omission"),
        (REN, "The Defense Ministry spokesman praised the team. Ren Guoqiang said it won.",
         "omission"),
        # the person before the office, or two sentences on: not read
        (REN, "Ren Guoqiang spoke on Monday. A Defense Ministry spokesman said more.",
         "omission"),
        (REN, "A Defense Ministry spokesman said so. The talks went on. Ren Guoqiang left.",
         "omission"),
    ],
)  # fmt: skip
def test_an_unnamed_holder_then_the_person_opening_the_next_sentence(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


TARANTINO = (
    "id: d\nkind: role\nperson: Quentin Tarantino\naliases: [Tarantino]\nrole: Kill Bill director"
    "\nrole_aliases: [Pulp Fiction director, director]"
)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # tarantino-thurman 004, 005: a title after a comma with no comma closing it is the
        # subject of the clause after the name, unless the name opens the sentence
        ("As for the scene in which Tarantino was choking Thurman, the director told Deadline "
         "it was the actress' idea.", "omission"),
        ("In an interview with Deadline Hollywood, the director said he heard it.", "omission"),
        # ... closed by a comma, or after a name that opens the sentence, it is an apposition
        ("Uma Thurman, the director, said he regretted it.", "contradiction"),
        ("Uma Thurman, the director said on Monday.", "contradiction"),
        ("He praised Uma Thurman, the director of the festival, who spoke first.",
         "contradiction"),
        ("Quentin Tarantino, the director, said he regretted it.", "match"),
    ],
)  # fmt: skip
def test_a_title_no_comma_closes_is_the_next_clauses_subject(text: str, status: str) -> None:
    assert check_fact(TARANTINO, text).status.value == status
