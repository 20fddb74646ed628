"""Import and export in a worker thread, with a cancellable progress dialog.

A worker opens its OWN Project on the same path (an SQLite connection is bound to the
thread that opened it); the window's Project stays on the GUI thread. Progress crosses
threads as queued signals; cancelling sets a flag that the store polls.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.store.project import Project
from desktop.ui.shell.i18n import translate

if TYPE_CHECKING:
    from desktop.store.importer import ImportReport

_SCALE = 1000  # the progress bar runs 0..1000 (byte counts overflow an int)


class Job(QObject):
    progress = Signal(int, int)  # per mille, 1000
    finished = Signal(object)  # the report, or None when cancelled
    failed = Signal(str)

    def __init__(self, project_path: str | Path):
        super().__init__()
        self.project_path = str(project_path)
        self._cancel = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        value = int(_SCALE * done / total) if total else _SCALE
        if value != self._last:  # at most 1000 signals a job, whatever its size
            self._last = value
            self.progress.emit(value, _SCALE)

    @Slot()
    def start(self) -> None:
        try:
            with Project(self.project_path) as project:
                result = self.work(project)
        except Exception as exc:  # reported in the window, never a traceback
            self.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
            return
        self.finished.emit(result)

    def work(self, project: Project):  # pragma: no cover - overridden
        raise NotImplementedError


class ImportJob(Job):
    def __init__(self, project_path, paths: list[str], annotator: str | None = None,
                 fmt: str = "auto"):
        super().__init__(project_path)
        self.paths = [str(p) for p in paths]
        self.annotator = annotator
        self.fmt = fmt

    def work(self, project: Project) -> ImportReport:
        from desktop.store.importer import import_paths  # in the worker, when it runs

        return import_paths(project, self.paths, fmt=self.fmt, annotator=self.annotator,
                            progress=self._progress, cancelled=self.cancelled)


class ExportJob(Job):
    """An export in any format of the registry (``desktop.core.formats``), in a worker."""

    def __init__(self, project_path, out: str | Path, layer: str, include_unreviewed: bool,
                 fmt: str = "gold"):
        super().__init__(project_path)
        self.out = str(out)
        self.layer = layer
        self.include_unreviewed = include_unreviewed
        self.fmt = fmt

    def work(self, project: Project):
        from desktop.store.exporter import ExportCancelled, export  # in the worker

        try:
            return export(project, self.out, fmt=self.fmt, layer=self.layer,
                          include_unreviewed=self.include_unreviewed,
                          progress=self._progress, cancelled=self.cancelled,
                          command="the Tawsim window")
        except ExportCancelled:
            return None


class JobRunner(QObject):
    """Runs one Job on its own QThread with a window-modal (never blocking) progress
    dialog; ``done`` carries the job's result, ``error`` its failure."""

    done = Signal(object)
    error = Signal(str)

    def __init__(self, job: Job, title: str, parent: QWidget):
        super().__init__(parent)
        self.job = job
        self.result = None
        self.error_text: str | None = None
        self.finished = False
        # with the first job (after the first frame): PySide builds these types on first use
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QProgressDialog

        self.dialog = QProgressDialog(title, translate("Jobs", "Cancel"), 0, _SCALE, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(job.cancel)
        self.thread = QThread(self)
        job.moveToThread(self.thread)
        self.thread.started.connect(job.start)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.job.cancel()

    @Slot(int, int)
    def _progress(self, value: int, maximum: int) -> None:
        if self.finished:
            return
        if self.dialog.wasCanceled():
            self.job.cancel()
            return
        self.dialog.setValue(min(value, maximum - 1))

    def _end(self) -> None:
        self.finished = True
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    @Slot(object)
    def _finished(self, result) -> None:
        self.result = result
        self._end()
        self.done.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.error_text = message
        self._end()
        self.error.emit(message)


class Jobs(QObject):
    """The window's running jobs: started with a progress dialog, cancelled on close."""

    def __init__(self, owner: QWidget, report):
        super().__init__(owner)
        self.owner = owner
        self.report = report  # how a failure is said (the status bar)
        self.runners: list[JobRunner] = []

    def start(self, job: Job, title: str, done, failed: str) -> JobRunner:
        """Run ``job``; ``done(result)`` on success (None: cancelled), and the status bar
        says ``failed`` (a template with ``{why}``) on failure."""
        runner = JobRunner(job, title, self.owner)
        runner.done.connect(done)
        runner.error.connect(lambda text, f=failed: self.report(f.format(why=text)))
        self.runners.append(runner)
        runner.start()
        return runner

    def cancel_all(self) -> None:
        for runner in self.runners:
            if not runner.finished:
                runner.cancel()
                runner.thread.quit()
                runner.thread.wait(5000)
