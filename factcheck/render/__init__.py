"""Renderers: one module per format, each a pure ``Report -> str``; a registry name -> function."""

from __future__ import annotations

import os
import sys
import types
from typing import Protocol

from factcheck.model import Report
from factcheck.render.csv import render_csv
from factcheck.render.html import render_html
from factcheck.render.json import render_json
from factcheck.render.jsonl import render_jsonl
from factcheck.render.markdown import render_markdown
from factcheck.render.terminal import render_terminal


class Renderer(Protocol):
    def __call__(self, report: Report, *, ascii_only: bool = False) -> str: ...


RENDERERS: dict[str, Renderer] = {
    "table": render_terminal,
    "markdown": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "jsonl": render_jsonl,
    "html": render_html,
}

FORMATS: tuple[str, ...] = tuple(RENDERERS)

EXTENSIONS: dict[str, str] = {
    ".txt": "table",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".html": "html",
    ".htm": "html",
}


def render(report: Report, fmt: str = "table", *, ascii_only: bool = False) -> str:
    """``report`` in format ``fmt`` (one of :data:`FORMATS`).

    ``ascii_only`` asks for output a plain-ASCII stream can take: the table and Markdown use
    ASCII marks, JSON escapes as ``\\uXXXX``, HTML writes character references. Raises
    ``ValueError`` for an unknown format.
    """
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ValueError(f"unknown format {fmt!r} (known: {known})") from None
    return renderer(report, ascii_only=ascii_only)


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format a file name asks for by its extension (case-insensitive), or ``None``."""
    extension = os.path.splitext(os.fspath(path))[1].lower()
    return EXTENSIONS.get(extension)


__all__ = ["EXTENSIONS", "FORMATS", "RENDERERS", "Renderer", "format_for_path", "render"]


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`render`. ``from factcheck import render`` gives the
    function or, once this package has been imported, the package itself (Python sets a
    package's submodules as its attributes): either way ``render(report, "markdown")`` runs."""

    def __call__(self, report: Report, fmt: str = "table", *, ascii_only: bool = False) -> str:
        return render(report, fmt, ascii_only=ascii_only)


sys.modules[__name__].__class__ = _CallableModule
