"""Publication dates: parsing a typed one, proposing one from a txt header."""

from __future__ import annotations

import datetime

import pytest

from desktop.core.dates.published import parse_published, propose_published


@pytest.mark.parametrize("value, expected", [
    ("2024-08-15", datetime.date(2024, 8, 15)),
    ("2018-09-24T10:00:00Z", datetime.date(2018, 9, 24)),
    (" 2018-09-24 ", datetime.date(2018, 9, 24)),
    ("2018-13-01", None), ("2018-9-1", None), ("15/08/2024", None), ("", None), (None, None),
    ("2018-09-24x", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("عنوان الخبر\n15 أغسطس 2024\nنص الخبر الطويل", "2024-08-15"),
    ("عنوان\n\nadmin15 أغسطس 2024آخر تحديث :\n\nنص", "2024-08-15"),  # seed 002's header
    ("عنوان\nبغداد - 15/08/2024 (رويترز)\nنص", "2024-08-15"),
    ("عنوان\nالخميس ١٥ أغسطس ٢٠٢٤\nنص", "2024-08-15"),
    ("عنوان\n15 ذو الحجة 1440 هـ\nنص", "2019-08-16"),  # Hijri: its Gregorian day
    ("عنوان\nأغسطس 2024\nنص", None),  # no day: not a full date
    ("عنوان\nأمس\nنص", None),  # relative: nothing to resolve it against
    ("عنوان\nصورة ملتقطة في 8 تموز/يوليو 2021 منظرا لجناح طائرة نقل عسكرية على مدرج مطار"
     " في قاعدة عين الأسد\nنص", None),  # a caption, not a date line
    ("1\n2\n3\n4\n5\n15 أغسطس 2024", None),  # past the header
])
def test_propose_published(text, expected):
    assert propose_published(text) == expected
