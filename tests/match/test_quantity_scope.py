"""Quantity facts and how English ties a count to the event: parts and totals, increments,
revised figures, the group a part is taken from, ``exclude``, ``subjects`` and the time of a
clause. Real sentences of the development clusters, and made-up ones of other stories."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import check_fact
from tests.strategies import excluded_count_sentence, neutral_text, plant

KILLED_17 = "id: killed\nkind: quantity\nvalue: 17\ncues: [killed, killing]"
ON_BOARD = """
id: on-board
kind: quantity
value: 239
cues: [on board, aboard]
subjects: [people, passengers and crew]
"""
PASSENGERS = "id: passengers\nkind: quantity\nvalue: 227\ncues: [on board]\nsubjects: [passengers]"
AFFECTED = """
id: affected
kind: quantity
value: 145.5 million
cues: [affected, exposed]
subjects: [Americans, consumers, people]
"""
TOLL = "id: killed\nkind: quantity\nvalue: 20\ncues: [toll, killed]"
FREED = "id: freed\nkind: quantity\nvalue: 21\ncues: [release, freed]\nsubjects: [girls]"
KUNDUZ = """
id: killed
kind: quantity
value: 6
cues: [killed, dead]
exclude: [Kunduz]
"""
SHOOTING = "id: killed\nkind: quantity\nvalue: 58\ncues: [dead, killed]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # parts state their total
        (KILLED_17, "The crash happened at dawn, killing 14 passengers and three crew.", "match"),
        (KILLED_17, "The crash happened at dawn, killing 14 passengers plus three crew.", "match"),
        (KILLED_17, "The crash happened at dawn, killing 14 passengers, three crew.", "match"),
        # made up: another count in the sentence, before or after the total
        (KILLED_17, "The crash killed 14 passengers and three crew near Runway 2.", "match"),
        (
            KILLED_17,
            "The crash killed 14 passengers and three crew, the airline said in a statement on "
            "Sunday, its second in 24 hours.",
            "match",
        ),
        (
            KILLED_17,
            "The crash happened at dawn, killing 14 passengers and four crew.",
            "contradiction",
        ),
        (
            ON_BOARD,
            "Flight MH370 vanished with 227 passengers and 12 crew members on board.",
            "match",
        ),
        # "the" in a declared subject of parts ("passengers and the crew") names no part
        (
            ON_BOARD.replace("passengers and crew", "passengers and the crew"),
            "Flight MH370 vanished with 227 passengers and 12 crew members on board.",
            "match",
        ),
        # a subject of several words names the total; a part of a declared subject is its own count
        (
            PASSENGERS,
            "Flight MH370 vanished with 227 passengers and 12 crew members on board.",
            "match",
        ),
        # the hedges of the parts hold for their total: "up to 14 and 3" is at most 17, "more
        # than 14 and 3" more than 17
        (
            KILLED_17,
            "The crash happened at dawn, killing up to 14 passengers and three crew.",
            "match",
        ),
        (
            KILLED_17.replace("17", "18"),
            "The crash happened at dawn, killing up to 14 passengers and three crew.",
            "contradiction",
        ),
        (
            KILLED_17.replace("17", "18"),
            "The crash happened at dawn, killing more than 14 passengers and three crew.",
            "match",
        ),
        (
            KILLED_17,
            "The crash happened at dawn, killing more than 14 passengers and three crew.",
            "contradiction",
        ),
        # verbs are no parts: "3 killed and 11 wounded" is two facts, not a total of 14
        (
            "id: killed\nkind: quantity\nvalue: 3\ncues: [killed]",
            "3 killed and 11 wounded in the blast.",
            "match",
        ),
        # counts of one noun are no parts (a hostile review: read as a delay of 32 minutes)
        (
            "id: delay\nkind: quantity\nvalue: 30\nunit: minutes\ncues: [delay]",
            "After a delay of 30 minutes, 2 minutes passed before the doors opened.",
            "match",
        ),
    ],
)
def test_parts_state_their_total(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize(
    "text",
    [
        "Equifax said an additional 2.5 million Americans may have been affected.",
        "2.5 Million More People Potentially Exposed in Equifax Breach",
        "Another 2.5 million consumers were affected, the company said.",
    ],
)
def test_an_increment_is_no_total(text: str) -> None:
    verdict = check_fact(AFFECTED, text)
    assert verdict.status.value == "omission"
    assert "increment" in verdict.detail


def test_a_revised_figure_is_a_contradiction_of_its_own_reason() -> None:
    verdict = check_fact(TOLL, "By the evening the death toll rose to 23, police said.")
    assert (verdict.status.value, verdict.reason) == ("contradiction", "revised")
    assert verdict.detail == "a revised figure: 'toll rose to 23'"
    opening = check_fact(TOLL, "Rising to 23, the death toll was higher than feared.")
    assert (opening.status.value, opening.reason) == ("contradiction", "revised")
    plain = check_fact(TOLL, "By the evening 23 people had been killed, police said.")
    assert (plain.status.value, plain.reason) == ("contradiction", "value")
    # one plain conflict among revised ones makes the verdict a plain contradiction
    both = check_fact(TOLL, "The toll rose to 23. Earlier, 25 people had been killed.")
    assert (both.status.value, both.reason) == ("contradiction", "value")


@pytest.mark.parametrize(
    ("fact", "text", "reason"),
    [
        # a figure the source says was given first (gorilla 004; made up, other stories)
        ("id: boy\nkind: quantity\nvalue: 3\nunit: years\ncues: [boy, child]",
         "The zoo initially said that the child is 4 years old.", "revised"),
        (TOLL, "Officials initially said 25 people were killed in the blast.", "revised"),
        (TOLL, "The toll was originally reported as 30 people killed.", "revised"),
        # ... not the same words about something else, nor a plain figure, nor past a clause
        # (a hostile review's sentences)
        (TOLL, "He said at first that 25 people were killed.", "value"),
        (TOLL, "The minister first told parliament on Monday that 40 people were killed.",
         "value"),
        (TOLL, "Police earlier said 31 people were killed, a figure they confirmed on Monday.",
         "value"),
        (TOLL, "As previously reported, 40 people were killed in the blast.", "value"),
        (TOLL, "Police initially said little, but on Monday said 40 people were killed.",
         "value"),
        (TOLL, "The first blast killed 25 people.", "value"),
    ],
)  # fmt: skip
def test_a_figure_said_to_have_been_given_first_is_revised(
    fact: str, text: str, reason: str
) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", reason), verdict.detail


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a part after the cue: the group it is taken from is no count of the cue
        (
            "Boko Haram militants handed over the girls, in the first mass release of any of the "
            "more than 200 girls and women kidnapped two years ago.",
            "omission",
        ),
        ("The army freed 21 of the 276 girls held in the forest.", "match"),
        ("It was the first release of any of those 200 girls.", "omission"),
        ("It was the first release of any of these 200 girls.", "omission"),
        # a possessive is a determiner of the group too
        ("It was the first release of any of our 200 girls.", "omission"),
        ("It was the first release of any of Chibok's 200 girls.", "omission"),  # a noun's
        ("The army freed 21 of their 276 girls held in the forest.", "match"),
        ("It was the first release of 200 girls.", "contradiction"),  # no part: the count
        # before a cue that is the clause's verb, the part is the count, not its group
        ("21 of the 276 girls were freed on Thursday.", "match"),
        ("20 of the 276 girls were freed on Thursday.", "contradiction"),
        ("Some of the 30 girls were freed on Thursday.", "omission"),
        ("One of the 21 girls was freed on Thursday.", "omission"),
        # a cue right after the group, or in its relative clause, is the group's own
        ("21 of the 276 girls freed on Thursday were taken to hospital.", "contradiction"),
        ("Nine of the 21 girls who were freed on Thursday spoke to reporters.", "match"),
        # "all of" takes no part: the whole group counts
        ("The army freed all of the 276 girls held in the forest.", "contradiction"),
    ],
)
def test_the_group_a_part_is_taken_from_is_no_count_of_the_event(text: str, status: str) -> None:
    assert check_fact(FREED, text).status.value == status


def test_exclude_sets_a_count_of_another_place_aside() -> None:
    text = "US air strikes this month in the volatile province of Kunduz left 32 civilians dead."
    verdict = check_fact(KUNDUZ, text, dt.date(2016, 11, 11), event="2016-11-10")
    assert verdict.status.value == "omission"
    assert "exclude" in verdict.detail
    far = "At least six people were killed at the consulate. The Kunduz strikes were condemned."
    assert check_fact(KUNDUZ, far, event="2016-11-10").status.value == "match"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a subject right after the count ties it to a cue a few words before
        ("The breach exposed personal information of 143 million people.", "contradiction"),
        # no noun after the count: it counts what the sentence named before the cue
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million, some 2.5 million more than before.",
            "match",
        ),
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million.",
            "match",
        ),
        # ... up to 20 words after the cue, not 21
        (
            "The breach exposed personal information such as names birth dates home addresses "
            "phone numbers email addresses credit card numbers driver licence numbers of 143 "
            "million people.",
            "contradiction",
        ),
        (
            "The breach exposed the personal information such as names birth dates home addresses "
            "phone numbers email addresses credit card numbers driver licence numbers of 143 "
            "million people.",
            "omission",
        ),
        # but another word and no subject after it ties nothing
        ("The breach exposed personal information of 143 million.", "omission"),
        (
            "Equifax raised its estimate of the number of Americans whose information was exposed "
            "to 145.5 million overall.",
            "omission",
        ),
    ],
)
def test_subjects_anchor_a_count_near_its_cue(text: str, status: str) -> None:
    assert check_fact(AFFECTED, text).status.value == status


def test_a_date_earlier_in_the_clause_dates_the_count() -> None:
    text = "The June 2016 mass shooting at the Pulse nightclub in Orlando, Florida left 49 dead."
    verdict = check_fact(SHOOTING, text, dt.date(2017, 10, 2), event="2017-10-01")
    assert verdict.status.value == "omission"
    assert "another time" in verdict.detail
    # a date in another clause, before a comma, does not
    other = "Police said on Monday, in the first full briefing, that 49 people were killed."
    assert (
        check_fact(SHOOTING, other, dt.date(2017, 10, 2), event="2017-10-01").status.value
        == "contradiction"
    )


STILL_HELD = """
id: still-held
kind: quantity
value: 197
cues: [remain]
subjects: [girls]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a count with no noun counts what its sentence, or the one before, names
        ("Some girls escaped in 2014. About 200 remain unaccounted for.", "match"),
        ("The talks went on for a year. About 150 remain, officials said.", "omission"),
        ("About 150 girls remain in captivity.", "contradiction"),
        # ... wherever its sentence names it: first word, last word, or between
        ("Girls: about 150 remain, officials said.", "contradiction"),
        ("About 150 remain, officials said of the girls.", "contradiction"),
        ("Of the girls, about 150 remain, officials said.", "contradiction"),
        ("About 150 remain, officials said.", "omission"),
    ],
)
def test_a_count_without_a_noun_takes_the_subject_of_its_sentence(text: str, status: str) -> None:
    assert check_fact(STILL_HELD, text).status.value == status


def test_a_date_later_in_the_clause_dates_the_count() -> None:
    text = (
        "An immigrant shoots dead 13 people at a civic center in the New York state city of "
        "Binghamton in April 2009, before killing himself."
    )
    verdict = check_fact(SHOOTING, text, dt.date(2017, 10, 3), event="2017-10-01")
    assert verdict.status.value == "omission"


EXCLUDED = """
id: killed
kind: quantity
value: 6
cues: [killed]
exclude: [Kunduz, Orlando nightclub]
"""


@given(excluded_count_sentence(), neutral_text(), st.integers(min_value=0, max_value=8))
def test_a_count_near_an_exclude_phrase_never_contradicts(
    sentence: str, filler: list[str], position: int
) -> None:
    verdict = check_fact(EXCLUDED, plant(filler, sentence, position))
    assert verdict.status.value != "contradiction", sentence


ARRESTED_AFTER = "id: a\nkind: quantity\nvalue: 3\ncues: [arrested]\nsubjects: [days]"
KILLED_AT_LEAST_6 = (
    "id: killed\nkind: quantity\nvalue: 6\ncues: [killed, toll]\nsubjects: [people, soldiers]"
)


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # Ahed Tamimi, AP (002, 003): past the place words of its clause, a count with its
        # subject right after it
        (
            ARRESTED_AFTER,
            "Tamimi was arrested at her home in a pre-dawn raid three days after the "
            "confrontation, amid an uproar in Israel.",
            "match",
        ),
        # Mazar-i-Sharif (001): the toll reaches its figure past the words that say whose it is
        (
            KILLED_AT_LEAST_6,
            "The death toll from a powerful Taliban truck bombing at the German consulate in "
            "Afghanistan's Mazar-i-Sharif city rose to at least six Friday.",
            "match",
        ),
        (
            KILLED_AT_LEAST_6,
            "The toll from the flooding in the northern provinces stood at 9 on Monday.",
            "contradiction",
        ),
        # the clause goes on only to its own verb: a count of another verb ties nothing
        (
            KILLED_AT_LEAST_6,
            "Six people were killed in an attack on a remote base housing 300 soldiers.",
            "match",
        ),
        (
            KILLED_AT_LEAST_6,
            "Six people were killed at a checkpoint near a garrison that houses 300 soldiers.",
            "match",
        ),
    ],
)
def test_a_count_far_after_its_cue_in_one_clause(fact: str, text: str, status: str) -> None:
    verdict = check_fact(fact, text, dt.date(2018, 1, 1), event="2018-01-01")
    assert verdict.status.value == status


GIVEN = "id: g\nkind: quantity\nvalue: 2\ncues: [handed, given]\nsubjects: [passengers]"
RELEASED = "id: f\nkind: quantity\nvalue: 21\ncues: [releases, released]\nsubjects: [girls]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # American Airlines (005): a group noun of known size is a count
        (
            GIVEN,
            "Teague and Burrell were each handed blankets by a pair of first-class passengers.",
            "match",
        ),
        (GIVEN, "They were given blankets by a trio of passengers.", "contradiction"),
        (GIVEN, "A dozen passengers were given vouchers.", "contradiction"),
        # "a couple of" is often "a few": no count
        (GIVEN, "They were given blankets by a couple of passengers.", "omission"),
        # a count of what the cue's own object shows is none of the cue's
        (
            RELEASED,
            "Terrorist group releases video showing 50 of the girls abducted from the school.",
            "omission",
        ),
    ],
)
def test_groups_of_a_known_size_count(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


SHOOTING_2017 = """
id: killed
kind: quantity
value: 58
cues: [dead, killed]
subjects: [people, victims]
"""
INJURED_2017 = "id: injured\nkind: quantity\nvalue: 527\ncues: [wounded, injured]"


def test_a_heading_takes_no_noun_from_the_paragraph_above() -> None:
    """Las Vegas (008): a list of earlier shootings, each a heading and a paragraph."""
    text = (
        "An immigrant shoots dead 13 people at a civic center in Binghamton in April 2009.\n"
        "Denver cinema: 12 dead\n"
    )
    assert check_fact(SHOOTING_2017, text, event="2017-10-01").status.value == "omission"
    # in one paragraph the noun of the sentence before still counts
    same = "Police found the victims. 12 dead, the sheriff said."
    assert check_fact(SHOOTING_2017, same, event="2017-10-01").status.value == "contradiction"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Las Vegas (008): a sentence with no date of its own goes on in the year the sentence
        # before it dated, within its paragraph
        (
            "A young man storms a cinema in Aurora in July 2012, opening fire and releasing tear "
            "gas. Twelve people and 70 wounded. He is sentenced to life in prison.",
            "omission",
        ),
        # not across a paragraph
        ("The cinema attack came in July 2012.\nSeventy wounded.", "contradiction"),
        # not when the sentence before comes back to the present, or this one is in it
        ("Gunmen struck in 2012, and again this week. Seventy wounded.", "contradiction"),
        ("A cinema was attacked in 2012. Seventy are wounded.", "contradiction"),
        # a sentence with a verb of its own tense speaks for itself (a property found this)
        ("The the the March 2016. Seventy were wounded.", "contradiction"),
        ("The offensive began in August 2016. Officials said 70 were wounded.", "contradiction"),
    ],
)
def test_a_sentence_goes_on_in_the_year_its_paragraph_dated(text: str, status: str) -> None:
    verdict = check_fact(INJURED_2017, text, event="2017-10-01")
    assert verdict.status.value == status


def test_bringing_the_total_to_a_figure_counts_for_the_cue_before_it() -> None:
    """Equifax (006): the increment is context; the total it brings is the count."""
    text = (
        "Credit report company Equifax said Monday that an additional 2.5 million Americans may "
        "have been affected by the massive security breach of its systems, bringing the total "
        "to 145.5 million people who had their personal information accessed or stolen."
    )
    assert check_fact(AFFECTED, text, event="2017-10-02").status.value == "match"
    lower = text.replace("145.5 million", "144 million")
    verdict = check_fact(AFFECTED, lower, event="2017-10-02")
    assert (verdict.status.value, verdict.reason) == ("contradiction", "revised")


NO_SHOWS = """
id: no-shows
kind: quantity
value: 4
cues: [did not board, did not show up]
subjects: [passengers]
"""


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # MH370 (005, 001): "but" joins the verbs of one relative clause: one subject
        (
            "Malaysia Airlines said there were four passengers who checked in for the flight but "
            "did not show up at the airport.",
            "match",
        ),
        (
            "Mr Rahman also said that five passengers who checked in for the flight but who did "
            "not board, had had their luggage removed and checked.",
            "contradiction",
        ),
        # "and" joins them as "but" does, and "that" is a relative word as "who" is
        (
            "Officials said there were five passengers who checked in for the flight and then did "
            "not board.",
            "contradiction",
        ),
        (
            "Officials said there were five passengers that checked in for the flight but did not "
            "board.",
            "contradiction",
        ),
        (
            "Officials said there were five passengers who checked in for the flight and who did "
            "not board.",
            "contradiction",
        ),
        # a count right before the cue is its own
        (
            "Officials said there were four passengers who checked in for the flight but two did "
            "not board.",
            "contradiction",
        ),
        # the count opening the sentence
        (
            "Four passengers who checked in for the flight but did not board were questioned.",
            "match",
        ),
        # another count between them, or a clause of its own, cuts the tie
        (
            "Five passengers who checked in with 20 bags but did not board were questioned.",
            "omission",
        ),
        ("Five passengers checked in, but officials did not board them.", "omission"),
    ],
)
def test_the_verbs_of_a_relative_clause_share_its_count(text: str, status: str) -> None:
    assert check_fact(NO_SHOWS, text).status.value == status


@pytest.mark.parametrize(
    ("before", "status"),
    [
        # a date that opens the sentence before frames an episode the next one goes on with
        ("In March, the offensive began.", "omission"),
        # a bound ("since", "until", "by", "from") frames none: the period runs on
        ("Since March, the offensive has gone on.", "contradiction"),
        ("The offensive has gone on since March 2015.", "contradiction"),
        ("Troops were to stay until 2019.", "contradiction"),
    ],
)
def test_a_bound_frames_no_episode(before: str, status: str) -> None:
    text = f"{before} Officials said 4 Turkish soldiers were killed near the border."
    verdict = check_fact(KILLED_17.replace("17", "3"), text)
    assert verdict.status.value == status


OTHER_TIME = "about another time: 'killed 49'"
CONFLICT_49 = "the source says 49 where 58 is expected: 'killed 49'"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # a date in another clause: within 8 words of the count it dates the count, past 8 not
        ("A gunman killed 49 people at a nightclub; police said in June 2016.", OTHER_TIME),
        ("A gunman killed 49 people at a nightclub; police said so in June 2016.", CONFLICT_49),
        ("On a hot night in June 2016, a gunman who was never found killed 49 people.",
         OTHER_TIME),
        ("On a hot night in June 2016, a gunman who has never been found killed 49 people.",
         CONFLICT_49),
    ],
)  # fmt: skip
def test_a_date_within_8_words_of_the_count_dates_it(text: str, detail: str) -> None:
    assert check_fact(SHOOTING, text, event="2017-10-01").detail == detail


WOUNDED_120 = "id: wounded\nkind: quantity\nvalue: 120\ncues: [wounded, injured]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a running count that agrees (development clusters)
        (WOUNDED_120, "At least two dead bodies and more than 100 wounded people - including at "
         "least 10 children - had so far been brought to two city hospitals, said a doctor.",
         "match"),
        (ON_BOARD, "Investigators said they have looked into the backgrounds of the 239 people on "
         "board, including the two pilots and the crew, and have so far found no answers.",
         "match"),
        # and one that does not: another scope, never a conflict
        (WOUNDED_120, "More than 200 people have been wounded so far, the ministry said.",
         "omission"),
        # made-up sentences of other stories
        (SHOOTING, "In total, 58 people were killed at the festival.", "match"),
        (SHOOTING, "Altogether, 61 people have died in shootings in the city.", "omission"),
        (SHOOTING, "58 people have been killed in the region this year.", "omission"),
        (SHOOTING, "Since January, 58 people have been killed in the region.", "omission"),
        # a running word with a period is a period (found by a hostile review)
        (SHOOTING, "Mass shootings in the United States have so far this month killed 58 "
         "people.", "omission"),
        (SHOOTING, "In total, 58 people have been killed in mass shootings in the US over the "
         "past decade.", "omission"),
        (SHOOTING, "Altogether, 58 people have been killed in shootings in Nevada in recent "
         "years.", "omission"),
        (SHOOTING, "Avalanches have killed 58 people in the Alps so far this winter.",
         "omission"),
        # a running count of another event, in the words of a motive, says nothing of this one
        (SHOOTING, "The gunman said the attack was revenge for air strikes that have killed 58 "
         "people so far.", "omission"),
    ],
)  # fmt: skip
def test_a_running_count_or_total_states_the_fact_only_when_it_agrees(
    fact: str, text: str, status: str
) -> None:
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail


LAPS = "id: laps\nkind: quantity\nvalue: 20\ncues: [completed]\nsubjects: [laps]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Only 20 of 71 laps were completed.", "match"),  # made up, a motor race
        ("Only 21 of 71 laps were completed.", "contradiction"),
        ("Only 20 of the 71 scheduled laps had been completed when rain stopped it.", "match"),
    ],
)
def test_a_part_before_the_verb_is_what_the_verb_counts(text: str, status: str) -> None:
    verdict = check_fact(LAPS, text)
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    ("subjects", "text", "status"),
    [
        ("[red flags]", "The rain brought out two red flags and five safety cars.", "match"),
        ("[red flags]", "The rain brought out two flags and five safety cars.", "match"),
        ("[red flags]", "The rain brought out three red flags.", "contradiction"),
        ("[red flags]", "The rain brought out two cars.", "omission"),
        # a subject that joins parts names their total, not its last word
        ("[flags and cars]", "The rain brought out two cars.", "omission"),
        ("[flags and cars]", "The rain brought out two flags and five cars.", "contradiction"),
    ],
)
def test_a_subject_of_several_words_counts_by_its_head(
    subjects: str, text: str, status: str
) -> None:
    fact = f"id: flags\nkind: quantity\nvalue: 2\ncues: [brought out]\nsubjects: {subjects}"
    verdict = check_fact(fact, text)
    assert verdict.status.value == status, verdict.detail


@pytest.mark.parametrize(
    ("published", "status"),
    [
        # "last week" of an article two months later is another time than the shooting's
        (dt.date(2017, 12, 1), "omission"),
        # ... of an article two days later, the week of the shooting: the count is compared
        (dt.date(2017, 10, 3), "contradiction"),
    ],
)
def test_a_relative_date_by_a_count_is_resolved_against_the_source_date(
    published: dt.date, status: str
) -> None:
    text = "Last week a gunman killed 49 people at a nightclub."
    assert check_fact(SHOOTING, text, published, event="2017-10-01").status.value == status


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The crash happened at dawn, killing more than 14 passengers and three crew.",
         "more than 17"),
        ("The crash happened at dawn, killing about 30 passengers and about 4 crew.", "about 34"),
        ("The crash happened at dawn, killing 14 passengers and 4 crew.", "18"),
        ("The crash happened at dawn, killing more than 20 passengers and up to 4 crew.",
         "about 24"),
    ],
)  # fmt: skip
def test_a_total_of_parts_is_said_with_its_parts_hedge(text: str, said: str) -> None:
    """The detail of a contradiction shows the total as its parts say it (found by the mutation
    run: "the source says 17 where 17 is expected" for "more than 14 ... and three")."""
    verdict = check_fact(KILLED_17, text)
    assert verdict.status.value == "contradiction"
    assert verdict.detail.startswith(f"the source says {said} where 17 is expected"), verdict.detail


INNINGS = "id: innings\nkind: quantity\nvalue: 10\nunit: innings\ncues: [victory]"
MINUTES_MOAT = "id: minutes\nkind: quantity\nvalue: 10\nunit: minutes\ncues: [moat]"
DELAY = "id: delay\nkind: quantity\nvalue: 17\nunit: minutes\ncues: [rain delay, delay]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # cubs 005: "since 1908" belongs to "title" and scopes no count; "the first ... since"
        # dates the last time before, and no other count of the sentence
        (INNINGS, "The Chicago Cubs won their first title since 1908 with a riveting, 8-7, "
         "10-inning victory over the Cleveland Indians in the seventh and final game.",
         "match"),
        (DELAY, "The Cubs won their first World Series title since 1908, more than could be "
         "covered in the 17-minute rain delay that preceded the 10th inning.", "match"),
        (INNINGS, "The Chicago Cubs won their first title with a riveting, 8-7, 10-inning "
         "victory.", "match"),
        # "in" after a noun cue is not read: "a second attack in 3 days" is a frequency
        (INNINGS, "The Cubs blew a three-run lead before eventually eking out an 8-7 victory "
         "in 10 innings.", "omission"),
        (MINUTES_MOAT, "Police reached the moat in 10 minutes.", "omission"),
        (DELAY, "The Cubs won it after the 17-minute rain delay that preceded the 10th inning.",
         "match"),
        # "since" opening its phrase still scopes the count (a period: never the event's)
        (INNINGS, "Since 1908, the club has had a 10-inning victory in every decade.", "omission"),
        (INNINGS, "The club, since 1908, has had a 10-inning victory in every decade.", "omission"),
        (INNINGS, "They lost in 1908 and, since then, took a 9-inning victory.", "omission"),
    ],
)  # fmt: skip
def test_since_after_a_noun_belongs_to_the_noun(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what a clause right after "the first ... since" date tells is of that time
        ("It was the worst attack since 2010, when a bomber killed 40 people.", "omission"),
        ("It was the deadliest since 2010 when 40 people were killed.", "omission"),
        ("It is the first attack since 2010 to have killed 40 people.", "omission"),
        # without "first" or a superlative, "since" opens a period the count belongs to
        ("No attack since 2010 has killed 40 people.", "omission"),
        ("Gangs killed 40 people a year in the city until 2010.", "omission"),
        # the first or worst since: the sentence's own count is the event's
        # ... nor a noun, a possessive, a dash or a bracket that goes on about that time (a
        # hostile review's sentences)
        ("It was the deadliest attack since 2010 bombings that killed 40 people.", "omission"),
        ("It was the worst disaster since 2014's ferry sinking, which killed 40 people.",
         "omission"),
        ("It was the worst flood since 1953 - 40 people died then.", "omission"),
        ("It was the deadliest attack since 2010 (40 killed in a market bombing).", "omission"),
        # the first or worst since, and a phrase of the main clause: its count is the event's
        ("It was the deadliest attack since 2010 with 40 people killed.", "contradiction"),
        ("It was the deadliest attack since 2010 with 3 people killed.", "match"),
    ],
)  # fmt: skip
def test_the_first_since_a_date_dates_only_what_a_clause_after_it_tells(
    text: str, status: str
) -> None:
    fact = "id: killed\nkind: quantity\nvalue: 3\ncues: [killed]"
    assert check_fact(fact, text, event="2017-05-01").status.value == status


MINUTES = "id: minutes\nkind: quantity\nvalue: 10\nunit: minutes\ncues: [dragged, moat]"
DROUGHT = "id: drought\nkind: quantity\nvalue: 108\nunit: years\ncues: [curse, drought]"
BOY_AGE = "id: boy\nkind: quantity\nvalue: 3\nunit: years\ncues: [boy, child]"
SPEED = "id: speed\nkind: quantity\nvalue: 115\nunit: mph\ncues: [derailed]"


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        # a measure past other words of the clause belongs to them, not to the cue (a hostile
        # review's sentences; a rule that tied them by their unit gave each a contradiction)
        (SPEED, "The train derailed on a bend with a 50 mph limit."),
        (MINUTES, "Police reached the moat in 3 minutes."),
        (DROUGHT, "The curse held true for 71 years."),
        (BOY_AGE, "Under the new law the child can be jailed for six months."),
        (INNINGS.replace("[victory]", "[victory, took]"),
         "The Cubs took the lead in 8 innings and won in 10."),
    ],
)  # fmt: skip
def test_a_measure_past_other_words_is_no_count_of_the_cue(fact: str, text: str) -> None:
    assert check_fact(fact, text).status.value == "omission"


BRITONS_KILLED = (
    "id: f\nkind: quantity\nvalue: 6\ncues: [killed, died]\nsubjects: [Britons, people]"
)
UK_CONSUMERS = (
    "id: f\nkind: quantity\nvalue: 693665\ncues: [accessed, affected]\n"
    "subjects: [consumers, people, Brits]"
)


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a count that goes on counting another people (equifax 006; made up, other stories)
        (UK_CONSUMERS, "Equifax said that an additional 2.5 million Americans may have been "
         "affected by the breach, bringing the total to 145.5 million people who had their "
         "personal information accessed or stolen.", "omission"),
        (BRITONS_KILLED, "Eight Germans were killed on the bus, and in all 30 people died.",
         "omission"),
        # ... not the fact's own people, nor a people named otherwise
        (BRITONS_KILLED, "Six Britons were killed, among them two children.", "match"),
        (BRITONS_KILLED, "Thirty people were killed, tourists from Germany and Britain.",
         "contradiction"),
        (UK_CONSUMERS, "A breach may have affected 400,000 consumers in Britain as well as some "
         "data for American and Canadian residents.", "contradiction"),
        # a hostile review's sentences: a people word that describes another noun, the count's
        # own capitalised noun, the fact's people named in the sentence too
        (BRITONS_KILLED, "Two French police sources said nine people died, most of them from "
         "Britain.", "contradiction"),
        (UK_CONSUMERS, "After 143 million Americans, Equifax said 400,000 UK consumers were "
         "affected.", "contradiction"),
        (BRITONS_KILLED, "Thirty Germans were injured and 2 people were killed, both Britons.",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_count_that_goes_on_counting_another_people_is_context(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


PREMIUM = (
    "id: p\nkind: quantity\nvalue: 50\nunit: percent\ncues: [premium, higher]\nwhen: 2018-02-05"
)
RATE = "id: r\nkind: quantity\nvalue: 4.1\nunit: percent\ncues: [rate, higher, hit]\nwhen: 2017-11"
TOLL_40 = "id: t\nkind: quantity\nvalue: 40\ncues: [died, killed]\nwhen: 2018-02-05"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # broadcom 003, 004: the date of the price compared against dates no figure
        (PREMIUM, "That $60 offer is a 50% premium over Qualcomm stock's closing price on "
         "Nov. 2, 2017.", "match"),
        (PREMIUM, "That would represent a 50 percent premium over the price Qualcomm was "
         "trading at on Nov. 2, before news of the approach broke, Broadcom said.", "match"),
        (PREMIUM, "Rents in the city are now 50 percent higher than in 2015.", "match"),
        (PREMIUM, "Fares were 50 percent cheaper compared with March 2017, the agency said.",
         "omission"),  # "cheaper" is no cue here: nothing to read
        # the date of the figure itself still dates it
        (PREMIUM, "The offer was a 50 percent premium in November.", "omission"),
        (PREMIUM, "In November 2017, Broadcom offered a 50 percent premium.", "omission"),
        # a hedge is no comparison: "more than 40 people died on Monday" is Monday's
        (TOLL_40, "More than 40 people died on Jan. 3, 2017.", "omission"),
        # the base that goes on about its own time keeps its counts there
        (TOLL_40, "The toll is higher than in 2015, when 40 people died.", "omission"),
        # a hostile review's sentences: a date after an expectation, after a comma, or after
        # a base that is itself a time dates the figure
        (RATE, "The jobless rate stood at 4.8%, higher than economists had expected in March.",
         "omission"),
        (RATE, "Inflation hit 4.8%, higher than the central bank's target, in January.",
         "omission"),
        (RATE, "The rate rose to 4.8%, higher than in the previous quarter, on 1 July 2016.",
         "omission"),
        (RATE, "House prices were 4.8% higher than a year earlier in May 2016, the Nationwide "
         "said.", "omission"),
        (RATE, "The rate is now 4.8% higher than in 2015.", "contradiction"),
    ],
)  # fmt: skip
def test_the_date_of_a_comparisons_base_dates_no_figure(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


PER_SHARE = (
    "id: p\nkind: quantity\nvalue: 82\nunit: $\ncues: [offer, bid]\nexclude: [previous, share]"
)
KILLED_KUNDUZ = "id: k\nkind: quantity\nvalue: 6\ncues: [killed]\nexclude: [Kunduz]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # broadcom 003, 006: after a comma, an exclude phrase with a count of its own sets
        # that count aside, not the one before the comma
        ("id: s\nkind: quantity\nvalue: 22\nunit: $\ncues: [in Broadcom stock]\n"
         "exclude: [previous]",
         "But this new approach includes $22 per share in Broadcom stock, where the previous "
         "offer was $10.", "match"),
        ("id: p\nkind: quantity\nvalue: 82\nunit: $\ncues: [bid represents]\n"
         "exclude: [previous]",
         "The new bid represents $82 per Qualcomm share, up from a previous offer of $70 a "
         "share.", "match"),
        ("id: p\nkind: quantity\nvalue: 82\nunit: $\ncues: [bid]\nexclude: [previous]",
         "The new bid is $82 a share, up from a previous bid of $70.", "match"),
        # ... with no count of its own after the comma, the phrase speaks of the $82
        ("id: p\nkind: quantity\nvalue: 82\nunit: $\ncues: [bid]\nexclude: [previous]",
         "The new bid is $82 a share, up from a previous bid.", "omission"),
        # without a count of its own the phrase after the comma still speaks of the count
        (KILLED_KUNDUZ, "Gunmen killed 12 people on Sunday, the third attack in Kunduz this "
         "month.", "omission"),
        # ... nor with a count of its own before it: the place may scope both
        (KILLED_KUNDUZ, "Air strikes killed 12 people, and wounded 20 in Kunduz.", "omission"),
        # a hostile review's sentences: for a fact without a unit, a count after the exclude
        # word that no cue ties is no rival figure
        (KILLED_KUNDUZ, "A suicide bomber killed 15 people, the second attack in Kunduz in 3 "
         "days.", "omission"),
        ("id: k\nkind: quantity\nvalue: 25\ncues: [killed]\nexclude: [Mosul]",
         "The air strike killed 40 civilians, according to Mosul's 2 hospitals.", "omission"),
        # a bracket is an aside, no break: "share" still sets the $82 aside for a total
        ("id: t\nkind: quantity\nvalue: 121 billion\nunit: $\ncues: [offer]\nexclude: [share]",
         "Broadcom said its offer of 82 US dollars (£58) per Qualcomm share includes cash.",
         "omission"),
        # before the count, a phrase sets it aside across a comma
        (KILLED_KUNDUZ, "In Kunduz, gunmen killed 12 people on Sunday.", "omission"),
    ],
)  # fmt: skip
def test_an_exclude_phrase_after_a_comma_with_its_own_count_sets_that_count_aside(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize("cues", ["[bid]", "[bid, bid represents]", "[bid represents, bid]"])
def test_represents_gives_the_figure_of_the_cue_before_it(cues: str) -> None:
    """broadcom 006: "The new bid represents $82", with "bid" listed first, was no count."""
    fact = f"id: p\nkind: quantity\nvalue: 82\nunit: $\ncues: {cues}"
    verdict = check_fact(fact, "The new bid represents $82 per Qualcomm share.")
    assert verdict.status.value == "match"


@pytest.mark.parametrize(
    ("cues", "status"),
    [("[killed, killed by]", "match"), ("[killed by, killed]", "contradiction")],
)
def test_of_two_cues_at_one_word_the_first_listed_is_read(cues: str, status: str) -> None:
    """A hostile review's sentence: the order of the list says which cue a file means."""
    fact = f"id: k\nkind: quantity\nvalue: 3\ncues: {cues}"
    verdict = check_fact(fact, "Three people were killed by 2 gunmen outside the mosque.")
    assert verdict.status.value == status


INJURED_25 = "id: i\nkind: quantity\nvalue: 25\ncues: [injured, hurt, injuries]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # a plain count still conflicts
        (INJURED_25, "Twelve people were injured in the crash.", "contradiction"),
        # "N of them" after the cue is a part of the group the cue counted
        (INJURED_25, "Twenty-five people were injured, four of them seriously.", "match"),
        (INJURED_25, "Police said 25 people were hurt, six of whom remain in hospital.", "match"),
        # ... while the cue after it counts the part, and so does a verb cue's own object
        # or "all N of them" (a hostile review's sentences)
        ("id: c\nkind: quantity\nvalue: 10\ncues: [charged]",
         "Police arrested 30 people; 12 of them were charged.", "contradiction"),
        ("id: c\nkind: quantity\nvalue: 10\ncues: [charged]",
         "Police arrested 40 people and charged 12 of them with rioting.", "contradiction"),
        ("id: k\nkind: quantity\nvalue: 7\ncues: [killed]",
         "The attackers broke into the house and killed the family, all six of them.",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_part_of_them_after_a_comma_is_no_total(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


def test_a_part_of_them_that_is_the_facts_subject_counts() -> None:
    """An earlier review's sentence: "12 of them were children" is the count of children."""
    fact = "id: c\nkind: quantity\nvalue: 12\ncues: [freed]\nsubjects: [children]"
    text = "The army freed 40 hostages and 12 of them were children."
    assert check_fact(fact, text).status.value == "match"


KILLED_3 = "id: k\nkind: quantity\nvalue: 3\ncues: [killed]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # morsi-sentence 002; an aside of what a count includes, between its noun and its verb,
        # is passed over whole: its words are no distance, its counts parts
        ("id: f\nkind: quantity\nvalue: 5\ncues: [fined]\nsubjects: [defendants]",
         "Five other defendants, including jailed activist Alaa Abdel Fattah, were fined "
         "30,000 pounds (about $1,680) each.", "match"),
        (KILLED_3, "Three people, including two children, were killed in the blast.", "match"),
        (KILLED_3, "Three people, including a former police officer from the town, were killed.",
         "match"),
        (KILLED_3, "Three people (including two children) were killed in the blast.", "match"),
        (KILLED_3, "Four people, including two children, were killed in the blast.",
         "contradiction"),
        # ... but a part the fact's subjects name is what it counts, and the count before the
        # aside needs its own noun (a hostile review's sentences)
        ("id: k\nkind: quantity\nvalue: 4\ncues: [killed]\nsubjects: [guides]",
         "Nine climbers - including four Sherpa guides - were killed by the avalanche.", "match"),
        ("id: k\nkind: quantity\nvalue: 40\ncues: [evacuated]\nsubjects: [students]",
         "Two groups, including 40 students from a local school, were evacuated.", "match"),
        ("id: k\nkind: quantity\nvalue: 300\ncues: [sank]\nsubjects: [migrants]",
         "Two boats, including one carrying 300 migrants, sank off the Libyan coast.",
         "omission"),
        # an aside of other punctuation is no aside of the count ("(about $1,680) each")
        ("id: f\nkind: quantity\nvalue: 1688\nunit: $\ntolerance: 0.01\ncues: [fined, each]",
         "Five other defendants, including jailed activist Alaa Abdel Fattah, were fined "
         "30,000 pounds (about $1,680) each.", "match"),
    ],
)  # fmt: skip
def test_an_aside_of_what_a_count_includes_is_passed_over(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


FINED_5 = "id: f\nkind: quantity\nvalue: 5\ncues: [fined]\nsubjects: [defendants]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # morsi-sentence 001: "N of whom" counts the noun before the comma, and is a part of
        # its count, no addend
        (FINED_5, "The case involves 25 defendants, five of whom were fined 30,000 pounds.",
         "match"),
        (FINED_5, "The case involves 25 defendants, five of whom -- including the activist Alaa "
         "Abdel-Fattah and the analyst Amr Hamzawy -- were fined 30,000 pounds each.", "match"),
        (KILLED_3, "The bus carried 40 people, three of whom were killed.", "match"),
        # a hostile review's sentences: the noun after a preposition is no antecedent, and a
        # relative clause closed by a comma holds no count of the verb after it
        ("id: c\nkind: quantity\nvalue: 6\ncues: [charged]\nsubjects: [villages]",
         "Police questioned 30 people from three villages, six of whom were charged.",
         "omission"),
        ("id: r\nkind: quantity\nvalue: 12\ncues: [rescued]",
         "The 12 miners, two of whom were injured, were rescued on Sunday.", "match"),
    ],
)  # fmt: skip
def test_a_count_of_whom_counts_the_noun_before_it(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # louisiana-email-scammer 004: parts of one noun, each with a kind of its own, state
        # their total
        ("id: c\nkind: quantity\nvalue: 269\ncues: [facing]\nsubjects: [counts]",
         "Michael Neu is facing 269 counts of wire fraud and one count of money laundering.",
         "contradiction"),
        ("id: c\nkind: quantity\nvalue: 270\ncues: [facing]\nsubjects: [counts]",
         "Michael Neu is facing 269 counts of wire fraud and one count of money laundering.",
         "match"),
        ("id: c\nkind: quantity\nvalue: 52\ncues: [included]",
         "The convoy included 40 trucks of food and 12 trucks of medicine.", "match"),
        # ... not a cue inside one part's complement, nor the terms of a measure (a hostile
        # review's sentences), nor parts of other nouns past a complement (an article of the
        # bulk corpus)
        ("id: c\nkind: quantity\nvalue: 269\ncues: [wire fraud]",
         "He is facing 269 counts of wire fraud and one count of money laundering.", "match"),
        ("id: p\nkind: quantity\nvalue: 2\nunit: years\ncues: [sentenced]",
         "He was sentenced to two years of imprisonment and one year of probation.", "match"),
        ("id: s\nkind: quantity\nvalue: 209000\ncues: [card]",
         "The card will store about 30 minutes of video and 420 stills.", "omission"),
    ],
)  # fmt: skip
def test_parts_of_one_noun_with_kinds_of_their_own_state_a_total(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(fact, text).status.value == status


BOOSTERS = "id: b\nkind: quantity\nvalue: 3\ncues: [boosters, booster cores, cores]\n"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # falcon-heavy 004, 007: a count before a cue that is a subject, with words that
        # describe it between, counts the cue's noun
        ("SpaceX intends to land all three first stage boosters.", "match"),
        ("Comprised of three rocket booster cores, the Falcon Heavy is the most powerful.",
         "match"),
        # ... loosely: the words may name a part of them ("two first-class passengers"), so
        # another figure is context; and not past a preposition
        ("The Ariane 5 has two segmented solid rocket boosters.", "omission"),
        ("The rocket's three reused side boosters flew again.", "match"),
        ("It flew three times with boosters.", "omission"),
    ],
)  # fmt: skip
def test_a_count_before_a_cue_that_is_a_subject_counts_it(text: str, status: str) -> None:
    fact = BOOSTERS + "subjects: [boosters, cores]"
    assert check_fact(fact, text).status.value == status


@given(
    st.integers(min_value=2, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(["children", "police officers", "two-year-old girls", "foreign nationals"]),
    st.sampled_from([(", including ", ","), (" - including ", " -"), (" (including ", ")")]),
)
def test_a_count_in_an_aside_of_what_it_includes_never_contradicts(
    total: int, part: int, noun: str, marks: tuple[str, str]
) -> None:
    """Whatever the part and however the aside is set off, the total before it is what the
    verb counts: the part never contradicts it."""
    opening, closing = marks
    text = f"At least {total} people{opening}{part} {noun}{closing} were killed in the blast."
    fact = f"id: k\nkind: quantity\nvalue: {total}\ncues: [killed]"
    assert check_fact(fact, text).status.value == "match", text


@pytest.mark.parametrize(
    ("value", "text", "status"),
    [
        # "five or six" is a guess: either agrees (it was a false contradiction of 6 for 5)
        (5, "Five or six people were killed in the crash.", "match"),
        (6, "Five or six people were killed in the crash.", "match"),
        (8, "Five or six people were killed in the crash.", "contradiction"),
        # a hedge after the number is not read: "four or more people killed" is as often a
        # definition or a threshold as a count (a hostile review's sentences)
        (3, "The FBI defines a mass killing as four or more people killed. Three people were "
         "killed on Sunday.", "match"),
    ],
)  # fmt: skip
def test_a_guess_of_two_numbers_is_read(value: int, text: str, status: str) -> None:
    fact = f"id: k\nkind: quantity\nvalue: {value}\ncues: [killed]"
    assert check_fact(fact, text).status.value == status


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # bruce-arians 003: a group is no measure of a fact in a unit of time, place or money
        ("id: a\nkind: quantity\nvalue: 38\nunit: years\ncues: [Palmer]",
         "Arians and Palmer would ride away into the sunset together like a pair of cowboys.",
         "omission"),
        # ... but counts people and things, also in a count noun of the file's
        ("id: p\nkind: quantity\nvalue: 2\ncues: [handed]",
         "Blankets were handed out by a pair of first-class passengers.", "match"),
        ("id: e\nkind: quantity\nvalue: 12\nunit: eggs\ncues: [bought]",
         "She bought a dozen eggs at the market.", "match"),
        ("id: y\nkind: quantity\nvalue: 12\nunit: years\ncues: [played]",
         "Palmer played a dozen years in the league before retiring.", "match"),
    ],
)  # fmt: skip
def test_a_group_is_no_measure(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status
