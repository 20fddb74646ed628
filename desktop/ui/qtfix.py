"""A work-around for a reference-counting bug of PySide6 6.12 on CPython 3.11.

That PySide6 is built as if ``None``, ``True`` and ``False`` were immortal (as they are
from Python 3.12, PEP 683): every call of a void Qt method returns ``None`` without a
reference, and every ``Signal.emit()`` returns ``True`` without one. On Python 3.11
each call takes a reference off these singletons, and after a few thousand calls Python
aborts ("none_dealloc: deallocating None"). An annotation session makes millions.

``install()`` probes for the bug and, only if it is there, does what Python 3.12 does:
it makes the three singletons immortal by giving them 2**40 extra references (they are
never freed anyway; the count merely can no longer reach zero). With Python >= 3.12 or a
fixed PySide6 it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_installed = False
_SINGLETONS = (None, True, False)


def _void_call_loses_a_reference() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 16


def _refcount_field(obj) -> ctypes.c_ssize_t | None:
    """ob_refcnt of ``obj``, checked to be where CPython keeps it."""
    field = ctypes.c_ssize_t.from_address(id(obj))
    if field.value != sys.getrefcount(obj) - 1:  # -1: getrefcount's own argument
        return None
    return field


def install() -> bool:
    """Install the fix if this Python and PySide6 need it; True if it is in place."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # immortal singletons already, or a build with another layout
    if not _void_call_loses_a_reference():
        return False
    for obj in _SINGLETONS:
        field = _refcount_field(obj)
        if field is None:
            return False
        field.value += 1 << 40
    _installed = True
    return True
