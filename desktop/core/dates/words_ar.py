"""A TIMEX3 value in Arabic words, for the annotation panel of an Arabic interface: the
same information as ``describe`` (``describe.py``), written as an analyst in Iraq or the
Levant reads it.

    >>> describe_ar("2018-09-20")
    '٢٠ أيلول ٢٠١٨'
    >>> describe_ar("2018-09-20", months="egypt", digits="western")
    '20 سبتمبر 2018'
    >>> describe_ar("2019-06", "MID", months="both")
    'منتصف حزيران/يونيو ٢٠١٩'

Choices (docs/translation.md, "Dates in words"):

* ``months``: ``"levant"`` (كانون الثاني … كانون الأول, the names of Iraq and the Levant),
  ``"egypt"`` (يناير … ديسمبر, Egypt, the Gulf and the Maghreb's press) or ``"both"``
  (أيلول/سبتمبر, as the region's press writes a date for every reader). The window
  uses ``"both"``: the corpus writes «تشرين الأول/أكتوبر» as often as a bare «يونيو», and
  the annotator compares the words with the article's.
* ``digits``: ``"indic"`` (٠١٢٣٤٥٦٧٨٩, the way ``QLocale(Arabic, Iraq)`` — the interface's
  locale, ``desktop.ui.shell.language.ARABIC_LOCALE`` — writes numbers) or ``"western"``.
* Counted nouns agree with their number as Modern Standard Arabic wants it: يوم واحد،
  يومان، ٣ أيام، ١١ يومًا، ١٠٠ يوم; a dual after a preposition or in a construct is
  genitive (أكثر من أسبوعين).
* A part of the day goes before its day in a construct (مساء ٢٣ أيلول، ليل يوم أحد):
  «ليلة الأحد» would be read as the night before Sunday, which is not the TIMEX value.
* ``kind`` (the span's TIMEX type) makes a SET read as a repetition: كل يوم أربعاء،
  كل أسبوعين. ``describe`` has no type and no Hijri output; neither does this (a Hijri
  date's value is its Gregorian day, and the calendar is its own attribute).

Pure Python: no Qt, like the rest of ``desktop.core``.
"""

from __future__ import annotations

import re

LEVANT_MONTHS = (
    "", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
    "تشرين الأول", "تشرين الثاني", "كانون الأول",
)
EGYPT_MONTHS = (
    "", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر",
)
MONTH_FAMILIES = ("levant", "egypt", "both")
DIGITS = ("indic", "western")

# ISO weekday -> its name without the article (يوم خميس: "a Thursday"), with it (الخميس)
WEEKDAYS = {1: "اثنين", 2: "ثلاثاء", 3: "أربعاء", 4: "خميس", 5: "جمعة", 6: "سبت", 7: "أحد"}
WEEKDAYS_DEFINITE = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة",
                     6: "السبت", 7: "الأحد"}
# season: (alone, before a year in a construct)
SEASONS = {"SP": ("الربيع", "ربيع"), "SU": ("الصيف", "صيف"), "FA": ("الخريف", "خريف"),
           "WI": ("الشتاء", "شتاء")}
# part of the day: before a day in a construct (مساء ...), after a weekday alone
PARTS = {"MO": "صباح", "MI": "ظهر", "AF": "بعد ظهر", "EV": "مساء", "NI": "ليل", "DT": "نهار"}
REFS = {"PAST_REF": "الماضي", "PRESENT_REF": "الحاضر", "FUTURE_REF": "المستقبل"}
ORDINALS = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
DECADES = {2: "العشرينيات", 3: "الثلاثينيات", 4: "الأربعينيات", 5: "الخمسينيات",
           6: "الستينيات", 7: "السبعينيات", 8: "الثمانينيات", 9: "التسعينيات"}
_ONES = ("", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
         "التاسع")
_ORDINAL_1_10 = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                 "الثامن", "التاسع", "العاشر")

# unit -> (one, (dual nominative, dual genitive), plural for 3-10, singular accusative
# for 11-99, singular genitive for 100, 1000…, the plural after عدة, the singular after كل)
UNITS = {
    "Y": ("سنة واحدة", ("سنتان", "سنتين"), "سنوات", "سنةً", "سنة", "سنوات", "سنة"),
    "M": ("شهر واحد", ("شهران", "شهرين"), "أشهر", "شهرًا", "شهر", "أشهر", "شهر"),
    "W": ("أسبوع واحد", ("أسبوعان", "أسبوعين"), "أسابيع", "أسبوعًا", "أسبوع", "أسابيع",
          "أسبوع"),
    "D": ("يوم واحد", ("يومان", "يومين"), "أيام", "يومًا", "يوم", "أيام", "يوم"),
    "H": ("ساعة واحدة", ("ساعتان", "ساعتين"), "ساعات", "ساعةً", "ساعة", "ساعات", "ساعة"),
    "MIN": ("دقيقة واحدة", ("دقيقتان", "دقيقتين"), "دقائق", "دقيقةً", "دقيقة", "دقائق",
            "دقيقة"),
    "S": ("ثانية واحدة", ("ثانيتان", "ثانيتين"), "ثوانٍ", "ثانيةً", "ثانية", "ثوانٍ", "ثانية"),
    "DE": ("عقد واحد", ("عقدان", "عقدين"), "عقود", "عقدًا", "عقد", "عقود", "عقد"),
    "CE": ("قرن واحد", ("قرنان", "قرنين"), "قرون", "قرنًا", "قرن", "قرون", "قرن"),
    "Q": ("ربع سنة", ("ربعا سنة", "ربعي سنة"), "أرباع سنة", "ربعًا", "ربع", "أرباع سنة",
          "ربع سنة"),
}
UNITS["TM"] = UNITS["MIN"]  # describe.py's code for a minute

# mod -> (template, case of what it governs): a construct or a preposition governs the
# genitive (أكثر من أسبوعين), a word after it leaves the nominative (أسبوعان على الأقل)
MODS = {
    "START": ("بداية {}", "gen"), "MID": ("منتصف {}", "gen"), "END": ("نهاية {}", "gen"),
    "APPROX": ("حوالي {}", "gen"), "MORE_THAN": ("أكثر من {}", "gen"),
    "LESS_THAN": ("أقل من {}", "gen"), "EQUAL_OR_MORE": ("{} على الأقل", "nom"),
    "EQUAL_OR_LESS": ("{} على الأكثر", "nom"), "BEFORE": ("قبل {}", "gen"),
    "AFTER": ("بعد {}", "gen"), "ON_OR_BEFORE": ("في {} أو قبله", "gen"),
    "ON_OR_AFTER": ("في {} أو بعده", "gen"),
}

YEAR_UNKNOWN = "(السنة غير معروفة)"

_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T(.+))?$")
_WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d|WE))?(?:T(.+))?$")
_PART = re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_DURATION = re.compile(r"^P(T)?([\dX.]+)([A-Z]{1,2})$")
_TIME = re.compile(r"^\d{1,2}(?::\d{2}){0,2}$")
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class _Words:
    """One description's choices: the month names and the digits."""

    def __init__(self, months: str, digits: str):
        if months not in MONTH_FAMILIES:
            raise ValueError(f"months must be one of {', '.join(MONTH_FAMILIES)}, not {months!r}")
        if digits not in DIGITS:
            raise ValueError(f"digits must be one of {', '.join(DIGITS)}, not {digits!r}")
        self.months = months
        self.digits = digits

    # ------------------------------------------------------------------ pieces
    def num(self, text: str | int) -> str:
        """A number in the chosen digits (a decimal point is ٫ in Arabic-Indic)."""
        text = str(text)
        if self.digits == "western":
            return text
        return re.sub(r"(?<=\d)\.(?=\d)", "٫", text).translate(_INDIC)

    def month(self, m: int) -> str:
        if self.months == "levant":
            return LEVANT_MONTHS[m]
        if self.months == "egypt":
            return EGYPT_MONTHS[m]
        return f"{LEVANT_MONTHS[m]}/{EGYPT_MONTHS[m]}"

    def year(self, y: str) -> str | None:
        return None if y == "XXXX" else self.num(int(y))

    def clock(self, t: str) -> str:
        return f"الساعة {self.num(t)}" if _TIME.match(t) else t

    def count(self, n: str, unit: str, case: str) -> str:
        """``n`` units, the noun agreeing with the number (يوم واحد، يومان، ٣ أيام…)."""
        one, dual, plural, accusative, genitive, some, _each = UNITS[unit]
        if n == "X":
            return f"عدة {some}"
        if not n.isdigit():  # a fraction: ١٫٥ سنة
            return f"{self.num(n)} {genitive}"
        value = int(n)
        if value == 1:
            return one
        if value == 2:
            return dual[0 if case == "nom" else 1]
        rest = value % 100
        if 3 <= rest <= 10:
            noun = plural
        elif 11 <= rest <= 99:
            noun = accusative
        else:  # 0, 100, 101, 102, 1000…
            noun = genitive
        return f"{self.num(value)} {noun}"

    def century(self, n: int, case: str) -> str:
        """The ordinal of a century: العاشر، الحادي عشر، العشرون (العشرين after a mod)."""
        if 1 <= n <= 10:
            return _ORDINAL_1_10[n]
        if 11 <= n <= 19:
            return f"{_ONES[n - 10]} عشر"
        if n == 20:
            return "العشرون" if case == "nom" else "العشرين"
        if n == 21:
            return "الحادي والعشرون" if case == "nom" else "الحادي والعشرين"
        return self.num(n)

    # ------------------------------------------------------------------ values
    def duration(self, value: str, case: str, kind: str | None) -> str | None:
        m = _DURATION.match(value)
        if not m:
            return None
        time, n, u = m.groups()
        unit = "MIN" if time and u == "M" else u
        if unit not in UNITS:
            return f"{self.num(n)} {u}"
        if kind == "SET":  # every 2 weeks: كل أسبوعين; every week: كل أسبوع
            if n == "1":
                return f"كل {UNITS[unit][6]}"
            return f"كل {self.count(n, unit, 'gen')}"
        return self.count(n, unit, case)

    def part_of_year(self, value: str) -> str | None:
        m = _PART.match(value)
        if not m:
            return None
        y, code = self.year(m.group(1)), m.group(2)
        if code in SEASONS:
            alone, construct = SEASONS[code]
            return f"{construct} {y}" if y else f"{alone} {YEAR_UNKNOWN}"
        which = "الربع" if code[0] == "Q" else "النصف"
        s = f"{which} {ORDINALS[int(code[1])]}"
        return f"{s} من عام {y}" if y else f"{s} {YEAR_UNKNOWN}"

    def week(self, value: str, kind: str | None) -> str | None:
        m = _WEEK.match(value)
        if not m:
            return None
        y, w, d, t = m.groups()
        yt = self.year(y)
        of_year = f" من عام {yt}" if yt else ""
        unknown = "" if yt else f" {YEAR_UNKNOWN}"
        if d and d != "WE":
            day = int(d)
            if w == "XX":
                s = f"يوم {WEEKDAYS[day]}"
                if kind == "SET":
                    s = f"كل {s}"
                    unknown = of_year = ""
            else:
                s = f"يوم {WEEKDAYS_DEFINITE[day]} من الأسبوع {self.num(int(w))}"
            if t:
                s = f"{PARTS[t]} {s}" if t in PARTS else f"{s} {self.clock(t)}"
            return s + of_year + unknown
        weekend = "عطلة نهاية " if d == "WE" else ""
        if w == "XX":
            s = f"{weekend}أسبوع" if weekend else "أسبوع"
            if kind == "SET":
                return f"كل {s}"
            return s + of_year + unknown
        return f"{weekend}الأسبوع {self.num(int(w))}" + of_year + unknown

    def date(self, value: str, kind: str | None) -> str | None:
        m = _DATE.match(value)
        if not m:
            return None
        y, mo, d, t = m.groups()
        yt = self.year(y)
        if mo is None:
            return f"عام {yt}" if yt else "سنة (غير معروفة)"
        if kind == "SET" and y == "XXXX":
            if mo == "XX" and d and d != "XX":  # الخامس من كل شهر
                return f"اليوم {self.num(int(d))} من كل شهر"
            if mo != "XX" and d and d != "XX":
                return f"{self.num(int(d))} {self.month(int(mo))} من كل عام"
        if mo == "XX":
            if d and d != "XX":  # a day of a month not known: more than describe says
                s = f"اليوم {self.num(int(d))} من شهر غير معروف"
                s = f"{s} من عام {yt}" if yt else f"{s} {YEAR_UNKNOWN}"
            elif d:
                s = f"يوم غير معروف من عام {yt}" if yt else "يوم (التاريخ غير معروف)"
            else:
                s = f"شهر غير معروف من عام {yt}" if yt else "شهر (غير معروف)"
        elif d and d != "XX":
            s = f"{self.num(int(d))} {self.month(int(mo))}"
            s = f"{s} {yt}" if yt else f"{s} {YEAR_UNKNOWN}"
        else:
            s = self.month(int(mo))
            s = f"{s} {yt}" if yt else f"{s} {YEAR_UNKNOWN}"
        if t:
            if t in PARTS:
                return f"{PARTS[t]} {s}"
            if _TIME.match(t):
                return f"{self.clock(t)} يوم {s}" if d and d != "XX" else f"{self.clock(t)} في {s}"
            return f"{t} {s}"
        return s

    def decade_or_century(self, value: str, case: str) -> str | None:
        if re.fullmatch(r"\d{3}", value):
            start = int(value) * 10
            tens = start // 10 % 10
            span = f"({self.num(start)}–{self.num(start + 9)})"
            if tens in DECADES:
                return f"{DECADES[tens]} {span}"
            century = start // 100 + 1
            which = "الأول" if tens == 0 else "الثاني"
            return f"العقد {which} من القرن {self.century(century, 'gen')} {span}"
        if re.fullmatch(r"\d{2}", value):
            start = int(value) * 100
            return (f"القرن {self.century(int(value) + 1, case)} "
                    f"({self.num(start)}–{self.num(start + 99)})")
        if value == "XXX":
            return "عقد (غير معروف)"
        if value == "XX":
            return "قرن (غير معروف)"
        return None

    def describe(self, value: str, case: str, kind: str | None) -> str:
        if value in REFS:
            return REFS[value]
        for words in (self.duration(value, case, kind), self.part_of_year(value),
                      self.week(value, kind), self.date(value, kind),
                      self.decade_or_century(value, case)):
            if words is not None:
                return words
        return value


def describe_ar(value: str, mod: str | None = None, months: str = "levant", *,
                digits: str = "indic", kind: str | None = None) -> str:
    """The resolved value in Arabic words: «٢٠ أيلول ٢٠١٨», «منتصف حزيران ٢٠١٩»,
    «٦ أشهر», «أكثر من أسبوعين». ``months`` is ``"levant"``, ``"egypt"`` or ``"both"``,
    ``digits`` ``"indic"`` or ``"western"``; ``kind`` the TIMEX type (``"SET"`` reads as
    a repetition). A value this module cannot read is returned as it is."""
    words = _Words(months, digits)
    if not value:
        return ""
    template, case = MODS.get(mod or "", ("{}", "nom"))
    try:
        text = words.describe(value, case, kind)
    except (IndexError, KeyError, ValueError):  # not a value the tagger writes
        text = value
    if mod and mod not in MODS:
        return f"{text} ({mod})"
    return template.format(text)


__all__ = ["DIGITS", "EGYPT_MONTHS", "LEVANT_MONTHS", "MONTH_FAMILIES", "describe_ar"]
