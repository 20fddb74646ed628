"""Folding: the search shadow and its map back to canonical offsets (desktop.core.folding)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.folding import find_all, fold
from tests.core.test_text import pieces


def test_fold_rules():
    f = fold("أَحْمَدُ إلى آخر ٱلقرية ـــ ١٢٣ \u200fمستشفى ۴")
    assert f.text == "احمد الي اخر القريه  123 مستشفي 4"


@given(st.lists(pieces, max_size=40).map("".join))
@settings(max_examples=200)
def test_fold_maps_back_to_the_right_characters(text):
    f = fold(text)
    positions = [f.pos(j) for j in range(len(f.text))]
    assert positions == sorted(set(positions))
    for j, i in enumerate(positions):
        assert f.text[j] == fold(text[i]).text  # each folded char comes from its source char
    # and nothing that was dropped is a letter: the map is complete
    dropped = set(range(len(text))) - set(positions)
    assert all(fold(text[i]).text == "" for i in dropped)


def test_find_all_matches_through_diacritics():
    text = "قالَ الوزيرُ إنَّ الإتفاق قالــب"
    hits = find_all(fold(text), "قال")
    assert [text[s:e] for s, e in hits] == ["قالَ", "قالــ"]
    assert [text[s:e] for s, e in find_all(fold(text), "الاتفاق")] == ["الإتفاق"]
