"""Every fenced code block of README.md and docs/*.md runs, and prints what the page shows.

How each block is run, by its info string (the rules are written down in docs/development.md):

- ``python``: run by this interpreter in a sandbox (a copy of the repository's data, with ``.venv``
  pointing at this environment); a block that defines ``test_`` functions runs under pytest.
  When the next block is ``output``, what the block prints must be that (``...`` stands for any text).
- ``sh``: each command (``\\`` continues a line) run by bash in the sandbox; it must exit 0, or
  the status its comment names (``# exit 1``).
- ``console``: ``$ command`` lines, each followed by the output it must print (stdout and stderr,
  ``...`` standing for any text); the exit status as for ``sh``.
- ``yaml``: an expectation file (it has ``facts``) is validated by the loader; an annotation
  file (it has ``verdicts``) is read by the accuracy loader.
- ``toml``: parsed, and each ``factcheck_*`` ini key must be one the plugin registers.
- A block right after a ``<!-- not run: REASON -->`` line is not run; any other block is an error.

The blocks of a page run in order, in one sandbox, so a later block may use a file an earlier one
wrote. One test per page; a failure names the block's line.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from factcheck.accuracy import load_annotation
from factcheck.loader import loads

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NOT_RUN = re.compile(r"<!-- not run: (?P<reason>\S.*?) -->")
EXIT = re.compile(r"#\s*exit (\d+)")
COPIED = ("expectations", "seeds", "examples", "tests/data", "pyproject.toml")
RUNNERS = ("python", "sh", "console", "yaml", "toml")


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    page: Path
    line: int  # 1-based line of the opening fence
    language: str
    code: str
    not_run: str | None  # the reason given in the marker before the block

    @property
    def place(self) -> str:
        page = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page
        return f"{page}:{self.line}"


def fenced_blocks(page: Path) -> list[Block]:
    """The fenced blocks of a Markdown page, in order, with the not-run marker before each."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("```"):
            info = line[3:].strip()
            end = index + 1
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            if end == len(lines):
                raise AssertionError(f"{page.relative_to(ROOT)}:{index + 1}: unclosed block")
            marker = NOT_RUN.fullmatch(lines[index - 1].strip()) if index else None
            blocks.append(
                Block(
                    page=page,
                    line=index + 1,
                    language=info.split()[0] if info else "",
                    code="\n".join(lines[index + 1 : end]) + "\n",
                    not_run=marker["reason"] if marker else None,
                )
            )
            index = end
        index += 1
    return blocks


def shows(expected: str, actual: str) -> bool:
    """Whether ``actual`` is the text ``expected`` shows, ``...`` standing for any text."""

    def tidy(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())

    pattern = ".*?".join(re.escape(piece) for piece in tidy(expected).split("..."))
    return re.fullmatch(pattern, tidy(actual), re.DOTALL) is not None


def commands(code: str) -> Iterator[str]:
    """The commands of a shell block: continuation lines joined, comments and blanks dropped."""
    pending = ""
    for line in code.splitlines():
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        command = (pending + line).strip()
        pending = ""
        if command and not command.startswith("#"):
            yield command


def expected_status(command: str) -> int:
    found = EXIT.search(command)
    return int(found[1]) if found else 0


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A copy of what the pages' commands read, and ``.venv`` pointing at this environment."""
    for name in COPIED:
        source, target = ROOT / name, tmp_path / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    (tmp_path / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    return tmp_path


def environment() -> dict[str, str]:
    """This environment's bin first on PATH; nothing of the outer pytest run leaks in."""
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PYTEST_", "FACTCHECK_"))
        and name not in ("NO_COLOR", "FORCE_COLOR")
    }
    env["PATH"] = os.pathsep.join([str(Path(sys.prefix) / "bin"), env.get("PATH", "")])
    return env


def shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=300,
    )


def run_python(block: Block, cwd: Path) -> subprocess.CompletedProcess[str]:
    if re.search(r"^def test_", block.code, re.MULTILINE):
        (cwd / "test_docs_block.py").write_text(block.code, encoding="utf-8")
        argv = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "test_docs_block.py",
        ]
    else:
        (cwd / "docs_block.py").write_text(block.code, encoding="utf-8")
        argv = [sys.executable, "docs_block.py"]
    return subprocess.run(
        argv, cwd=cwd, env=environment(), capture_output=True, text=True, timeout=300
    )


def console_steps(code: str) -> Iterator[tuple[str, str]]:
    """The ``$ command`` lines of a console block, each with the output shown after it."""
    command, output = None, []
    for line in code.splitlines():
        if line.startswith("$ "):
            if command is not None:
                yield command, "\n".join(output)
            command, output = line[2:], []
        elif command is not None:
            output.append(line)
        else:
            raise AssertionError(f"output before any `$ command`: {line!r}")
    if command is not None:
        yield command, "\n".join(output)


def ini_keys(cwd: Path) -> str:
    result = shell(f"{sys.executable} -m pytest --help", cwd)
    return result.stdout


def check_block(block: Block, after: Block | None, cwd: Path) -> list[str]:
    """The problems of one block, each starting with its place; none when it does what it shows."""
    where = block.place
    if block.language == "python":
        result = run_python(block, cwd)
        if result.returncode != 0:
            return [f"{where}: exit {result.returncode}\n{result.stdout}{result.stderr}"]
        if (
            after is not None
            and after.language == "output"
            and not shows(after.code, result.stdout)
        ):
            return [f"{where}: printed\n{result.stdout}\nnot what {after.place} shows"]
        return []
    if block.language == "sh":
        problems = []
        for command in commands(block.code):
            result = shell(command, cwd)
            if result.returncode != expected_status(command):
                problems.append(
                    f"{where}: `{command}` exited {result.returncode}, "
                    f"not {expected_status(command)}\n{result.stdout}{result.stderr}"
                )
        return problems
    if block.language == "console":
        problems = []
        for command, shown in console_steps(block.code):
            result = subprocess.run(
                ["bash", "-c", command],
                cwd=cwd,
                env=environment(),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=300,
            )
            if result.returncode != expected_status(command):
                problems.append(f"{where}: `{command}` exited {result.returncode}\n{result.stdout}")
            elif not shows(shown, result.stdout):
                problems.append(f"{where}: `{command}` printed\n{result.stdout}\nnot\n{shown}")
        return problems
    if block.language == "yaml":
        data = yaml.safe_load(block.code)
        if "facts" in data:
            loads(block.code, path=str(cwd / "expectations" / "docs-block.yaml"))
        elif "verdicts" in data:
            path = cwd / "tests" / "data" / "annotations" / "docs-block.yaml"
            path.write_text(block.code, encoding="utf-8")
            load_annotation(str(path))
        else:
            return [f"{where}: a YAML block that is neither an expectation nor an annotation file"]
        return []
    if block.language == "toml":
        options = tomllib.loads(block.code)["tool"]["pytest"]["ini_options"]
        known = ini_keys(cwd)
        return [
            f"{where}: `{key}` is no ini option of the plugin"
            for key in options
            if key.startswith("factcheck_") and f"\n  {key} (" not in known
        ]
    return [f"{where}: no way to run a `{block.language or 'plain'}` block; mark it not run"]


def page_blocks(page: Path) -> Iterator[tuple[Block, Block | None]]:
    """Each block that runs, with the block after it (its output, when it is one)."""
    blocks = fenced_blocks(page)
    for index, block in enumerate(blocks):
        follows = blocks[index - 1] if index else None
        if block.not_run is not None:
            continue
        if block.language == "output":
            if follows is None or follows.language != "python" or follows.not_run is not None:
                yield block, None  # an output block with nothing to compare it with: an error
            continue
        yield block, blocks[index + 1] if index + 1 < len(blocks) else None


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_block_of_the_page_runs_and_prints_what_it_shows(page: Path, sandbox: Path) -> None:
    problems = []
    for block, after in page_blocks(page):
        problems.extend(check_block(block, after, sandbox))
    assert not problems, "\n\n".join(problems)


def test_every_page_has_a_block_that_runs() -> None:
    """A page whose blocks were all marked not run would pass while checking nothing."""
    idle = [
        str(page.relative_to(ROOT))
        for page in PAGES
        if all(block.not_run is not None for block in fenced_blocks(page))
    ]
    assert idle == []


@pytest.mark.parametrize(
    ("shown", "printed", "agrees"),
    [
        (
            "ok: expectations/albab-airstrike.yaml (10 facts)",
            "ok: expectations/albab-airstrike.yaml (10 facts)\n",
            True,
        ),
        ("match | stated: ...", "match | stated: '11 injured'", True),
        (
            "...\nSummary: 38 matches, 8 omissions, 4 contradictions\n...",
            "table\nSummary: 38 matches, 8 omissions, 4 contradictions\nContradictions:\n",
            True,
        ),
        (
            "Summary: 38 matches, 8 omissions, 4 contradictions",
            "Summary: 38 matches, 8 omissions, 5 contradictions",
            False,
        ),
        ("", "ok: expectations/albab-airstrike.yaml (10 facts)", False),
        ("match | stated: ...", "omission | the source does not state this fact", False),
    ],
)
def test_output_shown_agrees_only_with_what_was_printed(
    shown: str, printed: str, agrees: bool
) -> None:
    assert shows(shown, printed) is agrees


def page(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_block_is_not_run_only_after_a_marker_with_a_reason(tmp_path: Path) -> None:
    blocks = fenced_blocks(
        page(
            tmp_path,
            "<!-- not run: installs packages -->\n```sh\npip install .\n```\n\n"
            "<!-- not run: -->\n```sh\npip install .\n```\n",
        )
    )
    assert [(block.line, block.not_run) for block in blocks] == [
        (2, "installs packages"),
        (7, None),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("```text\nfactcheck check EXPECTATIONS\n```\n", "no way to run a `text` block"),
        ("```\nplain\n```\n", "no way to run a `plain` block"),
        ("```output\nmatch\n```\n", "no way to run a `output` block"),
        (
            "```sh\nfactcheck validate expectations/albab-airstrike.yaml  # exit 1\n```\n",
            "exited 0, not 1",
        ),
        (
            "```console\n$ factcheck validate expectations/albab-airstrike.yaml\nok: another.yaml\n```\n",
            "printed",
        ),
        ("```python\nprint('a')\n```\n\n```output\nb\n```\n", "not what"),
        (
            "```toml\n[tool.pytest.ini_options]\nfactcheck_file = ['x']\n```\n",
            "`factcheck_file` is no ini option",
        ),
    ],
)
def test_a_block_that_does_not_do_what_it_shows_is_a_problem(
    tmp_path: Path, sandbox: Path, text: str, problem: str
) -> None:
    problems = [
        found
        for block, after in page_blocks(page(tmp_path, text))
        for found in check_block(block, after, sandbox)
    ]
    assert len(problems) == 1 and problem in problems[0]


def test_the_old_library_example_that_raised_typeerror_is_caught(
    tmp_path: Path, sandbox: Path
) -> None:
    """`render` imported from `factcheck` was the module, not the function, when this was written."""
    example = (
        "```python\n"
        "from factcheck import check, default_sources, load, read_sources, render\n\n"
        'expectations = load("expectations/albab-airstrike.yaml")\n'
        "report = check(expectations, read_sources(default_sources(expectations)))\n"
        'print(render(report, "markdown"))\n'
        "```\n"
    )
    (block, after), *_ = page_blocks(page(tmp_path, example))
    problems = check_block(block, after, sandbox)
    api = "from factcheck import check, render; check; print(callable(render))"
    fixed = subprocess.run([sys.executable, "-c", api], capture_output=True, text=True).stdout
    if fixed.strip() == "True":  # the API gives the function now: the example runs
        assert problems == []
    else:
        assert len(problems) == 1 and "TypeError: 'module' object is not callable" in problems[0]
