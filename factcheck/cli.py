"""The command line: ``factcheck check``, ``validate``, ``extract``, ``accuracy``, ``draft``
and ``schema``.

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

from factcheck.arguments import build_parser
from factcheck.errors import FactcheckError, Problem, UsageError
from factcheck.model import Status

if TYPE_CHECKING:
    from factcheck.extraction.verdicts import Outputs
    from factcheck.model import Expectations, Report, Source

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def run(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO) -> int:
    """Run one command line; return the exit code. Bad input is reported, never raised."""
    try:
        args = _parse(argv, stdout, stderr)
        if isinstance(args, int):
            return args
        if args.command == "validate":
            return _validate(args.files, stdout, stderr)
        if args.command == "extract":
            return _extract(args, stdout, stderr)
        if args.command == "accuracy":
            return _accuracy(args, stdout)
        if args.command == "draft":
            return _draft(args, stdout)
        if args.command == "schema":
            return _schema(stdout)
        return _check(args, stdout, stderr)
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


def _check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from factcheck.parallel import check_report, stream_jsonl

    fmt = _chosen_format(args.format, args.output)
    expectations, sources = _read_inputs(args.expectations, args.sources)
    jobs = args.jobs or os.cpu_count() or 1
    progress = stderr if stderr.isatty() else None
    if fmt == "jsonl" and not args.output:  # stream: each verdict as soon as it is known
        statuses = stream_jsonl(expectations, sources, stdout, jobs=jobs, progress=progress)
        stdout.flush()
        if not statuses:
            raise UsageError([Problem(path=args.expectations, message="nothing was checked")])
        return EXIT_FAILED if _status_fails(statuses, args.fail_on) else EXIT_OK
    report = check_report(expectations, sources, jobs=jobs, progress=progress)
    if not report.verdicts:
        raise UsageError([Problem(path=args.expectations, message="nothing was checked")])
    _emit(report, fmt, args.output, stdout)
    return EXIT_FAILED if _fails(report, args.fail_on) else EXIT_OK


def _emit(report: Report, fmt: str, output: str | None, stdout: TextIO) -> None:
    """The report to ``output`` (atomically, with a one-line summary on stdout) or to stdout."""
    from factcheck.render import render

    if output:
        _write_report(output, render(report, fmt))
        print(f"{_summary(report)}; {fmt} report written to {output}", file=stdout)
    else:
        _print_report(report, fmt, stdout)
    stdout.flush()


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
    return _status_fails({verdict.status for verdict in report.verdicts}, fail_on)


def _status_fails(statuses: set[Status], fail_on: str) -> bool:
    failing = {Status.CONTRADICTION} | ({Status.OMISSION} if fail_on == "omission" else set())
    return bool(statuses & failing)


def _accuracy(args: argparse.Namespace, stdout: TextIO) -> int:
    from factcheck.accuracy import (
        compare_readers,
        evaluate,
        load_annotation,
        render_accuracy,
        render_readers,
    )

    first = [load_annotation(path) for path in args.annotations]
    second = [load_annotation(path) for path in args.second_reader]
    accuracy = evaluate(first)
    stdout.write(render_accuracy(accuracy))
    if second:
        stdout.write("\n== against the second reader\n" + render_accuracy(evaluate(second)))
        stdout.write("\n== the two readers\n" + render_readers(compare_readers(first, second)))
    stdout.flush()
    below = args.min_agreement is not None and accuracy.agreement() < args.min_agreement
    too_many = args.max_false_contradictions is not None and (
        len(accuracy.false_contradictions()) > args.max_false_contradictions
    )
    return EXIT_FAILED if below or too_many else EXIT_OK


def _summary(report: Report) -> str:
    from factcheck.render.table import summary_line

    return summary_line(report)


# --- draft and schema -------------------------------------------------------------------------


def _draft(args: argparse.Namespace, stdout: TextIO) -> int:
    from factcheck.draft import draft
    from factcheck.draft.write import render_json, render_markdown, render_yaml
    from factcheck.sources import read_sources

    if args.min_sources < 1:
        message = f"--min-sources must be 1 or more, got {args.min_sources}"
        raise UsageError([Problem(path="factcheck draft", message=message)])
    if args.output and any(
        os.path.abspath(args.output) == os.path.abspath(p) for p in args.sources
    ):
        message = "the output is one of the sources: refusing to overwrite an input"
        raise UsageError([Problem(path=args.output, message=message)])
    sources = read_sources(args.sources)
    base = os.path.dirname(os.path.abspath(args.output)) if args.output else os.getcwd()
    story = draft(
        sources,
        event=args.event,
        min_sources=args.min_sources,
        globs=_source_globs(args.sources, base),
    )
    renderers = {"yaml": render_yaml, "markdown": render_markdown, "json": render_json}
    text = renderers[args.format](story)
    if args.output:
        _write_report(args.output, text)
        facts = _counted(len(story.proposals), "fact")
        print(f"{args.format} draft of {facts} written to {args.output}", file=stdout)
    else:
        stdout.write(text)
    stdout.flush()
    return EXIT_OK


def _source_globs(paths: Sequence[str], base: str) -> list[str]:
    """The sources as the draft's ``sources`` key writes them, relative to the draft's folder:
    one glob (``../seeds/*.txt``) when it names exactly these files (two or more), else each
    path."""
    import glob

    relative = sorted(os.path.relpath(os.path.abspath(p), base) for p in paths)
    folders = {os.path.dirname(p) for p in relative}
    endings = {os.path.splitext(p)[1] for p in relative}
    if len(relative) > 1 and len(folders) == 1 and len(endings) == 1:
        pattern = os.path.join(folders.pop(), "*" + endings.pop())
        found = sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, pattern)))
        if found == relative:
            return [pattern]
    return relative


def _schema(stdout: TextIO) -> int:
    import importlib.resources

    resource = importlib.resources.files("factcheck") / "schema" / "expectations.schema.json"
    stdout.write(resource.read_text(encoding="utf-8"))
    stdout.flush()
    return EXIT_OK


# --- extract ----------------------------------------------------------------------------------


def _extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from factcheck.extraction.verdicts import check_extraction, texts_for, unknown_keys

    if args.update_baseline and not args.baseline:
        message = "--update-baseline needs --baseline FILE"
        raise UsageError([Problem(path="factcheck extract", message=message)])
    fmt = _chosen_format(args.format, args.output)
    expectations, outputs = _read_extraction(args.expectations, args.outputs)
    report = check_extraction(expectations, outputs, texts_for(expectations, outputs))
    ignored = unknown_keys(expectations, outputs)
    if ignored:
        print(f"factcheck: ignored keys that name no fact: {', '.join(ignored)}", file=stderr)
    _emit(report, fmt, args.output, stdout)
    if args.baseline is None:
        return EXIT_FAILED if _fails(report, args.fail_on) else EXIT_OK
    # the comparison follows a table; it goes to stderr when stdout carries a machine format
    stream = stdout if args.output or fmt == "table" else stderr
    regressed = _against_baseline(
        report, args.expectations, args.baseline, args.update_baseline, stream
    )
    return EXIT_FAILED if regressed else EXIT_OK


def _read_extraction(expectations_path: str, outputs_path: str) -> tuple[Expectations, Outputs]:
    """The expectations and the outputs, or one error with the problems of both at once."""
    from factcheck.extraction.verdicts import read_outputs
    from factcheck.loader import load

    problems: list[Problem] = []
    expectations: Expectations | None = None
    outputs: Outputs | None = None
    try:
        expectations = load(expectations_path)
    except FactcheckError as error:
        problems.extend(_problems_of(error, expectations_path))
    try:
        outputs = read_outputs(outputs_path)
    except FactcheckError as error:
        problems.extend(_problems_of(error, outputs_path))
    if problems or expectations is None or outputs is None:
        raise FactcheckError(problems)
    return expectations, outputs


def _against_baseline(
    report: Report, expectations_path: str, path: str, update: bool, stream: TextIO
) -> bool:
    """Print how the run differs from the baseline, update it if asked; whether a cell regressed."""
    from factcheck.extraction.baseline import (
        compare,
        describe,
        load_baseline,
        merged,
        save_baseline,
        table_name,
        table_of,
    )

    if not update and not os.path.exists(path):
        message = "no such baseline file (create it with --update-baseline)"
        raise UsageError([Problem(path=path, message=message)])
    old = load_baseline(path) if os.path.exists(path) else {}
    name = table_name(expectations_path)
    cells = table_of(report)
    comparison = compare(old.get(name, {}), cells)
    lines = describe(comparison, name)
    if update:
        try:
            save_baseline(path, merged(old, {name: cells}))
        except OSError as error:
            message = f"cannot write the baseline: {error.strerror or error}"
            raise UsageError([Problem(path=path, message=message)]) from error
        lines.append(f"baseline {path} updated: the cells of this run are accepted")
    print("\n".join(lines), file=stream)
    stream.flush()
    return comparison.failed and not update


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
