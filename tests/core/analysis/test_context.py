"""What surrounds a match: a state gone to or left is a place, a state inside «موالية ل…»
is part of another actor's description, a person after «مكتب» is the office's."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_state_gone_to_or_left_is_a_place():
    text = ("قالت تركيا إنها لن تتدخل. وقرر الوفد مغادرة تركيا، ثم عاد إلى تركيا "
            "وانسحب من تركيا، وطلب الوصول لتركيا، ودعت تركيا إلى التهدئة.")
    turkey = tag(text, "تركيا", type="state")
    got = propose_mentions(text, [turkey], turkey)
    # only the last: «ودعت تركيا» (the proclitic و out) calls; the rest are places
    assert texts(text, got) == ["تركيا"]
    assert got[0].start == text.index("تركيا إلى التهدئة")


def test_a_motion_word_after_a_proclitic_with_the_article():
    text = "أعلنت مصر موقفها، وسمحت للعبور إلى مصر وبالدخول، وهددت مصر بالرد."
    egypt = tag(text, "مصر", type="state")
    assert [p.start for p in propose_mentions(text, [egypt], egypt)] == [
        text.index("مصر بالرد")]


def test_a_state_in_a_description_of_loyalty_is_not_proposed():
    text = ("اتهمت إيران خصومها، وهاجمت فصائل موالية لإيران قاعدة، وقالت الجماعات "
            "التابعة لإيران إن لإيران حقا.")
    iran = tag(text, "إيران", type="state")
    got = propose_mentions(text, [iran], iran)
    assert [p.start for p in got] == [text.index("إيران حقا")]


def test_a_persons_name_after_his_office_is_the_office():
    text = ("قال رئيس الوزراء علي الحسيني إن الوضع مستقر، وأصدر مكتب الحسيني بيانا، "
            "وانتقد أنصار الحسيني القرار، ثم عاد الحسيني فأكد ذلك.")
    pm = tag(text, "رئيس الوزراء علي الحسيني", type="person", canonical="علي الحسيني")
    got = propose_mentions(text, [pm], pm)
    assert texts(text, got) == ["الحسيني"]
    assert got[0].start == text.index("الحسيني فأكد")


def test_a_persons_title_is_a_mention_of_him_once_he_is_tagged_with_it():
    text = ("التقى وزير الداخلية التونسي سامي العابد وفدا، وقال وزير الداخلية إن الأمن "
            "مستتب، ثم رد مساعد وزير الداخلية، وزار وزير الداخلية السابق المكان، وأكد "
            "لوزير الداخلية التونسي صحفي ذلك.")
    minister = tag(text, "وزير الداخلية التونسي سامي العابد", type="person",
                   canonical="سامي العابد")
    got = propose_mentions(text, [minister], minister)
    # not the assistant's «وزير الداخلية», nor the former minister; the clitic ل out
    assert texts(text, got) == ["وزير الداخلية", "وزير الداخلية التونسي"]
    assert all(p.attrs == {"canonical": "سامي العابد", "type": "person"} for p in got)


def test_a_title_two_tagged_persons_have_is_proposed_for_neither():
    text = ("قال الوزير المفوض خالد سعيد إن الاتفاق قريب، وقال الوزير المفوض عمر نصر إنه "
            "بعيد، ثم عاد الوزير المفوض فأكد ذلك.")
    one = tag(text, "الوزير المفوض خالد سعيد", type="person", canonical="خالد سعيد")
    two = tag(text, "الوزير المفوض عمر نصر", type="person", canonical="عمر نصر")
    # with one tagged, the other's title is proposed too (a limit: nothing in the text
    # tells «عمر نصر» from a verb); once both are tagged, the title is left out
    assert [p.text for p in propose_mentions(text, [one], one)] == ["الوزير المفوض"] * 2
    assert [p.text for p in propose_mentions(text, [one, two], one)] == []


def test_a_state_after_a_place_noun_or_around_it_is_a_place():
    text = ("أعلنت الكويت موقفها، ووقع انفجار في محيط مطار الكويت وآخر قرب الكويت، وحلقت "
            "طائرات في أجواء الكويت وفي مناطق من الكويت، وبالقرب من الكويت، وهي أحداث "
            "شهدتها الكويت، ثم دعت الكويت إلى التهدئة.")
    kuwait = tag(text, "الكويت", type="state")
    got = propose_mentions(text, [kuwait], kuwait)
    assert [p.start for p in got] == [text.index("الكويت إلى التهدئة")]


def test_a_state_left_after_a_word_of_taking_out_a_few_words_before():
    text = ("أكدت ليبيا أنها تطالب بإخراج المرتزقة الأجانب من ليبيا، ورحبت بانسحاب القوات "
            "التركية من ليبيا، وقالت إن الدعم جاء من ليبيا.")
    libya = tag(text, "ليبيا", type="state")
    got = propose_mentions(text, [libya], libya)
    # «جاء من ليبيا» has no word of taking out before it: left to the reader, proposed
    assert [p.start for p in got] == [text.index("ليبيا.")]


def test_a_word_of_taking_out_too_far_before_does_not_make_a_place():
    text = ("قالت مصر كلمتها، وطالبت بإخراج كل القوات الأجنبية الموجودة من مصر، ثم عادت.")
    egypt = tag(text, "مصر", type="state")
    # four words between the verb and «من»: one phrase is not known to be that long
    assert [p.start for p in propose_mentions(text, [egypt], egypt)] == [
        text.index("مصر، ثم")]


def test_a_dateline_is_where_the_report_was_filed():
    text = ("طرابلس ترد على الاتهامات\n\nطرابلس: قال المتحدث باسم الوزارة اليوم إنها سترد على "
            "ما وصفته بالاتهامات الباطلة التي وجهت إليها في الأيام الأخيرة من أكثر من جهة.\n"
            "وأكدت طرابلس موقفها.")
    tripoli = tag(text, "طرابلس", type="state", canonical="ليبيا")
    got = propose_mentions(text, [tripoli], tripoli)
    # the dateline is left out; the last one acts
    assert [p.start for p in got] == [text.index("طرابلس موقفها")]


def test_a_colon_after_a_headlines_first_word_may_be_who_speaks():
    text = "أنقرة تحذر\nأنقرة: لن نسمح بذلك\nوقالت أنقرة إنها سترد."
    ankara = tag(text, "أنقرة", type="state", canonical="تركيا")
    got = propose_mentions(text, [ankara], ankara)
    assert [p.start for p in got] == [text.index("أنقرة: لن"), text.index("أنقرة إنها")]


def test_an_outlet_and_its_city_in_a_dateline():
    text = ("تابعت «المرصد» الحدث.\nالمرصد من باريس: قال مسؤولون فرنسيون إن الاتفاق قريب "
            "جدا وإن التوقيع عليه سيكون خلال الأسابيع المقبلة بعد مشاورات طويلة.\n"
            "ونقل المرصد عن مصادر أخرى ذلك.")
    outlet = tag(text, "المرصد", type="media")
    got = propose_mentions(text, [outlet], outlet)
    assert [p.start for p in got] == [text.index("المرصد عن")]


def test_forces_before_a_groups_name_are_part_of_the_phrase():
    text = ("قاتلت الأسايش في المدينة، وانسحبت قوات الأسايش منها، ثم عادت وقوات الأسايش إليها.")
    asayish = tag(text, "الأسايش", type="military")
    got = propose_mentions(text, [asayish], asayish)
    assert texts(text, got) == ["قوات الأسايش", "قوات الأسايش"]  # the clitic و out
    assert all(p.attrs["canonical"] == "الأسايش" for p in got)


def test_a_government_before_a_states_name_is_the_state():
    text = "قالت تونس إنها ترفض ذلك، وأكدت حكومة تونس موقفها، ثم ردت سلطات تونس على النقد."
    tunisia = tag(text, "تونس", type="state")
    got = propose_mentions(text, [tunisia], tunisia)
    assert texts(text, got) == ["حكومة تونس", "سلطات تونس"]
    assert all(p.attrs == {"canonical": "تونس", "type": "state"} for p in got)


def test_forces_do_not_join_a_state_nor_a_government_a_group():
    text = "أعلنت ليبيا الحرب، ووصلت قوات ليبيا، ثم هاجم الأسايش حكومة الأسايش المزعومة."
    libya = tag(text, "ليبيا", type="state")
    asayish = tag(text, "الأسايش", type="military")
    assert texts(text, propose_mentions(text, [libya], libya)) == ["ليبيا"]
    assert texts(text, propose_mentions(text, [asayish], asayish)) == ["الأسايش"]


def test_forces_before_a_nominal_mention_join_it_too():
    text = "أعلن التحالف الإقليمي خطته، ثم تقدمت قوات التحالف نحو المدينة."
    coalition = tag(text, "التحالف الإقليمي", type="military")
    got = propose_mentions(text, [coalition], coalition)
    assert texts(text, got) == ["قوات التحالف"]


def test_forces_inside_a_persons_title_are_not_proposed():
    text = ("انتشرت القوات البحرية في الخليج، وقال القائد العام للقوات البحرية إن المهمة "
            "انتهت، وزار رئيس أركان القوات البحرية السفن، ثم عادت القوات البحرية.")
    navy = tag(text, "القوات البحرية", type="military")
    got = propose_mentions(text, [navy], navy)
    assert [p.start for p in got] == [text.rindex("القوات البحرية")]


def test_adjectives_after_a_found_name_join_it():
    text = ("قاتلت الأسايش في المدينة، ثم انسحبت قوات الأسايش الكردية منها، "
            "وبقيت الأسايش الاتحادية فيها.")
    asayish = tag(text, "الأسايش", type="military")
    got = propose_mentions(text, [asayish], asayish)
    assert texts(text, got) == ["قوات الأسايش الكردية", "الأسايش الاتحادية"]


def test_another_states_adjective_after_a_name_makes_it_another_actor():
    text = ("انتشرت القوات الأمنية الليبية في المدينة، وقالت القوات الأمنية إنها سيطرت، "
            "فيما بقيت القوات الأمنية التونسية على الحدود.")
    police = tag(text, "القوات الأمنية الليبية", type="military")
    assert texts(text, propose_mentions(text, [police], police)) == ["القوات الأمنية"]


def test_an_adjective_after_a_governed_name_is_the_governing_words():
    text = ("أعلن داعش مسؤوليته، وهاجمت عصابات داعش الإرهابية القرية، ثم هدد وداعش "
            "الإرهابي بالمزيد. وتبنى، لاحقا، داعش الإرهابي هجوما.")
    isis = tag(text, "داعش", type="armed_group")
    got = propose_mentions(text, [isis], isis)
    # the gangs' adjective stays out; after a proclitic or a comma the name begins the
    # phrase and takes its adjective (a verb before it cannot be told from a noun: a limit)
    assert texts(text, got) == ["داعش", "داعش الإرهابي", "داعش الإرهابي"]


def test_only_a_types_noun_joins_a_nominal_mention():
    # a nominal mention («تنظيم داعش», read by its head «تنظيم» and the actor's word) takes
    # «قوات» before it, not a descriptor noun such as «ميليشيات»: the militias stay out
    text = "أعلن داعش مسؤوليته، ثم تصدت القوات لهجمات ميليشيات تنظيم داعش في القرى."
    isis = tag(text, "داعش", type="armed_group", canonical="تنظيم الدولة الإسلامية")
    assert texts(text, propose_mentions(text, [isis], isis)) == ["تنظيم داعش"]
