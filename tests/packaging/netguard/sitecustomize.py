"""No network for the tests, in this process and in every Python it starts.

* ``install()`` patches the socket module so that connecting or sending on an internet
  (AF_INET/AF_INET6) socket, and looking a host name up, raise ``NetworkRefused``. Local
  (AF_UNIX) sockets, socketpair() and name lookups of localhost stay allowed.
* This file is named sitecustomize.py so that a child Python with this folder on its
  PYTHONPATH (``pythonpath()``) installs the same guard at start-up, before any code of
  the test runs; with ``TAWSIM_NETGUARD_LOG=FILE`` every refused attempt is also
  appended to FILE, so a test can see an attempt that the code under test swallowed.

A frozen program ignores PYTHONPATH: the packaging tests run the bundle under
``unshare -n`` and ``strace`` instead (tests/packaging/test_bundle.py).
"""

from __future__ import annotations

import os
import socket

GUARD_DIR = os.path.dirname(os.path.abspath(__file__))
_LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1", b"localhost"}
_state = {"installed": False}


class NetworkRefused(OSError):
    """Raised instead of opening a network connection during the tests."""


def _refuse(what: str) -> NetworkRefused:
    log = os.environ.get("TAWSIM_NETGUARD_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what}\n")
    return NetworkRefused(f"network access refused during the tests: {what}")


def install() -> None:
    """Install the guard in this process (idempotent)."""
    if _state["installed"]:
        return
    inet = (socket.AF_INET, socket.AF_INET6)

    def guard_method(name):
        original = getattr(socket.socket, name)

        def method(self, *args, **kwargs):
            if self.family in inet:
                raise _refuse(f"socket.{name}{args[:1]!r}")
            return original(self, *args, **kwargs)

        method.__name__ = name
        setattr(socket.socket, name, method)

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        guard_method(name)

    def guard_function(name):
        original = getattr(socket, name)

        def function(host=None, *args, **kwargs):
            if host not in _LOCAL_HOSTS:
                raise _refuse(f"socket.{name}({host!r})")
            return original(host, *args, **kwargs)

        function.__name__ = name
        setattr(socket, name, function)

    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):  # create_connection too
        guard_function(name)
    _state["installed"] = True


def installed() -> bool:
    return _state["installed"]


def pythonpath(current: str | None = None) -> str:
    """PYTHONPATH with this folder first (so child Pythons install the guard)."""
    current = os.environ.get("PYTHONPATH", "") if current is None else current
    parts = [p for p in current.split(os.pathsep) if p and p != GUARD_DIR]
    return os.pathsep.join([GUARD_DIR, *parts])


if __name__ == "sitecustomize":  # a child Python started with GUARD_DIR on PYTHONPATH
    install()
