"""pattern_cache.compiled: the pattern re.compile makes, kept between runs (issue #16, speed)."""

from __future__ import annotations

import re

import pytest

from desktop.core import pattern_cache
from desktop.core.dates import kinds
from desktop.core.pattern_cache import compiled

PATTERN = r"(?P<day>\d{1,2})[^\S\n]+(?P<month>أيلول|سبتمبر)(?:[^\S\n]+(?P<year>\d{4}))?(?!\w)"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(pattern_cache, "_folder", lambda: tmp_path / "patterns")
    return tmp_path / "patterns"


def test_the_same_pattern_cold_and_warm(folder):
    built = []

    def build() -> str:
        built.append(1)
        return PATTERN

    cold = compiled("t", PATTERN, build)
    assert len(list(folder.glob("t-*.bin"))) == 1
    warm = compiled("t", PATTERN, build)
    assert built == [1]  # the second time it was read, not built
    assert cold == warm == re.compile(PATTERN)  # same text, flags and code
    assert warm.groupindex == re.compile(PATTERN).groupindex
    m = warm.search("وصل في 24 سبتمبر 2018")
    assert (m.group("day"), m.group("month"), m.group("year"), m.lastgroup) == (
        "24", "سبتمبر", "2018", "year")


def test_another_source_is_another_entry(folder):
    compiled("t", "a", lambda: "a")
    assert compiled("t", "b", lambda: "b") == re.compile("b")
    assert len(list(folder.glob("t-*.bin"))) == 2


def test_a_damaged_entry_is_compiled_again(folder):
    compiled("t", PATTERN, lambda: PATTERN)
    (entry,) = folder.glob("t-*.bin")
    entry.write_bytes(b"\x00garbage")
    assert compiled("t", PATTERN, lambda: PATTERN) == re.compile(PATTERN)
    assert compiled("t", PATTERN, lambda: PATTERN) == re.compile(PATTERN)  # and stored again


def test_no_folder_or_an_unwritable_one(monkeypatch, tmp_path):
    monkeypatch.setattr(pattern_cache, "_folder", lambda: None)
    assert compiled("t", PATTERN, lambda: PATTERN) == re.compile(PATTERN)
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(pattern_cache, "_folder", lambda: blocker / "patterns")
    assert compiled("t", PATTERN, lambda: PATTERN) == re.compile(PATTERN)


def test_old_entries_of_a_slot_are_dropped(folder):
    for i in range(pattern_cache.KEEP + 2):
        compiled("t", f"x{i}", lambda i=i: f"x{i}")
    compiled("t-u", "y", lambda: "y")  # a slot whose name begins with another's
    compiled("t-u", "y2", lambda: "y2")
    assert len([p for p in folder.glob("t-*.bin") if not p.name.startswith("t-u-")]) == pattern_cache.KEEP
    assert len(list(folder.glob("t-u-*.bin"))) == 2


def test_the_master_pattern_from_the_cache_is_the_one_compiled(folder):
    kinds.master.cache_clear()
    try:
        first = kinds.master()
        kinds.master.cache_clear()
        again = kinds.master()
        assert first == again == re.compile(first.pattern)
        assert len(list(folder.glob("master-*.bin"))) == 1
    finally:
        kinds.master.cache_clear()
