"""The analyst views' fixtures: the seeds with the shared example imported as gold, its
dates given resolved values (the example has no publication date, so its own values have
no year and cannot be placed on a timeline), and one more mention of ISIS in seed 001,
so a rename crosses documents."""

from __future__ import annotations

import pytest

from desktop.core.model import GOLD, Span
from desktop.store.project import Project
from tests.store.analysis_fixtures import EXAMPLE_ID, build_seeds_and_example

SEED_001 = "001_ad0e2173383a4199"
ISIS = "تنظيم الدولة الإسلامية"
# the example's DATE spans with values a publication date would have given them
DATES = {"s15": {"type": "DATE", "value": "2017", "mod": "END"},  # نهاية العام الماضي
         "s22": {"type": "DATE", "value": "2019-06", "mod": "MID"},  # منتصف يونيو المقبل
         "s25": {"type": "DATE", "value": "2019-03-12"}}  # الثلاثاء


@pytest.fixture
def analysis_project(tmp_path):
    path = build_seeds_and_example(tmp_path / "analysis.tawsim")
    with Project(path) as project:
        for sid, attrs in DATES.items():
            project.set_attrs(sid, attrs)
        text = project.document(SEED_001).text
        at = text.index("تنظيم داعش")
        project.add_span(Span.on(text, doc_id=SEED_001, layer=GOLD, label="ACTOR", start=at,
                                 end=at + len("تنظيم داعش"), id="isis001",
                                 attrs={"type": "armed_group", "mention": "name",
                                        "canonical": ISIS}))
    return path


@pytest.fixture
def gold_window(analysis_project, open_window):
    """The window in review mode (the layer edited is gold) on the example."""
    window = open_window(analysis_project)
    window.open_document(EXAMPLE_ID)
    window.review.set_active(True)
    return window


def wait_read(qtbot, model, rows: int | None = None, timeout: int = 10000) -> None:
    """Until the ledger model has its count and the rows of its first pages read (asking
    for them as the view's painting does)."""
    def ready():
        if model.loading or (rows is not None and model.rowCount() != rows):
            return False
        shown = range(min(model.rowCount(), 400))
        for r in shown:
            model.index(r, 0).data()
        return all(model.row_at(r) is not None for r in shown)
    qtbot.waitUntil(ready, timeout=timeout)


def cells(model, column: str) -> list[str]:
    from desktop.core.analysis.ledger import COLUMNS

    col = COLUMNS.index(column)
    return [model.index(r, col).data() for r in range(model.rowCount())]
