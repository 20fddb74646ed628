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
