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
    find_table,
    is_regression,
    load_baseline,
    merged,
    mostly_new,
    parse_baseline,
    save_baseline,
    table_name,
    table_of,
)
from factcheck.extraction.grounding import Grounding
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
        (
            '{"format_version": 1, "tables": {"t": {"k": {"a": {"status": "match", '
            '"reason": "stated", "grounding": "right"}}}}}',
            "<b>: table 't', cell k @ a: expected 'grounding' one of correct, missed,",
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


# --- grounded cells ---------------------------------------------------------------------------

CORRECT_EMPTY = Cell(status="omission", reason="not-stated", grounding="correct")
UNGROUNDED_3 = Cell(status="match", reason="stated", found="3", grounding="ungrounded")
MISSED = Cell(status="omission", reason="not-stated", grounding="missed")
CORRECT_3 = Cell(status="match", reason="stated", found="3", grounding="correct")


@pytest.mark.parametrize(
    ("before", "after", "regressed"),
    [
        (CORRECT_EMPTY, UNGROUNDED_3, True),  # omission -> match, yet a hallucination
        (CORRECT_3, MISSED, True),
        (MISSED, UNGROUNDED_3, True),
        (UNGROUNDED_3, MISSED, False),
        (MISSED, CORRECT_3, False),
        (MATCH_3, OMITTED, True),  # cells without a class compare by status
    ],
)
def test_grounded_cells_compare_by_their_class(before: Cell, after: Cell, regressed: bool) -> None:
    assert is_regression(before, after) is regressed


@pytest.mark.parametrize("grounding", [grounding.value for grounding in Grounding])
def test_every_grounding_class_is_a_baseline_value(grounding: str) -> None:
    cell = {"status": "match", "reason": "stated", "found": "3", "grounding": grounding}
    text = json.dumps({"format_version": 1, "tables": {"t": {"killed": {"a": cell}}}})
    assert parse_baseline(text)["t"][("killed", "a")].grounding == grounding


def test_grounded_cells_read_back_with_their_class(tmp_path: Path) -> None:
    tables = {"erie.yaml": {("spokesman", "001"): UNGROUNDED_3, ("killed", "a"): MATCH_3}}
    save_baseline(tmp_path / "b.json", tables)
    assert load_baseline(tmp_path / "b.json") == tables
    assert '"grounding": "ungrounded"' in (tmp_path / "b.json").read_text("utf-8")


ERIE = str(ROOT / "expectations" / "erie-electric-bill.yaml")
LLM = ROOT / "examples" / "llm"


def test_llm_v2_hallucinations_are_caught_by_the_grounded_baseline_naming_the_cells(
    tmp_path: Path,
) -> None:
    """v2 of the LLM example answers every field: where the article names no spokesman it
    gives the event's one (right for the event, absent from the text), and it drops a date."""
    baseline = str(tmp_path / "erie.json")
    v1, v2 = str(LLM / "erie-v1.jsonl"), str(LLM / "erie-v2.jsonl")
    grounded = ("--against-sources", "--baseline", baseline)
    assert call("extract", ERIE, v1, *grounded, "--update-baseline")[0] == 0
    assert call("extract", ERIE, v1, *grounded)[0] == 0
    code, out, _ = call("extract", ERIE, v2, *grounded)
    assert code == 1
    name = table_name(ERIE, baseline)
    assert f"baseline {name}: 6 regressed, 0 improved, 0 changed, 0 new, 60 unchanged" in out
    regressions = out.split("  regressions:\n", 1)[1].splitlines()[:6]
    assert regressions == [
        f"    spokesman @ {source}: correct (omission, not-stated) -> "
        "ungrounded (match, stated, found Mark Durbin)"
        for source in ("001", "002", "003", "004")
    ] + [
        "    due @ 006: correct (match, stated, found November 2018) -> missed (omission, not-stated)",
        "    spokesman @ 006: correct (omission, not-stated) -> "
        "ungrounded (match, stated, found Mark Durbin)",
    ]


def test_without_grounding_the_same_v2_looks_like_an_improvement(tmp_path: Path) -> None:
    """What the grounded baseline is for: against the expectation file alone, the invented
    spokesman is a match, so v2 regresses only the dropped date."""
    baseline = str(tmp_path / "erie.json")
    v1, v2 = str(LLM / "erie-v1.jsonl"), str(LLM / "erie-v2.jsonl")
    call("extract", ERIE, v1, "--baseline", baseline, "--update-baseline")
    code, out, _ = call("extract", ERIE, v2, "--baseline", baseline)
    assert code == 1
    assert "1 regressed, 5 improved, 0 changed, 0 new, 60 unchanged" in out


# --- keys that hold from any folder (issue 12) ------------------------------------------------


def test_table_is_named_relative_to_the_baseline_file(tmp_path: Path) -> None:
    assert table_name(tmp_path / "exp" / "a.yaml", tmp_path / "b.json") == "exp/a.yaml"
    assert table_name(tmp_path / "a.yaml", tmp_path / "ci" / "b.json") == "../a.yaml"


def test_baseline_made_in_one_folder_catches_a_regression_from_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cells were keyed by the path from the current folder: checked from elsewhere,
    every cell was new and the regression exited 0."""
    baseline = str(tmp_path / "b.json")
    v2 = outputs_file(tmp_path, "v2.json", {"001_2e274df0c58b4ffb": {"killed": None}})
    monkeypatch.chdir(ROOT)
    outputs = str(DATA / "seeds-outputs.json")
    relative = "expectations/albab-airstrike.yaml"
    assert call("extract", relative, outputs, "--baseline", baseline, "--update-baseline")[0] == 0
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    code, out, _ = call("extract", EXPECTATIONS, v2, "--baseline", "../b.json")
    assert code == 1
    assert "1 regressed, 0 improved, 0 changed, 0 new, 49 unchanged" in out


def test_older_baseline_keyed_from_the_run_folder_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    cells = {("killed", "x"): MATCH_3}
    old = {"expectations/albab-airstrike.yaml": cells, "other.yaml": {}}
    baseline = tmp_path / "old.json"
    assert find_table(old, "expectations/albab-airstrike.yaml", baseline)[1] == cells
    monkeypatch.chdir(tmp_path)  # from elsewhere: the only table of that file name
    assert find_table(old, EXPECTATIONS, baseline) == (table_name(EXPECTATIONS, baseline), cells)


def test_run_mostly_new_to_a_baseline_holding_cells_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    save_baseline("b.json", {"elsewhere/albab.yaml": {("killed", "x"): MATCH_3}})
    # a file name of its own, so no older table is taken for it
    Path("albab-v2.yaml").write_text(Path(EXPECTATIONS).read_text("utf-8").replace(
        "sources: [../seeds", f"sources: [{ROOT}/seeds"), "utf-8")  # fmt: skip
    outputs = str(DATA / "seeds-outputs.json")
    code, out, _ = call("extract", "albab-v2.yaml", outputs, "--baseline", "b.json")
    assert code == 1
    assert (
        "factcheck: 50 of 50 cells are new to b.json, which holds 1: is it keyed by another "
        "expectation file or other source ids?"
    ) in out
    code, _, _ = call(
        "extract", "albab-v2.yaml", outputs, "--baseline", "b.json", "--update-baseline"
    )
    assert code == 0
    assert call("extract", "albab-v2.yaml", outputs, "--baseline", "b.json")[0] == 0


def test_mostly_new_needs_a_baseline_holding_cells() -> None:
    comparison = compare({}, {KEY: MATCH_3})
    assert not mostly_new(comparison, {})
    assert mostly_new(comparison, {"t": {("wounded", "a"): MATCH_3}})
    assert not mostly_new(compare({KEY: MATCH_3}, {KEY: MATCH_3}), {"t": {KEY: MATCH_3}})


def test_a_fifo_or_device_as_baseline_is_refused_at_once_never_read(tmp_path: Path) -> None:
    """A baseline is read only from a regular file: a FIFO with no writer would block the run."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "baseline.json"
    os.mkfifo(fifo)
    outputs = tmp_path / "out.json"
    outputs.write_text('{"000_98b88eba54a409e2": {"killed": 3}}', encoding="utf-8")
    for baseline in (str(fifo), "/dev/zero"):
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "extract", str(ROOT / "expectations" / "albab-airstrike.yaml"),
             str(outputs), "--baseline", baseline],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "not a regular file" in done.stderr and "Traceback" not in done.stderr
