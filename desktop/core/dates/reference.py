"""Reference time: the date a relative or underspecified expression is read against.

HeidelTime's two strategies, as docs/dates.md sets them out:

* **news** (the document has a creation time, the dct): deictic expressions (أمس، العام
  الماضي، قبل ثلاثة أيام) are read against the dct. An expression without a year (a month,
  a day and month, a season) takes the year of a date written out earlier in the same
  sentence; without one, the tense of its clause decides: in a past clause the latest such
  month not after the dct, in a future clause the first one not before it, and with no
  cue the dct's year.
* **narrative** (no dct: an encyclopedia line, an archive entry): the last date mentioned
  before the expression is the reference, wherever it is in the text.

Anaphoric expressions (آنذاك، حينها، في العام التالي، في اليوم نفسه) take the last date
mentioned, in both kinds of document, and are not tagged when there is none.

`Reference` is filled by the scan (tagger.find) as it goes; handlers read it through the
functions below. Offsets are into the folded text.
"""

from __future__ import annotations

import datetime
import re

_EVENT_YEAR_BEFORE = re.compile(r"(?<!\w)[وف]?(?:في|خلال)\s*$")
_NOT_EVENT_YEAR_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|حتي|بين|الي|من)\s*$")
_YEAR_WORD_START = re.compile(r"(?:ال)?(?:عام|سنه)\s")
_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?:T.*)?")
_WRITTEN_YEAR = re.compile(r"\d{3,4}")
_LOOSE_DAY = re.compile(r"(?P<day>(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-[1-7]))(?:T.*)?")
# a full stop between digits («۳۲.۲۲», «3.5») ends no sentence, nor a «!» or «?» before or
# inside brackets («في حي القلعة !(15 أكتوبر)», «(!)»)
SENTENCE_END = re.compile(r"[\n؛]|[!?؟](?![^\S\n]*[()])|(?<!\d)\.|\.(?!\d)")
# a narrative's first date may come after a month named without its year, in the same sentence
_YEAR_LATER = re.compile(r"[^.!?؟\n؛]{0,200}?(?<!\w)(?:عام|سنه|العام)\s+(?P<y>\d{4})(?!\d)")


class Reference:
    """The last date mentioned (year, month, day, or fewer), where, and whether its year was
    written in the text (rather than worked out from the dct)."""

    __slots__ = ("bc", "bc_pos", "day", "day_date", "day_pos", "end", "hijri_year", "loose_day", "loose_day_pos",
                 "month", "pos", "today", "written", "written_pos", "written_year", "year")

    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.pos = -1
        self.end = -1
        self.written_year: int | None = None
        self.written_pos = -1
        self.written = False
        # the last full date, kept when a year or a month alone is mentioned after it: the
        # day a clock time later in the sentence falls on
        self.day_date: datetime.date | None = None
        self.day_pos = -1
        # the last Hijri year written (a database line's «العام الهجري : 666», «سنة 1310 هـ»)
        self.hijri_year: int | None = None
        # the last day named, with or without its year («يوم 9 مايو» → XXXX-05-09, «يوم الخميس»
        # with no dct → XXXX-WXX-4): the day a narrative's hours and «اليوم التالي» fall on;
        # a week named after it clears it («خلال بداية الأسبوع»)
        self.loose_day: str | None = None
        self.loose_day_pos = -1
        # the writer's today, named in the text («اليوم السبت»): what «غدا» moves from
        # when the document has no dct
        self.today: str | None = None
        # the last year before Christ («1250 ق.م»: BC1250), the referent of a «حينها» after it
        self.bc: str | None = None
        self.bc_pos = -1

    def note(self, value: str, start: int, text: str, before: str = "") -> None:
        """Remember a hit whose value is a calendar date (2018, 2018-09, 2018-09-10…):
        `text` is its folded text, `before` the few characters before it."""
        loose = _LOOSE_DAY.fullmatch(value)
        if loose is not None:
            self.loose_day, self.loose_day_pos = loose.group("day"), start
            if text.startswith("اليوم") and self.today is None:
                self.today = loose.group("day")
        elif "-W" in value:
            self.loose_day = None
        elif value.startswith("BC") and value[2:].isdigit():
            self.bc, self.bc_pos = value, start
        m = _VALUE.fullmatch(value)
        if m is None:
            return
        self.year = int(m.group("y"))
        self.month = int(m.group("m")) if m.group("m") else None
        self.day = int(m.group("d")) if m.group("d") else None
        self.pos = start
        self.end = start + len(text)
        if self.day is not None:
            self.day_date, self.day_pos = self.date(), start
        self.written = _WRITTEN_YEAR.search(text) is not None
        # a year the sentence goes on from: «في عام 2009 …, وفي ديسمبر»; not «منذ 2010», «لعام
        # 2017», a list of years in brackets
        if self.written and (_EVENT_YEAR_BEFORE.search(before) or (
                _YEAR_WORD_START.match(text) and not _NOT_EVENT_YEAR_BEFORE.search(before))):
            self.written_year, self.written_pos = self.year, start

    def date(self) -> datetime.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


def shift_day(day: str, k: int) -> str | None:
    """A day value moved by k days: «2024-05-11», «XXXX-05-09» (a day and a month, in no
    year: counted in a common year, 29 February in a leap one), «XXXX-WXX-4» (a weekday)."""
    if day.startswith("XXXX-WXX-"):
        return f"XXXX-WXX-{(int(day[-1]) - 1 + k) % 7 + 1}"
    year = day[:4]
    try:
        base = datetime.date(2000 if day[5:] == "02-29" else 2001, int(day[5:7]), int(day[8:10])) \
            if year == "XXXX" else datetime.date.fromisoformat(day)
    except ValueError:
        return None
    moved = base + datetime.timedelta(days=k)
    if year == "XXXX":
        return f"XXXX-{moved.month:02d}-{moved.day:02d}"
    return moved.isoformat()


def same_sentence(text: str, a: int, b: int) -> bool:
    return 0 <= a <= b and SENTENCE_END.search(text, a, b) is None


def sentence_year(ref: Reference, text: str, i: int) -> int | None:
    """The year of a date written out earlier in the same sentence («في عام 2014 … وفي
    نوفمبر»), or None."""
    if ref.written_year is not None and same_sentence(text, ref.written_pos, i):
        return ref.written_year
    return None


def anchor_year(ref: Reference, text: str, i: int, dct: datetime.date | None,
                tense: str | None = None) -> int | None:
    """The year an expression without one is read in, before any tense rule: the last year
    mentioned (narrative); in news, the year written earlier in the sentence for an event
    («في عام 2009 تولى المنصب، وفي ديسمبر قدم استقالته»), unless the clause is future."""
    if dct is None:
        if ref.year is None:  # «حرب أكتوبر … هي حرب شنتها مصر وسوريا عام 1973»
            later = _YEAR_LATER.match(text, i)
            return int(later.group("y")) if later else None
        return ref.year
    if tense == "future":
        return None
    return sentence_year(ref, text, i)


# --- the tense of a clause -------------------------------------------------------------

_CLAUSE_END = re.compile(r"[.!?؟\n؛،,]")
# future: سوف، من المقرر/المتوقع، يعتزم، سيتم، ستعقد، لن…; a relative word after a unit
_FUTURE = re.compile(
    r"(?<!\w)[وفل]?(?:سوف|لن|المقرر|مقرر|مقررا|مقرره|المتوقع|متوقع|المنتظر|المرتقب|يعتزم|تعتزم"
    r"|بحلول|تسليم|استحقاق|المقبل|المقبله|القادم|القادمه"
    r"|يعتزمون|ينوي|تنوي"
    # the imperfect of verbs that schedule: «يعقد منتصف يونيو», «تنطلق في نوفمبر»
    r"|(?:ي|ت)(?:عقد|بدا|نطلق|صل|زور|قام|نتهي|ستمر|حتفل|لتقي|ختتم|فتتح|نظم|ستضيف|جتمع)"
    # a forecast: «منخفض جوي يؤثر على المملكة الأحد»
    r"|(?:ي|ت)(?:ؤثر|تاثر|سود|هطل)"
    r"|ابتداء|اعتبارا|بدءا|ابتداءا|س(?:ي|ت|ن)(?:تم|كون|عقد|بدا|صل|شارك|قام|جري|نطلق|حضر|نظم"
    r"|زور|لتقي|عود|طلق|صدر|علن|فتتح|ستضيف|قدم|جتمع|تجه|دخل|تخذ|نفذ|ستمر|شهد|حتفل|غادر"
    r"|توجه|تسلم|ستانف|كمل|طرح|وقع|عرض|قوم|ؤثر|تاثر)\w*)(?!\w)"
)
# past: كان، قد + a word, and the perfect of verbs that news tells the past with
_PAST_VERBS = (
    "قال|اعلن|اكد|اوضح|اضاف|افاد|ذكر|كشف|نفي|اعتقل|القي|قتل|اصيب|جرح|وقع|شهد|بدا|بدات"
    "|انطلق|انتهي|انتهت|اختتم|اجتمع|التقي|زار|وصل|غادر|عاد|توجه|سافر|توفي|ولد|تزوج"
    "|فاز|خسر|حقق|سجل|بلغ|ارتفع|انخفض|تراجع|صعد|هبط|اغلق|افتتح|اطلق|نشر|اصدر|قرر|رفض"
    "|وافق|طالب|دعا|حذر|اتهم|ادان|افرج|اندلع|اندلعت|سيطر|انسحب|انهار|تسلم"
    "|تولي|استقال|انتخب|اختار|جرت|اجري|اجريت|تم|نفذ|استهدف|قصف|هاجم|دمر|احرق"
    "|اختطف|اعيد|اسس|انشئ|بني|شيد|صدرت|ظهرت|حصلت|فقد|نجح|فشل|شارك|استقبل"
    "|تلقي|ابلغ|اعتبر|تعرض|امضي|تخرج|انتقل|هاجر|مات|رحل|اغتيل|سقط|انفجر"
)
_PAST = re.compile(
    rf"(?<!\w)[وف]?(?:(?:كان|كانت|كانوا|كنا|كنت)|قد\s+\w+|منذ|(?:{_PAST_VERBS})(?:ت|وا|تا|ا|ن)?)(?!\w)"
)


_LAST_CLAUSE_END = re.compile(r"[.!?؟\n؛،,](?=[^.!?؟\n؛،,]*$)")
_SINCE = re.compile(r"(?<!\w)[وف]?منذ\s*$")


def clause_tense(text: str, i: int, end: int | None = None) -> str | None:
    """"past", "future" or None: «منذ» right before the expression, else the nearest tense
    cue before position i in its clause, else the first after the expression (ending at
    `end`) in the same clause."""
    if _SINCE.search(text, max(0, i - 8), i):
        return "past"
    lo = max(0, i - 90)
    cut = _LAST_CLAUSE_END.search(text, lo, i)
    before = text[cut.start() + 1 if cut else lo : i]
    best: tuple[int, str] | None = None
    for tense, pattern in (("future", _FUTURE), ("past", _PAST)):
        for m in pattern.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), tense)
    if best is not None:
        return best[1]
    j = i if end is None else end
    cut = _CLAUSE_END.search(text, j, j + 60)
    after = text[j : cut.start() if cut else j + 60]
    f, p = _FUTURE.search(after), _PAST.search(after)
    if f and (not p or f.start() < p.start()):
        return "future"
    if p:
        return "past"
    return None
