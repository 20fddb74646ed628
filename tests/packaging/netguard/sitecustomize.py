"""No network for the tests, in this process and in every Python it starts.

The guard itself is ``desktop.netguard`` (the smoke test uses the same one). This file is
named sitecustomize.py so that a child Python with this folder on its PYTHONPATH
(``pythonpath()``) installs the guard at start-up, before any code of the test runs; with
``TAWSIM_NETGUARD_LOG=FILE`` every refused attempt is also appended to FILE, so a test can
see an attempt that the code under test swallowed.

A frozen program ignores PYTHONPATH: the packaging tests run the bundle under
``unshare -n`` and ``strace`` instead (tests/packaging/test_bundle.py).
"""

from __future__ import annotations

import os

from desktop.netguard import NetworkRefused, installed
from desktop.netguard import install as _install

GUARD_DIR = os.path.dirname(os.path.abspath(__file__))


def install() -> None:
    """Install the guard in this process (idempotent)."""
    _install()


def pythonpath(current: str | None = None) -> str:
    """PYTHONPATH with this folder first (so child Pythons install the guard)."""
    current = os.environ.get("PYTHONPATH", "") if current is None else current
    parts = [p for p in current.split(os.pathsep) if p and p != GUARD_DIR]
    return os.pathsep.join([GUARD_DIR, *parts])


__all__ = ["GUARD_DIR", "NetworkRefused", "install", "installed", "pythonpath"]

if __name__ == "sitecustomize":  # a child Python started with GUARD_DIR on PYTHONPATH
    install()
