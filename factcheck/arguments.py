"""The command line's arguments: the parser of every command, and its help texts.

Kept apart from the commands and light (argparse alone) so that ``factcheck --help`` imports
nothing heavy.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from factcheck import __version__

# Kept here, not imported from factcheck.render, so that building the parser imports nothing heavy.
FORMAT_CHOICES = ("table", "markdown", "csv", "json", "jsonl", "html")
FAIL_ON_CHOICES = ("contradiction", "omission")
COLOR_CHOICES = ("auto", "always", "never")

EPILOG = """\
exit codes:
  0    nothing fails the --fail-on policy (or: every expectation file is valid)
  1    a verdict fails the policy (default: any contradiction)
  2    bad input or usage: unreadable or invalid files, unknown options
  130  interrupted (Ctrl-C)
  141  stdout was closed early (a broken pipe, e.g. `| head`)
"""


class Parser(argparse.ArgumentParser):
    """A parser whose unknown options are reported with the usage of their command.

    argparse hands the arguments a command does not know back to the top level, which would
    answer ``factcheck check --bogus`` with the usage of ``factcheck`` itself.
    """

    commands: Mapping[str, argparse.ArgumentParser]

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        given = list(args) if args is not None else []
        parsed, unknown = self.parse_known_args(given, namespace)
        if unknown:
            name = getattr(parsed, "command", None) or ""
            before_command = name in given and given.index(unknown[0]) < given.index(name)
            command = self if before_command else self.commands.get(name, self)
            command.error(f"unrecognized arguments: {' '.join(unknown)}")
        return parsed


class CommandParser(argparse.ArgumentParser):
    """A command's parser: options may come between its positional arguments
    (``factcheck check FILE -q SOURCE``), as in most command-line tools."""

    _intermixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._intermixing:  # the two passes of the intermixed parse
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False

    def error(self, message: str) -> NoReturn:
        # the intermixed parse counts an optional positional (SOURCES...) among the missing ones
        prefix = "the following arguments are required: "
        if message.startswith(prefix):
            optional = {
                action.metavar or action.dest
                for action in self._actions
                if not action.option_strings and action.nargs in ("*", "?")
            }
            missing = [name for name in message[len(prefix) :].split(", ") if name not in optional]
            message = prefix + ", ".join(missing)
        super().error(message)


def _output_options() -> CommandParser:
    """-q, -v and --color, which every command takes (before or after its name).

    Their defaults are suppressed, so that a value given before the command name survives the
    command's own parser; :func:`output_settings` fills them in.
    """
    options = CommandParser(add_help=False)
    group = options.add_argument_group("output")
    group.add_argument(
        "-q",
        "--quiet",
        action="count",
        default=argparse.SUPPRESS,
        help="print the summary line only (errors still go to stderr); the exit code is the same",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS,
        help="say more: every omission with its reason (-vv: every match too)",
    )
    group.add_argument(
        "--color",
        choices=COLOR_CHOICES,
        default=argparse.SUPPRESS,
        help="colour the terminal report: auto (default: on a terminal, unless NO_COLOR is set, "
        "or when FORCE_COLOR is set), always or never",
    )
    return options


def output_settings(args: argparse.Namespace) -> tuple[int, str]:
    """The verbosity (-1 quiet, 0, 1, 2...) and the colour choice the command line asked for."""
    verbosity = getattr(args, "verbose", 0) - getattr(args, "quiet", 0)
    return max(verbosity, -1), getattr(args, "color", "auto")


def build_parser() -> Parser:
    formatter = argparse.RawDescriptionHelpFormatter
    output = _output_options()
    parser = Parser(
        prog="factcheck",
        description="Check source texts against the facts an expectation file declares.",
        epilog=EPILOG,
        formatter_class=formatter,
        parents=[output],
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=CommandParser
    )
    parser.commands = commands.choices

    check = commands.add_parser(
        "check",
        help="check sources against an expectation file and print the report",
        description="Give one verdict per fact and source: match, omission or contradiction.",
        epilog=EPILOG,
        formatter_class=formatter,
        parents=[output],
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
        parents=[output],
    )
    validate.add_argument("files", metavar="EXPECTATIONS", nargs="+", help="expectation YAML files")
    _add_extract_parser(commands, formatter, output)
    accuracy = commands.add_parser(
        "accuracy",
        help="compare the verdicts with hand-annotated ones: agreement, confusion, disagreements",
        description="Agreement with annotation files (format: docs/accuracy.md).",
        epilog=ACCURACY_EPILOG,
        formatter_class=formatter,
        parents=[output],
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
  1    a cell regressed from the baseline, or most of the run's cells are new to a baseline
       that holds others (with --baseline; --update-baseline accepts them); with
       --against-sources, a score below --min-precision/--min-recall; else a verdict fails
       the policy (default: any contradiction)
  2    bad input or usage: unreadable or invalid files, unknown options
  130  interrupted (Ctrl-C)
  141  stdout was closed early (a broken pipe, e.g. `| head`)
"""


def _add_extract_parser(
    commands: Any, formatter: type[argparse.HelpFormatter], output: CommandParser
) -> None:
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
        parents=[output],
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
        help="without --baseline or --against-sources: exit 1 on any contradiction (default), "
        "or on any omission too",
    )
    extract.add_argument(
        "--against-sources",
        action="store_true",
        help="judge each value against what its article says (the file's sources): "
        "correct, missed, ungrounded, diverged or corrected, with precision, recall and F1",
    )
    extract.add_argument(
        "--min-precision",
        type=float,
        metavar="FRACTION",
        help="with --against-sources: exit 1 when the overall precision is below this",
    )
    extract.add_argument(
        "--min-recall",
        type=float,
        metavar="FRACTION",
        help="with --against-sources: exit 1 when the overall recall is below this",
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
