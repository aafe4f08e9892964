"""Colour for the terminal report: whether to use it, and the ANSI codes that give it.

``--color auto`` follows the conventions of other command-line tools: colour on a terminal, none
in a pipe or a file; a non-empty ``NO_COLOR`` turns it off (https://no-color.org), a non-empty
``FORCE_COLOR`` turns it on in a pipe (https://force-color.org); ``NO_COLOR`` wins when both are
set, as in pytest. ``--color always`` and ``--color never`` override the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

_CODES = {
    "match": "32",  # green
    "omission": "33",  # yellow
    "contradiction": "1;31",  # bold red
    "bold": "1",
}


def colour_wanted(choice: str, stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether output to ``stream`` gets colour; ``choice`` is ``auto``, ``always`` or ``never``."""
    if choice != "auto":
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str) -> str:
    """``text`` in ``style`` (``match``, ``omission``, ``contradiction``, ``bold``)."""
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m"
