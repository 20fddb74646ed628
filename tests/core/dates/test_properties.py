"""Properties that hold for any text: offsets are exact, sorted, non-overlapping, no crash."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.dates import normalise, tag

WORDS = [
    "في", "منذ", "و", "العاشر", "من", "أيلول", "/", "سبتمبر", "2018", "١٠", "۱۰", "عام",
    "العام", "الماضي", "المقبل", "مطلع", "نهاية", "يوم", "الأحد", "الاثنين", "مساء", "أمس",
    "غداً", "قبل", "بعد", "ثلاثة", "أيام", "أسبوعين", "أكثر", "كل", "يوميا", "رمضان", "1445",
    "هـ", "شهر", "صيف", "الساعة", "العاشرة", "صباحا", "31/12/2019", "2500", "جندي", "مارس",
    "الجمعة", "\u200f", "\u064b", "ـ", "😀", "\n", "(", ")", "،", ".", "الأشهر", "الستة",
    "الأخيرة", "نحو", "عشرات", "السنين", "للعام", "ربيع", "الأول", "ذو", "الحجة", "-",
]

arabic_soup = st.lists(st.sampled_from(WORDS), max_size=30).map(
    lambda ws: "".join(w + (" " if i % 3 else "") for i, w in enumerate(ws))
)
any_text = st.one_of(st.text(max_size=80), arabic_soup)
dcts = st.one_of(st.none(), st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)))


def _check(text, found):
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start : t.end]
        assert t.start >= last_end
        last_end = t.end
        assert t.type in {"DATE", "TIME", "DURATION", "SET"}
        assert t.calendar in {"gregorian", "hijri", "hijri-tabular"}
        assert t.value
        assert t.mod in {None, "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"}
        assert set(t.to_json()) == {"start", "end", "text", "type", "value", "mod"}


@settings(max_examples=400, deadline=None)
@given(any_text, dcts)
def test_tag_offsets_are_exact_sorted_and_disjoint(text, dct):
    _check(text, tag(text, dct))


@settings(max_examples=200, deadline=None)
@given(arabic_soup, dcts)
def test_normalise_never_crashes(text, dct):
    t = normalise(text, dct)
    if t is not None:
        _check(text, [t])
