"""The public API: Timex, tag, normalise, describe; and the module stays pure."""

import ast
import dataclasses
import datetime
from pathlib import Path

import pytest

import desktop.core.dates as dates
from desktop.core.dates import Timex, describe, normalise, tag

DCT = datetime.date(2018, 9, 24)


def test_timex_is_frozen_and_serialises_exactly():
    (t,) = tag("وفي العاشر من أيلول/سبتمبر", DCT)
    assert t == Timex(4, 26, "العاشر من أيلول/سبتمبر", "DATE", "2018-09-10", None, "gregorian")
    assert t.to_json() == {
        "start": 4, "end": 26, "text": "العاشر من أيلول/سبتمبر", "type": "DATE",
        "value": "2018-09-10", "mod": None,
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.value = "x"  # type: ignore[misc]


def test_tag_empty_and_datetime_dct():
    assert tag("") == []
    assert tag("أمس", datetime.datetime(2018, 9, 24, 10, 0))[0].value == "2018-09-23"


def test_offsets_are_code_points_with_marks_and_emoji():
    text = "😀 وقال مساءً الأحدِ‏ إن غداً"
    found = tag(text, DCT)
    assert [t.text for t in found] == ["مساءً الأحدِ", "غداً"]
    for t in found:
        assert text[t.start : t.end] == t.text


def test_tatweel_inside_words():
    (t,) = tag("في الســـابع من نيســـان", None)
    assert t.value == "XXXX-04-07"


def test_normalise_returns_the_best_expression_relative_to_the_string():
    t = normalise("في العاشر من أيلول/سبتمبر", DCT)
    assert (t.start, t.text, t.value) == (3, "العاشر من أيلول/سبتمبر", "2018-09-10")
    assert normalise("منذ أكثر من أسبوعين").to_json() == {
        "start": 4, "end": 19, "text": "أكثر من أسبوعين", "type": "DURATION", "value": "P2W",
        "mod": "MORE_THAN",
    }


def test_normalise_accepts_words_that_need_context_in_running_text():
    assert normalise("مارس", DCT).value == "2018-03"
    assert normalise("2014").value == "2014"
    assert normalise("شهر", DCT).value == "P1M"
    assert normalise("الربيع", DCT).value == "2018-SP"


def test_normalise_nothing():
    assert normalise("") is None
    assert normalise("   ") is None
    assert normalise("وزير الخارجية") is None


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("2018-09-10", None, "10 September 2018"),
        ("2017-12", None, "December 2017"),
        ("2014-SU", None, "summer 2014"),
        ("P6M", None, "6 months"),
        ("P1D", None, "1 day"),
        ("PT2H", None, "2 hours"),
        ("PT20M", None, "20 minutes"),
        ("2019-06", "MID", "middle of June 2019"),
        ("XXXX-WXX-2", None, "a Tuesday (year unknown)"),
        ("XXXX-09-10", None, "10 September (year unknown)"),
        ("XXXX-06", "MID", "middle of June (year unknown)"),
        ("2018-W38", None, "week 38 of 2018"),
        ("2017", "END", "end of 2017"),
        ("P2W", "MORE_THAN", "more than 2 weeks"),
        ("P1Y", "LESS_THAN", "less than 1 year"),
        ("P2Y", "APPROX", "about 2 years"),
        ("PAST_REF", None, "the past"),
        ("PRESENT_REF", None, "the present"),
        ("FUTURE_REF", None, "the future"),
        ("2018-09-23TEV", None, "evening of 23 September 2018"),
        ("XXXX-WXX-7TNI", None, "a Sunday night (year unknown)"),
        ("2018-09-24T10:30", None, "10:30 on 24 September 2018"),
        ("PXY", None, "some years"),
        ("198", None, "the 1980s"),
        ("2019-Q3", None, "the third quarter of 2019"),
        ("2018-H1", None, "the first half of 2018"),
        ("XXXX", None, "a year (unknown)"),
        ("XXXX-XX-XX", None, "a day (date unknown)"),
    ],
)
def test_describe(value, mod, words):
    assert describe(value, mod) == words


def test_describe_never_fails_on_odd_values():
    for v in ["", "nonsense", "P", "2018-13", "XXXX-WXX", "T10:00"]:
        assert isinstance(describe(v), str)


def test_module_is_pure_python():
    allowed = {"__future__", "calendar", "collections", "dataclasses", "datetime", "functools", "re",
               "typing", "hijridate"}
    for path in Path(dates.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                ok = name.split(".")[0] in allowed or name.startswith("desktop.core.")
                assert ok, f"{path.name} imports {name}"


def test_an_expression_never_spans_a_line_break():
    for t in tag("في 10\n\nأيلول 2018 وقبل\nثلاثة أيام", DCT):
        assert "\n" not in t.text
