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


# --- reference time: news (dct and tense) and narrative (the last date mentioned) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past clause: the latest such month not after the dct (June 2021)
        ("وقد اعتقلته الشرطة في نوفمبر بعد مداهمة", [("نوفمبر", "DATE", "2020-11", None)]),
        ("وكانت الشركة أطلقت المنصة مطلع أكتوبر", [("مطلع أكتوبر", "DATE", "2020-10", "START")]),
        ("منذ منتصف سبتمبر تتواصل الاحتجاجات", [("منتصف سبتمبر", "DATE", "2020-09", "MID")]),
        # a future clause: the first one not before it
        ("سيعقد المؤتمر في مارس بالعاصمة", [("مارس", "DATE", "2022-03", None)]),
        ("تنطلق الدورة في 4 فبراير", [("4 فبراير", "DATE", "2022-02-04", None)]),
        # no cue: the dct's year, as before
        ("المعرض في أغسطس", [("أغسطس", "DATE", "2021-08", None)]),
        # a year written earlier in the sentence is the reference
        ("في عام 2009 تولى المنصب، وفي ديسمبر قدم استقالته",
         [("عام 2009", "DATE", "2009", None), ("ديسمبر", "DATE", "2009-12", None)]),
        ("بدأ البناء عام 1912 واكتمل بعد خمس سنوات",
         [("عام 1912", "DATE", "1912", None), ("بعد خمس سنوات", "DATE", "1917", None)]),
        # a deictic expression stays on the dct
        ("اشتراها عام 2010 وباعها قبل عامين",
         [("عام 2010", "DATE", "2010", None), ("قبل عامين", "DATE", "2019", None)]),
        # «أوائل يونيو الماضي» in the middle of June: this June
        ("توفي في أوائل يونيو الماضي", [("أوائل يونيو الماضي", "DATE", "2021-06", "START")]),
    ],
)
def test_news_reference_time(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("افتتح المصنع في 9 آذار 1961، ثم وسع في 20 أيلول",
         [("9 آذار 1961", "DATE", "1961-03-09", None), ("20 أيلول", "DATE", "1961-09-20", None)]),
        ("انتخب عام 1978. وفي أيار أعلن برنامجه",
         [("عام 1978", "DATE", "1978", None), ("أيار", "DATE", "1978-05", None)]),
        ("أغلقت الجريدة عام 1934 وعادت بعد ثلاثة أعوام",
         [("عام 1934", "DATE", "1934", None), ("بعد ثلاثة أعوام", "DATE", "1937", None)]),
        ("وصل المدينة في الصيف", []),
    ],
)
def test_narrative_reference_time(text, expected):
    assert found(text, None) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("تولى الرئاسة عام 1999 وكان آنذاك في الأربعين",
         None, [("عام 1999", "DATE", "1999", None), ("آنذاك", "DATE", "1999", None)]),
        ("انهارت البورصة في أكتوبر 1987 وفي ذلك الوقت أغلق المصرف",
         None, [("أكتوبر 1987", "DATE", "1987-10", None), ("ذلك الوقت", "DATE", "1987-10", None)]),
        ("فاز بالجائزة عام 2004 ثم فاز بها في العام التالي",
         DCT, [("عام 2004", "DATE", "2004", None), ("العام التالي", "DATE", "2005", None)]),
        ("وقعت الحادثة أول أمس الأحد وتوفي المصاب في اليوم التالي",
         DCT, [("أول أمس الأحد", "DATE", "2021-06-13", None),
              ("اليوم التالي", "DATE", "2021-06-14", None)]),
        ("تأسس النادي عام 1921 وفي العام نفسه فاز بالكأس",
         None, [("عام 1921", "DATE", "1921", None), ("العام نفسه", "DATE", "1921", None)]),
        ("هاجر عام 1951 وبعد ذلك بعامين عاد",
         None, [("عام 1951", "DATE", "1951", None), ("بعد ذلك بعامين", "DATE", "1953", None)]),
        # with nothing to refer to, an anaphoric phrase is not tagged
        ("وعاد في اليوم التالي إلى عمله", DCT, []),
        ("وكان آنذاك وزيرا", None, []),
    ],
)
def test_anaphoric_expressions(text, dct, expected):
    assert found(text, dct) == expected


def test_a_clock_time_takes_the_weekday_later_in_its_clause():
    assert found("أغلق المعبر نحو الساعة الثامنة مساء في رفح يوم الأحد") == [
        ("نحو الساعة الثامنة مساء", "TIME", "2021-06-13T20:00", "APPROX"),
        ("يوم الأحد", "DATE", "2021-06-13", None),
    ]


def test_a_weekday_named_as_a_holiday_is_to_come():
    assert found("أعلنت الحكومة يوم الخميس عطلة رسمية") == [("يوم الخميس", "DATE", "2021-06-17", None)]


# --- ranges (two timexes), one date written twice, a weekday and its date ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("يقام المهرجان من 3 إلى 6 آب", [("3", "DATE", "2021-08-03", None),
                                          ("6 آب", "DATE", "2021-08-06", None)]),
        ("تستمر الأشغال بين 4 و7 أشهر", [("4", "DURATION", "P4M", None),
                                          ("7 أشهر", "DURATION", "P7M", None)]),
        ("يستغرق العلاج خمسة إلى سبعة أيام", [("خمسة", "DURATION", "P5D", None),
                                               ("سبعة أيام", "DURATION", "P7D", None)]),
        ("في الفترة فبراير - أبريل 2020", [("فبراير", "DATE", "2020-02", None),
                                            ("أبريل 2020", "DATE", "2020-04", None)]),
        ("تراجعت المبيعات في 2019-2020", [("2019", "DATE", "2019", None),
                                           ("2020", "DATE", "2020", None)]),
        ("توج بلقب موسم 2017-2018", [("2017", "DATE", "2017", None),
                                      ("2018", "DATE", "2018", None)]),
        ("عاش الشاعر (1021-1086 هـ)", [("1021", "DATE", "1612", None),
                                        ("1086 هـ", "DATE", "1675", None)]),
        ("عقد الاجتماع يوم الاثنين الموافق 7/3/2016", [
            ("يوم الاثنين الموافق 7/3/2016", "DATE", "2016-03-07", None)]),
        ("صدر الأمر يوم السبت 5/6/1441 الموافق 1/2/2020", [
            ("يوم السبت 5/6/1441 الموافق 1/2/2020", "DATE", "2020-02-01", None)]),
        ("الرياض 3 رجب 1440 هـ الموافق 10 مارس 2019 م", [
            ("3 رجب 1440 هـ الموافق 10 مارس 2019 م", "DATE", "2019-03-10", None)]),
        ("أفاد بيان صدر الخميس12 مارس 2020", [("الخميس12 مارس 2020", "DATE", "2020-03-12", None)]),
    ],
)
def test_ranges_and_one_date_written_twice(text, expected):
    assert found(text) == expected


# --- ages, false durations, «عقدا», what is left of a period, whole units ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بدأ العزف في سن السابعة", [("سن السابعة", "DURATION", "P7Y", None)]),
        ("رحل عن الثالثة والستين عاما", [("الثالثة والستين عاما", "DURATION", "P63Y", None)]),
        ("تزوجت وهي في الخامسة عشرة من عمرها", [("الخامسة عشرة من عمرها", "DURATION", "P15Y", None)]),
        ("سمح له بالقيادة في سن 18", [("سن 18", "DURATION", "P18Y", None)]),
        ("افتتحت الدورة الحادية والعشرين للمهرجان", []),
        ("غاب عن الملاعب منذ عقد", [("عقد", "DURATION", "P10Y", None)]),
        ("حكم البلاد عقدا من الزمن", [("عقدا", "DURATION", "P10Y", None)]),
        ("وقع اللاعب عقدا جديدا مع النادي", []),
        ("علقت الرحلات لما تبقى من العام", [("ما تبقى من العام", "DURATION", "PXM", None)]),
        ("تغلق الحديقة بقية الأسبوع", [("بقية الأسبوع", "DURATION", "PXD", None)]),
        ("يستغرق الطريق ساعة ونصف بالسيارة", [("ساعة ونصف", "DURATION", "PT1.5H", None)]),
        ("أفرج عنه بعد نحو شهر كامل من اعتقاله", [("نحو شهر", "DURATION", "P1M", "APPROX")]),
        ("بقي في المستشفى 5 ديال الأيام", [("5 ديال الأيام", "DURATION", "P5D", None)]),
    ],
)
def test_ages_and_durations(text, expected):
    assert found(text) == expected


# --- adjectival sets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نشر البنك تقريره الشهري عن التضخم", [("الشهري", "SET", "P1M", None)]),
        ("صرفت الرواتب الشهرية للموظفين", [("الشهرية", "SET", "P1M", None)]),
        ("تصدر المجلة نصف الشهرية عن الوزارة", [("نصف الشهرية", "SET", "P0.5M", None)]),
        ("عقد الفريق اجتماعه الأسبوعي", [("الأسبوعي", "SET", "P1W", None)]),
        ("نشر الصندوق نشرته الفصلية", [("الفصلية", "SET", "P3M", None)]),
        ("يتابع الأطفال الحياة اليومية في القرية", []),
    ],
)
def test_adjectival_sets(text, expected):
    assert found(text) == expected


# --- dialect words and misspelt months -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هنسافر بكره الصبح", [("بكره الصبح", "TIME", "2021-06-16TMO", None)]),
        ("شفته امبارح في السوق", [("امبارح", "DATE", "2021-06-14", None)]),
        ("كنت عندهم مبارح", [("مبارح", "DATE", "2021-06-14", None)]),
        ("الماتش النهارده بالليل", [("النهارده بالليل", "TIME", "2021-06-15TNI", None)]),
        ("جا البارح من الدار البيضاء", [("البارح", "DATE", "2021-06-14", None)]),
        ("الامتحان الأسبوع الجاي", [("الأسبوع الجاي", "DATE", "2021-W25", None)]),
        ("نرجع السنة الجاية إن شاء الله", [("السنة الجاية", "DATE", "2022", None)]),
        ("شفته الشهر اللي فات", [("الشهر اللي فات", "DATE", "2021-05", None)]),
        ("هيوصل دلوقتي", [("دلوقتي", "DATE", "PRESENT_REF", None)]),
        ("تبدأ الجلسة بعد قليل", [("بعد قليل", "DATE", "FUTURE_REF", None)]),
        ("قعد 3 ديال السوايع", []),
        ("توقف العمل في 14 نوفبر 2019", [("14 نوفبر 2019", "DATE", "2019-11-14", None)]),
        ("أعلنت النتائج في دسمبر 2020", [("دسمبر 2020", "DATE", "2020-12", None)]),
        ("نسيان الماضي صعب", []),
    ],
)
def test_dialect_and_misspellings(text, expected):
    assert found(text) == expected


# --- false positives: places named after a market day, figurative «الغد», names -----------


@pytest.mark.parametrize(
    "text",
    [
        "وصل الموكب إلى سوق الخميس",
        "فتح محل في شارع الجمعة",
        "أطلقت الوزارة برنامج جيل الغد",
        "كتب في صحيفة الغد الأردنية",
        "نقلت صحيفة المصري اليوم عن مصدر",
        "وقف عند باب المدرسة",
        "اشترى لاب توب جديد",
    ],
)
def test_not_dates_in_real_text(text):
    assert found(text) == []


def test_tomorrow_after_a_preposition_is_still_tomorrow():
    assert found("يبدأ التصويت في الغد") == [("الغد", "DATE", "2021-06-16", None)]


# --- holidays beyond the Hijri feasts, clock times with a time zone, a quarter alone --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تظاهر العمال في عيد العمال", [("عيد العمال", "DATE", "2021-05-01", None)]),
        ("أقيم قداس عيد الميلاد المجيد", [("عيد الميلاد المجيد", "DATE", "2020-12-25", None)]),
        ("تعطل الدوائر في عيد الفصح 2022", [("عيد الفصح 2022", "DATE", "2022-04-17", None)]),
        ("صام المسلمون يوم عاشوراء", [("يوم عاشوراء", "DATE", "2021-08-18", None)]),
        ("أقلعت الطائرة 09:45 ت م", [("09:45 ت م", "TIME", "2021-06-15T09:45", None)]),
        ("ارتفعت الأرباح في الربع الثالث بنسبة 4%", [("الربع الثالث", "DATE", "2021-Q3", None)]),
        ("سجل هدفا في النصف الثاني", []),
    ],
)
def test_holidays_clock_and_quarters(text, expected):
    assert found(text) == expected


# --- precision checks found by reading the new rules' output on other news ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery month of a futures contract is the one to come, whatever the verb
        ("وتراجعت عقود الخام لتسليم سبتمبر 40 سنتا", [("سبتمبر", "DATE", "2021-09", None)]),
        # «منذ 2010» does not make the sentence's later month a month of 2010
        ("أدنى سعر منذ فبراير 2010 بلغه في 3 من يونيو",
         [("فبراير 2010", "DATE", "2010-02", None), ("3 من يونيو", "DATE", "2021-06-03", None)]),
        # an announcement in the past of a date a few weeks ahead keeps this year
        ("وأعلن الرئيس إجراء الانتخابات في 27 يوليو", [("27 يوليو", "DATE", "2021-07-27", None)]),
        ("فاز الفريق 1/ صفر على ضيفه", []),
        ("سجل اللاعب يحيى الشهري هدفين", []),
        ("ويصبح حينها الوصول أسهل", []),
        ("يتصل بها كل ثلاث أو أربع ساعات", [("ثلاث", "SET", "PT3H", None), ("أربع ساعات", "SET", "PT4H", None)]),
        ("بدأت الأعمال يوم الأحد 3 / 11 / 1442هـ", [("يوم الأحد 3 / 11 / 1442هـ", "DATE", "2021-06-13", None)]),
        ("صدر القانون في ديسمبر لعام 2008", [("ديسمبر لعام 2008", "DATE", "2008-12", None)]),
    ],
)
def test_precision_on_other_news(text, expected):
    assert found(text) == expected


# --- found on the test split, after its figures were taken (see docs/dates.md) ---------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("الشاعر الأندلسي (توفي 1492) ترك ديوانا", None, [("1492", "DATE", "1492", None)]),
        ("غنت فيه ماي ويست أغنيتين", None, []),
        ("كانت مريضة هاد اليوماين", None, [("اليوماين", "DURATION", "P2D", None)]),
        ("خرج مساء أمس الإثين", DCT, [("مساء أمس الإثين", "TIME", "2021-06-14TEV", None)]),
        ("عام على الحرب ولم يتغير شيء", DCT, [("عام", "DURATION", "P1Y", None)]),
        ("قعدت كذا سنة مستني", DCT, [("كذا سنة", "DURATION", "PXY", None)]),
        ("فاكر اليوم ده كويس", DCT, []),
        ("عايز الاتنين مع بعض", DCT, []),
        ("نسافر يوم الاتنين", DCT, [("يوم الاتنين", "DATE", "2021-06-14", None)]),
        ("تغير كثيرا في سنوات الأخيرة", DCT, [("سنوات الأخيرة", "DURATION", "PXY", None)]),
        ("ظل المحل مفتوحا طوال اليوم", DCT, [("اليوم", "DURATION", "P1D", None)]),
        ("هذه مشكلة جيل اليوم", DCT, [("اليوم", "DATE", "PRESENT_REF", None)]),
        ("يغلق الباب الساعة الثالثة ظهرا", DCT, [("الساعة الثالثة ظهرا", "TIME", "2021-06-15T15:00", None)]),
        ("تحسن الوضع في المدة الأخيرة", DCT, [("المدة الأخيرة", "DATE", "PAST_REF", None)]),
        ("لا يمكن ذلك في هذا التوقيت", DCT, [("هذا التوقيت", "DATE", "PRESENT_REF", None)]),
        ("انتخب الأمين العام القادم للحزب", DCT, []),
        ("ارتفعت الأسعار خلال الستة أشهر الماضية", DCT,
         [("الستة أشهر الماضية", "DURATION", "P6M", None)]),
        ("دامت مسيرته أكثر من أربعة عقود (1950 - 1990)", None,
         [("أكثر من أربعة عقود", "DURATION", "P40Y", "MORE_THAN"), ("1950", "DATE", "1950", None),
          ("1990", "DATE", "1990", None)]),
    ],
)
def test_kinds_found_on_the_test_split(text, dct, expected):
    assert found(text, dct) == expected


# --- found on the final split, after its one scoring (see docs/dates.md) --------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("عاش النحات (c. 1150 — c. 1210) في بيزا", None,
         [("1150", "DATE", "1150", "APPROX"), ("1210", "DATE", "1210", "APPROX")]),
        ("رسمت الطفلة ذات الثماني سنوات لوحة", None, [("الثماني سنوات", "DURATION", "P8Y", None)]),
        ("تهدف إليه رؤية 2030 في المملكة", None, [("2030", "DATE", "2030", None)]),
        ("بني السور في 1750، وهدم البرج قبل عامين", None,
         [("1750", "DATE", "1750", None), ("قبل عامين", "DATE", "1748", None)]),
        ("انسحبوا عقب أيام من المعركة", DCT, [("أيام", "DURATION", "PXD", None)]),
        ("صار ذلك من الماضي", DCT, [("الماضي", "DATE", "PAST_REF", None)]),
        ("حفظ في ثلاجة الزمن الماضي", DCT, []),
        ("الأسواق مزدحمة هذه الأيام", DCT, [("هذه الأيام", "DATE", "PRESENT_REF", None)]),
        ("غادي نمشي هاد النهار", DCT, [("هاد النهار", "DATE", "2021-06-15", None)]),
        ("الحكومة دابا خاصها تجاوب", DCT, [("دابا", "DATE", "PRESENT_REF", None)]),
        ("آخر موعد 11/6/ 1442هـ", DCT, [("11/6/ 1442هـ", "DATE", "2021-01-24", None)]),
    ],
)
def test_kinds_found_on_the_final_split(text, dct, expected):
    assert found(text, dct) == expected
