r"""Speed, memory and scaling of factcheck on the bulk corpus. Prints figures; asserts nothing.

    python benchmarks/run.py                    # 1x, 2x and 4x the corpus, every shipped file
    python benchmarks/run.py --scales 1 --jobs 2
    python benchmarks/run.py --expectations expectations/albab-airstrike.yaml  # one file

Each scale runs in a fresh process (so peak memory is that run's own), the scales in turn,
``--repeat`` times (3 by default); each time is the best of those runs, as noise on a shared
machine only ever adds time:
- the harness: every article, streamed from the JSONL files, checked against every shipped
  expectation file (``expectations/*.yaml``) - articles/s, MB/s, peak memory;
- the floor: one pass of one compiled regular expression of all the cue words, aliases, names
  and phrases of the same files over the same text - the cost of reading the text once;
- the ratio of the two.
Then the scaling on hostile text: one article of repeated claim phrases, of repeated near-miss
names, one endless sentence of counts, dates, scope and motive words, one endless clause of
counts, dates and place names, of words that a
backtracking engine would take forever on with the patterns
``said (\w+\s?)+!`` and ``(a+)+$``, and one huge article made of the corpus' articles joined;
each at a base size and at 8x it, in fresh processes, with the growth of the time (the target:
8x the text within 10x the time). Then the start-up costs: ``factcheck --help``, a pytest run
that does not use the plugin, and ``python -X importtime -c "import factcheck.plugin"``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bulk"


def texts(corpus: Path, scale: int) -> Iterator[tuple[str, str]]:
    """(id, text) of every article, ``scale`` times over, read line by line."""
    for copy in range(scale):
        for path in sorted(corpus.glob("*.jsonl")):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    record = json.loads(line)
                    yield f"{path.name}#{record['id']}#{copy}", record["text"]


def floor_pattern(files: list[Path]) -> re.Pattern[str]:
    """One alternation of every word the files ask the harness to look for."""
    from factcheck.loader import load
    from factcheck.model import ClaimSpec, DateSpec, MentionSpec, NameSpec, QuantitySpec, RoleSpec

    words: set[str] = set()
    for path in files:
        for fact in load(str(path)).facts:
            spec = fact.spec
            if isinstance(spec, QuantitySpec | DateSpec):
                words.update(spec.cues)
            elif isinstance(spec, RoleSpec):
                words.update((spec.person, *spec.person_aliases, spec.role, *spec.role_aliases))
            elif isinstance(spec, NameSpec):
                words.update((spec.value, *spec.variants))
            elif isinstance(spec, MentionSpec):
                words.update((spec.value, *spec.aliases))
            elif isinstance(spec, ClaimSpec):
                for variant in spec.variants:
                    words.update(variant.phrases)
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def measure(
    corpus: Path, scale: int, jobs: int, files: list[Path] | None = None
) -> dict[str, float]:
    """One scale, in this process: the harness, then the floor, on the same text, with
    ``files`` (every shipped expectation file by default)."""
    from factcheck.loader import load
    from factcheck.parallel import check_stream
    from factcheck.sources import source_from_text

    files = files or sorted((ROOT / "expectations").glob("*.yaml"))
    expectations = [load(str(path)) for path in files]
    characters = articles = verdicts = 0
    started = time.perf_counter()
    sources = (source_from_text(text, id=ident) for ident, text in texts(corpus, scale))
    for batch in check_stream(expectations, sources, jobs=jobs):
        for source, per_file in batch:
            articles += 1
            characters += len(source.text)
            verdicts += sum(len(found) for found in per_file)
    harness = time.perf_counter() - started
    pattern = floor_pattern(files)
    started = time.perf_counter()
    hits = sum(sum(1 for _ in pattern.finditer(text)) for _, text in texts(corpus, scale))
    floor = time.perf_counter() - started
    return {
        "scale": scale,
        "articles": articles,
        "megabytes": characters / 1e6,
        "verdicts": verdicts,
        "harness_s": harness,
        "floor_s": floor,
        "floor_hits": hits,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


HOSTILE_YAML = r"""
event: hostile patterns
facts:
  - id: pattern
    kind: claim
    value: quiet
    variants:
      quiet: {phrases: [said nothing]}
      loud: {patterns: ['said (\w+\s?)+!', '(a+)+$']}
"""
CLAIM_PHRASE = "the coordinates were provided by the Turkish army, a lack of coordination. "
NEAR_NAMES = "General Hulusi Akkar and Gereal Hulusi Akar met Dmitri Peskow in Al-Baab. "
# one endless sentence of cues, counts, dates, scope and motive words, with no full stop: every
# count and date asks its sentence where its clause starts and what stands near it
COUNTS_RUN = (
    "in retaliation for strikes in July 2012 that killed 30 people and since March 10 soldiers "
    "were killed on Monday and the toll from the bombing rose to 6 and a pair of passengers who "
    "checked in but did not board "
)
# one clause without end of counts, dates and place names: each count asks of every date
TIMES_RUN = (
    "the fire in Las Vegas near the Mandalay Bay Resort and Casino on Sunday night killed 3 "
)
HOSTILE = ("claims", "names", "counts", "times", "patterns", "article")
GROWTH = 8


def hostile_text(kind: str, size: int, corpus: Path) -> str:
    """``size`` characters of one kind of hostile text."""
    if kind == "article":
        joined = "\n\n".join(text for _, text in texts(corpus, 1))
        unit = joined
    else:
        unit = {
            "claims": CLAIM_PHRASE,
            "names": NEAR_NAMES,
            "counts": COUNTS_RUN,
            "times": TIMES_RUN,
            "patterns": "said " + "word " * 40,
        }[kind]
        if kind == "patterns":
            unit += "a" * 200 + "b "
    return (unit * (size // len(unit) + 1))[:size]


def measure_hostile(corpus: Path, kind: str, size: int) -> float:
    """Seconds to check one article of ``size`` characters of ``kind`` (in this process)."""
    from factcheck.engine import check
    from factcheck.loader import load, loads
    from factcheck.sources import source_from_text

    if kind == "patterns":
        files = [loads(HOSTILE_YAML, "hostile.yaml")]
    else:
        files = [load(str(path)) for path in sorted((ROOT / "expectations").glob("*.yaml"))]
    source = source_from_text(hostile_text(kind, size, corpus), id=f"{kind}.txt")
    started = time.perf_counter()
    for expectations in files:
        check(expectations, [source])
    return time.perf_counter() - started


def hostile_scaling(corpus: Path, base_mb: float, repeat: int) -> None:
    """Print the time of each kind of hostile text at ``base_mb`` and at 8x it."""
    base = int(base_mb * 1e6)
    print(f"hostile text: one article each, {base_mb:g} MB and {GROWTH}x it; best of {repeat}")
    print(f"{'kind':>9} {'MB':>6} {'s':>7} {'MB':>6} {'s':>7} {'growth':>7}")
    for kind in HOSTILE:
        seconds = []
        for size in (base, base * GROWTH):
            runs = []
            for _ in range(max(1, repeat)):
                command = [sys.executable, __file__, "--hostile", kind, str(size)]
                command += ["--corpus", str(corpus)]
                done = subprocess.run(command, check=True, capture_output=True, text=True)
                runs.append(float(done.stdout))
            seconds.append(min(runs))
        growth = seconds[1] / seconds[0]
        print(
            f"{kind:>9} {base / 1e6:>6.2f} {seconds[0]:>7.2f} {base * GROWTH / 1e6:>6.2f} "
            f"{seconds[1]:>7.2f} {growth:>6.1f}x"
        )
    print(f"(target: {GROWTH}x the text within {GROWTH + 2}x the time, on every kind)")


def startup_ms(command: list[str], runs: int = 7) -> float:
    """The median wall time of ``command``, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True, cwd=ROOT)
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)[len(times) // 2]


def plugin_startup_ms(runs: int = 21) -> float:
    """What the plugin adds to a pytest run that does not use it: medians of interleaved runs
    with and without it. Another plugin's start-up (hypothesis, hundreds of ms) is turned off in
    both, so its variation does not drown the difference measured."""
    bare = str(ROOT / "benchmarks" / "startup_suite")
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    pytest += ["-p", "no:hypothesispytest", bare]
    with_plugin, without = [], []
    for _ in range(runs):
        with_plugin.append(startup_ms(pytest, runs=1))
        without.append(startup_ms([*pytest, "-p", "no:factcheck"], runs=1))
    return sorted(with_plugin)[runs // 2] - sorted(without)[runs // 2]


def plugin_import_ms(runs: int = 7) -> tuple[float, float]:
    """``python -X importtime -c "import factcheck.plugin"``, medians in milliseconds: the
    factcheck modules' own import time, and the whole import (pytest and what it loads too)."""
    own, whole = [], []
    for _ in range(runs):
        command = [sys.executable, "-X", "importtime", "-c", "import factcheck.plugin"]
        done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        own_us = whole_us = 0
        for line in done.stderr.splitlines():
            parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
            if len(parts) != 3 or not parts[0].isdigit():
                continue
            self_us, cumulative_us, name = int(parts[0]), int(parts[1]), parts[2]
            if name.startswith("factcheck"):
                own_us += self_us
            if name == "factcheck.plugin":
                whole_us = cumulative_us
        own.append(own_us / 1000)
        whole.append(whole_us / 1000)
    return sorted(own)[runs // 2], sorted(whole)[runs // 2]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of *.jsonl articles"
    )
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the harness")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per scale; each time is the best of them"
    )
    parser.add_argument(
        "--hostile-mb", type=float, default=0.25, help="base size of the hostile articles (MB)"
    )
    parser.add_argument(
        "--expectations",
        type=Path,
        nargs="+",
        help="the expectation files to check against (default: every file in expectations/)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single scale, in-process
    parser.add_argument("--hostile", nargs=2, help=argparse.SUPPRESS)  # one hostile run
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.corpus, args.one, args.jobs, args.expectations)))
        return 0
    if args.hostile is not None:
        print(measure_hostile(args.corpus, args.hostile[0], int(args.hostile[1])))
        return 0
    if not args.corpus.is_dir():
        print(f"benchmarks: no corpus at {args.corpus} (give --corpus DIR)", file=sys.stderr)
        return 2
    runs: dict[int, list[dict[str, float]]] = {scale: [] for scale in args.scales}
    for _ in range(max(1, args.repeat)):  # the scales in turn, so a slow spell hits all alike
        for scale in args.scales:
            command = [sys.executable, __file__, "--one", str(scale), "--jobs", str(args.jobs)]
            command += ["--corpus", str(args.corpus)]
            if args.expectations:
                command += ["--expectations", *(str(path.resolve()) for path in args.expectations)]
            done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
            runs[scale].append(json.loads(done.stdout))
    rows = []
    for measured in runs.values():
        best = dict(measured[0])
        best["harness_s"] = min(run["harness_s"] for run in measured)
        best["floor_s"] = min(run["floor_s"] for run in measured)
        best["peak_mb"] = max(run["peak_mb"] for run in measured)
        rows.append(best)
    files = len(list(args.corpus.glob("*.jsonl")))
    checked = len(args.expectations or list((ROOT / "expectations").glob("*.yaml")))
    print(
        f"corpus: {args.corpus} ({files} files); expectation files: {checked}; jobs: {args.jobs}; "
        f"best of {args.repeat} runs"
    )
    columns = (
        "scale",
        "articles",
        "MB",
        "harness s",
        "art/s",
        "MB/s",
        "floor s",
        "ratio",
        "peak MB",
    )
    widths = (6, 8, 6, 9, 7, 6, 7, 6, 7)
    print(" ".join(f"{name:>{width}}" for name, width in zip(columns, widths, strict=True)))
    for row in rows:
        seconds = row["harness_s"]
        cells = (
            f"{row['scale']}x",
            row["articles"],
            f"{row['megabytes']:.2f}",
            f"{seconds:.2f}",
            f"{row['articles'] / seconds:.0f}",
            f"{row['megabytes'] / seconds:.2f}",
            f"{row['floor_s']:.2f}",
            f"{seconds / row['floor_s']:.2f}",
            f"{row['peak_mb']:.0f}",
        )
        print(" ".join(f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True)))
    by_scale = {row["scale"]: row for row in rows}
    if 1 in by_scale and 4 in by_scale:
        growth = by_scale[4]["harness_s"] / by_scale[1]["harness_s"]
        print(f"scaling: 4x the corpus took {growth:.2f}x the time (target: at most 4.4x)")
    if args.hostile_mb > 0:
        hostile_scaling(args.corpus, args.hostile_mb, min(args.repeat, 2))
    help_ms = startup_ms([sys.executable, "-m", "factcheck", "--help"])
    added = plugin_startup_ms()
    own_ms, whole_ms = plugin_import_ms()
    print(f"factcheck --help: {help_ms:.0f} ms (target: under 150 ms)")
    print(
        f"import factcheck.plugin: {own_ms:.1f} ms in factcheck's modules, {whole_ms:.0f} ms "
        "with pytest (python -X importtime)"
    )
    print(f"pytest start-up added by the plugin: {added:.0f} ms (target: under 20 ms)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
