"""The claims ledger as a lazy Qt model: pages of ``desktop.store.ledger.ledger_rows``
read on the view's own thread (``Reader``), never the documents' texts.

The row count and the first page are asked for at once; whichever comes first is shown
(the first page's rows, or the count with the rows not read yet shown as "…"). A row the
view paints asks for its page; pages are kept up to ``KEEP_PAGES`` (the farthest from
the last one asked go first). Sorting by a column no index orders makes the reader
compute that order once (``ledger_order``, kept on its connection), which is the one wait
at 100,000 documents; every page after it costs a page.

``refresh()`` asks the reader whether the file changed (``change_stamp``) and, if it did,
reads the count and the pages shown again, keeping the rows on screen meanwhile: the
view keeps its place. ``reload()`` starts over (another layer, filter or order).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal

from desktop.core.analysis.ledger import COLUMNS, LedgerRow
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.store.changes import change_stamp
from desktop.store.ledger import ledger_count, ledger_rows
from desktop.ui.analysis.reader import Reader
from desktop.ui.analysis.scope import Scope, layer_exists
from desktop.ui.analysis.tips import plain_tip
from desktop.ui.shell.i18n import lang, translate
from desktop.ui.table_model import ReadOnlyTableModel

PAGE = 200
KEEP_PAGES = 64  # 12,800 rows in memory at most
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Document"),
    QT_TRANSLATE_NOOP("Columns", "Claim id"),
    QT_TRANSLATE_NOOP("Columns", "Claim"),
    QT_TRANSLATE_NOOP("Columns", "Claim type"),
    QT_TRANSLATE_NOOP("Columns", "Attribution"),
    QT_TRANSLATE_NOOP("Columns", "Polarity"),
    QT_TRANSLATE_NOOP("Columns", "Claimant"),
    QT_TRANSLATE_NOOP("Columns", "Claimant (canonical)"),
    QT_TRANSLATE_NOOP("Columns", "Cue"),
    QT_TRANSLATE_NOOP("Columns", "Claim date"),
    QT_TRANSLATE_NOOP("Columns", "Claim date value"),
    QT_TRANSLATE_NOOP("Columns", "Event date"),
    QT_TRANSLATE_NOOP("Columns", "Event date value"),
    QT_TRANSLATE_NOOP("Columns", "About"),
    QT_TRANSLATE_NOOP("Columns", "Comment"),
)
assert len(HEADERS) == len(COLUMNS)
# cells in Arabic, aligned to the right whatever the interface's direction
VALUE_COLUMNS = ("claim_type", "attribution", "polarity")  # a closed set of the schema's
ARABIC = frozenset({"claim", "claimant", "claimant_canonical", "cue", "claim_date",
                    "event_date", "about", "comment"})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
             | Qt.AlignmentFlag.AlignVCenter)


def one_line(text: str) -> str:
    return " ".join(text.split())


def row_tip(row: LedgerRow) -> str:
    """A row in full, as plain text (a claim is often longer than its column)."""
    lines = [translate("Ledger", "Claim in {document}").format(document=row.document),
             row.claim]
    for label, value in (
            (translate("Ledger", "Claimant"), row.claimant_canonical),
            (translate("Ledger", "Cue"), row.cue),
            (translate("Ledger", "Claim date"), row.claim_date_value or row.claim_date),
            (translate("Ledger", "Event date"), row.event_date_value or row.event_date),
            (translate("Ledger", "About"), row.about_canonical),
            (translate("Ledger", "Comment"), row.comment)):
        if value:
            lines.append(f"{label}: {value}")
    return plain_tip("\n".join(lines))


class LedgerModel(ReadOnlyTableModel):
    COLUMNS = HEADERS
    statusChanged = Signal()  # counting, sorting, the count, a failure

    def __init__(self, reader: Reader, scope: Scope, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.scope = scope
        self.order_by = "document"
        self.descending = False
        self.count: int | None = None  # None: not known yet
        self.error: str | None = None
        self._rows = 0  # what the view was told
        self._gen = 0
        self._pages: dict[int, tuple[int, list[LedgerRow]]] = {}  # page -> (gen, rows)
        self._asked: set[int] = set()  # pages asked for in this generation
        self._last = 0  # the page asked for last
        self._stamp = None
        self._first_pending = False
        self._values: dict[str, object] = {}  # column -> the schema attribute naming its values

    def set_schema(self, schema) -> None:
        """Claim types, attributions and polarities shown by their names in the interface's
        language (the export keeps the values)."""
        claim = schema.roles.claim
        label = schema.label(claim) if claim and schema.has_label(claim) else None
        self._values = {name: label.attribute(name) for name in VALUE_COLUMNS
                        if label is not None and label.attribute(name) is not None}

    # ------------------------------------------------------------------ what is asked
    def _query(self) -> dict:
        s = self.scope
        return {"layer": s.layer, "include_unreviewed": s.include_unreviewed,
                "filters": s.filters}

    def reload(self) -> None:
        """Start over: another layer, filter or order."""
        self._gen += 1
        self.reader.cancel("ledger.")
        self.beginResetModel()
        self._rows = 0
        self.count = None
        self.error = None
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()
        self._ask_count()
        self._want(0)
        self.statusChanged.emit()

    def refresh(self) -> None:
        """Read again if the project file changed, keeping the rows shown meanwhile."""
        gen = self._gen
        self.reader.ask("ledger.stamp", change_stamp,
                        lambda stamp: self._stamp_read(gen, stamp))

    def _stamp_read(self, gen: int, stamp) -> None:
        if gen != self._gen or stamp == self._stamp:
            return
        self._gen += 1
        self._asked.clear()
        self._ask_count()
        for k in sorted(self._pages, key=lambda k: abs(k - self._last))[:4]:
            self._want(k)

    def _ask_count(self) -> None:
        gen, q = self._gen, self._query()

        def count(project):
            stamp = change_stamp(project)
            if not layer_exists(project, q["layer"]):
                return stamp, 0
            return stamp, ledger_count(project, q["layer"],
                                       include_unreviewed=q["include_unreviewed"],
                                       filters=q["filters"])

        self.reader.ask("ledger.count", count, lambda r: self._count_read(gen, *r),
                        lambda why: self._failed(gen, why))

    def _want(self, k: int) -> None:
        if k in self._asked:
            return
        self._asked.add(k)
        self._last = k
        gen, q = self._gen, self._query()
        order_by, descending = self.order_by, self.descending
        if k == 0:
            self._first_pending = True
            self.statusChanged.emit()

        def page(project):
            if not layer_exists(project, q["layer"]):
                return []
            return ledger_rows(project, q["layer"], include_unreviewed=q["include_unreviewed"],
                               filters=q["filters"], order_by=order_by,
                               descending=descending, offset=k * PAGE, limit=PAGE)

        self.reader.ask(f"ledger.page.{k}", page, lambda rows: self._page_read(gen, k, rows),
                        lambda why: self._failed(gen, why))

    # ------------------------------------------------------------------ what comes back
    def _count_read(self, gen: int, stamp, n: int) -> None:
        if gen != self._gen:
            return
        self._stamp = stamp
        self.count = n
        self._show_rows(n)
        for k in [k for k, (g, _r) in self._pages.items() if g != gen and k * PAGE >= n]:
            del self._pages[k]  # pages past the end are gone
        self.statusChanged.emit()

    def _page_read(self, gen: int, k: int, rows: list[LedgerRow]) -> None:
        if gen != self._gen:
            return
        self._pages[k] = (gen, rows)
        if k == 0:
            self._first_pending = False
            self.statusChanged.emit()
        if self.count is None and k == 0:
            self._show_rows(len(rows))
        self._evict()
        first, last = k * PAGE, min(k * PAGE + PAGE, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _failed(self, gen: int, why: str) -> None:
        if gen != self._gen:
            return
        self.error = why
        self._first_pending = False
        self.statusChanged.emit()

    def _show_rows(self, n: int) -> None:
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginRemoveRows(QModelIndex(), n, self._rows - 1)
            self._rows = n
            self.endRemoveRows()

    def _evict(self) -> None:
        while len(self._pages) > KEEP_PAGES:
            far = max(self._pages, key=lambda k: abs(k - self._last))
            del self._pages[far]
            self._asked.discard(far)

    # ------------------------------------------------------------------ state
    @property
    def loading(self) -> bool:
        return self.count is None or self._first_pending

    def status_text(self) -> str:
        from desktop.ui.shell.language import number

        if self.error:
            return translate("Ledger", "The ledger could not be read: {why}").format(why=self.error)
        if self.count is None:
            return translate("Ledger", "Counting the claims…")
        if self._first_pending and self.order_by != "document":
            return translate("Ledger", "{n} claim(s); sorting…").format(n=number(self.count))
        return translate("Ledger", "{n} claim(s)").format(n=number(self.count))

    def row_at(self, row: int) -> LedgerRow | None:
        entry = self._pages.get(row // PAGE)
        if entry is None or row % PAGE >= len(entry[1]):
            return None
        return entry[1][row % PAGE]

    def row_of(self, claim_id: str) -> int | None:
        """The row of a claim among the pages read (None if not read)."""
        for k, (_gen, rows) in self._pages.items():
            for i, r in enumerate(rows):
                if r.claim_id == claim_id:
                    return k * PAGE + i
        return None

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        k = row // PAGE
        entry = self._pages.get(k)
        if entry is None or entry[0] != self._gen:
            self._want(k)
        r = None
        if entry is not None and row % PAGE < len(entry[1]):
            r = entry[1][row % PAGE]
        column = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if r is None:
                return "…" if column == "claim" else ""
            attr = self._values.get(column)
            if attr is not None:
                value = r.cell(column)
                return attr.value_name(value, lang()) if value else ""
            return one_line(r.cell(column))
        if r is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row_tip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ARABIC:
            return _RIGHT
        if role == ROW_ROLE:
            return r
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        order_by = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) != (self.order_by, self.descending):
            self.order_by, self.descending = order_by, descending
            self.reload()


__all__ = ["HEADERS", "KEEP_PAGES", "PAGE", "ROW_ROLE", "LedgerModel", "one_line", "row_tip"]
