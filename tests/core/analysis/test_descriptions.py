"""A person tagged with a description of his place in a body («الرجل الثاني في داعش»):
its head is looked for as his, with the body's other forms after its preposition, and
the body inside it is not proposed for itself."""

from __future__ import annotations

from desktop.core.analysis.descriptions import description_head
from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts

TEXT = ("قتل المسؤول المالي في حركة الشباب بغارة. وقالت الحكومة الصومالية إن "
        "المسؤول المالي في الشباب كان مطلوبا، وإن عمر حسن، المسؤول المالي منذ سنوات، "
        "أدار أموال الشباب، وإن المسؤول المالي في وزارة المالية لم يعلق.")


def test_the_head_of_a_description():
    assert description_head("الرجل الثاني في داعش") == "الرجل الثاني"
    assert description_head("المسؤول المالي لدى الحركة") == "المسؤول المالي"
    assert description_head("قيادي في داعش") is None  # one word: anyone's
    assert description_head("مسؤول كبير في وزارة الدفاع") is None  # indefinite
    assert description_head("الرجل الثاني") is None  # no body named


def test_a_description_is_looked_for_by_its_head_and_the_bodys_other_forms():
    person = tag(TEXT, "المسؤول المالي في حركة الشباب", type="person", mention="nominal",
                 canonical="عمر حسن")
    shabab = tag(TEXT, "الشباب", 2, type="armed_group", canonical="حركة الشباب")
    got = propose_mentions(TEXT, [person, shabab], person)
    # with the body's tagged form after «في»; alone before «منذ»; not before a body
    # no tagged actor is («وزارة المالية»: someone else's); his canonical name too
    assert texts(TEXT, got) == ["المسؤول المالي في الشباب", "عمر حسن", "المسؤول المالي"]
    assert all(p.attrs["canonical"] == "عمر حسن" for p in got)


def test_the_body_inside_a_description_is_not_proposed_for_itself():
    person = tag(TEXT, "المسؤول المالي في حركة الشباب", type="person", mention="nominal",
                 canonical="عمر حسن")
    shabab = tag(TEXT, "الشباب", 2, type="armed_group", canonical="حركة الشباب")
    got = propose_mentions(TEXT, [person, shabab], shabab)
    assert [p.start for p in got] == []  # «في الشباب» is inside the description
    # without the description tagged, the body is proposed there
    got = propose_mentions(TEXT, [shabab], shabab)
    assert texts(TEXT, got) == ["حركة الشباب", "الشباب"]


def test_a_head_two_tagged_persons_have_is_proposed_for_neither():
    text = ("قال الرجل الثاني في الحزب إن الرجل الثاني في الحكومة أخطأ، ثم رد الرجل "
            "الثاني غاضبا.")
    one = tag(text, "الرجل الثاني في الحزب", type="person", mention="nominal",
              canonical="أ")
    two = tag(text, "الرجل الثاني في الحكومة", type="person", mention="nominal",
              canonical="ب")
    assert propose_mentions(text, [one, two], one) == []
