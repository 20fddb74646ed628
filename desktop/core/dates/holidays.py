"""Holidays: the Hijri feasts and days (عيد الفطر، عيد الأضحى، يوم عرفة، عاشوراء…) and the
Gregorian ones (عيد العمال، عيد الميلاد، رأس السنة الميلادية, and Easter by the computus).

The Hijri ones are resolved in hijri.holiday (Umm al-Qura); the Gregorian ones here.
"""

from __future__ import annotations

import datetime

# --- Holidays of the Hijri calendar: (month, day) ----------------------------------------
HIJRI_HOLIDAYS = {
    "عيد الفطر": (10, 1),
    "عيد الأضحى": (12, 10),
    "يوم عرفة": (12, 9),
    "وقفة عرفة": (12, 9),
    "رأس السنة الهجرية": (1, 1),
    "المولد النبوي": (3, 12),
    "ذكرى المولد النبوي": (3, 12),
    "يوم عاشوراء": (1, 10),
    "عاشوراء": (1, 10),
    "ليلة القدر": (9, 27),
    "الإسراء والمعراج": (7, 27),
    "ليلة الإسراء والمعراج": (7, 27),
    "ليلة النصف من شعبان": (8, 15),
}
# --- Holidays of the Gregorian calendar: (month, day); «EASTER» is worked out -----------
GREGORIAN_HOLIDAYS = {
    "رأس السنة الميلادية": (1, 1), "رأس السنة الجديدة": (1, 1), "ليلة رأس السنة": (12, 31),
    "عيد الميلاد المجيد": (12, 25), "عيد الميلاد": (12, 25), "ليلة عيد الميلاد": (12, 24),
    "عيد العمال": (5, 1), "عيد الشغل": (5, 1), "يوم العمال العالمي": (5, 1),
    "عيد الحب": (2, 14), "عيد الأم": (3, 21), "يوم المرأة العالمي": (3, 8),
    "اليوم العالمي للمرأة": (3, 8),
    "اليوم الوطني السعودي": (9, 23), "عيد الفصح": "EASTER",
}


def easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return datetime.date(year, month, day)


def gregorian_holiday(when: tuple[int, int] | str, year: int | None, rel: int | None,
                      dct: datetime.date | None) -> str:
    """«عيد العمال», «عيد الميلاد المقبل», «عيد الفصح 2019»: the value of a fixed or moving
    Gregorian holiday; without a year the occurrence nearest the dct (الماضي/المقبل: the
    latest before / the first after it), without a dct underspecified."""
    def on(y: int) -> datetime.date:
        return easter(y) if when == "EASTER" else datetime.date(y, when[0], when[1])

    if year is not None:
        return on(year).isoformat()
    if dct is None:
        return "XXXX-XX-XX" if when == "EASTER" else f"XXXX-{when[0]:02d}-{when[1]:02d}"
    found = [on(y) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if rel is not None and rel < 0:
        return max(d for d in found if d < dct).isoformat()
    if rel is not None and rel > 0:
        return min(d for d in found if d > dct).isoformat()
    return min(found, key=lambda d: abs((d - dct).days)).isoformat()
