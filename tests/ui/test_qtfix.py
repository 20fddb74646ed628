"""Millions of Qt calls must not wear out None and True (PySide6 6.12 on Python 3.11
returns them without a reference); see desktop/ui/qtfix.py."""

import sys
import threading

from PySide6.QtCore import QObject, Signal

import desktop.ui  # noqa: F401  (installs the fix)


class _Emitter(QObject):
    ping = Signal(int, int)


def test_many_void_calls_and_emits_keep_the_singletons_alive(qapp):
    e = _Emitter()
    got = []
    e.ping.connect(lambda a, b: got.append(a))
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20000):
        e.ping.emit(i, 0)
        e.setObjectName("x")
    t = threading.Thread(target=lambda: [e.ping.emit(i, 0) for i in range(2000)])
    t.start()
    t.join()
    assert len(got) >= 20000
    # either nothing is lost, or the singletons were made immortal beforehand
    assert sys.getrefcount(None) > 1 << 20 or sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) > 1 << 20 or sys.getrefcount(True) >= true_before - 100
