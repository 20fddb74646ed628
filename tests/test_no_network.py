"""Tawsim never opens a network connection, and neither does its test suite.

Importing this module installs the no-network guard (tests/packaging/netguard) for the
whole session: pytest imports every test module before it runs the first test, so every
test of a full run (``make test``) runs with connecting, sending and name lookups on
internet sockets refused, and every Python the tests start (the ``tawsim`` command, the
smoke test) installs the same guard from its PYTHONPATH. tests/conftest.py can install it
earlier still; see the packaging notes in docs/install.md.

The tests below run the command line (import, export) and ``--smoke-test`` from the
source with the guard logging every refused attempt, and, where ``unshare -n`` works (root
or user namespaces), in a network namespace with no network at all. The frozen bundle is
checked the same way in tests/packaging/test_bundle.py.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import unshare_works
from tests.packaging.netguard import NetworkRefused, install, pythonpath

install()
os.environ["PYTHONPATH"] = pythonpath()

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=pythonpath(),
                TAWSIM_NETGUARD_LOG=str(tmp_path / "network-attempts.log"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
                TAWSIM_NO_PROGRESS="1")


def _attempts(tmp_path: Path) -> str:
    log = tmp_path / "network-attempts.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def _tawsim(*args: str, env: dict[str, str], cwd: Path, prefix: tuple[str, ...] = ()):
    return subprocess.run([*prefix, sys.executable, "-m", "desktop", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=180)


# ---------------------------------------------------------------------------- the guard


def test_guard_refuses_internet_sockets_in_this_process():
    with pytest.raises(NetworkRefused):
        socket.create_connection(("192.0.2.1", 9), timeout=0.5)  # TEST-NET-1
    with pytest.raises(NetworkRefused):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, \
            pytest.raises(NetworkRefused):
        udp.sendto(b"x", ("192.0.2.1", 53))


def test_guard_allows_local_sockets():
    a, b = socket.socketpair()  # AF_UNIX: Qt, multiprocessing and the like need these
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
    assert socket.getaddrinfo("localhost", None)


def test_child_pythons_are_guarded(tmp_path):
    code = "import socket; socket.create_connection(('192.0.2.1', 9), timeout=1)"
    proc = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "NetworkRefused" in proc.stderr
    assert "192.0.2.1" in _attempts(tmp_path)


# ---------------------------------------------------------------------------- the program


def test_import_and_export_open_no_connection(tmp_path):
    from desktop.core.json_schema import validate

    env = _env(tmp_path)
    project = tmp_path / "p.tawsim"
    imp = _tawsim("import", str(project), str(ROOT / "seeds"), env=env, cwd=tmp_path)
    assert imp.returncode == 0, imp.stderr
    gold = _tawsim("import", str(project), str(ROOT / "resources" / "examples"), env=env,
                   cwd=tmp_path)
    assert gold.returncode == 0, gold.stderr
    out = tmp_path / "gold.jsonl"
    exp = _tawsim("export", str(project), "--out", str(out), "--include-unreviewed", env=env,
                  cwd=tmp_path)
    assert exp.returncode == 0, exp.stderr
    assert _attempts(tmp_path) == ""
    schema = json.loads((ROOT / "resources" / "schema" / "gold.schema.json").read_text())
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list((ROOT / "seeds").glob("*.txt")))
    for line in lines:
        assert validate(json.loads(line), schema) == []


def test_smoke_test_opens_no_connection(tmp_path):
    proc = _tawsim("--smoke-test", env=_env(tmp_path), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("smoke test: ok"), proc.stdout
    assert _attempts(tmp_path) == ""


@pytest.mark.skipif(not unshare_works(), reason="unshare -n is not permitted here")
def test_smoke_test_in_a_namespace_without_network(tmp_path):
    proc = _tawsim("--smoke-test", env=_env(tmp_path), cwd=tmp_path, prefix=("unshare", "-n"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("smoke test: ok"), proc.stdout
