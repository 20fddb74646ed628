"""Millions of Qt calls must not wear out None and True: PySide6-Essentials 6.12.0 on
Python 3.11 returns them without a reference and Python aborts after a few thousand
calls ("none_dealloc"). pyproject.toml keeps PySide6 below 6.12; this test catches a
binding with that bug if the pin is ever lifted."""

import sys
import threading

from PySide6.QtCore import QObject, Signal


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
    assert sys.getrefcount(None) >= none_before - 100
    assert sys.getrefcount(True) >= true_before - 100
