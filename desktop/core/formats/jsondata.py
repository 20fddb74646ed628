"""Reading JSON input safely: JSON lines one at a time, and JSON arrays (Label Studio's
export) element by element, never the whole file at once.

Every way a record can break JSON decoding becomes a reason for that record: bad syntax,
nesting too deep for the decoder, a number with more digits than Python converts, NaN or
Infinity (not JSON), bytes that are not UTF-8, and strings holding lone surrogates
(``"\\ud800"`` decodes to a str that can be neither stored nor printed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from desktop.core.formats.records import RecordError


def _no_constant(name: str):
    raise RecordError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def loads(text: str) -> Any:
    """``json.loads`` whose every failure is a RecordError with a reason for a human."""
    try:
        obj = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise RecordError("not readable: JSON nested too deeply") from None
    except ValueError as exc:  # int() of too many digits
        if "digits" in str(exc):
            raise RecordError("not readable: a number with more digits than can be "
                              "converted (over 4300)") from None
        raise RecordError(f"not readable: {exc}") from None
    if _SURROGATE_ESCAPE.search(text):
        check_strings(obj)
    return obj


def check_strings(obj: Any) -> None:
    """RecordError naming the first string (key or value) that holds a lone surrogate."""
    stack: list[tuple[str, Any]] = [("", obj)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            _check_str(value, path)
        elif isinstance(value, dict):
            for k, v in value.items():
                _check_str(k, f"{path}.{k}" if path else "a key")
                stack.append((f"{path}.{k}" if path else k, v))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(value))


def _check_str(s: str, path: str) -> None:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as exc:
        ch = s[exc.start]
        where = f"field {path!r}" if path else "the record"
        raise RecordError(f"{where} holds a lone surrogate (U+{ord(ch):04X}), which is "
                          "not text") from None


BLANK = object()  # what decode_line returns for a blank line (a JSON null is None)


def decode_line(data: bytes, line: int) -> Any:
    """One line of a JSON-lines file -> its value, or BLANK for a blank line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})") from None
    if line == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return BLANK
    return loads(text)


# ------------------------------------------------------------------------ JSON arrays

_WS = " \t\r\n"
_MAX_ELEMENT = 256 << 20  # an element still broken with this much of it read is broken


class ArrayError(RecordError):
    """The array itself is broken at ``line``; nothing after it can be read."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


def iter_array(fh: BinaryIO, *, chunk: int = 1 << 20,
               ) -> Iterator[tuple[int, int, Any | RecordError]]:
    """The elements of a JSON array file: (line, bytes, value or RecordError), streamed.

    An element that is valid JSON but cannot be taken in (nested too deeply, a number
    too long, a lone surrogate) is yielded as its RecordError and the next element is
    read as usual; broken JSON syntax raises ArrayError with the line it is on (where
    that element ends cannot be known, so nothing after it is read)."""
    reader = _Chunks(fh, chunk)
    reader.skip_ws()
    if reader.peek() == "\ufeff":
        reader.advance(1)
        reader.skip_ws()
    if reader.peek() != "[":
        raise ArrayError("not a JSON array (it does not start with '[')", reader.line)
    reader.advance(1)
    first = True
    while True:
        reader.skip_ws()
        c = reader.peek()
        if c == "":
            raise ArrayError("the JSON array is not closed (the file ends early)", reader.line)
        if c == "]":
            return
        if not first:
            if c != ",":
                raise ArrayError(f"not valid JSON: expected ',' or ']', found {c!r}",
                                 reader.line)
            reader.advance(1)
            reader.skip_ws()
        first = False
        line, start_bytes = reader.line, reader.nbytes
        value = reader.element()
        yield line, reader.nbytes - start_bytes, value


def iter_values(fh: BinaryIO, *, chunk: int = 1 << 20,
                ) -> Iterator[tuple[int, int, Any | RecordError]]:
    """Successive JSON values separated by white space (pretty-printed objects, as in
    doccano's own example files), streamed like ``iter_array``."""
    reader = _Chunks(fh, chunk)
    reader.skip_ws()
    if reader.peek() == "\ufeff":
        reader.advance(1)
    while True:
        reader.skip_ws()
        if reader.peek() == "":
            return
        line, start_bytes = reader.line, reader.nbytes
        value = reader.element()
        yield line, reader.nbytes - start_bytes, value


class _Chunks:
    """A growing text buffer over a binary file, decoding UTF-8 incrementally."""

    def __init__(self, fh: BinaryIO, chunk: int):
        import codecs

        self.fh = fh
        self.chunk = chunk
        self.dec = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.line = 1
        self.nbytes = 0

    def _more(self, size: int | None = None) -> bool:
        if self.eof:
            return False
        data = self.fh.read(size or self.chunk)
        try:
            text = self.dec.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise ArrayError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
                             self.line) from None
        if not data:
            self.eof = True
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return bool(data)

    def peek(self) -> str:
        while self.pos >= len(self.buf):
            if not self._more():
                return ""
        return self.buf[self.pos]

    def advance(self, n: int) -> None:
        seg = self.buf[self.pos:self.pos + n]
        self.line += seg.count("\n")
        self.nbytes += len(seg.encode("utf-8", "surrogatepass"))
        self.pos += n

    def skip_ws(self) -> None:
        while True:
            c = self.peek()
            if c == "" or c not in _WS:
                return
            self.advance(1)

    def element(self) -> Any | RecordError:
        size = self.chunk
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if not self.eof and len(self.buf) - self.pos < _MAX_ELEMENT:
                    self._more(size)  # the element may go on past the buffer
                    size *= 2
                    continue
                # broken syntax: where the element ends cannot be known, so stop here
                raise ArrayError(f"not valid JSON: {exc.msg}", self.line) from None
            except (RecursionError, ValueError) as exc:  # deep nesting, a huge number
                end = self._skip_element()
                if end is None:
                    if not self.eof:
                        self._more(size)
                        size *= 2
                        continue
                    raise ArrayError("the JSON array is not closed", self.line) from None
                self.advance(end - self.pos)
                if isinstance(exc, RecordError):
                    return exc
                if isinstance(exc, RecursionError):
                    return RecordError("not readable: JSON nested too deeply")
                return RecordError("not readable: a number with more digits than can be "
                                   "converted (over 4300)")
            text = self.buf[self.pos:end]
            self.advance(end - self.pos)
            if _SURROGATE_ESCAPE.search(text):
                try:
                    check_strings(value)
                except RecordError as exc:
                    return exc
            return value

    def _skip_element(self) -> int | None:
        """Where the element at ``pos`` ends (brackets and strings matched), or None
        when it does not end inside the buffer."""
        buf, i, n = self.buf, self.pos, len(self.buf)
        depth = 0
        while i < n:
            c = buf[i]
            if c == '"':
                i += 1
                while i < n and buf[i] != '"':
                    i += 2 if buf[i] == "\\" else 1
                if i >= n:
                    return None
            elif c in "[{":
                depth += 1
            elif c in "]}":
                if depth == 0:
                    return i
                depth -= 1
                if depth == 0:
                    return i + 1
            elif c == "," and depth == 0:
                return i
            i += 1
        return None
