"""describe_ar: a TIMEX3 value in Arabic words, the same information as describe()."""

import json
import re
from pathlib import Path

import pytest

from desktop.core.dates import describe
from desktop.core.dates.words_ar import EGYPT_MONTHS, LEVANT_MONTHS, describe_ar

ARABIC = re.compile(r"[\u0621-\u064a]")
HERE = Path(__file__).parent

# The cases of test_api.py's test_describe, each with its Arabic words (Levant months,
# Arabic-Indic digits: what the window shows with months="levant").
MIRRORED = [
    ("2018-09-10", None, "10 September 2018", "١٠ أيلول ٢٠١٨"),
    ("2017-12", None, "December 2017", "كانون الأول ٢٠١٧"),
    ("2014-SU", None, "summer 2014", "صيف ٢٠١٤"),
    ("P6M", None, "6 months", "٦ أشهر"),
    ("P1D", None, "1 day", "يوم واحد"),
    ("PT2H", None, "2 hours", "ساعتان"),
    ("PT20M", None, "20 minutes", "٢٠ دقيقةً"),
    ("2019-06", "MID", "middle of June 2019", "منتصف حزيران ٢٠١٩"),
    ("XXXX-WXX-2", None, "a Tuesday (year unknown)", "يوم ثلاثاء (السنة غير معروفة)"),
    ("XXXX-09-10", None, "10 September (year unknown)", "١٠ أيلول (السنة غير معروفة)"),
    ("XXXX-06", "MID", "middle of June (year unknown)", "منتصف حزيران (السنة غير معروفة)"),
    ("2018-W38", None, "week 38 of 2018", "الأسبوع ٣٨ من عام ٢٠١٨"),
    ("2017", "END", "end of 2017", "نهاية عام ٢٠١٧"),
    ("P2W", "MORE_THAN", "more than 2 weeks", "أكثر من أسبوعين"),
    ("P1Y", "LESS_THAN", "less than 1 year", "أقل من سنة واحدة"),
    ("P2Y", "APPROX", "about 2 years", "حوالي سنتين"),
    ("PAST_REF", None, "the past", "الماضي"),
    ("PRESENT_REF", None, "the present", "الحاضر"),
    ("FUTURE_REF", None, "the future", "المستقبل"),
    ("2018-09-23TEV", None, "evening of 23 September 2018", "مساء ٢٣ أيلول ٢٠١٨"),
    ("XXXX-WXX-7TNI", None, "a Sunday night (year unknown)", "ليل يوم أحد (السنة غير معروفة)"),
    ("2018-09-24T10:30", None, "10:30 on 24 September 2018", "الساعة ١٠:٣٠ يوم ٢٤ أيلول ٢٠١٨"),
    ("PXY", None, "some years", "عدة سنوات"),
    ("198", None, "the 1980s", "الثمانينيات (١٩٨٠–١٩٨٩)"),
    ("2019-Q3", None, "the third quarter of 2019", "الربع الثالث من عام ٢٠١٩"),
    ("2018-H1", None, "the first half of 2018", "النصف الأول من عام ٢٠١٨"),
    ("XXXX", None, "a year (unknown)", "سنة (غير معروفة)"),
    ("XXXX-XX-XX", None, "a day (date unknown)", "يوم (التاريخ غير معروف)"),
]


@pytest.mark.parametrize(("value", "mod", "english", "arabic"), MIRRORED)
def test_the_english_cases_in_arabic(value, mod, english, arabic):
    assert describe(value, mod) == english  # the same cases as describe's own test
    assert describe_ar(value, mod) == arabic


@pytest.mark.parametrize(
    ("value", "mod", "arabic"),
    [
        # the examples of the issue, both month families, both digit scripts
        ("2018-09-20", None, "٢٠ أيلول ٢٠١٨"),
        ("XXXX-WXX-4", None, "يوم خميس (السنة غير معروفة)"),
        # seasons and parts of a year without a year
        ("XXXX-SP", None, "الربيع (السنة غير معروفة)"),
        ("2018-WI", None, "شتاء ٢٠١٨"),
        ("2016-FA", "END", "نهاية خريف ٢٠١٦"),
        ("XXXX-Q1", None, "الربع الأول (السنة غير معروفة)"),
        ("2020-H2", None, "النصف الثاني من عام ٢٠٢٠"),
        # weeks
        ("2018-W38-WE", None, "عطلة نهاية الأسبوع ٣٨ من عام ٢٠١٨"),
        ("XXXX-WXX-WE", None, "عطلة نهاية أسبوع (السنة غير معروفة)"),
        ("XXXX-WXX", None, "أسبوع (السنة غير معروفة)"),
        ("2018-W38-2", None, "يوم الثلاثاء من الأسبوع ٣٨ من عام ٢٠١٨"),
        ("XXXX-W05", None, "الأسبوع ٥ (السنة غير معروفة)"),
        ("XXXX-WXX-4TMO", None, "صباح يوم خميس (السنة غير معروفة)"),
        ("XXXX-WXX-1T09:00", None, "يوم اثنين الساعة ٠٩:٠٠ (السنة غير معروفة)"),
        # months and days partly unknown: never less than describe says
        ("2018-XX", None, "شهر غير معروف من عام ٢٠١٨"),
        ("XXXX-XX", None, "شهر (غير معروف)"),
        ("2018-XX-XX", None, "يوم غير معروف من عام ٢٠١٨"),
        ("XXXX-XX-05", None, "اليوم ٥ من شهر غير معروف (السنة غير معروفة)"),
        ("2018-09-XX", None, "أيلول ٢٠١٨"),
        ("2018-09-24TAF", None, "بعد ظهر ٢٤ أيلول ٢٠١٨"),
        ("2018-09-24TMI", None, "ظهر ٢٤ أيلول ٢٠١٨"),
        ("2018-09-24TDT", None, "نهار ٢٤ أيلول ٢٠١٨"),
        ("2018-09T10:00", None, "الساعة ١٠:٠٠ في أيلول ٢٠١٨"),
        # decades and centuries, with the years they cover
        ("199", "START", "بداية التسعينيات (١٩٩٠–١٩٩٩)"),
        ("200", None, "العقد الأول من القرن الحادي والعشرين (٢٠٠٠–٢٠٠٩)"),
        ("191", None, "العقد الثاني من القرن العشرين (١٩١٠–١٩١٩)"),
        ("20", None, "القرن الحادي والعشرون (٢٠٠٠–٢٠٩٩)"),
        ("19", None, "القرن العشرون (١٩٠٠–١٩٩٩)"),
        ("19", "END", "نهاية القرن العشرين (١٩٠٠–١٩٩٩)"),
        ("18", "MID", "منتصف القرن التاسع عشر (١٨٠٠–١٨٩٩)"),
        ("XXX", None, "عقد (غير معروف)"),
        ("XX", None, "قرن (غير معروف)"),
        # every mod
        ("2018-09-10", "START", "بداية ١٠ أيلول ٢٠١٨"),
        ("P3Y", "EQUAL_OR_MORE", "٣ سنوات على الأقل"),
        ("P2W", "EQUAL_OR_MORE", "أسبوعان على الأقل"),
        ("P2M", "EQUAL_OR_LESS", "شهران على الأكثر"),
        ("2014", "BEFORE", "قبل عام ٢٠١٤"),
        ("2014", "AFTER", "بعد عام ٢٠١٤"),
        ("2018-09-10", "ON_OR_BEFORE", "في ١٠ أيلول ٢٠١٨ أو قبله"),
        ("2018-09-10", "ON_OR_AFTER", "في ١٠ أيلول ٢٠١٨ أو بعده"),
        ("P2D", "APPROX", "حوالي يومين"),
        ("2018", "ODD_MOD", "عام ٢٠١٨ (ODD_MOD)"),  # a mod it does not know: kept, as code
    ],
)
def test_more_values(value, mod, arabic):
    assert describe_ar(value, mod) == arabic


@pytest.mark.parametrize(
    ("value", "arabic"),
    [
        # a counted noun agrees with its number
        ("P1D", "يوم واحد"), ("P2D", "يومان"), ("P3D", "٣ أيام"), ("P10D", "١٠ أيام"),
        ("P11D", "١١ يومًا"), ("P99D", "٩٩ يومًا"), ("P100D", "١٠٠ يوم"),
        ("P103D", "١٠٣ أيام"), ("P111D", "١١١ يومًا"), ("P1000Y", "١٠٠٠ سنة"),
        ("P1M", "شهر واحد"), ("P2M", "شهران"), ("P5M", "٥ أشهر"), ("P18M", "١٨ شهرًا"),
        ("P1W", "أسبوع واحد"), ("P4W", "٤ أسابيع"), ("P1Y", "سنة واحدة"), ("P2Y", "سنتان"),
        ("P10Y", "١٠ سنوات"), ("P25Y", "٢٥ سنةً"), ("PT1H", "ساعة واحدة"),
        ("PT3H", "٣ ساعات"), ("PT1M", "دقيقة واحدة"), ("PT30M", "٣٠ دقيقةً"),
        ("PT45S", "٤٥ ثانيةً"), ("PT5S", "٥ ثوانٍ"), ("P2DE", "عقدان"), ("P3CE", "٣ قرون"),
        ("P1.5Y", "١٫٥ سنة"),
        # a number not known
        ("PXM", "عدة أشهر"), ("PXW", "عدة أسابيع"), ("PTXH", "عدة ساعات"),
        ("PXDE", "عدة عقود"), ("PXCE", "عدة قرون"),
    ],
)
def test_durations_agree_with_their_number(value, arabic):
    assert describe_ar(value) == arabic


@pytest.mark.parametrize(
    ("value", "arabic"),
    [
        ("P1D", "كل يوم"), ("P1W", "كل أسبوع"), ("P2W", "كل أسبوعين"), ("P1M", "كل شهر"),
        ("P6M", "كل ٦ أشهر"), ("P1Y", "كل سنة"), ("P4Y", "كل ٤ سنوات"), ("PT1H", "كل ساعة"),
        ("XXXX-WXX-3", "كل يوم أربعاء"), ("XXXX-WXX-5TEV", "مساء كل يوم جمعة"),
        ("XXXX-XX-05", "اليوم ٥ من كل شهر"), ("XXXX-09-10", "١٠ أيلول من كل عام"),
        ("XXXX-WXX", "كل أسبوع"),
    ],
)
def test_sets_read_as_repetitions(value, arabic):
    assert describe_ar(value, kind="SET") == arabic


def test_the_same_value_as_a_date_is_not_a_repetition():
    assert describe_ar("XXXX-WXX-3", kind="DATE") == "يوم أربعاء (السنة غير معروفة)"
    assert describe_ar("P2W", kind="DURATION") == "أسبوعان"


def test_month_families_and_digits():
    assert describe_ar("2018-09-20", months="egypt", digits="western") == "20 سبتمبر 2018"
    assert describe_ar("2018-09-20", months="levant", digits="western") == "20 أيلول 2018"
    assert describe_ar("2018-09-20", months="egypt") == "٢٠ سبتمبر ٢٠١٨"
    assert describe_ar("2018-09-20", months="both") == "٢٠ أيلول/سبتمبر ٢٠١٨"
    assert describe_ar("2019-06", "MID", months="both") == "منتصف حزيران/يونيو ٢٠١٩"
    assert describe_ar("P1.5Y", digits="western") == "1.5 سنة"
    assert describe_ar("2018-09-24T10:30", digits="western") == "الساعة 10:30 يوم 24 أيلول 2018"
    levant = [describe_ar(f"2018-{m:02d}", months="levant", digits="western") for m in range(1, 13)]
    egypt = [describe_ar(f"2018-{m:02d}", months="egypt", digits="western") for m in range(1, 13)]
    assert levant == [f"{name} 2018" for name in (
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
        "تشرين الأول", "تشرين الثاني", "كانون الأول")]
    assert egypt == [f"{name} 2018" for name in (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر")]
    assert LEVANT_MONTHS[9] == "أيلول" and EGYPT_MONTHS[9] == "سبتمبر"


def test_indic_digits_everywhere_in_the_words():
    for value in ("2018-09-24T22:30", "P2018Y", "2018-W38", "198", "19", "P1.25Y"):
        words = describe_ar(value)
        assert not re.search(r"[0-9]", words), words
        assert re.search(r"[٠-٩]", words), words


def test_bad_choices_are_refused():
    with pytest.raises(ValueError, match="months"):
        describe_ar("2018", months="iraq")
    with pytest.raises(ValueError, match="digits"):
        describe_ar("2018", digits="roman")


def test_never_fails_on_odd_values():
    for v in ["", "nonsense", "P", "2018-13", "2018-09-40", "XXXX-W99-9", "T10:00", "P3Z",
              "2018-W38-8", "2018-Q5"]:
        assert isinstance(describe_ar(v), str)
    assert describe_ar("") == ""
    assert describe_ar("nonsense") == "nonsense"  # a value it cannot read, kept as it is


def _tagger_values():
    values = set()
    for name in ("cases.jsonl", "holdout.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            for t in json.loads(line)["expected"]:
                values.add((t["value"], t.get("mod"), t["type"]))
    return sorted(values, key=str)


def test_every_value_of_the_tagger_test_sets_reads_as_arabic_words():
    """Every value the date tests expect (a few hundred) is put in Arabic words: Arabic
    letters, no Latin letter or Western digit left over from the code."""
    values = _tagger_values()
    assert len(values) > 200
    for value, mod, kind in values:
        words = describe_ar(value, mod, kind=kind)
        assert ARABIC.search(words), (value, words)
        assert not re.search(r"[A-Za-z0-9]", words), (value, mod, words)
