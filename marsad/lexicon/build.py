"""The lexicon compiler: raw sources → one compact, versioned artifact in the package.

Sources (development inputs; never read at run time):
  <shared>/up-arabic-dictionaries   CAMEO verb patterns, actors with date ranges, agents (MIT, OEDA)
  <shared>/lexicon                  country names, nationality adjectives (MIT; CC BY-SA 4.0)
  <shared>/plover                   CAMEO→PLOVER table (CC BY-SA 4.0)
  <shared>/cameo                    CAMEO→Goldstein weights
  lexicon_src/                      our own actors, agents, verbs, countries (human-edited)

Every entry is keyed with `marsad.text.normalize.phrase_key`, the same function the
tokenizer uses, so run-time matching is key-to-key lookup.

Run (development only; the compiled lexicon is committed and read from the package at run time):
`marsad lexicon build --shared PATH/TO/shared/data [--src lexicon_src]` (or $MARSAD_SHARED)
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from ..text.normalize import key, normalize, phrase_key

OUT = Path(__file__).parent / "data" / "lexicon.json.gz"
FORMAT_VERSION = 1

SECTORS = frozenset(
    "GOV MIL COP JUD LEG PTY REB OPP CVL BUS MED EDU REL HLH NGO SPY UAF ELI REF LAB IGO PRM AGR CRM ENV IMG ISM "
    "MNC DEV HRI MOD RAD SEP CON LAB ELI".split()
)
# CAMEO special "country" prefixes that are not ISO-3 (IGOs, regions, transnational actors).
SPECIAL_PREFIXES = frozenset(
    "IGO UNO EUR NGO ISM IMG MNC KOS AFR ASA MEA WST BLK CAU CRB CAS EAF EEU LAM NAF NMR PGS SAF SAM SAS SEA "
    "SCN WAF WEU BAL INT".split()  # (INT: international, as UniversalPetrarch and the GSR annotators use it)
)


@dataclass
class Compiled:
    countries: dict[str, str] = field(default_factory=dict)  # phrase-key (joined by " ") → ISO-3
    nationalities: dict[str, str] = field(default_factory=dict)
    agents: dict[str, list] = field(default_factory=dict)  # phrase → [sector, kind, weight]
    actors: dict[str, list] = field(default_factory=dict)  # phrase → [[code, from, to, name], ...]
    verbs: dict[str, list[int]] = field(default_factory=dict)  # word key → verb ids
    verb_entries: list[dict] = field(default_factory=list)
    cameo: dict[str, list] = field(default_factory=dict)  # code → [plover, mode, context, goldstein, desc]
    stats: dict[str, object] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _pk(text: str) -> str:
    return " ".join(phrase_key(text))


def _date(s: str) -> str:
    s = s.strip()
    if not s or s.startswith("1800"):
        return ""
    if re.fullmatch(r"\d{8}", s):
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    raise ValueError(s)


# --------------------------------------------------------------------- CAMEO tables


def read_cameo(shared: Path, c: Compiled) -> None:
    gold: dict[str, float] = {}
    with open(shared / "cameo" / "CAMEO.goldsteinscale.txt", encoding="utf-8") as f:
        next(f)
        for line in f:
            code, _, w = line.strip().partition("\t")
            if code:
                gold[code] = float(w)
    plover: dict[str, tuple[str, str, str, str]] = {}
    for line in open(shared / "plover" / "CAMEO2PLOVER-2021.txt", encoding="utf-8"):
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line.strip())
        if not m or len(m.group(1)) == 2:
            continue
        body, _, desc = m.group(2).partition("#")
        parts = [p.strip() or "" for p in body.split(",")] + ["", ""]
        plover[m.group(1)] = (parts[0], parts[1], parts[2].replace(";", ","), desc.strip())
    for code in sorted(set(gold) | set(plover)):
        if len(code) < 3:
            continue
        ev, mode, ctx, desc = plover.get(code, ("", "", "", ""))
        c.cameo[code] = [ev or None, mode or None, ctx or None, gold.get(code), desc]


def read_cameo_additions(src: Path, c: Compiled) -> None:
    """lexicon_src/cameo.tsv: code, plover, mode, context, goldstein, description (fills gaps)."""
    path = src / "cameo.tsv"
    if not path.exists():
        return
    for row in _tsv(path, 6):
        code, ev, mode, ctx, g, desc = row
        old = c.cameo.get(code, [None, None, None, None, ""])
        c.cameo[code] = [ev or old[0], mode or old[1], ctx or old[2], float(g) if g else old[3], desc or old[4]]


# --------------------------------------------------------------------- countries


def read_countries(shared: Path, src: Path, c: Compiled) -> None:
    names: dict[str, str] = {}
    for fn in ("world-ar.csv", "world-countries-ar.csv"):
        with open(shared / "lexicon" / fn, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                names[row["name"]] = row["alpha3"].upper()
    en2iso: dict[str, str] = {}
    ar2iso = {normalize(k): v for k, v in names.items()}
    nat = json.load(open(shared / "lexicon" / "arwikicats-nationalities.json", encoding="utf-8"))
    # English names via babel (CLDR), to map arwikicats' English country names to ISO-3.
    try:
        import pycountry  # noqa: F401  (dev dependency; only at build time)
        from babel import Locale

        for terr, en in Locale("en").territories.items():
            cc = pycountry.countries.get(alpha_2=terr) if len(terr) == 2 else None
            if cc:
                en2iso[en.lower()] = cc.alpha_3
        for cc in pycountry.countries:
            en2iso.setdefault(cc.name.lower(), cc.alpha_3)
            if hasattr(cc, "common_name"):
                en2iso.setdefault(cc.common_name.lower(), cc.alpha_3)
        ar = Locale("ar").territories
        for terr, arname in ar.items():
            cc = pycountry.countries.get(alpha_2=terr) if len(terr) == 2 else None
            if cc:
                names.setdefault(arname, cc.alpha_3)
    except ImportError as err:  # pragma: no cover - dev extra missing
        raise LexiconError(f"lexicon build needs the dev extra (babel, pycountry): {err}") from err
    for name, iso in names.items():
        c.countries[_pk(name)] = iso
    for entry in nat.values():
        iso = ar2iso.get(normalize(entry.get("ar", ""))) or en2iso.get(entry.get("en", "").lower())
        if not iso:
            continue
        for form in ("male", "males", "female", "females", "the_male", "the_female"):
            w = entry.get(form)
            if w and " " not in w.strip():
                c.nationalities.setdefault(_pk(w), iso)
    path = src / "countries.tsv"
    if path.exists():
        for names_, iso, kind in _tsv(path, 3):
            target = c.nationalities if kind == "nationality" else c.countries
            for n in names_.split("|"):
                target[_pk(n)] = iso.strip().upper()


# --------------------------------------------------------------------- actors and agents


def read_up_actors(shared: Path, c: Compiled) -> int:
    """UP actor dictionary: head line, then inline [CODE] or indented date-ranged codes."""
    head = None
    n = 0
    for raw in open(shared / "up-arabic-dictionaries" / "actor_dict_ar_v4.txt", encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[0] in " \t" and head and line.strip().startswith("["):
            _add_up_code(c, head, line.strip())
            continue
        m = re.match(r"^\s*(\S.*?)\s*(\[[^\]]*\])?\s*$", line)
        if not m:
            continue
        head = m.group(1).strip("_ ").replace("_", " ")
        n += 1
        if m.group(2):
            _add_up_code(c, head, m.group(2))
    return n


def _add_up_code(c: Compiled, head: str, field_: str) -> None:
    m = re.match(r"^\[([A-Z]{3,15})\s*(?:>?(\d{8}))?(?:-(\d{8}))?\]$", field_.replace("<", "-"))
    if not m:
        c.problems.append(f"actor_dict: unreadable code {field_!r} for {head!r}")
        return
    code, a, b = m.group(1), _date(m.group(2) or ""), _date(m.group(3) or "")
    if a and b and b < a:
        c.problems.append(f"actor_dict: inverted date range {a}..{b} for {head!r}; end dropped")
        b = ""
    k = _pk(head)
    if len(k) < 2:
        return
    # Sector-only codes ("السياسي [PTY]") are agents in disguise, and too noisy as
    # single words; country names belong to the country table.
    if len(code) == 3 and code in SECTORS:
        return
    # Single words with a sector code are mostly common nouns or adjectives in the UP
    # file (جسم → CHLEDU, قاعدة, سيادة); named people of today come from lexicon_src.
    if " " not in head.strip() and len(code) > 3:
        return
    c.actors.setdefault(k, []).append([code, a, b, head, "up"])


def read_up_agents(shared: Path, c: Compiled) -> None:
    path = shared / "up-arabic-dictionaries" / "agents.all.ar.txt"
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^[A-Z_]+\s*\[~([A-Z]{3})\]\s*([^#\n]*)", line.strip())
        if not m:
            continue
        ar = re.sub(r"[?A-Za-z]", "", m.group(2)).strip()
        # Single UP agent words are often adjectives or honorifics (سياسي، السيد); keep phrases only.
        if ar and " " in ar and m.group(1) in SECTORS:
            c.agents.setdefault(_pk(ar), [m.group(1), "org", 1, "up"])


def read_src_actors(src: Path, c: Compiled) -> None:
    path = src / "actors.tsv"
    if not path.exists():
        return
    for i, row in enumerate(_tsv(path, 5), 1):
        names, code, a, b, note = row
        try:
            a, b = _date(a), _date(b)
        except ValueError as err:
            c.problems.append(f"actors.tsv row {i}: bad date {err}")
            continue
        if a and b and b < a:
            c.problems.append(f"actors.tsv row {i}: inverted date range {a}..{b} for {names!r}")
            continue
        if not _valid_code(code):
            c.problems.append(f"actors.tsv row {i}: unknown code {code!r}")
            continue
        alts = [n.strip() for n in names.split("|") if n.strip()]
        for n in alts:
            k = _pk(n)
            lst = c.actors.setdefault(k, [])
            # Our own entries replace the UP ones for the same name.
            lst[:] = [e for e in lst if e[4] != "up"]
            if any(e[0] == code and e[1] == a and e[2] == b for e in lst):
                continue
            lst.append([code, a, b, alts[0], "src"])


def read_src_removals(src: Path, c: Compiled) -> None:
    """lexicon_src/remove.tsv: kind<TAB>phrase — entries of the raw sources that are wrong
    (e.g. UP's "الشرق الأوسط" → SAUMED, the newspaper, which swallows the region)."""
    path = src / "remove.tsv"
    if not path.exists():
        return
    tables = {"actor": c.actors, "agent": c.agents, "country": c.countries, "nationality": c.nationalities}
    for i, (kind, phrase) in enumerate(_tsv(path, 2), 1):
        if kind not in tables:
            c.problems.append(f"remove.tsv row {i}: unknown kind {kind!r}")
            continue
        tables[kind].pop(_pk(phrase), None)


def read_src_agents(src: Path, c: Compiled) -> None:
    path = src / "agents.tsv"
    if not path.exists():
        return
    for i, (term, sector, kind, weight) in enumerate(_tsv(path, 4), 1):
        if sector not in SECTORS:
            c.problems.append(f"agents.tsv row {i}: unknown sector {sector!r}")
            continue
        try:
            w = int(weight or 1)
        except ValueError:
            c.problems.append(f"agents.tsv row {i}: weight {weight!r} is not an integer")
            continue
        c.agents[_pk(term)] = [sector, kind or "org", w, "src"]


def _valid_code(code: str) -> bool:
    if not re.fullmatch(r"[A-Z]{3,15}", code):
        return False
    return len(code) % 3 == 0


# --------------------------------------------------------------------- verbs

_PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")


def verb_forms(lemma: str) -> set[str]:
    """Surface forms of a perfect 3ms lemma: perfect and imperfect, with future س.

    Approximate (no vowels): good enough because the match key strips the same
    endings on both sides; irregular forms (hollow/defective verbs) are listed
    explicitly in lexicon_src/verbs.tsv.
    """
    w = normalize(lemma)
    forms = {w + s for s in _PERFECT_SUFFIXES}
    if w.endswith("ي"):  # defective: لقي/لقى → لقوا، لقيت
        forms |= {w[:-1] + "وا", w[:-1] + "ت"}
    stem = w[1:] if w.startswith("ا") and len(w) >= 4 else w
    # a hollow verb (زار، قاد) keeps its alif only in the passive imperfect (يُزار); the first-person and alif forms
    # made from it are no verbs but names and nouns ("نزار" Nizar, "نقاد" critics)
    hollow = len(w) == 3 and w[1] == "ا"
    for p in _IMPERFECT_PREFIXES if not hollow else ("ي", "ت"):
        forms.add(p + stem)
        forms.add(p + stem + "ون")
        forms.add(p + stem + "ان")
        forms.add("س" + p + stem)
    if w.startswith("ا") and len(w) == 3:  # أكد → يؤكد
        forms |= {p + "و" + w[1:] for p in _IMPERFECT_PREFIXES}
    return forms


def _add_verb(
    c: Compiled, forms: set[str], entry: dict, literal: set[str] = frozenset(), exact: set[str] = frozenset()
) -> None:
    """Index an entry by its exact generated forms; literal forms (masdars, nouns,
    irregulars) also by their match key, so clitics and plural endings still match.
    Generated forms are not keyed: a keyed imperfect (تطور) would swallow nouns (تطورات)."""
    vid = len(c.verb_entries)
    c.verb_entries.append(entry)
    for f in forms:
        # "~form": a literal form verbatim; "=key": a literal form by match key; bare: generated verb form
        if f in exact:
            ks = {"~" + f}
        elif f in literal:
            ks = {"~" + f, "=" + key(f, normalized=True)}
        else:
            ks = {f}
        for k in ks:
            if len(k.lstrip("=~")) >= 2:
                ids = c.verbs.setdefault(k, [])
                if vid not in ids:
                    ids.append(vid)


def read_src_verbs(src: Path, c: Compiled, known_codes: object = "cameo") -> None:
    """lexicon_src/verbs.tsv: forms, code, requires, target_preps, flags, note."""
    path = src / "verbs.tsv"
    if not path.exists():
        return
    for i, row in enumerate(_tsv(path, 6), 1):
        forms_, code, requires, preps, flags, note = row
        if not re.fullmatch(r"\d{3,4}", code):
            c.problems.append(f"verbs.tsv row {i}: bad CAMEO code {code!r}")
            continue
        if known_codes is not None and code not in c.cameo:
            c.problems.append(f"verbs.tsv row {i}: CAMEO code {code} not in the CAMEO table")
            continue
        flagset = set(flags.split(",")) - {""}
        forms: set[str] = set()
        literal: set[str] = set()
        lemmas = [f.strip() for f in forms_.split("|") if f.strip()]
        exact: set[str] = set()
        for lemma in lemmas:
            if lemma.startswith("~"):  # verbatim only: the match key would erase what matters (ون vs ين)
                form = normalize(lemma[1:])
                forms.add(form)
                exact.add(form)
            elif lemma.startswith("=") or "noun" in flagset or " " in lemma:
                form = normalize(lemma.lstrip("="))  # a literal form (masdar, noun, irregular verb)
                forms.add(form)
                literal.add(form)
            else:
                forms |= verb_forms(lemma)
        # "a|b + c|d": every "+" group must be present; "|" separates alternatives.
        req = [[_pk(a) for a in g.split("|") if a.strip()] for g in requires.split("+") if g.strip()]
        entry = {
            "id": f"src:{i}:{lemmas[0]}",
            "lemma": lemmas[0],
            "code": code,
            "requires": req,
            "preps": [normalize(p) for p in preps.split() if p],
            "flags": sorted(flagset),
            "note": note,
            "source": "src",
        }
        phrase_forms = {f for f in forms if " " in f}
        single = forms - phrase_forms
        if phrase_forms:
            # Multi-word triggers ("اطلاق نار"): index by first word, the matcher checks the rest.
            entry["phrases"] = sorted(" ".join(phrase_key(f)) for f in phrase_forms)
            heads = {f.split()[0] for f in phrase_forms}
            # heads that only start a phrase ("لقي" of "لقي حتفه") must not fire alone
            entry["phrase_heads"] = sorted(heads - single)
            single |= heads
            literal |= heads
        _add_verb(c, single, entry, literal, exact)


_UP_BLOCK = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")
_UP_PATTERN = re.compile(r"^-\s*(.*?)\s*\[(\d{3,4})\]")


def read_up_verbs(shared: Path, c: Compiled) -> tuple[int, int]:
    """UP verb dictionary: blocks of synonyms (with optional default code) and patterns."""
    lines = open(shared / "up-arabic-dictionaries" / "CAMEO.ar.0.5.txt", encoding="utf-8").read().splitlines()
    synsets: dict[str, list[str]] = defaultdict(list)
    cur = None
    in_verbs = False
    blocks = patterns = 0
    block: dict | None = None

    def flush() -> None:
        if not block or not block["syns"]:
            return
        for lemma, code in block["syns"]:
            forms = verb_forms(lemma.split("+")[0])
            particle = lemma.split("+")[1] if "+" in lemma else ""
            pats = []
            for words, pcode, ptext in block["patterns"]:
                pats.append({"requires": words, "code": pcode, "text": ptext})
            dcode = code or block["code"]
            if not dcode and not pats:
                continue
            if dcode and dcode not in c.cameo:
                dcode = ""
            _add_verb(
                c,
                forms,
                {
                    "id": f"up:{block['lemma']}:{lemma}",
                    "lemma": lemma.replace("+", " "),
                    "code": dcode,
                    "requires": [[_pk(particle)]] if particle else [],
                    "patterns": pats,
                    "preps": [],
                    "flags": ["up"],
                    "note": block["gloss"],
                    "source": "up",
                },
            )

    for line in lines:
        s = line.strip()
        if s.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs:
            if s.startswith("&"):
                cur = s
            elif s.startswith("+") and cur:
                synsets[cur].append(s[1:].strip("_").replace("_", " "))
            continue
        m = _UP_BLOCK.match(s)
        if m:
            flush()
            blocks += 1
            code = m.group(2) if re.fullmatch(r"\d{3,4}", m.group(2)) else ""
            block = {"lemma": m.group(1), "code": code, "syns": [], "patterns": [], "gloss": ""}
            continue
        if block is None or not s:
            continue
        if s.startswith("-"):
            pm = _UP_PATTERN.match(s)
            if not pm:
                continue
            patterns += 1
            body = pm.group(1).replace("*", " ")
            words = _pattern_words(body, synsets)
            if words:
                block["patterns"].append((words, pm.group(2), s))
            continue
        syn = re.match(r"^(\S+(?:\s\S+)?)\s*(?:\[(\d{3,4}|---)\])?\s*(?:#\s*(.*))?$", s)
        if syn and not syn.group(1).startswith("#"):
            lemma = syn.group(1).split()[0]
            code = syn.group(2) if syn.group(2) and syn.group(2) != "---" else ""
            block["syns"].append((lemma, code))
            if not block["gloss"] and syn.group(3):
                block["gloss"] = syn.group(3).strip()
    flush()
    return blocks, patterns


_PREPS = {"ل", "ب", "في", "من", "الي", "علي", "عن", "مع", "ضد", "ك"}


def _pattern_words(body: str, synsets: dict[str, list[str]]) -> list[list[str]]:
    """Content words a pattern requires, each a list of alternative keys (synsets expand)."""
    out: list[list[str]] = []
    for tok in re.findall(r"\{[^}]*\}|&\w+|[^\s(){}]+", body):
        if tok.startswith("&"):
            alts = [" ".join(phrase_key(m)) for m in synsets.get(tok, [])]
            if alts:
                out.append(sorted(set(alts)))
            continue
        tok = tok.strip("{}")
        for w in tok.split():
            n = normalize(w)
            if n in _PREPS or len(n) < 2:
                continue
            out.append([key(n, normalized=True)])
    return out


# --------------------------------------------------------------------- words


# --------------------------------------------------------------------- driver


def _tsv(path: Path, ncols: int) -> list[list[str]]:
    rows = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.rstrip("\n").split("\t")]
        parts += [""] * (ncols - len(parts))
        rows.append(parts[:ncols])
    return rows


def check_src(src: Path) -> list[str]:
    """Problems in the human-edited files alone (no raw sources needed): bad or inverted date
    ranges, unknown actor codes and sectors, malformed CAMEO codes, duplicate rows."""
    c = Compiled()
    read_src_actors(src, c)
    read_src_agents(src, c)
    read_src_verbs(src, c, known_codes=None)
    read_src_removals(src, c)
    return c.problems + duplicate_rows(src)


def duplicate_rows(src: Path) -> list[str]:
    """Exact duplicate rows in the human-edited TSV files, and agent terms listed twice (the same match key: "تجار
    الأسلحة" and "تجار أسلحة" are one term), with different sectors or weights (only one of them would be used)."""
    out = []
    for path in sorted(src.glob("*.tsv")):
        seen: dict[str, int] = {}
        terms: dict[str, int] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            norm = "\t".join(x.strip() for x in line.split("\t"))
            if norm in seen:
                out.append(f"{path.name}:{n}: duplicate of line {seen[norm]}")
                continue
            seen[norm] = n
            if path.name == "agents.tsv":
                term = _pk(norm.split("\t")[0])
                if term in terms:
                    out.append(f"{path.name}:{n}: term listed again (same match key as line {terms[term]})")
                else:
                    terms[term] = n
    return out


def compile_all(shared: Path, src: Path) -> Compiled:
    for sub in ("up-arabic-dictionaries", "lexicon", "plover", "cameo"):
        if not (shared / sub).is_dir():
            raise LexiconError(f"lexicon build: {shared / sub} not found; pass --shared DIR (the shared/data folder)")
    c = Compiled()
    read_cameo(shared, c)
    read_cameo_additions(src, c)
    read_countries(shared, src, c)
    n_actor_heads = read_up_actors(shared, c)
    read_up_agents(shared, c)
    read_src_actors(src, c)
    read_src_agents(src, c)
    read_src_removals(src, c)
    for k in list(c.actors):
        if k in c.countries and any(e[4] == "src" for e in c.actors[k]):
            # our own actor list beats a country name the match key folds onto it ("بوتين" is not "بوتان")
            print(
                f"note: actor {k!r} ({c.actors[k][0][3]}) shadows the country key of {c.countries[k]}", file=sys.stderr
            )
            del c.countries[k]
            continue
        if k in c.countries or k in c.nationalities:
            del c.actors[k]
        elif k in c.agents and c.agents[k][3] == "src":
            # our agent words beat UP actor entries for the same phrase (UP codes
            # "وزارة الخارجية" as a Lebanese media outlet, "البرلمان" as bare LEG)
            c.actors[k] = [e for e in c.actors[k] if e[4] != "up"]
            if not c.actors[k]:
                del c.actors[k]
    blocks, patterns = read_up_verbs(shared, c)
    read_src_verbs(src, c)
    c.stats = {
        "up_actor_heads": n_actor_heads,
        "up_verb_blocks": blocks,
        "up_verb_patterns": patterns,
        "actors": len(c.actors),
        "agents": len(c.agents),
        "countries": len(c.countries),
        "nationalities": len(c.nationalities),
        "verb_entries": len(c.verb_entries),
        "verb_keys": len(c.verbs),
        "cameo_codes": len(c.cameo),
    }
    return c


def source_digest(shared: Path, src: Path) -> str:
    h = hashlib.sha256()
    # ordered by (folder, name), never by absolute path: the digest must not depend on where
    # the sources sit on disk
    files = [
        p
        for sub in ("up-arabic-dictionaries", "lexicon", "plover", "cameo")
        for p in sorted((shared / sub).glob("*.*"))
    ]
    files += sorted(src.glob("*.tsv"))
    for p in files:
        if p.suffix in {".txt", ".csv", ".json", ".tsv"}:
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def serialise(c: Compiled, digest: str) -> bytes:
    payload = {
        "format": FORMAT_VERSION,
        "sources": digest,
        "stats": c.stats,
        "countries": c.countries,
        "nationalities": c.nationalities,
        "agents": c.agents,
        "actors": c.actors,
        "verbs": c.verbs,
        "verb_entries": c.verb_entries,
        "cameo": c.cameo,
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    # mtime=0 so the same sources give byte-identical output (integrity test).
    return gzip.compress(raw, compresslevel=9, mtime=0)


def build(shared: Path, src: Path, out: Path = OUT) -> Compiled:
    c = compile_all(shared, src)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(serialise(c, source_digest(shared, src)))
    return c
