"""Speakers named outside the subject slot: the person contacted in a sentence opener (وباتصالنا بفلان، أكد …),
and the person a trailing attribution names (…، وفق تصريح الزوج للإذاعة. وقال …) as the antecedent of the next
elided subject; a radio station after ل is the recipient, not part of the speaker."""
from test_claims_constructions import claims_of  # the shared helper: spans are exact slices of the text


def _claims(text: str):
    """(speaker, cue) of the claims (reports left out) of the paragraphs of ``text``."""
    return [(c.speaker.text, c.cue.text) for c in claims_of(*text.split("\n\n")) if c.kind != "report"]


def test_contacted_person_speaks():
    got = _claims("قال الزوج إنه لم يتسلم جثة ابنته. وباتصالنا بسمير عبد الجواد مدير عام المؤسسات الصحية، أكّد أن الجثة "
                  "موجودة ببيت الأموات. وأضاف أنه تم فتح تحقيق.")
    assert got[0] == ("الزوج", "قال")
    assert [c for _, c in got[1:]] == ["أكّد", "وأضاف"] and all(s.startswith("سمير عبد الجواد") for s, _ in got[1:])


def test_contacted_ministry_speaks():
    got = _claims("قال الطبيب إن الحالة مستقرة. وفي اتصال مع وزارة الصحة، أكدت أن المريض غادر المستشفى.")
    assert got == [("الطبيب", "قال"), ("وزارة الصحة", "أكدت")]


def test_contacted_outlet_is_no_speaker():
    got = _claims("قال الطبيب إن الحالة مستقرة. وفي اتصال مع وكالة فرانس برس، أكد أن المريض غادر المستشفى.")
    assert got == [("الطبيب", "قال"), ("الطبيب", "أكد")]


def test_contact_inside_the_words_names_no_speaker():
    got = _claims("أشار الناشط تيم نونان إلى أنهم على اتصال مع أنان، وقال إن الحوار مستمر.")
    assert got and all("نونان" in s for s, _ in got)


def test_trailing_statement_source_is_the_next_antecedent():
    got = _claims('وتسلمت العائلة جثة الزوجة مقابل اتهامها المستشفى بإلقاء جثة المولودة في "الزبلة"، وفق تصريح الزوج '
                  'للجوهرة اف ام. وقال إنه لم يتسلّم جثة ابنته.')
    assert got[-1] == ("الزوج", "وقال")


def test_radio_station_is_a_recipient():
    got = _claims("ارتفع عدد القتلى إلى عشرة، وفق تصريح الزوج للجوهرة أف أم.")
    assert got == [("الزوج", "وفق تصريح")]


def test_emphatic_after_an_adjunct_is_no_speaker():
    got = _claims('ورد وزير الخارجية الإيراني على نتنياهو، وقال خلال المؤتمر ذاته "لقد تسنى لكم مشاهدة سيرك هزلي هذا '
                  'الصباح لا يستحق حتى الرد".')
    assert got == [("وزير الخارجية الإيراني", "وقال")]


def test_staff_rank_qualifier_continues_the_title():
    got = _claims("اتهم العقيد الركن تركي المالكي، المتحدث باسم التحالف العربي، الحوثيين بأنهم يتاجرون بالمخدرات.")
    assert got and got[0][0].startswith("العقيد الركن تركي المالكي")


def test_van_inside_a_european_name():
    got = _claims("ورأى بيرت فان مارفيك مدرب أستراليا أن الحكم ظل متشككا. وقال فان مارفيك للصحفيين إن الفريق قدم مباراة جيدة.")
    assert got == [("بيرت فان مارفيك مدرب أستراليا", "ورأى"), ("فان مارفيك", "وقال")]


def test_fa_inna_without_hamza_is_no_name_particle():
    got = _claims("وقال الوزير إن الحكومة ستتدخل، أما المعارضة فان مواقفها معروفة.")
    assert got and got[0][0] == "الوزير"


def test_no_subject_starts_with_lam():
    got = _claims("قال وزير الخارجية للصحفيين إن الوضع هادئ. وقال للمركز الإعلامي للجماعة إن الشاحنات لم تحتجز.")
    assert got == [("وزير الخارجية", "قال"), ("وزير الخارجية", "وقال")]


def test_two_coordinated_titles_before_one_name():
    got = _claims('وحذّر المحامي والناشط الحقوقي مراد بن عيسى من "محاولات الالتفاف على مطالب الشعب عبر حلول دستورية شكلية".')
    assert got == [("المحامي والناشط الحقوقي مراد بن عيسى", "وحذّر")]


def test_the_one_asked_answers():
    got = _claims('قال الوزير إن الوضع هادئ. وبسؤال المتحدث الأمني حول الربط بين الحادثتين، أجاب بالقول "ننتظر نتائج '
                  'التحقيقات الجارية".')
    assert got == [("الوزير", "قال"), ("المتحدث الأمني", "أجاب")]


def test_fa_inna_with_hamza_ends_the_source():
    got = _claims("وبحسب دراسة لغرفة تجارة وصناعة دبي فإن إجمالي مبيعات السيارات ارتفع من 190 ألف سيارة إلى 388 ألف سيارة.")
    assert got == [("دراسة لغرفة تجارة وصناعة دبي", "وبحسب")]
