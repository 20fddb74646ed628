"""A body's noun (دائرة، مديرية، جهاز، هيئة، وكالة) before a found name joins it: the
directorate is the actor; never before a state's name."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_bodys_noun_before_a_found_name_joins_it():
    text = ("قالت المخابرات الأردنية إنها أحبطت هجوما، وأكدت دائرة المخابرات الأردنية "
            "ذلك، ثم نفى جهاز المخابرات الأردنية الخبر، وعلقت وهيئة المخابرات الأردنية.")
    gid = tag(text, "المخابرات الأردنية", type="military")
    assert texts(text, propose_mentions(text, [gid], gid)) == [
        "دائرة المخابرات الأردنية", "جهاز المخابرات الأردنية", "هيئة المخابرات الأردنية"]


def test_a_bodys_noun_joins_a_groups_name_but_not_a_states():
    text = ("أعلن الحشد الشعبي التعبئة، وقالت هيئة الحشد الشعبي إن العراق مستعد، "
            "وأصدرت وكالة العراق بيانا.")
    pmf = tag(text, "الحشد الشعبي", type="armed_group")
    iraq = tag(text, "العراق", type="state")
    assert texts(text, propose_mentions(text, [pmf, iraq], pmf)) == ["هيئة الحشد الشعبي"]
    assert texts(text, propose_mentions(text, [pmf, iraq], iraq)) == ["العراق"]


def test_the_command_is_not_a_body():
    # «قيادة التحالف» is tagged as the coalition without «قيادة»
    text = "قال التحالف الدولي إنه باق، وأعلنت قيادة التحالف الدولي انسحابا جزئيا."
    coalition = tag(text, "التحالف الدولي", type="military")
    assert texts(text, propose_mentions(text, [coalition], coalition)) == ["التحالف الدولي"]
