"""One module per CLI subcommand (see marsad/cli.py); shared helpers for them live here."""

from __future__ import annotations

import sys


def note(msg: str) -> None:
    """A non-fatal remark about the input (decoding, stripped HTML) on stderr."""
    print(f"marsad: note: {msg}", file=sys.stderr)


def read_text(arg: str) -> str:
    """A TEXT argument (the text itself, a file path, or - for stdin), with notes on stderr."""
    from ..io import read_text_arg

    return read_text_arg(arg, note)
