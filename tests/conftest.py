"""Shared test set-up.

Qt runs offscreen, and every user-level folder (QSettings, platformdirs' data and config
folders) points into a temporary folder, so tests never touch the real user's settings
or demo project. This runs before any test module imports Qt.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.packaging.netguard import install as _no_network
from tests.packaging.netguard import pythonpath as _guarded_pythonpath

_no_network()  # no internet sockets or DNS in any test (tests/packaging/netguard)
os.environ["PYTHONPATH"] = _guarded_pythonpath()  # nor in any Python a test starts

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = Path(tempfile.mkdtemp(prefix="tawsim-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ["TAWSIM_NO_PROGRESS"] = "1"
os.environ["LANGUAGE"] = "en"  # the interface in English unless a test asks for Arabic

try:  # no time limit on a property test's example: timing is bench/'s, not the suite's
    from hypothesis import settings as _hypothesis

    _hypothesis.register_profile("tawsim", deadline=None)
    _hypothesis.load_profile("tawsim")
except ImportError:  # pragma: no cover - hypothesis is in the dev requirements
    pass

try:  # point QSettings at the temporary folder too (when Qt is installed)
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(_HOME / "qsettings"))
except ImportError:  # pragma: no cover - core tests run without Qt
    pass


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def seeds_project_template(tmp_path_factory) -> Path:
    """A project built once from seeds/ (plain texts, no annotations)."""
    from desktop.resources import seeds_dir
    from desktop.store.importer import import_paths
    from desktop.store.project import Project

    path = tmp_path_factory.mktemp("template") / "seeds.tawsim"
    with Project(path) as project:
        report = import_paths(project, [seeds_dir()], fmt="txt")
        assert report.ok, report.rejected
    return path


@pytest.fixture
def seeds_project(seeds_project_template, tmp_path) -> Path:
    """A fresh copy of the seeds project for one test."""
    from desktop.store.project import Project

    path = tmp_path / "seeds.tawsim"
    with Project(seeds_project_template) as src:  # checkpoint WAL into a clean copy
        src.db.execute(f"VACUUM INTO '{path}'")
    return path
