"""``factcheck draft``: a first expectation file, and where the sources disagree, from a
story's articles alone. Scanners propose candidate facts with the readers ``check`` uses
(counts, dates, sentences, role titles); every candidate is then checked against the sources by
the same checkers, and the value most sources state is kept."""

from factcheck.draft.model import Draft, Proposal, Statement
from factcheck.draft.propose import draft

__all__ = ["Draft", "Proposal", "Statement", "draft"]
