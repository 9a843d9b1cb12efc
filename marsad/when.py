"""Date expressions in Arabic news, resolved against the document date.

`find_dates(text, base)` finds expressions such as اليوم الأحد، أمس، منذ ثلاثة أيام،
15 تشرين الثاني/نوفمبر، 18 جانفي 2017، الشهر الفارط، العاشر من رمضان 1446 and resolves
each to a date with a precision (day / week / month / year).  `Dater` gives each
event the expression governing its clause, else its story's date, else the
document's.

How it works: the regex runs on the text with only the characters `normalize`
deletes (diacritics, tatweel, bidi marks) removed -- usually none, so usually no
copy -- and matches the letters `normalize` folds (أ/إ/آ/ا، ى/ي، ة/ه …) and
Arabic-Indic digits through character classes; matched words are then folded
with `marsad.text.normalize.normalize` for the table look-ups.  A character
offset map (built only when something was removed) maps spans back, so spans
always index the ORIGINAL text.  One precompiled regex (built lazily from word
lists, alternations factored into tries, behind a one-trie gate on the first
word) finds the expressions; small Python functions resolve them.  dateparser
was measured and left out: it resolves none of اليوم الأحد، أول أمس، 15 تشرين
الثاني/نوفمبر، 18 جانفي 2017، منذ ثلاثة أيام، في مارس الماضي، العاشر من رمضان،
بعد غد, gives day precision for "عام 2011", and costs 0.1-85 ms a call; the
coder's budget is ~50 µs per sentence.  babel supplies the month names of the
Arabic locales (ar, ar_SY, ar_TN, ar_MA, ar_MR); hijridate converts Hijri dates.

Conventions (documented choices):
- week precision: the date is the ISO Monday of that week;
- a weekday with اليوم / أمس / غدا resolves to that weekday nearest the day the
  adverb names (so "اليوم الأحد" in a story filed Monday is the Sunday before);
  with الماضي it is strictly before the base date, with المقبل strictly after;
  a bare weekday is the most recent such day on or before the base date, or
  the next on or after it when a future cue (سوف، سيعقد، من المقرر …) precedes it
  in the same clause;
- a day-month or a month without a year takes the year that puts it nearest
  the base date (a named weekday breaks ties); with الماضي / المقبل the most
  recent past / next future one;
- a Hijri day-month without a year takes the Hijri year of the base date; a
  Hijri month-year resolves to the Gregorian month holding its 15th day;
- a day range ("يومي 17 و18 جوان"، "من 15 إلى 21 جانفي") resolves to its first day;
- a relative day followed by an explicit date ("اليوم الأربعاء 23 نوفمبر 2016")
  is one expression and the explicit date wins, unless it contradicts the weekday
  named (then the weekday, resolved as above, wins: day numbers get mistyped);
- a bare month name (مارس is also a verb) needs a context word (في، خلال، منذ،
  شهر، مطلع …) or الماضي / المقبل or a year; a bare four-digit year needs في،
  منذ، خلال … or عام / سنة;
- an expression that needs a base date when there is none, or that names an
  impossible date, is left out (``keep_unresolved=True`` keeps it with date ""
  and precision "unknown").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from marsad.text.normalize import normalize

PRECISIONS = ("day", "week", "month", "year")


@dataclass(slots=True)
class DateExpr:
    text: str  # the original characters
    span: tuple[int, int]  # character offsets into the original text
    date: str  # YYYY-MM-DD | YYYY-MM | YYYY ("" when unresolved)
    precision: str  # day | week | month | year ("unknown" when unresolved)


# ---------------------------------------------------------------- word lists
# Written in ordinary spelling; folded with `normalize` when the regex is built.

_WEEKDAYS = {  # Monday = 0 like datetime.weekday()
    "الإثنين": 0,
    "الأثنين": 0,
    "الثلاثاء": 1,
    "الثلاثا": 1,
    "الأربعاء": 2,
    "الأربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}

# Spellings babel does not list (Egyptian, Moroccan, Mauritanian, hamza-less, short Levantine).
_EXTRA_MONTHS = {
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "افريل": 4,
    "يونيه": 6,
    "يوليه": 7,
    "اغسطس": 8,
    "أغشت": 8,
    "غشت": 8,
    "شتنبر": 9,
    "شتمبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    "دجمبر": 12,
    "كانون ثاني": 1,
    "تشرين أول": 10,
    "تشرين ثاني": 11,
    "كانون أول": 12,
    "جويليه": 7,
}

_HIJRI_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع أول": 3,
    "ربيع الثاني": 4,
    "ربيع الآخر": 4,
    "ربيع ثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الثانية": 6,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثاني": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}

_UNITS_ORD = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
]


def _ordinals() -> dict[str, int]:
    out = {"الفاتح": 1, "غرة": 1}
    for i, w in enumerate(_UNITS_ORD, 1):
        out[w] = i
    for i, w in enumerate(_UNITS_ORD[:9], 1):
        unit = "الحادي" if i == 1 else w
        out[f"{unit} عشر"] = 10 + i
        out[f"{unit} والعشرين"] = 20 + i
    out["الواحد والعشرين"] = 21
    out["العشرين"] = 20
    out["الثلاثين"] = 30
    out["الحادي والثلاثين"] = 31
    out["الواحد والثلاثين"] = 31
    return out


_NUMWORDS = {
    "واحد": 1,
    "اثنين": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
}

# unit word -> (unit, implied count or 0 when a number must precede it)
_UNITS = {
    "يومين": ("day", 2),
    "يوما": ("day", 0),
    "أيام": ("day", 0),
    "أسبوع": ("week", 1),
    "أسبوعين": ("week", 2),
    "أسبوعا": ("week", 0),
    "أسابيع": ("week", 0),
    "شهر": ("month", 1),
    "شهرين": ("month", 2),
    "شهرا": ("month", 0),
    "أشهر": ("month", 0),
    "شهور": ("month", 0),
    "عام": ("year", 1),
    "عامين": ("year", 2),
    "عاما": ("year", 0),
    "أعوام": ("year", 0),
    "سنة": ("year", 1),
    "سنتين": ("year", 2),
    "سنوات": ("year", 0),
    "سنين": ("year", 0),
}

_PAST = """الماضي الماضية المنصرم المنصرمة الفارط الفارطة المنقضي المنقضية الفائت الفائتة
    الماضيين الفارطين المنقضيين المنصرمين"""  # the last line: duals, "شهري جانفي وفيفري الماضيين"
_NEXT = "المقبل المقبلة القادم القادمة المقبلين القادمين"
_CUR = "الجاري الجارية الحالي الحالية"
# "beginning / middle / end of": the referenced period keeps its precision.
_QUAL = "مطلع أواخر أوائل أواسط منتصف بداية نهاية موفى مستهل خواتيم آخر"
# Parts of a day; "يوم" is here too so that "يوم أمس" / "يوم الأحد" form one expression.
_DAYPART = "صباح مساء فجر ظهر عصر ليلة ليل صبيحة ظهيرة عشية سهرة يوم"
# Context that makes a bare month name a date (مارس is also a verb, ماي a word fragment ...).
_MONTH_CTX = "في خلال منذ حتى قبل بعد إلى الى غاية بحلول"
_YEAR_CTX = "في خلال منذ حتى قبل بعد بحلول مطلع أواخر أوائل منتصف بداية نهاية موفى"
# After اليوم these make it a named or relative day ("اليوم العالمي"، "اليوم الموالي"), not today.
_NOT_TODAY_NEXT = frozenset(
    normalize(w)
    for w in """العالمي العالمية الوطني الوطنية الدولي الدولية العربي الأول الثاني الثالث الرابع الخامس
    الأخير الموالي التالي السابق نفسه ذاته الدراسي التحسيسي الإعلامي التكويني المفتوح الختامي
    التضامني الافتتاحي الجهوي المغاربي الإفريقي الأوروبي الموعود المشهود التاريخي الانتخابي
    الترويجي التنشيطي الاحتفالي الأولمبي الثقافي العلمي الرياضي الاستثنائي الذي الذى""".split()
)
_NOT_TODAY_PREV = frozenset(normalize(w) for w in "ذلك تلك نفس ذات ذاك هذا".split())
_PER_DAY = frozenset(normalize(w) for w in "مرة مرات مرتين ساعة ساعات وجبة وجبات لتر لترا طن دينار كلغ".split())
_FUTURE_CUES = """سوف المقرر المنتظر المرتقب مرتقب يرتقب ينتظر سيتم ستتم سيكون ستكون سيعقد ستعقد
    سينظم ستنظم سينطلق ستنطلق ستنتظم سينتظم سيشارك ستشارك سيحتضن ستحتضن سيقع ستقع سيجري ستجري
    ستجرى سيلتقي ستلتقي سيزور ستزور سيؤدي سيتوجه ستتواصل سيتواصل ستنعقد سينعقد ستفتح سيفتح ستقام سيقام"""


def _alt(words) -> str:
    """Regex matching any of the normalised `words`, factored as a trie (spaces as \\s+).

    Python's `re` tries alternatives one by one; a trie makes a miss cost one or
    two character comparisons instead of one per word, which is most of the speed.
    """
    root: dict = {}
    for w in {re.sub(r"\s+", " ", normalize(w)) for w in words}:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a word ends here: the longer continuation is tried first (greedy ?)
            return f"(?:{body})?"
        return body

    return emit(root)


# The regex runs on the text with only diacritics / tatweel / bidi marks removed
# (cheap, and usually nothing to remove); letters that `normalize` folds are
# matched by classes instead, so no full normalisation pass is needed per sentence.
_VARIANTS = {"ا": "اأإآٱ", "ي": "يىئی", "ه": "هة", "و": "وؤ", "ك": "كکگ", "ف": "فڤ", "ب": "بپ", "ج": "جچ"}


def _tolerant(pattern: str) -> str:
    """Turn each folded letter of a regex written in normalised spelling into its variant class."""
    out, depth = [], 0
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        out.append(f"[{_VARIANTS[c]}]" if depth == 0 and c in _VARIANTS else c)
        i += 1
    return "".join(out)


@cache
def _tables() -> dict:
    from babel import Locale  # lazily: babel's locale data is only needed to build the regex

    months: dict[str, int] = {}
    for loc in ("ar", "ar_SY", "ar_TN", "ar_MA", "ar_MR"):
        for num, name in Locale.parse(loc).months["format"]["wide"].items():
            months[normalize(name)] = num
    months.update({normalize(k): v for k, v in _EXTRA_MONTHS.items()})
    return {
        "months": months,
        "hmonths": {normalize(k): v for k, v in _HIJRI_MONTHS.items()},
        "weekdays": {normalize(k): v for k, v in _WEEKDAYS.items()},
        "ordinals": {re.sub(r"\s+", " ", normalize(k)): v for k, v in _ordinals().items()},
        "numwords": {normalize(k): v for k, v in _NUMWORDS.items()},
        "units": {normalize(k): v for k, v in _UNITS.items()},
        "past": frozenset(normalize(_PAST).split()),
        "next": frozenset(normalize(_NEXT).split()),
        "cur": frozenset(normalize(_CUR).split()),
    }


@cache
def _regex() -> re.Pattern[str]:
    t = _tables()
    M = _alt(t["months"])
    # تشرين الثاني/نوفمبر ، نوفمبر (تشرين الثاني) ، مايو أيار
    MX = rf"(?:{M})(?:(?:\s*[/(]\s*|\s+)(?:{M})(?![^\W\d])(?:\s*\))?)?"
    H = _alt(t["hmonths"])
    WD = _alt(t["weekdays"])
    ORD = _alt(t["ordinals"])
    NUMW = _alt(t["numwords"])
    UNIT = _alt(t["units"])
    REL = _alt((_PAST + " " + _NEXT + " " + _CUR).split())
    PR = _alt((_PAST + " " + _NEXT).split())
    Q = _alt(_QUAL.split())
    DP = _alt(_DAYPART.split())
    # Digits: \d also matches Arabic-Indic digits; ranges are checked in `_resolve`.
    Y = r"\d{4}(?!\d)"
    HY = r"\d{4}(?!\d)"

    def hsuf(name: str) -> str:  # هـ / هجري after a Hijri year
        return rf"(?:\s*(?P<{name}>ه|هجري|هجريه)(?!\w))?"

    DAY = r"\d{1,2}(?!\d)"
    E = r"(?!\w)"
    NL = r"(?![^\W\d])"  # no letter follows (digits may: "ديسمبر2014")
    OFYEAR = r"\s+من\s+(?:العام|السنه)\s+(?P<{}>" + REL + r")(?!\w)"  # مارس من العام الماضي
    parts = [
        # Hijri day month [year]: 15 شوال 1445 هـ ، العاشر من رمضان
        rf"(?P<hdm>(?:(?:ال)?(?P<hd>{DAY})(?:\s+من)?|(?P<ho>{ORD})\s+من|(?P<hg>غره|اول))\s+(?:شهر\s+)?(?P<hm>{H}){E}(?:\s+(?P<hy>{HY}){hsuf('hys')})?)",
        # Hijri month year: رمضان 1446
        rf"(?P<hmy>(?:شهر\s+)?(?P<hmym>{H})\s+(?:(?:من\s+)?(?:ال|ل|لل)?(?:عام|سنه)\s+)?(?P<hmyy>{HY}){hsuf('hmys')})",
        # Gregorian [weekday] day month [year | الماضي]: الأربعاء 18 جانفي 2017
        rf"(?P<gdm>(?:(?:يوم\s+)?(?P<gw>{WD})\s*،?\s*)?(?:يوم\s*)?(?:(?:ال)?(?P<gd>{DAY})(?:\s*(?:الي|و|-|–)\s*(?:يوم\s+)?{DAY})?|(?P<go>{ORD})\s+من|(?P<gg>غره|اول))\s+(?:شهر\s+)?"
        rf"(?P<gm>{MX}){NL}(?:\s*،?\s*(?:(?:من\s+)?(?:ال|ل|لل)?(?:عام|سنه)\s+)?(?P<gy>{Y})|\s+(?P<gr>{REL}){E}|{OFYEAR.format('gry')})?)",
        # a month: جانفي 2017 ، مارس الماضي ، في مارس ، خلال شهر ماي ، موفى أكتوبر
        # (a bare month needs a context word before it: checked in `_resolve`)
        rf"(?P<mo>(?:(?P<moq>{Q})\s+)?(?:(?P<mos>ل?شهر|شهري|اشهر)\s+)?(?P<mom>{MX}){NL}(?:\s*(?:،\s*|و)\s*(?:{M}){NL})*"
        rf"(?:\s*،?\s*(?:(?:من\s+)?(?:ال|ل|لل)?(?:عام|سنه)\s+)?(?P<moy>{Y})|{OFYEAR.format('mory')}|\s+(?P<mor>{REL}){E}|(?!\s*،?\s*\d)))",
        # الشهر الماضي ، مطلع الشهر ، هذا الشهر (الأسبوع / العام / السنة likewise)
        rf"(?P<rp>(?:(?P<rpo>{ORD})\s+من\s+(?=الشهر))?(?:(?P<rpq>{Q}|هذا|هذه)\s+)?(?P<rpu>الشهر|الاسبوع|العام|السنه){E}"
        rf"(?:\s+(?P<rpr>{REL}){E})?)",
        # عام 2011 ، سنة 2015 ، في 2014 (a bare year needs a context word before it)
        rf"(?P<yr>(?:(?P<yrk>(?:لل|ل|ال)?(?:عام|سنه))\s+)?(?P<yry>{Y})(?![/.\-]\d))",
        # numeric d/m/y and y/m/d
        r"(?P<nd>(?<!\d[/.\-])(?P<nd1>\d{1,2})(?P<ndsep>[/.\-])(?P<nd2>\d{1,2})(?P=ndsep)(?P<nd3>\d{4}|\d{2})(?!\d|[/\-]\d|\.\d))",
        r"(?P<ny>(?<!\d[/.\-])(?P<ny1>\d{4})(?P<nysep>[/.\-])(?P<ny2>\d{1,2})(?P=nysep)(?P<ny3>\d{1,2})(?!\d|[/\-]\d|\.\d))",
        # منذ ثلاثة أيام ، قبل يومين ، منذ 15 يوما
        rf"(?P<ago>(?P<agq>منذ|قبل)\s+(?:(?P<agn>\d{{1,3}}|{NUMW})\s+)?(?P<agu>{UNIT}){E}(?:\s+واحد{E})?"
        rf"(?!\s+(?:\d|{M}|{H})))",
        # relative days: صباح اليوم ، أمس الأحد ، أول من أمس ، بعد غد ، الليلة الماضية
        rf"(?P<rd>(?:(?P<rdp>{DP})\s+(?:يوم\s+)?)?(?P<rdw>اول\s+من\s+امس|اول\s+امس|امس\s+الاول|(?:ال)?امس|اليوم|البارحه|غدا|بعد\s+(?:ال)?غد|(?:ال)?غد|الليله\s+(?:{PR}))"
        rf"{E}(?:\s*،?\s*(?P<rdwd>{WD}){E})?)",
        rf"(?P<tn>هذه\s+الليله{E})",
        # weekdays: الأحد ، يوم السبت المقبل ، مساء الخميس
        rf"(?P<wk>(?:(?P<wkp>{DP})\s+(?:يوم\s+)?)?(?P<wkd>{WD}){E}(?:\s+(?P<wkr>{PR}){E})?)",
    ]
    # Gate: the first word of every expression, as one trie, so that the many
    # alternatives are tried only where an expression can start.
    first = (
        list(t["months"])
        + list(t["hmonths"])
        + list(t["weekdays"])
        + [w.split()[0] for w in t["ordinals"]]
        + (_QUAL + " " + _DAYPART).split()
        + "شهر لشهر شهري اشهر هذا هذه الشهر الاسبوع العام السنه عام سنه لعام لسنه للعام للسنه منذ قبل اول امس الامس اليوم البارحه غدا غد بعد الليله".split()
    )
    gate = rf"(?=\d|ال\d|(?:{_alt(first)}){NL})"
    # Words may carry و/ف, and ب before the article (بالأمس); that prefix is not part of the span.
    return re.compile(
        _tolerant(rf"(?<!\w)(?:و|ف)?(?:ب(?=ال)|[بل](?=(?:{M}){NL}))?" + gate + "(?:" + "|".join(parts) + ")")
    )


@cache
def _future_re() -> re.Pattern[str]:
    return re.compile(_tolerant(r"(?<!\w)(?:" + _alt(_FUTURE_CUES.split()) + r")(?!\w)"))


_YEARS = (1800, 2099)  # four digits outside this are not Gregorian years (counts, Hijri years)
_BARE_YEARS = (1900, 2099)  # "في 1850" is more often a count
_TWO_PREV = frozenset(normalize(w) for w in "بين كلا هذين لهذين من".split())
_TWO_NEXT = frozenset(normalize(w) for w in "معا منهما الآخرين الاخرين".split())
_NOT_WEEKDAY_PREV = frozenset(normalize(w) for w in "سوق صلاة خطبة أيام كل".split())
_ORDINAL_DAY_PREV = frozenset(normalize(w) for w in "اليوم يوم لليوم ليوم الليلة ليلة".split())


def _ordinal_ok(text: str, pos: int) -> bool:
    """An ordinal at `pos` is a day of the month unless a noun owns it (النصف الثاني، مدينة العاشر)."""
    prev = _prev_word(text, pos)
    if prev in ("مدينه", "مدينة"):
        return False
    return not (prev.startswith(("ال", "بال", "لل")) and prev not in _ORDINAL_DAY_PREV)


def _hijri_year_ok(year: int, suffix: bool, base: dt.date | None) -> bool:
    """A 4-digit number after a Hijri month is its year with هـ, or when near the base date's Hijri year."""
    if not 1343 <= year <= 1500:  # hijridate's range
        return False
    if suffix:
        return True
    hy = _hijri_year(base) if base else None
    return hy is None or abs(year - hy) <= 10


_MONTH_CONTEXT = frozenset(normalize(_MONTH_CTX).split())
_YEAR_CONTEXT = frozenset(normalize(_YEAR_CTX).split())


def _prev_word(text: str, pos: int) -> str:
    """The normalised word before `pos`, without a leading و / ف."""
    words = normalize(text[max(0, pos - 16) : pos]).split()
    if not words:
        return ""
    w = words[-1]
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


_CLAUSE_END = re.compile(r"[.،؛;,!?؟:\n]")

# ------------------------------------------------------------ offset mapping

_char_fold: dict[int, str] = {}  # see _char_table
_chars_seen: set[str] = set()


@cache
def _fold_table() -> dict[int, str]:
    """`normalize` of every character it changes, for text that is already NFKC."""
    table: dict[int, str] = {}
    for lo, hi in ((0x0600, 0x0900), (0x2000, 0x2070), (0xFEFF, 0xFF00)):
        for cp in range(lo, hi):
            c = chr(cp)
            if unicodedata.is_normalized("NFKC", c):
                n = normalize(c)
                if n != c and len(n) <= 1:
                    table[cp] = n
    return table


@cache
def _strip_re() -> re.Pattern[str]:
    """The characters `normalize` deletes (diacritics, tatweel, bidi marks)."""
    gone = "".join(chr(cp) for cp, n in _fold_table().items() if n == "")
    return re.compile("[" + re.escape(gone) + "]+")


def _prepare(text: str) -> tuple[str, bool]:
    """The text the regex runs on, and whether its offsets differ from `text`'s."""
    if text.isascii():
        return text, False
    if not unicodedata.is_normalized("NFKC", text):
        # Presentation forms, compatibility characters (and the no-break space of four ANT stories in ten):
        # fold char by char so that `_offset_map` lines up exactly.
        return text.translate(_char_table(text)), True
    strip = _strip_re()
    if strip.search(text):
        return strip.sub("", text), True
    return text, False


def _char_table(text: str) -> dict[int, str]:
    """`normalize` of each single character that it changes, as a `str.translate` table covering every
    character of `text` (grown as new characters turn up: the per-character fold then runs at C speed)."""
    new = set(text).difference(_chars_seen)
    for c in new:
        n = normalize(c)
        if n != c:
            _char_fold[ord(c)] = n
    _chars_seen.update(new)
    return _char_fold


def _offset_map(text: str) -> list[int]:
    """Original offset of each char of the text `_prepare` returned, plus one past the end."""
    omap: list[int] = []
    if unicodedata.is_normalized("NFKC", text):
        # only deletions: the kept stretches between them, at C speed
        pos = 0
        for m in _strip_re().finditer(text):
            omap.extend(range(pos, m.start()))
            pos = m.end()
        omap.extend(range(pos, len(text)))
    else:
        # most characters fold to exactly one: only those that vanish or expand need a loop
        table = _char_table(text)
        odd = "".join(sorted(c for c in set(text) if len(table.get(ord(c), c)) != 1))
        pos = 0
        if odd:
            for m in re.finditer("[" + re.escape(odd) + "]", text):
                i = m.start()
                omap.extend(range(pos, i))
                omap.extend([i] * len(table[ord(text[i])]))
                pos = i + 1
        omap.extend(range(pos, len(text)))
    omap.append(len(text))
    return omap


def _orig_span(omap: list[int] | None, a: int, b: int) -> tuple[int, int]:
    if omap is None:
        return a, b
    # omap[b] keeps trailing diacritics / tatweel of the last word (غداً)
    return omap[a], omap[b]


# ------------------------------------------------------------------ resolving


def _iso(d: dt.date, precision: str) -> str:
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _month_num(word: str) -> int:
    """Number of the first month name in a (possibly doubled) month group: تشرين الثاني/نوفمبر."""
    months = _tables()["months"]
    words = re.split(r"[\s/()]+", word.strip())
    return months.get(" ".join(words[:2])) or months[words[0]]


def _nearest_year(base: dt.date, month: int, day: int | None, weekday: int | None = None) -> dt.date | None:
    """The date with this month (and day) whose year puts it nearest `base`."""
    cands = []
    for y in (base.year - 1, base.year, base.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            continue
        cands.append(d)
    if not cands:
        return None
    if weekday is not None and day:
        match = [d for d in cands if d.weekday() == weekday]
        if len(match) == 1:
            return match[0]
    return min(cands, key=lambda d: (abs((d - base).days), d > base))


def _relative_month(base: dt.date, month: int, rel: str, day: int | None) -> dt.date | None:
    """A month (and day) named with الماضي / المقبل / الجاري: most recent past, next future, or this year's."""
    t = _tables()
    here = (base.month, base.day) if day else (base.month, 0)
    there = (month, day or 0)
    if rel in t["past"]:
        y = base.year if there < here and (day or month != base.month) else base.year - 1
    elif rel in t["next"]:
        y = base.year if there > here and (day or month != base.month) else base.year + 1
    else:
        y = base.year
    try:
        return dt.date(y, month, day or 1)
    except ValueError:
        return None


def _year_shift(rel: str) -> int:
    t = _tables()
    return -1 if rel in t["past"] else 1 if rel in t["next"] else 0


def _weekday_near(target: dt.date, wd: int) -> dt.date:
    """The `wd` weekday nearest `target`, looking back up to 4 days, forward up to 2."""
    back = (target.weekday() - wd) % 7
    return target - dt.timedelta(days=back) if back <= 4 else target + dt.timedelta(days=7 - back)


def _weekday_rel(base: dt.date, wd: int, mode: str) -> dt.date:
    if mode == "past":  # strictly before
        return base - dt.timedelta(days=((base.weekday() - wd) % 7) or 7)
    if mode == "next":  # strictly after
        return base + dt.timedelta(days=((wd - base.weekday()) % 7) or 7)
    if mode == "future":  # on or after
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    return base - dt.timedelta(days=(base.weekday() - wd) % 7)  # on or before


def _hijri(y: int, m: int, d: int) -> dt.date | None:
    from hijridate import Hijri  # lazily

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def _hijri_year(base: dt.date) -> int | None:
    from hijridate import Gregorian

    try:
        return Gregorian(base.year, base.month, base.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def _num(word: str) -> int:
    if word.isdigit():
        return int(word)
    return _tables()["numwords"][word]


def _group_getter(m: re.Match):
    """m.group, normalised with single spaces (the regex matched unfolded letters)."""

    def g(name: str) -> str | None:
        v = m.group(name)
        return None if v is None else " ".join(normalize(v).split())

    return g


def _resolve(m: re.Match, norm: str, base: dt.date | None) -> tuple[int, dt.date | None, str] | None:
    """(normalised span start, date, precision) of one match; None when it is not a date expression.

    The date is None when the expression is a date but cannot be resolved.
    """
    t = _tables()
    kind = m.lastgroup
    start = m.start(kind)
    g = _group_getter(m)

    if kind == "hdm":
        day = int(g("hd")) if g("hd") else 1 if g("hg") else t["ordinals"][g("ho")]
        if g("ho") and not _ordinal_ok(norm, start):
            return None  # مدينة العاشر من رمضان (a city), النصف الثاني من رمضان (a half)
        month = t["hmonths"][g("hm")]
        year = int(g("hy")) if g("hy") else (_hijri_year(base) if base else None)
        if g("hy") and not _hijri_year_ok(year, bool(g("hys")), base):
            return None
        return start, (_hijri(year, month, day) if year else None), "day"
    if kind == "hmy":
        if not _hijri_year_ok(int(g("hmyy")), bool(g("hmys")), base):
            return None  # لشهر رمضان 1362 مخالفة: a count
        d = _hijri(int(g("hmyy")), t["hmonths"][g("hmym")], 15)
        return start, d, "month"
    if kind == "gdm":
        day = int(g("gd")) if g("gd") else 1 if g("gg") else t["ordinals"][g("go")]
        if g("go") and not _ordinal_ok(norm, start):
            return None  # الأسبوع الأول من مارس
        month = _month_num(g("gm"))
        if not 1 <= day <= 31:
            return None
        if g("gy"):
            if not _YEARS[0] <= int(g("gy")) <= _YEARS[1]:
                return None
            try:
                return start, dt.date(int(g("gy")), month, day), "day"
            except ValueError:
                return None
        if base is None:
            return start, None, "day"
        wd = t["weekdays"][g("gw")] if g("gw") else None
        if g("gry"):
            try:
                return start, dt.date(base.year + _year_shift(g("gry")), month, day), "day"
            except ValueError:
                return None
        if g("gr"):
            return start, _relative_month(base, month, g("gr"), day), "day"
        return start, _nearest_year(base, month, day, wd), "day"
    if kind == "mo":
        month = _month_num(g("mom"))
        if g("moy"):
            if not _YEARS[0] <= int(g("moy")) <= _YEARS[1]:
                return None
            return start, dt.date(int(g("moy")), month, 1), "month"
        if not (g("mor") or g("mory") or g("moq") or g("mos") or _prev_word(norm, start) in _MONTH_CONTEXT):
            return None  # a bare month word (مارس "practised", ماي …)
        if base is None:
            return start, None, "month"
        if g("mory"):
            return start, dt.date(base.year + _year_shift(g("mory")), month, 1), "month"
        if g("mor"):
            return start, _relative_month(base, month, g("mor"), None), "month"
        return start, _nearest_year(base, month, None), "month"
    if kind == "rp":
        q, rel, unit = g("rpq"), g("rpr"), g("rpu")
        if not q and not rel:
            return None  # bare الشهر / العام: not anchored
        if unit == "العام" and not q:
            prev = normalize(norm[max(0, start - 20) : start]).split()
            if prev and re.match(r"[وف]?ال", prev[-1]):
                return None  # المدير العام الحالي: العام is "general"
        if base is None:
            return start, None, "day"
        shift = -1 if rel in t["past"] else 1 if rel in t["next"] else 0
        if unit == "الشهر":
            month = _add_months(base, shift)
            if g("rpo"):
                try:
                    return start, month.replace(day=t["ordinals"][g("rpo")]), "day"
                except ValueError:
                    return None
            return start, month, "month"
        if unit == "الاسبوع":
            return start, base + dt.timedelta(weeks=shift), "week"
        return start, dt.date(base.year + shift, 1, 1), "year"
    if kind == "yr":
        if not (_YEARS if g("yrk") else _BARE_YEARS)[0] <= int(g("yry")) <= _YEARS[1]:
            return None
        if not g("yrk") and _prev_word(norm, start) not in _YEAR_CONTEXT:
            return None  # a bare four-digit number
        return start, dt.date(int(g("yry")), 1, 1), "year"
    if kind in ("nd", "ny"):
        if kind == "nd":
            d, mo, y = int(g("nd1")), int(g("nd2")), int(g("nd3"))
            if len(g("nd3")) == 2:
                if g("ndsep") != "/":
                    return None  # 80.10.11.11 is a phone number
                y += 2000
        else:
            y, mo, d = int(g("ny1")), int(g("ny2")), int(g("ny3"))
        if not _YEARS[0] <= y <= _YEARS[1]:
            return None
        try:
            return start, dt.date(y, mo, d), "day"
        except ValueError:
            return None
    if kind == "ago":
        unit, implied = t["units"][g("agu")]
        if g("agq") == "قبل" and re.match(r"\s+(?:من|على|علي)\s", norm[m.end() : m.end() + 6]):
            return None  # قبل يومين من الانتخابات: relative to another event
        n = _num(g("agn")) if g("agn") else implied
        if not n or (g("agn") and implied > 1):
            return None  # منذ أيام (some days): not a count
        if base is None:
            return start, None, "day" if unit == "day" else unit
        if unit == "day":
            return start, base - dt.timedelta(days=n), "day"
        if unit == "week":
            return start, base - dt.timedelta(weeks=n), "week"
        if unit == "month":
            return start, _add_months(base, -n), "month"
        return start, dt.date(base.year - n, 1, 1), "year"
    if kind == "rd":
        w = g("rdw")
        if w == "اليوم":
            after = normalize(norm[m.end("rdw") : m.end("rdw") + 20]).split(None, 1)
            if not g("rdwd") and after and after[0] in _NOT_TODAY_NEXT:
                return None
            before = normalize(norm[max(0, m.start("rdw") - 30) : m.start("rdw")]).split()
            if not g("rdp") and before and before[-1] in _NOT_TODAY_PREV:
                return None  # ذلك اليوم، نفس اليوم
            if len(before) > 1 and before[-1] in ("في", "خلال") and (before[-2] in _PER_DAY or before[-2].isdigit()):
                return None  # ثلاث مرات في اليوم: "per day"
        if w in ("غد", "الغد") and not (g("rdp") or g("rdwd") or _prev_word(norm, start) in ("يوم", "ليوم")):
            return None  # غد أفضل "a better future"
        if w == "امس" and normalize(norm[m.end("rdw") : m.end("rdw") + 8]).startswith(" الحاج"):
            return None  # أمسّ الحاجة "most in need"
        if base is None:
            return start, None, "day"
        if w in ("اليوم",):
            off = 0
        elif w.startswith("الليله"):
            off = -1 if w.split()[-1] in t["past"] else 0
        elif w in ("امس", "الامس", "البارحه"):
            off = -1
        elif w in ("غدا", "غد", "الغد"):
            off = 1
        elif w.startswith("بعد"):
            off = 2
        else:  # أول أمس and variants
            off = -2
        day = base + dt.timedelta(days=off)
        if g("rdwd"):
            day = _weekday_near(day, t["weekdays"][g("rdwd")])
        return start, day, "day"
    if kind == "tn":
        return start, base, "day"
    if kind == "wk":
        wd = t["weekdays"][g("wkd")]
        rel, part = g("wkr"), g("wkp")
        after = normalize(norm[m.end("wkd") : m.end("wkd") + 5])
        if g("wkd") == "الاحد" and after.startswith(" عشر"):
            return None  # الأحد عشر "the eleven"
        if not part and _prev_word(norm, start) in _NOT_WEEKDAY_PREV:
            return None  # سوق الأحد (a town), صلاة الجمعة (the prayer)
        if g("wkd") == "الاثنين" and not rel and not part:
            # also "the two" (بين الاثنين، كلا الاثنين، الاثنين معا)
            nxt = normalize(norm[m.end("wkd") : m.end("wkd") + 12]).split()
            if _prev_word(norm, start) in _TWO_PREV or (nxt and nxt[0] in _TWO_NEXT):
                return None
        if base is None:
            return start, None, "day"
        if rel:
            mode = "past" if rel in t["past"] else "next"
        else:
            clause = _CLAUSE_END.split(norm[max(0, start - 80) : start])[-1]
            mode = "future" if _future_re().search(clause) else "before"
        return start, _weekday_rel(base, wd, mode), "day"
    return None


def find_dates(text: str, base: dt.date | None, *, keep_unresolved: bool = False) -> list[DateExpr]:
    """Date expressions in `text`, in text order, resolved against `base`.

    Spans are offsets into `text` as given.  Expressions that cannot be resolved
    (a relative expression without `base`, an impossible date) are left out
    unless `keep_unresolved`, which returns them with date "" and precision "unknown".
    """
    return [x for x, _ in _scan(text, base, keep_unresolved)]


def _scan(text: str, base: dt.date | None, keep_unresolved: bool = False) -> list[tuple[DateExpr, str]]:
    """`find_dates` with each expression's pattern kind (rd, wk, gdm, ago …)."""
    if not text:
        return []
    norm, shifted = _prepare(text)
    omap: list[int] | None = None
    out: list[tuple[DateExpr, str]] = []
    prev_kind, prev_end, prev_weekday = "", -1, False
    regex, pos = _regex(), 0
    while (m := regex.search(norm, pos)) is not None:
        try:
            r = _resolve(m, norm, base)
        except (OverflowError, ValueError):  # arithmetic off the calendar (a base date near year 1 or 9999)
            r = None
        if r is None:
            # not a date here ("الأسبوع الأول من شهر ماي 2017"): look again just after its start
            pos = m.start(m.lastgroup) + 1
            continue
        pos = m.end()
        start, day, precision = r
        end = m.end()
        while end > start and norm[end - 1].isspace():
            end -= 1
        if shifted and omap is None:
            omap = _offset_map(text)
        s, e = _orig_span(omap, start, end)
        kind = m.lastgroup
        if (
            day is not None
            and kind in _EXPLICIT_DAY
            and prev_kind in _RELATIVE_DAY
            and out
            and out[-1][0].span[1] == prev_end
            and _JOIN.fullmatch(text[prev_end:s])
        ):
            # "اليوم الأربعاء 23 نوفمبر 2016", "يوم السبت 29 رمضان 1438": one expression, the
            # explicit date wins -- unless it contradicts the weekday just named ("اليوم الخميس 19
            # ديسمبر 2016" in a story of Thursday 29 December: a typo in the day number)
            prev = out.pop()[0]
            s = prev.span[0]
            kind = prev_kind  # still a dateline-style expression
            if prev_weekday and prev.date and dt.date.fromisoformat(prev.date).weekday() != day.weekday():
                day = dt.date.fromisoformat(prev.date)
        prev_weekday = kind == "wk" or (kind == "rd" and m.group("rdwd") is not None)
        prev_kind, prev_end = kind, e
        if day is None:
            if keep_unresolved:
                out.append((DateExpr(text[s:e], (s, e), "", "unknown"), kind))
            continue
        out.append((DateExpr(text[s:e], (s, e), _iso(day, precision), precision), kind))
    return out


_EXPLICIT_DAY = frozenset(("gdm", "hdm", "nd", "ny"))
_DATELINE_RANK = {"rd": 0, "wk": 0, "tn": 0, "ago": 2}
_RELATIVE_DAY = frozenset(("rd", "wk", "tn"))
# what may stand between a relative day and the explicit date it announces: "يوم الإثنين الموافق لـ 26 جوان"
_JOIN = re.compile(r"[\s,،\u0640\u200e\u200f]*(?:(?:ال)?موافق\s*(?:ل\u0640?)?[\s\u0640]*)?")


def parse_base(value: str | None) -> dt.date | None:
    """`YYYY-MM-DD` (or a full ISO timestamp) to a date; None for None / ""; ValueError otherwise."""
    if not value:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value).date()


# -------------------------------------------------------------- event dating


class Dater:
    """Dates the events of one document.

    `prepare` finds every expression once; `for_event` then answers per verb.
    """

    STORY_DATELINE_SENTENCES = 2  # a story's date is looked for in its first two sentences

    def __init__(self, base: dt.date | None) -> None:
        self.base = base
        self._text = ""
        self._exprs: list[DateExpr] = []
        self._starts: list[int] = []
        self._sent: dict[int, tuple[int, int, int]] = {}  # sentence index -> (start, end, story)
        self._story_date: dict[int, DateExpr] = {}

    def prepare(self, text: str, stories: list) -> None:
        self._text = text
        scanned = _scan(text, self.base)
        self._exprs = [x for x, _ in scanned]
        kinds = {x.span: k for x, k in scanned}
        self._starts = [x.span[0] for x in self._exprs]
        self._sent.clear()
        self._story_date.clear()
        for story in stories:
            for s in story.sentences:
                self._sent[s.index] = (s.start, s.end, story.index)
            lead = story.sentences[: self.STORY_DATELINE_SENTENCES]
            lo, hi = (lead[0].start, lead[-1].end) if lead else (story.start, story.end)
            # the dateline: a day named relative to the filing date (اليوم الأحد، أمس) first,
            # then an explicit date (not a decree's "المؤرخ في …" if a relative day exists),
            # then "منذ ثلاثة أيام"
            days = [x for x in self._in_range(lo, hi) if x.precision == "day"]
            if days:
                self._story_date[story.index] = min(days, key=lambda x: _DATELINE_RANK.get(kinds[x.span], 1))

    def _in_range(self, lo: int, hi: int) -> list[DateExpr]:
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return [x for x in self._exprs[i:j] if x.span[1] <= hi]

    def for_event(self, sentence_index: int, verb_span: tuple[int, int]) -> tuple[str | None, str, str | None]:
        """(date, precision, date_text) for a verb; `verb_span` in document offsets.

        A span that lies outside the sentence but within its length is taken as
        sentence-relative.
        """
        sent = self._sent.get(sentence_index)
        if sent is not None:
            s0, s1, story = sent
            vs, ve = verb_span
            if not s0 <= vs <= s1 and ve <= s1 - s0:
                vs, ve = vs + s0, ve + s0
            cands = self._in_range(s0, s1)
            if cands:
                clause = self._clause(vs, s0, s1)
                same = [x for x in cands if clause[0] <= x.span[0] and x.span[1] <= clause[1]]
                pool = same or cands
                best = min(pool, key=lambda x: (max(x.span[0] - ve, vs - x.span[1], 0), x.span[0]))
                return best.date, best.precision, best.text
            x = self._story_date.get(story)
            if x is not None:
                return x.date, x.precision, x.text
        if self.base is not None:
            return self.base.isoformat(), "day", None
        return None, "unknown", None

    def _clause(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        text = self._text
        a = pos
        while a > lo and not _CLAUSE_END.match(text[a - 1]):
            a -= 1
        b = pos
        while b < hi and not _CLAUSE_END.match(text[b]):
            b += 1
        return a, b
