"""Pre-encoded JSON pieces the writers put lines together from (as the gold writer does
with what SQLite quotes): strings quoted by the C encoder, small values quoted once and
kept, and tables of numbers as text, so a writer joins pieces instead of building and
dumping an object per token or span.

Everything here writes exactly what ``json.dumps(value, ensure_ascii=False,
separators=(",", ":"))`` writes for the same value.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any

# a str -> its JSON string (C; what json.dumps(s, ensure_ascii=False) writes)
quote = encode_basestring


# json.dumps with options makes a new encoder on every call, which costs more than
# dumping a document's meta
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def compact(value: Any) -> str:
    """``value`` as compact JSON, UTF-8 as is, key order kept."""
    return _compact(value)


def picker(keys: Sequence) -> Callable[[Any], tuple]:
    """``picker(keys)(table)`` is ``tuple(table[k] for k in keys)``, looked up in C (an
    ``itemgetter`` of all the keys): a writer looks every token of a document up in a
    few tables, one call each instead of a call per token."""
    if len(keys) > 1:
        return itemgetter(*keys)
    return lambda table: tuple(table[k] for k in keys)  # itemgetter(k) gives no tuple


class Cache(dict):
    """``cache[key]`` is ``make(key)``, made once: labels, names and attribute sets
    recur on every line. Bounded: emptied when it holds ``limit`` entries, so values
    that do not recur (say, free-text attributes) cannot fill memory."""

    def __init__(self, make, limit: int = 50_000):
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, key):
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value


class Numbers:
    """Integers as ASCII bytes (``numbers.text[n] == b"%d" % n``) and, when ``template``
    is given, ``numbers.templated[n] == template % n``: a list index instead of a
    conversion per number. The tables grow with the largest number asked for, up to
    ``LIMIT``; ``upto(n)`` says whether they cover ``0..n``."""

    LIMIT = 1 << 18  # 262,144: about 30 MB for two tables

    def __init__(self, template: bytes | None = None):
        self.template = template
        self.text: list[bytes] = []
        self.templated: list[bytes] = []

    def upto(self, n: int) -> bool:
        if n >= self.LIMIT:
            return False
        have = len(self.text)
        if n >= have:
            size = min(max(n + 1, 2 * have, 4096), self.LIMIT)
            self.text.extend(b"%d" % i for i in range(have, size))
            if self.template is not None:
                self.templated.extend(self.template % i for i in range(have, size))
        return True
