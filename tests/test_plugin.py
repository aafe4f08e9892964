"""The pytest plugin, run through ``pytester`` on the real seeds and their expectation file.

The verdicts themselves are pinned by the engine's tests (the hand table in
tests/data/annotations/albab-airstrike.yaml); the outcomes expected here are derived from the
engine's report on the same files, through the plugin's rule: a match passes, a contradiction
fails, an omission fails, skips or passes by the policy. Cells named one by one (cause @ 004, killed @ 004, akar @ 000) are from the hand table.

Test names avoid the words the ``-k`` cases select by: pytester's directory is named after the
test, and ``-k`` matches directory names too.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.model import Report, Status, Verdict
from factcheck.pytest.items import ExpectationFile, FactItem
from factcheck.render.table import summary_line

ROOT = Path(__file__).resolve().parent.parent
SEEDS_YAML = ROOT / "expectations" / "albab-airstrike.yaml"
BROKEN_YAML = """\
event: a broken file
facts:
  - id: killed
    kind: quantity
    vale: 3
    cues: [killed]
"""


def copy_seeds(pytester: pytest.Pytester, name: str = "albab.facts.yaml") -> Path:
    """The seeds and their expectation file, the ``sources`` glob fixed for the new place."""
    shutil.copytree(ROOT / "seeds", pytester.path / "seeds")
    text = SEEDS_YAML.read_text(encoding="utf-8")
    assert "sources: [../seeds/*.txt]" in text
    target = pytester.path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    glob = "../seeds/*.txt" if "/" in name else "seeds/*.txt"
    target.write_text(text.replace("sources: [../seeds/*.txt]", f"sources: [{glob}]"), "utf-8")
    return target


def fact_line(yaml: Path, fact_id: str) -> int:
    """The 1-based line where ``fact_id`` starts in ``yaml``."""
    lines = yaml.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.strip() == f"- id: {fact_id}")


@pytest.fixture
def seeded(pytester: pytest.Pytester) -> Path:
    return copy_seeds(pytester)


OMISSION_OUTCOME = {"fail": "failed", "skip": "skipped", "pass": "passed"}


def outcomes(
    report: Report, policy: str = "skip", where: Callable[[Verdict], bool] = lambda v: True
) -> dict[str, int]:
    """The outcomes the plugin must give the cells ``where`` selects, the others deselected."""
    counts: Counter[str] = Counter()
    for verdict in report.verdicts:
        if not where(verdict):
            counts["deselected"] += 1
        elif verdict.status is Status.MATCH:
            counts["passed"] += 1
        elif verdict.status is Status.CONTRADICTION:
            counts["failed"] += 1
        else:
            counts[OMISSION_OUTCOME[policy]] += 1
    return dict(counts)


def test_seed_report_has_every_status_so_outcome_tests_mean_something(seed_report: Report) -> None:
    counts = seed_report.counts()
    assert len(seed_report.verdicts) == 50
    assert all(counts[status] > 0 for status in Status)


# --- collection -------------------------------------------------------------------------------


def test_facts_yaml_is_collected_as_one_item_per_fact_and_source(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "albab.facts.yaml::killed[[]000_98b88eba54a409e2[]]",
            "albab.facts.yaml::killed[[]004_8c3660f9c33f6905[]]",
            "albab.facts.yaml::joint-investigation[[]003_2076fb494404636e[]]",
            "albab.facts.yaml::isis[[]004_8c3660f9c33f6905[]]",
            "50 tests collected*",
        ]
    )


def test_ini_listed_globs_collect_files_with_other_names(pytester: pytest.Pytester) -> None:
    copy_seeds(pytester, "expectations/albab.yaml")
    (pytester.path / "other.yaml").write_text("not: an expectation file\n", "utf-8")
    pytester.makeini("[pytest]\nfactcheck_files =\n    expectations/*.yaml\n")
    result = pytester.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["expectations/albab.yaml::killed[[]000_98b88eba54a409e2[]]", "50 tests collected*"]
    )
    result.stdout.no_fnmatch_line("other.yaml*")


def test_yaml_files_not_named_facts_yaml_nor_listed_are_left_alone(
    pytester: pytest.Pytester,
) -> None:
    copy_seeds(pytester, "expectations/albab.yaml")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_items_report_the_line_of_their_fact_zero_based(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    items, _ = pytester.inline_genitems()
    assert len(items) == 50
    by_name = {item.name: item for item in items}
    item = by_name["cause[004_8c3660f9c33f6905]"]
    assert isinstance(item, FactItem)
    path, line, name = item.reportinfo()
    assert Path(path) == seeded
    assert line == fact_line(seeded, "cause") - 1
    assert name == "cause[004_8c3660f9c33f6905]"


def test_each_file_is_checked_once_for_all_its_items(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.makeconftest(
        """
        REPORTS = []

        def pytest_runtest_teardown(item):
            REPORTS.append(item.parent.report)

        def pytest_terminal_summary(terminalreporter):
            distinct = {id(report) for report in REPORTS}
            terminalreporter.write_line(f"items {len(REPORTS)} reports {len(distinct)}")
        """
    )
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["items 50 reports 1"])


def test_collection_alone_checks_nothing(pytester: pytest.Pytester, seeded: Path) -> None:
    items, _ = pytester.inline_genitems()
    parent = items[0].parent
    assert isinstance(parent, ExpectationFile)
    assert parent.checked is False


# --- selection and outcomes -------------------------------------------------------------------


def test_dash_k_fact_id_selects_that_fact_in_every_source(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("-k", "killed")
    result.assert_outcomes(passed=4, skipped=1, deselected=45)  # killed @ 004 is an omission


def test_dash_k_source_stem_selects_every_fact_of_that_source(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    result = pytester.runpytest("-k", "003_")
    result.assert_outcomes(**outcomes(seed_report, where=lambda v: "/003_" in v.source))
    result.stdout.fnmatch_lines(["FAILED albab.facts.yaml::joint-investigation[[]003_*"])


def test_omissions_skip_by_default_with_the_reason_at_the_fact_line(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    result = pytester.runpytest("-rs")
    result.assert_outcomes(**outcomes(seed_report))
    line = fact_line(seeded, "akar")
    result.stdout.fnmatch_lines(
        [f"SKIPPED [[]*[]] albab.facts.yaml:{line}: omission (not-stated): the source does not*"]
    )


@pytest.mark.parametrize("policy", ["fail", "skip", "pass"])
def test_omission_policy_flag_decides_what_omissions_do(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report, policy: str
) -> None:
    result = pytester.runpytest(f"--factcheck-omissions={policy}", "-k", "killed or akar")
    selected = outcomes(seed_report, policy, where=lambda v: v.fact in ("killed", "akar"))
    assert sum(v.status is Status.OMISSION for v in seed_report.verdicts if v.fact == "akar") == 3
    result.assert_outcomes(**selected)


def test_omission_policy_ini_option_applies_and_the_flag_overrides_it(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    pytester.makeini("[pytest]\nfactcheck_omissions = fail\n")
    pytester.runpytest().assert_outcomes(**outcomes(seed_report, "fail"))
    overridden = pytester.runpytest("--factcheck-omissions=pass")
    overridden.assert_outcomes(**outcomes(seed_report, "pass"))


def test_unknown_omission_policy_in_ini_is_a_usage_error(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.makeini("[pytest]\nfactcheck_omissions = ignore\n")
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*factcheck_omissions must be one of fail, skip, pass*'ignore'*"])


def test_omission_failure_under_fail_policy_says_omission_and_reason(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("--factcheck-omissions=fail", "-k", "killed and 004_")
    result.assert_outcomes(failed=1, deselected=49)
    result.stdout.fnmatch_lines(
        ["omission (not-stated): expected 3", "  reason:   not-stated: the source does not*"]
    )


# --- failure text and collection errors -------------------------------------------------------


def test_contradiction_failure_shows_expected_found_reason_evidence_and_fact_place(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("-k", "cause and 004_")
    result.assert_outcomes(failed=1, deselected=49)
    line = fact_line(seeded, "cause")
    result.stdout.fnmatch_lines(
        [
            "contradiction (variant): expected lack of coordination, found wrong coordinates*",
            "  expected: lack of coordination",
            "  found:    wrong coordinates from the Turkish side",
            "  reason:   variant: the source states the competing variant*",
            f"  fact:     cause at albab.facts.yaml:{line}",
            "  source:   seeds/004_8c3660f9c33f6905.txt",
            "  conflicts: seeds/004_8c3660f9c33f6905.txt:8:47",
            "    8 | *Kremlin spokesman Dmitry Peskov said that wrong coordinates of Turkish*",
            "      | * ^^^^^^^^^^^^^^^^^",
            "  supports: seeds/004_8c3660f9c33f6905.txt:16:126",
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_misspelling_failure_carries_the_did_you_mean(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("-k", "akar and 000_")
    result.stdout.fnmatch_lines(
        [
            "contradiction (misspelling): expected General Hulusi Akar, found Gereal Hulusi Akar",
            "  did you mean: General Hulusi Akar",
        ]
    )


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            BROKEN_YAML,
            "broken.facts.yaml:5:5: *unknown key 'vale' for a quantity fact; did you mean 'value'?",
        ),
        ("event: x\nfacts: [\n  - id: killed\n", "broken.facts.yaml:3:3: YAML syntax error: *"),
    ],
    ids=["schema", "syntax"],
)
def test_invalid_expectation_file_is_one_collection_error_with_path_line_col(
    pytester: pytest.Pytester, text: str, line: str
) -> None:
    (pytester.path / "broken.facts.yaml").write_text(text, "utf-8")
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*ERROR collecting broken.facts.yaml*", line, "factcheck: * problem*"]
    )
    output = result.stdout.str()
    assert "Traceback" not in output
    assert "pytest_items.py" not in output


def test_expectation_file_whose_sources_match_nothing_is_a_collection_error(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    shutil.rmtree(pytester.path / "seeds")
    result = pytester.runpytest()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["albab.facts.yaml: no sources to check*"])


# --- the summary table and report files -------------------------------------------------------


def test_terminal_summary_shows_the_consistency_table(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        [
            "*= factcheck: albab.facts.yaml =*",
            "*fact*kind*expected*000*001*002*003*004*",
            "*killed*quantity*3*match*match*match*match*omission*",
            f"Summary: {summary_line(seed_report)}",
        ]
    )


def test_terminal_table_under_dash_k_holds_only_the_selected_cells(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    """killed in every source plus all of 003: two full tables, never a missing cell."""
    result = pytester.runpytest("-k", "killed or 003_")
    result.stdout.fnmatch_lines(
        [
            "*fact*kind*expected*000*001*002*004*",
            "*killed*quantity*3*match*match*match*omission*",
            "Summary: 3 matches, 1 omission, 0 contradictions",
            "*fact*kind*expected*003*",
            "*joint-investigation*claim*joint*variant*",
        ]
    )
    result.stdout.no_fnmatch_line("*? missing*")


def test_json_report_holds_only_the_cells_selected_by_dash_k(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.runpytest("-k", "killed", "--factcheck-report=report.json")
    data = json.loads((pytester.path / "report.json").read_text("utf-8"))
    assert [fact["id"] for fact in data["facts"]] == ["killed"]
    assert [(v["fact"], v["status"]) for v in data["verdicts"]] == [
        ("killed", "match"),
        ("killed", "match"),
        ("killed", "match"),
        ("killed", "match"),
        ("killed", "omission"),
    ]
    assert data["summary"] == {"match": 4, "omission": 1, "contradiction": 0}


def test_csv_report_has_one_row_per_cell_that_ran(pytester: pytest.Pytester, seeded: Path) -> None:
    result = pytester.runpytest("-k", "003_", "--factcheck-report=report.csv")
    result.stdout.fnmatch_lines(["factcheck: csv report of albab.facts.yaml written to report.csv"])
    rows = list(csv.DictReader(io.StringIO((pytester.path / "report.csv").read_text("utf-8"))))
    assert len(rows) == 10
    assert {row["source"] for row in rows} == {"seeds/003_2076fb494404636e.txt"}


def test_markdown_report_has_the_table_of_the_cells_that_ran(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.runpytest("-k", "wounded", "--factcheck-report=report.md")
    text = (pytester.path / "report.md").read_text("utf-8")
    assert "| wounded |" in text
    assert "| killed |" not in text
    assert "missing" not in text


def test_html_report_gets_a_page_per_full_table_of_the_selection(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("-k", "killed or 003_", "--factcheck-report=report.html")
    result.stdout.fnmatch_lines(
        [
            "factcheck: html report of albab.facts.yaml written to report.html",
            "factcheck: html report of albab.facts.yaml written to report-2.html",
        ]
    )
    first = (pytester.path / "report.html").read_text("utf-8")
    second = (pytester.path / "report-2.html").read_text("utf-8")
    assert "killed in source 004" in first
    assert "joint-investigation in source 003" in second
    assert "? missing" not in first + second


def test_report_path_with_unknown_extension_is_a_usage_error(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("--factcheck-report=report.xyz")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck-report report.xyz: unknown extension*"])


# --- xdist and junitxml -----------------------------------------------------------------------


def test_xdist_gives_the_same_outcomes_table_and_report(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    result = pytester.runpytest_subprocess("-n", "2", "--factcheck-report=report.json")
    result.assert_outcomes(**outcomes(seed_report))
    result.stdout.fnmatch_lines(
        [
            "*2 workers*",
            "*= factcheck: albab.facts.yaml =*",
            "*killed*quantity*3*match*match*match*match*omission*",
            f"Summary: {summary_line(seed_report)}",
        ]
    )
    data = json.loads((pytester.path / "report.json").read_text("utf-8"))
    assert len(data["verdicts"]) == 50
    conflicts = [v for v in data["verdicts"] if v["status"] == "contradiction"]
    assert {(v["fact"], v["evidence"][0]["text"]) for v in conflicts} >= {
        ("cause", "wrong coordinates")
    }


def test_junitxml_carries_status_reason_found_and_evidence_as_properties(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.runpytest("-k", "cause and 004_", "--junitxml=out.xml")
    case = ET.parse(pytester.path / "out.xml").find(".//testcase")
    assert case is not None
    properties = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert properties["factcheck_status"] == "contradiction"
    assert properties["factcheck_reason"] == "variant"
    assert properties["factcheck_found"] == "wrong coordinates from the Turkish side"
    assert "conflicts 8:47 “wrong coordinates”" in (properties["factcheck_evidence"] or "")


# --- baselines --------------------------------------------------------------------------------


def test_baseline_update_then_rerun_passes_known_contradictions(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    created = pytester.runpytest(
        "--factcheck-baseline=baseline.json", "--factcheck-update-baseline"
    )
    created.assert_outcomes(**outcomes(seed_report))
    data = json.loads((pytester.path / "baseline.json").read_text("utf-8"))
    cells = data["tables"]["albab.facts.yaml"]
    assert sum(len(by_source) for by_source in cells.values()) == 50
    rerun = pytester.runpytest("--factcheck-baseline=baseline.json")
    counts = seed_report.counts()
    rerun.assert_outcomes(
        passed=counts[Status.MATCH] + counts[Status.CONTRADICTION],
        skipped=counts[Status.OMISSION],
    )
    rerun.stdout.fnmatch_lines(
        ["baseline albab.facts.yaml: 0 regressed, 0 improved, 0 changed, 0 new, 50 unchanged"]
    )


def test_baseline_regressions_fail_their_cells_and_are_named(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    pytester.runpytest("--factcheck-baseline=baseline.json", "--factcheck-update-baseline")
    path = pytester.path / "baseline.json"
    data = json.loads(path.read_text("utf-8"))
    killed = data["tables"]["albab.facts.yaml"]["killed"]
    killed["seeds/004_8c3660f9c33f6905.txt"] = {"status": "match", "reason": "stated", "found": "3"}
    path.write_text(json.dumps(data), "utf-8")
    result = pytester.runpytest("--factcheck-baseline=baseline.json", "-k", "killed")
    result.assert_outcomes(passed=4, failed=1, deselected=45)
    result.stdout.fnmatch_lines(
        [
            "omission (not-stated): expected 3",
            "  baseline: regressed from the baseline's match (stated, found 3)",
            "baseline albab.facts.yaml: 1 regressed, 0 improved, 0 changed, 0 new, 4 unchanged",
            "  regressions:",
            "    killed @ seeds/004_8c3660f9c33f6905.txt: match (stated, found 3) -> omission*",
        ]
    )


def test_baseline_of_a_subset_lists_cells_outside_it_as_new(
    pytester: pytest.Pytester, seeded: Path, seed_report: Report
) -> None:
    pytester.runpytest(
        "-k", "killed", "--factcheck-baseline=baseline.json", "--factcheck-update-baseline"
    )
    result = pytester.runpytest("--factcheck-baseline=baseline.json")
    result.assert_outcomes(**outcomes(seed_report))  # new cells follow the usual rules
    result.stdout.fnmatch_lines(
        ["baseline albab.facts.yaml: 0 regressed, 0 improved, 0 changed, 45 new, 5 unchanged"]
    )
    subset = pytester.runpytest("--factcheck-baseline=baseline.json", "-k", "003_")
    subset.stdout.fnmatch_lines(["baseline albab.facts.yaml: * 9 new, 1 unchanged"])
    subset.stdout.no_fnmatch_line("*? missing*")


def test_update_baseline_without_a_baseline_path_says_no_baseline_was_written(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("--factcheck-update-baseline", "-k", "killed")
    result.stdout.fnmatch_lines(["factcheck: no --factcheck-baseline=PATH: * not saved"])


def test_missing_baseline_without_update_is_a_usage_error(
    pytester: pytest.Pytester, seeded: Path
) -> None:
    result = pytester.runpytest("--factcheck-baseline=nowhere.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*nowhere.json: no such baseline file*--factcheck-update-baseline*"]
    )


# --- the extractor fixture --------------------------------------------------------------------


def test_extraction_fixture_returns_the_report_and_fails_on_contradictions_when_asked(
    pytester: pytest.Pytester,
) -> None:
    copy_seeds(pytester, "albab.yaml")
    pytester.makepyfile(
        textwrap.dedent(
            """
            def test_report(factcheck_extraction):
                report = factcheck_extraction("albab.yaml", {"002_908a65289c809937": {"killed": "three"}})
                assert [(v.fact, v.status.value) for v in report.verdicts][:2] == [
                    ("killed", "match"), ("wounded", "omission")]

            def test_consistent(factcheck_extraction):
                outputs = {"002_908a65289c809937": {"killed": 4}}
                factcheck_extraction("albab.yaml", outputs, assert_consistent=True)

            def test_outputs_file_with_spans(factcheck_extraction):
                report = factcheck_extraction("albab.yaml", "outputs.jsonl")
                (evidence,) = report.verdicts[0].evidence
                assert (evidence.text, evidence.line) == ("three", 12)
            """
        )
    )
    text = (pytester.path / "seeds" / "000_98b88eba54a409e2.txt").read_text("utf-8")
    start = text.index("three Turkish soldiers")
    record = {
        "source": "000_98b88eba54a409e2",
        "killed": {"value": "three", "start": start, "end": start + 5},
    }
    (pytester.path / "outputs.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    result = pytester.runpytest()
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "1 contradiction(s) in the extractor's outputs:",
            "  killed @ 002_908a65289c809937: value: expected 3, found 4",
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")


def test_extraction_fixture_baseline_fails_on_regression_and_update_accepts(
    pytester: pytest.Pytester,
) -> None:
    copy_seeds(pytester, "albab.yaml")
    pytester.makepyfile(
        textwrap.dedent(
            """
            import json, os

            def test_extractor(factcheck_extraction):
                outputs = json.loads(os.environ.get("OUTPUTS", '{"002_908a65289c809937": {"wounded": 11}}'))
                factcheck_extraction("albab.yaml", outputs, baseline="baseline.json")
            """
        )
    )
    pytester.runpytest("--factcheck-update-baseline").assert_outcomes(passed=1)
    pytester.runpytest().assert_outcomes(passed=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OUTPUTS", '{"002_908a65289c809937": {"wounded": 12}}')
        regressed = pytester.runpytest()
        regressed.assert_outcomes(failed=1)
        regressed.stdout.fnmatch_lines(
            [
                "*  wounded @ 002_908a65289c809937: match (stated, found 11) -> contradiction (value, found 12)"
            ]
        )
        pytester.runpytest("--factcheck-update-baseline").assert_outcomes(passed=1)
        pytester.runpytest().assert_outcomes(passed=1)


def test_extraction_fixture_fails_loudly_when_most_cells_are_new_to_its_baseline(
    pytester: pytest.Pytester,
) -> None:
    copy_seeds(pytester, "albab.yaml")
    pytester.makepyfile(
        textwrap.dedent(
            """
            import os

            def test_extractor(factcheck_extraction):
                source = os.environ.get("SOURCE", "002_908a65289c809937")
                outputs = {source: {"wounded": 11}}
                factcheck_extraction("albab.yaml", outputs, baseline="baseline.json")
            """
        )
    )
    pytester.runpytest("--factcheck-update-baseline").assert_outcomes(passed=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE", "003_2076fb494404636e")  # the extractor names its sources anew
        result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["10 of 10 cells are new to baseline.json, which holds 10: *"])


def test_extraction_fixture_asserts_minimum_scores_naming_the_cells_that_cost_them(
    pytester: pytest.Pytester,
) -> None:
    copy_seeds(pytester, "albab.yaml")
    shutil.copy(ROOT / "examples" / "llm" / "albab.jsonl", pytester.path / "llm.jsonl")
    pytester.makepyfile(
        textwrap.dedent(
            """
            def test_recall(factcheck_extraction):
                report = factcheck_extraction("albab.yaml", "llm.jsonl", min_recall=0.9)
                assert report.counts()["ungrounded"] == 5

            def test_precision(factcheck_extraction):
                factcheck_extraction("albab.yaml", "llm.jsonl", min_precision=0.9)
            """
        )
    )
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "extractor scores: precision 0.844 is below 0.9 (TP 38, FP 7, FN 4, TN 3)",
            "  ungrounded: date @ 000_98b88eba54a409e2: the text does not state 2017-02-09",
            "  corrected: joint-investigation @ 003_2076fb494404636e: *",
        ]
    )
    result.stdout.no_fnmatch_line("*Traceback*")


# --- projects without expectation files, and start-up cost ------------------------------------


def test_project_without_expectation_files_runs_with_the_plugin_and_no_table(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile("def test_plain():\n    assert True\n")
    result = pytester.runpytest("--factcheck-omissions=fail", "--factcheck-report=report.json")
    result.assert_outcomes(passed=1)
    result.stdout.no_fnmatch_line("*= factcheck*")
    result.stdout.no_fnmatch_line("*Summary:*")
    assert not (pytester.path / "report.json").exists()


def test_plugin_import_loads_no_factcheck_module_beyond_the_package_and_the_shared_state() -> None:
    code = (
        "import sys, pytest; before = set(sys.modules); import factcheck.plugin; "
        "print(' '.join(sorted(set(sys.modules) - before)))"
    )
    added = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert added == ["factcheck", "factcheck.plugin", "factcheck.pytest", "factcheck.pytest.state"]
