"""`marsad dates --date YYYY-MM-DD TEXT`: date expressions found in Arabic text, one JSON object a line."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError, message
from . import read_text

EXAMPLES = """\
examples:
  marsad dates --date 2025-04-28 "وقالت الوزارة في بيان لها اليوم الأحد إنها ..."
      {"text": "اليوم الأحد", "span": [26, 37], "date": "2025-04-27", "precision": "day"}
  marsad dates --date 2017-01-20 story.txt
  echo "التقى الوفد أمس الخميس" | marsad dates --date 2017-01-20 -

TEXT is the text itself, a path to an existing UTF-8 file, or - for stdin.
Output: one line per expression in text order,
  {"text": …, "span": [start, end], "date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY", "precision": "day" | "week" | "month" | "year"}
span is in characters of the input as given; week precision dates give the Monday of the week.
Relative expressions (اليوم، أمس، الشهر الماضي …) need --date; without it only absolute dates are printed.
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "dates",
        help="find and resolve date expressions (اليوم، أمس الأحد، 15 تشرين الثاني/نوفمبر …)",
        description="Find date expressions in Arabic text and resolve them against the document date.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the document date that relative expressions resolve against")
    p.add_argument("text", metavar="TEXT", help="the text, a file path, or - for stdin")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..when import find_dates, parse_base

    try:
        base = parse_base(args.date)
    except ValueError as err:
        raise InputError(message("bad_date", value=args.date)) from err
    text = read_text(args.text)
    out = sys.stdout
    for x in find_dates(text, base):
        row = {"text": x.text, "span": list(x.span), "date": x.date, "precision": x.precision}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0
