"""What a drafter of one-variant claims proposes, read the same way by each drafter's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from factcheck.draft.model import Candidate
from factcheck.match.document import Document
from factcheck.sources import source_from_text

Scan = Callable[[Iterable[Document], int], list[Candidate]]


def one_variant_claims(
    scan: Scan, *texts: str, min_sources: int = 1, by_id: bool = False
) -> dict[str, list[str]]:
    """Each candidate's value (its id when ``by_id``, whose value is then its first phrase) ->
    the phrases of its one variant; each ``texts`` is one source."""
    docs = [Document(source_from_text(text, id=f"{i}.txt")) for i, text in enumerate(texts)]
    found = {}
    for candidate in scan(docs, min_sources):
        assert candidate.kind == "claim"
        [(name, phrases)] = candidate.keys["variants"].items()
        assert name == candidate.keys["value"]
        if by_id:
            assert name == phrases[0]
        found[candidate.id if by_id else name] = phrases
    return found
