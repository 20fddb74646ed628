"""An organisation's acronym (its words' initials) is the organisation."""

from __future__ import annotations

from desktop.core.analysis.acronyms import acronym
from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_the_initials_of_a_name_of_three_words_or_more():
    assert acronym("قوات سوريا الديمقراطية", "armed_group") == "قسد"
    assert acronym("وكالة الأنباء العراقية", "media") == "واع"
    assert acronym("الدولة الإسلامية في العراق والشام", "armed_group") == "داعش"
    assert acronym("هيئة تحرير الشام", "armed_group") == "هتش"


def test_no_acronym_for_persons_states_short_names_or_common_words():
    assert acronym("محمد شياع السوداني", "person") is None
    assert acronym("الولايات المتحدة الأميركية", "state") is None
    assert acronym("الحشد الشعبي", "armed_group") is None
    assert acronym("الولايات المتحدة الأميركية", "organization") is None  # «وما»


def test_an_agencys_acronym_in_the_text_is_proposed_with_its_canonical_name():
    text = ("نقلت وكالة الأنباء العراقية عن مصدر أمني أن الهجوم أحبط، وقالت واع إن "
            "ثلاثة اعتقلوا، بحسب ما نقلته لواع مصادر في الشرطة.")
    ina = tag(text, "وكالة الأنباء العراقية", type="media")
    got = propose_mentions(text, [ina], ina)
    assert texts(text, got) == ["واع", "واع"]
    assert all(p.attrs == {"canonical": "وكالة الأنباء العراقية", "type": "media"}
               for p in got)


def test_a_groups_acronym_takes_its_forces_noun_and_is_not_found_inside_a_word():
    text = ("هاجم التنظيم مواقع قوات سوريا الديمقراطية شرقي النهر. وانسحبت قوات قسد من "
            "القرية، وقال قسديون إنهم سيعودون، وأكدت قسد ذلك.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    assert texts(text, propose_mentions(text, [sdf], sdf)) == ["قوات قسد", "قسد"]
