"""factcheck: check news sources against declared facts, with evidence.

The public API, imported lazily so that ``import factcheck`` (and so ``factcheck --help`` and
the pytest plugin's start-up) costs next to nothing. This module never imports pytest.

    from factcheck import load, read_sources, default_sources, check
    expectations = load("expectations/albab-airstrike.yaml")
    report = check(expectations, read_sources(default_sources(expectations)))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "factcheck.loader",
    "loads": "factcheck.loader",
    "read_source": "factcheck.sources",
    "read_sources": "factcheck.sources",
    "default_sources": "factcheck.sources",
    "source_from_text": "factcheck.sources",
    "check": "factcheck.engine",
    "render": "factcheck.render",
    "Status": "factcheck.model",
    "Stance": "factcheck.model",
    "Fact": "factcheck.model",
    "Expectations": "factcheck.model",
    "Source": "factcheck.model",
    "Evidence": "factcheck.model",
    "Verdict": "factcheck.model",
    "Report": "factcheck.model",
    "FactcheckError": "factcheck.errors",
    "ExpectationError": "factcheck.errors",
    "SourceError": "factcheck.errors",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from factcheck.engine import check
    from factcheck.errors import ExpectationError, FactcheckError, SourceError
    from factcheck.loader import load, loads
    from factcheck.model import (
        Evidence,
        Expectations,
        Fact,
        Report,
        Source,
        Stance,
        Status,
        Verdict,
    )
    from factcheck.render import render
    from factcheck.sources import default_sources, read_source, read_sources, source_from_text


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
