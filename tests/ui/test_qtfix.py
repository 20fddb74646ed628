"""Many signals must not wear out Python's True (PySide6 6.12 emit refcount bug)."""

import sys
import threading

from PySide6.QtCore import QObject, Signal

import desktop.ui  # noqa: F401  (installs the fix)


class _Emitter(QObject):
    ping = Signal(int, int)


def test_thousands_of_emits_keep_true_alive(qapp):
    e = _Emitter()
    got = []
    e.ping.connect(lambda a, b: got.append(a))
    before = sys.getrefcount(True)
    for i in range(5000):
        e.ping.emit(i, 0)
    t = threading.Thread(target=lambda: [e.ping.emit(i, 0) for i in range(2000)])
    t.start()
    t.join()
    assert len(got) >= 5000
    assert sys.getrefcount(True) >= before - 50
