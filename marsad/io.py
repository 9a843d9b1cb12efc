"""Readers: txt / JSONL / CSV / Parquet / directories / stdin → Documents.

Bad input never raises a traceback: whole-file problems raise InputError with a
message saying what to do; row-level problems (one malformed JSONL line) are
reported through `warn` and the other rows are still read.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date as _date
from pathlib import Path

from .errors import InputError, message
from .model import Document

MAX_TEXT_BYTES = 50 * 1024 * 1024
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]{1,500}>", re.S | re.I)
_ARABIC = re.compile(r"[\u0621-\u064a]")
Warn = Callable[[str], None]


def check_date(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        return _date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as err:
        raise InputError(message("bad_date", value=value)) from err


def check_country(value: str | None) -> str | None:
    """An ISO-3 country code option (`--country TUN`), upper-cased, or None."""
    if not value:
        return None
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InputError(f"--country {value!r}: give an ISO-3 country code such as TUN or LBY.")
    return code


def decode(data: bytes, path: str, warn: Warn) -> str:
    """UTF-8 (BOM tolerated), else cp1256 (Windows Arabic) when that yields Arabic."""
    if not data.strip():
        raise InputError(message("empty", path=path))
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(message("binary", path=path))
    for enc in ("utf-8-sig", "utf-16"):
        if enc == "utf-16" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as err:
        raise InputError(message("encoding", path=path)) from err
    if not _ARABIC.search(text):
        raise InputError(message("encoding", path=path))
    warn(f"{path}: not UTF-8; decoded as cp1256 (Windows Arabic).")
    return text


def clean_text(text: str, path: str, warn: Warn) -> str:
    if "<" in text and re.search(r"<(html|body|p|div|br|span|a)\b", text, re.I):
        warn(message("html", path=path))
        text = _TAG.sub(" ", text)
        text = html.unescape(text)
    return text


def _doc_date(value: object, default: str | None, where: str, warn: Warn) -> str | None:
    if value in (None, ""):
        return default
    try:
        return check_date(str(value))
    except InputError:
        warn(f"{where}: date {value!r} is not YYYY-MM-DD; using {default or 'no date'}.")
        return default


def read_txt(data: bytes, path: str, doc_id: str, date: str | None, warn: Warn) -> Iterator[Document]:
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(message("too_big", path=path, size=len(data), limit=MAX_TEXT_BYTES))
    text = clean_text(decode(data, path, warn), path, warn)
    if not text.strip():
        raise InputError(message("empty", path=path))
    if not _ARABIC.search(text):
        warn(message("no_arabic", path=path))
    yield Document(id=doc_id, text=text, date=date)


def read_jsonl(data: bytes, path: str, date: str | None, warn: Warn) -> Iterator[Document]:
    text = decode(data, path, warn)
    stem = Path(path).stem
    found = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
        except ValueError as err:
            warn(message("bad_json", path=path, line=n, why=str(err)[:80]))
            continue
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            warn(message("missing_text", path=path, line=n))
            continue
        found = True
        yield Document(
            id=str(row.get("id") or f"{stem}:{n}"),
            text=clean_text(body, f"{path}:{n}", warn),
            date=_doc_date(row.get("date"), date, f"{path}:{n}", warn),
            source=row.get("source"),
            url=row.get("url"),
            title=row.get("title"),
        )
    if not found:
        raise InputError(f"{path}: no readable JSONL rows with a 'text' field.")


def _rows_to_docs(rows: Iterator[dict], path: str, date: str | None, warn: Warn) -> Iterator[Document]:
    stem = Path(path).stem
    for n, row in enumerate(rows, 1):
        body = row.get("text")
        if not isinstance(body, str) or not body.strip():
            warn(message("missing_text", path=path, line=n))
            continue
        yield Document(
            id=str(row.get("id") or f"{stem}:{n}"),
            text=clean_text(body, f"{path}:{n}", warn),
            date=_doc_date(row.get("date"), date, f"{path}:{n}", warn),
            source=row.get("source") or None,
            url=row.get("url") or None,
            title=row.get("title") or None,
        )


def read_csv(data: bytes, path: str, date: str | None, warn: Warn) -> Iterator[Document]:
    text = decode(data, path, warn)
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise InputError(message("bad_csv", path=path, cols=", ".join(reader.fieldnames or [])))
    yield from _rows_to_docs(reader, path, date, warn)


def read_parquet(path: str, date: str | None, warn: Warn) -> Iterator[Document]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as err:  # pyarrow raises several types for corrupt files
        raise InputError(f"{path}: cannot read as Parquet ({err}).") from err
    if "text" not in table.column_names:
        raise InputError(message("bad_csv", path=path, cols=", ".join(table.column_names)))
    yield from _rows_to_docs(iter(table.to_pylist()), path, date, warn)


def read_path(path: str, date: str | None, warn: Warn) -> Iterator[Document]:
    """Documents from one input argument (file, directory or '-')."""
    if path == "-":
        data = sys.stdin.buffer.read()
        first = data.lstrip()[:1]
        if first == b"{":
            yield from read_jsonl(data, "<stdin>", date, warn)
        else:
            yield from read_txt(data, "<stdin>", "stdin", date, warn)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.suffix.lower() in (".txt", ".jsonl", ".csv", ".parquet"))
        if not files:
            raise InputError(message("empty_dir", path=path))
        for f in files:
            try:
                yield from read_path(str(f), date, warn)
            except InputError as err:
                warn(str(err))
        return
    if not p.exists():
        raise InputError(message("not_found", path=path))
    suffix = p.suffix.lower()
    if suffix == ".parquet":
        yield from read_parquet(path, date, warn)
        return
    data = p.read_bytes()
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(data, path, date, warn)
    elif suffix == ".csv":
        yield from read_csv(data, path, date, warn)
    else:
        yield from read_txt(data, path, p.stem, date, warn)


def read_text_arg(arg: str, warn: Warn) -> str:
    """A command's TEXT argument: the text itself, stdin (-), or an existing file's contents."""
    if arg == "-":
        buf = getattr(sys.stdin, "buffer", None)
        return decode(buf.read(), "<stdin>", warn) if buf is not None else sys.stdin.read()
    try:
        is_file = len(arg) < 4096 and "\n" not in arg and Path(arg).is_file()
    except OSError:  # a name too long for the file system: it is text
        is_file = False
    return decode(Path(arg).read_bytes(), arg, warn) if is_file else arg


def read_inputs(paths: list[str], date: str | None, warn: Warn) -> Iterator[Document]:
    for path in paths:
        yield from read_path(path, date, warn)
