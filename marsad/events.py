"""Verb patterns → Events over shallow structure.

For each trigger (a verb form or nominal event word in the compiled lexicon) the
best pattern is chosen: one whose required words all occur in the clause after
the trigger beats a bare default, our own patterns beat the UniversalPetrarch ones.
Slots: the subject is the first actor chunk after the verb (VSO) or the one just
before it (SVO, topic-fronted); the target is the next chunk, or the one after a
target preposition (مع، إلى، ل، على، ضد).  Modality is read from the words around
the trigger.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon.load import Lexicon
from .model import Mention, Sentence, Token
from .text.normalize import FUNCTION_WORDS, NUMBER_WORDS, key, normalize

NEGATION = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "بدون", "غير", "نفي", "ينفي", "نفت", "تنفي"})
FUTURE = frozenset(
    {
        "سوف",
        "يعتزم",
        "تعتزم",
        "ينوي",
        "تنوي",
        "المقرر",
        "المنتظر",
        "المتوقع",
        "سيتم",
        "ستتم",
        "يرتقب",
        "مزمع",
        "استعداد",
        "استعداده",
        "استعدادها",
        "مستعد",
        "مستعده",
    }
)
CONDITIONAL = frozenset({"لو", "اذا", "إذا", "حال", "لولا", "طالما"})
SPEECH = frozenset(
    {
        "قال",
        "قالت",
        "اضاف",
        "اضافت",
        "افاد",
        "افادت",
        "ذكر",
        "ذكرت",
        "اوضح",
        "اوضحت",
        "اعلن",
        "اعلنت",
        "صرح",
        "صرحت",
        "اكد",
        "اكدت",
        "اشار",
        "اشارت",
        "زعم",
        "زعمت",
        "نقل",
        "نقلت",
        "يقول",
        "تقول",
        "روت",
        "كشف",
        "كشفت",
    }
)
TARGET_PREPS = ("مع", "الي", "علي", "ضد", "ل", "ب", "عن")
SUBJECT_OPENERS = frozenset(
    {"ان", "انه", "انها", "بان", "لان", "فان", "،", ",", ":", "«", '"', "و", "كما", "فيما", "بينما", "حيث", "ثم"}
)
RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
# "كان" opens a clause whose subject precedes a verb after قد ("وكان الجيش قد قتل", "كانوا قد خطفوا").
_KANA = frozenset("كان كانت كانوا".split())
_AUXILIARY = frozenset("قد لقد".split())
# Word senses told by a neighbour.  A trigger word followed by one of _SENSE_NEXT[word] is another word: ثمن
# "price / eighth" (ثمن النهائي, the round of 16; ثمن المسكن, the price of housing), not ثمّن "praised"; طلب عروض, a
# call for tenders, not a request.  (Counted in the verb/next-word pairs of the events coded on the whole ANT
# corpus: 54 and 35 such events.)  One preceded within three words by one of _SENSE_PREV[word] is too: "خطر داهم"
# (imminent danger) is no raid, "تدفع ثمن" (pay the price) no praise.
# They "receive" flights, ships, the injured, candidates: no visit.
_RECEIVING_PLACES = frozenset("مطار ميناء مستشفي مستشفيات مركز مراكز معهد معاهد مدرسه مدارس".split())
_RECEIVE = ("استقبل", "يستقبل", "تستقبل", "استقبلت", "سيستقبل", "ستستقبل")
# … and a town or country "receives" the displaced, migrants, tourists, flights, the sick: it hosts them, no meeting
_RECEIVED = frozenset("نازح لاجي مهاجر سياح سايح زوار رحل جرحي مصاب مرضي حجاج".split())
# (as match keys: "نتيجة" and "تنمية" lose their final letter, "نجاحات" its plural ending)
_PUBLIC_GOODS = frozenset(
    key(w) for w in "امن استقرار سلام سلم تنميه عداله مصالحه توازن مطالب تطلعات طموحات اكتفاء".split()
)
_PAY = frozenset("دفع يدفع تدفع دفعت دفعوا يدفعون تدفعون سيدفع ستدفع".split())
_ACHIEVED = frozenset(
    key(w)
    for w in "نتايج نتيجه ارباح ارباحا نمو نجاح نجاحات انتصار فوز رقم ارقام مكاسب تقدم اهداف هدف انجاز ايرادات فايض نسبه "
    "ارتفاع".split()
)
_MASDAR_HEADS = frozenset("عملي حمل اعمال قرار".split())  # (match keys)
_NAMED_ACCORDS = frozenset("قرطاج صخير شينغن شنغن اوسلو طايف دايت كامب".split())
# Verbs of outcome whose subject is an event noun that took place ("لم تتوصل زيارة الوفد إلى حل").
_RESULT_VERBS = frozenset(
    normalize(w) for w in "تتوصل يتوصل تفض يفض تسفر يسفر تنجح ينجح تؤد يؤد تثمر يثمر تغير يغير تحقق يحقق".split()
)
_INVITATIONS = frozenset("دعو لدعو بدعو".split())  # (match keys of دعوة, دعوات)
_COURT_HEADS = frozenset({"داير", "دواير"})  # (match keys of دائرة / دوائر)
_DEMANDS = frozenset(normalize(w) for w in "طالب طالبت طالبوا يطالب تطالب يطالبون مطالبا مطالبة مطالبين".split())
_DECIDED = frozenset(normalize(w) for w in "قرر قررت يقرر تقرر قرروا تقرّر".split())
_PLANNED = frozenset("ترتيب تحضير تخطيط يخطط خطط مخطط".split())  # (match keys)
_SCHEDULED = frozenset(
    normalize(w)
    for w in "ستكون سيكون ستتم سيتم ستنعقد سينعقد مبرمجة المبرمجة المرتقبة المرتقب مرتقبة مرتقب المنتظرة منتظرة "
    # "اللقاء سيتطرق إلى", "الزيارة ستدوم يومين": what the meeting or visit will do
    "سيتطرق ستتطرق سيتناول ستتناول سيبحث ستبحث سيخصص ستخصص ستدوم سيدوم ستنطلق سينطلق ستجمع سيجمع".split()
)
# (not أجل: "من أجل" is "for the sake of")
_REFUSED = frozenset(normalize(w) for w in "رفض رفضت يرفض ترفض رفضوا يرفضون ألغى ألغت تأجيل إلغاء أجلت".split())
_LEGAL_TEXT = frozenset({"ينص", "تنص"})  # (match keys)


_AHEAD = frozenset(normalize(w) for w in "غدا غداً القادم القادمة المقبل المقبلة".split())


def _tomorrow(tokens: list[Token], i: int, end: int) -> bool:
    """A time word of the future within four words of the trigger, in its clause ("غدا الخميس", "يوم الثلاثاء
    القادم", "الأسبوع المقبل"): the deed is announced, not done."""
    for k in list(range(end, min(len(tokens), end + 5))) + list(range(i - 1, max(-1, i - 5), -1)):
        t = tokens[k]
        if t.norm in CLAUSE_BREAK or t.norm in ("،", ","):
            continue
        w = without_conjunction(t.norm)
        if w in ("غدا", "غدوه"):
            return True
        # ("القادم" of a time: "يوم الثلاثاء القادم", "الأسبوع المقبل"; not "الأصداء القادمة من الاجتماعات")
        if w in _AHEAD and k > 0 and (tokens[k - 1].key in _TIME_NOUNS or tokens[k - 1].norm in _WEEKDAYS):
            return True
    return False


_ORGANISING = frozenset("عقد تنظيم تنفيذ الدخول دخول شن خوض".split())


# (not أجل: "من أجل" is "for the sake of")
_CANCELLED = frozenset(normalize(w) for w in "ألغى ألغت الغى الغت ألغوا أجلت أرجأ أرجأت".split())


def _cancelled_object(tokens: list[Token], i: int) -> bool:
    """An accusative verbal noun ("لقاءً", "زيارتها") whose verb, up to ten words back in the same clause, cancelled
    or postponed it; the subject may stand between with its apposition."""
    for k in range(i - 1, max(-1, i - 11), -1):
        t = tokens[k]
        if t.norm in CLAUSE_BREAK or without_conjunction(t.norm) in COMPLEMENTIZERS:
            return False
        if without_conjunction(t.norm) in _CANCELLED:
            return True
    return False


def _possessed(t: Token) -> bool:
    """A verbal noun in -ة with a possessive pronoun ("إدانتها", "زيارته", "مشاركتهم"), as written."""
    return bare_surface(t).endswith(("تها", "ته", "تهم", "تهما", "تنا"))


def _expressed_about(tokens: list[Token], i: int) -> bool:
    """ "عبر" is the verb عبّر when its «عن» follows in the clause (past a long subject) or it opens the sentence with
    an accusative object ("عبر المغني لويس إنريكي استياءه")."""
    for t in tokens[i + 1 : i + 21]:
        if t.norm in CLAUSE_BREAK:
            break
        if t.norm == "عن":
            return True
    return i == 0 or (i == 1 and tokens[0].norm in ("و", "كما"))


def _announced_organising(tokens: list[Token], j: int, i: int) -> bool:
    """ "أعلن (…) عن عقد/تنظيم/تنفيذ/الدخول في …" between the announcing verb at j and the event noun at i."""
    for k in range(j + 1, min(i, j + 8)):
        if tokens[k].norm == "عن" and k + 1 <= i and without_conjunction(tokens[k + 1].norm) in _ORGANISING:
            return True
    return False


def _exception_follows(tokens: list[Token], at: int) -> bool:
    """ "إلا" after the trigger within its clause: «ما … إلا» / «لا … إلا» restricts, it does not deny."""
    for k in range(at + 1, min(len(tokens), at + 9)):
        t = tokens[k]
        if t.norm in CLAUSE_BREAK or t.norm in ("،", ","):
            return False
        if t.norm in ("الا", "سوي"):
            # (not "إلا إذا": "لا يتعهد بالجرائم الديوانية إلا إذا كانت لها علاقة بالإرهاب" is a condition)
            return not (k + 1 < len(tokens) and tokens[k + 1].norm in ("اذا", "لو", "ان"))
    return False


_TIME_NOUNS = frozenset("يوم ايام اسبوع اسابيع شهر اشهر سنه عام ساعات فتره مرحله".split())  # (match keys)
_WEEKDAYS = frozenset(normalize(w) for w in "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())


def _potential(tokens: list[Token], i: int) -> bool:
    """ "من شأنه/شأنها أن …" right before the trigger: what could follow, not what did."""
    return any(tokens[k].key == "شان" and k > 0 and tokens[k - 1].norm == "من" for k in range(max(1, i - 3), i))


_FOR_OPENING = frozenset("لفتح لاجراء لعقد لتنظيم".split())  # (ل + a masdar the tokenizer does not split)
_AHEAD_OF = frozenset("استعدادا تحضيرا تمهيدا".split())
_ATTEMPTS = frozenset("حاول حاولت حاولوا يحاول تحاول يحاولون محاوله محاولات".split())
_CALLS = frozenset("دعا دعت دعوا يدعو تدعو طالب طالبت طالبوا يطالب تطالب حث حثت ناشد ناشدت داعيا داعين مطالبا".split())
_DURATIONS = frozenset("ساع ايام يوم يومين اسبوع اسابيع شهر اشهر دقايق دقيق سنو عام اعوام".split())  # (keys)
_ENDANGERED = frozenset("امن استقرار سلام سلم حيا مستقبل وحد مصالح اقتصاد سلامه صح".split())  # (match keys)
_WHAT_WAS = frozenset("ما لما بما مما الذي التي سواء".split())
_INQUIRY_TITLES = frozenset("لجنه لجنة لجان قاضي قضاه قضاة حاكم قطب لقضاه لقضاة قاض".split())
_SENSE_JUST_BEFORE = {
    "تحقق": _WHAT_WAS,
    "تطلب": frozenset("الذي مما ما".split()),
    "توفر": frozenset("انتظار عدم مدي حال رغم ضمان لضمان".split()),
    "التحقيق": _INQUIRY_TITLES,
    "تحقيق": _INQUIRY_TITLES,
}
_REQUEST = frozenset("طلب طلبت".split())
_ACHIEVING = frozenset(("حقق", "حققت", "حققوا", "يحقق", "تحقق", "سيحقق", "ستحقق"))
_SENSE_NEXT = {
    "ثمن": frozenset("نهايي مسكن بيع شراء خبز كيلوغرام لتر محروق كراء تذكر".split()),
    # "حققت نتائج باهرة": achieved, not investigated; "حجز مكانيهما": booked their places; "الاتصال بالأرقام": call
    **{f: _ACHIEVED for f in _ACHIEVING},
    "حجز": frozenset("مكان مكاني مكانه مكانها اماكن اماكنها مرتب مراتب مقعد مقاعد تذاكر تذكر غرف غرفه".split()),
    # "من أجل تحقيق الأمن والاستقرار": achieving, not investigating
    **{f: _ACHIEVED | _PUBLIC_GOODS for f in ("تحقيق", "لتحقيق", "بتحقيق")},
    "الاتصال": frozenset({"رقم", "ارقام"}),
    "بالاتصال": frozenset({"رقم", "ارقام"}),
    "طلب": frozenset({"عروض"}),
    # "تعهد منشآت محطة التطهير", "تعهد الطرقات": upkeep (a pledge takes بـ); "أيدت أحكام البراءة": a court upholds
    "تعهد": frozenset("منش طرق مسالك صيان حدايق تجهيزات شبك".split()),
    # "تهدد الأمن القومي", "يهدد حياة المواطنين", "تهديد استقرار البلاد": endangers, no threat anyone made
    **{f: _ENDANGERED for f in ("تهدد", "يهدد", "تهديد", "وتهدد", "ويهدد")},
    **{f: frozenset({"احكام", "حكم"}) for f in ("ايد", "ايدت")},
    "اعتدت": frozenset({"ان"}),  # "اعتدت أن أعيش": got used to (اعتاد), no assault
    "طلبات": frozenset({"عروض"}),
    # "اتفاق قرطاج", "اتفاقات شينغن": an agreement named after where it was made is referred to, not made here
    **{f: _NAMED_ACCORDS for f in ("اتفاق", "اتفاقات", "اتفاقيه", "اتفاقيات")},
    "غار": frozenset({"دماء", "ملح"}),  # the Tunisian towns غار الدماء and غار الملح are no air strike (غارة)
    **{f: _RECEIVING_PLACES | _RECEIVED for f in _RECEIVE},  # "يستقبلها مطار", "تستقبل آلاف النازحين"
}
_SENSE_PREV = {
    "داهم": frozenset({"خطر", "خطور"}),
    "داهما": frozenset({"خطر", "خطور"}),
    "ثمن": _PAY,
    "ثمنا": _PAY,  # "ودفعت الجزائر ثمنا كبيرا"
    "الثمن": _PAY,
    "اطلاق": frozenset({"وقف", "وقفا"}),  # "وقف إطلاق النار": a ceasefire, no shooting
    # "جنود الاحتلال", "قوات الاحتلال", "سلطات الاحتلال": who they are, not an occupation done here
    "الاحتلال": frozenset("جنود قوات سلط جيش دول شرط مستوطني مستوطن يات سجون".split()),
    # "بجروح تهدد حياتهم": life-threatening wounds, no threat anyone made
    **{f: frozenset("جروح بجروح اصابات باصابات".split()) for f in ("تهدد", "يهدد")},
    "بحث": frozenset({"محل"}),  # "محل بحث وتفتيش": wanted by the police, no talks
    # "مما دعا القوات إلى التدخل": which prompted the forces, no appeal
    **{f: frozenset({"مما"}) for f in ("دعا", "دعت", "يدعو", "تدعو")},
    "لاطلاق": frozenset({"وقف", "وقفا"}),
    **{f: _RECEIVING_PLACES for f in _RECEIVE},  # "مطار النفيضة قد استقبل رحلة"
}
# masdars of what a speaker expresses ("أعرب عن تقدير تونس", "عن تضامن الحكومة"): their genitive is who feels it
_FELT = frozenset(
    "تقدير شكر ارتياح امتنان اعتزاز ترحيب تضامن استعداد رغبه حرص دعم قلق انشغال استياء ادانه تنديد".split()
)
_ROOMS = frozenset("قاعه قاعات غرفه غرف مكتب".split())
# A trigger word right after one of these is a noun: "من طرف طالب", "وهو طالب" (a student), not طالَبَ "demanded".
# So is زار in the place name "بئر زار".
_NOUN_AFTER = {
    # (بن طالب: a surname; "مقتل طالب", "إيقاف طالب", "على يد طالب", "بطاقة طالب", "400 ألف طالب": a student)
    "طالب": frozenset(
        "طرف قبل الي علي عن مع لدي عند كل اي هو بن ابن بين يد مقتل وفاه اصابه ايقاف اعتقال اختطاف انتحار اغتصاب "
        "طرد بطاقه بتاشيره تاشيره اعلام الف الاف مليون عدد".split()
    ),
    "طالبا": frozenset("ان بان لان طرف قبل الي علي عن مع لدي عند كل اي هو".split()),  # "أن طالبا جامعيا"
    "زار": frozenset({"بير"}),
    "قناصه": frozenset({"سلاح", "بندقيه", "بنادق"}),  # "سلاح قناصة": a sniper rifle, no sniping
    "ثمن": frozenset({"من"}),  # "دفع 30 بالمائة من ثمن الدواء": the price
    "قبضه": frozenset({"من"}),  # "لاستعادة الموصل من قبضة التنظيم": out of its grip, no arrest
    # "قاعة اجتماعات", "غرفة العمليات": a room, no meeting or operation
    **{f: _ROOMS for f in ("اجتماع", "اجتماعات", "الاجتماعات", "للاجتماعات", "عمليات", "العمليات")},
}


def _given_name(tok: Token) -> bool:
    """A bare word the shipped NER name lists know as a person's given name ("فوزي", "سليم")."""
    from .ner import shipped_lexicons  # (the lists load with the NER model's tables)

    return not tok.clitics and "PER" in shipped_lexicons().words.get(tok.norm, ())


# عزا "attributed (to: إلى)" shares its unvocalised forms with عزّى "offered condolences".
_ATTRIBUTE = frozenset("عزا عزت عزي عزوا يعزو تعزو يعزي تعزي".split())
_PARTITIVES = frozenset("احدي احد بعض كل جميع".split())
_STRIKERS = frozenset("LAB EDU HLH MED CVL".split())
_RECIPROCAL = frozenset("03 04 05 06 19 20".split())  # roots whose two parties may be coordinated subjects
_PARTITIVE_NOUNS = frozenset("عدد عددا مجموعه جمع ثله عشرات مئات الاف الالاف بعض".split())
_VISITORS = frozenset("GOV MIL COP".split())
_LOCATIVE = frozenset("قرب امام داخل خارج بجانب بالقرب وسط حول عند لدي قبالة".split())
_PASSIVE_AUX = frozenset("تم تمت يتم تتم سيتم ستتم".split())
# Prepositions that put what follows outside the verb's arguments ("جرح 60 آخرين في هجوم انتحاري").
_GOVERNING = frozenset("في علي الي خلال جراء اثر عقب بعد اثناء".split())
CLAUSE_BREAK = frozenset({"؛", ";", ".", "!", "?", "؟", ":"})
# "قال X إنه …": the pronoun of أنه is the reported verb's subject
RESUMPTIVE = frozenset({"انه", "انها", "انهم", "بانه", "بانها", "بانهم"})
# Support verbs: their subject is the agent of the event noun they govern
# ("ألقت الشرطة القبض على", "قامت قوات الأمن باعتقال", "تمكن الأعوان من حجز", "شنت الطائرات غارات", "دخل قضاة
# تونس في إضراب").
SUPPORT_VERBS = frozenset(
    """القت القي القوا قام قامت قاموا يقوم تقوم يقومون تمكن تمكنت تمكنوا يتمكن تتمكن نجح نجحت نجحوا
    شن شنت شنوا يشن تشن نفذ نفذت نفذوا ينفذ تنفذ ارتكب ارتكبت ارتكبوا يرتكب ترتكب واصل واصلت واصلوا
    يواصل تواصل باشر باشرت باشروا شرع شرعت شرعوا اقدم اقدمت اقدموا عمد عمدت عمدوا نظم نظمت نظموا ينظم
    تنظم خاض خاضت خاضوا يخوض تخوض عبرت عبروا اعرب اعربت اعربوا ابدي ابدت ابدوا دخل دخلت دخلوا يدخل يدخلون""".split()
)
SUPPORT_SPAN = 12  # tokens a support verb may stand before its event noun
SUPPORT_SPAN_MANAGED = 24  # … تمكن/نجح before من/في + the event noun
MANAGED_VERBS = frozenset("تمكن تمكنت تمكنوا يتمكن تتمكن نجح نجحت نجحوا".split())
WINDOW = 14  # tokens after a trigger where its slots are looked for
REQUIRE_WINDOW = 10  # tokens after a trigger where a pattern's required words must stand
# Prepositions after which a bare trigger word is a noun ("في هجوم", "إلى اعتداء").
NOUN_PREPS = frozenset("في من الي علي عن مع خلال بعد قبل اثر عقب جراء بسبب ضد".split())
_NOUN_PREP_ROOTS = ("04", "18", "19", "20")  # measured: elsewhere it cost QuadClass and relevance
# A new reported clause ("…، وقال شاهد عيان إن المتظاهرين …"): slots never reach across it.
REPORT_OPENERS = frozenset(
    "وقال وقالت واضاف واضافت واكد واكدت واوضح واوضحت وذكر وذكرت واشار واشارت وافاد وافادت".split()
    # "… اتفاقية مع مجمع نيجيري يذكر انه تم توقيع اتفاقيات مماثلة مع شركات في غينيا": a new remark
    + "يذكر ويذكر يشار ويشار".split()
    # "… مؤكدا أن الفلاحة ستكون …": a speaker's participle opens a reported clause too
    + "موكدا مضيفا مشيرا موضحا معتبرا مبينا مبرزا ملاحظا مشددا لافتا موكده مضيفه مشيره موضحه معتبره".split()
)
# Words that cannot stand between an event noun and its genitive.
_NOT_ADJECTIVE = frozenset("حسب بحسب وفق وفقا طبقا حيث عند لدي".split())
INTERVIEW = frozenset("تصريح تصريحات حديث مقابله بيان بلاغ".split())  # ("وفق بلاغ لوزارة الخارجية": its issuer)


def is_interview(t: Token) -> bool:
    """A statement or interview noun, by its key or by the word itself (the match key reads "بيان" as ب + يان)."""
    return t.key in INTERVIEW or t.norm in INTERVIEW


# Number words before a noun trigger that make it a tally ("عشرات الهجمات" stays: the article marks a specific set).
TALLY = frozenset("مئه مائه ماه مئات الف الاف عشرات عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين".split())
# Verbs that take their result with إلى: "أدى/أفضى إلى مقتل …" reports the killing itself, so إلى is no background
# preposition there; "تعرضت قاعدة للجيش إلى هجوم": the deed suffered.
RESULT_VERBS = frozenset("ادي ادت يؤدي تؤدي افضي افضت ينتهي انتهي انتهت تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون".split())
# Verbs of result whatever their preposition: ما before them is the relative "which" ("ما أسفر عن مقتل"), not a
# negation; a death they report after an accident is no deed (pipeline._accidental).
RESULT_OF = frozenset("اسفر اسفرت ادي ادت خلف خلفت اوقع اوقعت تسبب تسببت نجم نتج".split())
# Negation words that open a connector or an aspect phrase instead ("غير أن", "لا سيما", "لا يزال", "ما زالت").
_NOT_NEGATION = frozenset(
    [("غير", w) for w in ("ان", "انه", "انها")]
    + [("لا", w) for w in ("سيما", "يزال", "تزال", "يزالون", "زال", "زالت", "بد")]
    + [("ما", w) for w in ("زال", "زالت", "زالوا", "يزال", "تزال", "ان")]
)
# A nominal trigger after these is a background reference ("خلال اللقاء", "إثر الانفجار", "قوات مكافحة الشغب").
_WHEN_PREPS = frozenset("بعد قبل عقب اثر اثناء خلال".split())  # a masdar after these dates the deed
BACKGROUND_PREPS = frozenset(
    "مكافحه خلال بعد قبل عقب اثر اثناء منذ جراء بسبب اعقاب عشيه اطار ضحايا حصيله منفذي منفذ ذكري اول "
    # a deed asked for or talked about, not done: "دعوا إلى الاجتماع", "مطالبة بفتح تحقيق"
    "الي مطالبه دعوه ضروره امكانيه اهميه بهدف لغرض قصد هامش"
    # "في ظل تهديدات إرهابية": amid a threat, not a threat made
    " ظل".split()
)


@dataclass(slots=True)
class Match:
    trigger: int  # token index
    end: int  # last trigger token (exclusive)
    entry: dict
    code: str
    rule: str
    confidence: float
    nominal: bool = False  # a noun/masdar trigger ("الهجوم", "باعتداءات"), not a finite verb
    describes: bool = False  # a verb describing the event noun just before it ("هجوما انتحاريا استهدف قاعدة")
    described_by: int = -1  # (event noun) index of the verb describing it: what follows belongs to that verb
    support: int | None = None  # index of the support verb governing this event noun ("ألقت … القبض")
    passive: bool = False  # coordinated with an event noun under تم ("تم إيقاف … وحجز"): stated as done


_PROTESTER_KEYS = frozenset({"متظاهر", "محتج", "معتصم", "مضرب"})
# Words of actor phrases that also tell a verb's sense ("أوقفت الشرطة خمسة أشخاص" arrests, "أوقفت الحافلة" stops;
# "ساروا نحو السفارة التونسية" marches): they still count for a pattern's requirement, like the protesters.
_SENSE_WORDS = _PROTESTER_KEYS | frozenset(
    "شخص اشخاص مشتبه متهم شاب شبان مواطن نفر انفار عنصر عناصر افراد مهاجر لاجي اجنبي مهرب ارهابي تكفيري سفار".split()
)


# A preposition with a pronoun that resumes an antecedent ("تنشط فيها", "تعهدت بها", "دعت له").
_RESUMED = frozenset("فيها فيه بها به عليها عليه منها منه اليها اليه".split())
_RESUMING = _RESUMED | frozenset("بهم لهم عليهم اليهم له لها عنه عنها".split())
# the preposition of each resuming form, as verbs.tsv lists the prepositions a verb takes
_RESUMING_PREP = {w: next(p for p in ("علي", "الي", "من", "في", "عن", "ب", "ل") if w.startswith(p)) for w in _RESUMING}


def _object_pronoun(t: Token) -> bool:
    """An object pronoun suffix on a verb ("رفضتها", "يجريها", "فرضته"): the word has it, its match key does not."""
    return t.norm != t.key and t.norm.endswith(("ه", "ها", "هم")) and not t.key.endswith(("ه", "ها", "هم"))


def _resumed(tokens: list[Token], i: int) -> bool:
    """The verb at i resumes the antecedent of the relative before it: an object pronoun on the verb ("التي
    رفضتها", "التي يجريها") or a preposition with a pronoun right after it ("التي تعهدت بها", "الذي دعت له")."""
    return _object_pronoun(tokens[i]) or (i + 1 < len(tokens) and tokens[i + 1].norm in _RESUMING)


def _clause_keys(tokens: list[Token], start: int, limit: int, exclude: set[int]) -> tuple[set[str], list[str]]:
    """Keys of the clause after a trigger, without the words of actor names
    ("وزارة الخارجية والتعاون الدولي" must not satisfy a pattern needing تعاون)."""
    keys: list[str] = []
    for j in range(start, len(tokens)):
        t = tokens[j]
        if t.norm in CLAUSE_BREAK or len(keys) >= limit:
            break
        if j not in exclude or t.key in _SENSE_WORDS:  # actor names do not use up the window …
            keys.append(t.key)  # … but protesters still say what a clause is about ("أغلق المتظاهرون الطريق")
    keyset = set(keys)
    # the accusative indefinite of a required noun ("أنشأت برنامجا", "قدمت دعما"): the key keeps its alif
    keyset.update(k[:-1] for k in keys if len(k) > 4 and k.endswith("ا"))
    # a ل/ب the tokenizer left on a verbal noun ("لتعزيز", "بتعزيز")
    keyset.update(k[1:] for k in keys if len(k) >= 5 and k[0] in "لب" and _MASDAR.match(k[1:]))
    return keyset, keys


def _req_distance(requires: list[list[str]], seq: list[str]) -> int:
    """How far after the trigger the first required word stands (0 when nothing is required)."""
    if not requires:
        return 0
    alts = {a.split()[0] for group in requires for a in group}
    return next((k for k, w in enumerate(seq) if w in alts or (w.endswith("ا") and w[:-1] in alts)), len(seq))


def _satisfied(requires: list[list[str]], keyset: set[str], seq: list[str]) -> bool:
    for group in requires:
        ok = False
        for alt in group:
            parts = alt.split()
            if len(parts) == 1:
                if alt in keyset:
                    ok = True
                    break
            elif all(p in keyset for p in parts):
                ok = True
                break
        if not ok:
            return False
    return True


class EventMatcher:
    def __init__(self, lexicon: Lexicon, use_up: bool = False) -> None:
        self.lex = lexicon
        # UniversalPetrarch verb entries: lemma-based and noisy; off unless asked for.
        self.use_up = use_up
        self._cache: dict[tuple[str, str], tuple[list[int], bool]] = {}

    def candidates(self, tokens: list[Token]) -> set[int]:
        """Token indices that could trigger an event (cheap; used to bound actor chunks)."""
        out = set()
        for i, t in enumerate(tokens):
            ids, verbal = self.lookup2(t)
            # a definite masdar ("اللقاء") may sit inside a noun phrase; a finite verb never does
            if ids and (verbal or "ال" not in t.clitics):
                out.add(i)
        return out

    def triggers(self, tokens: list[Token], exclude: set[int] = frozenset()) -> list[Match]:
        out: list[Match] = []
        entries = self.lex.verb_entries
        n = len(tokens)
        i = 0
        while i < n:
            t = tokens[i]
            ids = self.lookup(t)
            if not ids:
                i += 1
                continue
            bare = without_conjunction(t.norm)
            before = _SENSE_PREV.get(bare)
            if before and any(
                without_conjunction(p.norm) in before or p.key in before for p in tokens[max(0, i - 3) : i]
            ):
                i += 1  # "خطر داهم": an imminent danger, not a raid; "تدفع ثمن": the price
                continue
            if t.norm.startswith("ودع") and "دّع" in t.surface:
                i += 1  # "ودّعت شركة فيسبوك سنة 2016": bade farewell (ودّع), not و + دعت "and called"
                continue
            if bare in _ATTRIBUTE and any(t.norm == "الي" for t in tokens[i + 1 : i + 7]):
                i += 1  # "عزت الشركة الاضطرابات إلى عطب": attributed to, not condolences
                continue
            if i > 0 and bare in _NOUN_AFTER and without_conjunction(tokens[i - 1].norm) in _NOUN_AFTER[bare]:
                i += 1  # "من طرف طالب": a student
                continue
            if bare == "طالب" and i > 0 and not t.clitics and tokens[i - 1].norm.isdigit():
                i += 1  # "البالغ عددهم 400 طالب": counted students
                continue
            if i > 0 and without_conjunction(tokens[i - 1].norm) in _SENSE_JUST_BEFORE.get(bare, ()):
                # "النجاح الذي تحقق" (was achieved, تحقّق), "الأمر الذي تطلب تدخل" (required, تطلّب), "انتظار توفر
                # المعدات" (availability, توفُّر), "لجنة التحقيق", "قضاة التحقيق" (a committee's or judges' title)
                i += 1
                continue
            if bare == "عبر" and "ّ" not in t.surface and not _expressed_about(tokens, i):
                i += 1  # "عبر السوق المالية", "عبر الأنابيب": via, not عبّر عن (expressed)
                continue
            if bare in _REQUEST and tokens[i + 1 : i + 2] and tokens[i + 1].norm == "عدم":
                i += 1  # "مصدر طلب عدم الكشف عن هويته": the formula of an anonymous source, no request made
                continue
            if (bare == "هنا" and "أ" not in t.surface) or t.norm == "وزارتا" or bare == "تشاد":
                # "هنا" (here) is not هنأ (congratulated), "وزارتا الصحة والنقل" (two ministries) not زار, and
                # تشاد is Chad (the verb is تشيد)
                i += 1
                continue
            if bare == "طالب" and i > 0 and not t.clitics and _given_name(tokens[i - 1]):
                i += 1  # "المدير الجهوي للتجارة بنابل فوزي طالب": the surname after a given name
                continue
            after = _SENSE_NEXT.get(bare) or _SENSE_NEXT.get(t.key, ())
            # (an indefinite accusative keeps its alif in the key: "حقق فوزا ساحقا"; an achieving verb may have its
            # subject first: "حقق ماكرون فوزا")
            # ("حقق الملعب الإفريقي لمنزل بورقيبة فوزا": a long subject)
            # ("أيدت محكمة النقض أحكام البراءة": the court before the rulings it upholds)
            reach = 6 if bare in _ACHIEVING else 4 if bare in _RECEIVE or bare in ("ايد", "ايدت") else 1
            if after and any(
                x.key in after or (x.key.endswith("ا") and x.key[:-1] in after) for x in tokens[i + 1 : i + 1 + reach]
            ):
                i += 1  # "ثمن النهائي" (the round of 16), "طلب عروض" (a call for tenders): not the verb
                continue
            own = any("self" in entries[v]["flags"] for v in ids)  # an agent noun that is its own trigger
            if i in exclude and "ال" not in t.clitics and not own:
                i += 1
                continue
            if self._background(tokens, i, out, tally=not own):
                i += 1
                continue
            keyset, seq = _clause_keys(tokens, i + 1, REQUIRE_WINDOW, exclude)
            if i >= 2 and tokens[i - 1].norm in RELATIVE and _resumed(tokens, i):
                # "القضية التي تعهدت بها الفرقة", "اللقاءات التي يجريها": the antecedent is the verb's object (a
                # pronoun resumes it), so it counts for the pattern
                keyset = keyset | {tokens[i - 2].key}
            best: Match | None = None
            best_rank = (-1, -1, -1, 0)
            for vid in ids:
                e = entries[vid]
                end = i + 1
                phrases = e.get("phrases")
                if phrases:
                    # multi-word trigger: the rest must follow directly
                    matched = False
                    for ph in phrases:
                        parts = ph.split()
                        if parts[0] == t.key and [x.key for x in tokens[i : i + len(parts)]] == parts:
                            matched, end = True, i + len(parts)
                            break
                    # phrase_heads: first words that are not also one-word forms of the entry
                    heads = _head_keys(tuple(e["phrase_heads"]))
                    if not matched and (t.key in heads or t.norm in heads):
                        continue
                src = e["source"] == "src"
                if not src and not self.use_up:
                    continue
                if src:
                    req = e["requires"]
                    if req and not _satisfied(req, keyset, seq):
                        continue
                    # equal patterns: the one whose required word stands nearest wins ("أعربت عن قلقها
                    # إزاء استمرار …" is concern, not the cooperation that استمرار would also satisfy)
                    rank = (2, len(req), end - i, -_req_distance(req, seq))
                    code, rule = e["code"], e["id"]
                    conf = 0.8 if req else 0.7
                else:
                    if e["requires"] and not _satisfied(e["requires"], keyset, seq):
                        continue
                    code, rule, rank, conf = "", "", (-1, -1, -1, 0), 0.0
                    for p in e.get("patterns", ()):
                        if p["requires"] and _satisfied(p["requires"], keyset, seq):
                            r = (1, len(p["requires"]), 0, 0)
                            if r > rank:
                                code, rule, rank, conf = p["code"], f"{e['id']}:{p['code']}", r, 0.5
                    # UP block defaults (a bare verb → code) are not used: measured too noisy.
                    if not code:
                        continue
                if rank > best_rank:
                    best_rank = rank
                    best = Match(i, end, e, code, rule, conf)
            if best is not None:
                support = support_verb(tokens, i)
                if (
                    support is None
                    and best.code[:2] == "17"
                    and i > 0
                    # (the object itself, bare: "إلقاء" reads as ال + قاء, so an article is allowed)
                    and (
                        tokens[i - 1].norm == "عن" or (t.clitics in ("", "ال") and tokens[i - 1].norm not in NOUN_PREPS)
                    )
                ):
                    # "أعلنت وزارة الدفاع الجزائرية في بلاغ لها عن إيقاف 3 عناصر", "أعلنت الشرطة البريطانية إلقاء
                    # القبض على 3 أشخاص": the authority that announces an arrest made it (its forces did)
                    support = _announcer(tokens, i)
                bare = without_conjunction(t.norm)
                # "التقوا" read as ال + تقوا: a plural verb form is a verb whatever its clitic analysis says
                verbal = self.lookup2(t)[1] or _subject_suffix(bare)
                best.nominal = (
                    "noun" in best.entry.get("flags", ())
                    # "وفي هجوم آخر", "في قصف إسرائيلي": no finite verb follows a preposition
                    or (best.code[:2] in _NOUN_PREP_ROOTS and i > 0 and tokens[i - 1].norm in NOUN_PREPS)
                    # "تمكنت الوحدات … من حجز": the masdar a support verb governs, even where it looks like a verb
                    or (support is not None and i > 0 and tokens[i - 1].norm in ("من", "في"))
                    # "ارتكبت عمليات قتل جماعي", "حملة اعتقالات", "قرار حظر التجول": the genitive of such a head is a
                    # masdar, whatever verb it looks like
                    or (
                        i > 0
                        and not t.clitics
                        and tokens[i - 1].key in _MASDAR_HEADS
                        and not tokens[i - 1].clitics  # (a construct head: "خلال العملية حجز" is no genitive)
                    )
                    or (
                        not verbal
                        and (
                            bool(set(t.clitics) & set("البك"))
                            # a bare violent masdar ("اعتقال الوزير") reads as a noun; elsewhere a bare masdar
                            # ("تقديم المساعدة") is kept verb-like, as measured on the QuadClass data
                            or (best.code[:2] in ("17", "18", "19", "20") and _masdar_construct(t))
                            # "نفذت حركة طالبان هجوما": the object of a support verb
                            or support is not None
                        )
                    )
                )
                prev = out[-1] if out else None
                # (a previous event noun under تم, itself or through its own coordination: "تم إيقاف … وحجز")
                prev_passive = prev is not None and (
                    prev.passive or (prev.trigger > 0 and tokens[prev.trigger - 1].norm in _PASSIVE_AUX)
                )
                if (
                    not best.nominal
                    and prev is not None
                    and prev.nominal
                    and (prev.support is not None or prev_passive)
                    and t.clitics == "و"
                    and 0 < i - prev.end <= 4
                    and best.code[:2] == prev.code[:2] == "17"
                    and not any(not x.norm[:1].isalnum() for x in tokens[prev.end : i])
                ):
                    # "تمكنت الفرقة من إيقاف شخص وحجز مسدس", "تم إيقاف 18 شخصا وحجز سيارة": a masdar coordinated
                    # with one a support verb (or تم) governs is governed by it too (حجز reads as a verb otherwise,
                    # and "شخص" as its subject)
                    best.nominal, support, best.passive = True, prev.support, prev_passive
                best.support = support if best.nominal else None
                best.describes = (
                    not best.nominal
                    and prev is not None
                    and prev.nominal
                    and i - prev.end <= 2
                    and all(
                        t.norm[:1].isalpha() and not t.clitics.startswith(("و", "ف")) for t in tokens[prev.end : i + 1]
                    )
                )
                if best.describes:
                    prev.described_by = i
                out.append(best)
                i = best.end
            else:
                i += 1
        return out

    def _background(self, tokens: list[Token], i: int, found: list[Match], tally: bool = True) -> bool:
        """A masdar/noun trigger that is not itself a reported deed: after a temporal or
        causal preposition, or the object of the trigger just before ("حضر اللقاء")."""
        t = tokens[i]
        if self.lookup2(t)[1]:
            return False  # a finite verb form
        k = i - 1
        if k > 0 and tokens[k].norm in ("هذا", "هذه", "ذلك", "تلك"):
            k -= 1  # "خلال هذا الاجتماع"
        prev = tokens[k] if k >= 0 else None
        if (
            prev is not None
            and prev.norm == "من"
            and k >= 2
            and tokens[k - 1].key in _DURATIONS
            and without_conjunction(tokens[k - 2].norm) in ("قبل", "بعد", "عقب")
        ):
            return True  # "قبل ساعات من اجتماع في البيت الأبيض": a time reference, the meeting is not the news
        if prev is not None and (prev.norm in BACKGROUND_PREPS or prev.key in BACKGROUND_PREPS):
            # "أدى إلى مقتل 12 شخصا": إلى after a verb of result introduces the deed's outcome, not a wish
            result = any(tokens[j].norm.lstrip("وف") in RESULT_VERBS for j in range(max(0, k - 9), k))
            return not (prev.norm == "الي" and result)
        if t.clitics.endswith("ال") and found and i - found[-1].end <= 1:
            prev_trigger = found[-1].trigger
            # (not after a relative clause's verb that resumes its antecedent: "الحصار الذي يفرضه المتظاهرون" —
            # the noun after it is its subject)
            return not (
                prev_trigger > 0 and tokens[prev_trigger - 1].norm in RELATIVE and _resumed(tokens, prev_trigger)
            )
        if prev is not None and prev.key in _COURT_HEADS and t.clitics.endswith("ال") and t.key == "اتهام":
            return True  # "دائرة الاتهام": the indictment chamber is a court, its name no accusation
        # a tally of deeds ("أكثر من 140 هجوما", "مائة هجوم انتحاري") counts them; it reports none
        if tally and prev is not None and not t.clitics and (prev.norm.isdigit() or prev.key in TALLY):
            return True
        return False

    def lookup(self, t: Token) -> list[int]:
        """Entry ids a token triggers: exact verb forms (after a و/ف conjunction or
        future س), or literal forms by match key.  Cached per (norm, key)."""
        return self.lookup2(t)[0]

    def lookup2(self, t: Token) -> tuple[list[int], bool]:
        ck = (t.norm, t.key)
        hit = self._cache.get(ck)
        if hit is None:
            hit = self._lookup(t)
            if len(self._cache) < 500_000:
                self._cache[ck] = hit
        return hit

    def _lookup(self, t: Token) -> tuple[list[int], bool]:
        """(entry ids, verbal): verbal when a generated finite verb form matched."""
        verbs = self.lex.verbs
        norm = t.norm
        bare = [norm]
        if len(norm) > 3 and norm[0] in "وف":
            bare.append(norm[1:])
            if norm[1] == "س":
                bare.append(norm[2:])
        if len(norm) > 4 and norm[0] == "س":
            bare.append(norm[1:])
        ids: list[int] = []
        verbal = False
        for b in bare:
            hit = verbs.get(b)
            if hit:
                verbal = True
                ids += [i for i in hit if i not in ids]
            hit = verbs.get("~" + b)
            if hit:
                ids += [i for i in hit if i not in ids]
        keyed = verbs.get("=" + t.key)
        if keyed:
            ids += [i for i in keyed if i not in ids]
        return ids, verbal

    def modality(self, tokens: list[Token], m: Match) -> str:
        verbs = self.lex.verbs
        i = m.trigger
        t = tokens[i]
        norm = without_conjunction(t.norm)
        # سيعقد، سنعمل: a generated future form, or an imperfect after س (not سيطر, whose س is a root letter)
        # (or a future form listed by itself whose lemma has no س: "سيستقبل" of استقبل, but not "سيطر")
        future = (
            norm[:1] == "س"
            and norm[1:2] in ("ي", "ت", "ن", "ا")
            and (
                bool(verbs.get(norm[1:]))
                or any(not self.lex.verb_entries[v].get("lemma", "س").startswith("س") for v in verbs.get(norm, ()))
            )
        )
        if "س" in t.clitics or future:
            return "intended"  # سيطالبون، سنعمل (not سيطر)
        # cues before the trigger, and before the support verb governing an event noun ("لم تتمكن الشرطة من القبض")
        j = m.support
        # a bare event noun is negated only right after the negated verb that states it ("لم يقع هجوم"), not by a
        # negation of another verb of its clause ("ولم تعرف بعد دوافع الهجوم")
        reach = 2 if m.nominal and j is None else 4
        for at in (i,) if j is None else (i, j):
            window = tokens[max(0, at - reach) : at]
            for k, b in reversed(list(enumerate(window))):
                if b.norm in CLAUSE_BREAK or b.norm in ("،", ","):
                    break
                bare = without_conjunction(b.norm)  # "ولم تعتقل", "وسوف", "ولو"
                nxt = without_conjunction(window[k + 1].norm) if k + 1 < len(window) else ""
                if b.norm == "ما" and nxt in RESULT_OF:
                    continue  # "ما أسفر عن مقتل": "which resulted in", not a negation
                if (bare, nxt) in _NOT_NEGATION:
                    continue  # "غير أن" however, "لا سيما" especially, "لا يزال" still
                if bare in NEGATION or b.key in NEGATION:
                    if bare in ("ما", "لا", "لم") and _exception_follows(tokens, at):
                        continue  # "وما الهجوم الذي شنه النظام إلا رد خبيث", "لا يستهدف إلا": nothing but, it is so
                    if nxt in _RESULT_VERBS:
                        # "ولم تتوصل زيارة وفد وزاري إلى …", "لم يسفر الاجتماع عن …": the event noun is the subject of
                        # a negated result; it took place
                        continue
                    return "negated"
                if bare in FUTURE or b.key in FUTURE:
                    return "intended"
                if bare in CONDITIONAL:
                    return "hypothetical"
        sup = without_conjunction(tokens[j].norm) if j is not None else ""
        if sup[:2] in ("سي", "ست") and sup[1:] in SUPPORT_VERBS:
            return "intended"  # "وستقوم وزارة المالية بإصدار أمر تطبيقي": the support verb's future
        if m.code[:2] in ("04", "14"):
            announcer = j if sup in _ANNOUNCE else _announcer(tokens, i)
            if announcer is not None and _announced_organising(tokens, announcer, i):
                # "أعلنت حركة النهضة عن عقد المكتب التنفيذي اجتماعا بعد ظهر اليوم", "أعلنت عن تنظيم وقفة احتجاجية":
                # a meeting or protest announced is still to be held (an arrest announced was made)
                return "intended"
        if i >= 2 and tokens[i - 1].norm == "ان" and without_conjunction(tokens[i - 2].norm) == "علي":
            return "intended"  # "على أن تتعهد وزارة الصحة بانتدابهم": the terms of a plan
        if _denied_report(tokens, i):
            return "negated"
        if "intent" in m.entry.get("flags", ()):
            return "intended"
        for j in (i - 1, i - 2):  # (the masdar itself, or its object: "إلى فتح تحقيق")
            if j > 0 and without_conjunction(tokens[j].norm) == "الي":
                # (or the noun: "تمت دعوة كافة العاملين إلى تجمع مركزي")
                if any(
                    without_conjunction(b.norm) in _CALLS or b.key in _INVITATIONS for b in tokens[max(0, j - 8) : j]
                ):
                    return "intended"  # "دعا الحزب النيابة العمومية إلى فتح تحقيق": what is called for is not done
                break
        # "طالبوا الاتحاد المحلي بإقرار إضراب عام", "طالب بفتح تحقيق": a deed demanded with بـ is not done either
        demanded = (t.clitics.lstrip("وف").startswith("ب") and m.nominal) or (
            i > 0 and (tokens[i - 1].clitics.lstrip("وف") == "ب" or prep_masdar(tokens[i - 1]))
        )
        if demanded and any(without_conjunction(b.norm) in _DEMANDS for b in tokens[max(0, i - 8) : i]):
            return "intended"
        # (or on the verbal noun governing it: "داعيا الوزير لفتح تحقيق إداري")
        lam = "ل" in t.clitics or (i > 0 and tokens[i - 1].clitics.lstrip("وف") == "ل")
        lam = lam or (i > 0 and not tokens[i - 1].clitics and tokens[i - 1].norm in _FOR_OPENING)
        if lam and m.code[:2] not in ("18", "19", "20"):
            # "دعوة ممثلي الشركات لزيارة تونس", "استعدادا لزيارة الرئيس": a visit or meeting invited to or prepared
            # for has not taken place
            near = tokens[max(0, i - 10) : i]
            if any(without_conjunction(b.norm) in _CALLS or b.key in _INVITATIONS for b in near) or (
                i > 0 and tokens[i - 1].norm in _AHEAD_OF
            ):
                return "intended"
        if i > 0 and without_conjunction(tokens[i - 1].norm) in _ATTEMPTS and m.code[:2] not in ("18", "19", "20"):
            return "intended"  # "حاولوا لقاء الوالي": an attempt is not the deed (but an attempted murder is an attack)
        if m.nominal or _masdar_like(t) or stem(t).endswith("اء"):  # ("لقاء", "إلغاء": a verbal noun in اء)
            # a verbal noun the sentence plans, schedules, decides, rejects or legislates: not a deed done
            near = [without_conjunction(b.norm) for b in tokens[max(0, i - 4) : i]]
            keys = {b.key for b in tokens[max(0, i - 3) : i]}
            after = [b.norm for b in tokens[m.end : m.end + 2]]
            # (a decision to strike or meet is still to be carried out; "قررت النيابة فتح تحقيق" opens the inquiry)
            wide = [without_conjunction(b.norm) for b in tokens[max(0, i - 6) : i]]
            decided = m.code[:2] in ("03", "04", "14") and any(w in _DECIDED for w in wide)
            if decided or keys & _PLANNED or any(w in _SCHEDULED for w in after):
                return "intended"  # "قرر تنفيذ إضراب", "ترتيبات عقد القمة", "زيارات أخرى مبرمجة", "الزيارة ستكون"
            if any(w in _REFUSED for w in near):
                return "negated"  # "رفض لقاء وفد عن حزب التحرير", "تأجيل الاجتماع"
            if _cancelled_object(tokens, i):
                return "negated"  # "ألغت مرشحة الرئاسة الفرنسية، مارين لوبان، لقاءً مع المفتي": the verb's object
        if _tomorrow(tokens, i, m.end):
            return "intended"  # "أعلنت التنسيقية غدا الخميس إضرابا عاما", "تجمعات جهوية يوم الثلاثاء القادم"
        if any(b.key in _LEGAL_TEXT for b in tokens[max(0, i - 8) : i]) or _potential(tokens, i):
            return "hypothetical"  # "ينص الفصل 89 من الدستور على إجراء مشاورات", "من شأنها أن تهدد"
        for b in tokens[max(0, i - 10) : i]:
            if b.norm in SPEECH or b.key in SPEECH:
                return "reported"
        return "asserted"

    def _verb_like(self, t: Token) -> bool:
        """A finite verb: an event verb, a verb of saying, or a perfect in -ت ("أذنت", "أكدت")."""
        w = without_conjunction(t.norm)
        if self.lookup(t) or w in SPEECH or t.key in SPEECH:
            return not _MASDAR.match(stem(t))
        return not t.clitics and 4 <= len(w) <= 5 and w.endswith("ت") and not w.endswith("ات") and not _MASDAR.match(w)

    def _unlisted_presubject(self, tokens: list[Token], i: int, mentions: list[Mention]) -> bool:
        """One to three unlisted words between a complementizer (أن، بأن، لأن) and the verb at i."""
        n = 0
        for k in range(i - 1, max(-1, i - 5), -1):
            t = tokens[k]
            if without_conjunction(t.norm) in ("ان", "بان", "لان"):
                return 1 <= n <= 3
            if (
                not t.norm[:1].isalpha()
                or t.norm in FUNCTION_WORDS
                or t.norm in _ADVERBIAL
                or self.lookup(t)
                or any(x.start <= k < x.end for x in mentions)
            ):
                return False
            n += 1
        return False

    def _partitive_subject(self, tokens: list[Token], x: Mention, i: int) -> bool:
        """ "مفرزة خاصة من الحشد الشعبي قتلت", "عدد من المحتجين اعتصموا": a noun with من and the group right before
        the verb is its subject, named by the group it belongs to."""
        k = x.start - 1
        if x.end != i or k < 1 or tokens[k].norm != "من":
            return False
        head = tokens[k - 1]
        return head.norm[:1].isalpha() and head.norm not in FUNCTION_WORDS and not self.lookup(head)

    def slots(
        self, sentence: Sentence, m: Match, mentions: list[Mention], clauses: frozenset[int] = frozenset()
    ) -> tuple[Mention | None, Mention | None, str]:
        """(source, target, how) for a trigger, from the sentence's mentions.  `clauses`: the token indices of the
        sentence's و/ف-prefixed finite-verb triggers, each of which opens a new clause."""
        tokens = sentence.tokens
        i, end = m.trigger, m.end
        after = [x for x in mentions if x.start >= end]
        before = [x for x in mentions if x.end <= i]
        own_preps = tuple(m.entry.get("preps") or ())
        preps = own_preps + TARGET_PREPS
        flags = m.entry.get("flags", ())
        # "nosource": the grammatical subject is the victim; "cont": a participle whose
        # agent is the main clause's subject (filled by the pipeline)
        # "وتم حجز الكمية", "تم اعتقال المشتبه به": a passive with تم names no doer; what follows is the patient
        passive = i > 0 and without_conjunction(tokens[i - 1].norm) in _PASSIVE_AUX
        nosource = "nosource" in flags or "cont" in flags or passive

        def gap_ok(a: int, b: int) -> bool:
            for k in range(a, b):
                t = tokens[k]
                if t.norm in CLAUSE_BREAK or t.norm in REPORT_OPENERS:
                    return False
                if t.norm in ("بينما", "فيما") or (t.norm == "حين" and k > 0 and tokens[k - 1].norm == "في"):
                    return False  # "قررت النيابة فتح تحقيق في حين تم إرسال الجثة إلى المستشفى": a clause of its own
            # "ودهمت قوى الأمن المخزن وأوقفت خمسة أشخاص": the next verb's object is not this one's
            return not any(a <= k < b and k != i for k in clauses)

        def prep_before(x: Mention) -> str | None:
            t = tokens[x.start]
            k = x.start - 1
            while (
                k > x.start - 3
                and k > 0
                and (tokens[k].norm.isdigit() or tokens[k].norm in COUNT_WORDS or tokens[k].norm in _PARTITIVES)
            ):
                k -= 1  # "على ثلاثة عناصر", "إلى إحدى المدارس": the preposition governs the counted noun
            prev = tokens[k].norm if k >= 0 and k < x.start else ""
            if (
                prev not in preps
                and k > 0
                # the trigger's own genitive: its agent when it names protests or is a plural ("تعليقا على احتجاجات
                # بعض الفلاحين", "ردت على اتهامات النائبة"), its patient otherwise ("أصر على لقاء الوكيل")
                and not (i <= k < end and (m.code[:2] == "14" or tokens[k].norm.endswith("ات")))
                and tokens[k - 1].norm in ("علي", "ضد")
                and _construct_head(tokens[k])
            ):
                prev = tokens[k - 1].norm  # "غارات على مواقع تنظيم داعش": the actor is the genitive of the object
            if prev in preps:
                return prev
            for p in ("ل", "ب"):
                if t.clitics.replace("و", "").replace("ف", "").startswith(p) and p in preps:
                    return p
            return None

        source = target = None
        how = []
        if m.nominal:
            # a masdar/noun trigger: its agent is the subject of a support verb governing it ("ألقت
            # الشرطة القبض", "قامت القوات باعتقال"), else the genitive right after it ("اعتداءات التنظيم")
            # or the "من قبل"/"ضد" phrase; never a subject far away.
            at = end + 1 if end + 2 < len(tokens) and _adjective_like_word(tokens[end]) else end
            if at + 1 < len(tokens) and tokens[at].norm == "بين" and m.code[:2] in ("03", "04", "19"):
                # "الاجتماع بين السراج وحفتر", "اشتباكات بين الجيش والمسلحين": the two parties after بين
                first = next((x for x in after if x.start > at and x.start - at <= 5), None)
                second = first and next(
                    (x for x in after if x.start >= first.end and tokens[x.start].clitics.startswith("و")), None
                )
                if first is not None and second is not None and second.start - first.end <= 3:
                    return first, second, "between"
            j = m.support
            if j is not None:
                # SVO when the clause opens with the subject ("أن وحدات الحرس الوطني تمكّنت أمس وبعد إستشارة النيابة
                # العموميّة من مداهمة …": not the genitive inside the time phrase after the verb)
                subj = next(
                    (
                        x
                        for x in before
                        # (past the unit's seat: "وحدات الحرس الوطني بتطاوين تمكّنت")
                        if (x.end == j or (x.end + 1 == j and tokens[x.end].norm.startswith("ب")))
                        and prep_before(x) is None
                        and (x.start == 0 or without_conjunction(tokens[x.start - 1].norm) in SUBJECT_OPENERS)
                    ),
                    None,
                )
                if subj is None:
                    subj = next((x for x in before if x.start > j and prep_before(x) is None), None)  # VSO
                if subj is None:  # SVO: "الشرطة ألقت القبض"
                    subj = next((x for x in before if x.end == j and prep_before(x) is None), None)
                if (
                    subj is None
                    and 0 < j < i
                    and tokens[j - 1].norm in RELATIVE
                    and all(t.norm in _ADVERBIAL or t.norm in NOUN_PREPS for t in tokens[j + 1 : i])
                ):
                    # "الشيخة موزا، رئيس مجلس إدارة مؤسسة قطر … التي تؤدي زيارة إلى تونس": the antecedent of the
                    # relative pronoun does the deed its verb governs
                    subj = next((x for x in reversed(before) if j - 3 <= x.end <= j - 1), None)
                if subj is not None:
                    source = subj
                    how.append("support")
                elif without_conjunction(tokens[j].norm).removeprefix("س") in _ENTER:
                    # "وكان أعوان المؤسستين دخلوا … في إضراب": the deed is stated as done even when its doer is
                    # found elsewhere (the role rule), which the classifier gate reads from "support"
                    how.append("support")
            for x in after:
                if 0 <= m.described_by < x.start:
                    break  # "ضربة جوية استهدفت المنطقة": the describing verb's object, not the noun's genitive
                if x.start > end and tokens[end].norm in _LOCATIVE:
                    break  # "عبوة ناسفة قرب مسجد": where it went off, not whose it was
                if x.start > end and tokens[end].norm in _NOT_ADJECTIVE:
                    break  # "إحالتهم على التحقيق حسب مراسلنا": a phrase after حسب/وفق is no genitive
                counted = x.start - end <= 3 and _counts_only(tokens, end, x.start)
                # ("وإيقاف 173 عنصر مشتبه به": a count before the patient; "احتجاجات بعض الفلاحين": a partitive)
                adjacent = x.start - end <= 1 or (x.start - end == 2 and tokens[end].norm in _PARTITIVES)
                if adjacent and not counted and _possessed(tokens[i]):
                    # "عبرت عن إدانتها للهجوم الإرهابي": a noun with its pronoun takes no genitive; the word after
                    # it belongs to its complement
                    adjacent = False
                if (
                    (adjacent or counted)
                    and prep_before(x) is None
                    and (
                        source is not None
                        # ("بتهمة تهديد أستاذتهما": who is threatened, as for arrests and attacks)
                        or (
                            m.code[:2] in ("13", "17", "18") and _MASDAR.match(tokens[i].norm[len(tokens[i].clitics) :])
                        )
                        or _accused(tokens, m, x)
                    )
                ):
                    # "اعتقال الوزير", "اغتيال الرئيس", "قامت الشرطة بتفريق المحتجين": the genitive of a
                    # transitive masdar is its patient
                    target = x
                    how.append("genitive-patient")
                    y = next((z for z in after if z.start >= x.end), None)
                    if (
                        source is None
                        and y is not None
                        and (
                            (0 < y.start - x.end <= 3 and _counts_only(tokens, x.end, y.start))
                            or (y.start == x.end and y.end - y.start <= 2 and _accusative(tokens[y.start]))
                        )
                        and prep_before(y) is None
                    ):
                        # "اعتقال قوات الاحتلال 480 فلسطينيا", "اعتقال كوريا الشمالية مواطنا أمريكيا": a counted or
                        # accusative object follows, so the genitive is the agent
                        source, target = x, y
                        how[-1] = "genitive-agent"
                elif adjacent and prep_before(x) is None and not nosource:
                    if m.code[:3] == "042" and x.actor is not None and x.actor.sector is None:
                        target = x  # "زيارة تونس": the country visited, not the visitor
                        how.append("genitive-place")
                        break
                    if (
                        m.code[:3] == "042"
                        and "ل" in tokens[i].clitics
                        and x.actor is not None
                        and x.actor.sector not in _VISITORS
                    ):
                        # "تحول الفريق إلى المستشفى لزيارة النائب": whom they went to visit (but "استعدادا لزيارة
                        # الرئيس المصري": officials are the visitors)
                        target = x
                        how.append("genitive-patient")
                        break
                    source = x
                    how.append("genitive")
                elif (
                    source is None
                    and m.code[:2] == "14"
                    and x.start - end <= 3
                    and prep_before(x) == "ل"
                    and x.actor is not None
                    and x.actor.sector in _STRIKERS
                ):
                    source = x  # "إضراب منتظر لأعوان الشركة": the strike of the workers, not against them
                    how.append("genitive")
                elif (
                    x.start - end <= 3
                    and prep_before(x) in ("ضد", "علي", "ل")
                    and not (x.start > 0 and is_interview(tokens[x.start - 1]))
                ):  # "قال المحتجون في تصريح لمراسل …": whom they spoke to is not whom they protest
                    target = x
                    how.append("obj")
                break
            return source, target, "+".join(how)
        # a subject right before the verb, opening its clause ("يذكر أن X التقى …"),
        # beats a VSO candidate: what follows the verb is then its object
        # (also for "nosource" verbs: "جنوده قتلوا خمسة مسلحين" is active when a subject opens the clause)
        # (not before a verb joined by و: "… أبناء الاتحاد العام لطلبة تونس وتدعوها" continues the clause before)
        joined = tokens[i].clitics.startswith(("و", "ف"))
        if "cont" not in flags and before:
            x = before[-1]
            k = x.start - 1
            while k >= 0 and (tokens[k].norm.isdigit() or tokens[k].norm in COUNT_WORDS):
                k -= 1  # "وكان 42 جنديا باكستانيا قد قتلوا": the clause opens before the count
            partitive = self._partitive_subject(tokens, x, i)
            if partitive:  # "فإن مفرزة خاصة من الحشد الشعبي قتلت": the clause opens before the head noun
                k -= 1
                while k >= 0 and k > x.start - 5 and tokens[k].norm[:1].isalpha() and not self.lookup(tokens[k]):
                    if without_conjunction(tokens[k].norm) in SUBJECT_OPENERS:
                        break
                    k -= 1
            opener = (
                k < 0
                or tokens[k].norm in SUBJECT_OPENERS
                or without_conjunction(tokens[k].norm) in _KANA
                or (partitive and without_conjunction(tokens[k].norm) in SUBJECT_OPENERS)
            )
            # ("أن الاتحاد الجهوي للشغل كان قد عبر": كان and قد stand between the subject and its verb)
            adjacent = x.end == i or all(t.norm in _AUXILIARY or t.norm in _KANA for t in tokens[x.end : i])
            if adjacent and opener and not joined and (prep_before(x) is None or partitive):
                source = _first_conjunct(x, before, tokens)
                how = ["svo"]
        # subject after the verb (VSO), not introduced by a preposition — unless an
        # unknown head noun stands between ("التقى المكلف بتسيير وزارة الخارجية")
        # a verb that carries its plural subject ("هاجموا", "يخطفون") has no subject after it:
        # the noun phrase that follows is its object ("مجهولين خطفوا القنصل")
        # the event noun just before is the subject of a describing verb ("هجوما استهدف قاعدة"): what follows is its object
        # "قال إنه زار تلاميذ المعهد": the pronoun of أنه is the subject, what follows the object
        resumptive = i > 0 and tokens[i - 1].norm in RESUMPTIVE
        suffixed = _subject_suffix(tokens[i].norm) or m.describes or resumptive
        # ("الإضراب الذي دعت له الجامعة", "القضية التي تعهدت بها الفرقة": the pronoun may follow with a preposition,
        # and then the verb's own subject follows it; not "رئيس الحكومة الذي طلب منه الحضور", whose منه is another's)
        on_verb = _object_pronoun(tokens[i])
        # (the preposition must be the verb's own: "دعا له", "تعهد بها"; not "التي اتهم فيها الرئيس", where في
        # says in what, and the noun after is the object)
        by_prep = (
            end < len(tokens)
            and tokens[end].norm in _RESUMING
            and _RESUMING_PREP.get(tokens[end].norm) in (*own_preps, "ب", "ل")
            and any(end + 1 <= x.start <= end + 2 for x in after)
        )
        # ("والتي انتقد فيها وزارة الداخلية": a relative pronoun after و is one all the same)
        relative = i > 0 and without_conjunction(tokens[i - 1].norm) in RELATIVE
        object_clause = relative and (on_verb or by_prep)
        if object_clause and by_prep and not on_verb:
            # the subject right after the preposition and its pronoun: "الذي دعت له الجامعة العامة للصحة"
            subj = next(x for x in after if end + 1 <= x.start <= end + 2)
            return subj, None, "relative-object+vso"
        ante_object = None
        if object_clause:
            # "الكتاب الأبيض الذي رفضته النقابة", "الأمريكيين الذين تعتقلهم بيونجيانج": the pronoun on the verb is
            # the antecedent (its object); the noun after the verb is its subject
            how.append("relative-object")
            ante_object = next((x for x in reversed(before) if x.end >= i - 2), None)
            suffixed = False  # (the suffix is the object pronoun, "فرضته", "يعقده": the subject follows)
        elif relative and not nosource:
            # "العقيد يونس بدوي الذي دعا التونسيين": the antecedent is the subject, what follows the object
            ante = next((x for x in reversed(before) if x.end >= i - 2), None)
            if ante is not None and prep_before(ante) is None:
                source, how = ante, ["relative"]
            suffixed = True
        elif (
            source is None
            and not m.nominal
            and not nosource
            and self.lookup2(tokens[i])[1]  # (a finite verb, not a noun: "أن استئناف احتجاجات القضاة يأتي")
            and self._unlisted_presubject(tokens, i, mentions)
        ):
            # "أن توفيق عكاشه استقبل … السفير الإسرائيلي": a name the lexicon does not know stands between أن and the
            # verb as its subject, so the listed actor after the verb is the object
            how.append("presubject")
            suffixed = True
        oblique = None
        lead = end  # time words after the verb do not count towards the subject's distance ("دعا اليوم السبت …")
        while lead < len(tokens) and tokens[lead].norm in _ADVERBIAL:
            lead += 1
        for x in after:
            near = lead if all(t.norm[:1].isalpha() for t in tokens[lead : x.start]) else end
            if source is not None or x.start - near > 6 or not gap_ok(end, x.start) or nosource or suffixed:
                break
            if any(
                t.norm in RELATIVE or without_conjunction(t.norm) in COMPLEMENTIZERS for t in tokens[end : x.start]
            ) or (unmarked_relative(tokens, end + 1, x.start)):  # (past an antecedent: "طلب تقدم به X" names X)
                # "دعا بخصوص النقطة التي التزمت بها الحكومة", "طالب … بضرورة أن تقوم الحكومة": inside a relative or
                # complement clause, not the subject
                break
            if _attributed(tokens, max(end, x.start - 4), x.start):
                break  # "وفق ما أفادت وكالة أنباء رويترز": the informant is neither subject nor object
            if any(_accusative_masdar(t) for t in tokens[end : x.start]):
                break  # "وفتحت تحقيقا بعد رفع والد الرضيع شكوى": past the verb's object, no subject
            p = prep_before(x)
            if (
                p is None
                and x.start > end
                and (
                    (
                        prep_masdar(tokens[x.start - 1])
                        and (x.start - 1 == end or tokens[x.start - 2].norm in _ADVERBIAL_OR_COMMA)
                    )
                    or (_masdar_construct(tokens[x.start - 1]) and _adjuncts_only(tokens, end, x.start - 1))
                )
            ):
                # "استنكر تكليف رئيس الحكومة", "انتقد أيضا تعيين محسن حسن", "طالب باتهام الوزير": the genitive of
                # the verb's masdar object or complement, not its subject
                break
            if p is None and x.start > end and tokens[x.start - 1].norm in ("لدي", "عند"):
                break  # "تطلب رفع قضية لدى محكمة الجنايات الدولية": where, not who
            inside = _in_prepositional_phrase(tokens, i + 1, x.start) if p is None and x.start - 1 > i + 1 else None
            if inside is not None:
                # "أعربت عن رفضها لمواقف الرئيس الجديد": the genitive inside the verb's complement is no subject; it
                # is whose positions or efforts are judged, the object (but not "في أجور العاملين", "في مجال …")
                if inside != "في":
                    oblique = x
                break
            own_preps = m.entry.get("preps") or ()
            if p is None and any(t.norm in own_preps for t in tokens[end : x.start]):
                break  # "دعا إلى توحيد الصف النقابي": past the verb's own complement, no subject
            if (
                p is None
                and x.start > end
                and (tokens[end].norm in _QUANTIFIERS or tokens[x.start - 1].norm in _QUANTIFIERS)
            ):
                # "كما دعا كافة الأمنيين", "ودعت جميع الأطراف", "ودعا جميع الفاعلين في القطاع من رجال الأعمال":
                # whom the verb addresses, not its subject
                oblique = x
                break
            if (
                p is None
                and _oblique_plural(x, tokens)
                and not _masdar_like(tokens[i])
                and not any(t.norm in _QUANTITY for t in tokens[end : x.start])
            ):
                oblique = x  # "وفرقت المتظاهرين": a plural in -ين is no subject (nominative -ون); it is the object
                break
            if (
                p is None
                and m.code[:2] in ("17", "18")
                and tokens[i].clitics in ("و", "ف")
                and _MASDAR.match(without_conjunction(tokens[i].norm))
            ):
                oblique = x  # "… وإيقاف الشخصين": the genitive of a coordinated arrest masdar is the one arrested
                break
            if (
                p is None
                and _unknown_subject(tokens, end, x, calls=m.code[:2] in ("02", "10"))
                and not any(self.lookup(t) for t in tokens[end : x.start] if not is_interview(t))
            ):
                # "دعت الجامعة الوطنية لمقاولي البناء رئاسة الحكومة": an unlisted definite phrase right after the
                # verb is its subject; the listed actor after it is the object
                oblique = x
                how.append("unknown-subject")
                break
            if (
                p is None
                and not m.nominal
                and x.start - 1 >= end
                and not tokens[x.start - 1].clitics
                and tokens[x.start - 1].key in ABSTRACT_OBJECTS
                # (not what the speaker's side feels or intends: "أكد حرص الحكومة على التعاون", "عبر عن استعداد الوزارة")
                and tokens[x.start - 1].norm not in _FELT
                and not (x.start - 2 >= 0 and tokens[x.start - 2].norm in NOUN_PREPS)
                and x is after[0]
            ):
                # "وثمن في نفس الإطار مصادقة مجلس نواب الشعب على …": the genitive of the abstract object is whose
                # deed is judged (the object's side), not who judges it
                oblique = x
                how.append("object-genitive")
                break
            if p is None and m.code[:3] == "042" and x.actor is not None and x.actor.sector is None and not m.nominal:
                oblique = x  # "فريق صحفي يزور سوريا": a state after the verb is the one visited
                break
            if (
                p is None
                and not m.nominal
                and all(t.norm in _ADVERBIAL for t in tokens[end : x.start])
                and _clause_opening(tokens, i)
                and _disagrees(tokens[i], m.rule, x, tokens)
            ):
                # "كما طالب أيضا الحكومة بالإسراع": a masculine verb does not agree with a feminine noun after it,
                # so the noun is its object and the subject is the dropped pronoun
                oblique = x
                how.append("agreement")
                break
            if p is None and x.start == end and _masdar_construct(tokens[i]) and _accused(tokens, m, x):
                oblique = x  # "لا يود اتهام الطبيب المشرف": the accused
                break
            if (
                p is None
                and x.end - x.start <= 2
                and all(_accusative(t) for t in tokens[x.start : x.end])
                and x.actor is not None
                and x.actor.rule.startswith("agent")  # a common noun ("شخصا"), not a name in ا ("ليبيا")
                and not _masdar_like(tokens[i])
            ):
                oblique = x  # "اعتقلت شخصا", "شخصا مسلحا": an indefinite accusative is the object
                break
            if p is None:
                source = x
                how.append("vso")
            elif p == "من" and x.start - 2 >= near and tokens[x.start - 2].norm in _PARTITIVE_NOUNS:
                source = x  # "طلب عدد من المواطنين من والي الجهة": the ones counted are the subject
                how.append("vso")
            elif (
                p in ("ب", "ل")
                and x.start > lead
                and _content_words(tokens, lead, x.start)
                and _unit_head(tokens[lead])
            ):
                source = _extend(x, sentence, lead)  # ("دعا اليوم الأحد القيادي بحزب آفاق تونس": past the time words)
                how.append("vso-head")
            break
        after_relative = relative
        if source is None and not nosource and not m.describes and not object_clause and "presubject" not in how:
            for x in reversed(before):
                if after_relative and any(self.lookup(t) for t in tokens[x.end : i - 1]):
                    break  # "أدانت تونس العملية الإرهابية التي استهدفت": the event noun is the antecedent, not تونس
                between = {t.norm for t in tokens[x.end : i]}
                # not a speaker before "أن" ("ذكر مصدر في الشرطة أن قذائف سقطت") nor a prepositional phrase
                if (
                    i - x.end <= 4
                    and gap_ok(x.end, i)
                    and not between & _THAT
                    and not between & _PRONOUNS  # "المجتمع المدني، وهو يوفر": the pronoun is the subject
                    and not between & _OPENING  # "… صلب الإتحاد كما دعا", "المجرمين وجاء ذلك عندما طلب": a new clause
                    # "…، واعتذرت", "المستثمرين الأجانب والتونسيين وسيدعوهم", "… أبناء الاتحاد العام لطلبة تونس
                    # المفروزين أمنيا وتدعوها", "تم إيقاف شخصين وحجز": a verb joined by و continues the clause before,
                    # whose subject is the noun before it only as the subject of that clause's verb ("أذنت النيابة
                    # العمومية بالاحتفاظ به وفتح بحث", "أكدت الشرطة سقوط ضحايا وطلبت من المواطنين")
                    and not (joined and not (x.start > 0 and self._verb_like(tokens[x.start - 1])))
                    and (prep_before(x) is None or self._partitive_subject(tokens, x, i))
                ):
                    source = _first_conjunct(x, before, tokens)
                    how.append("svo")
                break
        if "nosource" in flags and source is not None and how == ["svo"]:
            # "مقاتلا قتل بعدما …" is passive (qutila): without an object right after the verb, the noun
            # before it is the victim, not the killer ("جنوده قتلوا خمسة مسلحين" keeps its subject; so does
            # "القوات الأمنية قتلت أحد المهاجمين": a partitive opens the object)
            # (nor one inside a prepositional phrase: "ثمانية أشخاص قتلوا أمس في هجوم انتحاري" is still passive)
            obj = next(
                (
                    x
                    for x in after
                    if x.start - end <= 3
                    and gap_ok(end, x.start)
                    and not any(t.norm in NOUN_PREPS for t in tokens[end : x.start])
                ),
                None,
            )
            partitive = end < len(tokens) and tokens[end].norm in _PARTITIVES
            if not partitive and (obj is None or prep_before(obj) is not None):
                source, target, how = None, source, ["patient-before"]
                return source, target, "+".join(how)
        if ("nosource" in flags or passive) and after:
            # passive / nominal: "قتل خمسة جنود" — the first chunk is the victim …
            x = after[0]
            # not through a preposition: "جرح نحو 60 آخرين في هجوم انتحاري" does not wound the bomber
            # ("في صفوف قوات الأمن" still names the victims)
            through = any(
                t.norm in _GOVERNING and not (k + 1 < len(tokens) and tokens[k + 1].norm == "صفوف")
                for k, t in enumerate(tokens[end : x.start], start=end)
            )
            if x.start - end <= 6 and gap_ok(end, x.start) and not through and prep_before(x) is None:
                y = after[1] if len(after) > 1 else None
                counted = (
                    y is not None
                    and x.end < y.start <= x.end + 2
                    and "ال" in tokens[x.start].clitics
                    and _counts_only(tokens, x.end, y.start)
                )  # "قتلت القوات الأفغانية عشرة مسلحين": a definite subject, then the counted dead
                if (
                    y is not None
                    and (y.start == x.end or counted)
                    and prep_before(y) is None
                    and y.actor is not None
                    and y.actor.sector is not None  # a person or group, not a country name ("ليبيا")
                    and (
                        counted
                        or _accusative(tokens[y.start])
                        or (tokens[x.end - 1].norm.endswith("ون") and "ال" in tokens[y.start].clitics)
                        # "قتلت القوات الأمريكية مسلحين": an indefinite plural in -ين after a definite subject
                        or (
                            "ال" in tokens[x.start].clitics
                            and "ال" not in tokens[y.start].clitics
                            and _oblique_plural(y, tokens)
                        )
                    )
                ):
                    # … unless a person or group follows it directly as the object: an indefinite accusative
                    # ("قتل مسلحون عاملا صينيا"), or a definite noun after a nominative plural ("قتل المتمردون
                    # الجنود المحتجزين": the passive "قُتل المتمردون" is followed by no second noun)
                    return x, y, "+".join(how + ["vso", "obj"])
                if any(t.norm in _REFLEXIVE for t in tokens[x.end : x.end + 2]):
                    # "فجر انتحاري نفسه": the one who blows himself up is the bomber
                    return x, None, "+".join(how + ["vso", "self"])
                target = x
                how.append("patient")
        if ante_object is not None and ante_object is not source:
            return source, ante_object, "+".join(how + ["antecedent"])
        if target is None and oblique is not None and oblique is not source:
            target = oblique
            how.append("obj")
        if target is None:
            felt_end = -1
            for x in after:
                if x is source or (source and x.start < source.end):
                    continue
                if (
                    source is not None
                    and x.start == source.end
                    and tokens[x.start].clitics.startswith("و")
                    and m.code[:2] not in _RECIPROCAL
                ):
                    # "دعت هذه المنظمات والنقابات السلطات": a second subject, not the object (but "اتفقت الحكومة
                    # والاتحاد", "اشتباكات بين الجيش وعناصر إرهابية": the conjunct is the other party)
                    continue
                if m.code[:2] == "04" and any(
                    without_conjunction(t.norm) in COMPLEMENTIZERS for t in tokens[end : x.start]
                ):
                    break  # "ميركل التي تؤدي زيارة إلى تونس إن ألمانيا مهتمة": what she said, not whom she visits
                if spoken_to(tokens, x) and (x.actor is None or x.actor.sector in (None, "MED")):
                    # "في تصريح لمراسل الجوهرة": who was spoken to, not the target (but "استنكرت ما نسب من تصريح لوزير
                    # الشؤون المحلية": an official's statement is by him, and he is the target)
                    continue
                if x.start > 0 and tokens[x.start - 1].norm == "في" and "في" not in preps:
                    continue  # "تمثيليتها في مجلس نواب الشعب": where, not whom (unless the verb takes في)
                if (
                    x.start > 1
                    and tokens[x.start - 2].norm == "في"
                    and "في" not in preps
                    and not tokens[x.start - 1].clitics
                    and self.lookup(tokens[x.start - 1])
                ):
                    continue  # "قتلوا أمس في هجوم انتحاري": the event noun's attribute or genitive, not the victim
                if x.start > 0 and without_conjunction(tokens[x.start - 1].norm) in _AMONG_THEM:
                    continue  # "تجمع آلاف المتظاهرين وبينهم عائلات الجنود": some of the subject, not the object
                if m.code[:2] < "14" and x.start > 0 and _at_seat(tokens, x.start - 1):
                    continue  # "ندوة صحفية بمقر النقابة الوطنية للصحفيين": where words were said, not to whom
                if _attributed(tokens, max(end, x.start - 4), x.start):
                    continue  # "وفق ما أفادت وكالة أنباء رويترز", "حسب مصدر أمني": who reports it, not the target
                if tokens[x.start].key.removeprefix("ل") in _REPORTERS:
                    continue  # "… لمراسل الجوهرة": the outlet's correspondent is told, not targeted
                if (x.start >= 2 and tokens[x.start - 1].norm in _FELT and tokens[x.start - 2].norm == "عن") or (
                    x.start == felt_end and tokens[x.start].clitics.startswith("و")
                ):
                    felt_end = x.end  # "عبر عن تقدير تونس للدعم …": whose appreciation (the source's side) …
                    continue  # (… with its conjuncts: "عن استعداد رجال الأعمال والمستثمرين"), not its object
                if (
                    x.start >= 2
                    and without_conjunction(tokens[x.start - 2].norm) in _WHEN_PREPS
                    and not (tokens[x.start - 1].clitics)
                ):
                    continue  # "داهمت الفرقة، وبعد استشارة النيابة العمومية، منازل …": inside a time phrase
                if (
                    x.start >= 3
                    and without_conjunction(tokens[x.start - 3].norm) in _WHEN_PREPS
                    and is_masdar(tokens[x.start - 2])
                    and tokens[x.start - 1].norm in NOUN_PREPS
                ):
                    continue  # "تعهدت الإدارة بمواصلة الأبحاث بعد التنسيق مع النيابة": the time phrase's partner
                if (
                    x.start >= 2
                    and m.code[:2] not in ("03", "05", "06")  # (cooperation: the partner is its target)
                    and tokens[x.start - 1].norm == "مع"
                    and tokens[x.start - 2].clitics.lstrip("وف") == "بال"
                    and is_masdar(tokens[x.start - 2])
                ):
                    continue  # "قامت بتحرير محاضر بالتنسيق مع النيابة العمومية": a partner in the deed, not its object
                described = source is not None and any(
                    _imperfect_plural(t) for t in tokens[max(source.end, end) : x.start]
                )
                if described and _another_follows(x, after):
                    continue  # "خطف مسلحون يرتدون زي الشرطة العراقية خمسة بريطانيين": inside the subject's description
                reach = WINDOW + (4 if described else 0)
                if (
                    not gap_ok(_past_apposition(tokens, source, end), x.start)
                    or x.start - (source.end if source else end) > reach
                ):
                    break
                p = prep_before(x)
                if p in ("ب", "ل") and _own_complement_before(
                    tokens,
                    max(end, source.end if source and source.start >= end else end),
                    x.start,
                    # (a verb has one complement: "دعا إلى اجتماع للأمن القومي" — once its إلى phrase is open, the ل
                    # phrase is the meeting's, even though دعا also takes ل)
                    tuple(q for q in own_preps if q != p and len(q) > 1) if p in own_preps else own_preps,
                ):
                    continue  # "اتفقوا على تحديد قائمة بالمنظمات": ب belongs to the على-complement, not the verb
                if (
                    p == "ب"
                    and source is not None
                    and x.actor is not None
                    and source.actor is not None
                    and x.actor.code == source.actor.code
                ):
                    continue  # "استقبل رئيس الجمهورية بقصر قرطاج وزير الخارجية": his own seat, not whom he received
                if (
                    p in ("علي", "ضد", "الي")
                    and x.start >= 2
                    and x.start - 2 > end
                    and tokens[x.start - 1].norm == p
                    and self.lookup(tokens[x.start - 2])
                    and not self.lookup2(tokens[x.start - 2])[1]
                ):
                    # "تم إيقافه … قيامهم بالاعتداء على دورية أمنية": the phrase is the complement of the other event
                    # noun right before it, not of this verb
                    continue
                if (
                    p == "ل"
                    and source is None
                    and m.code == "040"
                    and x.start == end
                    and not self.lookup2(tokens[i])[1]
                    and x.actor is not None
                    and x.actor.sector is not None
                ):
                    source = x  # "في اجتماع للاتحاد العام التونسي للشغل": the union's own meeting, not one with it
                    how.append("genitive")
                    break
                if p is not None or source is not None or suffixed:
                    target = x
                    how.append(f"obj:{p}" if p else "obj")
                    break
        if (
            m.code[:2] == "14"
            and source is None
            and target is not None
            and how[-1:] == ["obj:ل"]
            and target.actor is not None
            and target.actor.sector in _STRIKERS
        ):
            return target, None, "+".join(how[:-1] + ["genitive"])  # "اضرابا منتظرا لأعوان الشركة": the strikers
        return source, target, "+".join(how)


def _own_complement_before(tokens: list[Token], a: int, b: int, own: tuple[str, ...]) -> bool:
    """A preposition of the verb's own frame opens a complement among tokens a..b ("اتفقوا على تحديد …"), so a
    later phrase with another preposition depends on that complement."""
    return any(without_conjunction(t.norm) in own or (t.clitics.lstrip("وف") or "-") in own for t in tokens[a:b])


def _past_apposition(tokens: list[Token], source: Mention | None, end: int) -> int:
    """Where the search for the object starts its clause check: after a subject in apposition between commas
    ("اتهم المرشد الأعلى الإيراني، علي خامنئي، المسؤولين السعوديين"), past the closing comma; else at the verb."""
    if source is None or source.start < end:
        return end
    inner = any(t.norm in ("،", ",") for t in tokens[source.start : source.end])
    if inner and source.end < len(tokens) and tokens[source.end].norm in ("،", ","):
        return source.end + 1
    return end


# Broken plurals in ة: human plurals that a masculine verb may precede ("قال القادة").
_PLURALS_IN_TA = frozenset(
    "قاده ساده ساسه طلبه قضاه ولاه دعاه غزاه رعاه حماه بغاه ايمه اساتذه تلامذه جبابره عمله كفره فجره سحره رهبان".split()
)


def _verb_gender(verb: Token, rule: str) -> str | None:
    """'m' or 'f' for a third-person singular form of the rule's lemma (perfect طالب/طالبت, imperfect
    يطالب/تطالب), None for any other form, an irregular one or a rule without a plain lemma."""
    parts = rule.split("|", 1)[0].split(":")
    if len(parts) < 3 or not parts[2] or parts[2][0] in "=~":
        return None
    lemma = normalize(parts[2])
    stem = lemma[1:] if lemma.startswith("ا") and len(lemma) >= 4 else lemma
    w = without_conjunction(verb.norm)
    if w in (lemma, "ي" + stem, "سي" + stem):
        return "m"
    if w in (lemma + "ت", "ت" + stem, "ست" + stem):
        return "f"
    if lemma[-1:] in ("ا", "ي") and w == lemma[:-1] + "ت":
        return "f"  # a defective verb: دعا → دعت
    return None


_OPENERS = frozenset("كما ثم قد لقد حيث فيما بينما انه انها بانه بانها اذ ، ,".split())


def _clause_opening(tokens: list[Token], i: int) -> bool:
    """The verb opens its clause (sentence start, و/ف on it, or after كما، ثم، أنه, a comma …): a finite verb, not
    the same letters read as a masdar ("إثر رفض وزارة المالية", "بعد طلب الحكومة")."""
    return i == 0 or tokens[i].clitics.startswith(("و", "ف")) or without_conjunction(tokens[i - 1].norm) in _OPENERS


def _disagrees(verb: Token, rule: str, x: Mention, tokens: list[Token]) -> bool:
    """A masculine singular verb before a feminine noun in ة or a definite plural in ات ("طالب الحكومة", "دعا
    الوزارة", "طالب السلطات"): in verb-subject order the verb agrees in gender with its subject (طالبت), so the
    noun is no subject.  Only the head
    word counts: a definite noun or a construct head ("وزارة الخارجية"), not a man's name in ة (أسامة)."""
    head = tokens[x.start]
    written = bare_surface(head)
    gender = _verb_gender(verb, rule)
    if gender == "f":
        # "ودعت مديري المدارس": a feminine verb does not precede a sound masculine plural of people (its subject
        # would take دعا); the plural is its object
        return (
            x.kind == "AGENT"
            and x.actor is not None
            and x.actor.sector in _PEOPLE_SECTORS
            and written.endswith(("ين", "ون", "ي"))
            and not written.endswith("تين")  # (a dual: "ووقعت الحكومتين")
            and len(head.norm) - len(head.clitics) >= 5
        )
    feminine = written.endswith("ة") or ("ال" in head.clitics and written.endswith("ات"))
    if gender != "m" or not feminine:
        return False
    if x.end - x.start == 1 and x.actor is not None and x.actor.rule.startswith("named"):
        return False  # a listed man's name in ة ("وأكد السيالة")
    if head.norm[len(head.clitics) :] in _PLURALS_IN_TA:
        return False
    return "ال" in head.clitics or (head.clitics == "" and x.end - x.start >= 2)


_PEOPLE_SECTORS = frozenset("CVL EDU LAB HLH AGR BUS MED REF JUD REL".split())
_REFLEXIVE = frozenset("نفسه نفسها انفسهم انفسهما حزامه حزامها احزمتهم".split())


def without_conjunction(norm: str) -> str:
    """A normalised word without a leading و/ف ("وأوضحت" → "اوضحت"), for verb-form lists."""
    return norm[1:] if norm[:1] in ("و", "ف") else norm


_ENTER = frozenset("دخل دخلت دخلوا يدخل يدخلون".split())
_ANNOUNCE = frozenset("اعلن اعلنت اعلنوا تعلن يعلن".split())


def _announcer(tokens: list[Token], i: int) -> int | None:
    """Index of أعلن governing "(عن +) masdar" at i within SUPPORT_SPAN in the same clause (support_verb's scan, with
    complementizers as breaks: "أعلن أن الشرطة أوقفت" is another clause)."""
    for j in range(i - 1, max(-1, i - 1 - SUPPORT_SPAN), -1):
        norm = tokens[j].norm
        if norm in CLAUSE_BREAK or norm in RELATIVE or without_conjunction(norm) in COMPLEMENTIZERS:
            return None
        if without_conjunction(norm) in _ANNOUNCE:
            return j
    return None


def support_verb(tokens: list[Token], i: int) -> int | None:
    """Index of a support verb governing the event noun at i in its clause, if any.  تمكن/نجح + من/في + masdar
    reaches further: the police report puts the unit's whole name, place and date between them ("تمكنت الوحدات
    الأمنية التابعة لمنطقة الشرطة بالمهدية …، صباح اليوم السبت من حجز 300 كلغ")."""
    span = SUPPORT_SPAN
    if i > 0 and tokens[i - 1].norm in ("من", "في"):
        span = SUPPORT_SPAN_MANAGED
    for j in range(i - 1, max(-1, i - 1 - span), -1):
        norm = tokens[j].norm
        if norm in CLAUSE_BREAK or norm in RELATIVE or norm in ("ان", "انه", "انها"):
            return None
        bare = without_conjunction(norm)
        if bare[:2] in ("سي", "ست") and bare[1:] in SUPPORT_VERBS:
            bare = bare[1:]  # "سيقوم وزير التربية بزيارة المدرسة": the future of a support verb
        if norm in SUPPORT_VERBS or bare in SUPPORT_VERBS:
            if bare in _ENTER and tokens[i - 1].norm != "في":
                continue  # دخل supports only "في + masdar" ("دخلوا في إضراب"), not "دخلت الشرطة المنزل بعد اعتقال"
            return j if i - j <= SUPPORT_SPAN or bare in MANAGED_VERBS else None
    return None


@functools.cache
def _head_keys(heads: tuple[str, ...]) -> frozenset[str]:
    from .text.normalize import key

    return frozenset(heads) | frozenset(key(h) for h in heads)


_MASDAR = re.compile(r"^(?:ت..ي.|ا.ت.ا.|ا..ا.|است..ا.|ان..ا.)$")


_PRONOUNS = frozenset("هو هي هم هما وهو وهي وهم وهما".split())
_OPENING = frozenset("كما وكما ثم عندما حين حينما بينما فيما لما بعدما اذ".split())


def _first_conjunct(x: Mention, before: list[Mention], tokens: list[Token]) -> Mention:
    """The first of coordinated subjects before a verb ("السعودية ومصر والإمارات قطعت", "نقابات الأمن ومكونات
    المجتمع المدني طالبت"): the list is led by its first member, not its last."""
    k = before.index(x) if x in before else -1
    while k > 0 and tokens[before[k].start].clitics.startswith("و") and before[k - 1].end == before[k].start:
        k -= 1
    return before[k] if k >= 0 else x


def _accused(tokens: list[Token], m: Match, x: Mention) -> bool:
    """The genitive right after the masdar اتهام is the accused ("اتهام الطبيب"), unless the accused follows
    with لـ and the genitive is the accuser ("اتهام الحكومة للنقابة")."""
    t = tokens[m.trigger]
    if m.code != "112" or not _MASDAR.match(t.norm[len(t.clitics) :]):
        return False
    return not any(t.clitics.startswith("ل") for t in tokens[x.start + 1 : x.end + 1])


_AMONG_THEM = frozenset("بينهم بينهن بينها منهم منهن".split())
# The seat of an institution: a mention after "بمقر" / "في مقر" says where a statement, meeting or appeal took
# place ("رفضوا إخلاء مقر المندوبية" keeps its object).
_SEAT = frozenset({"مقر", "مقرات"})


def _at_seat(tokens: list[Token], k: int) -> bool:
    t = tokens[k]
    if t.key not in _SEAT:
        return False
    return "ب" in t.clitics or (k > 0 and tokens[k - 1].norm in ("في", "داخل", "امام"))


def _in_prepositional_phrase(tokens: list[Token], a: int, b: int) -> str | None:
    """Tokens a..b, between a verb and a noun phrase at b, end in a prepositional phrase whose indefinite ب/ل noun
    governs the phrase at b ("عن رفضها لمواقف X", "عن دعمه لجهود X"): the separate preposition it follows, else
    None.  (Not "عبر عن استنكار النقابة", where the genitive is the speaker's own side, nor "عدد من أنصار X".)"""
    prev = tokens[b - 1]
    w = stem(prev)
    # (a noun with a pronoun suffix governs no genitive: "في بيانه السلطات")
    if "ال" in prev.clitics or not _construct_head_word(w) or bare_surface(prev).endswith(("ه", "ها", "هم")):
        return None
    # (a stem of four letters at least: "بيان" is no ب + يان)
    prefixed = (prev.clitics.lstrip("وف").startswith(("ل", "ب")) and len(w) >= 4) or (
        not prev.clitics and prev.norm[:1] in ("ل", "ب") and len(prev.norm) >= 5
    )
    if not prefixed:
        return None
    return next((t.norm for t in reversed(tokens[max(a, b - 5) : b - 1]) if t.norm in _SEPARATE_PREPS), None)


_SEPARATE_PREPS = frozenset("عن علي الي في".split())


def _construct_head_word(w: str) -> bool:
    return len(w) > 2 and w not in FUNCTION_WORDS and not w.isdigit()


def prep_masdar(t: Token) -> bool:
    """A verbal noun with بـ/لـ in construct state ("طالب باتهام الوزير", "دعا لاعتقال"): the verb's complement.
    The key may keep the preposition of a masdar the lexicon does not list ("بإبقاء")."""
    if t.clitics in ("ب", "ل"):
        return bool(_MASDAR.match(t.norm[1:]))
    return not t.clitics and t.norm[:1] in ("ب", "ل") and bool(_MASDAR.match(t.norm[1:]))


def _masdar_construct(t: Token) -> bool:
    """A bare verbal noun in construct state (تكليف، اعتقال، اعلان، استهداف): it heads the verb's object."""
    return not t.clitics and bool(_MASDAR.match(t.norm))


def _construct_head(t: Token) -> bool:
    """An indefinite content noun that can head a construct before a named actor ("مواقع", "مقر", "منزل")."""
    w = t.norm
    return not t.clitics and len(w) > 2 and w not in FUNCTION_WORDS and not w.isdigit() and not _MASDAR.match(w)


def _counts_only(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b are numbers or number words ("480", "عشرة", "مئات")."""
    return all(t.norm.isdigit() or t.norm in COUNT_WORDS for t in tokens[a:b])


_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def stem(t: Token) -> str:
    """The normalised word without its proclitics (when they are a prefix of it)."""
    return t.norm[len(t.clitics) :] if t.norm.startswith(t.clitics) else t.norm


def bare_surface(t: Token) -> str:
    """The word as written without final short vowels: keeps the ة that normalisation folds into ه."""
    return t.surface.rstrip(_HARAKAT)


def _accusative(t: Token) -> bool:
    """An indefinite noun spelled with the accusative alif ("عاملا", "مصورا", "جنديا")."""
    w = t.norm[len(t.clitics) :]
    return "ال" not in t.clitics and len(w) >= 4 and w.endswith("ا")


# "طالب عدد من العاطلين", "احتج بعض الفلاحين": a quantity word is the subject and the plural its genitive.
# Number words as tokens carry them: "مئات" is "ميات" once normalised.
COUNT_WORDS = NUMBER_WORDS | frozenset(normalize(w) for w in NUMBER_WORDS)
_QUANTITY = COUNT_WORDS | frozenset(
    "عدد بعض مجموعه مجموعات جموع حشود احد كل جميع معظم غالبيه اغلب الالاف المئات الميات".split()
)


def is_masdar(t: Token) -> bool:
    """The word (without proclitics, or as its match key: "واتهامها") has a verbal noun's pattern: تهديد، اعتقال."""
    return bool(_MASDAR.match(stem(t)) or _MASDAR.match(t.key))


_DENY = frozenset(normalize(w) for w in "نفى نفت ينفي تنفي نفوا نفيا كذب كذبت فند فندت نافيا نافية مكذبا".split())
_REPORTED_AS = frozenset(normalize(w) for w in "ما خبر خبرا أخبار الأخبار أنباء الأنباء أن وجود وقوع حدوث تعرض".split())
_BUT = frozenset(normalize(w) for w in "مؤكدا مؤكدة أكد أكدت يؤكد تؤكد موضحا مضيفا أضاف أضافت بل لكن لكنه غير".split())


def _denied_report(tokens: list[Token], i: int) -> bool:
    """The trigger is inside what a denial rejects: "نفى الناطق … ما تم تداوله بخصوص إيقاف نقابي …", "نفت الوزارة
    الأخبار عن اعتقال …" (a denial verb, then what it denies, and no "مؤكدا"/"بل" turning to what is asserted)."""
    for d in range(i - 1, max(-1, i - 31), -1):
        w = without_conjunction(tokens[d].norm)
        if w in _BUT or tokens[d].norm in _BUT or w in CLAUSE_BREAK:
            return False
        if w in _DENY:
            if d > 0 and tokens[d - 1].norm in ("يمكن", "لا", "دون", "عدم"):
                return False  # "لا يمكن نفي أنها تعرضت …": what cannot be denied
            return any(without_conjunction(t.norm) in _REPORTED_AS for t in tokens[d + 1 : min(i, d + 14)])
    return False


def spoken_to(tokens: list[Token], x: Mention) -> bool:
    """x follows a statement noun, perhaps past time words ("في تصريح لمراسل", "في تصريح اليوم لوكالة تونس
    إفريقيا للأنباء"): whom the speaker talked to."""
    k = x.start - 1
    while k > 0 and tokens[k].norm in _ADVERBIAL:
        k -= 1
    return k >= 0 and k < x.start and is_interview(tokens[k])


def _adjective_like_word(t: Token) -> bool:
    """A nisba or participle adjective after an event noun ("مواجهات جديدة بين", "اشتباكات عنيفة بين")."""
    w = stem(t)
    return not t.clitics.startswith("و") and w.endswith(("يه", "ه", "ي")) and not _MASDAR.match(w) and len(w) >= 4


def _accusative_masdar(t: Token) -> bool:
    """An indefinite verbal noun in the accusative ("تحقيقا", "اجتماعا"): the object of the verb before it."""
    w = t.norm
    return not t.clitics and len(w) >= 5 and w.endswith("ا") and bool(_MASDAR.match(w[:-1]))


def _masdar_like(t: Token) -> bool:
    """A verbal noun rather than a finite verb ("إضراب المعلمين", "احتجاجات الفلاحين"): its genitive is its doer."""
    w = t.norm[len(t.clitics) :]
    return bool(_MASDAR.match(w)) or w.endswith(("ات", "ه"))


def _oblique_plural(x: Mention, tokens: list[Token]) -> bool:
    """A group noun or a people ("التونسيين") in the sound plural's accusative/genitive -ين ("المتظاهرين",
    "مسلحين"): never a subject."""
    if x.kind not in ("AGENT", "NAT") or x.actor is None or x.actor.name:
        return False
    t = tokens[x.start]
    w = t.norm[len(t.clitics) :]
    return len(w) >= 5 and w.endswith("ين") and not w.endswith("تين")  # not a feminine dual ("الحكومتين")


def _another_follows(x: Mention, after: list[Mention]) -> bool:
    """Another mention follows x closely: after a describing verb, x is that verb's object, the next the main one's."""
    return any(y.start >= x.end and y.start - x.end <= 2 for y in after if y is not x)


def _imperfect_plural(t: Token) -> bool:
    """A bare imperfect plural verb ("يرتدون", "يحملون"): it opens a clause describing the noun before it."""
    return not t.clitics and t.norm[:1] == "ي" and t.norm.endswith("ون") and _subject_suffix(t.norm)


def _subject_suffix(word: str) -> bool:
    """A perfect 3rd person plural ("هاجموا") or imperfect plural ("يهاجمون") verb form."""
    if len(word) < 5:
        return False
    return word.endswith("وا") or (word[0] in "يت" and word.endswith("ون"))


# Abstract nouns that open a verb's object, never a name: "أشاد الوزير جهود …", "انتقد الحزب قرار …".
ABSTRACT_OBJECTS = frozenset(  # match keys (plurals fold onto the singular: تصريحات → تصريح)
    "اجراء اداء استعداد تدخل تزام تصريح تضحي تعامل جهود حرص حمل خطه دور زيار سياس عمل قرار مبادر مجهود مشروع "
    "مواقف موقف نتايج مصادق".split()
)

# "كافة/جميع/عموم + noun": whom an appeal addresses ("دعت كافة أعوان البريد"), not the one who makes it.
_QUANTIFIERS = frozenset("كافه جميع عموم".split())
# Words that open a complement clause: a verb's subject is never found beyond them.
COMPLEMENTIZERS = frozenset("ان انه انها انهم بان لان".split())
# "أن" and its forms with a plural subject pronoun: a noun before it is the speaker, not the subject of the verb after
# it ("أفاد مراسل الجوهرة بأنهم يطالبون"; "أفاد بأنه طلب" is the speaker's own deed).
_THAT = frozenset("ان انه انها انهم انهما بانهم بانهما".split())

# Adverbs and time words that may stand between a verb and its subject ("أكد اليوم الوزير").
_SAME = frozenset("ذاته ذاتها نفسه نفسها".split())  # "المصدر ذاته": the same source
ADVERBIAL = _ADVERBIAL = frozenset(
    "اليوم امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت صباح مساء ليله الليله البارحه عشيه ظهر فجر "
    "الماضي الماضيه الجاري المقبل المقبله ايضا كذلك مجددا بدوره بدورها بدورهم اخيرا مؤخرا رسميا".split()
)
_ADVERBIAL_OR_COMMA = _ADVERBIAL | {"،", ","}


# Person titles in construct ("رئيس تيار المحبة"): after a name they are its apposition, not an object.
_PERSON_TITLES = frozenset("رييس مدير وزير امين نايب ممثل سفير مستشار قايد عضو ناطق متحدث كاتب".split())


# Nouns used as prepositions ("الهيئة الإدارية لقطاع التعليم صلب الاتحاد"): no object opens with them.
_ADVERBIAL_NOUNS = frozenset("صلب ضمن داخل خارج امام قرب بين عند لدي حول خلال اثر بعد قبل عبر تحت فوق وسط مع".split())


def _unknown_subject(tokens: list[Token], a: int, x: Mention, calls: bool = False) -> bool:
    """Tokens a..b are an unlisted definite phrase of two to five content words (head with the article, no time word;
    the caller rules out event words): the verb's subject, so the mention after it is the object.  It must end with a definite
    word, or hold an abstract noun that opens the object ("انتقدت الجامعية ألفة يوسف تصريحات رئيس الجمهورية"):
    after a bare construct head the mention is the phrase's own genitive ("المكلف بتسيير وزارة الخارجية",
    "المكتب التنفيذي لجمعية القضاة").  One definite word alone is left out: VOS puts a short definite object first
    ("حضر اللقاء رئيس الأركان").  Not when the mention is a conjunct ("الخبير المحاسب ورئيس الجمعية") or a person's
    title in apposition to a name with the article ("الهاشمي الحامدي رئيس تيار المحبة"), nor after a prepositional
    adverb ("كما أكد بالمناسبة حرص الحكومة")."""
    b = x.start
    span = tokens[a:b]
    while span and span[0].norm in _ADVERBIAL:
        span = span[1:]  # "دعا اليوم السبت النقابي … وزارة الداخلية": time words before the subject
    while span and span[-1].norm in ("،", ","):
        span = span[:-1]  # "واتهم المصدر ذاته، الطاقم الطبي": a comma closes the subject
    stated = _statement_phrase(span)
    if stated:
        # "ودعا المكتب التنفيذي في بيان له الحكومة": where it said so closes the subject (then even one definite word
        # is the subject: VOS would not put the statement between object and subject)
        span = span[: len(span) - stated]
        while span and span[-1].norm in ("،", ","):
            span = span[:-1]
    head = tokens[b]
    # a call or demand with its complement right after the mention ("وطالب الاتحاد الحكومة باتخاذ إجراءات", "دعت
    # الجامعة الوزارة إلى …"): even one definite word before the mention is the subject, the mention the addressee
    addressed = calls and x.end < len(tokens) and (tokens[x.end].norm == "الي" or _prep_masdar_at(tokens, x.end))
    if not (
        (1 if stated or addressed else 2) <= len(span) <= 5
        and span[0].clitics.lstrip("وف") == "ال"
        and not head.clitics.startswith("و")
        and all(t.norm[:1].isalpha() and t.norm not in FUNCTION_WORDS and t.norm not in _ADVERBIAL for t in span)
    ):
        return False
    if any(not t.clitics and t.key in ABSTRACT_OBJECTS for t in span[1:]):
        return True
    if any(
        "ال" in span[k - 1].clitics
        and not span[k].clitics
        and span[k].norm[:1] not in "لبكوف"
        and span[k].norm not in _ADVERBIAL_NOUNS
        for k in range(2, len(span))
    ):
        return True  # "قصفت الطائرات العراقية مواقع تنظيم داعش": a definite word ends the subject; a bare head opens the object
    definite = "ال" in span[-1].clitics or span[-1].norm in _SAME
    return definite and not (not head.clitics and head.key in _PERSON_TITLES)


def _prep_masdar_at(tokens: list[Token], k: int) -> bool:
    """ب + a verbal noun at k ("باتخاذ", "بالإسراع"): the complement of a demand."""
    t = tokens[k]
    if t.clitics.lstrip("وف").startswith("ب"):
        return is_masdar(t)
    return not t.clitics and t.norm.startswith("ب") and bool(_MASDAR.match(t.norm[1:]))  # (unsplit: "باتخاذ")


_STATEMENT_ADJECTIVES = frozenset({"صحفي", "اعلامي", "رسمي"})


def _statement_phrase(span: list[Token]) -> int:
    """The length of a closing "في بيان له" / "في بلاغ لها" / "في بيان صحفي" at the end of span, else 0."""
    k = len(span)
    if k and (span[k - 1].norm in ("له", "لها", "لهم") or span[k - 1].key in _STATEMENT_ADJECTIVES):
        k -= 1  # "في بيان له", "في بيان صحفي"
    if k >= 2 and is_interview(span[k - 1]) and span[k - 2].norm == "في":
        return len(span) - (k - 2)
    return 0


def _content_words(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b are all content words with the article (a head noun phrase), or a unit's bare head with its
    definite genitives ("لجنة المالية والتخطيط والتنمية" before "بمجلس نواب الشعب")."""
    span = tokens[a:b]
    words = all(t.norm[0].isalpha() and t.norm not in FUNCTION_WORDS for t in span)
    if words and len(span) <= 5 and not span[0].clitics and _unit_head(span[0]):
        return all("ال" in t.clitics for t in span[1:])
    return len(span) <= 3 and "ال" in span[0].clitics and words


# Head nouns of an office or a unit that a ب/ل phrase completes ("الإدارة العامة للحرس الوطني", "المكلف بتسيير
# وزارة الخارجية", "الابن الأكبر لترامب"); not a masdar or a thing given to someone ("الدعم لتونس", "الحماية
# للتلاميذ", "الرميلي الزج بيوسف الشاهد"), which is the verb's object.
_UNIT_HEADS = frozenset(
    "اداره فرقه مكتب لجنه مساعد ممثل ممثله غرفه تفقديه ابن ابنه مكلف مسوول منسق مشرف رييس رييسه نايب امين مدير "
    "مديره هييه مصلحه وحده قسم دايره فرع جامعه اتحاد نقابه مجلس كتله قياده قايد ناطق متحدث عضو اعضاء كاتب "
    "منظمه جمعيه هيئه مندوب مندوبيه سفير قنصل قيادي قياديه".split()
)


_ATTRIBUTION = frozenset("وفق وفقا حسب بحسب نقلا".split())
_REPORTERS = frozenset("مراسل موفد مبعوث".split())  # (match keys)


def _attributed(tokens: list[Token], a: int, b: int) -> bool:
    """An attribution word (وفق، حسب، نقلا عن) among tokens a..b: what follows names who reports."""
    return any(t.norm in _ATTRIBUTION or without_conjunction(t.norm) in _ATTRIBUTION for t in tokens[a:b])


_FRAMES = frozenset("اطار سياق صدد مناسب".split())  # "في نفس الإطار", "في هذا السياق", "بالمناسبة"


def _adjuncts_only(tokens: list[Token], a: int, b: int) -> bool:
    """Tokens a..b are time words and at most one framing phrase ("ثمن في نفس الإطار مصادقة البرلمان")."""
    rest = [t for t in tokens[a:b] if t.norm not in _ADVERBIAL]
    if not rest:
        return True
    return len(rest) <= 3 and rest[0].norm in ("في", "وفي", "بهذه") and rest[-1].key in _FRAMES


def _unit_head(t: Token) -> bool:
    return stem(t) in _UNIT_HEADS


def unmarked_relative(tokens: list[Token], a: int, b: int) -> bool:
    """An imperfect verb with a resumptive preposition between a and b opens a relative clause on an indefinite
    noun ("ستستهدف مناطق تنشط فيها الجماعات الإرهابية", "مواقع يسيطر عليها"): what follows is its subject, not
    the main verb's."""
    return any(
        tokens[k].norm[:1] in ("ي", "ت")
        and len(tokens[k].norm) >= 4
        and not tokens[k].clitics
        and tokens[k + 1].norm in _RESUMED
        for k in range(a, min(b, len(tokens) - 1))
    )


def _extend(x: Mention, sentence: Sentence, start: int) -> Mention:
    """The mention with its unknown head words in front ("المكلف بتسيير" + "وزارة …")."""
    from dataclasses import replace

    a = sentence.tokens[start].start
    text = sentence.text[a - sentence.start : x.span[1] - sentence.start]
    actor = x.actor
    if actor is not None:
        actor = replace(actor, span=(a, x.span[1]), text=text)
    return replace(x, start=start, span=(a, x.span[1]), text=text, actor=actor)
