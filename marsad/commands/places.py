"""`marsad places TEXT`: place names found in Arabic text, one JSON object a line."""

from __future__ import annotations

import argparse
import json
import sys

from . import read_text

EXAMPLES = """\
examples:
  marsad places "استقبل النائب اليوم بالعاصمة طرابلس وفدا من روسيا"
      {"text": "طرابلس", "span": [29, 35], "name": "Tripoli", "country": "LBY", "lat": 32.8874, "lon": 13.1873, "geonames_id": 2210247, "kind": "city"}
  marsad places "انفجار في طرابلس شمال لبنان"
  marsad places story.txt
  echo "وصل الوفد إلى سلطنة عمان" | marsad places -

TEXT is the text itself, a path to an existing UTF-8 file, or - for stdin.
Output: one line per place in text order,
  {"text", "span": [start, end], "name", "country" (ISO-3), "lat", "lon", "geonames_id", "kind"}
kind is city / region / country; span is in characters of the input as given. Ambiguous names are resolved
by the text's own context (طرابلس in a text about Lebanon is Tripoli, Lebanon); use --country to say what
the text is about when it does not say so itself.
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "places",
        help="find place names and resolve them to the gazetteer (طرابلس، عمان، بندر عباس …)",
        description="Find place names in Arabic text and resolve them (GeoNames id, ISO-3 country, coordinates).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="ISO3",
        help="a country the text is about (repeatable), used to resolve ambiguous names",
    )
    p.add_argument("text", metavar="TEXT", help="the text, a file path, or - for stdin")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..where import find_places

    text = read_text(args.text)
    out = sys.stdout
    for p in find_places(text, [c.upper() for c in args.country]):
        out.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
    return 0
