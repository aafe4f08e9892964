"""Speed of ``factcheck draft``. Prints figures; asserts nothing.

    python benchmarks/draft.py

- the five seeds, and the eight articles of the Las Vegas cluster (a story's worth);
- 300 articles of the bulk corpus, read from one JSONL file, as one "story" (the worst case: a
  corpus of unrelated stories has more candidate facts than any one story).
Each time is the best of ``--repeat`` runs (3 by default).
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from pathlib import Path

from factcheck.draft import draft
from factcheck.sources import read_sources

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpora" / "bulk" / "giveme5w1h-news-cluster.jsonl"


def best_of(repeat: int, paths: list[str]) -> tuple[float, int, int]:
    """(seconds, sources, facts proposed) of the fastest of ``repeat`` drafts, reading included."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        sources = read_sources(paths)
        story = draft(sources)
        times.append(time.perf_counter() - started)
    return min(times), len(sources), len(story.proposals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    cases = {
        "seeds": sorted(str(p) for p in (ROOT / "seeds").glob("*.txt")),
        "las-vegas (8 articles)": sorted(
            str(p) for p in (ROOT / "tests/data/corpora/las-vegas-shooting-2017").glob("*.txt")
        ),
    }
    with tempfile.TemporaryDirectory() as folder:
        if BULK.exists():
            sample = Path(folder) / "sample.jsonl"
            with open(BULK, encoding="utf-8") as lines:
                records = [json.loads(line) for line in itertools.islice(lines, args.articles)]
            sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            cases[f"bulk JSONL ({len(records)} articles)"] = [str(sample)]
        for name, paths in cases.items():
            seconds, sources, facts = best_of(args.repeat, paths)
            print(f"{name:28} {sources:4} sources  {facts:4} facts proposed  {seconds:7.3f} s")


if __name__ == "__main__":
    main()
