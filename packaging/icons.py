"""The program's icon in the formats Windows and macOS want, made at build time from the
committed icon (build.spec runs this on those systems; Linux uses the PNG and SVG as
they are)::

    python packaging/icons.py --out build/icons     # writes tawsim.ico and tawsim.icns

* ``tawsim.ico`` (Windows: the .exe files, Explorer, the taskbar): 16 to 256 px;
* ``tawsim.icns`` (macOS: ``Tawsim.app``, the Dock, Finder): 16 to 1024 px, @1x and @2x.

Each size is drawn from ``resources/icons/tawsim.svg`` by Qt's SVG renderer at 1024 px and
scaled down, so the large Retina sizes are sharp (the committed PNG is 256 px); where
QtSvg cannot run, from ``tawsim.png``. Pillow writes both files. Pillow and QtSvg are
build tools here: neither goes into the bundle (the program does not import them).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def master(size: int = 1024):
    """The icon as a square RGBA Pillow image of ``size`` px."""
    from PIL import Image

    png = _render_svg(size)
    if png is not None:
        return Image.open(io.BytesIO(png)).convert("RGBA")
    image = Image.open(ICONS / "tawsim.png").convert("RGBA")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def _render_svg(size: int) -> bytes | None:
    """tawsim.svg drawn by QSvgRenderer, as PNG bytes; None where that is not possible."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QBuffer, QIODevice, Qt
        from PySide6.QtGui import QGuiApplication, QImage, QPainter
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:
        return None
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(ICONS / "tawsim.svg"))
    if not renderer.isValid():
        return None
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_ico(image, out: Path) -> Path:
    image.save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    return out


def write_icns(image, out: Path) -> Path:
    image.save(out, format="ICNS")  # every size from 16 to 1024, scaled from ``image``
    return out


def build(out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    image = master()
    return {"ico": write_ico(image, out_dir / "tawsim.ico"),
            "icns": write_icns(image, out_dir / "tawsim.icns")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/icons.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons",
                        help="the folder to write tawsim.ico and tawsim.icns to")
    args = parser.parse_args(argv)
    for path in build(args.out).values():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
