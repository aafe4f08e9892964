"""A small information extractor made of plain regular expressions, to check with factcheck.

For each article it extracts the count of killed and wounded, the date of the strike, the
Kremlin spokesman and the cause, each with the span of the words it came from:

    python examples/regex_extractor.py seeds/*.txt > outputs.jsonl
    factcheck extract expectations/albab-airstrike.yaml outputs.jsonl

Each line of the output is ``{"source": PATH, "killed": {"value": "three", "start": 120,
"end": 125}, ...}``; a fact it finds nothing for is left out (an omission). ``PATTERNS`` maps
each fact to its patterns, tried in order; the first match wins.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence

_COUNT = r"(?P<value>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_NAME = r"(?P<value>[A-Z][a-z]+ [A-Z][a-z]+)"

PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "killed": (
        re.compile(rf"(?i:death of|kills) {_COUNT} (?:\w+ )?(?:soldiers|troops)"),
        re.compile(rf"(?i){_COUNT} (?:\w+ ){{0,2}}(?:soldiers|troops) were \W?(?:\w+\W? )?killed"),
    ),
    "wounded": (re.compile(rf"(?i){_COUNT} (?:\w+ ){{0,3}}(?:wounded|injured)"),),
    "date": (
        re.compile(rf"(?P<value>(?:{_WEEKDAY},? )?{_MONTH} \d{{1,2}}\b(?:, \d{{4}})?)"),
        re.compile(rf"(?i:on) (?P<value>{_WEEKDAY})"),
    ),
    "spokesman": (
        re.compile(rf"(?:Kremlin|Putin.s) spokesman,? {_NAME}"),
        re.compile(rf"{_NAME}, the Kremlin spokesman"),
    ),
    "cause": (
        re.compile(
            r"(?P<value>lack of coordination|lack of agreement of coordinates|incoordination"
            r"|coordination error|poor coordination|wrong coordinates)"
        ),
    ),
}

Extracted = dict[str, dict[str, object]]


def extract(text: str, patterns: Mapping[str, Sequence[re.Pattern[str]]] = PATTERNS) -> Extracted:
    """Fact id -> ``{"value", "start", "end"}`` for every fact one of its patterns finds."""
    found: Extracted = {}
    for fact, candidates in patterns.items():
        matches = [m for m in (p.search(text) for p in candidates) if m is not None]
        if matches:
            first = matches[0]
            start, end = first.span("value")
            found[fact] = {"value": first["value"], "start": start, "end": end}
    return found


def main(paths: Sequence[str]) -> None:
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            record = {"source": path, **extract(handle.read())}
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
