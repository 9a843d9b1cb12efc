"""User-facing error types and their messages, in one place.

The library raises these; only the CLI turns them into a message and an exit code.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base error: `str(err)` is a complete message telling the user what to do."""

    exit_code = 1


class InputError(MarsadError):
    """The input could not be read as Arabic news (encoding, format, emptiness)."""

    exit_code = 2


class LexiconError(MarsadError):
    """A lexicon source file is invalid."""

    exit_code = 3


class StoreError(MarsadError):
    """The DuckDB store cannot be opened, migrated or written."""

    exit_code = 4


MESSAGES = {
    "binary": "{path}: looks like a binary file, not text. marsad reads UTF-8 (or cp1256) text, JSONL, CSV or Parquet.",
    "encoding": "{path}: cannot decode as UTF-8 or cp1256 (Windows Arabic). Convert it to UTF-8, e.g. `iconv -f <enc> -t utf-8`.",
    "empty": "{path}: the input is empty; nothing to code.",
    "not_found": "{path}: no such file or directory.",
    "too_big": "{path}: {size} bytes is over the {limit}-byte limit for a single text document; split it or use JSONL.",
    "bad_json": "{path}:{line}: malformed JSONL row skipped ({why}).",
    "missing_text": "{path}:{line}: row has no 'text' field; skipped.",
    "bad_date": "{value!r} is not a date; use YYYY-MM-DD.",
    "bad_csv": "{path}: CSV needs a 'text' column (found: {cols}).",
    "html": "{path}: looks like HTML markup; tags were stripped before coding.",
    "no_arabic": "{path}: contains no Arabic text; no events can be coded.",
    "empty_dir": "{path}: directory has no .txt/.jsonl/.csv/.parquet files.",
}


def message(name: str, **kw: object) -> str:
    return MESSAGES[name].format(**kw)
