"""`marsad` command line. Each subcommand lives in `marsad/commands/<name>.py` and
exposes `register(subparsers)`; this file only wires them and maps errors to exit codes."""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import MarsadError

# Order shown in --help.  A module that is missing is skipped so that partial
# installs still run the commands they have.
COMMANDS = ("code", "ingest", "query", "ner", "dates", "places", "lexicon", "eval")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="marsad (مرصد): code Arabic news into political event data.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "examples:\n"
            "  marsad code story.txt --date 2025-04-28\n"
            "  marsad code articles.jsonl --format jsonl -o events.jsonl\n"
            "  marsad ingest articles.jsonl --db events.duckdb && marsad query --db events.duckdb --actor LBY\n"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"marsad.commands.{name}")
        except ModuleNotFoundError as err:
            if err.name == f"marsad.commands.{name}":
                continue
            raise
        mod.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MarsadError as err:
        print(f"marsad: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
