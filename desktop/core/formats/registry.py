"""The one registry of formats: name -> reader and/or writer, with what the command line
and the window's Import/Export menus show for it.

Adding a format is one module in this package that defines ``FORMAT = Format(...)``, and
its name in ``MODULES`` below (docs/formats.md shows it with the real file names).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

# the format modules of this package, in the order menus and help list them
MODULES = ("txt", "jsonl", "gold", "doccano", "labelstudio", "prodigy", "brat", "conll",
           "spacy_bin", "hf")


@dataclass(frozen=True)
class Format:
    """One interchange format.

    ``name`` is the ``--format`` value; ``label`` the display name of the window's menus;
    ``description`` one line for help texts. ``extensions`` are the file name endings it
    reads or writes (a folder format lists the files inside). ``output`` says what an
    export's ``--out`` names: a "file" or a "folder"; ``input`` the same for import.
    ``read(source, ctx)`` yields Records and Rejections (``parse(obj, ctx, source,
    line)`` reads one JSON record, for ``auto``); ``writer(sink, options)`` makes
    a Writer (see ``desktop.core.formats.writing``). ``requires`` names an optional extra
    (``pip install 'tawsim[spacy]'``) and ``available()`` says whether it is installed.
    """

    name: str
    label: str
    description: str
    extensions: tuple[str, ...] = ()
    output: str = "file"  # "file" | "folder"
    input: str = "file"  # "file" | "folder"
    read: Callable[..., Any] | None = None
    parse: Callable[..., Any] | None = None  # one JSON record -> Record (JSON formats)
    writer: Callable[..., Any] | None = None
    binary: bool = False  # the writer writes bytes, not UTF-8 text
    # the writer reads span attributes and comments (False: an export hands it rows with
    # none, "{}" and "", which the store then does not quote nor Python parse)
    span_details: bool = True
    owns: Callable[[Any], bool] | None = None  # folder formats: files an older export left
    card: str = ""  # "beside": a dataset card beside the file (gold); "" none
    carries: str = ""  # what the format keeps, for docs and help
    loses: str = ""  # what it cannot hold
    requires: str = ""
    check: Callable[[], str | None] = field(default=lambda: None)

    @property
    def can_read(self) -> bool:
        return self.read is not None

    @property
    def can_write(self) -> bool:
        return self.writer is not None

    def available(self) -> str | None:
        """None when the format can be used here, else why not (a missing extra)."""
        return self.check()


@cache
def _all() -> dict[str, Format]:
    out: dict[str, Format] = {}
    for module in MODULES:
        fmt = importlib.import_module(f"desktop.core.formats.{module}").FORMAT
        out[fmt.name] = fmt
    return out


def all_formats() -> list[Format]:
    return list(_all().values())


def get(name: str) -> Format:
    """The format called ``name``; KeyError (listing the known ones) if there is none."""
    try:
        return _all()[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r} (known: {', '.join(_all())})") from None


def readers() -> list[Format]:
    """Formats that import, in menu order (``auto`` is not a format: it picks one)."""
    return [f for f in _all().values() if f.can_read]


def writers() -> list[Format]:
    """Formats that export, in menu order."""
    return [f for f in _all().values() if f.can_write]


def import_choices() -> list[str]:
    return ["auto", *(f.name for f in readers())]


def export_choices() -> list[str]:
    return [f.name for f in writers()]
