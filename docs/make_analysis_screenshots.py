"""Make docs/ledger.png, docs/actors.png and docs/timeline.png: the analyst views in the
window (review mode: gold), on the seeds with the shared example imported as gold and a
few more claims tagged in seeds 001–003, grabbed offscreen at 1400x900.

The example and seeds 001–003 get a publication date so their dates resolve: 001's as in
docs/make_screenshots.py, 002's from its own header («15 أغسطس 2024»), 003's from what it
reports (the talks announced on Thursday 25 January 2024), and the example's chosen for
the picture (12 September 2018, two days after the «العاشر من أيلول/سبتمبر» it names);
its dates are then worked out by the date normaliser against it, as tagging does.

    python docs/make_analysis_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS = tempfile.mkdtemp(prefix="tawsim-shot-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS  # leave the user's settings alone
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXAMPLE = "000_853630d0f81be7ce"
PUBLISHED = {EXAMPLE: "2018-09-12", "001_ad0e2173383a4199": "2018-09-20",
             "002_ff7591edfe30a0b3": "2024-08-15", "003_c60929020f56a472": "2024-01-26"}
ISIS = {"type": "armed_group", "mention": "name", "canonical": "تنظيم الدولة الإسلامية"}
RESISTANCE = {"type": "armed_group", "mention": "name",
              "canonical": "المقاومة الإسلامية في العراق"}
# document -> spans (label, phrase, occurrence, attributes) and relations (type, head
# phrase, tail phrase); spans are found by the start of their text
SPANS = {
    "001_ad0e2173383a4199": [
        ("ACTOR", "سلاح الجو العراقي", 0, {"type": "military", "mention": "name"}),
        ("ACTOR", "تنظيم داعش", 0, ISIS),
        ("CUE", "أفاد", 0, {}),
        ("ACTOR", "المكتب الإعلامي لرئيس الوزراء حيدر العبادي", 0,
         {"type": "government", "mention": "name"}),
        ("CLAIM", "نفذت قواتنا الجوية البطلة يوم الخميس ضربات جوية مميتة ضد مواقع عصابات داعش"
                  " الإرهابية في سورية من جهة حدود العراق", 0,
         {"claim_type": "assertion", "attribution": "direct", "polarity": "affirmed"}),
        ("DATE", "يوم الخميس", 0, None),
        ("CUE", "قال", 0, {}),
        ("ACTOR", "متحدث باسم الجيش العراقي", 0, {"type": "military", "mention": "nominal"}),
        ("CLAIM", "الضربات الجوية التي نفذها العراق على مواقع داعش في سوريا الخميس كانت بتنسيق"
                  " مع الحكومة السورية", 0,
         {"claim_type": "assertion", "attribution": "indirect", "polarity": "affirmed"}),
        ("DATE", "الخميس", 1, None),
        ("ACTOR", "الحكومة السورية", 0, {"type": "government", "mention": "name"}),
    ],
    "002_ff7591edfe30a0b3": [
        ("CUE", "أعلن", 0, {}),
        ("ACTOR", "العراق", 3, {"type": "state", "mention": "name"}),
        ("DATE", "الخميس", 0, None),
        ("CLAIM", "تأجيل إعلان انتهاء مهمة التحالف الدولي لمكافحة الإرهاب بقيادة الولايات"
                  " المتحدة", 0,
         {"claim_type": "assertion", "attribution": "indirect", "polarity": "affirmed"}),
        ("ACTOR", "التحالف الدولي لمكافحة الإرهاب", 0,
         {"type": "military", "mention": "name", "canonical": "التحالف الدولي ضد داعش"}),
        ("CUE", "وأعلنت", 0, {}),
        ("ACTOR", "المقاومة الإسلامية العراق", 0, RESISTANCE),
        ("CLAIM", "مسؤوليتها عن غالبية هذه الهجمات", 0,
         {"claim_type": "assertion", "attribution": "indirect", "polarity": "affirmed"}),
    ],
    "003_c60929020f56a472": [
        ("CUE", "تعهدت", 0, {}),
        ("ACTOR", "المقاومة الإسلامية في العراق", 0, RESISTANCE),
        ("DATE", "الجمعة", 0, None),
        ("CLAIM", "مواصلة هجماتها ضد التحالف الدولي المناهض لتنظيم الدولة الإسلامية", 0,
         {"claim_type": "threat", "attribution": "indirect", "polarity": "affirmed"}),
        ("CUE", "وأعلن", 0, {}),
        ("ACTOR", "العراق والولايات المتحدة", 0,
         {"type": "state", "mention": "name", "canonical": "العراق"}),
        ("DATE", "الخميس", 0, None),
        ("CLAIM", "مباحثات مقبلة حول مستقبل التحالف الدولي بقيادة واشنطن", 0,
         {"claim_type": "prediction", "attribution": "indirect", "polarity": "affirmed"}),
    ],
}
RELATIONS = {
    "001_ad0e2173383a4199": [
        ("claimant", "نفذت قواتنا الجوية", "المكتب الإعلامي"),
        ("event_date", "نفذت قواتنا الجوية", "يوم الخميس"),
        ("cue_of", "أفاد", "نفذت قواتنا الجوية"),
        ("claimant", "الضربات الجوية التي", "متحدث باسم الجيش العراقي"),
        ("event_date", "الضربات الجوية التي", "الخميس"),
        ("about", "الضربات الجوية التي", "الحكومة السورية"),
        ("cue_of", "قال", "الضربات الجوية التي"),
    ],
    "002_ff7591edfe30a0b3": [
        ("claimant", "تأجيل إعلان", "العراق"), ("claim_date", "تأجيل إعلان", "الخميس"),
        ("about", "تأجيل إعلان", "التحالف الدولي لمكافحة"), ("cue_of", "أعلن", "تأجيل إعلان"),
        ("claimant", "مسؤوليتها", "المقاومة الإسلامية"), ("cue_of", "وأعلنت", "مسؤوليتها"),
    ],
    "003_c60929020f56a472": [
        ("claimant", "مواصلة هجماتها", "المقاومة الإسلامية"),
        ("claim_date", "مواصلة هجماتها", "الجمعة"), ("cue_of", "تعهدت", "مواصلة هجماتها"),
        ("claimant", "مباحثات مقبلة", "العراق والولايات"),
        ("claim_date", "مباحثات مقبلة", "الخميس"), ("cue_of", "وأعلن", "مباحثات مقبلة"),
    ],
}


def prepare(path: Path) -> None:
    """Seeds plus the example as gold; publication dates; the example's dates resolved."""
    from desktop.core.dates import normalise
    from desktop.store.project import Project
    from tests.store.analysis_fixtures import build_seeds_and_example

    build_seeds_and_example(path)
    with Project(path) as project:
        for doc_id, day in PUBLISHED.items():
            project.set_meta(doc_id, "published", day)
        dct = datetime.date.fromisoformat(PUBLISHED[EXAMPLE])
        for span in project.annotations(EXAMPLE, "gold").spans:
            if span.label == "DATE":
                t = normalise(span.text, dct)
                if t is not None:
                    project.set_attrs(span.id, {"type": t.type, "value": t.value}
                                      | ({"mod": t.mod} if t.mod else {}))


def annotate(window) -> None:
    """The spans and relations above, tagged in gold as a reviewer would."""
    s = window.session
    keys = {r.name: r.key for r in s.schema.relations}
    for doc_id, spans in SPANS.items():
        window.open_document(doc_id)
        text = s.doc.text
        for label, phrase, occurrence, attrs in spans:
            at = -1
            for _ in range(occurrence + 1):
                at = text.index(phrase, at + 1)
            span = window.tagging.tag(label, at, at + len(phrase), exact=True)
            for name, value in (attrs or {}).items():
                window.tagging.set_attribute(span.id, name, value)

        def starting(phrase: str):
            return next(x for x in s.ann.spans if x.text.startswith(phrase))

        for rel, head, tail in RELATIONS[doc_id]:
            s.select(starting(head).id)
            window.tagging.relation_key(keys[rel])
            window.tagging.pick_tail(starting(tail).id)


def settle(app, window, until=None, seconds: float = 0.4) -> None:
    import time

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 20 and not (until is None or until()):
        app.processEvents()
        time.sleep(0.01)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        app.processEvents()
        time.sleep(0.01)


def save(window, path: Path) -> Path:
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def main(out_dir: str | None = None) -> list[Path]:
    from PySide6.QtCore import Qt

    from desktop.app import application, build_window
    from desktop.core.analysis.ledger import COLUMNS

    out = Path(out_dir) if out_dir else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    made = []
    with tempfile.TemporaryDirectory(prefix="tawsim-shot-") as tmp:
        path = Path(tmp) / "analysis.tawsim"
        prepare(path)
        window = build_window(path, annotator="rania")
        window.view.set_point_size(14)
        window.resize(1400, 900)
        window.show()
        window.review.set_active(True)  # the reviewer's gold
        window.review.dock.hide()
        annotate(window)
        views = window.analysis
        window.open_document(EXAMPLE)
        # the ledger: every claim, the last one opened in its article
        views.ledger.toggle(True)
        window.resizeDocks([views.ledger.dock], [390], Qt.Orientation.Vertical)
        model = views.ledger.model
        settle(app, window, lambda: model.count is not None and model.row_at(0) is not None)
        table = views.ledger.table
        for col in ("claim_id", "polarity", "claimant", "claim_date", "event_date"):
            table.setColumnHidden(COLUMNS.index(col), True)  # narrower, for the picture
        row = next(r for r in range(model.rowCount()) if model.row_at(r).claim_id == "s19")
        table.selectRow(row)
        views.ledger.open_row(row)
        window.statusBar().clearMessage()
        settle(app, window)
        made.append(save(window, out / "ledger.png"))
        for col in range(len(COLUMNS)):
            table.setColumnHidden(col, False)
        # the actor index: ISIS with its variants, a new name being typed
        views.actors.toggle(True)
        settle(app, window, lambda: views.actors.model.rowCount() > 0)
        views.actors.select_names(["تنظيم الدولة الإسلامية"])
        views.actors.panel.new_name.setText("داعش")
        window.statusBar().clearMessage()
        settle(app, window)
        made.append(save(window, out / "actors.png"))
        # the timeline: every lane, one claim under the pointer
        views.timeline.toggle(True)
        canvas = views.timeline.canvas
        settle(app, window, lambda: canvas.laid is not None and bool(canvas.laid.placed))
        hover = next(p for p in canvas.laid.placed if p.item.claim_id == "s19" and p.point)
        canvas.set_hover(hover)
        window.statusBar().clearMessage()
        settle(app, window)
        made.append(save(window, out / "timeline.png"))
        window.close()
        window.project.close()
    return made


if __name__ == "__main__":
    for p in main(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
