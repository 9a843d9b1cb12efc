"""Compiled lexicons: `load()` returns the shared read-only Lexicon (built by `build.py`)."""

from .load import Lexicon, load

__all__ = ["Lexicon", "load"]
