"""The frozen bundle speaks Arabic on its own: ``tawsim --smoke-test --lang ar`` builds the
Arabic window from the translations inside dist/tawsim/ (ours and Qt's qtbase_ar.qm; the
bundle has no Qt translations folder and the environment names none), tags and exports
as in English, and prints the Arabic menu titles. Run after ``make package``::

    .venv/bin/python -m pytest -m packaging tests/packaging/test_arabic_bundle.py -q
"""

from __future__ import annotations

import os

import pytest

from tests.packaging.conftest import DIST, ROOT, run, unshare_works

pytestmark = pytest.mark.packaging

ARABIC_MENUS = "menus: ملف تحرير عرض وسم تواريخ مراجعة تحليل مساعدة"
ENGLISH_MENUS = "menus: File Edit View Tag Dates Review Analysis Help"


def test_the_bundle_carries_the_committed_translations():
    shipped = DIST / "tawsim" / "_internal" / "resources" / "translations"
    for name in ("tawsim_ar.qm", "qtbase_ar.qm"):
        source = ROOT / "resources" / "translations" / name
        assert (shipped / name).read_bytes() == source.read_bytes(), name
    # and nothing of Qt's own translations folder: only what we ship is loaded
    assert not [p for p in (DIST / "tawsim").rglob("*.qm") if p.parent != shipped]


def test_the_frozen_program_shows_arabic(bundle, frozen_env, tmp_path):
    env = dict(frozen_env, LANG="C.UTF-8", LC_ALL="C.UTF-8")  # no Arabic system locale
    proc = run([str(bundle), "--smoke-test", "--lang", "ar"], env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("smoke test: ok"), proc.stdout
    assert ARABIC_MENUS in proc.stdout, proc.stdout


def test_the_frozen_program_shows_arabic_without_a_network(bundle, frozen_env, tmp_path):
    if not unshare_works():
        message = "unshare -n is not permitted here (needs root or user namespaces)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    proc = run(["unshare", "-n", str(bundle), "--smoke-test", "--lang", "ar"],
               env=frozen_env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ARABIC_MENUS in proc.stdout, proc.stdout


def test_the_frozen_program_is_english_otherwise(bundle, frozen_env, tmp_path):
    env = dict(frozen_env, LANG="C.UTF-8", LANGUAGE="en")
    proc = run([str(bundle), "--smoke-test"], env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ENGLISH_MENUS in proc.stdout, proc.stdout
    # the system locale chooses Arabic when nothing else does
    proc = run([str(bundle), "--smoke-test"], env=dict(frozen_env, LANGUAGE="ar"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert ARABIC_MENUS in proc.stdout, proc.stdout
