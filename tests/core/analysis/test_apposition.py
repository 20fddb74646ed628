"""An actor's other names given by the text next to one of its mentions: in parentheses
after it, after «المعروف باسم», before a parenthesis that says it is its name."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_name_in_parentheses_after_a_mention():
    text = ("هاجمت قوات سوريا الديمقراطية (قسد) القرية، وقالت قسد إنها سيطرت عليها، "
            "ثم انسحبت وحدات (3) منها.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    got = propose_mentions(text, [sdf], sdf)
    assert texts(text, got) == ["قسد", "قسد"]
    assert all(p.attrs == {"canonical": "قوات سوريا الديمقراطية", "type": "armed_group"}
               for p in got)


def test_a_name_after_known_as_after_an_untagged_mention_too():
    text = ("أعلن جيش الفتح بيانا. وقال جيش الفتح، المعروف باسم غرفة عمليات الشمال، إنه "
            "صامد، وأكدت غرفة عمليات الشمال ذلك.")
    army = tag(text, "جيش الفتح", type="armed_group")
    got = texts(text, propose_mentions(text, [army], army))
    assert got == ["جيش الفتح", "غرفة عمليات الشمال", "غرفة عمليات الشمال"]


def test_a_name_before_a_parenthesis_that_names_the_actor():
    text = ("قاد التحالف الدولي الضربات. وتواصل قيادة العمليات لبعثة الدعم الحازم (الاسم "
            "الرسمي للتحالف) عملها، وقالت بعثة الدعم الحازم إنها باقية.")
    coalition = tag(text, "التحالف الدولي", type="military")
    got = texts(text, propose_mentions(text, [coalition], coalition))
    # back to the word with the proclitic: «لبعثة» -> «بعثة»
    assert got == ["بعثة الدعم الحازم", "لتحالف", "بعثة الدعم الحازم"]


def test_no_other_name_without_a_boundary_or_from_a_count():
    text = ("أعلن التحالف الدولي أن أطلقت دول عدة كبرى عملية الدعم الحازم (الاسم الرسمي "
            "للتحالف) أمس، وقال التحالف الدولي (2014) إن عدده كبير.")
    coalition = tag(text, "التحالف الدولي", type="military")
    # four words back without a punctuation mark or a proclitic: no name is taken
    got = texts(text, propose_mentions(text, [coalition], coalition))
    assert got == ["لتحالف", "التحالف الدولي"]


def test_a_persons_title_after_as_is_one_of_his_names():
    text = ("قال الرئيس التونسي قيس سعيد إن البلاد آمنة، ثم ترأس سعيد بصفته القائد الأعلى "
            "للقوات المسلحة اجتماعا، وأصدر القائد الأعلى للقوات المسلحة أوامره، وزار "
            "القائد الأعلى للقوات المسلحة السابق المكان.")
    president = tag(text, "الرئيس التونسي قيس سعيد", type="person", canonical="قيس سعيد")
    got = propose_mentions(text, [president], president)
    # the family name, the title where «بصفته» gives it and again; not the former one's
    assert texts(text, got) == ["سعيد", "القائد الأعلى للقوات المسلحة",
                                "القائد الأعلى للقوات المسلحة"]
    assert got[-1].start == text.index("القائد الأعلى للقوات المسلحة أوامره")
    assert all(p.attrs == {"canonical": "قيس سعيد", "type": "person"} for p in got)


def test_as_before_no_title_gives_nothing():
    text = "قال الوزير خالد نور بصفته رئيسا للوفد إن الاتفاق قريب، ثم أكد نور ذلك."
    minister = tag(text, "الوزير خالد نور", type="person", canonical="خالد نور")
    assert texts(text, propose_mentions(text, [minister], minister)) == ["نور"]
