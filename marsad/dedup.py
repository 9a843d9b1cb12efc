"""Cross-article deduplication: one real-world event, many reports.

Every coded event (one per sentence that reports it) is stored as an *event mention*.  Mentions that
describe the same happening are grouped into one *event*:

* same **group**: source actor code, target actor code, CAMEO base code (first three digits, so 0431 and
  043 agree) and modality (a denial is not the deed).  Mentions with no actor at all, or no date, only
  or a date coarser than a day (week/month/year), only group within their own document (nothing else
  ties them to one happening);
* **date** close: within a group, mentions are ordered by date and split wherever two consecutive dates
  are more than `window` days apart; each such run is cut into chunks of `window + 1` days counted from
  its first date, so every two mentions of one event are at most `window` days apart (no chaining of a
  daily-repeated event into a month-long one);
* **place** compatible: a chunk holding mentions at different places (city/region level) splits by place;
  mentions without a place join the place most of the chunk names (ties: smallest place key).

The result is a pure function of the set of mentions in a group, so it does not depend on ingest order:
the store re-runs `recluster` for every group a batch touches, in the batch's transaction.

Counts: `mentions` = sentences reporting the event, counted once per published copy of their document
(a wire story carried verbatim by two outlets is two articles); `articles` = distinct published copies;
`sources` = distinct outlets (`Document.source`; a missing source counts as one "unknown" outlet).
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from .model import Event

DEFAULT_WINDOW = 1  # days: "the same day, give or take one"


def period_start(value: str | None) -> str | None:
    """'2014' / '2014-05' / '2014-05-07' → the first day of the period (ISO), for the DATE column."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y, m, d = int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        return _dt.date(y, m, d).isoformat()
    except (ValueError, IndexError):
        return None


def cameo_base(code: str) -> str:
    return (code or "")[:3]


def place_key(ev: Event) -> str | None:
    """City/region places identify where; a country-level place says too little to split on."""
    loc = ev.location
    if loc is None or loc.precision == "country":
        return None
    if loc.geonames_id:
        return f"g{loc.geonames_id}"
    return f"n:{(loc.name or '').strip().lower()}" if loc.name else None


def group_key(ev: Event, doc_key: str) -> str:
    src = ev.source.code if ev.source else ""
    tgt = ev.target.code if ev.target else ""
    parts = [src, tgt, cameo_base(ev.cameo), ev.modality or ""]
    if not (src or tgt) or not ev.date or ev.date_precision != "day":
        parts.append(doc_key)  # nothing but the document ties these mentions together
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=10).hexdigest()


def mention_id(doc_key: str, ev: Event) -> str:
    """Independent of Document.id, so the same text ingested under another id gives the same rows."""
    raw = "\x1f".join(
        (
            doc_key,
            str(ev.sentence),
            ev.evidence.rule,
            ev.source.code if ev.source else "",
            ev.target.code if ev.target else "",
            ev.cameo,
            ev.modality or "",
        )
    )
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=10).hexdigest()


# Clusters the mentions of the groups listed in temp table `_aff(group_key)` into temp table
# `_links(event_id, mention_id, group_key)`.  `$window` is an integer number of days.
CLUSTER_SQL = """
CREATE OR REPLACE TEMP TABLE _links AS
WITH m AS (
    SELECT em.mention_id, em.group_key, em.date, em.place_key
    FROM event_mentions em SEMI JOIN _aff USING (group_key)
), s1 AS (
    SELECT *, lag(date) OVER (PARTITION BY group_key ORDER BY date NULLS LAST, mention_id) AS prev FROM m
), s2 AS (
    SELECT *,
        CASE WHEN date IS NULL THEN -1 ELSE sum(CASE WHEN date IS NOT NULL AND (prev IS NULL OR date - prev > $window)
                                                 THEN 1 ELSE 0 END)
             OVER (PARTITION BY group_key ORDER BY date NULLS LAST, mention_id ROWS UNBOUNDED PRECEDING) END AS run
    FROM s1
), s3 AS (
    SELECT *, coalesce((date - min(date) OVER (PARTITION BY group_key, run)) // ($window + 1), 0) AS chunk FROM s2
), places AS (
    SELECT group_key, run, chunk, first(place_key ORDER BY n DESC, place_key) AS top_place
    FROM (SELECT group_key, run, chunk, place_key, count(*) AS n FROM s3
          WHERE place_key IS NOT NULL GROUP BY ALL)
    GROUP BY ALL
), c AS (
    SELECT s3.mention_id, s3.group_key, s3.date, s3.run, s3.chunk, coalesce(s3.place_key, p.top_place) AS cplace
    FROM s3 LEFT JOIN places p USING (group_key, run, chunk)
)
SELECT substr(md5(concat_ws('|', group_key, coalesce(CAST(min(date) OVER w AS VARCHAR), ''),
                           coalesce(cplace, ''))), 1, 20) AS event_id,
       mention_id, group_key, cplace
FROM c
WINDOW w AS (PARTITION BY group_key, run, chunk, cplace)
"""

# Rebuilds `events` rows for the clusters in `_links` (the caller deleted the old rows of `_aff`).
EVENTS_SQL = """
INSERT INTO events
WITH counts AS (
    SELECT l.event_id, any_value(l.group_key) AS group_key,
           count(*) AS mentions,
           count(DISTINCT a.article_key) AS articles,
           count(DISTINCT coalesce(a.source, '')) AS sources,
           -- the representative shows the event's place, then is the earliest, most confident report
           first(l.mention_id ORDER BY em.place_key IS NOT DISTINCT FROM l.cplace DESC, em.date NULLS LAST,
                 em.confidence DESC, l.mention_id) AS rep
    FROM _links l JOIN event_mentions em USING (mention_id) JOIN articles a ON a.doc_key = em.doc_key
    GROUP BY l.event_id
)
SELECT c.event_id, c.group_key, em.date, em.date_precision,
       em.source_code, em.source_country, em.source_sector,
       em.target_code, em.target_country, em.target_sector,
       em.cameo, em.cameo_root, em.plover, em.plover_mode, em.plover_context,
       em.quad_class, em.goldstein, em.modality,
       em.place_name, em.place_country, em.lat, em.lon, em.geonames_id,
       em.confidence, c.mentions, c.sources, c.articles, em.doc_id,
       json_merge_patch(em.record, json_object('event_id', c.event_id, 'mentions', c.mentions,
                                               'sources', c.sources, 'articles', c.articles)) AS record
FROM counts c JOIN event_mentions em ON em.mention_id = c.rep
"""


def recluster(con, window: int = DEFAULT_WINDOW) -> None:
    """Recompute events for the groups in temp table `_aff` (inside the caller's transaction)."""
    w = int(window)
    con.execute("DELETE FROM events WHERE group_key IN (SELECT group_key FROM _aff)")
    con.execute("DELETE FROM event_links WHERE group_key IN (SELECT group_key FROM _aff)")
    con.execute(CLUSTER_SQL.replace("$window", str(w)))
    con.execute("INSERT INTO event_links SELECT event_id, mention_id, group_key FROM _links")
    con.execute(EVENTS_SQL)
    con.execute("DROP TABLE _links")
