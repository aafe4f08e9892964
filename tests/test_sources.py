"""Reading sources: header, dateline, and a clear message for every bad file."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck import textfile
from factcheck.cli import run
from factcheck.engine import check
from factcheck.errors import SourceError, UsageError
from factcheck.loader import load
from factcheck.model import Expectations
from factcheck.sources import (
    default_sources,
    is_jsonl,
    read_source,
    read_sources,
    source_from_text,
)
from tests.conftest import ROOT, SEEDS_YAML
from tests.strategies import jsonl_records


def test_corpus_header_gives_date_and_body_start() -> None:
    text = "date: 2016-10-13\nurl: https://example.org/a\noutlet: example.org\n\nTitle\n\nBody."
    source = source_from_text(text, id="a.txt")
    assert source.date == dt.date(2016, 10, 13)
    assert source.date_origin == "header"
    assert text[source.body_start :] == "Title\n\nBody."


def test_text_without_header_starts_at_zero() -> None:
    source = source_from_text("Skip to main content\n\nRussia air strike", id="b.txt")
    assert (source.body_start, source.date) == (0, None)


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("002_908a65289c809937.txt", dt.date(2017, 2, 9)),  # "Thu Feb 9, 2017 6:37PM"
        (
            "004_8c3660f9c33f6905.txt",
            dt.date(2017, 2, 10),
        ),  # " date 2017-02-10 Register", not the caption
        ("000_98b88eba54a409e2.txt", None),  # no date anywhere
        ("001_2e274df0c58b4ffb.txt", None),
    ],
)
def test_seed_dateline(name: str, date: dt.date | None) -> None:
    source = read_source(str(ROOT / "seeds" / name))
    assert source.date == date
    assert source.date_origin == ("dateline" if date else "")


def test_a_caption_date_on_a_long_line_is_not_a_dateline() -> None:
    text = (
        "Headline\n    Turkish military vehicles drive in the Syrian rebel-held town of al-Rai, as "
        "they head towards the northern Syrian town of al-Bab, Syria January 9, 2017\n"
    )
    assert source_from_text(text, id="c.txt").date is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("BERGEN, March 14, 2023 - Four people died in a fire at the harbour on Tuesday night, "
         "police said.", dt.date(2023, 3, 14)),
        ("OFER PRISON, West Bank, Jan 1, 2018 (Reuters) - Israel indicted a 16-year-old "
         "Palestinian girl on Monday on charges including assault.", dt.date(2018, 1, 1)),
        ("LAS VEGAS, Oct. 2, 2017 \u2014 At least 58 people were killed when a gunman opened fire "
         "on a country music festival.", dt.date(2017, 10, 2)),
        # no date in the dateline: none taken from the sentence after the dash
        ("RAMALLAH, West Bank (AP) - An Israeli military court indicted a teenage girl on "
         "Monday who was filmed on December 15, 2017 slapping soldiers.", None),
        ("WASHINGTON (Reuters) \u2014 On March 3, 2017 the senate met and voted on the bill "
         "that was passed in a long session.", None),
        # a long caption is no dateline, even with a dash after its date
        ("Debris is scattered on the ground Monday, October 2, 2017 - at the site of a country "
         "music festival held this past weekend.", None),
    ],
)  # fmt: skip
def test_a_dateline_opening_the_first_sentence_gives_the_source_date(
    line: str, date: dt.date | None
) -> None:
    source = source_from_text(f"Headline\n\n{line}\n", id="d.txt")
    assert (source.date, source.date_origin) == (date, "dateline" if date else "")


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", ": empty file: nothing to check"),
        ("blank.txt", b" \n\n\t\n", ": empty file: nothing to check"),
        (
            "binary.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00",
            ": binary file (contains NUL bytes), not text",
        ),
        (
            "latin1.txt",
            "first line\ncaf\u00e9 au lait".encode("latin-1"),
            ":2:4: not UTF-8: byte 0xe9 cannot be decoded",
        ),
    ],
)
def test_bad_source_file_gets_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == path + message


def test_missing_file_and_directory_are_reported_together(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", b"Three soldiers were killed.")
    missing = str(tmp_path / "missing.txt")
    with pytest.raises(SourceError) as caught:
        read_sources([good, missing, str(tmp_path)])
    lines = str(caught.value).splitlines()
    assert lines == [f"{missing}: no such file", f"{tmp_path}: is a directory, not a source file"]


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", "\ufeffThree soldiers".encode())
    assert read_source(path).text == "Three soldiers"


# --- The dateline rule at its limits: a full date on a line of at most 60 characters, among the
# first 8 non-empty lines of the body.
DATED = "Feb 9, 2017"  # 11 characters


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("x" * 48 + " " + DATED, dt.date(2017, 2, 9)),  # 60 characters: a dateline
        ("x" * 49 + " " + DATED, None),  # 61: a caption
        ("   " + "x" * 48 + " " + DATED + "   ", dt.date(2017, 2, 9)),  # spaces around not counted
        ("Updated February 2017", None),  # a month is no full date
        ("Thursday", None),  # nor is a weekday
    ],
)
def test_dateline_is_a_full_date_on_a_line_of_at_most_60_characters(
    line: str, date: dt.date | None
) -> None:
    source = source_from_text(f"Headline\n{line}\nBody.", id="a.txt")
    assert source.date == date
    assert source.date_origin == ("dateline" if date else "")


@pytest.mark.parametrize(("before", "found"), [(7, True), (8, False)])
def test_dateline_is_looked_for_among_the_first_8_non_empty_lines(before: int, found: bool) -> None:
    """7 lines before it: the dateline is the 8th and counts; 8 before it: the 9th does not.
    Blank lines between them are not counted."""
    lines = "\n\n".join(f"Line {i} of the page" for i in range(before))
    source = source_from_text(f"{lines}\n\n{DATED}\nBody.", id="a.txt")
    assert source.date == (dt.date(2017, 2, 9) if found else None)


def test_dateline_is_looked_for_in_the_body_after_the_header() -> None:
    header = "url: https://example.org/a\n\n"
    lines = "\n".join(f"Line {i}" for i in range(7))
    source = source_from_text(f"{header}{lines}\n{DATED}\nBody.", id="a.txt")
    assert (source.date, source.date_origin) == (dt.date(2017, 2, 9), "dateline")


def test_header_date_wins_over_a_dateline() -> None:
    source = source_from_text(f"date: 2017-02-10\n\n{DATED}\nBody.", id="a.txt")
    assert (source.date, source.date_origin) == (dt.date(2017, 2, 10), "header")


def test_a_bad_header_date_falls_back_to_the_dateline() -> None:
    source = source_from_text(f"date: soon\n\n{DATED}\nBody.", id="a.txt")
    assert (source.date, source.date_origin) == (dt.date(2017, 2, 9), "dateline")


# --- JSONL records: one source per line, the record's `date` its publication date.


def _jsonl(tmp_path: Path, *records: object) -> str:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return _write(tmp_path, "articles.jsonl", ("\n".join(lines) + "\n").encode())


def test_jsonl_record_date_is_the_source_date(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        {"id": "a", "text": "The strike took place yesterday.", "date": "2017-02-10"},
        {"id": "b", "text": f"{DATED}\nThe strike took place yesterday.", "date": "2017-03-01"},
        {"id": "c", "text": f"{DATED}\nThe strike took place yesterday."},
        {"id": "d", "text": "No date at all."},
    )
    got = [(s.id, s.date, s.date_origin) for s in read_sources([path])]
    assert got == [
        (f"{path}#a", dt.date(2017, 2, 10), "record"),
        (f"{path}#b", dt.date(2017, 3, 1), "record"),  # the record's date wins over a dateline
        (f"{path}#c", dt.date(2017, 2, 9), "dateline"),
        (f"{path}#d", None, ""),
    ]
    assert read_sources([path])[0].text == "The strike took place yesterday."


def test_jsonl_record_date_resolves_relative_words(tmp_path: Path) -> None:
    """The record's date is what "yesterday" resolves against: the event's day agrees."""
    path = _jsonl(
        tmp_path,
        {"id": "a", "text": "The strike took place yesterday.", "date": "2017-02-10"},
        {"id": "b", "text": "The strike took place yesterday.", "date": "2017-02-12"},
        {"id": "c", "text": "The strike took place yesterday."},
    )
    report = check(load(str(SEEDS_YAML)), read_sources([path]))
    statuses = [(v.source, v.status.value) for v in report.verdicts if v.fact == "date"]
    assert statuses == [
        (f"{path}#a", "match"),
        (f"{path}#b", "contradiction"),
        (f"{path}#c", "omission"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "x", "date": "9 Feb"}', ":1:1: not a date: '9 Feb'"),
        ('{"id": "a", "text": "  "}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ('{"text": "x"}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ('{"id": "", "text": "x"}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ("[1, 2]", ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ('{"id": "a", "text": "x"', ":1:24: not JSON: Expecting ',' delimiter"),
        ('{"id": "a", "text": "x"  ', ":1:26: not JSON: Expecting ',' delimiter"),
        ('{"id": "a", "text": "x"\r', ":1:24: not JSON: Expecting ',' delimiter"),  # CRLF
        ('{"id": "a", "text": "x"} XX', ":1:26: not JSON: Extra data"),
        ("[" * 100_000, ":1:1: not JSON that can be read: nested too deeply"),
        ('{"id": true, "text": "x"}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ('{"id": [1], "text": "x"}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
        ('{"id": 1.5, "text": "x"}', ":1:1: a record needs an 'id' and a non-empty 'text'"),
    ],
)
def test_bad_jsonl_record_gets_its_line_and_column(tmp_path: Path, line: str, message: str) -> None:
    path = _jsonl(tmp_path, line)
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert str(caught.value) == path + message


def test_a_number_too_long_to_read_is_reported_with_the_reason(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, '{"id": 1' + "0" * 5000 + ', "text": "x"}')
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    said = f"{path}:1:1: not JSON that can be read: Exceeds the limit (4300 digits)"
    assert str(caught.value).startswith(said)


def test_every_problem_of_a_jsonl_file_carries_its_line_and_column(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path,
        '{"id": "a", "text": "Three killed."}',
        '{"id": "b", "text": "x", "date": "9 Feb"}',
        '{"text": "x"}',
        "[" * 100_000,
        '{"id": "a", "text": "Four killed."}',
        '{"id": "c", "text": "x"',
    )
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert [(p.path, p.line, p.column) for p in caught.value.problems] == [
        (path, 2, 1),
        (path, 3, 1),
        (path, 4, 1),
        (path, 5, 1),  # a duplicate id: the lines after it are still read
        (path, 6, 24),
    ]


def test_a_jsonl_source_keeps_its_path_body_and_the_day_of_a_timestamp(tmp_path: Path) -> None:
    text = "title: Strike on al-Bab\n\nThe strike took place yesterday."
    path = _jsonl(
        tmp_path,
        {"id": "a", "text": text, "date": "2017-02-10T09:30:00Z"},
        {"id": "b", "text": text},
    )
    got = [(s.path, s.body_start, s.date, s.text[s.body_start :]) for s in read_sources([path])]
    assert got == [
        (path, 25, dt.date(2017, 2, 10), "The strike took place yesterday."),
        (path, 25, None, "The strike took place yesterday."),
    ]


def test_a_directory_named_like_a_jsonl_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").mkdir()
    with pytest.raises(SourceError) as caught:
        read_sources([str(tmp_path / "feed.jsonl")])
    assert str(caught.value) == f"{tmp_path / 'feed.jsonl'}: is a directory, not a source file"


def test_every_bad_jsonl_line_is_reported_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, '{"id": "a", "text": "x"}', "", "nope", "{}", '{"id": 1, "text": "y"}')
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert [line.split(": ", 1)[0] for line in str(caught.value).splitlines()] == [
        f"{path}:3:1",
        f"{path}:4:1",
    ]


def test_jsonl_is_told_by_its_extension_in_any_case() -> None:
    assert [is_jsonl(p) for p in ("a.jsonl", "A.JSONL", "a.json", "jsonl.txt")] == [
        True,
        True,
        False,
        False,
    ]


def test_a_missing_jsonl_file_and_one_not_in_utf8_get_clear_messages(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.jsonl")
    latin = _write(tmp_path, "latin.jsonl", '{"id": "a", "text": "caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(SourceError) as caught:
        read_sources([missing, latin])
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{missing}: no such file"
    assert lines[1].startswith(f"{latin}") and "not UTF-8" in lines[1]


def test_a_jsonl_record_with_windows_line_ends_keeps_its_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "crlf.jsonl", b'{"id": "a", "text": "Three soldiers."}\r\n')
    [source] = read_sources([path])
    assert (source.id, source.text) == (f"{path}#a", "Three soldiers.")


# --- hostile files: devices, pipes, duplicates, BOMs, bad bytes -----------------------------------


def test_a_device_is_refused_before_it_is_read() -> None:
    with pytest.raises(SourceError, match="/dev/zero: not a regular file"):
        read_sources(["/dev/zero"])


def test_a_fifo_with_no_writer_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        read_sources([str(fifo)])


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textfile, "MAX_FILE_BYTES", 1024 * 1024)
    path = _write(tmp_path, "long.txt", b"x" * (1024 * 1024 + 1))
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == f"{path}: larger than 1 MiB, the most factcheck reads from a file"


def test_a_jsonl_file_with_a_bom_is_read_like_a_text_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.jsonl", b'\xef\xbb\xbf{"id": "a", "text": "Three killed."}\n')
    assert [source.id for source in read_sources([path])] == [f"{path}#a"]


def test_a_bad_byte_in_a_jsonl_file_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.jsonl", b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "b\xffd"}\n')
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert str(caught.value) == f"{path}:2:21: not UTF-8: byte 0xff cannot be decoded"


@pytest.mark.parametrize(
    "records",
    [
        b'{"id": 1, "text": "Three killed."}\n{"id": 1, "text": "Four killed."}\n',
        b'{"id": 1, "text": "Three killed."}\n{"id": "1", "text": "Four killed."}\n',
    ],
)
def test_two_records_with_one_id_are_refused_at_the_second(tmp_path: Path, records: bytes) -> None:
    path = _write(tmp_path, "dup.jsonl", records)
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert str(caught.value) == f"{path}:2:1: duplicate id '1'; first used at line 1"


@pytest.mark.parametrize("folder", ["feeds", "feeds#2017"])
def test_a_duplicate_id_holding_a_hash_is_named_whole(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir()
    path = str(tmp_path / folder / "dup.jsonl")
    Path(path).write_bytes(
        b'{"id": "reuters#41", "text": "Three killed."}\n{"id": "reuters#41", "text": "Four."}\n'
    )
    with pytest.raises(SourceError) as caught:
        read_sources([path])
    assert str(caught.value) == f"{path}:2:1: duplicate id 'reuters#41'; first used at line 1"


def test_one_file_given_twice_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", b"Three soldiers were killed.")
    again = os.path.join(os.path.dirname(path), ".", "a.txt")
    missing = os.path.join(os.path.dirname(path), "b.txt")
    with pytest.raises(SourceError) as caught:
        read_sources([path, again, missing])
    assert str(caught.value).splitlines() == [
        f"{again}: given twice (first as {path}): each source is checked once",
        f"{missing}: no such file",  # the files after it are still read
    ]


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("seeds/a.txt", "read_sources() takes a list of paths, not str"),
        (Path("seeds/a.txt"), "read_sources() takes a list of paths, not PosixPath"),
        (3, "read_sources() takes a list of paths, not int"),
    ],
)
def test_read_sources_says_what_it_takes_when_given_another_type(
    argument: object, message: str
) -> None:
    with pytest.raises(TypeError) as caught:
        read_sources(argument)  # type: ignore[arg-type]
    assert str(caught.value) == f"{message}: use read_sources([path]) or read_source(path)"


def test_read_sources_says_what_a_path_must_be() -> None:
    with pytest.raises(TypeError) as caught:
        read_sources([Path("seeds/a.txt")])  # type: ignore[list-item]
    assert str(caught.value) == "read_sources(): a path must be a str, not PosixPath"


def _expectations(tmp_path: Path, *sources: str) -> Expectations:
    folder = tmp_path / "event"
    folder.mkdir(exist_ok=True)
    return Expectations(path=str(folder / "event.yaml"), event="x", facts=(), sources=sources)


def test_default_sources_are_found_beside_the_file_in_any_depth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Globs are relative to the expectation file, ``**`` goes into folders, folders are no
    sources, and the list is sorted."""
    expectations = _expectations(tmp_path, "articles/**/*.txt", str(tmp_path / "other" / "*.txt"))
    event = tmp_path / "event"
    for path in (event / "articles" / "b.txt", event / "articles" / "2017" / "a.txt"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Three killed.")
    (event / "articles" / "old.txt").mkdir()  # a folder, however named
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "c.txt").write_text("Three killed.")
    monkeypatch.chdir(tmp_path)  # not the file's folder
    assert default_sources(expectations) == [
        str(event / "articles" / "2017" / "a.txt"),
        str(event / "articles" / "b.txt"),
        str(tmp_path / "other" / "c.txt"),
    ]


@pytest.mark.parametrize(
    ("sources", "where"),
    [(("articles/*.txt", "more/*.md"), "articles/*.txt, more/*.md"), ((), "(none declared)")],
)
def test_sources_matching_no_file_are_a_usage_error(
    tmp_path: Path, sources: tuple[str, ...], where: str
) -> None:
    expectations = _expectations(tmp_path, *sources)
    with pytest.raises(UsageError) as caught:
        default_sources(expectations)
    assert str(caught.value) == (
        f"{expectations.path}: no sources to check: 'sources' matches no file ({where})"
    )


# --- fuzz: whatever a source holds, exit 0, 1 or 2 and never a traceback -------------------------

_FUZZ_EXPECTATIONS = str(ROOT / "expectations" / "albab-airstrike.yaml")


def _check_exit(path: Path) -> tuple[int, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["check", _FUZZ_EXPECTATIONS, str(path), "--format", "json"], stdout, stderr)
    return code, stderr.getvalue()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
@example(data=b"\xef\xbb\xbf\xff")
@example(data=b"\x00")
def test_any_bytes_as_a_text_source_exit_0_1_or_2(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "source.txt"
    path.write_bytes(data)
    code, stderr = _check_exit(path)
    assert code in (0, 1, 2), stderr
    assert "Traceback" not in stderr


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.lists(jsonl_records(), max_size=4), junk=st.binary(max_size=20))
@example(records=[{"id": 1, "text": "\ud800 3 killed"}], junk=b"")
@example(records=[{"id": 10**5000, "text": "x"}], junk=b"")
def test_any_jsonl_records_exit_0_1_or_2(
    records: list[dict[str, object]], junk: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "source.jsonl"
    lines = []
    for record in records:
        try:
            lines.append(json.dumps(record).encode())
        except ValueError:  # an integer too long for str(): written by hand
            lines.append(b'{"id": ' + b"9" * 5000 + b', "text": "x"}')
    path.write_bytes(b"\n".join(lines) + b"\n" + junk)
    code, stderr = _check_exit(path)
    assert code in (0, 1, 2), stderr
    assert "Traceback" not in stderr
