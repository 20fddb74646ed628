"""A state's other names: its capital, its name's other spellings and forms.

GUIDELINES.md (ACTOR) tags "states or cities used for their governments" («واشنطن»): news
names a government by its capital as often as by its state («تعقد واشنطن وبغداد حوارا»).
So a tagged state (or government) is also looked for by its capital and the other way
round, with the tagged mention's canonical name and type; a capital after «في» or with
«ب» is a place, as a state is (``propagation``, rule 6).

The usual other names of a state or of its government are here too: the long forms
(«الولايات المتحدة الأميركية», «أميركا»), the epithets news uses for it («الدولة العبرية»)
and the seats its government is named by («البيت الأبيض», «الكرملين», «الإليزيه»).

Capitals that are also another name are left out: «عمان» (Amman, and Oman), «طرابلس»
(Libya's, and Lebanon's city), «الكويت», «تونس», «الجزائر» (the state's own name).
"""

from __future__ import annotations

from desktop.core.folding import fold_string

__all__ = ["STATES", "other_names"]

# the state's names (the first is the usual one), then its capital's and its seat's
STATES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("العراق",), ("بغداد",)),
    (("سوريا", "سورية"), ("دمشق",)),
    (("لبنان",), ("بيروت",)),
    (("مصر",), ("القاهرة",)),
    (("السعودية", "المملكة العربية السعودية"), ("الرياض",)),
    (("إيران",), ("طهران",)),
    (("تركيا",), ("أنقرة",)),
    (("إسرائيل", "الدولة العبرية"), ("تل أبيب",)),
    (("قطر",), ("الدوحة",)),
    (("الإمارات", "الإمارات العربية المتحدة"), ("أبوظبي", "أبو ظبي")),
    (("البحرين",), ("المنامة",)),
    (("سلطنة عمان",), ("مسقط",)),
    (("اليمن",), ("صنعاء",)),
    (("المغرب",), ("الرباط",)),
    (("السودان",), ("الخرطوم",)),
    (("الولايات المتحدة", "الولايات المتحدة الأميركية", "الولايات المتحدة الأمريكية",
      "أميركا", "أمريكا"), ("واشنطن", "البيت الأبيض")),
    (("روسيا", "روسيا الاتحادية"), ("موسكو", "الكرملين")),
    (("الصين",), ("بكين",)),
    (("فرنسا",), ("باريس", "الإليزيه")),
    (("بريطانيا", "المملكة المتحدة"), ("لندن", "داونينغ ستريت")),
    (("ألمانيا",), ("برلين",)),
    (("اليابان",), ("طوكيو",)),
    (("الهند",), ("نيودلهي",)),
    (("باكستان",), ("إسلام آباد",)),
    (("أفغانستان",), ("كابل",)),
    (("أوكرانيا",), ("كييف",)),
)

_GROUPS: dict[str, tuple[str, ...]] = {}
for _names, _capitals in STATES:
    for _n in (*_names, *_capitals):
        _GROUPS[fold_string(_n)] = (*_names, *_capitals)


def other_names(name: str) -> list[str]:
    """The state's or capital's other names (``[]`` for any other name)."""
    group = _GROUPS.get(fold_string(name.strip()), ())
    folded = fold_string(name.strip())
    return [n for n in group if fold_string(n) != folded]
