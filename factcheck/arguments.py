"""The command line's arguments: the parser of every command, and its help texts.

Kept apart from the commands and light (argparse alone) so that ``factcheck --help`` imports
nothing heavy.
"""

from __future__ import annotations

import argparse
from typing import Any

# Kept here, not imported from factcheck.render, so that building the parser imports nothing heavy.
FORMAT_CHOICES = ("table", "markdown", "csv", "json", "jsonl", "html")
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
        help="write the report to FILE atomically (.txt, .md, .csv, .json, .jsonl, .html), "
        "not stdout",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="contradiction",
        help="exit 1 on any contradiction (default), or on any omission or contradiction",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: the number of CPUs); the output is the same, in order",
    )

    validate = commands.add_parser(
        "validate",
        help="check expectation files for problems without reading any source",
        description="Load each expectation file and report every problem found in all of them.",
        epilog=EPILOG,
        formatter_class=formatter,
    )
    validate.add_argument("files", metavar="EXPECTATIONS", nargs="+", help="expectation YAML files")
    _add_extract_parser(commands, formatter)
    accuracy = commands.add_parser(
        "accuracy",
        help="compare the verdicts with hand-annotated ones: agreement, confusion, disagreements",
        description="Agreement with annotation files (format: docs/accuracy.md).",
        epilog=ACCURACY_EPILOG,
        formatter_class=formatter,
    )
    accuracy.add_argument("annotations", metavar="ANNOTATION", nargs="+", help="annotation files")
    accuracy.add_argument(
        "--min-agreement", type=float, metavar="FRACTION", help="exit 1 below this agreement"
    )
    accuracy.add_argument(
        "--max-false-contradictions", type=int, metavar="N", help="exit 1 above this many"
    )
    accuracy.add_argument(
        "--second-reader",
        metavar="ANNOTATION",
        nargs="+",
        default=[],
        help="a second reader's annotations of the same cells: the engine against them too, "
        "and how often the two readers agree with each other",
    )
    return parser


ACCURACY_EPILOG = """\
exit codes:
  0    the report was printed (and meets --min-agreement / --max-false-contradictions)
  1    below --min-agreement, or more false contradictions than --max-false-contradictions
  2    bad input or usage: unreadable or invalid annotation, expectation or source files
"""


EXTRACT_EPILOG = """\
exit codes:
  0    nothing fails: no regressed cell with --baseline, else nothing fails the --fail-on policy
  1    a cell regressed from the baseline (with --baseline; --update-baseline accepts it),
       else a verdict fails the policy (default: any contradiction)
  2    bad input or usage: unreadable or invalid files, unknown options
  130  interrupted (Ctrl-C)
  141  stdout was closed early (a broken pipe, e.g. `| head`)
"""


def _add_extract_parser(commands: Any, formatter: type[argparse.HelpFormatter]) -> None:
    extract = commands.add_parser(
        "extract",
        help="check an extractor's outputs against an expectation file",
        description=(
            "Give one verdict per fact and output source from the extracted values:\n"
            "a JSON object {source: {fact: value}}, or JSONL with one object per source\n"
            "naming it by its 'source' (or 'id') key. A value may carry its span in the\n"
            "source text, {value, start, end}, for evidence."
        ),
        epilog=EXTRACT_EPILOG,
        formatter_class=formatter,
    )
    extract.add_argument("expectations", metavar="EXPECTATIONS", help="the expectation YAML file")
    extract.add_argument(
        "outputs", metavar="OUTPUTS", help="the extractor's outputs: .json or .jsonl"
    )
    extract.add_argument(
        "-f",
        "--format",
        choices=FORMAT_CHOICES,
        help="report format (default: from the --output extension, else table)",
    )
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE atomically, not stdout"
    )
    extract.add_argument(
        "--fail-on",
        choices=FAIL_ON_CHOICES,
        default="contradiction",
        help="without --baseline: exit 1 on any contradiction (default), or on any omission too",
    )
    extract.add_argument(
        "--baseline",
        metavar="FILE",
        help="compare every cell with this baseline of an earlier run; exit 1 on a regression",
    )
    extract.add_argument(
        "--update-baseline",
        action="store_true",
        help="accept this run's cells into the --baseline file (created when absent)",
    )
