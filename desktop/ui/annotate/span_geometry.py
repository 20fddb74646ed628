"""Where a span of the article is on screen: the rectangles, in viewport coordinates,
that cover code points ``[start, end)`` — one per line it is laid out on — from the text
layout's own line geometry (two look-ups per line), fast enough to work out a
screenful of spans on every paint."""

from __future__ import annotations

from PySide6.QtCore import QRectF


class Blocks:
    """Where each text block of the view starts on screen, looked up once per pass."""

    def __init__(self, view):
        self.view = view
        self.offset = view.contentOffset()
        self._tops: dict[int, tuple[float, float]] = {}

    def top_left(self, block) -> tuple[float, float]:
        n = block.blockNumber()
        at = self._tops.get(n)
        if at is None:
            p = self.view.blockBoundingGeometry(block).translated(self.offset).topLeft()
            at = self._tops[n] = (p.x(), p.y())
        return at


def span_rects(view, start: int, end: int, blocks: Blocks | None = None) -> list[QRectF]:
    doc = view.document()
    index = view.index
    a, z = index.to_utf16(start), index.to_utf16(min(end, index.length_cp))
    blocks = blocks or Blocks(view)
    out: list[QRectF] = []
    block = doc.findBlock(a)
    while block.isValid() and block.position() < z:
        layout = block.layout()
        bpos = block.position()
        if layout is None or layout.lineCount() == 0:
            block = block.next()
            continue
        left, top = blocks.top_left(block)
        lo = max(a, bpos) - bpos
        hi = min(z, bpos + block.length() - 1) - bpos
        if hi > lo:
            first = layout.lineForTextPosition(lo).lineNumber()
            last = layout.lineForTextPosition(max(lo, hi - 1)).lineNumber()
            for n in range(max(0, first), max(first, last) + 1):
                line = layout.lineAt(n)
                if not line.isValid():
                    continue
                ls, le = line.textStart(), line.textStart() + line.textLength()
                x1 = line.cursorToX(max(lo, ls))[0]
                x2 = line.cursorToX(min(hi, le))[0]
                if x1 != x2:
                    out.append(QRectF(min(x1, x2) + left, line.y() + top, abs(x2 - x1),
                                      line.height()))
        block = block.next()
    return out


__all__ = ["Blocks", "span_rects"]
