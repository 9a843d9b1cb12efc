"""Event records and writers: nested JSONL (the DESIGN record), flat GDELT-like rows
(CSV/Parquet), PLOVER JSON, and a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import IO, Any

from .model import Event

FLAT_COLUMNS = [
    "GlobalEventID",
    "DocID",
    "Story",
    "Sentence",
    "Day",
    "DatePrecision",
    "DateText",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor1Text",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "Actor2Text",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "PloverType",
    "PloverMode",
    "PloverContext",
    "QuadClass",
    "GoldsteinScale",
    "Modality",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Type",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "Confidence",
    "Rule",
    "Trigger",
    "Sentence_Text",
]


def event_record(e: Event | dict) -> dict[str, Any]:
    """The DESIGN event record (nested source/target/location/evidence)."""
    return asdict(e) if isinstance(e, Event) else dict(e)


def flat_row(e: Event | dict) -> dict[str, Any]:
    r = event_record(e)
    s, t, loc, ev = r.get("source") or {}, r.get("target") or {}, r.get("location") or {}, r["evidence"]
    return {
        "GlobalEventID": r["event_id"],
        "DocID": r["doc_id"],
        "Story": r["story"],
        "Sentence": r["sentence"],
        "Day": r.get("date"),
        "DatePrecision": r.get("date_precision"),
        "DateText": r.get("date_text"),
        "Actor1Code": s.get("code"),
        "Actor1Name": s.get("name"),
        "Actor1CountryCode": s.get("country"),
        "Actor1Type1Code": s.get("sector"),
        "Actor1Text": s.get("text"),
        "Actor2Code": t.get("code"),
        "Actor2Name": t.get("name"),
        "Actor2CountryCode": t.get("country"),
        "Actor2Type1Code": t.get("sector"),
        "Actor2Text": t.get("text"),
        "EventCode": r["cameo"],
        "EventBaseCode": r["cameo"][:3],
        "EventRootCode": r["cameo_root"],
        "PloverType": r.get("plover"),
        "PloverMode": r.get("plover_mode"),
        "PloverContext": r.get("plover_context"),
        "QuadClass": r["quad_class"],
        "GoldsteinScale": r.get("goldstein"),
        "Modality": r.get("modality"),
        "ActionGeo_FullName": loc.get("name"),
        "ActionGeo_CountryCode": loc.get("country"),
        "ActionGeo_Type": loc.get("precision"),
        "ActionGeo_Lat": loc.get("lat"),
        "ActionGeo_Long": loc.get("lon"),
        "ActionGeo_FeatureID": loc.get("geonames_id"),
        "NumMentions": r.get("mentions", 1),
        "NumSources": r.get("sources", 1),
        "NumArticles": r.get("articles", 1),
        "Confidence": ev.get("confidence"),
        "Rule": ev.get("rule"),
        "Trigger": ev.get("verb_text"),
        "Sentence_Text": ev.get("sentence"),
    }


# marsad sectors follow CAMEO's agent codes; PLOVER renames two of them.
_PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED"}


def _plover_entity(a: dict | None) -> list[dict]:
    if not a:
        return []
    sector = a.get("sector")
    return [
        {
            "entity": a.get("text"),
            "code": a.get("code"),
            "country": a.get("country"),
            "sector": _PLOVER_SECTOR.get(sector, sector),
        }
    ]


def plover_record(e: Event | dict) -> dict[str, Any]:
    """A PLOVER JSON event (fields from the PLOVER manual's JSON section)."""
    r = event_record(e)
    loc = r.get("location") or {}
    return {
        "id": r["event_id"],
        "has_event": r.get("plover") is not None,
        "date": r.get("date"),
        "event_type": r.get("plover"),
        "mode": r.get("plover_mode"),
        "context": [c.strip() for c in (r.get("plover_context") or "").split(",") if c.strip()],
        "actor": _plover_entity(r.get("source")),
        "recipient": _plover_entity(r.get("target")),
        "location": [
            {
                "name": loc.get("name"),
                "country": loc.get("country"),
                "geonames_id": loc.get("geonames_id"),
                "lat": loc.get("lat"),
                "lon": loc.get("lon"),
            }
        ]
        if loc
        else [],
        "source": r["doc_id"],
        "text": r["evidence"]["sentence"],
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r.get("goldstein"),
        "modality": r.get("modality"),
        "mentions": r.get("mentions", 1),
        "sources": r.get("sources", 1),
        "articles": r.get("articles", 1),
    }


def write_jsonl(events: Iterable[Event | dict], out: IO[str]) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(event_record(e), ensure_ascii=False) + "\n")
        n += 1
    return n


class CsvWriter:
    def __init__(self, out: IO[str]) -> None:
        self.w = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
        self.w.writeheader()

    def write(self, events: Iterable[Event | dict]) -> int:
        n = 0
        for e in events:
            self.w.writerow(flat_row(e))
            n += 1
        return n


def print_table(events: list[Event | dict], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    table = Table(show_lines=False)
    for col in ("doc", "sent", "date", "source", "CAMEO", "PLOVER", "target", "modality", "place", "trigger"):
        table.add_column(col)
    for e in events:
        r = event_record(e)
        s, t, loc = r.get("source") or {}, r.get("target") or {}, r.get("location") or {}
        table.add_row(
            str(r["doc_id"])[:24],
            str(r["sentence"]),
            r.get("date") or "",
            s.get("code") or "—",
            r["cameo"],
            " ".join(x for x in (r.get("plover"), r.get("plover_mode")) if x) or "—",
            t.get("code") or "—",
            r.get("modality") or "",
            loc.get("name") or "",
            r["evidence"].get("verb_text") or "",
        )
    console.print(table)
