"""Coding throughput: sentences/s for one process, start-up excluded, and peak memory.

    python bench/bench_code.py [CORPUS.jsonl] [--docs N] [--runs K]

Loads the lexicons and models first (start-up, timed separately), then codes the
same documents K times and reports the median rate.  Not a test: machines are
shared and noisy, so compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "ant-jawharafm.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        sys.exit(f"corpus not found: {args.corpus}")

    from marsad.model import Document
    from marsad.pipeline import Pipeline

    docs = []
    for line in open(args.corpus, encoding="utf-8"):
        row = json.loads(line)
        if row.get("text"):
            docs.append(Document(id=row["id"], text=row["text"], date=row.get("date")))
        if len(docs) >= args.docs:
            break

    t0 = time.perf_counter()
    pipe = Pipeline()
    pipe.process(
        Document(id="warm", text="استقبل الرئيس التونسي وزير الخارجية الجزائري اليوم الإثنين.", date="2025-04-28")
    )
    startup = time.perf_counter() - t0

    rates, n_sent, n_events = [], 0, 0
    for _ in range(args.runs):
        n_sent = n_events = 0
        t = time.perf_counter()
        for d in docs:
            c = pipe.process(d)
            n_sent += len(c.sentences)
            n_events += len(c.events)
        rates.append(n_sent / (time.perf_counter() - t))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents            {len(docs)}")
    print(f"sentences            {n_sent}")
    print(f"events               {n_events}  ({1000 * n_events / max(n_sent, 1):.1f} per 1,000 sentences)")
    print(f"start-up             {startup:.2f} s")
    print(f"sentences/s (median) {statistics.median(rates):,.0f}   runs: {', '.join(f'{r:,.0f}' for r in rates)}")
    print(f"peak memory          {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
