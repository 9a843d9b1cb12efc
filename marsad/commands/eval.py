"""`marsad eval`: every development evaluation in one table (the data is not shipped; point --data at it)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

EXAMPLES = """\
examples:
  marsad eval                                   # data from $MARSAD_SHARED
  marsad eval --data ../shared/data --only assault,protest --errors /tmp/errs
  marsad eval --only quad --no-classifier       # dictionary rows only (no cross-validation, faster)
  marsad eval --classifier-only                 # the learned classifiers' cross-validated figures alone

rows:
  dictionary   the pipeline's coded events (modality asserted or reported count as deeds)
  classifier   the sentence classifier, 5-fold cross-validated on the same data (retrained per fold)
  combined     dictionary events confirmed/rejected by the classifier (see docs/eval.md)
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="run the development evaluations (ASSAULT/PROTEST, actors, QuadClass, relevance, NER)",
        description="Score marsad on the development data and print one table.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--data",
        metavar="DIR",
        help="shared data folder with gsr-dev/ quadclass/ ner/ (default: $MARSAD_SHARED)",
    )
    p.add_argument("--errors", metavar="DIR", help="write misses and false positives with their evidence here (JSONL)")
    p.add_argument("--only", metavar="LIST", help="comma list of: assault,protest,actors,quad,relevance,ner")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--no-classifier", action="store_true", help="skip the cross-validated classifier rows")
    g.add_argument("--classifier-only", action="store_true", help="only the classifiers' cross-validated figures")
    p.add_argument(
        "--reject",
        type=float,
        default=None,
        help="combined: keep dictionary events with P >= this (default: the pipeline's rule — the classifier's "
        "threshold for noun triggers, a share of it for finite verbs)",
    )
    p.add_argument(
        "--add", type=float, default=None, help="combined: also detect a sentence with a conflict event at P >= this"
    )
    p.add_argument("--json", action="store_true", help="print the rows as JSON instead of a table")
    p.set_defaults(func=run)


def _data_dir(arg: str | None) -> Path:
    from ..evaluate import EvalDataError, default_data_dir

    path = Path(arg) if arg else default_data_dir()
    if path is None or not path.is_dir():
        raise EvalDataError(
            f"development data not found{f' at {arg}' if arg else ''}: pass --data DIR (the shared data folder "
            "holding gsr-dev/ and quadclass/) or set MARSAD_SHARED. These files are not shipped with marsad."
        )
    return path


def _classifier_only(data: Path, only: list[str], report) -> None:
    """Classifier rows without the pipeline: a coder that codes nothing, then drop the dictionary rows."""
    from ..evaluate import Combine, learned_oof, run

    tasks = [t for t in only if t in ("assault", "protest", "quad", "relevance")]
    rep = run(data, tasks, coder=lambda batch: {}, oof=learned_oof, combine=Combine())
    report.rows += [r for r in rep.rows if r.system.startswith("classifier")]


def _print(report, as_json: bool) -> None:
    if as_json:
        print(json.dumps([_row(r) for r in report.rows], ensure_ascii=False, indent=1))
        return
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # pragma: no cover
        Console = None
    if Console is not None:
        t = Table(title="marsad eval (development data)")
        for c in ("task", "system", "metric", "value", "detail"):
            t.add_column(c, justify="right" if c == "value" else "left", overflow="fold")
        last = None
        for r in report.rows:
            if last is not None and r.task != last:
                t.add_section()
            last = r.task
            t.add_row(r.task, r.system, r.metric, "—" if r.value is None else f"{r.value:.3f}", r.detail)
        Console(width=max(160, Console().width)).print(t)
    else:  # pragma: no cover
        for r in report.rows:
            v = "—" if r.value is None else f"{r.value:.3f}"
            print(f"{r.task:34} {r.system:42} {r.metric:22} {v:>6}  {r.detail}")
    for n in report.notes:
        print(f"note: {n}")


def _row(r) -> dict:
    return {k: getattr(r, k) for k in ("task", "system", "metric", "value", "detail")}


def run(args: argparse.Namespace) -> int:
    from ..evaluate import TASKS, Combine, EvalDataError, Report, learned_oof
    from ..evaluate import run as run_eval

    data = _data_dir(args.data)
    only = [t.strip() for t in (args.only or ",".join(TASKS)).split(",") if t.strip()]
    bad = [t for t in only if t not in TASKS]
    if bad:
        raise EvalDataError(f"--only: unknown evaluation {', '.join(bad)}; choose from {', '.join(TASKS)}.")
    if args.classifier_only:
        report = Report()
        _classifier_only(data, only, report)
    else:
        oof = None if args.no_classifier else learned_oof
        note = None
        if oof is not None and importlib.util.find_spec("sklearn") is None:
            oof, note = None, "classifier rows skipped: cross-validation needs scikit-learn (pip install -e '.[dev]')."
        combine = Combine(reject=args.reject, add=args.add)
        report = run_eval(data, only, oof=oof, combine=combine, strict=bool(args.only))
        if note:
            report.notes.append(note)
    if args.errors:
        out = Path(args.errors)
        out.mkdir(parents=True, exist_ok=True)
        for name, recs in report.errors.items():
            with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
                for rec in recs:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(
            f"errors written to {out}/ ({', '.join(f'{k}: {len(v)}' for k, v in report.errors.items())})",
            file=sys.stderr,
        )
    _print(report, args.json)
    return 0
