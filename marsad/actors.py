"""Mentions → Actors: noun-phrase chunks over lexicon hits, composed into CAMEO-style codes.

A chunk is the shallow noun phrase around an actor word: its head (a title, an
institution, a named actor, a country) and what hangs on it (genitives,
adjectives, "في ليبيا", "بوزارة الخارجية الروسية", an apposed name).  The code is
composed from the parts: a named actor valid on the event date wins; otherwise
country (nationality or country name, not the host country after لدى) plus the
most specific sector word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from .events import (
    ABSTRACT_OBJECTS,
    COMPLEMENTIZERS,
    COUNT_WORDS,
    bare_surface,
    prep_masdar,
    stem,
    without_conjunction,
)
from .lexicon.load import Lexicon, PhraseHit
from .model import Actor, Mention, Sentence, Token
from .text.normalize import FUNCTION_WORDS, key, normalize
from .where import HELD_OR_STAYING

# Prepositions that end a subject/object chunk: what follows is another argument.
BREAK_PREPS = frozenset({"مع", "الي", "علي", "ضد", "عن", "الا", "حول", "بعد", "قبل", "خلال", "منذ", "امام", "نحو"})
# Sectors whose unqualified members belong to the place where the sentence happens.
LOCAL_SECTORS = frozenset("CVL REB CRM REF COP LAB EDU HLH BUS MED AGR REL".split())
# "قتل شرطي بنيران مسلحين", "خطف على أيدي مسلحين": what follows names the perpetrator, another actor
AGENT_MARKERS = frozenset({"بنيران", "برصاص", "بيد", "يد", "ايدي", "بايدي", "قبل"})
# Prepositions that may continue a chunk when an actor word follows ("في ليبيا", "لدى ليبيا").
LINK_PREPS = frozenset({"في", "لدي", "من", "ب"})
# Words that never belong in an actor chunk.
STOP = frozenset(
    """اليوم امس غدا الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد يوم صباح مساء الذي التي الذين اللذان
    اللتان ان انه انها ان قد لقد ما لا لم لن كان كانت وقد حيث بينما كما اذا لو وذلك ذلك هذا هذه تلك بعد قبل
    خلال وفق حسب بحسب عبر بين اثر عقب جراء بسبب عدد عشرات مئات الاف الاف ثلاثه اربعه خمسه سته سبعه ثمانيه
    تسعه عشره اثنين اثنان ثلاث اربع خمس ست سبع ثماني تسع عشر لكن ولكن بل او ام ثم انهم انهما بانه بانها""".split()
)
# A preposition with its pronoun is no name ("أن تطلب مني الوزارة": مني is not Mina), though it may sit inside an
# actor phrase ("الرئيس المعترف به دوليا عبد ربه منصور هادي").
_PRONOUN_PREPS = frozenset(
    """مني منه منها منهم منا منك عني عنه عنها عنهم لي له لها لهم لنا به بها بهم فيه فيها فيهم اليه اليها
    اليهم معه معها معهم عليه عليها عليهم""".split()
)
# Stance participles: what follows them with ل is whom the group opposes or backs ("معارضون للحكومة").
_STANCE = frozenset("معارض موالي موال مناهض مويد مساند رافض مندد".split())
# Words before a country/city name that make it a location rather than an actor.
_PLACE_PREV = frozenset(
    "في الي من علي عن حتي قرب نحو داخل خارج بين عبر العاصمه مدينه بالعاصمه بمدينه عاصمه ولايه بولايه محافظه "
    "بمحافظه جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي".split()
)
# Pair anaphora: "the two sides" → both principal actors of the story.
PAIR_FORMS = frozenset(
    {"الجانبان", "الجانبين", "الطرفان", "الطرفين", "البلدان", "البلدين", "الدولتان", "الدولتين", "الوفدان", "الوفدين"}
)


@dataclass(slots=True)
class Chunk:
    start: int
    end: int
    hits: list[PhraseHit]
    pair: bool = False


class _Names:
    """Person-name spans from NER, token start → end, tagged lazily in small windows
    around the chunk that asks: the CRF is the costly step, most tokens never need it."""

    __slots__ = ("_tag", "_starts", "_map", "_done")
    BEFORE, AFTER = 2, 7

    def __init__(self, tag: Callable[[int, int], list[tuple[int, int, str]]] | None, starts: dict) -> None:
        self._tag, self._starts, self._map, self._done = tag, starts, {}, set()

    def _cover(self, j: int) -> None:
        if self._tag is None or j in self._done:
            return
        a, b = max(0, j - self.BEFORE), j + self.AFTER
        for s, e, kind in self._tag(a, b):
            if kind == "PERS" and s >= j and not any(k in self._starts for k in range(s, e)):
                self._map.setdefault(s, e)
        self._done.update(range(j, b - 2))

    def get(self, j: int) -> int | None:
        self._cover(j)
        return self._map.get(j)

    def __contains__(self, j: int) -> bool:
        return j in self._map


_ADJECTIVES = frozenset(
    "العام العامه الاعلي العليا الكبير الكبري الجديد الجديده السابق السابقه الاسبق الحالي الحاليه الاول الاولي "
    "الثاني الثانيه المؤقت الموقت المكلف".split()
)


_REGIME_WORDS = frozenset({"حكوم", "نظام", "سلط", "رييس"})  # (match keys of الحكومة، النظام، السلطات، الرئيس)
_FORMER = frozenset({"سابق", "اسبق"})  # (match keys of السابق/السابقة, الأسبق)
_OFFICE_SECTORS = frozenset("GOV LEG JUD MIL COP".split())
# Armed groups outside the state: coordinated after a definite actor, such a group is a second party.
_IRREGULAR_SECTORS = frozenset("REB UAF INS CRM".split())


def _adjective_like(norm: str) -> bool:
    """Definite words that can follow a definite noun as its adjective: nisba (-ي/-يه),
    participles (الم…), and a few common ones; not nouns like النار or الحكومة, nor a plural in ات ("الحكومة
    المساعدات": a non-human plural takes a singular adjective, so this is the next noun)."""
    participle = norm.startswith("الم") and not norm.endswith("ات")
    return norm.endswith(("ي", "يه", "يين", "يون")) or participle or norm in _ADJECTIVES


def _has_prep(clitics: str) -> bool:
    """A proclitic preposition (ب ل ك), not the ل of the article in "وال"/"ال"."""
    cl = clitics.replace("ال", "").replace("لل", "ل")
    return any(c in cl for c in "بلك")


# "مسلح" after these nouns describes the deed, not its doer.
_ARMED_ADJ = frozenset({"مسلح", "مسلحه"})
_DESCRIBING_ADJ = _ARMED_ADJ | frozenset("متشدد متطرف ارهابي تكفيري".split())  # (match keys)
_VIOLENT_NOUNS = frozenset(
    "هجوم هجمات هجوما اعتداء اعتداءات عمليه عمليات اشتباك اشتباكات مواجهات مواجهه نزاع صراع تمرد كمين سطو".split()
)


_SUPPORTERS = frozenset("انصار مناصري مناصرو عناصر اعضاء كوادر مويدي مويدو".split())  # match keys (ؤ → و)
_FOREIGN = frozenset("اجنبي اجنبيه اجانب".split())
_FILMED = frozenset("فيديو شريط تقرير تسجيل فيلم مقطع بيان".split())


def _counted(tokens: list[Token], i: int) -> bool:
    """The word at i follows a number ("خمسة بريطانيين", "مليوني لبناني") and is not a feminine adjective of a
    counted thing ("قاذفات بي-2 أمريكية")."""
    return (
        i > 0
        and (tokens[i - 1].norm.isdigit() or tokens[i - 1].norm in COUNT_WORDS)
        and not tokens[i].norm.endswith("يه")
    )


_POSSESSIVE = ("هم", "ها", "هما", "نا", "كم")


# Heads of bodies whose proper name follows in quotes ("جمعية "فورزا تونس"", "شركة "نقل تونس"") (match keys).
_NAMED_BODY_HEADS = frozenset(
    "جمعي حزب حرك قنا شرك ايتلاف جريد صحيف موقع برنامج مهرج منظم نادي اتحاد تنسيقي مبادر مجموع صفح".split()
)


def _quoted_names(tokens: list[Token]) -> list[tuple[int, int]]:
    """(open, close) token indices of short quoted names (two to four words) right after a body's head noun."""
    out = []
    for k, t in enumerate(tokens[:-2]):
        if t.norm not in _QUOTES or k == 0 or tokens[k - 1].key not in _NAMED_BODY_HEADS:
            continue
        close = next((j for j in range(k + 2, min(len(tokens), k + 6)) if tokens[j].norm in _ANY_QUOTE), None)
        if close is not None and close - k - 1 >= 2:
            out.append((k, close))
    return out


# Quotation marks a listed name may stand in inside a phrase («تنظيم "داعش"»).
_QUOTES = frozenset({'"', "«", "“", "'"})
_ANY_QUOTE = _QUOTES | {"»", "”"}
# After these a word is a noun even when it is spelled like a verb (but after a preposition it may be an event noun
# whose genitive is an actor: "عن مقتل شرطيين").
_NOUN_MARKERS = frozenset("اي كل".split())


def _adjective_position(tokens: list[Token], i: int, verb_idx: set[int], sector: str = "") -> bool:
    """A definite nisba agent word (عسكري، أمني) right after a definite content noun agrees with it: an adjective.
    A definite noun there ("الكتلة الديمقراطية الحكومة") is the next phrase, not an adjective."""
    t, prev = tokens[i], tokens[i - 1]
    if t.key == "مصور" and (prev.key.rstrip("ا") in _FILMED or prev.norm.lstrip("و").rstrip("ا") in _FILMED):
        return True  # "شريطا مصورا", "فيديو مصور": filmed, not a cameraman
    # (a word after أي or كل is a noun even when it is spelled like a verb: "من أي خطر إرهابي")
    verb_before = (i - 1) in verb_idx and not (i >= 2 and tokens[i - 2].norm in _NOUN_MARKERS)
    if not t.key.endswith("ي") or not prev.norm[0].isalpha() or verb_before:
        return False
    if prev.clitics.startswith(("و", "ف")):
        return False
    if "ال" in t.clitics:
        if prev.norm in STOP:
            return False  # "اعتقلت الشرطة اليوم الصحفي الليبي": a time word is no noun a nisba describes
        # "الموقف الرسمي"; and after a noun made definite by a possessive pronoun, the words that are mostly
        # adjectives ("عصيانهم المدني", "قنواتها الدبلوماسية"; "غرفتهم النقابية", "طاقمها الطبي" are bodies)
        possessed = prev.norm.endswith(_POSSESSIVE) and len(prev.key) < len(prev.norm)
        return "ال" in prev.clitics or (possessed and sector in ("CVL", "GOV"))
    # "في تصريح إعلامي": an indefinite nisba after an indefinite content noun (not "هجوم إرهابي", whose
    # adjective still says who attacked)
    return (
        not t.clitics
        and not prev.clitics
        and len(prev.norm) > 2
        and prev.key not in _VIOLENT_NOUNS
        and prev.norm not in STOP
        and prev.norm not in FUNCTION_WORDS
    )


_PROFESSIONS = frozenset("MED EDU HLH BUS GOV LEG JUD".split())
_ARMED_SECTORS = frozenset("REB UAF INS MIL COP SPY CRM".split())
# Indefinite nouns an armed nisba still names a group with ("خلية إرهابية", "هجوم إرهابي" says who attacked);
# after other nouns it is a plain adjective ("مخططات إرهابية", "حافلة مدنية" keeps CVL: not armed).
_ARMED_HEADS = _VIOLENT_NOUNS | frozenset(
    "خلي خليه خلايا عناصر عنصر جماع جماعه جماعات مجموع مجموعه مجموعات تنظيم عصاب عصابه عصابات شبك شبكه شبكات "
    "فصيل فصايل كتيب كتيبه ميليشيا مليشيا عمليه عمليات".split()
)


# State words a title may take with بـ ("وزير الخارجية بالمملكة البلجيكية", "رئيس الحكومة بالجمهورية اليمنية").
_STATE_WORDS = frozenset("مملك جمهوري حكوم دول امار سفار وزار رياس اتحاد مجلس".split())

_ADMIN_UNITS = frozenset({"معتمدي", "بلدي", "عماد"})


def _admin_place(tokens: list[Token], i: int) -> bool:
    """A district word used as a place: "معتمدية الفحص" (an indefinite construct with the district's name) or
    after a place preposition ("من البلدية", "بالمعتمدية")."""
    t = tokens[i]
    if t.key not in _ADMIN_UNITS:
        return False
    prev = tokens[i - 1].norm if i > 0 else ""
    placed = prev in _PLACE_PREV or t.clitics.replace("و", "").startswith("ب")
    return placed or (t.key == "معتمدي" and "ال" not in t.clitics)


def _showrooms(tokens: list[Token], i: int, starts: dict) -> bool:
    """Indefinite "معارض" before a definite or ل-marked common noun is the plural of معرض (exhibition)."""
    t = tokens[i]
    if t.key != "معارض" or "ال" in t.clitics or i + 1 >= len(tokens) or (i + 1) in starts:
        return False
    nxt = tokens[i + 1]
    return nxt.norm[:1].isalpha() and ("ال" in nxt.clitics or nxt.norm.startswith("ل"))


def _valid(entry: list, date: str | None) -> bool:
    if not date:
        return True
    a, b = entry[1], entry[2]
    return (not a or a <= date) and (not b or date <= b)


# Common words whose match key is that of a one-word listed name or agent.
# (بحر: the sea, not البحرين; "كمين محكم"; المساعدة/المساعدات: aid, not assistants, مساعد)
_NOT_NAMES = frozenset(
    "طالب طالبه طالبا سياحه بحر محكم محكما مساعده مساعدات نقاب غاب غابات غابه مصره ملازمه لبن شعبان شعبه مخابر"
    " كاميرا كاميرات تجاره".split()
)


def _spelled_as_listed(tok: Token, entries: list) -> bool:
    """A one-word UniversalPetrarch name matches only as spelled in the dictionary (after the clitics):
    its entries are names, and names do not inflect."""
    if any(e[4] != "up" for e in entries):
        return True
    bare = stem(tok)
    return any(normalize(e[3]).replace(" ", "") in (bare, tok.norm) for e in entries)


# CAMEO's transnational codes stand in the country position: IGOUNO (UN), IMGREB (al-Qaeda, ISIS).
TRANSNATIONAL = frozenset({"IGO", "IMG"})


@functools.cache
def _given_names() -> dict[str, tuple[str, ...]]:
    from .ner import shipped_lexicons

    return shipped_lexicons().words


# Organisation words that are also participles of linking ("الرابطة بين", "الجامعة بين"): before بين they link.
_LINKING = frozenset({"رابط", "جامع"})


def _accusative_adjective(tokens: list[Token], i: int, not_adjective: set[int]) -> bool:
    """The word at i is an indefinite accusative (-ا) right after another one that is no actor word nor a verb
    (`not_adjective` holds both; "خطفوا مصورا" is a verb and its object): its adjective."""
    if i == 0 or i - 1 in not_adjective or tokens[i - 1].norm.endswith("وا"):
        return False
    t, prev = tokens[i], tokens[i - 1]
    return (
        not t.clitics
        and not prev.clitics
        and t.norm.endswith("ا")
        and prev.norm.endswith("ا")
        and len(prev.norm) > 2
        and prev.norm[:1].isalpha()
    )


def _definite_nisba(tokens: list[Token], h) -> bool:
    """A one-word institutional agent that is a definite nisba adjective («البرلماني», «الأمني», «البلدية»,
    «النقابي», «الحزبي»): after a
    definite agent word it describes it ("الوفد البرلماني" is a parliamentary delegation), it does not start the next
    actor (nouns in ي such as «القاضية» keep starting one)."""
    t = tokens[h.start]
    return (
        h.end - h.start == 1
        and h.value[0] in ("LEG", "GOV", "MIL", "COP", "LAB", "PTY", "MED", "EDU")  # (not JUD: «القاضية»)
        and "ال" in t.clitics
        and t.norm.endswith(("ي", "يه"))
    )


def _smuggled(tokens: list[Token], i: int) -> bool:
    """مهربة, "البنزين المهرب": the feminine singular, or a definite singular after a definite noun, describes goods;
    smugglers are مهربون/مهربين, or "مهرب" on its own."""
    tok = tokens[i]
    if tok.key != "مهرب":
        return False
    surface = bare_surface(tok)
    if surface.endswith("ة"):
        return True
    return surface.endswith("ب") and "ال" in tok.clitics and i > 0 and tokens[i - 1].clitics.endswith("ال")


def _safe_not_security(tokens: list[Token], i: int) -> bool:
    """آمن "safe" inflects (آمنة، آمنين) and shares the match key of الأمن "security"; the noun never does.  Bare
    and indefinite with no genitive after it ("بلد آمن.", "ممر آمن للمسلحين"; but "أمن الدولة", "إدارة أمن إقليم
    القصرين"), it is the adjective too."""
    tok = tokens[i]
    if tok.key != "امن":
        return False
    if tok.norm.endswith(("امنين", "امنون", "امنه", "امنات")):
        return True
    if i == 0 or tok.clitics:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is None or not nxt.norm[:1].isalpha() or _has_prep(nxt.clitics) or nxt.clitics.startswith("و")


# "لعودة الأمن إلى العراق", "استتباب الأمن", "الأمن والاستقرار", "الأمن القومي": security as a state of affairs,
# not the forces
_SECURING = frozenset(
    "عوده استتباب حفظ تحقيق ارساء ضمان توفير تعزيز احلال استعاده انعدام غياب فقدان بسط استرجاع زعزعه".split()
)
_PEACE = frozenset("استقرار سلام سلم امان".split())
_KEEPING = frozenset("حفاظا حفاظ حرصا حرص محافظ".split())  # (match keys)


_WEAPONS = frozenset("سلاح اسلح بندقي بنادق".split())  # (match keys)
# Heads of a construct that an accusing participle takes as its object ("متهمة وزارة التربية", "متهما بعض الموظفين")
_CONSTRUCT_OBJECTS = frozenset(
    "وزار وزير رييس بعض جهات اطراف اعو عناصر رياس حكوم سلط نواب مسوولي احزاب قوات ادار".split()
)


def _agent_lookalike(tokens: list[Token], i: int) -> bool:
    """A one-word agent hit that is another word with the same match key: "آمن" safe and security as a state of
    affairs (not الأمن the forces), "شرط" a condition (not الشرطة), "وإلى" and-to (not والي a governor: the
    governor has no hamza and no final ى)."""
    tok = tokens[i]
    if tok.key == "امن":
        return _safe_not_security(tokens, i) or _abstract_security(tokens, i)
    if tok.key == "والي":
        w = bare_surface(tok)
        return "إ" in w or w.endswith("ى")
    if tok.key == "منظم" and i > 0 and tokens[i - 1].key == "جريم":
        return True  # "الجريمة المنظمة": organised crime, no organisation
    if i > 0 and tokens[i - 1].key in _WEAPONS and "ال" not in tok.clitics:
        return True  # "حجز سلاح قناصة": the kind of weapon, not snipers (but "نزع سلاح الميليشيات": whose)
    if tok.key == "متهم" and not tok.clitics and i + 1 < len(tokens):
        # "… متهمة وزارة التربية بالتلكؤ", "متهما الحكومة": the participle "accusing" before its object, not an
        # accused person (who is "المتهم", "متهم بـ…", "متهمون في قضية")
        nxt = tokens[i + 1]
        return "ال" in nxt.clitics or nxt.key in _CONSTRUCT_OBJECTS or nxt.norm.startswith("ايا")  # ("متهما إياهم")
    if tok.key == "حاكم":
        # "الأحزاب الحاكمة", "الحزب الحاكم", "الحكام": ruling, an adjective, not a governor ("حاكم منطقة القصيم")
        w = bare_surface(tok)
        return w.endswith(("ة", "ه", "ين", "ون")) or ("ال" in tok.clitics and i > 0 and "ال" in tokens[i - 1].clitics)
    if tok.key in _PRESS and i > 0 and (tokens[i - 1].key in _PRESS_EVENTS or tokens[i - 1].norm in _PRESS_EVENTS):
        # "في بيان صحفي", "ندوة صحفية", "لقاء إعلامي": a press statement or conference, no journalist
        return "ال" not in tok.clitics or "ال" in tokens[i - 1].clitics
    return stem(tok) == "شرط"


_PRESS = frozenset({"صحفي", "اعلامي"})  # (match keys; the feminine -ة folds onto them)
_PRESS_EVENTS = frozenset("بيان بلاغ تصريح تصريحات ندوه ندو موتمر لقاء لقا حوار مقابل مقابله ندوات بيانات".split())


def _abstract_security(tokens: list[Token], i: int) -> bool:
    if tokens[i].key != "امن":
        return False
    if i > 1 and tokens[i - 1].norm == "علي" and tokens[i - 2].key in _KEEPING:
        return True  # "حفاظا على أمن تونس", "حرصا على أمن المواطنين": keeping the country safe
    if "ال" not in tokens[i].clitics:
        return False
    if i > 0 and stem(tokens[i - 1]) in _SECURING:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # ("الأمن القومي العربي": national security; a listed "مجلس الأمن القومي" is matched whole before this)
    return nxt is not None and (nxt.clitics.startswith("و") and nxt.key in _PEACE or nxt.key == "قومي")


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize(text).split())


def _same_office(words: list[Token], earlier: list[Actor]) -> Actor | None:
    """The latest earlier actor of the story whose words open with this title phrase and go on (a name or a
    nationality), e.g. "وزيرة السياحة سلمى اللومي" for a later bare "وزيرة السياحة"."""
    want = (stem(words[0]), *(t.norm for t in words[1:]))
    for a in reversed(earlier):
        if not a.country or len(a.country) != 3 or not a.text:
            continue
        have = _words(a.text)
        if len(have) > len(want) and have[0].endswith(want[0]) and have[1 : len(want)] == want[1:]:
            return a
    return None


_DEPUTY = frozenset("نايب مساعد مستشار".split())
# "مربي الماشية" are livestock breeders, not educators (مربٍّ); "منظمي العملية" organisers, not an organisation
_NOT_CONSTRUCT = frozenset({"مربي", "منظمي", "منظمو"})


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO code → (country, sector).  'LBYGOV' → (LBY, GOV); 'GOV' → (None, GOV); 'IGOUNO' → (IGO, UNO…)."""
    from .lexicon.build import SECTORS

    if len(code) == 3:
        return (None, code) if code in SECTORS and code not in TRANSNATIONAL else (code, None)
    if code[:3] in SECTORS and code[:3] not in TRANSNATIONAL:
        return None, code[:3]  # UP's sector-only compounds ("GOVLEG"): no country in them
    return code[:3], code[3:6]


def _armed_adjective(tokens: list[Token], head: PhraseHit, h: PhraseHit) -> bool:
    """ "مسلح" (or "متشدد", "إرهابي" …) right after a one-word group noun of the same definiteness describes it ("قام
    شخص مسلح", "رجال مسلحون", "إيقاف 6 أشخاص متشددين"): one armed actor, not two."""
    if h.end - h.start != 1 or h.start != head.end or tokens[h.start].key not in _DESCRIBING_ADJ:
        return False
    if head.kind != "agent" or head.value[1] != "group" or head.end - head.start != 1:
        return False
    return ("ال" in tokens[head.start].clitics) == ("ال" in tokens[h.start].clitics) and not tokens[
        h.start
    ].clitics.strip("ال")


def _antecedent(a: Actor) -> bool:
    """An actor a definite noun of its sector may refer back to: not an indefinite phrase whose country was only the
    story's default ("طائرة استطلاع"; but "وزير الشؤون الخارجية" is definite by its genitive)."""
    if "context" not in a.rule or a.name:
        return True
    return any(w.lstrip("وف").startswith(("ال", "لل")) for w in (a.text or "").split())


def _other_state(chunk: Chunk, h: PhraseHit) -> bool:
    """A listed actor whose every entry belongs to a state other than the one the chunk already names: after
    "المرشد الأعلى الإيراني، علي خامنئي،", "المسؤولين السعوديين" is no apposition but the next actor."""
    if h.kind != "actor":
        return False
    states = set()
    for x in chunk.hits:
        if x.kind in ("country", "nationality"):
            states.add(x.value)
        elif x.kind == "actor":
            states.update(split_code(e[0])[0] for e in x.value)
    states.discard(None)
    theirs = {split_code(e[0])[0] for e in h.value}
    return bool(states) and None not in theirs and not theirs & states


class ActorResolver:
    """Finds actor mentions in a sentence and composes their codes."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    @staticmethod
    def _another_persons_surname(
        tokens: list[Token], h: PhraseHit, titled: set[int], entities: Callable[[int, int], list] | None
    ) -> bool:
        """A one-word actor with the article (a surname alias) whose word NER reads as the end of a person's name
        that starts with an unlisted given name (`titled`: indices of titles and verbs, which start no name)."""
        i = h.start
        if entities is None or h.end - i != 1 or i == 0 or "ال" not in tokens[i].clitics:
            return False
        prev = tokens[i - 1]
        if i - 1 in titled or not prev.norm[:1].isalpha() or prev.norm in STOP or "ال" in prev.clitics:
            return False
        # only a known given name, or a word the listed person's full name lacks ("فتحي الزياني" is not عبد اللطيف
        # الزياني), is worth the CRF call (this runs for many one-word actors)
        listed = [e[3] for e in h.value if len(e) > 3 and e[3]]
        foreign = bool(listed) and all(prev.key not in {key(w) for w in name.split()} for name in listed)
        if "PER" not in _given_names().get(prev.key, ()) and not foreign:
            return False
        return any(kind == "PERS" and s <= i - 1 and e > i for s, e, kind in entities(max(0, i - 2), i + 2))

    def _construct_keys(self, tokens: list[Token]) -> list[str]:
        """Match keys, with a sound masculine plural in construct state read as its noun: the match key keeps the
        و/ي left of -ون/-ين before a definite genitive ("معلمو التعليم الأساسي", "موظفي البلدية"), so the agent list,
        which has معلم and موظف, would not see them."""
        keys = [t.key for t in tokens]
        agents = self.lex.agents
        for i, t in enumerate(tokens[:-1]):
            k = t.key
            if (
                k[-1:] in ("و", "ي")
                and len(k) >= 4
                and k[:-1] in agents
                and k not in agents
                and k not in _NOT_CONSTRUCT
                and "ال" not in t.clitics
                and "ال" in tokens[i + 1].clitics
                # (not a noun in ية whose key lost its ta marbuta: "مسؤولية التنظيم")
                and bare_surface(t).endswith(("و", "ي"))
            ):
                keys[i] = k[:-1]
        return keys

    @staticmethod
    def _longer_name(
        tokens: list[Token], h: PhraseHit, known: set[int], entities: Callable[[int, int], list] | None
    ) -> bool:
        """A listed name of two or more words that NER reads as the start of a longer person's name: the next word
        is unlisted and inside the same PERS span, so it is another person who shares the first and middle names.
        (`known`: titles, verbs and the starts of lexicon phrases, which continue no name.)"""
        j = h.end
        if entities is None or h.end - h.start < 2 or j >= len(tokens) or j in known:
            return False
        nxt = tokens[j]
        if not nxt.norm[:1].isalpha() or nxt.norm in STOP or "و" in nxt.clitics[:1] or _has_prep(nxt.clitics):
            return False
        if "PER" not in _given_names().get(tokens[h.start].key, ()):
            return False  # a person's listed name starts with a known given name; only then is the CRF call worth it
        return any(kind == "PERS" and s <= h.start and e > j for s, e, kind in entities(max(0, h.start - 1), j + 2))

    def _phrases_past_quotes(self, tokens: list[Token], keys: list[str]) -> list[PhraseHit]:
        """Lexicon phrases over the sentence's keys, reading through quotation marks inside a name (تنظيم "القاعدة",
        حركة «النهضة»): a hit spans the quote tokens it crosses."""
        idx = [k for k, t in enumerate(tokens) if t.norm not in _ANY_QUOTE]
        if len(idx) == len(tokens):
            return self.lex.phrases(keys)
        out = []
        for h in self.lex.phrases([keys[k] for k in idx]):
            start, end = idx[h.start], idx[h.end - 1] + 1
            out.append(h if (start, end) == (h.start, h.end) else PhraseHit(start, end, h.kind, h.value))
        return out

    def chunks(
        self,
        tokens: list[Token],
        verb_idx: set[int],
        entities: Callable[[int, int], list[tuple[int, int, str]]] | None = None,
        blocked: frozenset[int] = frozenset(),
        date: str | None = None,
    ) -> list[Chunk]:
        """Actor chunks.  `entities(a, b)` gives NER spans (token start, end, type) for tokens
        a..b; it is called only when a chunk runs into words the lexicon does not know."""
        keys = self._construct_keys(tokens)
        hits = self._phrases_past_quotes(tokens, keys)
        titled = verb_idx | {k for h in hits if h.kind == "agent" for k in range(h.start, h.end)}
        not_adjective = verb_idx | {k for h in hits for k in range(h.start, h.end)}  # what an adjective cannot follow
        adjectival: set[int] = set()
        starts: dict[int, PhraseHit] = {}
        hit_starts = {h.start for h in hits}
        named_in_quotes = _quoted_names(tokens)
        for h in hits:
            if h.kind in ("country", "nationality") and any(a < h.start and h.end <= b for a, b in named_in_quotes):
                continue  # "جمعية "فورزا تونس"", "شركة "نقل تونس"": a country word inside a body's quoted name
            if h.kind == "actor" and self._another_persons_surname(tokens, h, titled, entities):
                continue  # "خليل الغرياني" is not the mufti الصادق الغرياني, listed by his surname too
            if h.kind == "actor" and self._longer_name(tokens, h, titled | hit_starts, entities):
                continue  # "الطالب محمد الناصر الحاجي" is not the speaker of parliament محمد الناصر
            if tokens[h.start].norm in _PRONOUN_PREPS or tokens[h.start].norm in STOP:
                continue  # "مني", "اليوم": a function word the match key folds onto a name
            # a finite verb is not an actor ("فتح تحقيق" is not Fatah)
            if h.kind == "actor" and h.start in verb_idx and "ال" not in tokens[h.start].clitics:
                continue
            tok0 = tokens[h.start]
            if (
                h.kind == "agent"
                and h.start in verb_idx
                and tok0.norm.startswith("و")
                and tok0.norm == tok0.key
                and self.lex.verbs.get(tok0.norm[1:])
            ):
                continue  # "وزار رئيس الوزراء" is و + زار "visited", not وزارة "ministry" (which keeps its ة)
            if h.kind == "actor" and h.end - h.start == 1 and "ك" in tokens[h.start].clitics:
                continue  # "كلوب" is no ك + لوبان (a name is seldom compared: ك-initial words are many)
            if h.kind == "actor" and h.end - h.start == 1 and not _spelled_as_listed(tokens[h.start], h.value):
                continue  # the match key folds "جولة" onto "جولان" and "دستورية" onto the name "دستوري"
            if (
                h.kind == "agent"
                and tokens[h.start].key == "مواطن"
                and tokens[h.end : h.end + 1]
                and (tokens[h.end].key in ("شغل", "عمل"))
            ):
                continue  # "مواطن شغل": job posts (plural of موطن), not citizens
            if (
                h.kind == "agent"
                and h.end - h.start == 1
                and tokens[h.start].key == "طلب"
                and not bare_surface(tokens[h.start]).endswith("ة")
            ):
                continue  # students are "الطلبة" as written; "الطلب", "طلبه" (his request) share their match key
            if h.kind in ("actor", "agent", "country") and h.end - h.start == 1 and stem(tokens[h.start]) in _NOT_NAMES:
                continue  # "طالبة" (a student) shares the key of طالبان, "السياحة" (tourism) that of السياح, "البحر" البحرين,
                # "النقاب" (the veil) that of النقابة (the union), the verb "غاب" (was absent) and "الغابات" (forests)
                # that of Gabon, "المصرة" (insisting) that of Egypt, "ملازمة" (keeping to) that of ملازم (a
                # lieutenant), "شعبان" (the month) and "شعبة" (a section) that of الشعب (the people), "مخابر"
                # (laboratories) that of المخابرات (intelligence), "كاميرات" (cameras) that of Cameroon, "لبن" (milk, or
                # ل + بن of a name: "لبن غربية") that of لبنان, "التجارة" (trade) that of التجار (traders)
            if (
                h.kind == "agent"
                and h.end - h.start == 1
                and (
                    _accusative_adjective(tokens, h.start, not_adjective)
                    or (
                        h.start - 1 in adjectival
                        and tokens[h.start].norm.startswith("و")
                        and tokens[h.start].norm.endswith("ا")
                    )
                )
            ):
                adjectival.add(h.start)
                continue  # "تبنت نهجا متطرفا ومتشددا": indefinite accusatives after a noun describe it
            if h.kind == "agent" and h.end - h.start == 1 and _smuggled(tokens, h.start):
                continue  # "بضائع مهربة", "السلع المهرّبة": smuggled goods, not smugglers
            if h.kind == "agent" and h.end - h.start == 1 and _agent_lookalike(tokens, h.start):
                continue
            if (
                h.kind == "agent"
                and h.end < len(tokens)
                and tokens[h.end].norm == "بين"
                and tokens[h.start].key in _LINKING
            ):
                continue  # "الطريق الرابطة بين مدينتهم وجندوبة": connecting, not the League
            if (
                h.kind == "agent"
                and h.value[0] == "LEG"
                and tokens[h.start].key == "جمعي"
                and h.end < len(tokens)
                and tokens[h.end].clitics.lstrip("وف").startswith("ل")
            ):
                # "الجمعية الوطنية للصحفيين الشبان": an association for someone, not the National Assembly
                h = PhraseHit(h.start, h.end, "agent", ["NGO", *list(h.value[1:])])
            starts[h.start] = h
        names = _Names(entities, starts)

        def place_hit(x: PhraseHit) -> bool:
            return x.kind == "country" or (x.kind == "actor" and self._country_only(x))

        covered = {k for h in hits for k in range(h.start, h.end)}
        ends = {h.end: h for h in hits}
        out: list[Chunk] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            if tok.norm in PAIR_FORMS:
                out.append(Chunk(i, i + 1, [], pair=True))
                i += 1
                continue
            h = starts.get(i)
            if h is None or (
                h.kind == "nationality" and not tok.clitics.endswith("ال") and i > 0 and not _counted(tokens, i)
            ):
                # (an indefinite nationality is an adjective, unless counted: "خمسة بريطانيين" are people)
                i += 1
                continue
            if (
                h.kind == "agent"
                and i > 0
                and (i - 1) not in covered
                and _adjective_position(tokens, i, verb_idx, h.value[0])
                # ("خلية إرهابية", "حافلة مدنية" still name who was involved; "تصريح إعلامي" does not)
                and (
                    "ال" in tok.clitics
                    or h.value[0] in _PROFESSIONS
                    or (h.value[0] in _ARMED_SECTORS and tokens[i - 1].key not in _ARMED_HEADS)
                )
            ):
                i = h.end  # "الجوانب العسكرية": an adjective, not an actor
                continue
            if h.kind == "agent" and _admin_place(tokens, i):
                i = h.end  # "من معتمدية الفحص", "بالبلدية": the district where, not its administration
                continue
            if h.kind == "agent" and (_showrooms(tokens, i, starts) or tok.norm[len(tok.clitics) :] == "شرط"):
                i = h.end  # "معارض لبيع السيارات": exhibitions (plural of معرض); "شرط": a condition, not الشرطة
                continue
            if h.kind == "agent" and i > 0 and tok.key in _ARMED_ADJ and tokens[i - 1].key in _VIOLENT_NOUNS:
                i = h.end  # "هجوم مسلح", "الاعتداء المسلح": the attack is armed; no gunmen are named
                continue
            if h.kind in ("country", "actor") and self._place_like(tokens, i, h):
                i = h.end  # "بالعاصمة طرابلس", "في ليبيا": a location, not an actor
                continue
            # (a country name is a city right after a nationality or a country's place: "العاصمة الأردنية عمان",
            # but not in "استقبلت عمان")
            before = ends.get(i)
            country_as_city = (
                h.kind == "country"
                and before is not None
                and (before.kind == "nationality" or (before.kind == "actor" and self._country_only(before)))
            )
            if country_as_city or (
                i in blocked and h.kind == "actor" and (self._country_only(h) or h.end - h.start == 1)
            ):
                i = h.end  # a city ("بندر عباس" is not Mahmoud Abbas)
                continue
            chunk = Chunk(i, h.end, [h])
            j = h.end
            has_title = self._is_title(h)
            has_name = h.kind == "name" or (h.kind == "actor" and not self._country_only(h))
            if self._complete_name(chunk, keys, h):
                j = chunk.end
                has_name = True
            while j < n and j - chunk.start < 14:
                t = tokens[j]
                nh = starts.get(j)
                if t.norm in ("،", ","):
                    # apposition: ", السيد عبد الله اللافي،" or ", Name,"
                    nxt = starts.get(j + 1)
                    if (
                        nxt
                        and nxt.kind in ("actor", "name")
                        and not self._is_title(nxt)
                        and not _other_state(chunk, nxt)
                    ):
                        if nxt.kind == "actor" and self._country_only(nxt):
                            # ", رياض الشعيبي،": a city's name in apposition to a title is the person's first name
                            end = names.get(j + 1) or nxt.end
                            nxt = PhraseHit(j + 1, max(end, nxt.end), "name", None)
                        chunk.hits.append(nxt)
                        j = nxt.end
                        chunk.end = j
                        continue
                    if j + 1 < n and tokens[j + 1].norm in ("السيد", "السيده") and j + 2 < n and starts.get(j + 2):
                        nxt = starts[j + 2]
                        chunk.hits.append(nxt)
                        j = nxt.end
                        chunk.end = j
                        continue
                    break
                if nh is not None:
                    prepped = _has_prep(t.clitics) or (j > 0 and tokens[j - 1].norm in LINK_PREPS)
                    place = place_hit(nh)
                    if place and t.clitics.lstrip("وف").startswith(("ب", "ك")):
                        break  # "جمعية الأمل الرياضي بجندوبة": where the group is, not whose it is
                    titled_hit = self._is_title(nh) or (
                        nh.kind == "actor" and (self.lex.agents.get(t.key) or [None, None])[1] == "title"
                    )  # (the UP list has offices with their state as actors: "سفير فرنسي")
                    if (has_name or has_title) and "ب" in t.clitics and titled_hit:
                        break  # "لقاء جمع كاتب الدولة صبري باش طبجي بالقائم بالأعمال الليبي", "اجتماع الوزير الأول
                        # الجزائري برئيس المجلس": the other party
                    deputy = (
                        j - chunk.start == 1
                        and tokens[chunk.start].key in _DEPUTY
                        and "ال" not in tokens[j - 1].clitics
                    )
                    if (
                        has_title
                        and not prepped
                        and not deputy
                        and (self._is_title(nh) or self._titled_name(tokens, nh))
                        # (a definite nisba after a definite title describes it: "المسؤول النقابي", "المسؤول الأمني")
                        and not ("ال" in tokens[j - 1].clitics and _definite_nisba(tokens, nh))
                    ):
                        # a new head: "وزير الخارجية نظيره الروسي", "الوزير السفير الفرنسي" (but "نائب الأمين العام",
                        # "مستشار الرئيس": a deputy's or adviser's office is named by the one he serves)
                        break
                    if t.clitics.startswith(("و", "ف")) and nh.kind in ("country", "actor") and not prepped:
                        break  # coordination: "ليبيا وروسيا"
                    if (
                        t.clitics.startswith("و")
                        and nh.kind == "agent"
                        and (nh.value[1] == "group" or (nh.value[0] in _IRREGULAR_SECTORS and "ال" not in t.clitics))
                        and not prepped
                        and "ال" in tokens[j - 1].clitics
                    ):
                        break  # "بين قوات الجيش الوطني وعناصر إرهابية", "الجيش الوطني ومجموعة إرهابية": a second
                        # party, not part of the first
                    if (
                        all(place_hit(x) for x in chunk.hits)
                        and place_hit(nh)
                        and (
                            t.clitics.lstrip("وف").startswith("ل") or (nh.kind == "country" and t.clitics in ("", "ال"))
                        )
                    ):
                        # "اتهام السعودية لقطر", "طالبت بيونغ يانغ الولايات المتحدة": the second state is the object
                        break
                    if t.clitics.startswith("و") and has_title and self._is_title(nh) and not prepped:
                        break  # "وزير الخارجية التونسي ونظيره الجزائري": two office holders, not one
                    if (
                        nh.kind == "country"
                        and not prepped
                        and chunk.hits[-1].kind == "agent"
                        and "ال" in tokens[j - 1].clitics
                        and not bare_surface(t).endswith(("ي", "ية", "يه", "يين", "يون", "يات"))
                    ):
                        break  # "وزار الرئيس تونس": a state's name after a definite title is the object (no nisba)
                    last = chunk.hits[-1]
                    # (a one-word country after a title is its nationality adjective: "الأمير السعودي" shares the
                    # key of السعودية)
                    state_named = last.kind == "country" and not (
                        last.end - last.start == 1
                        and len(chunk.hits) > 1
                        and self._is_title(chunk.hits[-2])
                        and bare_surface(tokens[last.start]).endswith("ي")
                    )
                    named_first = has_name or state_named
                    if (
                        named_first
                        and nh.kind in ("agent", "actor")
                        and not prepped
                        and not self._is_adjective(nh)
                        and not self._head_named(chunk, nh, tokens, date)
                    ):
                        break  # "ودعا الصدر الحكومة العراقية", "اتهمت السعودية الحوثيين": subject, then object
                    if (
                        has_name
                        and nh.kind == "country"
                        and not prepped
                        and not t.clitics
                        and j == chunk.hits[-1].end
                        and (
                            chunk.hits[-1].end - chunk.hits[-1].start > 1
                            or chunk.hits[-1].kind == "name"
                            or "ال" in tokens[chunk.hits[-1].start].clitics
                        )
                    ):  # (a one-word name may take its branch: "طالبان باكستان"; not one with the article: "المسماري قطر")
                        break  # "انتقد الأمين العام لحزب الله إسرائيل": a bare state after a named actor is the object
                    last = chunk.hits[-1]
                    # a collective is no construct head ("المتظاهرين قوات الأمن"), unless an indefinite one governs a
                    # definite genitive ("أعوان الشركة", "عمال المصنع")
                    construct = "ال" not in tokens[last.start].clitics and "ال" in t.clitics
                    collective = last.kind == "agent" and last.value[1] == "group" and not has_title and not construct
                    ends_phrase = (
                        collective
                        or last.kind == "nationality"
                        or ("ال" in tokens[j - 1].clitics and "ال" in t.clitics)
                        # a definite noun governs no genitive: "ودعت النقابة وزارة الداخلية" is subject, then object
                        or ("ال" in tokens[j - 1].clitics and not t.clitics)
                    )
                    if (
                        last.kind == "nationality"
                        and nh.kind == "actor"
                        and not prepped
                        and all(split_code(e[0])[0] not in (None, last.value) for e in nh.value)
                    ):
                        break  # "هاجمت القوات الأمريكية الجيش العراقي": another state's actor after a closed phrase
                    if collective and nh.kind == "agent" and t.clitics.replace("و", "").startswith("ل"):
                        break  # "المحتجين لمراسل الجوهرة": whom the group spoke to, not part of it
                    if (
                        ends_phrase
                        and nh.kind == "agent"
                        and not prepped
                        and not self._is_adjective(nh)
                        and not (last.kind == "agent" and _definite_nisba(tokens, nh))  # "الوفد البرلماني"
                        and not _armed_adjective(tokens, last, nh)  # "شخص مسلح", "رجال مسلحون"
                    ):
                        # a nationality adjective closes the phrase, and a definite word ends a construct: what
                        # follows is the next actor ("القوات الأمريكية مسلحين", "رئيس الجمهورية الجيش",
                        # "الكتلة الديمقراطية الحكومة": subject, then object)
                        break
                    has_name = has_name or nh.kind == "name" or (nh.kind == "actor" and not self._country_only(nh))
                    chunk.hits.append(nh)
                    has_title = has_title or self._is_title(nh)
                    j = nh.end
                    chunk.end = j
                    if self._complete_name(chunk, keys, nh):  # "نائب الأمين العام لحزب الله"
                        j = chunk.end
                        has_name = True
                    continue
                if j in verb_idx:
                    break
                quoted = starts.get(j + 1) if t.norm in _QUOTES else None
                if quoted is not None and quoted.kind == "actor":
                    j += 1  # «زعيم تنظيم "داعش"», «حركة "النهضة"»: a listed name in quotes completes the phrase
                    continue
                if t.norm in BREAK_PREPS or t.norm in STOP or t.key in STOP or not t.norm[0].isalpha():
                    break
                if t.norm == "كل" and j + 1 < n and tokens[j + 1].norm == "من":
                    break  # "يدعو المعلمون كل من وزارة التربية والحكومة": "both … and …" opens the object
                if without_conjunction(t.norm) in COMPLEMENTIZERS:
                    # "الوزير بأن الجانب الألماني" (بان also starts بان كي مون), "مصدر أمني فإن مفرزة": a
                    # complement clause follows
                    break
                if t.norm in AGENT_MARKERS:
                    break
                if t.norm in LINK_PREPS:
                    k = j + 1
                    if t.norm == "من" and k < n and tokens[k].key in _SUPPORTERS:
                        k += 1  # "متظاهرون من انصار «حزب الله»": their affiliation names them
                        while k < n and tokens[k].norm in ("«", '"', "“"):
                            k += 1
                    if starts.get(k) is None:
                        break
                    last = chunk.hits[-1]
                    if (
                        t.norm == "من"
                        and last.kind == "agent"
                        and not self._is_title(last)
                        and self._is_title(starts[k])
                    ):
                        break  # "طلب عدد من المواطنين من والي الجهة": whom they ask, not whom they belong to
                    j = k
                    continue
                if t.norm == "و":
                    break
                if h.kind == "agent" and h.value[1] == "group" and not has_title:
                    break  # a collective ("المتظاهرون") takes adjectives, not genitive chains
                if j in blocked and t.norm.startswith("ب") and j > chunk.start:
                    break  # "جمعية الأمل الرياضي بجندوبة": a place the gazetteer knows, with بـ
                if t.clitics.lstrip("وف").startswith(("ب", "ك")) and t.norm != "ب" and t.key not in _STATE_WORDS:
                    # "المحاميين بوسط القاهرة", "شرطي بسلاح أبيض": a place or manner phrase, not a genitive
                    # ("وزير الخارجية بالمملكة البلجيكية" goes on: the state he serves)
                    break
                # a person's name follows a title or another name, so only then ask NER
                pers_end = names.get(j) if (has_title or has_name) else None
                if pers_end is not None:
                    # a person's name (NER): "السفير الفرنسي أوليفيي بوافر دارفور"
                    chunk.hits.append(PhraseHit(j, pers_end, "name", None))
                    has_name = True
                    j = chunk.end = pers_end
                    continue
                last = chunk.hits[-1]
                if last.kind == "nationality" and tokens[last.start].norm.endswith(("يين", "يون")):
                    break  # "الفلسطينيين وسط مدينة رام الله": a people's plural closes the phrase
                if t.key in ABSTRACT_OBJECTS and (
                    (not t.clitics and "ال" in tokens[last.end - 1].clitics)
                    or (t.clitics == "ال" and last.kind == "name")
                ):
                    # "ثمن الوزير جهود الوحدات الأمنية": a definite word takes no genitive; an abstract noun after
                    # it opens the verb's object (only such nouns: a bare word there is often a name NER missed)
                    break
                if "ال" in tokens[j - 1].clitics and prep_masdar(t):
                    break  # "الحكومة بتشغيل أبناء …": a verbal noun with بـ/لـ opens the verb's complement
                # a genitive chain or a name word: continue only when an actor word follows soon
                look = next((k for k in range(j + 1, min(n, j + 7)) if k in starts), None)
                if look is not None and any(
                    tokens[k].norm in STOP
                    or tokens[k].norm in BREAK_PREPS
                    or (not tokens[k].norm[0].isalpha() and not (tokens[k].norm in _QUOTES and k + 1 == look))
                    or k in verb_idx
                    or k in names
                    for k in range(j + 1, look)
                ):
                    look = None
                if look is not None and not (t.norm.endswith("ا") and not t.clitics and j == chunk.end):
                    # (an accusative indefinite right after the chunk, "مسلحون مجهولون مركزا
                    # للشرطة", starts the object rather than a genitive chain)
                    j += 1
                    continue
                # trailing definite adjectives ("الأركان العامة") and the definite genitive of an
                # indefinite construct head ("مجلس نواب الشعب")
                prev_definite = "ال" in tokens[j - 1].clitics
                if (
                    "ال" in t.clitics
                    and not has_name
                    and chunk.hits[-1].kind != "nationality"  # "جنود إسرائيليون النار": the phrase is closed
                    and ((prev_definite and _adjective_like(t.norm)) or (not prev_definite and j == chunk.end))
                ):
                    j += 1
                    chunk.end = j
                    continue
                break
            if chunk.end < n and tokens[chunk.end].key in _FOREIGN:
                chunk.end += 1  # "قوات أجنبية": foreign, so not the story's country
            out.append(chunk)
            i = max(chunk.end, i + 1)
        return out

    def _opposed_state(self, toks: list[Token], a: int, b: int) -> str | None:
        """The country of "لـ + الحكومة/النظام/السلطات + nationality" inside tokens a..b (an opposition's object)."""
        for k in range(a, min(b, len(toks) - 1)):
            t = toks[k]
            if t.key in _REGIME_WORDS and t.clitics.lstrip("وف").startswith("ل"):
                country = self.lex.nationalities.get(toks[k + 1].key)
                if isinstance(country, str) and len(country) == 3:
                    return country
        return None

    def _head_named(self, chunk: Chunk, nh: PhraseHit, tokens: list[Token], date: str | None) -> bool:
        """ "رئيس حركة النهضة راشد الغنوشي", "الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي": right after
        a title that heads a listed organisation, a listed person with the organisation's own code is its head,
        not the verb's object ("رئيس حركة النهضة يوسف الشاهد" [TUNPTY, TUNGOV] stays two actors)."""
        last = chunk.hits[-1]
        if nh.kind != "actor" or last.kind != "actor" or nh.start != last.end or self._country_only(last):
            return False
        first = chunk.hits[0]
        # (UP lists "الأمين العام" as an actor without a country, [GOVLEG]: a title all the same)
        titled = (
            self._is_title(first)
            or self._titled_name(tokens, first)
            or (first.kind == "actor" and first is not last and all(split_code(e[0])[0] is None for e in first.value))
        )
        # (the person's entries valid on the story's date: Chahed is TUNPTY only from 2020)
        return titled and bool({e[0] for e in nh.value if _valid(e, date)} & {e[0] for e in last.value})

    def _complete_name(self, chunk: Chunk, keys: list[str], h: PhraseHit) -> bool:
        """ "الأمين العام لحزب الله": the lexicon's longest-first matching gave the first word of a listed name
        ("حزب الله") to a title phrase ("أمين عام حزب"); a listed organisation or person that starts inside the agent
        phrase h and goes on past it completes the chunk.  True when it did."""
        if h.kind != "agent" or h.end - h.start < 2:
            return False
        for k in range(h.start + 1, h.end):
            for ks, kind, value in self.lex.index.get(keys[k], ()):
                e = k + len(ks)
                if kind == "actor" and e > h.end and tuple(keys[k:e]) == ks:
                    hit = PhraseHit(k, e, kind, value)
                    if not self._country_only(hit):
                        chunk.hits.append(hit)
                        chunk.end = e
                        return True
        return False

    @staticmethod
    def _country_only(h: PhraseHit) -> bool:
        return all(len(e[0]) == 3 for e in h.value)

    @staticmethod
    def _place_like(tokens: list[Token], i: int, h: PhraseHit) -> bool:
        if h.kind == "actor" and not ActorResolver._country_only(h):
            return False
        prev = tokens[i - 1].norm if i > 0 else ""
        cl = tokens[i].clitics.replace("و", "")
        # "في اميركا وكندا": a conjunct shares the place preposition of the first name
        conjunct = tokens[i].clitics.startswith("و") and i > 1 and not tokens[i - 1].clitics
        if conjunct and tokens[i - 2].norm in _PLACE_PREV:
            return True
        return prev in _PLACE_PREV or cl.startswith(("ب", "ك")) or (cl.startswith("ل") and h.kind == "actor")

    @staticmethod
    def _is_adjective(h: PhraseHit) -> bool:
        return h.kind == "nationality"

    def _is_title(self, h: PhraseHit) -> bool:
        return h.kind == "agent" and h.value[1] == "title"

    def _titled_name(self, tokens: list[Token], h: PhraseHit) -> bool:
        """A dictionary actor that opens with a title word ("السفير الفرنسي" in UniversalPetrarch)."""
        a = self.lex.agents.get(tokens[h.start].key)
        return h.kind == "actor" and a is not None and a[1] == "title"

    def _dated_hits(self, tokens: list[Token], hits: list[PhraseHit], date: str | None) -> list[PhraseHit]:
        """The chunk's hits, with a listed phrase of several words that is not valid on the story's date read as its
        parts: UniversalPetrarch lists "السلطات السورية" as SYRGOV for 2001–2009 only, and in 2015 the phrase is
        still the Syrian authorities (agent + nationality), not nobody."""
        if date is None or all(h.kind != "actor" or h.end - h.start < 2 for h in hits):
            return hits
        out: list[PhraseHit] = []
        for h in hits:
            if h.kind != "actor" or h.end - h.start < 2 or any(_valid(e, date) for e in h.value):
                out.append(h)
                continue
            parts = self.lex.phrases([t.key for t in tokens[h.start : h.end]], max_len=h.end - h.start - 1)
            out.extend(PhraseHit(h.start + x.start, h.start + x.end, x.kind, x.value) for x in parts)
        return out

    def resolve(
        self,
        sentence: Sentence,
        chunk: Chunk,
        date: str | None,
        context_country: str | None = None,
        earlier: list[Actor] = (),
        place_country: str | None = None,
    ) -> Actor | None:
        tokens = sentence.tokens
        country: str | None = None
        sector: str | None = None
        weight = -1
        sector_kind = ""
        named: tuple[str, str] | None = None
        rule = []
        inside: str | None = None  # the country of a "في …" phrase inside the chunk ("الإرهابيين في سوريا")
        for h in self._dated_hits(tokens, chunk.hits, date):
            prev = tokens[h.start - 1].norm if h.start > 0 else ""
            cl = tokens[h.start].clitics
            if h.start > 0 and cl.endswith("ل") and not cl.endswith("ال") and tokens[h.start - 1].key in _STANCE:
                continue  # "متظاهرون معارضون للحكومة", "الموالية للكرملين": whom they oppose or back does not name them
            if h.kind == "actor":
                valid = [e for e in h.value if _valid(e, date)]
                if not valid:
                    continue
                if len(valid) > 1:  # (most names have one entry: no key to compute on this per-hit path)
                    # the story's country first; then an entry with a sector ("مسؤول سعودي" is [SAU] and [SAUGOV])
                    valid.sort(
                        key=lambda e: (
                            bool(context_country) and not e[0].startswith(context_country),
                            split_code(e[0])[1] is None,
                        )
                    )
                e = valid[0]
                ac, asec = split_code(e[0])
                if asec is None:  # a country-only code ("طرابلس [LBY]"): country evidence only
                    if prev in LINK_PREPS or tokens[h.start].clitics[-1:] in ("ب", "ل"):
                        # "بطرابلس", "للعراق"; the article too ("القصيم", "الدستوري"): UP lists many places and
                        # adjectives as country-only actors, and a definite one is rarely the actor
                        continue
                    country = country or ac
                elif named is None or (split_code(named[0])[0] is None and ac is not None):
                    # a title listed without a country ("الأمين العام" [GOV]) yields to the organisation it heads
                    # ("الأمين العام للاتحاد العام التونسي للشغل": TUNLAB)
                    named = (e[0], e[3])
            elif h.kind in ("country", "nationality"):
                if h.kind == "nationality" and tokens[h.start].key == "احتلال" and "ال" not in cl:
                    continue  # "بقرار احتلال المدينة": an occupation, not the occupier (الاحتلال)
                # the host after لدى ("السفير الروسي لدى ليبيا") and the place after في ("الصحفي المختطف في
                # ليبيا") are not the actor's country
                if country is None and prev not in ("لدي", "في"):
                    country = h.value
                elif prev == "في" and h.kind == "country" and tokens[h.start - 2].key not in HELD_OR_STAYING:
                    inside = inside or h.value  # (not "المقيم في الولايات المتحدة"، "المختطف في ليبيا": where they are)
            elif h.kind == "agent":
                sec, kind, w = h.value[0], h.value[1], int(h.value[2])
                if w > weight:
                    sector, weight, sector_kind = sec, w, kind
        code_country, code_sector = (None, None)
        if named:
            code_country, code_sector = split_code(named[0])
            rule.append("named")
        c = code_country or country
        if code_country is None and country:
            rule.append("nationality")
        s = code_sector or sector
        if s and not code_sector:
            rule.append("agent")
        head = tokens[chunk.start]
        # definite: the article, or a pronoun suffix ("جنوده", "قواتها") — judged on the surface, where the
        # ta marbuta of "خلية" is still ة and not the pronoun ه it becomes after normalisation
        definite = "ال" in head.clitics or (bare_surface(head).endswith(("ه", "ها", "هم")) and head.norm != head.key)
        if c is None and s in LOCAL_SECTORS and inside:
            # "مواقع الإرهابيين في سوريا": where the group is said to be beats an earlier group of the story
            c = inside
            rule.append("place")
        if c is None and s and not named and sector_kind == "title" and chunk.end - chunk.start >= 2:
            # "وزيرة السياحة" after "وزيرة السياحة سلمى اللومي": the same office, named earlier in the story
            prior = _same_office(tokens[chunk.start : chunk.end], earlier)
            if prior is not None:
                c = prior.country
                rule.append("coref")
        if c is None and s and not named and definite:
            # "الوزارة", "الوفد": the latest actor of the story with this sector and a country
            # (not an indefinite one whose country was only the story's default: "طائرة استطلاع" between "الجيش
            # الإسرائيلي" and "الجيش" took the context, and "الجيش" is still the Israeli army)
            prior = next((a for a in reversed(earlier) if a.sector == s and a.country and _antecedent(a)), None)
            if prior is not None:
                c = prior.country
                rule.append("coref")
        foreign = any(t.key in _FOREIGN for t in tokens[chunk.start : chunk.end])  # "زعيمة أجنبية", "السياح الأجانب"
        # an international NGO listed by its CAMEO code (NGOHRW, NGOAMN, NGOIRC) belongs to no country: neither the place's
        # nor the story's ("اتهمت منظمة هيومن رايتس ووتش قوات الأمن المصرية")
        ingo = bool(named and named[0].startswith("NGO") and len(named[0]) >= 6 and not code_country and c is None)
        if c is None and s in LOCAL_SECTORS and place_country and not foreign and not ingo:
            # people of the place the sentence happens in ("انتحاري … في بغداد", "قتل 15 شخصا"): not the
            # story's or the outlet's country, which a foreign report in a Tunisian paper would give them
            c = place_country
            rule.append("place")
        # unknown gunmen stay unidentified; a named militia ("قوات الصحوة") belongs to the story's country
        if c is None and s and (s != "UAF" or sector_kind == "org") and context_country and not foreign and not ingo:
            c = context_country
            rule.append("context")
        if c is None and foreign and s and sector_kind != "title":
            # "العاملين الأجانب", "القوات الأجنبية": foreigners of no named state are international (the GSR
            # annotators' INT, which UniversalPetrarch uses too); not a title ("أول زعيمة أجنبية تزور": one person)
            c = "INT"
            rule.append("foreign")
        if not c and not s:
            return None
        first = chunk.hits[0]
        people_head = first.kind in ("nationality", "country") and tokens[chunk.start].norm.endswith(("يين", "يون"))
        if not named and s is None and (all(h.kind == "nationality" for h in chunk.hits) or people_head):
            # (the plural "سعوديين" shares the match key of the country السعودية; "إيطاليين في ليبيا": the place
            # after في is not theirs)
            head = tokens[chunk.start].norm
            if not head.endswith(("يين", "يون")) and not _counted(tokens, chunk.start):
                return None  # a bare adjective ("التونسية") is not an actor
            s = "CVL"  # a plural or counted nationality names people: "آلاف الإسرائيليين", "مليوني لبناني"
            rule.append("people")
        code = (c or "") + (s or "") if (c or "") != "IGO" or not named else named[0]
        if named and (len(named[0]) > 6 or ingo):
            code = named[0]
        start, end = tokens[chunk.start].start, tokens[chunk.end - 1].end
        text = sentence.text[start - sentence.start : end - sentence.start]
        return Actor(
            code=code,
            country=c,
            sector=s,
            name=named[1] if named else None,
            text=text,
            span=(start, end),
            rule="+".join(rule),
        )

    def mentions(
        self,
        sentence: Sentence,
        verb_idx: set[int],
        date: str | None,
        context_country: str | None = None,
        entities: Callable[[int, int], list[tuple[int, int, str]]] | None = None,
        blocked: frozenset[int] = frozenset(),
        earlier: list[Actor] = (),
        place_country: str | None = None,
    ) -> list[Mention]:
        out = []
        seen = list(earlier)
        for ch in self.chunks(sentence.tokens, verb_idx, entities, blocked, date):
            toks = sentence.tokens
            span = (toks[ch.start].start, toks[ch.end - 1].end)
            text = sentence.text[span[0] - sentence.start : span[1] - sentence.start]
            if ch.pair:
                out.append(Mention(ch.start, ch.end, span, text, "PAIR", None, sentence.index))
                continue
            actor = self.resolve(sentence, ch, date, context_country, seen, place_country)
            if actor is not None:
                seen.append(actor)  # "الجيش الأميركي … جنوده": coreference within the sentence too
            if actor is None:
                continue
            if (
                ch.end < len(toks)
                and toks[ch.end].key in _FORMER
                and actor.sector in _OFFICE_SECTORS
                and (self.lex.agents.get(toks[ch.start].key) or [None, None])[1] == "title"
            ):
                # "الرئيس الفرنسي السابق نيكولا ساركوزي": a former office holder is one of the elites (CAMEO ELI)
                actor = replace(actor, code=(actor.country or "") + "ELI", sector="ELI", rule=actor.rule + "+former")
            if actor.sector in ("OPP", "CVL") and (actor.country is None or actor.rule.endswith("context")):
                # "المتظاهرون المعارضون للحكومة التايلاندية": people who oppose a state's government are its people
                opposed = self._opposed_state(toks, ch.start, ch.end)
                if opposed is not None and opposed != actor.country:
                    actor = replace(actor, code=opposed + actor.sector, country=opposed, rule=actor.rule + "+opposed")
            kind = {"actor": "ACTOR", "agent": "AGENT", "country": "LOC", "nationality": "NAT", "name": "PER"}.get(
                ch.hits[0].kind, "ORG"
            )
            out.append(Mention(ch.start, ch.end, span, text, kind, actor, sentence.index))
        return out
