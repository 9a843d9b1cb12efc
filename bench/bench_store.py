"""Store benchmark: ingest throughput against `marsad code` alone, and query latency on 1M events.

    python bench/bench_store.py [CORPUS.jsonl] [--n 1000] [--runs 3] [--events 1000000] [--skip-ingest]

1. Ingest: the first N documents of CORPUS (default: the shared ANT Jawhara FM sample) are run through
   `marsad code --format jsonl -o /dev/null` and `marsad ingest --db fresh.duckdb` as subprocesses,
   alternating, RUNS times each.  Reported: medians of wall time and of CPU time (user+sys, all threads),
   docs/s and sentences/s, and ingest as a percentage of code-alone (target ≥ 80 %).  Wall time is what a
   user waits; CPU time is steadier on a shared machine.
2. Queries: EVENTS synthetic events are generated straight into a fresh store's `events` table with
   DuckDB SQL, then filtered counts (actor, CAMEO root, date range, all three) and a dyad time series
   (events per month for one source/target pair) run through the public API (`Store.count`, `Store.sql`,
   each opening the file read-only as every reader does), several times; medians reported (target < 1 s).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
DEFAULT_CORPUS = SHARED / "data" / "corpus" / "ant-jawharafm.jsonl"
MARSAD = [sys.executable, "-m", "marsad.cli"]


def _run(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, child CPU seconds (user+sys), stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):  # 1 = some rows were skipped with a warning
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc.stderr


def bench_ingest(corpus: Path, n: int, runs: int, tmp: Path) -> dict:
    sample = tmp / "sample.jsonl"
    with corpus.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i >= n:
                break
            out.write(line)
    from marsad.io import read_inputs
    from marsad.pipeline import default_pipeline

    docs = list(read_inputs([str(sample)], None, lambda _m: None))
    pipe = default_pipeline()
    n_sent = sum(len(pipe.analyse(d)[1]) for d in docs)
    code_w, code_c, ing_w, ing_c = [], [], [], []
    for r in range(runs):
        w, c, _ = _run(MARSAD + ["code", str(sample), "--format", "jsonl", "-o", os.devnull])
        code_w.append(w)
        code_c.append(c)
        db = tmp / f"bench-{r}.duckdb"
        w, c, err = _run(MARSAD + ["ingest", str(sample), "--db", str(db), "--no-progress"])
        ing_w.append(w)
        ing_c.append(c)
        print(
            f"  run {r + 1}: code {code_w[-1]:.2f} s wall / {code_c[-1]:.2f} s CPU;"
            f" ingest {w:.2f} s wall / {c:.2f} s CPU",
            file=sys.stderr,
        )
    med = {k: statistics.median(v) for k, v in dict(code_w=code_w, code_c=code_c, ing_w=ing_w, ing_c=ing_c).items()}
    last = err.strip().splitlines()[-1] if err.strip() else ""
    return {
        "docs": len(docs),
        "sentences": n_sent,
        "runs": runs,
        "code_wall_s": round(med["code_w"], 3),
        "code_cpu_s": round(med["code_c"], 3),
        "ingest_wall_s": round(med["ing_w"], 3),
        "ingest_cpu_s": round(med["ing_c"], 3),
        "code_docs_per_s": round(len(docs) / med["code_w"], 1),
        "ingest_docs_per_s": round(len(docs) / med["ing_w"], 1),
        "code_sentences_per_s": round(n_sent / med["code_w"], 1),
        "ingest_sentences_per_s": round(n_sent / med["ing_w"], 1),
        "ingest_vs_code_wall_pct": round(100 * med["code_w"] / med["ing_w"], 1),
        "ingest_vs_code_cpu_pct": round(100 * med["code_c"] / med["ing_c"], 1),
        "ingest_report": last,
    }


SYNTH_SQL = """
INSERT INTO events
WITH c AS (
    SELECT ['LBY','RUS','IRN','USA','EGY','TUN','SYR','ISR','PSE','TUR','SAU','ARE','QAT','IRQ','YEM','SDN',
            'DZA','MAR','JOR','LBN','FRA','GBR','CHN','IGO'] AS countries,
           ['','GOV','MIL','REB','CVL','BUS','MED','OPP'] AS sectors,
           ['010','013','020','030','036','040','042','043','046','051','057','061','090','111','112','120',
            '130','138','141','145','173','180','190','193','195'] AS cameos,
           ['Tripoli','Benghazi','Tunis','Cairo','Damascus','Gaza','Tehran','Moscow','Misrata','Sfax'] AS places
), g AS (
    SELECT i,
        c.countries[1 + CAST(hash(i * 16 + 1) % 24 AS BIGINT)] AS sc, c.sectors[1 + CAST(hash(i * 16 + 2) % 8 AS BIGINT)] AS ss,
        c.countries[1 + CAST(hash(i * 16 + 3) % 24 AS BIGINT)] AS tc, c.sectors[1 + CAST(hash(i * 16 + 4) % 8 AS BIGINT)] AS ts,
        c.cameos[1 + CAST(hash(i * 16 + 5) % 25 AS BIGINT)] AS cameo, c.places[1 + CAST(hash(i * 16 + 6) % 10 AS BIGINT)] AS place,
        DATE '2015-01-01' + CAST(CAST(hash(i * 16 + 7) % 3650 AS BIGINT) AS INTEGER) AS d
    FROM range($n) t(i), c
)
SELECT substr(md5(CAST(i AS VARCHAR)), 1, 20), substr(md5(CAST(i % 400000 AS VARCHAR)), 1, 20), d, 'day',
       sc || ss, sc, nullif(ss, ''), tc || ts, tc, nullif(ts, ''),
       cameo, substr(cameo, 1, 2), 'CONSULT', NULL, NULL, 1 + CAST(substr(cameo, 1, 2) AS INTEGER) // 6, 1.0,
       'asserted', place, sc, 30.0, 15.0, NULL, 0.9,
       1 + CAST(hash(i * 16 + 8) % 3 AS BIGINT), 1 + CAST(hash(i * 16 + 9) % 2 AS BIGINT), 1 + CAST(hash(i * 16 + 9) % 2 AS BIGINT), 'doc-' || i,
       json_object('event_id', substr(md5(CAST(i AS VARCHAR)), 1, 20), 'date', CAST(d AS VARCHAR),
                   'source', json_object('code', sc || ss, 'country', sc),
                   'target', json_object('code', tc || ts, 'country', tc), 'cameo', cameo,
                   'cameo_root', substr(cameo, 1, 2), 'location', json_object('name', place),
                   'evidence', json_object('sentence', 'جملة اصطناعية رقم ' || i))
FROM g ORDER BY d
"""


def bench_queries(n_events: int, runs: int, tmp: Path) -> dict:
    import duckdb

    import marsad.store as store

    db = tmp / "synthetic.duckdb"
    store.open(db).close()  # the real schema
    t = time.perf_counter()
    con = duckdb.connect(str(db))
    con.execute(SYNTH_SQL.replace("$n", str(n_events)))
    con.execute("CHECKPOINT")
    con.close()
    gen_s = time.perf_counter() - t
    st = store.open(db, read_only=True)
    dyad = (
        "SELECT date_trunc('month', date) AS month, count(*) AS n FROM events"
        " WHERE source_code LIKE 'LBY%' AND target_code LIKE 'RUS%' GROUP BY 1 ORDER BY 1"
    )
    cases = {
        "count actor=LBY": lambda: st.count(actor="LBY"),
        "count cameo root 04": lambda: st.count(cameo="04"),
        "count date 2020-01-01..2020-06-30": lambda: st.count(since="2020-01-01", until="2020-06-30"),
        "count actor+cameo+dates": lambda: st.count(actor="LBY", cameo="19", since="2018-01-01", until="2019-12-31"),
        "dyad LBY→RUS per month": lambda: st.sql(dyad),
        "events(actor=LBYGOV, since=2024-01-01) → DataFrame": lambda: st.events(actor="LBYGOV", since="2024-01-01"),
    }
    out = {"events": st.count(), "generate_s": round(gen_s, 2), "runs": runs, "median_s": {}, "result": {}}
    for name, fn in cases.items():
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            res = fn()
            times.append(time.perf_counter() - t)
        out["median_s"][name] = round(statistics.median(times), 4)
        out["result"][name] = res if isinstance(res, int) else len(res)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--n", type=int, default=1000, help="documents from the corpus (default 1000)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--query-runs", type=int, default=7)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    args = ap.parse_args()
    report: dict = {}
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as d:
        tmp = Path(d)
        if not args.skip_ingest:
            corpus = Path(args.corpus)
            if not corpus.exists():
                raise SystemExit(f"{corpus}: not found (give a JSONL corpus path, or set MARSAD_SHARED).")
            print(f"ingest vs code on {args.n} docs of {corpus.name} …", file=sys.stderr)
            report["ingest"] = bench_ingest(corpus, args.n, args.runs, tmp)
        if not args.skip_queries:
            print(f"queries on {args.events:,} synthetic events …", file=sys.stderr)
            report["queries"] = bench_queries(args.events, args.query_runs, tmp)
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
