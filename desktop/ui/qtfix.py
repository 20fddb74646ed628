"""A work-around for a reference-counting bug of PySide6 6.12 (with CPython < 3.12):
``SignalInstance.emit()`` returns ``True`` without owning a reference to it, so every
emit from Python takes one reference off ``True``; after a few hundred emits Python
aborts ("bool_dealloc: deallocating True or False").

``install()`` probes for the bug once and, only if it is there, wraps ``emit`` to give
back the missing reference. With a fixed PySide6 it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_installed = False


def _leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 8


def install() -> bool:
    """Install the fix if this PySide6 needs it; True if it is (now) installed."""
    global _installed
    if _installed:
        return True
    if not _leaks():
        return False
    from PySide6.QtCore import SignalInstance

    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
