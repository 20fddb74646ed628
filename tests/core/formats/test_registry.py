"""The one format registry (issue 10 item 5): what the command line and the window's
Import/Export menus are built from, as DESIGN §5b's table says."""

import pytest

from desktop.core import formats


def test_design_table():
    read = {f.name for f in formats.readers()}
    write = {f.name for f in formats.writers()}
    assert read == {"txt", "jsonl", "gold", "doccano", "labelstudio", "prodigy", "brat"}
    assert write == {"gold", "doccano", "labelstudio", "prodigy", "brat", "conll", "spacy",
                     "hf"}
    assert formats.import_choices()[0] == "auto"
    assert {f.name for f in formats.writers() if f.output == "folder"} == {"brat", "hf"}
    assert formats.get("brat").input == "folder"


def test_every_entry_can_be_shown():
    for f in formats.all_formats():
        assert f.name and f.label and f.description and f.carries and f.loses
        assert f.can_read == (f.read is not None) and f.can_write == (f.writer is not None)
        assert all(e.startswith(".") for e in f.extensions)
        assert f.available() is None  # every extra the tests need is installed


def test_unknown_names():
    with pytest.raises(KeyError, match="unknown format 'pdf'"):
        formats.get("pdf")
    assert "auto" not in formats.export_choices()
