"""What surrounds a match: the rules of mention propagation that look at the words around
a found name (``propagation``): a title joins its name (rule 5), a state used as a place
is no actor (rule 6), nor a state inside a description of another actor («فصائل موالية
لإيران») or a person inside the name of his office («مكتب العبادي»), and a name's purpose phrase joins it («التحالف الدولي لمكافحة
الإرهاب»: the longest phrase that names the actor, GUIDELINES.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.analysis.forms import (
    ARTICLE,
    adjective_like,
    definite,
    gentilic,
    plain_adjective,
)
from desktop.core.analysis.names import PROCLITICS, DocumentIndex, Name
from desktop.core.analysis.roles import intransitive_verb, topic_word
from desktop.core.folding import fold_string

__all__ = ["ADJECTIVE_TYPES", "DATELINE_TYPES", "FORCE_TYPES", "HEADS", "LOYAL", "MOTION", "PLACE_BEFORE", "PLACE_NOUNS", "PLACE_TYPES", "POSSESSED",
           "PURPOSE", "REMOVAL", "TYPE_HEADS", "WITNESS",
           "adjectives_after", "extended", "head_before", "in_dateline", "in_title", "is_place", "is_possessed", "joined",
           "purpose_object"]

# GUIDELINES.md: "a title belongs with its name", "the longest phrase that still names the
# actor": a title or a descriptor noun right before a found name joins its span
HEADS = frozenset(fold_string(w) for w in (
    "تنظيم", "حركة", "جماعة", "حزب", "ميليشيا", "ميليشيات", "فصيل", "الرئيس", "الوزير",
    "الجنرال", "الشيخ", "الملك", "الأمير", "العقيد", "اللواء", "العميد", "النائب", "السيد",
    "السيدة", "الزعيم", "القائد", "المتحدث", "القيادي"))
# the nouns of a type before a name are part of the phrase that names the actor: an armed
# group's or an army's forces are the actor («قوات البيشمركة», «وقوات التحالف»), and a
# state's government is the state («حكومة العراق», «سلطات دمشق»), with its canonical name
_FORCES = frozenset({fold_string("قوات")})
_GOVERNMENT = frozenset(fold_string(w) for w in ("حكومة", "سلطات"))
TYPE_HEADS = {"military": _FORCES, "armed_group": _FORCES, "state": _GOVERNMENT,
              "government": _GOVERNMENT}
# a state or city right after «في» or with the proclitic ب («ببغداد»: in Baghdad) is a
# place, not an actor ("states or cities used for their governments" are actors); so it is
# after a spatial preposition or noun («داخل العراق», «حدود العراق», «غربي العراق»), and so
# are a government's names, which are its state's («العراق» of «الحكومة العراقية»). Not
# after «من» or «إلى», which also introduce actors («بدعم من واشنطن», «نسبت إلى إسرائيل»).
PLACE_TYPES = frozenset({"state", "government"})
PLACE_BEFORE = frozenset(fold_string(w) for w in (
    "في", "داخل", "خارج", "عبر", "نحو", "حدود", "أراضي", "شمال", "جنوب", "شرق", "غرب",
    "شمالي", "جنوبي", "شرقي", "غربي", "وسط"))
# an organisation's purpose phrase is part of its name when what it fights is no actor:
# «التحالف الدولي لمكافحة الإرهاب», «المركز الوطني لمحاربة التطرف»; not «تحالف دولي لمحاربة
# تنظيم داعش» (the group is an actor of its own, tagged apart)
PURPOSE = frozenset(fold_string(w) for w in (
    "لمكافحة", "لمحاربة", "لمواجهة", "لمناهضة", "لهزيمة", "لدحر", "ضد", "المناهض",
    "المناهضة", "المضاد", "المضادة"))
NO_PURPOSE_TYPES = frozenset({"person", "state"})
# a state after a word of going or leaving (with «إلى» or «من» between, or none) is the
# place gone to or left: «مغادرة العراق», «للعبور إلى سوريا», «انسحبت من العراق»
MOTION = frozenset(fold_string(w) for w in (  # the article and a proclitic aside
    "مغادرة", "غادر", "غادرت", "يغادر", "تغادر", "نغادر", "دخول", "دخل", "دخلت", "يدخل",
    "وصول", "وصل", "وصلت", "يصل", "عودة", "عاد", "عادت", "يعود", "تعود", "توجه", "توجهت",
    "يتوجه", "سفر", "سافر", "يسافر", "زيارة", "زار", "زارت", "يزور", "عبور", "يعبر",
    "انسحاب", "انسحب", "انسحبت", "ينسحب", "فرار", "فر", "فروا", "نزوح", "هروب", "رحيل",
    "ترحيل", "قدوم", "قادما", "قادمة"))
MOTION_PREPOSITIONS = frozenset(fold_string(w) for w in ("إلى", "من"))
# taking out or removing: the state after «من» is the place left, with up to three words
# (what is taken out) between: «بإخراج قواتهم الغازية من العراق», «انسحاب القوات
# الأميركية من العراق»
REMOVAL = frozenset(fold_string(w) for w in (
    "إخراج", "أخرج", "أخرجت", "يخرج", "خروج", "خرج", "خرجت", "سحب", "سحبت", "يسحب",
    "تسحب", "طرد", "طردت", "يطرد", "إخلاء", "جلاء"))
MOTION_REACH = 3
# nouns of a place or its parts, and of what lies around it: a state or city right after
# one is the place («محيط مطار بغداد», «قرب بغداد», «مناطق العراق», «أجواء سوريا»), and so
# after one and «من» («مناطق من العراق», «بالقرب من بغداد»); and the verb «شهد» (to see
# events happen) takes a place as its subject («التي شهدها العراق»)
PLACE_NOUNS = frozenset(fold_string(w) for w in (
    "محيط", "قرب", "أطراف", "ضواحي", "مطار", "أنحاء", "مناطق", "مدن", "أجواء", "سماء",
    "أرض", "عاصمة", "ربوع", "أجزاء", "مقربة", "جنوب", "شمال"))
WITNESS = frozenset(fold_string(w) for w in (
    "شهد", "شهدت", "يشهد", "تشهد", "شهدها", "شهده", "شهدتها", "تشهدها", "يشهدها",
    "يشهده", "تشهده"))
# a state after «موالية ل», «الموالين ل» is part of a description of another actor («فصائل
# موالية لإيران»: no nested spans)
LOYAL = frozenset(fold_string(w) for w in (
    "موال", "موالي", "موالية", "موالين", "موالون", "الموالي", "الموالية", "الموالين",
    "الموالون", "التابع", "التابعة", "التابعين", "تابع", "تابعة", "المقرب", "المقربة",
    "المقربين", "مقرب", "مقربة"))
# a person's name or title after one of these nouns names the noun's actor: «مكتب
# العبادي» is the office, «إدارة دونالد ترامب» the administration, «أنصار الصدر» his
# followers, «مساعد وزير الخارجية» someone else
POSSESSED = frozenset(fold_string(w) for w in (
    "مكتب", "ديوان", "إدارة", "حكومة", "نظام", "مستشار", "مستشارو", "مستشاري", "نجل",
    "ابن", "شقيق", "زوجة", "أنصار", "مؤيدو", "مؤيدي", "أتباع", "قوات", "ميليشيا", "مليشيا",
    "حزب", "تيار", "كتلة", "ائتلاف", "عهد", "ولاية", "حرس", "متحدث", "المتحدث", "باسم",
    "مساعد", "مساعدة", "نائب", "ممثل", "مبعوث", "وفد"))
# forces inside a person's title: «القائد العام للقوات المسلحة» (the commander-in-chief),
# «القائد الأعلى للقوات», «رئيس أركان الجيش» name the person, not the forces (no nested
# spans): a force right after «القائد العام»/«القائد الأعلى» or «أركان» is not proposed
FORCE_TYPES = frozenset({"military", "armed_group"})
COMMANDERS = frozenset(fold_string(w) for w in ("القائد", "قائد"))
COMMAND_RANKS = frozenset(fold_string(w) for w in ("العام", "الأعلى"))
_CLITIC_FREE = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_ARTICLE_AFTER_L = fold_string("لل")


def joined(doc: DocumentIndex, i: int) -> bool:
    """Words ``i`` and ``i + 1`` follow each other with white space only, on one line."""
    between = doc.folded.text[doc.words[i][1]:doc.words[i + 1][0]]
    return between.isspace() and "\n" not in between


def _head_forms(heads: frozenset[str]) -> dict[str, int]:
    """Each head with the proclitics it may carry -> the letters they are (read as
    ``DocumentIndex.readings`` reads a word: «للرئيس» is «الرئيس» one letter in)."""
    out: dict[str, int] = {}
    for h in heads:
        for p in ("", *PROCLITICS):
            out.setdefault(p + h, len(p))
            if p and p[-1] == "ل" and h.startswith(ARTICLE):
                out.setdefault(p + "ل" + h[2:], len(p))
    return out


_HEAD_FORMS = _head_forms(HEADS)
_TYPE_HEAD_FORMS = {t: _head_forms(h) for t, h in TYPE_HEADS.items()}


def head_before(doc: DocumentIndex, i: int, type_: str = "", titles: bool = True,
                ) -> int | None:
    """The folded start of a title or descriptor word right before word ``i`` (its
    proclitic left out; not with ``titles`` False), or of a noun of the actor's type
    (``TYPE_HEADS``), or None."""
    if i == 0:
        return None
    word = doc.words[i - 1][2]
    skip = _HEAD_FORMS.get(word) if titles else None
    if skip is None:
        skip = _TYPE_HEAD_FORMS.get(type_, {}).get(word)
    if skip is None or not joined(doc, i - 1):
        return None
    return doc.words[i - 1][0] + skip


def is_place(doc: DocumentIndex, i: int, skip: int, name: Name) -> bool:
    """Whether the match of ``name`` from word ``i`` (``skip`` letters in) is a state or
    a city used as a place (rule 6)."""
    if name.type not in PLACE_TYPES:
        return False
    if "ب" in doc.words[i][2][:skip]:
        return True
    if i == 0:
        return False
    before = doc.words[i - 1][2]
    if _place_word(before) or topic_word(before):
        return True
    if joined(doc, i - 1) and (before in _MOTION_FORMS and not intransitive_verb(before)
                               or before in _PLACE_NOUN_FORMS or before in _WITNESS_FORMS):
        return True
    if before in MOTION_PREPOSITIONS and joined(doc, i - 1) and _moved_from(doc, i - 1, before):
        return True
    if doc.words[i][2][:skip] == "ل" and joined(doc, i - 1) and before in LOYAL:
        return True
    # the second of two places: «في العراق وسورية»
    return i > 1 and doc.words[i][2][:skip] == "و" and _place_word(doc.words[i - 2][2])


# a dateline: a paragraph's first words, a city (or the outlet and its city, «ايلاف من
# لندن») before a colon («بغداد: تعهدت …»): where the report was filed, not who acts. A
# colon after a headline's first word may introduce what a government says («واشنطن: لن
# نسمح…»), so a colon makes a dateline only when a paragraph follows it
# (``DATELINE_MIN_WORDS``).
DATELINE_TYPES = PLACE_TYPES | {"media"}
DATELINE_MIN_WORDS = 12
_COLON = re.compile(r"[ \t\u00a0]*:")


def in_dateline(doc: DocumentIndex, i: int, last: int, skip: int, name: Name) -> bool:
    """Whether the match of ``name`` on words ``i``..``last`` is (part of) a dateline."""
    if name.type not in DATELINE_TYPES or skip:
        return False
    words, text = doc.words, doc.folded.text
    first = i
    if i >= 2 and words[i - 1][2] == _FROM and joined(doc, i - 2) and joined(doc, i - 1):
        first = i - 2  # «ايلاف من لندن»: the city after the outlet
    if text[text.rfind("\n", 0, words[first][0]) + 1:words[first][0]].strip():
        return False  # not a line's first word
    end = last
    if first == i and last + 2 < len(words) and words[last + 1][2] == _FROM \
            and joined(doc, last) and joined(doc, last + 1):
        end = last + 2  # «ايلاف» of «ايلاف من لندن:»
    m = _COLON.match(text, words[end][1])
    if m is None:
        return False
    line_end = text.find("\n", m.end())
    rest = text[m.end():line_end if line_end >= 0 else len(text)]
    return len(rest.split()) >= DATELINE_MIN_WORDS


def _moved_from(doc: DocumentIndex, prep: int, word: str) -> bool:
    """Whether the «إلى»/«من» at word ``prep`` follows a word of going or leaving right
    before it, a word of taking out with up to ``MOTION_REACH`` words between (one
    phrase: white space only), or, for «من», a place noun right before it."""
    if prep == 0 or not joined(doc, prep - 1):
        return False
    words = doc.words
    if words[prep - 1][2] in _MOTION_FORMS:
        return True
    if word == _FROM and words[prep - 1][2] in _PLACE_NOUN_FORMS:
        return True
    k = prep - 1
    for _ in range(MOTION_REACH):
        if k == 0 or not joined(doc, k - 1):
            return False
        k -= 1
        if words[k][2] in _REMOVAL_FORMS:
            return True
    return False


def _forms(words: frozenset[str]) -> frozenset[str]:
    """``words`` with the article and a proclitic or two before them («ومغادرة»,
    «للعبور»: ل + ال written لل), made once: a word is then read with one look-up."""
    out = set()
    for w in words:
        for p in _CLITIC_FREE:
            out.update((p + w, p + "ال" + w))
        out.update(p + w for p in ("لل", "ولل", "فلل"))
    return frozenset(out)


_MOTION_FORMS = _forms(MOTION | REMOVAL)
_REMOVAL_FORMS = _forms(REMOVAL | MOTION)
_PLACE_NOUN_FORMS = _forms(PLACE_NOUNS)
_WITNESS_FORMS = _forms(WITNESS)
_FROM = fold_string("من")
_POSSESSED_FORMS = _forms(POSSESSED)
_COMMANDER_FORMS = _forms(COMMANDERS)
_STAFF_FORMS = _forms(frozenset(fold_string("أركان").split()))


def is_possessed(doc: DocumentIndex, i: int, skip: int, name: Name) -> bool:
    """Whether a person's name or title from word ``i`` follows a noun whose actor it
    names («مكتب العبادي», «إدارة دونالد ترامب», «مساعد وزير الخارجية»): the phrase is
    that actor, not the person."""
    if name.type != "person" or skip or i == 0:
        return False
    return doc.words[i - 1][2] in _POSSESSED_FORMS and joined(doc, i - 1)


def in_title(doc: DocumentIndex, i: int, name: Name) -> bool:
    """Whether a force's match from word ``i`` is inside a person's title («القائد العام
    للقوات المسلحة», «رئيس أركان الجيش»)."""
    if name.type not in FORCE_TYPES or i == 0:
        return False
    words = doc.words
    before = words[i - 1][2]
    if before in _STAFF_FORMS:
        return joined(doc, i - 1)
    return before in COMMAND_RANKS and i > 1 and words[i - 2][2] in _COMMANDER_FORMS \
        and joined(doc, i - 1) and joined(doc, i - 2)


def _place_word(word: str) -> bool:
    """«في», a spatial word, or one of them after «و»/«ف» («وفي», «فغربي»)."""
    return word in PLACE_BEFORE or (word[0] in "وف" and word[1:] in PLACE_BEFORE)


def extended(doc: DocumentIndex, last: int, name: Name) -> int | None:
    """The last word of a match ending at word ``last`` with its purpose phrase — a
    purpose word and one definite noun that is no adjective, «لمكافحة الإرهاب», «المناهض
    للإرهاب»; after a definite name, a group too («التحالف الدولي المناهض لتنظيم الدولة
    الإسلامية», «لمناهضة داعش»: ``_group_after``) — or None."""
    words = doc.words
    if name.type in NO_PURPOSE_TYPES or last + 2 >= len(words):
        return None
    if words[last + 1][2] not in PURPOSE or not joined(doc, last) or not joined(doc, last + 1):
        return None
    obj = words[last + 2][2]
    if obj.startswith(_ARTICLE_AFTER_L):
        obj = "ا" + obj[1:]  # «للإرهاب»: ل + ال
    if not definite(obj):
        return _group_after(doc, last + 2) if definite(name.tokens[0]) else None
    if adjective_like(obj):
        return None
    if last + 3 < len(words) and joined(doc, last + 2) and definite(words[last + 3][2]):
        return None  # more than one word follows: «لمكافحة الإرهاب الدولي» is not known
    return last + 2


# the purpose of a definite organisation's name may be a group: the whole is the
# organisation's name («التحالف الدولي المناهض لتنظيم الدولة الإسلامية», «قوات التحالف
# الدولي لمناهضة داعش»), while an indefinite one describes it and the group is an actor
# of its own («تحالف دولي لمحاربة تنظيم داعش»: the example's convention)
GROUP_HEADS = frozenset(fold_string(w) for w in (
    "تنظيم", "حركة", "جماعة", "حزب", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "فصائل"))
MIN_GROUP_NAME = 4


def _group_after(doc: DocumentIndex, k: int) -> int | None:
    """The last word of a group's name from word ``k`` (a purpose's object): a group
    noun and the word after it, with a definite one's adjectives, three words at most
    («تنظيم الدولة الإسلامية», «تنظيم داعش»), or one word without the article, of four
    letters or more, that no definite word follows («داعش»)."""
    words = doc.words
    word = words[k][2]
    if word[0] == "ل" and word[1:] in GROUP_HEADS:
        word = word[1:]  # «لتنظيم» after «المناهض»
    more = k + 1 < len(words) and joined(doc, k)
    if word in GROUP_HEADS:
        if not more:
            return None
        end = k + 1
        while definite(words[end][2]) and end + 1 < len(words) and end - k < 2 \
                and joined(doc, end) and adjective_like(words[end + 1][2]):
            end += 1  # «الدولة» + «الإسلامية»; after «داعش» the phrase ends
        return end
    if len(word) < MIN_GROUP_NAME or (more and definite(words[k + 1][2])):
        return None
    return k


def purpose_object(doc: DocumentIndex, i: int, skip: int, before: frozenset[tuple[str, ...]],
                   ) -> bool:
    """Whether the match from word ``i`` is the group in a definite organisation's
    purpose phrase, the organisation being a tagged mention whose folded words are in
    ``before`` («تنظيم الدولة الإسلامية» of «التحالف الدولي المناهض لتنظيم …»): part of
    the organisation's name, not proposed for the group."""
    if i < 2 or not before or not joined(doc, i - 1):
        return False
    words = doc.words
    head = words[i - 1][2]
    if not skip and (head in GROUP_HEADS or head[0] == "ل" and head[1:] in GROUP_HEADS):
        i, skip = i - 1, int(head not in GROUP_HEADS)  # «داعش» of «لتنظيم داعش»
        if i < 2 or not joined(doc, i - 1):
            return False
    purpose = words[i - 1][2]
    if purpose not in PURPOSE or (skip and words[i][2][:skip] != "ل"):
        return False
    for tokens in before:
        n = len(tokens)
        if i - 1 - n >= 0 and tuple(w[2] for w in words[i - 1 - n:i - 1]) == tokens \
                and all(joined(doc, j) for j in range(i - 1 - n, i - 1)):
            return True
    return False


# a found name takes the adjectives that follow it (the longest phrase that names the
# actor: «قوات البيشمركة الكردية», «القوات الامنية الاتحادية», «تنظيم داعش الإرهابي»), two
# at most, for the types whose names such adjectives extend (not a person's, «… السابق»,
# nor a state's); a nationality adjective of another state than the name's own makes it
# another actor («القوات الأمنية السورية» is not «القوات الأمنية العراقية»); after a
# name without the article that another word governs («عصابات داعش الإرهابية»), the
# adjective is that word's
ADJECTIVE_TYPES = frozenset({"military", "armed_group", "organization", "government"})
MAX_ADJECTIVES = 2


def adjectives_after(doc: DocumentIndex, i: int, last: int, skip: int, name: Name,
                     ) -> int | None:
    """The last word of the match on words ``i``..``last`` with the adjectives after it
    (``last`` itself when none follows), or None when a nationality adjective not the
    actor's follows it. A name without the article right after another word
    («عصابات داعش الإرهابية») is that word's complement: the adjective is the word's."""
    if name.type not in ADJECTIVE_TYPES:
        return last
    words, end = doc.words, last
    if end + 1 >= len(words) or not plain_adjective(words[end + 1][2]):
        return last
    if not skip and i > 0 and joined(doc, i - 1) and not definite(words[i][2]):
        return last
    own = _own_gentilics(name)
    while end + 1 < len(words) and end - last < MAX_ADJECTIVES and joined(doc, end):
        word = words[end + 1][2]
        if not plain_adjective(word):
            break
        if gentilic(word) and own and _feminine_off(word[2:]) not in own:
            return None
        end += 1
    return end


def _feminine_off(word: str) -> str:
    return word[:-1] if word.endswith("ه") else word


@lru_cache(maxsize=4096)
def _own_gentilics(name: Name) -> frozenset[str]:
    """The nationality adjectives of a name's words and of its canonical name (their
    article and feminine ending off)."""
    return frozenset(_feminine_off(w[2:]) for w in (
        *name.tokens, *fold_string(name.canonical).split()) if gentilic(w))
