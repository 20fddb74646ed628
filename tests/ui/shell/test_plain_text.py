"""Data is plain text everywhere in Qt (issue #11 item 6, DESIGN §6): markup in a title,
a span, a comment and a message shows literally, in tooltips too (which Qt would
otherwise guess to be rich text), and nothing it names is ever loaded."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTableView

from desktop.core.model import Document
from desktop.store.project import Project
from tests.ui.conftest import select_word

MARKUP = "<b>عاجل</b> <img src='{img}'> <a href='https://example.org'>رابط</a> &amp;"


def shown(tooltip: str) -> str:
    """What Qt shows for a tooltip: rich text is rendered, anything else literal."""
    if not GuiQt.mightBeRichText(tooltip):
        return tooltip
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_markup_in_data_shows_literally(tmp_path, open_window, qtbot):
    image = tmp_path / "probe.png"
    markup = MARKUP.format(img=image)
    text = f"{markup}\n\nقال المتحدث إن الاجتماع سيعقد غدا."
    path = tmp_path / "m.tawsim"
    with Project(path) as p:
        p.add_document(Document(id="m1", text=text, title=markup))
    window = open_window(path)
    # the document list: display and tooltip, id and title
    docs = window.findChild(QTableView, "documentList").model()
    title_cell = docs.index(0, 1)
    assert title_cell.data() == markup
    assert shown(title_cell.data(Qt.ItemDataRole.ToolTipRole)) == markup
    # the article, the title above it and its tooltip
    assert window.view.toPlainText() == text
    label = window.findChild(QLabel, "articleTitle")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert shown(label.toolTip()) == markup
    # a span over the markup and its comment: span table cells and tooltips
    start = text.index("<b>")
    window.tagging.tag("CLAIM", start, start + len(markup), exact=True)
    span = window.session.selected_span
    assert span is not None and span.text == markup
    window.tagging.set_comment(span.id, "<i>ملاحظة</i> <img src='x.png'>")
    table = window.findChild(QTableView, "spanTable").model()
    row = next(r for r in range(table.rowCount()) if table.index(r, 1).data() == markup)
    tip = shown(table.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert markup in tip and "<i>ملاحظة</i>" in tip
    assert table.index(row, 3).data() == "<i>ملاحظة</i> <img src='x.png'>"
    # the attribute panel heading, and the status bar messages
    heading = window.findChild(QLabel, "attributeHeading")
    assert heading.textFormat() == Qt.TextFormat.PlainText and "<b>" in heading.text()
    assert "<b>عاجل</b>" in window.last_notice
    # no label anywhere in the window guesses rich text from data
    for child in window.findChildren(QLabel):
        if "<" in child.text():
            assert child.textFormat() == Qt.TextFormat.PlainText, child.objectName()
    assert not image.exists()  # nothing created or fetched it
    assert docs.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) and \
        docs.data(QModelIndex(), Qt.ItemDataRole.ToolTipRole) is None
    select_word(window, "المتحدث")
