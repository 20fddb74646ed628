"""Render tawsim.svg to tawsim.png (256 px) with Qt's own SVG renderer.

Run from the repository: ``.venv/bin/python resources/icons/render_png.py``. The PNG is
committed, so neither the build nor the application needs QtSvg.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent


def main(size: int = 256) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "tawsim.svg"))
    if not renderer.isValid():
        print("tawsim.svg: not a valid SVG", file=sys.stderr)
        return 1
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out = HERE / "tawsim.png"
    if not image.save(str(out), "PNG"):
        print(f"{out}: could not write", file=sys.stderr)
        return 1
    print(f"wrote {out} ({size}x{size})")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
