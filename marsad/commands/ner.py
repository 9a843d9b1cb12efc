"""`marsad ner --conll FILE`: tag pre-tokenised text, one token per line, CoNLL style."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import TextIO

from ..errors import InputError, message

EXAMPLES = """\
examples:
  marsad ner --conll tokens.txt > tagged.tsv
  printf 'استقبل\\nالرئيس\\nقيس\\nسعيد\\n' | marsad ner --conll -

input:  one token per line (the first whitespace-separated column; further columns such as a gold tag are
        ignored), a blank line between sentences; UTF-8, with or without BOM, LF or CRLF.
output: exactly one line per input token, `token<TAB>tag` (BIO over PERS ORG LOC MISC), and a blank line
        after every sentence.  Tokens are never split or merged.
"""


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ner",
        help="tag named entities (PERS ORG LOC MISC) in CoNLL token-per-line input",
        description="Tag named entities with marsad's CRF model.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--conll", required=True, metavar="FILE", help="token-per-line input file, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run)


def read_conll(lines: Iterator[str]) -> Iterator[list[str]]:
    """Sentences as lists of first-column tokens.  Tolerates BOM, CRLF and a missing final blank line."""
    sent: list[str] = []
    first = True
    for raw in lines:
        line = raw.rstrip("\r\n")
        if first:
            line = line.lstrip("\ufeff")
            first = False
        cols = line.split()
        if not cols:
            if sent:
                yield sent
                sent = []
            continue
        sent.append(cols[0])
    if sent:
        yield sent


def _open_input(path: str) -> TextIO:
    if path == "-":
        return open(sys.stdin.fileno(), encoding="utf-8", errors="strict", newline="", closefd=False)
    try:
        return open(path, encoding="utf-8", errors="strict", newline="")
    except FileNotFoundError:
        raise InputError(message("not_found", path=path)) from None
    except IsADirectoryError:
        raise InputError(message("ner_not_file", path=path)) from None


BLOCK = 2000  # sentences tagged as one text; document hints reach ±8 sentences, so blocks lose almost nothing


def _write(out: TextIO, sents: list[list[str]], tags: list[list[str]]) -> int:
    for sent, tg in zip(sents, tags, strict=True):
        out.write("".join(f"{t}\t{g}\n" for t, g in zip(sent, tg, strict=True)))
        out.write("\n")
    return len(sents)


def run(args: argparse.Namespace) -> int:
    from ..ner import NER  # the model loads on first tag, not here

    name = "<stdin>" if args.conll == "-" else args.conll
    ner = NER()
    out = open(args.output, "w", encoding="utf-8", newline="\n") if args.output else sys.stdout
    n = 0
    try:
        with _open_input(args.conll) as fh:
            try:
                # consecutive sentences are tagged together (in blocks, so memory stays flat on huge files):
                # a name's mentions a few sentences apart inform each other (bench/eval_ner.py: 0.716 → 0.745)
                block: list[list[str]] = []
                for sent in read_conll(fh):
                    block.append(sent)
                    if len(block) >= BLOCK:
                        n += _write(out, block, ner.tag_document(block))
                        block = []
                if block:
                    n += _write(out, block, ner.tag_document(block))
            except UnicodeDecodeError:
                raise InputError(message("ner_encoding", path=name)) from None
    finally:
        if out is not sys.stdout:
            out.close()
    if n == 0:
        raise InputError(message("ner_empty", path=name))
    return 0
