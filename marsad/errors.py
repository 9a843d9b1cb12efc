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
    "missing_text": "{path}:{line}: row has no text; nothing to code (row kept out).",
    "bad_date": "{value!r} is not a date; use YYYY-MM-DD.",
    "bad_csv": "{path}: CSV needs a 'text' column (found: {cols}).",
    "html": "{path}: looks like HTML markup; tags were stripped before coding.",
    "no_arabic": "{path}: contains no Arabic text; no events can be coded.",
    "empty_dir": "{path}: directory has no .txt/.jsonl/.csv/.parquet files.",
    "ner_empty": "{path}: no tokens found. `marsad ner --conll` wants one token per line and a blank line between sentences.",
    "ner_encoding": "{path}: not valid UTF-8. Convert it first, e.g. `iconv -f cp1256 -t utf-8 {path}`.",
    "ner_not_file": "{path}: is a directory; give a token-per-line file, or - for stdin.",
    "ner_model_missing": "{path}: NER model not found. Reinstall marsad, or rebuild it with `python scripts/train_ner.py` (needs the shared NER data).",
    "store_locked": "{path}: the store is busy (another marsad process holds its lock) and stayed busy for {timeout:.0f} s. Wait for it to finish, or raise MARSAD_LOCK_TIMEOUT (seconds).",
    "store_missing": "{path}: no such store. Create one with `marsad ingest INPUT... --db {path}`.",
    "store_newer": "{path}: store schema version {found} is newer than this marsad understands ({current}). Upgrade marsad (pip install -U marsad) to read it.",
    "store_older_readonly": "{path}: store schema version {found} is older than this marsad's ({current}) and was opened read-only. Migrate it once with `marsad ingest --db {path} --migrate` (keeps all data), then query again.",
    "store_not_marsad": "{path}: is a DuckDB file but not a marsad store (no meta table). Give another --db path.",
    "store_bad_file": "{path}: cannot open as a DuckDB store ({why}).",
    "sql_not_query": "--sql accepts a single read-only query (SELECT/WITH/FROM/DESCRIBE/SHOW); got a {kind} statement. Write data with `marsad ingest`.",
    "sql_multiple": "--sql accepts exactly one statement; got {n}. Drop the extra ';'-separated statements.",
    "sql_error": "query failed: {why}",
    "parquet_needs_output": "--format parquet writes a binary file; give -o FILE.parquet.",
}


def message(name: str, **kw: object) -> str:
    return MESSAGES[name].format(**kw)
