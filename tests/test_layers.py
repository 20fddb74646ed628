"""The layers hold: import-linter's Qt contract names every top-level module of desktop/
except ui and app, so a new module cannot slip past it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import desktop

ROOT = Path(__file__).resolve().parents[1]


def test_the_qt_contract_covers_every_module_outside_ui_and_app():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    qt = next(c for c in contracts if c["name"] == "Qt only in ui and the app shell")
    assert {"PySide6", "shiboken6"} <= set(qt["forbidden_modules"])
    package = Path(desktop.__file__).parent
    modules = {f"desktop.{p.stem}" for p in package.glob("*.py") if p.stem != "__init__"}
    modules |= {f"desktop.{p.name}" for p in package.iterdir()
                if p.is_dir() and (p / "__init__.py").exists()}
    outside = modules - {"desktop.ui", "desktop.app"}
    assert outside == set(qt["source_modules"]), sorted(outside ^ set(qt["source_modules"]))
