"""The DuckDB store: one embedded file holding documents, sentences, mentions and (deduplicated) events.

Concurrency.  DuckDB lets one *process* write a file, and a writing process excludes readers in other
processes (an OS file lock: read-write is exclusive, read-only is shared).  So the store never keeps a
connection open: every operation opens the file, does its work and closes it.  Ingest codes a batch of
documents with the file closed (that is where nearly all the time goes), then opens it read-write, writes
the batch in one transaction (BEGIN … COMMIT) and closes it again.  Readers open it read-only for one
query.  Whoever finds the file locked retries with backoff for up to MARSAD_LOCK_TIMEOUT seconds
(default 60).  A reader therefore waits at most for one batch's write (tens of milliseconds), never for
the whole ingest, and the writer at most for a running query.

Transactions.  A document row, its article row, sentences, mentions, event mentions and the
re-deduplicated events of the groups it touches are written in the same transaction, so a crash
(even kill -9) loses at most the batch in flight; re-running the ingest skips the stored documents
(by content hash) and completes the rest, giving exactly the rows of a clean run.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from . import dedup
from .errors import MarsadError, StoreError, message
from .model import Coded, Document

SCHEMA_VERSION = 2
_RO_CONFIG = {"enable_external_access": False}  # user SQL may not read or write other files
_RW_CONFIG = {"threads": 1}  # batch writes are small; one thread leaves the other cores to the coder

_TABLES_V2 = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_key VARCHAR PRIMARY KEY,   -- sha256 of the text
    id VARCHAR, date DATE, source VARCHAR, url VARCHAR, title VARCHAR, text VARCHAR,
    n_sentences INTEGER, n_events INTEGER, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS articles (  -- each published copy of a text (id/source/url); v2
    article_key VARCHAR PRIMARY KEY, doc_key VARCHAR,
    id VARCHAR, date DATE, source VARCHAR, url VARCHAR, title VARCHAR, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS sentences (
    doc_key VARCHAR, idx INTEGER, story INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key VARCHAR, sentence INTEGER, idx INTEGER, tok_start INTEGER, tok_end INTEGER,
    span_start INTEGER, span_end INTEGER, text VARCHAR, kind VARCHAR,
    actor_code VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_name VARCHAR);
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR PRIMARY KEY, country VARCHAR, sector VARCHAR, name VARCHAR, mentions BIGINT);
CREATE TABLE IF NOT EXISTS event_mentions (  -- one row per coded sentence-level event: the evidence
    mention_id VARCHAR, raw_event_id VARCHAR, doc_key VARCHAR, doc_id VARCHAR, story INTEGER, sentence INTEGER,
    group_key VARCHAR, date DATE, date_precision VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
    place_key VARCHAR, place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT,
    confidence DOUBLE, rule VARCHAR, verb_start INTEGER, verb_end INTEGER,
    source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,
    record JSON);
CREATE TABLE IF NOT EXISTS event_links (event_id VARCHAR, mention_id VARCHAR, group_key VARCHAR);
CREATE TABLE IF NOT EXISTS events (  -- deduplicated: one row per real-world event
    event_id VARCHAR, group_key VARCHAR, date DATE, date_precision VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR, plover_context VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
    place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonames_id BIGINT,
    confidence DOUBLE, mentions INTEGER, sources INTEGER, articles INTEGER, doc_id VARCHAR,
    record JSON);
"""

EVENT_COLUMNS = [
    "event_id",
    "date",
    "date_precision",
    "source_code",
    "source_country",
    "source_sector",
    "target_code",
    "target_country",
    "target_sector",
    "cameo",
    "cameo_root",
    "plover",
    "plover_mode",
    "plover_context",
    "quad_class",
    "goldstein",
    "modality",
    "place_name",
    "place_country",
    "lat",
    "lon",
    "geonames_id",
    "confidence",
    "mentions",
    "sources",
    "articles",
    "doc_id",
]


# ---------------------------------------------------------------------------------------------- connections


def _lock_timeout() -> float:
    try:
        return float(os.environ.get("MARSAD_LOCK_TIMEOUT", "60"))
    except ValueError:
        return 60.0


def _is_lock_error(err: Exception) -> bool:
    text = str(err)
    return "lock" in text.lower() and ("Could not set lock" in text or "Conflicting lock" in text)


@contextmanager
def _connect(path: Path, read_only: bool, timeout: float | None = None):
    """Open the file for one operation, retrying while another process holds a conflicting lock."""
    import duckdb

    timeout = _lock_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=_RO_CONFIG if read_only else _RW_CONFIG)
            break
        except duckdb.Error as err:
            if not _is_lock_error(err):
                raise StoreError(message("store_bad_file", path=path, why=str(err).splitlines()[0])) from err
            if time.monotonic() >= deadline:
                raise StoreError(message("store_locked", path=path, timeout=timeout)) from err
            time.sleep(delay)
            delay = min(delay * 1.5, 0.05)  # lock checks are cheap; short waits keep both sides moving
    try:
        yield con
    finally:
        con.close()


# ---------------------------------------------------------------------------------------------- schema


def _schema_version(con) -> int | None:
    """None: empty file (new store).  Raises for a DuckDB file that is not ours."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables:
        return None
    if "meta" not in tables:
        return -1
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else -1


def _migrate_1_to_2(con) -> None:
    """v1 kept one row per document and no `articles` table; counts came from documents.  v2 records
    every published copy of a text (syndicated wire stories count as separate articles/sources)."""
    con.execute(
        "CREATE TABLE articles (article_key VARCHAR PRIMARY KEY, doc_key VARCHAR, id VARCHAR, date DATE,"
        " source VARCHAR, url VARCHAR, title VARCHAR, ingested_at TIMESTAMP)"
    )
    con.execute(
        "INSERT INTO articles SELECT md5(concat_ws('|', doc_key, coalesce(id, ''), coalesce(source, ''),"
        " coalesce(url, ''))), doc_key, id, date, source, url, title, ingested_at FROM documents"
    )
    con.execute("CREATE OR REPLACE TEMP TABLE _aff AS SELECT DISTINCT group_key FROM event_mentions")
    dedup.recluster(con, _window(con))
    con.execute("DROP TABLE _aff")


MIGRATIONS = {1: _migrate_1_to_2}  # version n → n + 1


def _window(con) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = 'dedup_window_days'").fetchone()
    return int(row[0]) if row else dedup.DEFAULT_WINDOW


def _init(con) -> None:
    con.execute("BEGIN")
    con.execute(_TABLES_V2)
    con.execute(
        "INSERT INTO meta VALUES ('schema_version', ?), ('dedup_window_days', ?)",
        [str(SCHEMA_VERSION), str(dedup.DEFAULT_WINDOW)],
    )
    con.execute("COMMIT")


def _check_schema(path: Path, read_only: bool) -> None:
    if read_only:
        if not path.exists():
            raise StoreError(message("store_missing", path=path))
        with _connect(path, True) as con:
            found = _schema_version(con)
        if found == SCHEMA_VERSION:
            return
        if found is None:  # an empty DuckDB file: a store still being created, or never written
            raise StoreError(message("store_missing", path=path))
        if found < 0:
            raise StoreError(message("store_not_marsad", path=path))
        if found > SCHEMA_VERSION:
            raise StoreError(message("store_newer", path=path, found=found, current=SCHEMA_VERSION))
        raise StoreError(message("store_older_readonly", path=path, found=found, current=SCHEMA_VERSION))
    path.parent.mkdir(parents=True, exist_ok=True)
    with _connect(path, False) as con:
        found = _schema_version(con)
        if found is None:
            _init(con)
            return
        if found < 0:
            raise StoreError(message("store_not_marsad", path=path))
        if found > SCHEMA_VERSION:
            raise StoreError(message("store_newer", path=path, found=found, current=SCHEMA_VERSION))
        if found < SCHEMA_VERSION:
            con.execute("BEGIN")
            for v in range(found, SCHEMA_VERSION):
                MIGRATIONS[v](con)
            con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
            con.execute("CHECKPOINT")


# ---------------------------------------------------------------------------------------------- ingest


@functools.cache
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(obj):
    """dataclasses.asdict without its deep copies (a third of ingest time went there)."""
    if dataclasses.is_dataclass(obj):
        return {name: _plain(getattr(obj, name)) for name in _field_names(type(obj))}
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    return obj


def event_dict(e) -> dict[str, Any]:
    """The same dict as `dataclasses.asdict(event)` (tuples become lists, as JSON has them)."""
    return _plain(e)


@dataclass
class IngestStats:
    docs_added: int = 0  # new texts coded and stored
    copies_added: int = 0  # known texts from another id/source/url (syndicated copies)
    skipped: int = 0  # already stored: nothing written
    failed: int = 0  # the coder raised on them (reported through `on_error`); not stored, retried next run
    sentences: int = 0
    event_mentions: int = 0  # sentence-level coded events stored
    batches: int = 0
    seconds: float = 0.0


def _article_key(doc_key: str, doc: Document) -> str:
    import hashlib

    raw = "|".join((doc_key, doc.id or "", doc.source or "", doc.url or ""))
    return hashlib.md5(raw.encode("utf-8")).hexdigest()


class _Batch:
    """One transaction's rows.  The coding thread only queues coded documents (`add`); the writer
    thread turns them into column lists (`build`) so that the coder never waits for it."""

    def __init__(self) -> None:
        self.queued: list[tuple[str, Coded, Any]] = []
        self.documents: dict[str, list] = {}
        self.articles: dict[str, list] = {}
        self.sentences: dict[str, list] = {}
        self.mentions: dict[str, list] = {}
        self.event_mentions: dict[str, list] = {}
        self.touched: list[str] = []  # doc_keys whose groups need re-deduplication

    @staticmethod
    def _add(table: dict[str, list], row: dict[str, Any]) -> None:
        if not table:
            for k in row:
                table[k] = []
        for k, v in row.items():
            table[k].append(v)

    def article(self, key: str, doc_key: str, doc: Document, now) -> None:
        self._add(
            self.articles,
            dict(
                article_key=key,
                doc_key=doc_key,
                id=doc.id,
                date=doc.date,
                source=doc.source,
                url=doc.url,
                title=doc.title,
                ingested_at=now,
            ),
        )
        self.touched.append(doc_key)

    def add(self, doc_key: str, coded: Coded, now) -> None:
        self.queued.append((doc_key, coded, now))

    def build(self) -> None:
        for doc_key, coded, now in self.queued:
            self.coded(doc_key, coded, now)
        self.queued = []

    def coded(self, doc_key: str, coded: Coded, now) -> None:
        doc = coded.document
        self._add(
            self.documents,
            dict(
                doc_key=doc_key,
                id=doc.id,
                date=doc.date,
                source=doc.source,
                url=doc.url,
                title=doc.title,
                text=doc.text,
                n_sentences=len(coded.sentences),
                n_events=len(coded.events),
                ingested_at=now,
            ),
        )
        for s in coded.sentences:
            self._add(
                self.sentences,
                dict(doc_key=doc_key, idx=s.index, story=s.story, start_char=s.start, end_char=s.end, text=s.text),
            )
        for i, m in enumerate(coded.mentions):
            a = m.actor
            self._add(
                self.mentions,
                dict(
                    doc_key=doc_key,
                    sentence=m.sentence,
                    idx=i,
                    tok_start=m.start,
                    tok_end=m.end,
                    span_start=m.span[0],
                    span_end=m.span[1],
                    text=m.text,
                    kind=m.kind,
                    actor_code=a.code if a else None,
                    actor_country=a.country if a else None,
                    actor_sector=a.sector if a else None,
                    actor_name=a.name if a else None,
                ),
            )
        seen: set[str] = set()
        for e in coded.events:
            mid = dedup.mention_id(doc_key, e)
            n = 1
            while mid in seen:  # the pipeline never repeats a signature in a sentence; be safe anyway
                mid = dedup.mention_id(doc_key + f"#{n}", e)
                n += 1
            seen.add(mid)
            s, t, loc, ev = e.source, e.target, e.location, e.evidence
            self._add(
                self.event_mentions,
                dict(
                    mention_id=mid,
                    raw_event_id=e.event_id,
                    doc_key=doc_key,
                    doc_id=e.doc_id,
                    story=e.story,
                    sentence=e.sentence,
                    group_key=dedup.group_key(e, doc_key),
                    date=dedup.period_start(e.date),
                    date_precision=e.date_precision,
                    source_code=s.code if s else None,
                    source_country=s.country if s else None,
                    source_sector=s.sector if s else None,
                    target_code=t.code if t else None,
                    target_country=t.country if t else None,
                    target_sector=t.sector if t else None,
                    cameo=e.cameo,
                    cameo_root=e.cameo_root,
                    plover=e.plover,
                    plover_mode=e.plover_mode,
                    plover_context=e.plover_context,
                    quad_class=e.quad_class,
                    goldstein=e.goldstein,
                    modality=e.modality,
                    place_key=dedup.place_key(e),
                    place_name=loc.name if loc else None,
                    place_country=loc.country if loc else None,
                    lat=loc.lat if loc else None,
                    lon=loc.lon if loc else None,
                    geonames_id=loc.geonames_id if loc else None,
                    confidence=ev.confidence,
                    rule=ev.rule,
                    verb_start=ev.verb_span[0],
                    verb_end=ev.verb_span[1],
                    source_start=ev.source_span[0] if ev.source_span else None,
                    source_end=ev.source_span[1] if ev.source_span else None,
                    target_start=ev.target_span[0] if ev.target_span else None,
                    target_end=ev.target_span[1] if ev.target_span else None,
                    record=json.dumps(event_dict(e), ensure_ascii=False),
                ),
            )

    def write(self, con, window: int) -> dict[str, int]:
        """Insert the batch; returns what another writer had stored meanwhile (and was dropped)."""
        self.build()
        dropped = {"documents": 0, "articles": 0, "sentences": 0, "event_mentions": 0}
        # Another writer may have stored some of these since we looked: keep only what is still new.
        for name, key in (("documents", "doc_key"), ("articles", "article_key")):
            cols = getattr(self, name)
            if not cols:
                continue
            keys = cols[key]
            have = {
                r[0]
                for r in con.execute(f"SELECT {key} FROM {name} WHERE {key} IN (SELECT unnest(?))", [keys]).fetchall()
            }
            if have:
                keep = [i for i, k in enumerate(keys) if k not in have]
                dropped[name] = len(keys) - len(keep)
                for c in cols:
                    cols[c] = [cols[c][i] for i in keep]
                if name == "documents":
                    gone = have
                    for tname in ("sentences", "mentions", "event_mentions"):
                        t = getattr(self, tname)
                        if t:
                            keep2 = [i for i, k in enumerate(t["doc_key"]) if k not in gone]
                            if tname in dropped:
                                dropped[tname] = len(t["doc_key"]) - len(keep2)
                            for c in t:
                                t[c] = [t[c][i] for i in keep2]
        for name in ("documents", "articles", "sentences", "mentions", "event_mentions"):
            cols = getattr(self, name)
            if not cols or not next(iter(cols.values())):
                continue
            # Columns go in as list parameters, unnested side by side: no Arrow/pandas round trip
            # (pyarrow imports pandas on first use, which alone cost a second of CPU per ingest).
            names = ", ".join(cols)
            sel = ", ".join(f"unnest(?) AS {c}" for c in cols)
            con.execute(f"INSERT INTO {name} ({names}) SELECT * FROM (SELECT {sel})", list(cols.values()))
        if self.mentions and self.mentions.get("actor_code"):
            agg: dict[str, list] = {}
            m = self.mentions
            for code, country, sector, name in zip(
                m["actor_code"], m["actor_country"], m["actor_sector"], m["actor_name"], strict=True
            ):
                if code is None:
                    continue
                a = agg.setdefault(code, [country, sector, name, 0])
                a[0], a[1] = a[0] or country, a[1] or sector
                if name is not None and (a[2] is None or name < a[2]):
                    a[2] = name
                a[3] += 1
            if agg:
                codes = sorted(agg)
                con.execute(
                    "INSERT INTO actors SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?))"
                    " ON CONFLICT (code) DO UPDATE SET mentions = actors.mentions + excluded.mentions,"
                    " name = coalesce(least(actors.name, excluded.name), actors.name, excluded.name)",
                    [codes] + [[agg[c][i] for c in codes] for i in range(4)],
                )
        if self.touched:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _aff AS SELECT DISTINCT group_key FROM event_mentions"
                " WHERE doc_key IN (SELECT unnest(?))",
                [sorted(set(self.touched))],
            )
            dedup.recluster(con, window)
            con.execute("DROP TABLE _aff")
        return dropped


# ---------------------------------------------------------------------------------------------- the Store


def _like_prefix(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def build_filter(
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    cameo: str | None = None,
    plover: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
) -> tuple[str, list]:
    """WHERE clause (or '') and parameters for the events table.  Codes match as prefixes."""
    where: list[str] = []
    params: list = []
    if actor:
        where.append("(source_code LIKE ? ESCAPE '\\' OR target_code LIKE ? ESCAPE '\\')")
        params += [_like_prefix(actor.upper())] * 2
    if source:
        where.append("source_code LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(source.upper()))
    if target:
        where.append("target_code LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(target.upper()))
    if cameo:
        where.append("cameo LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(cameo))
    if plover:
        where.append("upper(plover) = ?")
        params.append(plover.upper())
    if since:
        where.append("date >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("date <= CAST(? AS DATE)")
        params.append(until)
    if place:
        where.append("(place_name ILIKE ? OR upper(place_country) = ? OR CAST(geonames_id AS VARCHAR) = ?)")
        params += [f"%{place}%", place.upper(), place]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def check_read_query(sql: str) -> str:
    """Refuse anything but one read query.  (The connection is read-only and file access is off too.)"""
    import duckdb

    try:
        stmts = duckdb.extract_statements(sql)
    except duckdb.Error as err:
        raise StoreError(message("sql_error", why=str(err).splitlines()[0])) from err
    if len(stmts) != 1:
        raise StoreError(message("sql_multiple", n=len(stmts)))
    kind = stmts[0].type
    if kind != duckdb.StatementType.SELECT:
        raise StoreError(message("sql_not_query", kind=getattr(kind, "name", str(kind))))
    return stmts[0].query


class Store:
    """A marsad event store.  `marsad.open(path)` returns one; see the module docstring for concurrency."""

    def __init__(self, path: str | os.PathLike, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._closed = False
        _check_schema(self.path, read_only)

    # -- lifecycle
    def close(self) -> None:
        self._closed = True  # no connection is held between operations

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    def _reader(self):
        if self._closed:
            raise StoreError(f"{self.path}: this Store was closed; open it again with marsad.open().")
        return _connect(self.path, True)

    # -- writing
    def ingest(
        self,
        docs: Iterable[Document],
        batch: int = 500,
        pipeline=None,
        progress: Callable[[IngestStats], None] | None = None,
        on_error: Callable[[Document, Exception], None] | None = None,
    ) -> IngestStats:
        """Code and store documents; idempotent by content hash; one transaction per `batch` documents.

        `progress(stats)` is called after each document is coded and after each batch commits.  When
        `on_error` is given, a document the coder fails on is reported to it and left out (a later run
        tries it again) instead of stopping the ingest."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it with marsad.open(path) to ingest.")
        if self._closed:
            raise StoreError(f"{self.path}: this Store was closed; open it again with marsad.open().")
        if pipeline is None:
            from .pipeline import default_pipeline

            pipeline = default_pipeline()
        from datetime import datetime

        t0 = time.perf_counter()
        stats = IngestStats()
        with _connect(self.path, True) as con:
            known_docs = {r[0] for r in con.execute("SELECT doc_key FROM documents").fetchall()}
            known_arts = {r[0] for r in con.execute("SELECT article_key FROM articles").fetchall()}
            window = _window(con)
        pending = _Batch()
        n_pending = 0
        # One writer thread: batch N is written (DuckDB releases the GIL) while batch N+1 is coded.
        # At most one batch is in flight; a failed write surfaces at the next flush or at the end.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-store-writer")
        inflight: list[Future] = []

        def write(b: _Batch) -> None:
            with _connect(self.path, False) as con:
                con.execute("BEGIN")
                try:
                    dropped = b.write(con, window)
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
            stats.batches += 1
            if dropped["articles"]:  # another ingest stored them first: count them as skipped
                stats.docs_added -= dropped["documents"]
                stats.copies_added -= dropped["articles"] - dropped["documents"]
                stats.skipped += dropped["articles"]
                stats.sentences -= dropped["sentences"]
                stats.event_mentions -= dropped["event_mentions"]
            if progress:
                stats.seconds = time.perf_counter() - t0
                progress(stats)

        def wait() -> None:
            while inflight:
                inflight.pop().result()

        def flush() -> None:
            nonlocal pending, n_pending
            wait()
            if n_pending:
                inflight.append(pool.submit(write, pending))
            pending, n_pending = _Batch(), 0

        for doc in docs:
            doc_key = doc.content_hash
            akey = _article_key(doc_key, doc)
            now = datetime.now(UTC).replace(tzinfo=None)
            if akey in known_arts:
                stats.skipped += 1
            else:
                if doc_key in known_docs:
                    stats.copies_added += 1
                else:
                    try:
                        coded = pipeline.process(doc)
                    except Exception as err:
                        if on_error is None or isinstance(err, MarsadError):
                            raise
                        on_error(doc, err)
                        stats.failed += 1
                        continue
                    known_docs.add(doc_key)
                    pending.add(doc_key, coded, now)
                    stats.docs_added += 1
                    stats.sentences += len(coded.sentences)
                    stats.event_mentions += len(coded.events)
                known_arts.add(akey)
                pending.article(akey, doc_key, doc, now)
                n_pending += 1
            if progress:
                stats.seconds = time.perf_counter() - t0
                progress(stats)
            if n_pending >= batch:
                flush()
        try:
            flush()
            wait()
        finally:
            pool.shutdown(wait=True)
        stats.seconds = time.perf_counter() - t0
        return stats

    def migrate(self) -> None:
        _check_schema(self.path, False)

    # -- reading
    def events(
        self,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        cameo: str | None = None,
        plover: str | None = None,
        since: str | None = None,
        until: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        record: bool = False,
    ):
        """Deduplicated events as a pandas DataFrame (flat columns; `record=True` adds the nested JSON)."""
        where, params = build_filter(actor, source, target, cameo, plover, since, until, place)
        cols = ", ".join(EVENT_COLUMNS + (["record"] if record else []))
        sql = f"SELECT {cols} FROM events{where} ORDER BY date NULLS LAST, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._reader() as con:
            return con.execute(sql, params).df()

    def count(self, **filters) -> int:
        where, params = build_filter(**filters)
        with self._reader() as con:
            return con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]

    def records(self, limit: int | None = None, chunk: int = 5000, reports: bool = False, **filters) -> Iterator[dict]:
        """Event records (DESIGN record + mentions/sources/articles) in date order, streamed.

        Read page by page (keyset on date, event_id), each page on its own short read-only connection,
        so a long export never holds the file against a writer for more than one page.  With
        `reports=True` each record gets `reports`: every article and sentence that reports the event."""
        where, params = build_filter(**filters)
        key = "coalesce(date, DATE '9999-12-31')"
        done = 0
        last: tuple | None = None
        while limit is None or done < limit:
            n = chunk if limit is None else min(chunk, limit - done)
            cond, args = where, list(params)
            if last is not None:
                cond += (" AND " if cond else " WHERE ") + f"({key} > ? OR ({key} = ? AND event_id > ?))"
                args += [last[0], last[0], last[1]]
            sql = f"SELECT {key}, event_id, record FROM events{cond} ORDER BY {key}, event_id LIMIT {int(n)}"
            with self._reader() as con:
                rows = con.execute(sql, args).fetchall()
                links = self._reports(con, [r[1] for r in rows]) if reports and rows else {}
            for _, eid, rec in rows:
                out = json.loads(rec)
                if reports:
                    out["reports"] = links.get(eid, [])
                yield out
            done += len(rows)
            if len(rows) < n:
                break
            last = (rows[-1][0], rows[-1][1])

    @staticmethod
    def _reports(con, event_ids: list[str]) -> dict[str, list[dict]]:
        sql = """
            SELECT l.event_id, a.id, a.source, a.url, a.title, em.story, em.sentence, CAST(em.date AS VARCHAR),
                   em.verb_start, em.verb_end, em.source_start, em.source_end, em.target_start, em.target_end,
                   em.rule, em.confidence
            FROM event_links l JOIN event_mentions em USING (mention_id) JOIN articles a ON a.doc_key = em.doc_key
            WHERE l.event_id IN (SELECT unnest(?))
            ORDER BY l.event_id, em.date, a.source, a.id, em.sentence"""
        out: dict[str, list[dict]] = {}
        for r in con.execute(sql, [event_ids]).fetchall():
            out.setdefault(r[0], []).append(
                {
                    "article": r[1],
                    "source": r[2],
                    "url": r[3],
                    "title": r[4],
                    "story": r[5],
                    "sentence": r[6],
                    "date": r[7],
                    "verb_span": [r[8], r[9]],
                    "source_span": None if r[10] is None else [r[10], r[11]],
                    "target_span": None if r[12] is None else [r[12], r[13]],
                    "rule": r[14],
                    "confidence": r[15],
                }
            )
        return out

    def evidence(self, event_id: str):
        """Every sentence reporting one event, with its document's outlet(s): DataFrame."""
        sql = """
            SELECT l.event_id, em.doc_id, a.source, a.url, em.story, em.sentence, em.date, em.rule,
                   em.verb_start, em.verb_end, em.source_start, em.source_end, em.target_start, em.target_end,
                   s.text AS sentence_text
            FROM event_links l JOIN event_mentions em USING (mention_id)
            JOIN articles a ON a.doc_key = em.doc_key
            LEFT JOIN sentences s ON s.doc_key = em.doc_key AND s.idx = em.sentence
            WHERE l.event_id = ? ORDER BY em.date, a.source, em.doc_id, em.sentence"""
        with self._reader() as con:
            return con.execute(sql, [event_id]).df()

    def sql(self, query: str):
        """Run one read-only query (see check_read_query) → pandas DataFrame."""
        import duckdb

        q = check_read_query(query)
        with self._reader() as con:
            try:
                return con.execute(q).df()
            except duckdb.Error as err:
                raise StoreError(message("sql_error", why=str(err).splitlines()[0])) from err

    def stats(self) -> dict[str, int]:
        with self._reader() as con:
            out = {}
            for t in ("documents", "articles", "sentences", "mentions", "actors", "event_mentions", "events"):
                out[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            return out


def open(path: str | os.PathLike, read_only: bool = False) -> Store:  # noqa: A001 (public API name)
    """Open (creating or migrating when writable) the store at `path`."""
    return Store(path, read_only=read_only)
