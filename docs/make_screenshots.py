"""Make docs/screenshot.png: the window on seed 001 with spans of every label, relations,
the panels filled, its publication date and the date suggestions left untagged, grabbed
offscreen at 1400x850; with ``--lang ar``, the same window in Arabic, mirrored
(docs/screenshot-ar.png).

    python docs/make_screenshots.py [--lang en|ar] [OUT.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS = tempfile.mkdtemp(prefix="tawsim-shot-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS  # leave the user's settings alone
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = "001_ad0e2173383a4199"
PUBLISHED = "2018-09-20"
# (label, phrase, occurrence, exact)
SPANS = [
    ("ACTOR", "سلاح الجو العراقي", 0, False),
    ("DATE", "أمس", 0, False),
    ("ACTOR", "تنظيم داعش", 0, False),
    ("CUE", "أفاد", 0, False),
    ("ACTOR", "المكتب الإعلامي لرئيس الوزراء حيدر العبادي", 0, False),
    ("CLAIM", "نفذت قواتنا الجوية البطلة يوم الخميس ضربات جوية مميتة ضد مواقع عصابات داعش"
              " الإرهابية في سورية من جهة حدود العراق", 0, False),
    ("DATE", "يوم الخميس", 0, False),
    ("CUE", "قال", 0, True),
    ("ACTOR", "متحدث باسم الجيش العراقي", 0, False),
    ("CLAIM", "الضربات الجوية التي نفذها العراق على مواقع داعش في سوريا الخميس كانت بتنسيق"
              " مع الحكومة السورية", 0, False),
    ("DATE", "الخميس", 1, False),
    ("ACTOR", "الحكومة السورية", 0, False),
]
# (relation, head phrase, tail phrase)
RELATIONS = [
    ("claimant", "نفذت قواتنا الجوية", "المكتب الإعلامي"),
    ("event_date", "نفذت قواتنا الجوية", "يوم الخميس"),
    ("claimant", "الضربات الجوية التي", "متحدث باسم الجيش العراقي"),
    ("event_date", "الضربات الجوية التي", "الخميس"),
    ("about", "الضربات الجوية التي", "الحكومة السورية"),
]


def build(window) -> None:
    text = window.doc.text
    for label, phrase, occurrence, exact in SPANS:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(phrase, at + 1)
        window.tagging.tag(label, at, at + len(phrase), exact=exact)

    def span_starting(phrase):
        return next(s for s in window.session.ann.spans if s.text.startswith(phrase))

    keys = {r.name: r.key for r in window.session.schema.relations}
    for rel, head, tail in RELATIONS:
        window.session.select(span_starting(head).id)
        window.tagging.relation_key(keys[rel])
        window.tagging.pick_tail(span_starting(tail).id)
    claim = span_starting("الضربات الجوية التي")
    for name, value in (("claim_type", "assertion"), ("attribution", "indirect"),
                        ("polarity", "affirmed")):
        window.tagging.set_attribute(claim.id, name, value)
    actor = span_starting("متحدث باسم")
    for name, value in (("type", "military"), ("mention", "nominal")):
        window.tagging.set_attribute(actor.id, name, value)
    # a DATE selected: its value with the value in words; the next date suggestion current
    window.session.select(span_starting("يوم الخميس").id)
    window.view.place_caret(span_starting("يوم الخميس").start)
    window.suggestions.step(+1)


def main(out: str | None = None, lang: str = "en") -> Path:
    from desktop.app import application, build_window
    from desktop.resources import seeds_dir
    from desktop.store.importer import import_paths
    from desktop.store.project import Project

    default = "screenshot.png" if lang == "en" else f"screenshot-{lang}.png"
    out_path = Path(out) if out else ROOT / "docs" / default
    app = application()
    with tempfile.TemporaryDirectory(prefix="tawsim-shot-") as tmp:
        path = Path(tmp) / "demo.tawsim"
        with Project(path) as project:
            import_paths(project, sorted(seeds_dir().glob("*.txt")), fmt="txt")
            # a publication date, so the DATEs and the date suggestions left untagged
            # (dashed outlines) are resolved
            project.set_meta(SEED, "published", PUBLISHED)
            # one document already done (set here, before the window reads the file: a
            # write behind the window's back would be announced as another program's)
            project.set_status("000_853630d0f81be7ce", "amal", "done")
        window = build_window(path, annotator="amal", lang=lang)
        window.view.set_point_size(15)
        window.resize(1400, 850)
        window.show()
        window.open_document(SEED)
        build(window)
        window.view.verticalScrollBar().setValue(0)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out_path))
        window.close()
        window.project.close()
    if lang != "en":  # leave the application as other callers expect it
        from desktop.ui.shell import language

        language.install("en")
    return out_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", help="the PNG to write")
    parser.add_argument("--lang", choices=("en", "ar"), default="en")
    args = parser.parse_args()
    print(main(args.out, args.lang))
