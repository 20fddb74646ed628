"""A tagged mention's shorter forms (its trailing nationality adjectives and descriptors
off, a head before its name off) and the purpose phrase that joins a name."""

from __future__ import annotations

from desktop.core.analysis.forms import adjective_like, ends_open, shorter_forms
from desktop.core.analysis.propagation import propose_mentions, surfaces
from desktop.core.folding import fold_string
from desktop.core.model import Span
from tests.core.analysis.helpers import tag, texts


def test_trailing_nationality_adjectives_and_descriptors_come_off():
    assert shorter_forms("حزب الله اللبناني") == ["حزب الله"]
    assert shorter_forms("جبهة النصرة الإرهابية") == ["جبهة النصرة"]
    assert shorter_forms("الحرس الثوري الإيراني") == ["الحرس الثوري"]
    # then the head before the name: «تنظيم القاعدة» keeps its head (the article follows)
    assert shorter_forms("تنظيم القاعدة الإرهابي") == ["تنظيم القاعدة"]
    assert shorter_forms("تنظيم داعش المتطرف") == ["تنظيم داعش", "داعش المتطرف", "داعش"]


def test_adjectives_that_are_part_of_the_name_stay():
    # not a nationality: «الديمقراطية», «الحر», «الإسلامية», «الشعبي» name the actor
    for name in ("قوات سوريا الديمقراطية", "الجيش السوري الحر", "الدولة الإسلامية",
                 "الحشد الشعبي", "الجيش العراقي", "البرلمان العراقي"):
        assert shorter_forms(name) == [], name


def test_a_name_head_comes_off_only_before_one_long_indefinite_word():
    assert shorter_forms("حركة حماس") == ["حماس"]
    assert shorter_forms("حركة حماس الفلسطينية") == ["حركة حماس", "حماس"]
    assert shorter_forms("جماعة بوكو حرام") == []  # two words left: a name of its own
    assert shorter_forms("حركة فتح") == []  # three letters: too often a common word
    assert shorter_forms("حزب الدعوة") == []  # the article follows


def test_short_forms_are_proposed_but_not_before_another_nationality():
    text = ("أعلنت وزارة الخارجية العراقية موقفها. وقالت وزارة الخارجية إنها ترحب، "
            "بينما رفضت وزارة الخارجية الأميركية ذلك، ثم عادت وزارة الخارجية المصرية.")
    mofa = tag(text, "وزارة الخارجية العراقية", type="government")
    assert "وزارة الخارجية" in surfaces(mofa)
    got = propose_mentions(text, [mofa], mofa)
    assert texts(text, got) == ["وزارة الخارجية"]
    assert got[0].start == text.index("وزارة الخارجية إنها")
    assert got[0].attrs == {"canonical": "وزارة الخارجية العراقية", "type": "government"}


def test_the_bare_name_after_a_descriptor_and_a_head():
    text = "شن تنظيم داعش الإرهابي هجوما، ورد حزب الله اللبناني، وقال داعش وحزب الله لاحقا."
    isis = tag(text, "تنظيم داعش الإرهابي", type="armed_group")
    hzb = tag(text, "حزب الله اللبناني", type="armed_group")
    assert texts(text, propose_mentions(text, [isis, hzb], isis)) == ["داعش"]
    assert texts(text, propose_mentions(text, [isis, hzb], hzb)) == ["حزب الله"]


def test_a_purpose_phrase_joins_a_definite_name():
    # what it fights may be an actor too: a definite organisation's purpose is part of its
    # name, as the seeds' golds take it («التحالف الدولي المناهض لتنظيم الدولة الإسلامية»)
    text = ("أعلن التحالف الدولي انسحابه. وقال التحالف الدولي لمكافحة الإرهاب إن "
            "التحالف الدولي ضد تنظيم داعش باق، وإن التحالف الدولي المناهض للإرهاب مستمر، "
            "وإن التحالف الدولي لمواجهة حسم انتهى.")
    coalition = tag(text, "التحالف الدولي", type="military")
    got = texts(text, propose_mentions(text, [coalition], coalition))
    assert got == ["التحالف الدولي لمكافحة الإرهاب", "التحالف الدولي ضد تنظيم داعش",
                   "التحالف الدولي المناهض للإرهاب", "التحالف الدولي"]  # «حسم»: too short


def test_an_indefinite_name_leaves_the_group_it_fights_apart():
    # the example's «تحالف دولي لمحاربة تنظيم داعش»: a description, the group tagged apart
    text = ("تشكل تحالف دولي لمحاربة تنظيم داعش، ثم قاتل التحالف الدولي المناهض لتنظيم "
            "داعش التنظيم، وهاجم تنظيم داعش القرى.")
    coalition = tag(text, "تحالف دولي", type="military")
    isis = tag(text, "تنظيم داعش", type="armed_group")
    assert texts(text, propose_mentions(text, [coalition, isis], coalition)) == [
        "التحالف الدولي المناهض لتنظيم داعش"]
    # nor is the group proposed inside the organisation's name once that is tagged
    tagged = tag(text, "التحالف الدولي", type="military", canonical="تحالف دولي")
    got = texts(text, propose_mentions(text, [coalition, isis, tagged], isis))
    assert got == ["التنظيم", "تنظيم داعش"]


def test_defeating_and_routing_are_purpose_words_too():
    # the Global Coalition to Defeat ISIS: «لهزيمة», «لدحر» as «لمحاربة»
    text = ("اجتمع التحالف الدولي في روما. وقال التحالف الدولي لهزيمة داعش إن قادة "
            "التحالف الدولي لدحر الإرهاب سيلتقون، وإن مقاتلي داعش تراجعوا.")
    coalition = tag(text, "التحالف الدولي", type="military")
    isis = tag(text, "داعش", 1, type="armed_group")
    assert texts(text, propose_mentions(text, [coalition, isis], coalition)) == [
        "التحالف الدولي لهزيمة داعش", "التحالف الدولي لدحر الإرهاب"]
    # the group inside the tagged coalition's name is not proposed
    assert texts(text, propose_mentions(text, [coalition, isis], isis)) == []


def test_word_classes():
    for word in ("الأميركية", "المسلحة", "الموالية", "الإرهابي", "السابق", "الدولي"):
        assert adjective_like(fold_string(word)), word
    for word in ("الدعم", "العراق", "الذي", "قوات", "الأمن"):
        assert not adjective_like(fold_string(word)), word
    assert not ends_open(fold_string("الأميركية"))
    assert ends_open(fold_string("المتبقية")) and ends_open(fold_string("الإرهابية"))


def test_a_description_gives_no_family_name():
    from desktop.core.analysis.forms import describes
    from desktop.core.analysis.propagation import surfaces

    assert describes("مسؤول رفيع في الخارجية الفرنسية")
    assert describes("ناطق باسم الشرطة")
    assert describes("دبلوماسي فرنسي")  # a nationality adjective ends it
    assert not describes("علي الحسيني")  # «علي» folds as «على» does: not a preposition here
    assert not describes("كمال الشامي") and not describes("جون كيري")
    text = "قال مسؤول رفيع في الخارجية الفرنسية إن السفارة الفرنسية مغلقة."
    official = Span.on(text, doc_id="d", layer="l", label="ACTOR", start=4,
                       end=text.index(" إن"), attrs={"type": "person", "mention": "nominal",
                                                      "canonical": "مسؤول رفيع في الخارجية الفرنسية"})
    assert "الفرنسية" not in surfaces(official)
    minister = Span.on("قال الوزير كمال الشامي", doc_id="d", layer="l", label="ACTOR", start=4,
                       end=22, attrs={"type": "person", "canonical": "كمال الشامي"})
    assert "الشامي" in surfaces(minister)
