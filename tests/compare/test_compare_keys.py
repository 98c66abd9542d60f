"""Matching keys and claim relations of the compare stage, on hand-built claims (no other stage runs)."""
from __future__ import annotations

from isnad.compare.component import compare_article
from isnad.compare.keys import comparable, light, nested, outlets_in, same_source, view
from isnad.compare.quantity import counts
from isnad.model import Article, Claim, Cue, Number, Place, Speaker, Span, Via


def claim(cid, speaker, content, text, stance="assert", parent=None, **kw):
    start = text.index(content)
    return Claim(id=cid, speaker=Speaker(speaker, 0, len(speaker)), cue=Cue("قال", 0, 3), stance=stance,
                 content=Span(content, start, start + len(content)), parent=parent, **kw)


def test_light_stems_meet_across_inflection():
    assert light("تفسيرات") == light("تفسير")
    assert light("قواتها") == light("قوات")
    assert light("المصرية") != light("مصر")  # the article is the tokenizer's job, not light()'s
    assert light("عائلاتهم") == light("عائلات") == light("عائلة")
    assert light("وصلوا") == light("وصل")


def test_outlets_are_recognised_in_either_script():
    assert outlets_in("ما نشرته صحيفة Wall Street Journal") == {"wsj"}
    assert outlets_in("نقلت صحيفة وول ستريت جورنال الأمريكية") == {"wsj"}
    assert outlets_in("قال الوزير") == set()


def test_same_source_by_contained_name():
    text = "x"
    a = view(claim("c1", "المدير التنفيذي للشبكة عمر أبو ليلى", "x", text), 0)
    b = view(claim("c2", "أبو ليلى", "x", text), 1)
    c = view(claim("c3", "مصادر رسمية عراقية", "x", text), 2)
    assert same_source(a, b) and not same_source(a, c)


def test_nested_claims_are_not_comparable():
    text = "قال الوزير إن مصادر نفت وصول القافلة"
    outer = claim("c1", "الوزير", "مصادر نفت وصول القافلة", text)
    inner = claim("c2", "مصادر", "وصول القافلة", text, stance="deny", parent="c1", via=[Via("الوزير", "c1")])
    a, b = view(outer, 0), view(inner, 1)
    assert nested(a, b) and not comparable(a, b)


def _claim_with_cue(cid, speaker, cue, content, text, stance):
    c = claim(cid, speaker, content, text, stance=stance)
    at = text.index(cue)
    c.cue = Cue(cue, at, at + len(cue))
    return c


def test_content_inside_another_is_nested_only_when_its_cue_is_inside_too():
    text = "قال الوزير إن مصادر نفت وصول القافلة"
    outer = _claim_with_cue("c1", "الوزير", "قال", "مصادر نفت وصول القافلة", text, "assert")
    inner = _claim_with_cue("c2", "مصادر", "نفت", "وصول القافلة", text, "deny")
    assert nested(view(outer, 0), view(inner, 1))  # reported inside the minister's words, no parent needed
    text = "اتهمت قطر السعودية بمنع الحجاج، وهو ما نفته الرياض"
    accusation = _claim_with_cue("c1", "قطر", "اتهمت", "السعودية بمنع الحجاج", text, "accuse")
    denial = _claim_with_cue("c2", "الرياض", "نفته", "بمنع الحجاج", text, "deny")
    a, b = view(accusation, 0), view(denial, 1)
    assert not nested(a, b) and comparable(a, b)  # the same words from a second source: the two can conflict


def _hand_article(second_country: str) -> Article:
    p1 = "قال الأول إن المقاتلين وصلوا إلى البلدة."
    p2 = "وقال الثاني إن المقاتلين ما زالوا عالقين في المخيم."
    art = Article(id="a1", paragraphs=[p1, p2])
    text = art.text
    c1 = claim("c1", "الأول", "المقاتلين وصلوا إلى البلدة", text)
    c2 = claim("c2", "الثاني", "المقاتلين ما زالوا عالقين في المخيم", text)
    s1, s2 = text.index("البلدة"), text.index("المخيم")
    c1.places = [Place("البلدة", s1, s1 + 6, id="x:1", country="IQ", feature="PPL")]
    c2.places = [Place("المخيم", s2, s2 + 6, id="x:2", country=second_country, feature="PPL")]
    art.claims = [c1, c2]
    return art


def test_location_rule_reads_the_countries_of_the_facts():
    assert [(c.a, c.b, c.kind) for c in compare_article(_hand_article("SY"))] == [("c1", "c2", "location")]
    assert compare_article(_hand_article("IQ")) == []


def _counted(content, *numbers):
    text = f"قال المصدر إن {content}."
    art_claim = claim("c1", "المصدر", content, text)
    for shown, value, unit in numbers:
        i = text.index(shown)
        art_claim.numbers.append(Number(shown, i, i + len(shown), value=value, unit=unit))
    return {u: [(c.number.value, c.bound) for c in cs] for u, cs in counts(view(art_claim, 0)).items()}


def test_counts_keep_event_counts_with_their_bounds():
    assert _counted("9 أشخاص على الأقل قتلوا في الهجوم", ("9 أشخاص", 9, "شخص")) == {light("شخص"): [(9, "lower")]}
    assert _counted("أكثر من 20 جريحا نقلوا", ("20 جريحا", 20, "جريح")) == {light("جريح"): [(20, "lower")]}
    assert _counted("12 مقاتلا وصلوا", ("12 مقاتلا", 12, "مقاتل")) == {light("مقاتل"): [(12, None)]}
    assert _counted("عددا لا يتجاوز 30 جريحا", ("30 جريحا", 30, "جريح")) == {light("جريح"): [(30, "upper")]}


def test_money_and_breakdowns_are_not_counted():
    assert _counted("القرض بلغ 7 مليارات دولار", ("7 مليارات دولار", 7e9, "دولار")) == {}
    # 6 of 17 buses: a claim that breaks a whole into parts is not compared at all
    assert _counted("6 حافلات من أصل 17 حافلة عادت", ("6 حافلات", 6, "حافلة"), ("17 حافلة", 17, "حافلة")) == {}


def test_a_lower_bound_agrees_with_a_larger_figure():
    from isnad.compare.quantity import Count, agree
    n = lambda v, approx=False: Number(str(v), 0, 1, value=v, unit="شخص", approximate=approx)  # noqa: E731
    assert agree(Count(n(9), "lower"), Count(n(50), None))
    assert not agree(Count(n(60), "lower"), Count(n(40), None))
    assert agree(Count(n(40, True), None), Count(n(44), None)) and not agree(Count(n(40), None), Count(n(44), None))
