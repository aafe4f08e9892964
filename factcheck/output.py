"""Writing reports and baselines without losing anything that was there.

- A regular file (or a new one) is written atomically: readers see the old file or the new
  one, never half of either.
- A symbolic link is written through: its target gets the new text, the link stays a link.
- A device or a FIFO (``/dev/null``, ``/dev/full``, a named pipe) is written in place, never
  renamed over; a FIFO nobody reads is refused at once instead of waiting for a reader.
- Text the encoding cannot carry (a lone surrogate from a JSON source) is written as a
  ``\\udxxx`` escape rather than failing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile

ERRORS = "backslashreplace"  # a lone surrogate becomes "\ud800": visible, nothing lost


def write_atomic(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` (the target of a link): atomically for a regular file, in
    place for a device or FIFO.

    A regular file is written through a temporary file in the same directory, flushed,
    fsynced and moved over ``path`` with :func:`os.replace`. On any exception,
    ``KeyboardInterrupt`` included, the temporary file is removed and ``path`` is left as it was.
    """
    target = os.path.realpath(os.fspath(path))
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = stat.S_IFREG  # a new file (or one we cannot see: replacing it says why)
    if not stat.S_ISREG(mode):
        _write_in_place(target, text, encoding)
        return
    directory = os.path.dirname(target)
    fd, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory
    )
    try:
        with os.fdopen(fd, "w", encoding=encoding, errors=ERRORS, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_directory(directory)


def _write_in_place(target: str, text: str, encoding: str) -> None:
    """Write to a device or FIFO as it is; ``ENXIO`` at once for a FIFO with no reader."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "a named pipe that nobody reads", target) from None
        raise
    os.set_blocking(fd, True)
    with os.fdopen(fd, "w", encoding=encoding, errors=ERRORS, newline="") as handle:
        handle.write(text)
        handle.flush()


def same_file(one: str, other: str) -> bool:
    """Whether two paths name one existing file (through links, ``./`` and the like)."""
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


def _mode_for(target: str) -> int:
    """Keep an existing file's permissions; give a new one what ``open()`` would (0o666 - umask)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(directory: str) -> None:
    """Make the rename durable where the platform allows opening a directory (POSIX)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
