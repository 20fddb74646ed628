"""What the window remembers between runs (QSettings): the annotator's name, the last
project, the article's font size, the interface's language, the window's geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_POINT_SIZE = 16


class Settings:
    def __init__(self) -> None:
        self._s = QSettings("tawsim", "tawsim")

    def _get(self, key: str, default=None):
        value = self._s.value(key, default)
        return default if value in (None, "") else value

    @property
    def annotator(self) -> str | None:
        value = self._get("annotator")
        return str(value) if value else None

    @annotator.setter
    def annotator(self, name: str) -> None:
        self._s.setValue("annotator", name)

    @property
    def point_size(self) -> int:
        try:
            return max(6, min(72, int(self._get("article/point_size", DEFAULT_POINT_SIZE))))
        except (TypeError, ValueError):
            return DEFAULT_POINT_SIZE

    @point_size.setter
    def point_size(self, size: int) -> None:
        self._s.setValue("article/point_size", int(size))

    @property
    def language(self) -> str | None:
        value = self._get("language")
        return str(value) if value else None

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("language", code)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def sync(self) -> None:
        self._s.sync()
