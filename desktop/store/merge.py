"""Merging another project file into this one (a team member's work).

Documents are matched by id and text hash: a document missing here is added; the same id
with another text is rejected, naming the document. Each annotator layer of the other
project is brought in under its own name; a layer this project already holds for that
document is replaced when it differs, and the report says so. The other project's gold
layer is not merged: gold is made here, by review.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.formats.records import Rejection
from desktop.core.model import GOLD, reassign_ids
from desktop.store.db import ProjectFileError
from desktop.store.project import Project

if TYPE_CHECKING:
    from desktop.store.importer import ImportReport


def merge_project(project: Project, other_path: Path, report: ImportReport) -> None:
    from desktop.store.importer import _same_annotations  # one definition of "same"

    source = str(other_path)
    if other_path.resolve() == project.path.resolve():
        report.rejected.append(Rejection(source, 1, "cannot merge a project into itself"))
        return
    try:
        other = Project(other_path, create=False)
    except ProjectFileError as exc:
        report.rejected.append(Rejection(source, 1, str(exc)))
        return
    with other:
        layers = [name for name in other.annotator_layers() if name != GOLD]
        for n, doc_id in enumerate(other.document_ids(), 1):
            doc = other.document(doc_id)
            mine = project.text_sha256(doc_id)
            if mine is None:
                project.add_document(doc)
                report.added += 1
            elif mine != other.text_sha256(doc_id):
                report.rejected.append(Rejection(
                    source, n, f"document {doc_id!r} has a different text here and there "
                    "(same id, other text): not merged"))
                continue
            else:
                report.unchanged += 1
            for layer in layers:
                if doc_id not in other.layer_documents(layer):
                    continue
                theirs = other.annotations(doc_id, layer)
                status = other.status(doc_id, layer)
                member = doc_id in project.layer_documents(layer)
                ours = project.annotations(doc_id, layer)
                if member and _same_annotations(ours.spans, ours.relations, theirs.spans,
                                                theirs.relations):
                    project.set_status(doc_id, layer, status)
                    continue
                taken = project.taken_ids(theirs.spans, theirs.relations) - {
                    s.id for s in ours.spans} - {r.id for r in ours.relations}
                spans, rels = reassign_ids(theirs.spans, theirs.relations, taken)
                project.replace_layer(doc_id, layer, spans, rels)
                project.set_status(doc_id, layer, status)
                if member:
                    report.layers_replaced += 1
                    report.notes.append(
                        f"{source}: replaced layer {layer!r} of document {doc_id!r} "
                        f"({len(ours.spans)} span(s) -> {len(spans)})")
                else:
                    report.layers_added += 1
