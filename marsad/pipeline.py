"""The one pipeline function.  CLI, store, evaluation and the Dask runner all call
`Pipeline.process` (or `Pipeline.code`); nothing else codes a document."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from .actors import AGENT_MARKERS, ActorResolver, split_code
from .classify import SentenceClassifier
from .errors import InputError, message
from .events import (
    ADVERBIAL,
    CLAUSE_BREAK,
    COUNT_WORDS,
    MANAGED_VERBS,
    RESULT_OF,
    RESUMPTIVE,
    EventMatcher,
    is_interview,
    is_masdar,
    spoken_to,
    stem,
    unmarked_relative,
    without_conjunction,
)
from .lexicon.load import Lexicon, load
from .model import Actor, Coded, Document, Event, Evidence, Mention, Sentence, Story, event_id
from .ner import NER
from .text.normalize import FUNCTION_WORDS
from .text.segment import opens_with_connector, segment
from .text.tokenize import Tokenizer
from .when import Dater, parse_base
from .where import Locator

# CAMEO roots whose events are coded even without an identified actor (violence and
# protest are worth recording when nobody is named: "قتل خمسة في تفجير").
_ACTORLESS_OK = ("14", "18", "19", "20")
# A finite-verb violence/protest event needs this share of the classifier's threshold (`marsad eval`, out-of-fold
# on gsr-dev with this session's dictionary: ASSAULT F1 0.553 at 0.3, 0.639 at 0.5, 0.665 at 0.7, 0.669 at 0.8,
# 0.656 at 1.0; PROTEST flat, 0.357 / 0.358 / 0.354 at 0.5 / 0.7 / 0.8).  0.7 still keeps short plain reports such
# as "هاجم مسلحون مجهولون مركزا للشرطة" that the classifier scores 0.28 (threshold 0.38 × 0.7 = 0.27).
VERB_FACTOR = 0.7
# Per-type factors were measured and left out: protest nouns at 1.5 and protest verbs at 0.75 of the threshold raise
# gsr-dev PROTEST F1 from 0.338 to 0.390 (mean of five CV seeds), but on Jawhara FM they drop half the protest
# events kept, most of them real local vigils, sit-ins and road blocks the gsr gold would not see.


# Marks of an event noun stated as a deed: governed by a support verb with its doer, suffered by its subject
# ("تعرضت القوات لهجوم"), carried out by the subject of a relative clause ("الهجوم الذي نفذه انتحاري") or claimed,
# or with its victims named ("مقتل 15 مسلحا في اشتباكات").  Measured on gsr-dev with out-of-fold probabilities
# (ASSAULT combined F1 0.670 -> 0.678, PROTEST unchanged): one rule family chosen on the same data.
_STATED_NOUN = ("|support", "+suffered", "+agent", "+victim", "+casualty", "+claimed")


def gate(threshold: float, rule: str) -> float:
    """The classifier probability a violence or protest event with this evidence rule needs to be kept.  A noun
    trigger needs the full threshold (alone it is mostly a background reference), a finite verb a share of it, and so
    does a noun the sentence states as done (_STATED_NOUN: "نفّذ أعوان الشركة وقفة احتجاجية", "قامت القوات
    باعتقال", "تعرضت القوات لهجوم")."""
    if "|noun" in rule and not any(m in rule for m in _STATED_NOUN):
        return threshold
    return threshold * VERB_FACTOR


_QUAD = {r: (1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4) for r in range(1, 21)}


class Pipeline:
    """Codes Documents into Events.  Lexicons load once, on first use, and are shared."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        use_ner: bool = True,
        classifier: SentenceClassifier | None | str = "default",
        home_country: str | None = None,
    ) -> None:
        """`classifier`: the learned second signal that confirms or rejects dictionary events
        and sets their confidence; "default" = the shipped models, None = dictionary only
        (what evaluation on the classifiers' own training data must use)."""
        self._lex = lexicon
        self.use_ner = use_ner
        # the outlet's own country: unqualified actors ("وزير الداخلية") of a local paper are its own
        self.home_country = home_country
        self.classifier = SentenceClassifier() if classifier == "default" else classifier

    @functools.cached_property
    def lexicon(self) -> Lexicon:
        return self._lex or load()

    @functools.cached_property
    def tokenizer(self) -> Tokenizer:
        return Tokenizer(self.lexicon.vocab, self.lexicon.nouns)

    @functools.cached_property
    def matcher(self) -> EventMatcher:
        return EventMatcher(self.lexicon)

    @functools.cached_property
    def ner(self) -> NER | None:
        return NER() if self.use_ner else None

    @functools.cached_property
    def resolver(self) -> ActorResolver:
        return ActorResolver(self.lexicon)

    # ------------------------------------------------------------------ stages

    def _is_lead(self, para: str) -> bool:
        """A paragraph that opens a new story (see text/segment.py)."""
        toks = self.tokenizer.tokenize(para[:300])
        if opens_with_connector(toks) or not self.matcher.lookup(toks[0]):
            return False
        keys = [t.key for t in toks[:40]]
        return any(h.kind in ("country", "nationality") for h in self.lexicon.phrases(keys))

    def _entities(self, toks, a: int, b: int) -> list[tuple[int, int, str]]:
        """NER over tokens a..b, in sentence token indices (a window of a few words: the first CRF pass only)."""
        return [(s + a, e + a, k) for s, e, k in self.ner.entities([t.surface for t in toks[a:b]], single_pass=True)]

    def analyse(self, doc: Document) -> tuple[list[Story], list[Sentence]]:
        stories = segment(doc.text, self._is_lead)
        sentences = [s for st in stories for s in st.sentences]
        for s in sentences:
            s.tokens = self.tokenizer.tokenize(s.text, s.start)
        return stories, sentences

    def process(self, doc: Document) -> Coded:
        stories, sentences = self.analyse(doc)
        all_mentions: list[Mention] = []
        events: list[Event] = []
        date = doc.date
        try:
            base = parse_base(date)
        except ValueError as err:
            raise InputError(message("bad_date", value=date)) from err
        dater: Dater | None = None  # prepared on the first event: most documents have none
        locator = Locator(self.home_country)
        locator.prepare(doc.text, stories)
        for story in stories:
            ctx = _StoryContext()
            story_places = [pl.country for st in story.sentences for pl in locator.places(st.index) if pl.country]
            for sent in story.sentences:
                if _headline_list(sent.text):
                    continue  # other articles' headlines: no events, and no actors for this story to refer back to
                toks = sent.tokens
                vidx = self.matcher.candidates(toks)
                places = locator.places(sent.index)
                blocked = _place_tokens(toks, places)
                # NER only where an event could be coded: it bounds names inside actor chunks
                ents = functools.partial(self._entities, toks) if vidx and self.ner else None
                # the country an unqualified "وزير الداخلية" / "الشرطة" belongs to: the story's
                # first actor country, else the outlet's (if given), else the one place country
                # of the sentence, else the story's
                here = {pl.country for pl in places if pl.country}
                country = (
                    ctx.country
                    or self.home_country
                    or (next(iter(here)) if len(here) == 1 else next(iter(story_places), None))
                )
                ctx.home_default = ctx.country is None and self.home_country is not None
                mentions = self.resolver.mentions(
                    sent,
                    vidx,
                    date,
                    country,
                    entities=ents,
                    blocked=blocked,
                    earlier=ctx.actors,
                    place_country=_main_country(places),
                )
                _seat_countries(toks, mentions, places)
                _armed_group_members(toks, mentions)
                inside = {k for x in mentions if x.kind != "PAIR" for k in range(x.start, x.end)}
                matches = self.matcher.triggers(toks, inside)
                all_mentions.extend(mentions)
                earlier_country = ctx.country  # what the story said before this sentence
                # (the outlet or reporter a speaker talks to is no actor of the story: "في تصريح لمراسلة الجوهرة")
                ctx.observe([x for x in mentions if not (x.actor and x.actor.sector == "MED" and spoken_to(toks, x))])
                seen: set[tuple] = set()
                first_of_sentence = len(events)
                clauses = frozenset(
                    x.trigger for x in matches if not x.nominal and toks[x.trigger].clitics.startswith(("و", "ف"))
                )
                for m in matches:
                    ev = self._event(doc, story, sent, m, mentions, ctx, clauses)
                    if ev is None:
                        continue
                    if dater is None:
                        dater = Dater(base)
                        dater.prepare(doc.text, stories)
                    ev.date, ev.date_precision, ev.date_text = dater.for_event(sent.index, ev.evidence.verb_span)
                    if ev.modality == "asserted" and date and ev.date and ev.date[:10] > date:
                        ev.modality = "intended"  # dated after the story was filed: not done yet
                    ev.location = locator.for_event(sent.index, ev.evidence.verb_span)
                    _conventional_actors(ev, self.home_country, earlier_country)
                    sig = (ev.source and ev.source.code, ev.target and ev.target.code, ev.cameo, ev.modality)
                    if sig in seen:
                        continue
                    seen.add(sig)
                    events.append(ev)
                    ctx.after_event(ev)
                events[first_of_sentence:] = _without_patient_protesters(events[first_of_sentence:])
                ctx.heard(toks, mentions)
        if self.classifier is not None and events:
            events = self._second_signal(sentences, events)
        return Coded(doc, stories, sentences, all_mentions, events)

    @functools.cache  # noqa: B019 - one Pipeline per process; thresholds are fixed per model file
    def _threshold(self, kind: str) -> float:
        return self.classifier.threshold(kind)

    def _second_signal(self, sentences: list[Sentence], events: list[Event]) -> list[Event]:
        """Sentence classifiers confirm or reject violence and protest events and give
        every event its confidence: the mean of the rule's and the classifier's belief."""
        rows = sorted({e.sentence for e in events})
        pos = {s: k for k, s in enumerate(rows)}
        by_index = {s.index: s for s in sentences}
        texts = [by_index[s].text for s in rows]
        kinds = {_kind(e) for e in events}
        clf = self.classifier
        probs = {
            "assault": clf.assault_proba(texts) if "assault" in kinds else None,
            "protest": clf.protest_proba(texts) if "protest" in kinds else None,
            "quad": clf.quad_proba(texts) if "quad" in kinds else None,
        }
        kept = []
        for e in events:
            k, kind = pos[e.sentence], _kind(e)
            p = float(probs[kind][k][e.quad_class]) if kind == "quad" else float(probs[kind][k])
            if kind != "quad":
                # kept only when the classifier agrees there is such a deed (see `gate`)
                t = self._threshold(kind)
                if p < gate(t, e.evidence.rule):
                    continue
            e.evidence.confidence = round((e.evidence.confidence + p) / 2, 3)
            kept.append(e)
        return kept

    def _insurgent_reading(self, toks, x: Mention) -> Mention:
        """A name the lexicon lists both as a state and as an armed group (the Taliban: IMGREB until 2021, AFGGOV
        since), in undated violence: governments do not claim bombings, so the armed group is meant."""
        if x.actor is None or x.actor.sector not in _AUTHORITIES:
            return x
        for h in self.lexicon.phrases([t.key for t in toks[x.start : x.end]]):
            if h.kind != "actor":
                continue
            for e in h.value:
                country, sector = split_code(e[0])
                if sector in _IRREGULAR:
                    actor = replace(x.actor, code=e[0], country=country, sector=sector, rule=x.actor.rule + "+claim")
                    return replace(x, actor=actor)
        return x

    def _national_author(self, sent: Sentence, not_in: Mention | None) -> Actor | None:
        """The country's military named by a nationality adjective on a strike word of the sentence
        ("ضربة جوية أميركية", "قصف إسرائيلي", "طائرة اميركية بدون طيار")."""
        toks = sent.tokens
        for j in range(1, len(toks)):
            t = toks[j]
            country = self.lexicon.nationalities.get(t.key)
            if country is None or len(country) != 3:
                continue
            if not_in is not None and not_in.start <= j < not_in.end:
                continue
            heads = [toks[k].key for k in range(max(0, j - 2), j)]
            if (
                heads
                and heads[-1] in _STRIKE_NOUNS
                or (len(heads) == 2 and heads[0] in _STRIKE_NOUNS and heads[1] in _AIR)
            ):
                return Actor(
                    code=country + "MIL",
                    country=country,
                    sector="MIL",
                    text=t.surface,
                    span=(t.start, t.end),
                    rule="nationality+strike",
                )
        return None

    def _first_person(self, t) -> bool:
        """A first-person plural form of a listed verb: ن + the imperfect stem ("نرفض" of يرفض), or the perfect
        in نا ("رفضنا")."""
        bare = without_conjunction(t.norm)
        verbs = self.lexicon.verbs
        if len(bare) >= 4 and bare[0] == "ن" and set(verbs.get(bare, ())) & set(verbs.get("ي" + bare[1:], ())):
            return True
        return len(bare) >= 5 and bare.endswith("نا") and bool(set(verbs.get(bare, ())) & set(verbs.get(bare[:-2], ())))

    def _peoples_country(self, toks, x: Mention | None, actor: Actor | None, mentions: list[Mention]) -> Actor | None:
        """An actor's country from what the sentence says of it: the nationality stated after its mention ("200
        مهاجر غير شرعي يحملون الجنسية النيجيرية"), or, for people of no stated country, the one foreign state whose
        institutions the sentence names ("قضت محكمة جزائية سعودية بحق ناشط دعا إلى …": Saudi, not the outlet's)."""
        if x is not None and actor is x.actor:
            actor = self._stated_nationality(toks, x, actor)
        if actor is not None and _context_people(actor):
            state = _sentence_state(mentions, self.home_country)
            if state is not None:
                actor = replace(actor, code=state + actor.sector, country=state, rule=actor.rule + "+state")
        return actor

    def _foreign_institution(self, actor: Actor | None, mentions: list[Mention]) -> Actor | None:
        if (
            actor is None
            or actor.name
            # (not a ministry or official: the outlet's own government meets and answers foreign ones)
            or actor.sector not in ("MIL", "COP", "JUD")
            or not actor.rule.endswith("context")
            or actor.country != self.home_country
        ):
            return actor
        state = _sentence_state(mentions, self.home_country)
        if state is None:
            return actor
        return replace(actor, code=state + actor.sector, country=state, rule=actor.rule + "+state")

    def _stated_nationality(self, toks, x: Mention, actor: Actor | None) -> Actor | None:
        """The actor with the nationality its mention is said to hold right after it ("يحملون الجنسية X",
        "من جنسية X"), if that is another country than the one it has."""
        if actor is None or actor.sector is None:
            return actor
        # (a number or a carrier verb / من may come first)
        k = next((j for j in range(x.end, min(x.end + 4, len(toks) - 1)) if toks[j].key == "جنسي"), None)
        if k is None:
            return actor
        hits = self.lexicon.phrases([toks[k + 1].key], max_len=1)
        if not hits or hits[0].kind not in ("nationality", "country") or not isinstance(hits[0].value, str):
            return actor
        country = hits[0].value
        if country == actor.country:
            return actor
        return replace(actor, code=country + actor.sector, country=country, rule=actor.rule + "+nationality")

    def code(self, doc: Document) -> list[Event]:
        return self.process(doc).events

    # ------------------------------------------------------------------ events

    def _event(
        self,
        doc,
        story,
        sent,
        m,
        mentions,
        ctx,
        clauses: frozenset[int] = frozenset(),
    ) -> Event | None:
        toks = sent.tokens
        if doc.date is None and m.code[:2] in ("18", "19", "20"):
            # undated violence: a name listed both as a state and as an armed group is the armed group ("قتل الحلف
            # عددا من زعماء طالبان"), for every rule below that fills a slot (see _insurgent_reading)
            mentions = [self._insurgent_reading(toks, x) for x in mentions]
        mentions = [_our_people(toks, x, mentions) for x in mentions]
        src_m, tgt_m, how = self.matcher.slots(sent, m, mentions, clauses)
        source = src_m.actor if src_m is not None else None
        target = tgt_m.actor if tgt_m is not None else None
        # "الجانبان / الطرفان": both principal actors of the story
        if src_m is not None and src_m.kind == "PAIR":
            source, target = ctx.pair()
            how += "+pair"
        elif tgt_m is not None and tgt_m.kind == "PAIR":
            target = ctx.partner(source)
        if src_m is not None and _bare_speaker(toks, src_m):
            # "قال رئيس الجمعية … . وطالب المتحدث بـ…": "the speaker" is whoever was just quoted, not a spokesman
            prior = _speaker_before(toks, src_m.start, mentions)
            if prior is not None and not _bare_speaker(toks, prior):
                source = prior.actor
                how += "+speaker"
            elif ctx.speaker_seen:
                source = ctx.speaker  # (None: a speaker the coder cannot code, but no government spokesman)
                how += "+speaker"
        if source is None and "cont" in m.entry.get("flags", ()):
            source = ctx.last_source  # "…، مشيرا إلى …": the main clause's subject
            if target is None:
                target = ctx.partner(source)
            how += "+cont"
        if (
            source is None
            and not m.nominal
            and m.code[:2] < "18"  # (not a violent verb: "وقتل عدد منهم" is mostly the passive qutila)
            and "nosource" not in m.entry.get("flags", ())
            and toks[m.trigger].clitics.startswith(("و", "ف"))
            and not is_masdar(toks[m.trigger])
            and not toks[m.trigger].norm.endswith(("ه", "ات"))  # (a verbal noun: "واتهامها", "وإصابة")
            # ("ورفض المصادر ذاتها الكشف": its own subject; but "وأوقفت الشخصين": its object)
            and (tgt_m is not None and tgt_m.start == m.end or not _named_subject_follows(toks, m.end))
            and ctx.last_verb is not None
            and ctx.last_verb[0] == sent.index
            and ctx.last_verb[1] < toks[m.trigger].start
            and (target is None or target.code != ctx.last_verb[2].code)
        ):
            # "وحذرت السلطات المتساكنين ودعتهم إلى …": a verb joined by و to the sentence's last verb shares its subject
            source = ctx.last_verb[2]
            how += "+coordinated"
        if source is None and m.trigger <= 4 and _topic_fronted(toks) and "nosource" not in m.entry.get("flags", ()):
            # "من جانبه، أكد …" with no explicit subject: the other party speaks
            source = ctx.partner(ctx.last_source)
            how += "+topic"
        if source is None and target is not None and how.startswith("agreement") and m.trigger <= 2 and ctx.last_source:
            # "كما طالب أيضا الحكومة بـ…": the noun after the verb is its object (agreement), and the dropped subject
            # continues the story's last one
            if ctx.last_source.code != target.code:
                source = ctx.last_source
                how += "+prodrop"
        if not m.nominal and self._first_person(toks[m.trigger]):
            # "نحن نتواصل مع الأشقاء الليبيين ونرفض حسم الخلاف بالسلاح": "we" reject, the speaker's side, never a noun
            # of the sentence; the speaker is the subject of the report verb, or (for a noun wrongly taken) the
            # story's last source
            speaker = _speaker_before(toks, m.trigger, mentions)
            if speaker is not None:
                source = speaker.actor
            elif src_m is not None:
                source = ctx.last_source
            src_m = None
            how += "+we"
        if (
            not m.nominal
            and src_m is not None
            and m.trigger > 1
            and toks[m.trigger - 1].norm == "من"
            and src_m.end <= m.trigger - 1
            and without_conjunction(toks[m.trigger - 2].norm) in _WHO_OPENERS
        ):
            # "كان بورقيبة أول من طالب باستقلالها", "هناك من دعا إلى …": the subject is the relative "who"
            source, src_m = None, None
            how += "+who"
        source = self._peoples_country(toks, src_m, source, mentions)
        target = self._peoples_country(toks, tgt_m, target, mentions)
        if ctx.home_default:
            # "أكدت مصادر أمنية لبنانية أن الجيش اعتقل …": an unqualified army, police or court in a sentence that
            # names one foreign state's institutions is that state's, not the outlet's
            source, target = (self._foreign_institution(a, mentions) for a in (source, target))
        citizens = _own_people(toks, src_m.end if src_m is not None and src_m.start >= m.end else m.end)
        if citizens is not None and source is not None and source.country and (tgt_m is None or tgt_m.start > citizens):
            # "دعت إسبانيا مواطنيها إلى تجنب …", "حذرت السفارة رعاياها": the source's own citizens
            target = Actor(
                code=source.country + "CVL",
                country=source.country,
                sector="CVL",
                text=toks[citizens].surface,
                span=(toks[citizens].start, toks[citizens].end),
                rule="own-citizens",
            )
            how += "+own-citizens"
        root = m.code[:2]
        if (
            ctx.home_default
            and source is not None
            and target is not None
            and root not in ("14", "18", "19", "20")
            and source.sector in _AUTHORITIES
            and "context" not in source.rule
            and source.country not in (None, self.home_country, "IGO", "IMG")
            and target.country == self.home_country
            and "context" in target.rule
            and (target.sector in _PEOPLE or root == "17")
        ):
            # "دعت الحكومة العراقية سكان المناطق …" in a Tunisian outlet: an authority abroad addresses or arrests its
            # own people, not the outlet's ("ألقت السلطات الروسية القبض على مسؤول رفيع": whoever it arrests)
            target = replace(target, code=source.country + target.sector, country=source.country)
        if (
            m.code[:3] == "042"
            and source is not None
            and target is not None
            and target.sector is None
            and source.country == target.country
            and ("context" in source.rule or "place" in source.rule)
            and source.sector is not None
        ):
            # "سياح يزورون تونس", "زار وزير الخارجية تونس" in a Tunisian outlet: who visits a country comes from
            # elsewhere, so the story's or outlet's country is not theirs
            source = replace(source, code=source.sector, country=None)
        if m.code in ("180", "1823") and source is None and _accidental(toks, m.trigger):
            return None  # "قتلوا في انهيار أرضي", "لقي حتفه في حادث مرور": a death, not a deed anyone did
        if m.nominal:
            # an agent noun that is itself the trigger ("وهتف المتظاهرون …") is the source
            # (or overlaps it: "مئات المتظاهرين" is a trigger whose second word is the mention)
            own = next((x for x in mentions if x.actor is not None and x.start < m.end and m.trigger < x.end), None)
            if own is not None and own is not tgt_m and "support" not in how:
                source = own.actor
                how = "self"
        if source is None and m.nominal:
            agent = _relative_agent(toks, m.end, mentions)
            if agent is not None:  # "الهجوم الذي نفذته طالبان", "غارة شنتها طائرة أميركية"
                source = agent.actor
                how += "+agent"
        if (
            root == "18"
            and not m.nominal
            and how == "vso"
            and target is None
            and source is not None
            and source.sector in _VICTIMS
        ):
            # "خطف موظف بريطاني …": unvocalised, a kidnapping verb whose only noun is a civilian is the passive
            # (خُطف); gunmen kidnap civilians, civilians are not said to kidnap
            source, target = None, source
            how = "passive-victim"
        if (
            root == "17"
            and not m.nominal
            and how.startswith("vso")
            and (target is None or "obj:" in how)  # "… على علاقة بميليشيا": not the one arrested
            and source is not None
            and source.sector in _VICTIMS
            and _counted_mention(toks, src_m)
        ):
            # "ودهمت قوى الأمن المخزن وأوقفت خمسة أشخاص": a counted noun after an arrest verb is its object, and the
            # dropped subject is the authority that acted last
            last = ctx.last_source
            source, target = (last if last is not None and last.sector in _AUTHORITIES else None), source
            how = "prodrop-object"
        if (
            m.code == "173"
            and not m.nominal
            and how in ("vso", "svo")
            and target is None
            and source is not None
            and source.sector in ("CVL", "REF")  # (not أعوان, "agents", whom the lexicon reads as workers)
        ):
            # "وكان هذا الشاب قد اعتقل يوم 23 مارس", "اعتقل شاب في …": unvocalised, an arrest verb whose only noun is
            # a civilian is the passive (اُعتُقل); the police arrest civilians, not the other way round
            source, target = None, source
            how = "passive-arrested"
        if (m.code in ("173", "171") or root == "09") and target is not None and not target.name:
            # people arrested, raided or investigated as the report's suspects: held on suspicion of terrorism they
            # are suspected militants whoever they are ("القبض على تلميذ … بشبهة الانتماء إلى تنظيم إرهابي"); for a
            # crime it names, or wanted, civilians are criminal suspects ("القبض على شخص من ذوي السوابق العدلية بتهمة
            # ترويج العملة", "فتح بحث تحقيقي ضد شخص منظم لوفاق", "إيقاف 10 أشخاص مفتش عنهم")
            suspected = _suspected_as(toks, target.sector, mentions)
            held_m = src_m if how in ("passive-arrested", "prodrop-object") else tgt_m  # (read backwards above)
            if held_m is not None and target.sector in ("CVL", "CRM") and _wanted(toks, held_m.end, held_m.end + 2):
                # "فضلا عن القبض على 518 شخصا مفتّشا عنهم": those wanted are criminal suspects, whatever terror
                # suspicion the sentence names for others
                suspected = "CRM"
            if suspected is not None:
                target = replace(target, code=(target.country or "") + suspected, sector=suspected)
                how += "+suspect"
        if m.nominal and root in ("18", "19", "20"):
            # "تعرضت القوات الاميركية لهجوم", "نجا الوزير من محاولة اغتيال": the subject suffered the attack
            sufferer = _sufferer(toks, m.trigger, mentions)
            if sufferer is not None:
                if source is not None and source.code == sufferer.actor.code:
                    source = None
                target = sufferer.actor
                how += "+suffered"
        if (m.nominal or is_masdar(toks[m.trigger])) and root in _SAID:
            # "تلقى الأمين العام رسالة تهديد", "تلقى الرئيس دعوة من نظيره": who receives a threat, a call or an
            # invitation is its target; the one it came from follows من
            receiver = _sufferer(toks, m.trigger, mentions, _RECEIVING_VERBS, reach=16)
            if receiver is not None:
                sender = next(
                    (
                        x
                        for x in mentions
                        if x.actor is not None and m.end < x.start <= m.end + 3 and toks[x.start - 1].norm == "من"
                    ),
                    None,
                )
                if sender is not None:
                    source = sender.actor
                elif source is not None and source.code == receiver.actor.code:
                    source = None
                target = receiver.actor
                how += "+received"
        if root in ("18", "19", "20"):
            # the passive's agent: "قتل شرطي بنيران مسلحين", "خطف على أيدي مسلحين", "من قبل ضباط"
            agent = _marked_agent(toks, mentions, m.trigger)
            if agent is not None and (source is None or source.code != agent.actor.code):
                if target is not None and target.code == agent.actor.code:
                    target = source  # read backwards: the subject of the passive is the victim
                elif source is not None and (target is None or _is_casualty(toks, src_m)):
                    target = source
                elif source is not None:
                    agent = None  # an active clause with its own subject and object
                if agent is not None:
                    source = agent.actor
                    how += "+byagent"
        if root in ("18", "19", "20") and (source is None or source.sector == "UAF"):
            # "… في هجوم انتحاري … وتبنته حركة طالبان": whoever claims the attack is its author
            claimant = _claimant(toks, mentions)  # (undated: already read as the armed group, above)
            if claimant is not None:
                if target is not None and claimant.actor.code == target.code:
                    target = None  # "استهدف هجوم … وتبنته حركة طالبان": the claimant was read as the object
                source = claimant.actor
                how += "+claimed"
        if source is None and root in ("18", "19", "20"):
            # "ضربة جوية أميركية", "غارة شنتها طائرة إسرائيلية": the nationality of a strike is its author
            source = self._national_author(sent, tgt_m)
            if source is not None:
                how += "+nationality"
        if source is None and root == "14":
            # "أكد رئيس الغرفة الوطنية لأصحاب المخابز أنهم سيدخلون في إضراب": the members of the body that speaks
            x = _members_speaking(toks, m.trigger, mentions)
            if x is not None and (target is None or x.actor.code != target.code):
                source = x.actor
                how += "+speaker"
        if source is None and not m.nominal:
            # "قال حلف شمال الأطلسي إنه قتل …": the resumptive pronoun of a speaker
            x = _resumptive_speaker(toks, m.trigger, mentions)
            if x is not None and (target is None or x.actor.code != target.code):
                source = x.actor
                how += "+speaker"
        if target is None and root in ("18", "19", "20"):
            victim = _victim(toks, mentions, source)
            if victim is not None:
                target = victim.actor
                how += "+victim"
        if source is None and root in ("18", "19", "20") and target is not None and target.sector in _ARMED_FOES:
            # "أسفرت العملية الأمنية … عن مقتل 5 عناصر إرهابية": militants killed in a security (military) operation
            # were killed by the state's police (army)
            sector = _operation(toks, m.trigger)
            if sector is not None:
                c = target.country if target.country and len(target.country) == 3 else None
                source = Actor(code=(c or "") + sector, country=c, sector=sector, rule="operation")
                how += "+operation"
        if root in _ROLES and (source is None or target is None):
            # an empty slot of a protest or violent event goes to the sentence's actor of the typical role
            # (protesters are civilians or opposition, protests address authorities, violence is done by
            # armed actors to others): the nearest such mention to the trigger
            src_roles, tgt_roles = _ROLES[root]
            if source is None:
                x = _by_role(toks, mentions, m.trigger, src_roles, target)
                if x is not None:
                    source = x.actor
                    how += "+role"
            if target is None and (source is not None or root in ("14", "18")):
                # protests address the government before the police sent to face them
                x = _by_role(toks, mentions, m.trigger, _CIVIL_AUTHORITIES, source) if root == "14" else None
                x = x or _by_role(toks, mentions, m.trigger, tgt_roles, source)
                if x is not None:
                    target = x.actor
                    how += "+role"
            if target is None and root != "14":
                # the sentence's dead and wounded are the victims of its violence: "شرطيا قتل في انفجار عبوة"
                x = next(
                    (
                        x
                        for x in mentions
                        if x.actor is not None
                        and x.kind != "PAIR"
                        and _is_casualty(toks, x)
                        and not _is_informant(toks, x)
                    ),
                    None,
                )
                if x is not None and (source is None or x.actor.code != source.code):
                    target = x.actor
                    how += "+casualty"
            if target is None and root == "19" and source is not None and source.sector in _FORCES:
                # "اشتباكات … وحاصرت قوات الأمن عددا من الإرهابيين": the forces fight the armed men the sentence
                # names, not the district where it happened
                x = _by_role(toks, mentions, m.trigger, _FOUGHT_BY_FORCES, source)
                if x is not None:
                    target = x.actor
                    how += "+opponent"
        if source is None and target is None:
            if root == "04" and (
                (not m.nominal and (not _named_subject_follows(toks, m.end) or _meeting_noun_follows(toks, m.end)))
                or (m.nominal and _refers_to_story_meeting(toks, m.trigger))
            ):
                # "ناقش اللقاء …": the meeting's participants (not for a bare noun: "في اتصال هاتفي مع
                # الإذاعة", "الزيارة السنوية" name no meeting of the story's actors, nor for a verb whose own
                # unknown subject follows: "واجتمعت اللجنة الوطنية لمراقبة الحملة")
                source, target = ctx.meeting(visit=m.code[:3] in ("042", "043"))
                how += "+meeting"
            # the verb that opens the clause: the trigger itself, or the support verb governing its noun
            opener = m.support if m.nominal else m.trigger
            if (
                source is None
                and target is None
                and opener is not None
                and opener <= 2
                and ctx.last_source
                and not _named_subject_follows(toks, opener + 1)
            ):
                # a clause-opening verb with no subject ("وأكد على ضرورة …", "كما تمكنت من حجز 99 سيارة"): Arabic
                # drops the pronoun subject that continues the story's last one
                source = ctx.last_source
                how += "+prodrop"
            if source is None and target is None:
                managed = m.support is not None and without_conjunction(toks[m.support].norm) in MANAGED_VERBS
                if m.nominal and not managed and not m.passive and root not in _ACTORLESS_OK:
                    # a bare noun with nobody attached is a topic, not a deed (one that تمكن/نجح or تم governs is
                    # stated as done: "تمكنت الوحدات الديوانية من حجز شاحنة", "تم إيقاف 18 شخصا وحجز سيارة")
                    return None
                # a finite verb states a deed even when we cannot tell whose: kept for its type,
                # marked "+noactor" (filter it out for dyadic analysis) and ranked below dyadic events
                how += "+noactor"
        if (
            root == "14"
            and source is not None
            and target is not None
            and source.sector in _AUTHORITIES
            and target.sector in _PROTESTERS
        ):
            # "مواجهات بين الشرطة والمتظاهرين": the protest is the protesters' whichever side is named first
            source, target = target, source
            how += "+protesters-first"
        if m.entry["source"] == "up" and (source is None or target is None):
            return None  # UP patterns are lemma-based and noisy: code them only with both slots
        if (
            root == "18"
            and not m.code.startswith("183")  # (bombers are militants, not criminals: see _IRREGULAR)
            and source is not None
            and source.sector == "CVL"
            and src_m is not None
            and src_m.actor is not None
            and src_m.actor.sector == "CVL"  # (the sentence's own mention, not a filled-in convention)
        ):
            # "أقدم 3 أشخاص على اختطاف فتاة", "اعتدى شاب على عون أمن": private people who kidnap or assault are
            # criminals (PLOVER CRM), not civilians
            source = replace(source, code=(source.country or "") + "CRM", sector="CRM")
            how += "+criminal"
        if (
            root == "19"
            and source is not None
            and source.sector == "CVL"
            and src_m is not None
            and src_m.actor is not None
            and src_m.actor.sector == "CVL"
            and toks[src_m.start].key in _SOMEONE  # (a person, not protesters or settlers named as such)
        ):
            # "شخص أطلق النار على الأمن": someone who opens fire is an (unidentified) armed man, not a civilian
            source = replace(source, code=(source.country or "") + "UAF", sector="UAF")
            how += "+armed"
        if source is not None and target is not None and source.code == target.code and root not in ("19", "14"):
            target = None
        modality = self.matcher.modality(toks, m)
        plover, mode, context, goldstein = self.lexicon.cameo_info(m.code)
        if "visit" in m.entry.get("flags", ()) and plover == "CONSULT":
            mode = mode or "visit"
        vt = toks[m.trigger]
        vend = toks[m.end - 1].end
        conf = m.confidence + (0.1 if source is not None else 0) + (0.1 if target is not None else 0)
        if source is None and target is None:
            conf -= 0.15
        rule = m.rule + (f"|{how}" if how else "") + ("|noun" if m.nominal else "")
        return Event(
            event_id=event_id(
                doc.id, sent.index, m.rule, source.code if source else "", target.code if target else "", m.code
            ),
            doc_id=doc.id,
            story=story.index,
            sentence=sent.index,
            date=doc.date,
            date_precision="day" if doc.date else "unknown",
            date_text=None,
            source=source,
            target=target,
            cameo=m.code,
            cameo_root=root,
            plover=plover,
            plover_mode=mode,
            plover_context=context,
            quad_class=_QUAD.get(int(root), 0),
            goldstein=goldstein,
            modality=modality,
            location=None,
            evidence=Evidence(
                sentence=sent.text,
                verb_span=(vt.start, vend),
                source_span=source.span if source else None,
                target_span=target.span if target else None,
                rule=rule,
                confidence=round(min(conf, 1.0), 3),
                verb_text=doc.text[vt.start : vend],
            ),
        )


def _conventional_actors(ev: Event, home: str | None = None, story: str | None = None) -> None:
    """Slots of protest and violence events the text leaves empty, filled by the conventions the Arabic event gold
    follows.  Each is marked in `evidence.rule` and never becomes a story actor (see _CONVENTIONAL).  `home`: the
    outlet's country (`--country`); `story`: the country of the story's first actor in an earlier sentence (in the same
    sentence it is mostly the speaker's: "وأوضحت المواطنة التونسية أن تظاهرات جابت شوارع الولايات الأمريكية").  A
    protest the sentence places nowhere is taken to happen in the story's country, else the outlet's."""
    loc = ev.location
    here = loc.country if loc is not None and loc.country and len(loc.country) == 3 else None
    if (
        ev.cameo == "042"
        and ev.target is None
        and here
        and ev.source is not None
        and ev.source.country not in (None, here)
    ):
        # "زيارة رئيس الحكومة إلى ألمانيا": a visit abroad with no named host visits the country it goes to
        ev.target = Actor(code=here, country=here, text=loc.text, span=loc.span, rule="place")
        ev.evidence.target_span = loc.span
        ev.evidence.rule += "|+place"
        return
    if ev.cameo_root == "14":
        # ("أكد رئيس الغرفة الوطنية لأصحاب المخابز أنهم سيدخلون في إضراب عام": a local paper's protest with no place)
        # ("اعتقلت السلطات السورية … بعد موجة من الاحتجاجات": the story is in Syria, whatever the outlet)
        fallback = story if story and len(story) == 3 else home
        here = here or (fallback if ev.source is None or ev.source.country in (None, fallback) else None)
        if ev.source is None:
            # nobody named as protesting: civilians (PLOVER's default protester) of the place they protest in
            ev.source = Actor(code=(here or "") + "CVL", country=here, sector="CVL", rule="protesters")
            ev.evidence.rule += "|+protesters"
        c = here or ev.source.country
        if ev.target is None and c and len(c) == 3:
            # a protest that names no addressee is addressed to the government where it takes place
            # ("تظاهر خمسة آلاف شخص في بيشاور" → PAKGOV)
            ev.target = Actor(code=c + "GOV", country=c, sector="GOV", rule="domestic")
            ev.evidence.rule += "|+domestic"
        return
    if ev.cameo_root not in ("18", "19", "20"):
        return
    if ev.source is None:
        # nobody named as the author of an attack: unidentified armed forces, CAMEO's own code for it
        ev.source = Actor(code="UAF", sector="UAF", rule="unattributed")
        ev.evidence.rule += "|+unattributed"
    t = ev.target
    if here is None:
        return
    if ev.source.code == "UAF" and ev.source.country is None:
        # unidentified attackers belong to the country they strike in, as the gold codes them ("مسلحون مجهولون"
        # in Mosul: IRQUAF; gsr-dev ASSAULT source country 0.739 -> 0.783)
        ev.source = replace(ev.source, code=here + "UAF", country=here)
    if t is None:
        # an attack with no named target hits the people of the place it happens in (gsr-dev ASSAULT target country
        # 0.602 -> 0.651): its dead or wounded when the sentence counts them with no noun ("بعد ساعات من مقتل 25 على
        # الأقل"), and, as the gold codes them, also when it counts none ("وقع انفجاران في سوق خضراوات مكتظ") — even
        # for a state's strike ("نفذت إسرائيل ضربة جوية في سورية"): target sector 0.696 -> 0.723 (CVL only for
        # attackers other than state forces: 0.705)
        casualties = _CASUALTIES.search(ev.evidence.sentence) is not None
        ev.target = Actor(
            code=here + "CVL",
            country=here,
            sector="CVL",
            text=loc.text,
            span=loc.span,
            rule="place",
        )
        ev.evidence.target_span = loc.span
        ev.evidence.rule += "|+place" + ("+casualties" if casualties else "+people")
    elif t.sector in _LOCAL_VICTIMS and (
        t.country is None
        or (t.country != here and t.rule.endswith("context"))
        # ("مستوطنون هاجموا المواطنين من قرية كفر قليل": the victims took the attackers' country by coreference)
        or (t.country != here and t.rule.endswith("coref") and ev.source is not None and t.country == ev.source.country)
    ):
        # "قتل 31 شخصا" in a Baghdad bombing: the people of the country where it happened (also over the story's or
        # outlet's default: "أفادت بمقتل الوزير بإطلاق نار عليه في العاصمة مقديشو" is a Somali minister)
        ev.target = Actor(
            code=here + t.sector,
            country=here,
            sector=t.sector,
            name=t.name,
            text=t.text,
            span=t.span,
            rule=(t.rule + "+place").lstrip("+"),
        )


_CONVENTIONAL = frozenset({"unattributed", "protesters", "domestic", "place"})
# Words that count an attack's dead or wounded ("مقتل 25", "سبعة قتلى", "لقوا حتفهم", "إصابة 78 آخرين")
_CASUALTIES = re.compile(
    r"(?:^|\s)[وف]?(?:ب|ل)?(?:مقتل|قتلى|قتيلا|قتيل|مصرع|حتفهم|حتفه|اصابة|إصابة|جرحى|جريحا|ضحايا)(?:\s|$|[،,.])"
)
_PEOPLE = frozenset("CVL LAB BUS EDU HLH MED REL".split())
_PEOPLE_OR_SUSPECTS = _PEOPLE | {"REB", "CRM"}
_LOCAL_VICTIMS = frozenset("CVL COP MIL GOV REL EDU HLH MED LAB BUS".split())


def _without_patient_protesters(evs: list[Event]) -> list[Event]:
    """Drop a protest coded from the protesters' own noun when, in this sentence, they are only the ones another deed
    was done to ("اعتقلت الشرطة 190 متظاهرا", "أصيب متظاهر برصاصة"): that deed is the sentence's event."""

    def done_to(e: Event) -> bool:
        a = e.evidence.verb_span[0]
        return any(
            o.cameo_root != "14" and o.target is not None and o.target.span and o.target.span[0] <= a < o.target.span[1]
            for o in evs
        )

    return [e for e in evs if not (e.cameo_root == "14" and "self" in e.evidence.rule and done_to(e))]


def _kind(e: Event) -> str:
    """Which classifier judges an event."""
    if e.cameo_root in ("18", "19", "20") or e.cameo == "1712":
        return "assault"
    return "protest" if e.cameo_root == "14" else "quad"


_HEADLINE_SEP = re.compile(r"\s:\s")


def _headline_list(text: str) -> bool:
    """A run of other articles' headlines scraped with the page ("المهدية : شلل تام … رئيس الجمهورية يستقبل …"):
    two or more "place : title" separators and no sentence end.  Its events belong to other documents."""
    seps = len(_HEADLINE_SEP.findall(text))
    # (three or more are a list even when the last title ends with a full stop or "..")
    return seps >= 3 or (seps >= 2 and not text.rstrip().endswith((".", "!", "?", "؟", "»", '"')))


_SYNTACTIC_SUBJECT = frozenset("vso svo relative vso-head coordinated".split())


def _principal(*actors: Actor) -> bool:
    """Named parties, not a people counted in passing ("1500 تونسي"): only they make the story's pair."""
    return all("people" not in (a.rule or "") for a in actors)


class _StoryContext:
    """What a story has said so far: its principal actors and main country."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self.first_pair: tuple[Actor | None, Actor | None] = (None, None)
        self.first_pair_hostile = False  # the first pair came from a conflict event (QuadClass 3/4)
        self.meeting_pair: tuple[Actor | None, Actor | None] = (None, None)  # of the first meeting or visit
        self.meeting_hosted = False  # that meeting was a reception (043): its source is the host
        self.country: str | None = None
        self.last_source: Actor | None = None
        # the subject of the story's last verb of saying ("قال X", "أفاد آمان الله الميساوي"), for "المتحدث"; None when
        # that speaker has no code (a person the lexicon and the NER do not know)
        self.speaker: Actor | None = None
        self.speaker_seen = False
        # (sentence, character offset of the verb, source) of the last finite-verb event with a named source
        self.last_verb: tuple[int, int, Actor] | None = None
        self.home_default = False  # unqualified actors of the sentence took the outlet's country

    def heard(self, toks, mentions: list[Mention]) -> None:
        """Remember the sentence's first speaker: the subject right after its first verb of saying."""
        k = next(
            (j for j, t in enumerate(toks[:-1]) if without_conjunction(t.norm) in _SPEECH or t.key in _SPEECH), None
        )
        if k is None or not toks[k + 1].norm[:1].isalpha() or toks[k + 1].norm in FUNCTION_WORDS:
            return
        x = next((x for x in mentions if x.start == k + 1 and x.kind != "PAIR"), None)
        if x is not None and _bare_speaker(toks, x):
            return
        self.speaker = x.actor if x is not None else None
        self.speaker_seen = True

    def observe(self, mentions: list[Mention]) -> None:
        for x in mentions:
            if x.actor is not None:
                self.actors.append(x.actor)
                if self.country is None and x.actor.country and x.actor.country not in ("IGO", "IMG"):
                    self.country = x.actor.country

    def after_event(self, ev: Event) -> None:
        # actors filled in by convention (UAF for an unnamed attacker, …) name nobody the story can refer back to
        src = ev.source if ev.source is not None and ev.source.rule not in _CONVENTIONAL else None
        tgt = ev.target if ev.target is not None and ev.target.rule not in _CONVENTIONAL else None
        if src is not None:
            self.last_source = src
            parts = ev.evidence.rule.split("|")
            how = parts[1].split("+")[0] if len(parts) > 1 else ""
            if "|noun" not in ev.evidence.rule and how in _SYNTACTIC_SUBJECT:
                # (a subject the verb's own clause names, not one filled in by role or from the story)
                self.last_verb = (ev.sentence, ev.evidence.verb_span[0], src)
        if self.first_pair == (None, None) and src is not None and tgt is not None and _principal(src, tgt):
            self.first_pair = (src, tgt)
            self.first_pair_hostile = ev.quad_class in (3, 4)
        if (
            self.meeting_pair == (None, None)
            and ev.cameo_root == "04"
            and src is not None
            and tgt is not None
            and "+meeting" not in ev.evidence.rule  # (a pair lent by the story is no meeting of its own)
        ):
            self.meeting_pair = (src, tgt)
            self.meeting_hosted = ev.cameo == "043"

    def meeting(self, visit: bool = False) -> tuple[Actor | None, Actor | None]:
        """The parties of the meeting a story refers back to ("وتأتي الزيارة", "وتناول اللقاء"): its first meeting's
        or visit's, else its principal pair — but for a visit not a pair that fought or protested ("رشق متظاهرون
        لوبن بالبيض … وتأتي الزيارة": the protesters did not visit; strikers and a ministry do negotiate)."""
        if self.meeting_pair != (None, None):
            if visit and self.meeting_hosted:
                # "استقبل الرئيس الشيخة موزا … التي تؤدي زيارة إلى تونس": the guest received is the visitor
                return self.meeting_pair[1], self.meeting_pair[0]
            return self.meeting_pair
        if visit and self.first_pair != (None, None) and self.first_pair_hostile:
            return None, None
        return self.pair()

    def pair(self) -> tuple[Actor | None, Actor | None]:
        if self.first_pair != (None, None):
            return self.first_pair
        seen: dict[str, Actor] = {}
        for a in self.actors:
            if a.country and a.country not in {x.country for x in seen.values()} and _principal(a):
                seen[a.code] = a
        vals = list(seen.values())
        return (vals[0] if vals else None, vals[1] if len(vals) > 1 else None)

    def partner(self, source: Actor | None) -> Actor | None:
        a, b = self.pair()
        if source is None:
            return b
        return b if a is not None and a.country == source.country else a


# Casualty words: the chunk right after them names the victims of a violent event.
_CASUALTY = frozenset(
    "مقتل قتل اصابه اصابات اصيب اصيبوا جرح جرحي مصرع استشهاد استشهد خطف اختطاف اعتقال قتلي ضحايا".split()
)


# Verbs of a relative clause that name who carried out a noun event.
_AGENT_VERBS = frozenset("نفذ نفذه نفذته نفذها نفذوه شن شنه شنته شنتها شنها شنوه ارتكب ارتكبه ارتكبته ارتكبها".split())


def _relative_agent(toks, end: int, mentions: list[Mention]) -> Mention | None:
    """The subject of "الذي/التي نفذته …" right after a noun trigger."""
    for k in range(end, min(len(toks), end + 4)):
        if toks[k].norm in _AGENT_VERBS:
            return next((x for x in mentions if x.actor is not None and k < x.start <= k + 2), None)
    return None


# Claims of responsibility: تبنى with the attack as its object pronoun ("وتبنته حركة طالبان"), or تبنى/أعلن
# followed by مسؤولية ("أعلنت حركة طالبان مسؤوليتها"); and attribution, "نسب إلى المتمردين".
_CLAIM_OBJECT = frozenset("تبنته تبناه تبنتها تبناها تبناهما تبنتهما".split())
_CLAIM_VERBS = frozenset("تبنت تبني يتبني تتبني اعلنت اعلن تعلن يعلن".split())
_ATTRIBUTE = frozenset("نسب نسبت ينسب تنسب نسبه نسبته نسبها".split())


def _claimant(toks, mentions: list[Mention]) -> Mention | None:
    """The subject of a claim of responsibility in the sentence (the first mention within a few words after the
    claiming verb), or the group an attack is attributed to ("نسب الى المتمردين التاميل")."""
    n = len(toks)
    for k, t in enumerate(toks):
        bare = without_conjunction(t.norm)
        if bare in _ATTRIBUTE and k + 1 < n and toks[k + 1].norm in ("الي", "لي"):
            lo, hi = k + 2, k + 3
        elif bare in _ATTRIBUTE:
            # "ونسبت بكين مسؤولية هجمات … لناشطين من أقلية الأويغور": the group after لـ
            x = next(
                (
                    x
                    for x in mentions
                    if x.actor is not None and k < x.start <= k + 12 and toks[x.start].clitics.endswith("ل")
                ),
                None,
            )
            if x is not None and any(t.key.startswith("مسوولي") for t in toks[k + 1 : x.start]):
                return x
            continue
        elif bare in _CLAIM_OBJECT:
            lo, hi = k + 1, k + 3
        elif bare in _CLAIM_VERBS:
            resp = next((j for j in range(k + 1, min(n, k + 8)) if toks[j].key.startswith("مسوولي")), None)
            if resp is None:
                continue
            lo, hi = k + 1, resp
        else:
            continue
        x = next((x for x in mentions if x.actor is not None and x.kind != "PAIR" and lo <= x.start <= hi), None)
        if x is not None:
            return x
    return None


_DOMESTIC = frozenset("GOV COP JUD LEG BUS".split())


def _sentence_state(mentions: list[Mention], home: str | None) -> str | None:
    """The one foreign state whose institutions or nationals a sentence names, if exactly one is."""
    states = {
        x.actor.country
        for x in mentions
        if x.actor is not None
        and x.actor.country
        and x.actor.country not in ("IGO", "IMG", "INT")
        # a state's institution that acts at home (its court, police, government, companies), not the bare state, its
        # army or spies, which act abroad too ("اغتياله من قبل الموساد الإسرائيلي" leaves the victim's family alone)
        and x.actor.sector in _DOMESTIC
        and ("named" in x.actor.rule or "nationality" in x.actor.rule)
    }
    if len(states) != 1:
        return None
    (state,) = states
    return state if state != home else None


def _context_people(a: Actor) -> bool:
    # (and militants or suspects a foreign state reports arresting or killing: "أعلنت وزارة الدفاع الجزائرية … القبض
    # على عنصر إرهابي")
    return a.sector in _PEOPLE_OR_SUSPECTS and a.rule.endswith("context") and not a.name


# Words before a relative من "who" ("أول من طالب", "هناك من دعا", "كل من شارك"): not the preposition "from"
_WHO_OPENERS = frozenset("اول هناك ثمه كل اكثر اخر".split())
# "its / his / their citizens (nationals)": the people of whoever speaks (after the verb or its subject)
_OWN_PEOPLE = frozenset("مواطنيها مواطنيه مواطنيهم مواطنينا رعاياها رعاياه رعاياهم رعايانا".split())


def _own_people(toks, at: int) -> int | None:
    """Index of an "its citizens" word right after `at` (the verb, or its subject after it), else None."""
    for k in range(at, min(at + 2, len(toks))):
        if without_conjunction(toks[k].norm) in _OWN_PEOPLE:
            return k
    return None


# Verbs whose subject undergoes (or escapes) the violent noun that follows them.
_SUFFER = frozenset("تعرض تعرضت يتعرض تتعرض تعرضوا يتعرضون نجا نجت ينجو تنجو نجوا".split())


# Verbal event roots (statements, appeals, demands, disapproval, rejection, threats) whose noun can be received.
_SAID = frozenset("01 02 10 11 12 13".split())
# Verbs of receiving: their subject is the target of the threat, call or invitation they receive.
_RECEIVING_VERBS = frozenset("تلقي تلقت يتلقي تتلقي تلقوا يتلقون تلقينا استلم استلمت".split())


def _sufferer(
    toks, trigger: int, mentions: list[Mention], verbs: frozenset[str] = _SUFFER, reach: int = 12
) -> Mention | None:
    """The mention between a suffering (or receiving) verb and the event noun within the next few words."""
    for k in range(trigger - 1, max(-1, trigger - reach - 1), -1):
        if toks[k].norm in verbs or toks[k].key in verbs:
            for x in mentions:
                if (
                    x.actor is not None
                    and x.kind != "PAIR"
                    and (k < x.start < trigger or x.end == k or (x.end == k - 1 and toks[k - 1].norm in ("قد", "لقد")))
                ):  # ("منزل اللواء خليفة حفتر قد تعرض لهجوم")
                    return x
            return None
    return None


def _victim(toks, mentions: list[Mention], source: Actor | None) -> Mention | None:
    for x in mentions:
        if x.actor is None or x.actor is source or x.kind == "PAIR" or _is_informant(toks, x):
            continue  # "إصابة 3 منهم حسب وسائل إعلام": the media report the wounded, they are not them
        for k in range(max(0, x.start - 4), x.start):
            t = toks[k]
            if t.norm in _CASUALTY or t.key in _CASUALTY:
                return x
    return None


# Typical (source, target) sectors of protest and violence (PLOVER sector definitions).
_PROTESTERS = frozenset("CVL OPP LAB EDU REL PTY REF MED NGO AGR HLH BUS".split())
_AUTHORITIES = frozenset("GOV MIL COP LEG JUD ELI".split())
_ARMED = frozenset("MIL REB UAF INS COP SPY CRM".split())
_CIVIL_AUTHORITIES = frozenset("GOV LEG JUD ELI".split())
_JUDICIAL_PEOPLE = frozenset("محام محامي قضا قاض عدول".split())  # (match keys) lawyers, judges, bailiffs
_TRADESPEOPLE = frozenset("تجار تاجر اصحاب رجال حرفي حرفيين".split())  # (match keys) business people, not firms
_BEFORE_PLACE = frozenset("امام قرب بجانب داخل خارج امامه".split())
# Bombings, assassinations and kidnappings (root 18) are done by non-state armed actors far more often than
# by soldiers or police, who are then their usual targets ("انفجار عبوة ناسفة … جنودنا", "نجا قائد الشرطة")
_IRREGULAR = frozenset("REB UAF INS SPY CRM".split())
# Sectors that are the victims, not the authors, of kidnappings and bombings.
_VICTIMS = frozenset("CVL LAB MED BUS EDU HLH REL REF AGR NGO".split())
_SOMEONE = frozenset("شخص اشخاص شخصا شخصين رجل رجال شاب شبان".split())  # (match keys)
# Who state forces fight in a clash: irregular armed actors (not _IRREGULAR: _by_role skips casualties for that set).
_FORCES = frozenset("MIL COP".split())
_FOUGHT_BY_FORCES = frozenset("REB UAF INS CRM".split())
_ROLES = {
    "14": (_PROTESTERS, _AUTHORITIES),
    "18": (_IRREGULAR, _AUTHORITIES),
    **{r: (_ARMED, frozenset()) for r in ("19", "20")},
}


def _by_role(toks, mentions: list[Mention], at: int, sectors: frozenset[str], other: Actor | None) -> Mention | None:
    """The mention nearest to token `at` whose actor has one of `sectors` (not the event's other actor)."""
    best, dist = None, 1 << 30
    for x in mentions:
        a = x.actor
        if a is None or x.kind == "PAIR" or (other is not None and a.code == other.code):
            continue
        if a.sector not in sectors and not (
            sectors is _PROTESTERS and a.sector == "JUD" and toks[x.start].key in _JUDICIAL_PEOPLE
        ):
            continue  # (lawyers, judges and bailiffs protest, courts do not: "ينفذ المحامون إضرابا")
        if other is not None and other.span is not None and a.span == other.span:  # the other slot's own words
            continue
        if _is_informant(toks, x):
            continue  # "قال مصدر أمني", "وفقا لمصادر امنية": who reports the event, not who took part
        if sectors is _PROTESTERS and x.start > 0 and toks[x.start - 1].norm in _BEFORE_PLACE:
            continue  # "وقفة احتجاجية أمام المدرسة الابتدائية": where they protest, not who
        if sectors is _PROTESTERS and a.sector == "BUS" and toks[x.start].key not in _TRADESPEOPLE:
            continue  # "عمال شركة صنع العجلات": traders protest, a company named beside its workers does not
        if sectors in (_ARMED, _IRREGULAR) and (_is_casualty(toks, x) or _attacked(toks, x)):
            continue  # "مقتل 12 جنديا", "شرطيا قتل", "تم استهداف مدرعة شرطة": the victims are not the attackers
        if x.start > at and x.start >= 2 and unmarked_relative(toks, x.start - 2, x.start):
            continue  # "ستستهدف مناطق تنشط فيها الجماعات الإرهابية": the subject of a relative clause on the object
        d = x.start - at if x.start >= at else at - x.end + 1
        if d < dist:
            best, dist = x, d
    return best


# Informants: heads of a reporting mention, and the speech verbs whose subject reports rather than acts.
_INFORMANT_HEADS = frozenset("مصدر مصادر متحدث ناطق شاهد شهود بيان مراسل".split())
_MEMBER_HEADS = frozenset("عضو اعضاء رييس كاتب ممثل مسوول".split())  # (match keys)
_ACCORDING_TO = frozenset("حسب بحسب وحسب وفق وفقا طبقا حسبما".split())
_SPEECH = frozenset("قال قالت اعلن اعلنت ذكر ذكرت افاد افادت اكد اكدت اوضح اوضحت اضاف اضافت صرح صرحت".split())


def _marked_agent(toks, mentions: list[Mention], trigger: int = 0) -> Mention | None:
    """The mention right after على يد / على أيدي / بنيران / برصاص / من قبل; of several, the one after the trigger
    and nearest it ("أصيب 8 أشخاص برصاص مسلح …، وقتل المشتبه به على يد الشرطة": the police killed him)."""
    found = []
    for x in mentions:
        if x.actor is None or x.kind == "PAIR" or x.start == 0:
            continue
        # the marker may be separated by a count: "على يد عشرة متمردين", "من قبل عدة ضباط"
        for k in range(x.start - 1, max(-1, x.start - 4), -1):
            prev = toks[k]
            if prev.norm in AGENT_MARKERS and (prev.norm != "قبل" or (k > 0 and toks[k - 1].norm == "من")):
                found.append(x)
                break
            if not prev.norm[0].isalnum():
                break
    return min(found, key=lambda x: (x.start < trigger, abs(x.start - trigger)), default=None)


def _main_country(places) -> str | None:
    """The country most of a sentence's places lie in, if one leads ("المنصورية … المقدادية … بغداد": IRQ)."""
    counts = Counter(pl.country for pl in places if pl.country)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


# Words of a crime report (match keys): a charge, a suspicion, a record, what they carried or dealt in.
_CRIME_WORDS = frozenset(
    "تهم بتهم اشتبا يشتبه مشتب سوابق بحوزت حوزت مخدر زطل ترويج تهريب سرق تزوير احتيال تحيل دعار متورط عصاب اجرامي وفاق"
    # what was seized on them: weapons, cartridges, unlicensed guns ("حجز 3 بنادق صيد غير مرخص لها")
    " حجز خراطيش خرطوش بنادق بندقي بندقيه بندقيتي اسلح سلاح مرخص"
    # crossing the border clandestinely ("إحباط عملية اجتياز الحدود البحرية خلسة")
    " خلس".split()
)


_WANTED_BY = frozenset("بطاق منشور محل مناشير".split())  # (match keys)
_SUSPICION = frozenset(
    "تهم بتهم تهمه بتهمه شبه بشبه شبهه بشبهه يشتب يشتبه مشتب مشتبه اشتباه انتماء انضمام يمجد تمجيد"
    # "على علاقة بتنظيم إرهابي", "في قضية إرهابية", "قضايا إرهابية"
    " علاق بعلاق قضي قضايا"
    # "الإطاحة بـ11 خلية إرهابية وإيقاف 62 شخصا", "أغاني تحرّض على الإرهاب"
    " خلي خلايا تحرض يحرض تحريض".split()
)
_TERROR = frozenset("ارهابي ارهاب تكفيري داعش".split())
_UNIT_OF = frozenset("جرايم مكافح لمكافح مكافحه لمكافحه".split())


_WANTED_FOR = frozenset("للعداله للقضاء امنيا".split())


def _suspected_as(toks, sector: str | None, mentions: list[Mention] = ()) -> str | None:
    """REB when the report suspects or charges the people it names of terrorism (not a unit's name: "الوحدة الوطنية
    للبحث في جرائم الإرهاب"); CRM for civilians when it names a crime or says they were wanted; else None."""
    # (a named armed group is a terror cue too: "بتهمة الانتماء لتيار أنصار الشريعة المحظور")
    if (sector in _PEOPLE or sector == "CRM") and (
        any(t.key in _TERROR and not (k > 0 and toks[k - 1].key in _UNIT_OF) for k, t in enumerate(toks))
        or any(x.actor is not None and x.actor.sector == "REB" and x.actor.name for x in mentions)
    ):
        # (ب left on an unknown word: "قام بتمجيد الإرهاب")
        if any(
            t.key in _SUSPICION or stem(t) in _SUSPICION or (t.key[:1] == "ب" and t.key[1:] in _SUSPICION) for t in toks
        ):
            return "REB"
    if sector != "CVL":
        return None
    # (a proclitic the vocabulary did not strip: "وترويج")
    if any(t.key in _CRIME_WORDS or t.key[1:] in _CRIME_WORDS for t in toks):
        return "CRM"
    return "CRM" if _wanted(toks) else None


def _wanted(toks, a: int = 0, b: int | None = None) -> bool:
    """Tokens a..b say someone is wanted: "مفتش عنهم", "مطلوبين للعدالة", "بطاقة تفتيش"."""
    n = len(toks)
    for k in range(a, min(n, b if b is not None else n)):
        t = toks[k]
        if (
            (t.key in ("مفتش", "مفتشا") and k + 1 < n and toks[k + 1].norm.startswith("عنه"))
            # "ثمانية أشخاص مطلوبين للعدالة"
            or (t.key in ("مطلوب", "مطلوبا") and k + 1 < n and toks[k + 1].norm in _WANTED_FOR)
            or (t.key == "تفتيش" and k > 0 and toks[k - 1].key in _WANTED_BY)  # "بطاقة تفتيش", "محل تفتيش"
        ):
            return True
    return False


# Accidents and disasters: a death "in" or "after" one of these is no violent deed (CAMEO codes intended acts).
_ACCIDENTS = frozenset(
    "حادث حوادث انهيار غرق حريق فيضان سيول زلزال اصطدام تسمم صعق عاصف انزلاق تدافع اختناق خلل".split()
)
_VEHICLES = frozenset("قطار حافل طاير سيار شاحن".split())  # (match keys)
_ACCIDENT_VERBS = frozenset("اصطدم اصطدمت اصطدمتا تحطم تحطمت انقلب انقلبت انحرف انحرفت".split())
# The accusative of how one died by accident (not حرقا or اختناقا: also murder, and the gas of an air strike).
_ACCIDENT_MANNER = frozenset({"غرقا"})
_LIGHTNING = frozenset("برق صاعق صواعق".split())  # (match keys)
_CAUSE_PREPS = frozenset("في جراء اثر بسبب بعد عقب عن".split())
_NOT_ACCIDENT = frozenset("ارهابي اجرامي اطلاق طعن تفجير اعتداء هجوم متعمد منفصل مماثل اخر امني مسلح دموي".split())
# Where a blast is an industrial or domestic accident ("انفجار داخل مصنع", "انفجار قارورة غاز"), unless a word of
# _NOT_ACCIDENT says otherwise (match keys).
_BLAST_SITES = frozenset("مصنع معمل منجم مستودع مخزن مصفا اسطوان قارور خزان".split())


def _accidental(toks, trigger: int) -> bool:
    """The clause around a killing word says the death came from an accident ("قتلوا في انهيار أرضي"), the
    death is the result of one ("جد حادث مرور … ما أسفر عن مقتل سيدة", "أسفر حادث اصطدام حافلة بحشد في هايتي … عن
    مقتل 38 شخصا"), or a crash opens the sentence."""
    n = len(toks)
    if any(t.norm in _ACCIDENT_MANNER for t in toks[trigger + 1 : trigger + 12]):
        return True  # "لقوا مصرعهم منذ بداية العام غرقا في مياه البحر": how they died, at nobody's hand
    if any(t.key in _LIGHTNING for t in toks[max(0, trigger - 12) : trigger + 12]):
        return True  # "لقوا حتفهم بعدما ضربهم البرق": struck by lightning
    if any(without_conjunction(t.norm) in _ACCIDENT_VERBS for t in toks[max(0, trigger - 20) : trigger]):
        return True  # "اصطدمت طائرة بمركز للتسوق … لقوا حتفهم"
    if any(without_conjunction(t.norm) in RESULT_OF for t in toks[max(0, trigger - 15) : trigger]) and any(
        t.key in _ACCIDENTS and (j + 1 >= n or toks[j + 1].key not in _NOT_ACCIDENT)
        for j, t in enumerate(toks[:trigger])
    ):
        return True
    for k in range(max(0, trigger - 15), min(n - 1, trigger + 12)):
        norm = toks[k].norm
        if (
            norm not in _CAUSE_PREPS
            and without_conjunction(norm) not in _CAUSE_PREPS
            and toks[k].clitics.lstrip("وف") != "ب"
        ):
            continue
        j = k if toks[k].clitics.lstrip("وف") == "ب" else k + 1
        nxt = toks[j + 1].key if j + 1 < n else ""
        if toks[j].key in _ACCIDENTS:
            return nxt not in _NOT_ACCIDENT
        if toks[j].key in ("خروج", "انحراف") and nxt in _VEHICLES:
            return True  # "إثر خروج قطار عن السكة": a derailment
        if toks[j].key == "انفجار":
            near = [t.key for t in toks[j + 1 : j + 4]]
            if any(w in _BLAST_SITES for w in near) and not any(w in _NOT_ACCIDENT for w in near):
                return True  # "أصيب 13 شخصا في انفجار داخل مصنع"
    return False


# Attack masdars whose genitive is the one attacked ("استهداف مدرعة شرطة", "اغتيال الوزير").
_ATTACK_MASDARS = frozenset("استهداف مهاجم قصف اغتيال اختطاف خطف اقتحام".split())


def _attacked(toks, x: Mention) -> bool:
    return x.start > 0 and toks[x.start - 1].key in _ATTACK_MASDARS


def _counted_mention(toks, x: Mention | None) -> bool:
    """The mention opens with a number or follows one ("خمسة أشخاص", "3 شبان")."""
    if x is None:
        return False
    first = toks[x.start].norm
    prev = toks[x.start - 1].norm if x.start > 0 else ""
    return any(w.isdigit() or w in COUNT_WORDS for w in (first, prev))


def _is_casualty(toks, x: Mention | None) -> bool:
    if x is None:
        return False
    # a conjunct of the victims reaches further back ("استشهاد مدنيين وأعوان من قوات الأمن والجيش")
    reach = 8 if toks[x.start].clitics.startswith("و") else 4
    window = toks[max(0, x.start - reach) : x.start]
    if reach == 8 and any(not t.norm[:1].isalnum() for t in window):
        window = window[max(i for i, t in enumerate(window) if not t.norm[:1].isalnum()) + 1 :]
    before = any(t.norm in _CASUALTY or t.key in _CASUALTY for t in window)
    k = x.end + 1 if x.end < len(toks) and toks[x.end].norm in ("قد", "لقد") else x.end  # "42 جنديا قد قتلوا"
    if k + 1 < len(toks) and toks[k].norm == "بين":
        k += 1  # "سقط عشرات العراقيين بين قتيل وجريح"
    after = k < len(toks) and (
        toks[k].norm in _CASUALTY or toks[k].norm.rstrip("وا") in _CASUALTY or toks[k].norm in ("قتيل", "جريح")
    )
    return before or after


def _refers_to_story_meeting(toks, i: int) -> bool:
    """A definite meeting noun not framed by في ("وتناول اللقاء", not "في اتصال هاتفي مع الإذاعة")."""
    return "ال" in toks[i].clitics and not (i > 0 and toks[i - 1].norm == "في")


# Nouns that open the object of a clause whose subject is dropped ("وأكد ضرورة …", "وجدد دعمه …").
_OBJECT_OPENERS = frozenset(
    "ضروره اهميه حرص استعداد دعم رفض التزام تمسك استمرار مواصله تضامن ترحيب قلق انشغال موقف امل ثقه".split()
)


# "ناقش اللقاء …", "تناول الاجتماع …": the meeting the story reports is the subject
_MEETING_NOUNS = frozenset("لقاء اجتماع محادث مباحث جلس زيار قمه اتصال مشاور".split())


def _meeting_noun_follows(toks, k: int) -> bool:
    # definite: the meeting already reported ("ناقش اللقاء"), not a new one ("عقد اجتماعا طارئا")
    return k < len(toks) and toks[k].key in _MEETING_NOUNS and "ال" in toks[k].clitics


def _named_subject_follows(toks, k: int) -> bool:
    """An unknown noun right after a clause-opening verb is its own subject ("وندد ضيف بوليتيكا",
    "ودعا ساركوزي"): the pronoun subject of the story's last actor is not dropped there."""
    if k >= len(toks):
        return False
    t = toks[k]
    if not t.norm[:1].isalpha() or t.norm in FUNCTION_WORDS or t.key in FUNCTION_WORDS:
        return False
    if any(c in t.clitics.replace("ال", "") for c in "بلك"):
        return False  # "وأكد بأن …", "ودعا لضرورة …"
    return t.key not in _OBJECT_OPENERS and len(t.key) > 2


# Strike words whose nationality adjective names the attacking military.
_STRIKE_NOUNS = frozenset("ضرب ضربه ضربات غار غاره غارات قصف صاروخ صواريخ قذيف قذيفه قذايف طاير طايره طايرات".split())
_AIR = frozenset({"جوي", "جويه", "حربي", "حربيه", "مسير", "مسيره"})


_ARMED_FOES = frozenset("REB CRM UAF".split())
_OPERATION_KIND = {"امني": "COP", "عسكري": "MIL"}


def _operation(toks, trigger: int) -> str | None:
    """COP / MIL when "(ال)عملية الأمنية / العسكرية" stands before the trigger in its sentence."""
    for k in range(max(0, trigger - 25), trigger - 1):
        if toks[k].key == "عملي" and toks[k + 1].key in _OPERATION_KIND:
            return _OPERATION_KIND[toks[k + 1].key]
    return None


def _said_by(toks, x: Mention) -> bool:
    """The mention stands right after a verb of saying ("قال الغنوشي", "أعلنت الشرطة")."""
    if x.start == 0:
        return False
    verb = toks[x.start - 1]
    return without_conjunction(verb.norm) in _SPEECH or verb.key in _SPEECH


def _our_people(toks, x: Mention, mentions: list[Mention]) -> Mention:
    """A group noun with the possessive "our" in a quote ("فقدنا خمسة من جنودنا", "قواتنا") belongs to the speaker's
    country, not to where the event happens."""
    a = x.actor
    t = toks[x.start]
    if a is None or a.sector is None or a.name or not t.norm.endswith("نا") or t.key.endswith("نا"):
        return x
    # the speaker: the first named actor after the last verb of saying before the noun ("وقال الأميرال … المتحدث
    # باسم الجيش الأميركي «… جنودنا»")
    said = next(
        (
            k
            for k in range(x.start - 1, -1, -1)
            if without_conjunction(toks[k].norm) in _SPEECH or toks[k].key in _SPEECH
        ),
        None,
    )
    speaker = (
        next((y for y in mentions if y.actor is not None and said < y.start < x.start and y is not x), None)
        if said is not None
        else None
    )
    if speaker is None or speaker.actor.country in (None, a.country, "IGO", "IMG"):
        return x
    c = speaker.actor.country
    return replace(x, actor=replace(a, code=c + a.sector, country=c, rule=a.rule + "+ours"))


def _bare_speaker(toks, x: Mention) -> bool:
    """ "المتحدث" alone (not "المتحدث باسم الوزارة", "المتحدث الرسمي"): the one speaking, an anaphor."""
    t = toks[x.start]
    if x.kind == "PAIR" or x.end - x.start != 1 or t.key != "متحدث" or "ال" not in t.clitics:
        return False
    return x.end >= len(toks) or without_conjunction(toks[x.end].norm) not in ("باسم", "الرسمي", "الرسميه")


def _speaker_before(toks, trigger: int, mentions: list[Mention]) -> Mention | None:
    """The subject right after a verb of saying before the trigger ("وقال الغنوشي: … نرفض …")."""
    return next((x for x in reversed(mentions) if x.actor is not None and x.end <= trigger and _said_by(toks, x)), None)


def _resumptive_speaker(toks, trigger: int, mentions: list[Mention]) -> Mention | None:
    """X in "قال/أكد/أعلن X إنه <verb>": the speaker is the subject of the reported verb."""
    k = trigger - 1
    if k >= 0 and toks[k].norm in ("قد", "لقد"):
        k -= 1
    if k < 1 or toks[k].norm not in RESUMPTIVE:
        return None
    x = next((x for x in mentions if x.actor is not None and x.kind != "PAIR" and x.end == k), None)
    j = k
    while x is None and j > 0 and toks[j - 1].norm in ADVERBIAL:
        j -= 1  # "وأعلن الجيش الأمريكي أمس الجمعة إنه استهدف …": the speaker, then when
        x = next((x for x in mentions if x.actor is not None and x.kind != "PAIR" and x.end == j), None)
    if x is None and k >= 2 and toks[k - 2].norm == "في":
        # "أعلنت الشرطة في بنغلادش أنها قتلت": the speaker, then where
        x = next((x for x in mentions if x.actor is not None and x.kind != "PAIR" and x.end == k - 2), None)
    return x if x is not None and _said_by(toks, x) else None


_PLURAL_THAT = frozenset("انهم بانهم".split())
_BODIES = frozenset("LAB BUS EDU HLH JUD AGR NGO".split())  # unions, chambers, professional bodies


def _members_speaking(toks, trigger: int, mentions: list[Mention]) -> Mention | None:
    """The professional body whose spokesman says "أنهم" will protest or strike, within the same clause."""
    k = next(
        (j for j in range(trigger - 1, max(-1, trigger - 8), -1) if toks[j].norm in _PLURAL_THAT),
        None,
    )
    if k is None or any(t.norm in CLAUSE_BREAK for t in toks[k:trigger]):
        return None
    verb = next((j for j in range(k - 1, -1, -1) if without_conjunction(toks[j].norm) in _SPEECH), None)
    if verb is None:
        return None
    x = next(
        (
            x
            for x in mentions
            if x.actor is not None
            and x.kind != "PAIR"
            and verb < x.start < k
            and not is_interview(toks[x.start - 1])  # ("في تصريح لمراسلة …": whom he spoke to)
            and "ل" not in toks[x.start].clitics.replace("ال", "")
        ),
        None,
    )
    return x if x is not None and x.actor.sector in _BODIES else None


def _is_informant(toks, x: Mention) -> bool:
    heads = {t.key for t in toks[x.start : min(x.end, x.start + 2)]} | {t.norm for t in toks[x.start : x.start + 1]}
    if heads & _INFORMANT_HEADS:
        return True
    if x.start >= 2 and toks[x.start - 1].norm in ("في", "من", "ب") and toks[x.start - 2].key in _INFORMANT_HEADS:
        return True  # "مصدر في شرطة صلاح الدين": the source's institution reports, it does not act
    # "الناطق الرسمي باسم وزارة الدفاع العقيد …": the named spokesman after the office he speaks for
    near = toks[max(0, x.start - 6) : x.start]
    if (
        any(t.norm == "باسم" for t in near)
        and not any(t.norm in ("ان", "انه", "انها") for t in near)  # "الناطق باسم الشرطة إن شرطيا قتل": reported
        and any(t.key in _INFORMANT_HEADS for t in toks[max(0, x.start - 9) : x.start])
    ):
        return True
    before = toks[x.start - 1] if x.start > 0 else None
    if before is None:
        return False
    to = toks[x.start].clitics.lstrip("وف").startswith("ل")
    if to and (is_interview(before) or (x.actor is not None and x.actor.sector == "MED")):
        return True  # "في تصريح لوكالة تونس افريقيا للأنباء", "وفق ما أكده لمراسلنا": whom the speaker talked to
    if before.norm in _ACCORDING_TO or (before.norm == "عن" and x.start >= 2 and toks[x.start - 2].norm == "نقلا"):
        return True  # "حسب وسائل إعلام", "وفقا لمصادر", "نقلا عن الشرطة": who tells, not who takes part
    if x.start >= 2 and before.key in _MEMBER_HEADS and toks[x.start - 2].norm in _ACCORDING_TO:
        return True  # "بحسب عضو نقابة سوق الجملة": a member of the body tells
    # "وقال غسان دغلس مسؤول الشؤون القروية": the office after the speaker's name (two unlisted name words)
    k = x.start - 3
    if (
        k >= 0
        and (without_conjunction(toks[k].norm) in _SPEECH or toks[k].key in _SPEECH)
        and all(t.norm[:1].isalpha() and not t.clitics and t.norm not in FUNCTION_WORDS for t in toks[k + 1 : x.start])
    ):
        return True
    # "وأوضحت المواطنة أن …"
    return before.norm in _SPEECH or before.key in _SPEECH or without_conjunction(before.norm) in _SPEECH


_TOPIC_SECOND = frozenset({"جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها"})


def _topic_fronted(toks) -> bool:
    """The sentence opens with "من جانبه/من جهته/بدوره": the subject is the other party."""
    if len(toks) > 1 and toks[0].norm in ("من", "ومن") and toks[1].norm in _TOPIC_SECOND:
        return True
    return bool(toks) and toks[0].norm in ("بدوره", "بدورها", "وبدوره", "وبدورها")


def _seat_countries(tokens, mentions: list[Mention], places) -> None:
    """An institution that took the story's or the outlet's country, but whose seat the text names right after it
    ("قوات المجلس العسكري بصبراتة", "الشرطة في مدينة ليون"), belongs to the seat's country (in place)."""
    for k, x in enumerate(mentions):
        a = x.actor
        if a is None or a.name or not a.sector or "context" not in a.rule.split("+") or x.end >= len(tokens):
            continue
        t = tokens[x.end]
        # (the tokenizer leaves ب on a name it does not know: "بصبراتة"; the place then starts after it)
        if t.norm.startswith("ب"):
            lo, hi = t.start + 1, t.end
        elif t.norm == "في" and x.end + 1 < len(tokens):
            lo, hi = tokens[x.end + 1].start, tokens[x.end + 1].end
        else:
            continue
        seat = next((p for p in places if lo <= p.span[0] < hi and p.country), None)
        if seat is not None and seat.country != a.country:
            c = seat.country
            mentions[k] = replace(x, actor=replace(a, code=c + a.sector, country=c, rule=a.rule + "+seat"))


_MEMBER_WORDS = frozenset("قيادي قياديا قيادات عضو اعضاء عنصر عناصر".split())  # (match keys)


def _armed_group_members(tokens, mentions: list[Mention]) -> None:
    """A leader or member "in" an armed group named just after ("قيادي تونسي في تنظيم "داعش"", "مقتل قيادي بتنظيم
    "القاعدة""): a militant of that group (its country, unless the mention states a nationality), not a party
    official or a civilian (in place)."""
    for k, x in enumerate(mentions):
        a = x.actor
        if a is None or a.name:
            continue
        # (a militant who took the story's or outlet's country: "المتشدد البارز في تنظيم داعش")
        loose = a.sector == "REB" and a.rule.endswith("context")
        if not loose and (a.sector not in ("PTY", "CVL", "LAB") or tokens[x.start].key not in _MEMBER_WORDS):
            continue
        group = next((y for y in mentions[k + 1 :] if y.actor is not None and y.start - x.end <= 4), None)
        if group is None or group.actor.sector != "REB":
            continue
        between = tokens[x.end : group.start]
        # ("المتشدد البارز في تنظيم داعش": an adjective may come first)
        if not between or not any(t.norm == "في" or t.norm.startswith("ب") for t in between[:2]):
            continue
        if any(t.norm in CLAUSE_BREAK or t.norm in ("،", ",") for t in between):
            continue
        c = a.country if a.country and "nationality" in a.rule else group.actor.country
        mentions[k] = replace(
            x, actor=replace(a, code=(c or "") + "REB", country=c, sector="REB", rule=a.rule + "+group")
        )


def _place_tokens(tokens, places) -> frozenset[int]:
    """Tokens inside named places other than countries ("بندر عباس", "طرابلس"): they are
    locations, not actors, unless an actor phrase starts there (handled in actors.py)."""
    if not places:
        return frozenset()
    out = set()
    for p in places:
        if p.kind == "country":
            continue
        a, b = p.span
        out.update(i for i, t in enumerate(tokens) if t.start >= a and t.end <= b)
    return frozenset(out)


@functools.cache
def default_pipeline() -> Pipeline:
    return Pipeline()


def code(text: str, date: str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one text: `marsad.code("…", date="2025-04-28")` → list of Events."""
    return default_pipeline().code(Document(id=doc_id, text=text, date=date))
