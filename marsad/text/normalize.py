"""Orthographic normalisation and the one match key (DESIGN principle 1).

`normalize` folds spelling variants; `key` additionally strips clitics and light
inflection.  The lexicon compiler and the tokenizer both call `key`, so matching
is a plain dictionary lookup and can never drift between the two sides.

Single-letter proclitics (و ف ب ل ك) are ambiguous with root letters (وزير،
بحث، لبنان).  `key` therefore takes an optional *vocabulary* of known keys: the
least-stripped analysis that is a known word wins; without a vocabulary (or when
nothing is known) a fixed deterministic strip is used.  Dictionary entries are
keyed without a vocabulary, text tokens with the compiled lexicon's vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

# Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_BIDI = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "ي": "ي",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "گ": "ك",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
    }
)

# Proclitic clusters that carry the article: unambiguous enough to always strip.
_ARTICLE_CLUSTERS = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_CONJ = "وف"
_PREP = "بلك"
# Pronoun / plural / dual / feminine endings, longest first.
_SUFFIXES = ("هما", "كما", "تان", "تين", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "ه")
_MIN_STEM = 3

# Function words never stripped (their letters look like clitics).
FUNCTION_WORDS = frozenset(
    """في من الي علي عن مع ان لا لم لن ما ثم او بل قد لقد هذا هذه ذلك تلك هو هي هم هما
    التي الذي الذين كان كانت ليس وقد فقد لدي لدى بين حيث كما منذ حتي عند الا اذا لكن ولكن
    وفي ومن وعلي ومع وان ولا ولم وما وهو وهي فيه فيها منه منها عليه عليها اليه اليها له لها لهم
    به بها بعد قبل خلال ضد نحو اي كل بعض غير""".split()
)


# Cardinal and count words, normalised ("خمسة جنود", "مليوني لبناني", "عدة أشخاص"): they count the noun after them.
NUMBER_WORDS = frozenset(
    """اثنين اثنان ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه تسع تسعه عشر عشره عشرات مئه مائه
    مئات الف الاف مليون مليوني ملايين عده بضعه""".split()
)


def normalize(text: str) -> str:
    """Fold Unicode and orthographic variants. Not length-preserving."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text)
    text = _BIDI.sub("", text)
    return text.translate(_FOLD)


def _strip_suffix(w: str) -> str:
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= _MIN_STEM:
            return w[: -len(suf)]
    return w


def _strip_article(w: str) -> tuple[str, str]:
    for cl in _ARTICLE_CLUSTERS:
        # at least three letters must remain: "بالاو" (Palau) is not بال + او
        if w.startswith(cl) and len(w) - len(cl) >= 3:
            # "لل" + word: the ل is a preposition and the article's alef is dropped.
            return cl, w[len(cl) :]
    return "", w


def analyses(norm: str) -> list[tuple[str, str]]:
    """Candidate (proclitics, stem) splits of a normalised word, least stripping first."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(pro: str, stem: str) -> None:
        if stem not in seen:
            seen.add(stem)
            out.append((pro, stem))

    heads = [("", norm)]
    if len(norm) >= 4 and norm[0] in _CONJ:
        heads.append((norm[0], norm[1:]))
    for conj, w in heads:
        cl, rest = _strip_article(w)
        if cl:
            add(conj + cl, rest)
            if cl.endswith("لل") and cl != "ال":
                add(conj + "ل", w[1:])  # "لليبيا" is ل + ليبيا as well as ل + ال + يبيا
            continue
        add(conj, w)
        if len(w) >= 4 and w[0] in _PREP:
            add(conj + w[0], w[1:])
        # future marker on an imperfect verb: سي / ست / سن
        if len(w) >= 5 and w[0] == "س" and w[1] in "يتنا":
            add(conj + "س", w[1:])
    return out


def key(
    word: str,
    vocab: Container[str] | None = None,
    *,
    normalized: bool = False,
    nouns: Container[str] | None = None,
) -> str:
    """The match key of one word.

    With `vocab`, the least-stripped candidate whose stem (or suffix-stripped stem)
    is in `vocab` is chosen; otherwise the most-stripped deterministic form.  With `nouns`
    (group nouns and nationality adjectives), an accusative indefinite ending is also
    stripped when that leaves one of them: "31 شخصا" → شخص, "جنديا" → جندي.
    """
    norm = word if normalized else normalize(word)
    if norm in FUNCTION_WORDS or len(norm) < 3:
        return norm
    cands = analyses(norm)
    if vocab is not None:
        for _, stem in cands:
            k = _strip_suffix(stem)
            if k in vocab:
                return k
            if stem in vocab:
                return stem
        # the accusative indefinite ending ("قتل 31 شخصا", "جرح مدنيا"): only when nothing else matched,
        # so that روسيا / تركيا stay countries and never become روسي / تركي; only to a group noun, so that
        # "صورا" (pictures) does not become صور (Tyre)
        if nouns is not None:
            for _, stem in cands:
                if len(stem) > _MIN_STEM and stem.endswith("ا") and stem[:-1] in nouns:
                    return stem[:-1]
    # Deterministic default: strip only article-bearing clusters; a bare و ف ب ل ك
    # is too often a root letter (وزير، فرنسا، بحث، لبنان) to strip blind.
    stem = cands[0][1]
    for p, s in cands:
        if "ال" in p or "لل" in p:
            stem = s
            break
    return _strip_suffix(stem)


def phrase_key(phrase: str) -> tuple[str, ...]:
    """Keys of a multi-word phrase (dictionary entries use `_` or spaces)."""
    words = [w for w in re.split(r"[\s_]+", normalize(phrase)) if w]
    return tuple(key(w, normalized=True) for w in words)
