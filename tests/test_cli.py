"""The command line, through ``run(argv, stdout, stderr)`` with ``StringIO`` streams.

End-to-end cases use the real seeds and ``expectations/albab-airstrike.yaml``; they need the
loader, the sources reader and the engine. ``write_atomic`` (factcheck/output.py) is pinned here
too, since ``--output`` is its one user.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import run
from factcheck.output import write_atomic

ROOT = Path(__file__).resolve().parent.parent
EXPECTATIONS = str(ROOT / "expectations" / "albab-airstrike.yaml")
SEEDS = sorted(str(path) for path in (ROOT / "seeds").glob("*.txt"))
SEED_000 = str(ROOT / "seeds" / "000_98b88eba54a409e2.txt")


class Result:
    def __init__(self, code: int, stdout: str, stderr: str) -> None:
        self.code = code
        self.stdout = stdout
        self.stderr = stderr


def call(*argv: str) -> Result:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return Result(code, stdout.getvalue(), stderr.getvalue())


def assert_bad_input(result: Result, *fragments: str) -> None:
    """Exit 2, each fragment in stderr, a closing count line, nothing on stdout, no traceback."""
    assert result.code == 2, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr
    assert result.stderr.splitlines()[-1].startswith("factcheck: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def write(path: Path, text: str) -> str:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


@pytest.fixture
def one_fact_yaml(tmp_path: Path) -> str:
    """An expectation file with one fact and no ``sources``, for checks against given files."""
    return write(
        tmp_path / "one.yaml",
        """\
        event: test event
        facts:
          - id: killed
            kind: quantity
            value: 3
            cues: [killed]
        """,
    )


@pytest.fixture
def broken_yaml(tmp_path: Path) -> str:
    """A fact with a misspelt key (``vale`` for ``value``) on line 5."""
    return write(
        tmp_path / "broken.yaml",
        """\
        event: test event
        facts:
          - id: killed
            kind: quantity
            vale: 3
            cues: [killed]
        """,
    )


# --- check on the seeds -----------------------------------------------------------------------


def test_check_seeds_exits_1_and_shows_the_misspelt_general() -> None:
    result = call("check", EXPECTATIONS)
    assert result.code == 1, result.stderr
    assert "akar @ " in result.stdout
    assert "Gereal Hulusi Akar" in result.stdout
    assert "did you mean “General Hulusi Akar”?" in result.stdout
    assert result.stderr == ""


def test_check_seeds_table_has_a_column_per_seed_and_a_row_per_fact() -> None:
    result = call("check", EXPECTATIONS)
    header = result.stdout.splitlines()[1]
    for label in ("000", "001", "002", "003", "004"):
        assert f" {label} " in header
    assert "│ akar " in result.stdout
    assert "Summary: " in result.stdout


def test_check_with_explicit_sources_checks_only_those() -> None:
    result = call("check", EXPECTATIONS, SEED_000, "--format", "json")
    data = json.loads(result.stdout)
    assert {source["path"] for source in data["sources"]} == {SEED_000}
    assert result.code == 1  # seed 000 holds the "Gereal Hulusi Akar" misspelling


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json", "html"])
def test_check_prints_each_format_with_the_misspelling(fmt: str) -> None:
    result = call("check", EXPECTATIONS, "--format", fmt)
    assert result.code == 1, result.stderr
    assert "Gereal Hulusi Akar" in result.stdout


def test_check_json_on_stdout_parses_and_counts_every_fact_and_source() -> None:
    result = call("check", EXPECTATIONS, "--format", "json")
    data = json.loads(result.stdout)
    assert data["format_version"] == 1
    assert len(data["sources"]) == len(SEEDS)
    assert len(data["verdicts"]) == len(data["facts"]) * len(SEEDS)
    assert data["summary"]["contradiction"] >= 1
    misspelt = [v for v in data["verdicts"] if v["fact"] == "akar" and v["reason"] == "misspelling"]
    assert misspelt
    assert misspelt[0]["suggestion"] == "General Hulusi Akar"


def test_check_csv_on_stdout_has_one_row_per_verdict() -> None:
    result = call("check", EXPECTATIONS, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    facts = json.loads(call("check", EXPECTATIONS, "--format", "json").stdout)["facts"]
    assert len(rows) == len(facts) * len(SEEDS)


def test_check_markdown_on_stdout_is_a_table_with_contradictions() -> None:
    result = call("check", EXPECTATIONS, "--format", "markdown")
    assert "| fact | kind | expected | 000 | 001 | 002 | 003 | 004 |" in result.stdout
    assert "## Contradictions" in result.stdout


def test_fail_on_omission_fails_a_run_with_omissions_but_no_contradiction(
    one_fact_yaml: str, tmp_path: Path
) -> None:
    silent = write(tmp_path / "silent.txt", "The weather was fine in Ankara today.\n")
    default = call("check", one_fact_yaml, silent, "--format", "json")
    assert json.loads(default.stdout)["summary"] == {"match": 0, "omission": 1, "contradiction": 0}
    assert default.code == 0
    assert call("check", one_fact_yaml, silent, "--fail-on", "omission").code == 1


def test_fail_on_omission_still_fails_on_contradictions() -> None:
    result = call("check", EXPECTATIONS, "--fail-on", "omission")
    assert result.code == 1


def test_check_passes_with_exit_0_when_every_source_matches(
    one_fact_yaml: str, tmp_path: Path
) -> None:
    source = write(tmp_path / "good.txt", "Three soldiers were killed in the strike.\n")
    result = call("check", one_fact_yaml, source, "--fail-on", "omission")
    assert result.code == 0, result.stdout + result.stderr
    assert "1 match," in result.stdout


def test_check_falls_back_to_ascii_when_stdout_cannot_encode_the_symbols() -> None:
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="ascii")
    code = run(["check", EXPECTATIONS], stdout, io.StringIO())
    stdout.flush()
    text = raw.getvalue().decode("ascii")  # raises if anything non-ASCII got through
    assert code == 1
    assert "x misspelling" in text
    assert 'did you mean "General Hulusi Akar"?' in text


def test_a_run_that_checks_nothing_is_bad_input(
    one_fact_yaml: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that returns no verdict at all must not pass as a clean run."""
    import factcheck.parallel
    from factcheck.model import Report

    def check_nothing(expectations: Any, sources: Any, **_: Any) -> Report:
        return Report(expectations=expectations, sources=tuple(sources), verdicts=())

    def stream_nothing(*_: Any, **__: Any) -> set[Any]:
        return set()

    monkeypatch.setattr(factcheck.parallel, "check_report", check_nothing)
    monkeypatch.setattr(factcheck.parallel, "stream_jsonl", stream_nothing)
    source = write(tmp_path / "good.txt", "Three soldiers were killed.\n")
    assert_bad_input(call("check", one_fact_yaml, source), "nothing was checked")
    assert_bad_input(
        call("check", one_fact_yaml, source, "--format", "jsonl"), "nothing was checked"
    )


# --- --output ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "check_content"),
    [
        ("report.json", lambda text: json.loads(text)["format_version"] == 1),
        ("report.md", lambda text: text.startswith("# factcheck: ")),
        ("report.csv", lambda text: text.startswith("fact,kind,source,status,")),
        ("report.txt", lambda text: text.startswith("┌")),
        ("report.html", lambda text: text.startswith("<!DOCTYPE html>")),
    ],
)
def test_output_format_follows_the_file_extension(
    tmp_path: Path, name: str, check_content: Callable[[str], bool]
) -> None:
    target = tmp_path / name
    result = call("check", EXPECTATIONS, "--output", str(target))
    assert result.code == 1
    assert check_content(target.read_text(encoding="utf-8"))


def test_output_prints_a_one_line_summary_with_counts_and_path(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    result = call("check", EXPECTATIONS, "-o", str(target))
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert str(target) in lines[0]
    assert "contradiction" in lines[0]
    summary = json.loads(target.read_text(encoding="utf-8"))["summary"]
    assert f"{summary['match']} matches" in lines[0]


def test_explicit_format_wins_over_the_output_extension(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    call("check", EXPECTATIONS, "--format", "json", "--output", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 1


def test_output_with_an_unknown_extension_and_no_format_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    result = call("check", EXPECTATIONS, "--output", str(target))
    assert_bad_input(result, f"{target}: cannot tell the report format", "--format")
    assert list(tmp_path.iterdir()) == []


def test_output_replaces_an_existing_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    call("check", EXPECTATIONS, "--output", str(target))
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 1
    assert [path.name for path in tmp_path.iterdir()] == ["report.json"]


def test_bad_input_writes_no_output_file_and_no_temporary(tmp_path: Path, broken_yaml: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = call("check", broken_yaml, SEED_000, "--output", str(out / "report.json"))
    assert_bad_input(result, f"{broken_yaml}:")
    assert list(out.iterdir()) == []


def test_bad_source_keeps_the_previous_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("previous", encoding="utf-8")
    result = call("check", EXPECTATIONS, str(tmp_path / "missing.txt"), "-o", str(target))
    assert result.code == 2
    assert target.read_text(encoding="utf-8") == "previous"
    assert [path.name for path in tmp_path.iterdir()] == ["report.json"]


def test_output_into_a_missing_directory_is_bad_input(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "report.json"
    result = call("check", EXPECTATIONS, "--output", str(target))
    assert_bad_input(result, f"{target}: cannot write the report")


# --- write_atomic -----------------------------------------------------------------------------


def test_write_atomic_writes_utf8_text_exactly(tmp_path: Path) -> None:
    target = tmp_path / "r.txt"
    write_atomic(target, "✓ a\r\nb\n")
    assert target.read_bytes() == "✓ a\r\nb\n".encode()


def test_write_atomic_gives_a_new_file_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "r.txt", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "r.txt").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, OSError])
def test_write_atomic_interrupted_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interruption: type[BaseException]
) -> None:
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise interruption()

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(interruption):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["r.txt"]


def test_write_atomic_interrupted_before_replace_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "r.txt", "new")
    assert list(tmp_path.iterdir()) == []


# --- bad sources ------------------------------------------------------------------------------


def test_missing_source_is_bad_input_naming_the_path(one_fact_yaml: str, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert_bad_input(call("check", one_fact_yaml, missing), missing)


def test_directory_as_source_is_bad_input_naming_the_path(
    one_fact_yaml: str, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_bad_input(call("check", one_fact_yaml, str(folder)), str(folder))


def test_empty_source_is_bad_input_naming_the_path(one_fact_yaml: str, tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    assert_bad_input(call("check", one_fact_yaml, empty), empty)


def test_binary_source_is_bad_input_naming_the_path(one_fact_yaml: str, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_bad_input(call("check", one_fact_yaml, str(binary)), str(binary))


def test_non_utf8_source_is_bad_input_naming_the_path(one_fact_yaml: str, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Trois soldats tués à al-Bab.\n".encode("latin-1"))
    assert_bad_input(call("check", one_fact_yaml, str(latin1)), str(latin1))


def test_every_bad_source_is_reported_at_once(one_fact_yaml: str, tmp_path: Path) -> None:
    first, second = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    result = call("check", one_fact_yaml, first, second)
    assert_bad_input(result, first, second, "factcheck: 2 problems")


def test_bad_expectations_and_bad_source_are_reported_together(
    broken_yaml: str, tmp_path: Path
) -> None:
    missing = str(tmp_path / "missing.txt")
    result = call("check", broken_yaml, missing)
    assert_bad_input(result, f"{broken_yaml}:", missing)


def test_expectations_without_sources_and_none_given_is_bad_input(one_fact_yaml: str) -> None:
    result = call("check", one_fact_yaml)
    assert_bad_input(result, one_fact_yaml)


def test_missing_expectation_file_is_bad_input(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.yaml")
    assert_bad_input(call("check", missing, SEED_000), missing)


# --- validate ---------------------------------------------------------------------------------


def test_validate_good_file_prints_ok_with_the_fact_count() -> None:
    result = call("validate", EXPECTATIONS)
    assert result.code == 0, result.stderr
    facts = len(json.loads(call("check", EXPECTATIONS, "-f", "json").stdout)["facts"])
    assert result.stdout == f"ok: {EXPECTATIONS} ({facts} facts)\n"
    assert result.stderr == ""


def test_validate_broken_key_reports_path_line_col_and_exits_2(broken_yaml: str) -> None:
    result = call("validate", broken_yaml)
    assert_bad_input(result, f"{broken_yaml}:")
    first = result.stderr.splitlines()[0]
    path, line, column, message = first.split(":", 3)
    assert path == broken_yaml
    assert line.isdigit()
    assert column.isdigit()
    assert message.strip()


def test_validate_reports_every_bad_file_and_oks_the_good_ones(
    broken_yaml: str, tmp_path: Path
) -> None:
    other = write(tmp_path / "other.yaml", "event: x\nfacts: 3\n")
    result = call("validate", broken_yaml, EXPECTATIONS, other)
    assert result.code == 2
    assert f"ok: {EXPECTATIONS} (" in result.stdout
    assert f"{broken_yaml}:" in result.stderr
    assert f"{other}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_warns_of_a_cue_that_can_never_match_and_still_exits_0(tmp_path: Path) -> None:
    text = (
        "event: x\nfacts:\n  - id: k\n    kind: quantity\n    value: 3\n"
        '    cues: [killed, "…", Київ, U.S.]\n'
    )
    path = write(tmp_path / "cues.yaml", text)
    result = call("validate", path)
    assert result.code == 0
    assert result.stdout == f"ok: {path} (1 fact)\n"
    assert result.stderr.splitlines() == [
        f"{path}:6:20: facts[0].cues[1]: warning: cue '…' has no letter or digit: it can never "
        "match",
        f"{path}:6:25: facts[0].cues[2]: warning: cue 'Київ' has letters that no word of a text "
        "is made of ('Квиі': words are runs of A-Z and 0-9 once accents are folded); it can "
        "never match as written",
    ]


@pytest.mark.parametrize(
    ("zones", "warned"),
    [
        ("[GMT+7, PST]", True),  # two clocks, both compared as the event's own
        ("[PST, PDT]", True),
        ("[PDT, Pacific]", False),  # one fixed offset, and a place's time
        ("[WIB, GMT+7]", False),  # one offset, said two ways
    ],
)
def test_validate_warns_of_zones_of_different_offsets_and_still_exits_0(
    tmp_path: Path, zones: str, warned: bool
) -> None:
    text = (
        'event: x\nfacts:\n  - id: t\n    kind: time\n    value: "11:36"\n'
        f"    cues: [departed]\n    zones: {zones}\n"
    )
    path = write(tmp_path / "zones.yaml", text)
    result = call("validate", path)
    assert result.code == 0
    assert result.stdout == f"ok: {path} (1 fact)\n"
    assert (f"{path}:7:12: facts[0].zones: warning: the zones " in result.stderr) is warned
    assert ("clocks of different offsets" in result.stderr) is warned


def test_validate_needs_at_least_one_file() -> None:
    result = call("validate")
    assert result.code == 2
    assert "usage:" in result.stderr


# --- usage, help, interruption --------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["check"],
        ["check", EXPECTATIONS, "--format", "pdf"],
        ["check", EXPECTATIONS, "--fail-on", "never"],
        ["check", EXPECTATIONS, "--no-such-option"],
    ],
)
def test_usage_errors_exit_2_with_usage_on_stderr(argv: list[str]) -> None:
    result = call(*argv)
    assert result.code == 2
    assert "usage: factcheck" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"], ["validate", "--help"]])
def test_help_exits_0_and_documents_the_exit_codes(argv: list[str]) -> None:
    result = call(*argv)
    assert result.code == 0
    for code in ("0 ", "1 ", "2 ", "130 "):
        assert f"\n  {code}" in result.stdout


def test_cli_format_choices_are_the_registered_renderers() -> None:
    """The parser keeps its own copy of the format names (for a fast --help); they must agree."""
    from factcheck.arguments import FORMAT_CHOICES
    from factcheck.render import FORMATS

    assert FORMAT_CHOICES == FORMATS


def test_help_imports_no_loader_engine_or_renderer() -> None:
    """``--help`` must stay fast: the heavy modules load only inside the commands."""
    probe = textwrap.dedent(
        """\
        import io, sys
        import factcheck
        before = set(sys.modules)
        from factcheck.cli import run
        code = run(["--help"], io.StringIO(), io.StringIO())
        heavy = {"factcheck.loader", "factcheck.engine", "factcheck.render", "yaml", "tabulate",
                 "jsonschema", "rapidfuzz"}
        print(code, sorted(heavy & (set(sys.modules) - before)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "0 []"


def test_python_dash_m_factcheck_help_exits_0() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "usage: factcheck" in done.stdout
    assert "exit codes:" in done.stdout


def test_python_dash_m_factcheck_check_exits_1_on_the_seeds() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", EXPECTATIONS, "-f", "json"],
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["summary"]["contradiction"] >= 1


def test_keyboard_interrupt_exits_130_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.cli

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.cli, "_validate", interrupted)
    result = call("validate", EXPECTATIONS)
    assert result.code == 130
    assert "Traceback" not in result.stderr


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_on_stdout_exits_quietly() -> None:
    stderr = io.StringIO()
    code = run(["check", EXPECTATIONS], ClosedPipe(), stderr)
    assert code == 141
    assert stderr.getvalue() == ""


def test_broken_pipe_from_a_real_pipe_exits_141_without_a_traceback() -> None:
    """``factcheck check ... | head``: the reader is gone before the report is written.

    The read end is closed before the child can have checked anything, so its write meets a
    pipe with no reader (EPIPE) whatever the report's size.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", EXPECTATIONS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    errors = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 141
    assert errors == ""


# --- scale: JSONL in and out, worker processes, the accuracy command ---------------------------


def seeds_as_jsonl(tmp_path: Path, copies: int) -> str:
    """The five seeds as JSONL records, ``copies`` times over (ids ``NNN-copy``)."""
    lines = []
    for copy in range(copies):
        for path in SEEDS:
            text = Path(path).read_text(encoding="utf-8")
            lines.append(json.dumps({"id": f"{Path(path).stem[:3]}-{copy}", "text": text}))
    target = tmp_path / "seeds.jsonl"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(target)


def test_jobs_2_prints_exactly_what_jobs_1_prints(tmp_path: Path) -> None:
    corpus = seeds_as_jsonl(tmp_path, copies=14)  # 70 sources: enough to start workers
    one = call("check", EXPECTATIONS, corpus, "--format", "json", "--jobs", "1")
    two = call("check", EXPECTATIONS, corpus, "--format", "json", "--jobs", "2")
    assert (one.code, two.code) == (1, 1)
    assert one.stdout == two.stdout
    assert len(json.loads(one.stdout)["verdicts"]) == 70 * 10


def test_jsonl_streams_the_json_reports_verdicts_one_per_line(tmp_path: Path) -> None:
    corpus = seeds_as_jsonl(tmp_path, copies=14)
    streamed = call("check", EXPECTATIONS, corpus, "--format", "jsonl", "--jobs", "2")
    whole = call("check", EXPECTATIONS, corpus, "--format", "json", "--jobs", "1")
    assert streamed.code == whole.code == 1
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert lines == json.loads(whole.stdout)["verdicts"]


def test_jsonl_records_get_the_verdicts_of_the_same_texts_as_files(tmp_path: Path) -> None:
    corpus = seeds_as_jsonl(tmp_path, copies=1)
    from_records = json.loads(call("check", EXPECTATIONS, corpus, "--format", "json").stdout)
    from_files = json.loads(call("check", EXPECTATIONS, *SEEDS, "--format", "json").stdout)

    def cells(report: dict[str, Any]) -> list[tuple[str, str, str | None, list[Any]]]:
        return [
            (v["fact"], v["status"], v["found"], [(e["start"], e["text"]) for e in v["evidence"]])
            for v in report["verdicts"]
        ]

    assert cells(from_records) == cells(from_files)
    assert from_records["verdicts"][0]["source"] == f"{corpus}#000-0"


def test_jsonl_output_file_follows_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "verdicts.jsonl"
    result = call("check", EXPECTATIONS, "--output", str(target))
    assert result.code == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 50 and all(json.loads(line)["status"] for line in lines)


def test_bad_jsonl_records_are_reported_with_line_and_column(tmp_path: Path) -> None:
    corpus = write(
        tmp_path / "bad.jsonl",
        '{"id": "a", "text": "Three soldiers were killed."}\n{"id": "b", "text": \n{"text": "x"}\n',
    )
    result = call("check", EXPECTATIONS, corpus)
    assert_bad_input(
        result,
        f"{corpus}:2:21: not JSON: Expecting value",
        f"{corpus}:3:1: a record needs an 'id' and a non-empty 'text'",
    )


def test_accuracy_prints_agreement_confusion_and_disagreements() -> None:
    result = call("accuracy", str(ROOT / "tests" / "data" / "annotations" / "albab-airstrike.yaml"))
    assert result.code == 0
    assert result.stdout.startswith("Agreement: 50/50 cells (100.0%)\nFalse contradictions: 0\n")
    assert "annotated contradiction" in result.stdout
    assert "Disagreements: 0" in result.stdout


def test_accuracy_exits_1_below_the_thresholds_asked_for(tmp_path: Path) -> None:
    annotation = write(
        tmp_path / "annotation.yaml",
        f"""\
        expectations: {EXPECTATIONS}
        sources: {ROOT / "seeds"}
        verdicts:
          000_98b88eba54a409e2.txt:
            akar: match
            killed: match
        """,
    )
    assert call("accuracy", annotation).code == 0  # no threshold asked for
    assert call("accuracy", annotation, "--min-agreement", "0.9").code == 1  # 1 of 2 agree
    assert call("accuracy", annotation, "--min-agreement", "0.5").code == 0
    assert call("accuracy", annotation, "--max-false-contradictions", "0").code == 1
    assert call("accuracy", annotation, "--max-false-contradictions", "1").code == 0


def test_accuracy_with_a_bad_annotation_is_bad_input(tmp_path: Path) -> None:
    annotation = write(
        tmp_path / "annotation.yaml", "expectations: x.yaml\nverdicts: {a: {b: mtch}}\n"
    )
    assert_bad_input(
        call("accuracy", annotation),
        f"{annotation}:2:19: unknown verdict 'mtch'; did you mean 'match'?",
    )


# --- output safety: nothing an input or a device held is lost ------------------------------------


def test_output_naming_a_source_is_refused_and_the_source_left_intact(
    tmp_path: Path, one_fact_yaml: str
) -> None:
    source = write(tmp_path / "a.txt", "Three soldiers were killed.")
    result = call(
        "check", one_fact_yaml, source, "--output", os.path.join(str(tmp_path), ".", "a.txt")
    )
    assert_bad_input(result, "--output would overwrite the input")
    assert Path(source).read_text(encoding="utf-8") == "Three soldiers were killed."


def test_output_naming_the_expectation_file_is_refused(tmp_path: Path, one_fact_yaml: str) -> None:
    before = Path(one_fact_yaml).read_bytes()
    source = write(tmp_path / "a.txt", "Three soldiers were killed.")
    result = call("check", one_fact_yaml, source, "--output", one_fact_yaml, "--format", "json")
    assert_bad_input(result, f"--output would overwrite the input {one_fact_yaml}")
    assert Path(one_fact_yaml).read_bytes() == before


def test_output_through_a_symlink_writes_the_target_and_keeps_the_link(
    tmp_path: Path, one_fact_yaml: str
) -> None:
    source = write(tmp_path / "a.txt", "Three soldiers were killed.")
    target = tmp_path / "reports" / "report.json"
    target.parent.mkdir()
    target.write_text("stale", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert call("check", one_fact_yaml, source, "--output", str(link)).code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["match"] == 1


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_output_to_a_device_writes_it_in_place_and_the_device_stays_a_device(
    device: str, tmp_path: Path, one_fact_yaml: str
) -> None:
    source = write(tmp_path / "a.txt", "Three soldiers were killed.")
    result = call("check", one_fact_yaml, source, "--output", device, "--format", "json")
    assert Path(device).is_char_device()
    if device == "/dev/full":
        assert_bad_input(result, "/dev/full: cannot write the report: No space left on device")
    else:
        assert result.code == 0


def test_output_to_a_fifo_nobody_reads_is_refused_at_once(
    tmp_path: Path, one_fact_yaml: str
) -> None:
    source = write(tmp_path / "a.txt", "Three soldiers were killed.")
    fifo = tmp_path / "report.json"
    os.mkfifo(fifo)
    result = call("check", one_fact_yaml, source, "--output", str(fifo))
    assert_bad_input(result, "cannot write the report: a named pipe that nobody reads")
    assert fifo.is_fifo()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".csv", ".json", ".jsonl", ".html"])
def test_a_lone_surrogate_in_a_record_is_written_escaped_in_every_format(
    suffix: str, tmp_path: Path, one_fact_yaml: str
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Three \ud800 were killed."}) + "\n")
    report = tmp_path / f"report{suffix}"
    result = call("check", one_fact_yaml, str(corpus), "--output", str(report))
    assert result.code == 0, result.stderr
    assert report.read_bytes().decode("utf-8")  # valid UTF-8 throughout


def test_a_lone_surrogate_streams_as_jsonl_on_stdout(tmp_path: Path, one_fact_yaml: str) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Three \ud800 were killed."}) + "\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "check",
            one_fact_yaml,
            str(corpus),
            "--format",
            "jsonl",
        ],
        capture_output=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout)["status"] == "match"


def test_a_corrupt_baseline_is_found_before_the_report_is_written(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text("the old report", encoding="utf-8")
    outputs = str(ROOT / "tests" / "data" / "extract" / "seeds-outputs.json")
    result = call(
        "extract", EXPECTATIONS, outputs, "--baseline", str(baseline), "--output", str(report)
    )
    assert result.code == 2
    assert str(baseline) in result.stderr
    assert "Traceback" not in result.stderr
    assert report.read_text(encoding="utf-8") == "the old report"


# --- failures of the streams and of factcheck itself ---------------------------------------------


def test_a_full_disk_on_stdout_is_one_line_and_exit_2() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", EXPECTATIONS],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 2
    assert done.stderr == b"factcheck: cannot write the output: No space left on device\n"


def test_a_stdout_closed_before_the_report_is_written_exits_141_quietly() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", EXPECTATIONS],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, b"")


CRASH = "import sys\nfrom factcheck import cli, loader\ndef boom(*args): raise RuntimeError('boom')\nloader.load = boom\nsys.exit(cli.run(sys.argv[1:], sys.stdout, sys.stderr))\n"


@pytest.mark.parametrize(("debug", "traceback"), [("", False), ("0", False), ("1", True)])
def test_an_unexpected_error_exits_70_in_one_line_with_the_traceback_only_when_asked(
    debug: str, traceback: bool
) -> None:
    environment = {**os.environ, "FACTCHECK_DEBUG": debug}
    done = subprocess.run(
        [sys.executable, "-c", CRASH, "check", EXPECTATIONS],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert done.returncode == 70
    assert ("Traceback" in done.stderr) == traceback
    assert done.stderr.splitlines()[-1].startswith(
        "factcheck: internal error, please report it: RuntimeError: boom"
    )
    if not traceback:
        assert len(done.stderr.splitlines()) == 1


# --- the conventions of command-line tools: version, quiet and verbose, colour, usage ------------


def test_version_prints_the_package_version_and_exits_0() -> None:
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = call("--version")
    assert (result.code, result.stdout, result.stderr) == (0, f"factcheck {version}\n", "")


@pytest.mark.parametrize(
    ("argv", "code", "printed"),
    [
        (["check", EXPECTATIONS, "-q"], 1, "38 matches, 8 omissions, 4 contradictions\n"),
        (["-q", "check", EXPECTATIONS], 1, "38 matches, 8 omissions, 4 contradictions\n"),
        (["check", EXPECTATIONS, "--quiet", "--format", "json"], 1, "38 matches, 8 omissions, 4 contradictions\n"),
        (["check", EXPECTATIONS, "-q", "--format", "jsonl"], 1, "38 matches, 8 omissions, 4 contradictions\n"),
        (["check", EXPECTATIONS, "-q", "--fail-on", "contradiction", SEED_000], 1, "8 matches, 1 omission, 1 contradiction\n"),
        (["validate", "-q", EXPECTATIONS, str(ROOT / "expectations" / "kt-data-hack.yaml")], 0, "ok: 2 files (21 facts)\n"),
        (["accuracy", "-q", str(ROOT / "tests" / "data" / "annotations" / "albab-airstrike.yaml")], 0, "agreement 50/50 cells (100.0%), 0 false contradictions\n"),
    ],
)  # fmt: skip
def test_quiet_prints_the_summary_line_only_and_keeps_the_exit_code(
    argv: list[str], code: int, printed: str
) -> None:
    result = call(*argv)
    assert (result.code, result.stdout, result.stderr) == (code, printed, "")


def test_quiet_with_output_still_writes_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    result = call("check", EXPECTATIONS, "-q", "--output", str(report))
    assert result.code == 1
    assert (
        result.stdout
        == f"38 matches, 8 omissions, 4 contradictions; markdown report written to {report}\n"
    )
    assert report.read_text(encoding="utf-8").startswith("# factcheck: ")


def test_quiet_still_reports_bad_input_on_stderr(broken_yaml: str) -> None:
    assert_bad_input(call("check", "-q", broken_yaml), "did you mean 'value'?")


def test_verbose_lists_every_omission_with_its_reason_and_vv_every_match() -> None:
    default, verbose, very = (
        call("check", EXPECTATIONS, *flags) for flags in ([], ["-v"], ["-vv"])
    )
    omission = (
        "  date @ seeds/000_98b88eba54a409e2.txt: unresolved-date — expected 2017-02-09 — "
        "“earlier today” (12:28) — 'earlier today' cannot be dated: the source carries no date of its own"
    )
    match = "  killed @ seeds/000_98b88eba54a409e2.txt: stated — expected 3, found 3 — “death of three Turkish soldiers” (12:56)"
    assert "Omissions:" not in default.stdout and omission not in default.stdout
    assert omission in verbose.stdout.replace(str(ROOT) + "/", "")
    assert "Matches:" not in verbose.stdout
    assert match in very.stdout.replace(str(ROOT) + "/", "")
    assert verbose.stdout.startswith(default.stdout.rstrip("\n"))
    assert default.code == verbose.code == very.code == 1


def test_verbose_validate_lists_each_fact_with_its_place() -> None:
    result = call("validate", "-v", EXPECTATIONS)
    assert result.code == 0
    assert f"  killed (quantity): 3  [{EXPECTATIONS}:8:5]" in result.stdout.splitlines()


class Terminal(io.StringIO):
    """A stdout that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def call_on(stdout: io.StringIO, *argv: str) -> str:
    run(list(argv), stdout, io.StringIO())
    return stdout.getvalue()


RED = "\x1b[1;31m"


@pytest.mark.parametrize(
    ("terminal", "environ", "flag", "coloured"),
    [
        (True, {}, [], True),
        (False, {}, [], False),
        (True, {"NO_COLOR": "1"}, [], False),
        (True, {"NO_COLOR": ""}, [], True),  # an empty NO_COLOR is no request
        (False, {"FORCE_COLOR": "1"}, [], True),
        (True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, [], False),
        (True, {"TERM": "dumb"}, [], False),
        (False, {}, ["--color", "always"], True),
        (False, {"NO_COLOR": "1"}, ["--color", "always"], True),
        (True, {}, ["--color", "never"], False),
        (True, {"FORCE_COLOR": "1"}, ["--color=never"], False),
    ],
)
def test_colour_on_a_terminal_off_in_a_pipe_as_the_flag_and_environment_say(
    monkeypatch: pytest.MonkeyPatch,
    terminal: bool,
    environ: dict[str, str],
    flag: list[str],
    coloured: bool,
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    printed = call_on(Terminal() if terminal else io.StringIO(), "check", EXPECTATIONS, *flag)
    assert (f"{RED}✗ misspelling\x1b[0m" in printed) is coloured
    assert ("\x1b[" in printed) is coloured


def test_colour_never_reaches_a_machine_format_or_a_report_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    printed = call_on(Terminal(), "check", EXPECTATIONS, "--format", "json")
    call_on(Terminal(), "check", EXPECTATIONS, "--output", str(tmp_path / "report.txt"))
    assert "\x1b[" not in printed
    assert "\x1b[" not in (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_coloured_table_keeps_its_columns_aligned(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = call("check", EXPECTATIONS).stdout
    coloured = call_on(io.StringIO(), "check", EXPECTATIONS, "--color", "always")
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["check", EXPECTATIONS, "--bogus"], "usage: factcheck check "),
        (["check", "--bogus", EXPECTATIONS], "usage: factcheck check "),
        (["validate", "--strict", EXPECTATIONS], "usage: factcheck validate "),
        (
            ["extract", EXPECTATIONS, "out.json", "--base-line", "b.json"],
            "usage: factcheck extract ",
        ),
        (["accuracy", "--max-agreement", "0.9", "a.yaml"], "usage: factcheck accuracy "),
        (["--bogus", "check", EXPECTATIONS], "usage: factcheck [-h]"),
    ],
)
def test_a_bad_flag_shows_the_usage_of_its_command(argv: list[str], usage: str) -> None:
    result = call(*argv)
    assert result.code == 2
    assert result.stderr.startswith(usage)
    assert "error: unrecognized arguments: --" in result.stderr
    assert result.stdout == ""


def test_options_may_come_between_the_positional_arguments() -> None:
    result = call("check", EXPECTATIONS, "-q", SEED_000, "--fail-on", "omission")
    assert (result.code, result.stdout) == (1, "8 matches, 1 omission, 1 contradiction\n")


def test_a_missing_argument_names_only_the_required_ones() -> None:
    result = call("check")
    assert result.stderr.splitlines()[-1] == (
        "factcheck check: error: the following arguments are required: EXPECTATIONS"
    )


def test_extract_names_each_source_by_its_path(tmp_path: Path) -> None:
    outputs = tmp_path / "outputs.jsonl"
    outputs.write_text(
        '{"source": "000_98b88eba54a409e2", "killed": {"value": "three", "start": 552, "end": 557}}\n',
        encoding="utf-8",
    )
    result = call("extract", EXPECTATIONS, str(outputs))
    key = result.stdout.split("Sources:\n", 1)[1].split("Summary:", 1)[0]
    assert key.splitlines() == [f"  000  {ROOT}/seeds/000_98b88eba54a409e2.txt"]


# --- draft and schema -------------------------------------------------------------------------


def test_draft_writes_a_file_that_check_runs_unchanged(tmp_path: Path) -> None:
    """draft -> check: the sources glob is relative to the draft, the file validates."""
    target = tmp_path / "story.yaml"
    result = call("draft", *SEEDS, "--output", str(target), "--event", "Strike near al-Bab")
    assert result.code == 0, result.stderr
    assert f"written to {target}" in result.stdout
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# DRAFT written by `factcheck draft` from 5 sources")
    assert "# yaml-language-server: $schema=expectations.schema.json\n" in text
    assert "event: Strike near al-Bab\n" in text
    assert call("validate", str(target)).code == 0
    checked = call("check", str(target), "--format", "json")
    assert checked.code in (0, 1), checked.stderr
    assert len(json.loads(checked.stdout)["verdicts"]) > 5


@pytest.mark.parametrize(
    ("fmt", "opening"), [("markdown", "# Where the sources disagree"), ("json", "{")]
)
def test_draft_prints_the_disagreement_report(fmt: str, opening: str) -> None:
    result = call("draft", *SEEDS, "--format", fmt)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(opening)
    assert "Vladimit" in result.stdout


def test_draft_json_report_lists_what_each_source_says() -> None:
    facts = json.loads(call("draft", *SEEDS, "--format", "json").stdout)["facts"]
    killed = next(fact for fact in facts if fact["id"] == "killed")
    assert killed["value"] == 3 and killed["stated_by"] == 4
    assert [s["said"] for s in killed["statements"]] == ["3", "3", "3", "3", "not stated"]


def test_draft_refuses_to_overwrite_a_source() -> None:
    assert_bad_input(call("draft", *SEEDS, "--output", SEED_000), "refusing to overwrite an input")


def test_draft_refuses_min_sources_below_1() -> None:
    assert_bad_input(call("draft", *SEEDS, "--min-sources", "0"), "--min-sources must be 1 or more")


def test_draft_of_a_missing_source_is_bad_input(tmp_path: Path) -> None:
    assert_bad_input(call("draft", str(tmp_path / "none.txt")), "none.txt")


def test_schema_prints_the_json_schema_of_expectation_files() -> None:
    result = call("schema")
    assert result.code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "facts" in schema["properties"]


def test_the_readme_quick_start_works_as_written(tmp_path: Path) -> None:
    """Each `$` line of the README's quick start, run by a shell in a folder with the seeds:
    draft, schema and validate exit 0, check exits 1 (the seeds contradict some facts)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quick start", 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    commands = [
        line[2:].split("  #", 1)[0].strip() for line in block.splitlines() if line.startswith("$ ")
    ]
    assert [command.split()[1] for command in commands] == ["draft", "schema", "validate", "check"]
    (tmp_path / "seeds").mkdir()
    for seed in SEEDS:
        (tmp_path / "seeds" / Path(seed).name).write_bytes(Path(seed).read_bytes())
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    codes = [
        subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env={**os.environ, "PATH": path},
            check=False,
            capture_output=True,
        ).returncode
        for command in commands
    ]
    assert codes == [0, 0, 0, 1]
    assert json.loads((tmp_path / "expectations.schema.json").read_text())["properties"]["facts"]


def test_draft_of_one_jsonl_file_names_the_file_not_a_glob(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": "Five people were killed in the blast.\n"} for i in range(2)]
    story = tmp_path / "story.jsonl"
    story.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = call("draft", str(story), "--output", str(tmp_path / "draft.yaml"))
    assert result.code == 0, result.stderr
    assert "sources: [story.jsonl]\n" in (tmp_path / "draft.yaml").read_text(encoding="utf-8")
    assert call("check", str(tmp_path / "draft.yaml")).code == 0


def test_write_atomic_escapes_a_lone_surrogate_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    write_atomic(path, "Three \ud800 killed")
    assert path.read_bytes() == b"Three \\ud800 killed"
