"""Shared fixtures: the seeds, their expectation file, and a one-fact checker for sentences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from factcheck.engine import check
from factcheck.loader import load
from factcheck.match import FileChecker
from factcheck.match.document import Document
from factcheck.model import Expectations, Report, Source, Verdict
from factcheck.sources import default_sources, read_sources, source_from_text

# Property tests check behaviour, never speed (benchmarks do that): no per-example deadline,
# so a loaded machine cannot turn a slow example into a failure.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_YAML = ROOT / "expectations" / "albab-airstrike.yaml"
DATA = Path(__file__).resolve().parent / "data"

CheckText = Callable[..., Verdict]


@pytest.fixture(scope="session")
def albab() -> Expectations:
    return load(str(SEEDS_YAML))


@pytest.fixture(scope="session")
def seed_sources(albab: Expectations) -> tuple[Source, ...]:
    return read_sources(default_sources(albab))


@pytest.fixture(scope="session")
def seed_report(albab: Expectations, seed_sources: tuple[Source, ...]) -> Report:
    return check(albab, seed_sources)


def text_checker(expectations: Expectations) -> CheckText:
    """``run(fact_id, text, date=None)``: the verdict of one fact of ``expectations`` on ``text``."""
    checkers = {fact.id: FileChecker([fact]) for fact in expectations.facts}

    def run(fact_id: str, text: str, date: dt.date | None = None) -> Verdict:
        source = source_from_text(text, id="sentence.txt")
        if date is not None:
            source = Source.from_text(id=source.id, text=text, date=date, date_origin="header")
        (verdict,) = checkers[fact_id](Document(source))
        return verdict

    return run


@pytest.fixture(scope="session")
def check_text(albab: Expectations) -> CheckText:
    """The verdict of one seed fact on a sentence."""
    return text_checker(albab)


@pytest.fixture(scope="session")
def check_cluster() -> Callable[[str], CheckText]:
    """``check_cluster("erie-electric-bill")("bill", text)``: a fact of a shipped file."""
    cache: dict[str, CheckText] = {}

    def for_file(name: str) -> CheckText:
        if name not in cache:
            cache[name] = text_checker(load(str(ROOT / "expectations" / f"{name}.yaml")))
        return cache[name]

    return for_file


def check_fact(
    fact: str, text: str, date: dt.date | None = None, event: str = "2017-02-09"
) -> Verdict:
    """The verdict of one fact, written as the YAML of one ``facts`` entry, on ``text``: for the
    general rules, tried on facts and sentences of any story."""
    from factcheck.loader import loads

    indented = "\n".join("    " + line for line in fact.strip().splitlines())
    expectations = loads(f"event: test\ndate: {event}\nfacts:\n  -{indented[3:]}\n")
    return text_checker(expectations)(expectations.facts[0].id, text, date)
