"""Every action of the window, in one table: its id, the text users read (translated in
the "Actions" context), its shortcuts, the bare keys it answers to, its handler and its
menu. Menus, the toolbar, the key router, the review key hint and Help ▸ Keyboard
shortcuts are all built from it; ``tests/ui/shell/test_actions.py`` checks the key table
of ``docs/window.md`` against it.

``shortcuts`` are window shortcuts (QKeySequence text, with modifiers). ``keys`` are the
bare keys the article, the span table and the review list read themselves (so typing in
a field never triggers them): a Latin letter answers to the Arabic letter on the same
key, a digit to the Arabic-Indic digits. ``mode`` says when the keys answer: when
annotating, when reviewing, or both. ``handler`` is ``"controller.method"``, the
controller as the window registers it.

Adding an action: one line here, and the method it names.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action of the window: its id, text, handler (``"controller.method"``), menu,
    shortcuts and bare keys, and when those keys answer."""

    id: str
    text: str
    handler: str
    menu: str | None = None
    shortcuts: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    mode: str = "both"  # annotate | review | both: when the bare keys answer
    name: str = ""  # objectName of the QAction (tests and scripts find it by this)
    tip: str = ""
    checkable: bool = False
    toolbar: bool = False
    separator: bool = False  # a separator before it in its menu
    article_only: bool = False  # its bare keys answer on the article only
    args: tuple = ()
    via: str = ""  # the key that does it through another action (in its mode): menu and hint


MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("tag", QT_TRANSLATE_NOOP("Menus", "&Tag")),
    ("dates", QT_TRANSLATE_NOOP("Menus", "&Dates")),
    ("review", QT_TRANSLATE_NOOP("Menus", "Re&view")),
    ("analysis", QT_TRANSLATE_NOOP("Menus", "&Analysis")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    # ------------------------------------------------------------------ File
    ActionSpec("file.new", QT_TRANSLATE_NOOP("Actions", "&New project…"), "projects.new_project_dialog", "file",
               ("Ctrl+N",), name="actionNewProject"),
    ActionSpec("file.open", QT_TRANSLATE_NOOP("Actions", "&Open project…"), "projects.open_project_dialog", "file",
               ("Ctrl+O",), name="actionOpenProject"),
    ActionSpec("file.import", QT_TRANSLATE_NOOP("Actions", "&Import files…"), "projects.import_dialog", "file",
               ("Ctrl+I",), name="actionImport", separator=True),
    ActionSpec("file.import_folder", QT_TRANSLATE_NOOP("Actions", "Import a &folder…"),
               "projects.import_folder_dialog", "file", name="actionImportFolder"),
    ActionSpec("file.export_mine", QT_TRANSLATE_NOOP("Actions", "&Export my annotations…"),
               "projects.export_mine", "file", ("Ctrl+E",), name="actionExportMine"),
    ActionSpec("file.export_gold", QT_TRANSLATE_NOOP("Actions", "Export &reviewed gold…"),
               "projects.export_gold", "file", name="actionExportGold"),
    ActionSpec("file.annotator", QT_TRANSLATE_NOOP("Actions", "Change &annotator…"), "projects.ask_annotator", "file",
               name="actionAnnotator", separator=True),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "window.close", "file", ("Ctrl+Q",),
               name="actionQuit", separator=True),
    # ------------------------------------------------------------------ Edit
    ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "session.undo", "edit", ("Ctrl+Z",),
               name="actionUndo"),
    ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "session.redo", "edit", ("Ctrl+Shift+Z", "Ctrl+Y"),
               name="actionRedo"),
    ActionSpec("edit.delete", QT_TRANSLATE_NOOP("Actions", "&Delete span"), "tagging.delete_selected", "edit",
               keys=("Delete", "Backspace"), name="actionDeleteSpan", separator=True),
    ActionSpec("edit.escape", QT_TRANSLATE_NOOP("Actions", "Cancel / leave"), "window.escape", "edit",
               keys=("Escape",), name="actionEscape",
               tip=QT_TRANSLATE_NOOP("Actions", "Cancel a pending relation, leave the current suggestion, or "
                         "clear the selection")),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find in article…"), "find.open_bar", "edit", ("Ctrl+F",),
               name="actionFind"),
    ActionSpec("edit.done", QT_TRANSLATE_NOOP("Actions", "Mark &done and open next"), "window.done",
               "edit", ("Ctrl+Return", "Ctrl+Enter"), name="actionDone", separator=True),
    # ------------------------------------------------------------------ View
    ActionSpec("view.refresh", QT_TRANSLATE_NOOP("Actions", "Re&fresh"), "window.refresh", "view",
               ("F5",), name="actionRefresh",
               tip=QT_TRANSLATE_NOOP("Actions", "Read again what another window or program changed in the project")),
    ActionSpec("view.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), "article.zoom_in", "view",
               ("Ctrl++", "Ctrl+="), name="actionZoomIn"),
    ActionSpec("view.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), "article.zoom_out", "view", ("Ctrl+-",),
               name="actionZoomOut"),
    ActionSpec("view.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Reset zoom"), "article.zoom_reset", "view",
               ("Ctrl+0",), name="actionZoomReset"),
    ActionSpec("view.all_relations", QT_TRANSLATE_NOOP("Actions", "Show &all relations"), "relations.set_show_all",
               "view", name="actionAllRelations", checkable=True, separator=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Draw every relation of the document as an arrow (else only the "
                         "selected span's)")),
    ActionSpec("view.lang_en", QT_TRANSLATE_NOOP("Actions", "Interface in &English"),
               "window.set_language", "view", name="actionLanguageEnglish", checkable=True,
               separator=True, args=("en",)),
    ActionSpec("view.lang_ar", QT_TRANSLATE_NOOP("Actions", "Interface in &Arabic (العربية)"),
               "window.set_language", "view", name="actionLanguageArabic", checkable=True,
               args=("ar",)),
    ActionSpec("view.review_mode", QT_TRANSLATE_NOOP("Actions", "&Review mode"), "review.set_active", "view",
               ("Ctrl+R",), name="actionReviewMode", checkable=True, separator=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Review mode (Ctrl+R): edit gold, adjudicate the annotators' "
                         "differences")),
    # ------------------------------------------------------------------ Dates
    ActionSpec("dates.next", QT_TRANSLATE_NOOP("Actions", "&Next suggestion"), "suggestions.step_next", "dates",
               keys=("N",), mode="annotate", name="actionNextDate"),
    ActionSpec("dates.previous", QT_TRANSLATE_NOOP("Actions", "&Previous suggestion"), "suggestions.step_previous",
               "dates", keys=("P",), mode="annotate", name="actionPreviousDate"),
    ActionSpec("dates.accept", QT_TRANSLATE_NOOP("Actions", "&Accept suggestion"), "suggestions.accept_current",
               "dates", keys=("Y",), mode="annotate", name="actionAcceptDate"),
    ActionSpec("dates.accept_enter", QT_TRANSLATE_NOOP("Actions", "Accept the current suggestion"),
               "suggestions.accept_if_current", None, keys=("Return", "Enter"),
               mode="annotate", article_only=True),
    ActionSpec("dates.accept_all", QT_TRANSLATE_NOOP("Actions", "Accept &all suggestions"), "suggestions.accept_all",
               "dates", keys=("Shift+Y",), mode="annotate", name="actionAcceptAllDates",
               toolbar=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Accept every suggestion in this document (Shift+Y; one undo step)")),
    ActionSpec("dates.dismiss", QT_TRANSLATE_NOOP("Actions", "&Dismiss suggestion"), "suggestions.dismiss_current",
               "dates", keys=("X",), mode="annotate", name="actionDismissDate"),
    ActionSpec("dates.use_published", QT_TRANSLATE_NOOP("Actions", "&Use the proposed publication date"),
               "publication.use_proposal", "dates", name="actionUsePublished",
               separator=True),
    # ------------------------------------------------------------------ Review
    ActionSpec("review.next", QT_TRANSLATE_NOOP("Actions", "&Next difference"), "review.step_next", "review",
               keys=("J",), mode="review", name="actionNextDifference", separator=True),
    ActionSpec("review.previous", QT_TRANSLATE_NOOP("Actions", "&Previous difference"), "review.step_previous",
               "review", keys=("K",), mode="review", name="actionPreviousDifference"),
    ActionSpec("review.accept", QT_TRANSLATE_NOOP("Actions", "&Accept into gold"), "review.accept", "review",
               keys=("G", "Return", "Enter"), mode="review", name="actionAccept"),
    ActionSpec("review.reject", QT_TRANSLATE_NOOP("Actions", "Re&ject"), "review.reject", "review", keys=("R",),
               mode="review", name="actionReject"),
    ActionSpec("review.accept_reason", QT_TRANSLATE_NOOP("Actions", "Accept with a reason…"), "review.ask_accept_reason",
               "review", keys=("Shift+G",), mode="review", name="actionAcceptReason"),
    ActionSpec("review.reject_reason", QT_TRANSLATE_NOOP("Actions", "Reject with a reason…"), "review.ask_reject_reason",
               "review", keys=("Shift+R",), mode="review", name="actionRejectReason"),
    ActionSpec("review.version", QT_TRANSLATE_NOOP("Actions", "Next &version to accept"), "review.cycle_version",
               "review", keys=("V",), mode="review", name="actionVersion"),
    ActionSpec("review.unanimous", QT_TRANSLATE_NOOP("Actions", "Accept &unanimous (this document)"),
               "review.accept_unanimous", "review", ("Ctrl+Shift+U",),
               name="actionAcceptUnanimous", separator=True),
    ActionSpec("review.unanimous_all", QT_TRANSLATE_NOOP("Actions", "Accept unanimous in &all documents…"),
               "review.accept_unanimous_all", "review", name="actionAcceptUnanimousAll"),
    ActionSpec("review.reviewed", QT_TRANSLATE_NOOP("Actions", "Mark &reviewed and open next"),
               "review.mark_reviewed_and_next", "review", name="actionMarkReviewed",
               separator=True, tip=QT_TRANSLATE_NOOP("Actions", "Ctrl+Enter in review mode"),
               via="Ctrl+Enter"),  # edit.done's shortcut marks reviewed in review mode
    # ------------------------------------------------------------------ Analysis
    ActionSpec("analysis.ledger", QT_TRANSLATE_NOOP("Actions", "Claims &ledger"), "ledger.toggle",
               "analysis", ("Ctrl+Shift+L",), name="actionLedger", checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Every claim with who made it and when, "
                                     "sortable and filterable; a row opens its claim")),
    ActionSpec("analysis.actors", QT_TRANSLATE_NOOP("Actions", "&Actor index"), "actors.toggle",
               "analysis", ("Ctrl+Shift+A",), name="actionActorIndex", checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Every actor by canonical name, with its variants "
                                     "and claims; rename or merge names")),
    ActionSpec("analysis.timeline", QT_TRANSLATE_NOOP("Actions", "&Timeline"), "timeline.toggle",
               "analysis", ("Ctrl+Shift+T",), name="actionTimeline", checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Claims and the events they report on a time "
                                     "axis, one lane per claimant")),
    ActionSpec("analysis.export_ledger", QT_TRANSLATE_NOOP("Actions", "&Export ledger…"),
               "ledger.export_dialog", "analysis", name="actionExportLedger", separator=True),
    ActionSpec("analysis.export_timeline", QT_TRANSLATE_NOOP("Actions", "Export timeline &image…"),
               "timeline.export_dialog", "analysis", name="actionExportTimeline"),
    ActionSpec("analysis.rename_actors", QT_TRANSLATE_NOOP("Actions", "&Rename or merge actors…"),
               "actors.rename_dialog", "analysis", name="actionRenameActors", separator=True),
    ActionSpec("analysis.propagate", QT_TRANSLATE_NOOP("Actions", "Propose &mentions across the "
                                                       "corpus…"),
               "mentions.propagate_corpus", "analysis", name="actionProposeMentions",
               tip=QT_TRANSLATE_NOOP("Actions", "Every document you open proposes the actor names "
                                     "your layer has tagged anywhere")),
    # ------------------------------------------------------------------ Help
    ActionSpec("help.guidelines", QT_TRANSLATE_NOOP("Actions", "Annotation &guidelines"), "guidelines.toggle", "help",
               ("F1",), name="actionGuidelines", checkable=True),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "shortcuts.show_window", "help",
               ("Ctrl+/",), name="actionShortcuts"),
)

# Keys the review hint under the review list names, in order.
REVIEW_HINT = ("review.next", "review.previous", "review.accept", "review.reject",
               "review.accept_reason", "review.version", "review.unanimous", "review.reviewed")


def by_id(action_id: str) -> ActionSpec:
    for spec in ACTIONS:
        if spec.id == action_id:
            return spec
    raise KeyError(action_id)


__all__ = ["ACTIONS", "MENUS", "REVIEW_HINT", "ActionSpec", "by_id"]
