"""Statistical named-entity recogniser: a linear-chain CRF over BIO tags (PERS ORG LOC MISC).

The model (`marsad/models/ner.crfsuite`) is built by `scripts/train_ner.py`; see that script and
`docs/notice/ner.md` for the training data and its licenses.  Nothing is loaded at import time.

Features are computed once per distinct word (cached) and then shifted into a ±2 window, so tagging
costs little more than the CRF's own Viterbi pass.  They are built on the project's match key
(`marsad.text.normalize`), so a change there changes the features: retrain after changing `key`.

Tagging is two-pass.  Pass 1 (`ner.crfsuite`) sees the sentence features plus *document hints*: how the
same word is announced elsewhere within ±`DOC_WINDOW` sentences (after a title, next to a known first
name, inside a gazetteer phrase).  Pass 2 (`ner-stack.crfsuite`, stacked; trained on cross-validated pass-1
output) adds pass 1's labels and how the same word was labelled elsewhere in that window, which makes a
document's mentions of one name agree (يلتسين tagged once after «الرئيس الروسي» is tagged everywhere).
So `NER.tag_document(sentences)` on a whole text is better than `NER.tag` sentence by sentence.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import MarsadError, message
from .text.normalize import analyses, key, normalize

TYPES = ("PERS", "ORG", "LOC", "MISC")
MODEL_NAME = "ner.crfsuite"
STACK_MODEL_NAME = "ner-stack.crfsuite"
# Bump when the features change: the shipped model must be retrained (tests/test_ner_model.py checks it).
FEATURES_VERSION = 3
# Sentences on each side that count as the same document for document hints and label agreement
# (block split, micro F1: ±8 0.720, ±20 0.716; ANERcorp has no document boundaries).
DOC_WINDOW = 8

# Context words that announce an entity.  Kept as plain Arabic and keyed lazily, so they follow
# whatever the match key does.  Each class becomes one feature, shared across the window.
_TRIGGERS: dict[str, str] = {
    # titles and roles that precede a person's name
    "title": """الرئيس رئيس الرئيسة رئيسة وزير الوزير وزيرة السيد السيدة الملك الملكة الأمير الأميرة الشيخ
        الشيخة الدكتور الدكتورة د المستشار المستشارة العقيد اللواء الفريق العميد المشير الجنرال الرائد
        النقيب المقدم النائب النائبة السفير السفيرة المبعوث الأمين نائب المتحدث الناطق المدرب اللاعب
        قائد القائد زعيم الزعيم الإمام البابا الحاج الكاتب الكاتبة الفنان الفنانة الممثل الممثلة المخرج
        الشاعر الروائي المطرب المطربة المغني المغنية النجم النجمة الأستاذ الأستاذة الباحث الصحفي
        الصحافي مراسل المراسل المحامي القاضي المفتي المطران الكاردينال المهندس الرئيسان المرشح زميله
        نظيره نظيره المدير مدير المديرة رئيسه حاكم الحاكم العاهل ولي""",
    # speech/action verbs that are often followed by a person or organisation as subject
    "sayverb": """قال قالت أكد أكدت أعلن أعلنت أضاف أضافت صرح صرحت ذكر ذكرت أوضح أوضحت أشار أشارت
        استقبل استقبلت التقى التقت دعا دعت طالب طالبت اعتبر اعتبرت نفى نفت وصف وصفت""",
    # words that head an organisation name
    "orghead": """وزارة حزب جامعة شركة منظمة مجلس اتحاد هيئة جمعية حركة جبهة مؤسسة بنك مصرف وكالة صحيفة
        مجلة قناة إذاعة تلفزيون نادي فريق لجنة مركز معهد أكاديمية برلمان محكمة جيش قوات مجموعة الأمم
        صندوق المنتخب منتخب رابطة نقابة كلية مدرسة مستشفى مكتب إدارة دائرة سلطة مفوضية البرلمان الكونغرس
        الكونجرس مجمع""",
    # prepositions and nouns that precede a place name
    "locprep": """في من إلى الى نحو لدى عبر داخل خارج قرب بين""",
    "lochead": """عاصمة العاصمة مدينة بلدة قرية محافظة ولاية إقليم منطقة جمهورية مملكة إمارة دولة بلاد
        شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ميناء مطار جزيرة نهر بحر جبل قطاع ضاحية حي""",
    # parts of a person's name
    "namepart": """بن ابن بنت أبو أبي أبا أم عبد عبدال آل""",
}

_DIACRITICS = {c: None for c in range(0x064B, 0x0660)} | {0x0670: None, 0x0640: None}


def _surface(tok: str) -> str:
    """The word as written minus diacritics and tatweel: keeps what `normalize` folds (على vs علي)."""
    return tok.translate(_DIACRITICS)


# One character class per code point, for the word-shape feature.
_SHAPE_CACHE: dict[str, str] = {}


def _char_class(ch: str) -> str:
    c = _SHAPE_CACHE.get(ch)
    if c is None:
        if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff":
            c = "d" if ch.isdigit() else "a"
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "l"
        else:
            c = "p" if unicodedata.category(ch).startswith(("P", "S")) else "o"
        _SHAPE_CACHE[ch] = c
    return c


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word:
        c = _char_class(ch)
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:4])


@functools.cache
def _trigger_index() -> dict[str, str]:
    idx: dict[str, str] = {}
    for cls, words in _TRIGGERS.items():
        for w in words.split():
            n = normalize(w)
            idx.setdefault(n, cls)
            idx.setdefault("k:" + key(n, normalized=True), cls)
    return idx


@dataclass(frozen=True)
class _WordFeats:
    key: str
    own: tuple[str, ...]
    ctx: tuple[tuple[str, ...], ...]  # for offsets -2, -1, +1, +2
    trig: str  # trigger class or ""
    clus: str  # coarse cluster id or "none"
    gaz: tuple[str, ...]  # gazetteer classes of the word itself
    named: bool  # could be (part of) a name: letters, ≥3-letter key, not a trigger (document hints)


_OFFSETS = ("-2:", "-1:", "+1:", "+2:")
_CACHE_MAX = 30_000


@dataclass(frozen=True)
class Lexicons:
    """Run-time feature tables shipped in marsad/models (built by scripts/build_ner_*.py).

    `words`: match key -> classes (single-word gazetteer entries); `phrases`: first key -> [(keys, class)],
    longest first; `clusters`: key -> (coarse, fine) distributional cluster ids."""

    words: dict[str, tuple[str, ...]]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    clusters: dict[str, tuple[str, str]]


def _data_lines(name: str) -> list[str]:
    path = resources.files("marsad") / "models" / name
    if not path.is_file():
        return []
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]


def parse_name_table(lines) -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """`class<TAB>keys` lines of a name table → (one-word keys → classes, first key → phrases longest first)."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for ln in lines:
        cls, _, keys = ln.partition("\t")
        p = tuple(keys.split())
        if len(p) == 1:
            words.setdefault(p[0], set()).add(cls)
        elif p:
            phrases.setdefault(p[0], []).append((p, cls))
    for lst in phrases.values():
        lst.sort(key=lambda e: -len(e[0]))
    return {k: tuple(sorted(v)) for k, v in words.items()}, phrases


@functools.cache
def shipped_lexicons() -> Lexicons:
    words, phrases = parse_name_table(_data_lines("ner-gazetteer.tsv"))
    clusters: dict[str, tuple[str, str]] = {}
    for ln in _data_lines("ner-clusters.tsv"):
        k, c, f = ln.split("\t")
        clusters[k] = (c, f)
    return Lexicons(words, phrases, clusters)


class FeatureExtractor:
    """Token features for the CRF.  `lexicons` defaults to the tables shipped with the package; `extra`
    (normalised word or key -> comma-joined classes) is a hook for training-time experiments only."""

    def __init__(self, lexicons: Lexicons | None = None, extra: dict[str, str] | None = None) -> None:
        self.lex = lexicons if lexicons is not None else shipped_lexicons()
        self.extra = extra or {}
        self._cache: dict[str, _WordFeats] = {}

    def word(self, tok: str) -> _WordFeats:
        wf = self._cache.get(tok)
        if wf is None:
            wf = self._word(tok)
            if len(self._cache) >= _CACHE_MAX:  # ~3 KB a word: start afresh rather than grow without bound
                self._cache.clear()
            self._cache[tok] = wf
        return wf

    def _word(self, tok: str) -> _WordFeats:
        n = normalize(tok).strip()
        k = key(n, normalized=True) if n else ""
        cands = analyses(n) if len(n) >= 3 else [("", n)]
        pro, stem = cands[0]
        for p, s in cands:  # the article-bearing analysis, as `key` chooses by default
            if "ال" in p or "لل" in p:
                pro, stem = p, s
                break
        shape = _shape(n) if n else "e"
        trig = _trigger_index()
        tcls = trig.get(n) or trig.get("k:" + k) or ""
        own = [
            "b",
            "k=" + k,
            "n=" + n,
            "st=" + stem,
            "p2=" + k[:2],
            "p3=" + k[:3],
            "s1=" + n[-1:],
            "s2=" + n[-2:],
            "s3=" + n[-3:],
            "ks2=" + k[-2:],
            "ks3=" + k[-3:],
            "p4=" + k[:4],
            "pro=" + pro,
            "sh=" + shape,
            "len=" + str(min(len(k), 8)),
        ]
        w = _surface(tok)
        own += [  # surface forms (ي/ى, ة/ه, hamza kept) and more affixes of word, key and stem
            "w=" + w,
            "ws1=" + w[-1:],
            "ws2=" + w[-2:],
            "wp1=" + w[:1],
            "wp2=" + w[:2],
            "p1=" + k[:1],
            "ks1=" + k[-1:],
            "ks4=" + k[-4:],
            "s4=" + n[-4:],
            "stp3=" + stem[:3],
            "sts2=" + stem[-2:],
            "sts3=" + stem[-3:],
        ]
        ctx_base = ["k=" + k, "sh=" + shape, "pro=" + pro]
        if tcls:
            own.append("t=" + tcls)
            ctx_base.append("t=" + tcls)
        if n.startswith("ال") or "ال" in pro:
            own.append("al")
        if len(k) >= 3 and (n.endswith("ي") or n.endswith("يه") or n.endswith("يون") or n.endswith("يين")):
            own.append("nisba")
        # a known word may also be a name with its proclitic (بالجزائر): try the stem too
        g = self.lex.words.get(k) or self.lex.words.get(stem) or ()
        for c in g:
            own.append("g=" + c)
            ctx_base.append("g=" + c)
        if not g:  # a name behind a proclitic (لروسيا, بتونس): the first analysis' stem that is listed
            for p_, s_ in cands:
                if p_ and len(s_) >= 3:
                    g2 = self.lex.words.get(key(s_, normalized=True)) or self.lex.words.get(s_) or ()
                    if g2:
                        own.extend("gp=" + c for c in g2)
                        ctx_base.extend("gp=" + c for c in g2)
                        break
        cl = self.lex.clusters.get(k)
        if cl:
            own.extend(("c=" + cl[0], "cf=" + cl[1]))
            ctx_base.extend(("c=" + cl[0], "cf=" + cl[1]))
        else:
            own.append("c=none")
        x = self.extra.get(n) or self.extra.get(k)
        if x:
            own.extend("x=" + c for c in x.split(","))
            ctx_base.extend("x=" + c for c in x.split(","))
        ctx = tuple(tuple(o + f for f in ctx_base) for o in _OFFSETS)
        named = len(k) >= 3 and not tcls and shape in ("a", "l")
        return _WordFeats(k, tuple(own), ctx, tcls, cl[0] if cl else "none", tuple(g), named)

    def _phrase_feats(self, keys: list[str]) -> list[list[str]]:
        """Multi-word gazetteer matches (longest first, left to right) as B/I features per token."""
        out: list[list[str]] = [[] for _ in keys]
        phrases = self.lex.phrases
        i, n = 0, len(keys)
        while i < n:
            step = 1
            for p, cls in phrases.get(keys[i], ()):
                m = len(p)
                if tuple(keys[i : i + m]) == p:
                    out[i].append("gB=" + cls)
                    for j in range(i + 1, i + m):
                        out[j].append("gI=" + cls)
                    step = m
                    break
            i += step
        return out

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        words = [self.word(t) for t in tokens]
        return self._sentence(words, self._phrase_feats([w.key for w in words]) if self.lex.phrases else None)

    def _sentence(self, words: list[_WordFeats], phr: list[list[str]] | None) -> list[list[str]]:
        keys = [w.key for w in words]
        n = len(words)
        out: list[list[str]] = []
        for i, w in enumerate(words):
            f = list(w.own)
            if phr and phr[i]:
                f.extend(phr[i])
            if i >= 2:
                f.extend(words[i - 2].ctx[0])
            elif i == 1:
                f.append("-2:BOS")
            if i >= 3 and words[i - 3].trig:
                f.append("-3:t=" + words[i - 3].trig)
            if i >= 1:
                prev = words[i - 1]
                f.extend(prev.ctx[1])
                f.append("kk-=" + keys[i - 1] + "|" + keys[i])
                f.append("tc-=" + (prev.trig or prev.clus) + "|" + w.clus)
            else:
                f.append("-1:BOS")
            if i + 1 < n:
                f.extend(words[i + 1].ctx[2])
                f.append("kk+=" + keys[i] + "|" + keys[i + 1])
            else:
                f.append("+1:EOS")
            if i + 2 < n:
                f.extend(words[i + 2].ctx[3])
            elif i + 2 == n:
                f.append("+2:EOS")
            out.append(f)
        return out

    def _hints(self, words: list[_WordFeats], phr: list[list[str]] | None) -> list[set[str]]:
        """What each occurrence says about its word, for other occurrences of the same key to borrow."""
        out: list[set[str]] = []
        n = len(words)
        for i, w in enumerate(words):
            h: set[str] = set()
            if w.named:
                if i >= 1:
                    if words[i - 1].trig:
                        h.add("pt=" + words[i - 1].trig)
                    h.update("pg=" + c for c in words[i - 1].gaz)
                if i >= 2 and words[i - 2].trig:
                    h.add("p2t=" + words[i - 2].trig)
                if i + 1 < n:
                    h.update("ng=" + c for c in words[i + 1].gaz)
                if phr and phr[i]:
                    h.update("ph" + f[1:] for f in phr[i])
                h.update("g=" + c for c in w.gaz)
            out.append(h)
        return out

    def document(
        self, sents: list[list[str]], window: int = DOC_WINDOW, own: list | None = None
    ) -> list[list[list[str]]]:
        """Features of consecutive sentences of one text: sentence features plus document hints, the
        hints of the other occurrences of a word's key within ±`window` sentences ("d:" features).
        If `own` is a list, each sentence's features without the ±2 window context are appended to it
        (pass 2's base: pass-1 labels stand for the context, and half the features tag twice as fast)."""
        words = [[self.word(t) for t in toks] for toks in sents]
        phrs = [self._phrase_feats([w.key for w in ws]) if self.lex.phrases else None for ws in words]
        hints = [self._hints(ws, ph) for ws, ph in zip(words, phrs, strict=True)]
        occ = _Occurrences(words, lambda w: w.named)
        out: list[list[list[str]]] = []
        for si, ws in enumerate(words):
            phr = phrs[si]
            feats = self._sentence(ws, phr)
            slim = [list(w.own) for w in ws] if own is not None else None
            if slim is not None and phr:
                for i, ph in enumerate(phr):
                    slim[i].extend(ph)
            for i, w in enumerate(ws):
                seen = occ.near(w.key, si, window) if w.named else None
                if seen and len(seen) > 1:
                    agg: set[str] = set()
                    for sj, j in seen:
                        if (sj, j) != (si, i):
                            agg |= hints[sj][j]
                    d = sorted("d:" + h for h in agg)
                    d.append("d:n=" + str(min(len(seen), 4)))
                    feats[i].extend(d)
                    if slim is not None:
                        slim[i].extend(d)
            out.append(feats)
            if own is not None:
                own.append(slim)
        return out


class _Occurrences:
    """Where each key occurs in a document (words kept by `keep`), in sentence order."""

    def __init__(self, words: list[list[_WordFeats]], keep) -> None:
        self.idx: dict[str, list[tuple[int, int]]] = {}
        for sj, ws in enumerate(words):
            for j, w in enumerate(ws):
                if keep(w):
                    self.idx.setdefault(w.key, []).append((sj, j))

    def near(self, k: str, si: int, window: int) -> list[tuple[int, int]]:
        """[(sentence, token)] of `k` in sentences si-window … si+window."""
        occ = self.idx.get(k)
        if not occ:
            return []
        if len(occ) == 1 or (occ[0][0] >= si - window and occ[-1][0] <= si + window):
            return occ
        lo = bisect.bisect_left(occ, (si - window, -1))
        hi = bisect.bisect_left(occ, (si + window + 1, -1))
        return occ[lo:hi]


def stack_features(
    feats: list[list[list[str]]], words: list[list[_WordFeats]], tags1: list[list[str]], window: int = DOC_WINDOW
) -> list[list[list[str]]]:
    """Pass-2 features: `feats` (pass-1 features without window context, `document(own=…)`) plus pass 1's
    BIO labels of the token and its neighbours, and the
    types pass 1 gave other occurrences of the same key within ±`window` sentences (all, and the majority)."""
    out: list[list[list[str]]] = []
    occ = _Occurrences(words, lambda w: len(w.key) >= 3)
    for si, sf in enumerate(feats):
        tg = tags1[si]
        n = len(tg)
        new: list[list[str]] = []
        for i, f in enumerate(sf):
            t = tg[i]
            g = [
                "s0=" + t,
                "s-1=" + (tg[i - 1] if i else "BOS"),
                "s+1=" + (tg[i + 1] if i + 1 < n else "EOS"),
                "s-2=" + (tg[i - 2] if i > 1 else "BOS"),
                "s+2=" + (tg[i + 2] if i + 2 < n else "EOS"),
                "s0ty=" + (t[2:] or "O"),
                "k-1=" + (words[si][i - 1].key if i else "BOS"),
                "k+1=" + (words[si][i + 1].key if i + 1 < n else "EOS"),
            ]
            k = words[si][i].key
            votes: dict[str, int] = {}
            for sj, j in occ.near(k, si, window) if len(k) >= 3 else ():
                if (sj, j) != (si, i):
                    ty = tags1[sj][j][2:] or "O"
                    votes[ty] = votes.get(ty, 0) + 1
            if votes:
                total = sum(votes.values())
                for ty, m in sorted(votes.items()):
                    g.append("dv=" + ty)
                    if m * 2 > total:
                        g.append("dvm=" + ty)
                if t == "O" and any(ty != "O" for ty in votes):
                    g.append("dv:miss")
            new.append(f + g)
        out.append(new)
    return out


# Words that exercise normalisation, clitic stripping and every feature family.  Their features are
# hashed into the model's metadata, so a change to `normalize`/`key` that would silently shift the
# features (and degrade the model) makes tests/test_ner_model.py fail until the model is retrained.
_PROBE = """وقال الرئيس التونسي قيس سعيد لوكالة الأنباء إن وزارة الخارجية والتعاون الدولي في طرابلس
    استقبلت بالأمس وفدا من الأمم المتحدة ولليبيين عبد الله اللافي وأبو ظبي بالجزائر فالبو كمال
    وكالبلدين للاتحاد الأوروبي سيلتقي 2025 ١٤ أيار ، . « » ( AFP ) الإمارات بإيران الليبية"""


def feature_fingerprint() -> str:
    """Short hash of the features of `_PROBE` as a two-sentence document, both passes (tables excluded:
    they are hashed separately)."""
    import hashlib

    fx = FeatureExtractor(Lexicons({}, {}, {}))
    toks = _PROBE.split()
    sents = [toks[:30], toks[30:] + toks[3:5]]
    own: list = []
    feats = fx.document(sents, own=own)
    tags1 = [["B-PERS" if i % 7 == 3 else "O" for i in range(len(s))] for s in sents]
    feats += stack_features(own, [[fx.word(t) for t in s] for s in sents], tags1)
    text = "\n".join("\t".join(f) for sf in feats for f in sf)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def model_path() -> Path:
    return Path(str(resources.files("marsad") / "models" / MODEL_NAME))


def stack_model_path(model: str | Path) -> Path:
    """The pass-2 model that goes with a pass-1 model: `ner.crfsuite` -> `ner-stack.crfsuite`."""
    p = Path(model)
    return p.with_name(p.stem + "-stack" + p.suffix)


@functools.cache
def _load_tagger(path: str):
    import pycrfsuite  # imported lazily: only NER users pay for it

    if not Path(path).is_file():
        raise MarsadError(message("ner_model_missing", path=path))
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@functools.cache
def _default_extractor() -> FeatureExtractor:
    return FeatureExtractor()


class NER:
    """Two-pass CRF named-entity tagger.  The models load on first use and are shared across instances.
    `model` is the pass-1 model; its pass-2 model is found beside it (`stack_model_path`), and without one
    tagging is single-pass."""

    def __init__(self, model: str | Path | None = None) -> None:
        self._path = str(model) if model is not None else str(model_path())
        stack = stack_model_path(self._path)
        self._stack = str(stack) if stack.is_file() else None
        self._fx = _default_extractor()

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags (B-PERS, I-ORG, O, …), one per token.  For a whole text, `tag_document` is better."""
        if not tokens:
            return []
        return self.tag_document([list(tokens)])[0]

    def tag_document(self, sentences: list[list[str]], single_pass: bool = False) -> list[list[str]]:
        """BIO tags for consecutive sentences of one text (tokens are never split or merged); a word's
        mentions within ±DOC_WINDOW sentences inform each other.  `single_pass` skips the second CRF,
        whose document evidence a window of a few words does not have (about half the cost)."""
        sents = [list(s) for s in sentences]
        keep = [i for i, s in enumerate(sents) if s]
        out: list[list[str]] = [[] for _ in sents]
        if not keep:
            return out
        sents = [sents[i] for i in keep]
        stacked = self._stack and not single_pass
        own: list | None = [] if stacked else None
        feats = self._fx.document(sents, own=own)
        tagger = _load_tagger(self._path)
        tags = [to_bio(tagger.tag(f)) for f in feats]
        if stacked:
            words = [[self._fx.word(t) for t in s] for s in sents]
            tagger2 = _load_tagger(self._stack)
            tags = [to_bio(tagger2.tag(f)) for f in stack_features(own, words, tags)]
        for i, t in zip(keep, tags, strict=True):
            out[i] = t
        return out

    def entities(self, tokens: list[str], single_pass: bool = False) -> list[tuple[int, int, str]]:
        """Entity spans as (start, end, type), `end` exclusive."""
        if not tokens:
            return []
        return bio_spans(self.tag_document([list(tokens)], single_pass=single_pass)[0])


_BILOU_TO_BIO = {p + t: q + t for t in TYPES for p, q in (("B-", "B-"), ("I-", "I-"), ("L-", "I-"), ("U-", "B-"))}


def to_bio(tags) -> list[str]:
    """Model labels to BIO: a model may be trained on BILOU labels (U- is a one-word entity, L- its last word)."""
    get = _BILOU_TO_BIO.get
    return [get(t, t) for t in tags]


def to_bilou(tags: list[str]) -> list[str]:
    """BIO tags to BILOU over the same (conlleval) chunks; used for training."""
    out = ["O"] * len(tags)
    for s, e, t in bio_spans(tags):
        if e - s == 1:
            out[s] = "U-" + t
        else:
            out[s] = "B-" + t
            for i in range(s + 1, e - 1):
                out[i] = "I-" + t
            out[e - 1] = "L-" + t
    return out


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """conlleval chunking: an I-X that does not continue an X chunk starts a new one."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate(tags):
        prefix, _, ttype = t.partition("-")
        if prefix in ("B", "I") and ttype:
            if prefix == "B" or typ != ttype:
                if typ:
                    spans.append((start, i, typ))
                start, typ = i, ttype
        else:
            if typ:
                spans.append((start, i, typ))
            start, typ = -1, ""
    if typ:
        spans.append((start, len(tags), typ))
    return spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def score_entities(
    gold_tags: list[list[str]], pred_tags: list[list[str]], types: tuple[str, ...] = ("PERS", "LOC", "ORG")
) -> dict:
    """Exact-span entity scores, conlleval style.

    Returns {"micro": {...} over `types`, "all": {...} over every type, "per_type": {type: {...}},
    "sentences": n, "tokens": n}; each score dict has precision, recall, f1, tp, pred, gold.
    """
    if len(gold_tags) != len(pred_tags):
        raise ValueError(f"{len(gold_tags)} gold sentences but {len(pred_tags)} predicted")
    tp: dict[str, int] = {}
    npred: dict[str, int] = {}
    ngold: dict[str, int] = {}
    tokens = 0
    for g, p in zip(gold_tags, pred_tags, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence length mismatch: {len(g)} gold vs {len(p)} predicted tags")
        tokens += len(g)
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            ngold[s[2]] = ngold.get(s[2], 0) + 1
        for s in ps:
            npred[s[2]] = npred.get(s[2], 0) + 1
        for s in gs & ps:
            tp[s[2]] = tp.get(s[2], 0) + 1
    all_types = sorted(set(ngold) | set(npred))
    per_type = {t: _prf(tp.get(t, 0), npred.get(t, 0), ngold.get(t, 0)) for t in all_types}

    def micro(ts) -> dict[str, float]:
        return _prf(sum(tp.get(t, 0) for t in ts), sum(npred.get(t, 0) for t in ts), sum(ngold.get(t, 0) for t in ts))

    return {
        "micro": micro(types),
        "all": micro(all_types),
        "per_type": per_type,
        "sentences": len(gold_tags),
        "tokens": tokens,
    }
