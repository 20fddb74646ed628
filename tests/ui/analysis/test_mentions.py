"""Mention propagation in the article: tagging «تنظيم داعش» in the example proposes its
other mentions («داعش») as suggestions drawn and keyed like the dates', with the
canonical name and type copied; Y accepts, X dismisses (kept per kind), Shift+Y accepts
all in one undo step; the gazetteer proposes on every document; the corpus-wide action
runs in a worker with progress and then every document opened proposes the names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop.core.analysis.gazetteer import GazetteerEntry
from desktop.store.gazetteer import store_gazetteer
from desktop.store.project import Project
from desktop.store.repo import ProjectRepo
from desktop.ui.analysis.mentions import CorpusMentionsJob
from tests.store.analysis_fixtures import EXAMPLE_ID
from tests.ui.conftest import ANNOTATOR, key

ISIS = "تنظيم الدولة الإسلامية"
SEED_001 = "001_ad0e2173383a4199"
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(seeds_project, open_window):
    w = open_window(seeds_project)
    w.open_document(EXAMPLE_ID)
    return w


def mentions(w):
    return [t for t in w.suggestions.visible() if t.kind == "mentions"]


def actors(w):
    return {(s.start, s.text): s.attrs for s in
            w.project.annotations(w.doc.id, ANNOTATOR).spans if s.label == "ACTOR"}


def tag_isis(w):
    """«تنظيم داعش» tagged as a user does: the label key, then its type and name."""
    at = w.doc.text.index("تنظيم داعش")
    span = w.tagging.tag("ACTOR", at, at + len("تنظيم داعش"))
    w.tagging.set_attribute(span.id, "type", "armed_group")
    w.tagging.set_attribute(span.id, "canonical", ISIS)
    return at


def test_tagging_an_actor_proposes_its_other_mentions(window, qtbot):
    w = window
    assert mentions(w) == []
    tag_isis(w)
    found = mentions(w)
    # its names, and its nominal mentions after it is first named («للتنظيم»: ل out)
    assert [t.text for t in found] == ["داعش", "داعش", "لتنظيم", "داعش", "التنظيم",
                                       "داعش", "التنظيم", ISIS]
    text = w.doc.text
    assert [t.start for t in found if t.text == "داعش"] == [
        i for i in range(len(text)) if text.startswith("داعش", i) and i < 2000]
    assert text[found[2].start - 1:found[2].end] == "للتنظيم"
    assert all(t.attrs == {"canonical": ISIS, "type": "armed_group"} for t in found)
    assert all(t.label == "ACTOR" for t in found)
    qtbot.waitUntil(lambda: "other mention(s) proposed" in w.last_notice)
    # drawn like the date suggestions: dashed outlines on the overlay
    w.view.place_caret(found[0].start)
    assert any(t.kind == "mentions" for t, _c, _r in w.suggestions.overlay.rects())


def next_mention(qtbot, w):
    """N until a mention suggestion is current (dates come in between)."""
    for _ in range(len(w.suggestions.visible()) + 1):
        current = w.suggestions.current_suggestion()
        if current is not None and current.kind == "mentions":
            return current
        key(qtbot, w, Qt.Key.Key_N)
    raise AssertionError("no mention suggestion to go to")


def test_y_accepts_with_canonical_and_type_x_dismisses(window, qtbot):
    w = window
    at = tag_isis(w)
    w.view.place_caret(0)
    first = next_mention(qtbot, w)
    key(qtbot, w, Qt.Key.Key_Y)
    assert actors(w)[(first.start, "داعش")] == {"canonical": ISIS, "type": "armed_group"}
    assert first.start not in [t.start for t in mentions(w)]
    # X: the next one dismissed, kept for this kind, layer and document
    second = next_mention(qtbot, w)
    key(qtbot, w, Qt.Key.Key_X)
    assert second.start not in [t.start for t in mentions(w)]
    repo = ProjectRepo(w.project)
    assert (second.start, second.end) in repo.dismissed("mentions", ANNOTATOR, EXAMPLE_ID)
    assert (second.start, second.end) not in repo.dismissed("dates", ANNOTATOR, EXAMPLE_ID)
    key(qtbot, w, Qt.Key.Key_Z, CTRL)  # the dismissal is undoable
    assert second.start in [t.start for t in mentions(w)]
    assert at not in [t.start for t in mentions(w)]  # never over the tagged one


def test_a_nominal_mention_is_proposed_and_accepted_like_a_name(window, qtbot):
    """«التنظيم» after «داعش»: drawn and keyed like the names' suggestions, Y stores it
    with the canonical name and type of the actor it refers back to."""
    w = window
    tag_isis(w)
    w.view.place_caret(0)
    for _ in range(len(w.suggestions.visible()) + 1):
        current = w.suggestions.current_suggestion()
        if current is not None and current.kind == "mentions" and current.text == "التنظيم":
            break
        key(qtbot, w, Qt.Key.Key_N)
    else:
        raise AssertionError("«التنظيم» was not proposed")
    assert current.note.startswith(ISIS)
    key(qtbot, w, Qt.Key.Key_Y)
    assert actors(w)[(current.start, "التنظيم")] == {"canonical": ISIS, "type": "armed_group"}
    assert current.start not in [t.start for t in mentions(w)]


def test_shift_y_accepts_all_in_one_undo_step(window, qtbot):
    w = window
    tag_isis(w)
    before = len(actors(w))
    proposed = len(mentions(w))
    assert proposed == 8  # five names, three nominal mentions
    depth = w.session.undo_stack.count()
    key(qtbot, w, Qt.Key.Key_Y, SHIFT)
    assert len(actors(w)) == before + proposed
    assert mentions(w) == []
    assert w.session.undo_stack.count() == depth + 1
    w.session.undo()
    assert len(actors(w)) == before
    assert len(mentions(w)) == proposed


def test_deleting_the_tagged_actor_takes_its_proposals_away(window, qtbot):
    w = window
    at = tag_isis(w)
    assert mentions(w)
    span = next(s for s in w.session.ann.spans if s.start == at)
    w.session.select(span.id)
    w.tagging.delete_selected()
    assert mentions(w) == []


def test_the_gazetteer_proposes_on_every_document(seeds_project, open_window):
    with Project(seeds_project) as project:
        store_gazetteer(project, [GazetteerEntry("قسد", "قوات سوريا الديمقراطية", "armed_group")])
    w = open_window(seeds_project)
    w.open_document(SEED_001)
    found = [t for t in mentions(w) if t.text == "قسد"]
    assert len(found) == 1
    assert found[0].attrs == {"canonical": "قوات سوريا الديمقراطية", "type": "armed_group"}
    assert "gazetteer" in found[0].note


def test_across_the_corpus_with_progress(window, qtbot):
    w = window
    tag_isis(w)
    w.open_document(SEED_001)
    assert not [t for t in mentions(w) if t.text == "تنظيم داعش"]  # not yet: another document
    w.findChild(QAction, "actionProposeMentions").trigger()
    runner = w.jobs.runners[-1]
    assert runner.dialog.objectName() == "progressDialog"
    qtbot.waitUntil(lambda: runner.finished, timeout=20000)
    names, proposals, documents = runner.result
    assert proposals >= 5 and documents >= 2
    assert f"{proposals} mention proposal(s) in {documents} document(s)" in w.last_notice
    # the open document and every one opened after propose the layer's names
    isis = [t for t in mentions(w) if t.text == "تنظيم داعش"]
    assert len(isis) == w.doc.text.count("تنظيم داعش")
    assert all(t.attrs == {"canonical": ISIS, "type": "armed_group"} for t in isis)
    w.open_document("004_987cb852a2a61e57")
    assert [t for t in mentions(w) if t.text == "تنظيم داعش"]


def test_the_corpus_walk_can_be_cancelled(seeds_project):
    job = CorpusMentionsJob(seeds_project, ANNOTATOR)
    job.cancel()
    with Project(seeds_project) as project:
        assert job.work(project) is None


def test_a_long_document_proposes_from_all_its_spans_once_they_are_held(
        make_project, open_window, qtbot):
    """An article of more than FIRST_SPANS spans opens with its first ones only; its
    mentions are proposed in the next turn of the event loop, from every span: a
    mention tagged after the first 600 is not proposed again."""
    from desktop.core.model import Document, Span
    from desktop.ui.shell.session import FIRST_SPANS

    words = ["قال"] * (FIRST_SPANS + 50)
    text = "داعش " + " ".join(words) + " ثم داعش " + " ".join(words[:20]) + " داعش."
    path = make_project([("short", "نص قصير.")])
    with Project(path) as project:
        at = [i for i in range(len(text)) if text.startswith("داعش", i)]
        cue = [i for i in range(len(text)) if text.startswith("قال", i)]
        spans = [Span.on(text, doc_id="long", layer=ANNOTATOR, label="CUE", start=i,
                         end=i + 3) for i in cue[:FIRST_SPANS + 10]]
        # the first mention among the first spans, the second after them, the third not
        spans += [Span.on(text, doc_id="long", layer=ANNOTATOR, label="ACTOR", start=i,
                          end=i + 4, attrs={"type": "armed_group", "canonical": ISIS})
                  for i in at[:2]]
        project.import_batch([(Document(id="long", text=text, title="long"), ANNOTATOR,
                               spans, [])])
    w = open_window(path)
    w.open_document("short")
    w.open_document("long")
    assert not w.session.complete and mentions(w) == []  # the first paint comes first
    qtbot.waitUntil(lambda: w.suggestions._pending is None and w.session.complete)
    assert [t.start for t in mentions(w)] == [at[2]]  # the untagged one, only


def test_a_tagged_actors_gazetteer_names_take_its_canonical_name(seeds_project, open_window):
    with Project(seeds_project) as project:
        store_gazetteer(project, [GazetteerEntry("داعش", "الدولة الإسلامية", "armed_group"),
                                  GazetteerEntry("تنظيم الدولة الإسلامية", "الدولة الإسلامية",
                                                 "armed_group")])
    w = open_window(seeds_project)
    w.open_document(EXAMPLE_ID)
    before = [t for t in mentions(w) if t.text == ISIS]
    assert [t.attrs["canonical"] for t in before] == ["الدولة الإسلامية"]  # the gazetteer's
    at = w.doc.text.index("داعش")
    span = w.tagging.tag("ACTOR", at, at + len("داعش"))
    w.tagging.set_attribute(span.id, "canonical", "داعش")
    after = [t for t in mentions(w) if t.text == ISIS]
    # «داعش» is in the gazetteer: its other name there is proposed as the tagged actor
    assert [t.attrs["canonical"] for t in after] == ["داعش"]
    assert "gazetteer" not in after[0].note
