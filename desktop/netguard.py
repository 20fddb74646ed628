"""No network, ever: a guard that refuses (and records) every attempt to reach the
network from Python — connecting or sending on an internet (AF_INET/AF_INET6) socket, and
looking a host name up. Local (AF_UNIX) sockets, socketpair() and lookups of localhost
stay allowed.

``NetworkGuard`` is a context manager (the smoke test runs inside one and fails on any
attempt, even one the code under test swallowed); ``install()`` puts a guard in place for
the rest of the process (the test suite does, and ``tests/packaging/netguard`` makes
every child Python do it too). With ``TAWSIM_NETGUARD_LOG=FILE`` each refused attempt is
also appended to FILE. Pure standard library: no Qt, no SQL.
"""

from __future__ import annotations

import os
import socket

LOCAL_HOSTS = {None, "", "localhost", "127.0.0.1", "::1", b"localhost"}
_SOCKET_METHODS = ("connect", "connect_ex", "sendto", "sendmsg")
_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex")  # create_connection too
_INET = (socket.AF_INET, socket.AF_INET6)


class NetworkRefused(OSError):
    """Raised instead of opening a network connection."""


class NetworkGuard:
    """Refuse and record every attempt to reach the network while it is entered."""

    def __init__(self, reason: str = "network access refused") -> None:
        self.reason = reason
        self.attempts: list[str] = []
        self._saved: list[tuple[object, str, object]] = []

    def refuse(self, what: str) -> NetworkRefused:
        self.attempts.append(what)
        log = os.environ.get("TAWSIM_NETGUARD_LOG")
        if log:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {what}\n")
        return NetworkRefused(f"{self.reason}: {what}")

    def __enter__(self) -> NetworkGuard:
        guard = self

        def wrap_method(name):
            original = getattr(socket.socket, name)

            def method(sock, *args, **kwargs):
                if sock.family in _INET:
                    raise guard.refuse(f"socket.{name}{args[:1]!r}")
                return original(sock, *args, **kwargs)

            method.__name__ = name
            self._saved.append((socket.socket, name, original))
            setattr(socket.socket, name, method)

        def wrap_lookup(name):
            original = getattr(socket, name)

            def function(host=None, *args, **kwargs):
                if host not in LOCAL_HOSTS:
                    raise guard.refuse(f"socket.{name}({host!r})")
                return original(host, *args, **kwargs)

            function.__name__ = name
            self._saved.append((socket, name, original))
            setattr(socket, name, function)

        for name in _SOCKET_METHODS:
            wrap_method(name)
        for name in _LOOKUPS:
            wrap_lookup(name)
        return self

    def __exit__(self, *exc) -> None:
        for owner, name, original in reversed(self._saved):
            setattr(owner, name, original)
        self._saved.clear()


_installed: list[NetworkGuard] = []


def install(reason: str = "network access refused during the tests") -> NetworkGuard:
    """A guard for the rest of this process (idempotent)."""
    if not _installed:
        _installed.append(NetworkGuard(reason).__enter__())
    return _installed[0]


def installed() -> bool:
    return bool(_installed)


__all__ = ["LOCAL_HOSTS", "NetworkGuard", "NetworkRefused", "install", "installed"]
