"""Empty slots of protest and violence events filled by role; verb agreement; informants; phrase heads."""

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def coder():
    return Pipeline(classifier=None)


def events(coder, text):
    return coder.code(Document(id="t", text=text, date="2025-04-28"))


def unattributed(e) -> bool:
    """No author named: violence gets CAMEO's "unidentified armed forces", marked as such."""
    return e.source is None or (e.source.sector == "UAF" and "+unattributed" in e.evidence.rule)


def test_protest_noun_takes_the_protesters_and_the_authority_they_face(coder):
    evs = events(coder, "واندلعت أمس مظاهرات شارك فيها مئات الطلاب أمام مقر الحكومة في الخرطوم.")
    demo = next(e for e in evs if e.cameo == "141")
    assert demo.source.sector == "EDU" and demo.source.country == "SDN"
    assert demo.target.code == "SDNGOV"
    assert "+role" in demo.evidence.rule


def test_sit_in_in_the_accusative_is_a_protest_by_the_workers(coder):
    evs = events(coder, "ونفذ عمال المصنع اعتصاما أمام مقر الوزارة في تونس للمطالبة بصرف أجورهم.")
    sit_in = next(e for e in evs if e.cameo == "141")
    assert sit_in.source.code == "TUNLAB"


def test_the_informant_is_not_the_attacker(coder):
    evs = events(coder, "وقال مصدر أمني إن تفجيرا استهدف أمس سوقا شعبية في الموصل أسفر عن مقتل ثلاثة مدنيين.")
    assert evs and all(e.source is None or e.source.sector != "COP" for e in evs)
    assert any(e.target is not None and e.target.code == "IRQCVL" for e in evs)


def test_plural_verb_has_its_subject_before_and_its_object_after(coder):
    evs = events(coder, "وأعلنت الشرطة الباكستانية أن مسلحين مجهولين خطفوا امس القنصل الافغاني في بيشاور.")
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.source.sector == "UAF"
    assert kidnap.target.code == "AFGGOV"


def test_first_word_of_a_two_word_trigger_alone_is_no_event(coder):
    # "اعمال شغب" is a riot; "الأعمال المهنية" (vocational work) is not
    assert events(coder, "وأوضح أن تحسين الأعمال المهنية في المركز من أولويات الوزارة.") == []


def test_accusative_group_noun_is_an_actor_and_the_victim(coder):
    evs = events(coder, "وأدى الانفجار الى مقتل 12 شخصا واصابة 30 آخرين في سوق شعبية ببغداد.")
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.target.code == "IRQCVL" and kill.target.text == "شخصا"


def test_the_subject_of_taarrada_suffered_the_attack(coder):
    evs = events(coder, "وتعرضت دورية للجيش اللبناني لهجوم مسلح في طرابلس امس.")
    attack = next(e for e in evs if e.cameo == "190")
    assert attack.target.code == "LBNMIL"
    assert unattributed(attack)  # "مسلح" describes the attack; nobody armed is named


def test_passive_killing_the_noun_before_is_the_victim_of_every_violent_event(coder):
    evs = events(coder, "وقال الناطق باسم الشرطة إن شرطيا قتل امس في انفجار عبوة ناسفة بمدينة الموصل.")
    assert {e.cameo for e in evs} >= {"180", "183"}
    for e in evs:
        assert unattributed(e) and e.target.code == "IRQCOP"


def test_american_in_the_levantine_spelling_and_the_adjective_closes_the_phrase(coder):
    evs = events(coder, "هاجمت القوات الأميركية مسلحين في الرمادي امس.")
    attack = next(e for e in evs if e.cameo == "190")
    assert attack.source.code == "USAMIL" and attack.target.sector == "UAF"


def test_a_warplane_is_its_countrys_military(coder):
    evs = events(coder, "وشنت طائرة حربية أميركية غارة على مواقع للمسلحين في وزيرستان.")
    assert any(e.source is not None and e.source.code == "USAMIL" and e.cameo == "195" for e in evs)


def test_a_counted_crowd_of_protesters_is_a_protest(coder):
    evs = events(coder, "وتجمع أمس مئات المتظاهرين الغاضبين في وسط العاصمة الخرطوم.")
    demo = next(e for e in evs if e.cameo == "141")
    assert demo.source.sector == "CVL" and demo.source.country == "SDN"
    evs = events(coder, "وندد 125 ألف متظاهر السبت بالمشروع في انقرة.")
    assert any(e.cameo == "141" for e in evs)


def test_the_agent_of_a_passive_after_ala_yad_or_binayran(coder):
    evs = events(coder, "وفي الديوانية قتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط المدينة.")
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.source.sector == "UAF" and kill.target.sector == "COP"
    evs = events(coder, "واضاف ان الموظف في اللجنة الانتخابية خطف من منزله مساء امس على يد عشرة متمردين مسلحين.")
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.source.sector == "REB" and "الموظف" in kidnap.target.text


def test_ten_rebels_are_not_tens_of_protesters(coder):
    evs = events(coder, "وخطف الموظف على يد عشرة متمردين مسلحين.")
    assert not any(e.cameo_root == "14" for e in evs)


def test_an_air_strike_is_aerial_weapons(coder):
    evs = events(coder, "وشنت القوات الاميركية ضربة جوية على قرية قرب تكريت امس.")
    assert any(e.cameo == "195" and e.source.code == "USAMIL" for e in evs)


def test_a_tally_of_attacks_reports_no_attack(coder):
    assert not any(
        e.cameo_root in ("18", "19")
        for e in events(coder, "وفي العام الماضي وقع اكثر من 140 هجوما انتحاريا في افغانستان.")
    )


def test_relative_clause_subject_is_the_antecedent(coder):
    evs = events(coder, "بحسب العقيد يونس بدوي الذي دعا التونسيين بالخارج إلى الانخراط في هذه المنظومة.")
    call = next(e for e in evs if e.cameo_root == "02")
    assert call.source.sector == "MIL" and call.target.sector == "CVL"


def test_two_titles_in_a_row_are_two_actors(coder):
    evs = events(coder, "واستقبل الوزير السفير الفرنسي بمقر الوزارة.")
    visit = next(e for e in evs if e.cameo == "043")
    assert visit.source.sector == "GOV" and visit.target.code == "FRAGOV"


def test_the_genitive_of_an_arrest_or_assassination_masdar_is_its_patient(coder):
    evs = events(coder, "وأدان الحزب اغتيال المعارض شكري بلعيد.")
    killing = next(e for e in evs if e.cameo == "186")
    assert unattributed(killing) and killing.target.sector == "OPP"


def test_a_masdar_after_the_verb_heads_its_object_not_its_subject(coder):
    evs = events(coder, "كما استنكر تكليف رئيس الحكومة برئاسة الهيئة السياسية للحزب.")
    assert evs and all(e.source is None or e.source.sector != "GOV" for e in evs)


def test_support_verb_subject_is_the_agent_of_the_arrest(coder):
    evs = events(coder, "ألقت قوات الأمن التونسية القبض على ثلاثة عناصر إرهابية في القصرين.")
    arrest = next(e for e in evs if e.cameo == "173")
    assert arrest.source.code == "TUNCOP"
    assert arrest.target is not None and arrest.target.sector == "REB"  # "على ثلاثة عناصر": the count is skipped
    assert "support" in arrest.evidence.rule


def test_qama_bi_masdar_takes_the_subject_and_the_genitive_patient(coder):
    evs = events(coder, "قامت قوات الأمن باعتقال عشرات المتظاهرين في القاهرة.")
    arrest = next(e for e in evs if e.cameo == "173")
    assert arrest.source.code == "EGYCOP" and arrest.target.code == "EGYCVL"


def test_tamakkana_min_reaches_past_an_interrupting_date(coder):
    evs = events(coder, "تمكن اعوان الامن بمركز كمون بصفاقس، اليوم الثلاثاء، من إلقاء القبض على صاحب سيارة تاكسي.")
    arrest = next(e for e in evs if e.cameo == "173")
    assert arrest.source.code == "TUNCOP"


def test_negation_before_the_support_verb_negates_the_event(coder):
    evs = events(coder, "لم تتمكن الشرطة التونسية من القبض على المسلحين.")
    assert evs and all(e.modality == "negated" for e in evs if e.cameo == "173")


def test_actor_in_genitive_of_a_prepositional_object_is_the_target(coder):
    evs = events(coder, "شنت طائرات التحالف غارات على مواقع تنظيم داعش في الرقة.")
    strike = next(e for e in evs if e.cameo_root in ("19", "20"))
    assert strike.target.code.startswith("IMG")
    assert strike.source is None or not strike.source.code.startswith("IMG")


def test_open_fire_with_the_subject_between_verb_and_object(coder):
    evs = events(coder, "فتح جنود إسرائيليون النار على متظاهرين فلسطينيين قرب الحدود.")
    fire = next(e for e in evs if e.cameo == "193")
    assert fire.source.code == "ISRMIL" and fire.target.code == "PSECVL"


def test_tear_gas_is_violent_repression_by_the_police(coder):
    evs = events(coder, "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين.")
    gas = next(e for e in evs if e.cameo == "175")
    assert gas.source.sector == "COP"


def test_verb_describing_an_attack_takes_an_object_not_a_subject(coder):
    evs = events(coder, "نفذت حركة طالبان هجوما انتحاريا استهدف قاعدة عسكرية في قندهار.")
    assert all(unattributed(e) or e.source.code.startswith("AFG") for e in evs)  # Taliban: AFGGOV in 2025
    assert any(not unattributed(e) for e in evs if e.cameo_root == "19")
    hit = next(e for e in evs if "استهدف" in e.evidence.rule)
    assert hit.target is not None and hit.target.sector == "MIL"


def test_police_chief_who_escaped_an_assassination_is_its_target(coder):
    evs = events(coder, "نجا قائد شرطة النجدة في بغداد، أمس، من محاولة اغتيال اثر تعرض موكبه لانفجار سيارة مفخخة.")
    attempt = next(e for e in evs if e.cameo == "185")
    assert unattributed(attempt) and attempt.target.code == "IRQCOP"


def test_soldiers_near_a_roadside_bomb_are_its_targets_not_its_authors(coder):
    evs = events(coder, "وقالت مصادر امنية ان سيارة مفخخة انفجرت لدى مرور دورية للشرطة العراقية في بغداد.")
    bomb = next(e for e in evs if e.cameo == "1832")
    assert bomb.source is None or bomb.source.sector != "COP"
    assert bomb.target is not None and bomb.target.code == "IRQCOP"


def test_counted_protesters_are_the_source_and_riot_police_a_separate_actor(coder):
    evs = events(coder, "ورشق مئات المتظاهرين قوات مكافحة الشغب بالحجارة في شوارع وسط كالكوتا.")
    crowd = next(e for e in evs if e.cameo == "141")
    assert crowd.source.sector == "CVL"
    assert crowd.target is not None and crowd.target.sector == "COP"
    assert not any("شغب" in e.evidence.rule for e in evs)  # "مكافحة الشغب" names the police, it is no riot


def test_protesters_opposed_to_the_government_are_opposition_not_government(coder):
    evs = events(coder, "بعد أن اقتحم متظاهرون معارضون للحكومة مبنى الركاب في مطار بانكوك.")
    assert evs and all(e.source is not None and e.source.code in ("THAOPP", "THACVL") for e in evs)


def test_a_counted_subject_of_a_support_verb_beats_the_event_nouns_own_words(coder):
    evs = events(coder, "وقالت الخبيرة ان 12 امرأة نفذت عمليات انتحارية في العراق.")
    suicide = next(e for e in evs if e.cameo == "1831")
    assert suicide.source.sector == "CVL"


def test_the_genitive_of_a_visit_is_the_country_visited(coder):
    evs = events(
        coder, "ودعا الجهيناوي بريطانيا إلى رفع تنبيه السفر المفروض على الرعايا البريطانيين الراغبين في زيارة تونس."
    )
    visit = next(e for e in evs if e.cameo == "042")
    assert visit.target.code == "TUN" and (visit.source is None or visit.source.country != "TUN")


def test_a_speaker_before_an_is_not_the_protester(coder):
    evs = events(coder, "وأوضحت المواطنة التونسية أن تظاهرات كبيرة جابت شوارع الولايات الأمريكية مناهضة لهذا القرار.")
    assert all(e.source is None or e.source.code != "TUNCVL" for e in evs if e.cameo_root == "14")


def test_a_noun_inside_a_relative_clause_is_not_the_verbs_subject(coder):
    evs = events(
        coder, "كما دعا بخصوص النقطة الثالثة التي التزمت بها الحكومة، الى ضرورة تقديم كل الملفات الى تفقديات الشغل."
    )
    assert all(e.source is None or e.source.sector != "GOV" for e in evs if e.cameo == "020")


def test_a_condition_is_not_the_police(coder):
    evs = events(
        coder, "وأفيد بمقتل 15 مسلحا في اشتباكات عنيفة، فيما جدد احد مسؤولي المسلحين طلبه الاستسلام شرط عدم اعدامه."
    )
    assert evs and all(e.source is None or e.source.sector != "COP" for e in evs)


def test_a_reported_casualty_is_not_taken_for_the_spokesman(coder):
    evs = events(coder, "وقال الناطق باسم الشرطة إن شرطيا قتل امس في انفجار عبوة ناسفة بمدينة الموصل.")
    bomb = next(e for e in evs if e.cameo == "1833")
    assert bomb.target is not None and bomb.target.code == "IRQCOP"


def test_the_subject_of_expressed_is_the_one_who_condemns(coder):
    evs = events(coder, "عبّرت تونس عن إدانتها الشديدة للعملية الإرهابية التي استهدفت حافلات تقل مواطنين مصريين.")
    condemn = next(e for e in evs if e.cameo == "111")
    assert condemn.source.code == "TUN"


def test_the_reporter_spoken_to_is_not_the_target_of_a_demand(coder):
    evs = events(coder, "وطالب المحتجون في تصريح لمراسل الجوهرة اف ام بالجهة، بحقهم في التشغيل والانتداب.")
    demand = next(e for e in evs if e.cameo == "100")
    assert demand.target is None or demand.target.sector != "MED"


def test_an_unknown_subject_after_the_verb_blocks_the_dropped_pronoun(coder):
    text = "استقبل الرئيس التونسي وزير الخارجية الفرنسي. وندد ضيف بوليتيكا بمحاولات نسف كل الإيجابيات."
    evs = events(coder, text)
    assert not any(e.cameo == "111" and "+prodrop" in e.evidence.rule for e in evs)


def test_a_phone_call_with_the_radio_is_no_meeting_of_the_story_actors(coder):
    text = (
        "استقبل وزير التربية ناجي جلول وفدا من النقابة. "
        'وقد أوضح جلول في اتصال هاتفي مع "الجوهرة أف أم" أنه سيتم تدارك هذا الخطأ.'
    )
    evs = events(coder, text)
    assert not any(e.cameo == "041" for e in evs)


def test_the_workers_of_a_company_are_labour(coder):
    evs = events(
        coder, "أعلن كاتب عام النقابة أن أعوان الشركة قد يضطرون الى تنفيذ اضراب في حال عدم الاستجابة لمطالبهم."
    )
    strike = next(e for e in evs if e.cameo == "143")
    assert strike.source.sector == "LAB"


def test_the_family_of_a_journalist_are_civilians(coder):
    evs = events(
        coder, "تنظم عائلة الصحفي المختطف نذير القطاري اليوم الأربعاء مسيرة احتجاجية للمطالبة بالكشف عن مصيره."
    )
    march = next(e for e in evs if e.cameo_root == "14")
    assert march.source.sector == "CVL"


def test_a_reported_clause_ends_the_search_for_an_object(coder):
    text = "تظاهرت مجموعات من انصار وذوي المتهمين في كادقلي، وقال شاهد عيان ان المتظاهرين رددوا شعارات ضد الحكومة."
    evs = events(coder, text)
    demo = next(e for e in evs if "تظاهر" in e.evidence.rule)
    assert demo.target is None or demo.target.sector != "CVL"


def test_the_nationality_of_an_air_strike_names_its_author(coder):
    evs = events(coder, "وقال مصدر في شرطة صلاح الدين ان ثمانية اشخاص، بينهم طفلان، قتلوا جراء ضربة جوية اميركية.")
    killing = next(e for e in evs if e.cameo == "180")
    assert killing.source.code == "USAMIL"
    assert killing.target is None or killing.target.sector != "COP"  # the police only report it


def test_a_shelling_after_a_preposition_is_a_noun_with_its_nationality(coder):
    evs = events(coder, "وأصيب ثلاثة مدنيين في قصف إسرائيلي على غزة.")
    shelling = next(e for e in evs if e.cameo == "194")
    assert shelling.source.code == "ISRMIL" and shelling.target.code == "PSECVL"


def test_the_speaker_of_innahu_is_the_subject_of_the_reported_verb(coder):
    evs = events(coder, "وفي يناير اكد حلف شمال الاطلسي انه قتل نحو 150 متمردا من طالبان تسللوا من باكستان.")
    killing = next(e for e in evs if e.cameo == "180")
    assert killing.source.code == "IGONAT"


def test_the_taliban_insurgency_is_an_international_militarized_group():
    from marsad.model import Document
    from marsad.pipeline import Pipeline

    text = "قال مسؤولون إن حركة طالبان اختطفت حاكم منطقة بشرق أفغانستان."
    evs = Pipeline(classifier=None).code(Document(id="t", text=text, date="2008-06-01"))
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.source.code == "IMGREB"


def test_a_strike_abroad_with_no_named_target_hits_the_people_of_the_country_it_happens_in(coder):
    evs = events(coder, "وقال مسؤول في البنتاغون إن إسرائيل نفذت بالفعل ضربة جوية في سورية بعد منتصف ليلة الاربعاء.")
    strike = next(e for e in evs if e.cameo == "195")
    # (its people, as the gsr-dev annotators code unnamed victims: SYRCVL since the tenth session)
    assert strike.source.country == "ISR" and strike.target.code == "SYRCVL"


def test_a_result_verb_far_before_ila_still_reports_the_killing(coder):
    evs = events(coder, "وأدت سلسلة من الانفجارات في بغداد الى مقتل 31 شخصا واصابة 115 اخرين.")
    killing = next(e for e in evs if e.cameo == "180")
    assert killing.target.code == "IRQCVL"


def test_a_protest_with_no_addressee_is_addressed_to_the_local_government(coder):
    evs = events(coder, "وندد 125 ألف متظاهر السبت بالمشروع في انقرة عند ضريح اتاتورك مؤسس تركيا العلمانية.")
    demo = next(e for e in evs if e.cameo_root == "14")
    assert demo.target.code == "TURGOV" and "+domestic" in demo.evidence.rule


def test_an_attack_with_no_named_author_is_by_unidentified_armed_forces_of_the_place(coder):
    evs = events(coder, "وقالت مصادر امنية ان سيارة مفخخة انفجرت لدى مرور دورية للشرطة العراقية في بغداد.")
    bomb = next(e for e in evs if e.cameo == "1832")
    assert bomb.source.code == "IRQUAF" and bomb.source.country == "IRQ" and "+unattributed" in bomb.evidence.rule
    # with no place, CAMEO's bare UAF
    evs = events(coder, "وقالت مصادر امنية ان سيارة مفخخة انفجرت لدى مرور دورية للشرطة.")
    bomb = next(e for e in evs if e.cameo == "1832")
    assert bomb.source.code == "UAF" and bomb.source.country is None


def test_a_protest_with_no_named_protesters_is_by_civilians_of_the_place(coder):
    # and "عمان" after "العاصمة الأردنية" is Amman, not Oman protesting
    evs = events(coder, "وخرجت مظاهرات غاضبة في العاصمة الأردنية عمان احتجاجا على رفع الأسعار.")
    assert evs and all(e.source.code == "JORCVL" and "+protesters" in e.evidence.rule for e in evs)
    assert all(e.target.code == "JORGOV" for e in evs)


def test_an_unattributed_attacker_is_no_story_actor_for_later_meetings(coder):
    text = (
        "قال وزير الشؤون الخارجية خميس الجهيناوي إن السلطات التونسية كانت على بينة من وجود بوادر انفراج بخصوص ملف "
        "اختطاف التونسية الفرنسية نوران حواس المختطفة باليمن، غير أنها حرصت على عدم الإعلان عنها لعدم تيقنها من "
        "نتيجة المفاوضات."
    )
    evs = events(coder, text)
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.source.sector == "UAF" and "+unattributed" in kidnap.evidence.rule
    talks = next(e for e in evs if e.cameo == "046")
    assert talks.source is not None and talks.source.sector == "GOV"  # the minister (undated here), not UAF


def test_a_protest_addresses_the_government_before_the_police_facing_it(coder):
    evs = events(coder, "وشارك مئات الطلاب في مظاهرة قرب مقر الشرطة احتجاجا على سياسات الحكومة السودانية.")
    demo = next(e for e in evs if e.cameo == "141")
    assert demo.target is not None and demo.target.code == "SDNGOV"


def test_after_annahu_the_noun_following_the_verb_is_its_object(coder):
    evs = events(coder, "من جانبه، قال رجل الأعمال روني الطرابلسي أنه زار اليوم تلاميذ المعهد وتحدثوا في الموضوع.")
    visit = next(e for e in evs if e.cameo == "042")
    assert visit.source.sector == "BUS" and visit.target.sector == "EDU"


def test_a_noun_before_a_comma_is_not_the_subject_of_the_next_wa_clause(coder):
    text = "وشددت على اتخاذ الاجراءات الرادعة بما يتلاءم مع مصلحة الطفل الفضلى، واعتذرت عن الادلاء بمزيد التفاصيل."
    evs = events(coder, text)
    apology = next(e for e in evs if e.cameo == "055")
    assert apology.source is None or apology.source.sector != "CVL"


def test_the_reporter_after_hasab_is_no_genitive_of_the_event_noun(coder):
    evs = events(coder, "وتم ايداعهم جميعا السجن في انتظار إحالتهم على التحقيق حسب مراسلنا في الجهة.")
    assert all(e.source is None or e.source.sector != "MED" for e in evs)


def test_the_place_in_front_of_which_people_protest_is_not_the_protester(coder):
    text = (
        "نفذ أصحاب الشهائد العليا المعطلين على العمل بالمكناسي من ولاية سيدي بوزيد والناجحين في مناظرة الفسفاط صباح "
        "اليوم وقفة احتجاجية أمام المدرسة الابتدائية محمد علي العلوي التي تحتضن معرضا تجاريا."
    )
    evs = events(coder, text)
    sit_in = next(e for e in evs if e.cameo_root == "14")
    assert sit_in.source is None or sit_in.source.sector != "EDU"


def test_african_is_no_actor_of_china(coder):
    evs = events(coder, "وقالت موغيريني في بداية اجتماع أوروبي-أفريقي حول أزمة الهجرة في فاليتا.")
    assert all(e.source is None or e.source.country != "CHN" for e in evs)


def test_a_country_subject_followed_by_an_actor_is_subject_then_object(coder):
    evs = events(coder, "اتهمت السعودية الحوثيين بإطلاق صاروخ باليستي تجاه مدينة مكة المكرمة.")
    accuse = next(e for e in evs if e.cameo == "112")
    assert accuse.source.code == "SAU" and accuse.target.sector == "REB"


def test_the_air_force_of_a_country_is_its_military(coder):
    text = "وأفادت وكالة الأنباء الفلسطينية باستشهاد مواطنين بعد أن قصف الطيران الإسرائيلي نفقا على الحدود المصرية."
    evs = events(coder, text)
    shelling = next(e for e in evs if e.cameo == "194")
    assert shelling.source.code == "ISRMIL"


def test_a_plural_verb_spelled_with_al_is_still_a_verb(coder):
    evs = events(coder, "وأكد عدد من المحتجين لمراسل الجوهرة أنهم التقوا الوالي في عدة مناسبات.")
    meeting = next(e for e in evs if e.cameo == "040")
    assert "|noun" not in meeting.evidence.rule
    assert meeting.source is None or meeting.source.sector != "MED"


def test_subject_before_kana_and_qad_is_the_doer(coder):
    # "وكانت X قد فعلت": the clause opens with كان, so X is the subject of the verb after قد
    evs = events(coder, 'وكانت قوات الجيش الليبي قد قصفت مساء امس مواقع لتنظيم "داعش" ردا على هجوم انتحاري في بنغازي.')
    shell = next(e for e in evs if e.cameo == "194")
    assert shell.source.code == "LBYMIL"
    assert shell.target.code == "IMGREB"


def test_counted_subject_before_qad_and_a_killing_verb_is_the_victim(coder):
    evs = events(coder, "وكان 42 جنديا باكستانيا قد قتلوا في الثالث من الشهر الحالي في هجوم انتحاري شمال غربي البلاد.")
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.target.code == "PAKMIL"
    assert kill.source is None or kill.source.sector != "MIL"


def test_killing_verb_with_an_accusative_object_is_active(coder):
    # "قتل خمسة جنود" is passive, but the accusative alif of عاملا makes مسلحون the subject
    evs = events(coder, "وقتل مسلحون عاملا صينيا في مدينة الموصل شمال العراق.")
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.source.sector == "UAF" and kill.source.text == "مسلحون"
    assert kill.target.code == "CHNLAB"


def test_wounded_count_does_not_reach_through_a_preposition_to_the_bomber(coder):
    evs = events(coder, "قتل 28 شخصا وجرح نحو 60 آخرين في هجوم انتحاري استهدف ثكنة عسكرية في مدينة دلس.")
    assert not any(e.target is not None and e.target.text == "انتحاري" for e in evs)
    # the barracks is the military the attack targeted
    assert any(e.cameo == "190" and e.target is not None and e.target.code == "DZAMIL" for e in evs)


def test_victims_in_the_ranks_of_a_force_are_still_the_victims(coder):
    evs = events(coder, "وأدى الهجوم إلى سقوط قتلى وجرحى في صفوف قوات الأمن في القاهرة.")
    assert any(e.cameo == "180" and e.target is not None and e.target.code == "EGYCOP" for e in evs)


def test_throwing_molotov_cocktails_at_a_police_station_is_a_bombing(coder):
    evs = events(coder, "وألقى شبان قنابل حارقة على مركز للشرطة في مدينة سيدي بوزيد.")
    bomb = next(e for e in evs if e.cameo == "183")
    assert bomb.target.code == "TUNCOP"


def test_throwing_tear_gas_is_crowd_control_not_a_bombing(coder):
    evs = events(coder, "وألقت الشرطة قنابل مسيلة للدموع على المحتجين في تونس.")
    assert [e.cameo for e in evs if e.cameo.startswith(("17", "18"))] == ["175"]


def test_receiving_a_warning_is_not_throwing(coder):
    # تلقي is also the masdar "receiving": only the literal forms of ألقى are throws
    evs = events(coder, "وتم إخلاء الحرم الجامعي عقب تلقي إنذار بوجود عبوة ناسفة.")
    assert all("ألقى" not in e.evidence.rule for e in evs)


def test_protesters_blocking_a_road_is_a_protest_but_the_authorities_closing_one_is_not(coder):
    evs = events(coder, "وأغلق المتظاهرون الطريق الرئيسية في المنطقة بإشعال الإطارات.")
    block = next(e for e in evs if e.cameo == "144")
    assert block.source.sector == "CVL"
    assert not any(e.cameo_root == "14" for e in events(coder, "أغلقت السلطات الطريق أمام حركة المرور."))


def test_a_protest_is_the_protesters_whichever_side_is_named_first(coder):
    # "الذي خرج متظاهرا ضده آلاف المحتجين": Bush is whom they marched against, not a marcher
    text = "وقبله الرئيس الاميركي جورج بوش الذي خرج متظاهرا ضده آلاف المحتجين على حرب العراق."
    evs = coder.code(Document(id="t", text=text, date="2007-06-20"))
    march = next(e for e in evs if "خرج" in e.evidence.rule)
    assert march.source.sector == "CVL"
    assert march.target.country == "USA"


def test_a_plural_in_the_oblique_case_is_the_object_not_the_subject(coder):
    # -ين is accusative/genitive (the nominative is -ون): "دعا المتساكنين" calls on the residents
    evs = events(coder, "وأعلن الدفاع المدني وفاة طفل جراء الأمطار، كما دعا المتساكنين إلى توخي الحذر.")
    call = next(e for e in evs if e.cameo_root == "02")
    assert call.target is not None and call.target.text == "المتساكنين"
    assert call.source is None or call.source.text != "المتساكنين"


def test_an_oblique_plural_after_a_quantity_word_or_a_verbal_noun_is_the_doer(coder):
    evs = events(coder, "طالب عدد من المتحصلين على شهادات الدكتوراه العاطلين عن العمل بإيجاد حلول لمعاناتهم.")
    assert next(e for e in evs if e.cameo_root == "10").source.sector == "CVL"
    evs = events(coder, "وتواصل أمس إضراب المعلمين في كامل ولايات الجمهورية.")
    assert next(e for e in evs if e.cameo == "143").source.sector == "EDU"


def test_putin_is_russia_not_bhutan(coder):
    # the match key folds بوتين and بوتان together; the listed actor wins over the country name
    evs = events(coder, "وتوعد بوتين بشن ضربات جوية على مواقع الإرهابيين في سوريا.")
    assert next(e for e in evs if e.cameo == "130").source.code == "RUSGOV"


def test_a_latin_comma_before_a_wa_verb_also_opens_a_new_clause(coder):
    text = "تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية بوسط سيول, ودعوا للتراجع عن الاتفاق."
    call = next(e for e in events(coder, text) if e.cameo_root == "02")
    assert call.source is None or call.source.code != "USAGOV"


def test_a_speakers_participle_opens_a_reported_clause(coder):
    # "… مؤكدا أن الفلاحة ستكون …": الفلاحة is the reported clause's subject, not the adopter of the policy
    evs = events(coder, "وقال إن حكومته ستعتمد منوال تنمية فلاحي جديد مؤكدا أن الفلاحة ستكون خيارا استراتيجيا.")
    assert all(e.source is None or e.source.text != "الفلاحة" for e in evs)


def test_a_passive_with_tamma_names_no_doer(coder):
    evs = events(coder, "وأضاف أنه تم حجز سلاح كلاشنكوف وذخيرة كانت بحوزة الإرهابي بعد تبادل لإطلاق النار معه.")
    seize = next(e for e in evs if e.cameo == "1711")
    assert seize.source is None


def test_a_meeting_verb_with_its_own_unknown_subject_takes_no_story_actors(coder):
    text = "التقى الرئيس الفرنسي فرنسوا أولاند العاهل المغربي محمد السادس في باريس. واجتمعت اللجنة الوطنية لمراقبة الحملة السبت."
    evs = coder.code(Document(id="t", text=text, date="2017-05-06"))
    committee = [e for e in evs if e.sentence == 1 and e.cameo_root == "04"]
    assert committee and all(e.source is None and e.target is None for e in committee)


def test_people_fallen_between_dead_and_wounded_are_the_victims(coder):
    evs = events(coder, "سقط عشرات العراقيين بين قتيل وجريح بانفجار سيارة مفخخة وسط مدينة تلعفر.")
    assert any(e.target is not None and e.target.code == "IRQCVL" for e in evs if e.cameo_root == "18")


def test_a_bomb_near_a_place_is_not_owned_by_what_follows_the_locative(coder):
    evs = events(coder, "انفجرت عبوة ناسفة قرب مسجد في بغداد صباح اليوم.")
    roadside = next(e for e in evs if e.cameo == "1833")
    assert roadside.source is None or roadside.source.sector != "REL"


def test_a_religious_authority_is_rel_of_the_place_he_is_in(coder):
    evs = events(coder, "افادت تقارير بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال في النجف.")
    attempt = next(e for e in evs if e.cameo == "185")
    assert attempt.target.sector == "REL" and attempt.target.country == "IRQ"


def test_a_kidnapping_verb_whose_only_noun_is_a_civilian_is_passive(coder):
    # unvocalised "خطف موظف بريطاني" is خُطف: the employee was kidnapped
    evs = events(coder, "لاغوس ـ ا.ف.ب: خطف موظف بريطاني يعمل في احدى منصات النفط في المياه النيجيرية أمس.")
    kidnap = next(e for e in evs if e.cameo == "181")
    assert kidnap.target.code == "GBRLAB"
    assert unattributed(kidnap)


def test_a_kidnapped_photographer_is_the_target_with_his_nationality(coder):
    evs = events(coder, "افادت مصادر متطابقة ان مجهولين خطفوا مصورا فرنسيا في بوساسو بشمال الصومال.")
    assert next(e for e in evs if e.cameo == "181").target.code == "FRAMED"


def test_the_object_comes_after_the_clause_that_describes_the_subject(coder):
    # "يرتدون زي الشرطة العراقية" describes the gunmen; the five Britons are whom they kidnapped
    evs = events(coder, "وخطف مسلحون يرتدون زي الشرطة العراقية خمسة بريطانيين من مركز للكمبيوتر في بغداد.")
    assert next(e for e in evs if e.cameo == "181").target.code == "GBRCVL"


def test_a_counted_plural_nationality_names_people(coder):
    evs = events(coder, "ألقت الشرطة الايطالية الثلاثاء القبض على 3 إيطاليين في ميناء باري.")
    assert next(e for e in evs if e.cameo == "173").target.code == "ITACVL"


def test_gathering_with_banners_is_a_demonstration(coder):
    evs = events(coder, "وتجمع عشرات الفلسطينيين وسط مدينة رام الله رافعين لافتات تطالب بوقف الاستيطان.")
    demo = next(e for e in evs if e.cameo == "141")
    assert demo.source.code == "PSECVL"


def test_a_meeting_between_two_parties_takes_both(coder):
    text = "وتناول اللقاء بين وزير الخارجية التونسي ونظيره الجزائري العلاقات الثنائية."
    meet = next(e for e in events(coder, text) if e.cameo_root == "04")
    assert (meet.source.code, meet.target.code) == ("TUNGOV", "DZAGOV")


def test_a_counterpart_is_an_official_of_his_own_country(coder):
    evs = events(coder, "وبحث الرئيس التونسي مع نظيره الفرنسي الأوضاع في ليبيا.")
    talks = next(e for e in evs if e.cameo_root == "04")
    assert talks.target.code == "FRAGOV"


def test_ma_before_a_result_verb_is_which_not_a_negation(coder):
    evs = events(coder, "شهدت إسطنبول هجوما مسلحا على مطعم معروف، ما أسفر عن مقتل شخص وإصابة آخرين.")
    kill = next(e for e in evs if e.cameo == "180" and "قتل" in e.evidence.rule)
    assert kill.modality == "asserted"
    assert all(e.modality == "negated" for e in events(coder, "ما قتل أحد في الهجوم.") if e.cameo_root == "18")


def test_a_two_word_korean_nationality_names_the_state(coder):
    evs = events(coder, "تظاهر مئات الكوريين الجنوبيين أمام السفارة الأمريكية في سيول.")
    assert next(e for e in evs if e.cameo == "141").source.code == "KORCVL"


def test_negators_and_connectors(coder):
    def modality(text, root):
        return [e.modality for e in events(coder, text) if e.cameo_root == root]

    assert modality("ولم تعتقل الشرطة أحدا من المتظاهرين.", "17") == ["negated"]  # و + لم still negates
    assert modality("غير أن الشرطة اعتقلت ثلاثة مشتبه بهم.", "17") == ["asserted"]  # غير أن: however
    assert modality("لا سيما بعد أن هاجم مسلحون مركزا للشرطة.", "19") == ["asserted"]  # لا سيما: especially
    # a negation of another verb of the clause does not negate the attack it mentions
    assert modality("ولم تعرف بعد دوافع الهجوم وهوية المنفذ.", "19") == ["asserted"]


def test_the_state_news_agency_is_an_interviewer_not_the_country(coder):
    text = "ودعا الجهيناوي في تصريح لوكالة تونس افريقيا للأنباء بريطانيا إلى رفع تنبيه السفر."
    call = next(e for e in coder.code(Document(id="t", text=text, date="2017-02-15")) if e.cameo_root == "02")
    assert call.target.code == "GBR"
    evs = events(coder, "وقال العقيد في تصريح لوكالة تونس افريقيا للأنباء إنه سيواصل الاضراب عن الطعام.")
    assert all(e.source is None or e.source.sector != "MED" for e in evs)


def test_an_accusation_of_one_state_against_another(coder):
    evs = events(coder, "اعتبر الإعلامي الطاهر بن حسين اتهام السعودية لقطر بدعم الإرهاب أمرا مضحكا.")
    accuse = next(e for e in evs if e.cameo == "112")
    assert (accuse.source.code, accuse.target.code) == ("SAU", "QAT")


def test_foreign_forces_are_the_killers_and_belong_to_no_story_country(coder):
    evs = events(coder, "قالت الشرطة الأفغانية إن قوات أجنبية قتلت تسعة جنود افغان بطريق الخطأ.")
    kill = next(e for e in evs if e.cameo == "180")
    # (international, INT, as the GSR annotators code foreign forces: not the story's Afghanistan)
    assert kill.source.code == "INTMIL" and kill.source.text == "قوات أجنبية"
    assert kill.target.code == "AFGMIL"


def test_a_scraped_run_of_other_articles_headlines_yields_no_events(coder):
    text = (
        "المهدية : شلل تام في البرادعة وتواصل العصيان المدني موظفون لم يلتحقوا بمقرات عملهم "
        "بعد عودته من بنغازي : رئيس الجمهورية يستقبل محسن مرزوق نواب البرلمان يطالبون بامتيازات جديدة"
    )
    assert events(coder, text) == []


def test_whoever_claims_the_attack_is_its_author(coder):
    text = "قتل خمسة جنود في انفجار عبوة ناسفة في ولاية هلمند، وأعلنت حركة طالبان مسؤوليتها عن الهجوم."
    evs = coder.code(Document(id="t", text=text, date="2010-05-01"))
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.source.code == "IMGREB" and "+claimed" in kill.evidence.rule
    assert kill.target.sector == "MIL"
    assert any(e.cameo == "015" and e.source.code == "IMGREB" for e in evs)


def test_the_claimant_of_tabannathu_is_not_the_attacks_target(coder):
    text = "استهدف هجوم انتحاري بسيارة مفخخة موكبا عسكريا في كابول وتبنته حركة طالبان."
    evs = coder.code(Document(id="t", text=text, date="2010-05-01"))
    attack = next(e for e in evs if e.cameo == "190")
    assert attack.source.code == "IMGREB"
    assert attack.target is None or attack.target.code != "IMGREB"


def test_an_undated_claim_reads_the_taliban_as_the_armed_group_not_the_government(coder):
    text = "فيما تبنت حركة طالبان أمس مسؤوليتها عن الهجوم الانتحاري في ولاية قندهار الجنوبية."
    evs = coder.code(Document(id="t", text=text, date=None))
    attacks = [e for e in evs if e.cameo_root in ("18", "19")]
    assert attacks and all(e.source.code == "IMGREB" for e in attacks)
    assert all(e.target is None or e.target.sector != "GOV" for e in attacks)


def test_an_attack_suffered_through_ila_and_attributed_to_rebels(coder):
    text = "وتعرضت قاعدة تابعة للجيش في شرق الجزيرة أمس الى هجوم انتحاري، نسب الى المتمردين التاميل."
    attack = next(e for e in events(coder, text) if e.cameo_root == "18")
    assert attack.source.sector == "REB" and "+claimed" in attack.evidence.rule
    assert attack.target.sector == "MIL"


def test_the_bomber_who_blows_himself_up_is_the_author_an_unidentified_armed_force(coder):
    evs = events(coder, "فجر انتحاري نفسه في سوق شعبي ببغداد ما أسفر عن مقتل عشرة أشخاص.")
    bombing = next(e for e in evs if e.cameo == "183")
    assert bombing.source.sector == "UAF" and bombing.source.text == "انتحاري"
    assert bombing.target.code == "IRQCVL"


def test_a_nominative_plural_subject_with_a_definite_object_kills_actively(coder):
    kill = next(e for e in events(coder, "قتل المتمردون الجنود المحتجزين.") if e.cameo == "180")
    assert (kill.source.sector, kill.target.sector) == ("REB", "MIL")
    passive = next(e for e in events(coder, "قتل المتمردون في اشتباكات مع الجيش.") if e.cameo == "180")
    assert passive.target.sector == "REB"


def test_a_counted_noun_after_a_coordinated_arrest_verb_is_the_one_arrested(coder):
    text = "ودهمت قوى الأمن الداخلي مخزن السلاح وأوقفت خمسة أشخاص على علاقة بميليشيا المرابطون."
    arrest = next(e for e in events(coder, text) if e.cameo == "173")
    assert arrest.source.sector == "COP"
    # (the one arrested; since the ninth session the arms depot they were linked to makes them suspects)
    assert arrest.target.sector in ("CRM", "REB") and "أشخاص" in arrest.target.text


def test_safe_houses_are_not_the_security_forces(coder):
    text = "وقال الجيش الاميركي إن ضربة جوية أميركية أدت لتدمير منزلين آمنين للمقاتلين الاجانب غرب بغداد."
    evs = events(coder, text)
    assert evs and all(a is None or a.sector != "COP" for e in evs for a in (e.source, e.target))


def test_a_coordinated_verb_opens_a_clause_whose_object_is_its_own(coder):
    evs = events(coder, "ودهمت قوى الأمن الداخلي مخزن السلاح وأوقفت خمسة أشخاص.")
    raid = next(e for e in evs if e.cameo == "171")
    assert raid.target is None or "أشخاص" not in raid.target.text


def test_a_death_in_an_accident_or_a_landslide_is_no_violent_deed(coder):
    text = "قال المتحدث إن 48 شخصا على الأقل بينهم 15 طفلا قتلوا في انهيار أرضي في مستودع كبير للقمامة."
    assert events(coder, text) == []
    assert events(coder, "لقي ثلاثة أشخاص حتفهم في حادث مرور بالطريق الرابطة بين سوسة والقيروان.") == []
    shooting = events(coder, "قتل خمسة أشخاص في حادث إطلاق نار في مدرسة بولاية تكساس.")
    assert any(e.cameo == "180" for e in shooting)


def test_a_relative_clause_verb_with_an_object_pronoun_has_its_subject_after_it(coder):
    text = "ويبدو أن للوزارة مشروعا معدا سلفا يراد تمريره في اطار الكتاب الأبيض الذي رفضته النقابة."
    reject = next(e for e in events(coder, text) if e.cameo == "120")
    assert reject.source.sector == "LAB" and reject.target is None
    text = "وقالت إنها لم تستوعب ما حصل بسبب تصريحات الإطار الطبي الذي اتهمته بالإهمال."
    accuse = next(e for e in events(coder, text) if e.cameo == "112")
    assert accuse.source is None and accuse.target.sector == "HLH"


def test_the_interviewer_and_the_vehicle_attacked_are_no_participants(coder):
    evs = events(coder, "وقال المحتجون في تصريح لمراسل الجوهرة إن احتجاجاتهم متواصلة.")
    assert all(e.target is None or e.target.sector != "MED" for e in evs)
    text = "ويأتي هذا الهجوم عقب يومين من هجوم مماثل وسط العريش، حيث تم استهداف مدرعة شرطة، ما أدى لمقتل ضابطين."
    attack = next(e for e in events(coder, text) if e.cameo == "190")
    assert attack.source.sector != "COP"


def test_marching_to_an_embassy_and_a_crowd_of_protesters_are_protests(coder):
    march = next(
        e for e in events(coder, "وخرج الطلاب من حرم جامعة صنعاء وساروا نحو السفارة التونسية.") if e.cameo == "141"
    )
    assert march.source.sector == "EDU" and march.target.code == "TUNGOV"
    crowd = events(coder, "الى ذلك سارت حشود من المتظاهرين من العشائر في قضاء الحويجة.")
    assert any(e.cameo == "141" and e.source.sector == "CVL" for e in crowd)
    assert events(coder, "وسار الوزير في موكب رسمي نحو القصر.") == []


def test_an_attack_attributed_with_nasabat_masuliyya_li_names_its_author(coder):
    text = "ونسبت بكين مسؤولية هجمات دامية وقعت في أماكن مختلفة في البلاد لناشطين من أقلية الأويغور."
    attack = next(e for e in events(coder, text) if e.cameo == "190")
    assert "+claimed" in attack.evidence.rule and "لناشطين" in attack.source.text
    # Beijing is the claimant, not the target; the attacks' target is the country they happened in, by convention
    assert attack.target.code == "CHNCVL" and attack.target.rule == "place" and "+place" in attack.evidence.rule


def test_a_crash_caused_by_a_technical_fault_is_no_killing(coder):
    text = "وقالت مصادر أمنية إن الحادث ناجم عن خلل فني طرأ على الطائرة، مما أسفر عن سقوطها ومقتل شخصين كانا على متنها."
    assert events(coder, text) == []


def test_zionist_names_israel(coder):
    evs = events(coder, "وأطلق جنود صهاينة النار على متظاهرين فلسطينيين.")
    shooting = next(e for e in evs if e.cameo == "193")
    assert shooting.source.code == "ISRMIL"


def test_a_road_accident_that_resulted_in_deaths_is_no_killing_but_a_separate_incident_is(coder):
    assert events(coder, "جد منذ قليل حادث مرور بمنطقة بئر الشباك بسوسة ما أسفر عن مقتل سيدة وطفلة.") == []
    text = "وقتل جندي من حلف شمال الاطلسي في حادث منفصل في نفس المنطقة."
    assert any(e.cameo == "180" for e in events(coder, text))


def test_imminent_danger_a_linking_road_and_a_town_named_ghar_are_no_events_or_actors(coder):
    assert events(coder, "ويبيح القانون استعمال السلاح عندما يواجه عون الأمن خطر داهم.") == []
    text = "قام عدد من المحتجين من مدينة غار الدماء بغلق الطريق الوطنية رقم 6 الرابطة بين مدينتهم ومدينة جندوبة."
    evs = events(coder, text)
    assert {e.cameo for e in evs} == {"144"}
    assert all(a is None or a.sector != "NGO" for e in evs for a in (e.source, e.target))


def test_a_bomber_is_its_countrys_military(coder):
    evs = events(coder, "وشنت قاذفة أمريكية غارة جوية على معسكر لتنظيم داعش قرب سرت.")
    assert any(e.cameo_root == "19" and e.source.code == "USAMIL" for e in evs)


def test_a_police_report_managed_to_seize_takes_the_unit_named_far_before(coder):
    text = (
        "تمكّنت الوحدات الأمنية التابعة لمنطقة الشرطة بالمهدية بالاشتراك مع وحدات التجارة بالجهة، صباح اليوم "
        "السبت من حجز 300 كلغ من العسل غير صالح للاستهلاك."
    )
    seize = next(e for e in events(coder, text) if e.cameo == "1711")
    assert seize.source.code == "TUNCOP" and "support" in seize.evidence.rule
    # an unknown unit still managed the deed: kept without actors rather than dropped as a topic
    assert any(
        e.cameo == "1711" for e in events(coder, "تمكنت الوحدات الديوانية بقفصة يوم أمس من حجز شاحنة محملة بالموز.")
    )


def test_an_unlisted_definite_subject_leaves_the_listed_actor_after_it_as_the_object(coder):
    # (the employers' federation "الجامعة الوطنية" was unlisted here; since the eighth session it is a listed agent,
    # and the listed actor after it stays the object)
    call = next(
        e for e in events(coder, "ودعت الجامعة الوطنية لمقاولي البناء رئاسة الحكومة إلى التدخل.") if e.cameo == "020"
    )
    assert call.source.sector == "BUS" and call.target.sector == "GOV"
    text = "انتقدت الجامعية ألفة يوسف تصريحات رئيس الجمهورية الباجي قائد السبسي."
    criticism = next(e for e in events(coder, text) if e.cameo == "111")
    assert criticism.source is None and criticism.target.sector == "GOV"
    assert "unknown-subject" in criticism.evidence.rule
    # …but not a conjunct of the subject, a title in apposition to a name, nor VOS with an event noun
    text = "دعا الخبير المحاسب ورئيس الجمعية التونسية للزكاة، محمد مقديش، مجلس نواب الشعب إلى تسريع النظر."
    call = next(e for e in events(coder, text) if e.cameo == "020")
    assert call.source.sector == "NGO" and call.target.sector == "LEG"
    attend = next(e for e in events(coder, "وحضر اللقاء رئيس الأركان.") if e.cameo == "040")
    assert attend.source.sector == "MIL"


def test_a_partitive_object_keeps_the_killing_active_and_a_bomber_blows_his_belt(coder):
    text = "وأعلن محافظ طهران أن القوات الأمنية قتلت أحد المهاجمين، في حين فجر مسلح آخر حزامه الناسف."
    evs = events(coder, text)
    kill = next(e for e in evs if e.cameo == "180")
    assert kill.source.code == "IRNCOP"  # (القوات الأمنية: the security forces are police since the eighth session)
    bombing = next(e for e in evs if e.cameo == "183")
    assert bombing.source.text == "مسلح"


def test_the_genitive_of_a_coordinated_arrest_masdar_is_the_one_arrested(coder):
    arrest = next(
        e for e in events(coder, "وقد تم حجز السيارتين وإيقاف الشخصين حسب ما أكده مصدر أمني.") if e.cameo == "173"
    )
    # (the one arrested; since the ninth session a seizure marks them as criminal suspects)
    assert arrest.source is None and arrest.target.text == "الشخصين" and arrest.target.sector == "CRM"


def test_no_subject_is_found_inside_a_complement_clause(coder):
    demand = next(
        e
        for e in events(coder, "وفي هذا الإطار، طالب الصحفييون بضرورة أن تقوم الحكومة بكشف الحقائق.")
        if e.cameo == "100"
    )
    assert demand.source is None or demand.source.sector != "GOV"


def test_hundreds_of_a_people_protesting_are_the_protesters_not_the_object(coder):
    text = "تظاهر مئات الكوريين الجنوبيين اليوم الثلاثاء أمام السفارة الأمريكية في سيول."
    demo = next(e for e in events(coder, text) if e.cameo == "141")
    assert demo.source.code == "KORCVL" and demo.target.code == "USAGOV"


def test_an_appeal_to_all_of_a_group_or_past_its_own_complement_names_no_subject(coder):
    call = next(e for e in events(coder, "ودعت كافة أعوان البريد للالتحاق بمراكز عملهم.") if e.cameo == "020")
    assert call.source is None and call.target is not None
    call = next(e for e in events(coder, "ودعا التونسيين لاسترجاع الثقة في تونس.") if e.cameo == "020")
    assert call.source is None and call.target.code == "TUNCVL"
    call = next(e for e in events(coder, "كما دعا كافة الأمنيين إلى توحيد الصف النقابي.") if e.cameo == "020")
    assert call.source is None or call.source.sector != "LAB"


def test_the_owner_of_a_house_that_suffered_an_attack_is_its_target(coder):
    text = "قال مسؤول عسكري ليبي إن منزل اللواء المتقاعد خليفة حفتر قد تعرض لهجوم بعبوات ناسفة في بنغازي."
    attack = next(e for e in events(coder, text) if e.cameo == "190")
    assert attack.target.code == "LBYMIL" and "+suffered" in attack.evidence.rule
    assert attack.source.sector == "UAF"
