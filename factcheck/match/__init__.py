"""One checker per fact kind. ``compile_fact`` turns a fact into a function Document -> Verdict."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.match.claim import compile_claim
from factcheck.match.date import compile_date
from factcheck.match.document import Checker, Document
from factcheck.match.mention import compile_mention
from factcheck.match.name import compile_name
from factcheck.match.quantity import compile_quantity
from factcheck.match.role import compile_role
from factcheck.model import Fact

COMPILERS: dict[str, Callable[[Fact], Checker]] = {
    "quantity": compile_quantity,
    "date": compile_date,
    "role": compile_role,
    "name": compile_name,
    "claim": compile_claim,
    "mention": compile_mention,
}
KINDS = tuple(COMPILERS)


def compile_fact(fact: Fact) -> Checker:
    return COMPILERS[fact.kind](fact)


__all__ = ["COMPILERS", "KINDS", "Checker", "Document", "compile_fact"]
