"""One zlib stream written in parts that are compressed apart: each part is raw deflate
ending on a byte boundary (a sync flush), the last one final, and the Adler-32 checksum
of the whole put together from the parts' own (as pigz does). A reader sees one ordinary
zlib stream: ``zlib.decompress`` of it is the parts' bytes one after the other.

What it is for: the spaCy writer compresses a DocBin's big sections (token hashes, span
groups, user data) while the export goes on, on a thread of their own (``Compressor``),
and the small parts between them, whose sizes are known only at the end, last.
"""

from __future__ import annotations

import contextlib
import queue
import tempfile
import threading
import zlib
from typing import BinaryIO

LEVEL = 1  # fast: a DocBin reader takes any level
_BASE = 65521  # the largest prime below 2**16 (Adler-32's modulus)
HEADER = b"\x78\x01"  # deflate, 32K window, the fastest level's flag; a multiple of 31


def adler32_combine(first: int, second: int, second_len: int) -> int:
    """The Adler-32 of A + B from ``zlib.adler32(A)``, ``zlib.adler32(B)`` and ``len(B)``
    (zlib's own adler32_combine, which Python's module does not offer)."""
    rem = second_len % _BASE
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % _BASE
    sum1 += (second & 0xFFFF) + _BASE - 1
    sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + _BASE - rem
    sum1 %= _BASE
    sum2 %= _BASE
    return sum1 | (sum2 << 16)


class Part:
    """One part: fed bytes in order, compressed as raw deflate into a temporary file."""

    def __init__(self) -> None:
        self._z = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        self.file: BinaryIO = tempfile.TemporaryFile()
        self.adler = 1  # zlib.adler32 of nothing
        self.size = 0  # bytes fed

    def feed(self, data: bytes) -> None:
        self.adler = zlib.adler32(data, self.adler)
        self.size += len(data)
        self.file.write(self._z.compress(data))

    def finish(self, last: bool) -> None:
        self.file.write(self._z.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH))

    def copy_to(self, out: BinaryIO) -> None:
        self.file.seek(0)
        while block := self.file.read(1 << 20):
            out.write(block)
        self.file.close()

    def close(self) -> None:
        self.file.close()


def small(data: bytes, last: bool = False) -> tuple[bytes, int, int]:
    """A part held in memory: its raw deflate bytes, Adler-32 and size."""
    z = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return (z.compress(data) + z.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH),
            zlib.adler32(data), len(data))


def write_stream(out: BinaryIO, parts: list) -> None:
    """The zlib stream of ``parts`` in order, each a finished ``Part`` or ``small()``'s
    triple; the last must have been finished as the last."""
    out.write(HEADER)
    adler = 1
    for part in parts:
        if isinstance(part, Part):
            part.copy_to(out)
            adler = adler32_combine(adler, part.adler, part.size)
        else:
            data, part_adler, size = part
            out.write(data)
            adler = adler32_combine(adler, part_adler, size)
    out.write(adler.to_bytes(4, "big"))


class Compressor:
    """Feeds parts on a thread of its own (zlib lets other threads run while it
    deflates), so the export goes on meanwhile. ``feed`` queues, and waits while
    ``QUEUED`` hand-overs are waiting already (memory stays flat when the thread is
    slower than the export); ``join`` waits for what was queued and raises what the
    thread met. Stopped by ``join`` or ``abandon`` (an export that never reaches its end:
    cancelled, or refused)."""

    QUEUED = 8

    def __init__(self) -> None:
        self._queue: queue.Queue = queue.Queue(self.QUEUED)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tawsim-deflate", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                part, data = item
                try:
                    part.feed(data)
                except BaseException as e:  # noqa: BLE001 - raised again by join
                    self._error = e

    def feed(self, part: Part, data: bytes) -> None:
        """Queue ``data`` for ``part``; raises at once what the thread met before (a full
        disk), so an export stops at its next hand-over, not at its end."""
        if self._error is not None:
            self.join()
        self._queue.put((part, data))

    def join(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        with contextlib.suppress(Exception):  # (a full queue: the thread drains it first)
            self._queue.put(None, timeout=5)
