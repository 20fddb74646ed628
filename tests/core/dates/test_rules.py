"""One test per class of expression: spans, types, values and modifiers."""

import datetime

import pytest

from desktop.core.dates import tag

DCT = datetime.date(2018, 9, 24)  # a Monday


def one(text, dct=DCT):
    found = tag(text, dct)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.type, t.value, t.mod


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("في 3 كانون الثاني 2015", "3 كانون الثاني 2015", "2015-01-03"),
        ("في كانون ثاني 2015", "كانون ثاني 2015", "2015-01"),
        ("في شباط 2016", "شباط 2016", "2016-02"),
        ("في آذار 2011", "آذار 2011", "2011-03"),
        ("في اذار 2011", "اذار 2011", "2011-03"),
        ("في نيسان 2019", "نيسان 2019", "2019-04"),
        ("في أيار 2019", "أيار 2019", "2019-05"),
        ("في ايار 2019", "ايار 2019", "2019-05"),
        ("في حزيران 2019", "حزيران 2019", "2019-06"),
        ("في تموز 2019", "تموز 2019", "2019-07"),
        ("في آب 2019", "آب 2019", "2019-08"),
        ("في اب 2019", "اب 2019", "2019-08"),
        ("في أيلول 2019", "أيلول 2019", "2019-09"),
        ("في ايلول 2019", "ايلول 2019", "2019-09"),
        ("في تشرين الأول 2019", "تشرين الأول 2019", "2019-10"),
        ("في تشرين الاول 2019", "تشرين الاول 2019", "2019-10"),
        ("في تشرين الثاني 2019", "تشرين الثاني 2019", "2019-11"),
        ("في كانون الأول 2019", "كانون الأول 2019", "2019-12"),
        ("في كانون الاول 2019", "كانون الاول 2019", "2019-12"),
    ],
)
def test_levantine_months(text, span, value):
    assert one(text)[0::2] == (span, value)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
        ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8),
        ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("نونبر", 11),
        ("ديسمبر", 12), ("دجنبر", 12), ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5),
        ("جوان", 6), ("جويلية", 7), ("أوت", 8),
    ],
)
def test_egyptian_gulf_and_maghrebi_months(word, month):
    assert one(f"وقع ذلك في 5 {word} 2017 بحسب المصادر") == (
        f"5 {word} 2017", "DATE", f"2017-{month:02d}-05", None,
    )
    assert one(f"وقع ذلك في {word} 2017") == (f"{word} 2017", "DATE", f"2017-{month:02d}", None)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("في 10 أيلول/سبتمبر 2018", "10 أيلول/سبتمبر 2018", "2018-09-10"),
        ("في 7 أكتوبر/تشرين الأول", "7 أكتوبر/تشرين الأول", "2018-10-07"),
        ("في كانون الاول ديسمبر عام 2017", "كانون الاول ديسمبر عام 2017", "2017-12"),
        ("في (سبتمبر) أيلول 2017", "(سبتمبر) أيلول 2017", "2017-09"),
        ("في أيلول (سبتمبر) 2017", "أيلول (سبتمبر) 2017", "2017-09"),
    ],
)
def test_paired_month_names(text, span, value):
    assert one(text)[0::2] == (span, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في 31/12/2019", "2019-12-31"),
        ("في 2019-12-31", "2019-12-31"),
        ("في 31-12-2019", "2019-12-31"),
        ("في 2019/12/31", "2019-12-31"),
        ("في ٣١/١٢/٢٠١٩", "2019-12-31"),
        ("في ۳۱/۱۲/۲۰۱۹", "2019-12-31"),
    ],
)
def test_numeric_dates(text, value):
    assert one(text)[2] == value


@pytest.mark.parametrize(
    ("ordinal", "day"),
    [
        ("الأول", 1), ("الاول", 1), ("الثاني", 2), ("العاشر", 10), ("الحادي عشر", 11),
        ("الثاني عشر", 12), ("التاسع عشر", 19), ("العشرين", 20), ("الحادي والعشرين", 21),
        ("الثاني والعشرين", 22), ("الثلاثين", 30), ("الحادي والثلاثين", 31),
    ],
)
def test_ordinal_days(ordinal, day):
    assert one(f"وفي {ordinal} من تشرين الأول 2017 وقع")[2] == f"2017-10-{day:02d}"


def test_digits_in_every_script():
    assert one("في ١٠ أيلول ٢٠١٨")[2] == "2018-09-10"
    assert one("في ۱۰ أيلول ۲۰۱۸")[2] == "2018-09-10"


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("منذ عام 2003", "عام 2003", "2003"),
        ("في العام 2017", "العام 2017", "2017"),
        ("سنة 2019", "سنة 2019", "2019"),
        ("عام 1950م", "عام 1950م", "1950"),
        ("منذ 2011 تعيش", "2011", "2011"),
    ],
)
def test_years(text, span, value):
    assert one(text)[0::2] == (span, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("صيف عام 2014", "2014-SU"), ("ربيع 2017", "2017-SP"), ("خريف 2015", "2015-FA"),
     ("شتاء 2016", "2016-WI")],
)
def test_seasons(text, value):
    assert one(f"في {text} وقع")[2] == value


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("مطلع", "START"), ("بداية", "START"), ("أوائل", "START"), ("أول", "START"),
        ("منتصف", "MID"), ("أواسط", "MID"), ("وسط", "MID"),
        ("نهاية", "END"), ("أواخر", "END"), ("آخر", "END"), ("ختام", "END"),
    ],
)
def test_modifiers(text, mod):
    assert one(f"في {text} حزيران 2019") == (f"{text} حزيران 2019", "DATE", "2019-06", mod)
    assert one(f"في {text} العام الماضي")[2:] == ("2017", mod)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أمس", "2018-09-23"), ("أول أمس", "2018-09-22"), ("أمس الأول", "2018-09-22"),
        ("اليوم", "2018-09-24"), ("غدا", "2018-09-25"), ("غداً", "2018-09-25"),
        ("بعد غد", "2018-09-26"),
    ],
)
def test_relative_days(text, value):
    assert one(f"وقال {text} إن") == (text, "DATE", value, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الأسبوع الماضي", "2018-W38"), ("الأسبوع المقبل", "2018-W40"),
        ("الشهر الماضي", "2018-08"), ("الشهر المقبل", "2018-10"), ("العام الماضي", "2017"),
        ("السنة المقبلة", "2019"), ("العام الحالي", "2018"), ("الشهر الجاري", "2018-09"),
        ("العام المنصرم", "2017"), ("العام القادم", "2019"),
    ],
)
def test_relative_units(text, value):
    assert one(f"وأعلن {text} عن") == (text, "DATE", value, None)


def test_relative_units_without_dct_are_underspecified():
    assert one("وأعلن الأسبوع الماضي", None)[2] == "XXXX-WXX"
    assert one("وأعلن الشهر الماضي", None)[2] == "XXXX-XX"
    assert one("وأعلن العام الماضي", None)[2] == "XXXX"
    assert one("وأعلن أمس", None)[2] == "XXXX-XX-XX"
    assert one("في 10 أيلول", None)[2] == "XXXX-09-10"
    assert one("منتصف حزيران المقبل", None)[2:] == ("XXXX-06", "MID")


def test_months_with_relative_words():
    assert one("مطلع يناير الماضي") == ("مطلع يناير الماضي", "DATE", "2018-01", "START")
    assert one("أيلول المقبل")[2] == "2019-09"
    assert one("أيلول الماضي")[2] == "2017-09"
    assert one("تشرين الأول المقبل")[2] == "2018-10"
    assert one("وفي آب وقع")[2] == "2018-08"


@pytest.mark.parametrize(
    ("word", "iso", "value"),
    [
        ("الأحد", 7, "2018-09-23"), ("الاثنين", 1, "2018-09-24"), ("الإثنين", 1, "2018-09-24"),
        ("الثلاثاء", 2, "2018-09-18"), ("الأربعاء", 3, "2018-09-19"),
        ("الخميس", 4, "2018-09-20"), ("الجمعة", 5, "2018-09-21"), ("السبت", 6, "2018-09-22"),
    ],
)
def test_weekdays(word, iso, value):
    assert one(f"وقال {word} إن") == (word, "DATE", value, None)
    assert one(f"وقال {word} إن", None)[2] == f"XXXX-WXX-{iso}"
    assert one(f"وقال يوم {word} إن")[0] == f"يوم {word}"


def test_weekdays_past_and_next():
    assert one("الاثنين الماضي")[2] == "2018-09-17"
    assert one("الاثنين المقبل")[2] == "2018-10-01"
    assert one("الأحد المقبل")[2] == "2018-09-30"
    assert one("الجمعة الماضية")[2] == "2018-09-21"


@pytest.mark.parametrize(
    ("part", "code"), [("مساء", "EV"), ("صباح", "MO"), ("ليلة", "NI"), ("فجر", "MO")]
)
def test_parts_of_day(part, code):
    assert one(f"وقع {part} الأحد في") == (f"{part} الأحد", "TIME", f"2018-09-23T{code}", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قبل ثلاثة أيام", "2018-09-21"), ("قبل يومين", "2018-09-22"),
        ("قبل أسبوعين", "2018-W37"), ("قبل ثلاثة أشهر", "2018-06"), ("قبل سنتين", "2016"),
        ("بعد خمسة أيام", "2018-09-29"), ("بعد عامين", "2020"),
    ],
)
def test_before_and_after(text, value):
    assert one(f"وقال {text} إن") == (text, "DATE", value, None)


def test_before_an_event_is_a_duration():
    assert one("بعد يومين من مقتل القائد") == ("يومين", "DURATION", "P2D", None)


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("ثلاثة أيام", "P3D", None), ("ثلاث سنوات", "P3Y", None), ("أربعة أشهر", "P4M", None),
        ("خمسة أسابيع", "P5W", None), ("عشرة أعوام", "P10Y", None), ("يومين", "P2D", None),
        ("أسبوعين", "P2W", None), ("شهرين", "P2M", None), ("عامين", "P2Y", None),
        ("سنتين", "P2Y", None), ("ساعتين", "PT2H", None), ("ثلاث ساعات", "PT3H", None),
        ("عشرين دقيقة", "PT20M", None), ("أحد عشر يوما", "P11D", None),
        ("نحو عامين", "P2Y", "APPROX"), ("حوالي شهرين", "P2M", "APPROX"),
        ("أكثر من أسبوعين", "P2W", "MORE_THAN"), ("أقل من عام", "P1Y", "LESS_THAN"),
        ("عشرات السنين", "PXY", None), ("عدة أشهر", "PXM", None),
    ],
)
def test_durations(text, value, mod):
    assert one(f"واستمر ذلك {text} في") == (text, "DURATION", value, mod)


def test_durations_keep_prepositions_out():
    assert one("ومنذ أكثر من أسبوعين بدأ") == ("أكثر من أسبوعين", "DURATION", "P2W", "MORE_THAN")
    assert one("خلال الأشهر الستة الأخيرة") == ("الأشهر الستة الأخيرة", "DURATION", "P6M", None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("كل يوم", "P1D"), ("يوميا", "P1D"), ("يومياً", "P1D"), ("أسبوعيا", "P1W"),
        ("شهريا", "P1M"), ("سنويا", "P1Y"), ("كل عام", "P1Y"), ("كل أسبوعين", "P2W"),
    ],
)
def test_sets(text, value):
    assert one(f"ويجتمع {text} في") == (text, "SET", value, None)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("في رمضان 1445 هـ", "رمضان 1445 هـ", "2024-03"),
        ("في الأول من شوال 1444", "الأول من شوال 1444", "2023-04-21"),
        ("في 15 ذو الحجة 1440هـ", "15 ذو الحجة 1440هـ", "2019-08-16"),
        ("في 15 ذي الحجة 1440هـ", "15 ذي الحجة 1440هـ", "2019-08-16"),
        ("في 1 محرم 1446", "1 محرم 1446", "2024-07-07"),
        ("في 12 ربيع الأول 1445", "12 ربيع الأول 1445", "2023-09-27"),
        ("في جمادى الأولى 1445", "جمادى الأولى 1445", "2023-11"),
        ("في ذو القعدة 1445", "ذو القعدة 1445", "2024-05"),
    ],
)
def test_hijri(text, span, value):
    found = tag(text, DCT)
    assert [(t.text, t.value, t.calendar) for t in found] == [(span, value, "hijri")]


def test_hijri_outside_umm_al_qura_is_tabular_and_impossible_days_do_not_crash():
    # before 1343 AH the Umm al-Qura table has no entry: the arithmetical calendar is used,
    # and the value's calendar says so (issue #16; this replaces the XXXX-XX-XX of before)
    (t,) = tag("في 10 محرم 1250 هـ", DCT)
    assert (t.value, t.calendar) == ("1834-05-19", "hijri-tabular")
    (t,) = tag("في 30 صفر 1440 هـ", DCT)
    assert t.calendar == "hijri"
    (t,) = tag("في 30 صفر 1250 هـ", DCT)  # Safar has 29 days in the tabular calendar
    assert (t.value, t.calendar) == ("XXXX-XX-XX", "hijri-tabular")


@pytest.mark.parametrize(
    ("text", "value"),
    [("في الماضي", "PAST_REF"), ("سابقا", "PAST_REF"), ("حاليا", "PRESENT_REF"),
     ("الآن", "PRESENT_REF"), ("في المستقبل", "FUTURE_REF"), ("مؤخرا", "PAST_REF")],
)
def test_vague_references(text, value):
    assert one(f"وقال إن الأمر {text} كان", None)[2] == value


@pytest.mark.parametrize(
    "text",
    [
        "وقد مارس الرئيس ضغوطا على البرلمان",
        "ويمارس الحزب نشاطه",
        "واشترى سيارة نيسان",
        "وقال أحد القادة",
        "ونشرت الولايات المتحدة 2500 جندي",
        "ووصل 1500 مقاتل",
        "الجمعية العامة",
        "طائرات إف-16",
        "اتصل على 0933-123-4567",
        "المرحلة الأولى",
        "وجاء الأول في السباق",
        "وقال الأب إن ابنه",
        "صفر أهداف",
        "الرئيس رجب طيب أردوغان",
        "وبين الاثنين خلاف",
        "قتل أحد عشر شخصا",
        "الربيع العربي",
        "الرأي العام",
        "الكتاب",
        "مايكل",
        "ماي لاي",
    ],
)
def test_not_dates(text):
    assert tag(text, DCT) == []


def test_clitics_stay_out():
    assert one("وفي العاشر من أيلول/سبتمبر")[0] == "العاشر من أيلول/سبتمبر"
    assert one("والاثنين")[0] == "الاثنين"
    assert one("وبعد غد")[0] == "بعد غد"
    # ل + ال merge into لل: the span starts at the article's ل
    assert one("للعام الماضي")[0] == "لعام الماضي"
    assert one("بالعام الماضي")[0] == "العام الماضي"


# --- found on the held-out set (holdout.jsonl) and by probing unseen phrasing -----------
HO = datetime.date(2019, 7, 16)  # a Tuesday; 13 Dhu al-Qa'da 1440


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اشتباكات ليلة السبت/الأحد في الحي", ("ليلة السبت/الأحد", "TIME", "2019-07-13TNI", None)),
        ("قصف ليل الأحد-الاثنين", ("ليل الأحد-الاثنين", "TIME", "2019-07-14TNI", None)),
        ("قصف ليلة الاثنين إلى الثلاثاء", ("ليلة الاثنين إلى الثلاثاء", "TIME", "2019-07-15TNI", None)),
        ("يصل بعد غد الخميس", ("بعد غد الخميس", "DATE", "2019-07-18", None)),
        ("أغلقت أول أمس الأحد", ("أول أمس الأحد", "DATE", "2019-07-14", None)),
        ("وقع ظهر اليوم", ("ظهر اليوم", "TIME", "2019-07-16TMI", None)),
        ("وصل بعد ظهر الأحد", ("بعد ظهر الأحد", "TIME", "2019-07-14TAF", None)),
        ("تراجع الأسبوع قبل الماضي", ("الأسبوع قبل الماضي", "DATE", "2019-W27", None)),
        ("افتتح العام قبل الماضي", ("العام قبل الماضي", "DATE", "2017", None)),
        ("يعود العام بعد المقبل", ("العام بعد المقبل", "DATE", "2021", None)),
        ("التقيا الخميس قبل الماضي", ("الخميس قبل الماضي", "DATE", "2019-07-04", None)),
        ("لمدة عام ونصف", ("عام ونصف", "DURATION", "P1.5Y", None)),
        ("لمدة عام ونصف العام", ("عام ونصف العام", "DURATION", "P1.5Y", None)),
        ("انتظروا نصف ساعة", ("نصف ساعة", "DURATION", "PT30M", None)),
        ("خلال ربع ساعة", ("ربع ساعة", "DURATION", "PT15M", None)),
        ("منذ أكثر من نصف قرن", ("أكثر من نصف قرن", "DURATION", "P50Y", "MORE_THAN")),
        ("غادر قبل عام ونصف", ("قبل عام ونصف", "DATE", "2018-01", None)),
        ("فاتح غشت المقبل", ("فاتح غشت المقبل", "DATE", "2019-08-01", None)),
        ("في الـ15 من أغسطس", ("الـ15 من أغسطس", "DATE", "2019-08-15", None)),
        ("أمس الاثنين 15 يوليو", ("أمس الاثنين 15 يوليو", "DATE", "2019-07-15", None)),
        ("بعيد الأضحى", ("عيد الأضحى", "DATE", "2019-08-11", None)),
        ("قبيل عيد الفطر", ("عيد الفطر", "DATE", "2019-06-04", None)),
        ("عيد الفطر المقبل", ("عيد الفطر المقبل", "DATE", "2020-05-24", None)),
        ("عيد الأضحى لعام 2018", ("عيد الأضحى لعام 2018", "DATE", "2018-08-21", None)),
        ("يوم الأربعاء من كل أسبوع", ("يوم الأربعاء من كل أسبوع", "SET", "XXXX-WXX-3", None)),
        ("في الخامس من كل شهر", ("الخامس من كل شهر", "SET", "XXXX-XX-05", None)),
        ("من المقرر أن يصل الخميس", ("الخميس", "DATE", "2019-07-18", None)),
        ("وكان من المقرر أن يصل الخميس", ("الخميس", "DATE", "2019-07-11", None)),
        ("في الأيام المقبلة", ("الأيام المقبلة", "DATE", "FUTURE_REF", None)),
        ("خلال الأيام المقبلة", ("الأيام المقبلة", "DURATION", "PXD", None)),
        ("خلال الفترة الماضية", ("الفترة الماضية", "DATE", "PAST_REF", None)),
        ("هذا الصيف", ("هذا الصيف", "DATE", "2019-SU", None)),
        ("على مدى عقود", ("عقود", "DURATION", "PXDE", None)),
    ],
)
def test_holdout_phrasing(text, expected):
    assert one(text, HO) == expected


@pytest.mark.parametrize(
    "text",
    [
        "بات الاتفاق قريبا من الإنجاز",
        "انخفض عدد الإصابات إلى صفر",
        "نشر الجيش قواته في 2000 موقع",
        "في 1950 قرية",
    ],
)
def test_holdout_not_dates(text):
    assert tag(text, HO) == []


def test_week_ordinal_is_not_a_day():
    assert all(t.value != "2019-08-01" for t in tag("في الأسبوع الأول من أغسطس", HO))


def test_quantified_weak_unit_after_qabl_and_late_hour():
    assert one("بدأت الأزمة قبل أكثر من عقد", HO) == ("قبل أكثر من عقد", "DATE", "2009", None)
    assert tag("استمرت المفاوضات حتى ساعة متأخرة من الليل", HO) == []
