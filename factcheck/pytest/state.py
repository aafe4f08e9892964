"""The pytest plugin's shared state: the run's record in ``config.stash`` and the keys and
constants that the entry point (:mod:`factcheck.plugin`), the items (:mod:`factcheck.pytest.items`)
and the reporting (:mod:`factcheck.pytest.report`) all use. The others import this module; it
imports none of them, so data flows one way: state <- items <- report, and the entry point on top.

Imports only the standard library and pytest: every pytest run with factcheck installed loads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from factcheck.extraction.baseline import Tables
    from factcheck.model import Expectations, Report, Source, Verdict

OMISSION_POLICIES = ("fail", "skip", "pass")
TABLE_CHOICES = ("auto", "always", "never")
FILE_SUFFIX = ".facts.yaml"
PAYLOAD = "factcheck"  # the key of the verdicts in an xdist worker's output


@dataclass(kw_only=True)
class Run:
    """What one pytest process knows about the factcheck cells of the session."""

    omissions: str
    table: str = "auto"  # the end-of-run table: auto (a summary line under -q), always, never
    report_path: str | None
    baseline_path: str | None
    update_baseline: bool
    baseline: Tables = field(default_factory=dict)
    listed: frozenset[Path] | None = None  # the factcheck_files globs, expanded on first use
    files: dict[str, Path] = field(default_factory=dict)  # table name -> expectation file
    loaded: dict[str, tuple[Expectations, tuple[Source, ...]]] = field(default_factory=dict)
    cells: dict[str, dict[tuple[str, str], Verdict]] = field(default_factory=dict)  # ran cells
    reports: list[tuple[str, Report]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


RUN = pytest.StashKey[Run]()
