"""The kinds that round two's development text (realtext2.jsonl, split dev) showed missing
or wrong. Every sentence here was written for this file; none is copied from an evaluation
set.
"""

import datetime

import pytest

from desktop.core.dates import tag

DCT = datetime.date(2024, 3, 12)  # a Tuesday; 2 Ramadan 1445


def found(text, dct=DCT):
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


# --- clock times: a part of the day as a noun, and the numeric time of a dateline ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تبدأ الجلسة عند الساعة الرابعة من بعد ظهر اليوم في السرايا",
         [("الساعة الرابعة من بعد ظهر اليوم", "TIME", "2024-03-12T16:00", None)]),
        ("اجتمع المجلس الساعة الخامسة عصر أمس",
         [("الساعة الخامسة عصر أمس", "TIME", "2024-03-11T17:00", None)]),
        ("يلقي كلمته في الساعة التاسعة من مساء غد",
         [("الساعة التاسعة من مساء غد", "TIME", "2024-03-13T21:00", None)]),
        ("وصل الوفد الساعة الثامنة صباح الأحد",
         [("الساعة الثامنة صباح الأحد", "TIME", "2024-03-10T08:00", None)]),
        ("الموصل - 14 آذار 2024 | 09:45",
         [("14 آذار 2024", "DATE", "2024-03-14", None), ("09:45", "TIME", "2024-03-14T09:45", None)]),
        ("آخر تحديث: 2024-03-10 06:05:09 PM",
         [("2024-03-10", "DATE", "2024-03-10", None), ("06:05:09 PM", "TIME", "2024-03-10T18:05:09", None)]),
        ("حلب 07:20 م، 3 شباط 2024",
         [("07:20 م", "TIME", "2024-02-03T19:20", None), ("3 شباط 2024", "DATE", "2024-02-03", None)]),
        ("نشر في ١١/٣/٢٠٢٤ - ١٤:٠٥",
         [("١١/٣/٢٠٢٤", "DATE", "2024-03-11", None), ("١٤:٠٥", "TIME", "2024-03-11T14:05", None)]),
    ],
)
def test_clock_times_with_a_part_of_the_day_and_in_datelines(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["انتهت المباراة بنتيجة 2:1 لصالح الضيوف", "تلا الآية 12:30 من السورة", "بنسبة 3:45 تقريبا"],
)
def test_a_numeric_time_alone_is_no_time(text):
    assert [t for t in tag(text, DCT) if t.type == "TIME"] == []


def test_a_part_of_the_day_with_this_day():
    assert found("بدأت القوات فجر هذا اليوم عملية تفتيش") == [
        ("فجر هذا اليوم", "TIME", "2024-03-12TMO", None)]
    assert found("في مثل هذا اليوم من عام 1958 أعلنت الوحدة") == [
        ("عام 1958", "DATE", "1958", None)]


# --- a bare weekday in a clause about what is to come is the next such day ---------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("سيزور وزير الخارجية بيروت الخميس في جولة إقليمية", "2024-03-14"),
        ("يعقد البرلمان جلسة طارئة السبت للتصويت على الموازنة", "2024-03-16"),
        ("كتلة هوائية باردة تؤثر على البلاد الجمعة", "2024-03-15"),
        ("زار وزير الخارجية بيروت الخميس", "2024-03-07"),
        ("وكان من المقرر أن تنطلق المفاوضات الأحد لكنها أرجئت", "2024-03-10"),
    ],
)
def test_a_weekday_takes_the_tense_of_its_clause(text, value):
    assert [t.value for t in tag(text, DCT)] == [value]
