"""Coding throughput: sentences/s for one process, start-up excluded, and peak memory.

    python bench/bench_code.py [CORPUS.jsonl] [--docs N] [--runs K]

Loads the lexicons and models first (start-up, timed separately), then codes the
same documents K times and reports the median rate.  Not a test: machines are
shared and noisy, so compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ant  # noqa: E402

DEFAULT = ant.corpus_path()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-ner", action="store_true", help="code without the NER stage (to measure its cost)")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        sys.exit(f"corpus not found: {args.corpus}")

    from marsad.model import Document
    from marsad.pipeline import Pipeline

    docs = ant.first_documents(args.corpus, args.docs)

    t0 = time.perf_counter()
    pipe = Pipeline(use_ner=not args.no_ner)
    pipe.process(
        Document(id="warm", text="استقبل الرئيس التونسي وزير الخارجية الجزائري اليوم الإثنين.", date="2025-04-28")
    )
    startup = time.perf_counter() - t0

    # CPU time of this process is the primary figure: the machines are shared, and
    # wall-clock rates swing with other people's load.  Wall clock is shown beside it.
    rates, walls, n_sent, n_events = [], [], 0, 0
    for _ in range(args.runs):
        n_sent = n_events = 0
        t, w = time.process_time(), time.perf_counter()
        for d in docs:
            c = pipe.process(d)
            n_sent += len(c.sentences)
            n_events += len(c.events)
        rates.append(n_sent / (time.process_time() - t))
        walls.append(n_sent / (time.perf_counter() - w))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents            {len(docs)}")
    print(f"sentences            {n_sent}")
    print(f"events               {n_events}  ({1000 * n_events / max(n_sent, 1):.1f} per 1,000 sentences)")
    print(f"start-up             {startup:.2f} s")
    print(
        f"sentences/s (median) {statistics.median(rates):,.0f} per CPU-second   runs: {', '.join(f'{r:,.0f}' for r in rates)}"
    )
    print(f"sentences/s wall     {statistics.median(walls):,.0f}   (noisy on a shared machine)")
    print(f"peak memory          {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
