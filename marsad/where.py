"""Places: find place names in Arabic text and resolve them against the built-in gazetteer.

The gazetteer (`marsad/data/gazetteer.tsv.gz`, built by scripts/build_gazetteer.py) stores names in the
project's normalised form.  Text is tokenised on the ORIGINAL string (so spans are offsets into it), each
token is normalised with `marsad.text.normalize.normalize` and split into (proclitics, stem) candidates with
`marsad.text.normalize.analyses`; a name matches when a candidate stem (and the following normalised words)
equals a gazetteer name.  `key()`'s suffix stripping is not used for names: it would merge البحرين/البحر
and لبنان/لبن.

Ambiguous names are resolved by a score: a population prior, the story's countries (country names,
nationality adjectives, unambiguous cities), the sentence's other places, and explicit qualifiers
(طرابلس اللبنانية، العاصمة الأردنية عمان، طرابلس شمال لبنان، مدينة تونس).  Small towns and names that are
also ordinary words or first names need evidence (a trigger word such as مدينة/ولاية/معتمدية, a
preposition, or the story being about their country).
"""

from __future__ import annotations

import functools
import gzip
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from .model import Location, Story
from .text.normalize import analyses, normalize

__all__ = ["Place", "find_places", "Locator", "load_gazetteer", "Gazetteer"]

# Arabic letters, harakat, tatweel (one token = one word; digits and Latin are separators).
_TOKEN = re.compile("[\u0621-\u063a\u0640-\u065f\u0670\u0671-\u06d3\u06fa-\u06fc]+")
_ARTICLE_PRO = ("ال", "لل")

# Words (normalised stems) after which a name is a place even if it is a small town or an ordinary word.
TRIGGERS = frozenset(
    """مدينه بلده قريه ولايه محافظه معتمديه منطقه ميناء مطار مخيم عاصمه جزيره اقليم بلديه عماده ضاحيه
    مدن ولايات معتمديات محافظات مناطق مدينتي ولايتي معتمد جهه""".split()
)
# Triggers that make a city-named unit a region (ولاية صفاقس is the governorate, not the city).
REGION_TRIGGERS = frozenset("ولايه محافظه اقليم ولايات محافظات ولايتي".split())
# Names that are also ordinary words (the gazetteer's "weak" list) need one of these.
STRONG_TRIGGERS = frozenset(
    "مدينه بلده قريه ولايه معتمديه محافظه مدن ولايات معتمديات مدينتي ولايتي بلديه معتمد".split()
)
# A name after these is a street, station, district or hotel named after a place (نهج بنزرت، محطة برشلونة، حي الرياض).
FACILITY_BEFORE = frozenset("شارع نهج محطه ساحه انهج شوارع حي نزل فندق".split())
# A head of state before a name makes it the country (سلطان عمان، ملك الأردن، أمير قطر).
HEAD_BEFORE = frozenset("سلطان ملك امير رئيس عاهل حكومه دوله".split())
PREPOSITIONS = frozenset("في الي من نحو داخل قرب عند حول لدي بين مع الى".split())
# Government prepositions for the event location (في / ب / إلى / من + place).
GOVERNING = frozenset("في الي من داخل قرب الى".split())
DIRECTIONS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split())
# Words before a name that make it part of a person's name (عبد الله، بن سلطان، السيد …).
# (not ام: it is also "or" and the M of "أف أم")
PERSON_BEFORE = frozenset("عبد ابو بن ابن بنت السيد السيده الشيخ الحاج الامير الملك".split())
PERSON_AFTER = frozenset("بن ابن بنت".split())

# Every word the rules look at around a name; a token's info keeps only these of its stems (memory).
CUES = (
    TRIGGERS
    | STRONG_TRIGGERS
    | FACILITY_BEFORE
    | HEAD_BEFORE
    | PREPOSITIONS
    | GOVERNING
    | DIRECTIONS
    | PERSON_BEFORE
    | PERSON_AFTER
)
_EMPTY: frozenset[str] = frozenset()

STRONG_POP = 1_000_000  # cities this big (and capitals, hand-listed places) need no evidence
MID_POP = 15_000  # other towns need their country in the story, and below this size also a preposition
# Scores (see _score).
COUNTRY_PRIOR = 20.0
CONTEXT_BONUS = 10.0
SENTENCE_BONUS = 5.0
QUALIFIER_BONUS = 30.0
TRIGGER_BONUS = 40.0


@dataclass(slots=True)
class Place:
    text: str
    span: tuple[int, int]
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    kind: str

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "kind": self.kind,
        }


@dataclass(slots=True, frozen=True)
class Entry:
    gid: int | None
    kind: str
    iso3: str
    lat: float
    lon: float
    pop: int
    flags: str
    en: str


@dataclass(slots=True)
class Gazetteer:
    entries: list[Entry]
    # first word stem (article removed) -> [(rest words, name has article, entry ids)], longest first
    index: dict[str, list[tuple[tuple[str, ...], bool, tuple[int, ...]]]]
    nationality: dict[str, str]  # adjective stem (article removed) -> ISO-3
    weak: frozenset[str]  # full normalised names that need a trigger word
    weak_stems: frozenset[str]  # index keys whose every name is weak and not a country
    single_stems: frozenset[str]  # index keys with a one-word name that needs no trigger word
    second: dict[str, frozenset[str]]  # index key -> second words of its longer names
    country: dict[str, int]  # ISO-3 -> entry id of the country


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Load the packaged gazetteer once per process."""
    raw = resources.files("marsad").joinpath("data/gazetteer.tsv.gz").read_bytes()
    entries: list[Entry] = []
    by_name: dict[str, list[int]] = {}
    nationality: dict[str, str] = {}
    weak: set[str] = set()
    country: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        gid, kind, iso3, lat, lon, pop, flags, en, names = line.split("\t")
        if kind == "nationality":
            for n in names.split("|"):
                nationality.setdefault(n, iso3)
            continue
        if kind == "weak":
            weak.update(names.split("|"))
            continue
        eid = len(entries)
        g = int(gid)
        entries.append(Entry(g if g > 0 else None, kind, iso3, float(lat), float(lon), int(pop), flags, en))
        if kind == "country":
            country[iso3] = eid
        for n in names.split("|"):
            by_name.setdefault(n, []).append(eid)
    index: dict[str, list[tuple[tuple[str, ...], bool, tuple[int, ...]]]] = {}
    for name, eids in by_name.items():
        words = name.split(" ")
        first = words[0]
        art = first.startswith("ال") and len(first) > 3
        if art:
            first = first[2:]
        index.setdefault(first, []).append((tuple(words[1:]), art, tuple(eids)))
    weak_stems, single_stems, second = set(), set(), {}
    for stem, v in index.items():
        v.sort(key=lambda t: -len(t[0]))
        for rest, art, eids in v:
            if rest:
                second.setdefault(stem, set()).add(rest[0])
            elif ("ال" if art else "") + stem in weak and all(entries[e].kind != "country" for e in eids):
                weak_stems.add(stem)
            else:
                single_stems.add(stem)
    return Gazetteer(
        entries,
        index,
        nationality,
        frozenset(weak),
        frozenset(weak_stems),
        frozenset(single_stems),
        {k: frozenset(v) for k, v in second.items()},
        country,
    )


# ----------------------------------------------------------------------------------------------------------
# token analysis (cached per surface form: news vocabulary is Zipfian, so almost every lookup is a hit)

_TokInfo = tuple[str, tuple[tuple[str, str], ...], str | None, frozenset[str]]


def _candidates(norm: str) -> list[tuple[str, str]]:
    # never read a future-tense س off a name (ستالين is not س + تالين)
    cands = [(p, s) for p, s in analyses(norm) if "س" not in p]
    # "لليبيا" = ل + ليبيا: analyses() reads لل as ل + article only.
    for pre in ("لل", "ولل", "فلل"):
        if norm.startswith(pre) and len(norm) > len(pre) + 2:
            cands.append((pre[:-1], norm[len(pre) - 1 :]))
    # analyses() always strips كال/بال/فال/وال as a clitic and the article; foreign names begin with these letters too
    # (كاليفورنيا، فاليتا، بالتيمور), so the whole word is a candidate as well
    if norm[:3] in ("كال", "بال", "فال", "وال") and all(s != norm for _, s in cands):
        cands.append(("", norm))
    return cands


class _TokenCache(dict):
    """surface -> (norm, name hits, nationality ISO-3, candidate stems, starts a one-word name,
    starts a weak one-word name, words that can follow it in a longer name).

    `interesting` holds the surfaces that can start any name, so most tokens are skipped by one set test
    and a sentence without a possible name costs a tokenisation and a few dictionary lookups."""

    limit = 100_000  # about 35 MB; cleared when full

    def __init__(self) -> None:
        super().__init__()
        self.interesting: set[str] = set()

    def __missing__(self, surface: str):
        gz = load_gazetteer()
        norm = normalize(surface)
        cands = _candidates(norm)
        hits = tuple((pro, stem) for pro, stem in cands if stem in gz.index)
        nat = None
        for _, stem in cands:
            if stem in gz.nationality:
                nat = gz.nationality[stem]
                break
        single = any(stem in gz.single_stems for _, stem in hits)
        weak = any(stem in gz.weak_stems for _, stem in hits)
        follow = frozenset().union(*(gz.second.get(stem, ()) for _, stem in hits))
        cues = CUES.intersection([s for _, s in cands] + [norm]) or _EMPTY
        info = (norm, hits, nat, frozenset(cues), single, weak, follow or _EMPTY)
        if len(self) > self.limit:
            self.clear()
            self.interesting.clear()
        self[surface] = info
        if hits:
            self.interesting.add(surface)
        return info


_cache = _TokenCache()


def _info(surface: str) -> _TokInfo:
    return _cache[surface]


@dataclass(slots=True)
class _Cand:
    """A name match before resolution."""

    i: int  # first token
    j: int  # one past the last token
    start: int  # span in the text (proclitics removed)
    end: int
    name: str  # normalised matched name
    eids: tuple[int, ...]
    pro: str
    art: bool  # the gazetteer name carries the article


def _strip_len(surface: str, n: int) -> int:
    """Characters of `surface` covering its first `n` letters (diacritics after them included)."""
    if n <= 0:
        return 0
    seen = 0
    for k, ch in enumerate(surface):
        if "\u064b" <= ch <= "\u065f" or ch in "\u0640\u0670":
            continue
        seen += 1
        if seen == n:
            k += 1
            while k < len(surface) and ("\u064b" <= surface[k] <= "\u065f" or surface[k] in "\u0640\u0670"):
                k += 1
            return k
    return len(surface)


def _scan(text: str, offset: int = 0):
    """Token spans, token infos, name candidates and nationality hits of one text."""
    words = _TOKEN.findall(text)
    infos = list(map(_cache.__getitem__, words))
    interesting = _cache.interesting
    n = len(words)
    todo = []
    for i, w in enumerate(words):
        if w in interesting:
            inf = infos[i]
            if (
                inf[4]
                or (inf[6] and i + 1 < n and infos[i + 1][0] in inf[6])
                or (inf[5] and i and infos[i - 1][3] & STRONG_TRIGGERS)
            ):
                todo.append(i)
    if not todo:
        return [], infos, [], []
    toks = [m.span() for m in _TOKEN.finditer(text)]
    gz = load_gazetteer()
    cands: list[_Cand] = []
    nats = [(k, inf[2]) for k, inf in enumerate(infos) if inf[2]]
    after = 0
    for i in todo:
        if i < after:
            continue
        hits = infos[i][1]
        best = None
        for pro, stem in hits:
            has_art = pro.endswith(_ARTICLE_PRO)
            for rest, art, eids in gz.index[stem]:
                if art and not has_art:
                    continue
                k = len(rest)
                if k:
                    if i + k >= n:
                        continue
                    ok = True
                    for d in range(k):
                        a, b = toks[i + d][1], toks[i + d + 1][0]
                        if infos[i + d + 1][0] != rest[d] or text[a:b].strip():
                            ok = False
                            break
                    if not ok:
                        continue
                if best is None or k > best[0]:
                    name = ("ال" if art else "") + stem + ("" if not k else " " + " ".join(rest))
                    best = (k, pro, art, eids, name)
                elif k == best[0] and pro == best[1]:
                    # same analysis, same length (قصرين / القصرين): pool the entries
                    best = (k, pro, best[2] or art, tuple(dict.fromkeys(best[3] + eids)), best[4])
        if best is None:
            continue
        k, pro, art, eids, name = best
        # span without the prepositions/conjunctions, with the article (بالجزائر -> الجزائر);
        # after لل the article has lost its alef, so the span starts after it (للجزائر -> جزائر)
        cut = len(pro) - 2 if pro.endswith("ال") else len(pro)
        s = toks[i][0] + _strip_len(words[i], cut)
        cands.append(_Cand(i, i + k + 1, s + offset, toks[i + k][1] + offset, name, eids, pro, art))
        after = i + k + 1
    return toks, infos, cands, nats


def _context(cands: list[_Cand], nats: list[tuple[int, str]]) -> Counter:
    """Countries a text is about: country names, nationality adjectives, unambiguous big cities."""
    gz = load_gazetteer()
    ctx: Counter = Counter()
    for _, iso3 in nats:
        ctx[iso3] += 1
    for c in cands:
        countries = {gz.entries[e].iso3 for e in c.eids}
        if len(countries) == 1:
            e = gz.entries[c.eids[0]]
            # only names that are places without further evidence count (not تولوا = Tuluá, Colombia)
            if e.kind == "country" or (e.kind != "stop" and _standalone(e) and c.name not in gz.weak):
                ctx[e.iso3] += 1
    return ctx


def _standalone(e: Entry) -> bool:
    """A city or region accepted without any evidence: very big, a capital, or hand-listed."""
    return e.pop >= STRONG_POP or "C" in e.flags or ("H" in e.flags and "W" not in e.flags and "N" not in e.flags)


def _resolve(
    text: str,
    toks: list,
    infos: list,
    c: _Cand,
    ctx: Counter,
    sent_ctx: Counter,
    nats: list[tuple[int, str]],
    country_toks: frozenset[int] = frozenset(),
) -> Place | None:
    gz = load_gazetteer()
    prev = infos[c.i - 1][3] if c.i > 0 else frozenset()
    prev2 = infos[c.i - 2][3] if c.i > 1 else frozenset()
    nxt = infos[c.j][3] if c.j < len(infos) else frozenset()
    # person names: عبد الله، بندر بن سلطان، السيد …
    person = bool(prev & PERSON_BEFORE) or bool(nxt & PERSON_AFTER)
    if prev & FACILITY_BEFORE:
        return None
    # listed with other countries (الأردن والسعودية وعمان والبحرين): a country, not a city
    listed = c.i - 1 in country_toks or c.j in country_toks
    head = bool(prev & HEAD_BEFORE)
    # a trigger in the construct state (مدينة X، معتمد X); with the article it is an ordinary noun
    # (المعتمد الجديد، المدينة الجديدة) except for العاصمة + name in apposition
    prev_norm = infos[c.i - 1][0] if c.i > 0 else ""
    trigger = (
        bool(prev & TRIGGERS)
        and c.pro in ("", "ال")
        and (not re.match("^[وفبلك]{0,2}(ال|لل)", prev_norm) or prev & {"عاصمه"})
    )
    strong_trigger = trigger and bool(prev & STRONG_TRIGGERS)
    # a token that is a nationality adjective (الهندية، السورية) is not a town
    adjective = c.j - c.i == 1 and infos[c.i][2] is not None
    # الـ + a name written without it is never the country (المالي is "financial", not Mali)
    article_added = not c.art and c.pro.endswith(_ARTICLE_PRO)
    region_trigger = trigger and bool(prev & REGION_TRIGGERS)
    prep = bool(prev & PREPOSITIONS) or "ب" in c.pro or (trigger and bool(prev2 & PREPOSITIONS))
    if c.j - c.i == 1 and infos[c.i][3] & TRIGGERS and c.name.removeprefix("ال") in TRIGGERS:
        return None  # المدينة، الولاية: the trigger word itself
    bare = c.name.removeprefix("ال")
    # the weak list holds names as written: الرياض is not weak although رياض (a first name) is, and
    # فاللوم read as ال + لوم (Lomé) is the weak word اللوم
    if c.art or c.pro.endswith(_ARTICLE_PRO):
        weak = "ال" + bare in gz.weak or (not c.art and bare in gz.weak)
    else:
        weak = bare in gz.weak
    # qualifiers: a nationality adjective right before/after (طرابلس اللبنانية، العاصمة الأردنية عمان),
    # a country name right after, possibly after a direction (طرابلس شمال لبنان، طرابلس بشمال لبنان).
    qual: set[str] = {iso3 for i, iso3 in nats if i in (c.i - 1, c.j)}
    for k in (c.j, c.j + 1):
        if k < len(infos):
            for pro, stem in infos[k][1]:
                if pro.startswith(("و", "ف")):
                    continue  # a list (عمان والأردن), not a qualifier (طرابلس لبنان)
                for rest, _art, eids in gz.index.get(stem, ()):
                    if not rest:
                        qual.update(gz.entries[e].iso3 for e in eids if gz.entries[e].kind == "country")
            if not (infos[k][3] & DIRECTIONS or infos[k][0] == "في"):
                break
    best, best_score = None, -math.inf
    for eid in c.eids:
        e = gz.entries[eid]
        if e.kind == "stop":
            return None  # a phrase that is not a place (نداء تونس، خليج عمان)
        if e.kind == "country":
            # روسياً، تركياً with tanween: the adjective (وفداً روسياً), not the country
            if person or article_added or (c.end <= len(text) and text[c.end - 1] == "\u064b"):
                continue
            if weak and not (trigger or prep or prev & DIRECTIONS or e.iso3 in qual):
                continue
            score = COUNTRY_PRIOR + (QUALIFIER_BONUS if listed or head else 0.0)
        else:
            strong = _standalone(e)
            short = c.j - c.i == 1 and len(bare) <= 3 and c.pro != ""  # وبنوك -> و ب + نوك
            if weak or "W" in e.flags or person or adjective or (short and not strong):
                # an ordinary word after مدينة/ولاية/معتمدية … is a town of a country the story is about
                # (معتمدية قلعة سنان is in Tunisia, not Dībāj in Iran, which GeoNames also calls قلعة)
                if not strong_trigger or not ("H" in e.flags or e.iso3 in ctx):
                    continue
            if not (trigger or strong or e.iso3 in qual):
                # a mid-sized town needs its country in the story; a small one also a preposition
                if not (e.iso3 in ctx and (e.pop >= MID_POP or prep)):
                    continue
            elif trigger and not strong and ctx and e.iso3 not in ctx and e.iso3 not in qual and e.pop < MID_POP:
                # "بجهة البساتين من معتمدية بومهل في ولاية بنعروس": after a trigger, a small town of a country the
                # story never names is no better than the ordinary word it also is
                continue
            # hand-listed entries are the sense news means (القدس is Jerusalem, not Qods in Iran)
            score = 2.0 * math.log10(e.pop + 10) + (3.0 if "C" in e.flags else 0.0) + (5.0 if "H" in e.flags else 0.0)
            if trigger:
                score += TRIGGER_BONUS
        if e.iso3 in ctx:
            score += CONTEXT_BONUS + 2.0 * min(ctx[e.iso3], 5)
        if e.iso3 in sent_ctx:
            score += SENTENCE_BONUS
        if e.iso3 in qual:
            score += QUALIFIER_BONUS
        if score > best_score:
            best, best_score = e, score
    if best is None:
        return None
    if best.kind != "country" and not trigger:
        # الجزائر، تونس، الكويت: the country and its capital share the name; without مدينة/ولاية … the
        # country is meant (the capital has its own phrases: الجزائر العاصمة، تونس العاصمة)
        for eid in c.eids:
            e = gz.entries[eid]
            if e.kind == "country" and e.iso3 == best.iso3 and not person and not article_added:
                best = e
                break
    kind = "region" if region_trigger and best.kind == "city" else best.kind
    return Place(
        text=text[c.start : c.end],
        span=(c.start, c.end),
        name=best.en,
        country=best.iso3 or None,
        lat=best.lat,
        lon=best.lon,
        geonames_id=best.gid,
        kind=kind,
    )


def _country_tokens(cands: list[_Cand]) -> frozenset[int]:
    """Token indices covered by names that can be countries."""
    entries = load_gazetteer().entries
    out: set[int] = set()
    for c in cands:
        if any(entries[e].kind == "country" for e in c.eids):
            out.update(range(c.i, c.j))
    return frozenset(out)


def find_places(text: str, context_countries: Sequence[str] = ()) -> list[Place]:
    """Places named in `text`, in text order; spans are offsets into `text`.

    `context_countries` (ISO-3) are countries the surrounding story is known to be about.
    """
    toks, infos, cands, nats = _scan(text)
    if not cands:
        return []
    ctx = _context(cands, nats)
    for iso3 in context_countries:
        ctx[iso3] += 3
    out = []
    ctoks = _country_tokens(cands)
    for c in cands:
        p = _resolve(text, toks, infos, c, ctx, ctx, nats, ctoks)
        if p is not None:
            out.append(p)
    return out


# ----------------------------------------------------------------------------------------------------------
# event locations


def _precision(kind: str) -> str:
    return kind if kind in ("city", "region", "country") else "city"


def _location(p: Place) -> Location:
    return Location(
        name=p.name,
        country=p.country,
        geonames_id=p.geonames_id,
        lat=p.lat,
        lon=p.lon,
        precision=_precision(p.kind),
        text=p.text,
        span=p.span,
    )


class Locator:
    """Gives each event the place governing its clause, else its story's dateline or main place.

    Call `prepare(text, stories)` once per document, then `for_event(sentence_index, verb_span)`.
    Spans (verb and places) are offsets into the document text.
    """

    def __init__(self, home: str | None = None) -> None:
        # the outlet's country (`marsad code --country`): one more piece of evidence for its places in every story,
        # so that a Tunisian paper's «سوسة» is Sousse, not the Libyan town of the same name
        self.home = home
        self._by_sentence: dict[int, list[tuple[Place, bool]]] = {}
        self._sentence_start: dict[int, int] = {}
        self._story_of: dict[int, int] = {}
        self._story_place: dict[int, Place | None] = {}

    def prepare(self, text: str, stories: list[Story]) -> None:
        self._by_sentence.clear()
        self._sentence_start.clear()
        self._story_of.clear()
        self._story_place.clear()
        for story in stories:
            scanned = []
            all_cands: list[_Cand] = []
            all_nats: list[tuple[int, str]] = []
            for sent in story.sentences:
                stext = text[sent.start : sent.end]
                toks, infos, cands, nats = _scan(stext)
                scanned.append((sent, stext, toks, infos, cands, nats))
                all_cands += cands
                all_nats += nats
            ctx = _context(all_cands, all_nats)
            if self.home:
                ctx[self.home] += 1
            places: list[Place] = []
            for sent, stext, toks, infos, cands, nats in scanned:
                self._sentence_start[sent.index] = sent.start
                self._story_of[sent.index] = story.index
                sent_ctx = _context(cands, nats)
                ctoks = _country_tokens(cands)
                found = []
                for c in cands:
                    p = _resolve(stext, toks, infos, c, ctx, sent_ctx, nats, ctoks)
                    if p is None:
                        continue
                    p.span = (p.span[0] + sent.start, p.span[1] + sent.start)
                    if _where_held(infos, c):
                        continue  # "الصحفيين المختطفين في ليبيا": where they are, not where anything happens
                    found.append((p, _governed(infos, c)))
                    places.append(p)
                self._by_sentence[sent.index] = found
            self._story_place[story.index] = _main_place(text, story, places)

    def places(self, sentence_index: int) -> list[Place]:
        """The places found in one sentence (document offsets), in text order."""
        return [p for p, _ in self._by_sentence.get(sentence_index, [])]

    def for_event(self, sentence_index: int, verb_span: tuple[int, int]) -> Location | None:
        found = self._by_sentence.get(sentence_index, [])
        start = self._sentence_start.get(sentence_index, 0)
        v = verb_span[0]
        if v < start and start > 0:  # a sentence-relative span
            v += start
        governed = [p for p, g in found if g]
        if governed:
            # the nearest في / ب / إلى / من + place; a country is refined by a city of the same country
            # in the same sentence (… في ليبيا … بالعاصمة طرابلس → Tripoli), never replaced by a foreign
            # one (… في ليبيا عن تعازيها … في بندر عباس stays Libya)
            best = min(governed, key=lambda p: abs(p.span[0] - v))
            if best.kind == "country":
                same = [p for p in governed if p.kind != "country" and p.country == best.country]
                if same:
                    best = min(same, key=lambda p: abs(p.span[0] - v))
            return _location(best)
        main = self._story_place.get(self._story_of.get(sentence_index, -1))
        return _location(main) if main else None


# Participles of people held or staying somewhere (their match keys): a place right after them (with في / ب) says
# where they are, not where the sentence's event happens ("وقفة احتجاجية … للكشف عن مصير الصحفيين المختطفين في
# ليبيا"), nor whose they are (actors: "المقيم في الولايات المتحدة").
HELD_OR_STAYING = frozenset("مختطف مخطوف محتجز معتقل موقوف مسجون مقيم عالق متواجد موجود".split())


def _where_held(infos: list, c: _Cand) -> bool:
    k = c.i - 1 if "ب" in c.pro else c.i - 2
    if k < 0 or ("ب" not in c.pro and infos[c.i - 1][0] != "في"):
        return False
    w = infos[k][0].removeprefix("ال")
    return any(w.endswith(x) and w[: len(w) - len(x)] in HELD_OR_STAYING for x in ("ين", "ون", "ه", ""))


def _governed(infos: list, c: _Cand) -> bool:
    """في / ب / إلى / من + place (possibly via a trigger word: في ميناء مدينة بندر عباس)."""
    if "ب" in c.pro:
        return True
    k = c.i - 1
    while k >= 0 and k >= c.i - 3:
        norm, stems = infos[k][0], infos[k][3]
        if norm in GOVERNING or stems & GOVERNING:
            return True
        if stems & TRIGGERS:
            if any("ب" in p and s in TRIGGERS for p, s in _candidates(norm)):
                return True  # بمدينة / بالعاصمة + place
            k -= 1
            continue
        return False
    return False


_DATELINE_TAIL = re.compile(r"\s*(?:[-–—:(]|[^.؟!\n]{0,40}?\)\s*[-–—:])")


def _main_place(text: str, story: Story, places: list[Place]) -> Place | None:
    if not places:
        return None
    first = places[0]
    # dateline: a place opening the story (تونس - …، بنغازي (وال) - …، تونس 11 ديسمبر 2016 (وات) - …)
    if first.span[0] - story.start <= 2 and _DATELINE_TAIL.match(text, first.span[1]):
        return first
    fine = [p for p in places if p.kind != "country"]
    pool = fine or places
    counts = Counter((p.geonames_id, p.name) for p in pool)
    top = max(counts.values())
    for p in pool:
        if counts[(p.geonames_id, p.name)] == top:
            return p
    return None
