"""A cheap look-ahead before each kind's alternative in the master pattern (issue #16, speed).

At a position where an expression may start, the regular expression engine tries every
kind in turn; each alternative is entered and fails a few steps in (its optional modifier,
its optional weekday, ...), about 20 µs a position for all of them. `guard(pattern)` is a
look-ahead on the first few characters the pattern can match, worked out from the pattern
itself: a trie of literal letters that the engine rejects in a step or two.

The guard may accept more than the pattern (look-arounds inside the pattern are taken as
always true, a back-reference as any text), never less: every string the pattern matches
begins with one of the guard's prefixes, so `(?=guard)pattern` matches exactly where, and
exactly what, the pattern does. Anything not understood gives no guard (None).
"""

from __future__ import annotations

import re
from re import _constants as C  # the parser's node types (stable since 3.11)
from re import _parser

from desktop.core.pattern_cache import code_key

__all__ = ["before", "fingerprint", "guard"]

DEPTH = 4  # characters of each prefix: 3 gives about two thirds of the gain
MAX_PREFIXES = 4000  # more than this and the guard is dropped (none is near it)
_ANYCHAR = r"[\s\S]"  # what a back-reference's text may be: any character, \n too

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A construct this module does not read: no guard."""


Prefixes = set[tuple[str, ...]]  # each a tuple of one-character regexes


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "]\\^-[" else re.escape(ch)


def _char_class(items) -> str:
    parts = []
    for op, av in items:
        if op is C.NEGATE:
            parts.insert(0, "^")
        elif op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(_char(av[0]) + "-" + _char(av[1]))
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    return "[" + "".join(parts) + "]"


def _then(heads: Prefixes, tails, depth: int) -> Prefixes:
    """Each head followed by what `tails(room)` can begin with, cut at depth characters."""
    out: Prefixes = set()
    for head in heads:
        if len(head) >= depth:
            out.add(head)
        else:
            out.update(head + tail for tail in tails(depth - len(head)))
    if len(out) > MAX_PREFIXES:
        raise _Unknown("too many prefixes")
    return out


def _sequence(nodes, depth: int) -> Prefixes:
    out: Prefixes = {()}
    for op, av in nodes:
        if all(len(p) >= depth for p in out):
            break
        out = _then(out, lambda room, op=op, av=av: _node(op, av, room), depth)
    return out


def _node(op, av, depth: int) -> Prefixes:
    """The prefixes (up to depth characters) of what one parsed node matches; a prefix
    shorter than depth is a whole match."""
    if op is C.LITERAL:
        return {(_char(av),)}
    if op is C.NOT_LITERAL:
        return {("[^" + _char(av) + "]",)}
    if op is C.IN:
        return {(_char_class(av),)}
    if op is C.ANY:  # the master pattern has no DOTALL (flags are refused below)
        return {(".",)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: taken as true
        return {()}
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, nodes = av
        if add_flags or del_flags:
            raise _Unknown("inline flags")
        return _sequence(nodes, depth)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, depth)
    if op is C.BRANCH:
        out: Prefixes = set()
        for nodes in av[1]:
            out |= _sequence(nodes, depth)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(*av, depth)
    if op is C.GROUPREF:
        return {(_ANYCHAR,) * n for n in range(depth + 1)}
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        return _sequence(yes, depth) | (_sequence(no, depth) if no is not None else {()})
    raise _Unknown(op)


def _repeat(low: int, high, nodes, depth: int) -> Prefixes:
    once = _sequence(nodes, depth)
    copies: Prefixes = {()}  # what k copies begin with, k = 0, 1, ...
    out: Prefixes = {()} if low == 0 else set()
    k = 0
    while high is C.MAXREPEAT or k < high:
        k += 1
        more = _then(copies, lambda room: {p[:room] for p in once}, depth)
        if k >= low:
            out |= more
            if more == copies or all(len(p) >= depth for p in more):
                break  # further copies begin the same way
        copies = more
    return out


def _trie(prefixes: Prefixes) -> str:
    by_first: dict[str, Prefixes] = {}
    whole = False
    for p in prefixes:
        if p:
            by_first.setdefault(p[0], set()).add(p[1:])
        else:
            whole = True
    alternatives = [
        first if rest == {()} else first + _trie(rest) for first, rest in sorted(by_first.items())
    ]
    return "(?:" + "|".join(alternatives) + (")?" if whole else ")")


def guard(pattern: str, depth: int = DEPTH) -> str | None:
    """A look-ahead, ``(?=...)``, true wherever `pattern` can match (None: no guard)."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~C.SRE_FLAG_UNICODE:
            return None
        prefixes = _sequence(parsed, depth)
    except (_Unknown, re.error, RecursionError):
        return None
    if () in prefixes:  # it can match the empty string
        return None
    return "(?=" + _trie(prefixes) + ")"


def fingerprint() -> str:
    """What `guard` and `before` return depends on besides their pattern: this module's code
    and constants (a key for pattern_cache, the same in every process of one Python)."""
    functions = [f for f in globals().values() if callable(f) and hasattr(f, "__code__")
                 and f.__module__ == __name__]
    return code_key(*sorted(functions, key=lambda f: f.__name__)) + repr(
        (DEPTH, MAX_PREFIXES, _ANYCHAR, sorted(_CATEGORIES.items()), sorted(_NOT.items())))


_NOT = {C.CATEGORY_WORD: r"\W", C.CATEGORY_DIGIT: r"\D", C.CATEGORY_SPACE: r"\S"}


def before(pattern: str) -> str | None:
    """A character class that the character before a match of `pattern` is in, wherever a
    match does not begin the text: read from the look-behinds each of its first
    alternatives begins with (``(?<!\\w)`` gives ``\\W``, ``(?<=في)`` gives ``ي``); None
    where one does not begin so."""
    try:
        nodes = list(_parser.parse(pattern))
    except re.error:
        return None
    if not nodes:
        return None
    op, av = nodes[0]
    parts = set()
    for alternative in av[1] if op is C.BRANCH else [nodes]:
        if not alternative:
            return None
        op, (direction, inner) = alternative[0] if alternative[0][0] in (
            C.ASSERT, C.ASSERT_NOT) else (None, (0, None))
        if direction != -1 or not inner:
            return None
        last_op, last_av = inner[-1]
        if op is C.ASSERT and last_op is C.LITERAL:  # (?<=...c): c
            parts.add(_char(last_av))
        elif (op is C.ASSERT_NOT and len(inner) == 1 and last_op is C.IN and len(last_av) == 1
              and last_av[0][0] is C.CATEGORY and last_av[0][1] in _NOT):  # (?<!\w): \W
            parts.add(_NOT[last_av[0][1]])
        else:
            return None
    return "[" + "".join(sorted(parts)) + "]"
