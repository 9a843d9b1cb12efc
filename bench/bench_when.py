"""Throughput of `marsad.when.find_dates` on ANT corpus sentences.

    .venv/bin/python bench/bench_when.py [path/to/ant-jawharafm.jsonl] [--runs 5] [--limit 20000]

Sentences are the corpus texts split on . ! ? ؟ and newlines; each is dated
against its document's date.  Prints sentences/s (median of the runs), µs per
sentence and how many expressions were found.  The coder's budget for date
finding is ~50 µs per sentence (it must do ≥ 2,000 sentences/s in total).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marsad.when import find_dates  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "ant-jawharafm.jsonl"
_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


def load(path: Path, limit: int) -> list[tuple[str, dt.date]]:
    out: list[tuple[str, dt.date]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            base = dt.date.fromisoformat(doc["date"]) if doc.get("date") else None
            for s in _SPLIT.split(doc.get("text") or ""):
                if s.strip():
                    out.append((s, base))
                    if len(out) >= limit:
                        return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=20000, help="sentences to time (default 20000)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    sents = load(args.corpus, args.limit)
    find_dates("اليوم", dt.date(2020, 1, 1))  # build the regex outside the timing
    rates, found = [], 0
    for _ in range(args.runs):
        # CPU time of this process: stable when other jobs share the machine.
        t0 = time.process_time()
        found = sum(len(find_dates(s, b)) for s, b in sents)
        rates.append(len(sents) / (time.process_time() - t0))
    rate = statistics.median(rates)
    chars = sum(len(s) for s, _ in sents) / len(sents)
    print(
        f"find_dates: {rate:,.0f} sentences/s (CPU time, median of {args.runs}), {1e6 / rate:.1f} µs/sentence; "
        f"{len(sents):,} sentences (mean {chars:.0f} chars), {found:,} expressions"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
