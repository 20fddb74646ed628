"""An alliance's members («أعضاء التحالف», «دول التحالف») are not the alliance; a group's
fighters stay out and the group is proposed."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_an_alliances_members_are_not_the_alliance():
    text = ("قال التحالف الدولي إنه باق. واجتمع أعضاء التحالف في روما، وتعهدت دول "
            "التحالف بالدعم، وطالبت الدول الأعضاء في التحالف بالمزيد، ثم أعلن التحالف "
            "خطته.")
    coalition = tag(text, "التحالف الدولي", type="military")
    got = propose_mentions(text, [coalition], coalition)
    assert texts(text, got) == ["التحالف"]
    assert got[0].start == text.index("التحالف خطته")


def test_a_groups_fighters_stay_out_and_the_group_is_proposed():
    text = "أعلن تنظيم داعش مسؤوليته، وقتل عشرة من مقاتلي داعش وأعضاء داعش في الموصل."
    isis = tag(text, "تنظيم داعش", type="armed_group")
    assert texts(text, propose_mentions(text, [isis], isis)) == ["داعش", "داعش"]
