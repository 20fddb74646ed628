"""The change stamp: equal while nothing is written, different after a commit on this
connection or on another one."""

from __future__ import annotations

from desktop.core.model import Document
from desktop.store.changes import change_stamp
from desktop.store.project import Project


def test_the_stamp_moves_with_every_commit(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as reader, Project(path) as writer:
        first = change_stamp(reader)
        assert change_stamp(reader) == first
        writer.add_document(Document(id="d1", text="نص قصير"))
        second = change_stamp(reader)
        assert second != first  # another connection's commit
        reader.add_document(Document(id="d2", text="نص آخر"))
        assert change_stamp(reader) != second  # this connection's own
