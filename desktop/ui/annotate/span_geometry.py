"""Where a span of the article is on screen: the rectangles, in viewport coordinates,
that cover code points ``[start, end)`` — one per line it is laid out on — from the text
layout's own line geometry.

A paint works out a screenful of spans (hundreds), so what does not depend on the span
is looked up once per pass and kept in ``Blocks``: each text block's place on screen
and its lines (where each begins and ends, its top and height). A span then costs a
bisection in Python and two ``cursorToX`` calls per line it covers (the x of a
position, which the layout alone knows for right-to-left text); a range holding
left-to-right characters (Latin, digits) may cross a change of direction, where its ends
are not its edges, and is measured by the line's glyph runs instead; asking Qt
for the block, its layout and the line of each end for every span made a screen of a
10,000-span article cost three times its text (docs/window.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QRectF


class _Block:
    """A laid-out text block: its span of UTF-16 positions, its top left on screen, and
    the lines a pass asks for, each read from the layout once as a ``(start, end, line,
    y, height)`` row (a paragraph can run to a hundred lines, of which a screen shows a
    few: their geometry is not read up front)."""

    __slots__ = ("_layout", "_rows", "count", "end", "left", "position", "top")

    def __init__(self, view, block, offset):
        self.position = block.position()
        self.end = self.position + block.length() - 1  # without the block separator
        self.left = self.top = 0.0
        self._rows: dict[int, tuple[int, int, object, float, float]] = {}
        layout = self._layout = block.layout()
        self.count = layout.lineCount() if layout is not None else 0
        if self.count:  # a block not laid out yet (far from the viewport) draws nothing
            p = view.blockBoundingGeometry(block).translated(offset).topLeft()
            self.left, self.top = p.x(), p.y()

    def row(self, n: int) -> tuple[int, int, object, float, float]:
        """Line ``n``: where it starts and ends (UTF-16, in the block), the QTextLine,
        its top and its height."""
        got = self._rows.get(n)
        if got is None:
            line = self._layout.lineAt(n)
            start = line.textStart()
            got = self._rows[n] = (start, start + line.textLength(), line, line.y(),
                                   line.height())
        return got

    def line_of(self, pos: int) -> int:
        """The number of the line holding offset ``pos`` of the block (the last line for
        the block's end): the line that starts at or before it."""
        line = self._layout.lineForTextPosition(pos)
        return line.lineNumber() if line.isValid() else self.count - 1


class Blocks:
    """The blocks of the view met in one pass (a paint), each looked up once."""

    def __init__(self, view):
        self.view = view
        self.doc = view.document()
        self.offset = view.contentOffset()
        self._positions: list[int] = []  # sorted block positions met so far
        self._met: list[_Block] = []

    def at(self, pos: int) -> _Block | None:
        """The block holding UTF-16 position ``pos`` (None past the end)."""
        i = bisect_right(self._positions, pos) - 1
        if i >= 0 and pos <= self._met[i].end:
            return self._met[i]
        block = self.doc.findBlock(pos)
        if not block.isValid():
            return None
        info = _Block(self.view, block, self.offset)
        j = bisect_right(self._positions, info.position)
        self._positions.insert(j, info.position)
        self._met.insert(j, info)
        return info


def span_rects(view, start: int, end: int, blocks: Blocks | None = None) -> list[QRectF]:
    return ranges_rects(view, [(start, end)], blocks)[0]


_ONE_PASS = 16_384  # characters: a screen of text and more


def ranges_rects(view, ranges: list[tuple[int, int]],
                 blocks: Blocks | None = None) -> list[list[QRectF]]:
    """The rectangles of each ``(start, end)`` of ``ranges`` (code points), in one pass:
    a screenful of spans is hundreds, so the loop keeps the last block it met (the next
    span is most often in it) and converts offsets only where the text has characters
    outside the BMP."""
    index = view.index
    length = index.length_cp
    text = view.text
    convert = None if index.bmp_only else index.to_utf16
    blocks = blocks or Blocks(view)
    found: list[list[QRectF]] = []
    block = None
    # the last line a range was found on, in UTF-16 positions of the document: most
    # ranges of a screen (one per word or phrase) lie on the line of the one before
    line_lo = line_hi = -1
    line = line_x = line_y = line_h = line_pos = to_x = None
    # where the ranges' text holds a left-to-right character: found in one pass over the
    # text they cover when that is about a screen (most screens of an Arabic article hold
    # few or none), else range by range (the selected span may be far below the others)
    search = _LEFT_TO_RIGHT.search
    covered = (min((r[0] for r in ranges), default=0), max((r[1] for r in ranges), default=0))
    ltr = ([m.start() for m in _LEFT_TO_RIGHT.finditer(text, *covered)]
           if covered[1] - covered[0] <= _ONE_PASS else None)
    for start, end in ranges:
        if end > length:
            end = length
        a, z = (start, end) if convert is None else (convert(start), convert(end))
        if ltr is None:
            mixed = search(text, start, end) is not None
        elif ltr:
            i = bisect_left(ltr, start)
            mixed = i < len(ltr) and ltr[i] < end
        else:
            mixed = False
        if line_lo <= a and z <= line_hi and not mixed and a < z:
            x1 = to_x(a - line_pos)[0]
            x2 = to_x(z - line_pos)[0]
            if x1 < x2:
                found.append([QRectF(x1 + line_x, line_y, x2 - x1, line_h)])
            elif x2 < x1:
                found.append([QRectF(x2 + line_x, line_y, x1 - x2, line_h)])
            else:
                found.append([])
            continue
        out: list[QRectF] = []
        found.append(out)
        pos = a
        while pos < z:
            if block is None or not block.position <= pos <= block.end:
                block = blocks.at(pos)
                if block is None:
                    break
            bpos = block.position
            lo, hi = (a if a > bpos else bpos) - bpos, (z if z < block.end else block.end) - bpos
            if hi > lo and block.count:
                row, left, top = block.row, block.left, block.top
                first = block.line_of(lo)
                last = block.line_of(hi - 1 if hi - 1 > lo else lo)
                for n in range(first, (last if last > first else first) + 1):
                    ls, le, tline, y, height = row(n)
                    a_, z_ = (lo if lo > ls else ls), (hi if hi < le else le)
                    if mixed:  # the glyph runs: a range over a change of direction
                        for x1, x2 in _runs(tline, a_, z_):
                            out.append(QRectF(x1 + left, y + top, x2 - x1, height))
                        continue
                    x1 = tline.cursorToX(a_)[0]
                    x2 = tline.cursorToX(z_)[0]
                    if x1 < x2:
                        out.append(QRectF(x1 + left, y + top, x2 - x1, height))
                    elif x2 < x1:
                        out.append(QRectF(x2 + left, y + top, x1 - x2, height))
                # the line the range ends on, for the next range (the fast path above)
                ls, le, line, y, line_h = row(last if last > first else first)
                to_x = line.cursorToX
                line_pos, line_x, line_y = bpos, left, y + top
                line_lo, line_hi = bpos + ls, bpos + le
            pos = block.end + 1  # the next block
    return found


# A character that is laid out left to right (Latin and other scripts, digits of both
# kinds): a range holding one may cross a change of direction in the right-to-left
# article, and then its two ends are not its edges on screen ("قال (Operation X) إن":
# the x of each end enclose other words and leave out some of its own).
_LEFT_TO_RIGHT = re.compile(r"[0-9A-Za-z\u00c0-\u02af\u0370-\u058f\u0660-\u0669\u06f0-\u06f9"
                            r"\u0900-\u0fff\u1000-\u1fff\u2c00-\u2dff\u3040-\u9fff\uac00-\ud7af]")


def _runs(line, start: int, end: int) -> list[tuple[float, float]]:
    """The x extents of ``[start, end)`` (UTF-16, in the block) on one line: one per run
    of glyphs of one direction, from the line's own glyph runs; runs that touch merged."""
    spans = sorted((r.boundingRect().left(), r.boundingRect().right())
                   for r in line.glyphRuns(start, end - start) if not r.boundingRect().isEmpty())
    merged: list[list[float]] = []
    for x1, x2 in spans:
        if merged and x1 <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], x2)
        else:
            merged.append([x1, x2])
    return [(x1, x2) for x1, x2 in merged if x2 > x1]


__all__ = ["Blocks", "ranges_rects", "span_rects"]
