"""PyInstaller runtime hook, in the Tawsim bundle and in the bare-window baseline alike
(bench/bench_frozen.py): with ``TAWSIM_EXIT_AFTER_SHOWN=1`` the program writes
``TAWSIM_SHOWN <time.monotonic()>`` to stderr right after its first top-level window has
been painted, and exits 0; then ``TAWSIM_PHASES hook=… qt=… exec=…``, the times at which
this hook started (the interpreter is up), PySide6 was imported and ``QApplication.exec``
was called (the program's own imports and window are built), so the bench can say where
a start-up's time goes. Without that variable this hook does nothing at all (it does
not even import Qt), so the program behaves exactly as it does from a checkout.

It wraps ``QApplication.exec`` (the one place both programs reach once their window is
shown), so the measurement needs no code in the application itself.
"""


def _install() -> None:
    import os

    if os.environ.get("TAWSIM_EXIT_AFTER_SHOWN") != "1":
        return
    import sys
    import time

    phases = {"hook": time.monotonic()}
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    phases["qt"] = time.monotonic()

    original = QApplication.exec

    class _FirstPaint(QObject):
        """Watches the shown top-level windows only. An application-wide filter written
        in Python would see every event of every widget, and wrapping each widget for
        Python builds its PySide6 type (enums and all) on the spot: the measurement
        would then cost more, the more kinds of widget a window has."""

        def __init__(self):
            super().__init__()
            self.done = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if not self.done and event.type() == QEvent.Type.Paint and obj.isVisible():
                self.done = True
                # after this paint has been delivered and flushed to the screen
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            sys.stderr.write(f"TAWSIM_SHOWN {time.monotonic():.6f}\n")
            sys.stderr.write("TAWSIM_PHASES " + " ".join(
                f"{name}={t:.6f}" for name, t in phases.items()) + "\n")
            sys.stderr.flush()
            os._exit(0)  # the start-up is measured, not the tear-down

    def exec_(*_args):  # QApplication.exec is static: app.exec() and QApplication.exec()
        phases["exec"] = time.monotonic()
        app = QApplication.instance()
        watcher = _FirstPaint()
        app._tawsim_first_paint = watcher  # keep it alive
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        for widget in shown:
            widget.installEventFilter(watcher)
            widget.update()  # painted already? then once more, in the loop
        if not shown:  # no window yet: watch them all (a window shown later)
            app.installEventFilter(_AnyWindow(watcher))
        return original()

    class _AnyWindow(QObject):
        def __init__(self, watcher):
            super().__init__()
            self.watcher = watcher

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if getattr(obj, "isWindow", lambda: False)():
                return self.watcher.eventFilter(obj, event)
            return False

    QApplication.exec = staticmethod(exec_)


_install()
