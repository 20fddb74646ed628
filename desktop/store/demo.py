"""The demo project: the sample articles of ``seeds/`` and the hand-annotated example of
seed 000 (``resources/examples/``, imported into gold so the window has something to show
from the first start)."""

from __future__ import annotations

from pathlib import Path

from desktop.resources import resource, seeds_dir
from desktop.store.importer import ImportReport, import_paths
from desktop.store.project import Project


def build_demo(path: str | Path) -> ImportReport:
    """Create (or complete) the demo project at ``path``; importing is idempotent."""
    with Project(path) as project:
        report = import_paths(project, [seeds_dir()], fmt="txt")
        examples = resource("examples")
        if examples.is_dir():
            more = import_paths(project, [examples], fmt="gold")
            report.rejected.extend(more.rejected)
        return report
