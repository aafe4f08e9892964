"""Candidate dates: a weekday resolved against the source's own date, a date without a year
in the source's year, and as cues the words near the date in two sources (first) and the
event words near it in any."""

from __future__ import annotations

from factcheck.draft.event_dates import date_candidates
from factcheck.match.document import Document
from factcheck.sources import source_from_text


def test_a_weekday_and_a_full_date_of_the_same_day_are_one_candidate() -> None:
    """The seeds: "early Thursday morning" in an article of Thu Feb 9, 2017; "February 9"."""
    docs = [
        Document(
            source_from_text(
                "date: 2017-02-09\n\nThree soldiers were killed on Thursday.\n", id="a"
            )
        ),
        Document(
            source_from_text(
                "date: 2017-02-10\n\nThe soldiers were killed on February 9.\n", id="b"
            )
        ),
    ]
    candidate, events = date_candidates(docs, 2)
    assert candidate.keys["value"] == events.keys["value"] == "2017-02-09"
    assert candidate.keys["cues"] == ["killed", "soldiers"]
    assert candidate.keys["id"] == "date-killed"
    assert events.keys["cues"] == ["killed"]


def test_a_date_one_source_writes_is_no_candidate_at_min_sources_2() -> None:
    docs = [
        Document(source_from_text("The strike came on 9 February 2017.\n", id="a")),
        Document(source_from_text("The strike shocked Ankara.\n", id="b")),
    ]
    assert date_candidates(docs, 2) == []
    assert [c.keys["value"] for c in date_candidates(docs, 1)] == ["2017-02-09"]


def test_event_verbs_come_first_as_cues_and_a_negated_word_is_none() -> None:
    """A subway story: "trains" is a noun beside the date, "derail" did not happen."""
    docs = [
        Document(
            source_from_text(
                "date: 2026-03-03\n\nTwo trains collided on Monday but didn't derail.\n", id="a"
            )
        ),
        Document(
            source_from_text(
                "date: 2026-03-03\n\nThe trains collided on Monday and did not derail.\n", id="b"
            )
        ),
    ]
    candidate, events = date_candidates(docs, 2)
    assert candidate.keys["cues"] == ["collided", "trains"]
    assert candidate.keys["id"] == "date-collided"
    assert events.keys["cues"] == ["collided"]


def test_a_date_without_a_year_in_an_undated_source_takes_the_year_of_the_storys_dates() -> None:
    """The KT sources carry no date: "July 13" and "in February" take the year their full
    dates give (2012), as ``check`` compares them without the year."""
    docs = [
        Document(
            source_from_text(
                "Published: July 29, 2012. KT alerted police on July 13. "
                "The hacking began in February.\n",
                id="a",
            )
        ),
        Document(
            source_from_text(
                "KT had alerted police on July 13. The theft began in February.\n", id="b"
            )
        ),
    ]
    values = {c.keys["value"]: c.keys["cues"] for c in reversed(date_candidates(docs, 2))}
    assert values == {"2012-07-13": ["alerted", "police"], "2012-02": ["began"]}


def test_a_date_without_a_year_has_no_candidate_when_no_date_of_the_story_has_one() -> None:
    docs = [Document(source_from_text("KT alerted police on July 13.\n", id=name)) for name in "ab"]
    assert date_candidates(docs, 2) == []


def test_a_date_without_a_year_in_an_undated_source_is_read_against_the_storys_date() -> None:
    """The seeds: 001 carries no date, its "December 19" (the envoy's killing) comes before
    the story's February 2017: it is of 2016."""
    docs = [
        Document(source_from_text("date: 2017-02-10\n\nAn envoy was shot in 2016.\n", id="a")),
        Document(source_from_text("The envoy was shot dead on December 19.\n", id="b")),
        Document(source_from_text("Its envoy was shot dead on December 19.\n", id="c")),
    ]
    assert {c.keys["value"] for c in date_candidates(docs, 2)} == {"2016-12-19"}


def test_the_event_words_near_a_date_are_a_second_set_of_cues_for_the_checker_to_weigh() -> None:
    """The seeds: "The incident took place on Thursday" in two sources, "confirmed" and
    "killed" near the date in one each; "took place" dates another event in a third source.
    Both cue sets are candidates of one group: the checker says which more sources state."""
    docs = [
        Document(source_from_text(text, id=name))
        for name, text in (
            ("a", "date: 2017-02-09\n\nThe incident took place on Thursday. Three died.\n"),
            ("b", "date: 2017-02-10\n\nThe incident took place on February 9, killing 3.\n"),
            ("c", "date: 2017-02-10\n\nThree soldiers were confirmed killed on February 9.\n"),
        )
    ]
    cues = [c.keys["cues"] for c in date_candidates(docs, 2)]
    assert cues == [["incident", "place", "took"], ["confirmed", "killed", "killing"]]
    assert len({c.group for c in date_candidates(docs, 2)}) == 1


def _years(*texts: str) -> dict[object, list[list[str]]]:
    """The cues of every candidate, by value."""
    docs = [Document(source_from_text(t, id=f"{i}.txt")) for i, t in enumerate(texts)]
    found: dict[object, list[list[str]]] = {}
    for candidate in date_candidates(docs, 2):
        found.setdefault(candidate.keys["value"], []).append(candidate.keys["cues"])
    return found


def test_a_year_alone_is_the_date_of_another_event_with_the_words_near_it() -> None:
    """Cincinnati 007, 008: the Brookfield Zoo's gorilla and the boy of 1996."""
    years = _years(
        "date: 2016-05-30\n\nIn 1996 a gorilla named Binti Jua rescued a boy in its den.\n",
        "date: 2016-05-31\n\nA gorilla named Binti Jua carried a boy from its den in 1996.\n",
    )
    assert list(years) == [1996]
    assert years[1996][0][0] == "named"  # near it in both, a verb in the past: first


def test_a_year_after_since_is_cued_by_the_word_before_and_the_bound() -> None:
    """Cubs 002, 005: "their first title since 1908" bounds a period, which ``check`` reads
    as a date only with a cue ending in "since"."""
    years = _years(
        "date: 2016-11-03\n\nThe Chicago Cubs won their first title since 1908 on Wednesday.\n",
        "date: 2016-11-03\n\nThey also won the Cubs' first title since 1908 for the city.\n",
    )
    assert years == {1908: [["title since"]]}


def test_the_year_of_a_sources_own_date_is_no_date_of_another_event() -> None:
    """Ahed Tamimi: "in 2018" in stories of 2018 says when the story is."""
    years = _years(
        "date: 2018-01-01\n\nShe was indicted in 2018 on twelve counts.\n",
        "date: 2018-01-02\n\nThe trial opened in 2018 at the Ofer court.\n",
    )
    assert years == {}


def _docs(*texts: str) -> list[Document]:
    return [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]


def test_a_date_one_source_gives_to_the_day_and_another_to_its_month_is_one_candidate() -> None:
    """Equifax: "learned of the breach on July 29" and "discovered the cyber crime in July but
    only informed consumers last month": the day, cued by the event words near either date,
    not by "informed", which another date has near it too."""
    docs = _docs(
        "date: 2017-09-08\n\nEquifax said it learned of the breach on July 29.\n",
        "date: 2017-09-15\n\nEquifax discovered the cyber crime in July but only informed"
        " consumers last month. It informed them in September.\n",
    )
    joined = [c.keys for c in date_candidates(docs, 1) if c.group == "date:2017-07-29"]
    assert {"id": "date-learned", "kind": "date", "value": "2017-07-29"} | {
        "cues": ["learned", "discovered"]
    } in joined


def test_a_month_with_two_days_written_joins_neither() -> None:
    """Ahed Tamimi: the slap filmed on 15 December, the hearing of 28 December: "in December"
    tells not which."""
    docs = _docs(
        "date: 2018-01-02\n\nThe slap was filmed on December 15.\n",
        "date: 2018-01-02\n\nShe was charged on December 28.\n",
        "date: 2018-01-02\n\nThe video was posted in December.\n",
    )
    days = [c.keys for c in date_candidates(docs, 1) if len(c.keys["value"]) == 10]
    assert days and not [keys for keys in days if "posted" in keys["cues"]]
    one_day = _docs(
        "date: 2018-01-02\n\nThe slap was filmed on December 15.\n",
        "date: 2018-01-02\n\nThe video was posted in December.\n",
    )
    assert ["filmed", "posted"] in [c.keys["cues"] for c in date_candidates(one_day, 1)]
