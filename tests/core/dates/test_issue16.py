"""The kinds of expression that real published text showed missing or wrong (issue #16).

Every sentence here was written for this file; none is copied from realtext.jsonl or from
the corpus the issue was measured on.
"""

import datetime

import pytest

from desktop.core.dates import tag

DCT = datetime.date(2021, 6, 15)  # a Tuesday; 5 Dhu al-Qa'da 1442


def found(text, dct=DCT):
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


def calendars(text, dct=DCT):
    return [(t.text, t.value, t.calendar) for t in tag(text, dct)]


# --- Hijri before 1343 AH, Hijri numbers and slashes -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شيد الخان سنة 1310 هـ على طريق الحج", [("سنة 1310 هـ", "1892", "hijri-tabular")]),
        ("ولد الفقيه عام 88 هـ بالمدينة", [("عام 88 هـ", "0706", "hijri-tabular")]),
        ("توفي في الثاني من رجب 736هـ", [("الثاني من رجب 736هـ", "1336-02-23", "hijri-tabular")]),
        ("بلغت الدولة أوجها في القرن الرابع الهجري", [("القرن الرابع الهجري", "09", "hijri-tabular")]),
        ("صدر الأمر في رمضان 1290 هـ", [("رمضان 1290 هـ", "1873-10", "hijri-tabular")]),
        ("وصل الوفد في 14/ شعبان / 1441 هجرية", [("14/ شعبان / 1441 هجرية", "2020-04-07", "hijri")]),
        ("صدر القرار بتاريخ 3/4/1440هـ", [("3/4/1440هـ", "2018-12-10", "hijri")]),
        ("وحرر الصك في 12/7/1412", [("12/7/1412", "1992-01-16", "hijri")]),
        ("القرن الـ18", [("القرن الـ18", "17", "gregorian")]),
    ],
)
def test_hijri_before_the_umm_al_qura_table_and_in_numbers(text, expected):
    assert calendars(text) == expected


def test_a_short_year_needs_its_calendar_word():
    assert found("قطع مسافة 400 م في السباق") == []
    assert found("في سنة 622 م") == [("سنة 622 م", "DATE", "0622", None)]


# --- years in brackets, years after a relative phrase, ranges of years, decades ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صدرت الرواية عام (1967) عن دار الآداب", [("عام (1967)", "DATE", "1967", None)]),
        ("وأسس الجمعية سنة (1948) مع رفاقه", [("سنة (1948)", "DATE", "1948", None)]),
        ("ترجمها المستشرق غب (1895) إلى الإنجليزية", [("(1895)", "DATE", "1895", None)]),
        ("غادر المدينة في أيار (1976) ولم يعد", [("أيار (1976)", "DATE", "1976-05", None)]),
        ("بنيت القنطرة نحو سنة (1880) على الوادي", [("نحو سنة (1880)", "DATE", "1880", "APPROX")]),
        ("ونشر البيان رقم 7 عام (1936) في الجريدة", [("عام (1936)", "DATE", "1936", None)]),
        ("ارتفع عدد المسجلين إلى (1875) طالبا", []),
        ("تكتمل المرحلة العام المقبل 2023 كما قال", [("العام المقبل 2023", "DATE", "2023", None)]),
        ("الحرب النمساوية 1740-1748 غيرت الخريطة",
         [("1740", "DATE", "1740", None), ("1748", "DATE", "1748", None)]),
        ("انضمت المدينة إلى الاتحاد في 1861.", [("1861", "DATE", "1861", None)]),
        ("1916: اندلاع الثورة", [("1916", "DATE", "1916", None)]),
        ("تراجعت الزراعة في سنوات 2008 و2009", [("سنوات 2008", "DATE", "2008", None),
                                                 ("2009", "DATE", "2009", None)]),
        ("ازدهر المسرح خلال عقد 1960 و 1970",
         [("عقد 1960", "DATE", "196", None), ("1970", "DATE", "197", None)]),
        ("انتشرت الأغنية في ستينيات القرن الماضي", [("ستينيات القرن الماضي", "DATE", "196", None)]),
        ("كان رجلا في الأربعينيات من العمر", []),
        ("وزع 1700 طرد على الأسر", []),
    ],
)
def test_brackets_ranges_and_decades(text, expected):
    assert found(text) == expected
