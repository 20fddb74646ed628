"""Big regular expressions (the date tagger's), compiled once and kept between runs (issue #16,
speed).

Compiling the master pattern (and working out its guards) takes about half a second of
pure Python, each time a process first tags a text: a fifth of `tawsim dates` on 5 MB.
What `re.compile` makes of a pattern is a list of integers (the engine's code) and its
group names; `compiled(slot, source, build)` keeps those in the user's cache folder
(platformdirs' user_cache_dir("tawsim")/patterns) and gives them to the engine again the
next time, without parsing. The same `re.Pattern` comes out (it compares equal to the
one `re.compile` makes: same text, flags and code).

An entry is found by a digest of `source` (the text the pattern is built from), of the code
of `build` and of the Python and engine versions, so a changed rule, a changed way of
building it or another Python compiles afresh. Anything
wrong (no cache folder, a read-only one, a damaged entry, an engine that does not take
code this way) falls back on `re.compile`; nothing is ever raised from here.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path

__all__ = ["code_key", "compiled"]

KEEP = 3  # entries kept per slot (a rule being edited, another worktree's patterns)


def _engine_code(pattern: str) -> tuple:
    """What `re._compiler.compile(pattern)` hands the engine, as a tuple of plain values."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, 0)
    code = [int(c) for c in _compiler._code(parsed, 0)]  # its opcodes are an int subclass
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _from_code(parts: tuple) -> re.Pattern:
    import _sre

    pattern, flags, code, groups, groupindex, indexgroup = parts
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _folder() -> Path | None:
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("tawsim")) / "patterns"
    except Exception:  # noqa: BLE001 - no cache is only slower
        return None


def code_key(*functions: Callable) -> str:
    """The functions' code and constants as text, the same in every process of one Python
    (what a built pattern depends on besides its source)."""
    def text(code) -> str:
        consts = [text(c) if hasattr(c, "co_code") else
                  repr(sorted(c) if isinstance(c, frozenset) else c) for c in code.co_consts]
        return code.co_code.hex() + repr(code.co_names) + "".join(consts)

    return "".join(text(f.__code__) for f in functions)


def _digest(source: str, build: Callable) -> str:
    import _sre

    env = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}|{code_key(build)}|"
    return hashlib.sha256((env + source).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def compiled(slot: str, source: str, build: Callable[[], str]) -> re.Pattern:
    """The pattern `build()` returns, compiled; kept under `slot` and found again by
    `source`, which must change whenever what `build()` returns would."""
    folder = _folder()
    digest = _digest(source, build)
    path = folder / f"{slot}-{digest}.bin" if folder else None
    if path is not None:
        try:
            tag, parts = marshal.loads(path.read_bytes())
            if tag == digest:
                return _from_code(parts)
        except Exception:  # noqa: BLE001 - absent or damaged: compile it again
            pass
    pattern = build()
    try:
        parts = _engine_code(pattern)
        result = _from_code(parts)
    except Exception:  # noqa: BLE001 - an engine that takes no code this way
        return re.compile(pattern)
    if path is not None:
        _store(path, (digest, parts), slot)
    return result


def _store(path: Path, entry: tuple, slot: str) -> None:
    try:
        data = marshal.dumps(entry)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        part.write_bytes(data)
        part.replace(path)  # atomic: another process reads the old entry or this one
        digits = "?" * (len(path.name) - len(slot) - 5)  # not «master-after-...» for «master»
        older = sorted(path.parent.glob(f"{slot}-{digits}.bin"), key=lambda p: p.stat().st_mtime)
        for stale in older[:-KEEP]:
            stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
