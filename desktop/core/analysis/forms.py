"""The shorter forms a tagged mention is also looked for in, and the word classes the
rules about what surrounds a match use (``propagation``, ``anaphora``).

News names an actor once with its descriptors and then without them: «تنظيم داعش
الإرهابي» is «داعش» later, «حزب الله اللبناني» «حزب الله», «حركة حماس» «حماس». So a tagged
mention is also looked for

* without its trailing adjectives — a state's or a people's nisba («اللبناني»,
  «الفلسطينية», «السوري»: ``GENTILICS``) or a generic descriptor («الإرهابي», «المسلحة»);
  not any adjective, which may be part of the name («قوات سوريا الديمقراطية» is not «قوات
  سوريا», «الجيش السوري الحر» not «الجيش السوري») — as long as two words are left or one
  that is not definite («الحشد الشعبي» is not «الحشد», «الجيش العراقي» not «الجيش»: a bare definite
  noun is the nominal rule's, ``anaphora``);
* without a title or «تنظيم» before its name (``DROPPED_HEADS``), when what is left does
  not begin with the article («تنظيم الدولة» is not «الدولة», «حزب الله» not «الله»);
* without «حركة», «حزب» or «جماعة» when what is left is one word of four letters or more
  that is not definite («حركة حماس» -> «حماس»): of three letters, it is too often a common
  word («حركة فتح», «حركة أمل»).

A form so shortened is a ``Name`` of kind ``"short"``: not proposed when a definite
adjective not its own follows («وزارة الدفاع» of «وزارة الدفاع العراقية» is not found in
«وزارة الدفاع الأميركية»).
"""

from __future__ import annotations

from desktop.core.analysis.states import STATES
from desktop.core.folding import fold_string

__all__ = ["ARTICLE", "DESCRIPTORS", "DROPPED_HEADS", "GENTILICS", "adjective_like",
           "definite", "describes", "ends_open", "gentilic", "nisba", "plain_adjective",
           "shorter_forms", "titles"]

ARTICLE = fold_string("ال")
# Rule 5 the other way round (propagation): heads dropped before a name
DROPPED_HEADS = frozenset(fold_string(w) for w in (
    "تنظيم", "الرئيس", "الوزير", "الجنرال", "الشيخ", "الملك", "الأمير", "العقيد", "اللواء",
    "العميد", "النائب", "السيد", "السيدة", "الزعيم", "القائد", "القيادي"))
# heads that are part of names: dropped only before one long indefinite word
NAME_HEADS = frozenset(fold_string(w) for w in ("حركة", "حزب", "جماعة"))
MIN_NAME_AFTER_HEAD = 4
# generic descriptors of armed groups and forces, not part of what names them
DESCRIPTORS = frozenset(fold_string(w) for w in (
    "الإرهابي", "الإرهابية", "الإرهابيين", "المسلح", "المسلحة", "المتطرف", "المتطرفة"))
# adjectives that are not nisbas: participles (a participle's «الم» is also many a noun's,
# «المدينة», «المعركة», so they are listed) and others
OTHER_ADJECTIVES = frozenset(fold_string(w) for w in (
    "الموالي", "الموالية", "الموالين", "المسلحين", "المدعوم", "المدعومة", "المعارض",
    "المعارضة", "المتحالف", "المتحالفة", "المشترك", "المشتركة", "المساند", "المساندة",
    "المتحدة", "المتبقي", "المتبقية", "المنتشرة", "المرابطة", "المتمركزة", "المنشق",
    "المنشقة", "المقربة", "المقرب", "المنتهية", "المقبل", "المقبلة", "الماضي",
    "السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة", "الخاصة",
    "الخاص", "الأعلى", "العليا", "الكبرى", "الأكبر", "الحر", "الأول", "الثاني"))
RELATIVES = frozenset(fold_string(w) for w in (
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
    "اللائي"))
_NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "يتين", "يتان")


def nisba(name: str) -> str:
    """The key of a folded state name's nisba adjective: its article and last long vowel
    or ending off, ي on: «العراق» -> «عراقي», «سوريا»/«سوريه» -> «سوري», «ايران» -> «ايراني»,
    «السعوديه» -> «سعودي», «تركيا» -> «تركي», «فرنسا» -> «فرنسي»."""
    b = name[2:] if name.startswith(ARTICLE) and len(name) > 4 else name
    if b.endswith(("يه", "يا")):
        b = b[:-2]
    elif b.endswith(("ا", "ه", "ي")):
        b = b[:-1]
    return b + "ي"


# the nisbas of the states of ``states`` and of a few more peoples, without the article
GENTILICS = frozenset(
    {nisba(fold_string(n)) for names, _capitals in STATES for n in names if " " not in n}
    | {fold_string(w) for w in ("أميركي", "أمريكي", "كردي", "فلسطيني", "أردني", "ليبي",
                                "كويتي", "تونسي", "جزائري", "عربي", "أوروبي", "ألماني")})


def definite(word: str) -> bool:
    """A folded word with the article (a relative pronoun is not: it modifies nothing)."""
    return word.startswith(ARTICLE) and len(word) > 3 and word not in RELATIVES


def adjective_like(word: str) -> bool:
    """A folded definite word that reads as an adjective: a nisba («الأميركية»,
    «الدولي»), a descriptor («المسلحة»), a common participle («الموالية», «المدعومة») or
    another common adjective («السابق», «الخاصة»). A definite noun after a phrase («الدعم», «العراق»)
    begins another phrase instead."""
    if not definite(word):
        return False
    return word.endswith(_NISBA_ENDINGS) or word in DESCRIPTORS or word in OTHER_ADJECTIVES


def ends_open(word: str) -> bool:
    """Whether a short form (``Name.kind == "short"``) may be proposed before ``word``:
    not before a nationality adjective («وزارة الدفاع» before «الأميركية»: another
    state's; the form's own adjective is its longer form's, which wins)."""
    return not _gentilic(word)


def plain_adjective(word: str) -> bool:
    """A folded definite word that is a nisba adjective («الاتحادية», «الكردية») or a
    generic descriptor («الإرهابي»), not one of the other listed adjectives («الماضي»,
    «السابق», «الموالية»: a time, a former holder, a phrase that goes on)."""
    return definite(word) and word not in OTHER_ADJECTIVES \
        and (word.endswith(_NISBA_ENDINGS) or word in DESCRIPTORS)


def gentilic(word: str) -> bool:
    """A folded definite nationality adjective («العراقية», «الأميركي»)."""
    return _gentilic(word)


def _gentilic(word: str) -> bool:
    if not definite(word):
        return False
    bare = word[2:]
    return bare in GENTILICS or (bare.endswith("يه") and bare[:-1] in GENTILICS)


# prepositions: a canonical name with one is a description («مسؤول كبير في وزارة الدفاع
# الأميركية», «متحدث باسم الجيش العراقي»), not a person's name
PREPOSITIONS = frozenset(fold_string(w) for w in (
    "في", "من", "عن", "إلى", "لدى", "باسم", "مع", "بين"))  # not «على»: folded, it is «علي»


def describes(canonical_name: str) -> bool:
    """Whether a person's canonical name is a description rather than a name: it has a
    preposition, or it ends with a nationality adjective or a descriptor («مصدر أمني
    عراقي»); then its last word is no family name."""
    folded = [fold_string(w) for w in canonical_name.split()]
    if not folded:
        return False
    last = folded[-1]
    return any(w in PREPOSITIONS for w in folded) or _trailing_adjective(last) \
        or (not definite(last) and _trailing_adjective(ARTICLE + last))


def _trailing_adjective(word: str) -> bool:
    return word in DESCRIPTORS or _gentilic(word)


def _bare_enough(folded: list[str]) -> bool:
    """Two words or more, or one word that is not definite and not too short."""
    return len(folded) >= 2 or (len(folded) == 1 and not definite(folded[0])
                                and len(folded[0]) >= 3)


def shorter_forms(text: str) -> list[str]:
    """The forms of a tagged mention's text without its trailing adjectives, then
    without a head before its name (see the module's rules), shortest last."""
    words = text.split()
    folded = [fold_string(w) for w in words]
    out: list[str] = []
    forms = [(words, folded)]
    while len(folded) >= 2 and _trailing_adjective(folded[-1]) and _bare_enough(folded[:-1]):
        words, folded = words[:-1], folded[:-1]
        forms.append((words, folded))
        out.append(" ".join(words))
    for words, folded in forms:
        if len(folded) < 2:
            continue
        rest, rest_folded = words[1:], folded[1:]
        if folded[0] in DROPPED_HEADS:
            if rest_folded[0].startswith(ARTICLE) or sum(map(len, rest_folded)) < 3:
                continue
        elif folded[0] in NAME_HEADS:
            if len(rest) != 1 or definite(rest_folded[0]) \
                    or len(rest_folded[0]) < MIN_NAME_AFTER_HEAD:
                continue
        else:
            continue
        form = " ".join(rest)
        if form not in out:
            out.append(form)
    return out


# a title's last words that are ranks or honorifics before the name, not the office
RANKS = frozenset(fold_string(w) for w in (
    "الجنرال", "العميد", "اللواء", "العقيد", "الفريق", "المشير", "الشيخ", "السيد",
    "السيدة", "الدكتور", "الأستاذ", "القاضي", "الأمير", "الملك", "السفير", "الرئيس"))
MIN_TITLE_WORDS = 2


def titles(text: str, canonical_name: str) -> list[str]:
    """A person's titles in a tagged mention of him with its title: the words before
    his canonical name («رئيس الوزراء العراقي» of «رئيس الوزراء العراقي حيدر العبادي»),
    without the ranks that end it («العميد»), and without its trailing nationality
    adjectives («رئيس الوزراء»); of two words or more (one, «الرئيس», is too often
    someone else's)."""
    words, name = text.split(), canonical_name.split()
    folded, folded_name = [fold_string(w) for w in words], [fold_string(w) for w in name]
    n = len(folded_name)
    if not n or len(folded) <= n or folded[-n:] != folded_name:
        return []
    words, folded = words[:-n], folded[:-n]
    while folded and folded[-1] in RANKS:
        words, folded = words[:-1], folded[:-1]
    out = []
    while len(folded) >= MIN_TITLE_WORDS:
        out.append(" ".join(words))
        if not _gentilic(folded[-1]):
            break
        words, folded = words[:-1], folded[:-1]
    return out
