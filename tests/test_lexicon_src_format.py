"""The human-edited lexicon sources (lexicon_src/actors.tsv, agents.tsv) are well-formed.

Fast and self-contained: reads only the two TSV files in the repo, no /work/shared.
The formats are documented in docs/actors-format.md.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest

from marsad.text.normalize import phrase_key

SRC = Path(__file__).resolve().parents[1] / "lexicon_src"
ACTORS = SRC / "actors.tsv"
AGENTS = SRC / "agents.tsv"

# Sector letters as the files use them (CAMEO semantics: MED = media, HLH = health), plus the PLOVER
# sectors the compiler accepts. JRN is deliberately absent: media is MED. Keep this a subset of
# marsad.lexicon.build.SECTORS (checked below) so `marsad lexicon check` never rejects a row that passes here.
SECTORS = frozenset(
    "GOV MIL COP JUD LEG PTY REB OPP CVL BUS MED EDU REL HLH NGO SPY UAF ELI REF LAB IGO "
    "AGR CRM PRM DEV ENV HRI MOD RAD SEP".split()
)
# Country slot: ISO 3166 alpha-3, or a PLOVER/CAMEO special code (organisations, transnational actors, CAMEO's
# regions such as NAF, North Africa).
SPECIAL_COUNTRIES = frozenset(
    "IGO NGO IMG ISM MNC KOS UNO EUR AFR ASA MEA WST BLK CAU CRB CAS EAF EEU LAM NAF NMR PGS SAF SAM SAS SEA SCN "
    "WAF WEU BAL INT".split()
)
# For these, the 3 letters after the prefix name the organisation (IGOUNO, NGOAMN), not a sector.
ORG_PREFIXES = frozenset({"IGO", "NGO"})
KINDS = frozenset({"title", "org", "group"})
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CODE = re.compile(r"^(?:[A-Z]{3})+$")


def _match_key(phrase: str) -> str:
    """What the compiler matches on: the match key of each word (ال, clitics, ون/ين/ات/ة folded)."""
    return " ".join(phrase_key(phrase))


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((n, line.split("\t")))
    return out


@cache
def _iso3() -> frozenset[str] | None:
    try:
        import pycountry
    except ImportError:  # dev extra not installed: skip only the country-name check
        return None
    return frozenset(c.alpha_3 for c in pycountry.countries)


def _code_errors(code: str) -> list[str]:
    if not CODE.match(code):
        return [f"code {code!r} is not a sequence of 3-letter upper-case groups"]
    groups = [code[i : i + 3] for i in range(0, len(code), 3)]
    country, rest = groups[0], groups[1:]
    errs = []
    iso3 = _iso3()
    if country not in SPECIAL_COUNTRIES and iso3 is not None and country not in iso3:
        errs.append(f"code {code!r}: {country!r} is neither ISO-3 nor a special code")
    if country in ORG_PREFIXES and rest and rest[0] not in SECTORS:
        rest = rest[1:]  # organisation code, e.g. IGO + UNO
    errs += [f"code {code!r}: unknown sector {g!r}" for g in rest if g not in SECTORS]
    return errs


def _date(s: str) -> dt.date | None:
    if not s:
        return None
    if not DATE.match(s):
        raise ValueError(f"date {s!r} is not YYYY-MM-DD")
    return dt.date.fromisoformat(s)


def test_sector_list_is_accepted_by_the_compiler():
    build = pytest.importorskip("marsad.lexicon.build")
    assert SECTORS <= build.SECTORS, sorted(SECTORS - build.SECTORS)


def test_files_exist_and_are_substantial():
    assert len(_rows(ACTORS)) >= 300
    assert len(_rows(AGENTS)) >= 200


def test_actors_columns_codes_dates():
    errors = []
    for n, cols in _rows(ACTORS):
        where = f"actors.tsv:{n}"
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns, expected 5 (names, code, from, to, note)")
            continue
        names, code, start, end, note = cols
        alts = [a.strip() for a in names.split("|")]
        if not all(alts):
            errors.append(f"{where}: empty name alternative")
        if any(a != a.strip() or "  " in a for a in names.split(" | ")):
            errors.append(f"{where}: stray whitespace in names; separate alternatives with ' | '")
        folded = [_match_key(a) for a in alts]
        if len(set(folded)) != len(folded):
            errors.append(f"{where}: an alternative repeats another up to the match key: {alts}")
        errors += [f"{where}: {e}" for e in _code_errors(code)]
        try:
            a, b = _date(start), _date(end)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
            continue
        if a and b and a > b:
            errors.append(f"{where}: from {start} is after to {end}")
        if not note.strip():
            errors.append(f"{where}: empty note")
    assert not errors, "\n".join(errors)


def test_actors_no_duplicate_rows():
    seen: dict[tuple[str, ...], int] = {}
    dups = []
    for n, cols in _rows(ACTORS):
        k = tuple(c.strip() for c in cols[:4])
        if k in seen:
            dups.append(f"actors.tsv:{n} repeats line {seen[k]}")
        seen.setdefault(k, n)
    assert not dups, "\n".join(dups)


def test_actors_one_code_per_name_at_a_time():
    """A surface form must not get two different codes for overlapping dates."""
    lo, hi = dt.date.min, dt.date.max
    spans: dict[str, list[tuple[dt.date, dt.date, str, int]]] = {}
    for n, cols in _rows(ACTORS):
        names, code, start, end = cols[:4]
        a, b = _date(start) or lo, _date(end) or hi
        for alt in {_match_key(x) for x in names.split("|")}:
            spans.setdefault(alt, []).append((a, b, code, n))
    clashes = []
    for alt, rows in spans.items():
        for i, (a1, b1, c1, n1) in enumerate(rows):
            for a2, b2, c2, n2 in rows[i + 1 :]:
                if c1 != c2 and a1 <= b2 and a2 <= b1:
                    clashes.append(f"{alt!r}: {c1} (line {n1}) and {c2} (line {n2}) overlap in time")
    assert not clashes, "\n".join(clashes)


def test_agents_columns_sectors_kinds_weights():
    errors = []
    for n, cols in _rows(AGENTS):
        where = f"agents.tsv:{n}"
        if len(cols) != 4:
            errors.append(f"{where}: {len(cols)} columns, expected 4 (term, sector, kind, weight)")
            continue
        term, sector, kind, weight = cols
        if not term.strip() or term != term.strip():
            errors.append(f"{where}: empty term or stray whitespace")
        if "|" in term:
            errors.append(f"{where}: one term per row (no ' | ' alternatives)")
        if sector not in SECTORS:
            errors.append(f"{where}: unknown sector {sector!r}")
        if kind not in KINDS:
            errors.append(f"{where}: kind {kind!r} not one of {sorted(KINDS)}")
        if not re.fullmatch(r"\d+", weight):
            errors.append(f"{where}: weight {weight!r} is not a non-negative integer")
    assert not errors, "\n".join(errors)


def test_agents_no_duplicate_terms():
    """One row per match key: ال, regular plurals and feminine forms are derived by the compiler."""
    seen: dict[str, int] = {}
    dups = []
    for n, cols in _rows(AGENTS):
        k = _match_key(cols[0])
        if k in seen:
            dups.append(f"agents.tsv:{n} has the same match key as line {seen[k]}: {cols[0]}")
        seen.setdefault(k, n)
    assert not dups, "\n".join(dups)


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("LBYGOV", True),
        ("IGOUNO", True),
        ("IGOARL", True),
        ("NGOAMN", True),
        ("IMGREB", True),
        ("PSEREB", True),
        ("LBYXYZ", False),
        ("IGOUNOXYZ", False),
        ("lbygov", False),
        ("LBYGO", False),
    ],
)
def test_code_grammar(code, ok):
    assert (not _code_errors(code)) is ok
