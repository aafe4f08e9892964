"""Name facts: misspellings with a did-you-mean, and no false alarms on ordinary forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from factcheck.loader import load
from factcheck.match.name import DEMONYM_ENDINGS, INFLECTIONS
from tests.conftest import CheckText, check_fact, text_checker
from tests.strategies import misspelt, neutral_text, plant


@pytest.mark.parametrize(
    ("fact", "text", "found", "suggestion"),
    [
        (
            "akar",
            "General Valery Gerasimov held a telephone conversation with Gereal Hulusi Akar of Turkey.",
            "Gereal Hulusi Akar",
            "General Hulusi Akar",
        ),
        (
            "putin",
            "Russian President Vladimit Putin meets Turkish President Recep Tayyip Erdogan",
            "Vladimit Putin",
            "Vladimir Putin",
        ),
        ("putin", "President Vladimir Puttin said so.", "Vladimir Puttin", "Vladimir Putin"),
        ("akar", "Turkish counterpart Hulusi Akkar agreed.", "Hulusi Akkar", "Hulusi Akar"),
    ],
)
def test_misspelt_name_is_a_contradiction_with_a_suggestion(
    check_text: CheckText, fact: str, text: str, found: str, suggestion: str
) -> None:
    verdict = check_text(fact, text)
    assert verdict.status.value == "contradiction"
    assert verdict.reason == "misspelling"
    assert (verdict.found, verdict.suggestion) == (found, suggestion)
    assert "did you mean" in verdict.detail


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        ("putin", "Putin's Reaction to Deadly Airstrike", "omission"),
        ("putin", "President Vladimir Putin's spokesman spoke.", "match"),
        ("akar", "Chief of the General Staff Valery Gerasimov and the Generals met.", "omission"),
        ("akar", "The Russian Federation Army and Turkish Generals agreed.", "omission"),
        ("akar", "A general sense of calm; Russian and Turkish officials met.", "omission"),
        ("putin", "Putting the Russians first, Vladimir Putin said.", "match"),
        ("akar", "Turkish counterpart Hulusi Akar had in a call agreed.", "match"),
        ("akar", "… General Hulusi Akar in connection with the death", "match"),
        # another word beside the name with a lost space is no misspelling of the name's word
        ("putin", "Russian President Vladimir Pavelsaid nothing.", "omission"),
    ],
)
def test_ordinary_forms_are_not_misspellings(
    check_text: CheckText, fact: str, text: str, status: str
) -> None:
    assert check_text(fact, text).status.value == status


def test_misspelling_and_correct_spelling_are_both_shown(check_text: CheckText) -> None:
    text = "He spoke with Gereal Hulusi Akar. Later General Hulusi Akar replied."
    verdict = check_text("akar", text)
    assert [(e.stance.value, e.text) for e in verdict.evidence] == [
        ("conflicts", "Gereal Hulusi Akar"),
        ("supports", "General Hulusi Akar"),
    ]


@pytest.mark.parametrize(
    ("name", "fact", "text", "found", "suggestion"),
    [
        ("erie-electric-bill", "penelec",
         "Horomanski's son contacted Penelac, her electric provider, who confirmed the error.",
         "Penelac", "Penelec"),
        ("erie-electric-bill", "firstenergy",
         "Parent company First Energy said a decimal point was accidentally moved.",
         "First Energy", "FirstEnergy"),
        ("chibok-release", "boko-haram",
         "Nigerian president Muhammadu Buhari, who vowed to destroy Boko Harm when he took office",
         "Boko Harm", "Boko Haram"),
    ],
)  # fmt: skip
def test_cluster_misspelling_on_real_sentence(
    check_cluster: Callable[[str], CheckText],
    name: str,
    fact: str,
    text: str,
    found: str,
    suggestion: str,
) -> None:
    verdict = check_cluster(name)(fact, text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", "misspelling")
    assert (verdict.found, verdict.suggestion) == (found, suggestion)


# --- The edit limits per word length, at both sides, alone and beside another word of the name.
# Each fact is "Zed <word>": "Zed" (3 letters, never judged) is the other word of the name.
WORDS = {4: "Orak", 5: "Ubaki", 7: "Ubakiro", 8: "Eskobarn", 11: "Eskobarnito"}
LIMITS = {
    # length: (edits allowed alone, edits allowed beside another word of the name)
    4: (0, 1),
    5: (1, 2),
    7: (1, 2),
    8: (2, 2),
    11: (2, 2),
}


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> CheckText:
    path = tmp_path_factory.mktemp("names") / "names.yaml"
    facts = "".join(
        f"  - {{id: n{size}, kind: name, value: Zed {word}}}\n" for size, word in WORDS.items()
    )
    path.write_text(f"event: x\nfacts:\n{facts}", encoding="utf-8")
    return text_checker(load(str(path)))


def _substituted(word: str, edits: int) -> str:
    """``word`` with its last ``edits`` letters replaced by letters it does not hold: exactly
    ``edits`` edits away, first letter kept."""
    fresh = [c for c in "qxjvwz" if c not in word.lower()]
    return word[: len(word) - edits] + "".join(fresh[:edits])


def _said(written: str, beside: bool) -> str:
    return f"Yesterday we met {'Zed ' if beside else ''}{written} in town."


EDGES = [(size, beside, edits) for size in WORDS for beside in (False, True) for edits in (1, 2, 3)]


@pytest.mark.parametrize(("size", "beside", "edits"), EDGES)
def test_misspelling_edit_limit_per_word_length(
    named: CheckText, size: int, beside: bool, edits: int
) -> None:
    """Within the limit of its length (and place): a misspelling; one edit more: not."""
    written = _substituted(WORDS[size], edits)
    limit = LIMITS[size][beside]
    verdict = named(f"n{size}", _said(written, beside))
    expected = "contradiction" if edits <= limit else "omission"
    assert verdict.status.value == expected, (written, beside, verdict.detail)
    if expected == "contradiction":
        assert verdict.reason == "misspelling"
        assert verdict.suggestion == ("Zed " if beside else "") + WORDS[size]


@pytest.mark.parametrize("size", sorted(WORDS))
def test_a_transposition_counts_as_one_edit(named: CheckText, size: int) -> None:
    word = WORDS[size]
    swapped = word[:1] + word[2] + word[1] + word[3:]
    expected = "contradiction" if LIMITS[size][True] >= 1 else "omission"
    assert named(f"n{size}", _said(swapped, True)).status.value == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Yesterday we met Zed Arak in town.", "omission"),  # another first letter
        ("Yesterday we met Zed orax in town.", "omission"),  # not capitalised
        ("Yesterday we met Zeq Orak in town.", "omission"),  # 3-letter words are never judged
        ("Yesterday we met Zed Orak in town.", "match"),
        ("Yesterday we met the Zed Oraks in town.", "omission"),  # a plural, no misspelling
        ("Yesterday we met Zed Orak's son in town.", "match"),
    ],
)
def test_what_is_never_a_misspelling(named: CheckText, text: str, status: str) -> None:
    assert named("n4", text).status.value == status


@given(
    size=st.sampled_from(sorted(WORDS)),
    edits=st.integers(1, 4),
    beside=st.booleans(),
    data=st.data(),
    sentences=neutral_text(),
    at=st.integers(0, 8),
)
@example(size=8, edits=3, beside=False, data=None, sentences=["The market opened."], at=0)
def test_a_misspelling_is_judged_by_its_distance_whatever_the_edits(
    named: CheckText,
    size: int,
    edits: int,
    beside: bool,
    data: st.DataObject | None,
    sentences: list[str],
    at: int,
) -> None:
    """Random edits anywhere after the first letter: a contradiction exactly when the word is
    within the limit of its length, and not the declared word plus an inflection (nor minus a
    demonym ending)."""
    word = WORDS[size].lower()
    written = (
        data.draw(misspelt(word, edits)) if data is not None else _substituted(word, edits)
    ).capitalize()
    distance = OSA.distance(written.lower(), word)
    inflected = written.lower().startswith(word) and written.lower()[len(word) :] in INFLECTIONS
    # the declared word is the written one plus a demonym ending: "Ubak" may be the country of
    # "Ubaki" as "Israel" is of "Israeli", and is no misspelling (pinned below)
    country = word.startswith(written.lower()) and word[len(written) :] in DEMONYM_ENDINGS
    assume(distance > 0 and written.isalpha() and not inflected and not country)
    limit = LIMITS[size][beside]
    verdict = named(f"n{size}", plant(sentences, _said(written, beside), at))
    assert verdict.status.value == ("contradiction" if distance <= limit else "omission"), (
        written,
        distance,
    )


@pytest.mark.parametrize(
    ("fact", "text", "found", "suggestion"),
    [
        # a letter lost with its accent, wherever the name would be judged
        ("value: Frédéric Oudéa", "Chief executive Frdric Oudéa said.", "Frdric Oudea",
         "Frédéric Oudea"),
        ("value: Émile Zola", "The writer mile Zola died in 1902.", "mile Zola", "Émile Zola"),
        ("value: José Mourinho", "Manager Jos Mourinho said.", "Jos Mourinho", "José Mourinho"),
        ("value: Recep Tayyip Erdoğan", "President Erdoan spoke.", "Erdoan", "Erdoğan"),
        # a lost space: a short word glued to the declared word, beside the rest of the name
        ("value: Azharuddin Abdul Rahman",
         "The head of Malaysia's Civil Aviation Authority, Azharuddin Abdul Rahmanthe, called it.",
         "Azharuddin Abdul Rahmanthe", "Azharuddin Abdul Rahman the"),
        ("value: Stephen Paddock", "Gunman Stephen Paddocksaid nothing.", "Stephen Paddocksaid",
         "Stephen Paddock said"),
        # a declared word of four letters is the shortest that takes a glued word
        ("value: Hulusi Akar", "Defence minister Hulusi Akarsaid the talks went well.",
         "Hulusi Akarsaid", "Hulusi Akar said"),
    ],
)  # fmt: skip
def test_lost_accents_and_lost_spaces_are_misspellings(
    fact: str, text: str, found: str, suggestion: str
) -> None:
    verdict = check_fact(f"id: n\nkind: name\n{fact}", text)
    assert (verdict.status.value, verdict.reason) == ("contradiction", "misspelling")
    assert (verdict.found, verdict.suggestion) == (found, suggestion)


@pytest.mark.parametrize(
    ("fact", "text", "found"),
    [
        ("value: FirstEnergy", "Shares of First Energy fell on Monday.", "First Energy"),
        ("value: Equifax", "The breach at Equi Fax was found in July.", "Equi Fax"),
    ],
)
def test_a_one_word_name_split_in_two_is_a_misspelling_that_says_so(
    fact: str, text: str, found: str
) -> None:
    verdict = check_fact(f"id: n\nkind: name\n{fact}", text)
    whole = fact.removeprefix("value: ")
    assert (verdict.status.value, verdict.found, verdict.suggestion) == (
        "contradiction",
        found,
        whole,
    )
    assert verdict.detail == f"{found!r} splits the name {whole!r} in two: did you mean {whole!r}?"


@pytest.mark.parametrize(
    ("fact", "text", "found", "detail"),
    [
        ("value: Vladimir Putin", "President Vladimir Puttin said so.", "Vladimir Puttin",
         "'Puttin' looks like a misspelling of 'Putin': did you mean 'Vladimir Putin'?"),
        ("value: Stephen Paddock", "Gunman Stephen Paddocksaid nothing.", "Stephen Paddocksaid",
         "'Paddocksaid' looks like 'Paddock' with 'said' glued to it (a lost space): "
         "did you mean 'Stephen Paddock said'?"),
        # the name's first word opening the text still stands beside the misspelt one
        ("value: Hulusi Akar", "Hulusi Akkar agreed.", "Hulusi Akkar",
         "'Akkar' looks like a misspelling of 'Akar': did you mean 'Hulusi Akar'?"),
        # an initial with its period is part of the name as written
        ("value: Stephen C. Paddock", "Gunman Stephen C. Padock fired.", "Stephen C. Padock",
         "'Padock' looks like a misspelling of 'Paddock': did you mean 'Stephen C. Paddock'?"),
    ],
)  # fmt: skip
def test_a_misspelling_says_what_it_looks_like_and_spans_the_name_as_written(
    fact: str, text: str, found: str, detail: str
) -> None:
    verdict = check_fact(f"id: n\nkind: name\n{fact}", text)
    assert (verdict.status.value, verdict.found, verdict.detail) == (
        "contradiction",
        found,
        detail,
    )


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # names with diacritics match as the text folds them
        ("value: Frédéric Oudéa", "Frédéric Oudéa and Frederic Oudea.", "match"),
        # a lone given name is most often another person: not judged away from the name
        ("value: Émile Zola", "They walked a mile. Mile markers stood by the road.", "omission"),
        ("value: Frédéric Oudéa", "Frdric, his son, said.", "omission"),
        ("value: Stephen Paddock", "Steven Spielberg and Stephen King.", "omission"),
        # a glued word is judged only beside the rest of the name; an inflection never
        ("value: Azharuddin Abdul Rahman", "Rahmanthe is a word nobody knows.", "omission"),
        ("value: Azharuddin Abdul Rahman", "Abdul Rahmani spoke.", "omission"),
    ],
)
def test_lone_given_names_and_unglued_words_are_not_misspellings(
    fact: str, text: str, status: str
) -> None:
    assert check_fact(f"id: n\nkind: name\n{fact}", text).status.value == status


def test_a_lone_given_name_of_another_person_is_no_misspelling(
    check_cluster: Callable[[str], CheckText],
) -> None:
    """mh370 005: "Muhammad Razahan Zamani" is another passenger, not "Mohammad" of the declared
    "Delavar Seyed Mohammadreza" / "Seyed Mohammad Reza Delavar"."""
    text = (
        "Muhammad Razahan Zamani (bottom right), 24, and his wife Norli Akmar Hamid, 33, were on "
        "their honeymoon on the missing flight. But further investigation revealed 19-year-old "
        "Pouria Nour Mohammad Mehrdad and Delavar Seyed Mohammadreza, 29 were headed for Europe."
    )
    verdict = check_cluster("mh370-disappearance")("iranian-passenger", text)
    assert (verdict.status.value, verdict.found) == ("match", "Delavar Seyed Mohammadreza")
    misspelt = check_cluster("mh370-disappearance")(
        "iranian-passenger", "Passenger Seyed Muhammad Reza Delavar boarded."
    )
    assert misspelt.status.value == "contradiction"  # beside the rest of the name it is judged


PASSENGER = """
id: passenger
kind: name
value: Delavar Seyed Mohammadreza
variants: [Seyed Mohammad Reza Delavar]
"""


@given(
    text=neutral_text(),
    position=st.integers(0, 8),
    given_name=st.sampled_from(["Muhammad", "Mohammed", "Sayed", "Seyyed", "Mohamad"]),
    surname=st.sampled_from(["Zamani", "Hamid", "Rahimi", "Karimi"]),
)
def test_a_lone_given_name_of_another_person_never_contradicts(
    text: list[str], position: int, given_name: str, surname: str
) -> None:
    statement = f"{given_name} {surname}, 24, was on the flight."
    verdict = check_fact(PASSENGER, plant(text, statement, position))
    assert verdict.status.value == "omission"


def test_the_country_of_a_declared_demonym_is_no_misspelling() -> None:
    """Demonyms are never misspellings, either way round: "Russia air strikes" for a declared
    "Russian Air Force"; "Jone" for "Jones" still is one (a plural ending is no demonym's)."""
    force = "id: force\nkind: name\nvalue: Russian Air Force"
    assert check_fact(force, "Russia air strikes hit the town.").status.value == "omission"
    assert check_fact("id: u\nkind: name\nvalue: Zed Ubaki", "We met Ubak.").status.value == (
        "omission"
    )
    jones = "id: jones\nkind: name\nvalue: Alan Jones"
    assert check_fact(jones, "Alan Jone said the talks had failed.").status.value == "contradiction"


GUNMAN = "id: gunman\nkind: name\nvalue: Stephen Paddock\nvariants: [Paddock]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Las Vegas (006): the gunman's brother, not the gunman
        (
            "He had no affiliation with any political or religious group, the brother of the "
            "gunman, Eric Paddock, from Orlando, said.",
            "omission",
        ),
        ("Police named the gunman as Stephen Paddock.", "match"),
        ("Police said Paddock fired from the 32nd floor.", "match"),
        # a title or the first word of a sentence is no given name
        ("Sheriff Lombardo said Mr Paddock had 23 guns.", "match"),
        ("Paddock checked in on September 28. When Paddock fired, the crowd ran.", "match"),
        ("Paddock checked in on September 28.", "match"),  # nothing before the surname
        ("Police named the gunman.\nPaddock had 23 guns.", "match"),  # a line break before it
        # a given name of two letters is one too
        ("The brother of the gunman, Ed Paddock, said he was shocked.", "omission"),
        ("The gunman's brother (Eric Paddock) said he was shocked.", "omission"),  # a bracket
        # ... a hundred characters and more into the text
        (
            "Police gave no motive on Monday, and the hotel where the gunman stayed said nothing "
            "more. The gunman's brother (Eric Paddock) said he was shocked.",
            "omission",
        ),
        ("The crowd was dense. When Paddock fired, it ran.", "match"),  # a sentence's first word
    ],
)
def test_a_surname_after_another_given_name_names_someone_else(text: str, status: str) -> None:
    assert check_fact(GUNMAN, text).status.value == status


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # the seeds: a title-cased headline and a hyphenated adjective are no given names
        ("Russia", "Kremlin Explains Why Russia's Airstrike Resulted in Turkish Soldiers' Deaths"),
        # the words before it are looked at, not the text's last word
        ("Russia", "Kremlin Explains Why Russia's Airstrike Resulted in Turkish Soldiers' Deaths."),
        ("Russia", "Kremlin Explains Russia's Airstrike"),  # the headline's first word before
        ("Kurdish", "The PYD, a US-backed Kurdish group, denied it."),
    ],
)
def test_a_capitalised_word_that_is_no_given_name_leaves_the_name_its_own(
    value: str, text: str
) -> None:
    assert check_fact(f"id: n\nkind: name\nvalue: {value}", text).status.value == "match"


def test_a_word_that_lost_its_accented_initial_is_found_among_many_suspects() -> None:
    """More suspects than are searched one by one are placed from the text's capitalised runs;
    a word that lost an accented initial ("mile" of "Émile") is none, and is searched for
    (it raised an error: found by the mutation run)."""
    fact = "id: writer\nkind: name\nvalue: Émile Zola"
    for suspects in ("Zolb, Zolc, Zold, Zole, Zolf, Zolg, Zolh and Zoli",
                     "Zolb, Zolc, Zold, Zole, Zolf, Zolg, Zolh, Zoli and Zolj"):  # fmt: skip
        verdict = check_fact(fact, f"{suspects} met. The writer mile Zola died in 1902.")
        assert (verdict.status.value, verdict.found) == ("contradiction", "mile Zola")


DAVIS = "id: davis\nkind: name\nvalue: Rajai Davis"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # cubs 001: a given name one letter from the surname, with its own surname after it
        ("Andrew Miller reacts after giving up a home run to David Ross during the sixth inning.",
         "omission"),
        ("Chicago Cubs catcher David Ross is carried off the field.", "omission"),
        ("When Javier Baez and David Ross, 39, also hit solo homers, Rajai Davis watched.",
         "match"),
        # the surname misspelt stays a misspelling: after the given name, or alone
        ("Rajai Davsi hit a two-run homer.", "contradiction"),
        ("Then Davsi hit a two-run homer.", "contradiction"),
        ("Then Davsi, the Indians' center fielder, homered.", "contradiction"),
    ],
)  # fmt: skip
def test_a_near_miss_before_another_surname_is_another_persons_given_name(
    text: str, status: str
) -> None:
    assert check_fact(DAVIS, text).status.value == status


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # china-boy-well 004 ("Zhao Sicong" for "Zhao Zicong", which the readers call a
        # misspelling) and a hostile review's pairs of real names: a word with only its first
        # letter changed is not judged, since it is so often another person
        ("Zhao Zicong", "Five-year-old Zhao Sicong, from China, fell into a deserted well."),
        ("Alberto Fernandez", "Alberto Hernandez, a local farmer, said the road was closed."),
        ("Jayden Smith", "His twin brother Kayden Smith, 7, was rescued from the river."),
        # a second review, of a first letter of the same sound only (C/K, S/Z, G/J): namesakes
        # in one text, and the other of two names alone, are as common as the slip
        ("Carsten Jensen", "Karsten Jensen, a fisherman from Esbjerg, said quotas would hurt."),
        ("Sandra Rhodes", "The bride wore a Zandra Rhodes kaftan in pink chiffon."),
        ("Gillian Anderson", "Jillian Anderson, a film student from Belfast, won the prize."),
    ],
)
def test_a_word_with_another_first_letter_is_not_judged(name: str, text: str) -> None:
    assert check_fact(f"id: n\nkind: name\nvalue: {name}", text).status.value == "omission"
