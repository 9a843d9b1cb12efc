"""`marsad code INPUT... [--date D] [--format jsonl|csv|table] [-o OUT]`."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from ..errors import InputError
from ..export import CsvWriter, print_table, write_jsonl
from ..io import check_country, check_date, read_inputs

EXAMPLES = """examples:
  marsad code examples/libya-russia-iran.ar.txt --date 2025-04-28
  marsad code articles.jsonl --format jsonl -o events.jsonl
  cat story.txt | marsad code - --date 2025-04-28 --format csv
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "code",
        help="code Arabic news into events",
        description="Code Arabic news (txt, JSONL, CSV, Parquet, a directory, or - for stdin) into events.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--date", help="document date YYYY-MM-DD where the input carries none")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), help="default: table on a terminal, else jsonl")
    p.add_argument("-o", "--output", help="output file (default: stdout)")
    p.add_argument(
        "--country",
        metavar="ISO3",
        help="the outlet's home country: actors the text leaves unqualified default to it (e.g. TUN)",
    )
    p.add_argument(
        "--keep-doubtful",
        action="store_true",
        help="keep violence and protest events the sentence classifier doubts (more recall, less precision: "
        "dictionary events alone, with the rules' own confidence)",
    )
    p.add_argument("--progress", action="store_true", help="show a progress bar (default on a terminal with -o)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..pipeline import Pipeline, default_pipeline

    date = check_date(args.date)
    fmt = args.format or ("table" if args.output is None and sys.stdout.isatty() else "jsonl")
    problems: list[str] = []

    def warn(msg: str) -> None:
        problems.append(msg)
        print(f"marsad: warning: {msg}", file=sys.stderr)

    home = check_country(args.country)
    if args.keep_doubtful:
        pipe = Pipeline(home_country=home, classifier=None)
    else:
        pipe = Pipeline(home_country=home) if home else default_pipeline()
    out_cm = open(args.output, "w", encoding="utf-8", newline="") if args.output else nullcontext(sys.stdout)
    n_docs = n_events = 0
    show = args.progress or (args.output is not None and sys.stderr.isatty())
    with out_cm as out:
        csvw = CsvWriter(out) if fmt == "csv" else None
        table: list = []
        progress = _progress(show)
        with progress as bar:
            task = bar.add_task("coding", total=None) if bar else None
            for doc in read_inputs(args.inputs, date, warn):
                events = pipe.code(doc)
                n_docs += 1
                n_events += len(events)
                if fmt == "jsonl":
                    write_jsonl(events, out)
                elif fmt == "csv":
                    csvw.write(events)
                else:
                    table.extend(events)
                if bar:
                    bar.update(task, advance=1, description=f"coding · {n_events} events")
        if fmt == "table":
            print_table(table)
    if n_docs == 0:
        raise InputError("no documents could be read from the input.")
    print(f"marsad: {n_docs} document(s), {n_events} event(s)", file=sys.stderr)
    # Malformed rows were skipped: the rest is coded, but the run is not clean.
    return 1 if any("malformed" in p for p in problems) else 0


def _progress(show: bool):
    if not show:
        return nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
