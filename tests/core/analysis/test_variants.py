"""A name's spelling variants: a long vowel come or gone, two letters swapped, a lost
space after a type's noun (``variants``)."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from desktop.core.analysis.variants import spellings
from desktop.core.folding import fold_string
from tests.core.analysis.helpers import tag, texts


def test_a_long_vowel_comes_or_goes_inside_the_word_not_in_its_article_or_ending():
    word = fold_string("الديمقراطية")
    assert fold_string("الديموقراطية") in spellings(word)
    assert fold_string("الدولة") not in spellings(fold_string("الدولية"))  # «ية» kept
    assert fold_string("اليمقراطية") not in spellings(word)  # not right after the article


def test_a_later_mention_spelt_with_another_long_vowel_is_the_actor():
    text = ("هاجم تنظيم داعش مواقع قوات سوريا الديمقراطية في ريف دير الزور، وقالت قوات "
            "سوريا الديموقراطية إنها صدت الهجوم، وإن مقاتلي البشمركة لم يشاركوا.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group",
              canonical="قوات سوريا الديمقراطية")
    got = propose_mentions(text, [sdf], sdf)
    assert texts(text, got) == ["قوات سوريا الديموقراطية"]
    assert got[0].attrs["canonical"] == "قوات سوريا الديمقراطية"


def test_a_one_word_name_of_seven_letters_or_more_takes_the_other_spelling():
    text = "أعلنت قوات البيشمركة الكردية التأهب، وقال مسؤول إن البشمركة انتشرت شمالا."
    pesh = tag(text, "قوات البيشمركة الكردية", type="armed_group", canonical="البيشمركة")
    assert "البشمركة" in texts(text, propose_mentions(text, [pesh], pesh))


def test_two_letters_swapped_in_a_name_of_two_words_or_more():
    text = ("أعلن الحشد الشعبي بدء عملية أمنية غرب نينوى، وقالت هيئة الحشد العشبي في "
            "بيان إن قواتها لم تواجه مقاومة.")
    pmf = tag(text, "الحشد الشعبي", type="armed_group")
    assert "هيئة الحشد العشبي" in texts(text, propose_mentions(text, [pmf], pmf))


def test_no_slip_or_lost_vowel_in_a_short_one_word_name():
    text = "قال بيان لداعش إن مقاتليه تقدموا، وأضاف أن دعاش ليس اسما لأحد."
    isis = tag(text, "داعش", type="armed_group")
    assert texts(text, propose_mentions(text, [isis], isis)) == []


def test_a_lost_space_after_a_type_noun_makes_one_mention_of_the_whole_word():
    text = ("تقدمت القوات نحو مواقع داعش، وتأمل القوات في قطع خطوط إمداد تنظيمداعش من "
            "المحافظة، ولم يعلق وتنظيمداعش على ذلك.")
    isis = tag(text, "داعش", type="armed_group", canonical="تنظيم الدولة الإسلامية")
    assert texts(text, propose_mentions(text, [isis], isis)) == ["تنظيمداعش", "تنظيمداعش"]


def test_no_glued_title_before_a_persons_name():
    text = "قال ترامب إن القوات ستبقى، وأكد الرئيسترامب ذلك."
    trump = tag(text, "ترامب", type="person")
    assert texts(text, propose_mentions(text, [trump], trump)) == []


def test_a_doubled_long_vowel_is_no_variant_but_a_proclitic():
    assert fold_string("ووزارة") not in spellings(fold_string("وزارة"))
    text = "قالت وزارة الدفاع العراقية إن القوات تقدمت، ونفت ووزارة الدفاع العراقية ذلك."
    mod = tag(text, "وزارة الدفاع العراقية", type="government")
    assert texts(text, propose_mentions(text, [mod], mod)) == ["وزارة الدفاع العراقية"]
