"""A force's name without its «قوات»: the proper noun and its adjectives (``tails``)."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from desktop.core.analysis.tails import tail_of
from tests.core.analysis.helpers import tag, texts


def test_the_tail_of_a_forces_name_is_a_proper_noun_and_adjectives():
    assert tail_of("قوات سوريا الديمقراطية", "armed_group") == "سوريا الديمقراطية"
    assert tail_of("قوات الحشد الشعبي", "armed_group") is None  # a definite noun first
    assert tail_of("قوات حرس الحدود", "military") is None  # no adjective
    assert tail_of("قوات سوريا الديمقراطية", "state") is None
    assert tail_of("جيش سوريا الحرة", "armed_group") is None  # not «قوات»


def test_the_tail_is_the_group_after_a_counted_noun_or_in_quotation_marks():
    text = ("هاجم داعش مواقع قوات سوريا الديمقراطية، وقتل عددا من عناصر سوريا الديمقراطية، "
            "فيما قالت قوات \"سوريا الديمقراطية\" إنها صدت الهجوم.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    got = propose_mentions(text, [sdf], sdf)
    assert texts(text, got) == ["سوريا الديمقراطية", "سوريا الديمقراطية"]
    assert all(p.attrs["canonical"] == "قوات سوريا الديمقراطية" for p in got)


def test_not_after_a_noun_that_makes_another_body_of_it():
    text = ("تقدمت قوات سوريا الديمقراطية شرقا، وقال مجلس سوريا الديمقراطية إن المفاوضات "
            "متوقفة، ورد ومجلس سوريا الديمقراطية لاحقا.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    assert texts(text, propose_mentions(text, [sdf], sdf)) == []
