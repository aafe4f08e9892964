"""Reading sources: header, dateline, and a clear message for every bad file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.errors import SourceError
from factcheck.sources import read_source, read_sources, source_from_text
from tests.conftest import ROOT


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
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\n\t\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (
            "latin1.txt",
            "first line\ncaf\u00e9 au lait".encode("latin-1"),
            ":2:4: not UTF-8: byte 0xe9",
        ),
    ],
)
def test_bad_source_file_gets_a_clear_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value).startswith(path)
    assert message in str(caught.value)


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
