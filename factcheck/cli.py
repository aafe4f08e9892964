"""The command line: ``factcheck check``, ``factcheck validate`` and ``factcheck extract``.

:func:`run` does the work and returns the exit code; :func:`main` only exits with it. The
heavy modules (loader, engine, renderers) are imported inside the commands so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from factcheck.arguments import build_parser, output_settings
from factcheck.errors import FactcheckError, Problem, UsageError
from factcheck.model import Status

if TYPE_CHECKING:
    from factcheck.extraction.baseline import Table, Tables
    from factcheck.extraction.outputs import OutputsFile
    from factcheck.model import Expectations, Report, Source

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_CRASH = 70  # an unexpected error inside factcheck: a bug, never a finding
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
DEBUG_VARIABLE = "FACTCHECK_DEBUG"  # set to 1: a crash prints its traceback too
_WRITE_FAILURES = frozenset((errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO))


def run(argv: Sequence[str] | None, stdout: TextIO, stderr: TextIO) -> int:
    """Run one command line; return the exit code. Bad input is reported, never raised."""
    try:
        args = _parse(argv, stdout, stderr)
        if isinstance(args, int):
            return args
        if args.command == "validate":
            return _validate(args.files, stdout, stderr, output_settings(args)[0])
        if args.command == "extract":
            return _extract(args, stdout, stderr)
        if args.command == "accuracy":
            return _accuracy(args, stdout)
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
    except OSError as error:
        if error.errno not in _WRITE_FAILURES:
            return _crashed(error, stderr)
        _discard_further_output(stdout)
        print(f"factcheck: cannot write the output: {error.strerror or error}", file=stderr)
        return EXIT_BAD_INPUT
    except Exception as error:
        return _crashed(error, stderr)


def _crashed(error: BaseException, stderr: TextIO) -> int:
    """One line for an unexpected error (its traceback too when ``FACTCHECK_DEBUG`` is set)."""
    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        traceback.print_exception(error, file=stderr)
    detail = f"{type(error).__name__}: {error}".splitlines()[0]
    hint = "" if os.environ.get(DEBUG_VARIABLE) else f" (run with {DEBUG_VARIABLE}=1 for details)"
    print(f"factcheck: internal error, please report it: {detail}{hint}", file=stderr)
    return EXIT_CRASH


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


def _validate(paths: Sequence[str], stdout: TextIO, stderr: TextIO, verbosity: int = 0) -> int:
    from factcheck.loader import load

    problems: list[Problem] = []
    facts = 0
    for path in paths:
        try:
            expectations = load(path)
        except FactcheckError as error:
            problems.extend(_problems_of(error, path))
            continue
        facts += len(expectations.facts)
        if verbosity >= 0:
            print(f"ok: {path} ({_counted(len(expectations.facts), 'fact')})", file=stdout)
        if verbosity >= 1:
            for fact in expectations.facts:
                print(f"  {fact.id} ({fact.kind}): {fact.expected}  [{fact.location}]", file=stdout)
    if verbosity < 0 and not problems:
        print(f"ok: {_counted(len(paths), 'file')} ({_counted(facts, 'fact')})", file=stdout)
    stdout.flush()
    if problems:
        _report_problems(problems, stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


# --- check ------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from factcheck.parallel import check_report, stream_jsonl

    verbosity, colour = _look(args, stdout)
    fmt = _chosen_format(args.format, args.output)
    expectations, sources = _read_inputs(args.expectations, args.sources)
    jobs = args.jobs or os.cpu_count() or 1
    progress = stderr if stderr.isatty() and verbosity >= 0 else None
    if fmt == "jsonl" and not args.output and verbosity >= 0:  # stream each verdict once known
        statuses = stream_jsonl(expectations, sources, stdout, jobs=jobs, progress=progress)
        stdout.flush()
        if not statuses:
            raise UsageError([Problem(path=args.expectations, message="nothing was checked")])
        return EXIT_FAILED if _status_fails(statuses, args.fail_on) else EXIT_OK
    report = check_report(expectations, sources, jobs=jobs, progress=progress)
    if not report.verdicts:
        raise UsageError([Problem(path=args.expectations, message="nothing was checked")])
    _emit(
        report,
        fmt,
        args.output,
        stdout,
        verbosity,
        colour,
        inputs=_input_paths(args.expectations, sources),
    )
    return EXIT_FAILED if _fails(report, args.fail_on) else EXIT_OK


def _look(args: argparse.Namespace, stdout: TextIO) -> tuple[int, bool]:
    """The verbosity asked for, and whether the report on ``stdout`` gets colour."""
    from factcheck.render.colour import colour_wanted

    verbosity, choice = output_settings(args)
    return verbosity, colour_wanted(choice, stdout)


def _emit(
    report: Report,
    fmt: str,
    output: str | None,
    stdout: TextIO,
    verbosity: int = 0,
    colour: bool = False,
    *,
    inputs: Sequence[str] = (),
) -> None:
    """The report to ``output`` (atomically, with a one-line summary on stdout) or to stdout;
    with ``-q`` (``verbosity`` -1), the summary line alone. An ``output`` that is one of the
    ``inputs`` is refused before anything is written."""
    from factcheck.render import render

    if output:
        _refuse_overwriting(output, inputs)
        _write_report(output, render(report, fmt))
        print(f"{_summary(report)}; {fmt} report written to {output}", file=stdout)
    elif verbosity < 0:
        print(_summary(report), file=stdout)
    else:
        _print_report(report, fmt, stdout, verbosity, colour)
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


def _input_paths(expectations_path: str, sources: Sequence[Source]) -> list[str]:
    return [expectations_path, *dict.fromkeys(source.path for source in sources)]


def _refuse_overwriting(output: str, inputs: Sequence[str]) -> None:
    from factcheck.output import same_file

    for path in inputs:
        if same_file(output, path):
            message = f"--output would overwrite the input {path}: choose another file"
            raise UsageError([Problem(path=output, message=message)])


def _write_report(path: str, text: str) -> None:
    from factcheck.output import write_atomic

    try:
        write_atomic(path, text)
    except OSError as error:
        message = f"cannot write the report: {error.strerror or error}"
        raise UsageError([Problem(path=path, message=message)]) from error


def _print_report(
    report: Report, fmt: str, stdout: TextIO, verbosity: int = 0, colour: bool = False
) -> None:
    """Write the report; in plain ASCII when the stream cannot encode the symbols or the text."""
    from factcheck.render import render
    from factcheck.render.terminal import render_terminal

    def rendered(ascii_only: bool) -> str:
        if fmt == "table":
            return render_terminal(
                report, ascii_only=ascii_only, colour=colour, verbosity=verbosity
            )
        return render(report, fmt, ascii_only=ascii_only)

    text = rendered(ascii_only=False)
    if not _encodable(text, stdout):
        text = rendered(ascii_only=True)
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
    if output_settings(args)[0] < 0:
        total, false = len(accuracy.cells), len(accuracy.false_contradictions())
        agree = sum(cell.agrees for cell in accuracy.cells)
        line = f"agreement {agree}/{total} cells ({accuracy.agreement():.1%}), "
        print(f"{line}{_counted(false, 'false contradiction')}", file=stdout)
    else:
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


# --- extract ----------------------------------------------------------------------------------


def _extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from factcheck.extraction.verdicts import (
        check_extraction,
        misplaced_span,
        texts_for,
        unknown_keys,
    )

    if args.update_baseline and not args.baseline:
        message = "--update-baseline needs --baseline FILE"
        raise UsageError([Problem(path="factcheck extract", message=message)])
    verbosity, colour = _look(args, stdout)
    thresholds = args.min_precision is not None or args.min_recall is not None
    if thresholds and not args.against_sources:
        message = "--min-precision and --min-recall need --against-sources"
        raise UsageError([Problem(path="factcheck extract", message=message)])
    fmt = _chosen_format(args.format, args.output)
    expectations, outputs = _read_extraction(args.expectations, args.outputs)
    # the baseline is read before anything is written: a bad one leaves every file as it was
    old = _old_baseline(args.baseline, args.update_baseline) if args.baseline else None
    ignored = unknown_keys(expectations, outputs.outputs)
    if ignored:
        print(f"factcheck: ignored keys that name no fact: {', '.join(ignored)}", file=stderr)
    inputs = [args.expectations, args.outputs, *([args.baseline] if args.baseline else [])]
    if args.against_sources:
        return _extract_grounded(args, fmt, expectations, outputs, old, inputs, stdout, stderr)
    texts = texts_for(expectations, outputs.outputs)
    report = check_extraction(expectations, outputs.outputs, texts, places=outputs.places)
    notes = [(v.fact, v.source, misplaced_span(v)) for v in report.verdicts]
    _note_misplaced_spans([(fact, source, note) for fact, source, note in notes if note], stderr)
    _emit(report, fmt, args.output, stdout, verbosity, colour, inputs=inputs)
    if args.baseline is None or old is None:
        return EXIT_FAILED if _fails(report, args.fail_on) else EXIT_OK
    from factcheck.extraction.baseline import table_of

    stream = _comparison_stream(args, fmt, stdout, stderr)
    regressed = _against_baseline(
        table_of(report),
        args.expectations,
        (args.baseline, old),
        args.update_baseline,
        stream,
        verbosity < 0,
    )
    return EXIT_FAILED if regressed else EXIT_OK


def _extract_grounded(
    args: argparse.Namespace,
    fmt: str,
    expectations: Expectations,
    outputs: OutputsFile,
    old: Tables | None,
    inputs: Sequence[str],
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """``extract --against-sources``: every cell classified against the text, then scored."""
    from factcheck.extraction.baseline import cell_of
    from factcheck.extraction.grounding import ground
    from factcheck.extraction.render import render_grounding, summary_line
    from factcheck.extraction.scores import score, shown_score
    from factcheck.sources import default_sources, read_sources

    if not expectations.sources:
        message = "--against-sources needs the articles: the file declares no 'sources'"
        raise UsageError([Problem(path=args.expectations, message=message)])
    sources = read_sources(default_sources(expectations))
    report = ground(expectations, outputs.outputs, sources, places=outputs.places)
    inputs = [*inputs, *dict.fromkeys(source.path for source in sources)]
    if args.output or fmt != "table":  # the table lists them itself
        misplaced = report.misplaced_spans()
        _note_misplaced_spans([(c.fact, c.source, c.span.detail) for c in misplaced], stderr)
    if args.output:
        _refuse_overwriting(args.output, inputs)
        _write_report(args.output, render_grounding(report, fmt))
        print(f"{summary_line(report)}; {fmt} report written to {args.output}", file=stdout)
    else:
        text = render_grounding(report, fmt)
        if not _encodable(text, stdout):
            text = render_grounding(report, fmt, ascii_only=True)
        stdout.write(text)
    stdout.flush()
    overall = score(report.cells).overall
    failed = False
    for name, limit, value in (
        ("precision", args.min_precision, overall.precision),
        ("recall", args.min_recall, overall.recall),
    ):
        if limit is not None and (value is None or value < limit):
            print(f"factcheck: {name} {shown_score(value)} is below {limit:g}", file=stderr)
            failed = True
    if args.baseline is not None and old is not None:
        cells = {(c.fact, c.source): cell_of(c.extracted, c.grounding.value) for c in report.cells}
        stream = _comparison_stream(args, fmt, stdout, stderr)
        failed |= _against_baseline(
            cells, args.expectations, (args.baseline, old), args.update_baseline, stream
        )
    return EXIT_FAILED if failed else EXIT_OK


def _comparison_stream(
    args: argparse.Namespace, fmt: str, stdout: TextIO, stderr: TextIO
) -> TextIO:
    """Where the baseline comparison goes: after a table, else to stderr (stdout carries a
    machine format)."""
    return stdout if args.output or fmt == "table" else stderr


def _note_misplaced_spans(found: Sequence[tuple[str, str, str]], stderr: TextIO) -> None:
    if found:
        print(f"factcheck: {_counted(len(found), 'span')} not holding the value:", file=stderr)
        for fact, source, detail in found:
            print(f"  {fact} @ {source}: {detail}", file=stderr)


def _read_extraction(expectations_path: str, outputs_path: str) -> tuple[Expectations, OutputsFile]:
    """The expectations and the outputs, or one error with the problems of both at once."""
    from factcheck.extraction.outputs import read_outputs_file
    from factcheck.loader import load

    problems: list[Problem] = []
    expectations: Expectations | None = None
    outputs: OutputsFile | None = None
    try:
        expectations = load(expectations_path)
    except FactcheckError as error:
        problems.extend(_problems_of(error, expectations_path))
    try:
        outputs = read_outputs_file(outputs_path)
    except FactcheckError as error:
        problems.extend(_problems_of(error, outputs_path))
    if problems or expectations is None or outputs is None:
        raise FactcheckError(problems)
    return expectations, outputs


def _old_baseline(path: str, update: bool) -> Tables:
    """The baseline's tables (none yet when it is to be made); a bad one raises at once."""
    from factcheck.extraction.baseline import load_baseline

    if not update and not os.path.exists(path):
        message = "no such baseline file (create it with --update-baseline)"
        raise UsageError([Problem(path=path, message=message)])
    return load_baseline(path) if os.path.exists(path) else {}


def _against_baseline(
    cells: Table,
    expectations_path: str,
    baseline: tuple[str, Tables],
    update: bool,
    stream: TextIO,
    quiet: bool = False,
) -> bool:
    """Print how the run differs from the baseline (``quiet``: the count line alone), update it
    if asked; whether it fails: a cell regressed, or most cells are new to a baseline that holds
    others (keyed otherwise)."""
    from factcheck.extraction.baseline import (
        compare,
        describe,
        find_table,
        merged,
        mostly_new,
        save_baseline,
    )

    path, old = baseline
    name, known = find_table(old, expectations_path, path)
    comparison = compare(known, cells)
    lines = describe(comparison, name)[: 1 if quiet else None]
    unknown = mostly_new(comparison, old) and not update
    if unknown:
        held = sum(len(table) for table in old.values())
        lines.append(
            f"factcheck: {len(comparison.new)} of {len(cells)} cells are new to {path}, which "
            f"holds {held}: is it keyed by another expectation file or other source ids? "
            "Accept them with --update-baseline if they really are new."
        )
    if update:
        try:
            save_baseline(path, merged(old, {name: cells}))
        except OSError as error:
            message = f"cannot write the baseline: {error.strerror or error}"
            raise UsageError([Problem(path=path, message=message)]) from error
        lines.append(f"baseline {path} updated: the cells of this run are accepted")
    print("\n".join(lines), file=stream)
    stream.flush()
    return (comparison.failed or unknown) and not update


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
