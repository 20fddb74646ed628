"""The kinds that round two's unseen test split (realtext2.jsonl, split test, scored once
and now used as development text) showed missing or wrong. Every sentence here was written
for this file; none is copied from an evaluation set.
"""

import datetime

import pytest

from desktop.core.dates import tag

DCT = datetime.date(2024, 3, 12)  # a Tuesday


def found(text, dct=DCT):
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct)]


# --- today, tonight, soon, now: the words round two's test text used them with -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «الليلة إلى»: the «ال» of «إلى» is no definite word after the night
        ("يغادر الوزير الليلة إلى عمان في زيارة رسمية",
         [("الليلة", "TIME", "2024-03-12TNI", None)]),
        ("يعود الفريق اليوم الى الملعب", [("اليوم", "DATE", "2024-03-12", None)]),
        ("لم تتكرر الليلة الأولى من المهرجان", []),
        # «قريباً من»: soon, when a verb in the future comes before it
        ("ستصل المساعدات قريباً من الأردن", [("قريباً", "DATE", "FUTURE_REF", None)]),
        ("سوف تنطلق قريبا من العاصمة قافلة جديدة", [("قريبا", "DATE", "FUTURE_REF", None)]),
        ("كان المنتخب قريبا من التأهل", []),
        ("تقع القرية قريباً من الحدود", []),
        ("تتواصل الغارات حتى هذه اللحظة في الجنوب", [("هذه اللحظة", "DATE", "PRESENT_REF", None)]),
        ("لا تتوفر في اللحظة الراهنة أرقام دقيقة", [("اللحظة الراهنة", "DATE", "PRESENT_REF", None)]),
    ],
)
def test_today_tonight_soon_now(text, expected):
    assert found(text) == expected


# --- midnight, an approximate age, a day carried over a decimal point --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تبدأ الهدنة عند الساعة 12 ليلاً بالتوقيت المحلي",
         [("الساعة 12 ليلاً", "TIME", "2024-03-13T00:00", None)]),
        ("يغلق المعبر الساعة الثانية عشرة ليلا",
         [("الساعة الثانية عشرة ليلا", "TIME", "2024-03-13T00:00", None)]),
        ("يصل القطار الساعة 11 ليلا", [("الساعة 11 ليلا", "TIME", "2024-03-12T23:00", None)]),
        ("رحل الفنان عن عمر ناهز 91 عاما", [("ناهز 91 عاما", "DURATION", "P91Y", "APPROX")]),
        ("توفيت عن عمر يناهز سبعين عاما", [("يناهز سبعين عاما", "DURATION", "P70Y", "APPROX")]),
        # «2.5» inside the sentence does not end it: the time keeps the day named before it
        ("يفتتح المعرض يوم الخميس 14 آذار بمساحة 2.5 كيلومتر ويبدأ الحفل في تمام الثامنة مساء",
         [("يوم الخميس 14 آذار", "DATE", "2024-03-14", None),
          ("الثامنة مساء", "TIME", "2024-03-14T20:00", None)]),
    ],
)
def test_midnight_age_and_decimal_point(text, expected):
    assert found(text) == expected


# --- millennia, and «قبل الميلاد» on the next line ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سكن البشر الوادي منذ الألف الخامس قبل الميلاد",
         [("الألف الخامس قبل الميلاد", "DATE", "BC4", None)]),
        ("ازدهرت المملكة في أواخر الألف الثاني قبل الميلاد",
         [("أواخر الألف الثاني قبل الميلاد", "DATE", "BC1", "END")]),
        ("بنيت الأسوار في منتصف الألفية الرابعة قبل الميلاد",
         [("منتصف الألفية الرابعة قبل الميلاد", "DATE", "BC3", "MID")]),
        ("ظهرت الكتابة في مطلع الألف الأولى قبل الميلاد",
         [("مطلع الألف الأولى قبل الميلاد", "DATE", "BC0", "START")]),
        ("مع بداية الألفية الثالثة تغيّر كل شيء", [("بداية الألفية الثالثة", "DATE", "2", "START")]),
        ("في الألف الأول الميلادي", [("الألف الأول الميلادي", "DATE", "0", None)]),
        ("وصل الألف الثالث من المتطوعين", []),
        ("وفي أواسط القرن الخامس عشر\nقبل الميلاد ظهرت المدينة",
         [("أواسط القرن الخامس عشر\nقبل الميلاد", "DATE", "BC14", "MID")]),
    ],
)
def test_millennia(text, expected):
    assert found(text, None) == expected


# --- a bare year after a place (bibliography lines), after an event's name; weak months ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3- أغاني الغربة - شعر - دمشق 1961.", [("1961", "DATE", "1961", None)]),
        ("صدر له ( رمال ) بيروت ١٩٥٨ و ( مطر ) بغداد ١٩٦٣",
         [("١٩٥٨", "DATE", "1958", None), ("١٩٦٣", "DATE", "1963", None)]),
        ("ولد في الموصل 1931، ودرس فيها", [("1931", "DATE", "1931", None)]),
        ("وصل إلى عمان 1400 من اللاجئين", []),
        ("يقيم في بيروت 2500 عامل سوري", []),
        ("انطلقت بطولة كأس آسيا قطر 2023 وسط حضور كبير", [("2023", "DATE", "2023", None)]),
        ("زار معرض الكتاب الدولي 2019 آلاف الزوار", [("2019", "DATE", "2019", None)]),
        ("كتب عن ثورة تموز الخالدة 1958 في بغداد",
         [("تموز", "DATE", "1958-07", None), ("1958", "DATE", "1958", None)]),
    ],
)
def test_year_after_a_place_or_an_event(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صرفت الوزارة رواتب (شباط، آذار) للموظفين",
         [("شباط", "DATE", "2024-02", None), ("آذار", "DATE", "2024-03", None)]),
        ("قررت الحكومة صرف مستحقات كانون الثاني وآذار",
         [("كانون الثاني", "DATE", "2024-01", None), ("آذار", "DATE", "2024-03", None)]),
        ("قاد أبناء المدينة انتفاضة آذار الباسلة عام 1991",
         [("آذار", "DATE", "1991-03", None), ("عام 1991", "DATE", "1991", None)]),
        ("اشترى نيسان جديدة وركنها", []),
        ("زار اب وابنه المعرض", []),
    ],
)
def test_weak_months_in_a_list_or_an_event(text, expected):
    assert found(text) == expected


# --- years between slashes, «الميلادي», a Gregorian year after «هـ،», until today -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دخلها الفاتحون عام /711/ ميلادي بعد حصار", [("عام /711/ ميلادي", "DATE", "0711", None)]),
        ("بني الجامع في العام 705 الميلادي", [("العام 705 الميلادي", "DATE", "0705", None)]),
        ("وقعت المعركة سنة 1187 الميلادية", [("سنة 1187 الميلادية", "DATE", "1187", None)]),
        ("فتحت المدينة عام 92هـ، 711م، على يد طارق",
         [("عام 92هـ", "DATE", "0710", None), ("711م", "DATE", "0711", None)]),
        ("صدر القرار رقم /15/ لعام 1999", [("عام 1999", "DATE", "1999", None)]),
        ("يقيم في باريس منذ عام 1982 حتى اليوم.",
         [("عام 1982", "DATE", "1982", None), ("اليوم", "DATE", "PRESENT_REF", None)]),
        ("وما زالت السوق قائمة حتى اليوم", [("اليوم", "DATE", "PRESENT_REF", None)]),
    ],
)
def test_years_in_an_archive_line(text, expected):
    assert found(text, None) == expected


def test_until_today_with_a_dct_is_the_day():
    assert found("تستمر الحملة حتى اليوم.") == [("اليوم", "DATE", "2024-03-12", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يعود تاريخ المدينة إلى أكثر من ستة آلاف سنة",
         [("أكثر من ستة آلاف سنة", "DURATION", "P6000Y", "MORE_THAN")]),
        ("عاش الإنسان في الكهف منذ نحو ثلاثة آلاف وخمسمائة عام",
         [("نحو ثلاثة آلاف وخمسمائة عام", "DURATION", "P3500Y", "APPROX")]),
        ("بني المعبد قبل ألف وثلاثمئة سنة", [("قبل ألف وثلاثمئة سنة", "DATE", "XXXX", None)]),
        ("وصل ثلاثة آلاف جندي", []),
    ],
)
def test_thousands_of_years(text, expected):
    assert found(text, None) == expected


# --- a page header's date in English, a day-month-year joined by dashes ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("آخر تحديث: 3rd, March 2024 GMT", [("3rd, March 2024", "DATE", "2024-03-03", None)]),
        ("Posted on March 9, 2024 | بيروت", [("March 9, 2024", "DATE", "2024-03-09", None)]),
        ("نشر في 11 Feb 2024", [("11 Feb 2024", "DATE", "2024-02-11", None)]),
        ("you may 2 times 2000 see", []),
        ("11-مارس-2024\nقصف على الحدود", [("11-مارس-2024", "DATE", "2024-03-11", None)]),
        ("نشر بتاريخ 02-شباط-2024", [("02-شباط-2024", "DATE", "2024-02-02", None)]),
    ],
)
def test_english_and_dashed_dates(text, expected):
    assert found(text) == expected


# --- «آنذاك» after a named day, a month's pay, a year spent in a post, «69 - 1972» --------


def test_then_after_a_weekday():
    text = "أعلنت الوزارة، الأحد، إصابة خمسة عمال؛ ما رفع عدد المصابين آنذاك إلى 40"
    assert found(text) == [("الأحد", "DATE", "2024-03-10", None), ("آنذاك", "DATE", "2024-03-10", None)]
    assert found("وقال آنذاك إن الاتفاق قريب") == []


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("ستصرف الحكومة غدا رواتب شهر آب للمتقاعدين", datetime.date(2024, 10, 2),
         [("غدا", "DATE", "2024-10-03", None), ("شهر آب", "DATE", "2024-08", None)]),
        ("سيتم صرف رواتب كانون الثاني الأسبوع المقبل", datetime.date(2024, 12, 20),
         [("كانون الثاني", "DATE", "2025-01", None), ("الأسبوع المقبل", "DATE", "2024-W52", None)]),
        ("تأخر صرف مستحقات تشرين الأول", datetime.date(2024, 11, 5),
         [("تشرين الأول", "DATE", "2024-10", None)]),
    ],
)
def test_a_months_pay_is_for_the_nearest_month(text, dct, expected):
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عاد إلى قريته بعد عامين في السجن", [("عامين", "DURATION", "P2Y", None)]),
        ("استقال بعد ثلاث سنوات في المنصب", [("ثلاث سنوات", "DURATION", "P3Y", None)]),
        ("عاش في دمشق 58 ـــ 1963، ثم سافر",
         [("58", "DATE", "1958", None), ("1963", "DATE", "1963", None)]),
        ("درّس في الكويت 71 - 1975.", [("71", "DATE", "1971", None), ("1975", "DATE", "1975", None)]),
        ("ارتفع بنسبة 12 - 2019 مرة", []),
    ],
)
def test_time_spent_and_two_digit_years(text, expected):
    assert found(text, None) == expected


def test_a_clock_time_keeps_the_day_named_before_a_year_alone():
    text = ("تقام القرعة الخميس المقبل، 14 آذار، في الدوحة قبل نهاية العام الجاري، "
            "وتبدأ المراسم في تمام الثامنة مساء")
    got = found(text)
    assert ("الثامنة مساء", "TIME", "2024-03-14T20:00", None) in got


# --- from the «not covered» list: midnight, the weekend, «3/5 الماضي», «عام 98» -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تواصل القصف حتى منتصف الليل", [("منتصف الليل", "TIME", "2024-03-13T00:00", None)]),
        ("يسري حظر التجول من منتصف الليل", [("منتصف الليل", "TIME", "2024-03-13T00:00", None)]),
        ("تغلق المحال خلال عطلة نهاية الأسبوع", [("عطلة نهاية الأسبوع", "DATE", "2024-W11-WE", None)]),
        ("يعود النواب بعد إجازة نهاية الأسبوع المقبل",
         [("إجازة نهاية الأسبوع المقبل", "DATE", "2024-W12-WE", None)]),
        ("في نهاية الأسبوع الجاري", [("نهاية الأسبوع الجاري", "DATE", "2024-W11", "END")]),
        ("صدر الحكم في 7/2 الماضي", [("7/2 الماضي", "DATE", "2024-02-07", None)]),
        ("تبدأ المحاكمة في 20/4 المقبل", [("20/4 المقبل", "DATE", "2024-04-20", None)]),
        ("يعمل في الصحيفة منذ عام 97، وما زال", [("عام 97", "DATE", "1997", None)]),
        ("افتتح المصنع في العام 08.", [("العام 08", "DATE", "2008", None)]),
        ("بعد عام 15 شهرا", [("15 شهرا", "DURATION", "P15M", None)]),
    ],
)
def test_midnight_weekend_short_dates(text, expected):
    assert found(text) == expected
