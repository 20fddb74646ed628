"""Whether a project file changed since some moment: what a view that reads the project
on its own connection compares before reading it again.

``change_stamp(project)`` differs after any commit to the file: PRAGMA data_version
counts the commits of every other connection (another thread, another process),
``total_changes`` the rows this connection changed. Equal stamps on the same connection:
nothing was written in between.
"""

from __future__ import annotations

from desktop.store.project import Project

__all__ = ["change_stamp"]


def change_stamp(project: Project) -> tuple[int, int]:
    conn = project.conn
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes
