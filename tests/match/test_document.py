"""The span index and the outermost-hit filter: the same answers as comparing every pair."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.match.document import Hit, SpanIndex, outermost
from tests.strategies import spans


def _hits(found: list[tuple[int, int]]) -> list[Hit]:
    return [Hit(start=start, end=end, value=str(index)) for index, (start, end) in enumerate(found)]


@given(st.lists(spans(), max_size=25))
def test_outermost_drops_exactly_the_hits_inside_a_longer_one(found: list[tuple[int, int]]) -> None:
    hits = _hits(found)
    every_pair = [
        hit
        for hit in hits
        if not any(
            o.start <= hit.start and hit.end <= o.end and (o.start, o.end) != (hit.start, hit.end)
            for o in hits
        )
    ]
    assert outermost(hits) == every_pair


@given(st.lists(spans(), max_size=25), spans(), st.integers(min_value=0, max_value=55))
def test_span_index_answers_overlap_and_cover_as_every_pair_does(
    indexed: list[tuple[int, int]], probe: tuple[int, int], at: int
) -> None:
    index = SpanIndex(indexed)
    start, end = probe
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in indexed)
    assert index.covers(at) == any(s <= at < e for s, e in indexed)


def test_outermost_keeps_hits_with_one_span_and_their_order() -> None:
    hits = _hits([(5, 9), (0, 20), (0, 20), (21, 22)])
    assert [hit.value for hit in outermost(hits)] == ["1", "2", "3"]
