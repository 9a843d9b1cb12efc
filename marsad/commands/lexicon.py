"""`marsad lexicon build|check|stats`: compile and validate the lexicons."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..errors import LexiconError

EXAMPLES = """examples:
  marsad lexicon check --src lexicon_src --shared ../shared/data
  marsad lexicon build --src lexicon_src --shared ../shared/data
  marsad lexicon stats
"""


def _default_shared() -> str | None:
    """$MARSAD_SHARED, else nothing: the raw sources are not shipped, so `build` needs --shared."""
    return os.environ.get("MARSAD_SHARED") or None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lexicon",
        help="build, check or describe the compiled lexicon",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", choices=("build", "check", "stats"))
    p.add_argument(
        "--shared",
        default=_default_shared(),
        help="the shared/data folder with the raw sources (default: $MARSAD_SHARED)",
    )
    p.add_argument("--src", default="lexicon_src", help="folder with our own additions (TSV)")
    p.add_argument("--out", help="where to write the artifact (default: inside the package)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..lexicon import build as b

    if args.action == "stats":
        from ..lexicon import load

        lex = load()
        for k, v in sorted(lex.stats.items()):
            print(f"{k}\t{v}")
        print(f"sources\t{lex.sources}")
        return 0
    src = Path(args.src)
    if not src.is_dir():
        raise LexiconError(f"{src}: additions folder not found (pass --src)")
    if args.shared is None and args.action == "build":
        raise LexiconError("lexicon build needs the raw sources: pass --shared DIR (the shared/data folder)")
    shared = Path(args.shared) if args.shared else None
    if args.action == "check" and (shared is None or not (shared / "up-arabic-dictionaries").is_dir()):
        # without the raw sources, check our own files alone
        problems = b.check_src(src)
        for p in problems:
            print("error: " + p)
        if problems:
            raise LexiconError(f"{len(problems)} problem(s) in {src}; fix them and re-run.")
        where = f"not found at {shared}" if shared else "not given (--shared)"
        print(f"ok: {src} is valid (raw sources {where}: checked our files alone)")
        return 0
    c = b.compile_all(shared, src)
    src_problems = [p for p in c.problems if not p.startswith("actor_dict")]
    for p in c.problems:
        print(("error: " if p in src_problems else "note: ") + p)
    if args.action == "check":
        dup = b.duplicate_rows(src)
        for d in dup:
            print("error: " + d)
        if src_problems or dup:
            raise LexiconError(f"{len(src_problems) + len(dup)} problem(s) in {src}; fix them and re-run.")
        print(f"ok: {src} is valid ({c.stats})")
        return 0
    if src_problems:
        raise LexiconError(f"{len(src_problems)} problem(s) in {src}; run `marsad lexicon check` and fix them.")
    out = Path(args.out) if args.out else b.OUT
    b.build(shared, src, out)
    print(f"wrote {out} ({out.stat().st_size} bytes): {c.stats}")
    return 0
