"""One way to find bundled files, from a checkout, an installed wheel or the frozen bundle.

* frozen (PyInstaller): ``sys._MEIPASS/resources`` and ``sys._MEIPASS/seeds``;
* checkout or editable install: ``<repo>/resources`` and ``<repo>/seeds``;
* installed wheel: ``<prefix>/share/tawsim/resources`` and ``.../seeds`` (data files).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def _candidates() -> list[Path]:
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(Path(__file__).resolve().parent.parent)
    roots.append(Path(sys.prefix) / "share" / "tawsim")
    return roots


@cache
def root() -> Path:
    """The folder that holds ``resources/`` (and ``seeds/``)."""
    for base in _candidates():
        if (base / "resources" / "schema" / "default.toml").is_file():
            return base
    raise FileNotFoundError("Tawsim's resources/ folder was not found (broken install?)")


def resource(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    return root() / "seeds"


def default_schema_path() -> Path:
    return resource("schema", "default.toml")


def gold_schema_path() -> Path:
    return resource("schema", "gold.schema.json")


def fonts_dir() -> Path:
    return resource("fonts")
