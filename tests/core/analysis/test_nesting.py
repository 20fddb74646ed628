"""A state's name inside another tagged actor's name is not the state; a group inside a
leader's description is not the group; a group tagged by its noun is looked for by the one
name the document gives after that noun."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_state_inside_another_actors_name_is_not_proposed():
    text = ("رحبت الحكومة اللبنانية بالاتفاق. وقال حزب الله لبنان إنه يؤيده، وأكد حزب "
            "الله لبنان ذلك مجددا، ثم أعلن لبنان موقفه.")
    state = tag(text, "لبنان", nth=2, type="state")
    hezbollah = tag(text, "حزب الله لبنان", type="armed_group")
    got = propose_mentions(text, [state, hezbollah], state)
    assert texts(text, got) == ["لبنان"]
    assert got[0].start == text.index("لبنان موقفه")


def test_a_state_with_no_longer_name_around_it_is_still_proposed():
    text = "قالت سوريا إنها سترد، واتهمت قوات سوريا الديمقراطية دمشق، وردت سوريا."
    syria = tag(text, "سوريا", type="state")
    got = texts(text, propose_mentions(text, [syria], syria))
    assert got == ["سوريا", "دمشق", "سوريا"]  # no SDF tagged: nothing to be inside


def test_a_group_inside_a_leaders_description_is_not_the_group():
    text = ("أعلن الجيش مقتل زعيم تنظيم داعش في الموصل، ومقتل القيادي الأول لداعش في "
            "كركوك. وقال إن تنظيم داعش فقد قادته، وإن قادة داعش في المدينة فروا.")
    isis = tag(text, "تنظيم داعش", nth=1, type="armed_group")
    got = propose_mentions(text, [isis], isis)
    # the leaders counted are the group's («قادة داعش»): the group is tagged there
    assert texts(text, got) == ["داعش"]
    assert got[0].start == text.index("داعش في المدينة")


def test_a_group_tagged_by_its_noun_takes_the_one_name_given_after_it():
    text = ("قتل عشرة من عناصر تنظيم داعش في هجوم. وقال الجيش إن التنظيم الإرهابي تراجع، "
            "وإن داعش فقد مواقعه، وإن تنظيم \"داعش\" سيهزم.")
    isis = tag(text, "التنظيم الإرهابي", type="armed_group", mention="nominal",
               canonical="تنظيم الدولة الإسلامية")
    got = texts(text, propose_mentions(text, [isis], isis))
    assert got[0] == "تنظيم داعش" and "داعش" in got[1:]


def test_two_names_after_the_noun_leave_it_out():
    text = ("اشتبك تنظيم داعش مع تنظيم حراس الدين. وقال التنظيم إنه انتصر، ثم رد داعش.")
    group = tag(text, "التنظيم", type="armed_group", mention="nominal",
                canonical="تنظيم الدولة الإسلامية")
    assert "داعش" not in texts(text, propose_mentions(text, [group], group))


def test_nothing_inside_a_tagged_persons_description_found_again():
    text = ("قتل “أمير الموصل في جماعة أنصار السنة” أمس. وأكد الجيش أن أمير الموصل في "
            "جماعة أنصار السنة المسلحة كان مطلوبا، وأن جماعة أنصار السنة ضعفت.")
    emir = tag(text, "أمير الموصل في جماعة أنصار السنة", type="person", mention="nominal",
               canonical="أمير الموصل في جماعة أنصار السنة")
    group = tag(text, "جماعة أنصار السنة", nth=2, type="armed_group")
    got = propose_mentions(text, [emir, group], emir)
    # the description takes the descriptor after its body, the longest phrase
    assert texts(text, got) == ["أمير الموصل في جماعة أنصار السنة المسلحة"]
    got = propose_mentions(text, [emir, group], group)
    assert texts(text, got) == []  # its one other mention is inside the description


def test_a_group_inside_another_tagged_actors_longer_name_is_not_proposed():
    text = ("قالت أحرار الشام إنها صدت الهجوم. وأعلن جيش أحرار الشام الجديد انضمامه، "
            "وقال جيش أحرار الشام الجديد لاحقا إن أحرار الشام صامدة.")
    ahrar = tag(text, "أحرار الشام", type="armed_group")
    army = tag(text, "جيش أحرار الشام الجديد", type="armed_group")
    got = propose_mentions(text, [ahrar, army], ahrar)
    assert texts(text, got) == ["أحرار الشام"]
    assert got[0].start == text.index("أحرار الشام صامدة")


def test_the_other_actors_matches_kept_on_the_index_follow_the_tagged_spans():
    # made once per document and tagged set: a kept index gives what a fresh one does,
    # before and after an edit of the tagged spans
    from desktop.core.analysis.names import DocumentIndex

    text = ("رحبت الحكومة اللبنانية بالاتفاق. وقال حزب الله لبنان إنه يؤيده، وأكد حزب "
            "الله لبنان ذلك مجددا، ثم أعلن لبنان موقفه.")
    state = tag(text, "لبنان", nth=2, type="state")
    hezbollah = tag(text, "حزب الله لبنان", type="armed_group")
    kept = DocumentIndex(text)
    for spans in ([state, hezbollah], [state], [state, hezbollah]):
        want = propose_mentions(text, spans, state)
        assert propose_mentions(text, spans, state, doc=kept) == want
        assert propose_mentions(text, spans, state, doc=kept) == want
    assert len(texts(text, propose_mentions(text, [state], state, doc=kept))) == 2


def test_a_group_governed_by_a_leaders_noun_through_another_noun_is_not_the_group():
    text = ("قتل في الغارة قائد عمليات داعش في الأنبار، ومسؤول إعلام تنظيم داعش في "
            "الرقة. وقال الجيش إن عمليات داعش تراجعت، وإن قائد داعش أبو محمد فر.")
    isis = tag(text, "تنظيم داعش", type="armed_group")
    got = propose_mentions(text, [isis], isis)
    # the group's operations and its leader named after him stay the group's
    assert texts(text, got) == ["داعش", "داعش"]
    assert [p.start for p in got] == [text.index("داعش تراجعت"), text.index("داعش أبو")]


def test_an_alias_inside_a_leaders_description_is_not_the_group_either():
    text = ("أعلن الجيش مقتل قادة في تنظيم الدولة الإسلامية (داعش)، بينهم قائد عمليات "
            "داعش في العراق، وقال إن داعش فقد قادته.")
    isis = tag(text, "تنظيم الدولة الإسلامية", type="armed_group")
    got = propose_mentions(text, [isis], isis)
    assert texts(text, got) == ["داعش", "داعش"]
    assert got[1].start == text.index("داعش فقد")
