"""The fields of a database or index line: «العام الهجري : 1399 الشهر القمري : ربيع الأول
العام الميلادي : 1979» (an encyclopedia of events, a catalogue's record).

A label, a colon, then a bare number or a Hijri month: the number is a year of the label's
calendar, the month takes the Hijri year written on its line. The value alone is the timex
(the label is no part of it). A Hijri year read here is also the one a Hijri day and month
written later without a year fall in («في السابع والعشرين من رمضان» under «العام الهجري :
666»), when the text has no dct.
"""

from __future__ import annotations

import re

from . import hijri, patterns, resolve
from .context import Ctx, Hit

_H = r"(?P<record_field_hlabel>العام[^\S\n]+الهجري|السنه[^\S\n]+الهجريه|التاريخ[^\S\n]+الهجري)"
_G = r"(?P<record_field_glabel>العام[^\S\n]+الميلادي|السنه[^\S\n]+الميلاديه|التاريخ[^\S\n]+الميلادي)"
_M = r"(?P<record_field_mlabel>الشهر[^\S\n]+(?:القمري|الهجري))"
PATTERN = (
    rf"(?:{_H}|{_G})[^\S\n]*:[^\S\n]*(?P<record_field_year>\d{{1,4}})(?![\d/.\-:])"
    rf"|{_M}[^\S\n]*:[^\S\n]*(?P<record_field_month>{patterns.HMONTH})"
)
FIRST_WORDS = {"العام", "السنه", "التاريخ", "الشهر"}
_LINE_HIJRI_YEAR = re.compile(
    r"(?:العام[^\S\n]+الهجري|السنه[^\S\n]+الهجريه|التاريخ[^\S\n]+الهجري)[^\S\n]*:[^\S\n]*(\d{1,4})(?!\d)")


def record_field(m: re.Match, ctx: Ctx) -> Hit | None:
    if m.group("record_field_year"):
        start, end = m.start("record_field_year"), m.end("record_field_year")
        y = int(m.group("record_field_year"))
        if m.group("record_field_glabel"):
            return Hit(start, end, "DATE", f"{y:04d}", None) if 1 <= y <= 2200 else None
        if not 1 <= y <= 1600:
            return None
        g, calendar = hijri.convert(y, 1, 1)
        if g is None:
            return None
        ctx.ref.hijri_year = y
        return Hit(start, end, "DATE", f"{g.year:04d}", None, calendar)
    start, end = m.start("record_field_month"), m.end("record_field_month")
    mo = patterns.HIJRI_MONTHS[patterns.norm_key(m.group("record_field_month"))]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    y = _LINE_HIJRI_YEAR.search(ctx.text, line_start, start)
    if y is None:
        return Hit(start, end, "DATE", "XXXX-XX", None, "hijri")
    g, calendar = hijri.convert(int(y.group(1)), mo, 1)
    value = "XXXX-XX" if g is None else resolve.ymd(g.year, g.month)
    return Hit(start, end, "DATE", value, None, calendar)
