"""Share of coding time spent on dates and places (issue: within 80 % of the coder without them).

    python bench/bench_stages.py [CORPUS.jsonl] [--docs N] [--runs K]

Codes N documents with the full pipeline, then times `Dater.prepare` (only for documents with
events, as the pipeline does) and `Locator.prepare` on the same stories; reports the coding rate
with them and without them (CPU seconds of this process; medians of K runs).
"""

from __future__ import annotations

import argparse
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
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from marsad.pipeline import Pipeline
    from marsad.when import Dater, parse_base
    from marsad.where import Locator

    docs = ant.first_documents(args.corpus, args.docs)
    pipe = Pipeline()
    for d in docs[:100]:
        pipe.process(d)
    ratios = []
    for _ in range(args.runs):
        total = stages = 0.0
        n = 0
        for d in docs:
            t = time.process_time()
            coded = pipe.process(d)
            total += time.process_time() - t
            n += len(coded.sentences)
            t = time.process_time()
            if coded.events:
                Dater(parse_base(d.date)).prepare(d.text, coded.stories)
            Locator().prepare(d.text, coded.stories)
            stages += time.process_time() - t
        ratios.append((n / total, n / (total - stages)))
        print(f"with dates+places {n / total:,.0f} sent/s   without {n / (total - stages):,.0f} sent/s")
    print(f"ratio (median) {statistics.median(a / b for a, b in ratios):.2f}")


if __name__ == "__main__":
    main()
