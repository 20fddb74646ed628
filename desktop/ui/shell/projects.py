"""Projects and files: opening another project, importing and exporting (in worker
threads, with a cancellable progress dialog), and the annotator's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.core.model import GOLD, annotator_name
from desktop.store.project import Project
from desktop.ui.shell.i18n import translate
from desktop.ui.shell.language import number
from desktop.ui.shell.session import Session
from desktop.ui.shell.workers import Jobs


def import_summary(report) -> str:
    """``ImportReport.summary()`` in the interface's language and digits."""
    parts = [translate("Projects", "{n} document(s) added").format(n=number(report.added)),
             translate("Projects", "{n} unchanged").format(n=number(report.unchanged))]
    if report.layers_added:
        parts.append(translate("Projects", "{n} layer(s) added").format(
            n=number(report.layers_added)))
    if report.layers_replaced:
        parts.append(translate("Projects", "{n} layer(s) replaced").format(
            n=number(report.layers_replaced)))
    parts.append(translate("Projects", "{n} rejected").format(n=number(len(report.rejected))))
    text = translate("Projects", ", ").join(parts)  # the list separator: "، " in Arabic
    return text + (translate("Projects", " (cancelled)") if report.cancelled else "")


class ProjectsController(QObject):
    def __init__(self, session: Session, jobs: Jobs, window: QWidget,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("projects")
        self.session = session
        self.jobs = jobs
        self.window = window  # the parent of the dialogs
        self.annotator_dialog = None

    # ------------------------------------------------------------------ projects
    def switch_project(self, path: str | Path) -> bool:
        from desktop.store.db import ProjectFileError

        s = self.session
        try:
            project = Project(path)
        except ProjectFileError as exc:
            s.message(str(exc))
            return False
        old = s.project
        s.switch_project(project)
        old.close()
        s.documentsChanged.emit()  # once everyone has forgotten the old one: open the first
        return True

    def new_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, translate("Projects", "New project"),
                                              str(Path.home()),
                                              translate("Projects", "Tawsim projects (*.tawsim)"))
        if path:
            if not path.endswith(".tawsim"):
                path += ".tawsim"
            self.switch_project(path)

    def open_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, translate("Projects", "Open project"),
                                              str(self.session.project.path.parent),
                                              translate("Projects", "Tawsim projects (*.tawsim)"))
        if path:
            self.switch_project(path)

    # ------------------------------------------------------------------ import
    def import_dialog(self) -> None:
        """File ▸ Import files…: any file the registry reads; the type chosen in the
        dialog is the format (the first, "every format", sniffs each file)."""
        from PySide6.QtWidgets import QFileDialog

        filters = self.import_filters()
        paths, chosen = QFileDialog.getOpenFileNames(
            self.window, translate("Projects", "Import files"), str(Path.home()),
            ";;".join(f for f, _fmt in filters))
        if paths:
            fmt = dict(filters).get(chosen, "auto")
            self.import_files(paths, fmt)

    def import_filters(self) -> list[tuple[str, str]]:
        """The import dialog's file types, each with the format it reads them as."""
        from desktop.core import formats

        readers = [f for f in formats.readers() if f.input == "file"]
        patterns = sorted({f"*{e}" for f in readers for e in f.extensions} | {"*.tawsim"})
        out = [(translate("Projects", "Every format Tawsim reads ({patterns})").format(
            patterns=" ".join(patterns)), "auto")]
        out += [(f"{f.label} ({' '.join('*' + e for e in f.extensions)})", f.name)
                for f in readers]
        out.append((translate("Projects", "All files (*)"), "auto"))
        return out

    def import_folder_dialog(self) -> None:
        """File ▸ Import a folder…: every file in it (recursively; a brat folder of .txt
        and .ann files is read as brat)."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Projects", "Import a folder"), str(Path.home()))
        if folder:
            self.import_files([folder], "auto")

    def import_files(self, paths: list[str | Path], fmt: str = "auto"):
        """Import in a worker thread (its own Project) with a cancellable progress dialog."""
        from desktop.ui.shell.workers import ImportJob

        s = self.session
        job = ImportJob(s.project.path, [str(p) for p in paths], annotator=s.annotator,
                        fmt=fmt)
        return self.jobs.start(job, translate("Projects", "Importing…"), self._import_done,
                               translate("Projects", "Import failed: {why}"))

    def _import_done(self, report) -> None:
        s = self.session
        s.documentsChanged.emit()
        s.imported.emit()
        text = translate("Projects", "Import: {summary}").format(summary=import_summary(report))
        if report.rejected:
            text += " — " + "; ".join(str(r) for r in report.rejected[:3])
        s.message(text, 0)

    # ------------------------------------------------------------------ export
    def export_mine(self) -> None:
        self.export_dialog(mine=True)

    def export_gold(self) -> None:
        self.export_dialog(mine=False)

    def export_dialog(self, *, mine: bool) -> None:
        """Export your layer, or reviewed gold, in any format the registry writes: the type
        chosen in the dialog is the format (a folder format names a folder to create)."""
        from PySide6.QtWidgets import QFileDialog

        from desktop.core import formats

        s = self.session
        filters = self.export_filters()
        stem = s.project.path.with_suffix("")
        default = f"{stem}.gold.jsonl" if not mine else f"{stem}.{s.annotator}.jsonl"
        title = (translate("Projects", "Export my annotations") if mine
                 else translate("Projects", "Export reviewed gold"))
        path, chosen = QFileDialog.getSaveFileName(self.window, title, default,
                                                   ";;".join(f for f, _fmt in filters))
        if not path:
            return
        fmt = formats.get(dict(filters).get(chosen, "gold"))
        if fmt.output == "file" and fmt.extensions and not Path(path).suffix:
            path += fmt.extensions[0]
        if mine:
            self.export_file(path, layer=s.annotator, include_unreviewed=True, fmt=fmt.name)
        else:
            self.export_file(path, layer=GOLD, include_unreviewed=False, fmt=fmt.name)

    def export_filters(self) -> list[tuple[str, str]]:
        """The export dialog's file types (every writer available here), with their
        format (the first is gold JSONL)."""
        from desktop.core import formats

        out = []
        for f in formats.writers():
            if f.available() is not None:
                continue
            if f.output == "file":
                shown = f"{f.label} ({' '.join('*' + e for e in f.extensions[:1]) or '*'})"
            else:
                shown = translate("Projects", "{label}: a folder (*)").format(label=f.label)
            out.append((shown, f.name))
        return out

    def export_file(self, out: str | Path, *, layer: str | None = None,
                    include_unreviewed: bool = True, fmt: str = "gold"):
        from desktop.ui.shell.workers import ExportJob

        s = self.session
        layer = layer or s.annotator
        job = ExportJob(s.project.path, out, layer, include_unreviewed, fmt)

        def done(report) -> None:
            if report is None:
                s.message(translate("Projects", "Export cancelled: nothing written"), 0)
                return
            s.message(translate("Projects", "Exported {documents} document(s), {spans} span(s), "
                         "{relations} relation(s) to {path}").format(
                documents=number(report.documents), spans=number(report.spans),
                relations=number(report.relations),
                path=out), 0)

        return self.jobs.start(job, translate("Projects", "Exporting…"), done,
                               translate("Projects", "Export failed: {why}"))

    # ------------------------------------------------------------------ the annotator
    def set_annotator(self, name: str) -> bool:
        s = self.session
        valid = annotator_name(name)
        if valid is None:
            s.message(translate("Projects", "An annotator needs a name (not empty, not 'gold')"))
            return False
        s.settings.annotator = valid
        if valid == s.annotator:
            return True
        s.set_annotator(valid)
        s.message(translate("Projects", "Now annotating as {name}").format(name=valid))
        return True

    def ask_annotator(self) -> None:
        """Ask the annotator's name in the bar over the window (never a modal dialog)."""
        bar = self.annotator_bar
        if bar is None:
            return
        self.annotator_dialog = bar
        bar.ask(self.session.annotator)

    annotator_bar = None  # the window's AnnotatorBar

    def _named(self, name: str) -> None:
        if self.set_annotator(name) and self.annotator_bar is not None:
            self.annotator_bar.hide()

    def attach_bar(self, bar) -> None:
        self.annotator_bar = bar
        bar.chosen.connect(self._named)


__all__ = ["ProjectsController"]
