"""`marsad ingest INPUT... --db FILE [--date D] [--batch N]`: code documents into the DuckDB store."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from ..errors import InputError
from ..io import check_country, check_date, read_inputs

EXAMPLES = """examples:
  marsad ingest articles.jsonl --db events.duckdb
  marsad ingest corpus/ --db events.duckdb --batch 500
  marsad ingest story.txt --db events.duckdb --date 2025-04-28
  marsad ingest --db old.duckdb --migrate        # upgrade an older store in place

Ingest is idempotent: a document whose text is already stored is skipped (the same text from another
outlet or id is recorded as another article of it).  Each batch of documents is written in one
transaction; after a crash, run the same command again to complete it.  Other processes can run
`marsad query` on the same file while an ingest runs.
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="code documents and store them in a DuckDB file",
        description="Code Arabic news (txt, JSONL, CSV, Parquet, a directory, or - for stdin) into a DuckDB store.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT")
    p.add_argument("--db", required=True, help="DuckDB store file (created if missing)")
    p.add_argument("--date", help="document date YYYY-MM-DD where the input carries none")
    p.add_argument("--batch", type=int, default=500, help="documents per transaction (default 500)")
    p.add_argument(
        "--country",
        metavar="ISO3",
        help="the outlet's home country: actors the text leaves unqualified default to it (e.g. TUN)",
    )
    p.add_argument("--migrate", action="store_true", help="only open (and migrate) the store, ingest nothing")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None, help="force a progress bar")
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from .. import store
    from ..pipeline import Pipeline

    if args.batch < 1:
        raise InputError("--batch must be at least 1.")
    date = check_date(args.date)
    st = store.open(args.db)
    if args.migrate and not args.inputs:
        print(f"marsad: {args.db} is at schema version {store.SCHEMA_VERSION}", file=sys.stderr)
        return 0
    if not args.inputs:
        raise InputError("give at least one INPUT to ingest (or --migrate).")
    problems: list[str] = []

    def warn(msg: str) -> None:
        problems.append(msg)
        if bar_cm is None or not show:
            print(f"marsad: warning: {msg}", file=sys.stderr)
        else:
            bar_cm.console.print(f"marsad: warning: {msg}", style="yellow")

    show = args.progress if args.progress is not None else sys.stderr.isatty()
    total = estimate_total(args.inputs) if show else None
    bar_cm = _progress(show)
    with bar_cm if bar_cm is not None else nullcontext() as bar:
        task = bar.add_task("ingesting", total=total) if bar else None

        def progress(s: store.IngestStats) -> None:
            if bar:
                done = s.docs_added + s.copies_added + s.skipped + s.failed
                bar.update(
                    task,
                    completed=done,
                    description=f"ingesting · {s.event_mentions} event mentions · {s.batches} batches committed",
                )

        def failed(doc, err: Exception) -> None:
            warn(f"{doc.id}: could not be coded ({type(err).__name__}: {err}); skipped, a re-run retries it.")

        home = check_country(args.country)
        pipe = Pipeline(home_country=home) if home else None
        stats = st.ingest(
            read_inputs(args.inputs, date, warn), batch=args.batch, pipeline=pipe, progress=progress, on_error=failed
        )
    seen = stats.docs_added + stats.copies_added + stats.skipped + stats.failed
    if seen == 0:
        raise InputError("no documents could be read from the input.")
    counts = st.stats()
    rate = stats.docs_added / stats.seconds if stats.seconds else 0.0
    print(
        f"marsad: {stats.docs_added} document(s) added, {stats.copies_added} copy(ies) of stored texts added, "
        f"{stats.skipped} skipped (already stored){f', {stats.failed} failed' if stats.failed else ''}; "
        f"{stats.sentences} sentences, "
        f"{stats.event_mentions} event mention(s) stored in {stats.seconds:.1f} s ({rate:.0f} docs/s). "
        f"Store now: {counts['documents']} documents, {counts['events']} events "
        f"from {counts['event_mentions']} mentions.",
        file=sys.stderr,
    )
    return 1 if problems and any("skipped" in p for p in problems) else 0


def estimate_total(paths: list[str]) -> int | None:
    """Documents the inputs hold, counted cheaply for the ETA (None when unknown, e.g. stdin)."""
    total = 0
    for path in paths:
        n = _count(Path(path)) if path != "-" else None
        if n is None:
            return None
        total += n
    return total


def _count(p: Path) -> int | None:
    if p.is_dir():
        files = [f for f in p.rglob("*") if f.suffix.lower() in (".txt", ".jsonl", ".ndjson", ".csv", ".parquet")]
        counts = [_count(f) for f in files]
        return None if any(c is None for c in counts) else sum(counts)  # type: ignore[misc]
    if not p.exists():
        return None
    suffix = p.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            with p.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if suffix == ".csv":
            with p.open("rb") as fh:
                return max(sum(1 for _ in fh) - 1, 0)  # rows with embedded newlines make this an upper bound
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(p).metadata.num_rows
    except OSError:
        return None
    return 1


def _progress(show: bool):
    if not show:
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} docs/s" if speed else "… docs/s", style="progress.data.speed")

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
    )
