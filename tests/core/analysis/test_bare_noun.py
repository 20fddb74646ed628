"""A bare generic noun tagged as a nominal is not looked for as itself."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_a_bare_generic_noun_tagged_in_a_headline_is_not_looked_for_as_itself():
    text = ("هجوم على قوات تساندها واشنطن\n"
            "هاجم مسلحون قوات سوريا الديمقراطية، فيما انتشرت قوات عراقية على الحدود.")
    headline = tag(text, "قوات", type="armed_group", mention="nominal",
                   canonical="قوات سوريا الديمقراطية")
    got = texts(text, propose_mentions(text, [headline], headline))
    assert got == ["قوات سوريا الديمقراطية"]  # its canonical name; not «قوات عراقية»


def test_a_one_word_definite_nominal_is_still_looked_for():
    text = "أعلن التنظيم مسؤوليته عن الهجوم، وقال التنظيم إنه سيواصل."
    group = tag(text, "التنظيم", type="armed_group", mention="nominal",
                canonical="تنظيم الدولة الإسلامية")
    assert texts(text, propose_mentions(text, [group], group)) == ["التنظيم"]
