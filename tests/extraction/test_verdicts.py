"""Extractor outputs checked against the seeds' expectation file (factcheck/extraction/verdicts.py), the
JSON/JSONL readers and their errors, and the ``factcheck extract`` command.

Values come from the seed articles: what an extractor reading them gives, typos included
("Gereal Hulusi Akar" in 000, "Vladimit Putin" in 004), and what it gets wrong (the caption
date "January 9, 2017" in 004, Erdogan's spokesman Ibrahim Kalin in 001).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from factcheck.cli import run
from factcheck.extraction.verdicts import (
    ExtractionError,
    check_extraction,
    read_outputs,
    texts_for,
    unknown_keys,
)
from factcheck.loader import load, loads
from factcheck.model import Expectations, Source, Stance, Status, Verdict
from factcheck.render import FORMATS, render

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
ROOT = Path(__file__).resolve().parents[2]
EXPECTATIONS = str(ROOT / "expectations" / "albab-airstrike.yaml")
SEED_000 = "000_98b88eba54a409e2"

MATCH, OMISSION, CONTRADICTION = Status.MATCH, Status.OMISSION, Status.CONTRADICTION


def verdict_of(albab: Expectations, fact: str, value: object) -> Verdict:
    report = check_extraction(albab, {"src": {fact: value}})
    return report.cells()[(fact, "src")]


# --- values, normalised as in text ------------------------------------------------------------

CASES = [
    # counts: digits, words, floats; a vague word or nothing at all is an omission
    ("killed", 3, MATCH, "stated", "3"),
    ("killed", "3", MATCH, "stated", "3"),
    ("killed", "three", MATCH, "stated", "3"),
    ("killed", "Three", MATCH, "stated", "3"),
    ("killed", 3.0, MATCH, "stated", "3"),
    ("killed", "kills 3 Turkish troops", MATCH, "stated", "3"),
    ("killed", "four", CONTRADICTION, "value", "4"),
    ("killed", 66, CONTRADICTION, "value", "66"),
    ("killed", "several", OMISSION, "not-stated", "several"),
    ("killed", None, OMISSION, "not-stated", None),
    ("killed", "", OMISSION, "not-stated", None),
    ("wounded", "eleven", MATCH, "stated", "11"),
    ("wounded", "12", CONTRADICTION, "value", "12"),
    # dates, at the precision they give
    ("date", "2017-02-09", MATCH, "stated", "2017-02-09"),
    ("date", "Feb 9, 2017", MATCH, "stated", "2017-02-09"),
    ("date", "9 February 2017", MATCH, "stated", "2017-02-09"),
    ("date", "feb 9, 2017", MATCH, "stated", "2017-02-09"),
    ("date", dt.date(2017, 2, 9), MATCH, "stated", "2017-02-09"),
    ("date", "Thursday, February 9", MATCH, "stated", "Thursday, February 9"),
    ("date", "Thursday", MATCH, "stated", "Thursday"),
    ("date", "January 9, 2017", CONTRADICTION, "value", "2017-01-09"),
    ("date", "Friday", CONTRADICTION, "value", "Friday"),
    ("date", "earlier today", OMISSION, "unresolved-date", "earlier today"),
    ("date", "N/A", OMISSION, "unresolved-date", "N/A"),
    # the role's person and aliases; another person is a role contradiction
    ("spokesman", "Dmitry Peskov", MATCH, "stated", "Dmitry Peskov"),
    ("spokesman", "Peskov", MATCH, "stated", "Peskov"),
    ("spokesman", "Dmitri Peskov", MATCH, "stated", "Dmitri Peskov"),
    ("spokesman", "dmitry peskov", MATCH, "stated", "dmitry peskov"),
    (
        "spokesman",
        "Kremlin spokesman Dmitry Peskov",
        MATCH,
        "stated",
        "Kremlin spokesman Dmitry Peskov",
    ),
    ("spokesman", "Ibrahim Kalin", CONTRADICTION, "role", "Ibrahim Kalin"),
    # names: folded, any case, declared variants; near misses are misspellings
    ("akar", "General Hulusi Akar", MATCH, "stated", "General Hulusi Akar"),
    ("akar", "Hulusi Akar", MATCH, "stated", "Hulusi Akar"),
    ("akar", "Gen. Hulusi Akar", MATCH, "stated", "Gen. Hulusi Akar"),
    ("akar", "general hulusi akar", MATCH, "stated", "general hulusi akar"),
    ("akar", "Gereal Hulusi Akar", CONTRADICTION, "misspelling", "Gereal Hulusi Akar"),
    ("akar", "Valery Gerasimov", CONTRADICTION, "value", "Valery Gerasimov"),
    ("putin", "Vladimir Putin", MATCH, "stated", "Vladimir Putin"),
    ("putin", "Vladímir Putin", MATCH, "stated", "Vladímir Putin"),
    ("putin", "Putin", MATCH, "stated", "Putin"),
    ("putin", "Vladimit Putin", CONTRADICTION, "misspelling", "Vladimit Putin"),
    # claims: a variant's name or phrases, or a value holding one of them
    ("cause", "lack of coordination", MATCH, "stated", "lack of coordination"),
    ("cause", "Lack of Coordination", MATCH, "stated", "lack of coordination"),
    ("cause", "incoordination", MATCH, "stated", "lack of coordination"),
    ("cause", "a position coordination error", MATCH, "stated", "lack of coordination"),
    (
        "cause",
        "wrong coordinates",
        CONTRADICTION,
        "variant",
        "wrong coordinates from the Turkish side",
    ),
    (
        "cause",
        "relied on coordinates provided by its Turkish partners",
        CONTRADICTION,
        "variant",
        "wrong coordinates from the Turkish side",
    ),
    ("cause", "bad weather", CONTRADICTION, "variant", "bad weather"),
    ("joint-investigation", "jointly investigate", MATCH, "stated", "joint"),
    ("joint-investigation", "internal investigations", CONTRADICTION, "variant", "separate"),
    # mentions: the value or an alias; short capitals are case-sensitive; true/false
    ("location", "al-Bab", MATCH, "stated", "al-Bab"),
    ("location", "Al Bab", MATCH, "stated", "Al Bab"),
    ("location", "AL-BAB", MATCH, "stated", "AL-BAB"),
    ("location", "Aleppo", CONTRADICTION, "value", "Aleppo"),
    ("isis", "IS", MATCH, "stated", "IS"),
    ("isis", "Daesh", MATCH, "stated", "Daesh"),
    ("isis", "islamic state", MATCH, "stated", "islamic state"),
    ("isis", True, MATCH, "stated", "Islamic State"),
    ("isis", "is", CONTRADICTION, "value", "is"),
    ("isis", False, OMISSION, "not-stated", None),
]


@pytest.mark.parametrize(("fact", "value", "status", "reason", "found"), CASES)
def test_extracted_value_gets_the_verdict_text_would(
    albab: Expectations,
    fact: str,
    value: object,
    status: Status,
    reason: str,
    found: str | None,
) -> None:
    verdict = verdict_of(albab, fact, value)
    assert (verdict.status, verdict.reason, verdict.found) == (status, reason, found)
    assert verdict.expected == albab.fact(fact).expected


@pytest.mark.parametrize(
    ("fact", "value", "suggestion"),
    [
        ("akar", "Gereal Hulusi Akar", "General Hulusi Akar"),
        ("putin", "Vladimit Putin", "Vladimir Putin"),
        ("spokesman", "Dmitry Peskow", "Dmitry Peskov"),
    ],
)
def test_near_miss_of_a_declared_name_is_a_misspelling_with_a_did_you_mean(
    albab: Expectations, fact: str, value: str, suggestion: str
) -> None:
    verdict = verdict_of(albab, fact, value)
    assert (verdict.reason, verdict.suggestion) == ("misspelling", suggestion)
    assert f"did you mean {suggestion!r}" in verdict.detail


def test_weekday_is_resolved_against_the_source_date_when_the_text_is_known(
    albab: Expectations, seed_sources: tuple[Source, ...]
) -> None:
    """004 is dated 10 February 2017 (Friday) by its dateline: "Thursday" is the 9th."""
    report = check_extraction(albab, {"004_8c3660f9c33f6905": {"date": "Thursday"}}, seed_sources)
    verdict = report.cells()[("date", "004_8c3660f9c33f6905")]
    assert (verdict.status, verdict.found) == (MATCH, "2017-02-09")


def test_missing_key_is_an_omission_and_every_fact_gets_a_verdict(albab: Expectations) -> None:
    report = check_extraction(albab, {"a": {"killed": 3}, "b": {}})
    assert [(v.source, v.fact) for v in report.verdicts] == [
        (source, fact.id) for source in ("a", "b") for fact in albab.facts
    ]
    assert report.cells()[("wounded", "a")].status is OMISSION
    assert {v.status for v in report.verdicts if v.source == "b"} == {OMISSION}


# --- evidence and sources ---------------------------------------------------------------------


def test_span_evidence_quotes_the_source_found_by_its_label(
    albab: Expectations, seed_sources: tuple[Source, ...]
) -> None:
    text = seed_sources[0].text
    start = text.index("three Turkish soldiers")
    outputs = {SEED_000: {"killed": {"value": "three", "start": start, "end": start + 5}}}
    report = check_extraction(albab, outputs, seed_sources)
    (evidence,) = report.cells()[("killed", SEED_000)].evidence
    assert (evidence.text, evidence.line, evidence.stance) == ("three", 12, Stance.SUPPORTS)
    assert report.sources[0].id == SEED_000
    assert report.sources[0].path.endswith(f"{SEED_000}.txt")


def test_span_of_a_contradiction_conflicts(
    albab: Expectations, seed_sources: tuple[Source, ...]
) -> None:
    text = seed_sources[4].text
    start = text.index("Vladimit Putin")
    outputs = {
        seed_sources[4].id: {
            "putin": {"value": "Vladimit Putin", "start": start, "end": start + 14}
        }
    }
    report = check_extraction(albab, outputs, seed_sources)
    (evidence,) = report.verdicts[6].evidence
    assert (evidence.text, evidence.stance, evidence.line) == (
        "Vladimit Putin",
        Stance.CONFLICTS,
        20,
    )


def test_without_source_text_evidence_is_empty_and_found_carries_the_value(
    albab: Expectations,
) -> None:
    outputs = {"unknown": {"killed": {"value": 4, "start": 10, "end": 11}}}
    verdict = check_extraction(albab, outputs).cells()[("killed", "unknown")]
    assert (verdict.status, verdict.found, verdict.evidence) == (CONTRADICTION, "4", ())


def test_span_past_the_end_of_the_text_is_an_error(
    albab: Expectations, seed_sources: tuple[Source, ...]
) -> None:
    outputs = {SEED_000: {"killed": {"value": 3, "start": 5, "end": 10**6}}}
    with pytest.raises(ExtractionError) as caught:
        check_extraction(albab, outputs, seed_sources)
    assert str(caught.value).startswith(f"{SEED_000}: killed: span 5..1000000 ends past the text")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([3], "killed: expected a value or an object with 'value', got list"),
        ({"start": 1, "end": 2}, "killed: an object value needs a 'value' key"),
        ({"value": 3, "start": 4}, "killed: 'start' and 'end' must both be offsets"),
        ({"value": 3, "start": 9, "end": 4}, "killed: 'start' (9) is after 'end' (4)"),
        ({"value": 3, "span": [1, 2]}, "killed: unknown key 'span' in a value object"),
    ],
)
def test_malformed_value_is_an_error_naming_source_and_fact(
    albab: Expectations, value: object, message: str
) -> None:
    with pytest.raises(ExtractionError) as caught:
        check_extraction(albab, {"src": {"killed": value}})
    assert str(caught.value).startswith(f"src: {message}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_renderer_takes_an_extraction_report(albab: Expectations, fmt: str) -> None:
    report = check_extraction(albab, read_outputs(DATA / "seeds-outputs.json"))
    assert len(report.verdicts) == 5 * len(albab.facts)
    text = render(report, fmt)
    assert SEED_000[:3] in text


def test_texts_for_reads_the_file_sources_spans_or_not(albab: Expectations) -> None:
    with_span = {SEED_000: {"killed": {"value": 3, "start": 1, "end": 2}}}
    labels = [source.label for source in texts_for(albab, with_span)]
    assert labels[:2] == [SEED_000, "001_2e274df0c58b4ffb"]
    assert [source.label for source in texts_for(albab, {SEED_000: {"killed": 3}})] == labels


@pytest.mark.parametrize(
    ("name", "text", "place"),
    [
        ("typo.jsonl", '{"source": "000_98b88eba54a409e2", "killed": 3}\n'
         '{"source": "001_2e274df0c58b4ffc", "killed": 3}\n', ":2:2: "),
        ("typo.json", '{\n  "000_98b88eba54a409e2": {"killed": 3},\n'
         '  "reuters": {"killed": 3}\n}\n', ":3:3: "),
    ],
)  # fmt: skip
def test_output_source_naming_no_text_is_an_error_at_its_place(
    tmp_path: Path, name: str, text: str, place: str
) -> None:
    """Unknown ids were accepted silently: a typo in an id lost that source's evidence."""
    path = write(tmp_path, name, text)
    code, _, err = call("extract", EXPECTATIONS, path)
    assert code == 2
    assert f"{path}{place}source " in err
    assert "names none of the source texts" in err
    if name.endswith(".jsonl"):  # a one-letter typo of a file name
        assert err.count("did you mean '001_2e274df0c58b4ffb'?") == 1


def test_output_sources_without_texts_stay_text_less(albab: Expectations) -> None:
    """Outputs checked with no texts at all (a file without sources, a library call) keep their
    ids: nothing to check them against."""
    report = check_extraction(albab, {"reuters": {"killed": 3}})
    assert [source.id for source in report.sources] == ["reuters"]


def test_span_whose_text_is_not_the_value_is_reported_never_its_evidence(
    albab: Expectations, seed_sources: tuple[Source, ...]
) -> None:
    """Issue 12: a span at other words gave a match with the wrong evidence."""
    text = seed_sources[0].text
    start = text.index("Vladimir Putin")
    outputs = {SEED_000: {"killed": {"value": 3, "start": start, "end": start + 14}}}
    verdict = check_extraction(albab, outputs, seed_sources).cells()[("killed", SEED_000)]
    assert verdict.status is MATCH
    assert [(e.text, e.stance) for e in verdict.evidence] == [("Vladimir Putin", Stance.CONTEXT)]
    assert verdict.detail.endswith(f"but the span {start}..{start + 14} reads 'Vladimir Putin', "
                                   "not the value '3'")  # fmt: skip


def test_extract_command_lists_spans_not_holding_their_value(
    tmp_path: Path, seed_sources: tuple[Source, ...]
) -> None:
    start = seed_sources[0].text.index("Vladimir Putin")
    record = {"source": SEED_000, "killed": {"value": 3, "start": start, "end": start + 14}}
    path = write(tmp_path, "bad-span.jsonl", json.dumps(record) + "\n")
    code, _, err = call("extract", EXPECTATIONS, path)
    assert code == 0
    assert "factcheck: 1 span not holding the value:" in err
    assert f"  killed @ {SEED_000}: the span {start}..{start + 14} reads 'Vladimir Putin'" in err


def test_keys_naming_no_fact_are_listed_with_a_did_you_mean(albab: Expectations) -> None:
    outputs = {"a": {"kiled": 3, "url": "https://example.org"}, "b": {"killed": 3}}
    assert unknown_keys(albab, outputs) == ["kiled (did you mean 'killed'?)", "url"]


# --- reading outputs --------------------------------------------------------------------------


def test_json_and_jsonl_outputs_read_the_same(albab: Expectations) -> None:
    from_json = read_outputs(DATA / "seeds-outputs.json")
    from_jsonl = read_outputs(DATA / "seeds-outputs.jsonl")
    assert from_json == from_jsonl
    assert list(from_json) == [
        "000_98b88eba54a409e2",
        "001_2e274df0c58b4ffb",
        "002_908a65289c809937",
        "003_2076fb494404636e",
        "004_8c3660f9c33f6905",
    ]
    report = check_extraction(albab, from_jsonl)
    assert report.counts() == {MATCH: 29, OMISSION: 17, CONTRADICTION: 4}


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        (
            "trailing-comma.json",
            '{\n  "a": {\n    "killed": 3,\n  }\n}\n',
            "4:3",
            "Expecting property name enclosed in double quotes",
        ),
        (
            "list.json",
            "[1, 2]\n",
            "1:1",
            "expected an object {source id: {fact id: value}}, got a list",
        ),
        (
            "broken-line.jsonl",
            '{"source": "a"}\n{"source": "b", "killed": 3,}\n',
            "2:29",
            "Expecting",
        ),
        (
            "no-source.jsonl",
            '{"source": "a"}\n\n{"killed": 3}\n',
            "3:1",
            "no 'source' (or 'id') string",
        ),
        (
            "twice.jsonl",
            '{"id": "a"}\n{"source": "a"}\n',
            "2:1",
            "source 'a' is already given on line 1",
        ),
        ("scalar.jsonl", "3\n", "1:1", "expected an object, got int"),
        (
            "value.jsonl",
            '{"source": "a", "killed": [3]}\n',
            "1:1",
            "fact 'killed': expected a value",
        ),
    ],
)
def test_malformed_outputs_are_reported_at_path_line_col(
    tmp_path: Path, name: str, text: str, where: str, message: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(ExtractionError) as caught:
        read_outputs(path)
    assert str(caught.value).startswith(f"{path}:{where}: {message}")


def test_every_malformed_line_of_a_jsonl_file_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "two.jsonl", '{"source": "a", "killed": {}}\n{nope}\n{"source": "b"}\n')
    with pytest.raises(ExtractionError) as caught:
        read_outputs(path)
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, 1), (2, 2)]


def test_source_whose_value_is_not_an_object_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "values.json", '{"a": [3]}')
    with pytest.raises(ExtractionError, match=r"source 'a': expected an object of fact values"):
        read_outputs(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("outputs.txt", b"{}", "cannot tell the outputs format from the file name"),
        ("empty.json", b"  \n", "empty file: nothing to check"),
        ("none.json", b"{}", "no outputs: nothing to check"),
        ("latin1.jsonl", b'{"source": "caf\xe9"}\n', "1:16: not UTF-8: byte 0xe9"),
    ],
)
def test_unusable_outputs_files_are_reported(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ExtractionError) as caught:
        read_outputs(path)
    assert message in str(caught.value)


def test_missing_outputs_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError, match="no such file"):
        read_outputs(tmp_path / "absent.json")


# --- the command ------------------------------------------------------------------------------


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_extract_command_prints_the_table_and_exits_1_on_contradictions() -> None:
    code, out, err = call("extract", EXPECTATIONS, str(DATA / "seeds-outputs.json"))
    assert code == 1, err
    assert "Summary: 29 matches, 17 omissions, 4 contradictions" in out
    assert "000_98b88eba54a409e2.txt: misspelling" in out  # named by its path


def test_extract_command_exits_0_when_nothing_contradicts(tmp_path: Path) -> None:
    outputs = write(
        tmp_path, "good.json", json.dumps({SEED_000: {"killed": "three", "wounded": 11}})
    )
    code, out, _ = call("extract", EXPECTATIONS, outputs)
    assert code == 0
    assert "Summary: 2 matches, 8 omissions, 0 contradictions" in out


def test_extract_command_fail_on_omission_exits_1_on_omissions(tmp_path: Path) -> None:
    outputs = write(tmp_path, "good.json", json.dumps({SEED_000: {"killed": "three"}}))
    assert call("extract", EXPECTATIONS, outputs, "--fail-on", "omission")[0] == 1


def test_extract_command_json_format_is_the_report_contract() -> None:
    code, out, _ = call("extract", EXPECTATIONS, str(DATA / "seeds-outputs.jsonl"), "-f", "json")
    data = json.loads(out)
    assert code == 1
    assert data["summary"] == {"match": 29, "omission": 17, "contradiction": 4}
    assert data["sources"][2]["id"] == "002_908a65289c809937"


def test_extract_command_writes_the_report_file_its_extension_names(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    code, out, _ = call(
        "extract", EXPECTATIONS, str(DATA / "seeds-outputs.json"), "-o", str(target)
    )
    assert code == 1
    assert (
        out == f"29 matches, 17 omissions, 4 contradictions; markdown report written to {target}\n"
    )
    assert "| akar |" in target.read_text(encoding="utf-8")


def test_extract_command_reports_bad_outputs_and_bad_expectations_together(
    tmp_path: Path,
) -> None:
    outputs = write(tmp_path, "bad.jsonl", '{"source": "a"}\n{"source": \n')
    expectations = write(tmp_path, "bad.yaml", "event: x\nfacts: 3\n")
    code, out, err = call("extract", expectations, outputs)
    assert code == 2
    assert out == ""
    assert f"{outputs}:2:" in err
    assert f"{expectations}:2:" in err
    assert err.splitlines()[-1] == "factcheck: 2 problems"
    assert "Traceback" not in err


def test_extract_command_notes_keys_that_name_no_fact(tmp_path: Path) -> None:
    outputs = write(tmp_path, "keys.json", json.dumps({"a": {"kiled": 3}}))
    _, _, err = call("extract", EXPECTATIONS, outputs)
    assert "factcheck: ignored keys that name no fact: kiled (did you mean 'killed'?)" in err


@pytest.mark.parametrize(
    ("value", "status", "found"),
    [
        ("00:41", Status.MATCH, "00:41"),
        ("12:41 a.m.", Status.MATCH, "00:41"),
        ("about 12.50am", Status.MATCH, "about 00:50"),
        ("12:21 a.m.", Status.CONTRADICTION, "00:21"),
        ("shortly after takeoff", Status.OMISSION, "shortly after takeoff"),
    ],
)
def test_extracted_time_of_day_agrees_within_the_tolerance(
    value: str, status: Status, found: str
) -> None:
    expectations = loads(
        "event: x\nfacts:\n  - {id: takeoff, kind: time, value: '00:41', tolerance: 5min,"
        " cues: [took off]}\n"
    )
    verdict = verdict_of(expectations, "takeoff", value)
    assert (verdict.status, verdict.found) == (status, found)


@pytest.mark.parametrize(
    ("value", "status", "found"),
    [
        ("more than $284 billion", MATCH, "more than $284,000,000,000"),  # 002: a lower bound
        ("$284 billion", MATCH, "$284,000,000,000"),  # rounded: 283.5 to 284.5 billion
        ("284460000000", MATCH, "$284,460,000,000"),  # without its sign
        (284460000000, MATCH, "$284,460,000,000"),
        ("$284 million", CONTRADICTION, "$284,000,000"),
        ("$285 billion", CONTRADICTION, "$285,000,000,000"),
        ("a whopping amount", OMISSION, "a whopping amount"),
    ],
)
def test_extracted_counts_are_read_as_text_is(value: object, status: Status, found: str) -> None:
    """The Erie articles state "more than $284 billion"; an extractor copying those words
    agrees with the bill of $284,460,000,000 as the text does."""
    erie = load(str(ROOT / "expectations" / "erie-electric-bill.yaml"))
    verdict = check_extraction(erie, {"src": {"bill": value}}).cells()[("bill", "src")]
    assert (verdict.status, verdict.found) == (status, found)
