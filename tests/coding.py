"""Helpers for tests that code one short text and look at its events (imported by the test modules)."""

from __future__ import annotations

from marsad.model import Document


def events(coder, text: str, date: str | None = "2017-05-05"):
    """The events `coder` (a Pipeline) codes in `text`, as one document of `date`."""
    return coder.code(Document(id="t", text=text, date=date))


def only(evs, cameo: str):
    """The one event with this CAMEO code (the assertion message lists what was coded instead)."""
    found = [e for e in evs if e.cameo == cameo]
    assert len(found) == 1, [(e.cameo, e.evidence.rule) for e in evs]
    return found[0]
