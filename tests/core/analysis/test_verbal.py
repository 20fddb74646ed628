"""A group's noun that is also a verbal noun («التنظيم»: organising) is not the group in
a list of verbal nouns."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from desktop.core.analysis.verbal import verbal_noun
from tests.core.analysis.helpers import tag, texts


def test_verbal_noun_forms():
    assert verbal_noun("التنظيم") and verbal_noun("تنفيذ") and verbal_noun("الاستهداف")
    assert not verbal_noun("التحالف") and not verbal_noun("الجيش") and not verbal_noun("داعش")


def test_the_group_noun_in_a_list_of_verbal_nouns_is_the_act():
    text = ("قال الجيش إن تنظيم داعش فقد قدرته على التجنيد والتنظيم، وإن التنظيم يعتمد "
            "على التمويل والتنظيم والتدريب في الصحراء، وأكد أن التنظيم وتنفيذ الهجمات "
            "صارا أصعب.")
    isis = tag(text, "تنظيم داعش", type="armed_group")
    got = propose_mentions(text, [isis], isis)
    assert texts(text, got) == ["التنظيم"]
    assert got[0].start == text.index("التنظيم يعتمد")


def test_beside_another_noun_it_is_still_the_group():
    text = "أعلن تنظيم داعش مسؤوليته، وتبادل التنظيم والحكومة الاتهامات."
    isis = tag(text, "تنظيم داعش", type="armed_group")
    assert texts(text, propose_mentions(text, [isis], isis)) == ["التنظيم"]


def test_a_tagged_nominal_is_not_found_in_such_a_list_either():
    text = "قال التنظيم إنه نفذ الهجوم، بعد أشهر من الإعداد والتخطيط والتنظيم."
    group = tag(text, "التنظيم", type="armed_group", mention="nominal",
                canonical="تنظيم الدولة الإسلامية")
    assert texts(text, propose_mentions(text, [group], group)) == []
