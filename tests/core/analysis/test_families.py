"""A family name that reads as a nisba is the person's when he is tagged by a name, not
after a definite word it modifies; a descriptor noun («القيادي») before a name joins it."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_nisba_family_name_is_the_person():
    text = ("استقبل رئيس الوزراء محمد شياع السوداني الوفد. وقال السوداني إن الحكومة "
            "ماضية، وأكد للسوداني الوزير دعمه.")
    pm = tag(text, "محمد شياع السوداني", type="person", mention="name")
    assert texts(text, propose_mentions(text, [pm], pm)) == ["السوداني", "لسوداني"]  # ل + ال: the article's ل in


def test_after_a_definite_word_the_nisba_is_its_adjective():
    text = ("قال حسن اللبناني إن الاتفاق قريب. وزار الجيش اللبناني المدينة، ورحب "
            "المحافظ اللبناني بالزيارة، ثم عاد اللبناني إلى بغداد.")
    saleh = tag(text, "حسن اللبناني", type="person", mention="name")
    got = propose_mentions(text, [saleh], saleh)
    assert texts(text, got) == ["اللبناني"]
    assert got[0].start == text.index("اللبناني إلى")


def test_a_description_keeps_its_nisba_out():
    # the canonical name begins with a definite word or is tagged as a nominal: a
    # description, whose last word is a nationality, not a family name
    text = "قال المتحدث العسكري العراقي إن الهجوم فشل. وأعلن الجيش العراقي النصر."
    spokesman = tag(text, "المتحدث العسكري العراقي", type="person", mention="name")
    assert texts(text, propose_mentions(text, [spokesman], spokesman)) == []
    text = "قال مصدر أمني عراقي إن الهجوم فشل. وأعلن العراقي النصر."
    source = tag(text, "مصدر أمني عراقي", type="person", mention="nominal",
                 canonical="مصدر أمني عراقي")
    assert texts(text, propose_mentions(text, [source], source)) == []


def test_a_leaders_descriptor_joins_his_family_name():
    text = ("قتل أبو خالد الجبوري في غارة. وكان القيادي الجبوري مسؤولا عن الهجمات، "
            "وخلف الجبوري رجل آخر.")
    leader = tag(text, "أبو خالد الجبوري", type="person", mention="name")
    assert texts(text, propose_mentions(text, [leader], leader)) == ["القيادي الجبوري",
                                                                       "الجبوري"]


def test_a_nisba_family_name_after_a_first_mention_by_his_title_with_his_name_canonical():
    text = ("قال رئيس الحكومة العراقي إن القوات الأجنبية ستغادر، وكشف السوداني عن سعيه "
            "لولاية ثانية، فيما رد الجيش السوداني على الاتهامات.")
    pm = tag(text, "رئيس الحكومة العراقي", type="person", mention="nominal",
             canonical="محمد شياع السوداني")
    got = propose_mentions(text, [pm], pm)
    assert texts(text, got) == ["السوداني"]  # not «الجيش السوداني»'s adjective
    assert got[0].attrs["canonical"] == "محمد شياع السوداني"


def test_no_family_name_from_a_description_tagged_as_a_nominal():
    text = "قال قائد الجيش السوداني إن الهدنة صامدة، ونفى السوداني أي خرق."
    own = tag(text, "قائد الجيش السوداني", type="person", mention="nominal")
    assert texts(text, propose_mentions(text, [own], own)) == []
    other = tag(text, "قائد الجيش السوداني", type="person", mention="nominal",
                canonical="رئيس الوزراء السوداني")
    assert texts(text, propose_mentions(text, [other], other)) == []
