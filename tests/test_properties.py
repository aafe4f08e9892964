"""Properties of the engine, checked with generated text around planted statements."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.engine import check
from factcheck.model import Expectations, Report, Source
from factcheck.sources import source_from_text
from tests.conftest import CheckText
from tests.strategies import SPACES, neutral_text, plant

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
positions = st.integers(min_value=0, max_value=8)


def _respace(text: str, spaces: list[str]) -> str:
    """Replace the plain spaces of ``text`` by the given runs, cycling through them."""
    parts = text.split(" ")
    out = [parts[0]]
    for index, part in enumerate(parts[1:]):
        out.append(spaces[index % len(spaces)] + part)
    return "".join(out)


@given(neutral_text(), positions, st.integers(min_value=0, max_value=60), st.booleans())
@example(["The market opened."], 0, 3, False)
@example(["The market opened."], 1, 4, True)
def test_planted_count_matches_and_another_count_contradicts(
    check_text: CheckText, sentences: list[str], at: int, count: int, as_word: bool
) -> None:
    said = NUMBER_WORDS[count] if as_word and count <= 10 else str(count)
    text = plant(
        sentences, f"Officials said {said} Turkish soldiers were killed near the border.", at
    )
    verdict = check_text("killed", text)
    assert verdict.status.value == ("match" if count == 3 else "contradiction")
    assert verdict.found == str(count)
    assert check_text("killed", plant(sentences, "", at)).status.value == "omission"


@given(neutral_text(), positions, st.sampled_from(range(1, 29)))
def test_planted_date_matches_only_on_the_event_day(
    check_text: CheckText, sentences: list[str], at: int, day: int
) -> None:
    text = plant(sentences, f"The strike took place on February {day}, 2017, officials said.", at)
    verdict = check_text("date", text)
    assert verdict.status.value == ("match" if day == 9 else "contradiction")
    assert check_text("date", " ".join(sentences)).status.value == "omission"


@given(neutral_text(), positions, st.sampled_from(WEEKDAYS))
def test_planted_weekday_agrees_only_with_the_events_weekday(
    check_text: CheckText, sentences: list[str], at: int, weekday: str
) -> None:
    text = plant(sentences, f"The incident took place on {weekday} morning.", at)
    verdict = check_text("date", text)
    assert verdict.status.value == ("match" if weekday == "Thursday" else "contradiction")


@given(
    neutral_text(),
    positions,
    st.integers(min_value=1, max_value=7),
    st.sampled_from("bcdfghjklmnpqstvwxz"),
)
@example(["The market opened."], 0, 7, "t")  # Vladimit
def test_planted_name_matches_and_a_one_letter_change_is_a_misspelling(
    check_text: CheckText, sentences: list[str], at: int, index: int, letter: str
) -> None:
    name = "Vladimir"
    changed = name[:index] + letter + name[index + 1 :]
    good = check_text("putin", plant(sentences, "President Vladimir Putin spoke.", at))
    assert good.status.value == "match"
    bad = check_text("putin", plant(sentences, f"President {changed} Putin spoke.", at))
    if changed == name:
        assert bad.status.value == "match"
    else:
        assert (bad.status.value, bad.reason, bad.suggestion) == (
            "contradiction",
            "misspelling",
            "Vladimir Putin",
        )


@given(
    neutral_text(),
    positions,
    st.sampled_from(["Dmitry Peskov", "Ibrahim Kalin", "Mevlut Cavusoglu"]),
)
def test_planted_role_holder_matches_only_for_the_declared_person(
    check_text: CheckText, sentences: list[str], at: int, person: str
) -> None:
    text = plant(sentences, f"Kremlin spokesman {person} said the strike was an accident.", at)
    verdict = check_text("spokesman", text)
    assert verdict.status.value == ("match" if person == "Dmitry Peskov" else "contradiction")


@given(neutral_text(), positions, st.booleans(), st.booleans())
def test_planted_competing_cause_contradicts_even_beside_the_expected_one(
    check_text: CheckText, sentences: list[str], at: int, expected: bool, competing: bool
) -> None:
    planted = []
    if expected:
        planted.append("Peskov blamed a lack of coordination.")
    if competing:
        planted.append("The Turkish side supplied wrong coordinates.")
    verdict = check_text("cause", plant(sentences, " ".join(planted), at))
    status = "contradiction" if competing else "match" if expected else "omission"
    assert verdict.status.value == status


@given(
    neutral_text(),
    positions,
    st.lists(SPACES, min_size=1, max_size=4),
    st.booleans(),
    st.booleans(),
)
def test_spacing_quotes_and_case_do_not_change_verdicts(
    check_text: CheckText,
    sentences: list[str],
    at: int,
    spaces: list[str],
    curly: bool,
    upper: bool,
) -> None:
    statements = {
        "killed": "Three Turkish soldiers were killed and 11 wounded on Thursday.",
        "wounded": "Three Turkish soldiers were killed and 11 wounded on Thursday.",
        "date": "Three Turkish soldiers were killed and 11 wounded on Thursday.",
        "cause": 'Peskov blamed the "lack of coordination" of the strike.',
        "spokesman": "Kremlin spokesman Dmitry Peskov's statement came later.",
        "location": "The strike hit the town of al-Bab.",
    }
    for fact, statement in statements.items():
        plain = check_text(fact, plant(sentences, statement, at))
        varied = _respace(statement, spaces)
        if curly:
            varied = varied.replace("'", "\u2019").replace(' "', " \u201c").replace('" ', "\u201d ")
        if upper:
            varied = varied.replace("killed", "KILLED").replace("coordination", "Coordination")
        other = check_text(fact, plant(sentences, varied, at))
        assert (other.status, other.found) == (plain.status, plain.found), (fact, varied)


@settings(max_examples=30)
@given(neutral_text(), positions, st.lists(SPACES, min_size=1, max_size=3))
def test_every_evidence_span_slices_back_and_points_at_its_line(
    albab: Expectations, sentences: list[str], at: int, spaces: list[str]
) -> None:
    statement = _respace(
        "Three Turkish soldiers were killed and 11 wounded on Thursday near al-Bab,\nKremlin "
        "spokesman Dmitry Peskov said, blaming a lack of coordination. Gereal Hulusi Akar agreed.",
        spaces,
    )
    source = source_from_text("date: 2017-02-10\n\n" + plant(sentences, statement, at), id="x.txt")
    report = check(albab, [source])
    assert any(v.evidence for v in report.verdicts)
    for verdict in report.verdicts:
        for evidence in verdict.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.text
            line_start = source.text.rfind("\n", 0, evidence.start) + 1
            assert evidence.line == source.text.count("\n", 0, evidence.start) + 1
            assert evidence.column == evidence.start - line_start + 1


@settings(max_examples=20)
@given(st.permutations(range(5)), st.data())
def test_report_does_not_depend_on_the_order_of_sources_or_facts(
    albab: Expectations,
    seed_sources: tuple[Source, ...],
    seed_report: Report,
    order: list[int],
    data: st.DataObject,
) -> None:
    facts = data.draw(st.permutations(albab.facts))
    shuffled = Expectations(
        path=albab.path, event=albab.event, facts=tuple(facts), reference_date=dt.date(2017, 2, 9)
    )
    report = check(shuffled, [seed_sources[i] for i in order])
    assert set(report.verdicts) == set(seed_report.verdicts)
    assert [v.source for v in report.verdicts][:: len(facts)] == [seed_sources[i].id for i in order]
