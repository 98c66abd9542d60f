"""Toponym recognition and resolution (isnad.facts.geo.resolver), one construction per test."""
from __future__ import annotations

from isnad.facts.geo.resolver import find_places
from isnad.model import Entity


def places(text, **kw):
    out = find_places(text, **kw)
    for p in out:
        assert text[p.start:p.end] == p.text
    return out


def ids(text, **kw):
    return [p.id for p in places(text, **kw)]


def by_text(text, **kw):
    return {p.text: p.id for p in places(text, **kw)}


def test_country_names_and_spelling_variants():
    assert ids("عاد الوفد من سوريا إلى العراق.") == ["gn:163843", "gn:99237"]
    assert ids("قال مسؤول في سورية إن الوضع هادئ.") == ["gn:163843"]


def test_proclitics_and_article_forms():
    got = by_text("وصلت التعزيزات إلى الرقة وبالرقة وللرقة وفي العراق وسوريا.")
    assert got.get("الرقة") == "gn:172955"
    assert any(t.endswith("لرقة") and v == "gn:172955" for t, v in got.items() if t != "الرقة")
    assert "gn:163843" in got.values()


def test_rare_name_with_a_conjunction_glued_on():
    assert "gn:92004" in ids("وصل المقاتلون إلى عانة وراوه في العراق.")


def test_head_words_choose_city_or_governorate():
    assert ids("وقعت اشتباكات في مدينة الرقة.") == ["gn:172955"]
    assert ids("وقعت اشتباكات في محافظة الرقة شمال سوريا.")[0] == "gn:172957"
    assert ids("تقع بلدة السخنة في بادية حمص وسط سوريا.")[0] == "gn:172425"


def test_longest_match_wins():
    got = places("قصفت الطائرات مواقع في ريف دمشق.")
    assert [(p.text, p.id) for p in got] == [("ريف دمشق", "gn:170652")]
    got = places("قتل ثلاثة في قطاع غزة.")
    assert [(p.text, p.id) for p in got] == [("قطاع غزة", "gn:281132")]


def test_space_inside_a_name():
    assert ids("وصلت القافلة إلى البو كمال قرب الحدود.") == ["gn:174448"]
    assert ids("وصلت القافلة إلى البوكمال قرب الحدود.") == ["gn:174448"]


def test_countryside_of_a_town_is_its_governorate():
    got = places("قصف الطيران قرى في ريف حلب الغربي.")
    assert [(p.text, p.id) for p in got] == [("ريف حلب", "gn:170062")]


def test_country_adjectives_are_not_places_but_territory_phrases_are():
    assert ids("قالت الحكومة السورية إن الجيش العراقي تقدم.") == []
    got = places("انسحبت القوات من الأراضي اللبنانية.")
    assert [(p.text, p.id) for p in got] == [("الأراضي اللبنانية", "gn:272103")]
    assert ids("عاد المعتمرون من السعودية أمس.") == ["gn:102358"]


def test_spelling_variant_within_one_letter_when_the_country_fits():
    text = "وصل المقاتلون إلى راوة في العراق. وقال سكان في قرية رواة إن الوضع هادئ."
    assert ids(text).count("gn:92004") == 2


def test_context_tells_amman_from_oman():
    assert "gn:250441" in ids("زار الوزير الأردن والتقى الملك في عمان قبل أن يتوجه إلى العقبة.")
    assert ids("أعلنت سلطنة عمان دعمها للحوار.") == ["gn:286963"]
    assert ids("وصل الوفد إلى عمان للمشاركة في القمة الخليجية في مسقط.")[0] == "gn:286963"


def test_one_sense_per_discourse_for_a_name_inside_a_longer_one():
    text = "أطلقت الفصائل صواريخ من قطاع غزة. وردت إسرائيل بغارات على غزة."
    got = places(text)
    assert [p.id for p in got if p.text == "غزة"] == ["gn:281132"]


def test_common_words_that_are_also_place_names_are_not_places():
    assert ids("وفتح القرار الباب أمام مرحلة جديدة في إطار التعاون.") == []
    assert ids("ونشرت الصحيفة صور الأقمار الصناعية.") == []
    assert ids("وأكد البيان أن السلام ممكن.") == []


def test_names_inside_organisations_and_media_are_not_places():
    assert ids("تخرج من جامعة دمشق وعمل في صحيفة «الشرق الأوسط».") == []
    assert ids("قال البيت الأبيض إن الرئيس سيسافر.") == []


def test_a_place_the_gazetteer_lacks_keeps_id_null():
    got = places("وصلوا إلى نقطة قريبة من منطقة حميمة في البادية.")
    assert ("حميمة", None) in [(p.text, p.id) for p in got]
    assert [p.id for p in places("تعقد القمة في الشرق الأوسط.")] == [None]


def test_a_known_town_the_gazetteer_lacks_after_a_head_when_the_entity_stage_marks_it():
    text = "دخلت 88 حافلة إلى بلدتي كفريا والفوعة في ريف إدلب."
    ent = Entity("كفريا", text.index("كفريا"), text.index("كفريا") + len("كفريا"), "LOC")
    got = [(p.text, p.id) for p in places(text, entities=[ent])]
    assert ("كفريا", None) in got and ("الفوعة", None) in got  # the second joined to the first by و
    assert "كفريا" not in [p.text for p in places(text)]  # too common a word to be a name without the entity stage


def test_a_common_word_joined_after_an_unknown_name_is_no_place():
    got = [p.text for p in places("وصلوا إلى منطقة حميمة والقوات تتقدم نحوها.")]
    assert "حميمة" in got and not any("القوات" in t for t in got)


def test_person_names_are_not_places():
    text = "قال الرئيس بشار الأسد إن الحرب انتهت."
    assert ids(text) == []
    # The entity stage's persons override a bare match.
    text2 = "وزعمت المصادر أن بشار الأسد غادر."
    ent = Entity("بشار الأسد", text2.index("بشار"), text2.index("بشار") + len("بشار الأسد"), "PERS")
    assert ids(text2, entities=[ent]) == []


def test_page_cut_in_the_middle_of_a_country_name():
    assert ids("قال المصدر إن الأسد في سوريا، بينما سافرت عائلته إلى روس")[-1] == "gn:2017370"


def test_output_fields_are_filled_from_the_gazetteer():
    p = places("عقد الاجتماع في بغداد.")[0]
    assert (p.id, p.name, p.country, p.feature) == ("gn:98182", "Baghdad", "IQ", "PPLC")
    assert p.name_ar and p.lat and p.lon and 0 < p.confidence <= 1


def test_a_governorate_named_in_full_does_not_make_every_bare_mention_the_governorate():
    # "محافظة X" is the gazetteer's own name of the governorate; a bare X later is still the city (issue 10),
    # as it would be after a head word outside the name
    text = ("قال وكيل محافظة تعز إن الحصار مستمر. وأضاف أن فرقاً طبية ستصل إلى تعز خلال أيام، "
            "وأن شحنات الأدوية الواردة إلى تعز تراجعت.")
    got = [(p.text, p.id) for p in places(text)]
    assert ("محافظة تعز", "gn:70222") in got
    assert [i for t, i in got if t == "تعز"] == ["gn:70225", "gn:70225"]


def test_a_dual_head_carries_over_the_listed_names():
    got = places("اندلعت اشتباكات على الطريق الرابط بين محافظتي تعز والحديدة غرب اليمن.")
    assert [(p.text, p.feature) for p in got][:2] == [("تعز", "ADM1"), ("الحديدة", "ADM1")]
    # A singular head names the first place only: the second stays the city.
    got = places("اندلعت اشتباكات في محافظة تعز والحديدة غرب اليمن.")
    assert [(p.text, p.feature) for p in got][:2] == [("محافظة تعز", "ADM1"), ("الحديدة", "PPLA")]


def test_a_name_does_not_vouch_for_its_own_country():
    # Four mentions of طرابلس do not make the article Libyan: the Lebanese anchor decides each of them.
    text = "تظاهر الآلاف في طرابلس. وقال ناشط إن طرابلس تنتفض. وأضاف أن طرابلس لن تهدأ وأن طرابلس صامدة."
    assert set(ids(text + " ودعت الحكومة اللبنانية إلى الهدوء.")) == {"gn:266826"}
    # Without any anchor the prior keeps the Libyan capital.
    assert set(ids(text)) == {"gn:2210247"}


def test_a_row_the_article_rules_out_does_not_hide_the_others():
    # القدس is not Qods (قدس, written without the article), even in an article about Iran.
    text = "قال المرشد الإيراني في طهران للوفد السوري إن الصلاة في القدس ستكون قريبا."
    assert "gn:281184" in ids(text)
    # A common word whose only row conflicts with its article stays no place.
    assert ids("وصلت قوافل العبور إلى الحدود.") == []


def test_curated_arabic_names_the_sources_lack():
    # place_aliases.tsv: الأحواز is Khuzestan, ليستر the English city (not the American village of 1,100)
    assert ids("قال ناشطون في الأحواز إن الاحتجاجات مستمرة.") == ["gn:127082"]
    assert ids("وصل اللاعب إلى ليستر في إنجلترا.")[:1] == ["gn:2644668"]
    assert ids("قتل عشرة في بن قردان جنوب تونس.")[:1] == ["gn:2472431"]


def test_a_continent_is_its_natural_earth_row_with_no_country():
    got = places("وصل آلاف اللاجئين من سوريا إلى أوروبا عبر تركيا.")
    europe = [p for p in got if p.text == "أوروبا"]
    assert [(p.id, p.country) for p in europe] == [("ne4:regions_polys:europe", None)]
    assert ids("تأهل المنتخب إلى كأس الأمم في أمريكا الجنوبية.") == ["ne4:regions_polys:south-america"]
    # A macro-region without a row keeps id null, and a continent says nothing about the article's country.
    got = places("انتشرت الظاهرة في شمال أفريقيا.")
    assert [(p.text, p.id) for p in got] == [("شمال أفريقيا", None)]


def test_a_small_place_abroad_that_nothing_else_supports_keeps_no_id():
    # Rule 2 of issue 10: Stafford (Texas, 18,000 people) in an article about Syria is some local place; and
    # the British town of the adjective is not the American one.
    got = places("قصفت الطائرات قرية ستافورد في ريف إدلب شمال سوريا.")
    assert ("ستافورد", None) in [(p.text, p.id) for p in got]
    assert "gn:163843" in [p.id for p in got]
    assert ("ستافورد", None) in [(p.text, p.id) for p in places("وكان كينغ من مدينة ستافورد البريطانية.")]
    # A first-level seat after a head word that fits it stays: بلدة ليلهامر is Lillehammer.
    assert ids("اغتيل نادل في بلدة ليلهامر.") == ["gn:3147474"]
    # With its country in the article it stays resolved ...
    assert "gn:3622247" in ids("وصل الرئيس إلى مدينة الليمون في كوستاريكا.")
    # ... and a lone foreign capital or large city needs no support.
    assert ids("وصل الوزير إلى ليوبليانا.") == ["gn:3196359"]
    assert ids("عقد المؤتمر في مدينة ليستر.") == ["gn:2644668"]
