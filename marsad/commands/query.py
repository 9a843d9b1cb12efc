"""`marsad query --db FILE [filters] [--format …] [-o OUT]` and `marsad query --db FILE --sql "SELECT …"`."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext

from ..errors import InputError, message
from ..io import check_date

EXAMPLES = """examples:
  marsad query --db events.duckdb --actor LBY --from 2025-01-01
  marsad query --db events.duckdb --source LBYGOV --target RUS --cameo 04 --format jsonl -o consult.jsonl
  marsad query --db events.duckdb --plover CONSULT --format parquet -o consult.parquet
  marsad query --db events.duckdb --place طرابلس --format plover -o events.plover.json
  marsad query --db events.duckdb --sql "SELECT source_code, count(*) n FROM events GROUP BY 1 ORDER BY n DESC"

Codes match as prefixes: --actor LBY matches LBY, LBYGOV, LBYMIL … as source or target; --cameo 04
matches 040-046x.  Formats: table (terminal), jsonl (the event record with mentions/sources/articles),
csv and parquet (flat GDELT-like columns), plover (a JSON array of PLOVER events).  --sql runs one
read-only query (SELECT/WITH/FROM/DESCRIBE/SHOW) against the tables documents, articles, sentences,
mentions, actors, event_mentions, event_links, events.
"""

FORMATS = ("table", "jsonl", "csv", "parquet", "plover")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "query",
        help="query a DuckDB event store",
        description="Query the deduplicated events of a DuckDB store made by `marsad ingest`.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", required=True, help="DuckDB store file")
    p.add_argument("--actor", help="source or target actor code prefix (e.g. LBY, LBYGOV)")
    p.add_argument("--source", help="source actor code prefix")
    p.add_argument("--target", help="target actor code prefix")
    p.add_argument("--cameo", help="CAMEO code prefix (e.g. 04, 043)")
    p.add_argument("--plover", help="PLOVER event type (e.g. CONSULT)")
    p.add_argument("--from", dest="since", metavar="DATE", help="events on or after YYYY-MM-DD")
    p.add_argument("--to", dest="until", metavar="DATE", help="events on or before YYYY-MM-DD")
    p.add_argument("--place", help="place name (substring), country code or GeoNames id")
    p.add_argument("--limit", type=int, help="at most N events")
    p.add_argument(
        "--reports", action="store_true", help="jsonl: add `reports`, every article/sentence reporting the event"
    )
    p.add_argument("--sql", help="run one read-only SQL query instead of the filters")
    p.add_argument("--format", choices=FORMATS, help="default: table on a terminal, else jsonl")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import store

    fmt = args.format or ("table" if args.output is None and sys.stdout.isatty() else "jsonl")
    if fmt == "parquet" and not args.output:
        raise InputError(message("parquet_needs_output"))
    st = store.open(args.db, read_only=True)
    if args.sql:
        if any(getattr(args, k) for k in ("actor", "source", "target", "cameo", "plover", "since", "until", "place")):
            raise InputError("--sql replaces the filters; put the conditions in the query's WHERE clause.")
        if fmt == "plover":
            raise InputError(
                "--format plover needs event rows; use the filters, or jsonl/csv/parquet/table with --sql."
            )
        df = st.sql(args.sql)
        if args.limit is not None:
            df = df.head(args.limit)
        n = _write_frame(df, fmt, args.output)
        print(f"marsad: {n} row(s)", file=sys.stderr)
        return 0
    filters = dict(
        actor=args.actor,
        source=args.source,
        target=args.target,
        cameo=args.cameo,
        plover=args.plover,
        since=check_date(args.since),
        until=check_date(args.until),
        place=args.place,
    )
    limit = args.limit
    if fmt == "table" and limit is None:
        limit = 200  # a terminal table of more is unreadable; say so below
    records = st.records(limit=limit, reports=args.reports and fmt == "jsonl", **filters)
    n = write_records(records, fmt, args.output)
    total = st.count(**filters)
    more = f" (showing {n}; use --limit or -o)" if fmt == "table" and total > n else ""
    print(f"marsad: {total} event(s){more}", file=sys.stderr)
    return 0


def write_records(records, fmt: str, output: str | None) -> int:
    """Write event records (dicts) in one of FORMATS; returns how many were written."""
    from ..export import CsvWriter, plover_record, print_table, write_jsonl

    if fmt == "parquet":
        return _write_parquet(records, output)
    cm = open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)
    with cm as out:
        if fmt == "jsonl":
            return write_jsonl(records, out)
        if fmt == "csv":
            return CsvWriter(out).write(records)
        if fmt == "plover":
            n = 0
            out.write("[")
            for r in records:
                out.write(("," if n else "") + "\n" + json.dumps(plover_record(r), ensure_ascii=False))
                n += 1
            out.write("\n]\n")
            return n
        rows = list(records)
        if output:
            from rich.console import Console

            print_table(rows, Console(file=out, width=200))
        else:
            print_table(rows)
        return len(rows)


def _flat_schema():
    import pyarrow as pa

    from ..export import FLAT_COLUMNS

    ints = {"Story", "Sentence", "QuadClass", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FeatureID"}
    floats = {"GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long", "Confidence"}
    return pa.schema(
        [(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string()) for c in FLAT_COLUMNS]
    )


def _write_parquet(records, output: str, chunk: int = 20000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..export import flat_row

    schema = _flat_schema()
    n = 0
    with pq.ParquetWriter(output, schema) as writer:
        rows: list[dict] = []
        for r in records:
            rows.append(flat_row(r))
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows or n == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


def _write_frame(df, fmt: str, output: str | None) -> int:
    """--sql results: any columns, so no event-record formats."""
    if fmt == "parquet":
        df.to_parquet(output, index=False)
        return len(df)
    if fmt == "csv":
        df.to_csv(output or sys.stdout, index=False)
        return len(df)
    if fmt == "jsonl":
        text = df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        cm = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)
        with cm as out:
            out.write(text if text.endswith("\n") or not text else text + "\n")
        return len(df)
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for c in df.columns:
        table.add_column(str(c))
    for row in df.head(500).itertuples(index=False):
        table.add_row(*("" if v is None else str(v) for v in row))
    if output:
        with open(output, "w", encoding="utf-8") as out:
            Console(file=out, width=200).print(table)
    else:
        Console().print(table)
    return len(df)
