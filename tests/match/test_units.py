"""Units glued to numbers, hyphenated modifiers, and declared units that convert (pint's)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.match.units import glued_unit, singular, unit_reader
from tests.conftest import check_fact
from tests.strategies import length_written, neutral_text, plant


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("30mph", ("30", "mph")),  # bulk corpus: "if you hit someone at 30mph"
        ("1.35km", ("1.35", "km")),  # bulk corpus: "at a speed of about 1.35km/h"
        ("2,500km", ("2,500", "km")),
        ("2,000-seat", ("2,000", "seat")),
        ("57-year-old", ("57", "year")),  # the age's unit is the year: "-old" is dropped
        ("20-month-old", ("20", "month")),
        ("50-nautical-mile", ("50", "nautical-mile")),
        ("9pm", None),  # a clock time is no unit
        ("4th", None),  # nor an ordinal
        ("3rds", None),
        ("1,200", None),
        ("three", None),
    ],
)
def test_glued_unit_splits_number_and_unit(word: str, split: tuple[str, str] | None) -> None:
    assert glued_unit(word) == split


@pytest.mark.parametrize(
    ("word", "one"),
    [("seats", "seat"), ("inches", "inch"), ("casualties", "casualty"), ("won", "won"),
     ("miles", "mile"), ("kilometres", "kilometre"), ("glass", "glass"), ("glasses", "glass"),
     ("boxes", "box"), ("flashes", "flash"), ("flies", "fly"), ("lies", "lie"), ("us", "us")],
)  # fmt: skip
def test_singular_of_unit_words(word: str, one: str) -> None:
    assert singular(word) == one


@pytest.mark.parametrize(
    ("declared", "written", "factor"),
    [
        ("km", "miles", 1.609344),
        ("km", "mi", 1.609344),
        ("mph", "km/h", 0.621371),
        ("mph", "kph", 0.621371),
        ("km/h", "miles/hour", 1.609344),
        ("m", "ft", 0.3048),
        ("years", "year", 1.0),
        ("days", "hours", 1 / 24),
        ("km", "kg", None),  # another dimension
        ("km", "in", None),  # "in" is a word, not an inch
        ("km", "points", None),  # ... and "points" no typographic length
        ("km", "th", None),  # pint's prefixes and symbols read too much: "th" a thou,
        ("km", "rd", None),  # "rd" a rod,
        ("hours", "us", None),  # "us" a microsecond,
        ("acres", "has", None),  # "has" hectares,
        ("km", "nm", None),  # "nm" nanometres (or nautical miles: either way not read)
        ("km", "kms", 1.0),  # a plural symbol
        ("km", "mm", 1e-6),  # a metric prefix on metres
        ("pounds", "kg", 2.20462262),  # "pounds" may be a mass: kg convert (never to conflict)
        ("pounds", "euros", None),  # ... and money: no other currency converts
        ("years", "minutes", None),  # an age or a drought is no count of minutes,
        ("minutes", "year", None),  # and "a 17-year-old" no stand-off of minutes
        ("years", "seconds", None),
        ("years", "months", 1 / 12),  # calendar units convert among themselves,
        ("minutes", "hours", 60.0),  # clock units too,
        ("hours", "days", 24.0),  # and days with both
        ("years", "days", 1 / 365.25),
        ("kg", "pounds", 0.45359237),  # ... except for a fact whose unit is a mass
        ("lb", "pound", 1.0),
        ("km", "pounds", None),  # another dimension: money again
        ("kg", "dollars", None),
        ("won", "dollars", None),
        ("seats", "seat", 1.0),  # a count noun: its singular, no conversion
        ("seats", "people", None),
    ],
)
def test_unit_reader_converts_within_a_dimension(
    declared: str, written: str, factor: float | None
) -> None:
    found = unit_reader(declared).factor(written)
    assert found == (None if factor is None else pytest.approx(factor, rel=1e-5))


@pytest.mark.parametrize("declared", ["$", "won", "euros", "seats", "degC"])
def test_money_count_nouns_and_temperatures_do_not_convert(declared: str) -> None:
    assert not unit_reader(declared).convertible


@pytest.mark.parametrize("declared", ["pound", "pounds", "Pounds"])
def test_a_fact_in_pounds_reads_money_and_mass(declared: str) -> None:
    reader = unit_reader(declared)
    assert (reader.convertible, reader.mass, reader.money) == (True, True, True)
    assert not unit_reader("lb").money


SPEED = """
id: speed
kind: quantity
value: 115
unit: mph
cues: [came off the tracks, derailed]
"""
DISTANCE = """
id: distance
kind: quantity
value: 5
unit: km
cues: [ran, walked]
"""
SEATS = """
id: seats
kind: quantity
value: 1500
unit: seats
cues: [hall, arena]
"""
WEIGHT = """
id: weight
kind: quantity
value: 400
unit: lb
tolerance: 0.05
cues: [gorilla, weighed, weighing]
"""
DEPTH = "id: depth\nkind: quantity\nvalue: 40\nunit: m\ncues: [well, deep, depth]"
BOY_AGE = "id: boy\nkind: quantity\nvalue: 3\nunit: years\ncues: [boy, child]"
GORILLA_AGE = "id: gorilla\nkind: quantity\nvalue: 17\nunit: years\ncues: [gorilla]"
AGE = """
id: age
kind: quantity
value: 64
unit: years
cues: [gunman, man]
"""


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # bulk corpus (BBC): the unit after the number, and glued to it
        (SPEED, "the express came off the tracks at 115 mph, when it was derailed", "match",
         "115 mph"),
        (SPEED, "The express came off the tracks at 115mph.", "match", "115 mph"),
        # the same speed in another unit agrees once converted: 185 km/h is 114.95 mph
        (SPEED, "The express came off the tracks at 185km/h.", "match", "114.95 mph (185km/h)"),
        (SPEED, "The express came off the tracks at about 185 km/h.", "match",
         "about 114.95 mph (185 km/h)"),
        (SPEED, "The express came off the tracks at 185 kilometres per hour.", "match",
         "114.95 mph (185 kilometres per hour)"),
        (SPEED, "The express came off the tracks at 185 kilometres an hour on Sunday.", "match",
         "114.95 mph (185 kilometres an hour)"),
        (SPEED, "The express came off the tracks at 60mph.", "contradiction", "60 mph"),
        # a number with no unit, or another dimension, is no speed
        (SPEED, "Seven people died when the express came off the tracks.", "omission", None),
        (SPEED, "The express came off the tracks 115 miles north of London.", "omission", None),
        # made up, another story: "about 3 miles" is 4.02 to 5.63 km
        (DISTANCE, "She ran about 3 miles along the harbour.", "match", "about 4.83 km (3 miles)"),
        (DISTANCE, "She ran 5km along the harbour.", "match", "5 km"),
        (DISTANCE, "She ran 5,000 metres along the harbour.", "match", "5 km (5,000 metres)"),
        (DISTANCE, "She ran 10 miles along the harbour.", "contradiction",
         "16.09 km (10 miles)"),
        # a unit of two words, and one per time with "a"
        ("id: r\nkind: quantity\nvalue: 93\nunit: km\ncues: [radius]",
         "Ships searched a radius of 50 nautical miles around the site.", "match",
         "92.6 km (50 nautical miles)"),
        ("id: w\nkind: quantity\nvalue: 20\nunit: km/day\ncues: [walked]",
         "They walked 20 km a day for a month.", "match", "20 km/day"),
        # a hyphenated modifier is a count of its noun (giveme5w1h: the Bataclan hall)
        (SEATS, "The attack on the 1,500-seat Bataclan hall was by far the deadliest", "match",
         "1,500 seats"),
        (SEATS, "Fans filled the 2,000-seat arena.", "contradiction", "2,000 seats"),
        # a weight in pounds for a fact in a unit of mass (made up, another story)
        (WEIGHT, "The 400-pound gorilla dragged the boy.", "match", "400 lb"),
        (WEIGHT, "The gorilla, weighing more than 400 pounds, was shot.", "match",
         "more than 400 lb"),
        (WEIGHT, "The 181-kg gorilla dragged the boy.", "match", "399.04 lb (181-kg)"),
        (WEIGHT, "The gorilla weighed 450 pounds.", "contradiction", "450 lb"),
        (WEIGHT, "The gorilla's keeper was fined 400 euros.", "omission", None),
        # a hyphened figure describes the noun after it (gorilla 003, 007, 008): the
        # gorilla's age is no boy's, a 38-year history no one's; a number word too
        (BOY_AGE, "officials shot a 17-year-old gorilla that grabbed and dragged a "
         "three-year-old boy", "match", "3 years"),
        (BOY_AGE, "footage showed the 17-year-old Harabe handling the child", "omission", None),
        (GORILLA_AGE, "the most difficult day in the 38-year history of the Cincinnati Zoo's "
         "gorilla programme", "omission", None),
        (GORILLA_AGE, "a 3-year-old got into the enclosure of a 450-pound gorilla", "omission",
         None),
        (GORILLA_AGE, "a 17-year-old western lowland gorilla", "match", "17 years"),
        (BOY_AGE, "The boy, a four-year-old, was taken to hospital.", "contradiction",
         "4 years"),  # standing for its noun: the boy's, by the cue before it
        # ... and in apposition to another noun, not the fact's (a hostile review's sentences)
        (GORILLA_AGE, "The gorilla's keeper, a 45-year-old, said Harambe was gentle.", "omission",
         None),
        (GORILLA_AGE, "The boy's mother, a 32-year-old, said the gorilla was protecting him.",
         "omission", None),
        # a hyphened measure that names its dimension counts for a fact that names it too
        (DEPTH, "The boy fell into an 80m-deep well.", "contradiction", "80 m"),
        (DEPTH, "He fell down a 40-metre-deep well in Hebei.", "match", "40 m"),
        (DEPTH, "He fell down a 30cm-diameter well in Hebei.", "omission", None),
        (DEPTH.replace(", deep, depth", ""), "The boy fell into an 80m-deep well.", "omission",
         None),
        # an age is a count of years (Las Vegas: "a 64-year-old white man")
        (AGE, "The gunman, identified as Stephen Paddock, a 64-year-old white man, was found",
         "match", "64 years"),
        (AGE, "The gunman, a 46-year-old, was found dead.", "contradiction", "46 years"),
    ],
)  # fmt: skip
def test_quantity_with_a_unit_reads_glued_and_converted_units(
    fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found)


POUNDS = (
    "id: weight\nkind: quantity\nvalue: 400\nunit: pounds\ntolerance: 0.05\ncues: [gorilla, animal]"
)
FEE = "id: fee\nkind: quantity\nvalue: 400\nunit: pounds\ncues: [fee, paid]"
MODULE = "id: module\nkind: quantity\nvalue: 19000\nunit: lb\ntolerance: 0.05\ncues: [module]"
PALMER = "id: palmer\nkind: quantity\nvalue: 38\nunit: years\ncues: [Palmer]"
INNINGS = "id: innings\nkind: quantity\nvalue: 10\nunit: innings\ncues: [victory, saw off]"
MINUTES = "id: minutes\nkind: quantity\nvalue: 10\nunit: minutes\ncues: [dragged]"
HELD = "id: held\nkind: quantity\nvalue: 2\nunit: days\ncues: [held, detained]"
TERM = "id: term\nkind: quantity\nvalue: 12\nunit: years\ncues: [jailed, sentence]"


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # "unit: pounds" reads "pounds" as written, money or mass (gorilla 007; made up)
        (POUNDS, "You're talking about an animal that's over 400 pounds and extremely strong.",
         "match", "more than 400 pounds"),
        (FEE, "The zoo paid 400 pounds for the survey.", "match", "400 pounds"),
        (FEE, "The zoo paid 350 pounds for the survey.", "contradiction", "350 pounds"),
        # ... and another unit of mass where the number weighs (gorilla 001, 006)
        (POUNDS, "The 181-kg gorilla picked the boy up.", "match", "399.04 pounds (181-kg)"),
        (POUNDS, "They shot down the 400lb animal.", "match", "400 pounds"),
        # ... but such a converted weight never contradicts: the file's pounds may be money
        (POUNDS, "The 300-kg gorilla picked the boy up.", "omission", None),
        (FEE, "A fee of 80 kg of rice was paid.", "omission", None),
        # a figure restated in brackets in another unit (gorilla 008; bulk, Falcon Heavy)
        (POUNDS, "a day after the 400-pound (181-kg) gorilla was shot dead", "match",
         "400 pounds"),
        # "-plus": at least the figure (gorilla 003)
        (POUNDS, "they needed to put down the 400-pound-plus male gorilla", "match",
         "at least 400 pounds"),
        # a verb that weighs gives the measure (bulk: the space station module, 2018)
        (MODULE, "The module weighs nearly 19,000 pounds and it's pretty dense too.", "match",
         "nearly 19,000 lb"),
        (MODULE, "The module weighed 25,000 pounds.", "omission", None),  # loose: supports only
        # an age said without its unit (bulk: Carson Palmer, 2018; gorilla 001, 006)
        (PALMER, "Palmer, who turned 38 last week, made the announcement in an essay.",
         "match", "38 years"),
        (PALMER, "Palmer, who was 38, made the announcement.", "match", "38 years"),
        (PALMER, "Palmer turned 37 last week.", "omission", None),  # loose: supports only
        (PALMER, "Palmer, aged 38, retired.", "match", "38 years"),
        (GORILLA_AGE, "The gorilla, who had turned 17 only a day earlier, stayed in the yard.",
         "match", "17 years"),
        # ... not with a unit after it, nor for a cue that is a verb, nor before the cue
        (PALMER, "Palmer turned 90 degrees and threw.", "omission", None),
        (PALMER, "Palmer, aged 3 months, was adopted.", "omission", None),
        (TERM, "He was jailed aged 19 for 12 years.", "omission", None),  # no term of 19
        # (the term after the age is not reached: a count between a cue and its count ends
        # the search, as it did before ages were read)
        (TERM, "Aged 19, he was jailed.", "omission", None),
        (TERM, "He died aged 80, after he was jailed.", "omission", None),
        (PALMER, "Palmer was 38 minutes late.", "omission", None),
        # a span that opens the sentence frames its main clause (cubs 005; made up): loose
        ("id: drought\nkind: quantity\nvalue: 108\nunit: years\ncues: [curse]",
         "For 108 years, this is when the curse arrives and gags the life out of the Cubs.",
         "match", "108 years"),
        ("id: drought\nkind: quantity\nvalue: 100\nunit: years\ncues: [curse]",
         "For 108 years, this is when the curse arrives and gags the life out of the Cubs.",
         "omission", None),
        ("id: search\nkind: quantity\nvalue: 2\nunit: hours\ncues: [search]",
         "For 3 hours, police waited at the gate while divers and dogs and volunteers from "
         "the village prepared the search.", "omission", None),  # too far from the cue
        # "-plus" only with a unit: "the 65-plus age group" is a band of ages, no count
        ("id: deaths\nkind: quantity\nvalue: 12\ncues: [deaths]",
         "Deaths among the 65-plus age group reached 12.", "match", "12"),
        # "in" or "for" opens the measure of the cue's own phrase (cubs 003, 007; gorilla
        # 001, 003; made up, another story)
        (INNINGS, "eventually eking out an 8-7 victory in 10 innings", "omission", None),
        # (a noun cue may be the object of a verb the measure belongs to: "reached the moat in
        # 3 minutes"; so only a verb cue's object or agent lets "in" or "for" through)
        (INNINGS, "Joe Maddon's men eventually saw off the Cleveland Indians 8-7 in ten innings "
         "of a rain-delayed game seven", "match", "10 innings"),
        (MINUTES, "The 181-kg gorilla picked the boy up and dragged him for at least 10 minutes.",
         "match", "at least 10 minutes"),
        (MINUTES, "He was dragged by the gorilla for about 10 minutes.", "match",
         "about 10 minutes"),
        (HELD, "Police held him for 48 hours before releasing him.", "match", "2 days (48 hours)"),
        (HELD, "Police held Smith for 72 hours.", "omission", None),  # loose: supports only
        (HELD, "Police held the suspect for 72 hours.", "omission", None),  # a common noun
        # ... not where words with a verb of their own stand between (bulk, the Cubs; gorilla 004)
        ("id: drought\nkind: quantity\nvalue: 108\nunit: years\ncues: [curse]",
         "The curse held true for 71 years.", "omission", None),
        (GORILLA_AGE, "The gorilla center has been part of the zoo for more than 30 years.",
         "omission", None),
    ],
)  # fmt: skip
def test_pounds_ages_and_measures_said_with_a_verb(
    fact: str, text: str, status: str, found: str | None
) -> None:
    """How a weight and an age are said: "pound" is money and a mass; "who turned 17", "aged
    45" are ages in years; "weighs", "that's", "in", "for" tie a measure to its cue, loosely:
    such a measure may support the fact, never contradict it."""
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


@settings(max_examples=60, deadline=None)
@given(kg=st.integers(1, 5000), form=st.sampled_from(["the {}-kg gorilla", "the {}kg gorilla"]))
def test_a_weight_converted_for_a_fact_in_pounds_never_contradicts(kg: int, form: str) -> None:
    """A fact in "pounds" may be money: a weight in another unit may support it (when it
    agrees), and is context otherwise."""
    verdict = check_fact(POUNDS, f"Keepers shot {form.format(kg)} on Saturday.")
    pound = 2.20462262  # a weight written in kg is rounded to the kg
    agrees = (kg - 0.5) * pound <= 400 * 1.05 and (kg + 0.5) * pound >= 400 * 0.95
    assert verdict.status == ("match" if agrees else "omission"), verdict.detail


@pytest.mark.parametrize(
    ("text", "status", "found"),
    [
        ("The gunman, a 64-year-old white man, was found dead; 58 people were killed.",
         "match", "58"),
        ("A 2,000-seat arena was hit and 17 people were killed.", "contradiction", "17"),
        ("Police said the car was doing 30mph when 3 people were killed.", "contradiction",
         "3"),
        ("A 57-year-old was killed.", "omission", None),
    ],
)  # fmt: skip
def test_a_number_with_a_glued_unit_is_no_count_for_a_fact_without_unit(
    text: str, status: str, found: str | None
) -> None:
    """ "a 64-year-old man", "a 2,000-seat arena", "30mph" are no tolls: a fact without
    ``unit`` reads only the plain numbers."""
    fact = "id: killed\nkind: quantity\nvalue: 58\ncues: [killed]"
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found)


@settings(max_examples=60, deadline=None)
@given(length_written())
@example(("5", "km", 5.0))
@example(("3.1", "miles", 5.0))
def test_a_length_written_in_any_unit_agrees_with_the_same_length_in_km(
    written: tuple[str, str, float],
) -> None:
    """A length written with any unit of length, rounded as people write it, agrees with the
    fact's value in km within the fact's tolerance (here 1%)."""
    number, unit, km = written
    fact = f"id: d\nkind: quantity\nvalue: {km}\nunit: km\ntolerance: 0.01\ncues: [ran]"
    verdict = check_fact(fact, f"The team ran {number} {unit} before dawn.")
    assert verdict.status == "match", verdict.detail


# a hostile review's sentences, of other stories: each gave a false contradiction with the
# loose ties before they were made to support only (and narrowed)
LOOSE_TIES_NEVER_CONTRADICT = [
    ("id: f\nkind: quantity\nvalue: 12\nunit: years\ncues: [prison]",
     "Jones was sent to prison aged 19 after the robbery."),
    ("id: f\nkind: quantity\nvalue: 6\nunit: months\ncues: [trial]",
     "The vaccine trial in children aged 5 to 11 ran for a year."),
    ("id: f\nkind: quantity\nvalue: 3\nunit: years\ncues: [shelter]",
     "The shelter turned 200 people away last winter."),
    ("id: f\nkind: quantity\nvalue: 12\nunit: years\ncues: [Palmer]",
     "Palmer, who turned 38 last week, made the announcement in an open letter released "
     "Tuesday by the Cardinals."),
    ("id: f\nkind: quantity\nvalue: 3\nunit: years\ncues: [hostage]",
     "The hostage, who was 28, was freed by special forces in a dawn raid."),
    ("id: f\nkind: quantity\nvalue: 300\nunit: pounds\ncues: [stole]",
     "Thieves stole 800 pounds of copper wire from the depot."),
    ("id: f\nkind: quantity\nvalue: 181\nunit: kg\ncues: [bear]",
     "The 400-pound (181-kg) bear was tranquilised."),
    ("id: f\nkind: quantity\nvalue: 1000\nunit: kg\ncues: [bull]",
     "The 2,200-pound (1,000-kg) bull escaped."),
    ("id: f\nkind: quantity\nvalue: 3000\nunit: metres\ncues: [plane]",
     "The plane, which was 30 km from the airport, crashed into a hillside."),
    ("id: f\nkind: quantity\nvalue: 7\nunit: hours\ncues: [flight]",
     "The flight, which was 3 hours late, landed safely in Boston."),
    ("id: f\nkind: quantity\nvalue: 12\nunit: metres\ncues: [boat]",
     "The boat capsized in waters measuring 40 metres deep."),
    ("id: f\nkind: quantity\nvalue: 3\nunit: days\ncues: [jury]",
     "The jury weighed 12 days of evidence before reaching its verdict."),
    ("id: f\nkind: quantity\nvalue: 2\nunit: days\ncues: [lashed]",
     "Storms lashed Britain for the third time in 10 days."),
]  # fmt: skip
# ... and sentences where the same figure would have made a false match (a second review)
LOOSE_TIES_NEVER_MATCH = [
    ("id: f\nkind: quantity\nvalue: 30\nunit: km\ncues: [plane]",
     "The plane, which was 30 km north of the airport, lost contact."),
    ("id: f\nkind: quantity\nvalue: 100\nunit: metres\ncues: [well]",
     "The boy fell into a well that was 100 metres from his home."),
    ("id: f\nkind: quantity\nvalue: 12\nunit: days\ncues: [jury]",
     "The jury weighed 12 days of evidence before reaching its verdict."),
    ("id: f\nkind: quantity\nvalue: 3\nunit: days\ncues: [held]",
     "The gang held him for 3 days' wages."),
    ("id: f\nkind: quantity\nvalue: 30\nunit: m\ncues: [pit, deep, depth]",
     "The pit, which is 30 metres wide, flooded."),
]  # fmt: skip


@pytest.mark.parametrize(("fact", "text"), LOOSE_TIES_NEVER_MATCH)
def test_a_loose_tie_that_measures_something_else_is_no_match(fact: str, text: str) -> None:
    assert check_fact(fact, text).status == "omission"


@pytest.mark.parametrize(("fact", "text"), LOOSE_TIES_NEVER_CONTRADICT)
def test_a_loose_tie_never_contradicts(fact: str, text: str) -> None:
    assert check_fact(fact, text).status != "contradiction"


LOOSE_FORMS = [
    "The gorilla, who turned {n}, was moved.",
    "The gorilla, aged {n}, was moved.",
    "The gorilla weighs {n} pounds.",
    "The gorilla, which was {n} metres from the gate, was moved.",
    "Keepers dragged him for {n} minutes.",
    "The {n}-pound ({n}-kg) gorilla was moved.",
]


@settings(max_examples=80, deadline=None)
@given(
    sentences=neutral_text(),
    at=st.integers(0, 6),
    form=st.sampled_from(LOOSE_FORMS),
    n=st.integers(1, 5000),
    unit=st.sampled_from(["years", "lb", "m", "minutes", "kg"]),
)
def test_a_figure_tied_only_loosely_never_contradicts(
    sentences: list[str], at: int, form: str, n: int, unit: str
) -> None:
    """Whatever the figure and the fact's unit, a figure tied to the cue by one of the loose
    ties (an age, a verb that weighs, a relative clause, "for", a bracket) agrees or is
    context, never a contradiction."""
    fact = f"id: f\nkind: quantity\nvalue: 17\nunit: {unit}\ncues: [gorilla, dragged]"
    verdict = check_fact(fact, plant(sentences, form.format(n=n), at))
    assert verdict.status != "contradiction", verdict.detail


TONS = "id: oil\nkind: quantity\nvalue: 600\nunit: tons\ncues: [transferring, transferred]"
PERCENT = "id: cut\nkind: quantity\nvalue: 89\nunit: percent\ncues: [cut, fell]"


@pytest.mark.parametrize(
    ("fact", "text", "status", "found"),
    [
        # North Korea's oil (December 2017): a ton written bare is the metric ton
        (TONS, "Its crew is suspected of transferring about 600 tons of refined petroleum.",
         "match", "about 600 tons"),
        (TONS, "The ship transferred 600 tonnes of oil.", "match", "600 tons (600 tonnes)"),
        (TONS, "The ship transferred 600 metric tons of oil.", "match",
         "600 tons (600 metric tons)"),
        (TONS, "The ship transferred 600,000 kg of oil.", "match", "600 tons (600,000 kg)"),
        # a bare ton may be a short or a long one: a figure in another unit of mass that
        # agrees only within that spread is context, neither a match nor a contradiction (the
        # 600 tons of a file may be short tons; a writer's 40 tons may be short ones)
        (TONS, "The ship transferred 600 short tons of oil.", "omission", None),
        (TONS, "The ship transferred 700 tonnes of oil.", "contradiction",
         "700 tons (700 tonnes)"),
        ("id: span\nkind: quantity\nvalue: 950\nunit: tons\ncues: [span]",
         "The 862-tonne span collapsed.", "omission", None),
        ("id: whale\nkind: quantity\nvalue: 36\nunit: tonnes\ncues: [weighed]",
         "The whale weighed 40 tons, NOAA said.", "omission", None),
        ("id: whale\nkind: quantity\nvalue: 36\nunit: tonnes\ncues: [weighed]",
         "The whale weighed 50 tons, NOAA said.", "contradiction", "50 tonnes (50 tons)"),
        # percentages count for a fact whose unit asks for them, in every way they are written
        (PERCENT, "Imports fell 89 percent, officials said.", "match", "89 percent"),
        (PERCENT, "Imports were cut by 89% in the quarter.", "match", "89 percent"),
        (PERCENT, "Imports fell by about 90 per cent, officials said.", "match",
         "about 90 percent"),
        (PERCENT, "Imports fell 50 per cent, officials said.", "contradiction", "50 percent"),
        # a percent sign as the unit is shown after the figure, as written
        ('id: cut\nkind: quantity\nvalue: 89\nunit: "%"\ncues: [fell]',
         "Imports fell 89 per cent, officials said.", "match", "89%"),
        # ... and only those: a bare number, points, or "per" alone are no percentage
        (PERCENT, "Imports fell 89, officials said.", "omission", None),
        (PERCENT, "Imports fell 89 points, officials said.", "omission", None),
        (PERCENT, "Imports fell 89 per day, officials said.", "omission", None),
        # without that unit, a percentage is still no count
        ("id: cut\nkind: quantity\nvalue: 89\ncues: [cut]", "China cut imports by 89%.",
         "omission", None),
    ],
)  # fmt: skip
def test_tons_are_metric_and_percentages_count_for_a_percent_unit(
    fact: str, text: str, status: str, found: str | None
) -> None:
    verdict = check_fact(fact, text)
    assert (verdict.status, verdict.found) == (status, found), verdict.detail


@settings(max_examples=80, deadline=None)
@given(tonnes=st.integers(545, 609))
def test_a_figure_within_the_spread_of_a_bare_ton_never_contradicts(tonnes: int) -> None:
    """600 tons may be 544 to 610 tonnes (short to long tons): a figure in tonnes inside that
    spread agrees or is context, never a contradiction."""
    verdict = check_fact(TONS, f"The ship transferred {tonnes} tonnes of oil.")
    assert verdict.status != "contradiction", verdict.detail


# "N pounds of" something is money or a weight: for `unit: pounds` it counts only as the
# weight a cue right after "of" names, and then supports, never contradicts; for `unit: lb` or
# `kg` it is no weight (the hostile review's "100,000 pounds of damage", "pounds of cash")
POUNDS_OF = [
    ("value: 5.1 million\nunit: pounds\ntolerance: 0.02\ncues: [thrust]",
     "At liftoff, the rocket packs about 5 million pounds of thrust.", "match"),
    ("value: 5.1 million\nunit: pounds\ntolerance: 0.02\ncues: [thrust]",
     "The old rocket had 3 million pounds of thrust.", "omission"),
    ("value: 300\nunit: pounds\ncues: [copper]",
     "Thieves stole 300 pounds of copper wire from the depot.", "match"),
    ("value: 1000\nunit: pounds\ncues: [donated]",
     "Residents donated 1,000 pounds of food to the shelter.", "omission"),
    ("value: 800\nunit: lb\ncues: [stole]",
     "Thieves stole 900 pounds of copper wire from the depot.", "omission"),
    ("value: 100\nunit: lb\ncues: [damage]",
     "Vandals caused 100,000 pounds of damage to the school in Bristol.", "omission"),
    ("value: 2\nunit: kg\ncues: [stolen]",
     "Jewellery and 2,000 pounds of cash were stolen from the house in Leeds.", "omission"),
    ("value: 800\nunit: £\ncues: [stole]",
     "Thieves stole 800 pounds of copper wire from the depot.", "omission"),
]  # fmt: skip


@pytest.mark.parametrize(("fact", "text", "status"), POUNDS_OF)
def test_pounds_of_something_are_a_weight_only_of_what_a_cue_names(
    fact: str, text: str, status: str
) -> None:
    verdict = check_fact(f"id: f\nkind: quantity\n{fact}", text)
    assert verdict.status == status, verdict.detail


DEPTH = "id: d\nkind: quantity\nvalue: 40\nunit: m\ntolerance: 0.02\ncues: [depth]"
WIDTH = "id: w\nkind: quantity\nvalue: 30\nunit: cm\ncues: [diameter, wide, width]"


@pytest.mark.parametrize(
    ("fact", "text", "status"),
    [
        # china-boy-well 002: a hyphened measure of a dimension a cue names is its own cue,
        # loosely: it may support, never conflict (a hostile review's "tangled in a 300m-long
        # fishing line" measures another thing)
        (DEPTH, "The six-year-old fell into the 80m-deep well in Hebei province.", "omission"),
        ("id: l\nkind: quantity\nvalue: 20\nunit: m\ncues: [length]",
         "The whale was tangled in a 300m-long fishing line off the coast.", "omission"),
        ("id: l\nkind: quantity\nvalue: 20\nunit: m\ncues: [long]",
         "The 20m-long whale was tangled in a 300m-long fishing line off the coast.", "match"),
        # ... and with subjects, only of a subject
        ("id: l\nkind: quantity\nvalue: 4\nunit: m\ncues: [length]\nsubjects: [crocodile]",
         "The crocodile dragged a fisherman from a 4m-long canoe on the river.", "omission"),
        (DEPTH, "The boy fell into a 40m-deep well.", "match"),
        (WIDTH, "The 30cm-diameter well, which was too narrow for an adult to enter, was "
         "widened.", "match"),
        (WIDTH, "The 30cm-wide pipe was blocked.", "match"),
        # ... of another dimension, none
        (DEPTH, "The 40m-wide well was covered.", "omission"),
        # china-boy-well 003, 004: measures of two dimensions are no parts of one total
        (WIDTH, "A boy fell into a well measuring 130ft deep and 12 inches wide.", "match"),
        (DEPTH.replace("[depth]", "[deep, depth]"),
         "A boy fell into a well measuring 130ft deep and 12 inches wide.", "match"),
    ],
)  # fmt: skip
def test_a_hyphened_measure_of_a_named_dimension_is_read(fact: str, text: str, status: str) -> None:
    assert check_fact(fact, text).status.value == status


def test_parts_of_one_measure_still_sum() -> None:
    fact = "id: d\nkind: quantity\nvalue: 500\nunit: minutes\ncues: [delay]"
    assert check_fact(fact, "The flight had a delay of 8 hours and 20 minutes.").status == "match"


AGE_67 = "id: a\nkind: quantity\nvalue: 67\nunit: years\ncues: [Neu]"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # louisiana-email-scammer 001-003: a number set off after a name is an age
        ("Michael Neu, 67, was charged with 269 counts of wire fraud.", "match"),
        ("Michael Neu, 67 of Slidell, La., was arrested on wire fraud charges.", "match"),
        ("Michael Neu, 59, was charged with 269 counts of wire fraud.", "contradiction"),
        # ... not a count after a place and its comma, nor three digits
        ("In Slidell, Neu said 67 people were charged.", "omission"),
        ("Michael Neu, 670, was charged.", "omission"),
    ],
)
def test_a_number_set_off_after_a_name_is_an_age(text: str, status: str) -> None:
    assert check_fact(AGE_67, text).status.value == status
