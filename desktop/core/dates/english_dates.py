"""Dates written in English in an Arabic page's header: «تاريخ النشر: 17th, July 2024»,
«Published: July 17, 2024», «3 Sep 2023»; and an Arabic month in the English order
(«الخميس سبتمبر 18, 2014»).
"""

from __future__ import annotations

import re

from .context import Ctx, Hit
from .patterns import MONTHS, WD, trie

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# capitalised or in capitals only: «may» in a line of English is the verb
FIRST_WORDS = sorted({w.capitalize() for w in _MONTHS} | {w.upper() for w in _MONTHS},
                     key=lambda w: (-len(w), w))  # the same text in every process
_M = "(?:" + "|".join(FIRST_WORDS) + r")\.?(?![A-Za-z])"
_TH = r"(?:st|nd|rd|th)?"

# day month year («17th, July 2024», «3 Sep 2023») or month day, year («July 17, 2024»)
PATTERN = (
    rf"(?P<english_date_day>\d{{1,2}}){_TH},?[^\S\n]+(?:of[^\S\n]+)?(?P<english_date_month>{_M}),?[^\S\n]+"
    rf"(?P<english_date_year>\d{{4}})(?!\d)"
    rf"|(?P<english_date_month2>{_M})[^\S\n]+(?P<english_date_day2>\d{{1,2}}){_TH},[^\S\n]*"
    rf"(?P<english_date_year2>\d{{4}})(?!\d)"
    # «Sep-05-2006»: month, day and year with dashes
    rf"|(?P<english_date_month4>{_M})-(?P<english_date_day4>\d{{1,2}})-(?P<english_date_year4>\d{{4}})(?!\d)"
    # an Arabic month in the English order, a forum's header: «الخميس سبتمبر 18, 2014»,
    # «الإثنين, مايو 20, 2024»: (weekday,) month, day, comma, year
    rf"|(?:{WD}[^\S\n]*,?[^\S\n]*)?(?P<english_date_amonth>{trie(MONTHS)})[^\S\n]+(?P<english_date_aday>\d{{1,2}}),"
    rf"[^\S\n]*(?P<english_date_ayear>\d{{4}})(?!\d)"
    # a month and a year: «الانتساب: May 2008»
    rf"|(?P<english_date_month3>{_M})[^\S\n]+(?P<english_date_year3>\d{{4}})(?!\d)"
)


def english_date(m: re.Match, ctx: Ctx) -> Hit | None:
    if m.group("english_date_month3"):
        year = int(m.group("english_date_year3"))
        month = _MONTHS[m.group("english_date_month3").lower().rstrip(".")]
        if not 1000 <= year <= 2200:
            return None
        return Hit(m.start("english_date"), m.end("english_date"), "DATE", f"{year:04d}-{month:02d}", None)
    if m.group("english_date_amonth"):
        day, year = int(m.group("english_date_aday")), int(m.group("english_date_ayear"))
        month = MONTHS[m.group("english_date_amonth")]
        if not 1 <= day <= 31 or not 1000 <= year <= 2200:
            return None
        return Hit(m.start("english_date"), m.end("english_date"), "DATE",
                   f"{year:04d}-{month:02d}-{day:02d}", None)
    day = int(m.group("english_date_day") or m.group("english_date_day2") or m.group("english_date_day4"))
    month = _MONTHS[(m.group("english_date_month") or m.group("english_date_month2")
                     or m.group("english_date_month4")).lower().rstrip(".")]
    year = int(m.group("english_date_year") or m.group("english_date_year2") or m.group("english_date_year4"))
    if not 1 <= day <= 31 or not 1000 <= year <= 2200:
        return None
    return Hit(m.start("english_date"), m.end("english_date"), "DATE",
               f"{year:04d}-{month:02d}-{day:02d}", None)
