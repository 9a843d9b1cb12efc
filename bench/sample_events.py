"""Draw a reproducible sample of coded events from the ANT corpus for hand checking.

    .venv/bin/python bench/sample_events.py --seed 7 --n 50 [--country TUN] [--dyadic]

Documents of the politic / internationalNews / localNews categories are shuffled with the seed; each document
that yields a coded event (with at least one actor when --dyadic) contributes one event chosen with the same
random generator.  For each event the script prints the document id and sentence index, the sentence, the code,
modality and both actors (code and words), so that a reader can judge every filled slot.  The text comes from
../shared at run time and is never committed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ant import documents  # noqa: E402

from marsad.model import Document  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--country", default=None, help="the outlet's home country (as `marsad code --country`)")
    ap.add_argument("--dyadic", action="store_true", help="only events with at least one actor")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs = list(documents())
    rng.shuffle(docs)
    pipe = Pipeline(home_country=args.country)
    shown = 0
    for d in docs:
        coded = pipe.process(Document(id=d["id"], text=d["text"], date=d.get("date")))
        evs = [e for e in coded.events if not args.dyadic or e.source is not None or e.target is not None]
        if not evs:
            continue
        e = rng.choice(evs)
        sent = next(s for s in coded.sentences if s.index == e.sentence)
        print(f"#{shown} {d['id']}:{e.sentence} {e.cameo} {e.modality} rule={e.evidence.rule}")
        print(f"   {sent.text.strip()}")
        for side in ("source", "target"):
            a = getattr(e, side)
            print(f"   {side}: " + (f"{a.code} «{a.text}»" if a else "-"))
        shown += 1
        if shown >= args.n:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
