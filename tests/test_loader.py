"""Tests for factcheck.loader: YAML expectation files -> Expectations, or every problem at once."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from factcheck.errors import ExpectationError, Problem
from factcheck.loader import load, loads
from factcheck.model import (
    ClaimSpec,
    DateSpec,
    FactSpec,
    Location,
    MentionSpec,
    NameSpec,
    Period,
    QuantitySpec,
    RoleSpec,
    Status,
    TimeSpec,
    Variant,
)
from tests.strategies import expectation_documents

ROOT = Path(__file__).resolve().parents[1]
ALBAB = ROOT / "expectations" / "albab-airstrike.yaml"
DATA = Path(__file__).resolve().parent / "data" / "loader"
KINDS = ("quantity", "date", "time", "role", "name", "claim", "mention")
INDENT_HINT = (
    "check the indentation: the keys of one mapping start in the same column (a fact's keys "
    "line up under its 'id', two spaces after '- ')"
)


def problems_of(text: str) -> list[str]:
    """The lines ``loads`` reports for ``text``; fails the test if the text loads."""
    with pytest.raises(ExpectationError) as caught:
        loads(textwrap.dedent(text), "case.yaml")
    return str(caught.value).splitlines()


# --- one problem per file, at the right place, in words for people ----------------------------

ONE_PROBLEM = [
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
           kind: quantity
        """,
        "case.yaml:4:4: YAML syntax error: expected <block end>, but found "
        "'<block mapping start>' (while parsing a block collection started at line 3); "
        + INDENT_HINT,
        id="yaml-syntax-error-at-pyyaml-mark",
    ),
    pytest.param(
        "event: x\nfacts:\n\t- id: a\n",
        "case.yaml:3:1: YAML syntax error: found character '\\t' that cannot start any token; "
        "YAML indents with spaces only: replace the tab with spaces",
        id="tab-indent-gets-the-spaces-hint",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: a
            kind: name
              value: X
        """,
        "case.yaml:5:12: YAML syntax error: mapping values are not allowed here; "
        + INDENT_HINT
        + "; or a value with ': ' in it needs quotes",
        id="key-indented-too-deep-gets-the-indent-hint",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: a
            knd: mention
            value: X
        """,
        "case.yaml:4:5: facts[0]: 'kind' is required for a fact; "
        "did you mean 'kind' where 'knd' is written?",
        id="misspelt-required-key-gets-did-you-mean",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - {id: a, kind: number, value: 3, cues: [killed]}
        """,
        "case.yaml:3:19: facts[0].kind: unknown kind 'number'; "
        "a count or an amount is kind 'quantity'",
        id="kind-number-means-quantity",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - {id: a, kind: count, value: 3, cues: [killed]}
        """,
        "case.yaml:3:19: facts[0].kind: unknown kind 'count'; "
        "a count or an amount is kind 'quantity'",
        id="kind-count-means-quantity",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - {id: a, kind: person, value: Dmitry Peskov}
        """,
        "case.yaml:3:19: facts[0].kind: unknown kind 'person'; a person with a title is kind "
        "'role'; how a name is spelled, kind 'name'",
        id="kind-person-means-role-or-name",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: a, kind: mention, value: A}
        """,
        "case.yaml:3:1: YAML syntax error: expected ',' or ']', but got '<stream end>' "
        "(while parsing a flow sequence started at line 2)",
        id="yaml-unclosed-flow-sequence",
    ),
    pytest.param(
        """\
        event: x
        soruces: [a.txt]
        facts: [{id: a, kind: mention, value: A}]
        """,
        "case.yaml:2:1: unknown key 'soruces' for an expectation file; did you mean 'sources'?",
        id="unknown-top-key-did-you-mean",
    ),
    pytest.param(
        """\
        event: x
        colour: blue
        facts: [{id: a, kind: mention, value: A}]
        """,
        "case.yaml:2:1: unknown key 'colour' for an expectation file; "
        "expected one of: event, date, description, sources, facts",
        id="unknown-top-key-without-close-match-lists-allowed-keys",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantity
            value: 3
            cues: [killed]
            cuse: [dead]
        """,
        "case.yaml:7:5: facts[0]: unknown key 'cuse' for a quantity fact; did you mean 'cues'?",
        id="unknown-fact-key-did-you-mean",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: akar
            kind: name
            value: Hulusi Akar
            alow: [Akar's]
        """,
        "case.yaml:6:5: facts[0]: unknown key 'alow' for a name fact; did you mean 'allow'?",
        id="unknown-key-checked-against-its-own-kind",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantiy
            value: 3
        """,
        "case.yaml:4:11: facts[0].kind: unknown kind 'quantiy'; did you mean 'quantity'?",
        id="unknown-kind-did-you-mean",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantity
            value: three
            cues: [killed]
        """,
        "case.yaml:5:12: facts[0].value: expected a number such as 3, 284.46 or '8.7 million', "
        "got 'three'",
        id="wrong-type-integer",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantity
            value: -3
            cues: [killed]
        """,
        "case.yaml:5:12: facts[0].value: a count cannot be negative, got -3 (a number)",
        id="negative-count",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: answer
            kind: mention
            value: yes
        """,
        "case.yaml:5:12: facts[0].value: expected a string, got yes (a boolean); "
        "put it in quotes if you mean the text",
        id="yaml-boolean-where-text-expected-suggests-quotes",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - killed
        """,
        "case.yaml:3:5: facts[0]: expected a mapping, got 'killed'",
        id="fact-not-a-mapping",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantity
            cues: [killed]
        """,
        "case.yaml:3:5: facts[0]: give either 'value' or 'range' for a quantity fact",
        id="missing-required-key-for-kind",
    ),
    pytest.param(
        """\
        facts:
          - id: killed
            kind: mention
            value: x
        """,
        "case.yaml:1:1: 'event' is required for an expectation file",
        id="missing-required-top-key",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: a
            kind: quantity
            value: 3
            cues: []
        """,
        "case.yaml:6:11: facts[0].cues: must not be empty",
        id="empty-cues",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: a b
            kind: mention
            value: x
        """,
        "case.yaml:3:9: facts[0].id: 'a b' is not a valid id: use letters, digits, '_', '.' "
        "and '-', starting with a letter or digit",
        id="id-with-space",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: mention
            value: A
          - id: killed
            kind: mention
            value: B
        """,
        "case.yaml:6:9: facts[1].id: duplicate fact id 'killed'; first declared at line 3",
        id="duplicate-fact-id-points-at-second-names-first",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: killed
            kind: quantity
            value: 3
            cues: [killed]
            value: 4
        """,
        "case.yaml:7:5: facts[0]: duplicate key 'value'; first given at line 5",
        id="duplicate-yaml-key",
    ),
    pytest.param(
        "",
        "case.yaml: empty file: expected a mapping with 'event' and 'facts'",
        id="empty-file",
    ),
    pytest.param(
        "# only a comment\n",
        "case.yaml: empty file: expected a mapping with 'event' and 'facts'",
        id="comment-only-file-is-empty",
    ),
    pytest.param(
        """\
        - id: killed
          kind: mention
        """,
        "case.yaml:1:1: top level: expected a mapping with 'event' and 'facts', got a list",
        id="non-mapping-top-level",
    ),
    pytest.param(
        """\
        event: x
        facts: []
        """,
        "case.yaml:2:8: no facts declared: a file that checks nothing is an error",
        id="no-facts",
    ),
    pytest.param(
        """\
        event: x
        facts:
        """,
        "case.yaml:2:7: facts: expected a list, got nothing",
        id="facts-key-without-value",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: cause
            kind: claim
            value: a
            variants:
              a: [x]
              b:
                patterns: ['wrong (co-?ordinates']
        """,
        "case.yaml:9:20: facts[0].variants.b.patterns[0]: invalid regular expression: "
        "missing ): wrong (co-?ordinates; patterns use RE2 syntax: no lookarounds, "
        "backreferences, atomic groups or possessive repeats",
        id="invalid-regex-at-its-line-and-column",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: cause
            kind: claim
            value: lack of coordinaton
            variants:
              lack of coordination: [lack of coordination]
              wrong coordinates: [wrong coordinates]
        """,
        "case.yaml:5:12: facts[0].value: 'lack of coordinaton' is not one of this claim's "
        "variants; did you mean 'lack of coordination'?",
        id="claim-value-not-among-variants",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: cause
            kind: claim
            value: a
            variants: {}
        """,
        "case.yaml:6:15: facts[0].variants: a claim needs at least one variant",
        id="claim-without-variants",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: cause
            kind: claim
            value: a
            variants:
              a: [x]
              b: {phrases: [], patterns: []}
        """,
        "case.yaml:8:10: facts[0].variants.b: needs a non-empty 'phrases' or 'patterns' list",
        id="claim-variant-with-nothing-to-match",
    ),
    pytest.param(
        """\
        event: x
        date: 2017-02-30
        facts: [{id: a, kind: mention, value: A}]
        """,
        "case.yaml:2:7: date: '2017-02-30' is not a real calendar date: 2017-02 has only 28 days",
        id="invalid-calendar-date",
    ),
    pytest.param(
        """\
        event: x
        facts:
          - id: when
            kind: date
            value: '2017-02-30'
            cues: [strike]
        """,
        "case.yaml:5:12: facts[0].value: '2017-02-30' is not a real calendar date: "
        "2017-02 has only 28 days",
        id="invalid-calendar-date-quoted-in-date-fact",
    ),
    pytest.param(
        """\
        event: x
        date: 9 February 2017
        facts: [{id: a, kind: mention, value: A}]
        """,
        "case.yaml:2:7: date: expected a date YYYY-MM-DD, got '9 February 2017'",
        id="date-not-iso",
    ),
    pytest.param(
        """\
        event: '  '
        facts: [{id: a, kind: mention, value: A}]
        """,
        "case.yaml:1:8: event: must not be empty or blank",
        id="blank-event",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: d, kind: date, value: 2017-12-24, cues: [x], aliases: {Eve: 2017-02-30}}]
        """,
        "case.yaml:2:74: facts[0].aliases.Eve: '2017-02-30' is not a real calendar date: "
        "2017-02 has only 28 days",
        id="alias-no-real-date",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: t, kind: time, value: 22:05, cues: [left]}]
        """,
        "case.yaml:2:36: facts[0].value: expected a time 'HH:MM' (24-hour, in quotes), "
        "got 22:05 (a number)",
        id="time-unquoted-read-as-a-sexagesimal-number",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: d, kind: date, value: 2017-12-24, cues: [x], aliases: 5}]
        """,
        "case.yaml:2:68: facts[0].aliases: expected a mapping of phrase to date, or a list of "
        "phrases, got 5 (a number)",
        id="alias-not-mapping-or-list",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: t, kind: time, value: '24:10', cues: [left]}]
        """,
        "case.yaml:2:36: facts[0].value: expected a time 'HH:MM' (24-hour, 00:00 to 23:59), "
        "got '24:10'",
        id="time-out-of-the-day",
    ),
    pytest.param(
        """\
        event: x
        facts: [{id: t, kind: time, value: '22:05', tolerance: 0.1, cues: [left]}]
        """,
        "case.yaml:2:56: facts[0].tolerance: expected a duration such as '15min' or '1h', "
        "got 0.1 (a number)",
        id="time-tolerance-as-a-fraction",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_PROBLEM)
def test_loads_reports_the_one_problem_at_its_line_and_column(text: str, expected: str) -> None:
    assert problems_of(text) == [expected]


HOSTILE = [
    pytest.param(
        "event: &a [*a]\nfacts: 1\n",
        "case.yaml:1:8: event[0]: an alias refers to itself",
        id="recursive-alias",
    ),
    pytest.param("[" * 5000 + "]" * 5000, "case.yaml: nested too deeply", id="deep-nesting"),
    pytest.param(
        "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]\n"
            for prev, name in zip("abcde", "bcdef", strict=True)
        ),
        "more than 100000 values: too many aliases?",
        id="alias-bomb",
    ),
    pytest.param(
        "event: !python/name:os.system x\nfacts: 1\n", "unsupported YAML tag", id="unsafe-tag"
    ),
    pytest.param(
        "event: x\x07\nfacts: 1\n",
        "case.yaml:1:9: character U+0007 is not allowed",
        id="control-character",
    ),
    pytest.param(
        "event: x\n---\nevent: y\n",
        "case.yaml:2:1: YAML syntax error: expected a single "
        "document in the stream, but found another document",
        id="two-documents",
    ),
    pytest.param(
        "event: x\nfacts: !!int abc\n",
        "case.yaml:2:8: facts: not a valid int: 'abc'",
        id="bad-explicit-int",
    ),
]


@pytest.mark.parametrize(("text", "fragment"), HOSTILE)
def test_loads_turns_hostile_yaml_into_an_expectation_error(text: str, fragment: str) -> None:
    lines = problems_of(text)
    assert any(fragment in line for line in lines), lines


# --- every problem at once ---------------------------------------------------------------------


def test_load_reports_every_problem_at_once_in_file_order() -> None:
    path = str(DATA / "several-problems.yaml")
    with pytest.raises(ExpectationError) as caught:
        load(path)
    assert str(caught.value).splitlines() == [
        f"{path}:3:1: unknown key 'dates' for an expectation file; did you mean 'date'?",
        f"{path}:7:12: facts[0].value: expected a number such as 3, 284.46 or '8.7 million', "
        "got 'three'",
        f"{path}:9:9: facts[1].id: duplicate fact id 'killed'; first declared at line 5",
        f"{path}:10:11: facts[1].kind: unknown kind 'nmae'; did you mean 'name'?",
        f"{path}:18:20: facts[2].variants['wrong coordinates'].patterns[0]: invalid regular "
        "expression: missing ): coordinates (provided; patterns use RE2 syntax: no "
        "lookarounds, backreferences, atomic groups or possessive repeats",
    ]


def test_expectation_error_carries_problems_with_1_based_positions() -> None:
    with pytest.raises(ExpectationError) as caught:
        loads("event: x\nfacts: []\n", "f.yaml")
    message = "no facts declared: a file that checks nothing is an error"
    assert caught.value.problems == (Problem(path="f.yaml", line=2, column=8, message=message),)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(0, 4000), length=st.integers(1, 40), insert=st.text(max_size=5))
@example(cut=0, length=4000, insert="")  # everything gone: an empty file
@example(cut=300, length=1, insert="\t")  # a tab where indentation was
def test_loads_raises_only_expectation_error_on_a_mangled_albab_file(
    cut: int, length: int, insert: str
) -> None:
    text = ALBAB.read_text(encoding="utf-8")
    mangled = text[:cut] + insert + text[cut + length :]
    try:
        loads(mangled, "mangled.yaml")
    except ExpectationError as error:
        assert error.problems, "an ExpectationError must say what is wrong"


@settings(max_examples=200)
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!?'\"#|>\n 0123\t")), max_size=60))
@example(text="a: &x [*x]")
@example(text="? [a]\n: b")
def test_loads_raises_only_expectation_error_on_yaml_punctuation_soup(text: str) -> None:
    with pytest.raises(ExpectationError) as caught:  # none of these has 'event' and 'facts'
        loads(text, "soup.yaml")
    assert all(problem.path == "soup.yaml" for problem in caught.value.problems)


# --- reading files -------------------------------------------------------------------------------


def test_load_missing_file_is_an_expectation_error(tmp_path: Path) -> None:
    path = str(tmp_path / "nowhere.yaml")
    with pytest.raises(ExpectationError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: no such file"


def test_load_directory_is_an_expectation_error() -> None:
    with pytest.raises(ExpectationError) as caught:
        load(str(DATA))
    assert str(caught.value) == f"{DATA}: is a directory, not an expectation file"


def test_load_non_utf8_file_points_at_the_undecodable_byte() -> None:
    path = str(DATA / "latin1.yaml")
    with pytest.raises(ExpectationError) as caught:
        load(path)
    assert str(caught.value) == f"{path}:1:11: not UTF-8: byte 0xe9 cannot be decoded"


def test_load_empty_file_is_an_expectation_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_bytes(b"")
    with pytest.raises(ExpectationError) as caught:
        load(str(path))
    assert str(caught.value) == f"{path}: empty file: expected a mapping with 'event' and 'facts'"


def test_load_accepts_a_utf8_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfevent: x\nfacts: [{id: a, kind: mention, value: A}]\n")
    assert load(str(path)).event == "x"


# --- good files ------------------------------------------------------------------------------


def spec_read_plainly(raw: dict[str, Any], when: dt.date) -> tuple[str, FactSpec]:
    """An independent reading of one fact from ``yaml.safe_load`` output: (expected, spec).

    ``when`` is the file's date, which a quantity fact without its own takes."""
    kind, texts = raw["kind"], lambda key: tuple(raw.get(key, ()))
    if kind == "quantity":
        return str(raw["value"]), QuantitySpec(
            low=raw["value"],
            high=raw["value"],
            cues=texts("cues"),
            subjects=texts("subjects"),
            when=Period.of(when),
        )
    if kind == "date":
        value = Period.of(raw["value"])
        return value.isoformat(), DateSpec(value=value, cues=texts("cues"))
    if kind == "role":
        return f"{raw['person']}, {raw['role']}", RoleSpec(
            person=raw["person"],
            person_aliases=texts("aliases"),
            role=raw["role"],
            role_aliases=texts("role_aliases"),
        )
    if kind == "name":
        return raw["value"], NameSpec(
            value=raw["value"], variants=texts("variants"), not_misspellings=texts("allow")
        )
    if kind == "claim":
        variants = tuple(
            Variant(name=name, phrases=tuple(body))
            if isinstance(body, list)
            else Variant(
                name=name,
                phrases=tuple(body.get("phrases", ())),
                patterns=tuple(body.get("patterns", ())),
            )
            for name, body in raw["variants"].items()
        )
        return raw["value"], ClaimSpec(expected=raw["value"], variants=variants)
    assert kind == "mention"
    return raw["value"], MentionSpec(value=raw["value"], aliases=texts("aliases"))


def test_shipped_albab_file_loads_with_exactly_the_facts_it_declares() -> None:
    """Every fact of the shipped file, compared with PyYAML's own reading of it."""
    text = ALBAB.read_text(encoding="utf-8")
    plain = yaml.safe_load(text)
    expectations = load(str(ALBAB))
    assert expectations.path == str(ALBAB)
    assert expectations.event == plain["event"]
    assert expectations.reference_date == plain["date"] == dt.date(2017, 2, 9)
    assert expectations.sources == tuple(plain["sources"]) == ("../seeds/*.txt",)
    loaded = [
        (fact.id, fact.kind, fact.expected, fact.spec, fact.description)
        for fact in expectations.facts
    ]
    declared = [
        (raw["id"], raw["kind"], *spec_read_plainly(raw, plain["date"]), raw.get("description", ""))
        for raw in plain["facts"]
    ]
    assert loaded == declared
    # the file uses every kind but time: the seeds give no time of day
    assert {fact.kind for fact in expectations.facts} == set(KINDS) - {"time"}
    id_lines = [
        (match.group(1), text.count("\n", 0, match.start()) + 1)
        for match in re.finditer(r"^  - id: (\S+)$", text, re.MULTILINE)
    ]
    assert [(fact.id, fact.location) for fact in expectations.facts] == [
        (fact_id, Location(path=str(ALBAB), line=line, column=5)) for fact_id, line in id_lines
    ]
    # the values people read, pinned: these are what every report shows
    assert expectations.fact("killed").expected == "3"
    assert expectations.fact("spokesman").expected == "Dmitry Peskov, Kremlin spokesman"
    cause = expectations.fact("cause").spec
    assert isinstance(cause, ClaimSpec)
    assert [variant.name for variant in cause.variants] == [
        "lack of coordination",
        "wrong coordinates from the Turkish side",
    ]
    assert cause.variants[0].phrases and not cause.variants[0].patterns  # a list: phrases only
    assert cause.variants[1].phrases and cause.variants[1].patterns  # a mapping: both


def test_minimal_ten_line_file_loads_with_defaults() -> None:
    path = DATA / "minimal.yaml"
    assert len(path.read_text(encoding="utf-8").splitlines()) == 10
    expectations = load(path)
    assert expectations.path == str(path)
    assert expectations.event == "Minimal event"
    assert expectations.sources == ()
    assert expectations.reference_date is None
    killed, place = expectations.facts
    assert killed.spec == QuantitySpec(low=3, high=3, cues=("killed",), subjects=())
    assert (killed.expected, killed.description) == ("3", "")
    assert killed.location == Location(path=str(path), line=4, column=5)
    assert place.spec == MentionSpec(value="al-Bab", aliases=())
    assert place.location == Location(path=str(path), line=8, column=5)


def test_every_kind_with_every_optional_key_maps_onto_its_spec() -> None:
    expectations = load(DATA / "every-kind.yaml")
    assert expectations.sources == ("articles/*.txt",)  # a single glob becomes a 1-tuple
    assert expectations.reference_date == dt.date(2017, 2, 9)  # quoted ISO string
    specs = {fact.id: fact.spec for fact in expectations.facts}
    assert specs["wounded"] == QuantitySpec(
        low=11,
        high=11,
        cues=("wounded", "injured"),
        subjects=("soldiers",),
        when=Period.parse("2017-02-09"),  # the file's date
    )
    assert expectations.fact("wounded").description == "the wounded count"
    assert specs["when"] == DateSpec(value=Period.parse("2017-02-09"), cues=("strike",))
    assert specs["hour"] == TimeSpec(
        value=21 * 60 + 30, tolerance=15, cues=("strike",), subjects=("jets",)
    )
    assert specs["spokesman"] == RoleSpec(
        person="Dmitry Peskov",
        person_aliases=("Peskov",),
        role="Kremlin spokesman",
        role_aliases=("Putin's spokesman",),
    )
    assert specs["akar"] == NameSpec(
        value="General Hulusi Akar", variants=("Hulusi Akar",), not_misspellings=("Akar's",)
    )
    # variant names are names even when YAML 1.1 would read them as booleans
    assert specs["cause"] == ClaimSpec(
        expected="no",
        variants=(
            Variant(name="yes", phrases=("coordination error",)),
            Variant(name="no", patterns=("wrong (?:co-?ordinates)",)),
            Variant(name="maybe", phrases=("unclear",)),
        ),
    )
    assert specs["v1.2_x-y"] == MentionSpec(value="al-Bab", aliases=("Al Bab",))


@pytest.mark.parametrize(
    ("tolerance", "minutes", "expected"),
    [("", 0, "00:41"), ("15min", 15, "00:41 (±15 min)"), ("20 minutes", 20, "00:41 (±20 min)"),
     ("1h", 60, "00:41 (±60 min)"), ("2 hours", 120, "00:41 (±120 min)")],
)  # fmt: skip
def test_time_fact_maps_onto_minutes_after_midnight(
    tolerance: str, minutes: int, expected: str
) -> None:
    extra = f", tolerance: '{tolerance}'" if tolerance else ""
    text = f"event: x\nfacts:\n  - {{id: t, kind: time, value: '00:41', cues: [took off]{extra}}}\n"
    (fact,) = loads(text).facts
    assert fact.spec == TimeSpec(value=41, tolerance=minutes, cues=("took off",))
    assert fact.expected == expected


@pytest.mark.parametrize(
    "written", ["2017-02-09", "'2017-02-09'", '"2017-02-09"'], ids=["yaml-date", "single", "double"]
)
def test_date_fact_accepts_a_yaml_date_or_an_iso_string(written: str) -> None:
    fact = f"{{id: d, kind: date, value: {written}, cues: [strike]}}"
    text = f"event: x\ndate: {written}\nfacts:\n  - {fact}\n"
    expectations = loads(text)
    assert expectations.reference_date == dt.date(2017, 2, 9)
    assert expectations.facts[0].spec == DateSpec(
        value=Period.parse("2017-02-09"), cues=("strike",)
    )
    assert expectations.facts[0].expected == "2017-02-09"


@pytest.mark.parametrize(
    ("written", "aliases"),
    [
        ("{Christmas Eve: 2017-12-24, Eid: 2017-06}",
         (("Christmas Eve", Period.parse("2017-12-24")), ("Eid", Period.parse("2017-06")))),
        ("[the night of the attack]", (("the night of the attack", Period.parse("2017-12-24")),)),
    ],
)  # fmt: skip
def test_date_aliases_map_phrases_to_days_or_name_the_facts_own_date(
    written: str, aliases: tuple[tuple[str, Period], ...]
) -> None:
    fact = f"{{id: d, kind: date, value: 2017-12-24, cues: [x], aliases: {written}}}"
    expectations = loads(f"event: x\nfacts:\n  - {fact}\n")
    spec = expectations.facts[0].spec
    assert isinstance(spec, DateSpec) and spec.aliases == aliases


def test_loads_keeps_the_path_as_given_and_defaults_to_string_marker() -> None:
    text = "event: x\nfacts: [{id: a, kind: mention, value: A}]\n"
    assert loads(text).path == "<string>"
    assert loads(text, "rel/dir/file.yaml").facts[0].location == Location(
        path="rel/dir/file.yaml", line=2, column=9
    )


def test_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema_text = (files("factcheck") / "schema" / "expectations.schema.json").read_text("utf-8")
    schema = json.loads(schema_text)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["fact"]["properties"]["kind"]["enum"] == list(KINDS)


def test_every_key_of_the_schema_has_a_description_for_editors() -> None:
    """An editor shows these on hover; the keys every kind shares are described once, in
    'fact' (a kind's own schema lists them as ``true``)."""
    schema = json.loads((files("factcheck") / "schema" / "expectations.schema.json").read_text())
    objects = [("top level", schema), *schema["$defs"].items()]
    missing = [
        f"{name}.{key}"
        for name, body in objects
        for key, value in body.get("properties", {}).items()
        if value is not True and not value.get("description", "").strip()
    ]
    assert missing == []
    shared = schema["$defs"]["fact"]["properties"]
    assert all(shared[key]["description"] for key in ("id", "kind", "description"))


# --- numbers that cannot be compared, patterns that cannot run in linear time -------------------

_QUANTITY = """\
    event: e
    facts:
      - id: killed
        kind: quantity
        cues: [killed]
        {field}
    """


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("value: .nan", "case.yaml:6:12: facts[0].value: expected a number such as 3, 284.46 or "
         "'8.7 million', got .nan (not a number)"),
        ("value: .inf", "case.yaml:6:12: facts[0].value: expected a finite number, got .inf "
         "(infinity)"),
        ("value: 1" + "0" * 400, "case.yaml:6:12: facts[0].value: 10000000000000000... is too "
         "large: amounts go up to 1e+18"),
        ("value: '1" + "0" * 400 + "'", "case.yaml:6:12: facts[0].value: 10000000000000000... is "
         "too large: amounts go up to 1e+18"),
        ("range: [.nan, 3]", "case.yaml:6:13: facts[0].range[0]: expected a number such as 3, "
         "284.46 or '8.7 million', got .nan (not a number)"),
        ("range: [1, .inf]", "case.yaml:6:16: facts[0].range[1]: expected a finite number, got "
         ".inf (infinity)"),
        ("value: 3\n        tolerance: .nan", "case.yaml:7:16: facts[0].tolerance: expected a "
         "fraction from 0 to 1, got .nan (not a number)"),
    ],
)  # fmt: skip
def test_nan_infinite_and_huge_amounts_are_problems_at_their_place(
    field: str, expected: str
) -> None:
    assert problems_of(_QUANTITY.format(field=field)) == [expected]


def test_the_largest_amount_allowed_loads() -> None:
    loads(textwrap.dedent(_QUANTITY.format(field="value: 1000000000000000000")), "case.yaml")


_PATTERN = """\
    event: e
    facts:
      - id: cause
        kind: claim
        value: a
        variants:
          a: [lack of coordination]
          b:
            patterns: ['{pattern}']
    """


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("coordinates (?=provided)", "invalid perl operator: (?="),
        ("(said) \\1", "invalid escape sequence: \\1"),
        ("(?<!not )provided", "invalid perl operator: (?<!"),
    ],
)
def test_validate_refuses_a_pattern_re2_cannot_run_and_says_the_syntax(
    pattern: str, reason: str
) -> None:
    assert problems_of(_PATTERN.format(pattern=pattern)) == [
        f"case.yaml:9:20: facts[0].variants.b.patterns[0]: invalid regular expression: {reason}; "
        "patterns use RE2 syntax: no lookarounds, backreferences, atomic groups or possessive "
        "repeats"
    ]


@pytest.mark.parametrize("pattern", ["(a+)+$", "said (\\w+\\s?)+!"])
def test_a_pattern_catastrophic_for_backtracking_loads_and_checks_at_once(pattern: str) -> None:
    from factcheck.engine import check
    from factcheck.sources import source_from_text

    expectations = loads(textwrap.dedent(_PATTERN.format(pattern=pattern)), "case.yaml")
    text = "He said " + "word " * 3000 + "a" * 3000 + "b."
    report = check(expectations, [source_from_text(text, id="hostile.txt")])
    assert [verdict.status for verdict in report.verdicts] == [Status.OMISSION]


# --- fuzz: whatever the YAML holds, one line per problem and exit 0 or 2 -------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=expectation_documents())
def test_validate_of_any_yaml_structure_exits_0_or_2_without_a_traceback(
    document: dict[str, object], tmp_path_factory: pytest.TempPathFactory
) -> None:
    import io

    from factcheck.cli import run

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(["validate", str(path)], stdout, stderr)
    assert code in (0, 2), stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
    if code == 2:
        assert all(
            line.startswith((str(path), "factcheck: ")) for line in stderr.getvalue().splitlines()
        )
