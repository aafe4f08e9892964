"""A suite that does not use factcheck: what the plugin adds to its start-up is measured."""


def test_addition() -> None:
    assert 1 + 1 == 2
