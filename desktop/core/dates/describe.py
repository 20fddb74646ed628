"""A TIMEX3 value in plain English words, for the annotation panel."""

from __future__ import annotations

import re

from .lexicon import ISO_WEEKDAY_NAMES

MONTH_NAMES = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_NAMES = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
    "DT": "daytime",
}
UNIT_NAMES = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second",
    "DE": "decade", "CE": "century", "TM": "minute", "Q": "quarter",
}
MOD_WORDS = {
    "START": "start of {}", "MID": "middle of {}", "END": "end of {}", "APPROX": "about {}",
    "MORE_THAN": "more than {}", "LESS_THAN": "less than {}", "EQUAL_OR_MORE": "at least {}",
    "EQUAL_OR_LESS": "at most {}", "BEFORE": "before {}", "AFTER": "after {}",
    "ON_OR_BEFORE": "on or before {}", "ON_OR_AFTER": "on or after {}",
}
REFS = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}
ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}

_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?(?:T(.+))?$")
_WEEK = re.compile(r"^(\d{4}|XXXX)-W(\d{2}|XX)(?:-(\d|WE))?(?:T(.+))?$")
_PART = re.compile(r"^(\d{4}|XXXX)-(SP|SU|FA|WI|Q[1-4]|H[12])$")
_DURATION = re.compile(r"^P(?:T)?([\dX.]+)([A-Z]{1,2})$")


def _year_txt(y: str) -> str | None:
    return None if y == "XXXX" else str(int(y))


def _unknown(s: str, year: str | None) -> str:
    return s if year else f"{s} (year unknown)"


def _time(t: str) -> str:
    if t in PART_NAMES:
        return PART_NAMES[t]
    return t


def _plural(n: str, unit: str) -> str:
    if n == "X":
        return "some " + ("centuries" if unit == "century" else unit + "s")
    if n == "1":
        return f"1 {unit}"
    return f"{n} " + ("centuries" if unit == "century" else unit + "s")


def _describe(value: str) -> str:
    if value in REFS:
        return REFS[value]
    m = _DURATION.match(value)
    if m:
        n, u = m.groups()
        unit = "minute" if value.startswith("PT") and u == "M" else UNIT_NAMES.get(u, u)
        return _plural(n, unit)
    m = _PART.match(value)
    if m:
        y = _year_txt(m.group(1))
        code = m.group(2)
        if code in SEASON_NAMES:
            s = SEASON_NAMES[code]
        elif code[0] == "Q":
            s = f"the {ORDINAL[int(code[1])]} quarter of"
        else:
            s = f"the {ORDINAL[int(code[1])]} half of"
        if y:
            return f"{s} {y}"
        return _unknown(s.replace(" of", ""), y)
    m = _WEEK.match(value)
    if m:
        y, w, d, t = m.groups()
        yt = _year_txt(y)
        if d and d != "WE":
            s = f"a {ISO_WEEKDAY_NAMES[int(d)]}"
            if t:
                s += f" {_time(t)}"
            return s if w != "XX" else _unknown(s, yt)
        s = "the weekend of " if d == "WE" else ""
        if w == "XX":
            return _unknown(s + "a week", yt)
        return f"{s}week {int(w)} of {yt}" if yt else _unknown(f"{s}week {int(w)}", yt)
    m = _DATE.match(value)
    if m:
        y, mo, d, t = m.groups()
        yt = _year_txt(y)
        if mo is None:
            return yt if yt else "a year (unknown)"
        if mo == "XX":
            s = "a day (date unknown)" if d else "a month (unknown)"
        elif d and d != "XX":
            s = f"{int(d)} {MONTH_NAMES[int(mo)]}"
            s = f"{s} {yt}" if yt else _unknown(s, yt)
        else:
            s = f"{MONTH_NAMES[int(mo)]} {yt}" if yt else _unknown(MONTH_NAMES[int(mo)], yt)
        if t:
            if t in PART_NAMES:
                return f"{PART_NAMES[t]} of {s}"
            return f"{t} on {s}"
        return s
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {value}00s"
    if value == "XXX":
        return "a decade (unknown)"
    if value == "XX":
        return "a century (unknown)"
    return value


def describe(value: str, mod: str | None = None) -> str:
    """The resolved value in words: "10 September 2018", "middle of June 2019", "6 months"."""
    if not value:
        return ""
    try:
        text = _describe(value)
    except (IndexError, KeyError, ValueError):  # not a value this module writes
        text = value
    if mod:
        return MOD_WORDS.get(mod, mod.lower() + " {}").format(text)
    return text
