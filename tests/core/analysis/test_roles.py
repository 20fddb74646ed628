"""A state after an intransitive verb of leaving is its subject; after «بشأن» a topic
(``roles``)."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from desktop.core.analysis.roles import intransitive_verb, topic_word
from desktop.core.folding import fold_string
from tests.core.analysis.helpers import tag, texts


def test_the_verbs_with_and_without_a_conjunction():
    assert intransitive_verb(fold_string("وانسحبت"))
    assert intransitive_verb(fold_string("عادت"))
    assert not intransitive_verb(fold_string("غادرت"))  # transitive: its object is a place
    assert not intransitive_verb(fold_string("انسحاب"))  # a verbal noun
    assert topic_word(fold_string("بشأن")) and topic_word(fold_string("وحول"))


def test_a_state_right_after_an_intransitive_verb_of_leaving_is_its_subject():
    text = ("قادت الولايات المتحدة تحالفا لغزو البلاد، وانسحبت الولايات المتحدة من العراق "
            "بعد سنوات، ثم عادت الولايات المتحدة إليه.")
    us = tag(text, "الولايات المتحدة", type="state")
    assert texts(text, propose_mentions(text, [us], us)) == ["الولايات المتحدة"] * 2


def test_a_state_after_a_transitive_verb_a_verbal_noun_or_a_preposition_stays_a_place():
    text = ("قالت إيران إن مستشاريها سيبقون، لكن بعد مغادرة إيران انسحبت من إيران وحدات "
            "أخرى، ولم يغادر إيران أحد منذ ذلك.")
    iran = tag(text, "إيران", type="state")
    assert texts(text, propose_mentions(text, [iran], iran)) == []


def test_a_state_after_a_word_of_topic_is_not_proposed():
    text = ("دعت الحكومة السورية إلى الحوار، وتبدأ محادثات بشأن سوريا في جنيف، وخلافات "
            "حول سوريا قائمة، وقالت سوريا إنها ستشارك.")
    syria = tag(text, "الحكومة السورية", type="state", canonical="سوريا")
    assert texts(text, propose_mentions(text, [syria], syria)) == ["سوريا"]
