"""The example extractor (examples/regex_extractor.py) checked against the seeds, and a broken
"v2" of it caught by a baseline, then accepted with the update option."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from factcheck.cli import run
from factcheck.extraction.baseline import compare, describe, load_baseline, save_baseline, table_of
from factcheck.extraction.verdicts import check_extraction
from factcheck.model import Expectations, Report, Source, Stance, Status

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "examples" / "regex_extractor.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regex_extractor", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


extractor = load_example()
# v2 "simplifies" the wounded pattern: "11 wounded" still works, "11 other soldiers were
# wounded" (000) and "11 injured" (003) no longer do.
V2_PATTERNS = {**extractor.PATTERNS, "wounded": (re.compile(r"(?P<value>\d+) wounded"),)}


def run_extractor(
    sources: tuple[Source, ...], patterns: object = extractor.PATTERNS
) -> dict[str, dict[str, object]]:
    return {source.id: extractor.extract(source.text, patterns) for source in sources}


@pytest.fixture(scope="module")
def v1_report(albab: Expectations, seed_sources: tuple[Source, ...]) -> Report:
    return check_extraction(albab, run_extractor(seed_sources), seed_sources)


def test_extractor_gives_values_with_spans_into_the_text(seed_sources: tuple[Source, ...]) -> None:
    text = seed_sources[1].text  # 001: "kills 3 Turkish troops", "Kremlin spokesman Dmitry Peskov"
    found = extractor.extract(text)
    for fact, value in [("killed", "3"), ("wounded", "11"), ("spokesman", "Dmitry Peskov")]:
        assert found[fact]["value"] == value
        assert text[found[fact]["start"] : found[fact]["end"]] == value
    assert found["cause"]["value"] == "lack of agreement of coordinates"


def test_extractor_outputs_get_verdicts_with_span_evidence(v1_report: Report) -> None:
    cells = v1_report.cells()
    seeds = [source.id for source in v1_report.sources]
    assert [cells[("killed", s)].status for s in seeds] == [Status.MATCH] * 4 + [Status.OMISSION]
    cause = cells[("cause", seeds[4])]
    assert (cause.status, cause.reason) == (Status.CONTRADICTION, "variant")
    assert [(e.text, e.line, e.stance) for e in cause.evidence] == [
        ("wrong coordinates", 8, Stance.CONFLICTS)
    ]


def test_extractor_mistakes_show_as_contradictions_with_the_words(v1_report: Report) -> None:
    """The photo caption's "January 9, 2017" in 004 is not the strike's date."""
    date = v1_report.cells()[("date", v1_report.sources[4].id)]
    assert (date.status, date.found) == (Status.CONTRADICTION, "2017-01-09")
    assert date.evidence[0].text == "January 9, 2017"


def test_broken_wounded_pattern_in_v2_is_caught_by_the_baseline(
    tmp_path: Path,
    albab: Expectations,
    seed_sources: tuple[Source, ...],
    v1_report: Report,
) -> None:
    save_baseline(tmp_path / "baseline.json", {"albab": table_of(v1_report)})
    v2_report = check_extraction(albab, run_extractor(seed_sources, V2_PATTERNS), seed_sources)
    baseline = load_baseline(tmp_path / "baseline.json")["albab"]
    comparison = compare(baseline, table_of(v2_report))
    assert [(c.fact, c.source) for c in comparison.regressions] == [
        ("wounded", seed_sources[0].id),
        ("wounded", seed_sources[3].id),
    ]
    assert comparison.failed
    lines = describe(comparison, "albab")
    assert lines[0] == "baseline albab: 2 regressed, 0 improved, 0 changed, 0 new, 48 unchanged"
    assert (
        f"    wounded @ {seed_sources[3].id}: match (stated, found 11) -> omission (not-stated)"
        in lines
    )


def call(*argv: str) -> tuple[int, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(list(argv), stdout, stderr)
    return code, stdout.getvalue() + stderr.getvalue()


def write_outputs(path: Path, sources: tuple[Source, ...], patterns: object) -> str:
    lines = [json.dumps({"source": s.id, **extractor.extract(s.text, patterns)}) for s in sources]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_v2_regression_fails_the_command_then_update_accepts_it(
    tmp_path: Path, seed_sources: tuple[Source, ...]
) -> None:
    expectations = str(ROOT / "expectations" / "albab-airstrike.yaml")
    baseline = str(tmp_path / "baseline.json")
    v1 = write_outputs(tmp_path / "v1.jsonl", seed_sources, extractor.PATTERNS)
    v2 = write_outputs(tmp_path / "v2.jsonl", seed_sources, V2_PATTERNS)

    assert call("extract", expectations, v1, "--baseline", baseline, "--update-baseline")[0] == 0
    assert call("extract", expectations, v1, "--baseline", baseline)[0] == 0
    code, text = call("extract", expectations, v2, "--baseline", baseline)
    assert code == 1
    assert "2 regressed, 0 improved, 0 changed, 0 new, 48 unchanged" in text
    assert f"wounded @ {seed_sources[0].id}: match (stated, found 11) -> omission" in text
    assert call("extract", expectations, v2, "--baseline", baseline, "--update-baseline")[0] == 0
    code, text = call("extract", expectations, v2, "--baseline", baseline)
    assert code == 0
    assert "0 regressed, 0 improved, 0 changed, 0 new, 50 unchanged" in text


def test_script_prints_one_json_line_per_source(seed_sources: tuple[Source, ...]) -> None:
    paths = [source.path for source in seed_sources]
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *paths], capture_output=True, text=True, check=True
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["source"] for record in records] == paths
    assert records[1]["killed"] == {"value": "3", "start": 61, "end": 62}


# --- judged against the articles themselves ---------------------------------------------------


def test_extractor_scores_against_the_articles_are_pinned(tmp_path: Path) -> None:
    """It reads five of the ten facts: precise, and half the recall. The photo caption's date
    in 004 is ungrounded (the article never dates the strike); "December 19" in 001 is
    another date than the article's Thursday."""
    expectations = str(ROOT / "expectations" / "albab-airstrike.yaml")
    seeds = [str(path) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    outputs = tmp_path / "v1.jsonl"
    outputs.write_text(
        "".join(
            json.dumps({"source": path, **extractor.extract(Path(path).read_text("utf-8"))}) + "\n"
            for path in seeds
        ),
        "utf-8",
    )
    code, text = call("extract", expectations, str(outputs), "--against-sources")
    assert code == 0
    assert (
        "Summary: 26 correct, 22 missed, 1 ungrounded, 1 diverged, 0 corrected; "
        "precision 0.905, recall 0.452, F1 0.603"
    ) in text
    assert "│ date                │ 004_8c3660f9c33f6905 │ ungrounded │ January 9, 2017 " in text
    assert "│ date                │ 001_2e274df0c58b4ffb │ diverged   │ December 19 " in text


def test_v2_regression_is_caught_by_the_grounded_baseline_naming_the_cells(
    tmp_path: Path, seed_sources: tuple[Source, ...]
) -> None:
    expectations = str(ROOT / "expectations" / "albab-airstrike.yaml")
    baseline = str(tmp_path / "grounded.json")
    v1 = write_outputs(tmp_path / "v1.jsonl", seed_sources, extractor.PATTERNS)
    v2 = write_outputs(tmp_path / "v2.jsonl", seed_sources, V2_PATTERNS)
    grounded = ("--against-sources", "--baseline", baseline)
    assert call("extract", expectations, v1, *grounded, "--update-baseline")[0] == 0
    code, text = call("extract", expectations, v2, *grounded)
    assert code == 1
    assert "2 regressed, 0 improved, 0 changed, 0 new, 48 unchanged" in text
    for source in (seed_sources[0].id, seed_sources[3].id):
        assert (
            f"    wounded @ {source}: correct (match, stated, found 11) -> "
            "missed (omission, not-stated)"
        ) in text


# --- the workflow of docs/extractors.md, run as written ----------------------------------------


def workflow_block() -> str:
    """The first ``sh`` block under "Judging an extractor against its articles"."""
    page = (ROOT / "docs" / "extractors.md").read_text("utf-8")
    section = page.split("## Judging an extractor against its articles", 1)[1]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def test_docs_workflow_runs_as_written_in_under_20_lines(tmp_path: Path) -> None:
    block = workflow_block()
    assert len(block.splitlines()) < 20
    for part in ("examples", "seeds", "expectations"):
        shutil.copytree(ROOT / part, tmp_path / part)
    erie = "tests/data/corpora/erie-284-billion-electric-bill-2017"
    shutil.copytree(ROOT / erie, tmp_path / erie)
    bin_dir = Path(sys.executable).parent
    script = block.replace(".venv/bin/", f"{bin_dir}/")
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 regressed, 0 improved, 0 changed, 0 new, 60 unchanged" in result.stdout
    assert "## Scores" in (tmp_path / "grounding.md").read_text("utf-8")
