"""A person's epithet («الانتحاري», «الإرهابي»: a definite nisba used as a noun) right
before his name joins its span."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_an_epithet_before_the_persons_name_joins_it():
    text = ("فجر أبو عمر الشامي نفسه قرب الحاجز. وقالت الشرطة إن الانتحاري أبو عمر الشامي "
            "وصل ليلا، وإن للإرهابي أبو عمر الشامي شركاء.")
    him = tag(text, "أبو عمر الشامي", type="person")
    got = texts(text, propose_mentions(text, [him], him))
    # ل + ال written لل: the article's ل stays in, as for names
    assert got[:2] == ["الانتحاري أبو عمر الشامي", "لإرهابي أبو عمر الشامي"]


def test_not_a_nationality_a_listed_adjective_or_another_words_adjective():
    text = ("التقى سالم الدوري الوزير. وقال العراقي سالم الدوري إنه راض، وكان السابق سالم "
            "الدوري حاضرا، وقصف الجيش الإرهابي سالم الدوري.")
    him = tag(text, "سالم الدوري", type="person")
    assert texts(text, propose_mentions(text, [him], him))[:3] == [
        "سالم الدوري", "سالم الدوري", "سالم الدوري"]


def test_only_for_persons():
    text = ("أعلن الحشد الشعبي النفير. وقال المتطوعون إن الانتهازي الحشد الشعبي لا يمثلهم.")
    pmf = tag(text, "الحشد الشعبي", type="armed_group")
    assert texts(text, propose_mentions(text, [pmf], pmf)) == ["الحشد الشعبي"]
