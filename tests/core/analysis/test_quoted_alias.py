"""An alias in quotation marks or guillemets right after a mention is the actor's other
name (as one in parentheses is), and what stands right before that alias in its marks is
the actor too when it ends one of its names."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_an_acronym_in_guillemets_after_a_name_is_looked_for():
    text = ("أعلنت هيئة تحرير الشام «هتش» سيطرتها على البلدة. وقالت مصادر إن عناصر هتش "
            "انسحبوا، ثم عادت قوات هتش إليها.")
    group = tag(text, "هيئة تحرير الشام", type="armed_group")
    assert texts(text, propose_mentions(text, [group], group)) == ["هتش", "هتش", "قوات هتش"]


def test_an_alias_in_straight_or_curly_quotes():
    text = ('قالت جبهة النصرة "فتح الشام" إنها لن ترد. وردت فتح الشام لاحقا. '
            "وذكرت جماعة أنصار السنة “أنصار” أن أنصار لم تشارك.")
    nusra = tag(text, "جبهة النصرة", type="armed_group")
    assert texts(text, propose_mentions(text, [nusra], nusra)) == ["فتح الشام", "فتح الشام"]
    ansar = tag(text, "جماعة أنصار السنة", type="armed_group")
    assert "أنصار" in texts(text, propose_mentions(text, [ansar], ansar))


def test_a_quoted_definite_word_or_a_long_quotation_is_no_alias():
    text = ('أعلنت وزارة الدفاع "الانتصار" في المعركة. وقال الجيش "سنواصل القتال حتى '
            'النهاية". ثم قالت وزارة الدفاع إن الانتصار تحقق وإن الجيش سنواصل.')
    ministry = tag(text, "وزارة الدفاع", type="government")
    army = tag(text, "الجيش", type="military")
    assert texts(text, propose_mentions(text, [ministry, army], ministry)) == ["وزارة الدفاع"]
    assert texts(text, propose_mentions(text, [ministry, army], army)) == ["الجيش"]


def test_a_closing_quote_and_the_next_opening_one_are_no_alias():
    text = ('هاجم مسلحو تنظيم "داعش" على حقول "نفط خانة" قرية. وأعلن تنظيم داعش '
            "مسؤوليته عن الهجوم على حقول النفط.")
    isis = tag(text, "داعش", type="armed_group")
    assert "على حقول" not in texts(text, propose_mentions(text, [isis], isis))


def test_the_end_of_a_name_before_its_alias_is_the_actor():
    text = ('أعلنت الحكومة الحرب على تنظيم الدولة الإسلامية "داعش". واستعادت القوات البلدة '
            'من سيطرة الدولة الإسلامية "داعش" أمس، وقالت إن الدولة الإسلامية انتهت.')
    isis = tag(text, "تنظيم الدولة الإسلامية", type="armed_group")
    got = texts(text, propose_mentions(text, [isis], isis))
    # the bare «الدولة الإسلامية» without the alias after it is not looked for
    assert got == ["داعش", "الدولة الإسلامية", "داعش"]


def test_one_curly_mark_on_both_sides_gives_an_alias_too():
    text = ("نقل المرصد السوري لحقوق الإنسان “سوهر“ أن الاشتباكات تجددت، وقال “سوهر” إن "
            "عشرة قتلوا، فيما أكد سوهر أن الحصيلة سترتفع.")
    monitor = tag(text, "المرصد السوري لحقوق الإنسان", type="organization")
    got = propose_mentions(text, [monitor], monitor)
    assert texts(text, got) == ["سوهر", "سوهر", "سوهر"]


def test_not_when_the_mention_is_inside_a_curly_quotation():
    text = ("قال القائد “إن حزب العمال “ليس طرفا“ في الاتفاق”، ثم غادر. وأكد ليس طرفا ذلك.")
    pkk = tag(text, "حزب العمال", type="armed_group")
    assert texts(text, propose_mentions(text, [pkk], pkk)) == []
