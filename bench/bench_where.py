"""Place-finding speed: gazetteer load time and find_places throughput on ANT sentences.

    .venv/bin/python bench/bench_where.py [--sentences 20000] [--runs 5]

Reads the ANT corpus from ../shared (MARSAD_SHARED).  Reports the median of several runs, with a cold token
cache (first run) reported separately: the token-analysis cache makes later runs over the same text faster
than new text would be, so the cold number is the honest one for unseen news.  CPU time (process_time) is
reported next to wall time because the development machines are shared and wall time swings with load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import ant  # noqa: E402


def load_time() -> float:
    """Gazetteer load in a fresh interpreter (what a user's first call pays)."""
    code = (
        "import time; t=time.perf_counter(); from marsad.where import load_gazetteer; load_gazetteer(); "
        "print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ant.ROOT)
    return float(out.stdout.strip())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not ant.corpus_path().exists():
        raise SystemExit(f"ANT corpus not found at {ant.corpus_path()} (set MARSAD_SHARED)")
    loads = sorted(load_time() for _ in range(3))

    sents: list[str] = []
    for d in ant.documents():
        sents.extend(t for _, _, t in ant.sentences(d))
        if len(sents) >= args.sentences:
            break
    sents = sents[: args.sentences]

    from marsad import where

    where.load_gazetteer()
    times, cpu = [], []
    found = 0
    for run in range(args.runs):
        if run == 0:
            where._cache.clear()
            where._cache.interesting.clear()
        t, c = time.perf_counter(), time.process_time()
        n = 0
        for s in sents:
            n += len(where.find_places(s))
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        found = n
    cold, warm = times[0], statistics.median(times[1:]) if len(times) > 1 else times[0]
    warm_cpu = statistics.median(cpu[1:]) if len(cpu) > 1 else cpu[0]
    chars = sum(len(s) for s in sents)
    print(
        json.dumps(
            {
                "gazetteer_load_s_median_of_3": round(loads[1], 3),
                "sentences": len(sents),
                "avg_chars": round(chars / len(sents), 1),
                "places_found": found,
                "cold_us_per_sentence": round(cold / len(sents) * 1e6, 1),
                "warm_us_per_sentence_median": round(warm / len(sents) * 1e6, 1),
                "warm_sentences_per_s": round(len(sents) / warm),
                "warm_cpu_us_per_sentence_median": round(warm_cpu / len(sents) * 1e6, 1),
                "cold_cpu_us_per_sentence": round(cpu[0] / len(sents) * 1e6, 1),
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
