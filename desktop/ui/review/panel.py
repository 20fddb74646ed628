"""The review dock's contents: the candidate list (``reviewView``) on one side, the
document's agreement (``documentAgreement``), the current candidate's versions
(``reviewDetail``), the reason field (``reviewReason``) and the keys on the other."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.review.model import DifferenceModel
from desktop.ui.shell.i18n import label_name, translate
from desktop.ui.table_model import row_table


def _fmt(value: float | None) -> str:
    """A figure as the interface writes numbers (0.85, or ٠٫٨٥ in Arabic)."""
    return "–" if value is None else QLocale().toString(float(value), "f", 2)


def agreement_text(result: dict, schema=None) -> str:
    """The agreement summary shown beside the review list."""
    from desktop.core.agreement import ALL

    names = result.get("annotators") or []
    if len(names) < 2:
        return translate("Review", "Agreement: needs two annotators ({names} holds this document)"
                  ).format(names=", ".join(names) or translate("Review", "none"))
    lines = [translate("Review", "Agreement ({names}): exact F1 {exact}, overlap F1 {overlap}, "
                "relations {relations}").format(
        names=" / ".join(names), exact=_fmt(result["exact_f1"]),
        overlap=_fmt(result["overlap_f1"]), relations=_fmt(result["relations"]["f1"]))]
    per_label = [f"{label_name(schema, label)} {_fmt(v['exact_f1'])}/{_fmt(v['overlap_f1'])}"
                 for label, v in result["labels"].items()
                 if label != ALL and any(v["spans"].values())]
    if per_label:
        lines.append(translate("Review", "exact/overlap F1 by label: {figures}").format(
            figures=" · ".join(per_label)))
    return "\n".join(lines)


class ReviewPanel(QWidget):
    def __init__(self, model: DifferenceModel, keys_hint: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(split)
        self.table = row_table(split, "reviewView", model)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((170, 90, 0, 150, 90)):
            if width:
                self.table.setColumnWidth(col, width)
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        self.agreement = QLabel(side)
        self.agreement.setObjectName("documentAgreement")
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        self.agreement.setWordWrap(True)
        side_layout.addWidget(self.agreement)
        self.detail = QLabel(side)
        self.detail.setObjectName("reviewDetail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        side_layout.addWidget(self.detail, 1)
        self.reason = QLineEdit(side)
        self.reason.setObjectName("reviewReason")
        self.reason.setClearButtonEnabled(True)
        self.reason.hide()
        side_layout.addWidget(self.reason)
        self.keys = QLabel(keys_hint, side)
        self.keys.setObjectName("reviewKeys")
        self.keys.setTextFormat(Qt.TextFormat.PlainText)
        self.keys.setWordWrap(True)
        self.keys.setStyleSheet("color: #555;")
        side_layout.addWidget(self.keys)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 520])


def detail_text(d, model, name) -> str:
    """The current candidate's versions per annotator, what it conflicts with, who lacks
    it and its gold state (``name``: a label's display name)."""
    from desktop.ui.review.model import kind_text, short

    # offsets isolated left to right: in Arabic [335, 347) would read (347 ,335]
    lines = [f"{kind_text(d)} · {name(d)} \u2066[{d.start}, {d.end})\u2069"]
    if d.item == "relation":
        lines.append(model.texts.get(d.key, ""))
    version = model.version(d)
    for who in d.annotators:
        src = d.spans.get(who)
        attrs = ""
        if src is not None:  # named in the interface's language, as the span table does
            from desktop.ui.annotate.span_table import attrs_text

            attrs = attrs_text(src, model.schema)
        mark = "●" if who == version and len(d.annotators) > 1 else "·"
        attrs = attrs or translate("Review", "has it")
        lines.append(f"{mark} {who}: {attrs}")
    by_key = {x.key: x for x in model.rows}
    for key in d.conflicts:
        other = by_key.get(key)
        if other is not None:
            lines.append(f"≠ {', '.join(other.annotators)}: {name(other)} "
                         f"\u2066[{other.start}, {other.end})\u2069 «{short(other.text, 30)}»")
    if d.missing:
        lines.append(translate("Review", "missing for {names}").format(names=", ".join(d.missing)))
    state = model.gold_text(d) or translate("Review", "undecided")
    lines.append(translate("Review", "gold: {state}").format(state=state))
    return "\n".join(lines)


__all__ = ["ReviewPanel", "agreement_text", "detail_text"]
