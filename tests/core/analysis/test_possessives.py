"""A group's possessed forces («قواتها», «قواته») are the group when its mention is the
nearest actor mention before them in the paragraph, not inside a quotation opened after
it, not a state's."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_possessed_forces_after_the_groups_mention_are_the_group():
    text = ("قالت هيئة تحرير الشام، في بيان، إن قواتها صدت هجوما. وأضافت هيئة تحرير الشام "
            "أن ولقواتها الحق في الرد.")
    group = tag(text, "هيئة تحرير الشام", type="armed_group")
    assert texts(text, propose_mentions(text, [group], group)) == [
        "قواتها", "هيئة تحرير الشام", "قواتها"]


def test_another_actor_between_takes_the_pronoun():
    text = ("أعلنت جبهة النصرة أن الجيش التركي سحب قواته من المنطقة.")
    nusra = tag(text, "جبهة النصرة", type="armed_group")
    army = tag(text, "الجيش التركي", type="military")
    assert texts(text, propose_mentions(text, [nusra, army], nusra)) == []
    assert texts(text, propose_mentions(text, [nusra, army], army)) == ["قواته"]


def test_not_inside_a_quotation_opened_after_the_mention():
    text = 'وتعهدت جبهة النصرة بالرد "حتى يتبين مدى التزامهم بسحب قواتهم من البلاد".'
    nusra = tag(text, "جبهة النصرة", type="armed_group")
    assert texts(text, propose_mentions(text, [nusra], nusra)) == []


def test_a_states_forces_are_its_army_and_a_new_paragraph_ends_the_reach():
    text = "أعلنت تركيا أن قواتها دخلت البلدة.\n\nوقالت جبهة النصرة ذلك.\n\nوإن قواتها انسحبت."
    turkey = tag(text, "تركيا", type="state")
    nusra = tag(text, "جبهة النصرة", type="armed_group")
    assert texts(text, propose_mentions(text, [turkey, nusra], turkey)) == []
    assert texts(text, propose_mentions(text, [turkey, nusra], nusra)) == []


def test_with_a_proclitic_and_the_index_kept_the_same_forms_are_found():
    from desktop.core.analysis.names import DocumentIndex

    text = ("قالت هيئة تحرير الشام إن قواتها صدت هجوما، وإن فقواتهم تقدمت.\nوقال الجيش إن "
            "وقواتها لم تتحرك.")
    group = tag(text, "هيئة تحرير الشام", type="armed_group")
    kept = DocumentIndex(text)
    want = texts(text, propose_mentions(text, [group], group))
    assert want == ["قواتها", "قواتهم"]  # not after the next paragraph's army
    assert texts(text, propose_mentions(text, [group], group, doc=kept)) == want
