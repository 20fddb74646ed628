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
    "العيد الكبير": (12, 10),  # the Maghreb's names of the two feasts
    "العيد الصغير": (10, 1),
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
# International days of the United Nations and its agencies, as the news names them:
# «اليوم العالمي للسلام», «اليوم الدولي للسلام», «يوم الصحة العالمي»
_WORLD_DAYS = {
    "للسلام": (9, 21), "لحقوق الإنسان": (12, 10), "للطفل": (11, 20), "للصحة": (4, 7),
    "للبيئة": (6, 5), "للمياه": (3, 22), "للغة العربية": (12, 18), "للمسرح": (3, 27),
    "للشعر": (3, 21), "للكتاب": (4, 23), "لحرية الصحافة": (5, 3), "للإيدز": (12, 1),
    "لمكافحة الإيدز": (12, 1), "للسرطان": (2, 4), "لمكافحة السرطان": (2, 4), "للقلب": (9, 29),
    "للسكري": (11, 14), "للتوحد": (4, 2), "للتوعية بالتوحد": (4, 2), "للمعلم": (10, 5),
    "للمعلمين": (10, 5), "للسياحة": (9, 27), "للاجئين": (6, 20), "للشباب": (8, 12),
    "للامتناع عن التدخين": (5, 31), "للإذاعة": (2, 13), "للمسنين": (10, 1),
    "لكبار السن": (10, 1), "للأسرة": (5, 15), "للتطوع": (12, 5), "لمكافحة الفساد": (12, 9),
    "للأشخاص ذوي الإعاقة": (12, 3), "لذوي الإعاقة": (12, 3), "للأرض": (4, 22),
    "للأغذية": (10, 16), "للغذاء": (10, 16), "للمتاحف": (5, 18), "للتراث": (4, 18),
    "للمرأة الريفية": (10, 15), "للقضاء على العنف ضد المرأة": (11, 25),
    "للتضامن مع الشعب الفلسطيني": (11, 29), "لمكافحة المخدرات": (6, 26),
    "للصحة النفسية": (10, 10), "للسل": (3, 24), "لمكافحة السل": (3, 24), "للملاريا": (4, 25),
    "للتبرع بالدم": (6, 14), "للمتبرعين بالدم": (6, 14), "للفتاة": (10, 11),
    "للعمل الإنساني": (8, 19), "للديمقراطية": (9, 15), "للاعنف": (10, 2), "للتسامح": (11, 16),
    "للسعادة": (3, 20), "للغة الأم": (2, 21), "للعمال": (5, 1), "للصحافة": (5, 3),
}
_WORLD_NOUNS = {  # «يوم الصحة العالمي»: the noun first
    "الصحة": (4, 7), "البيئة": (6, 5), "المياه": (3, 22), "الطفل": (11, 20), "الأرض": (4, 22),
    "المعلم": (10, 5), "السياحة": (9, 27), "الإيدز": (12, 1), "السرطان": (2, 4), "القلب": (9, 29),
    "السكري": (11, 14), "التوحد": (4, 2), "اللاجئين": (6, 20), "الشباب": (8, 12),
    "المسرح": (3, 27), "الشعر": (3, 21), "الكتاب": (4, 23), "التطوع": (12, 5),
}
for _what, _when in _WORLD_DAYS.items():
    GREGORIAN_HOLIDAYS[f"اليوم العالمي {_what}"] = _when
    GREGORIAN_HOLIDAYS[f"اليوم الدولي {_what}"] = _when
for _what, _when in _WORLD_NOUNS.items():
    GREGORIAN_HOLIDAYS[f"يوم {_what} العالمي"] = _when


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
