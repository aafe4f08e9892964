"""Baselines (factcheck/extraction/baseline.py): cells compared as data, files written atomically and read
with ``path:line:col`` errors, and ``factcheck extract --baseline / --update-baseline``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.cli import run
from factcheck.extraction.baseline import (
    FORMAT_VERSION,
    BaselineError,
    Cell,
    CellKey,
    Comparison,
    compare,
    describe,
    load_baseline,
    merged,
    parse_baseline,
    save_baseline,
    table_of,
)
from factcheck.extraction.verdicts import check_extraction, read_outputs
from factcheck.model import Expectations

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"
ROOT = Path(__file__).resolve().parents[2]
EXPECTATIONS = str(ROOT / "expectations" / "albab-airstrike.yaml")

MATCH_3 = Cell(status="match", reason="stated", found="3")
MATCH_THREE = Cell(status="match", reason="stated", found="three")
OMITTED = Cell(status="omission", reason="not-stated")
CONTRADICTED_4 = Cell(status="contradiction", reason="value", found="4")
CONTRADICTED_5 = Cell(status="contradiction", reason="value", found="5")
KEY: CellKey = ("killed", "seeds/003.txt")


def one_change(before: Cell, after: Cell) -> Comparison:
    return compare({KEY: before}, {KEY: after})


# --- comparing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [(MATCH_3, OMITTED), (MATCH_3, CONTRADICTED_4), (OMITTED, CONTRADICTED_4)],
)
def test_a_worse_status_is_a_regression(before: Cell, after: Cell) -> None:
    comparison = one_change(before, after)
    assert [(c.before, c.after) for c in comparison.regressions] == [(before, after)]
    assert comparison.failed
    assert not (comparison.improvements or comparison.changes or comparison.new)


@pytest.mark.parametrize(
    ("before", "after"),
    [(OMITTED, MATCH_3), (CONTRADICTED_4, MATCH_3), (CONTRADICTED_4, OMITTED)],
)
def test_a_better_status_is_an_improvement_and_fails_nothing(before: Cell, after: Cell) -> None:
    comparison = one_change(before, after)
    assert [(c.before, c.after) for c in comparison.improvements] == [(before, after)]
    assert not comparison.failed


def test_same_status_with_another_found_is_a_change_not_a_regression() -> None:
    comparison = one_change(CONTRADICTED_4, CONTRADICTED_5)
    assert [(c.before, c.after) for c in comparison.changes] == [(CONTRADICTED_4, CONTRADICTED_5)]
    assert not comparison.failed


def test_identical_cells_are_only_counted() -> None:
    comparison = one_change(MATCH_3, MATCH_3)
    assert comparison == Comparison(unchanged=1)


def test_cells_of_a_subset_run_compare_only_with_their_own_cells() -> None:
    """A run over fewer cells (``-k``, fewer sources) reports nothing about the others."""
    baseline = {("killed", "a"): MATCH_3, ("killed", "b"): MATCH_3, ("wounded", "a"): OMITTED}
    comparison = compare(baseline, {("killed", "a"): MATCH_3})
    assert comparison == Comparison(unchanged=1)


def test_cells_the_baseline_does_not_hold_are_new_not_failures() -> None:
    comparison = compare({}, {KEY: CONTRADICTED_4})
    assert [(c.fact, c.source, c.before) for c in comparison.new] == [
        ("killed", "seeds/003.txt", None)
    ]
    assert not comparison.failed


def test_describe_names_every_changed_cell_under_its_kind() -> None:
    baseline = {("killed", "a"): MATCH_3, ("wounded", "a"): OMITTED, ("date", "a"): CONTRADICTED_4}
    run_cells = {
        ("killed", "a"): OMITTED,
        ("wounded", "a"): MATCH_3,
        ("date", "a"): CONTRADICTED_5,
        ("putin", "a"): MATCH_3,
    }
    assert describe(compare(baseline, run_cells), "albab.yaml") == [
        "baseline albab.yaml: 1 regressed, 1 improved, 1 changed, 1 new, 0 unchanged",
        "  regressions:",
        "    killed @ a: match (stated, found 3) -> omission (not-stated)",
        "  improvements:",
        "    wounded @ a: omission (not-stated) -> match (stated, found 3)",
        "  changes:",
        "    date @ a: contradiction (value, found 4) -> contradiction (value, found 5)",
        "  new:",
        "    putin @ a: match (stated, found 3)",
    ]


def test_describe_lists_at_most_twenty_new_cells() -> None:
    run_cells = {("killed", f"{index:03}"): MATCH_3 for index in range(25)}
    lines = describe(compare({}, run_cells), "t")
    assert lines[0] == "baseline t: 0 regressed, 0 improved, 0 changed, 25 new, 0 unchanged"
    assert lines[2:4] == [
        "    killed @ 000: match (stated, found 3)",
        "    killed @ 001: match (stated, found 3)",
    ]
    assert lines[-2:] == ["    killed @ 019: match (stated, found 3)", "    ... and 5 more"]


def test_merging_keeps_the_cells_a_run_left_out() -> None:
    baseline = {"t": {("killed", "a"): MATCH_3, ("killed", "b"): OMITTED}}
    result = merged(baseline, {"t": {("killed", "a"): CONTRADICTED_4}, "u": {KEY: MATCH_3}})
    assert result == {
        "t": {("killed", "a"): CONTRADICTED_4, ("killed", "b"): OMITTED},
        "u": {KEY: MATCH_3},
    }
    assert baseline["t"][("killed", "a")] == MATCH_3  # the input is left alone


def test_table_of_a_report_keeps_status_reason_and_found(albab: Expectations) -> None:
    report = check_extraction(albab, {"a": {"killed": "three", "wounded": 12}})
    cells = table_of(report)
    assert cells[("killed", "a")] == MATCH_3
    assert cells[("wounded", "a")] == Cell(status="contradiction", reason="value", found="12")
    assert cells[("date", "a")] == OMITTED
    assert len(cells) == len(albab.facts)


# --- files --------------------------------------------------------------------------------------


def test_saved_baseline_nests_cells_by_table_fact_and_source_and_reads_back(
    tmp_path: Path,
) -> None:
    tables = {"albab.yaml": {KEY: MATCH_3, ("killed", "b"): OMITTED}}
    path = tmp_path / "baseline.json"
    save_baseline(path, tables)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "format_version": FORMAT_VERSION,
        "tables": {
            "albab.yaml": {
                "killed": {
                    "seeds/003.txt": {"status": "match", "reason": "stated", "found": "3"},
                    "b": {"status": "omission", "reason": "not-stated", "found": None},
                }
            }
        },
    }
    assert load_baseline(path) == tables
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary left


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{\n  "tables": {,\n}', "<b>:2:14: Expecting property name enclosed in double quotes"),
        ("[]", "<b>: not a baseline: expected an object with 'format_version' and 'tables'"),
        ('{"format_version": 9, "tables": {}}', "<b>: format_version 9 is not 1"),
        (
            '{"format_version": 1, "tables": {"t": {"killed": {"a": {"status": "great"}}}}}',
            "<b>: table 't', cell killed @ a: expected status one of contradiction, match,",
        ),
        (
            '{"format_version": 1, "tables": {"t": {"killed": {"a": {"status": "match"}}}}}',
            "<b>: table 't', cell killed @ a: expected a string 'reason'",
        ),
        (
            '{"format_version": 1, "tables": {"t": []}}',
            "<b>: table 't': expected an object of facts",
        ),
    ],
)
def test_malformed_baseline_is_reported_with_its_place(text: str, message: str) -> None:
    with pytest.raises(BaselineError) as caught:
        parse_baseline(text, "<b>")
    assert str(caught.value).startswith(message)


def test_missing_baseline_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="no such baseline file"):
        load_baseline(tmp_path / "absent.json")


# --- factcheck extract --baseline ---------------------------------------------------------------


def call(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def outputs_file(tmp_path: Path, name: str, changes: dict[str, dict[str, object]]) -> str:
    """The seed outputs with some sources' values replaced (``None`` drops a key)."""
    outputs = read_outputs(DATA / "seeds-outputs.json")
    for source, values in changes.items():
        for fact, value in values.items():
            if value is None:
                outputs[source].pop(fact, None)
            else:
                outputs[source][fact] = value
    path = tmp_path / name
    path.write_text(json.dumps(outputs), encoding="utf-8")
    return str(path)


def test_extract_baseline_flow_catches_a_regression_and_update_accepts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = str(DATA / "seeds-outputs.json")
    code, out, _ = call("extract", EXPECTATIONS, first, "--baseline", "b.json", "--update-baseline")
    assert code == 0  # accepting, even with contradictions
    assert "baseline b.json updated" in out
    assert call("extract", EXPECTATIONS, first, "--baseline", "b.json")[0] == 0

    worse = outputs_file(tmp_path, "v2.json", {"003_2076fb494404636e": {"wounded": None}})
    code, out, _ = call("extract", EXPECTATIONS, worse, "--baseline", "b.json")
    assert code == 1
    assert "1 regressed, 0 improved, 0 changed, 0 new, 49 unchanged" in out
    assert (
        "    wounded @ 003_2076fb494404636e: match (stated, found 11) -> omission (not-stated)"
        in out
    )

    code, _, _ = call("extract", EXPECTATIONS, worse, "--baseline", "b.json", "--update-baseline")
    assert code == 0
    assert call("extract", EXPECTATIONS, worse, "--baseline", "b.json")[0] == 0


def test_extract_baseline_over_fewer_sources_compares_only_those(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    everything = str(DATA / "seeds-outputs.json")
    call("extract", EXPECTATIONS, everything, "--baseline", "b.json", "--update-baseline")
    one = {"001_2e274df0c58b4ffb": read_outputs(everything)["001_2e274df0c58b4ffb"]}
    subset = tmp_path / "one.json"
    subset.write_text(json.dumps(one), "utf-8")
    code, out, _ = call("extract", EXPECTATIONS, str(subset), "--baseline", "b.json")
    assert code == 0
    assert "baseline " in out
    assert "0 regressed, 0 improved, 0 changed, 0 new, 10 unchanged" in out
    assert "000_98b88eba54a409e2" not in out


def test_extract_baseline_improvements_and_new_cells_do_not_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    data = json.loads((DATA / "seeds-outputs.json").read_text("utf-8"))
    fewer = {source: values for source, values in data.items() if not source.startswith("003")}
    Path("fewer.json").write_text(json.dumps(fewer), "utf-8")
    call("extract", EXPECTATIONS, "fewer.json", "--baseline", "b.json", "--update-baseline")
    data["004_8c3660f9c33f6905"]["putin"] = "Vladimir Putin"
    Path("better.json").write_text(json.dumps(data), "utf-8")
    code, out, _ = call("extract", EXPECTATIONS, "better.json", "--baseline", "b.json")
    assert code == 0
    assert "0 regressed, 1 improved, 0 changed, 10 new, 39 unchanged" in out
    assert "    killed @ 003_2076fb494404636e: match (stated, found 3)" in out


def test_extract_baseline_comparison_goes_to_stderr_when_stdout_is_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    outputs = str(DATA / "seeds-outputs.json")
    code, out, err = call(
        "extract", EXPECTATIONS, outputs, "-f", "json", "--baseline", "b.json", "--update-baseline"
    )
    assert code == 0
    assert json.loads(out)["summary"]["contradiction"] == 4
    assert "baseline b.json updated" in err


def test_extract_missing_baseline_without_update_is_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = call(
        "extract", EXPECTATIONS, str(DATA / "seeds-outputs.json"), "--baseline", "b.json"
    )
    assert code == 2
    assert "b.json: no such baseline file (create it with --update-baseline)" in err
    assert not (tmp_path / "b.json").exists()


def test_extract_update_baseline_needs_a_baseline_path() -> None:
    code, _, err = call(
        "extract", EXPECTATIONS, str(DATA / "seeds-outputs.json"), "--update-baseline"
    )
    assert code == 2
    assert "--update-baseline needs --baseline FILE" in err


def test_extract_malformed_baseline_is_bad_input_with_line_and_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.json").write_text('{"format_version": 1,\n "tables": }', "utf-8")
    code, _, err = call(
        "extract", EXPECTATIONS, str(DATA / "seeds-outputs.json"), "--baseline", "b.json"
    )
    assert code == 2
    assert "b.json:2:12: Expecting value" in err
