"""Candidate claims: whether two things are related, as a source says it.

English says that two events, people or things have nothing to do with each other with a
few adjectives: "unrelated", "unconnected". The clause that holds one is the account, read as
the clause of an adverb of accident is (:func:`~factcheck.draft.manner.clause_candidates`):
back to the sentence's start, punctuation, a word that opens a clause or a reporting verb, on
to its end, an article first left out. Equifax: "It says the two are unrelated" gives "two are
unrelated"; MH370: "but added the two incidents appear to be unrelated" gives "two incidents
appear to be unrelated". A clause the sentence negates or leaves open ("it is not clear
whether the two are unrelated") states nothing. The clauses of several sources are one account
when the words of one (stopwords aside) are all among the other's; each account is a claim of
one variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.draft.manner import clause_candidates
from factcheck.draft.model import Candidate
from factcheck.match.document import Document

_RELATION = re.compile(r"\b(?:unrelated|unconnected)\b", re.IGNORECASE)


def relation_candidates(docs: Iterable[Document], min_sources: int) -> list[Candidate]:
    """One candidate claim per account of two things unrelated that ``min_sources`` sources
    give."""
    return clause_candidates(docs, min_sources, _RELATION, "relation")
