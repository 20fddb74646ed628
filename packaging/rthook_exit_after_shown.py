"""PyInstaller runtime hook, in the Tawsim bundle and in the bare-window baseline alike
(bench/bench_frozen.py): with ``TAWSIM_EXIT_AFTER_SHOWN=1`` the program writes
``TAWSIM_SHOWN <time.monotonic()>`` to stderr right after its first top-level window has
been painted, and exits 0. Without that variable this hook does nothing at all (it does
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

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    class _FirstPaint(QObject):
        def __init__(self, app):
            super().__init__()
            self.app = app
            self.done = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (not self.done and event.type() == QEvent.Type.Paint
                    and getattr(obj, "isWindow", lambda: False)() and obj.isVisible()):
                self.done = True
                # after this paint has been delivered and flushed to the screen
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            sys.stderr.write(f"TAWSIM_SHOWN {time.monotonic():.6f}\n")
            sys.stderr.flush()
            os._exit(0)  # the start-up is measured, not the tear-down

    def exec_(*_args):  # QApplication.exec is static: app.exec() and QApplication.exec()
        app = QApplication.instance()
        watcher = _FirstPaint(app)
        app.installEventFilter(watcher)
        app._tawsim_first_paint = watcher  # keep it alive
        for widget in app.topLevelWidgets():  # painted already? then once more, in the loop
            if widget.isVisible():
                widget.update()
        return original()

    QApplication.exec = staticmethod(exec_)


_install()
