"""Merging another project file into this one (a team member's work).

The other file is only read: it is opened read-only (``mode=ro``; a file of an older
schema is read through a migrated temporary copy), so its bytes never change and no
backup is made beside it. Documents are matched by id and text hash: a document missing
here is added; the same id with another text is rejected, naming the document. Each
annotator layer of the other project is brought in under its own name, with its
status; a layer this project already holds for that document is replaced when it
differs, and the report says so. The other project's gold layer is not merged: gold
is made here, by review.

Each document is merged with all its layers in one transaction (a few hundred documents
share one, each in its own savepoint): a merge killed at any moment leaves every
document either fully merged or not touched. Every look-up is by
document (indexed), so the cost grows with the corpus, not with its square.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.formats.records import Rejection
from desktop.core.model import GOLD, reassign_ids
from desktop.store.errors import StoreError, is_record_error, record_reason
from desktop.store.project import Project

if TYPE_CHECKING:
    from desktop.store.importer import ImportReport


def _without_path(message: str, path: Path) -> str:
    """The reason alone: the rejection's ``FILE:LINE:`` names the file already."""
    for shown in (str(path), str(path.resolve())):
        if message.startswith(shown + ": "):
            return message[len(shown) + 2:]
    return message


def merge_project(project: Project, other_path: Path, report: ImportReport) -> None:
    source = str(other_path)
    if other_path.resolve() == project.path.resolve():
        report.rejected.append(Rejection(source, 1, "cannot merge a project into itself"))
        return
    try:
        other = Project(other_path, create=False, read_only=True)
    except StoreError as exc:  # not a project, damaged, unreadable: the input's fault
        report.rejected.append(Rejection(source, 1, _without_path(str(exc), other_path)))
        return
    with other:
        layers = set(other.annotator_layers())
        ids = other.document_ids()
        for first in range(0, len(ids), BATCH):
            _merge_batch(project, other, ids[first:first + BATCH], first + 1, layers,
                         source, report)


BATCH = 200  # documents a transaction: each whole, and few commits


def _merge_batch(project: Project, other: Project, ids: list[str], first: int,
                 layers: set[str], source: str, report: ImportReport) -> None:
    """Documents ``ids`` (``first``: the position of the first in the other file) in one
    transaction, each in its own savepoint; the report is updated once it commits."""
    from desktop.store.importer import _Pending

    done = _Pending()
    with project.transaction():
        for n, doc_id in enumerate(ids, first):
            try:
                with project.transaction():
                    _merge_document(project, other, doc_id, layers, source, n, done)
            except Exception as exc:  # noqa: BLE001 - only record-level failures
                if not is_record_error(exc):
                    raise
                done.rejected.append(Rejection(
                    source, n, f"document {doc_id!r}: {record_reason(exc)}"))
    done.into(report)


def _merge_document(project: Project, other: Project, doc_id: str, layers: set[str],
                    source: str, n: int, done) -> None:
    """One document with its layers (the caller holds the transaction)."""
    from desktop.store.importer import _same_annotations  # one definition of "same"

    theirs_hash = other.text_sha256(doc_id)
    mine = project.text_sha256(doc_id)
    if mine is not None and mine != theirs_hash:
        done.rejected.append(Rejection(
            source, n, f"document {doc_id!r} has a different text here and there "
            "(same id, other text): not merged"))
        return
    added = replaced = layers_added = 0
    notes = []
    if mine is None:
        project._add_document(other.document(doc_id), theirs_hash)
        added = 1
    for layer in other.document_holders(doc_id):
        if layer not in layers or layer == GOLD:
            continue
        theirs = other.annotations(doc_id, layer)
        status = other.status(doc_id, layer)
        member = mine is not None and project.holds(doc_id, layer)
        ours = project.annotations(doc_id, layer)
        if member and _same_annotations(ours.spans, ours.relations, theirs.spans,
                                        theirs.relations):
            project.set_status(doc_id, layer, status)
            continue
        taken = project.taken_ids(theirs.spans, theirs.relations) - {
            s.id for s in ours.spans} - {r.id for r in ours.relations}
        spans, rels = reassign_ids(theirs.spans, theirs.relations, taken)
        project.replace_layer(doc_id, layer, spans, rels, status=status)
        if member:
            replaced += 1
            notes.append(f"{source}: replaced layer {layer!r} of document {doc_id!r} "
                         f"({len(ours.spans)} span(s) -> {len(spans)})")
        else:
            layers_added += 1
    done.added += added
    done.unchanged += 1 - added
    done.layers_replaced += replaced
    done.layers_added += layers_added
    done.notes.extend(notes)
