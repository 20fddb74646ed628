"""Make docs/review.png: review mode on seed 000 with two annotators' layers (amal: the
guidelines' example; badr: two actors missing, one boundary, one label and one attribute
changed), a few decisions made, a boundary difference current; grabbed offscreen at
1400x850 like docs/screenshot.png.

    python docs/make_review_screenshot.py [OUT.png]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS = tempfile.mkdtemp(prefix="tawsim-shot-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS  # leave the user's settings alone
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: str | None = None) -> Path:
    from desktop.app import application, build_window
    from tests.ui.review_project import DOC, build

    out_path = Path(out) if out else ROOT / "docs" / "review.png"
    app = application()
    with tempfile.TemporaryDirectory(prefix="tawsim-shot-") as tmp:
        path = build(Path(tmp) / "review.tawsim")
        window = build_window(path, annotator="rania")
        window.view.set_point_size(15)
        window.resize(1400, 850)
        window.show()
        window.open_document(DOC)
        review = window.review
        review.set_active(True)
        review.accept_unanimous()  # what both annotators did identically
        rows = review.model.rows
        first_only = next(d for d in rows if d.kind == "only_some")
        review.select_row(review.model.row_of(first_only.key))
        review.accept()  # the first actor only amal has: into gold
        review.reject("a vehicle, not an actor")  # the second one: out, with a reason
        boundary = next(d for d in review.model.rows if d.kind == "boundary")
        review.select_row(review.model.row_of(boundary.key))
        for _ in range(5):
            app.processEvents()
        window.view.verticalScrollBar().setValue(0)
        window.statusBar().showMessage("Review mode: J/K next/previous difference, G accept,"
                                       " R reject, Shift+R with a reason, V version,"
                                       " Ctrl+Enter reviewed")
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out_path))
        window.close()
        window.project.close()
    return out_path


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else None))
