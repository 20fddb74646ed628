"""The claims ledger in the window (``ledgerView``): one row per claim of the example as
gold, with DESIGN §5b's cells; sorting by a header click; each filter; a row opens its
claim with the span selected; Export ledger writes the CSV spreadsheets read (BOM, Arabic
intact) through a worker; the layer follows the window's and the rows follow the edits."""

from __future__ import annotations

import csv
import io
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QToolButton

from desktop.core.analysis.ledger import COLUMNS
from desktop.core.model import Span
from desktop.store.ledger_sql import has_comment
from desktop.store.project import Project
from tests.store.analysis_fixtures import EXAMPLE_ID, expected_ledger
from tests.ui.analysis.conftest import SEED_001, cells, wait_read

CLAIMS = ["s07", "s10", "s12", "s16", "s19"]


@pytest.fixture
def ledger(gold_window, qtbot):
    gold_window.findChild(QAction, "actionLedger").trigger()
    led = gold_window.analysis.ledger
    qtbot.waitUntil(led.dock.isVisible)
    wait_read(qtbot, led.model, 5)
    return led


def click_header(qtbot, table: QTableView, column: str) -> None:
    header = table.horizontalHeader()
    col = COLUMNS.index(column)
    table.scrollTo(table.model().index(0, col))
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_one_row_per_claim_with_the_examples_cells(gold_window, ledger):
    assert gold_window.findChild(QTableView, "ledgerView") is ledger.table
    model = ledger.model
    assert cells(model, "claim_id") == CLAIMS
    want = expected_ledger()
    values = {"s16": ("", "2017"), "s19": ("2019-03-12", "2019-06")}  # the fixture's dates
    for row, cid in enumerate(CLAIMS):
        for col, name in enumerate(COLUMNS):
            expected = want[cid][name]
            if name in ("claim_date_value", "event_date_value"):
                claim_value, event_value = values.get(cid, ("", ""))
                expected = claim_value if name == "claim_date_value" else event_value
            assert model.index(row, col).data() == " ".join(expected.split()), (cid, name)
    assert model.headerData(COLUMNS.index("claimant_canonical"), Qt.Orientation.Horizontal) \
        == "Claimant (canonical)"
    assert "5 claim(s)" in gold_window.findChild(object, "ledgerStatus").text()
    # Arabic cells are right-aligned; the tooltip carries the whole claim as plain text
    tip = model.index(4, COLUMNS.index("claim")).data(Qt.ItemDataRole.ToolTipRole)
    assert want["s19"]["claim"] in tip and "<" not in tip


def test_sorting_by_clicking_headers(qtbot, ledger):
    model, table = ledger.model, ledger.table
    click_header(qtbot, table, "claimant_canonical")
    wait_read(qtbot, model, 5)
    assert model.order_by == "claimant_canonical" and not model.descending
    assert cells(model, "claimant_canonical") == [
        "العراق", "مايك بومبيو", "مصادر", "وزارة الدفاع العراقية", "وزارة الدفاع العراقية"]
    click_header(qtbot, table, "claimant_canonical")  # again: the other way
    wait_read(qtbot, model, 5)
    assert model.descending
    assert cells(model, "claimant_canonical")[0] == "وزارة الدفاع العراقية"
    # an order no index gives (worked out once on the views' thread)
    click_header(qtbot, table, "event_date_value")
    wait_read(qtbot, model, 5)
    assert cells(model, "event_date_value") == ["", "", "", "2017", "2019-06"]
    click_header(qtbot, table, "claim_type")
    click_header(qtbot, table, "claim_type")
    wait_read(qtbot, model, 5)
    assert cells(model, "claim_type")[0] == "prediction"


def _set(qtbot, window, name: str, text: str) -> None:
    edit = window.findChild(QLineEdit, name)
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text) if text.isascii() else edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _choose(window, name: str, value: str | None) -> None:
    combo = window.findChild(QComboBox, name)
    combo.setCurrentIndex(combo.findData(value))


def test_each_filter(gold_window, qtbot, ledger):
    w, model = gold_window, ledger.model

    def shown(n):
        wait_read(qtbot, model, n)
        return cells(model, "claim_id")

    # claimant: a folded substring of the canonical name (ة and ه are one)
    _set(qtbot, w, "ledgerClaimant", "وزاره الدفاع")
    assert shown(2) == ["s10", "s12"]
    _set(qtbot, w, "ledgerClaimant", "")
    assert shown(5) == CLAIMS
    _choose(w, "ledgerClaimType", "prediction")
    assert shown(1) == ["s19"]
    _choose(w, "ledgerClaimType", None)
    _choose(w, "ledgerAttribution", "direct")
    assert shown(1) == ["s10"]
    _choose(w, "ledgerAttribution", None)
    assert shown(5) == CLAIMS
    # a date range: a claim or event date overlapping it (June 2019: s19's event date)
    _set(qtbot, w, "ledgerDateFrom", "2019-06-15")
    _set(qtbot, w, "ledgerDateTo", "2019-06-20")
    assert shown(1) == ["s19"]
    _set(qtbot, w, "ledgerDateFrom", "2017")
    _set(qtbot, w, "ledgerDateTo", "2017")
    assert shown(1) == ["s16"]
    # a date the ledger cannot read: the field turns red and the filter stays
    _set(qtbot, w, "ledgerDateTo", "soon")
    assert "background" in w.findChild(QLineEdit, "ledgerDateTo").styleSheet()
    assert "Not a date range" in w.last_notice
    assert shown(1) == ["s16"]
    w.findChild(QToolButton, "ledgerClearFilters").click()
    assert shown(5) == CLAIMS
    # a document: by id, or the open one
    _set(qtbot, w, "ledgerDocument", SEED_001)
    assert shown(0) == []
    w.open_document(EXAMPLE_ID)
    w.findChild(QToolButton, "ledgerThisDocument").click()
    assert w.findChild(QLineEdit, "ledgerDocument").text() == EXAMPLE_ID
    assert shown(5) == CLAIMS


def test_a_row_opens_its_claim_with_the_span_selected(gold_window, qtbot, ledger):
    w = gold_window
    w.open_document(SEED_001)
    table = ledger.table
    rect = table.visualRect(table.model().index(4, COLUMNS.index("claim")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.doc.id == EXAMPLE_ID
    assert w.session.selected == "s19"
    start = w.session.spans["s19"].start
    assert w.view.textCursor().position() == w.view.index.to_utf16(start)
    # the keys move through the rows, each opening its claim
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert w.session.selected == "s16"
    # Enter hands the keys to the article
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(w.view.hasFocus)


def _finished(qtbot, runner):
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    return runner.result


def test_export_writes_the_csv_spreadsheets_read(gold_window, qtbot, ledger, tmp_path):
    out = tmp_path / "ledger.csv"
    assert _finished(qtbot, ledger.export_to(out)) == 5
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets read UTF-8 by
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(COLUMNS)
    by_id = {r[1]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    want = expected_ledger()
    assert list(by_id) == CLAIMS
    assert by_id["s19"]["claim"] == want["s19"]["claim"]  # Arabic intact, line for line
    assert by_id["s19"]["claimant_canonical"] == "مايك بومبيو"
    assert "Exported 5 claim(s)" in gold_window.last_notice
    # the export is what the view shows: its filters and order
    _choose(gold_window, "ledgerAttribution", "indirect")
    wait_read(qtbot, ledger.model, 3)
    jsonl = tmp_path / "ledger.jsonl"
    assert _finished(qtbot, ledger.export_to(jsonl)) == 3
    lines = [json.loads(x) for x in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [x["claim_id"] for x in lines] == ["s07", "s16", "s19"]


def test_export_from_the_menu_asks_where(gold_window, qtbot, ledger, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "from_menu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV for spreadsheets (*.csv)"))
    gold_window.findChild(QAction, "actionExportLedger").trigger()
    qtbot.waitUntil(lambda: (tmp_path / "from_menu.csv").exists(), timeout=20000)
    qtbot.waitUntil(lambda: all(r.finished for r in gold_window.jobs.runners))
    assert (tmp_path / "from_menu.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_layer_follows_the_window_and_the_rows_follow_the_edits(gold_window, qtbot, ledger):
    w = gold_window
    w.review.set_active(False)  # amal's own layer: she has tagged nothing
    wait_read(qtbot, ledger.model, 0)
    at = w.doc.text.index("عزز وجوده")
    w.tagging.tag("CLAIM", at, at + len("عزز وجوده"), exact=True)
    wait_read(qtbot, ledger.model, 1)
    assert cells(ledger.model, "claim") == ["عزز وجوده"]
    w.session.undo()
    wait_read(qtbot, ledger.model, 0)
    w.review.set_active(True)
    wait_read(qtbot, ledger.model, 5)
    # gold's reviewed documents only: none is reviewed yet
    w.findChild(object, "ledgerReviewedOnly").setChecked(True)
    wait_read(qtbot, ledger.model, 0)


def test_the_comment_column(gold_window, qtbot, ledger):
    """Span comments (the store keeps them from its migration 0004) are the ledger's last
    column; until the file has them, the column is there and empty."""
    model = ledger.model
    assert COLUMNS[-1] == "comment"
    assert model.headerData(len(COLUMNS) - 1, Qt.Orientation.Horizontal) == "Comment"
    assert cells(model, "comment") == [""] * 5
    if not has_comment(gold_window.project.conn):
        return
    gold_window.tagging.set_comment("s16", "  عسكريا فقط؟ ")
    qtbot.waitUntil(lambda: cells(model, "comment")[3] == "عسكريا فقط؟", timeout=5000)


def test_pages_are_read_as_they_scroll_into_view(make_project, open_window, qtbot):
    """450 claims: the first page comes at once, the rest as the view shows them."""
    words = " ".join(f"كلمة{i}" for i in range(450))
    path = make_project([("big", words)])
    with Project(path) as project:
        doc = project.document("big")
        spans, at = [], 0
        for i in range(450):
            word = f"كلمة{i}"
            at = doc.text.index(word, at)
            spans.append(Span.on(doc.text, doc_id="big", layer="amal", label="CLAIM",
                                 start=at, end=at + len(word)))
            at += len(word)
        project.restore(spans, [])
    w = open_window(path)
    led = w.analysis.ledger
    led.toggle(True)
    qtbot.waitUntil(lambda: led.model.count == 450, timeout=10000)
    model = led.model
    assert model.row_at(0) is not None
    assert model.row_at(449) is None  # not read: nothing asked for it yet
    led.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(449) is not None, timeout=10000)
    assert model.index(449, COLUMNS.index("claim")).data() == "كلمة449"


def test_in_an_arabic_interface(analysis_project, qtbot):
    """Values by the schema's Arabic names (the export keeps the codes); ids and values
    left to right in the mirrored table."""
    from desktop.app import build_window
    from desktop.ui.annotate.ltr_delegate import LeftToRightDelegate
    from desktop.ui.shell.language import install

    window = build_window(analysis_project, annotator="amal", lang="ar")
    try:
        qtbot.addWidget(window)
        window.show()
        window.open_document(EXAMPLE_ID)
        window.review.set_active(True)
        led = window.analysis.ledger
        led.toggle(True)
        wait_read(qtbot, led.model, 5)
        assert cells(led.model, "claim_type") == ["تأكيد"] * 4 + ["توقّع"]
        assert cells(led.model, "attribution")[1] == "مباشر"
        assert cells(led.model, "document")[0] == EXAMPLE_ID
        for name in ("document", "claim_id", "claim_date_value"):
            delegate = led.table.itemDelegateForColumn(COLUMNS.index(name))
            assert isinstance(delegate, LeftToRightDelegate), name
        assert led.table.itemDelegateForColumn(COLUMNS.index("claim")) is not delegate
    finally:
        window.close()
        window.project.close()
        install("en")
