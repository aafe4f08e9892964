"""Opening and decoding input files, with one clear problem per failure.

Every reader (expectation, annotation, outputs and source files) goes through here, so a
missing file, a directory, a permission error or bytes that are not UTF-8 read the same way
everywhere: ``path: message``, or ``path:line:col: message`` for the first undecodable byte.
"""

from __future__ import annotations

from typing import IO, Any

from factcheck.errors import FactcheckError, Problem


def opened(path: str, error: type[FactcheckError], what: str, mode: str = "rb") -> IO[Any]:
    """``open(path, mode)``; failing that, ``error`` with what went wrong."""
    try:
        return open(path, mode, encoding=None if "b" in mode else "utf-8")
    except IsADirectoryError:
        raise error([Problem(path=path, message=f"is a directory, not {what}")]) from None
    except FileNotFoundError:
        raise error([Problem(path=path, message="no such file")]) from None
    except OSError as failure:
        message = f"cannot read: {failure.strerror or failure}"
        raise error([Problem(path=path, message=message)]) from None


def decode(path: str, data: bytes, error: type[FactcheckError]) -> str:
    """UTF-8 text (a leading byte-order mark dropped), or ``error`` at the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        line = data.count(b"\n", 0, failure.start) + 1
        column = failure.start - (data.rfind(b"\n", 0, failure.start) + 1) + 1
        message = f"not UTF-8: byte 0x{data[failure.start]:02x} cannot be decoded"
        raise error([Problem(path=path, line=line, column=column, message=message)]) from None


def read_bytes(path: str, error: type[FactcheckError], what: str) -> bytes:
    with opened(path, error, what) as handle:
        data: bytes = handle.read()
    return data


def read_text(path: str, error: type[FactcheckError], what: str) -> str:
    """The UTF-8 text of ``path``; any failure raises ``error`` with a clear problem."""
    return decode(path, read_bytes(path, error, what), error)
