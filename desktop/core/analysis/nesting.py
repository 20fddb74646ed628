"""A state's name inside another actor's name is no mention of the state: «سورية» of
«قوات سورية الديمقراطية», «العراق» of «تنظيم الدولة الإسلامية في العراق والشام», «لبنان» of
«حزب الله لبنان» (GUIDELINES.md, ACTOR: no nested spans; the longest phrase that names the
actor). In the window the longer proposal hides the shorter one once both actors are
tagged; but a state's proposals are also made alone (after the state is tagged, before
the other actor's next mention is accepted), and there the state must not be proposed
inside the other actor's match.
"""

from __future__ import annotations

__all__ = ["MAX_REACH", "inside_other"]

MAX_REACH = 5  # how many words before the match another actor's name may begin


def inside_other(i: int, last: int, canonical_name: str,
                 others: dict[int, list[tuple[int, str]]]) -> bool:
    """Whether words ``i``..``last`` lie inside a longer match of another tagged actor's
    name (``others``: first word -> ``[(last word, canonical name)]``)."""
    for j in range(max(0, i - MAX_REACH), i + 1):
        for end, canon in others.get(j, ()):
            if canon != canonical_name and end >= last and (j < i or end > last):
                return True
    return False
