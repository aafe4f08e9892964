"""The command line: ``factcheck check`` and ``factcheck validate``.

:func:`run` does the work and returns the exit code; :func:`main` only exits with it. The
heavy modules (loader, engine, renderers) are imported inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from factcheck.errors import FactcheckError, Problem, UsageError
from factcheck.model import Status

if TYPE_CHECKING:
    from factcheck.model import Expectations, Report, Source

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

# Kept here, not imported from factcheck.render, so that building the parser imports nothing heavy.
FORMAT_CHOICES = ("table", "markdown", "csv", "json")
FAIL_ON_CHOICES = ("contradiction", "omission")

EPILOG = """\
exit codes:
  0    nothing fails the --fail-on policy (or: every expectation file is valid)
  1    a verdict fails the policy (default: any contradiction)
  2    bad input or usage: unreadable or invalid files, unknown options
  130  interrupted (Ctrl-C)
  141  stdout was closed early (a broken pipe, e.g. `| head`)
"""


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check source texts against the facts an expectation file declares.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="check sources against an expectation file and print the report",
        description="Give one verdict per fact and source: match, omission or contradiction.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    check.add_argument("expectations", metavar="EXPECTATIONS", help="the expectation YAML file")
    check.add_argument(
        "sources",
        metavar="SOURCES",
        nargs="*",
        help="source files (default: the file's `sources` globs, relative to it)",
    )
    check.add_argument(
        "-f",
        "--format",
        choices=FORMAT_CHOICES,
        help="report format (default: from the --output extension, else table)",
    )
    check.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the report to FILE atomically (.txt, .md, .csv, .json) instead of stdout",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="contradiction",
        help="exit 1 on any contradiction (default), or on any omission or contradiction",
    )

    validate = commands.add_parser(
        "validate",
        help="check expectation files for problems without reading any source",
        description="Load each expectation file and report every problem found in all of them.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    validate.add_argument("files", metavar="EXPECTATIONS", nargs="+", help="expectation YAML files")
    return parser


def run(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO) -> int:
    """Run one command line; return the exit code. Bad input is reported, never raised."""
    try:
        args = _parse(argv, stdout, stderr)
        if isinstance(args, int):
            return args
        if args.command == "validate":
            return _validate(args.files, stdout, stderr)
        return _check(args, stdout)
    except FactcheckError as error:
        _report_problems(_problems_of(error, "factcheck"), stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_further_output(stdout)
        return EXIT_BROKEN_PIPE


def main() -> None:
    sys.exit(run(sys.argv[1:], sys.stdout, sys.stderr))


def _parse(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO) -> argparse.Namespace | int:
    """The parsed arguments, or the exit code when argparse stops (``--help``, usage errors)."""
    parser = build_parser()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            return parser.parse_args(argv)
        except SystemExit as stop:
            return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT


# --- validate ---------------------------------------------------------------------------------


def _validate(paths: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    from factcheck.loader import load

    problems: list[Problem] = []
    for path in paths:
        try:
            expectations = load(path)
        except FactcheckError as error:
            problems.extend(_problems_of(error, path))
            continue
        print(f"ok: {path} ({_counted(len(expectations.facts), 'fact')})", file=stdout)
    stdout.flush()
    if problems:
        _report_problems(problems, stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


# --- check ------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, stdout: TextIO) -> int:
    from factcheck.engine import check
    from factcheck.render import render

    fmt = _chosen_format(args.format, args.output)
    expectations, sources = _read_inputs(args.expectations, args.sources)
    report = check(expectations, sources)
    if not report.verdicts:
        raise UsageError([Problem(path=args.expectations, message="nothing was checked")])
    if args.output:
        _write_report(args.output, render(report, fmt))
        print(f"{_summary(report)}; {fmt} report written to {args.output}", file=stdout)
    else:
        _print_report(report, fmt, stdout)
    stdout.flush()
    return EXIT_FAILED if _fails(report, args.fail_on) else EXIT_OK


def _chosen_format(fmt: str | None, output: str | None) -> str:
    from factcheck.render import EXTENSIONS, format_for_path

    if fmt is not None:
        return fmt
    if output is None:
        return "table"
    inferred = format_for_path(output)
    if inferred is None:
        known = ", ".join(EXTENSIONS)
        message = f"cannot tell the report format from the file name (known: {known}); use --format"
        raise UsageError([Problem(path=output, message=message)])
    return inferred


def _read_inputs(
    expectations_path: str, source_paths: Sequence[str]
) -> tuple[Expectations, tuple[Source, ...]]:
    """The expectations and the sources, or one error with the problems of both at once."""
    from factcheck.loader import load
    from factcheck.sources import default_sources, read_sources

    problems: list[Problem] = []
    expectations: Expectations | None = None
    sources: tuple[Source, ...] = ()
    try:
        expectations = load(expectations_path)
    except FactcheckError as error:
        problems.extend(_problems_of(error, expectations_path))
    try:
        if source_paths:
            sources = read_sources(source_paths)
        elif expectations is not None:
            sources = read_sources(default_sources(expectations))
    except FactcheckError as error:
        problems.extend(_problems_of(error, expectations_path))
    if problems or expectations is None:
        raise FactcheckError(problems)
    return expectations, sources


def _write_report(path: str, text: str) -> None:
    from factcheck.output import write_atomic

    try:
        write_atomic(path, text)
    except OSError as error:
        message = f"cannot write the report: {error.strerror or error}"
        raise UsageError([Problem(path=path, message=message)]) from error


def _print_report(report: Report, fmt: str, stdout: TextIO) -> None:
    """Write the report; in plain ASCII when the stream cannot encode the symbols or the text."""
    from factcheck.render import render

    text = render(report, fmt)
    if not _encodable(text, stdout):
        text = render(report, fmt, ascii_only=True)
    stdout.write(text)


def _encodable(text: str, stream: TextIO) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _fails(report: Report, fail_on: str) -> bool:
    counts = report.counts()
    if counts[Status.CONTRADICTION]:
        return True
    return fail_on == "omission" and counts[Status.OMISSION] > 0


def _summary(report: Report) -> str:
    from factcheck.render.table import summary_line

    return summary_line(report)


# --- the edge ---------------------------------------------------------------------------------


def _problems_of(error: FactcheckError, path: str) -> tuple[Problem, ...]:
    """The error's problems; one made from its message when it carries none."""
    if error.problems:
        return error.problems
    return (Problem(path=path, message=str(error) or type(error).__name__),)


def _report_problems(problems: Sequence[Problem], stderr: TextIO) -> None:
    for problem in problems:
        print(problem, file=stderr)
    print(f"factcheck: {_counted(len(problems), 'problem')}", file=stderr)


def _counted(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _discard_further_output(stream: TextIO) -> None:
    """After a closed pipe, point the stream's descriptor at devnull so the exit flush is quiet."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
