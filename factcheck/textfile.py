"""Opening and decoding input files, with one clear problem per failure.

Every reader (expectation, annotation, outputs and source files) goes through here, so a
missing file, a directory, a device, a pipe, a file too large, a permission error or bytes
that are not UTF-8 read the same way everywhere: ``path: message``, or ``path:line:col:
message`` for the first undecodable byte.

Only regular files are read: a device (``/dev/zero``) never ends and a FIFO with no writer
never opens, so both are refused before they are opened. At most :data:`MAX_FILE_BYTES` are
read from a file.
"""

from __future__ import annotations

import os
import stat
from typing import IO, Any

from factcheck.errors import FactcheckError, Problem

MAX_FILE_BYTES = 256 * 1024 * 1024  # 256 MiB: far above any article or expectation file


def _refused(path: str, message: str, error: type[FactcheckError]) -> FactcheckError:
    return error([Problem(path=path, message=message)])


def opened(path: str, error: type[FactcheckError], what: str, mode: str = "rb") -> IO[Any]:
    """``open(path, mode)`` of a regular file; failing that, ``error`` with what went wrong."""
    try:
        kind = stat.S_IFMT(os.stat(path).st_mode)  # never blocks, unlike opening a FIFO
        encoding = None if "b" in mode else "utf-8"
        handle = open(path, mode, encoding=encoding) if kind == stat.S_IFREG else None  # noqa: SIM115
    except IsADirectoryError:
        raise _refused(path, f"is a directory, not {what}", error) from None
    except FileNotFoundError:
        raise _refused(path, "no such file", error) from None
    except (OSError, ValueError) as failure:  # ValueError: a NUL byte in the path
        message = f"cannot read: {getattr(failure, 'strerror', None) or failure}"
        raise _refused(path, message, error) from None
    if kind == stat.S_IFDIR:
        raise _refused(path, f"is a directory, not {what}", error)
    if handle is None:
        raise _refused(path, f"not a regular file (a device, pipe or socket), not {what}", error)
    return handle


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
    """The bytes of the regular file ``path``; refused above :data:`MAX_FILE_BYTES`."""
    with opened(path, error, what) as handle:
        try:
            data: bytes = handle.read(MAX_FILE_BYTES + 1)
        except OSError as failure:
            message = f"cannot read: {failure.strerror or failure}"
            raise _refused(path, message, error) from None
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise _refused(
            path, f"larger than {limit} MiB, the most factcheck reads from a file", error
        )
    return data


def read_text(path: str, error: type[FactcheckError], what: str) -> str:
    """The UTF-8 text of ``path``; any failure raises ``error`` with a clear problem."""
    return decode(path, read_bytes(path, error, what), error)
